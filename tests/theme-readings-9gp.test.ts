import { describe, expect, it } from 'vitest';
import { defaultRules } from '../src/rules.js';
import { tagText } from '../src/tag/match.js';

// Theme readings kept at the sixty-eighth step (issue 9, helper 9gp), each on sentences written for this test, none from a
// letter or a gold set. Each was prompted by an error on the thirty-seventh sealed set, counted over every dev set before it
// was written, and carried leaving one sealed set out over r7-r37 (three sets or more, no extra, no right tag lost).
const tagger = defaultRules().tagger;
const themes = (text: string) => tagText(tagger, text).themes.map((tag) => tag.path[0]);

describe('sexual-abuse: a child harmed sexually, the adverb after the verb', () => {
  it.each([
    'When a boy has harmed his cousin sexually, the school and police plan together how both are kept safe.',
    'Children who were harmed sexually by an older sibling wait months for help.',
  ])('%s', (text) => {
    expect(themes(text)).toContain('sexual-abuse');
  });
  it.each([
    // harmed, and something else done sexually or said of sex education
    'Staff teach pupils about relationships and how to stay safe from harm.',
  ])('not %s', (text) => {
    expect(themes(text)).not.toContain('sexual-abuse');
  });
});

describe('serious-youth-violence: a knife or blade wound or offence named', () => {
  it.each([
    'Teenagers treated for knife wounds are seen by a nurse before they leave.',
    'Boys injured with a blade are offered a mentor on the ward.',
    'Knife-related arrests of children have fallen this year.',
  ])('%s', (text) => {
    expect(themes(text)).toContain('serious-youth-violence');
  });
  it.each([
    // a weapon talked about, not a wound or an offence (the loose word still wants another)
    'Youth workers see young people who talk about weapons within a day.',
  ])('not %s', (text) => {
    expect(themes(text)).not.toContain('serious-youth-violence');
  });
});

describe("parental-mental-health: a parent's illness or condition, what it means for the children", () => {
  it.each([
    "Nurses on the psychiatric ward explain a mother's illness to her sons in words they understand.",
    "The team calls the health visitor when a father's condition gets worse.",
  ])('%s', (text) => {
    expect(themes(text)).toContain('parental-mental-health');
  });
  it.each([
    "A young carer looks after a parent with a long-term illness or disability.",
    "Officers note the child's condition when they arrive.",
  ])('not %s', (text) => {
    expect(themes(text)).not.toContain('parental-mental-health');
  });
});

describe("domestic-abuse: controlling or coercive behaviour in young people's own relationships", () => {
  it.each([
    'Sixth formers learn to spot a boyfriend who is controlling in what he lets them wear.',
    'Police officers called to rows between teenagers in a relationship seldom see coercive conduct for what it is.',
    'The youth club runs a course on coercion in dating for 15-year-olds.',
  ])('%s', (text) => {
    expect(themes(text)).toContain('domestic-abuse');
  });
  it.each([
    // control of a budget, or a professional relationship
    'Leaders are controlling costs while keeping good relationships with schools.',
  ])('not %s', (text) => {
    expect(themes(text)).not.toContain('domestic-abuse');
  });
});

describe('assessment: an assessment of whether a young person should be looked after', () => {
  it.each([
    'Homeless 17-year-olds are housed without any assessment of whether they need to be in care.',
    'Housing officers place 16-year-olds in hostels with no assessment of whether they should be looked after.',
  ])('%s', (text) => {
    expect(themes(text)).toContain('assessment');
  });
  it.each([
    'The partnership commissioned an assessment of whether its budget is enough.',
  ])('not %s', (text) => {
    expect(themes(text)).not.toContain('assessment');
  });
});

describe('performance-quality-assurance: not checked whether guidance, training or learning has taken hold', () => {
  it.each([
    'The board reissued its escalation guidance but has not checked whether practitioners understand it.',
    'The trust has not yet tested whether the new training is changing practice on the wards.',
    'The council has not evaluated whether families referred by the helpline receive a service.',
  ])('%s', (text) => {
    expect(themes(text)).toContain('performance-quality-assurance');
  });
  it.each([
    // a check on something other than the work's effect
    'Officers have not checked whether the car was insured.',
  ])('not %s', (text) => {
    expect(themes(text)).not.toContain('performance-quality-assurance');
  });
});

describe('missing-children: reported missing, a missing episode, away from home for a time', () => {
  it.each([
    'Police visit within the hour when a child in a children’s home is reported missing.',
    'Missing-episode conversations with teenagers are brief and seldom recorded.',
    'When a girl has been away from home overnight twice in a week, nobody revisits her plan.',
    'Risk is reviewed every few hours while the child is away.',
  ])('%s', (text) => {
    expect(themes(text)).toContain('missing-children');
  });
  it.each([
    'The audit reported missing information in a third of the records.',
    'Social workers who live away from home for training are paid expenses.',
  ])('not %s', (text) => {
    expect(themes(text)).not.toContain('missing-children');
  });
});

describe('parental-substance-misuse: an addiction, dependency, opiate substitute, substances used, an intoxicated adult', () => {
  it.each([
    'Health visitors check where opioid substitutes are stored in homes with toddlers.',
    'Staff ask clients in treatment for addiction who looks after their children.',
    'Nurses rarely ask adults who arrive intoxicated whether children are at home.',
    'Pregnant women who are using substances get a joint appointment with the midwife and the drug worker.',
  ])('%s', (text) => {
    expect(themes(text)).toContain('parental-substance-misuse');
  });
  it.each([
    'Teenagers who turn up at hospital intoxicated are seen by the youth worker.',
    'Pupils who use substances at weekends are offered sessions with the school nurse.',
  ])('not %s', (text) => {
    expect(themes(text)).not.toContain('parental-substance-misuse');
  });
});
