import { describe, expect, it } from 'vitest';
import { defaultRules } from '../src/rules.js';
import { tagText } from '../src/tag/match.js';

// Theme readings kept at the sixty-fifth step (issue 9, helper 9ft, third round), each on sentences written for this test,
// none from a letter or a gold set. Each carried leaving one sealed set out over r7-r34 (tests/theme-recall-carry.mjs
// --candidate), kept in 28 of 28 folds, with its gains in three sets or more apart from the sets it was written from.
const tagger = defaultRules().tagger;
const themes = (text: string) => tagText(tagger, text).themes.map((tag) => tag.path[0]);

describe('risk assessment: another agency asked about the children in a household, safeguarding enquiries made', () => {
  it.each([
    'Before the hearing, the youth court officer asks the police whether there are concerns about the boy\'s stepfather.',
    'Housing officers request safeguarding information before a family with a violent partner is moved.',
    'The adult mental health trust seldom makes safeguarding enquiries when a patient goes home to a toddler.',
  ])('%s', (text) => {
    expect(themes(text)).toContain('risk-assessment');
  });
  it('not the police asked about a process, nor a family asked for information', () => {
    expect(themes('The school asked the police about parking outside the gates at home time.')).not.toContain('risk-assessment');
  });
});

describe('workforce: networks for safeguarding leads', () => {
  it.each([
    'A monthly network lets nursery managers compare notes on recent cases with the county adviser.',
    'The named GP runs a network for safeguarding leads in dental practices.',
  ])('%s', (text) => {
    expect(themes(text)).toContain('workforce-training');
  });
  it('not a road network', () => {
    expect(themes('Children travel across the bus network to reach school.')).not.toContain('workforce-training');
  });
});
