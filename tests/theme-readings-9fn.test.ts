import { describe, expect, it } from 'vitest';
import { defaultRules } from '../src/rules.js';
import { tagText } from '../src/tag/match.js';

// Theme readings kept at the sixty-fifth step (issue 9, helper 9fn), each on sentences written for this test, none from a
// letter or a gold set. Each carried leaving one sealed set out over r7-r34 (tests/theme-recall-carry.mjs --candidate), kept
// in 28 of 28 folds, with its gains in three sets or more. Shown failing once on the rules before them (c135fda0): every
// match case failed.
const tagger = defaultRules().tagger;
const themes = (text: string) => tagText(tagger, text).themes.map((tag) => tag.path[0]);

describe('assessment: assessments heading their clause, a short phrase after the noun', () => {
  it.each([
    'Their assessments of the twins rarely name the grandmother who visits daily.',
    'Assessments by the duty team concentrate on the latest call-out.',
    'Assessments in the homeless team seldom describe how the girl spends her days.',
  ])('%s', (text) => {
    expect(themes(text)).toContain('assessment');
  });
  it('not an assessment inside another noun\'s phrase, nor an assessment centre', () => {
    expect(themes('Queues for a speech assessment are shorter this spring.')).not.toContain('assessment');
    expect(themes('Doctors at the regional assessment centre see babies within a day.')).not.toContain('assessment');
  });
  it('not an assessment of risk', () => {
    expect(themes('Assessments of the risk posed by the uncle note his previous convictions.')).not.toContain('assessment');
  });
});

describe('early help: prevention taught in schools, needs met earlier', () => {
  it.each([
    'A drama company tours primary schools with workshops on online safety and grooming.',
    'Since the clinic opened, girls at risk are reached earlier, often before any harm is done.',
  ])('%s', (text) => {
    expect(themes(text)).toContain('early-help');
  });
  it('not a step taken at an earlier stage', () => {
    expect(themes('The fault was identified at an earlier stage than last year.')).not.toContain('early-help');
  });
});

describe('workforce and training: faith and community settings helped to keep children safe; too few staff for the work', () => {
  it.each([
    'The diocese has helped churches and gurdwaras to appoint safeguarding champions.',
    'There are too few speech therapists for the number of boys referred.',
    'The only officer for home-educated pupils has too many cases to visit each family.',
  ])('%s', (text) => {
    expect(themes(text)).toContain('workforce-training');
  });
  it('not a finding "in too many cases"', () => {
    expect(themes('In too many cases, the plan does not say who will visit the girl.')).not.toContain('workforce-training');
  });
});

describe('family engagement: parents contacted, told or given an explanation', () => {
  it.each([
    'When a toddler is admitted overnight, the parents are not always contacted by the ward.',
    'Each family receives a clear written explanation of the next steps.',
  ])('%s', (text) => {
    expect(themes(text)).toContain('family-engagement');
  });
});
