import { describe, expect, it } from 'vitest';
import { defaultRules } from '../src/rules.js';
import { tagText } from '../src/tag/match.js';

// Theme readings kept at the sixty-seventh step (issue 9, helper 9gh), each on sentences written for this test, none from a
// letter or a gold set. Each reading is a clause's subject and its judgement (or a verb and its object), not a word alone, and
// each carried leaving one sealed set out over r7-r36 (tests/theme-recall-carry.mjs --candidate, kept in 30 of 30 folds).
const tagger = defaultRules().tagger;
const themes = (text: string) => tagText(tagger, text).themes.map((tag) => tag.path[0]);

describe('family-engagement: fathers the work reaches, asks about or leaves out', () => {
  it.each([
    'Midwives seldom ask about fathers when a pregnancy is booked.',
    'Stepfathers and other men in the house are rarely contacted by the school.',
    'Take-up among fathers of the parenting course has been poor.',
    'There is little for fathers who leave prison and want to see their children.',
    'Fathers, even those who share the care, are often invisible in the records.',
  ])('%s', (text) => {
    expect(themes(text)).toContain('family-engagement');
  });
  it.each([
    // fathers named in passing, or as whose a child is
    'The school consulted the nurse; fathers were at work.',
    'Children whose fathers are absent are offered a mentor at school.',
  ])('not fathers named in passing: %s', (text) => {
    expect(themes(text)).not.toContain('family-engagement');
  });
});

describe('family-engagement: parents or families who speak of or describe the help', () => {
  it.each([
    'Parents spoke warmly of the drop-in sessions at the library.',
    'Families speak highly of the sessions at the library.',
    'Most parents who spoke to inspectors knew why the school had raised a concern.',
  ])('%s', (text) => {
    expect(themes(text)).toContain('family-engagement');
  });
});

describe('assessment: a joint assessment of a young person', () => {
  it('A joint assessment by housing officers and children\'s services now happens on the day a homeless teenager arrives.', () => {
    expect(themes('A joint assessment by housing officers and children\'s services now happens on the day a homeless teenager arrives.')).toContain('assessment');
  });
  it('not a joint assessment of risk', () => {
    expect(themes('Officers made a joint assessment of risk before the visit.')).not.toContain('assessment');
  });
});

describe('leadership-governance: leaders who know, recognise or are aware, or not', () => {
  it.each([
    'Leaders recognise that the waiting list for speech therapy is too long.',
    'Police leaders were unaware that so many bail checks had lapsed.',
    'Leaders do not know how many children attend unregistered settings.',
    'Leaders recognised the delay at the clinic last spring.',
  ])('%s', (text) => {
    expect(themes(text)).toContain('leadership-governance');
  });
  it.each([
    // leaders not the one who knows, and team leaders (a team's managers)
    'Staff know that leaders are available at weekends.',
    'Team leaders know the families on their caseload well.',
    // aware is left out: the readers split on it between the sealed sets and a held-out letter
    'Leaders are aware of the delays at the hospital.',
  ])('not leaders named otherwise: %s', (text) => {
    expect(themes(text)).not.toContain('leadership-governance');
  });
});

// Reversed by the sixteenth both-ways round (issue 9, sixty-eighth step, helper 9gq): the readers read a child groomed by adults
// online as exploitation ("even once"), so the guard's exclude is gone and these sentences are exploitation.
describe('exploitation: grooming said with where it happens online is exploitation too (the sixteenth both-ways round)', () => {
  it.each([
    'Girls groomed through a gaming platform are seen by the online abuse team.',
    'Worries about grooming online are not always passed to the school.',
  ])('exploitation: %s', (text) => {
    expect(themes(text)).toContain('exploitation');
  });
  it('grooming for drug running stays', () => {
    expect(themes('Boys groomed to carry drugs are seen as victims.')).toContain('exploitation');
  });
});
