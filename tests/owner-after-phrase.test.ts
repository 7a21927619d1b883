import { describe, expect, it } from 'vitest';
import { defaultRules } from '../src/rules.js';
import { tagText } from '../src/tag/match.js';

// An `after:` phrase that owns the word after it ("with children's services", "with parents' groups")
// names the owner of the one worked with, not the one worked with: joint working's partner cue
// ("work closely with families") must not make an agency partner passing (reviewer rv15).
describe('an after: phrase followed by a possessive', () => {
  const tagger = defaultRules().tagger;
  const themes = (text: string) => tagText(tagger, text).themes.map((tag) => tag.path[0]!);
  it.each([
    "School nurses work closely with children's services to share what they know.",
    "Health visitors work closely with children’s services when a baby is hurt.",
    "GPs work closely with young people's services so that nothing is lost.",
    "Midwives work closely with the children's centre staff every week.",
    "Police officers work closely with parents' support groups run by the charity.",
  ])('leaves joint working counted: %s', (text) => {
    expect(themes(text)).toContain('joint-working');
  });
  it.each([
    'Youth workers on the estate work closely with families who have just arrived.',
    'Midwives work closely with mothers of premature babies after they go home.',
  ])('still reads the family as the partner: %s', (text) => {
    expect(themes(text)).not.toContain('joint-working');
  });
});
