import { describe, expect, it } from 'vitest';
import { defaultRules } from '../src/rules.js';
import { explainFinding } from '../src/tag/explain.js';
import { NO_CONTEXT, tagText } from '../src/tag/match.js';
import type { Finding } from '../src/types.js';

// The concept layer of the themes (src/tag/concepts.ts, `concepts:` in rules/themes.yaml): a
// head and its argument in one clause and in the concept's role. Sentences written for this test,
// none from a letter.
const tagger = defaultRules().tagger;
const themes = (text: string) => tagText(tagger, text).themes.map((tag) => tag.id);

describe('a concept fires on its head and argument in their role', () => {
  it.each([
    ['the object after an active head', 'Health visitors rarely include fathers in their visits.', 'family-engagement'],
    ['the object before a passive head', 'Fathers are seldom consulted.', 'family-engagement'],
    ['the subject before an active head', 'Team leaders seldom scrutinise closures.', 'management-oversight'],
    ['the agent after "by"', 'Closures are seldom scrutinised by team leaders.', 'management-oversight'],
    ['a subject that has the noun head', 'The safeguarding partners have a firm grip on waiting times.', 'leadership-governance'],
    ['a possessor of a nominal head', "The girl's lived experience was recorded in detail by the nurse.", 'voice-of-the-child'],
    ['a subject qualified by a short phrase', 'Sergeants in custody seldom check how officers recorded the arrest.', 'management-oversight'],
    ['an object qualified by a short phrase before a passive head', 'Risks to the baby were revisited late.', 'risk-assessment'],
  ])('%s', (_, text, id) => {
    expect(themes(text)).toContain(id);
  });

  it.each([
    ['the argument as the subject of an object concept', 'Children listen to the radio in the waiting room.', 'voice-of-the-child'],
    ['the argument as the object of a subject concept', 'Officers challenge team leaders at the yearly review.', 'management-oversight'],
    ['another clause between them', 'The school consulted the nurse; fathers were at work.', 'family-engagement'],
    ['an argument that modifies a noun', 'Staff include parent groups in the mailing list.', 'family-engagement'],
    ['a head used as a preposition', 'The leaflet, including advice for parents, is new.', 'family-engagement'],
    ['a subject inside a prepositional phrase', 'Staff across the partnership check the list each morning.', 'leadership-governance'],
    ['a subject that has no noun head', 'The safeguarding partners agreed that a grip on waiting times matters.', 'leadership-governance'],
  ])('not with %s', (_, text, id) => {
    expect(themes(text)).not.toContain(id);
  });

  it('jtai explain says which concept fired on which words', () => {
    const finding = { id: 'x-1', section: 'strengths', subsection: null, text: 'Health visitors rarely include fathers in their visits.', stance: 'strength', pages: [1, 1] } as unknown as Finding;
    const fired = explainFinding(finding, tagger, NO_CONTEXT).fired.find((rule) => rule.path[0] === 'family-engagement');
    expect(fired?.mentions[0]).toMatchObject({ match: 'include fathers', status: 'counted', why: 'concept "parents worked with, involved or consulted": "include" with "fathers" as its object' });
  });

  it('jtai explain says which near pair counted', () => {
    const finding = { id: 'x-2', section: 'strengths', subsection: null, text: 'Nobody weighed the dangers the uncle posed.', stance: 'strength', pages: [1, 1] } as unknown as Finding;
    const fired = explainFinding(finding, tagger, NO_CONTEXT).fired.find((rule) => rule.path[0] === 'risk-assessment');
    expect(fired?.mentions[0]).toMatchObject({ status: 'counted', why: 'near: "dangers" within 8 words of "weighed"' });
  });
});

// Issue 9 (helper 9y): an insertion inside a clause (a bracket, or a phrase between commas opened
// by "including", "such as", "and" ...) does not part a near pair or a concept's head and argument;
// and a near entry with `forms: exact` reads its words as written, where a stem joins other senses
// ("information" and "informed", "details" and "detailed"). Sentences written for this test.
describe('an insertion inside a clause does not part its words', () => {
  it.each([
    ['a near pair either side of an "including" phrase', 'The dangers to the twins, including those from visiting adults and older cousins, were weighed.', 'risk-assessment'],
    ['a near pair either side of an "and" phrase', 'Social workers understand, and take swift and careful action to reduce, the risks to each child.', 'risk-assessment'],
    ['a concept either side of an "including" phrase', 'The risks to the twins, including those from their father, are managed well.', 'risk-assessment'],
  ])('%s', (_, text, id) => {
    expect(themes(text)).toContain(id);
  });

  it('jtai explain says a pair was read past an insertion', () => {
    const finding = { id: 'x-3', section: 'strengths', subsection: null, text: 'Social workers understand, and take swift and careful action to reduce, the risks to each child.', stance: 'strength', pages: [1, 1] } as unknown as Finding;
    const fired = explainFinding(finding, tagger, NO_CONTEXT).fired.find((rule) => rule.path[0] === 'risk-assessment');
    expect(fired?.mentions[0]).toMatchObject({ status: 'counted', why: 'near: "risks" within 8 words of "understand", past an insertion' });
  });

  it('not across a sentence', () => {
    expect(themes('The dangers were discussed at length. Nobody, including the nurse, weighed anything else.')).not.toContain('risk-assessment');
  });
});

describe('a near entry with forms: exact reads its words as written', () => {
  it.each([
    ['information provided', 'Schools provide information to the hub within a day.'],
    ['details passed on', 'The school passed the details to the nurse.'],
  ])('%s', (_, text) => {
    expect(themes(text)).toContain('information-sharing');
  });

  it.each([
    ['"trauma-informed" is not information', 'Leaders provide effective trauma-informed supervision.'],
    ['information that "informs" a plan is not information shared', 'This information then informs the plan for each child.'],
    ['"detailed" is not details', 'Nurses received detailed guidance on safe sleep.'],
  ])('%s', (_, text) => {
    expect(themes(text)).not.toContain('information-sharing');
  });
});

describe("a theme's exclusion takes away only what it touches", () => {
  it("not a concept's pair over the same words that the exclusion does not touch", () => {
    // "information" is not family engagement (an exclusion); "agreed with parents" is.
    expect(themes('Plans based on information and agreed with parents are reviewed monthly.')).toContain('family-engagement');
  });
});
