import { describe, expect, it } from 'vitest';
import { defaultRules } from '../src/rules.js';
import { tagText } from '../src/tag/match.js';

// The theme readings kept from the thirty-second sealed set's errors (issue 9, sixty-third step, helper 9ey), each on sentences
// written for this test, none from a letter or a gold set. Each reading carried on the three-set bar leaving one sealed set out
// (tests/theme-recall-carry.mjs --kinds r32-joint-noun-3sets); the possessor guard and the data that tells leaders lost no right
// tag over every dev unit. Shown failing once on the start's rules (013661a): the match cases did not tag, the guard's did.
const tagger = defaultRules().tagger;
const themes = (text: string) => tagText(tagger, text).themes.map((tag) => tag.path[0]);

describe('joint working: a joint response, plan, planning, meeting or decision', () => {
  it.each([
    'Teenagers sleeping on a friend\'s sofa get a joint response from the housing team and the duty social worker.',
    'There is little joint planning between the midwives and the family hub before a baby is born.',
    'Decisions to close the case were taken without a joint meeting of the nurse and the police.',
    'Officers and nurses reach sound joint decisions about babies found in cold homes.',
  ])('%s', (text) => {
    expect(themes(text)).toContain('joint-working');
  });
  it('not a joint review by leaders', () => {
    expect(themes('Leaders started a joint review of the youth offer last spring.')).not.toContain('joint-working');
  });
});

describe("a concept's argument that possesses a professional is not the one the act is done to", () => {
  it("the family's midwife is the one shared with, not the family", () => {
    expect(themes("Nurses share the scan results with the family's midwife.")).not.toContain('family-engagement');
  });
  it('the family itself still is', () => {
    expect(themes('Nurses share the scan results with the family at home.')).toContain('family-engagement');
  });
  it("nor the child whose school is told", () => {
    expect(themes("Officers speak to the child's school the next morning.")).not.toContain('voice-of-the-child');
  });
});

describe('information sharing: data that tells leaders is not one agency telling another', () => {
  it.each([
    'Performance information tells leaders little about how long families wait.',
    'The dashboard draws on police figures and tells leaders little about schools.',
  ])('%s', (text) => {
    expect(themes(text)).not.toContain('information-sharing');
  });
  it('an agency that tells another still is', () => {
    expect(themes('The school nurse tells the health visitor about every new mother.')).toContain('information-sharing');
  });
});
