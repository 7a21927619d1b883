import { describe, expect, it } from 'vitest';
import { defaultRules } from '../src/rules.js';
import { tagText } from '../src/tag/match.js';

// Theme readings kept at the sixty-sixth step (issue 9, helper 9fw), each on sentences written for this test, none from a
// letter or a gold set. Each carried leaving one sealed set out over r7-r35 (tests/theme-recall-carry.mjs --candidate), kept
// in 29 of 29 folds, with no extra added on any dev unit.
const tagger = defaultRules().tagger;
const themes = (text: string) => tagText(tagger, text).themes.map((tag) => tag.path[0]);

describe('information sharing, a clause reading: what one agency knows judged not to reach another', () => {
  it.each([
    // the information as the clause's subject, judged missing, lost or not sought
    'By the time the case reaches conference, the nursery\'s history of the boy\'s absences has been lost.',
    'What youth workers know about the girl is not sought before the plan is agreed.',
    // a fact not known to a named service
    'Several babies born at home were not known to their health visitors for weeks.',
    // an agency asking what another knows
    'Before discharge, ward staff ask what the family\'s social worker knows about the new partner.',
    // a service unaware who lives or stays with a child
    'Probation officers were unaware that the man they supervise now lives with a toddler.',
  ])('%s', (text) => {
    expect(themes(text)).toContain('information-sharing');
  });
  it.each([
    'Much of the team\'s specialist experience was lost when two senior nurses retired.',
    'Leaflets about the holiday clubs are not available in community languages.',
    'Parents were unaware that the clinic had moved to the high street.',
  ])('not knowledge lost with staff, information for families, nor a family unaware of a service: %s', (text) => {
    expect(themes(text)).not.toContain('information-sharing');
  });
});

describe('workforce: a post lost, vacant or part-time, a worker stretched across too many schools', () => {
  it.each([
    'The county\'s only exploitation adviser post was lost in the restructure.',
    'The council\'s only exploitation adviser post is part-time.',
    'The early help adviser is stretched across too many schools to coach each one.',
  ])('%s', (text) => {
    expect(themes(text)).toContain('workforce-training');
  });
  it('not a charity that cannot meet demand', () => {
    expect(themes('The youth charity has a long waiting list and cannot meet demand.')).not.toContain('workforce-training');
  });
});

describe('workforce: training courses for staff', () => {
  it.each([
    'Few childminders have been on the council\'s refresher courses.',
    'Pharmacy staff seldom attend the partnership\'s multi-agency courses.',
  ])('%s', (text) => {
    expect(themes(text)).toContain('workforce-training');
  });
  it('not a parenting course', () => {
    expect(themes('Parents who finish the parenting course say their evenings at home are calmer.')).not.toContain('workforce-training');
  });
});

describe('quality assurance: a review, audit or evaluation of how agencies respond or work', () => {
  it.each([
    'The scrutineer\'s review of how practitioners respond to teenagers who go missing went to the board.',
    'The chair commissioned an evaluation of how well the police handle sexting cases.',
  ])('%s', (text) => {
    expect(themes(text)).toContain('performance-quality-assurance');
  });
  it('not a child\'s plan reviewed', () => {
    expect(themes('Social workers review how the boy is getting on at each visit.')).not.toContain('performance-quality-assurance');
  });
});
