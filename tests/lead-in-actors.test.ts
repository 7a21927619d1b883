import { describe, expect, it } from 'vitest';
import { parseSource } from '../src/parse.js';
import { defaultRules } from '../src/rules.js';
import { explainFinding, explanationToText } from '../src/tag/explain.js';
import { compileRules, LEAD_INS_REMEMBERED, leadInsRemembered, letterContext, NO_CONTEXT, tagText } from '../src/tag/match.js';

// A list's lead-in can name who must act for every bullet under it; a bullet that names no agency of
// its own takes the lead-in's (src/tag/match.ts, leadInActors), and explain says where they came from.
// The letter and its sentences are written for the test, none copied from a letter.
const LETTER = `3 August 2021

Jane Smith, Director of Children's Services, Northtown Council

Dear Northtown Safeguarding Children Partnership

Joint targeted area inspection of Northtown

This letter summarises the findings of the joint targeted area inspection (JTAI) of the multi-agency response to children who need help in Northtown.

This inspection took place from 16 May to 20 May.

What needs to improve?

The council and the police should make sure that:

◼ the quality of plans for children is reviewed regularly
◼ decisions on new contacts are recorded with their reasons
◼ schools are told about incidents at home the next morning
◼ health visitors are invited to every strategy discussion.

Main findings

1. Strategic leaders know their communities well.
`;

const rules = defaultRules();
const result = await parseSource({ file: 'lead-in.txt', bytes: new TextEncoder().encode(LETTER) }, { includeText: true });
const improve = result.findings.filter((finding) => finding.section === 'what-needs-to-improve');
const agencies = (i: number) => improve[i]!.agencies.map((tag) => `${tag.path[0]}${tag.from ? ` (${tag.from})` : ''}`);

describe("a list's lead-in names the actors of its bullets", () => {
  it('the parser keeps the lead-in with each bullet', () => {
    expect(improve.map((finding) => finding.leadIn)).toEqual(Array(4).fill('The council and the police should make sure that:'));
  });

  it('a bullet that names no agency takes the agencies its lead-in evaluates; its implied casework yields to them', () => {
    expect(agencies(0)).toEqual(['children-social-care (lead-in)', 'police (lead-in)']);
    expect(agencies(1)).toEqual(['children-social-care (lead-in)', 'police (lead-in)']);
    // a bullet that names an agency only as the one told is still the lead-in's actors' work
    expect(agencies(2)).toEqual(['children-social-care (lead-in)', 'police (lead-in)']);
    // a bullet with an actor of its own keeps its own
    expect(agencies(3)).toEqual(expect.arrayContaining(['health']));
    expect(agencies(3).some((tag) => tag.endsWith('(lead-in)'))).toBe(false);
  });

  it('a lead-in tag has its match and span in the lead-in, and says so', () => {
    expect(improve[0]!.agencies).toHaveLength(2);
    for (const tag of improve[0]!.agencies) {
      expect(improve[0]!.leadIn!.slice(tag.span[0], tag.span[1])).toBe(tag.match);
      expect(tag.context).toBe('in the list\'s lead-in "The council and the police should make sure that:"');
    }
  });

  it('explain names the lead-in, its words and the rule', () => {
    const text = explanationToText(explainFinding(improve[0]!, rules.tagger, letterContext(rules.tagger, result.text!, result.letter.theme)));
    expect(text).toMatch(/agency police\s+agencies\.police\s+"police" at \d+-\d+ evaluated \(in the list's lead-in "The council and the police should make sure that:"\)/);
    expect(text).toMatch(/agency children-social-care\s+agencies\.children-social-care\s+"The council" at \d+-\d+ evaluated \(in the list's lead-in/);
  });

  it('a lead-in that names an agency only in passing, or none, gives none', () => {
    const tagged = (leadIn: string, text: string) => tagText(rules.tagger, text, undefined, undefined, leadIn).agencies.map((tag) => tag.path[0]);
    expect(tagged('Children should be referred to the police when:', 'they go missing three times in a month.')).toEqual([]);
    expect(tagged('Leaders need to make sure that:', 'plans are reviewed on time.')).toEqual(['children-social-care']);
    expect(tagged('Leaders in health and the police need to make certain that:', 'plans are reviewed on time.')).toEqual(['health', 'police']);
  });

  it('a paragraph of its own ends the list: a later list is not led in by the lead-in before it', async () => {
    const body = `What needs to improve?

The police should make sure that:

◼ decisions on new contacts are recorded with their reasons

Leaders have made a start on this work, and the board will check progress in the spring.

◼ return home interviews are offered to every child.

Main findings`;
    const later = (await parseSource({ file: 'two-lists.txt', bytes: new TextEncoder().encode(LETTER.replace(/What needs to improve\?[\s\S]*?Main findings/, body)) })).findings
      .filter((finding) => finding.section === 'what-needs-to-improve');
    expect(later.map((finding) => finding.leadIn)).toEqual(['The police should make sure that:', null, null]);
    expect(later[2]!.agencies.map((tag) => `${tag.path[0]}${tag.from ? ` (${tag.from})` : ''}`)).toEqual(['children-social-care']);
  });

  it('a lead-in is read by the rules in use: another set of rules on the same lead-in is not given the first set\'s actors', () => {
    const leadIn = 'The council and the police should make sure that:';
    const withoutPolice = compileRules(rules.tags.filter((rule) => rule.kind !== 'agency' || (rule.id !== 'police' && rule.parent !== 'police')));
    expect(tagText(rules.tagger, 'plans are reviewed on time.', undefined, undefined, leadIn).agencies.map((tag) => tag.path[0])).toContain('police');
    expect(tagText(withoutPolice, 'plans are reviewed on time.', undefined, undefined, leadIn).agencies.map((tag) => tag.path[0])).not.toContain('police');
  });
});

const parseText = (text: string) => parseSource({ file: 'hostile.txt', bytes: new TextEncoder().encode(text) });

describe('hostile lead-ins and bullets', () => {
  it('a long lead-in is quoted cut at a word in each tag it gives, not whole in every tag of every bullet', async () => {
    const long = `The council and the police should make sure that ${'the work of every team is checked, and '.repeat(250)}that:`;
    const parsed = await parseText(LETTER.replace('The council and the police should make sure that:', long));
    const bullet = parsed.findings.find((finding) => finding.leadIn === long)!;
    expect(bullet.agencies.map((tag) => tag.from)).toEqual(['lead-in', 'lead-in']);
    for (const tag of bullet.agencies) {
      expect(tag.context!.length).toBeLessThan(260);
      expect(tag.context).toMatch(/^in the list's lead-in "The council and the police should make sure that the work of every team is checked, and .*\w…"$/);
    }
  });

  it('control characters (ESC, BEL, backspace) are dropped from the text, so no output can drive a terminal', async () => {
    const hostile = LETTER.replace('The council and the police', 'The council and the \u001b[31mpolice\u0007').replace('the quality of plans', 'the \u001b[2J\u001b]0;title\u0007quality\u0008 of plans\u009b');
    const parsed = await parseText(hostile);
    const text = parsed.findings.map((finding) => `${finding.leadIn ?? ''}\n${finding.text}`).join('\n');
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/);
    expect(parsed.findings.find((finding) => finding.section === 'what-needs-to-improve')!.text).toBe('the [2J]0;titlequality of plans for children is reviewed regularly');
  });
});

// Issue 9 (helper 9l): what a lead-in gives, and what it does not. Sentences written for the test.
describe('what a lead-in gives a bullet', () => {
  const tagged = (leadIn: string | null, text: string) => [...new Set(tagText(rules.tagger, text, undefined, undefined, leadIn).agencies.map((tag) => `${tag.path[0]}${tag.from ? ' (lead-in)' : ''}`))];

  it('a bullet whose only actor is the partnership in general still takes the agencies its lead-in names (the codebook: multi-agency goes beside them)', () => {
    expect(tagged("The police and children's social care should ensure that:", 'partners share what they know about each child before the first meeting'))
      .toEqual(['multi-agency', 'children-social-care (lead-in)', 'police (lead-in)']);
    expect(tagged('Health and the police need to make sure that:', 'agencies work together to agree a plan for each child within a week'))
      .toEqual(['multi-agency', 'health (lead-in)', 'police (lead-in)']);
    // the partnership named twice is tagged once
    expect(tagged('Partners should make sure that:', 'partners share what they know about each child before the first meeting')).toEqual(['multi-agency']);
    // a named actor of its own still keeps the lead-in's agencies out
    expect(tagged('The police should ensure that:', 'health visitors and partners share what they know about each child')).toEqual(['health', 'multi-agency']);
  });

  it("an agency named only in the lead-in's opening subordinate clause is its context, not who must act", () => {
    expect(tagged('When the police refer a child, partners should:', "make sure the child's needs are assessed within a day")).toEqual(['multi-agency (lead-in)']);
    expect(tagged('If schools raise a concern, the council should make sure that:', "the child's needs are assessed within a day")).toEqual(['children-social-care (lead-in)']);
    expect(tagged('Where health visitors are worried, the police and the council should ensure that:', "the child's needs are assessed within a day"))
      .toEqual(['children-social-care (lead-in)', 'police (lead-in)']);
    // set between commas inside the main clause, too
    expect(tagged('The council should, when the police refer a child, make sure that:', "the child's needs are assessed within a day")).toEqual(['children-social-care (lead-in)']);
    // the main clause's "they" stands for the agency its opening clause names: that agency acts
    expect(tagged('When social workers visit a child for the first time, they should make sure that:', "the child's needs are assessed within a day")).toEqual(['children-social-care (lead-in)']);
    // a "where" with no comma is no opening clause: "Areas where the police need to improve" names who acts
    expect(tagged('Areas where the police need to improve are:', 'the recording of decisions about children who go missing')).toEqual(['police (lead-in)']);
  });

  it('the lead-ins read are bounded: tagging many lists under the default context keeps a few, not every lead-in seen', () => {
    const tagger = compileRules(rules.tags);
    for (let i = 0; i < 500; i++) tagText(tagger, 'plans are reviewed on time.', undefined, undefined, `The police in area ${i} should make sure that:`);
    expect(leadInsRemembered(tagger, NO_CONTEXT)).toBeLessThanOrEqual(LEAD_INS_REMEMBERED);
    // and what it remembers is still right: the last lead-in's actors, read again
    expect(tagText(tagger, 'plans are reviewed on time.', undefined, undefined, 'The police in area 499 should make sure that:').agencies.map((tag) => tag.path[0])).toEqual(['police']);
  });
});

describe("a nested bullet's lead-in is the bullet it sits under", () => {
  const nested = LETTER.replace(/The council and the police should make sure that:[\s\S]*?every strategy discussion\./, `The council and the police should make sure that:

◼ for children who go missing from home:
− return interviews are offered within three days
− the reasons they went missing are recorded
◼ health visitors check, at each visit:
− how the baby sleeps
◼ the quality of plans for children is reviewed regularly.`);

  it('a sub-bullet under a bullet that introduces it takes the list\'s lead-in and that bullet, joined, as its lead-in', async () => {
    const parsed = (await parseText(nested)).findings.filter((finding) => finding.section === 'what-needs-to-improve');
    const outer = 'The council and the police should make sure that:';
    expect(parsed.map((finding) => [finding.text, finding.leadIn])).toEqual([
      ['for children who go missing from home:', outer],
      ['return interviews are offered within three days', `${outer} for children who go missing from home:`],
      ['the reasons they went missing are recorded', `${outer} for children who go missing from home:`],
      ['health visitors check, at each visit:', outer],
      ['how the baby sleeps', `${outer} health visitors check, at each visit:`],
      ['the quality of plans for children is reviewed regularly.', outer],
    ]);
    const agencies = parsed.map((finding) => [...new Set(finding.agencies.map((tag) => `${tag.path[0]}${tag.from ? ' (lead-in)' : ''}`))]);
    // the parent names no actor: its own lead-in's actors act for its sub-bullets as for it
    expect(agencies[1]).toEqual(['children-social-care (lead-in)', 'police (lead-in)']);
    // the parent names one: the nearest actor acts, as the parent's own tags say
    expect(agencies[3]).toEqual(['health']);
    expect(agencies[4]).toEqual(['health (lead-in)']);
    // each lead-in tag's match stands at its span in the joined lead-in, the parent's part included
    for (const finding of [parsed[1]!, parsed[4]!]) {
      for (const tag of finding.agencies) expect(finding.leadIn!.slice(tag.span[0], tag.span[1])).toBe(tag.match);
    }
  });
});
