import { describe, expect, it } from 'vitest';
import { defaultRules } from '../src/rules.js';
import { tagText } from '../src/tag/match.js';

// A cue that reads its object's head (object-heads: "sits on" a board) names in passing a mention
// listed after that object only where the mention's own phrase is such a body too: "sits on the
// board and the police chair it" is no seat on the police (reviewer rv15, 9aj's venue cue).
describe('a mention in a list after the object of an object-heads cue', () => {
  const tagger = defaultRules().tagger;
  const agencies = (text: string) => tagText(tagger, text).agencies.map((tag) => tag.path[0]!);
  it.each([
    'A nurse sits on the board and the police chair it badly.',
    'The GP sits on the panel and the police rarely attend it.',
    'Teachers sit on the LSCB and the police still miss its meetings.',
    'A midwife sat on the panel but the police did not.',
    'Health visitors sit on the forum and the police lead it well.',
  ])('is counted when its phrase is no body: %s', (text) => {
    expect(agencies(text)).toContain('police');
  });
  it.each([
    'A nurse sits on the LSCB and the police board.',
    'A senior social worker sits on the police\'s strategic exploitation board.',
  ])('is in passing when its phrase is one: %s', (text) => {
    expect(agencies(text)).not.toContain('police');
  });
});
