import { describe, expect, it } from 'vitest';
import { defaultRules } from '../src/rules.js';
import { tagText } from '../src/tag/match.js';

// Theme readings kept at the sixty-sixth step (issue 9, helper 9gc), each on sentences written for this test, none from a
// letter or a gold set. The reading carried leaving one sealed set out over r7-r35 (tests/theme-recall-carry.mjs --candidate),
// kept in 29 of 29 folds, with no extra added on any dev unit; the guards are the three shapes the twelfth both-ways round's
// readers (question c) said no to.
const tagger = defaultRules().tagger;
const themes = (text: string) => tagText(tagger, text).themes.map((tag) => tag.path[0]);

describe('assessment: children, their needs or arrangements assessed by a service, within a time or quickly', () => {
  it.each([
    'Toddlers brought to the walk-in centre with burns are assessed by a paediatric nurse within the hour.',
    'Girls who disclose abuse at school are now assessed within two days.',
    'Boys excluded from school are not always assessed by the educational psychologist.',
    'Pupils arriving mid-year from abroad are assessed quickly, and tutoring starts in the first week.',
    'A sixteen-year-old sofa surfing was placed in a hostel without first being assessed by a social worker.',
    'The younger siblings\' needs are seldom assessed once the eldest is in care.',
  ])('%s', (text) => {
    expect(themes(text)).toContain('assessment');
  });
  it.each([
    // a risk, an episode or a report as the subject: risk assessment's, not assessment's
    'The danger to the new baby is not assessed quickly enough.',
    'Each report of a missing teenager is assessed by the duty sergeant within the hour.',
    // graded by the police, or using criteria
    'Every absent pupil is assessed by police using the county grading criteria.',
    // a venue
    'Teenagers are often assessed at the adult walk-in centre on the ring road.',
    // adults assessed by adult services
    'Grandparents caring for the boys are assessed by adult services for their own needs.',
  ])('not a risk graded, a venue or adults assessed by adult services: %s', (text) => {
    expect(themes(text)).not.toContain('assessment');
  });
});
