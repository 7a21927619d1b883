import { describe, expect, it } from 'vitest';
import { defaultRules } from '../src/rules.js';
import { tagText } from '../src/tag/match.js';

// Multi-agency readings of issue 9's sixty-fifth step (helper 9fs), each on sentences written for this test, none from a
// letter or a gold set. The "not" cases of the partnership (and the "multi-agency" cases of sharing, below) failed on the rules
// before (35702ee3, rules/agencies.yaml stashed); the others are what the old readings were kept for and pass on both.
const tagger = defaultRules().tagger;
const agencies = (text: string) => [...new Set(tagText(tagger, text).agencies.map((tag) => tag.path[0]))].sort();

describe('"the partnership" as its clause\'s subject, or its own arrangements, is the safeguarding partnership as a body', () => {
  it.each([
    'The partnership oversees its response to neglect through a quarterly audit.',
    "The partnership's learning from local reviews reaches frontline staff quickly.",
    'Training is well attended, and the partnership monitors its impact closely.',
    'This partnership has not yet set out how it will know whether help is making a difference.',
  ])('not multi-agency: %s', (text) => {
    expect(agencies(text)).not.toContain('multi-agency');
  });
  it.each([
    "Practitioners across the partnership record children's views well.",
    'Data about these incidents is not gathered across the partnership.',
    'Partnership work to tackle exploitation is strong.',
    'Partners agree on what must change first.',
  ])('still multi-agency: %s', (text) => {
    expect(agencies(text)).toContain('multi-agency');
  });
});

describe('what two agencies share between them is their joint work', () => {
  it.each([
    ['The sharing of records between the police and schools is slow.', ['education', 'police']],
    ['Intelligence is shared promptly between youth justice workers and police officers.', ['police', 'youth-justice']],
  ])('multi-agency: %s', (text, named) => {
    expect(agencies(text)).toEqual([...named, 'multi-agency'].sort());
  });
  it.each([
    'Images shared between pupils are reported to the police, and schools respond well.',
    'Information sharing between health visitors and GPs is weak.',
    'Parents share their worries between appointments, and school nurses respond quickly.',
  ])('not multi-agency: %s', (text) => {
    expect(agencies(text)).not.toContain('multi-agency');
  });
});

describe('"Professionals" opening a sentence are agencies in general, judged', () => {
  it.each([
    'Professionals do not always recognise neglect in teenagers.',
    "Professionals are confident to challenge each other's decisions, and escalation is rare.",
  ])('multi-agency: %s', (text) => {
    expect(agencies(text)).toContain('multi-agency');
  });
  it.each([
    'Health professionals are confident to challenge decisions.',
    'Schools tell the professionals who attend what the child has said.',
  ])('not multi-agency: %s', (text) => {
    expect(agencies(text)).not.toContain('multi-agency');
  });
});

describe('a partner in a relationship is no agency', () => {
  it.each([
    'Probation officers work well with men who have been violent towards a partner.',
    'When a new partner joins the household, social workers reassess the risks.',
    'Police officers recognise controlling behaviour between teenage partners.',
    "Health visitors ask about the mother's new partner at every visit.",
  ])('not multi-agency: %s', (text) => {
    expect(agencies(text)).not.toContain('multi-agency');
  });
  it.each(['The early help offer is well understood by partners.', 'Partners agree on what must change first.'])('still multi-agency: %s', (text) => {
    expect(agencies(text)).toContain('multi-agency');
  });
});
