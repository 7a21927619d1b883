import { describe, expect, it } from 'vitest';
import { defaultRules } from '../src/rules.js';
import { tagText } from '../src/tag/match.js';

// Two theme readings from the thirty-seventh sealed set's errors (issue 9, sixty-eighth step, helper 9gn), each kept on
// the three-set bar left one set out (tests/theme-recall-carry.mjs --candidate); my own sentences, none from a letter or a
// gold set.
const tagger = defaultRules().tagger;
const themes = (text: string) => tagText(tagger, text).themes.map((tag) => tag.path[0]);

// What another agency knows named by who holds it: information, knowledge or intelligence "held by" someone, or a holder
// that "holds important information". The first three fail on the start's rules (af7ea9e2: no information sharing); the
// two guards (a partnership's own figures, a post's knowledge) pass on both.
describe('information sharing: information, knowledge or intelligence named by its holder', () => {
  it.each([
    'Social workers seldom make use of the knowledge held by the boy\'s special school.',
    'Nurseries, which hold key information about the toddlers, are not asked to the review.',
    'Dentists, who often hold important information about neglect, are rarely invited.',
  ])('%s', (text) => {
    expect(themes(text)).toContain('information-sharing');
  });
  it.each([
    'The partnership holds no information on how often disputes reach the chair.',
    'When the post was cut, nobody took on the knowledge and contacts it held.',
  ])('no holder named: %s', (text) => {
    expect(themes(text)).not.toContain('information-sharing');
  });
});

// A new concern or worry noticed, spotted or arising in a family's life is no first contact with the front door. The
// first three give front-door on the start's rules (af7ea9e2), so they fail there; the guards (a new concern received,
// decided by the duty team, or arisen without the referrer told) pass on both.
describe('front door: a new worry noticed or arising is not first contact', () => {
  it.each([
    'Fewer home visits leave health visitors little chance of spotting new worries in quiet households.',
    'Dentists rarely notice new concerns about the children they see once a year.',
    'School nurses cannot see the whole history when a new worry arises.',
  ])('%s', (text) => {
    expect(themes(text)).not.toContain('front-door');
  });
  it.each([
    'New concerns about the twins are received by the duty team before noon.',
    'The duty team decides on the day what happens to each new concern.',
    'Teachers kept seeing the boy without knowing that new concerns had arisen.',
  ])('a new concern arriving stays: %s', (text) => {
    expect(themes(text)).toContain('front-door');
  });
});
