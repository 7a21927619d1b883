import { describe, expect, it } from 'vitest';
import { loadRules } from '../src/rules.js';
import { copyFileSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { letterContext, NO_CONTEXT, tagText } from '../src/tag/match.js';
import { explainFinding, explanationToText } from '../src/tag/explain.js';
import { runExamples, thinExamples } from '../src/tag/examples.js';
import type { Finding, ParseResult } from '../src/types.js';
import { patternProblem } from '../src/rule-safety.js';
import { sameLayout } from '../src/segment/layout-rules.js';
import { fixture, jtai, parsed, root, tempDir } from './helpers.js';
import { listRules, type ListedRule } from '../src/rules-list.js';

const CANONICAL_AGENCIES = ['children-social-care', 'police', 'health', 'probation', 'youth-justice', 'education', 'safeguarding-partnership', 'voluntary-sector', 'multi-agency'];
const CANONICAL_THEMES = [
  'front-door', 'thresholds', 'risk-assessment', 'joint-working', 'information-sharing', 'voice-of-the-child', 'assessment', 'planning',
  'management-oversight', 'workforce-training', 'leadership-governance', 'performance-quality-assurance', 'early-help', 'identity-diversity',
  'family-engagement', 'neglect', 'domestic-abuse', 'exploitation', 'sexual-abuse', 'serious-youth-violence', 'children-mental-health',
  'parental-mental-health', 'parental-substance-misuse', 'missing-children',
];

const FINDING: Finding = {
  id: 'KS-00000000', section: 'key-strengths', subsection: null, stance: 'strength', form: 'bullet', parent: null, leadIn: null,
  text: '', pages: [1, 1], span: [0, 0], agencies: [], themes: [],
};

describe('the shipped rules', () => {
  const rules = loadRules();
  /** The top-level agencies a text evaluates, without multi-agency (as the gold is scored), sorted. */
  const agencyIds = (text: string) => [...new Set(tagText(rules.tagger, text).agencies.map((t) => t.path[0]))].filter((id) => id !== 'multi-agency').sort();
  /** What `jtai explain` says of a finding of these words. */
  const explainedText = (text: string) => explanationToText(explainFinding({ ...FINDING, text }, rules.tagger, NO_CONTEXT));

  it('pass their own examples, and every rule has two that match and one that does not', () => {
    const { checked, failures } = runExamples(rules.tags, rules.tagger);
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(3 * rules.tags.length - 1);
    expect(thinExamples(rules.tags).map((r) => r.name)).toEqual([]);
  });

  it('use the canonical top-level ids, with health sub-agencies under health', () => {
    const tops = (kind: string) => rules.tags.filter((r) => r.kind === kind && r.parent === null).map((r) => r.id).sort();
    expect(tops('agency')).toEqual([...CANONICAL_AGENCIES].sort());
    expect(tops('theme')).toEqual([...CANONICAL_THEMES].sort());
    const health = rules.tags.filter((r) => r.parent === 'health').map((r) => r.id);
    expect(health).toEqual(expect.arrayContaining(['gp', 'health-visiting', 'school-nursing', 'camhs', 'adult-mental-health', 'substance-misuse', 'dental', 'health-commissioners']));
  });

  it('match acronyms whole and in their case, never inside another word', () => {
    const ids = (text: string) => tagText(rules.tagger, text).agencies.map((t) => t.id);
    expect(ids('The YOS shares information.')).toContain('youth-justice');
    expect(ids('The yos shares information.')).not.toContain('youth-justice');
    expect(ids('Pharmacists in Lancashire talked of NHSX.')).not.toContain('health');
    expect(ids('Two CCGs commission the service.')).toEqual(expect.arrayContaining(['health', 'health-commissioners']));
  });

  it('give each tag its rule, path, match and a span inside the finding', async () => {
    const result = await parsed('letters/wokingham-2017-07-14.pdf');
    const tags = result.findings.flatMap((f) => [...f.agencies, ...f.themes].map((tag) => ({ tag, text: f.text })));
    expect(tags.length).toBeGreaterThan(200);
    for (const { tag, text } of tags) {
      expect(text.slice(tag.span[0], tag.span[1])).toBe(tag.match);
      expect(tag.path.at(-1)).toBe(tag.id);
      // A theme the learned layer adds is "learned.<id>" (src/tag/learned.ts).
      expect(tag.rule).toMatch(/^(agencies|themes|learned)\./);
    }
    const gp = tags.find(({ tag }) => tag.id === 'gp');
    expect(gp?.tag.path).toEqual(['health', 'gp']);
  });

  it('weigh mentions: a clear name counts alone, a loose word needs another, and explain shows the shortfall', () => {
    const syv = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.id).includes('serious-youth-violence');
    expect(syv('Violence at home was reported by a neighbour.')).toBe(false);
    expect(syv('Officers attended a domestic violence incident.')).toBe(false);
    expect(syv('Young people hurt in knife crime are seen in hospital.')).toBe(true);
    expect(syv('Some boys carry weapons, and violence in the town centre is rising.')).toBe(true);
    const finding = { ...FINDING, text: 'Violence at home was reported by a neighbour.' };
    expect(explanationToText(explainFinding(finding, rules.tagger, NO_CONTEXT))).toMatch(
      /themes\.serious-youth-violence\s+"Violence" at 0-8 about; counted mentions weigh 1 of the 2 the rule needs/,
    );
  });

  it('do not count an agency named in passing, as the recipient of a referral or a forum, and explain says why', () => {
    const ids = (text: string) => tagText(rules.tagger, text).agencies.map((t) => t.id);
    expect(ids('Teachers referred the girl to the local authority without delay.')).not.toContain('children-social-care');
    expect(ids('Teachers referred the girl to the local authority without delay.')).toContain('education');
    expect(ids('The local authority sees referred children within a day.')).toContain('children-social-care');
    expect(ids('Schools send their concerns to the police the same day.')).not.toContain('police');
    expect(ids('The police send their concerns to schools the same day.')).toContain('police');
    const finding = { ...FINDING, text: 'Teachers referred the girl to children\'s social care.' };
    expect(explanationToText(explainFinding(finding, rules.tagger, NO_CONTEXT))).toMatch(
      /agencies\.children-social-care\s+"children's social care" at \d+-\d+ in passing: recipient, after "referred ... to"/,
    );
  });

  it('decide a mention\'s role in its clause: the governing word, lists, and who is only left out', () => {
    const ids = (text: string) => tagText(rules.tagger, text).agencies.map((t) => t.id);
    // A governing word further back than a cue phrase reaches, and the lists it governs.
    expect(ids('Nurseries pass what they learn about older brothers and sisters to the police.')).not.toContain('police');
    expect(ids('The police pass what they learn about older brothers and sisters to nurseries.')).toContain('police');
    expect(ids('Youth workers refer boys carrying knives after dark to children\'s social care.')).not.toContain('children-social-care');
    expect(ids('The boy was already known to the local authority and the police.')).toEqual([]);
    // Not across a sentence, nor across the comma after an opening phrase.
    expect(ids('Schools raise concerns with the hub. The police act on them at once.')).toContain('police');
    expect(ids('After a referral into the hub, social workers check what partners know.')).toContain('children-social-care');
    // Named only as left out of a forum: not evaluated; named as a member that acts: evaluated.
    expect(ids('Probation staff are not always invited to the review meetings.')).not.toContain('probation');
    expect(ids('Probation staff are represented at the review meetings and bring useful records.')).toContain('probation');
    // The source of data gathered, a venue a child is taken to.
    expect(ids('Figures are collected every month from several sources, such as GPs, schools and the police.')).toEqual([]);
    expect(ids('The girl presented at the emergency department twice in a month.')).not.toContain('health');
    const finding = { ...FINDING, text: 'Nurseries pass what they learn about older brothers and sisters to the police.' };
    expect(explanationToText(explainFinding(finding, rules.tagger, NO_CONTEXT))).toMatch(
      /agencies\.police\s+"police" at \d+-\d+ in passing: told, in its clause, governed by "pass \.\.\. to"/,
    );
  });

  it('do not count where shared information goes, what a child has, or who sent what another accepts', () => {
    const ids = (text: string) => [...new Set(tagText(rules.tagger, text).agencies.map((t) => t.path[0]))];
    // Shared with: the one sharing (or failing to) is evaluated, not the one receiving.
    expect(ids('Midwives do not always share their concerns with the police.')).toEqual(['health']);
    expect(ids('Information is shared quickly with children\'s social care.')).toEqual([]);
    // Only close to the verb: "sharing ... and joint working with the police" evaluates the police.
    expect(ids('Information sharing and regular joint working with the police are strong.')).toContain('police');
    expect(ids('The number of contacts to children\'s social care has fallen.')).toEqual([]);
    // A child's status, not the service's work; the plans themselves still evaluate it.
    expect(ids('Records of children who have child protection plans were moved to the new system.')).toEqual([]);
    expect(ids('Child protection plans are reviewed promptly.')).toContain('children-social-care');
    // The one accepting referrals is evaluated, not those who made them.
    expect(ids('The youth club accepts referrals from GPs and schools.')).toEqual([]);
    // A process that carries the board's name; the ones who use it are evaluated.
    expect(ids('The LSCB escalation process is seldom used by teachers.')).toEqual(['education']);
    expect(ids('Children are referred for a social work assessment when they need one.')).toEqual([]);
    const finding = { ...FINDING, text: 'Information is shared quickly with children\'s social care.' };
    expect(explanationToText(explainFinding(finding, rules.tagger, NO_CONTEXT))).toMatch(
      /agencies\.children-social-care\s+"children's social care" at \d+-\d+ in passing: told, in its clause, governed by "shared \.\.\. with"/,
    );
  });

  it('read health as a service, not a person\'s condition; officers of other services are not the police', () => {
    const ids = (text: string) => [...new Set(tagText(rules.tagger, text).agencies.map((t) => t.path[0]))];
    expect(ids('Parents with mental ill health wait too long for support.')).toEqual([]);
    expect(ids('Poor diet harms the long-term health and wellbeing of children.')).toEqual([]);
    expect(ids('Health visitors see every new baby at home.')).toContain('health');
    expect(ids('Probation officers check the addresses of men on licence.')).toEqual(['probation']);
    expect(ids('A link officer visits each school every term.')).toEqual(['education']);
    expect(ids('A safeguarding officer in each school keeps the records of concerns.')).toEqual(['education']);
    expect(ids('Sexual health workers run a weekly clinic for young people.')).toEqual(['health']);
  });

  it('imply children\'s social care from statutory work that only it does, as the codebook says', () => {
    const csc = (text: string) => tagText(rules.tagger, text).agencies.some((t) => t.path[0] === 'children-social-care');
    expect(csc('Child in need meetings are not held often enough for teenagers.')).toBe(true);
    expect(csc('Initial child protection conferences are held on time.')).toBe(true);
    expect(csc('Schools are seldom told the outcome of their referrals.')).toBe(true);
    expect(csc('The family safeguarding teams see parents and children together.')).toBe(true);
    expect(csc('Multi-agency planning for older children is weak.')).toBe(false);
    expect(csc('Needs rarely rise to the level that calls for help from statutory partners.')).toBe(false);
  });

  it('imply children\'s social care from work that is its own by nature only when no other agency is evaluated, and explain says so', () => {
    const ids = (text: string) => [...new Set(tagText(rules.tagger, text).agencies.map((t) => t.path[0]))];
    expect(ids('Children are not always seen alone, and home visits are sometimes late.')).toEqual(['children-social-care']);
    expect(ids('When families are stepped down from statutory intervention, partners are consulted.').sort()).toEqual(['children-social-care', 'multi-agency']);
    expect(ids('Strategy discussions are held on the day a concern arises.')).toContain('children-social-care');
    // Another agency evaluated: the visits and caseloads are read as its own.
    expect(ids('Health visitors make home visits to every new baby.')).toEqual(['health']);
    expect(ids('Probation officers have high caseloads.')).toEqual(['probation']);
    const text = (t: string) => explanationToText(explainFinding({ ...FINDING, text: t }, rules.tagger, NO_CONTEXT));
    expect(text('Caseloads are high, so children are not seen alone.')).toMatch(
      /children-social-care\/social-care-work\s+agencies\.social-care-work\s+"Caseloads" at 0-9 implied \(implied as children-social-care \(Children's social care's own work, the service unnamed\): no other agency but multi-agency is evaluated\)/,
    );
    expect(text('School nurses have high caseloads.')).toMatch(/"caseloads" at \d+-\d+ in passing: implied, implied only when no other agency but multi-agency is evaluated; here health/);
  });

  it("let the council's care of children in care stand in a sentence of its own beside an agency judged in another, and explain says so", () => {
    const ids = (text: string) => [...new Set(tagText(rules.tagger, text).agencies.map((t) => t.path[0]))].sort();
    expect(ids('Most children in care live in stable homes. The virtual school tracks their attendance closely.')).toEqual(['children-social-care', 'education']);
    // in the other agency's own sentence the work is that agency's
    expect(ids('The virtual school tracks the attendance of children in care closely.')).toEqual(['education']);
    // a sentence that points back ("This", "They") goes on with the one before it
    expect(ids('Looked after children nurses complete health assessments on time. This means that children in care are seen quickly.')).toEqual(['health']);
    // the partnership's monitoring of the care is not the council's care (implied-apart leaves it out)
    expect(ids('The board monitors outcomes for children in care. Placement stability has improved this year.')).toEqual(['safeguarding-partnership']);
    // a list's lead-in acts in every sentence of its bullets
    expect(tagText(rules.tagger, 'Placements are stable. Children in care are visited often.', NO_CONTEXT, undefined, 'The health trust should make sure that:').agencies.map((t) => t.path[0])).toEqual(['health']);
    const text = (t: string) => explanationToText(explainFinding({ ...FINDING, text: t }, rules.tagger, NO_CONTEXT));
    expect(text('Return home interviews are offered after each episode. Officers share what they learn with the hub.')).toMatch(
      /"Return home interviews" at 0-\d+ implied \(implied as children-social-care \(Work for children in care and care leavers, the service unnamed\): no other agency evaluated in its sentence \(police in others\)\)/,
    );
    expect(text('Officers tell carers at once when a child in care is found.')).toMatch(/"child in care" at \d+-\d+ in passing: implied, implied only when no other agency but multi-agency is evaluated in its sentence; here police/);
  });

  it('refuses implied-apart on a rule that is not implied', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'local.yaml'), 'kind: agency\nrules:\n  - id: careline\n    label: Careline\n    parent: children-social-care\n    implied-apart: [police]\n    phrases: [Careline]\n');
    const run = jtai(['rules', 'check', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/local\.yaml:\d+: local\.careline: implied-apart goes with implied-beside/);
  });

  it('refuses implied-forums on a rule that is not implied, and an id that names no agency (helper 9gb)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'local.yaml'), 'kind: agency\nrules:\n  - id: careline\n    label: Careline\n    parent: children-social-care\n    implied-forums: [multi-agency]\n    phrases: [Careline]\n  - id: casework-two\n    label: Casework two\n    parent: children-social-care\n    implied-beside: []\n    implied-forums: [multi-agencies]\n    phrases: [case plans]\n');
    const run = jtai(['rules', 'check', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/local\.yaml:\d+: local\.careline: implied-forums goes with implied-beside/);
    expect(run.stderr).toMatch(/implied-forums names "multi-agencies", not the id of any agency rule/);
  });

  it("read leaders named alone as no agency's, the council's members, chief executive and name as the local authority, and say why", () => {
    const ids = (text: string) => [...new Set(tagText(rules.tagger, text).agencies.map((t) => t.path[0]))].sort();
    // leaders and managers named alone are no agency's; named with their agency, or across the area, that agency's or the partnership's
    expect(ids('Senior leaders have a clear plan to cut the time children wait for a decision.')).toEqual([]);
    expect(ids('Leaders across the partnership have a clear plan to cut waiting times.')).toEqual(['multi-agency']);
    expect(ids('Senior leaders across the borough have a clear plan to cut waiting times.')).toEqual(['multi-agency']);
    expect(ids('Health leaders have a clear plan to cut waiting times.')).toEqual(['health']);
    // the council's members, chief executive and its name are the local authority; members as an audience of another's work are not
    expect(ids('Elected members hold the director to account for the timeliness of visits.')).toEqual(['children-social-care']);
    expect(ids('The board has run awareness sessions for elected members.')).toEqual(['safeguarding-partnership']);
    expect(ids('Northtown Borough Council should send its statement of action by 1 May.')).toEqual(['children-social-care']);
    expect(ids('The chief executive has a clear plan to cut waiting times.')).toEqual(['children-social-care']);
    expect(ids('The chief executive of the hospital trust has a clear plan to cut waiting times.')).toEqual(['health']);
    const text = (t: string) => explanationToText(explainFinding({ ...FINDING, text: t }, rules.tagger, NO_CONTEXT));
    expect(text('The chief executive has a clear plan to cut waiting times.')).toMatch(
      /"chief executive" at 4-19 implied \(implied as children-social-care \(The council's chief executive, no agency named\): no other agency, the partnership included, is evaluated\)/,
    );
  });

  it("tag a letter's next steps by the one told to write the statement, not by those who will take part in it", () => {
    const ids = (text: string) => [...new Set(tagText(rules.tagger, text).agencies.map((t) => t.path[0]))].sort();
    const nextSteps =
      'Northtown City Council is the lead authority and must write a statement of what it will do. This should be a multi-agency response involving the probation service, the integrated care board, health providers in Northtown and Northshire Police.';
    expect(ids(nextSteps)).toEqual(['children-social-care', 'multi-agency']);
    // one whose availability another's action will bring about has done nothing yet (and "the partnership" as its clause's
    // subject is the partnership as a body, not agencies in general: issue 9, sixty-fifth step, helper 9fs)
    expect(ids('The partnership has made sure that a probation officer will be available at every meeting.')).toEqual([]);
  });

  it('read an acronym defined in brackets as part of its noun phrase, so a list goes on past it', () => {
    const ids = (text: string) => [...new Set(tagText(rules.tagger, text).agencies.map((t) => t.path[0]))];
    expect(ids('The hub acts on information received from the community rehabilitation company (CRC) and probation.')).toEqual([]);
    expect(ids('The community rehabilitation company (CRC) and probation act on information from the hub.')).toEqual(['probation']);
    // A bracket of more than one word still closes the clause.
    expect(ids('The hub acts on information received from the CRC (the private company). Probation acts on it too.')).toEqual(['probation']);
  });

  it('do not count the board whose priorities others deliver', () => {
    const ids = (text: string) => [...new Set(tagText(rules.tagger, text).agencies.map((t) => t.path[0]))];
    expect(ids('Health trusts run joint programmes that support the LSCB priorities.')).toEqual(['health']);
    expect(ids('The LSCB has set clear priorities for the year.')).toEqual(['safeguarding-partnership']);
  });

  it('read "the board" and a subgroup or chair as the body named before them, and explain says which', () => {
    const ids = (text: string) => [...new Set(tagText(rules.tagger, text).agencies.map((t) => t.path[0]))];
    const sp = (text: string) => ids(text).includes('safeguarding-partnership');
    // Another board or partnership named before: the reference is to it.
    expect(sp('The health and wellbeing board met in May, and the board agreed a plan for carers.')).toBe(false);
    expect(sp('The county\'s violence reduction partnership has strong subgroups.')).toBe(false);
    // The safeguarding board named before, or no body at all: the safeguarding board.
    expect(sp('The LSCB met in May. The board agreed a plan for carers.')).toBe(true);
    expect(sp('The board agreed a plan for carers.')).toBe(true);
    expect(sp('Subgroups report on their work every quarter.')).toBe(true);
    // A body defined in the letter as a partnership: its subgroups are its own.
    const context = letterContext(rules.tagger, 'The Northshire Domestic Abuse Partnership (NDAP) leads the work.');
    expect(tagText(rules.tagger, 'The NDAP has a range of effective subgroups.', context).agencies.map((t) => t.path[0])).not.toContain('safeguarding-partnership');
    const text = (t: string) => explanationToText(explainFinding({ ...FINDING, text: t }, rules.tagger, NO_CONTEXT));
    expect(text('The LSCB met in May. The board agreed a plan for carers.')).toMatch(/"The board" at \d+-\d+ evaluated \(refers to "LSCB", named before it\)/);
    expect(text('The health and wellbeing board met in May, and the board agreed a plan.')).toMatch(/"the board" at \d+-\d+ refers to "health and wellbeing board", named before it/);
  });

  it('do not count the review that others learn from: the ones who act on the learning are evaluated', () => {
    const ids = (text: string) => [...new Set(tagText(rules.tagger, text).agencies.map((t) => t.path[0]))];
    expect(ids('Learning from a serious case review has led midwives to record fathers\' names.')).toEqual(['health']);
    expect(ids('The serious case review was published late.')).toEqual(['safeguarding-partnership']);
  });

  it('do not count the commissioner of a service the finding evaluates', () => {
    const ids = (text: string) => [...new Set(tagText(rules.tagger, text).agencies.map((t) => t.path[0]))];
    expect(ids('A counselling service commissioned by the local authority has a waiting list of a year.')).toEqual([]);
    expect(ids('A youth club funded by the police runs on Friday nights.')).toEqual([]);
    // The agent of another passive is the one evaluated.
    expect(ids('Referrals made by the police are of good quality.')).toEqual(['police']);
    const finding = { ...FINDING, text: 'A counselling service commissioned by the local authority has a waiting list of a year.' };
    expect(explanationToText(explainFinding(finding, rules.tagger, NO_CONTEXT))).toMatch(/"the local authority" at \d+-\d+ in passing: commissioner, after "commissioned by"/);
  });

  // Issue 9, thirteenth step: an agency only named (who told inspectors, the one told, a panel's members
  // listed, another's records used by an agency named before them), and explain says which role.
  // Sentences written for this test, none from a letter.
  it('do not count an agency that only told inspectors, was told, is listed as a member, or whose records another uses, and explain says why', () => {
    expect(agencyIds('School nurses told inspectors that social workers seldom reply to their emails.')).toEqual(['children-social-care']);
    expect(explainedText('School nurses told inspectors that social workers seldom reply to their emails.')).toMatch(/"School nurses" at \d+-\d+ in passing: informant, in its clause, the subject of "told inspectors"/);
    expect(agencyIds('Probation officers are informed about each domestic abuse incident.')).toEqual([]);
    expect(agencyIds('Social workers do not always tell GPs when a child moves.')).toEqual(['children-social-care']);
    expect(agencyIds('A weekly panel, whose members include schools and the police, reviews each missing episode.')).toEqual([]);
    expect(explainedText('A weekly panel, whose members include schools and the police, reviews each missing episode.')).toMatch(/"police" at \d+-\d+ in passing: member, after "members include", in a list after "schools and the"/);
    expect(agencyIds('Social workers in the hub read police and health records before a family meeting.')).toEqual(['children-social-care']);
    expect(explainedText('Social workers in the hub read police and health records before a family meeting.')).toMatch(
      /"police" at \d+-\d+ in passing: document, before "records", after its list, which an agency named before it uses/,
    );
    // With no agency before them, the owner's own records are judged.
    expect(agencyIds('Police records of missing episodes are often incomplete.')).toEqual(['police']);
    // A list of owners before the document word, after its clause's verb, is a set of records another consults, each owner
    // named in passing alike, with the user named or not (issue 9, sixty-first step, helper 9ei): before, the list's last
    // owner took an earlier one for its user and the earlier ones counted. A list that is its clause's subject, or one
    // owner after the verb, is still judged.
    expect(agencyIds('Each referral is checked against police and health records within a day.')).toEqual([]);
    // (the owners stay in passing; the contacts screened are the front door's, the council's: helper 9eq)
    expect(agencyIds('Contacts are screened by a practitioner with direct access to police, health and education records.')).toEqual(['children-social-care']);
    expect(explainedText('Each referral is checked against police and health records within a day.')).toMatch(
      /"police" at \d+-\d+ in passing: document, before "records", after its list, which another consults: a list of owners after its clause's verb/,
    );
    expect(agencyIds('Police and health records are often incomplete.')).toEqual(['health', 'police']);
    expect(agencyIds('Inspectors found gaps in police records of missing episodes.')).toEqual(['police']);
    // The word before the list decides (a second reader's A1, issue 9, helper 9ek): "gaps in" or "recorded in" a list of
    // owners' records judges each owner's own recording, as with one owner; and the list's last owner takes no earlier one
    // for its user (G2). Sentences of the reader's; each fails on 9ei's reading (no agency; health "which an agency named
    // before it uses").
    expect(agencyIds('Inspectors found gaps in police and health records for these children.')).toEqual(['health', 'police']);
    expect(agencyIds("Information about children's needs is not consistently recorded in health and education records.")).toEqual(['education', 'health']);
    // A list judged by its governing verb ("found ... to be") or a relative clause after the document word (a code
    // reader's point 1, helper 9ek; the reader's sentences, no agency on 9ei's reading).
    expect(agencyIds('Inspectors found gaps in police and health records of missing episodes.')).toEqual(['health', 'police']);
    expect(agencyIds('Inspectors found police and health records to be incomplete.')).toEqual(['health', 'police']);
    expect(agencyIds('Each referral is checked against police and health records, which are incomplete.')).toEqual(['health', 'police']);
    expect(explainedText('Each referral is checked against police and health records within a day.')).toMatch(
      /"health" at \d+-\d+ in passing: document, before "records", which another consults: a list of owners after its clause's verb/,
    );
    // A child's own place or outcome carries no school's work. The family hub that helps is the council's early help (issue 9,
    // forty-fifth step, second part, helper 9bj: "family hub" is children's social care's, as "children's centre" is).
    expect(agencyIds('Their school attendance has improved since the family hub began to help.')).toEqual(['children-social-care']);
    expect(agencyIds('Their school attendance has improved since the mentor began to help.')).toEqual([]);
  });

  it('count a recipient or venue that a relative clause after it makes the subject of a verb: it acts there, and explain says so', () => {
    const ids = (text: string) => [...new Set(tagText(rules.tagger, text).agencies.map((t) => t.path[0]))].sort();
    expect(ids('Worries about the boy were raised with the police, who responded within the hour.')).toEqual(['police']);
    expect(ids('Worries about the boy were raised with the police, who did not respond for three days.')).toEqual(['police']);
    expect(ids('Nursery staff referred the girl to social workers, who completed an assessment the same week.')).toEqual(['children-social-care', 'education']);
    expect(ids('The family was referred to CAMHS workers, who have no time to see younger children.')).toEqual(['health']);
    expect(ids('Worries about the boy were raised with the police and health visitors, who were quick to visit him.')).toEqual(['health', 'police']);
    // a form of "be" and an adjective acts when an action follows it: "slow to", "effective in protecting"
    expect(ids('Worries about the boy were raised with the police, who were slow to respond.')).toEqual(['police']);
    expect(ids('Information about the girl was shared with schools, who were effective in protecting her.')).toEqual(['education']);
    // or an adjective that praises or criticises on its own
    expect(ids('Worries about the boy were raised with the police, who were very responsive.')).toEqual(['police']);
    expect(ids('Information about the girl was shared with health visitors, who were unhelpful.')).toEqual(['health']);
    expect(explainedText('Worries about the boy were raised with the police, who were slow to respond.')).toMatch(/the subject of "who were slow to respond", a relative clause after it/);
    expect(explainedText('Worries about the boy were raised with the police, who responded within the hour.')).toMatch(
      /agencies\.police\s+"police" at \d+-\d+ evaluated \(after "raised with", but the subject of "who responded", a relative clause after it\)/,
    );
    // Not a passive ("who were told"), not a relative clause whose own subject follows ("which the children attend"),
    // not one that stands for what was sent ("concerns to the police, which are then shared")
    for (const text of [
      'Worries about the boy were raised with the police, who were told about his older brother.',
      // nor one that only says what the agency is (a form of "be" and an adjective with no action after it):
      // its duty, its knowledge, its presence, its membership
      'Information about the girl was shared with schools, who are responsible for her safety at lunchtime.',
      'Worries about the boy were raised with the police, who were aware of his older brother.',
      'Worries about the boy were raised with the police, who were present at the meeting.',
      'Worries about the boy were raised with health visitors, who were new to the area.',
      'Worries about the boy were raised with the police, who are responsible for ensuring that he is safe.',
      'Worries about the boy were raised with health visitors, who are part of the early help team.',
      'Worries about the boy were raised with health visitors, who are members of the hub.',
      'Youth workers refer boys to the schools which the children attend.',
      'Youth workers report concerns to the police, which are then shared with the school.',
    ]) expect(ids(text), text).toEqual([]);
    // the members' clause set apart by a comma says what they do as members (the member cue holds past it),
    // and examples after a comma leave the clause to what they exemplify ("members, including from ..., who")
    expect(ids('A weekly panel is made up of police and health staff, who meet every Monday.')).toEqual([]);
    expect(ids('The panel has members, including from the voluntary and community sector, who meet every Monday.')).toEqual([]);
    // a "who" with no comma tells which agency is meant: the one who failed to tell them is judged
    expect(ids('The police closed the case without telling partner agencies who went on planning for the child.')).toEqual(['police']);
    // nor "which", as often the whole clause before it as the agency ("sent to social care, which delays")
    expect(ids('Notifications are sent late to the police, which slows the response to the family.')).toEqual([]);
    // nor one that only receives: "training for school staff, who receive"
    expect(ids('The hub runs training for GPs, who receive a copy of every new procedure.')).toEqual([]);
    // the one whose opinion is reported stays so (the cue holds past a relative clause): "valued by schools, who say"
    expect(ids('The advice line is highly valued by schools, who say it is quick to answer.')).toEqual([]);
    expect(ids('The advice line is highly valued by schools, who see it as quick to answer.')).toEqual([]);
  });

  // Issue 9 (helper 9x): a relative clause's later verbs, joined by "and", "but", "yet" or "or", have its subject.
  it("read a relative clause's coordinated verbs too: the one named in passing acts in any of them, and explain quotes the verb", () => {
    const ids = (text: string) => [...new Set(tagText(rules.tagger, text).agencies.map((t) => t.path[0]))].sort();
    for (const [text, agency] of [
      ['Worries about the baby were raised with the police, who were aware of the danger but did not act.', 'police'],
      ['Worries about the baby were raised with health visitors, who knew of the danger and then visited the family.', 'health'],
      ['Worries about the baby were raised with health visitors, who were told about the bruise, and did not pass it on to the GP.', 'health'],
      ['Worries about the baby were raised with the police, who were aware of the danger, yet took no action for a week.', 'police'],
      ['Notes of the meeting went to the school, who receive every such note and file them without reading.', 'education'],
      ['Worries about the baby were raised with the police, who were present at the meeting and shared the minutes with the school.', 'police'],
      // an active in its progressive form is no passive
      ['Worries about the baby were raised with the police, who are working with the family.', 'police'],
    ]) expect(ids(text!), text).toEqual([agency]);
    expect(explainedText('Worries about the baby were raised with the police, who were aware of the danger but did not act.')).toMatch(
      /"police" at \d+-\d+ evaluated \(after "raised with", but the subject of "who were aware of the danger but did not act", a relative clause after it\)/,
    );
    // Not what the first verb governs ("the danger and the history"), nor a later clause with a subject of its
    // own ("but the nursery did not", "and visits were not made"), nor a later verb that is itself a passive or a
    // saying ("and were told again"), nor past a clause of another subject ("that the boy was ill and").
    for (const text of [
      'Worries about the baby were raised with the police, who were aware of the danger and the history.',
      'Worries about the baby were raised with the police, who were told about the bruise, but the family did not follow up.',
      'Worries about the baby were raised with the police, who were aware of the danger and visits were not made.',
      'Worries about the baby were raised with the police, who were told about the bruise and were told again a week later.',
      'Worries about the baby were raised with the police, who were told that the boy was ill and stayed at home.',
      // a participle with no auxiliary of its own goes on with the "be" before it: still a predicate of presence
      'Worries about the baby were raised with the police, who are not present at the meeting and fully engaged with its work.',
    ]) expect(ids(text), text).toEqual([]);
  });

  it('count the subject of a passing predicate that acts in a verb joined to it: "not invited ... and rarely send reports"', () => {
    const ids = (text: string) => [...new Set(tagText(rules.tagger, text).agencies.map((t) => t.path[0]))].sort();
    expect(ids('GPs are not routinely invited to the core group and rarely send a written report.')).toEqual(['health']);
    expect(ids('Youth offending workers were told about the knife but did not search the boy.')).toEqual(['youth-justice']);
    expect(ids('The police are not invited to the review, yet schools always attend.')).toEqual(['education']);
    expect(ids('GPs are not routinely invited to the core group and rarely send reports.')).toEqual(['health']);
    expect(ids('GPs are not routinely invited to the core group and the review.')).toEqual([]);
    expect(ids('GPs are not routinely invited to the core group and are not fully engaged with its work.')).toEqual([]);
    expect(explainedText('GPs are not routinely invited to the core group and rarely send a written report.')).toMatch(
      /"GPs" at \d+-\d+ evaluated \(in its clause, the subject of "are not \.\.\. invited", but the subject of "and rarely send", a verb joined to it\)/,
    );
  });

  it('read an agency in apposition as what it renames: the role of the phrase before it, and a relative clause after it (or after what it owns)', () => {
    const ids = (text: string) => [...new Set(tagText(rules.tagger, text).agencies.map((t) => t.path[0]))].sort();
    // a recipient renamed: where the concern goes, whatever it is called
    expect(ids('Worries about a baby are referred to the single point of contact, the police, within the hour.')).toEqual([]);
    expect(ids('Worries about a baby are passed to the first port of call, Northtown NHS Trust.')).toEqual([]);
    expect(explainedText('Worries about a baby are referred to the single point of contact, the police, within the hour.')).toMatch(
      /"police" at \d+-\d+ in passing: recipient, after "referred to", in apposition to "the single point of contact"/,
    );
    // an apposition of the subject, or items of a list, are no renamed recipient
    expect(ids('The single point of contact, the police, answers every call within the hour.')).toEqual(['police']);
    expect(ids('Worries about a baby are referred to the hub, the police, and the school nurse.')).toEqual([]);
    // nor the subject after an opening phrase with no verb ("On receipt of a referral into the hub, X ... decide")
    expect(ids('On receipt of a referral into the hub, social care staff, rather than their managers, decide what to do.')).toEqual(['children-social-care']);
    // the relative clause after an apposition is the renamed one's, and after a possessive the owner's
    expect(ids("Worries about a baby were shared with the police's missing person team, who visited the same day.")).toEqual(['police']);
    expect(ids("Worries about a baby were shared with the police's missing person team.")).toEqual([]);
    expect(ids('Worries about a baby were shared with the school nurse, a trusted adult for the girl, who did not pass them on.')).toEqual(['health']);
  });

  it('count the one named in passing who is able or enabled to act in a relative clause after it (the dev gold tags an agency able or enabled to act)', () => {
    const ids = (text: string) => [...new Set(tagText(rules.tagger, text).agencies.map((t) => t.path[0]))].sort();
    for (const text of [
      'Records of each visit are shared with the school nurse, who is then able to follow the girl up.',
      'Records of each visit are shared with the school nurse, who is now better able to follow the girl up.',
      'Records of each visit are shared with the school nurse, who is enabled to follow the girl up.',
      'Records of each visit are shared with the school nurse, who is well equipped to follow the girl up.',
      'Records of each visit are shared with the school nurse, who is well placed to follow the girl up.',
    ]) expect(ids(text), text).toEqual(['health']);
    // expected, asked or required to act says what others want of it, not what it does
    for (const text of [
      'Records of each visit are shared with the school nurse, who is expected to follow the girl up.',
      'Records of each visit are shared with the school nurse, who is asked to follow the girl up.',
    ]) expect(ids(text), text).toEqual([]);
  });

  it('let a cue before a noun phrase reach the mention it ends and the acronym in brackets after it: MAPPA named as a standard is not judged', () => {
    // another mention opens the phrase ("multi-agency"), so the cue before it names the one that ends it
    const arrangements = 'Youth justice workers plan their supervision in accordance with the multi-agency public protection arrangements.';
    expect(agencyIds(arrangements)).toEqual(['youth-justice']);
    expect(explainedText(arrangements)).toMatch(/"public protection arrangements" at \d+-\d+ in passing: document, after "in accordance with", in the phrase "multi-agency public protection arrangements"/);
    // an acronym in brackets names what the words before it name
    const standards = 'Youth justice workers supervise older boys in accordance with national multi-agency public protection (MAPPA) standards.';
    expect(agencyIds(standards)).toEqual(['youth-justice']);
    expect(explainedText(standards)).toMatch(/"MAPPA" at \d+-\d+ in passing: document, after "in accordance with", for "multi-agency public protection" before it/);
    // with no cue before the phrase, MAPPA's own work is judged, and MAPPA named alone is a multi-agency arrangement: not
    // the police's or probation's, though they are its responsible authorities (a blind adjudicator's answer, issue 9's
    // forty-fifth step, fixtures/gold/dev/readings/mappa-r45.adjudicated.json); named, their own work counts
    expect(agencyIds('Multi-agency public protection arrangements (MAPPA) track violent men closely.')).toEqual([]);
    expect(agencyIds('In MAPPA meetings, probation officers speak up for the children of the men they supervise.')).toEqual(['probation']);
  });

  it('read as named in passing an object after a comma, a forum\'s members, the children\'s own school, the holder, the overseen, asked, funded and excepted (issue 9, helper 9ad)', () => {
    // [sentence, the agencies it evaluates]; each that drops an agency fails on the rules and roles before this step
    const cases: Array<[string, string[]]> = [
      // a preposition before a comma shares its object with the conjunct before it, for a before: cue and a governing word
      ['Midwives\' attendance at, and reports to, child protection conferences have improved this year.', ['health']],
      ['Social workers liaise closely with, and take account of information from, the school nurse.', ['children-social-care']],
      // with no comma the cue reads as before
      ['Midwives make reports to child protection conferences on time.', ['health']],
      // a forum's members: included in it or sitting on it, also after the head's "for" phrase; a verb joined to the seat is theirs
      ['The board has widened its structure with the inclusion of colleges and nurseries.', ['safeguarding-partnership']],
      ['A senior police officer sits as an observer and the board has grown in confidence.', ['safeguarding-partnership']],
      ['The lead member for children\'s services sits as an observer on the board.', ['safeguarding-partnership']],
      ['A police officer sits on the panel and brings intelligence to every meeting.', ['police']],
      // the children's own school (a number stands as a determiner does); only a school or a setting (named:)
      ['The board held a conference for pupils from six local primary schools on online safety.', ['safeguarding-partnership']],
      ['Children from 12 secondary schools and colleges are referred late by the duty team.', ['children-social-care']],
      ['Referrals of children from the police are timely.', ['police']],
      ['Referrals from schools are of high quality.', ['education']],
      // who holds information not sought, also with an aside between commas before the predicate; what the holder does is theirs
      ['Adult mental health workers often hold information about parents, but are rarely asked for it.', []],
      ['School nurses, for example, often hold information about parents, but are rarely asked for it.', []],
      ['Health visitors, for example, told inspectors that the hub is slow.', []],
      ['GPs hold information about parents and share it promptly with the hub.', ['health']],
      // the one overseen, the one whose request another answers
      ['The board has limited oversight of the work of the virtual school.', ['safeguarding-partnership']],
      ['Managers have good oversight of social workers\' practice.', ['children-social-care']],
      ['The police hub answers all requests by the local authority for strategy discussions within the hour.', ['police']],
      // what is funded, what lies outside what is judged, where logged information came from
      ['The council directs funding streams for local charities and community groups.', ['children-social-care']],
      ['The council\'s funding for schools is generous.', ['children-social-care']],
      ['Attendance by agencies at planning meetings, outside of initial child protection conferences, is sporadic.', []],
      ['Police officers outside of the MASH are unsure how to refer.', ['police']],
      ['Information from the police is logged promptly by hub staff.', []],
      // a name in brackets renames the mention before it and takes its role; a mention before a bracket keeps its own
      ['Concerns are referred by midwives to the local authority (in this case Northshire County Council) within a day.', ['health']],
      ['Northshire County Council (the local authority) responds quickly.', ['children-social-care']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
    expect(explainedText(cases[0]![0])).toMatch(/"child protection conferences" at \d+-\d+ in passing: recipient, after "reported to"/);
    expect(explainedText(cases[23]![0])).toMatch(/"County Council" at \d+-\d+ in passing: recipient, in brackets renaming "the local authority": after "referred \.\.\. to"/);
  });

  it('judge the holder who passes its information on, and the funder whose funding is what the clause says; explain says why (issue 9, helper 9af)', () => {
    // The cases are the rule file's examples (the holder's relative clause under probation and health-commissioners,
    // funding under police, commissioning under safeguarding-partnership); here, what explain says of them.
    expect(explainedText('Probation officers hold key information, which they share with the hub every morning.')).toMatch(
      /"Probation officers" at \d+-\d+ evaluated \(in its clause, the subject of "hold key information", but the subject of "which they share", a relative clause on its object\)/,
    );
    expect(explainedText('Funded by the police and crime commissioner, a mentoring scheme runs on Saturdays.')).toMatch(/"police" at \d+-\d+ in passing: commissioner, after "funded by"/);
    expect(agencyIds('Two youth worker posts are funded by the police and crime commissioner.')).toEqual(['police']);
  });

  it('read "sits on" as a seat only on a body, and the school after a referral\'s noun as the referrer; explain says why (issue 9, helper 9ai)', () => {
    // [sentence, the agencies it evaluates]; the first and third fail on the rules before this step
    const cases: Array<[string, string[]]> = [
      ['Duty officers sat on the referral for a fortnight.', ['police']],
      // the board sat on is a forum someone attends (issue 9, helper 9aj: the venue cue after "sits on")
      ['A senior police officer sits on the local safeguarding children board.', []],
      ['Referrals of children from nurseries rarely say what the worry is.', ['education']],
      // the children's own school, in a passive that names no referrer (as the reports' gold reads "numbers of
      // children from secondary schools being referred")
      ['Children from the school were referred to the hub twice last term.', []],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
    expect(explainedText(cases[1]![0])).toMatch(/"police officer" at \d+-\d+ in passing: member, in its clause, the subject of "sits on"/);
    expect(explainedText(cases[3]![0])).toMatch(/"school" at \d+-\d+ in passing: status, after "children from"/);
  });

  it('read an agency in the object or adjunct of another\'s act in passing, and in the subject of the predicate as judged; explain says why (issue 9, helper 9am)', () => {
    // [sentence, the agencies it evaluates]; the first nine fail on the rules and roles before this step, the six guards pass on both
    const cases: Array<[string, string[]]> = [
      // a duty placed on it, another's focus on it or on its work, a programme weighted towards it, an audit of it: after the clause's verb,
      // its verb opening the phrase ("has focused on"), or in a phrase fronted before the main clause
      ['The youth offending service is accountable for meeting the new duties placed on the local authority for children on remand.', ['youth-justice']],
      ['The new data set allows the board to focus on the work of early help services in each district.', ['safeguarding-partnership']],
      ['The LSCB has commissioned an audit of the police response to children reported missing.', ['safeguarding-partnership']],
      // a past verb the lexicon gives as a participle acts when its object follows ("commissioned an audit")
      ["The board commissioned an audit of health visitors' caseloads last spring.", ['safeguarding-partnership']],
      ["Leaders' quality assurance work is weighted towards the probation service, so they know little of other agencies' practice.", []],
      ["Following an audit of schools' safeguarding records, the board has updated its training offer.", ['safeguarding-partnership']],
      ['The local authority has focused on the youth offending service as the lead for disruption.', ['children-social-care']],
      // the work a possessive gives to another (fails before too)
      ["The council's self-evaluation is reflected in its work with schools and in its new workforce plan.", ['children-social-care']],
      // information for an agency to use names it as the recipient, straight after the noun (fails before too)
      ['Police officers give clear information for social workers to use at strategy discussions.', ['police']],
      // in the subject of the predicate, or of a clause a "that" opens, the predicate judges the agency
      ['The statutory duties placed on the local authority for children on remand are met in full.', ['children-social-care']],
      ["An audit of school nurses' records found that most were thorough.", ['health']],
      ['The focus of probation officers on the risks to children is strong.', ['probation']],
      ['Leaders know that the duties placed on schools are well understood.', ['education']],
      // a relative clause's verb inside the subject's phrase is no predicate of the clause (review rv16)
      ['The statutory duties that are placed on the local authority are met.', ['children-social-care']],
      ['The statutory duties which have been placed on the local authority are met in full.', ['children-social-care']],
      ["The police's work with schools is strong.", ['education', 'police']],
      ['Information-sharing for several partners, including the police, is hampered by old systems.', ['police']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
    expect(explainedText(cases[0]![0])).toMatch(/"the local authority" at \d+-\d+ in passing: object, after "placed on"/);
    expect(explainedText(cases[2]![0])).toMatch(/"police" at \d+-\d+ in passing: object, in its clause, governed by "audit \.\.\. of"/);
  });

  it('read the partnership by its work, officers by the service named before them, a child\'s status and the one shared with, consulted, sent to or left out (issue 9, helper 9ao)', () => {
    // [sentence, the agencies it evaluates]; every case but the four guards fails on the rules before this step
    const cases: Array<[string, string[]]> = [
      // the partnership owning the arrangements' documents, or tracking, evaluating or auditing: the safeguarding partnership
      ["The partnership's protocol for children who go missing from school is well used.", ['safeguarding-partnership']],
      ['The partnership has not yet evaluated the difference its neglect training makes.', ['safeguarding-partnership']],
      ['Since the learning review, the partnership has revised its threshold guidance.', ['safeguarding-partnership']],
      // officers of a service named just before them are that service's
      ['Community rehabilitation company officers now ask about children at every first appointment.', ['probation']],
      // a plan after a finite "be ... subject to", and registration with a practice: the child's status
      ['Dentists check whether a child who misses appointments is subject to a child protection plan.', ['health']],
      ['Foster carers help each child to register with a GP in the first week.', ['children-social-care']],
      // the one shared with past a longer phrase, consulted in the passive, sent to as the subject, reached, left out
      ['School nurses share the results of every health needs assessment with social workers.', ['health']],
      ['Leaders have made sure that the virtual school is consulted before any move.', []],
      ['Since the change, the police receive a written summary of every strategy discussion.', []],
      ["The partnership's training on exploitation does not yet extend to local schools.", ['safeguarding-partnership']],
      ['Social workers closed the case without involving the school nurse.', ['children-social-care']],
      // guards, right on both: partners across the partnership; the police's own operation; joint work's partner; a duty's subject
      ['Practitioners across the partnership track the progress of each plan.', []],
      ['Police officers receive training in how to speak to children.', ['police']],
      ['Social workers share information and work jointly with the police.', ['children-social-care', 'police']],
      ['Strategy discussions are subject to police availability, which often delays them.', ['police']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
    expect(explainedText(cases[8]![0])).toMatch(/"police" at \d+-\d+ in passing: told/);
  });

  it('keep a cue over a relative clause of consequence or of a passing predicate; read a meeting that leaves an agency out, the partnership\'s own documents past an adverb and a list closed by a determiner (issue 9, helper 9aq)', () => {
    // [sentence, the agencies it evaluates]; every case but the guards fails on the rules and roles before this step
    const cases: Array<[string, string[]]> = [
      // a relative clause that says what another's act leaves the one named in passing unable to do
      ['Midwives send discharge notes late to the police, who are therefore not able to check the address in time.', ['health']],
      ['The YOT does not send its assessments to schools, who are consequently unable to prepare for the pupil.', ['youth-justice']],
      // a relative clause whose predicate is itself a passing one: the holder of information not sought
      ['Midwives seldom check with probation officers, who may hold relevant information about the father.', ['health']],
      // a meeting that leaves an agency out, in the active
      ["Multi-agency risk meetings rarely include the family's GP.", []],
      ['Reviews of missing episodes do not include the police.', []],
      // the partnership's own documents and data, past "not", "since" or an adverb
      ['Since the audit, the partnership has recently updated its escalation procedures.', ['safeguarding-partnership']],
      ['The partnership has not analysed why so many referrals are repeated.', ['safeguarding-partnership']],
      // a list item opened by a determiner has the forum's head to itself
      ['School nurses meet regularly with teachers, and the police panel reviews each case.', ['education', 'health']],
      // the same straight after a comma, no list word before it (reviewer rv17: the first item was never checked)
      ['School nurses meet regularly with teachers, the police panel and the housing team.', ['education', 'health']],
      // guards: a relative clause in which the one named acts; a meeting that includes the agency; a true list before a forum word
      ['Concerns are passed to school nurses, who therefore visit the child at home the same day.', ['health']],
      ['Core groups now include the police, who bring records of every incident.', ['police']],
      ['Leaders across the partnership have not analysed their data.', []],
      ['Social workers chair police, health and education meetings every month.', ['children-social-care']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
    expect(explainedText(cases[1]![0])).toMatch(/"schools" at \d+-\d+ in passing: told/);
    expect(explainedText(cases[3]![0])).toMatch(/"GP" at \d+-\d+ in passing: left-out, after "rarely include"/);
  });

  it('keep a cue over a relative clause of consequence that says what the one named in passing did not, never or could not do (a reviewer, helper 8at)', () => {
    // [sentence, the agencies it evaluates]: each relative clause is the outcome of another's act, so it judges
    // that act, whatever word denies the verb; the guard's clause of consequence denies nothing, and the agency acts
    const cases: Array<[string, string[]]> = [
      ['Midwives pass on discharge notes late to the police, who therefore do not check the address in time.', ['health']],
      ['Midwives pass on discharge notes late to the police, who therefore never check the address in time.', ['health']],
      ['Midwives pass on discharge notes late to the police, who therefore no longer check the address in time.', ['health']],
      ['Midwives pass on discharge notes late to the police, who therefore cannot check the address in time.', ['health']],
      ['Midwives pass on discharge notes quickly to the police, who therefore check the address in time.', ['health', 'police']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read the council\'s oversight of home-educated children as education\'s, safeguarding enquiries as the council\'s only where no other agency makes them, and the one enquired with as asked (issue 9, helper 9as)', () => {
    // [sentence, the agencies it evaluates]; every case but the guards fails on the rules before this step
    const cases: Array<[string, string[]]> = [
      // the council's oversight of children educated at home is its education service's work
      ['Oversight is thin, and few home-educated children are monitored at all.', ['education']],
      ['The home education officer keeps in touch with every family on the list.', ['education']],
      ['Children educated at home are tracked once a term, and visits are recorded.', ['education']],
      // safeguarding enquiries that another agency makes are its own checks; the one enquired with is asked
      ['The youth offending team rarely makes safeguarding enquiries before a child is sentenced.', ['youth-justice']],
      ['Probation staff made enquiries with social workers about every man on the caseload.', ['probation']],
      ['Midwives enquire with the police when a partner has a history of violence.', ['health']],
      // guards: a health offer to home-educated children is health's; the council's own safeguarding enquiries;
      // joint enquiries with the police are joint work, the police's too
      ['Every home-educated child is offered a health review by the school nursing team.', ['health']],
      ['Safeguarding enquiries are thorough and are completed within the timescales set.', ['children-social-care']],
      ['Social workers carry out joint enquiries with the police when a child discloses abuse.', ['children-social-care', 'police']],
      // the one whose information or views another should seek, in the passive (a later cue of this step)
      ['Records held by midwives are not requested before the conference.', []],
      ['The opinions of youth offending workers were seldom sought by the panel.', []],
      // guard: the active verb, its subject acts
      ['Health visitors sought advice from the designated nurse.', ['health']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
    expect(explainedText(cases[5]![0])).toMatch(/"police" at \d+-\d+ in passing: asked, after "enquire with"/);
  });

  it('read the one told or let know past a child\'s own as told, sessions delivered in schools as a venue, checks on home-educated children as oversight, the school\'s staff after "to", plans not changed as casework (issue 9, helper 9au)', () => {
    // [sentence, the agencies it evaluates]; every case but the guards fails on the rules before this step
    const cases: Array<[string, string[]]> = [
      // the one told or let know, past a child's or family's own: the teller is judged
      ["Paediatricians did not tell the child's social worker that the baby had been discharged.", ['health']],
      ["Youth justice workers seldom tell a pupil's school when a court date is set.", ['youth-justice']],
      ["The adult mental health team does not let children's social care know when a mother is admitted.", ['health']],
      // sessions, talks or awareness-raising delivered in schools name the place
      ['Police officers deliver sessions in secondary schools about knife crime.', ['police']],
      ['Awareness-raising work in colleges has led to more referrals of young carers.', []],
      // checks on home-educated children are the council's oversight, as monitoring is
      ['Checks on children educated at home are not thorough.', ['education']],
      // the school's staff after "to", which the exclusion of "to school" took away
      ['The pressure falls to school leaders, who have coped well.', ['education']],
      // plans not changed or amended, no agency named: the council's casework
      ['Plans are not changed when a child goes missing again.', ['children-social-care']],
      // a child's missed health appointments are the child's record
      ['Missed health appointments were not noticed by social workers.', ['children-social-care']],
      // the council's early years advisers are its education service
      ["The council's early years advisers help childminders to make referrals.", ['education']],
      // guards: the teller acts; "know" not opened by "let"; sessions the schools introduce; a child's going to school;
      // an intention to change
      ['Schools tell social workers quickly when a pupil discloses abuse.', ['education']],
      ['Schools know their pupils and families well.', ['education']],
      ['Schools have introduced sessions on consent for older pupils.', ['education']],
      ['Children who stopped going to school were not followed up.', []],
      ['Leaders have plans to change the duty rota.', []],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
    expect(explainedText(cases[1]![0])).toMatch(/"school" at \d+-\d+ in passing: told, after "tell"/);
  });

  it('read attending officers as the police, the one a decision goes ahead without or left with its consequence as in passing, the one contacted past a child\'s own as contacted, duty managers as the council\'s, feedback to referrers as the front door\'s (issue 9, helper 9aw)', () => {
    // [sentence, the agencies it evaluates]; every case but the guards fails on the rules before this step (12 and 5 guards)
    const cases: Array<[string, string[]]> = [
      // officers who attend an incident are the police, not a school's attendance officer
      ['Attending officers found two toddlers alone in the flat.', ['police']],
      // the one a decision goes ahead without, a list's last item past its verb, and the one left out by a gerund
      ['Some decisions were made without health or education colleagues being consulted.', []],
      ["Child protection plans were ended without the pupil's school being told.", ['children-social-care']],
      // the one another's failing leaves with its consequence
      ['Schools send brief referrals, which leaves social workers having to ring back for details.', ['education']],
      ['Schools share attendance data late, which makes it difficult for the police to find missing pupils.', ['education']],
      ['The youth offending team closes cases abruptly, and police officers are then left to manage the risk alone.', ['youth-justice']],
      // the one contacted, past a child's or family's own
      ["The probation service does not contact the family's social worker when a licence is breached.", ['probation']],
      // duty managers are the council's front door
      ['Duty managers decide on every contact within a day.', ['children-social-care']],
      // who is invited to a strategy meeting is the convener's decision, the council's (the codebook question settled here)
      ['Youth justice workers are seldom invited to strategy meetings.', ['children-social-care']],
      // feedback to referrers is the front door's; the one given feedback is its recipient
      ['Feedback to referrers is timely and clear.', ['children-social-care']],
      ['GPs are seldom given feedback on their referrals.', ['children-social-care']],
      // where the finding's point does not reach
      ['The new screening tool is rarely used outside the police.', []],
      // guards: a school's attendance officer; officers who attend a forum; the contacting school acts; another's
      // duty officer; feedback the police give
      ["The school's attendance officer visits on the first day of absence.", ['education']],
      ['Police officers attend every strategy meeting.', ['police']],
      ['Schools contact parents on the first day of absence.', ['education']],
      ['The police duty inspector reviews every detained child.', ['police']],
      ['The police give clear feedback after each Prevent referral.', ['police']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
    expect(explainedText(cases[1]![0])).toMatch(/"education" at \d+-\d+ in passing: left-out, in its clause, the subject of "being consulted"/);
  });

  it('read "contact" after "each" or "every" as the noun, and the one named after "nobody other than" as the one who acts (reviewer rv20)', () => {
    // [sentence, the agencies it evaluates]; the first three fail on the rules of helper 9aw's step (the contact cue's
    // skip words reach past "a" to the one making the contact; "other than" names where a point does not reach)
    const cases: Array<[string, string[]]> = [
      ['Every contact a midwife has with the mother is written down.', ['health']],
      ['Each contact a teacher makes with the family is logged.', ['education']],
      ['None other than the youth offending team saw the risk to the boy.', ['youth-justice']],
      // guards: the verb after a subject, and "other than" where the point does not reach
      ['Nurses contact a social worker when a baby is bruised.', ['health']],
      ['The new screening tool is rarely used by agencies other than the police.', []],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read "left to", "leaves" and "leaving" as another\'s consequence only after a word that makes them one, a fronted "without" as "if not for", and a duty manager of another service as that service\'s (reviewer rv21)', () => {
    // [sentence, the agencies it evaluates]; the first eight but the fourth fail on the rules of helper 9aw's step and reviewer rv20's fixes (605053e)
    const cases: Array<[string, string[]]> = [
      // "left to" with no consequence marker: the one left is judged (its own managers' support)
      ['Newly qualified social workers are left to manage complex cases alone.', ['children-social-care']],
      ['Newly qualified nurses are left to run the ward at night.', ['health']],
      // "are leaving": the subject's own pressures, not another's failing
      ['Large caseloads are leaving health visitors unable to visit every family.', ['health']],
      ['High turnover is leaving social workers with caseloads of thirty children.', ['children-social-care']],
      // a fronted "without" says what was owed to the one named: it is praised
      ["Without the school's persistence, the neglect would not have been seen.", ['education']],
      ["Without the health visitor's persistence, the baby's weight loss would have gone unnoticed.", ['health']],
      // a duty manager of another service is that service's
      ['The duty manager at the hospital did not call the police when the baby was brought in.', ['health']],
      ['The duty manager at the police station released the boy without telling anyone.', ['police']],
      // guards (9aw's readings): the consequence of another's failing, the one a decision goes ahead without, the council's duty managers
      ['GPs seldom reply to requests for information, which leaves social workers having to chase them.', ['health']],
      ['Too few foster carers are free at weekends, so police officers are left to wait with children at the station.', ['children-social-care']],
      ['Referrals from schools are thin. Police officers are therefore sometimes left to decide alone.', ['education']],
      ['Decisions are made without health advice.', []],
      ['Duty managers in the front door service record clear reasons for each decision.', ['children-social-care']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it("read a child's own school after another's act, the one a wait leaves to cope, and the sender of what another screens or answers as named in passing (issue 9, helper 9el)", () => {
    // [sentence, the agencies it evaluates]; the first five fail on the rules before this step (each reading's cue taken out of
    // rules/agencies.yaml and built: education is tagged in each), the rest are guards that pass on both
    const cases: Array<[string, string[]]> = [
      // a child's own school, visited or considered by another
      ["Officers visit the pupil's school the next morning.", ['police']],
      ["Probation officers take account of the child's school when setting licence conditions.", ['probation']],
      // what a wait for another's service leaves the one named to do
      ['Waiting times for CAMHS are long. In the meantime, schools are left to manage children\'s distress alone.', ['health']],
      ['Children wait months for CAMHS. While they wait, teachers are left to support them.', ['health']],
      // the sender of what another screens
      ['Referrals from schools are screened within a day by duty social workers.', ['children-social-care']],
      // guards: the child's school as the subject that acts, or told nothing in the passive; "left to" with no wait before it;
      // a sender's referrals judged for their own quality; information from an agency, its contribution
      ["The child's school raised the alarm the same day.", ['education']],
      ["The pupil's college did not share its concerns with anyone.", ['education']],
      ["The child's school is not given the outcome.", []],
      ['Waiting times for CAMHS are long, and schools are left to manage alone.', ['education', 'health']],
      ['Referrals from schools are detailed and timely.', ['education']],
      ['Information from GPs is screened by duty social workers.', ['children-social-care', 'health']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it("read contacts screened or closed as the front door's, the council's, and the police's investigative work named without the force (issue 9, helper 9eq)", () => {
    // [sentence, the agencies it evaluates]; the first seven fail on the rules before this step (rules/agencies.yaml swapped
    // back and built: no tag, or health alone), the last three are guards that pass on both
    const cases: Array<[string, string[]]> = [
      // contacts handled in the passive, no agency named for it
      ['New contacts about children are screened within a few hours.', ['children-social-care']],
      ["Some contacts are closed without anyone reading the family's history.", ['children-social-care']],
      ['Contacts to the front door in Eastshire are triaged by experienced practitioners.', ['children-social-care']],
      // the police's investigative work, the force unnamed, beside others judged
      ['Video-recorded interviews with children are sometimes delayed by several weeks.', ['police']],
      ['A backlog in examining seized phones leaves families waiting for months.', ['police']],
      ['Investigations into offences against children lose pace after the first week.', ['police']],
      ['Devices seized from suspects wait a year for examination, and the school nurse supports the child meanwhile.', ['health', 'police']],
      // guards: contacts made by an agency, contacts screened by another agency named, an interview that is not the police's
      ['Schools make many contacts about children who are not at risk.', ['education']],
      ['Contacts are screened by police staff in the hub.', ['police']],
      ['Social workers interview children at school.', ['children-social-care']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it("judge a child's own school as the source of its work or in its clause's subject, and read a wait's opener only with a wait before it (issue 9, helper 9ep: a second reader's A1, A2, A3)", () => {
    // [sentence, the agencies it evaluates]; the first eight fail on 77fe4e91's build (after 9el's readings: education lost
    // in the first six, health in the last two, children's social care implied in its place in the seventh), the rest are
    // guards that pass on both
    const cases: Array<[string, string[]]> = [
      // the school as the source of the work judged, after "from"
      ["Support from the child's school has been excellent.", ['education']],
      ["The quality of referrals from the child's school was poor.", ['education']],
      // in its clause's subject, with a copula, a possessive or a noun head outside the phrase heads
      ["The child's school's response to the disclosure was swift and well judged.", ['education']],
      ["The child's school is a strong and trusted partner in the child's plan.", ['education']],
      ["The young person's college tutor noticed the change in his behaviour.", ['education']],
      ["The pupil's school counsellor referred him to CAMHS.", ['education']],
      // a wait's opener with no wait in the sentence or the one before: the one left to cope, its own service judged
      ['In the meantime, health visitors are left to carry caseloads far above the recommended level.', ['health']],
      ['In the interim, GPs are left to prescribe without specialist advice.', ['health']],
      // guards: after another's act, after "to", in the passive, a wait before the opener; school nursing is health's on both
      ['Meanwhile, the school nursing service is left to cover two posts with one nurse.', ['health']],
      ["Police officers visit the child's school the next day.", ['police']],
      ["Alerts about the incident go to the children's schools before the start of the school day.", []],
      ["The child's school is not told the outcome of the referral.", ['children-social-care']],
      ["Staff at the child's school spotted the bruising and called the duty team.", ['education']],
      ["The wait for CAMHS is long. In the meantime, schools are left to manage children's distress alone.", ['health']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it("judge a child's own school after a participle that is an adjective, or in the passive with a verb joined after and/but (issue 9, helper 9ew: 9ep's leftover)", () => {
    // [sentence, the agencies it evaluates]; the first four fail on 585a28cc's src (education lost: the participle read as
    // a passive, the joined verb not read), the rest are guards that pass on both (the fifth kept education already)
    const cases: Array<[string, string[]]> = [
      // a participle that says how the school stood, after a copula
      ["The pupil's school had been concerned about his attendance for months but did not refer him.", ['education']],
      ["The child's school was worried about her weight loss.", ['education']],
      // a passive, then a verb joined after "and"/"but" that makes the school act
      ["The young person's college was well informed about the risks and acted on them at once.", ['education']],
      ["The child's school was kept up to date and took part in every meeting.", ['education']],
      ["The child's school was told of the plan but gave no support to the family.", ['education']],
      // guards: a passive alone or joined to another passive, another's act on the school, an adjective already read
      ["The child's school was not informed of the strategy discussion.", []],
      ["The child's school was not invited to the meeting and was not sent the minutes.", []],
      ["The child's school is not told the outcome of the referral.", ['children-social-care']],
      ["The child's school was contacted and asked to attend.", []],
      ["The child's school was aware of the bruising but took no action.", ['education']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it("read an opened-by word before a mention over the adjectives and adverbs that modify it (issue 9, helper 9ew: 9ep's A4 leftover)", () => {
    // [sentence, the agencies it evaluates]; the first two fail on 5463d085's src (education, children's social care kept:
    // the word before the mention was an adjective, not the opener), the rest are guards that pass on both
    const cases: Array<[string, string[]]> = [
      ['While children wait for an assessment, newly qualified teachers are left to manage their distress.', []],
      ['The wait for CAMHS is long. In the meantime, newly qualified social workers are left to manage complex cases.', ['health']],
      // guards: no wait for the opener, an adverb in a fronted clause, the plain mention
      ['In the meantime, newly qualified social workers are left to manage complex cases.', ['children-social-care']],
      ['Because the hub is so busy, experienced officers are left to wait.', ['police']],
      ['The wait for CAMHS is long. In the meantime, social workers are left to manage complex cases.', ['health']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it("judge the sender of referrals screened out or judged for their detail, and read the sender in passing past an adverb (issue 9, helper 9ep: a second reader's A5, A6)", () => {
    // [sentence, the agencies it evaluates]; the first five fail on 77fe4e91's build (the sender lost in the first three,
    // tagged in the last two), the rest are guards that pass on both
    const cases: Array<[string, string[]]> = [
      // "screened out", or the sentence judges what was sent: the sender's own work
      ['Referrals from GPs are screened out because they lack detail about the risk.', ['health']],
      ['A high proportion of referrals from the police are screened out as needing no further action.', ['police']],
      ['Referrals from GPs are processed without delay, but they often lack the detail needed.', ['health']],
      // an adverb between the auxiliary and the head: the sender still named in passing
      ['Referrals from schools are quickly screened by duty social workers.', ['children-social-care']],
      ['Referrals from schools were not always screened by duty social workers within the expected timescale.', ['children-social-care']],
      // guards
      ['Referrals from schools are screened within a day by duty social workers.', ['children-social-care']],
      ['Referrals from colleges and schools are screened carefully by counter-terrorism police.', ['police']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it("read the one seldom or never asked as left out, as the one seldom invited is (issue 9, helper 9ex: r32-21, r32-22)", () => {
    // [sentence, the agencies it evaluates]; the first three fail on 013661ac's build (the one asked tagged, each case's
    // tags printed on both builds), the rest are guards that pass on both: the one who asks, and the one asked who then acts
    const cases: Array<[string, string[]]> = [
      ['Strategy meetings are held quickly, but dentists are not asked what they know about the family.', ['children-social-care']],
      ['Schools are not asked what they know about the child.', []],
      ['Community nurses are seldom asked to contribute to the assessment.', []],
      // guards
      ['Social workers rarely ask dentists what they know about the family.', ['children-social-care']],
      ['When asked, health visitors share their records quickly.', ['health']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
    expect(explainedText(cases[1]![0])).toMatch(/"Schools" at \d+-\d+ in passing: left-out, in its clause, the subject of "are not ... asked"/);
  });

  it("read a GP's surgery or receptionists as one list item, so that a campaign's channel or audience reaches it later in a list (issue 9, helper 9ex: r18-03, r26-10, r29-00)", () => {
    // [sentence, the agencies it evaluates]; the first three fail on 013661ac's build (health tagged from "GP" alone, each
    // case's tags printed on both builds), the rest are guards that pass on both: a surgery's own work, and the GPs who act
    const cases: Array<[string, string[]]> = [
      ['The council promoted its new helpline through libraries, GP surgeries and sports clubs.', ['children-social-care']],
      ['The board ran a campaign aimed at youth clubs, GP receptionists and taxi drivers.', ['safeguarding-partnership']],
      ['A campaign aimed at childminders, GP surgeries and dentists has raised awareness of bruising in babies.', []],
      // guards
      ['GP surgeries now flag every child who misses two appointments.', ['health']],
      ['The campaign has reached schools, and GPs now refer more often.', ['health']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
    expect(explainedText(cases[0]![0])).toMatch(/"GP surgeries" at \d+-\d+ in passing: channel/);
  });

  it("read what agencies do jointly as multi-agency, beside the agencies named (issue 9, helper 9ex: what the gold's multi-agency units share)", () => {
    // [sentence, its agencies with multi-agency]; the first two fail on 952aa556's build (no multi-agency, each case's tags
    // printed on both builds), the rest are guards that pass on both: one agency alone, and no joint work
    const withMultiAgency = (text: string) => [...new Set(tagText(rules.tagger, text).agencies.map((t) => t.path[0]))].sort();
    const cases: Array<[string, string[]]> = [
      ['Plans for the baby are agreed jointly by midwives and social workers.', ['children-social-care', 'health', 'multi-agency']],
      ['Detectives and youth offending workers jointly interview every child found in a trap house.', ['multi-agency', 'police', 'youth-justice']],
      // guards
      ['Midwives and social workers agree plans for the baby before the birth.', ['children-social-care', 'health']],
      ['Health visitors see every baby at home.', ['health']],
    ];
    expect(cases.map(([text]) => [text, withMultiAgency(text)])).toEqual(cases);
  });

  it('read local agencies or services together that do not know the children as multi-agency (issue 9, helper 9fg, the seventh both-ways round, reading e)', () => {
    // [sentence, its agencies with multi-agency]; the first two fail on 67611d8e's rules (no multi-agency: "known to" made the
    // local services a recipient in passing), the rest are guards that pass on both: one agency not knowing a family, and
    // local services named with no knowing judged
    const withMultiAgency = (text: string) => [...new Set(tagText(rules.tagger, text).agencies.map((t) => t.path[0]))].sort();
    const cases: Array<[string, string[]]> = [
      ['Teenagers sent to live in the city by distant councils are often unknown to local services.', ['multi-agency']],
      ['Young people moved into supported lodgings here are not always known to local agencies.', ['multi-agency']],
      // guards
      ['The family was not known to the police.', []],
      ['Local services open on Saturdays.', []],
    ];
    expect(cases.map(([text]) => [text, withMultiAgency(text)])).toEqual(cases);
  });

  it('read joint work as multi-agency only beside two other agencies (issue 9, helper 9fh: with-agencies)', () => {
    // [sentence, its agencies with multi-agency]; the first three fail on 04626214's rules (the first two get no multi-agency,
    // the third one agency's two teams working jointly got it); the rest are guards that pass on both: two agencies jointly,
    // and "together" or "joint" beside one agency alone
    const withMultiAgency = (text: string) => [...new Set(tagText(rules.tagger, text).agencies.map((t) => t.path[0]))].sort();
    const cases: Array<[string, string[]]> = [
      ['Paediatric nurses and detectives examine each new referral together.', ['health', 'multi-agency', 'police']],
      ['Probation officers and youth justice workers hold joint reviews before a young person turns eighteen.', ['multi-agency', 'probation', 'youth-justice']],
      ['Health visitors and school nurses jointly review every referral.', ['health']],
      // guards
      ['Social workers and detectives jointly investigate every allegation of physical abuse.', ['children-social-care', 'multi-agency', 'police']],
      ['Social workers and family support workers visit together when risks are high.', ['children-social-care']],
      ['The police hold a joint briefing every morning.', ['police']],
    ];
    expect(cases.map(([text]) => [text, withMultiAgency(text)])).toEqual(cases);
  });

  it("read the staff who work in a school, practice, setting or centre as that place's own (issue 9, helper 9fk: a second reader's A1)", () => {
    // [sentence, its agencies]; the first six fail on 04626214's rules (the place read as an awareness drive's audience), the
    // rest are guards that pass on both: work done in schools for a drive, partners worked with, places a drive's posters reach,
    // and another agency's workers placed in schools
    const tags = (text: string) => [...new Set(tagText(rules.tagger, text).agencies.map((t) => t.path[0]))].sort();
    const cases: Array<[string, string[]]> = [
      ['Staff working in schools are aware of the signs of private fostering.', ['education']],
      ['Staff working in GP practices are not aware of the duty to notify the council when a child is privately fostered.', ['health']],
      ['Staff who work in schools know how to notify the local authority of private fostering arrangements.', ['education']],
      ['Practitioners who work in early years settings have a good awareness of the signs of neglect.', ['education']],
      ['Staff who work in children\'s centres are aware of the signs of domestic abuse.', ['children-social-care']],
      ['Staff working in schools explain to children what will happen next.', ['education']],
      // near misses and guards, the same on both builds
      ['The service provides a range of work in schools to increase children\'s awareness of emotional well-being.', []],
      ['The local authority worked with mosques, churches and community groups to explain the duty to notify it of private fostering.', ['children-social-care']],
      ['Posters in GP surgeries and leaflets for nurseries have raised awareness of the risks of shaking a baby.', []],
      ['Social workers working in schools raise awareness of private fostering with pupils.', ['children-social-care']],
    ];
    expect(cases.map(([text]) => [text, tags(text)])).toEqual(cases);
  });

  it("read the school's own staff, and what is made or raised there, after \"at school\" as the school's (issue 9, helper 9fk: a second reader's A2)", () => {
    // [sentence, its agencies]; the first three fail on 04626214's rules ("at school" read as a child's venue), the rest are guards
    // that pass on both: a child met, seen or back at school, and a head told of support at school (left to the told cue)
    const tags = (text: string) => [...new Set(tagText(rules.tagger, text).agencies.map((t) => t.path[0]))].sort();
    const cases: Array<[string, string[]]> = [
      ['Staff at school are confident in recognising signs of neglect.', ['education']],
      ['Disclosures made at school are passed to the MASH within the hour.', ['education']],
      ['Concerns raised at school are not always passed on to children\'s social care.', ['education']],
      // near misses and guards, the same on both builds
      ['Designated safeguarding leads at school are confident to challenge social workers\' decisions.', ['education']],
      ['Teachers at school are good at spotting neglect.', ['education']],
      ['Advocates meet children at school or in a cafe, and help them decide what to say.', []],
      ['Several young people have gone on to return to education or training.', []],
      ['Headteachers are told discreetly when a pupil may need extra support at school.', []],
      ['Children are seen at school by their social worker.', ['children-social-care']],
    ];
    expect(cases.map(([text]) => [text, tags(text)])).toEqual(cases);
  });

  it("read \"inform\" as shaping a body's priorities or plans as no information shared (issue 9, helper 9fk: a second reader's T1)", () => {
    // [sentence, its themes]; the first six fail on 04626214's rules (information-sharing), the rest are guards that pass on both:
    // one agency alerting, informing or notifying another, and a rota's news to a team
    const tags = (text: string) => [...new Set(tagText(rules.tagger, text).themes.map((t) => t.path[0]))].sort();
    const cases: Array<[string, string[]]> = [
      ['Learning from case reviews informs the service\'s priorities.', ['performance-quality-assurance']],
      ['Performance information informs the team\'s priorities each month.', ['performance-quality-assurance']],
      ['Evaluation of the pilot informs the council\'s commissioning decisions.', []],
      ['Feedback from care leavers informs the service\'s plans for next year.', ['planning']],
      ['Audit findings inform the council\'s improvement plan.', ['performance-quality-assurance']],
      ['Young people\'s views inform the team\'s priorities.', ['voice-of-the-child']],
      // near misses and guards, the same on both builds
      ['Midwives alert the vulnerable women\'s team when a pregnant woman discloses abuse.', ['information-sharing']],
      ['The hospital did not inform the child\'s school that he had been admitted.', ['information-sharing']],
      ['The police did not alert the receiving authority when the family moved.', ['information-sharing']],
      ['Officers notify the local authority\'s designated officer of allegations against staff.', ['information-sharing']],
      ['The head of service informs the team of changes to the rota.', []],
    ];
    expect(cases.map(([text]) => [text, tags(text)])).toEqual(cases);
  });

  it("read \"put down to\", \"explained away\" and \"attributed to\" as risk not seen only of a child's signs or condition (issue 9, helper 9fk: a second reader's T2)", () => {
    // [sentence, its themes]; the first six fail on 04626214's rules (risk-assessment on a service's own account of its figures),
    // the next two on the same rules (missed: the split phrasal verb, the base form with its object), the rest pass on both
    const tags = (text: string) => [...new Set(tagText(rules.tagger, text).themes.map((t) => t.path[0]))].sort();
    const cases: Array<[string, string[]]> = [
      ['The improvement in timeliness is put down to the new duty manager.', []],
      ['Delays in completing assessments are put down to staff shortages.', ['assessment']],
      // planning since the sixteenth both-ways round (issue 9, sixty-eighth step, helper 9gq): attendance at conferences judged
      ['The drop in attendance at conferences is put down to the move to online meetings.', ['joint-working', 'planning']],
      ['The fall in exclusions is attributed to the new behaviour policy in secondary schools.', []],
      ['Managers attribute the improvement to better behaviour management in schools.', []],
      ['The fall in referrals is attributed to the age of the data rather than to a real change.', ['performance-quality-assurance']],
      ['Professionals put the girl\'s missing episodes down to her choices rather than to exploitation.', ['exploitation', 'missing-children', 'risk-assessment']],
      ['Staff too often explain away a child\'s injuries as rough play.', ['risk-assessment']],
      // near misses and guards, the same on both builds
      ['Bruises on the baby were put down to a fall without any checks.', ['information-sharing', 'risk-assessment']],
      ['Changes in the girl\'s behaviour were explained away as normal teenage behaviour.', ['risk-assessment']],
    ];
    expect(cases.map(([text]) => [text, tags(text)])).toEqual(cases);
  });

  it("read the one told in a bare passive as acting when \"and they\" or \"but they\" goes on with its own verb (issue 9, helper 9fk: a second reader's A3)", () => {
    // [sentence, its agencies]; the first three fail on b5d78dcb's build (the one told left in passing, no agency), the rest are
    // guards that pass on both: a passive after "and they", "they" another's, a verb joined with no pronoun, a bare passive
    const tags = (text: string) => [...new Set(tagText(rules.tagger, text).agencies.map((t) => t.path[0]))].sort();
    const cases: Array<[string, string[]]> = [
      ['Midwives are informed, and they make timely referrals to children\'s social care.', ['health']],
      ['Schools are told, but they do not pass the information on to class teachers.', ['education']],
      ['Health visitors are notified, and they visit each family within a week.', ['health']],
      // guards
      ['Schools are told, and they are given a copy of the plan.', []],
      ['Schools are told when children go missing, and they are then found quickly by the police.', ['police']],
      ['Schools are informed and respond quickly to support the child.', ['education']],
      ['Her school was told discreetly, so that staff could keep a close eye on her.', []],
      ['Schools are told promptly.', []],
    ];
    expect(cases.map(([text]) => [text, tags(text)])).toEqual(cases);
  });

  it("read a criminal case closed, and a teacher told how, as no council casework and the teacher's own (issue 9, helper 9fk: a second reader's A5, A4)", () => {
    // [sentence, its agencies]; the first three fail on 04626214's rules (children's social care implied by a police case
    // closed; education dropped after "told how"), the rest are guards that pass on both
    const tags = (text: string) => [...new Set(tagText(rules.tagger, text).agencies.map((t) => t.path[0]))].sort();
    const cases: Array<[string, string[]]> = [
      ['Domestic abuse cases are closed with no further action when the victim does not support a prosecution.', []],
      ['Investigations of online abuse are closed too quickly, and cases are closed before devices have been examined.', []],
      ['Teachers are told how to make a referral in their first week.', ['education']],
      // guards
      ['Cases are sometimes closed before the child has been seen.', ['children-social-care']],
      ['Early help cases are closed when families stop engaging with the service.', ['children-social-care']],
      ['Schools are told promptly.', []],
    ];
    expect(cases.map(([text]) => [text, tags(text)])).toEqual(cases);
  });

  it("read a council that did not know how many times or siblings, one child's case, as no quality assurance (issue 9, helper 9fk: a second reader's T3)", () => {
    // [sentence, has performance-quality-assurance]; the first two fail on 04626214's rules, the third on the same rules (missed:
    // "currently"), the rest are guards that pass on both
    const qa = (text: string) => tagText(rules.tagger, text).themes.some((t) => t.path[0] === 'performance-quality-assurance');
    const cases: Array<[string, boolean]> = [
      ['In one case, the council did not know how many times the boy had been reported missing before he was found.', false],
      ['The local authority did not know how many siblings the baby had until the police told them.', false],
      ['The local authority does not currently know how many children are missing education.', true],
      // guards
      ['The local authority does not know how many children are living in private fostering arrangements.', true],
      ["The council's education team does not know how many pupils are electively home educated.", true],
    ];
    expect(cases.map(([text]) => [text, qa(text)])).toEqual(cases);
  });

  it("read a police notification judged with the schools' use of it as multi-agency (issue 9, helper 9fg, the seventh both-ways round, reading a)", () => {
    // [sentence, its agencies with multi-agency]; the first two fail on b2f18a06's rules (no multi-agency), the rest are guards
    // that pass on both: the school only told, and the school's support only the notice's purpose
    const withMultiAgency = (text: string) => [...new Set(tagText(rules.tagger, text).agencies.map((t) => t.path[0]))].sort();
    const cases: Array<[string, string[]]> = [
      ['Notifications from the police are detailed and prompt, and most primary schools use them thoughtfully.', ['education', 'multi-agency', 'police']],
      ['When the police attend a call-out, a notification reaches the academy by eight, and its teachers use this information discreetly.', ['education', 'multi-agency', 'police']],
      // guards
      ['Primary schools are told by the police about every incident.', ['education', 'police']],
      ['The police send notifications to colleges so that tutors can offer support.', ['police']],
    ];
    expect(cases.map(([text]) => [text, withMultiAgency(text)])).toEqual(cases);
  });

  it("read the staff of children's homes as children's social care (issue 9, helper 9ex: r32-37, r22-55)", () => {
    // [sentence, the agencies it evaluates]; the first two fail on 2a0a074f's build (no agency, each case's tags printed on
    // both builds), the rest are guards that pass on both: work at home, and other staff at home
    const cases: Array<[string, string[]]> = [
      ['Residential workers search the local area before reporting a child missing.', ['children-social-care']],
      ['Home staff rarely know who the child was with.', ['children-social-care']],
      // guards
      ['Health visitors see every new baby at home within two weeks.', ['health']],
      ['Police staff working from home kept in touch by phone.', ['police']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it("read ambulance crews and paramedics as health (issue 9, helper 9ex: r32-47)", () => {
    // [sentence, the agencies it evaluates]; the first two fail on 188a586b's build (no agency, each case's tags printed on
    // both builds), the guard passes on both: training for paramedics names them in passing
    const cases: Array<[string, string[]]> = [
      ['Paramedics describe the state of the home in every referral.', ['health']],
      ['Ambulance crews rarely record whether children live at the address.', ['health']],
      // guard
      ['The council has arranged training for paramedics on neglect.', ['children-social-care']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read the one alerted as the one told, a strategy meeting or conference that is convened as the council\'s, the service not needed as in passing, the partnership that has commissioned or developed as the safeguarding partnership, and notifications from the police as the police\'s (issue 9, helper 9az)', () => {
    // [sentence, the agencies it evaluates]; the first ten fail on the rules before this step (5ff5ad0, rules/agencies.yaml
    // swapped back, each case's tags printed; the tenth also on the rules after it without the passive's not-near in src/tag/roles.ts), the last twelve are guards (two for each cue: where it must not fire), which
    // pass on both
    const cases: Array<[string, string[]]> = [
      // the one alerted is the one told
      ['Midwives promptly alert the duty team when a baby is born to a mother known to services.', ['health']],
      ['Health visitors are good at alerting social workers to babies at risk.', ['health']],
      ['Youth workers alert the police whenever a teenager is seen with older men.', []],
      // a strategy discussion or conference that is convened is the convener's work, the council's
      ['Strategy meetings are convened the same day and the police always attend.', ['children-social-care', 'police']],
      ['When a child is found in a drugs raid, a strategy discussion is convened and the school nurse contributes.', ['children-social-care', 'health']],
      // the service a contact does not need is named in passing
      ['Many contacts from nurseries do not need a social work response.', ['education']],
      // the partnership's own commissioning and development
      ['The partnership has commissioned an independent review of its front door.', ['safeguarding-partnership']],
      ['The partnership has recognised the gap and has planned new training for GPs.', ['safeguarding-partnership']],
      // notifications from the police are the police's work
      ['Schools receive notifications from the police the morning after each incident.', ['police']],
      ['Notifications from the police are received before the start of each school day.', ['police']],
      // guards: the adjective "alert"; the noun "alerts"
      ['An alert school nurse noticed the marks and told the safeguarding lead.', ['health']],
      ['Schools are alert to the risks of online harm.', ['education']],
      // guards: a convener named; a meeting that is neither a strategy discussion nor a conference
      ['The police convened a strategy discussion within the hour.', ['police']],
      ['Probation officers are convened for a briefing every week.', ['probation']],
      // guards: "need" with a verb or as the subject's own need
      ['Families who need a social worker are allocated one the same day.', ['children-social-care']],
      ['Health visitors do not need further training on neglect.', ['health']],
      // guards: the partnership's partners in general, and a development that is the partners' relations
      ['Relationships across the partnership have developed since the new leaders arrived.', []],
      ['The partnership has developed well, and partners now challenge each other.', []],
      // guards: the police as the source of information another weighs
      ['Social workers take account of information from the police when they decide on a plan.', ['children-social-care']],
      ['The hub gathers information from the police before a decision is made.', []],
      // guards: the one alerted in the passive, as before; the one who alerts
      ['Schools are not alerted when a pupil is arrested.', []],
      ['Schools alert the hub when a pupil goes missing.', ['education']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
    expect(explainedText(cases[0]![0])).toMatch(/"duty team" at \d+-\d+ in passing: told, after "alert"/);
  });

  it('read a list\'s later item whose preposition is repeated after "and" or "or" in the role of the first (issue 9, helper 9bb)', () => {
    // [sentence, the agencies it evaluates]; the first four fail on the code before this step (27f0dfc, built apart, each
    // case's tags printed: + police, + police, + police, + police); the last four are guards (where the reading must not fire: the
    // first item evaluated, no repeated preposition, a sentence between, a relative clause after the item), which pass on
    // both. ("offer ... to" as a recipient's head was tried and not kept: fixtures/gold/dev/README.md, forty-third step.)
    const cases: Array<[string, string[]]> = [
      // a later item after a repeated preposition takes the first item's role (a recipient here)
      ["Health visitors refer babies with bruising to children's social care and, out of hours, to the police.", ['health']],
      ['Midwives pass concerns about domestic abuse to the hub and, when a mother is at risk, to the police.', ['health']],
      ["Offender managers check with children's social care or with the police before a home visit.", ['probation']],
      // read back over an earlier repeated item to the one a cue names
      ['Health visitors refer concerns to the hub and to schools and, at night, to the police.', ['health']],
      // guards: the first item evaluated (a partner in joint work), so the later one is too; no repeated preposition
      ['Social workers work well with the police and with schools.', ['children-social-care', 'education', 'police']],
      ['Cases are passed to the duty team and, in most cases, schools act on the advice they get.', ['education']],
      // guards: a sentence between; a relative clause after the later item makes it act
      ['Referrals go to the front door. In schools, attendance officers follow up every absence.', ['education']],
      ['Social workers share plans with GPs and with schools, who act on them quickly.', ['children-social-care', 'education']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
    expect(explainedText(cases[0]![0])).toMatch(/"police" at \d+-\d+ in passing: recipient, after a repeated "to", as "children's social care"/);
  });

  it('stop a governing word\'s reach at ", and" that opens a clause with its own subject and auxiliary (issue 9, helper 9bd)', () => {
    // [sentence, the agencies it evaluates]; the first three fail on the code before this step (6b731af, built apart:
    // each gave no agency, the second clause's object read as the recipient of the first's verb); the last three are
    // guards, which pass on both: no auxiliary after "and", an auxiliary straight after it (the same subject), and a
    // head of the cue's own in the second clause. A relative clause after the recipient was counted and left as it is
    // (fixtures/gold/dev/README.md, forty-third step, second part).
    const cases: Array<[string, string[]]> = [
      ['Referrals are passed to the hub, and waits are due to the police.', ['police']],
      ['Cases are referred to the hub, and the delays were due to the ambulance service.', ['health']],
      ['Cases are sent to the hub, and delays are due to schools.', ['education']],
      ['Concerns are referred to the hub, and then to the police.', []],
      ['Concerns are referred to the hub, and are then passed to the police.', []],
      ['Referrals are sent to the hub, and a copy is always sent to the police.', []],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read an agency in a sentence that opens with the consequence of the work before it as the one affected (issue 9, helper 9bf)', () => {
    // [sentence, the agencies it evaluates]; the first four fail on the code before this step (e98f704, built apart: each
    // also gave the agency of the consequence sentence); the last five are guards, which pass on both: "As a result of"
    // opens its own cause, a consequence sentence that is the text's first, no agency named before it, a relative clause
    // after the one affected that makes it act, and "leads to", which is no opener.
    const cases: Array<[string, string[]]> = [
      ['Referrals from GPs are brief. This means that social workers must call back for details.', ['health']],
      ['Health visitors now ask about violence at home at every visit. As a result, the police hear of more children at risk.', ['health']],
      ['Youth workers from a local charity run weekly sessions in the park. This is helping schools to spot pupils who are being groomed.', ['voluntary-sector']],
      ["Midwives record the father's details at booking. This ensures that probation officers know of a new baby in the household.", ['health']],
      ['As a result of new training, police officers now record what children say.', ['police']],
      ['This means that social workers visit children within a day.', ['children-social-care']],
      ['Supervision is regular and thoughtful. This means that social workers know what to do next.', ['children-social-care']],
      ['Referrals from schools are detailed. As a result, social workers, who visit within a day, know what to ask.', ['children-social-care', 'education']],
      ['GPs share information quickly. This leads to better decisions by social workers.', ['children-social-care', 'health']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('keep an agency in a consequence sentence when a word after it judges how it does its own work (reviewer rv26)', () => {
    // [sentence, the agencies it evaluates]; the first four fail on the rules of helper 9bf's step (e99622c): the opener
    // made the one praised or criticised after it the one affected. The last three are guards: it gets, knows or is
    // given something, or a judging word stands in the sentence before the opener.
    const cases: Array<[string, string[]]> = [
      ['Police officers now share every domestic abuse notification with schools. As a result, teachers respond quickly and sensitively to children the next morning.', ['education', 'police']],
      ['Social workers now visit within a day. This means that the police too rarely follow up missing episodes themselves.', ['children-social-care', 'police']],
      ["Managers in children's social care have new training. As a result, police officers are too slow to share information with them.", ['children-social-care', 'police']],
      ["Referrals from schools are detailed. This means that health visitors review each child's records thoroughly before every visit.", ['education', 'health']],
      ['Police officers attend strategy meetings. This means that social workers do not always get a copy of the minutes.', ['police']],
      ["GPs do not attend conferences. As a result, social workers do not hear about the family's health.", ['health']],
      ['GPs quickly send reports to conferences. This means that social workers know the health history of every child.', ['health']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read a school named as where another agency\'s team, worker or information sits as a venue (issue 9, helper 9bh)', () => {
    // [sentence, the agencies it evaluates]; the first four fail on the start's rules (e267eb0), which tagged the school
    // too. The last four are guards: the school's own staff in it, "in place in", and a team of an agency (not a school).
    const cases: Array<[string, string[]]> = [
      ['Mental health practitioners from the NHS trust working in primary schools help children who have seen violence at home.', ['health']],
      ['Counsellors from a local charity based in secondary schools see pupils within a week.', ['voluntary-sector']],
      ['Officers share what is gathered in schools with the exploitation team every week.', ['police']],
      ["Youth workers in colleges run by the council's youth service are stretched.", ['children-social-care']],
      ['Safeguarding staff in schools make good referrals that say what they are worried about.', ['education']],
      ['Heads of year in secondary schools follow up every missed day for children on plans.', ['education']],
      ['New routines are in place in most schools for recording worries about pupils.', ['education']],
      ['Social workers in the team see children within a day.', ['children-social-care']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read an agency named after "from" whose own product or attendance is judged as evaluated (issue 9, helper 9bl)', () => {
    // [sentence, the agencies it evaluates]; the first five fail on the start's rules (2952939), which read the agency
    // as a source or venue and gave none. The last six are guards that pass on both: information or referrals received
    // (the receiver judged, "Health visitors receive information" naming the receiver, not what it receives), advice (left
    // out of the words), attendees of another's training, and a panel's members.
    const cases: Array<[string, string[]]> = [
      ['Children who go missing receive a thorough assessment from the police on their return.', ['police']],
      ['The help parents receive from the family support charity is practical.', ['voluntary-sector']],
      ['Assessments received from the youth offending team are thorough.', ['youth-justice']],
      ['Attendance from GPs at core groups has improved.', ['health']],
      ['There is good engagement from the probation service in planning.', ['probation']],
      ['Social workers weigh the information they receive from schools.', ['children-social-care']],
      ['Health visitors receive information from the police about incidents.', []],
      ['The MASH receives referrals from schools and the police.', []],
      ['Children receive appropriate advice from the police.', []],
      // Attendees of training, alone or in a list, are evaluated since the sixth both-ways round (issue 9, helper 9fa): this
      // guard gave none before 9fa's change and gives both after; the next sentence (9fa's) gave none before it.
      ['Training on neglect was attended by staff from schools and the police.', ['education', 'police']],
      ['The course on exploitation is attended by practitioners from health and the voluntary sector.', ['health', 'voluntary-sector']],
      ['The panel has representation from the police and schools.', []],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read vulnerability or risk identified early as risk assessment (issue 9, helper 9fa, the sixth both-ways round)', () => {
    // Each gave no risk-assessment on the rules before 9fa's change (1a4f35c): the first was excluded as early help, the
    // others matched no words of the theme.
    const themeIds = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]);
    const cases = [
      'Health visitors recognise vulnerability early in pregnancy.',
      'Specialist midwives identify vulnerable young fathers early.',
      'Nursery staff spot vulnerable toddlers early.',
    ];
    expect(cases.filter((text) => !themeIds(text).includes('risk-assessment'))).toEqual([]);
  });

  it('read a front-line group\'s grasp, or schools\' understanding, of something as the workforce\'s skill (issue 9, helper 9fa)', () => {
    // The first three gave no workforce-training on the rules before 9fa's change (092b3e7); the last two are guards that
    // pass on both (leaders' understanding of their services, parents' grasp).
    const themeIds = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]);
    const yes = [
      'Ward nurses have a sound grasp of the signs of fabricated illness.',
      'Colleges have a good understanding of how to refer a student to the front door.',
      'Probation officers have a limited grasp of when a child should be named in a plan.',
    ];
    const no = ['Senior leaders have a sound grasp of the quality of their services.', 'Parents have a limited grasp of the safety plan.'];
    expect(yes.filter((text) => !themeIds(text).includes('workforce-training'))).toEqual([]);
    expect(no.filter((text) => themeIds(text).includes('workforce-training'))).toEqual([]);
  });

  it('read the one not asked, invited or included as left out only in the passive (issue 9, helper 9fb: a second reader\'s A1)', () => {
    // [sentence, the agencies it evaluates]; the first four fail on e593bbce's rules (the one who fails to ask or invite
    // read as left out: education only, none, none, education), the rest are guards that pass on both: the one asked,
    // invited or not included, in the passive
    const cases: Array<[string, string[]]> = [
      ['Social workers have not asked schools for information about the children.', ['children-social-care', 'education']],
      ['Health visitors never asked the mother about her new partner.', ['health']],
      ["Police officers have not always asked the child's school what it knows.", ['police']],
      ['Social workers have not invited the school to the core group.', ['children-social-care', 'education']],
      // guards
      ['School nurses are not asked to contribute to plans.', []],
      ['Schools have not been asked for their views.', []],
      ['Education providers are often not invited to strategy meetings.', ['children-social-care']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read "attended ... from" as an event\'s reach unless the sentence is about training (issue 9, helper 9fb: a second reader\'s A2)', () => {
    // [sentence, the agencies it evaluates]; the three fail on e593bbce's rules (education; education, health, police;
    // education); 9fa's training sentences stay evaluated (the test of "from" above)
    const cases: Array<[string, string[]]> = [
      ['The drop-in sessions are attended by young people from local schools and colleges.', []],
      ['The conference was attended by delegates from schools, health and the police.', []],
      ["Core group meetings are attended by staff from the child's school.", []],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read "jointly" as multi-agency neither with a parent or child nor of joint funding (issue 9, helper 9fb: a second reader\'s A3)', () => {
    // [sentence, its agencies with multi-agency]; the first three fail on e593bbce's rules (multi-agency added), the guards
    // (9ex's test above too) keep it where agencies act jointly
    const withMultiAgency = (text: string) => [...new Set(tagText(rules.tagger, text).agencies.map((t) => t.path[0]))].sort();
    const cases: Array<[string, string[]]> = [
      ['The child and her mother jointly decided to move.', []],
      ['The post is jointly funded by the council and the integrated care board.', ['children-social-care', 'health']],
      ['The social worker agrees the plan jointly with the family.', ['children-social-care']],
      // guards
      ['The plan for the child is agreed jointly by the police and children\'s social care.', ['children-social-care', 'multi-agency', 'police']],
    ];
    expect(cases.map(([text]) => [text, withMultiAgency(text)])).toEqual(cases);
  });

  it("read the staff of adults' care homes or a residential school as not children's social care (issue 9, helper 9fb: a second reader's A4)", () => {
    // [sentence, the agencies it evaluates]; the first three fail on e593bbce's rules (children's social care added)
    const cases: Array<[string, string[]]> = [
      ['Care home staff did not recognise the signs of neglect.', []],
      ["The school's residential staff supervise pupils at weekends.", ['education']],
      ["Residential workers at the women's refuge support mothers and children to recover.", []],
      // guards: the staff of children's homes (9ex's test above too)
      ["Residential staff in the council's children's homes know the children well.", ['children-social-care']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it("read neither children's understanding in schools as the workforce's nor the early of early help as identified early (issue 9, helper 9fb: a second reader's T1, T2)", () => {
    // Each fails on e593bbce's rules (workforce-training, or risk-assessment, given); 9fa's sentences above are the guards
    const themeIds = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]);
    expect(['Pupils in most schools have a good understanding of online safety.', 'Young people at local colleges have little awareness of the risks of sharing images.'].filter((text) => themeIds(text).includes('workforce-training'))).toEqual([]);
    expect(['Health visitors identify vulnerable families for early help.', 'Nursery staff recognise vulnerable children in early years settings.'].filter((text) => themeIds(text).includes('risk-assessment'))).toEqual([]);
  });

  it("read training attended as the workforce's, and a firm or excellent grasp as a good one (issue 9, helper 9fb: a second reader's G1, T3)", () => {
    // The first three fail on e593bbce's rules (no workforce-training: "training" after "attended" read as a forum in
    // passing; "firm" and "excellent" not in the list); the guards pass on both (a meeting or workshops attended, leaders)
    const themeIds = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]);
    const yes = [
      'Neighbourhood officers have attended training on adultification.',
      'Practitioners have a firm grasp of the risks to children who go missing.',
      'Practitioners have an excellent grasp of the local threshold document.',
    ];
    const no = ['Social workers attend the workforce development board.', 'Staff attended workshops on the findings of the audit.', 'Leaders have a good grasp of performance across the service.'];
    expect(yes.filter((text) => !themeIds(text).includes('workforce-training'))).toEqual([]);
    expect(no.filter((text) => themeIds(text).includes('workforce-training'))).toEqual([]);
  });

  it('read tellers who say what another\'s work leaves them to bear as affected, not judged (issue 9, helper 9bo)', () => {
    // [sentence, the agencies it evaluates]; the first four and the last fail on the start's rules (44208e3), which read the
    // tellers as judged ("they" after "told inspectors" undoes the informant cue: the four gave education, the police, health
    // and education; the last education beside health). The three before the last are guards that pass on both: the tellers'
    // own practice or knowledge ("they visit", "they do not know", "they feel well supported"); the last keeps the agency whose
    // wait the tellers bear (CAMHS).
    const cases: Array<[string, string[]]> = [
      ['Head teachers told inspectors that they are holding more risk while pupils wait for therapy.', []],
      ['Officers told inspectors that they are often not told what happened after a referral.', []],
      ['Practice nurses said that they often have to chase the front door for an outcome.', []],
      ['Teachers told the inspectors that they are seldom informed when a pupil becomes subject to a plan.', []],
      ['Officers told inspectors that they visit every missing teenager on their return.', ['police']],
      ['GPs told inspectors that they do not know what the threshold document says.', ['health']],
      ['Social workers told inspectors that they feel well supported by their managers.', ['children-social-care']],
      ['Schools said that they are holding risk because CAMHS waiting lists are long.', ['health']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read contributions from an agency that another\'s document or plan draws on as a source (issue 9, helper 9bo)', () => {
    // [sentence, the agencies it evaluates]; the first two fail on the start's rules (44208e3, each gave the contributors).
    // The last three are guards that pass on both: the contribution judged by a word before it or as its sentence's
    // subject, and "the contribution of" (the contributor's own).
    const cases: Array<[string, string[]]> = [
      ['The new exploitation toolkit was written with contributions from schools and the police.', []],
      ['Leaders revised the neglect toolkit after contributions from health visitors.', []],
      ['There are strong contributions from GPs to core groups.', ['health']],
      ['Contributions from schools to core groups are poor.', ['education']],
      ['The contribution of health visitors to assessments is limited.', ['health']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read not-object words only as what "receive" governs, and a venue head after an opening phrase or any judging word (reviewer rv30)', () => {
    // [sentence, the agencies it evaluates]; each fails on 471324b (helper 9bl's key and cues as merged): the first four
    // read a word another noun's preposition governs as what "receive" governs (the referrals' or contacts' sender tagged);
    // the next two miss a relative clause's object more than three words before "receive"; the last four miss a head
    // after an opening phrase ("Overall,") or after a judging word outside the cue's first list.
    const cases: Array<[string, string[]]> = [
      ['The MASH receives referrals for early help from schools.', []],
      ['Social workers receive referrals for an assessment from GPs.', []],
      ['Referrals for an assessment received from schools are reviewed by a manager.', []],
      // the police in passing; the contacts screened are the front door's, the council's (helper 9eq)
      ['Contacts about families in need of help received from the police are screened quickly.', ['children-social-care']],
      ['The help that the family receives from the charity is practical.', ['voluntary-sector']],
      ['The assessments which young people receive from CAMHS are thorough.', ['health']],
      ['Overall, attendance from health at initial conferences is good.', ['health']],
      ['However, engagement from schools in strategy meetings is inconsistent.', ['education']],
      ['There is excellent engagement from schools in the new training.', ['education']],
      ['There is increased attendance from the police at strategy meetings.', ['police']],
      // guards that pass on 471324b: "of" after a copy does not end what "receive" governs; a relative clause's noun is
      // what it governs wherever the noun stands; "that" opening a clause is no preposition
      ['Schools receive a copy of the assessment from children\'s social care.', ['children-social-care']],
      ['Parents spoke highly of the help that they receive from a family support charity.', ['voluntary-sector']],
      ['Carers say that help received from the young carers\' charity is reliable.', ['voluntary-sector']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read no list across ", and" where it opens a clause with its own subject and verb; the one asked for information as consulted (issue 9, helper 9bq)', () => {
    // [sentence, the agencies it evaluates]; the first two fail on the start's code (bbd2374's src/tag/roles.ts with this
    // step's rules), whose list walk ran back across ", and" from the asked to the first clause's agencies and read them as
    // asked too ([] and ['children-social-care']). The third, fifth and sixth fail on the start's rules (bbd2374's
    // rules/agencies.yaml, no "asked for" cue: ['health', 'police'], the same, and all four). The fourth is a guard that
    // passes on both, as the fifth and sixth pass on the start's code: a list whose ", and" opens no clause stays one list.
    const cases: Array<[string, string[]]> = [
      ['Most visits are made jointly by a social worker and a police officer, and health visitors are asked for their views afterwards.', ['children-social-care', 'police']],
      ['Strategy discussions are held between social workers and the police, and GPs are only asked for information when a plan is made.', ['children-social-care', 'police']],
      ['A police officer attends every strategy meeting, and school nurses are asked for their views later.', ['police']],
      ['Information held by schools, GPs, and the police is rarely sought.', []],
      ['Health visitors, school nurses, and the police are rarely asked for their views.', []],
      ['Social workers visit promptly, and schools, GPs and the police are asked for information.', ['children-social-care']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read "the partnership" as the subject of any past act as the safeguarding partnership (issue 9, helper 9br)', () => {
    // [sentence, the agencies it evaluates]; the first four fail on the start's rules (367f3b3's rules/agencies.yaml read
    // "the partnership" as the safeguarding partnership only with a list of ten past forms, one adverb between: each gave
    // [], the second ['children-social-care'], "adopted" read as the council's care work implied). The last three are guards that pass on both: a participle naming the partnership, "across the partnership",
    // and a past form judged by its manner ("developed well": the partners' relations).
    const cases: Array<[string, string[]]> = [
      ['The partnership has not yet agreed which measures it will use to judge progress.', ['safeguarding-partnership']],
      ['Two years ago the partnership adopted a new toolkit for older children.', ['safeguarding-partnership']],
      ['The partnership has not checked whether its leaflets reached parents.', ['safeguarding-partnership']],
      ['The partnership has not extended the scheme to the rural wards.', ['safeguarding-partnership']],
      ['The partnership formed in 2019 between the three councils meets each month.', []],
      ['Leaders across the partnership have agreed a new set of priorities.', []],
      ['The partnership has developed well over the past year.', []],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read "the partnership" as the object of the clause before the past form, not its subject (reviewer rv31)', () => {
    // [sentence, the agencies it evaluates]; the first three fail on c3dec1b's rules (helper 9br's simple past read the
    // object as the subject: each gained the safeguarding partnership). The last two are guards that pass on both: a time
    // phrase and a reported clause before the partnership as subject.
    const cases: Array<[string, string[]]> = [
      ['Agencies that make up the partnership shared information promptly.', []],
      ['Schools that joined the partnership reported better attendance.', ['education']],
      ['Work through the partnership improved the data that leaders receive.', []],
      ['Leaders acknowledge that last year the partnership commissioned too few audits.', ['safeguarding-partnership']],
      ['Since the partnership published its strategy, schools have referred more children.', ['education', 'safeguarding-partnership']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read the partnership\'s document as what others use, follow or understand, not the partnership\'s work (issue 9, helper 9br)', () => {
    // [sentence, the agencies it evaluates]; the first three fail on 1261486's rules (the possessive with a document word
    // gave the safeguarding partnership whatever followed: ['safeguarding-partnership'], the second with health).
    // The last three are guards that pass on both: the document itself judged, revised or attended.
    const cases: Array<[string, string[]]> = [
      ["The partnership's escalation protocol is seldom used by frontline staff.", []],
      ["The partnership's guidance on levels of need is not widely understood by GPs.", ['health']],
      ["The partnership's missing protocol was not always followed by practitioners.", []],
      ["The partnership's escalation protocol is clear and was revised last year.", ['safeguarding-partnership']],
      ["The partnership's neglect training is well attended and highly regarded.", ['safeguarding-partnership']],
      ["The partnership's guidance on bruising is now used in every walk-in centre.", ['safeguarding-partnership']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read the one not informed or notified, with nothing after it, as the one whoever should inform them is judged on (issue 9, helper 9br)', () => {
    // [sentence, the agencies it evaluates]; the first three fail on b7d9c38's rules (the recipient cue read "told when",
    // "informed about / of / when" only: ['education', 'health'], ['police'], ['education']). The last three are guards that
    // pass on both: their knowledge judged ("well informed"), what informs another's work ("by"), and an active teller.
    const cases: Array<[string, string[]]> = [
      ['When families move at short notice, the new schools and health visitors are often not informed.', []],
      ['The police are not always notified, so checks are missed.', []],
      ['Schools are rarely informed, and some learn of a plan from the child.', []],
      ['Social workers are well informed about the risks in their area.', ['children-social-care']],
      ['The police are not informed by any analysis of the data.', ['police']],
      // what they know, not what they were told (reviewer rv31; fails on c3dec1b's rules, which gave [])
      ['Officers are not informed enough to recognise the signs of exploitation.', ['police']],
      ['Schools informed the police promptly in every case seen.', ['education']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read a building where sessions take place as a venue, "at" as "in" (issue 9, helper 9bx)', () => {
    // [sentence, the agencies it evaluates]; the first two fail on c03408a's rules (the venue cue read "take place in" only:
    // ['police'], ['health']). The last two are guards that pass on both: the police's own custody and its own manager there.
    const cases: Array<[string, string[]]> = [
      ['Parenting workshops take place at the police station on Saturday mornings.', []],
      ['Awareness sessions take place at the hospital every month.', []],
      ['Children are held at the police station overnight too often.', ['police']],
      ['The duty manager at the police station released the boy without telling anyone.', ['police']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read "officers" alone as the officers of the body named last before them (issue 9, helper 9bx)', () => {
    // [sentence, the agencies it evaluates]; the first two fail on c03408a's rules (bare "officers" read as the police
    // wherever they stood: each gained 'police'). The last three are guards that pass on both: the force named last, and
    // no body named before the officers.
    const cases: Array<[string, string[]]> = [
      ['The youth offending service runs a mentoring scheme for girls. Officers visit each girl at home every week.', ['youth-justice']],
      ["The council's elective home education team keeps a register. Officers check on every child twice a year.", ['children-social-care', 'education']],
      ['The force has improved its response to missing children. Officers now search promptly.', ['police']],
      ['Officers attending domestic incidents do not always speak to the children.', ['police']],
      ['Social workers and officers plan joint interviews together.', ['children-social-care', 'police']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read the one another has links or working relationships with as named in passing (issue 9, helper 9bx)', () => {
    // [sentence, the agencies it evaluates]; the first two fail on 7a6ddc3's rules (no cue before the partner of "links
    // with" or "relationships with": ['education', 'health'], ['police', 'youth-justice']). The last three are guards that pass
    // on both: the verb "links well with", a relative clause that makes the one linked with act, and its own officers later.
    const cases: Array<[string, string[]]> = [
      ['Childminders have good links with health visitors and know whom to call.', ['education']],
      ['The youth offending team has strong working relationships with the police.', ['youth-justice']],
      ['The school nurse links well with the youth offending service, so that children are seen quickly.', ['health', 'youth-justice']],
      ['Schools have good links with health visitors, who visit every nursery each term.', ['education', 'health']],
      ['Relationships with the police are strong, and officers share intelligence quickly.', ['police']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read the one an enquiry is made of as the one enquired with (issue 9, helper 9bx)', () => {
    // [sentence, the agencies it evaluates]; the first two fail on 0bb5278's rules (the cue read "enquiries with" only:
    // ['children-social-care', 'probation'], ['health', 'police']). The last is a guard that passes on both: neighbours enquired of.
    const cases: Array<[string, string[]]> = [
      ["Probation officers make enquiries of children's social care before a report to court.", ['probation']],
      ['Health visitors make an enquiry of the police when a new partner moves in.', ['health']],
      ['Police officers make safeguarding enquiries of neighbours when they attend.', ['police']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read the one told in the past as the one told (issue 9, helper 9bx)', () => {
    // [sentence, the agencies it evaluates]; the first two fail on 1e97f4e's rules (the cue read "tell, tells, telling" only:
    // ['health'], ['education', 'police']). The last three are guards that pass on both: the tellers of inspectors, two passives.
    const cases: Array<[string, string[]]> = [
      ['Several parents told their health visitors that they felt unsupported.', []],
      ['Officers told the school about the incident the next morning.', ['police']],
      ['Social workers told inspectors that caseloads are manageable.', ['children-social-care']],
      ['Teachers were told the plan had ended.', ['education']],
      // the passive's next words are what was told, not the one told (the first form of this cue failed "the shipped rules"'
      // implied feedback case on its own: "Schools are seldom told the outcome of their referrals" lost children's social care)
      ['Schools are seldom told the outcome of their referrals.', ['children-social-care', 'education']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read the one a case is discussed or considered with as the one consulted (issue 9, helper 9bx)', () => {
    // [sentence, the agencies it evaluates]; the first two fail on 60d3f7d's rules (no cue before them: ['children-social-care']
    // each). The last is a guard that passes on both: a relative clause that makes the one discussed with act.
    const cases: Array<[string, string[]]> = [
      ['Every case is discussed with the duty team before the child goes home.', []],
      ["The risk to siblings is considered with children's social care.", []],
      ['Each referral was discussed with the police, who agreed a plan the same day.', ['police']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read the subject of a host cue within its own clause, not across the comma before it (issue 9, helper 9bx)', () => {
    // [sentence, the agencies it evaluates]; the first two fail on c03408a's code (src/tag/roles.ts's subjectFits ran back
    // across ", and" to the clause before, whose noun before "to" is no staff word: each gained the host, ['police', ...],
    // ['health', ...]). The last two are guards that pass on both: a subject with a modifier, and a subject that is no staff word.
    const cases: Array<[string, string[]]> = [
      ['The charity offers group work to children, and its advisers are based in the police station.', ['voluntary-sector']],
      ['Social workers visit families at home, and the family support workers are based in the hospital.', ['children-social-care']],
      ['Advocates for victims of abuse are based in the hospital.', []],
      ['Schools, nurseries and colleges are based in the town centre.', ['education']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read another\'s records held by an agency, outside the clause\'s subject, as named in passing (issue 9, helper 9ca)', () => {
    // [sentence, the agencies it evaluates]; the first two fail on d6a2e18's rules (no cue before the holder: each gained it,
    // ['children-social-care', 'police'], ['children-social-care', 'health']). The last is a guard that passes on both: the
    // holders' information as the subject whose sharing is judged.
    const cases: Array<[string, string[]]> = [
      ['Social workers are not always aware of the intelligence held by the police about local gangs.', ['children-social-care']],
      ['Health visitors compare each new birth with the list held by the local authority.', ['health']],
      ['Information held by GPs is rarely shared with the hub.', ['health']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read an academy alone as a school only beside a school\'s words, and supplementary schools as no school (issue 9, helper 9ca)', () => {
    // [sentence, the agencies it evaluates]; the first three fail on d6a2e18's rules (each gained 'education'). The last three
    // are guards that pass on both: an academy beside its pupils, academies by the plural, a school beside a supplementary one.
    const cases: Array<[string, string[]]> = [
      ['A social work academy trains every newly qualified worker.', ['children-social-care']],
      ["The authority has opened a 'grow your own' academy for its social workers.", ['children-social-care']],
      ['Many children attend supplementary schools at weekends.', []],
      ['Pupils at the academy are seen by the school nurse.', ['education', 'health']],
      ['Academies refer concerns promptly.', ['education']],
      ['Supplementary schools and the local schools share the same building.', ['education']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read the channels a campaign is promoted through as named in passing (issue 9, helper 9ca)', () => {
    // [sentence, the agencies it evaluates]; the first two fail on d6a2e18's rules (['children-social-care', 'education',
    // 'health'], ['education', 'safeguarding-partnership']). The last is a guard that passes on both: the board that promotes.
    const cases: Array<[string, string[]]> = [
      ['A campaign run by the council through schools and GP surgeries raised awareness of private fostering.', ['children-social-care']],
      ["The partnership's campaign, promoted through youth clubs and nurseries, reached many families.", ['safeguarding-partnership']],
      ['This work is promoted through the local safeguarding children board.', ['safeguarding-partnership']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read the children missing education officer as the council\'s, and an autism assessment as health\'s (issue 9, helper 9ca)', () => {
    // [sentence, the agencies it evaluates]; all three fail on d6a2e18's rules (['education'], [], []).
    const cases: Array<[string, string[]]> = [
      ['The children missing education officer tracks every child who leaves a school roll.', ['children-social-care', 'education']],
      ['Children wait too long for an autism assessment.', ['health']],
      ['Some children waited two years for a diagnostic assessment.', ['health']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read the partnership\'s document as named when others use it, and the partnership that does not know as judged (issue 9, helper 9ca)', () => {
    // [sentence, the agencies it evaluates]; the first three fail on d6a2e18's rules (['safeguarding-partnership'],
    // ['education', 'safeguarding-partnership'], ['children-social-care']: private fostering implied while no other agency
    // was). The last two are guards that pass on both: the document revised (the partnership's act), and a present verb
    // without a negation.
    const cases: Array<[string, string[]]> = [
      ["Practitioners rarely use the partnership's escalation policy.", []],
      ["Drawing on the partnership's new guidance, schools now refer more accurately.", ['education']],
      ['The partnership does not know how many children are privately fostered.', ['safeguarding-partnership']],
      ["The partnership's escalation policy was revised last year.", ['safeguarding-partnership']],
      ['The partnership knows its area well.', []],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read the one left unaware, told only after, or referring the children another serves as not judged (issue 9, helper 9ca)', () => {
    // [sentence, the agencies it evaluates]; the first three fail on d6a2e18's rules (each gained 'education'). The last two
    // are guards that pass on both: what the agency itself knows, and families referred, whose referrals are judged.
    const cases: Array<[string, string[]]> = [
      ['Schools are often unaware that a child has been taken into care.', []],
      ['Schools are sometimes told only after the plan has ended.', []],
      ['Children referred by schools wait months for a service.', []],
      ['GPs are often unaware of the signs of exploitation.', ['health']],
      ['Families referred by GPs often do not need a statutory service.', ['health']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read a bare "officer" after another service\'s officers as theirs, and the one a consequence falls on after "so" as affected (issue 9, helper 9ca)', () => {
    // [sentence, the agencies it evaluates]; the first two fail on d6a2e18's rules (['police', 'probation'], ['children-social-care',
    // 'health']). The last is a guard that passes on both: the police named with the probation officers before the bare one.
    const cases: Array<[string, string[]]> = [
      ['Probation officers visit the home. The officer told the social worker about the new partner.', ['probation']],
      ['GPs do not share information with the MASH, so social workers are sometimes assessing without it.', ['health']],
      ['Police and probation officers attend every panel. Officers share what they know.', ['police', 'probation']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read the members of another\'s forum "represented on" it as named in passing (issue 9, helper 9cc)', () => {
    // [sentence, the agencies it evaluates]; the first two fail on 998dc09's rules (['education', 'voluntary-sector'],
    // ['health', 'police']). The last two are guards that pass on both: a verb joined to the predicate acts, and an agency
    // represented in the MASH by its own worker there. Since helper 9fv (issue 9, sixty-sixth step) the partnership whose
    // subgroup or executive group the members sit on is judged, as the dev gold has it in the units this test was drawn from
    // (agencies-named #7, agencies-r14-causes #21, agencies-r16-roles #21 and #22); the members stay in passing. Since the
    // thirteenth both-ways round (question a, three blind readers: a bare seat judges no work of the partnership's, and the
    // gold dropped it on those four units) a seat named with no gap is a venue again (helper 9gi, sixty-seventh step).
    const cases: Array<[string, string[]]> = [
      ['Relevant agencies, including schools and the voluntary sector, are represented on the exploitation subgroup.', []],
      ["Health and the police are represented on the partnership's executive group.", []],
      ['Colleges are represented on the subgroup and have led its work on online safety.', ['education']],
      ['The Probation Service is represented in the MASH by a practitioner who responds promptly.', ['probation']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read the one "seldom included", "not been included" or "often not invited" as left out (issue 9, helper 9cc)', () => {
    // [sentence, the agencies it evaluates]; the first three fail on 998dc09's rules (['education'], ['education', 'health'],
    // ['education']). The last is a guard that passes on both: the one included takes part.
    const cases: Array<[string, string[]]> = [
      ['Schools are seldom included in strategy discussions.', []],
      ['Other agencies, such as schools and community health services, are often not invited.', []],
      ['Special schools have not been included in the training.', []],
      ['Schools are included in every strategy discussion.', ['education']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read another\'s records that a user can reach or figures are drawn from as named in passing (issue 9, helper 9cc)', () => {
    // [sentence, the agencies it evaluates]; the first two fail on 998dc09's rules (['health'], ['children-social-care']). The
    // last two are guards that pass on both: an agency's own records judged, and a system (Medway's gold tags its owner).
    const cases: Array<[string, string[]]> = [
      ['The team has no access to health records overnight.', []],
      ["The dataset is made up of figures drawn from children's social care records.", []],
      ['Police records are often incomplete.', ['police']],
      ["The YOT has access to the local authority's case recording system.", ['children-social-care', 'youth-justice']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read the service others are wary of or distrust as named in passing (issue 9, helper 9cc)', () => {
    // [sentence, the agencies it evaluates]; the first two fail on 998dc09's rules (['children-social-care'], ['police']). The
    // last is a guard that passes on both: the one wary of acting is the subject, judged.
    const cases: Array<[string, string[]]> = [
      ['Some families are wary of statutory services.', []],
      ['Parents who distrust the police do not report abuse.', []],
      ['The police are wary of charging children who have been exploited.', ['police']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read the one who values another\'s service as giving a view, not judged (issue 9, helper 9cc)', () => {
    // [sentence, the agencies it evaluates]; the first two fail on 998dc09's rules (['education'], ['health']). The last two are
    // guards that pass on both: a verb joined to the predicate acts, and their own supervision valued stays implied.
    const cases: Array<[string, string[]]> = [
      ['Schools value the advice line in the MASH.', []],
      ["The hospital's safeguarding team values the service highly.", []],
      ['Schools value this arrangement highly and use the information well.', ['education']],
      ['Social workers value the supervision they receive.', ['children-social-care']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read a child\'s own school as where the child is, goes or gets on, or a time of its day, not the school\'s work (issue 9, helper 9cd)', () => {
    // [sentence, the agencies it evaluates]; the first three fail on 8de7ac9's rules (each ['education']). The last is a guard that
    // passes on both: the school's own staff "at school" act.
    const cases: Array<[string, string[]]> = [
      ["Children's behaviour deteriorates at home and at school while they wait.", []],
      ['Many young people in care live a long way from their school or college.', []],
      ['Youth workers run a group during school lunchtimes for young carers.', []],
      ['Staff at school noticed the bruise and referred the concern at once.', ['education']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read children "the subject of" a plan as its status, and tellers who "described having to" chase as bearing another\'s shortfall (issue 9, helper 9cd)', () => {
    // [sentence, the agencies it evaluates]; the first two fail on 8de7ac9's rules (['children-social-care', 'health'],
    // ['education', 'health']). The last is a guard that passes on both: tellers who say what they did themselves.
    const cases: Array<[string, string[]]> = [
      ['GPs flag the records of children who are the subject of a child protection plan.', ['health']],
      ['Teachers and health visitors described having to chase the MASH for outcomes.', []],
      ['Teachers said that they did not know how to make a referral.', ['education']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read practitioners "helped to" act by another\'s work as its beneficiary, a body helped to act as acting (issue 9, helper 9cd)', () => {
    // [sentence, the agencies it evaluates]; the first two fail on 8de7ac9's rules (['children-social-care'], ['education',
    // 'police']). The last is a guard that passes on both: the eleventh step's board, helped to track, still acts.
    const cases: Array<[string, string[]]> = [
      ['The new risk tool helps social workers to understand what life is like for the child.', []],
      ['Training from the police has helped teachers to spot the signs of exploitation.', ['police']],
      ['Quarterly reports help the safeguarding board to track how quickly plans are made.', ['safeguarding-partnership']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read an appropriate adult requested, required or made sure of by another as named in passing, its provision as judged (issue 9, helper 9cd)', () => {
    // [sentence, the agencies it evaluates]; the first three fail on 8de7ac9's rules (['police', 'youth-justice'], ['youth-justice'],
    // ['youth-justice']). The last two are guards that pass on both: the service's provision and availability are its own.
    const cases: Array<[string, string[]]> = [
      ['Custody officers request an appropriate adult without delay.', ['police']],
      ['Each search requires the presence of an appropriate adult.', []],
      ['Sergeants make sure that an appropriate adult is present for every interview.', []],
      ['The provision of an appropriate adult out of hours is poor.', ['youth-justice']],
      ['Appropriate adults are available within an hour.', ['youth-justice']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read hospital admissions counted and a hospital corridor as no hospital work, a protocol that does not cover an agency and the one a worry is mentioned to as named in passing (issue 9, helper 9cd)', () => {
    // [sentence, the agencies it evaluates]; the first four fail on 8de7ac9's rules (['health', 'safeguarding-partnership'],
    // ['health'], ['education'], ['health']). The last two are guards that pass on both: children admitted to hospital and not
    // referred (the hospital's referral), and an audit that covered a service's records, which judges them.
    const cases: Array<[string, string[]]> = [
      ['The partnership tracks admissions to hospital for self-harm.', ['safeguarding-partnership']],
      ['Children sometimes wait in a hospital corridor for a placement.', []],
      ['The escalation protocol does not yet cover schools.', []],
      ['The worry was mentioned to a health visitor only at the last visit.', []],
      ['Children admitted to hospital with knife injuries are not always referred for support.', ['health']],
      ["The audit covered health visitors' records and found them thorough.", ['health']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read a school where another\'s sessions or drop-ins run, their own words between, as a venue (issue 9, helper 9cd)', () => {
    // [sentence, the agencies it evaluates]; the first two fail on 8de7ac9's rules (['education', 'health'], ['education',
    // 'voluntary-sector']). The last is a guard that passes on both: the schools' own sessions.
    const cases: Array<[string, string[]]> = [
      ['School nurses run sessions on healthy relationships in every secondary school.', ['health']],
      ['A youth worker from a charity offers a drop-in at the college every week.', ['voluntary-sector']],
      ['Schools run sessions on consent for their own pupils.', ['education']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read "not routinely invited" to a strategy meeting or conference as the convener\'s, the one a child comes "to the attention of" as the one told, and a child late for school or a school placement as the child\'s own (issue 9, helper 9ci)', () => {
    // [sentence, the agencies it evaluates]; the first five fail on b8a1979's rules ([], [], ['police'], ['education'], ['education']).
    // The last is a guard that passes on both: the police who respond act.
    const cases: Array<[string, string[]]> = [
      ['Youth workers are not routinely invited to strategy meetings.', ['children-social-care']],
      ['Youth workers are not, however, routinely invited to child protection conferences.', ['children-social-care']],
      ['Children who come to the attention of the police for shoplifting are offered a mentor.', []],
      ['Some pupils are often late for school and hungry.', []],
      ['His school placement broke down twice last year.', []],
      ['The police respond quickly when a concern comes to their attention.', ['police']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('end a list item at a subordinate or relative clause, "too" or "so that", and over its own "of", so a cue before the list reaches its later items (issue 9, helper 9ci)', () => {
    // [sentence, the agencies it evaluates]; the first two fail on b8a1979's rules (['police'], ['education']).
    // The last is a guard that passes on both: "and the police respond" opens a clause of its own.
    const cases: Array<[string, string[]]> = [
      ['The information is passed to schools and the police too late.', []],
      ['Leaflets have been taken to mosques, places of worship and the colleges that teach English.', []],
      ['Advocates are embedded in hospitals and the police respond quickly.', ['police']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read a cue before a wider mention of another rule for the mention inside it (issue 9, helper 9ci)', () => {
    // [sentence, the agencies it evaluates]; the first two fail on b8a1979's rules (['health'], ['children-social-care', 'health']).
    // The last is a guard that passes on both: the service that works acts.
    const cases: Array<[string, string[]]> = [
      ['Review meetings seldom include the adult mental health team.', []],
      ['Social workers consult the designated nurse before each meeting.', ['children-social-care']],
      ['The adult mental health service works closely with social workers.', ['children-social-care', 'health']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('probe helper 9ci\'s role readings with sentences of my own: "routinely invited", "to the attention of", a child\'s own school, a list item ended by a clause, a cue before a wider mention (issue 9, helper 9cl)', () => {
    // [sentence, agencies it must evaluate, agencies it must not]: four sentences where each reading should let an agency
    // count and three where it should not (other tags not asserted). 855d580's rules get two wrong: the fourth of
    // "to the attention of" (no police: the phrase "police officer" ran across the comma, "police, officers", and the
    // cue read it as the one told) and "consult the community mental health team" (health: "community" stood between
    // the cue and the mention).
    const cases: Array<[string, string[], string[]]> = [
      ['School nurses are not routinely invited to child protection conferences, even for children they see every week.', ['children-social-care'], []],
      ['Youth offending workers are not routinely invited to strategy discussions about children they supervise.', ['children-social-care'], []],
      ['Housing officers are routinely invited to initial child protection conferences, and their reports are valued.', ['children-social-care'], []],
      ['Designated safeguarding leads are not, in most cases, routinely invited to strategy meetings.', ['children-social-care'], []],
      ['Parents are routinely invited to the school\u2019s termly coffee mornings.', [], ['children-social-care']],
      ['Partners are routinely invited to the board\u2019s annual conference on exploitation.', [], ['children-social-care']],
      ['Young people are not routinely invited to give feedback on the youth justice service.', [], ['children-social-care']],
      ['When children come to the attention of the police, officers complete a risk assessment within a day.', ['police'], []],
      ['Schools bring concerns to the attention of children\u2019s social care promptly and clearly.', ['education'], ['children-social-care']],
      ['Health visitors draw signs of neglect to the attention of social workers at an early stage.', ['health'], ['children-social-care']],
      ['The police bring every missing episode to the attention of the return home interview service quickly.', ['police'], []],
      ['Many of these children had already come to the attention of the police.', [], ['police']],
      ['Concerns about the family came to the attention of the school only after the child disclosed abuse.', [], ['education']],
      ['Some children first come to the attention of children\u2019s social care after a crisis.', [], ['children-social-care']],
      ['The school acted quickly when a pupil was repeatedly late for school, and a teacher visited the home the same day.', ['education'], []],
      ['School placements for children in care rarely break down, because designated teachers act early.', ['education'], []],
      ['Teachers listen carefully to what children say about their experiences at school and act on it.', ['education'], []],
      ['Children who are often late for school are not recognised by health visitors as possibly neglected.', ['health'], ['education']],
      ['Social workers record children\u2019s experiences at school and at home in detail.', ['children-social-care'], ['education']],
      ['When a child\u2019s school placement breaks down, social workers find a new one within days.', ['children-social-care'], ['education']],
      ['Information from the MASH is shared with schools and health visitors, who act on it quickly.', ['education', 'health'], []],
      ['Alerts go to schools and GPs, which then record them carefully.', ['education', 'health'], []],
      ['Minutes are sent to schools and the police so that they can act, and the police act promptly.', ['police'], []],
      ['Concerns are passed to schools and health visitors too, and health visitors follow them up diligently.', ['health'], []],
      ['Strategy meeting outcomes are sent to schools and health visitors so that they know what to watch for.', [], ['education', 'health']],
      ['Referrals are passed to GPs and school nurses when a child moves area.', [], ['health']],
      ['Notifications reach schools and the police too late to be useful.', [], ['education', 'police']],
      ['Plans are shared with the school and the youth offending team that supervise the child.', [], ['education', 'youth-justice']],
      ['The adult mental health service consults social workers before discharging parents.', ['health'], []],
      ['Schools consult the designated nurse, who gives clear and timely advice.', ['health'], []],
      ['Strategy discussions include the perinatal mental health team, which contributes detailed information.', ['health'], []],
      ['Advice from the designated nurse is sought by schools and is consistently helpful.', ['health'], []],
      ['Review conferences rarely include the adult mental health team.', [], ['health']],
      ['Social workers consult the community mental health team about parents\u2019 needs.', ['children-social-care'], ['health']],
      ['Child protection conferences seldom include the perinatal mental health service.', [], ['health']],
    ];
    const wrong = cases.flatMap(([text, must, mustNot]) => {
      const got = agencyIds(text);
      return [...must.filter((id) => !got.includes(id)).map((id) => `${text}: missed ${id}`), ...mustNot.filter((id) => got.includes(id)).map((id) => `${text}: extra ${id}`)];
    });
    expect(wrong).toEqual([]);
  });

  it('read plans after "children subject to" or "are subject to" as the child\'s status, and the partnership that commissions what is judged as doing its own work (issue 9, helper 9cl)', () => {
    // [sentence, the agencies it evaluates]; the first four fail on 855d580's rules (['children-social-care', 'health'] twice,
    // [] twice). The last three are guards that pass on both: plans a child stays on too long, another board's commissioning,
    // and the council's child in need meetings.
    const cases: Array<[string, string[]]> = [
      ['Health visitors flag the records of children subject to plans.', ['health']],
      ['School nurses spend much of their time on children who are subject to plans.', ['health']],
      ['Therapy commissioned by the partnership is reaching more children each year.', ['safeguarding-partnership']],
      ['Training commissioned by the safeguarding partnership is practical and well received.', ['safeguarding-partnership']],
      ['Some children remain subject to plans for too long.', ['children-social-care']],
      ['Counselling commissioned by the integrated care board is well used by schools.', ['education']],
      ['Social workers hold child in need meetings every month.', ['children-social-care']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read another\'s appointments, groups and programmes in a school, a member\'s voice in another\'s forum, the one involved and an agency\'s data another includes, in passing (issue 9, helper 9cp)', () => {
    // [sentence, the agencies it evaluates]; sentences of my own, none from a gold file. The first seven fail on 3fe438a's rules
    // (education added to the first five, the voluntary sector too to the fourth; health to the sixth; the police and health to
    // the seventh). The last seven are guards that pass on both: a school's own groups and programmes, a voice a member uses or
    // a verb joined to it, an agency's own data handed in late or incomplete, a response
    // "involving" its members (the member cue's, which "involve" by stem would read: the partnership then went untagged), and
    // a not-near "clinical" that by stem would read "clinics" and undo the venue ("clinics and appointments at": education
    // added on this step's first build, with the not-near words by stem).
    const cases: Array<[string, string[]]> = [
      ['Sexual health nurses hold appointments in three secondary schools each week.', ['health']],
      ['A local charity runs weekly groups for young carers in five primary schools.', ['voluntary-sector']],
      ['The police have funded mentoring programmes in two schools where exclusions are high.', ['police']],
      ["Colleges and voluntary groups feel they have little voice in the LSCB's decisions.", ['safeguarding-partnership']],
      ["Schools told inspectors that they are consulted on the LSCB's plans but never hear what changed.", ['safeguarding-partnership']],
      ["Social workers involve the child's school nurse in every plan.", ['children-social-care']],
      ["Police and health data is included only occasionally in the LSCB's dashboard.", ['safeguarding-partnership']],
      ['Schools run nurture groups for pupils who struggle at lunchtime.', ['education']],
      ['The academy trust has a programme in every school to teach online safety.', ['education']],
      ['Headteachers use their voice in the partnership to champion early help.', ['education']],
      ['Schools have a strong voice in the LSCB and lead its work on attendance.', ['education', 'safeguarding-partnership']],
      ['This should be a multi-agency response involving the LSCB partnership and the police.', ['safeguarding-partnership']],
      ['The school nursing team runs clinics and appointments at every college.', ['health']],
      ['Health providers submit their data late, and police data is often incomplete.', ['health', 'police']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read funding another secures and a child\'s arrest in passing, the sexual assault referral centre as health but a venue where another offers an examination, and the partnership that cannot show as judged (issue 9, helper 9cu)', () => {
    // [sentence, the agencies it evaluates]; sentences of my own, none from a gold file. The first seven fail on e2fb558's rules
    // (the police, health and the police again added to the first three; health to the fourth; [] for the next three: the
    // centre named no agency, the partnership read as partners in general). The last eight are guards that pass on both: funding
    // from an agency as its clause's subject, a search by the police judged, examinations judged at the start of a sentence or
    // after "for", a partnership that "does not hold" a list (both ways in the gold), another's use of the partnership's
    // priorities, another's arrangement of an examination, and evidence secured by the police.
    const cases: Array<[string, string[]]> = [
      ['Leaders have secured additional funding from the police and crime commissioner for two more advocates.', []],
      ['The youth offending team has secured money from the integrated care board to employ two more case workers.', ['youth-justice']],
      ['Children arrested by the police are not always seen by a youth justice worker the next day.', ['youth-justice']],
      ['Police officers do not always offer children an examination at the hospital.', ['police']],
      ['The sexual assault referral centre offers timely examinations for children of every age.', ['health']],
      ['The partnership cannot readily show how many children wait for a medical.', ['safeguarding-partnership']],
      ["The partnership's risk register does not include exploitation.", ['safeguarding-partnership']],
      ['Funding from the police and crime commissioner has paid for a specialist advocate.', ['police']],
      ['Black boys are more likely to be searched by the police than their white peers.', ['police']],
      ['Medical examinations at the hospital are timely and child-centred.', ['health']],
      ['Children wait too long for examinations at the hospital.', ['health']],
      ['The partnership does not hold a reliable list of children at risk of exploitation.', []],
      ["Schools use the partnership's priorities to plan their training.", ['education']],
      ['Social workers arrange examinations at the sexual assault referral centre promptly.', ['children-social-care']],
      ['The police arrested two men and secured evidence from their phones quickly.', ['police']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read a pre-birth assessment that begins as the council\'s, a child in need plan after "subject to" as a status, and a conference judged by others\' reports or attendance as the council\'s forum in passing (issue 9, helper 9cy)', () => {
    // [sentence, the agencies it evaluates]; sentences of my own, none from a gold file. The first six fail on b01674b's rules
    // (children's social care missing from the first, added to the next five). The last five are guards that pass on both: a
    // pre-birth assessment as the time a referral leaves or what a mother needs stays health's alone, a conference judged on its
    // own timing, the minutes others receive and the child's views it receives stay the council's.
    const cases: Array<[string, string[]]> = [
      ['Midwives make early referrals, and pre-birth assessments start well before the birth.', ['children-social-care', 'health']],
      ['Health visitors ask whether older siblings are subject to a child in need plan.', ['health']],
      ['The police did not share the notifications, although the children were already subject to child protection plans.', ['police']],
      ['Review child protection conferences sometimes go ahead without reports from GPs.', ['health']],
      ['Initial child protection conferences are rarely quorate, because police officers seldom attend.', ['police']],
      ['Initial child protection conferences do not always receive reports from school nurses.', ['health']],
      ['Midwives refer early enough to leave time for a pre-birth assessment.', ['health']],
      ['Midwives help mothers who need a pre-birth assessment to understand it.', ['health']],
      ['Child protection conferences are held on time and chaired well.', ['children-social-care']],
      ['Schools do not always receive the minutes of child protection conferences.', ['children-social-care', 'education']],
      ['Child protection conferences do not always receive the views of children.', ['children-social-care']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
    // The conference cue reads the council's mention alone (`agencies:`): the conference stays the multi-agency forum judged.
    expect(tagText(rules.tagger, 'Review child protection conferences sometimes go ahead without reports from GPs.').agencies.map((t) => t.path[0])).toContain('multi-agency');
  });

  it('read the partnership\'s own document named without "the ... \'s", no multi-agency guidance, and the one who learns only late or was not told as the partnership\'s or in passing (issue 9, helper 9dg)', () => {
    // [sentence, the agencies it evaluates]; sentences of my own, none from a gold file. The first eight fail on 8d201f2's rules
    // (the safeguarding partnership missing from the first three; the learner or the one not told tagged in the next four; the
    // treatment service untagged in the eighth). The
    // last seven are guards that pass on both (the pathway no longer, see below): guidance another follows, another partnership's strategy, a pathway, a teller
    // whose own telling is judged, an agency's own learning, and the partnership's verb and another partnership's plan.
    const cases: Array<[string, string[]]> = [
      ['There is no partnership strategy to tackle online harm, and schools act alone.', ['education', 'safeguarding-partnership']],
      ['Partnership guidance on information sharing has not been revised for years.', ['safeguarding-partnership']],
      ['Paediatricians are unsure what to do, because there is no agreed multi-agency protocol for fabricated illness.', ['health', 'safeguarding-partnership']],
      ['Health visitors only learn of a new plan when the family mentions it.', []],
      ['A probation officer learned only months later that the family had moved.', []],
      ['Teachers told inspectors that they usually learned of decisions from the parents.', []],
      ['A nursery had not been told that the child had moved to a new address.', []],
      ['Workers in the alcohol treatment service seldom ask parents who looks after their children.', ['health']],
      ['Nurses in the emergency department follow clear partnership guidance when a baby is bruised.', ['health']],
      ['The community safety partnership strategy sets out its priorities for knife crime.', []],
      // The gold moved (the eleventh both-ways round, 3 of 3 readers: r8-35, r9-36 and r22-21 all tagged): since helper 9fz
      // (issue 9, sixty-sixth step) a missing multi-agency pathway is the partnership's, as missing multi-agency guidance is.
      ['There is no agreed multi-agency pathway for children who display harmful sexual behaviour.', ['safeguarding-partnership']],
      ['The school nurse had told the duty team that the mother had relapsed.', ['health']],
      ['Social workers learned a great deal from the review.', ['children-social-care']],
      ['The partnership plans to open a second hub next year.', []],
      ['The youth justice partnership plan sets clear targets.', ['youth-justice']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read the one told who then acts, hears only late or learns by asking, and guidance others know or a two-agency protocol as judged, and a procedure not followed as practice (issue 9, a second reader\'s points on helper 9dg, helper 9dj)', () => {
    // [sentence, the agencies it evaluates]; the second reader's sentences (A1, A2, A4a, A4b), none from a gold file. The
    // first fourteen fail on cf9ff83's rules (9dg's): the agency acting after "told that" or an "only hear / found out" lost
    // in the first seven, the safeguarding partnership added to the next five, and missed in the next two ("not yet an
    // agreed", "the absence of"). The last is the reader's guard that passes on both: the one not told.
    const cases: Array<[string, string[]]> = [
      ['The school had been told that the girl was missing from home but did nothing to check on her.', ['education']],
      ['GPs told that a child is on a protection plan rarely attend conferences or send reports.', ['health']],
      ['Health visitors were told that the baby had been admitted and visited the mother the next day.', ['health']],
      ["Social workers only hear the child's views at the end of the assessment.", ['children-social-care']],
      ["Officers heard only the mother's account and did not speak to the children.", ['police']],
      ['Health visitors only found out about the abuse because they asked the mother directly, which is good practice.', ['health']],
      ['Social workers said that they learned of the new model of practice through well-planned team training.', ['children-social-care']],
      ['Partnership guidance on neglect is well understood and used by school staff.', ['education']],
      ['Practitioners know the partnership threshold guidance well and apply it consistently.', []],
      ['A new partnership protocol between the police and the ambulance service means that officers know what to do.', ['health', 'police']],
      ['Schools and the college have drawn up a partnership plan for pupils moving into year 12.', ['education']],
      ['In one case, no multi-agency procedure was followed when the baby was discharged from hospital.', ['health']],
      ['There is not yet an agreed multi-agency protocol for babies with bruises.', ['safeguarding-partnership']],
      ['The absence of multi-agency guidance on fabricated illness leaves paediatricians unsure what to do.', ['safeguarding-partnership']],
      ['Social workers have not always been told that a child has gone missing.', []],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read the one asked whether or how, the one explained to, a call to the duty team, a team manager, leaders who hold one another to account and information not acted upon (issue 9, helper 9ds)', () => {
    // [sentence, the agencies it evaluates]; sentences of my own, none from a gold file. The first six fail on 8cb2da8 (its
    // code and rules): the asked agencies, the teachers explained to and the duty team called added; the team manager's
    // council and the leaders' partnership missing; the police whose information is not acted upon added. The other nine
    // are guards, one or two a reading, that pass on both: the one asked for something, the one told who then acts, the duty team's
    // own work, the one who explains, a youth justice team manager, the core group's members, the police's information
    // shared and CAMHS's advice judged.
    const cases: Array<[string, string[]]> = [
      ['Court teams ask children’s services and the police whether a child lives in the household.', []],
      ['Youth workers help children explain to teachers why they are late.', []],
      ['A bruise on a baby prompts a same-day call to the duty social work team from the ward.', []],
      ['Strategy discussions are held between a team manager and a police sergeant.', ['children-social-care', 'police']],
      ["The chief constable and the council's chief executive attend the board in person and hold one another to account.", ['children-social-care', 'police', 'safeguarding-partnership']],
      ['Information from the police about new partners is not always acted upon by probation officers.', ['probation']],
      ['Custody officers ask the local authority for a bed, but one is rarely provided.', ['children-social-care', 'police']],
      ["Health visitors ask the GP for the mother's records, which arrive within a day.", ['health']],
      ['Teachers explain the plan to the school nurse, who then sees the child weekly.', ['education', 'health']],
      ['Social workers explain to children why decisions are made.', ['children-social-care']],
      ['The duty social work team completes every assessment within ten days.', ['children-social-care']],
      ['The youth justice team manager reviews every plan.', ['youth-justice']],
      ['Members of the core group hold each other to account for agreed actions.', []],
      ['Information from the police about domestic abuse incidents is shared with schools the next morning.', ['police']],
      ['Advice from CAMHS about self-harm is clear and timely.', ['health']],
      // A second reader's (the lead's fix): "and" before a mention whose first word the lexicon likelier reads as a verb
      // ("lead", "foster") goes on with the list: on 9ds's merge both gave the last item as evaluated (children's social
      // care, care work).
      ['Concerns were reported to the police and lead member without delay.', []],
      ['Children were referred to health visitors and foster carers without delay.', []],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read "on-call" as no call, a discussion with an agency as joint work, and the one consulted or spoken with past an adverb (issue 9, helper 9ds)', () => {
    // [sentence, the agencies it evaluates]; sentences of my own, none from a gold file. The first four fail on 8cb2da8's
    // rules: the police missing from the first two ("on-call" read as the verb "call"; the noun "discussion with" read by
    // stem as "discussed with"), the police and health added to the next two (consulted past "with", spoken with). The
    // last two are guards that pass on both: the verb "discussed with" keeps its consulted one, and "called" its one asked.
    const cases: Array<[string, string[]]> = [
      ['Duty social workers hold strategy discussions with on-call police officers within the hour.', ['children-social-care', 'police']],
      ['The discussion with the police about whether to investigate is recorded in every case.', ['police']],
      ['Social workers consulted with the police before closing the case.', ['children-social-care']],
      ['Teachers speak with the school nurse when a pupil self-harms.', ['education']],
      ['Each case was discussed with the police before a decision was made.', []],
      ['Schools called the police promptly when a child went missing.', ['education']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read the front door\'s staffing past the mention\'s own words, and the opening subject\'s head past an adverb, a relative clause and a fronted clause (issue 9, sixtieth step, helper 9ed)', () => {
    // A second code reader's points 1 and 2, with the reader's sentences. On aba0323's code the first two are the front door
    // (the not-in-sentence words "contact", "referral", "triage" were read in the mention itself) and the three children's
    // sentences lose children's social care (the subject's head read as "often", "who", "they"); the guards pass on both.
    const frontDoor = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.id).includes('front-door');
    expect(['Caseloads in the contact and referral team are too high.', 'Vacancies in the triage team are too high.', 'Vacancies in the front door are too high.'].map(frontDoor)).toEqual([false, false, false]);
    // the front door's work named elsewhere in the sentence still undoes the staffing cue (helper 9ea's R1)
    expect(frontDoor('Staffing levels in the MASH are too low, so contacts from the police wait up to a week to be screened.')).toBe(true);
    const cases: Array<[string, string[]]> = [
      ['Children often speak with their social worker whenever they need to.', ['children-social-care']],
      ['Children who are looked after can speak with their social worker whenever they need to.', ['children-social-care']],
      ['When they need to, children can speak with their social worker.', ['children-social-care']],
      ['Teachers often speak with the social worker before every visit.', ['education']],
      ['Teachers who are new can speak with the social worker.', ['education']],
      ['When they need to, teachers can speak with the social worker.', ['education']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read a bare referral beside the process for children drawn towards extremism as that process\'s, not the front door\'s (issue 9, sixty-fifth step, helper 9fp)', () => {
    // Sentences of my own, none from a gold file. The first three are the front door on 4ed06de9's rules (the bare
    // "referrals" counted); the last three are guards that pass on both: the front door's own words in the sentence, a
    // referral with no such process beside it, and a referral to children's social care named as such.
    const frontDoor = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.id).includes('front-door');
    expect([
      'Youth workers understand the signs of radicalisation. Referrals from youth clubs are reviewed within a week.',
      'Colleges make appropriate referrals when students voice extremist opinions.',
      'The Channel panel meets monthly. Referrals for young people at risk are discussed in detail.',
      'Referrals about extremist views reach the MASH within a day.',
      'Referrals from youth clubs are reviewed within a week.',
      'Schools refer children to children\'s social care promptly when they voice extremist opinions.',
    ].map(frontDoor)).toEqual([false, false, false, true, true, true]);
  });

  it('read a step down named as the arrangement or where a family stands, and staff co-located, as no theme of their own (issue 9, sixty-fifth step, helper 9fp)', () => {
    // Sentences of my own, none from a gold file. On 4ed06de9's rules the first two are thresholds and the next two joint
    // working; the rest are guards that pass on both: the decision to step down, a case stepped down (passive), a child who
    // steps down, and staff who sit together and work together.
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]!);
    expect([
      'Step-down arrangements from the disability team leave some parents without a named worker.',
      'Families stepped down from child protection plans wait weeks for a family support worker.',
    ].map((text) => themes(text).includes('thresholds'))).toEqual([false, false]);
    expect([
      'A youth worker is co-located with the exploitation team two days a week.',
      'Police officers are co-located in the council offices.',
    ].map((text) => themes(text).includes('joint-working'))).toEqual([false, false]);
    expect([
      'Decisions to step down are not always discussed with the family.',
      'Cases are stepped down before the family is ready.',
      'When a child can safely step down is not well understood by schools.',
    ].map((text) => themes(text).includes('thresholds'))).toEqual([true, true, true]);
    expect(themes('Police officers are co-located in the council offices and hold joint visits with social workers.').includes('joint-working')).toBe(true);
  });

  it('read who is supervised: a pupil supervised is the care pupils get, a worker supervised management oversight (issue 9, helper 9eg: a second reader\'s G2)', () => {
    // Sentences of my own, none from a gold file. The first three take management oversight on 93516d5's rules and code (a
    // school's supervision of its pupils read by words named before "supervision" only); the last four are guards that keep
    // it on both: workers supervised, a manager's supervision of workers, the practice of staff supervised, and pupils'
    // work (the head of what is supervised, not a child named inside it).
    const oversight = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.id).includes('management-oversight');
    expect([
      'Pupils who have been bullied are supervised closely at break times.',
      'Staff increased their supervision of the girl at lunchtimes after she was hurt.',
      'Teachers supervise younger pupils more closely in the playground.',
    ].map(oversight)).toEqual([false, false, false]);
    expect([
      'Newly qualified social workers are supervised weekly by experienced managers.',
      "Managers' supervision of social workers is regular and reflective.",
      'Team managers supervise the practice of newly qualified staff closely.',
      "Senior practitioners supervise children's workers in the assessment team.",
    ].map(oversight)).toEqual([true, true, true, true]);
    // A child word inside a compound ("child in need cases", "children looked after cases") or a participle's object
    // ("staff supporting children", "cases involving children") is not the one supervised (a second reader's T2, helper
    // 9ek; the reader's sentences, each without management oversight on 9eg's reading).
    expect([
      'Supervision of child in need cases is regular and challenges drift.',
      'Supervision of children looked after cases is regular.',
      'Supervision of cases involving children at risk of exploitation is regular and reflective.',
      'Supervision of staff supporting children at risk of exploitation is regular and reflective.',
    ].map(oversight)).toEqual([true, true, true, true]);
    expect(oversight('Staff increased their supervision of the children in care at weekends.')).toBe(false);
    // A passive's own subject in a coordinated clause (a code reader's point 2), and an adverb before the head or a
    // partitive "of" (point 3); the reader's sentences, each read the other way on 9eg's reading.
    expect([
      'Children are supervised well, and staff are supervised.',
      'Children are well cared for but staff are not supervised.',
    ].map(oversight)).toEqual([true, true]);
    expect([
      'Staff are well trained but pupils are not supervised.',
      'Supervision of the very young children is good.',
      'Supervision of all of the children is weak.',
    ].map(oversight)).toEqual([false, false, false]);
    // Young people supervised, as children are (T4); people who are workers stay management oversight.
    expect(oversight('Staff supervise young people more closely in the evenings.')).toBe(false);
    expect(oversight('Young people at risk of exploitation are supervised more closely in the evenings.')).toBe(false);
    // a subject's head before an adjective that opens its post-modifier ("subject to"): on the code before, "subject"
    expect(oversight('Young people subject to court orders are supervised closely by the youth justice service.')).toBe(false);
    expect(oversight('Managers supervise the people in their teams closely.')).toBe(true);
  });

  it('read the one supervised and a phrase a cue names by one noun-phrase head (issue 9, helper 9eo: a code reader\'s point 3, 9ek\'s leftovers)', () => {
    // Sentences of my own, none from a gold file. On fdbbbd7a's code acted-on read its own head (phraseHead, five words), so a
    // long phrase stopped before its head ("primary school [age children]": "school") and management oversight stayed; a time
    // after a preposition was read as a compound's modifier ("the boy [at lunch] times": "times").
    const oversight = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.id).includes('management-oversight');
    expect([
      'Supervision of the very youngest primary school age children is good.',
      "Staff increased the school's supervision of the boy at lunch times.",
      'Supervision of the girls in school holidays is arranged by the youth service.',
    ].map(oversight)).toEqual([false, false, false]);
    // guards, on both: a compound's modifier that is no time ("child in need cases"), workers supervised
    expect([
      'Supervision of children in care reviews is regular.',
      'Supervision of the newly qualified social workers in the assessment team is weekly.',
    ].map(oversight)).toEqual([true, true]);
    // Students are children only as a school's or a college's: "social work students" are workers in training, whose
    // supervision is management oversight (9ek's leftover: on fdbbbd7a "students" alone was a child's word).
    expect(oversight('Nursing students on placement are supervised closely by experienced practice educators.')).toBe(true);
    expect(oversight('Social work students are supervised by a practice educator in every team.')).toBe(true);
    expect(oversight('College students at risk of exploitation are supervised more closely in the evenings.')).toBe(false);
    expect(oversight('Staff supervise school students closely on trips.')).toBe(false);
  });

  it('read an owner\'s records as used only by a user a verb stands after, and records obtained by another as consulted (issue 9, helper 9eo: 9ek\'s leftover G2 in the subject)', () => {
    // [sentence, the agencies it evaluates]; sentences of my own, none from a gold file. On fdbbbd7a's code the first takes
    // "police" as the user of the health records in the same subject (no verb between), so health is lost though its
    // records are judged; the next two tag health, whose information another failed to obtain (the codebook: the one who
    // obtains is judged, not the owner). The guards pass on both: a user before a verb, a list consulted after its verb,
    // a list of records judged in the subject.
    const cases: Array<[string, string[]]> = [
      ['Strategy discussions were held, but police checks and health records were often incomplete.', ['health', 'police']],
      ['Health information was not obtained before the strategy discussion.', []],
      ['Police checks and health information were not obtained before the strategy discussion.', ['police']],
      ['Social workers check police and health records.', ['children-social-care']],
      ["Police officers do not use the board's escalation policy.", ['police']],
      ['Police and health records are often incomplete.', ['health', 'police']],
      ['Health information is not always shared with schools.', ['health']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read records obtained, sought or requested by another as consulted, not records reviewed or judged after (issue 9, helper 9et: a code reader\'s point 4 on 9eo)', () => {
    // [sentence, the agencies it evaluates]; sentences of my own, none from a gold file. On 77fe4e91's code the first two
    // and the fourth drop health (any passive of use, "reviewed" and "considered" too, put the owner in passing, and a
    // judging predicate after it was not read) and the third keeps it ("wasn't" is "wasn" and "t", no be-form). The guards
    // pass on both.
    const cases: Array<[string, string[]]> = [
      ['Health records are reviewed regularly and are of good quality.', ['health']],
      ['Health records were considered at every review.', ['health']],
      ["Health information wasn't obtained before the strategy discussion.", []],
      ['Health records were obtained and were of good quality.', ['health']],
      // guards: obtaining, seeking and requesting, and their negatives, name the owner in passing
      ['Health information was not obtained before the strategy discussion.', []],
      ['Health records were requested but not obtained.', []],
      ['Health information had not been requested.', []],
      ['Health records were never sought.', []],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('reads the word after a used-by after: phrase by its tokens, not its spaces: a hyphened phrase is two words (issue 9, helper 9et: a code reader\'s point 8)', () => {
    // "case-notes" is one word by its spaces and two tokens: on 77fe4e91's code the passive was read from "notes", not
    // "were", so the owner of case-notes never obtained was judged; the guard, a one-word phrase, passes on both.
    const dir = tempDir();
    writeFileSync(join(dir, 'owners.yaml'), 'kind: agency\npassing:\n  - role: document\n    after: [case-notes, notes]\n    used-by: true\nrules:\n  - id: hospice\n    label: Hospice\n    phrases: [hospice]\n');
    const ids = (text: string) => tagText(loadRules({ dirs: [dir], defaults: false }).tagger, text).agencies.map((t) => t.id);
    expect(ids('Hospice case-notes were not obtained before the meeting.')).toEqual([]);
    expect(ids('Hospice notes were not obtained before the meeting.')).toEqual([]);
    expect(ids('Hospice case-notes are detailed.')).toEqual(['hospice']);
  });

  it('read a singular assessment before a plural verb as no subject of it: named as a step, not judged (issue 9, helper 9eo)', () => {
    // Sentences of my own, none from a gold file. On fdbbbd7a's rules the phrase "assessments are" matches by stem, so the
    // first two take the assessment theme, though the verb's subject is another noun (the decisions, the fathers); the
    // guards, assessments judged as the subject, pass on both.
    const assessment = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.id).includes('assessment');
    expect([
      'Decisions on whether a baby needs an assessment are made by the duty manager.',
      'Fathers who ask for an assessment were told to wait.',
    ].map(assessment)).toEqual([false, false]);
    expect([
      'Assessments are thorough and consider the wider family.',
      'The assessment was thorough.',
      'Assessments were completed on time.',
    ].map(assessment)).toEqual([true, true, true]);
  });

  it('read communicating with a child in the child\'s own way as the voice of the child (issue 9, helper 9eg: a second reader\'s R2)', () => {
    // Sentences of my own, none from a gold file. The first three lack the voice on 7b082fd's rules (a worker adapting how they
    // communicate with a child, how best to talk with pupils, officers who seldom communicate directly with children); the
    // last two are guards that pass on both: communicating with parents, with another agency.
    const voice = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.id).includes('voice-of-the-child');
    expect([
      'Social workers adapt how they communicate with each child, using signing and pictures.',
      'Teachers are shown how best to talk with pupils who have autism.',
      'Police officers seldom communicate directly with younger children during an investigation.',
    ].map(voice)).toEqual([true, true, true]);
    expect([
      'Health visitors communicate with parents by text message.',
      'Teachers communicate with the school nurse by email.',
    ].map(voice)).toEqual([false, false]);
  });

  it('read the opening subject\'s head past a fronted clause with no comma: the main clause\'s subject, a pronoun read back to the fronted clause\'s (issue 9, helper 9eg: 9ed\'s next step for point 2)', () => {
    // [sentence, the agencies it evaluates]; sentences of my own, none from a gold file. On 351de51's code the first four are
    // read wrong: the head taken inside the fronted clause ("need", "worried", "pupil", "plan"), so children speaking with
    // their social worker lose children's social care (the recipient cue holds) and teachers speaking with one gain it (the
    // cue undone by the fronted clause's pupil). The last three are guards that pass on both: a pronoun that stands for the
    // fronted clause's children, or its teachers, and teachers after a fronted clause of their own.
    const cases: Array<[string, string[]]> = [
      ['When they need to children can speak with their social worker.', ['children-social-care']],
      ['When they are worried children can speak with their social worker.', ['children-social-care']],
      ['When a pupil is worried teachers speak with the social worker.', ['education']],
      ['When the plan was agreed the children spoke with their social worker.', ['children-social-care']],
      ['When children are upset they speak with their social worker.', ['children-social-care']],
      ['When teachers are worried they speak with the social worker.', ['education']],
      ['When they are worried teachers speak with the social worker.', ['education']],
      // the comma twins read alike (a code reader's point 6, helper 9ek): on 9eg's code the first two gave no agency
      ['When children are upset, they can speak with their social worker.', ['children-social-care']],
      ['If parents are worried, they speak with the health visitor.', ['health']],
      ['When a pupil is worried, teachers speak with the social worker straight away.', ['education']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read a single role of any title as the head of an agency\'s phrase: leader, practitioner, professional, representative, colleague (issue 9, helper 9eg: 9ed\'s next step for point 4)', () => {
    // [sentence, the agencies it evaluates]; sentences of my own, none from a gold file. On 09b1e94's code the first five lose the
    // police (PHRASE_HEADS held only the singulars worker, officer, manager and sergeant, so the relative clause after any other
    // title was not read as the agency's own act, and the police stayed the recipient of "passed to"); the last is the sergeant's
    // guard (helper 9ea's R12), passing on both.
    const cases: Array<[string, string[]]> = [
      ['Concerns are passed to the police leader, who always convenes a strategy discussion promptly.', ['children-social-care', 'police']],
      ['Concerns are passed to the police practitioner, who always convenes a strategy discussion promptly.', ['children-social-care', 'police']],
      ['Concerns are passed to the police professional, who always convenes a strategy discussion promptly.', ['children-social-care', 'police']],
      ['Concerns are passed to the police representative, who always convenes a strategy discussion promptly.', ['children-social-care', 'police']],
      ['Concerns are passed to the police colleague, who always convenes a strategy discussion promptly.', ['children-social-care', 'police']],
      ['Concerns are passed to the police sergeant, who always convenes a strategy discussion promptly.', ['children-social-care', 'police']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read a campaign\'s audience, the schools a nurse covers and the officer for children missing education (issue 9, helper 9dx)', () => {
    // [sentence, the agencies it evaluates]; sentences of my own, none from a gold file. The first five fail on 858cfe3's
    // rules: education (and the voluntary sector) added as the audience a campaign or leaflets are aimed at, or that a
    // campaign has not reached past "language", and as the schools a nurse covers; the police added and children's social
    // care missed for the officer named by the remit for children missing education. The other six are guards, two a
    // reading, that pass on both: the one who aims or targets, the one who covers its own ground, and an officer
    // responsible for something else (the built CLI's `jtai explain` gives each of them as here).
    const cases: Array<[string, string[]]> = [
      ["The council's campaign aimed at mosques, nurseries and community groups has raised awareness of private fostering.", ['children-social-care']],
      ['Leaflets targeted at schools explain how to report a concern.', []],
      ['The awareness campaign has not yet reached language schools.', []],
      ['Each school nurse covers several secondary schools.', ['health']],
      ['The officer responsible for tracking children missing education follows up every pupil removed from a roll.', ['children-social-care', 'education']],
      ['Schools aimed their assemblies at younger pupils.', ['education']],
      ['Health visitors targeted the families most at risk with extra visits.', ['health']],
      ['Schools cover healthy relationships in every year group.', ['education']],
      ['Health visitors cover the whole district, and schools value their advice.', ['education', 'health']],
      ['The officer responsible for the case was a detective constable.', ['police']],
      ['The police officer responsible for missing children visits every child who returns.', ['police']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read an audience only for a campaign, a worker\'s round only for a worker, and the officer for children missing education in its wordings (issue 9, helper 9eb)', () => {
    // [sentence, the agencies it evaluates]; a second reader's sentences on 9dx's three readings (A1, A3, A4), none from a
    // gold file. The first ten fail on af3dd44's rules: health lost to the audience cue for training or advice aimed at the
    // ones it changes, and education and health kept past "primarily"; education lost to the venue cue where audits or a
    // protocol cover the schools, and kept past "a large number of" and "up to 12"; the police taken and children's social
    // care missed for "missing from education" and "with responsibility for", and the police lost for a police officer so
    // named. The last one is a guard that passes on both: work aimed at schools that helps their leads.
    const cases: Array<[string, string[]]> = [
      ['Training aimed at GPs has improved how quickly they recognise neglect and refer it.', ['health']],
      ['Advice targeted at health visitors has improved their assessments of neglect, which are now thorough.', ['health']],
      ['The campaign was aimed primarily at schools and health visitors.', []],
      ['Section 11 audits cover all schools and colleges, which have responded well and improved their safeguarding training.', ['education']],
      ["The police's new protocol covers all schools, which now report every incident of harmful sexual behaviour to officers.", ['education', 'police']],
      ['Each nurse covers a large number of schools.', ['health']],
      ['School nurses cover up to 12 schools each.', ['health']],
      ['The officer responsible for children missing from education tracks every child who leaves school rolls.', ['children-social-care']],
      ['The officer with responsibility for children missing education follows up every child who leaves a school roll.', ['children-social-care', 'education']],
      ['The police officer responsible for children missing education works closely with schools.', ['education', 'police']],
      ['Work targeted at schools has helped designated safeguarding leads to spot neglect earlier.', ['education']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read an awareness drive\'s partners, the one told in a bare passive, a child at school, chronologies and a case closed (issue 9, sixty-fourth step, helper 9fc)', () => {
    // [sentence, the agencies it evaluates]; sentences of my own, none from a gold file. The first eight fail on 90fd2c1's
    // rules: education and health added as the places an awareness drive works with or is put up in, education as the one
    // told in a bare passive and as a child's school or education, and children's social care missed for chronologies and a
    // case closed with no agency named. The other seven are guards, passing on both: joint work with no awareness drive, a
    // partner that is not a public place, partners worked with closely, the one told that then fails to act, "informed by", staff at schools who act, and
    // another agency's own chronologies.
    const cases: Array<[string, string[]]> = [
      ['The council worked with churches, language schools and GP surgeries to raise awareness of private fostering.', ['children-social-care']],
      ['Posters in GP surgeries and leaflets for nurseries explain how to notify the council of a private arrangement.', []],
      ['A short film shown in GP waiting rooms has doubled notifications of private fostering.', ['children-social-care']],
      ['The headteacher was told discreetly, and a social worker visited the girl that evening.', ['children-social-care']],
      ['After each arrest, officers make sure that the designated safeguarding lead is told within the hour.', ['police']],
      ['A youth work charity meets young people at school and helps several to return to education.', ['voluntary-sector']],
      ["Chronologies on the children's files are rarely brought up to date.", ['children-social-care']],
      ['Cases are sometimes closed before the child has been seen.', ['children-social-care']],
      ['Health visitors work with GP practices to review the weight of babies.', ['health']],
      ['Schools worked with the police to raise awareness of exploitation.', ['education', 'police']],
      ['The council has worked closely with language schools to raise awareness of private fostering.', ['children-social-care', 'education']],
      ['The school was told that the girl was missing but did nothing.', ['education']],
      ["The partnership's priorities are informed by local data.", ['safeguarding-partnership']],
      ['Staff at schools identify neglect well.', ['education']],
      ['Health visitors keep chronologies that show the pattern of missed appointments.', ['health']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read the safeguarding arrangements as the partnership\'s, not one body\'s own arrangements (issue 9, sixty-fifth step, helper 9fm)', () => {
    // [sentence, the agencies it evaluates]; sentences of my own, none from a gold file. The first two fail on 81e99bd's rules
    // (the partnership missed); the last two are guards, passing on both: a school's or contractors' own arrangements.
    const cases: Array<[string, string[]]> = [
      ['Faith groups and sports clubs are poorly connected to the safeguarding arrangements.', ['safeguarding-partnership', 'voluntary-sector']],
      ['Independent scrutiny of the safeguarding arrangements has not yet begun.', ['safeguarding-partnership']],
      ['The safeguarding arrangements of each school are checked by the council.', ['children-social-care', 'education']],
      ['Schools review the safeguarding arrangements of their contractors.', ['education']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read the partnership whose structures an agency sits in as judged, any other body as a venue (issue 9, sixty-sixth step, helper 9fv)', () => {
    // [sentence, the agencies it evaluates]; sentences of my own, none from a gold file. The first three fail on 8850e5e's
    // rules (the partnership a venue in passing; the members are 9cc's members, not judged); the last three are guards,
    // passing on both: another body's panel belonged to, the MASH a service is represented in, and the board's training
    // attended (attendance is unchanged).
    const cases: Array<[string, string[]]> = [
      ['Faith groups are not represented on the partnership\'s subgroups.', ['safeguarding-partnership']],
      ['Sports clubs are not yet part of the local safeguarding arrangements.', ['safeguarding-partnership']],
      // a seat with no gap named: a venue since helper 9gi (the thirteenth both-ways round's question a)
      ['The police and schools are represented on each subgroup of the board.', []],
      ['Schools are not part of the youth offending service\'s panel.', ['education']],
      ['The probation service is represented in the MASH by a senior officer.', ['probation']],
      ['Schools rarely attend the board\'s training.', ['education']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read the partnership as judged for a gap in who sits in its structures, a bare seat as a venue (issue 9, sixty-seventh step, helper 9gi)', () => {
    // [sentence, the agencies it evaluates]; sentences of my own, none from a gold file. The thirteenth both-ways round's
    // question a: an agency's seat on the board or partnership evaluates the agency, not the partnership, unless the
    // partnership's own membership is judged. The first three fail on 6cb6b6f6's rules (the partnership tagged for a bare
    // seat); the last three are guards, passing on both: a gap in its membership ("not", "poorly", "under-") judges it.
    const cases: Array<[string, string[]]> = [
      ['Housing providers are represented on the partnership\'s neglect subgroup.', []],
      ['Youth clubs are members of the safeguarding board.', []],
      ['Housing associations have a presence on the board\'s neglect group.', []],
      ['Housing providers are not represented on the partnership\'s neglect subgroup.', ['safeguarding-partnership']],
      ['Youth clubs are poorly represented on the safeguarding board.', ['safeguarding-partnership']],
      ['Sports clubs are not yet members of the safeguarding partnership.', ['safeguarding-partnership']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read a multi-agency panel or meeting whose own work is judged as joint working, one named as a destination as not (issue 9, sixty-seventh step, helper 9gi)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]);
    // sentences of my own, none from a gold file. The thirteenth both-ways round's question b (three blind readers, kappa
    // 0.916): a MARAC, exploitation or missing panel, MASH or formulation meeting judged on its own work is joint working with
    // no words of working together. The first four fail on 3b635390's rules; the guards pass on both: the panel as where a
    // case is heard, referred or raised, and a conference judged on its timeliness and chairing.
    expect(themes('The monthly missing children panel has a firm grip on the girls most at risk.')).toContain('joint-working');
    expect(themes('A youth worker chairs the vulnerable adolescents panel with real authority.')).toContain('joint-working');
    expect(themes('The weekly MACE meeting agrees clear actions for each agency.')).toContain('joint-working');
    expect(themes('Detailed maps of local hotspots are shared at the exploitation panel.')).toContain('joint-working');
    expect(themes('Few of these girls are heard at the exploitation panel.')).not.toContain('joint-working');
    expect(themes('Nobody referred the family to the MARAC.')).not.toContain('joint-working');
    expect(themes('Children who run away are discussed at the missing panel, which meets every month.')).not.toContain('joint-working');
    expect(themes('Child protection conferences are timely and well chaired.')).not.toContain('joint-working');
  });

  it('read a child groomed or blackmailed by adults online as exploitation (issue 9, sixty-eighth step, helper 9gq)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]);
    // sentences of my own, none from a gold file. The sixteenth both-ways round's question b: a child groomed, coerced or
    // blackmailed by adults online is exploitation by the harms paragraph's "even once". The first four fail on 6a33fe07's
    // rules (the online-grooming exclude, no blackmail cue); the guards pass on both: peer image sharing, and coercion into
    // sharing images alone (the dev gold goes both ways).
    expect(themes('Officers act quickly on reports of online grooming of primary school children.')).toContain('exploitation');
    expect(themes('Some boys were groomed through a games console by men they never met.')).toContain('exploitation');
    expect(themes('Pupils who are blackmailed after sending a photograph are not always offered counselling.')).toContain('exploitation');
    expect(themes('The youth council made a short film about sextortion for secondary schools.')).toContain('exploitation');
    expect(themes('Schools handle pupils sharing nude images with each other calmly.')).not.toContain('exploitation');
    expect(themes('Children coerced into sending images wait too long for support.')).not.toContain('exploitation');
  });

  it('read an agency at child protection conferences, core groups, child in need or pre-birth meetings as planning (issue 9, sixty-eighth step, helper 9gq)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]);
    // sentences of my own, none from a gold file. The sixteenth both-ways round's question c: an agency attending, invited
    // to or sending reports to the meetings where children's plans are made and reviewed is planning. The first four fail on
    // e16724c3's rules; the guards pass on both: the MARAC, core group training, and advocates' views represented.
    expect(themes('Dentists are seldom invited to initial child protection conferences.')).toContain('planning');
    expect(themes('The housing officer now attends most child in need meetings for these families.')).toContain('planning');
    expect(themes('School nurses send reports to review conferences for every child they know.')).toContain('planning');
    expect(themes('The drug service rarely contributes to pre-birth planning meetings.')).toContain('planning');
    expect(themes('Probation officers attend the multi-agency risk assessment conference each month.')).not.toContain('planning');
    expect(themes('Youth workers attend core group training every spring.')).not.toContain('planning');
  });

  it('read staff as the subject of a claim of skill or experience as workforce training, the word naming who does a job as not (issue 9, sixty-eighth step, helper 9gq)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]);
    // sentences of my own, none from a gold file. The sixteenth both-ways round's question a (kappa 1.000): staff or a team as
    // the subject of "is/are skilled, experienced, knowledgeable", "is staffed by experienced" or "are skilled at". The first
    // three fail on 03079c07's rules; the guards pass on both: "by experienced X" as the agent of the process judged.
    expect(themes('Youth workers at the drop-in are skilled at spotting a girl who is frightened.')).toContain('workforce-training');
    expect(themes('The night team is staffed by experienced social workers who know the families.')).toContain('workforce-training');
    expect(themes('The school nurses are highly experienced and calm.')).toContain('workforce-training');
    // the adjective closing its clause or list, and a team holding expertise: these two fail on fb4c905b's rules
    expect(themes('The midwives who run the clinic are calm, experienced and kind.')).toContain('workforce-training');
    expect(themes('The fostering team holds the right expertise for babies with complex needs.')).toContain('workforce-training');
    expect(themes('Children are skilled at hiding what happens at home.')).not.toContain('workforce-training');
    expect(themes('Calls are screened quickly by experienced social workers.')).not.toContain('workforce-training');
    expect(themes('Strategy meetings chaired by experienced managers are held within a day.')).not.toContain('workforce-training');
  });

  it('read learning from reviews and audits passed on to practitioners, or known by them, as workforce training (issue 9, sixty-seventh step, helper 9gi)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]);
    // sentences of my own, none from a gold file. The thirteenth both-ways round's question d (three blind readers, kappa
    // 1.000). The first three fail on 47db7db4's rules; the guards pass on both: the review process or untested reach alone.
    expect(themes('Findings from the audit of neglect are circulated as a one-page bulletin to every school.')).toContain('workforce-training');
    expect(themes('Lessons from the review of the toddler\'s death were turned into short podcasts.')).toContain('workforce-training');
    expect(themes('Most youth workers were unaware of the findings of the local review.')).toContain('workforce-training');
    expect(themes('The review of the toddler\'s death was completed on time.')).not.toContain('workforce-training');
    expect(themes('Nobody checks whether the findings reach frontline teams.')).not.toContain('workforce-training');
  });

  it('read the learning from case reviews disseminated, as its sentence\'s subject, as the partnership\'s work (issue 9, sixty-sixth step, helper 9fv)', () => {
    // [sentence, the agencies it evaluates]; sentences of my own, none from a gold file. The first three fail on 8850e5e's
    // rules (the reviews a source in passing, nothing tagged); the last three are guards, passing on both: learning that
    // leads to another's action, another's check that it is shared, and single-agency audits.
    const cases: Array<[string, string[]]> = [
      ['Learning from serious case reviews is shared promptly with frontline staff.', ['safeguarding-partnership']],
      ['Lessons from local reviews are not disseminated effectively.', ['safeguarding-partnership']],
      ['Learning from rapid reviews has been circulated widely.', ['safeguarding-partnership']],
      ['Learning from a serious case review has led to changes in how health visitors record home visits.', ['health']],
      ['The designated nurse checks that learning from reviews is shared in GP practices.', ['health']],
      ['Learning from single-agency audits is shared in team meetings.', []],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read the partnership\'s framework, arrangements and annual report as its own work (issue 9, sixty-sixth step, helper 9fv)', () => {
    // [sentence, the agencies it evaluates]; sentences of my own, none from a gold file. The first three fail on 27f6edb's
    // rules (nothing tagged); the last three are guards, passing on both: the partnership's work with families (partners in
    // general), its framework as what others use, and another's framework.
    const cases: Array<[string, string[]]> = [
      ["The partnership's performance framework has not been updated since 2021.", ['safeguarding-partnership']],
      ["The partnership's arrangements for scrutiny are underdeveloped.", ['safeguarding-partnership']],
      ["The partnership's annual report describes activity rather than impact.", ['safeguarding-partnership']],
      ["The partnership's work with families is valued.", []],
      ["The partnership's framework is rarely used by schools.", ['education']],
      ["The police's performance framework is weak.", ['police']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read area-wide guidance, a pathway or a threshold document judged, no single agency its author, as the partnership\'s (issue 9, sixty-sixth step, helper 9fz)', () => {
    // [sentence, the agencies it evaluates]; sentences of my own, none from a gold file. The first four fail on fd322a5's rules
    // (nothing tagged); the last five are guards, passing on both: one agency's own pathway, an agency named drafting the
    // guidance (in the same sentence or the next), the threshold document revised by one team, others' understanding of it,
    // and a protocol between two services.
    const cases: Array<[string, string[]]> = [
      ['There is no agreed multi-agency pathway for children who self-harm.', ['safeguarding-partnership']],
      ['No local guidance exists for babies with unexplained bruises.', ['safeguarding-partnership']],
      ['The threshold document was refreshed in the spring, and most referrers find it helpful.', ['safeguarding-partnership']],
      ['The local guidance on bruising in babies predates the latest national advice.', ['safeguarding-partnership']],
      ['There is no agreed health pathway for children who self-harm.', ['health']],
      ['There is no agreed multi-agency pathway for children who self-harm. The designated nurse is drafting guidance.', ['health']],
      ["The threshold document was revised by the council's front door team.", ['children-social-care']],
      ['Practitioners understand the threshold document well.', []],
      ['There is no agreed protocol between the police and the hospital.', ['health', 'police']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read the disabled children\'s team as the council\'s social work team (issue 9, sixty-seventh step, helper 9ge)', () => {
    // [sentence, the agencies it evaluates]; sentences of my own, none from a gold file. The first two fail on 1f438a0's rules
    // (nothing tagged); the last is a guard, passing on both: disabled children named with another agency's work.
    const cases: Array<[string, string[]]> = [
      ["The disabled children's team visits each child at home every six weeks.", ['children-social-care']],
      ['Caseloads in the children with disabilities team remain too high.', ['children-social-care']],
      ['Schools make good adjustments for disabled children.', ['education']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read the ones whose knowledge another draws on, or leaves unused, as a source (issue 9, sixty-seventh step, helper 9ge)', () => {
    // [sentence, the agencies it evaluates]; sentences of my own, none from a gold file. The first two fail on 1f438a0's rules
    // (the school nurses and health visitors judged); the last two are guards, passing on both: their knowledge itself judged,
    // and their own knowledge drawn on.
    const cases: Array<[string, string[]]> = [
      ['Social workers draw on the knowledge of school nurses when they assess a family.', ['children-social-care']],
      ['The expertise of health visitors who know the family well is underused.', []],
      ['The knowledge of health visitors about neglect is strong.', ['health']],
      ['Health visitors draw on their knowledge of the family.', ['health']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read a parent who looks after children, children who look after a parent, and an adult\'s care plan as no child in care (issue 9, sixty-seventh step, helper 9ge)', () => {
    // [sentence, the agencies it evaluates]; sentences of my own, none from a gold file. The first fails on 1f438a0's rules
    // (children's social care implied in its second sentence, no agency named there), the next two on 5ac3f88's (an adult's
    // care plan, a patient's or the adult's own, and children who look after a parent, as a child's care); the last is a
    // guard, passing on both: children looked after.
    const cases: Array<[string, string[]]> = [
      ['Ward staff are kind and attentive. Adults admitted after an overdose are not always asked whether they look after children.', []],
      ['The crisis team responds quickly. Care plans seldom say whether the patient has children at home.', ['health']],
      ["Young carers are identified early. Children looking after a parent are offered a break and a say in the adult's care plan.", []],
      ['Looked after children are visited on time.', ['children-social-care']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read the council\'s early help coordinators and workers as children\'s social care (issue 9, sixty-seventh step, helper 9ge)', () => {
    // [sentence, the agencies it evaluates]; sentences of my own, none from a gold file. The first two fail on a48b8bb's rules
    // (nothing tagged); the last is a guard, passing on both: coordinators who value what another passes on are informants.
    const cases: Array<[string, string[]]> = [
      ['Early help coordinators respond quickly to requests for advice.', ['children-social-care']],
      ['An early help worker is allocated within a week.', ['children-social-care']],
      ['Early help coordinators value the detailed notes that nurseries keep.', ['education']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read a relative clause set apart by commas that judges the agency\'s work as acting, past it a passing predicate (issue 9, sixty-seventh step, helper 9gl)', () => {
    // [sentence, the agencies it evaluates]: a second reader's sentences (review A1), none from a gold file, and two near ones of
    // my own (the fifth acting, the seventh describing). The first five fail on a4ddc06's src/tag/roles.ts, which read no
    // relative clause's verb past the clause (health, education and police lost, nothing or the convener's children's social
    // care left); the last three are guards, passing on both: a clause that describes the agency (knowing, seeing, holding)
    // leaves it passing.
    const cases: Array<[string, string[]]> = [
      ['GPs, who rarely share information with social workers, are not routinely invited to conferences.', ['health']],
      ['Health visitors, who identify neglect well, are not always invited to child protection conferences.', ['health']],
      ['Schools, which do not always refer concerns promptly, are seldom invited to strategy discussions.', ['children-social-care', 'education']],
      ['The police exploitation team, which works closely with schools, is not always invited to strategy meetings.', ['police']],
      ['Midwives, who record concerns about parents carefully, are rarely invited to core groups.', ['health']],
      ['Schools, which know children well, are seldom invited to strategy discussions.', ['children-social-care']],
      ['Health visitors, who see these babies every week, are not always invited to core groups.', []],
      ['School nurses, who often hold key information, are rarely invited to strategy meetings.', ['children-social-care']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read knowledge judged in its own clause, and early help staff or the disabled children\'s team whose owner is named after them (issue 9, sixty-eighth step, helper 9gm)', () => {
    // [sentence, the agencies it evaluates]: a second reader's sentences of the sixty-seventh step (A5, A2, A3; none from a
    // gold file). The first five fail on b95d59c's rules (health lost from a judged knowledge; children's social care added
    // for another's team); the last four are guards, passing on both: knowledge drawn on, the council's staff in a school's
    // building, and the team named alone.
    const cases: Array<[string, string[]]> = [
      ['The knowledge of health visitors is strong, and social workers draw on it well.', ['children-social-care', 'health']],
      ["The disabled children's team in the community health trust provides therapy for children with complex needs.", ['health']],
      ["Nurses in the disabled children's team provide skilled care at home.", ['health']],
      ['Early help workers employed by a local charity support families well.', ['voluntary-sector']],
      ['Early help coordinators in the voluntary sector offer advice to school staff.', ['education', 'voluntary-sector']],
      ['Social workers draw on the knowledge of health visitors when assessing neglect.', ['children-social-care']],
      ['Early help workers in secondary schools give families quick advice.', ['children-social-care']],
      ["The disabled children's team visits each child at home every six weeks.", ['children-social-care']],
      ["Practitioners in the disabled children's team know children well and visit them often.", ['children-social-care']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read a verb with a bare object and an adverb of manner in a relative clause, and carers who look after children (issue 9, sixty-eighth step, helper 9gm)', () => {
    // [sentence, the agencies it evaluates]: a second reader's sentences of the sixty-seventh step (A1, A6; none from a gold
    // file) and one near one of my own (the second). The first three fail on 4945321's rules and src/tag/roles.ts (the
    // joined verb read as a noun, so the holders' description; the carers' verb excluded); the last two are guards, passing
    // on both: "support needs" a noun phrase, and a parent who looks after children.
    const cases: Array<[string, string[]]> = [
      ['Nursery staff, who see the child every day and record concerns carefully, are seldom invited to core groups.', ['education']],
      ['Teachers, who know the pupils and note changes quickly, are not invited to strategy meetings.', ['children-social-care', 'education']],
      ['Carers looking after children with complex needs receive good training.', ['children-social-care']],
      ['Health visitors visit families and support needs well.', ['health']],
      ["The ward's nurses ask every new arrival whether they look after children.", ['health']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read a room in a building named by its owner as a venue (issue 9, sixty-eighth step, helper 9gm)', () => {
    // [sentence, the agencies it evaluates]: sentences of my own, none from a gold file. The first two fail on 12adad5's rules
    // (the owner judged); the third is a guard, passing on both: the building as its clause's subject, no room before it
    // (helper 9bx's "Children are held at the police station" and "The duty manager at the police station" are guards too).
    const cases: Array<[string, string[]]> = [
      ['The course is delivered in a training room at police headquarters.', []],
      ['Audits are completed in a training room at the council offices, which allows robust challenge.', []],
      ['Police stations have no suitable room for interviewing children.', ['police']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read a quantity, a hub\'s services under one roof and a child\'s own setting as what they are (issue 9, sixty-eighth step, helper 9gm)', () => {
    // [sentence, the agencies it evaluates]: sentences of my own, none from a gold file. The first two (a quantity before the
    // venue "work in ... schools"), the fourth and fifth (a hub's services "under one roof", the fifth's health visitors a later
    // item past a comma) and the seventh (information held by the child's own school) fail on af7ea9e's rules and
    // src/tag/roles.ts; the third, sixth and eighth are guards, passing on both: a quantity that opens its sentence, services
    // brought together without a roof, and the holder in its clause's subject.
    const cases: Array<[string, string[]]> = [
      ["Mental health practitioners now work in just over half of the county's primary schools.", ['health']],
      ["Mental health practitioners now work in more than a third of the county's primary schools.", ['health']],
      ["Just over half of the county's schools have a trained safeguarding lead.", ['education']],
      // (helper 9gr: a family hub as the subject, no longer any centre, a second reader's A1: both sentences said "The new centre")
      ['The new family hub brings paediatricians, school nurses, debt advisers and housing officers under one roof.', ['children-social-care']],
      ['The family hubs bring together GPs, health visitors, welfare advice and a food bank under one roof.', ['children-social-care']],
      ['The centre brings health visitors and midwives together, and they share records well.', ['health']],
      ["Social workers seldom draw on the information held by the child's primary school.", ['children-social-care']],
      ["Information held by the child's school is not shared with the police.", ['education']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('keep the agencies a MASH or a child house brings under one roof, the police in a room where children are held, and the council out of family carers and charities\' early help (issue 9, sixty-eighth step, helper 9gr)', () => {
    // [sentence, the agencies it evaluates, multi-agency left out]: a second reader's sentences of the sixty-eighth step (A1 B4,
    // B1, B2, R2, R3; A2 V2, V6, V12; A3 C1; A4 E1, E2, E4; A5 H4), none from a gold file, and some of my own (the MASH's front
    // door, a child waiting alone, family carers, a charity's worker run by the trust, "rarely use the knowledge"). Each one
    // up to the last five fails on d4ccb61's rules and src/tag/roles.ts; the last five are guards, passing on both: a family
    // hub's services, a training room at police headquarters, foster carers, the council's own early help workers, and the
    // school's information in its clause's subject.
    const cases: Array<[string, string[]]> = [
      ["The MASH brings together police, health and children's social care under one roof, so checks on a child are done within hours.", ['children-social-care', 'health', 'police']],
      ['The child house brings police officers, paediatricians and therapists under one roof, and children now give evidence without repeating their story.', ['health', 'police']],
      ["Bringing the police and children's social care under one roof in the MASH has made strategy discussions quicker.", ['children-social-care', 'police']],
      ['The new centre brought the police child abuse investigation team and social workers under one roof, and joint investigations now start within a day.', ['children-social-care', 'police']],
      ['Since moving under one roof, social workers bring police officers to every joint visit within a day.', ['children-social-care', 'police']],
      ['The front door brings social workers, police officers and health practitioners under one roof, and decisions are quicker.', ['children-social-care', 'health', 'police']],
      ['Children wait for hours in a room at the police station before an appropriate adult arrives.', ['police', 'youth-justice']],
      ['Detained children are kept in a room at the police station overnight too often.', ['police']],
      ['Children arrested overnight wait in a cell or a room at the police station for an appropriate adult.', ['police', 'youth-justice']],
      ['Too often a child waits alone in a room at the police station overnight.', ['police']],
      ['Grandparents and other carers looking after children informally receive little advice from their GP.', []],
      ['Family carers looking after children of parents in prison get little support.', []],
      ["Early help workers employed by Barnardo's visit families within a week of a request for help.", ['voluntary-sector']],
      ["Early help workers from the NSPCC run parenting groups in children's centres.", ['voluntary-sector']],
      ["The disabled children's team, part of the community health trust, offers therapy in schools.", ['education', 'health']],
      ["The disabled children's team, run by the health trust, offers short breaks.", ['health']],
      ["Assessments seldom use the information held by the young person's previous school.", ['children-social-care']],
      ["Plans rarely use the knowledge held by the young people's college.", []],
      ['Family hubs bring together health visiting, housing advice and parenting groups under one roof.', ['children-social-care']],
      ['The course is delivered in a training room at police headquarters.', []],
      ['Foster carers looking after children with complex needs receive good training.', ['children-social-care']],
      ["Early help workers from the council's family service visit within days.", ['children-social-care']],
      ["Information held by the young person's previous school is not shared with the youth offending team.", ['education']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read a care plan for children whose parents are named as the child\'s plan (issue 9, sixty-seventh step, helper 9gl)', () => {
    // [sentence, the agencies it evaluates]: a second reader's sentences (review A4), none from a gold file, and one near one
    // of my own (the fourth). The first, second and fourth fail on a4ddc06's rules (an adult's plan: children's social care
    // lost); the third passes on both (health named, so the child's care is not implied, as on 1f438a0); the last two are
    // guards, passing on both: the parent's or the patient's plan.
    const cases: Array<[string, string[]]> = [
      ['Care plans for children whose parents misuse substances do not address the risks.', ['children-social-care']],
      ['Care plans for children whose parents have mental ill health are detailed and reviewed often.', ['children-social-care']],
      ['Care plans for children whose parents are patients of the mental health trust are reviewed regularly.', ['health']],
      ['Care plans for young children whose mothers drink heavily are not specific enough.', ['children-social-care']],
      ['Care plans for parents with serious mental illness do not mention their children.', []],
      ['The crisis team responds quickly. Care plans seldom say whether the patient has children at home.', ['health']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read early help staff and the disabled children\'s team named as another\'s as that owner\'s (issue 9, sixty-seventh step, helper 9gl)', () => {
    // [sentence, the agencies it evaluates]: a second reader's sentences (review A2, A3), none from a gold file, and near ones of
    // my own (the third and fourth). The first four fail on a4ddc06's rules (children's social care added); the last two are
    // guards, passing on both: the team and the coordinators named alone are the council's.
    const cases: Array<[string, string[]]> = [
      ["The health service's disabled children's team provides equipment quickly.", ['health']],
      ["The school's early help worker meets parents every week.", ['education']],
      ["A charity's early help workers support families well.", ['voluntary-sector']],
      ["The academy's early help workers visit families at home.", []],
      ["The disabled children's team visits each child at home every six weeks.", ['children-social-care']],
      ['Early help coordinators respond quickly to requests for advice.', ['children-social-care']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read a passing predicate past a relative clause set apart by commas (issue 9, sixty-seventh step, helper 9ge)', () => {
    // [sentence, the agencies it evaluates]; sentences of my own, none from a gold file. The first two fail on 09420cd's
    // src/tag/roles.ts (the ones not invited judged: no predicate read past the relative clause); the last three are guards,
    // passing on both: an active predicate past the clause, and the clause's own passive with an act after it.
    const cases: Array<[string, string[]]> = [
      ['School nurses, who often know the family best, are rarely invited to strategy discussions.', ['children-social-care']],
      ['Teachers and health visitors, who see these children every week, are seldom invited to core groups.', []],
      ['GPs, who know the family best, share information quickly.', ['health']],
      ['School nurses, who are often invited, attend every conference.', ['health']],
      ['Health visitors, who are rarely invited, still send reports.', ['health']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read an escalation policy judged clear as the partnership\'s (issue 9, sixty-sixth step, helper 9gd)', () => {
    // [sentence, the agencies it evaluates]; sentences of my own, none from a gold file. The first two fail on 93c90f8's rules
    // (the partnership missing: the escalation policy itself judged clear); the last two are guards, passing on both: a school's
    // own escalation policy, and the escalation policy others use.
    const cases: Array<[string, string[]]> = [
      ['The escalation protocol is clear, and disagreements are usually resolved quickly.', ['safeguarding-partnership']],
      ['Practitioners challenge each other well. The escalation procedure itself is clear, but it is rarely used by GPs.', ['health', 'safeguarding-partnership']],
      ["The school's escalation policy is clear to every teacher.", ['education']],
      ['Health visitors use the escalation policy confidently when they disagree with a decision.', ['health']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read a predicate past a place the subject is in or from (issue 9, sixty-fifth step, helper 9fm)', () => {
    // [sentence, the agencies it evaluates]; sentences of my own, none from a gold file. The first four fail on 81e99bd's
    // code (the one told or the informant taken as judged past "in the ...", "across the ..." or "at each ..."); the last three are guards,
    // passing on both: a subject in a place that acts, and the one told who then fails to act.
    const cases: Array<[string, string[]]> = [
      ['Health visitors in the receiving area were not told that the baby had been on a plan.', []],
      ['Designated safeguarding leads in secondary schools say that the new helpline is useful.', []],
      ['GPs across the county are rarely told about the progress of a case.', []],
      ['The designated safeguarding lead at each school is told promptly, so that staff can offer support.', []],
      ['Schools in the north of the county identify neglect early.', ['education']],
      ['Police officers in the MASH check records quickly.', ['police']],
      ['Social workers in the duty team were told that the girl was missing but did not visit.', ['children-social-care']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read the safeguarding partnership as the commissioner of its own work, and any other commissioner as in passing (issue 9, sixty-fifth step, helper 9fm)', () => {
    // [sentence, the agencies it evaluates]; sentences of my own, none from a gold file. The first three fail on 81e99bd's
    // rules (the safeguarding partnership missed as a commissioner in passing); the last three are guards, passing on both:
    // another agency's commissioning, and another's board that "the board" refers back to.
    const cases: Array<[string, string[]]> = [
      ['Training commissioned by the board on neglect is well attended and highly valued.', ['safeguarding-partnership']],
      ['A study funded by the safeguarding partners found that few children were seen alone.', ['safeguarding-partnership']],
      ['An audit of strategy discussions, commissioned by the safeguarding children board, has not yet been completed.', ['safeguarding-partnership']],
      ['A mentoring scheme funded by the council has a long waiting list.', []],
      ['A parenting course commissioned by the integrated care board is well attended.', []],
      ['The health and wellbeing board met in May. A survey commissioned by the board was published late.', []],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read the partnership as the agent of its own work, the service people avoid as in passing, and the managers in the MASH as children\'s social care (issue 9, helper 9dl)', () => {
    // [sentence, the agencies it evaluates]; sentences of my own, none from a gold file. The first seven fail on a0ea48a's
    // rules: the safeguarding partnership missed in the first four (a protocol drafted, reviews not scrutinised, a worker
    // employed, a plan not monitored by its group), children's social care added to the next two (the service avoided or
    // little contacted) and missed in the seventh. The last three are guards that pass on both: a tool of the partnership's
    // that others rarely use, a MASH manager named as a source, and a service's own contact with children.
    const cases: Array<[string, string[]]> = [
      ['A transitional protocol for care leavers has been drafted by the partnership, but the police have not yet agreed to it.', ['police', 'safeguarding-partnership']],
      ['The outcomes of these reviews are not scrutinised by the partnership.', ['safeguarding-partnership']],
      ['A youth worker employed by the partnership runs sessions for young carers.', ['safeguarding-partnership']],
      ["The improvement plan has not been monitored by the partnership's performance group.", ['safeguarding-partnership']],
      ['Outreach workers from a local charity reach families who avoid statutory services.', ['voluntary-sector']],
      ['The project reaches refugee families who have little contact with statutory services.', []],
      ['Managers in the MASH record a clear rationale for every decision.', ['children-social-care']],
      ['A screening tool introduced by the partnership is rarely used by health visitors.', ['health']],
      ['The MASH manager confirmed that referrals from GPs had doubled.', ['health']],
      ['Social workers have too little contact with the children they are responsible for.', ['children-social-care']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read the one checked with past a word before "with", and the giver of a service received as judged (issue 9, helper 9cm)', () => {
    // [sentence, the agencies it evaluates]; sentences of my own, none from a gold file. The first five fail on e616261's
    // rules (children's social care, and the police, added to the first two; [] for the next three, the giver read as a
    // source). The last four are guards that pass on both: information and referrals received stay sources, and checking
    // together with a partner is the partner's own work.
    const cases: Array<[string, string[]]> = [
      ['Probation officers check routinely with the police and children\'s social care before a man is released.', ['probation']],
      ['Youth justice workers did not check this with social workers before the plan was agreed.', ['youth-justice']],
      ['Young carers receive weekly sessions from a local charity.', ['voluntary-sector']],
      ['Children who self-harm receive weekly therapy from CAMHS within a month of referral.', ['health']],
      ['Pupils excluded from school receive a full timetable from the pupil referral unit within days.', ['education']],
      ['Social workers weigh the information they receive from the police before a first visit.', ['children-social-care']],
      ['The duty team receives referrals from schools and screens each one within a day.', ['children-social-care']],
      ['Health visitors act on the intelligence they receive from the police.', ['health']],
      ['Social workers check records jointly with the police before a visit.', ['children-social-care', 'police']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read the school\'s own staff working in it, and the police\'s and probation\'s own public protection work, as judged (reviewer rv28)', () => {
    // [sentence, the agencies it evaluates]. The first seven lose education on 87cd02c (helper 9bh's venue cue read the
    // school's own staff, leads and data as another's team in it); the three after them are the cue's own guards, which
    // must stay venues. The last three: MAPPA out of the police and probation rules leaves their own public protection
    // work judged (the first of them gives the police too on e267eb0, MAPPA then being theirs).
    const cases: Array<[string, string[]]> = [
      ['Staff working in nurseries spot the signs of neglect quickly.', ['education']],
      ['Those working in schools know what to do when a child discloses abuse.', ['education']],
      ['People working in schools understand the thresholds.', ['education']],
      ['Support staff working in colleges are trained to spot exploitation.', ['education']],
      ['Safeguarding leads working in academies escalate concerns well.', ['education']],
      ['Pastoral workers in schools know their pupils well.', ['education']],
      ['Data collection in schools on absence is weak.', ['education']],
      ['Police officers working in schools build trust with pupils.', ['police']],
      ['Mental health support teams in academies help children with anxiety.', ['health']],
      ['Family support workers in schools help parents with routines.', ['children-social-care']],
      ['Offender managers make good use of MAPPA to restrict contact with children.', ['probation']],
      ['Police public protection units respond quickly to reports of abuse.', ['police']],
      ["Probation's public protection work with men who have harmed children is strong.", ['probation']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read "risks" after a shortfall as risk identified, not as the verb of its consequence (reviewer rv26)', () => {
    const risk = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.id).includes('risk-assessment');
    // the first three give risk assessment on the rules of helper 9bg's step (e99622c): the verb read as the noun
    expect(risk('Plans are not always reviewed on time, which risks leaving children in neglectful homes for too long.')).toBe(false);
    expect(risk('Leaders rarely see the data, and this risks children waiting longer for help.')).toBe(false);
    expect(risk("Health visitors too often see mothers alone, which risks missing the father's part in the child's care.")).toBe(false);
    // guards: the noun after the shortfall, and after "which" as a determiner, stays risk identified
    expect(risk('Practitioners are not always clear which risks matter most.')).toBe(true);
    expect(risk('Teachers are not always told when the risk from a pupil\'s older brother changes.')).toBe(true);
  });

  it('read a strategy meeting convened by a named convener as that convener\'s, and a notification received from an agency that another handles as from a source (reviewer rv23)', () => {
    // [sentence, the agencies it evaluates]; the first six fail on the rules of helper 9az's step (bd3ddc8): the convened
    // near pair adds the council beside a convener named after "by", and the notification's not-near word, read before
    // the governing participle, makes the sender's work of what another agency handles
    const cases: Array<[string, string[]]> = [
      ['Strategy discussions are convened by the police out of hours, and they are timely.', ['police']],
      ['A strategy meeting was convened by the named nurse at the hospital within a day.', ['health']],
      ['Complex strategy meetings are convened by the police for organised abuse.', ['police']],
      ['Notifications received from the police are not always acted on by schools.', ['education']],
      ['Social workers review every notification received from the police.', ['children-social-care']],
      ['Health visitors read each notification received from the police before a visit.', ['health']],
      // guards: 9az's readings stay (the convener unnamed; a notification from the police judged as it arrives), and a
      // conference stays the council's by its own phrase whoever is said to convene it
      ['Strategy meetings are convened the same day and the police always attend.', ['children-social-care', 'police']],
      ['Strategy discussions were not convened when children went missing repeatedly.', ['children-social-care']],
      ['When a strategy discussion is convened by the emergency duty team, the police attend.', ['children-social-care', 'police']],
      ['Child protection conferences are convened by the police.', ['children-social-care', 'police']],
      ['Child protection conferences are not always convened within fifteen working days, so some plans start late.', ['children-social-care']],
      ['Schools receive notifications from the police the morning after each incident.', ['police']],
      ['Notifications from the police are received before the start of each school day.', ['police']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('read "sits on" by the head of the phrase after it: a seat on a body names the body and its owner in passing, a delay over a referral is judged (issue 9, helper 9aj)', () => {
    // [sentence, the agencies it evaluates]; each but the four guards fails on the rules and roles before this step
    const cases: Array<[string, string[]]> = [
      // the object's head is no body, whatever body's word stands before it: the sitters' own delay is judged
      ['The police sat on the MASH referral for a week.', ['police']],
      ["Social workers sat on the panel's recommendations for two months.", ['children-social-care']],
      ["Probation officers sat on the partnership's request for information for a month.", ['probation']],
      ["Health visitors sit on the group's minutes until the next meeting.", ['health']],
      ['The police sat on one of the MASH referrals for a week.', ['police']],
      // the body sat on is a forum someone attends (the codebook: in passing), and so is its owner before the head
      ["A senior social worker sits on the police's strategic exploitation board.", []],
      ["A designated nurse sits on the youth offending service's management board.", []],
      ['A named GP sits on the LSCB.', []],
      ["The head teacher now sits on the LSCB's neglect sub-group.", []],
      ["A midwife sits on the board of the local children's hospice.", []],
      // further back in the phrase than the cue's skip words reach, before its head
      ['A designated nurse sits on the newly formed Northshire safeguarding children partnership.', []],
      ["A social worker sits on the borough's strategic police board.", []],
      // the predicate straight after the subject's head, whose verb the walk over the phrase took for a noun
      ['Youth offending workers sit on the MASH.', []],
      ['Youth offending staff told inspectors that the hub is slow.', []],
      // guards: a verb joined to the seat is the sitters'; a participle after the head ends the phrase; a body after the object is not sat on
      ["Head teachers sit on the local authority's exploitation panel and share what they know.", ['education']],
      ["A police officer sits on the newly formed exploitation panel chaired by the head of children's services.", ['children-social-care']],
      ['School nurses sit on referrals for weeks before the board hears of them.', ['health', 'safeguarding-partnership']],
      // a quantity's "of" phrase holds the head
      ['Social workers sit on a range of panels.', []],
      // a preposition's phrase after the head is no compound modifier for a seat: the board is sat on, not the exploitation
      // (a code reader's point 3: the shared head reader's acted-on skip read "exploitation" as the head, issue 9, helper 9et)
      ["Social workers sit on the police's strategic board for child exploitation.", []],
      ["Social workers sit on the police's strategic board for child exploitation cases.", []],
      ["Health leaders sit on the police's panel in county lines cases.", []],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
    expect(explainedText(cases[5]![0])).toMatch(/"police" at \d+-\d+ in passing: venue, after "sits on"/);
    expect(explainedText(cases[0]![0])).toMatch(/"police" at \d+-\d+ evaluated/);
    expect(explainedText(cases[11]![0])).toMatch(/"police" at \d+-\d+ in passing: venue, after "sits on", in the phrase "borough's strategic police board"/);
    expect(explainedText(cases[12]![0])).toMatch(/"Youth offending" at \d+-\d+ in passing: member, in its clause, the subject of "sit on"/);
  });

  it('keep words that share a stem or a form apart: office is not officer, custody is not always the police', () => {
    const ids = (text: string) => tagText(rules.tagger, text).agencies.map((t) => t.id);
    expect(ids('Calls outside office hours go to a duty manager.')).not.toContain('police');
    expect(ids('Boys leaving youth custody need a home to go to.')).not.toContain('police');
    expect(ids('Children held in police custody see a nurse.')).toContain('police');
    expect(ids('Young offending staff and youth offending workers meet weekly.')).toContain('youth-justice');
  });

  it('find words near each other within one sentence only', () => {
    const risk = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.id).includes('risk-assessment');
    expect(risk('The risks to the baby were not looked at again.')).toBe(true);
    expect(risk('The risks were many. Schools reconsidered their timetable.')).toBe(false);
  });

  it('weigh a near pair as its rule says: "leaders" beside a verb of leading is leadership named outright', () => {
    const leadership = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.id).includes('leadership-governance');
    expect(leadership('Health leaders have set clear expectations for midwives.')).toBe(true);
    expect(leadership('Health leaders met the midwives on Tuesday.')).toBe(false);
  });

  it("not count a theme word that names a child's status, a tool or an order (the codebook: not the point), and read a case forum attended as joint working", () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.id);
    expect(themes('The youth court gave him a referral order.')).not.toContain('front-door');
    expect(themes('Referrals reach the front door within a day.')).toContain('front-door');
    expect(themes('Records of children on child protection plans moved to the new system.')).not.toContain('planning');
    expect(themes('Child protection plans say what the parents must change.')).toContain('planning');
    // A forum attended stays in passing; who is invited to a strategy meeting is who takes part in the joint decision
    // (issue 9, forty-fifth step: the readers tag joint working on every dev-gold finding that says it and that the
    // rules missed), so this line, "invited to" until then, now reads "attend".
    // Since issue 9's fifty-ninth step one agency's attendance at a named multi-agency case forum is joint working (the
    // case forum reading, 9dt; three blind readers a unit read it so on every dev unit where it fires, 9dp, 9dr, 9dv).
    expect(themes('Teachers attend strategy meetings but are not told what was decided.')).toContain('joint-working');
    expect(themes('Strategy meetings are held promptly with police and health.')).toContain('joint-working');
  });

  it('not count a theme word whose clause says it is not the point: training given to the public or naming a record, a board owning a document, workers described by their work with families, a child communicated with', () => {
    // Issue 9's thirty-sixth step (helper 9an): passing cues with `themes:`, each read under the codebook.
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.id);
    expect(themes('The council runs training for parents on keeping babies safe when they sleep.')).not.toContain('workforce-training');
    expect(themes('Schools deliver training to pupils on staying safe online.')).not.toContain('workforce-training');
    expect(themes('The training records of the drivers are kept in the transport office.')).not.toContain('workforce-training');
    expect(themes("Training for children's social workers on neglect is thorough.")).toContain('workforce-training');
    expect(themes('Training for children and families social workers is well attended.')).toContain('workforce-training');
    expect(themes('The new director has built a permanent senior management team.')).toContain('workforce-training');
    expect(themes('Governance procedures are robust, and elected members ask searching questions.')).toContain('leadership-governance');
    expect(themes("LSCB training is well attended by teachers, and the board's escalation policy is clear.")).not.toContain('leadership-governance');
    expect(themes('The LSCB holds partners to account and its chair challenges leaders well.')).toContain('leadership-governance');
    expect(themes('Health visitors who are working with families on the new estates get no supervision.')).not.toContain('family-engagement');
    expect(themes('Practitioners who engage parents well are praised by the families they support.')).toContain('family-engagement');
    expect(themes('Nurses need more training for their work with parents after a stillbirth.')).not.toContain('family-engagement');
    expect(themes('Social workers communicate with young children using drawings and games.')).not.toContain('information-sharing');
    expect(themes("Schools communicate with children's social care quickly.")).toContain('information-sharing');
    expect(themes('Information is shared with parents and with partners at the meeting.')).toContain('information-sharing');
  });

  it('read the codebook\'s paraphrases: support given to parents, parents working in partnership, how children experience their lives', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.id);
    expect(themes('Health visitors give good support for new parents in the weeks after a birth.')).toContain('family-engagement');
    expect(themes('Parents work in partnership with the school to keep their son safe.')).toContain('family-engagement');
    expect(themes('Social workers work patiently with parents who are wary of them.')).toContain('family-engagement');
    expect(themes('The report, including support for families, was published in May.')).not.toContain('family-engagement');
    expect(themes('Practitioners rarely find out how young children experience the arguments at home.')).toContain('voice-of-the-child');
    expect(themes('Leaders know how many children experience delay.')).not.toContain('voice-of-the-child');
  });

  it("read the front door as first contact with children's social care, and a child's voice as the child heard (issue 9, thirty-seventh step)", () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.id);
    // a referral sent on to another service, or the hub named as where a family is known, is not the front door
    expect(themes('Referrals from sixth forms to the Prevent team are well written.')).not.toContain('front-door');
    expect(themes('Officers make prompt referrals to the National Referral Mechanism.')).not.toContain('front-door');
    expect(themes('Referrals to adult social care for care leavers with autism are made late.')).not.toContain('front-door');
    expect(themes('The midwife visits every pregnant woman known to the MASH before the birth.')).not.toContain('front-door');
    expect(themes('Referrals from schools to the MASH are detailed.')).toContain('front-door');
    expect(themes('Nurses who phone the hub wait too long for an answer.')).toContain('front-door');
    // a woman seen alone, a child's experience of a harm, a count, an adult's worry, a relationship: no child heard
    expect(themes('Pregnant women are seen alone at their first appointment.')).not.toContain('voice-of-the-child');
    expect(themes("Assessments take account of the children's experiences of domestic abuse.")).not.toContain('voice-of-the-child');
    expect(themes('Leaders cannot say how many children are waiting for a nurse.')).not.toContain('voice-of-the-child');
    expect(themes('Nurses were worried about the children in the flat.')).not.toContain('voice-of-the-child');
    expect(themes('Youth workers build trusting relationships with children in the park.')).not.toContain('voice-of-the-child');
    expect(themes('Each child in the family is seen alone at every visit.')).toContain('voice-of-the-child');
    expect(themes("Workers seldom focus on the children's lived experience of neglect.")).toContain('voice-of-the-child');
    // the codebook's paraphrases: harm building up, the council told, observations shared, assessments offered or of parents
    expect(themes('Workers did not see that the harm to the toddler was cumulative.')).toContain('risk-assessment');
    expect(themes("When a pupil is excluded, the council's social care team is seldom informed.")).toContain('information-sharing');
    expect(themes('Health visitors share their observations of the home with the social worker.')).toContain('information-sharing');
    expect(themes("Ward staff seldom check whether a newborn is already known to the council's social workers.")).toContain('information-sharing');
    expect(themes('The missing persons officer alerts the exploitation hub the same day.')).toContain('information-sharing');
    expect(themes('Team leaders check progress on every case each week.')).not.toContain('information-sharing');
    expect(themes("Analysts in the council's social care teams now study performance information monthly.")).not.toContain('information-sharing');
    expect(themes('Homeless teenagers are not always offered an assessment.')).toContain('assessment');
    expect(themes('Assessments of parents who drink seldom look at the children.')).toContain('assessment');
    expect(themes('Nurses use the graded care profile with every family on their caseload.')).toContain('assessment');
    expect(themes('Assessments take account of what the school knows.')).toContain('assessment');
  });

  it("read information moved in other words, the workforce's understanding, the child's account, risk's level, and referrals by verb or sent on (issue 9, thirty-eighth step)", () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.id);
    // what is known shared with an agency without the word "information"; a check or an enquiry made with one
    expect(themes('The conclusions of each review are shared with GPs the same week.')).toContain('information-sharing');
    expect(themes('Probation officers check with the hub before a man is released.')).toContain('information-sharing');
    expect(themes("Nurses make enquiries with children's social care when a baby is admitted.")).toContain('information-sharing');
    expect(themes('Workers share the safety plan with the mother at every visit.')).not.toContain('information-sharing');
    expect(themes('The partners have a shared vision with the council for the year.')).not.toContain('information-sharing');
    // "liaison" naming a post or a team
    expect(themes("The hospital's liaison team sees every teenager who overdoses.")).not.toContain('information-sharing');
    expect(themes('There was little liaison between midwives and health visitors after the birth.')).toContain('information-sharing');
    // the workforce's own understanding, a post left vacant; not parents' or managers'
    expect(themes("Midwives' understanding of female genital mutilation is variable.")).toContain('workforce-training');
    expect(themes('The knowledge among teachers of the new pathway is patchy.')).toContain('workforce-training');
    expect(themes('The named doctor post has stood vacant for a year.')).toContain('workforce-training');
    expect(themes("Parents' understanding of the plan has grown.")).not.toContain('workforce-training');
    expect(themes("Senior managers have a clear understanding of their services' weaknesses.")).not.toContain('workforce-training');
    // self-harm is the child's harm; the level of a risk said is risk judged
    expect(themes('Pupils who self-harm are assessed by the school counsellor within a week.')).not.toContain('risk-assessment');
    expect(themes('Nurses assess the risk of further self-harm before a girl goes home.')).toContain('risk-assessment');
    expect(themes('Officers visit again within a week where the risk is high.')).toContain('risk-assessment');
    // a referral to children's social care said with the verb; a referral sent on to a programme, Prevent or a referral centre
    expect(themes("Dentists rarely refer children with neglected teeth to children's social care.")).toContain('front-door');
    expect(themes('Social workers refer mothers who drink to adult social care for support.')).not.toContain('front-door');
    expect(themes('Referrals to parenting programmes are made by family support workers.')).not.toContain('front-door');
    expect(themes('Few referrals have been made to Prevent by the sixth forms.')).not.toContain('front-door');
    expect(themes('Teenage girls are taken to the sexual assault referral centre by officers.')).not.toContain('front-door');
    // the child's account and means of giving it
    expect(themes('Officers rarely write down what the children heard during the fight.')).toContain('voice-of-the-child');
    expect(themes('Nurses ask teenagers about their friendships at every appointment.')).toContain('voice-of-the-child');
    expect(themes('Workers learn how the younger children communicate before a visit.')).toContain('voice-of-the-child');
    expect(themes("Officers ask parents about the children's routines.")).not.toContain('voice-of-the-child');
  });

  it('read a check or an enquiry with another agency and adults asked about a harm as risk identified, an agency told or let know, and a pathway agreed between agencies (issue 9, fortieth step)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.id);
    // a check or an enquiry with another agency about a household; not a worker checking with a manager
    expect(themes("Youth justice workers check with the police whether the mother's new partner has a record.")).toContain('risk-assessment');
    expect(themes("The clinic makes enquiries with the duty social workers about every patient who has a baby.")).toContain('risk-assessment');
    expect(themes('Newly qualified workers check with their manager before they close a case.')).not.toContain('risk-assessment');
    // adults asked about a harm or about their children (routine enquiry); not for help, nor about another topic
    expect(themes('Practice nurses ask women about domestic abuse whenever they are seen alone.')).toContain('risk-assessment');
    expect(themes('The drug service asks each mother in treatment about the children at home.')).toContain('risk-assessment');
    expect(themes('Parents ask for help at the family hubs.')).not.toContain('risk-assessment');
    expect(themes("Officers ask parents about the children's routines.")).not.toContain('risk-assessment');
    // an agency told (one worker, after a possessive) or let know; not parents let know about a service
    expect(themes("Ward staff did not tell the baby's health visitor about the admission.")).toContain('information-sharing');
    expect(themes('Nobody is responsible for telling a child\'s school when the plan ends.')).toContain('information-sharing');
    expect(themes('The mental health team lets the GP and the social worker know within a day.')).toContain('information-sharing');
    expect(themes('Family workers let parents know which groups run in the holidays.')).not.toContain('information-sharing');
    // a pathway or protocol agreed between agencies; not one service's own
    expect(themes('No multi-agency pathway has been agreed for teenagers who harm others.')).toContain('joint-working');
    expect(themes("The protocol between the maternity unit and the council's social workers is well used.")).toContain('joint-working');
    expect(themes("The hospital's care pathway for asthma is clear.")).not.toContain('joint-working');
  });

  it('read domestic abuse, neglect and parents\' mental ill health in other words, feedback to referrers as sharing, and adults asked whether they are parents as risk identified (issue 9, forty-second step)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.id);
    // domestic abuse without its name: a partner violent or controlling, violence in the home, abuse between the adults,
    // one adult attacking another, an incident attended; not partner agencies, nor teenagers' fights, nor a child hit
    expect(themes('The midwife learned that the pregnant woman\'s boyfriend was controlling.')).toContain('domestic-abuse');
    expect(themes('Offender managers supervise a man who was violent towards his former partner.')).toContain('domestic-abuse');
    expect(themes('Nurseries are told about violence at home before the children arrive.')).toContain('domestic-abuse');
    expect(themes('Boys who heard fighting between the adults in their flat were offered counselling.')).toContain('domestic-abuse');
    expect(themes('The toddler was present when one parent attacked the other.')).toContain('domestic-abuse');
    expect(themes('Officers attending domestic incidents ask to see every child in the house.')).toContain('domestic-abuse');
    expect(themes('Partner agencies are controlling costs closely.')).not.toContain('domestic-abuse');
    expect(themes('Fights between teenagers from two estates are mapped by the police.')).not.toContain('domestic-abuse');
    expect(themes('A girl hit at home by her father was examined by a paediatrician.')).not.toContain('domestic-abuse');
    // neglect by its definition's words; not needs met well
    expect(themes('Some mothers cannot meet their babies\' basic needs without daily help.')).toContain('neglect');
    expect(themes('The nurse noticed the boy\'s poor hygiene and told the school.')).toContain('neglect');
    expect(themes('Pupils who arrive hungry are given breakfast by the school.')).toContain('neglect');
    expect(themes('The hospital meets the basic needs of every child on the ward.')).not.toContain('neglect');
    // feedback to referrers is the codebook's information sharing
    expect(themes('Feedback to referrers is slow.')).toContain('information-sharing');
    // adults asked whether they are parents or have children; not young people asked what they want
    expect(themes('The adult drug service asks each client whether they have children.')).toContain('risk-assessment');
    expect(themes('Police in custody ask detained adults if they have caring responsibilities.')).toContain('risk-assessment');
    expect(themes('Youth workers ask young people whether they want a later session.')).not.toContain('risk-assessment');
    // a parent's mental health named after the parent's drinking or drug use; not young people's own
    expect(themes("Nobody asked how the mother's drinking or poor mental health affected the baby.")).toContain('parental-mental-health');
    expect(themes("Teenagers' drug use and mental health are discussed at each review.")).not.toContain('parental-mental-health');
  });

  it('keep the forty-second step\'s cues to their own sense: hungry for something, a hygiene facility, partners controlling costs, conflict between partners or with the school, a fight with another man, carers for an older relative (reviewer rv22)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.id);
    // each of these fails on helper 9ay's rules (78736d0)
    expect(themes('Staff on the new team are hungry for change.')).not.toContain('neglect');
    expect(themes('The nursery has poor hygiene facilities that the council will repair.')).not.toContain('neglect');
    expect(themes('Partners are controlling costs tightly since the budget was cut.')).not.toContain('domestic-abuse');
    expect(themes('The board saw that conflict between partners slowed the plan.')).not.toContain('domestic-abuse');
    expect(themes('Conflict between parents and the school over attendance was common.')).not.toContain('domestic-abuse');
    expect(themes('A father who hit another man outside a bar was placed on licence.')).not.toContain('domestic-abuse');
    expect(themes('The GP practice asks patients whether they are carers for an elderly relative.')).not.toContain('risk-assessment');
    // still read as before
    expect(themes('Her partner was controlling and would not let her see friends.')).toContain('domestic-abuse');
    expect(themes('Violence between partners is not always asked about by midwives.')).toContain('domestic-abuse');
    expect(themes('Children who lived with conflict between their parents were not seen alone.')).toContain('domestic-abuse');
    expect(themes('The baby was in the room when one parent hit the other.')).toContain('domestic-abuse');
    expect(themes('Some children come to school hungry most mornings.')).toContain('neglect');
    expect(themes('Teachers saw the girl\'s poor hygiene and told the nurse.')).toContain('neglect');
    expect(themes('The drug service asks parents whether they are carers of young children.')).toContain('risk-assessment');
    // partner agencies' staff, a partner's child, a food budget and an untidy estate are not these harms either;
    // "within the home" and a "coercive" partner are the shapes the step meant to cover (each fails on 300d127's rules)
    expect(themes('A few fathers are abusive towards partner staff who visit the home.')).not.toContain('domestic-abuse');
    expect(themes('A man who is violent towards his partner\'s children was not assessed.')).not.toContain('domestic-abuse');
    expect(themes('The youth centre runs with little food budget.')).not.toContain('neglect');
    expect(themes('Gardens on the estate are unkempt and used for drug dealing.')).not.toContain('neglect');
    expect(themes('Violence within the home was not recognised by the school.')).toContain('domestic-abuse');
    expect(themes('Her husband was coercive and the midwife was not told.')).toContain('domestic-abuse');
    expect(themes('The toddler was often unkempt when she came to nursery.')).toContain('neglect');
    expect(themes('Some fathers are violent towards their partners during pregnancy.')).toContain('domestic-abuse');
  });

  it('read a harm at the incident a child was present at, the adult mental health or substance misuse service as the finding\'s subject, and joint assessments, interviews, home visits and enquiries (issue 9, forty-third step)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.id);
    // each "toContain" below fails on the start's rules (27f0dfc)
    // a harm after "present at" or "attending" is the incident, not a forum: the harm counts
    expect(themes('Nurseries hear the next day when a toddler was present at a domestic abuse incident.')).toContain('domestic-abuse');
    expect(themes('A boy present at incidents of domestic abuse was not spoken to by the officers.')).toContain('domestic-abuse');
    // the forum cue still holds for the practice themes: a meeting attended is not joint working by its name. Since the
    // sixteenth both-ways round (issue 9, sixty-eighth step, helper 9gq) a conference attended or invited to is planning.
    expect(themes("Health visitors' attendance at child protection conferences is good.")).toContain('planning');
    expect(themes('Teachers are invited to review conferences but seldom attend.')).toContain('planning');
    // the adult service as the finding's subject: the parent's harm
    expect(themes('Adult mental health practitioners rarely ask patients who is looking after their children.')).toContain('parental-mental-health');
    expect(themes('The adult substance misuse service tells social workers when a parent stops coming to appointments.')).toContain('parental-substance-misuse');
    expect(themes('In adult mental health and drug and alcohol services, staff ask about the children at every appointment.')).toContain('parental-substance-misuse');
    // not a young people's service, nor the adult service named in passing later in a finding
    expect(themes('Mental health services for young people see most within a month.')).not.toContain('parental-mental-health');
    expect(themes('The substance misuse service for young people has a new manager.')).not.toContain('parental-substance-misuse');
    expect(themes('The panel includes a teacher, a youth worker and staff from adult mental health services.')).not.toContain('parental-mental-health');
    expect(themes('Schools can refer to the hub, the police or the adult substance misuse service.')).not.toContain('parental-substance-misuse');
    // joint with a piece of practice: agencies working together; not the area's needs assessment, nor a joint account
    expect(themes('Police officers and social workers make joint home visits to babies with bruises.')).toContain('joint-working');
    expect(themes('Homeless sixteen-year-olds are offered a joint assessment by housing and social care.')).toContain('joint-working');
    expect(themes('Joint enquiries into injuries to babies start on the same day.')).toContain('joint-working');
    expect(themes('The joint strategic needs assessment is refreshed every spring.')).not.toContain('joint-working');
    expect(themes('Care leavers get help to open a joint account with a friend.')).not.toContain('joint-working');
  });

  it('read a theme word in its own sense: probation\'s supervision of its caseload, a professional\'s worry about a child, and parents misusing drugs or alcohol (issue 9, forty-fourth step)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.id);
    // each line marked "start" fails on the start's rules (e98f704)
    // the people on a probation or youth justice caseload are not staff: no management oversight (start)
    expect(themes('Officers seldom ask whether the men they supervise live with children.')).not.toContain('management-oversight');
    expect(themes('Workers do not tell the school when a young person they supervise is remanded.')).not.toContain('management-oversight');
    expect(themes('The social worker is not told when a mother under probation supervision is recalled.')).not.toContain('management-oversight');
    expect(themes('Supervision plans for violent men now list the children in the household.')).not.toContain('management-oversight');
    // managers' supervision of probation or youth justice staff still counts
    expect(themes('Team managers give probation officers supervision every month and check each risk review.')).toContain('management-oversight');
    expect(themes('Supervision of youth justice workers is regular, and managers direct each case plan.')).toContain('management-oversight');
    // a professional's worry about a child is the concern raised, not the child's voice (start)
    expect(themes('Cleaners at the clinic know whom to ring about a worry about a child.')).not.toContain('voice-of-the-child');
    expect(themes('Every worry about the child was logged but none was passed on.')).not.toContain('voice-of-the-child');
    // a child's own worries still count
    expect(themes("Children's worries about going home are written into their plans.")).toContain('voice-of-the-child');
    expect(themes('School nurses let each child talk about their worries in private.')).toContain('voice-of-the-child');
    // parents misusing drugs, alcohol or substances is the parents' harm (start)
    expect(themes('Mothers who misuse substances in pregnancy are referred to the specialist midwife.')).toContain('parental-substance-misuse');
    expect(themes('Parents who are misusing drugs or alcohol get help within a week.')).toContain('parental-substance-misuse');
    // not children's own misuse, nor parents told about it
    expect(themes('Pupils who are misusing alcohol are offered a session with the school nurse.')).not.toContain('parental-substance-misuse');
    expect(themes('Teachers talk with parents about the dangers of misusing drugs.')).not.toContain('parental-substance-misuse');
    // a risk named after a shortfall in its sentence is risk not identified (start)
    expect(themes('Midwives do not always pass on what they know, so the risk to the newborn is missed.')).toContain('risk-assessment');
    expect(themes('Youth workers too often leave the forms blank about the risks a boy faces at home.')).toContain('risk-assessment');
    // not a child's status after the shortfall, nor a risk before it, nor a risk in another sentence
    expect(themes('Schools do not always know which of their pupils are at risk.')).not.toContain('risk-assessment');
    expect(themes('Risks were discussed, but minutes are not always sent out.')).not.toContain('risk-assessment');
    expect(themes('Nurses do not always attend. Risks in the area include knife crime.')).not.toContain('risk-assessment');
  });

  it('read who is invited to a strategy discussion, a professional weighing whether a child is harmed, and information passed to another agency (issue 9, forty-fifth step)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.id);
    // each line marked "start" fails on the start's rules (e267eb0)
    // who is invited to a strategy discussion or meeting is who takes part in the joint decision (start)
    expect(themes('Health visitors are not always invited to strategy meetings about the babies they know.')).toContain('joint-working');
    expect(themes('The youth offending team is now invited to strategy discussions about every child it works with.')).toContain('joint-working');
    // an invitation to a course or to a family's review is not joint working; attending a strategy meeting stays in passing
    expect(themes('New school nurses are invited to a safeguarding course in their first month.')).not.toContain('joint-working');
    expect(themes('Grandparents are invited to the review of the child in need plan.')).not.toContain('joint-working');
    // a professional weighing whether a child is harmed or at risk is risk identified (start)
    expect(themes('Paramedics consider whether the toddler could have reached the tablets without help.')).toContain('risk-assessment');
    expect(themes('Youth workers seldom think about how the older boys in the park may be using the girl.')).toContain('risk-assessment');
    expect(themes('Custody staff check whether the young person has anywhere safe to go before release.')).toContain('risk-assessment');
    // not a process checked, nor a child's identity, nor whether needs are met by a service
    expect(themes('The manager checks whether every visit has been written up within a week.')).not.toContain('risk-assessment');
    expect(themes('Workers consider how a child\'s religion and first language shape the help they are offered.')).not.toContain('risk-assessment');
    expect(themes('The hub considers whether the children\'s needs can be met by the family centre.')).not.toContain('risk-assessment');
    // information, or what a child said, passed to another agency is information shared (start)
    expect(themes('What the girl told her teacher was passed to the social worker within the hour.')).toContain('information-sharing');
    expect(themes('Intelligence about the flat is not always passed on to the neighbourhood team.')).toContain('information-sharing');
    // not children, families or cases passed between teams, nor an exam passed
    expect(themes('Babies are passed from the midwife to the health visitor at ten days old.')).not.toContain('information-sharing');
    expect(themes('Most new officers have passed the course at the first attempt.')).not.toContain('information-sharing');
  });

  it('read an adult told about a child, a parent\'s capacity, and a parent\'s harm after "struggling with" or "drink heavily" (issue 9, forty-sixth step)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]);
    // each line marked "start" fails on the start's rules (224e71d)
    // an adult or an agency told about a child is information shared, not the child's voice (start)
    expect(themes('Childminders are not always told when a child they look after is placed on a plan.')).not.toContain('voice-of-the-child');
    expect(themes('The dentist was never told that the girl had been taken into care.')).not.toContain('voice-of-the-child');
    expect(themes('Early years settings are seldom told when a toddler they care for has been seen in hospital.')).toContain('information-sharing');
    // the child who tells is still the voice
    expect(themes('Children told inspectors that their workers visit often.')).toContain('voice-of-the-child');
    expect(themes('Young people and their parents have told the panel what helps them.')).toContain('voice-of-the-child');
    // a child told something, in a passive, is information given to them, not the voice (fails on 471324b; reviewer rv30)
    expect(themes('Children and families told that a strategy meeting was held were not given its outcome.')).not.toContain('voice-of-the-child');
    expect(themes('Young people told why their social worker had changed felt let down.')).not.toContain('voice-of-the-child');
    // a parent's capacity is not the workforce (start); a service's capacity is
    expect(themes('Social workers seldom test the parents\' capacity to change before the baby is born.')).not.toContain('workforce-training');
    expect(themes('The assessment says little about the father\'s capacity to care for the twins.')).not.toContain('workforce-training');
    expect(themes('The health visiting service has lost capacity since two posts were cut.')).toContain('workforce-training');
    // a service's capacity to do something is still the workforce's (both fail on 471324b, whose exclusions read "capacity to
    // safeguard" and "capacity to care" alone; reviewer rv30)
    expect(themes('The team does not have the capacity to safeguard all the children referred to it.')).toContain('workforce-training');
    expect(themes('Health visitors do not have capacity to care for the number of families on their caseloads.')).toContain('workforce-training');
    // a parent's harm after "struggling with", "drink heavily" or "misuse of drugs or alcohol" (start)
    expect(themes('Health visitors call more often on fathers who are struggling with low mood.')).toContain('parental-mental-health');
    expect(themes('Children whose mothers drink heavily are offered a place at the young carers\' club.')).toContain('parental-substance-misuse');
    expect(themes('When carers are coping with their own misuse of drugs or alcohol, plans say little about the children.')).toContain('parental-substance-misuse');
    // not a child's low mood, nor a child's misuse of drugs
    expect(themes('Parents who are struggling with their daughter\'s low mood can ring the school nurse.')).not.toContain('parental-mental-health');
    expect(themes('Parents who worry about their son\'s misuse of drugs are given advice.')).not.toContain('parental-substance-misuse');
    // nor a child of theirs who drinks, nor young carers (the first fails on 471324b, the second on 224e71d too; reviewer rv30)
    expect(themes('Parents whose children drink alcohol are given advice by the school nurse.')).not.toContain('parental-substance-misuse');
    expect(themes('Young carers who drink alcohol at weekends are offered support.')).not.toContain('parental-substance-misuse');
    // referrals through the national process or to liaison and diversion, and referrals to CAMHS screened, are not the front door (start)
    expect(themes('Referrals through the National Referral Mechanism take many months to decide.')).not.toContain('front-door');
    expect(themes('Referrals to CAMHS are screened within a week by a nurse.')).not.toContain('front-door');
  });

  it('read a body that does not know or has not analysed as quality assurance, and what an agency knows lost or contributed as information sharing (issue 9, forty-sixth step, fourth part)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]);
    // each line marked "start" fails on the start's rules (e7e88a7)
    // the partnership, leaders, a board, a force or a service not knowing, analysing, evaluating or monitoring (start)
    expect(themes('The partnership does not know how many babies are born to mothers in prison.')).toContain('performance-quality-assurance');
    expect(themes('Leaders have not analysed why referrals from colleges fell last year.')).toContain('performance-quality-assurance');
    expect(themes('The force has not yet evaluated whether its new custody protocol is followed.')).toContain('performance-quality-assurance');
    // a worker, a parent or a child not knowing, and a service watching one child's weight, are not
    expect(themes('Foster carers do not know how many visits to expect each month.')).not.toContain('performance-quality-assurance');
    expect(themes('The health visiting service does not monitor the weight of toddlers after their second birthday.')).not.toContain('performance-quality-assurance');
    // knowledge of a child lost, information not available to a decision, an agency sharing what it knows (start)
    expect(themes('The nursery\'s knowledge of the girl\'s speech was lost when she moved to the primary school.')).toContain('information-sharing');
    expect(themes('Information about the uncle\'s conviction was not available to the conference.')).toContain('information-sharing');
    expect(themes('Each agency at the panel contributes what it knows about the young person.')).toContain('information-sharing');
    // not skills lost with staff, not information for families in their language, not a child telling what she knows
    expect(themes('Expert knowledge was lost when the team\'s two senior practitioners left.')).not.toContain('information-sharing');
    expect(themes('Information about the parenting course is not available in community languages.')).not.toContain('information-sharing');
    expect(themes('Pupils share what they know about fights only with staff they trust.')).not.toContain('information-sharing');
  });

  it('read a referral not needed, counted, named for its forum, a mechanism or a document copied as no front door (issue 9, forty-seventh step, third part)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]);
    // each line marked "start" fails on the start's rules (a7085b1)
    // help without a referral, a count of referrals, a forum's referrals named before the noun (start)
    expect(themes('Mothers can see the family nurse without a formal referral.')).not.toContain('front-door');
    expect(themes('The board\'s report lists the number of referrals each month.')).not.toContain('front-door');
    expect(themes('Leaders noticed a rise in referrals after the summer holidays.')).not.toContain('front-door');
    expect(themes('Youth workers say that referral rates vary from one estate to the next.')).not.toContain('front-door');
    expect(themes('MAPPA referrals are discussed at the monthly meeting.')).not.toContain('front-door');
    // a referral mechanism, and an assessment that copies the referral (start)
    expect(themes('Officers record concerns on the force\'s child referral mechanism.')).not.toContain('front-door');
    expect(themes('The nurse\'s assessment is little more than a copy of the referral.')).not.toContain('front-door');
    // the referral judged, its destination the front door, still is
    expect(themes('Referrals from GPs are detailed and timely.')).toContain('front-door');
    expect(themes('Teachers make a referral without delay when a child discloses harm.')).toContain('front-door');
    expect(themes('The number of referrals to children\'s social care that lead to no further action is high.')).toContain('front-door');
    expect(themes('Referrers are told the outcome within a day.')).toContain('front-door');
    // a count of referrals by who makes them: which partners refer (r11-60's reader)
    expect(themes('The number of referrals from primary care has increased.')).toContain('front-door');
    // a referral not made is the front door's, "without" or not (reviewer rv31; fails on c3dec1b's rules)
    expect(themes('Some children were discharged from the emergency department without a referral being made.')).toContain('front-door');
  });

  it('read the duty team notified, reports to conferences, a team not told and decisions circulated as information sharing, and a plan to keep a child safe or a vulnerability screened for as risk (issue 9, forty-seventh step)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]);
    // each line marked "start" fails on the start's rules (367f3b3)
    // an agency notifying the duty team or the MASH, reports to a conference or core group, a team not told (start)
    expect(themes('Ward nurses notify the emergency duty team when a baby is discharged at night.')).toContain('information-sharing');
    expect(themes('Health visitors write reports to core groups that are brief and late.')).toContain('information-sharing');
    expect(themes('When a pupil leaves the county, the admissions team is not always told.')).toContain('information-sharing');
    expect(themes('Outcomes of the review are recorded and circulated to every agency within two days.')).toContain('information-sharing');
    // not a plan shaped by something ("informed by"), nor a staff member alerting a manager of their own
    expect(themes('Step-down decisions are informed by a review of the family\'s progress.')).not.toContain('information-sharing');
    // a plan to keep a child safe, a child's vulnerability screened for, whether a daughter is at risk (start)
    expect(themes('Plans to keep these teenagers safe are rarely updated after an arrest.')).toContain('risk-assessment');
    expect(themes('Children brought into the station are screened for vulnerability by the sergeant.')).toContain('risk-assessment');
    expect(themes('Midwives consider whether daughters in the household may be at risk of FGM.')).toContain('risk-assessment');
    // not a parent's ability to keep a child safe (no plan named)
    expect(themes('Parenting classes help mothers keep their babies safe at bath time.')).not.toContain('risk-assessment');
    // an agency invited to contribute to another's plan, agencies planning together; young carers identified, help before problems escalate (start)
    expect(themes('Youth workers are seldom invited to contribute to multi-agency plans for the teenagers they mentor.')).toContain('joint-working');
    expect(themes('Officers and nurses rarely plan the interviews together.')).toContain('joint-working');
    expect(themes('Young carers are identified by every school in the county.')).toContain('early-help');
    expect(themes('Weekly meetings at the surgery pick up struggling families before difficulties worsen.')).toContain('early-help');
    // not parents asked to contribute, nor young carers named without being found or served
    expect(themes('Parents are asked to contribute to the cost of school trips.')).not.toContain('joint-working');
    expect(themes('Young carers told inspectors that they enjoy the holiday club.')).not.toContain('early-help');
  });

  it('read supervisors at work as oversight, a senior officer who holds the lead and commissioners who have not acted as leadership, a small or stretched team and briefings as workforce (issue 9, forty-eighth step, second part)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]);
    // each line marked "start" fails on the start's rules (c03408a); sentences of my own
    // supervisors, supervisory reviews (start)
    expect(themes('Supervisors in the custody suite rarely read the notes before a child is released.')).toContain('management-oversight');
    expect(themes('Supervisory reviews of missing episodes are recorded within a day.')).toContain('management-oversight');
    // a senior officer who holds the lead; commissioners who have not acted (start)
    expect(themes('A detective chief superintendent holds the lead for vulnerability across the county.')).toContain('leadership-governance');
    expect(themes('Commissioners have not yet funded a service for teenagers who harm their parents.')).toContain('leadership-governance');
    // not commissioners named only as those who pay for a service
    expect(themes('A charity paid for by commissioners runs groups for young carers.')).not.toContain('leadership-governance');
    // a team too small, stretched or without enough staff; learning passed on in briefings (start)
    expect(themes('The night team is small and covers three towns.')).toContain('workforce-training');
    expect(themes('The health visiting service does not have enough nurses to see every family at home.')).toContain('workforce-training');
    expect(themes('Lessons from the review reached frontline staff through short briefings.')).toContain('workforce-training');
    // not a small team of workers that children come to trust
    expect(themes('Children are seen by a small team of workers whom they come to trust.')).not.toContain('workforce-training');
  });

  it('read assessments that do or fail to do something as assessment, and a panel well attended, staff in the same office and a move to adult services at 18 as joint working (issue 9, forty-eighth step, second part)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]);
    // each line marked "start" fails on the rules before (5656450); sentences of my own
    // assessments as the subject (start)
    expect(themes('Their assessments seldom mention the father.')).toContain('assessment');
    expect(themes('Pre-birth assessments begin too late in pregnancy.')).toContain('assessment');
    // not a risk assessment or an area's needs assessment
    expect(themes('Risk assessments rarely mention the father.')).not.toContain('assessment');
    expect(themes('The borough\'s needs assessment shows too few nursery places.')).not.toContain('assessment');
    // a panel well attended, staff in the same office or building, a move at 18 (start)
    expect(themes('The exploitation panel is consistently well attended.')).toContain('joint-working');
    expect(themes('Police staff are based in the same office as the duty social workers.')).toContain('joint-working');
    expect(themes('The youth offending team shares a building with the police.')).toContain('joint-working');
    expect(themes('Young people approaching 18 wait months to hear who will support them.')).toContain('joint-working');
  });

  it('read a meeting well attended by parents, and a child seen at 18 months or a pregnancy at 18 weeks, as no joint working (reviewer rv32)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]);
    // each "not" line fails on the rules at c35af88; sentences of my own. Families at a meeting are the family's engagement,
    // not agencies taking part together; an age in months or a gestation in weeks is no move to adult services.
    expect(themes('Child protection conferences are well attended by parents, who say they feel listened to.')).not.toContain('joint-working');
    expect(themes('Core group meetings are well attended by families.')).not.toContain('joint-working');
    expect(themes('Health visitors see every child at 18 months and identify developmental delay early.')).not.toContain('joint-working');
    expect(themes('A pre-birth assessment is started at 18 weeks of pregnancy.')).not.toContain('joint-working');
    // still: the panel well attended by agencies, and the move at 18
    expect(themes('The exploitation panel is well attended by partners.')).toContain('joint-working');
    expect(themes('At 18, young people lose support from children\'s services without a plan.')).toContain('joint-working');
  });

  it('read briefings given to parents, children or a court as no workforce learning (reviewer rv32)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]);
    // each "not" line fails on the rules at c35af88; sentences of my own: the briefing is to a family or a court, not the
    // learning and development of staff (the codebook's workforce)
    expect(themes('Parents receive briefings about online safety through the school newsletter.')).not.toContain('workforce-training');
    expect(themes('The local authority provides regular briefings to the family court on the progress of cases.')).not.toContain('workforce-training');
    expect(themes('Social workers give clear briefings to families before each conference.')).not.toContain('workforce-training');
    // still: learning passed to staff in briefings (helper 9bw's shapes)
    expect(themes('Learning from reviews is disseminated through short briefings.')).toContain('workforce-training');
    expect(themes('Findings are shared with practitioners through briefings that staff value.')).toContain('workforce-training');
  });

  it('read the front door as the one told, a child with a plan as a status, staff named as whom a task is done by, a recruitment or scrutiny plan, a concern when it first arises, a new relationship and a case discussed at a briefing, by the mention\'s role (issue 9, forty-ninth step, second part)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]);
    // each "not" line fails on the rules at d6a2e18 (the step's start); sentences of my own
    // the front door told, notified or shared with: the teller's information sharing, not first contact
    expect(themes('Hospital staff notify the MASH whenever a baby is brought in with a bruise.')).not.toContain('front-door');
    expect(themes('Schools do not always tell the front door when a pupil goes missing.')).not.toContain('front-door');
    expect(themes('Probation officers share information with the MASH within a day.')).not.toContain('front-door');
    // still: notifications sent to the front door, advice sought from it, referrals to it
    expect(themes('Police notifications sent to the MASH are often late and lack detail.')).toContain('front-door');
    expect(themes('Teachers seek advice from the front door when they are unsure.')).toContain('front-door');
    expect(themes('Opportunities for partner agencies to inform the screening of referrals are missed.')).toContain('front-door');
    // a child with a plan says which children (the codebook's "subject to" example)
    expect(themes('Pupils with child protection plans are given a key adult in school.')).not.toContain('planning');
    expect(themes('The GP flags the record of every child with a protection plan.')).not.toContain('planning');
    // still: plans judged beside the status
    expect(themes('Children with child protection plans have clear plans that are reviewed on time.')).toContain('planning');
    // staff named as whom a task is done by, or who staff a line
    expect(themes('Children are interviewed quickly by trained officers in a child-friendly room.')).not.toContain('workforce-training');
    expect(themes('Parents can call an advice line staffed by nurses.')).not.toContain('workforce-training');
    // still: too few trained, a service not staffed, training that supports staff
    expect(themes('Children are not always interviewed by specially trained officers.')).toContain('workforce-training');
    expect(themes('The out-of-hours service is not staffed sufficiently to respond.')).toContain('workforce-training');
    expect(themes('Practitioners are supported by training and supervision.')).toContain('workforce-training');
    // a plan to recruit or to scrutinise is no plan for children
    expect(themes('Leaders have agreed a recruitment plan for health visitors.')).not.toContain('planning');
    expect(themes('The scrutiny plan is informed by data.')).not.toContain('planning');
    // a concern when it first arises, or that first brought a child to notice, is a time, not the first contact
    expect(themes('Youth workers offer help to families as soon as concerns first arise.')).not.toContain('front-door');
    expect(themes('The review did not return to the concerns that first brought the family to notice.')).not.toContain('front-door');
    // still: a worry first raised with the duty team, new concerns screened
    expect(themes('When a teacher first raises a worry, the duty team responds within the hour.')).toContain('front-door');
    // a person who forms or begins a new relationship has a partner of their own; agencies' new relationships are joint work
    expect(themes('Officers do not always learn that a man on licence has a new relationship with a partner who has children.')).not.toContain('joint-working');
    expect(themes('Practitioners rarely ask who else lives at home when a mother begins a new relationship with professionals unaware.')).not.toContain('joint-working');
    expect(themes('Schools have built new relationships with the police through the exploitation panel.')).toContain('joint-working');
    // a case discussed at an operational briefing is no staff learning (reviewer rv32's case); learning shared at one is
    expect(themes('Missing children are discussed at daily police briefings.')).not.toContain('workforce-training');
    expect(themes('Learning from reviews is shared at team briefings.')).toContain('workforce-training');
  });

  it('read a diagnostic assessment not waited for, an agency unaware of what help exists, minutes as a time, a disagreement resolved at a lower level, caring responsibilities for an older relative and a service not staffed by qualified staff by what they are (reviewer rv33)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]);
    // each line but the "still" ones fails on the rules at 998dc09 (9by's and 9ca's merged); sentences of my own
    expect(agencyIds('The social worker completed a diagnostic assessment of the family\'s needs.')).toEqual(['children-social-care']);
    expect(agencyIds('Teachers are unaware of what help is available for young carers.')).toEqual(['education']);
    expect(themes('Police officers attend within 20 minutes and record the incident carefully.')).not.toContain('information-sharing');
    expect(themes('Professional disagreements are resolved at a lower level and rarely escalate.')).not.toContain('early-help');
    // caring responsibilities for an older relative: the older pattern's guard, which 9by's wording went round
    expect(themes('Ward staff ask adults whether they have caring responsibilities for older relatives.')).not.toContain('risk-assessment');
    // a service not staffed by qualified staff is short-staffed: 9bz's "staffed by" guard took it (workforce on d6a2e18's rules)
    expect(themes('The helpline is not always staffed by qualified social workers.')).toContain('workforce-training');
    // still: the diagnostic assessment waited for (r17-21's shape), the one unaware of what was decided, minutes sent,
    // needs met at a lower level
    expect(agencyIds('Children wait months for a diagnostic assessment.')).toEqual(['health']);
    expect(agencyIds('Schools are sometimes unaware of what was agreed at the meeting.')).toEqual([]);
    expect(themes('Minutes record decisions clearly and are sent to all agencies.')).toContain('information-sharing');
    expect(themes('Needs are met at a lower level by early help services.')).toContain('early-help');
    expect(themes('Custody staff ask arrested adults if they have caring responsibilities before anyone is held overnight.')).toContain('risk-assessment');
  });

  it('read a child or a parent unsure or lacking confidence, a parent who cannot tell inspectors, a senior officer reviewing a strategy, a child\'s own illness or disability, a child\'s plan for improving and a parent or child not consulted by what they are (reviewer rv34)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]);
    // sentences of my own; each line but the "still" ones fails on the rules at 74eb957 (9cd's, 9cf's and 9ce's merged)
    // a child, a parent or a family unsure, lacking confidence or equipped: not the workforce (9ce's wordings took it)
    expect(themes('Parents are unsure how to contact the duty team out of hours.')).not.toContain('workforce-training');
    expect(themes('Young people lack the confidence to report abuse to the police.')).not.toContain('workforce-training');
    expect(themes('Children feel equipped to keep themselves safe online after the sessions.')).not.toContain('workforce-training');
    expect(themes('Pupils are confident in recognising unhealthy relationships after the lessons.')).not.toContain('workforce-training');
    // a parent who cannot tell inspectors how: not quality assurance
    expect(themes('Parents could not tell inspectors how to contact their social worker.')).not.toContain('performance-quality-assurance');
    // senior officers reviewing a strategy are governance; only a review of each, every, all or any case is oversight
    expect(themes('Senior officers review the partnership\'s strategy every year.')).toContain('leadership-governance');
    // a child's own illness or disability is identity and diversity; an adult's is not (9cf's exclude)
    expect(themes('Children with an illness or disability wait too long for short breaks.')).toContain('identity-diversity');
    // a child's plan before "plans for improving" (9cf's exclude) is planning; a parent or a child not consulted is not joint working
    expect(themes('The child protection plans for improving home conditions are not specific.')).toContain('planning');
    expect(themes('Parents are not consulted before decisions are made.')).not.toContain('joint-working');
    expect(themes('The child was not consulted before the move.')).not.toContain('joint-working');
    // still: staff unsure or lacking confidence, staff who work with children, leaders who cannot tell, a senior officer
    // reviewing each case, a parent's illness or disability
    expect(themes('Practitioners are unsure how to make a referral to the MASH.')).toContain('workforce-training');
    expect(themes('Staff working with children lack confidence in talking about sexual abuse.')).toContain('workforce-training');
    expect(themes('Practitioners who support young people are unsure how to respond to disclosures of exploitation.')).toContain('workforce-training');
    expect(themes('Leaders cannot tell whether the new service has reduced demand.')).toContain('performance-quality-assurance');
    expect(themes('A senior officer reviews each case within 48 hours.')).not.toContain('leadership-governance');
    expect(themes('Young carers who look after a parent with a long-term illness or disability are not identified early.')).not.toContain('identity-diversity');
    expect(themes('Leaders have plans for improving the front door.')).not.toContain('planning');
    expect(themes('Paediatricians are not consulted before strategy discussions conclude.')).toContain('joint-working');
  });

  it('read probation\'s supervision of its caseload, "a minority of" as a quantity, a count of notifications, a specialist assessment framework or centre and the mandated contacts by what they are (issue 9, fifty-first step, second part, helper 9ch)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]);
    // sentences of my own; each line but the "still" ones fails on the rules at b8a1979 (the step's start), probed one by one
    // with both rule folders loaded; the "still" lines pass at both ends
    // the people on probation's or youth justice's caseload: not managers' supervision of staff
    expect(themes('The service does not always ask whether the people it supervises live with children.')).not.toContain('management-oversight');
    expect(themes('Transitions for young people under youth offending team supervision are planned too late.')).not.toContain('management-oversight');
    expect(themes('Probation officers supervising women convicted of assault ask about their children.')).not.toContain('management-oversight');
    expect(themes('Few of the men that probation officers supervise are asked about their children.')).not.toContain('management-oversight');
    // "a minority of" is a quantity, not a minority group
    expect(themes('Only a minority of schools attend the training.')).not.toContain('identity-diversity');
    // a count of notifications as what a campaign moved is not sharing between agencies
    expect(themes('The campaign has doubled the number of notifications in a year.')).not.toContain('information-sharing');
    expect(themes('Notifications have risen since the leaflets went out.')).not.toContain('information-sharing');
    // a specialist assessment named as a framework in use; the health visiting service's mandated contacts
    expect(themes('Staff use a specialist assessment framework for harmful sexual behaviour, but few are trained in it.')).not.toContain('assessment');
    expect(themes('Health visitors see most families at the mandated contacts.')).not.toContain('early-help');
    // still: staff supervised, minority ethnic communities, notifications sent, a specialist assessment waited for, two-year reviews
    expect(themes('Senior probation officers supervise newly qualified staff every month.')).toContain('management-oversight');
    expect(themes('Social workers are supervised by experienced managers every month.')).toContain('management-oversight');
    expect(themes('Families from minority ethnic communities are well supported.')).toContain('identity-diversity');
    expect(themes('Police notifications reach schools before the start of the school day.')).toContain('information-sharing');
    expect(themes('Children wait too long for a specialist assessment.')).toContain('assessment');
    expect(themes('Health visitors complete the two-year reviews for most children.')).toContain('early-help');
  });

  it('keep staff supervised and notifications that reach another agency when 9ch\'s guards meet their words (issue 9, fifty-second step, second part, helper 9ck: a probe of the guards)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]);
    // sentences of my own; each of the first six lines fails on the rules at 855d580 (the step's start: 9ch's guards took the
    // theme), probed one by one with both rule folders loaded; the "still" lines pass at both ends
    expect(themes('Senior practitioners supervising individuals in the assessment team rarely challenge drift.')).toContain('management-oversight');
    expect(themes('Practice leads supervising those with the heaviest caseloads have too little time to reflect with them.')).toContain('management-oversight');
    expect(themes('Newly qualified social workers that the service supervises closely receive weekly reflective sessions.')).toContain('management-oversight');
    expect(themes('More notifications of domestic abuse incidents now reach health visitors within a day.')).toContain('information-sharing');
    expect(themes('Schools receive more notifications from the police than before, and each is read by the designated lead that morning.')).toContain('information-sharing');
    expect(themes('The rise in notifications from the police is not matched by any feedback to schools on what was done.')).toContain('information-sharing');
    // still: the caseload supervised, a campaign's count, a quantity, a specialist centre, the mandated contacts
    expect(themes('Few of the adults under probation supervision are asked whether they live with children.')).not.toContain('management-oversight');
    expect(themes('The awareness campaign has tripled notifications of private fostering arrangements.')).not.toContain('information-sharing');
    expect(themes('The number of notifications awaiting screening has fallen since the spring.')).not.toContain('information-sharing');
    expect(themes('A minority of referrals arrive without the family\'s consent.')).not.toContain('identity-diversity');
    expect(themes('Paediatricians at the specialist assessment centre write clear reports for the police.')).not.toContain('assessment');
    expect(themes('Most mandated contacts take place at home.')).not.toContain('early-help');
    expect(themes('The small minority of children from Gypsy and Traveller families are rarely asked about their heritage.')).toContain('identity-diversity');
  });

  it('read the referrer named by its past act, a meeting\'s actions and a family support service at a prison by what they are (issue 9, fifty-second step, second part, helper 9ck)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]);
    // sentences of my own; each "not" line fails on the rules at 855d580 (the step's start); the "still" lines pass at both ends
    expect(themes('Nurseries are seldom told what happened, even when they made the referral.')).not.toContain('front-door');
    expect(themes('Youth workers who have made a referral hear nothing more about the child.')).not.toContain('front-door');
    expect(themes('The panel is chaired well, and actions are specific and followed up.')).not.toContain('planning');
    expect(themes('A family support service at the local prison helps children to keep in touch with their fathers.')).not.toContain('early-help');
    // still: referrals as the front door's work, a child's plan, family support workers in early help
    expect(themes('Referrals from schools are screened in the MASH within a day.')).toContain('front-door');
    expect(themes('Child protection plans are specific about what must change.')).toContain('planning');
    expect(themes('Family support workers visit promptly when difficulties first emerge.')).toContain('early-help');
  });

  it('read a view of something as an overview, and trained interpreters, security staff or bought assessment capacity as no workforce (issue 9, fifty-fourth step, helper 9cr)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]);
    // sentences of my own; each "not" line fails on the rules at 89bfa14 (the step's start), probed one by one with both rule
    // folders loaded; the "still" lines pass at both ends
    expect(themes('Leaders do not have a clear view of how many children are waiting for a school place.')).not.toContain('voice-of-the-child');
    expect(themes('The new dashboard gives managers a fuller view of children placed out of the area.')).not.toContain('voice-of-the-child');
    expect(themes('Some children drop from view when their families move between areas.')).not.toContain('voice-of-the-child');
    expect(themes('Officers use trained interpreters when a victim speaks little English.')).not.toContain('workforce-training');
    expect(themes('Shops on the high street now have trained security staff at night.')).not.toContain('workforce-training');
    expect(themes('The clinical commissioning group has bought extra assessment capacity for children waiting for an autism diagnosis.')).not.toContain('workforce-training');
    // still: a child's view, an overview of what children say, training and staffing in the same words
    expect(themes('Social workers record the child\'s view of the move in every case.')).toContain('voice-of-the-child');
    expect(themes('Managers have a clear view of what children say about their placements.')).toContain('voice-of-the-child');
    expect(themes('Few interpreters are trained in safeguarding.')).toContain('workforce-training');
    expect(themes('The service lacks assessment capacity because social workers leave.')).toContain('workforce-training');
    expect(themes('Only two officers are specially trained to interview children, so interviews are delayed.')).toContain('workforce-training');
  });

  it('read a handover or a transfer meeting and the children\'s names or ages recorded as information sharing, and the scrutineer as a loose word of governance (issue 9, fifty-fifth step, helper 9cv)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]);
    // sentences of my own; each "toContain" line fails on the rules at e2fb558 (the step's start), probed one by one with both
    // rule folders loaded; the "not" lines pass at both ends
    expect(themes('The night team writes a handover for the day social worker, but it is often late.')).toContain('information-sharing');
    expect(themes('Handovers between the day and night teams are brief and leave out what the family said.')).toContain('information-sharing');
    expect(themes('Transfer meetings between the two trusts are held after the child has already moved.')).toContain('information-sharing');
    expect(themes('Youth workers seldom record the names of the girls they meet at the party house.')).toContain('information-sharing');
    expect(themes('Officers at the scene do not record the ages of the children in the home.')).toContain('information-sharing');
    expect(themes('The scrutineer told the safeguarding partners that their arrangements for older children were untested.')).toContain('leadership-governance');
    // not: a measurement recorded, something handed over or inherited, a scrutineer with nothing else of governance
    expect(themes('Nurses record the weight of each baby at every visit.')).not.toContain('information-sharing');
    expect(themes('Young people can hand over knives at the amnesty bins outside the station.')).not.toContain('information-sharing');
    expect(themes('Some children inherit a condition that needs specialist care, and their parents are handed over to the adult service.')).not.toContain('information-sharing');
    expect(themes('The scrutineer is due to start in the spring.')).not.toContain('leadership-governance');
  });

  it('read domestic abuse named as violence or offences against a partner or abuse within relationships, exploitation as drug supply or coercion by adults, information sharing as decisions made without knowledge, a concern discussed with another agency or the police asked, and alert to the risk as risk assessment (issue 9, fifty-seventh step, helper 9di)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]);
    // sentences of my own; each "toContain" line fails on the rules at 8d201f2 (the step's start), probed one by one with both
    // rule folders loaded; the "not" lines pass at both ends
    expect(themes('Probation staff seldom ask about children when a man convicted of assaults against his wife is released.')).toContain('domestic-abuse');
    expect(themes('Sentencing reports say little about his violence towards a previous girlfriend.')).toContain('domestic-abuse');
    expect(themes('Abuse in teenagers\' relationships is often treated as a falling-out.')).toContain('domestic-abuse');
    expect(themes('Conferences sometimes proceed without knowledge of the father\'s police record.')).toContain('information-sharing');
    expect(themes('The midwife discussed her worries with the health visitor before the birth.')).toContain('information-sharing');
    expect(themes('The youth offending team asks the police whether the boy is known to them.')).toContain('information-sharing');
    expect(themes('Boys drawn into dealing drugs in the town centre are not always seen as victims.')).toContain('exploitation');
    expect(themes('Youth workers know which children have been coerced by older gangs.')).toContain('exploitation');
    expect(themes('Officers are alert to the risk that a missing girl is with older men.')).toContain('risk-assessment');
    // not: partner agencies, healthy relationships, a team's own knowledge, a family's talk or question, a parent's dealing,
    // medicines supplied, leaders alert to a budget
    expect(themes('Complaints against partner agencies are rarely upheld by the board.')).not.toContain('domestic-abuse');
    expect(themes('The school\'s lessons help pupils to build healthy relationships.')).not.toContain('domestic-abuse');
    expect(themes('Offending against partner organisations\' property is dealt with by the council.')).not.toContain('domestic-abuse');
    expect(themes('Staff without knowledge of the local area were moved to the new team.')).not.toContain('information-sharing');
    expect(themes('Parents discussed the plan with their children at home.')).not.toContain('information-sharing');
    expect(themes('Parents often ask the police about the man\'s release date.')).not.toContain('information-sharing');
    expect(themes('Her father was dealing drugs from the flat, and the health visitor did not know.')).not.toContain('exploitation');
    expect(themes('The pharmacy\'s supply of drugs to the hospital was interrupted.')).not.toContain('exploitation');
    expect(themes('Leaders are alert to the budget pressures of the coming year.')).not.toContain('risk-assessment');
  });

  it('a second reader\'s points on the fifty-seventh step\'s theme rules (issue 9, fifty-seventh step, helper 9dk)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]);
    // the reader's sentences (review of 9dh's and 9di's rules); each "toContain" line fails on the merged rules at 628d747
    // (this step's start); the "not" lines pass at both ends
    // T3: a count of cases on a caseload is the load (the codebook's caseloads); one person on it is not
    expect(themes('With 35 cases on their caseload, newly qualified social workers struggle to see children.')).toContain('workforce-training');
    expect(themes('Newly qualified social workers have 35 cases on their caseloads.')).toContain('workforce-training');
    expect(themes('Youth workers are told the same day when a boy on their caseload is arrested.')).not.toContain('workforce-training');
    // T4: agency staff trained beside a business's are the workforce; a business's staff alone stay passing
    expect(themes('Joint training for hotel staff, teachers and social workers has raised awareness of exploitation.')).toContain('workforce-training');
    expect(themes('The council has trained taxi drivers and its own licensing officers to spot exploitation.')).toContain('workforce-training');
    expect(themes('Training for businesses and for council staff on county lines is well attended.')).toContain('workforce-training');
    expect(themes('The police have trained hotel staff, taxi drivers and takeaway owners to look out for lone teenagers.')).not.toContain('workforce-training');
    expect(themes('Training for businesses and their staff on county lines is well attended.')).not.toContain('workforce-training');
  });

  it('a second reader\'s open points T2, T6, T7 and T8 on the fifty-seventh step\'s theme rules (issue 9, fifty-eighth step, helper 9do)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]);
    // my sentences beside the reader's (the reader's are the rules' examples); each line marked "(fails before)" fails on the
    // rules at a0ea48a (this step's start), probed one by one with both rule folders; the other lines pass at both ends
    // T2: who holds the risk while a child waits is passing (the holder cue, in-sentence "wait"); without a wait it is risk managed
    expect(themes('When police do not attend, managing the risk falls to the mother, and no one assesses whether she can protect the children.')).toContain('risk-assessment'); // (fails before)
    expect(themes('Managing the risk falls to the probation officer, who visits every week.')).toContain('risk-assessment'); // (fails before)
    expect(themes('While children wait for CAMHS, managing this risk falls to school staff.')).not.toContain('risk-assessment'); // (fails before)
    expect(themes('Because young people wait months for a first appointment, managing their risks falls to GPs and school nurses.')).not.toContain('risk-assessment'); // (fails before)
    expect(themes('Waits for treatment can exceed a year. During this time, responsibility for managing risk often falls to schools and GPs.')).not.toContain('risk-assessment');
    expect(themes('Managing the risk from the older brother falls to the social worker, who reviews it after every incident.')).toContain('risk-assessment');
    // T6: the child's views, an agency's own file, supervision, inspectors, a question of governance, a request to act
    expect(themes('Assessments are completed and decisions made without knowledge of the children\'s wishes and feelings.')).not.toContain('information-sharing'); // (fails before)
    expect(themes('Decisions are often made without knowledge of the child\'s experience of living at home.')).not.toContain('information-sharing'); // (fails before)
    expect(themes('Practice supervisors discuss each child\'s plan with social workers every month.')).not.toContain('information-sharing'); // (fails before)
    expect(themes('Cases are discussed with social workers in supervision every four weeks.')).not.toContain('information-sharing'); // (fails before)
    expect(themes('Leaders asked children\'s services what the new model would cost.')).not.toContain('information-sharing'); // (fails before)
    expect(themes('The partnership asked the police to lead the new exploitation subgroup.')).not.toContain('information-sharing');
    expect(themes('Discharge decisions are made without knowledge of the mother\'s contact with the police.')).toContain('information-sharing');
    expect(themes('The school nurse discussed the girl\'s disclosure with the police the same afternoon.')).toContain('information-sharing');
    expect(themes('Bruises on babies are discussed with social care before the child leaves the clinic.')).toContain('information-sharing');
    expect(themes('Health visitors ask children\'s social care whether the family is known before the first visit.')).toContain('information-sharing');
    expect(themes('Probation officers asked the police about previous call-outs to the address.')).toContain('information-sharing');
    // T7: a professional relationship is no partner's; young people's own relationships, with a partner, stay
    expect(themes('Abuse in professional relationships with children is referred to the designated officer.')).not.toContain('domestic-abuse'); // (fails before)
    expect(themes('Abuse in young people\'s dating relationships is rarely discussed at the panel.')).toContain('domestic-abuse');
    expect(themes('Abuse within teenagers\' relationships with their boyfriends is often missed.')).toContain('domestic-abuse');
    expect(themes('Officers routinely identify abuse within the relationships of young people aged 16 and 17.')).toContain('domestic-abuse');
    // T8: an adult as the dealer, dealing with no child in the sentence; a child dealing, drug supply lines, coercion by gangs
    expect(themes('The man next door had been dealing drugs for years before the police acted.')).not.toContain('exploitation'); // (fails before)
    expect(themes('Her mother\'s boyfriend was supplying drugs from the house.')).not.toContain('exploitation');
    expect(themes('The hospital\'s drug supply was disrupted by the strike.')).not.toContain('exploitation');
    expect(themes('Teenagers found dealing drugs in the park are treated as victims first.')).toContain('exploitation');
    expect(themes('Detectives take apart the drug supply lines that run into the area from neighbouring cities.')).toContain('exploitation');
    expect(themes('Youth workers know which children have been coerced by older gangs.')).toContain('exploitation');
  });

  it('a second reader\'s points on this session\'s rules, R1-R5 and A1-A6 (issue 9, fifty-eighth step, helper 9dq)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]);
    // the reader's sentences are the rules' examples; these are mine and the reader's two for A2 (an agency cue has no rule
    // to hold its examples). Each line marked "(fails before)" fails on the rules at ca37e56 (this step's start), probed one
    // by one with both rule folders; the other lines pass at both ends.
    // R1: asking the police for support is no information sought; for information, or about a person, is
    expect(themes('Youth workers ask the police for support when a boy is arrested.')).not.toContain('information-sharing'); // (fails before)
    expect(themes('The school asked the police for information about the uncle before the visit.')).toContain('information-sharing');
    expect(themes('Probation officers ask the police about the men they supervise.')).toContain('information-sharing');
    // R2: an inspector who found it is not the subject of discuss
    expect(themes('Inspectors found that midwives discuss every concern with the police.')).toContain('information-sharing'); // (fails before)
    // R4: a partner two words on; a boy's relationship with older men stays out
    expect(themes('Women who experience abuse in relationships with controlling ex-partners are offered a refuge place.')).toContain('domestic-abuse'); // (fails before)
    expect(themes('Boys who experience abuse in their relationships with older men are not seen as exploited.')).not.toContain('domestic-abuse');
    // R5: an adult who supplies is the subject; teenagers who supply are exploited
    expect(themes('Stepfathers who supply drugs from the flat are not discussed with schools.')).not.toContain('exploitation'); // (fails before)
    expect(themes('Teenagers who supply drugs are treated as victims by the youth offending team.')).toContain('exploitation');
    // A4: a risk assessed while a child waits is risk assessment; its management left to teachers is not
    expect(themes('While young people wait for CAMHS, assessing the risk falls to their teachers.')).toContain('risk-assessment'); // (fails before)
    expect(themes('While young people wait for CAMHS, responsibility for managing the risk falls to their teachers.')).not.toContain('risk-assessment');
    // A5: detainees screened are adults; asylum-seeking children screened are the children's mental health
    expect(themes('Custody nurses screen detainees for trauma on arrival.')).not.toContain('children-mental-health'); // (fails before)
    expect(themes('Nurses screen asylum-seeking children for trauma on arrival.')).toContain('children-mental-health');
    // A6: a board's learning needs are no child's disability
    expect(themes('The board has learning needs identified from its audits.')).not.toContain('identity-diversity'); // (fails before)
    expect(themes('Children with learning needs are not routinely assessed by an intermediary.')).toContain('identity-diversity');
    // A1, A2, A3: [sentence, the agencies it evaluates]; the first five fail before (children's social care and health
    // missed in the first two, children's social care added to the third and the partnership to the fourth, children's
    // social care missed in the fifth); the last three are guards that pass at both ends
    const cases: Array<[string, string[]]> = [
      ['Some children have had no contact with their social worker for several months.', ['children-social-care']],
      ['Pregnant women who have had limited contact with midwives are not followed up.', ['health']],
      ['Education managers in the MASH check school attendance the same day.', ['education']],
      ['Parents are given a leaflet developed by the partnership at the first visit.', []],
      ['MASH managers record a clear rationale for every decision.', ['children-social-care']],
      ['A new neglect strategy has been developed by the partnership.', ['safeguarding-partnership']],
      ['Outreach workers reach families who have little contact with children\'s social care.', []],
      ['Social workers in the MASH have too little contact with the families they screen.', ['children-social-care']],
    ];
    expect(cases.map(([text]) => [text, agencyIds(text)])).toEqual(cases);
  });

  it('a passing cue\'s in-sentence words are single words; a phrase among them is a problem (issue 9, fifty-eighth step, helper 9do)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'local.yaml'), "kind: theme\npassing:\n  - role: holder\n    after: [falls to]\n    in-sentence: [wait, waiting list]\nrules:\n  - id: risk\n    label: Risk\n    phrases: [managing the risk]\n");
    const run = jtai(['rules', 'check', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/local\.yaml:3: passing holder: in-sentence words are single words, .*: waiting list/);
  });

  it('a sentence-openers cue takes no in-sentence words, which it would ignore (a second reader of code, issue 9, fifty-eighth steps)', () => {
    // Failed on 3aceb5e's build: the check passed the cue, and its in-sentence words were never read.
    const dir = tempDir();
    writeFileSync(join(dir, 'local.yaml'), "kind: agency\npassing:\n  - role: consequence\n    sentence-openers: [as a result]\n    in-sentence: [wait]\nrules:\n  - id: police\n    label: Police\n    phrases: [police]\n");
    const run = jtai(['rules', 'check', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/local\.yaml:4: passing consequence: sentence-openers go alone \(no before:, after:, heads, predicates, in-sentence, not-in-sentence or not-subjects\)/);
  });

  it('read what children experience and the child\'s own experience or words as the child\'s voice, and assessments that follow, identify or concentrate as assessment (issue 9, fifty-sixth step, helper 9cz)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]);
    // sentences of my own; each "toContain" line fails on the rules at b01674b (the step's start), probed one by one with both
    // rule folders loaded; the "not" lines pass at both ends
    expect(themes('The MASH gets an incomplete picture of what these children have experienced.')).toContain('voice-of-the-child');
    expect(themes('The panel rarely hears what these young people went through before they were moved.')).toContain('voice-of-the-child');
    expect(themes('The nurse records the girl\'s own words about the assault.')).toContain('voice-of-the-child');
    expect(themes('Questions about the teenagers\' own experience of the raid are left blank.')).toContain('voice-of-the-child');
    expect(themes('Assessments follow the national framework and are completed within timescales.')).toContain('assessment');
    expect(themes('The team\'s assessments identify the needs of brothers and sisters as well.')).toContain('assessment');
    expect(themes('Assessments concentrate on the mother\'s drinking and say little about the baby.')).toContain('assessment');
    // not: a harm experienced, an adult's experience, "own" of something else, children who experience a wait; a risk or
    // needs assessment that identifies
    expect(themes('Children\'s experiences of abuse are described in the chronology.')).not.toContain('voice-of-the-child');
    expect(themes('Parents said what they had experienced when the service closed.')).not.toContain('voice-of-the-child');
    expect(themes('The council owns its own buildings for children\'s services.')).not.toContain('voice-of-the-child');
    expect(themes('Many children experience long waits for a first appointment.')).not.toContain('voice-of-the-child');
    expect(themes('Risk assessments identify few of the children at the address.')).not.toContain('assessment');
    expect(themes('The needs assessment identifies gaps in youth provision.')).not.toContain('assessment');
  });

  it('read whether a service, a status or a carer is needed as no risk assessment, communicating with teenagers or described children and a concern received as no information sharing (issue 9, fifty-fifth step, helper 9cx)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]);
    // sentences of my own; each "not" line fails on the rules at 2681052 (the step's start), probed one by one with both
    // rule folders loaded; the "still" lines pass at both ends
    expect(themes('Nobody considered whether the two children should become looked after.')).not.toContain('risk-assessment');
    expect(themes('Managers did not consider whether a child protection conference was needed for the boy.')).not.toContain('risk-assessment');
    expect(themes('Social workers explore whether grandparents could care for the baby before the birth.')).not.toContain('risk-assessment');
    expect(themes('Duty workers seldom consider whether a strategy discussion is required when a toddler is injured.')).not.toContain('risk-assessment');
    expect(themes('Youth workers communicate with teenagers through the messaging apps they prefer.')).not.toContain('information-sharing');
    expect(themes('Nurses adapt how they communicate with autistic children.')).not.toContain('information-sharing');
    expect(themes('Staff communicate with girls at the clinic in plain language.')).not.toContain('information-sharing');
    expect(themes('The plan is looked at again when further concerns are received.')).not.toContain('information-sharing');
    expect(themes('When a new concern is received about a closed case, managers read the history.')).not.toContain('information-sharing');
    // still: a child's harm, a case for other agencies or a parent's care weighed; communication with another agency
    expect(themes('Officers consider whether a teenager found with drugs is being exploited.')).toContain('risk-assessment');
    expect(themes('Managers did not consider whether the child\'s circumstances should be discussed with other agencies.')).toContain('risk-assessment');
    expect(themes('Social workers consider whether the mother could keep the baby safe.')).toContain('risk-assessment');
    expect(themes('Schools communicate with the police about teenagers who go missing.')).toContain('information-sharing');
    expect(themes('Health visitors are not told when concerns about a baby are passed to the police.')).toContain('information-sharing');
  });

  it('read "minor" as no minority, a liaison service named by its runner, joint funding, a trebled count of notifications, probation\'s and a baby\'s supervision and parents relied on to interpret a child by what they are (issue 9, fifty-sixth step, helper 9da)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]);
    // sentences of my own; each "not" line fails on the rules at b01674b (the step's start), probed one by one with both
    // builds loaded; the "still" lines pass at both ends
    expect(themes('Children who are hurt are seen quickly at the minor injuries unit.')).not.toContain('identity-diversity');
    expect(themes('Police officers deal with minor offences by children through a diversion panel.')).not.toContain('identity-diversity');
    expect(themes('CAMHS liaison is only available on weekdays.')).not.toContain('information-sharing');
    expect(themes('The liaison psychiatry team sees teenagers who self-harm within four hours.')).not.toContain('information-sharing');
    expect(themes('Hospital wards are visited daily by CAMHS liaison staff.')).not.toContain('information-sharing');
    expect(themes('A charity funded jointly by the council and the police runs groups for boys.')).not.toContain('joint-working');
    expect(themes('The mentoring scheme is jointly commissioned by the two councils.')).not.toContain('joint-working');
    expect(themes('Private fostering notifications have trebled since the campaign.')).not.toContain('information-sharing');
    expect(themes('Probation officers supervising registered sex offenders visit their homes often.')).not.toContain('management-oversight');
    expect(themes('Officers ask about new partners at each supervision appointment.')).not.toContain('management-oversight');
    expect(themes('The review found poor supervision of babies by the mother\'s new partner.')).not.toContain('management-oversight');
    expect(themes('Officers rely on parents to interpret what a child wants.')).not.toContain('family-engagement');
    expect(themes('Social workers often ask families to interpret for the child.')).not.toContain('family-engagement');
    // still: minority groups, liaison between agencies, agencies jointly at work, staff supervised, interpreters for parents
    expect(themes('Families from minority ethnic groups are seldom asked about their faith.')).toContain('identity-diversity');
    expect(themes('CAMHS liaison with schools is regular and well recorded.')).toContain('information-sharing');
    expect(themes('There is little liaison between school nurses and GPs.')).toContain('information-sharing');
    expect(themes('Police and social workers jointly investigate every allegation.')).toContain('joint-working');
    expect(themes('The police send notifications to schools before the start of the day.')).toContain('information-sharing');
    expect(themes('Managers give social workers regular supervision.')).toContain('management-oversight');
    expect(themes('Supervision of children\'s social workers is regular and reflective.')).toContain('management-oversight');
    expect(themes('Interpreters are used so that parents can take part in the conference.')).toContain('family-engagement');
  });

  it('read online grooming as sexual abuse, professionals who know the family, people supervised for offences, a senior officer reviewing cases, leaders\' recent fixes, plans for a project or an intention, trained doctors, referrals under the National Referral Mechanism, vulnerability recognised early and an adult\'s illness or disability by what they are (issue 9, fiftieth step, second part, helper 9cf)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]);
    // sentences of my own; each line but the "still" ones fails on the rules at 8de7ac9 (the step's start), probed one by
    // one with both rule folders loaded; the "still" lines pass at both ends
    // online grooming: the readers' sexual abuse; criminal grooming stays exploitation. Since the sixteenth both-ways round
    // (issue 9, sixty-eighth step, helper 9gq) online grooming is exploitation too, by extremists included (r19-21, 2 of 3).
    expect(themes('Detectives act quickly on reports of online grooming and seize devices the same day.')).toEqual(expect.arrayContaining(['sexual-abuse', 'exploitation']));
    expect(themes('Teachers know how to report online grooming by extremists.')).toContain('exploitation');
    expect(themes('Boys are groomed to carry drugs to seaside towns.')).toContain('exploitation');
    // professionals named as those who know the family: who they are, not work with the family
    expect(themes('Social workers rarely seek the views of the practitioners who know the family best.')).not.toContain('family-engagement');
    expect(themes('Health visitors who know the families well are not invited to strategy meetings.')).not.toContain('family-engagement');
    expect(themes('Early help workers know their families well and visit often.')).toContain('family-engagement');
    // those on a caseload supervised by the service or for their offences; staff supervised by managers stay oversight
    expect(themes('Many young people supervised by the youth offending team have unmet speech needs.')).not.toContain('management-oversight');
    expect(themes('Offender managers do not ask whether men supervised for violent offences live with children.')).not.toContain('management-oversight');
    expect(themes('Social workers are supervised by experienced managers every month.')).toContain('management-oversight');
    // a senior officer reviewing each case (oversight), and leaders as the agents of a recent fix, are not leadership
    expect(themes('Each decision to hold a child overnight is reviewed by a senior officer within the hour.')).not.toContain('leadership-governance');
    expect(themes('A senior officer reviews every missing episode within a day.')).not.toContain('leadership-governance');
    expect(themes('Leaders have recently introduced a new screening tool, but it is too early to see its impact.')).not.toContain('leadership-governance');
    expect(themes('Police leaders have since added staff to the unit, but it is not yet known whether this will last.')).not.toContain('leadership-governance');
    expect(themes('Senior officers across the partnership are determined to improve the response.')).toContain('leadership-governance');
    expect(themes('Leaders have added capacity to the duty team, and caseloads are now manageable.')).toContain('leadership-governance');
    // plans for a body's project or a person's intention are no plans for children
    expect(themes('Leaders have plans for improving the out-of-hours service.')).not.toContain('planning');
    expect(themes('Few young people discuss their plans for college with their personal adviser.')).not.toContain('planning');
    expect(themes('Plans for the baby\'s discharge from hospital are clear.')).toContain('planning');
    // trained doctors as whom a task is done by (9bz's describer)
    expect(themes('Medical examinations are carried out by trained paediatricians in a calm setting.')).not.toContain('workforce-training');
    // referrals under the National Referral Mechanism (9bm's and 9bu's cause); referrals to children's social care stay
    expect(themes('Officers make referrals under the National Referral Mechanism for every child found.')).not.toContain('front-door');
    expect(themes('Referrals to children\'s social care are timely and detailed.')).toContain('front-door');
    // vulnerability recognised early or in pregnancy: early identification (early help), and since the sixth both-ways round
    // (question d, 15 of 15) identifying risk too (helper 9fa reversed 9cf's reading here, as the dev gold did)
    expect(themes('Midwives identify vulnerability early in pregnancy and offer help.')).toContain('risk-assessment');
    expect(themes('Midwives recognise vulnerability in pregnancy and pass it on to the health visitor.')).toContain('risk-assessment');
    expect(themes('Social workers recognise vulnerability and review risk as the child grows older.')).toContain('risk-assessment');
    // an adult's illness or disability as why a child cares for them: the parent's condition, not identity or diversity
    expect(themes('The carers\' centre supports children who look after a parent with a mental illness or disability.')).not.toContain('identity-diversity');
    expect(themes('Assessments of parents who have a learning disability are delayed.')).toContain('identity-diversity');
  });

  it('read an agency told or asked what another knows as an event of information sharing, whatever the words, but not a referral, a person sent or a vision shared (issue 9, fifty-third step, helper 9cn)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.id);
    // the one told, sent or asked, as the agencies' `told` and `asked` cues read it; each of these five gives no information
    // sharing with the event reading switched off (tagger.events emptied, the rules as before this step)
    expect(themes("The drug service rarely contacts the family's GP after a relapse.")).toContain('information-sharing');
    expect(themes("News of the arrest is not routinely passed to the child's social worker.")).toContain('information-sharing');
    expect(themes('The force does not routinely tell the council when a child is searched.')).toContain('information-sharing');
    expect(themes("Probation officers seldom make enquiries of children's social care before a home visit.")).toContain('information-sharing');
    expect(themes('The ward sent a discharge letter to the health visitor the next day.')).toContain('information-sharing');
    const explained = explanationToText(explainFinding({ ...FINDING, text: 'The ward sent a discharge letter to the health visitor the next day.' }, rules.tagger, NO_CONTEXT));
    expect(explained).toMatch(/themes\.information-sharing\s+"health visitor" at \d+-\d+ about \(an event: Health in the role "told" \(in its clause, governed by "sent \.\.\. to"\)\)\n(?!.*also "health visitor")/);
    // guards: a referral is the front door's; a person sent, children passed between teams, a vision shared are no one's knowledge
    expect(themes("Midwives refer concerns to children's social care promptly.")).not.toContain('information-sharing');
    expect(themes('Schools send a representative to the forum.')).not.toContain('information-sharing');
    expect(themes('Toddlers are passed from the nursery key worker to the reception teacher in July.')).not.toContain('information-sharing');
    expect(themes('The partners have a shared vision with the council.')).not.toContain('information-sharing');
  });

  it('read the forty-ninth step\'s recall wordings: information sharing, risk, the child\'s voice, early help and family engagement in other words (issue 9, helper 9by)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]);
    // sentences of my own, each shaped like a family of misses pooled over the dev sets (fixtures/gold/dev/README.md, 49th
    // step); each of the 30 toContain lines fails on the start's rules (d6a2e18), probed one by one; the five guards
    // (not.toContain: a child or a parent who hears or is not aware, families passed on, a woman seen alone, parents not
    // spoken to) pass at both ends
    // information-sharing: an agency that hears what happened, what one agency knew passed on, an authority not informed, not aware, minutes sent, the duty team called, handovers, records brought together, a nursery passing it on
    expect(themes('Nursery staff seldom hear what happened after they raise a concern.')).toContain('information-sharing');
    expect(themes('What the health visitor knew about the mother was never passed to the new school.')).toContain('information-sharing');
    expect(themes('The receiving authority is often not informed when a family moves.')).toContain('information-sharing');
    expect(themes('Minutes of core groups are sent to every agency within five days.')).toContain('information-sharing');
    expect(themes('The GP was not aware that the father had returned home.')).toContain('information-sharing');
    expect(themes('The duty social work team is called before the baby leaves hospital.')).toContain('information-sharing');
    expect(themes('Handovers to daytime teams are brief.')).toContain('information-sharing');
    expect(themes('Records held by the school and the GP are never brought together.')).toContain('information-sharing');
    expect(themes('The teacher passes this on to the school nurse the same morning.')).toContain('information-sharing');
    expect(themes('Children hear about the service from their teachers.')).not.toContain('information-sharing');
    expect(themes('Parents are not aware that support is available.')).not.toContain('information-sharing');
    expect(themes('Families are passed to the duty team when the case is closed.')).not.toContain('information-sharing');
    // risk-assessment: adults asked whether they care for children, children living at an address, a danger unnoticed, a pattern of neglect, a cumulative effect, bruising on non-mobile babies, recognising when, routine enquiry
    expect(themes('Midwives ask every woman whether there are children at home.')).toContain('risk-assessment');
    expect(themes('Ward staff rarely ask patients whether they care for children.')).toContain('risk-assessment');
    expect(themes('Officers establish whether children live at the address before a search.')).toContain('risk-assessment');
    expect(themes('The danger from the lodger went unnoticed by every agency.')).toContain('risk-assessment');
    expect(themes('Nursery records show a pattern of neglect over the winter.')).toContain('risk-assessment');
    expect(themes('Nobody considered the cumulative effect of these incidents.')).toContain('risk-assessment');
    expect(themes('The protocol for bruising on non-mobile babies is followed in every case.')).toContain('risk-assessment');
    expect(themes('Staff do not always recognise when a teenager is being groomed.')).toContain('risk-assessment');
    expect(themes('Health visitors ask about domestic abuse at every contact.')).toContain('risk-assessment');
    // voice-of-the-child: seen on their own, not spoken to, in her own words, what life at home is like, communicating with teenagers
    expect(themes('Children are seen on their own at every visit.')).toContain('voice-of-the-child');
    expect(themes('Teenagers in custody are seldom spoken to by the social worker.')).toContain('voice-of-the-child');
    expect(themes('The girl\'s account is written down in her own words.')).toContain('voice-of-the-child');
    expect(themes('Workers find out what life at home is like for the twins.')).toContain('voice-of-the-child');
    expect(themes('Nurses communicate with teenagers by text message.')).toContain('voice-of-the-child');
    expect(themes('Pregnant women are seen alone at booking.')).not.toContain('voice-of-the-child');
    expect(themes('Parents are not spoken to before the meeting.')).not.toContain('voice-of-the-child');
    // early-help: help at a lower level, a lead professional, preventing escalation, the two-year review
    expect(themes('Many families could be helped at a lower level.')).toContain('early-help');
    expect(themes('Each family has a lead professional who coordinates support.')).toContain('early-help');
    expect(themes('Support for young mothers helps to prevent escalation.')).toContain('early-help');
    expect(themes('Many families miss the two-year review.')).toContain('early-help');
    // family-engagement: interpreters for parents, parents prepared for conferences, fathers contacted
    expect(themes('Interpreters are used so that mothers understand the concerns.')).toContain('family-engagement');
    expect(themes('Parents are well prepared for conferences.')).toContain('family-engagement');
    expect(themes('Fathers are rarely contacted by social workers.')).toContain('family-engagement');
    // three wrong catches of the first form, found by probing and narrowed (each fails on e6c521f's rules): staff hearing about
    // training, a risk graded at a lower level, leaders recognising when services need money
    expect(themes('Staff hear about training opportunities through the bulletin.')).not.toContain('information-sharing');
    expect(themes('Risk is graded at a lower level when the child is found.')).not.toContain('early-help');
    expect(themes('Leaders recognise when services need more money.')).not.toContain('risk-assessment');
  });

  it('read the fiftieth step\'s recall wordings: the workforce\'s confidence, know-how and staffing, agencies represented, sitting with or linked with others and consulted, and what assessments hold (issue 9, helper 9ce)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]);
    // sentences of my own, each shaped like a family of misses pooled over the dev sets (fixtures/gold/dev/README.md, 50th
    // step); each toContain line fails on the start's rules (8de7ac9); the guards (not.toContain) pass at both ends
    // workforce-training: confidence at a task, not knowing how or that a procedure exists, staff added, one worker covering, not equipped
    expect(themes('Nursery staff are confident in spotting the signs of neglect.')).toContain('workforce-training');
    expect(themes('Teachers recognise grooming with confidence.')).toContain('workforce-training');
    expect(themes('Nurses across the trust\'s wards lack confidence in asking about coercive control.')).toContain('workforce-training');
    expect(themes('Youth workers are unsure how to raise a concern out of hours.')).toContain('workforce-training');
    expect(themes('Most dentists are unaware that the advice line exists.')).toContain('workforce-training');
    expect(themes('The force has found additional staff for the online abuse team.')).toContain('workforce-training');
    expect(themes('A single nurse covers the three prisons at weekends.')).toContain('workforce-training');
    expect(themes('Several of those who support these children said that they do not feel equipped for it.')).toContain('workforce-training');
    expect(themes('Leaders cannot be confident that the new system works.')).not.toContain('workforce-training');
    expect(themes('Parents are unsure whether their concern was accepted.')).not.toContain('workforce-training');
    // joint-working: representation judged, sitting with another's team or on a panel, links judged, consulted, working with children's services
    expect(themes('Police representation is patchy at the monthly panel.')).toContain('joint-working');
    expect(themes('A housing officer sits with the duty team every morning.')).toContain('joint-working');
    expect(themes('Links between the hospital and the youth offending service are weak.')).toContain('joint-working');
    expect(themes('The school is not consulted before the case is closed.')).toContain('joint-working');
    expect(themes('The family centre works well with children\'s services.')).toContain('joint-working');
    expect(themes('Road links between the two towns are poor.')).not.toContain('joint-working');
    // assessment: what assessments hold, taking part in them, arrangements assessed, screening for communication needs, a neglect tool, waiting for one
    expect(themes('The views of fathers are rarely recorded in assessments.')).toContain('assessment');
    expect(themes('Grandparents take a full part in assessments.')).toContain('assessment');
    expect(themes('Every private fostering arrangement is assessed within a month.')).toContain('assessment');
    expect(themes('Each boy is screened for language difficulties on arrival.')).toContain('assessment');
    expect(themes('Health visitors use the neglect assessment tool with most families.')).toContain('assessment');
    expect(themes('Some girls wait two years for an assessment for autism.')).toContain('assessment');
    expect(themes('Officers complete a risk assessment at every incident.')).not.toContain('assessment');
  });

  it('read the fiftieth step\'s second wordings: the child\'s voice as a story repeated, daily life, children helped to talk; quality assurance as what is not collated or cannot be told (issue 9, helper 9ce)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]);
    // sentences of my own; each toContain line fails on the start's rules (8de7ac9); the guards pass at both ends
    // voice-of-the-child: a story repeated to new workers, daily life for the child, children helped to talk
    expect(themes('The twins have had five workers and are tired of repeating their story.')).toContain('voice-of-the-child');
    expect(themes('Records say little about daily life for the child.')).toContain('voice-of-the-child');
    expect(themes('Youth workers help teenagers to describe what happens at home.')).toContain('voice-of-the-child');
    expect(themes('Parents repeat their story to every new worker.')).not.toContain('voice-of-the-child');
    // performance-quality-assurance: not collated, cannot tell whether, not checked whether its work changed anything, scrutiny of practice, an understanding of its quality, an analysis that shows
    expect(themes('Feedback from schools is not collated.')).toContain('performance-quality-assurance');
    expect(themes('The partners cannot tell whether the new hub has helped.')).toContain('performance-quality-assurance');
    expect(themes('The board has not checked whether its briefings changed anything.')).toContain('performance-quality-assurance');
    expect(themes('The partnership\'s scrutiny of frontline practice is weak.')).toContain('performance-quality-assurance');
    expect(themes('Heads of service have a clear understanding of the quality of their teams\' work.')).toContain('performance-quality-assurance');
    expect(themes('Their analysis shows that girls are referred later than boys.')).toContain('performance-quality-assurance');
    expect(themes('Core groups check whether the changes the family must make are happening.')).not.toContain('performance-quality-assurance');
  });

  it('read information as what an assessment draws on or a dataset holds, parents as another noun\'s complement or a plan\'s actions for them, and a child\'s return to planning, by the mention\'s role (issue 9, forty-eighth step)', () => {
    const themes = (text: string) => tagText(rules.tagger, text).themes.map((t) => t.path[0]);
    // each line marked "start" fails on the start's rules (c03408a); sentences of my own
    // information from others as the material of an assessment or a dataset (start)
    expect(themes('Pre-sentence reports draw on information from schools and the GP.')).not.toContain('information-sharing');
    expect(themes('The board\'s scorecard now includes information from the police and the hospital trust.')).not.toContain('information-sharing');
    expect(themes('The annual report of the youth service contains little information from partner agencies.')).not.toContain('information-sharing');
    expect(themes('Court reports draw well on the boy\'s history and on information from his school.')).not.toContain('information-sharing');
    // information from another agency passed on, contributed or missing from a decision still is sharing
    expect(themes('Information from the police is passed to schools the next morning.')).toContain('information-sharing');
    expect(themes('Nurses contribute relevant information from their own records.')).toContain('information-sharing');
    expect(themes('Decisions are made without information from the GP.')).toContain('information-sharing');
    // parents as the complement of what a plan or a programme includes, a plan's actions for parents (start)
    expect(themes('Child in need plans contain actions for parents that are too general.')).not.toContain('family-engagement');
    expect(themes('Written agreements include expectations of fathers that nobody checks.')).not.toContain('family-engagement');
    expect(themes('The audit programme includes conversations with families about their experience.')).not.toContain('family-engagement');
    // parents included themselves, expectations placed on them, reliance on them still are
    expect(themes('Social workers include parents in every review of the plan.')).toContain('family-engagement');
    expect(themes('Safety plans place unrealistic expectations on mothers.')).toContain('family-engagement');
    expect(themes('There is an over-reliance on parents to protect the children.')).toContain('family-engagement');
    // a child subject to, or returning to, conferences or planning is a status (start)
    expect(themes('Independent advocates are offered to teenagers subject to child protection conferences.')).not.toContain('planning');
    expect(themes('The service has led to fewer returns to child protection planning.')).not.toContain('planning');
    expect(themes('Child protection conferences are quorate and plans are reviewed on time.')).toContain('planning');
  });

  it('exclude by exact word forms: "special educational needs" is not about schools, "education" is', () => {
    const ids = (text: string) => tagText(rules.tagger, text).agencies.map((t) => t.id);
    expect(ids('Children with special educational needs wait for support.')).not.toContain('education');
    expect(ids('The education service tracks children out of school.')).toContain('education');
  });

  it('tag parents\' mental ill health as parental, not children\'s, mental health', () => {
    const ids = tagText(rules.tagger, 'Parental mental ill health is common in these families.').themes.map((t) => t.id);
    expect(ids).toContain('parental-mental-health');
    expect(ids).not.toContain('children-mental-health');
  });

  it('carry the letter\'s own acronyms to later mentions, and say so in the tag', () => {
    const letter = 'Contacts go to the integrated front door (IFD). Leaders fund the Youth Justice Service (TYJS).';
    const context = letterContext(rules.tagger, letter);
    const tags = tagText(rules.tagger, 'The IFD and TYJS act quickly.', context);
    expect(tags.themes.find((t) => t.id === 'front-door')).toMatchObject({ match: 'IFD', context: 'the letter defines IFD as "integrated front door"' });
    expect(tags.agencies.map((t) => t.id)).toContain('youth-justice');
    expect(tagText(rules.tagger, 'The IFD and TYJS act quickly.').themes.map((t) => t.id)).not.toContain('front-door');
  });

  it("count the letter's deep-dive theme on one clear mention, and say so in the tag", () => {
    // A loose word of a theme that needs two mentions ("weapons") counts alone in a letter whose
    // deep dive is that theme; in other letters, and for other themes, nothing changes.
    // ("who talk about weapons": carrying them is serious youth violence named outright.)
    const text = 'Youth workers see young people who talk about weapons within a day.';
    const ids = (deepDive: string | null) => tagText(rules.tagger, text, letterContext(rules.tagger, '', deepDive)).themes.map((t) => t.id);
    expect(ids(null)).not.toContain('serious-youth-violence');
    expect(ids('neglect')).not.toContain('serious-youth-violence');
    expect(ids('serious-youth-violence')).toContain('serious-youth-violence');
    const tag = tagText(rules.tagger, text, letterContext(rules.tagger, '', 'serious-youth-violence')).themes.find((t) => t.id === 'serious-youth-violence');
    expect(tag?.context).toMatch(/deep dive is serious-youth-violence/);
    const explained = explanationToText(explainFinding({ ...FINDING, text }, rules.tagger, letterContext(rules.tagger, '', 'serious-youth-violence')));
    expect(explained).toMatch(/serious-youth-violence .*"weapons".*deep dive is serious-youth-violence: one clear mention counts/);
    // Every deep dive the letter rules know names one theme: its own id or the theme it contains.
    const deepDives = rules.layout.deepDives.map((d: { id: string }) => d.id);
    expect(deepDives.length).toBeGreaterThan(5);
    const themes = Object.fromEntries(deepDives.map((id: string) => [id, letterContext(rules.tagger, '', id).deepDive]));
    expect(themes).toMatchObject({ 'sexual-abuse-in-the-family': 'sexual-abuse', 'child-sexual-exploitation': 'exploitation', 'criminal-exploitation': 'exploitation', 'serious-youth-violence': 'serious-youth-violence' });
    for (const [id, theme] of Object.entries(themes)) expect([id, CANONICAL_THEMES.includes(theme as string)]).toEqual([id, true]);
  });

  it('take a practice theme named once in a later sentence\'s trailing clause as an aside beside clear themes, and explain says so', () => {
    // Three themes are clearly the point (joint working and assessment in the first sentence's main
    // clause, oversight named twice); information sharing comes last, after a comma: an aside.
    const text = "Strategy meetings are held promptly and social workers complete thorough assessments. Managers' oversight is strong, and supervision is regular and reflective. Audits show that most plans are clear, including where the police share information well.";
    const themes = (t: string) => tagText(rules.tagger, t).themes.map((tag) => tag.id);
    expect(themes(text)).toEqual(expect.arrayContaining(['joint-working', 'assessment', 'management-oversight', 'planning', 'performance-quality-assurance']));
    expect(themes(text)).not.toContain('information-sharing');
    expect(explanationToText(explainFinding({ ...FINDING, text }, rules.tagger, NO_CONTEXT))).toMatch(
      /themes\.information-sharing\s+"share information" at \d+-\d+ in passing: aside, named once, in a trailing clause of a later sentence, where 3 other themes are the finding's point \(assessment, joint-working, management-oversight\)/,
    );
    // The same words where they are the point: in the main clause, or beside fewer clear themes; a harm counts wherever named.
    expect(themes(text.replace(', including where the police share information well.', '. The police share information well.'))).toContain('information-sharing');
    // ", and" with a verb of its own starts a second main clause, not a trailing one.
    expect(themes(text.replace(', including where the police share', ', and the police share'))).toContain('information-sharing');
    expect(themes(text.replace("Managers' oversight is strong, and supervision is regular and reflective. ", ''))).toContain('information-sharing');
    expect(themes(text.replace('share information well', 'see neglect early'))).toContain('neglect');
  });

  it('read a finding\'s main clauses past bracketed acronyms, defining relatives, object clauses and fronted clauses (review cases)', () => {
    // Three clear themes in the first sentence; each later sentence names a practice theme once.
    const lead = 'Strategy meetings are held promptly and social workers complete thorough assessments with strong management oversight. ';
    const themes = (t: string) => tagText(rules.tagger, lead + t).themes.map((tag) => tag.id);
    // In the main clause: the point of the sentence, so tagged.
    const main = [
      ['Child and adolescent mental health services (CAMHS) share information promptly with schools.', 'information-sharing'],
      ['The police are particularly effective at sharing information with schools.', 'information-sharing'],
      ['Health visitors who visit families share information promptly with GPs.', 'information-sharing'],
      ['Professionals across the partnership know when and how to share information.', 'information-sharing'],
      ['Although the partnership has faced significant staffing pressures over the last year, information sharing in the MASH is timely.', 'information-sharing'],
      ['In the large majority of the cases seen by inspectors, children\'s views are recorded carefully.', 'voice-of-the-child'],
      ['For children who are at risk of harm, information is shared quickly and well.', 'information-sharing'],
      ['Leaders have commissioned additional training for school staff, and information sharing has improved as a result.', 'information-sharing'],
    ];
    expect.soft(main.filter(([sentence, theme]) => !themes(sentence!).includes(theme!))).toEqual([]);
    // In a fronted clause, or a trailing clause past the main verb or a comma: an aside.
    const asides = [
      ['Although the partnership has faced significant staffing pressures over the last year, information sharing in the MASH is timely.', 'workforce-training'],
      ['For children who are at risk of harm, information is shared quickly and well.', 'risk-assessment'],
      ['Leaders have invested in the front door to ensure that information is shared quickly.', 'information-sharing'],
      ['Leaders now understand the partnership\'s performance data, including how well information is shared.', 'information-sharing'],
    ];
    expect(asides.filter(([sentence, theme]) => themes(sentence!).includes(theme!))).toEqual([]);
  });

  it('have examples written for them, not copied from letters (no run of six words found in a letter)', async () => {
    const words = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().split(' ');
    const runs = (text: string) => words(text).map((_, i, all) => all.slice(i, i + 6).join(' ')).filter((run) => run.split(' ').length === 6);
    const inLetters = new Set<string>();
    for (const name of readdirSync(fixture('letters')).filter((n) => /\d{4}-\d{2}-\d{2}\.pdf$/.test(n))) {
      for (const finding of (await parsed(`letters/${name}`)).findings) for (const run of runs(finding.text)) inLetters.add(run);
    }
    expect(inLetters.size).toBeGreaterThan(10000);
    const copied = rules.tags.flatMap((rule) => [...rule.examples.match, ...rule.examples.nomatch].filter((e) => runs(e).some((run) => inLetters.has(run))).map((e) => `${rule.name}: ${e}`));
    expect(copied).toEqual([]);
  });

  it('count the Police and Crime Commissioner as police (a sector\'s commissioner is in it), and show exclusions in explain', () => {
    // The challenge sets' blind adjudication (fixtures/gold/challenge/README.md): funding is the
    // commissioner's act, and the codebook puts a sector's commissioners (CCGs, ICBs) in that sector.
    expect(tagText(rules.tagger, 'The Police and Crime Commissioner funds services.').agencies.map((t) => t.id)).toContain('police');
    const run = jtai(['explain', 'fixtures/letters/wokingham-2017-07-14.txt']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/agencies\.probation\s+"Probation" at \d+-\d+ excluded by "HMI Probation"/);
  });
});

describe('rule problems', () => {
  it('refuses patterns that could take exponential time', () => {
    expect(patternProblem('(a+)+b', 'iu')).toMatch(/exponential time/);
    expect(patternProblem('(a|ab)*c', 'iu')).toMatch(/exponential time/);
    expect(patternProblem('(?:\\w+\\s?)*x', 'iu')).toMatch(/exponential time/);
    expect(patternProblem('[A-Z][a-z]+(?: [A-Z][a-z]+)? Police', 'iu')).toBeNull();
    expect(patternProblem('A&E', 'iu')).toBeNull();
  });

  it('reads a file\'s word classes: "(?&name)" in a pattern is the class\'s alternatives, and a name not defined is a problem (issue 9, fifty-first step, helper 9ch)', () => {
    // on the loader before the step, "words" is an unknown key of a rule file, and "(?&kin)" no valid expression: both fail
    const dir = tempDir();
    writeFileSync(join(dir, 'kin.yaml'), "kind: theme\nwords:\n  kin: [parents?, 'famil(?:y|ies)']\nrules:\n  - id: kin-unsure\n    label: Kin unsure\n    patterns: ['(?&kin) (?:are|is) unsure']\n");
    const loaded = loadRules({ dirs: [dir], defaults: false });
    expect(loaded.tags.find((rule) => rule.id === 'kin-unsure')?.patterns).toEqual(['(?:parents?|famil(?:y|ies)) (?:are|is) unsure']);
    expect(tagText(loaded.tagger, 'Families are unsure how to ask for help.').themes.map((t) => t.path[0])).toEqual(['kin-unsure']);
    expect(tagText(loaded.tagger, 'Children are unsure how to ask for help.').themes).toEqual([]);
    writeFileSync(join(dir, 'kin.yaml'), "kind: theme\nwords:\n  kin: [parents?]\nrules:\n  - id: kin-unsure\n    label: Kin unsure\n    patterns: ['(?&kinfolk) (?:are|is) unsure']\n");
    expect(() => loadRules({ dirs: [dir], defaults: false })).toThrow(/kin\.yaml:7: kin\.kin-unsure: patterns: "\(\?&kinfolk\)" names no word class of this file \(words: kin\)/);
    // the shipped themes share one: the same seven patterns as when the list was written out in each, and since issue 9's
    // fifty-ninth step (helper 9dt) two more (a child's or a parent's self-assessment; something a child or a parent shares),
    // and two for the case forum reading (a parent or a child attending; attended by parents), and since the sixtieth step
    // (helper 9dy) one more (a child's or a pupil's annual report), and since the sixty-sixth step's fixes (helper 9gb) three
    // more (information sharing's "what X know" twice and "unaware that / not know whether": not a child's or a parent's)
    const shipped = loadRules({ dirs: [join(root, 'rules')], defaults: false });
    expect(shipped.tags.flatMap((rule) => rule.patterns).filter((pattern) => pattern.includes('(?:parents?|carers|famil(?:y|ies)|child|children|young people|young person|young carers|pupils?|students|girls|boys|mothers|fathers|teenagers|adolescents|victims)')).length).toBe(15);
    expect(shipped.tags.flatMap((rule) => rule.patterns).some((pattern) => pattern.includes('(?&'))).toBe(false);
  });

  it('rules check reports each problem with file, line and what to change, in line order', () => {
    const run = jtai(['rules', 'check', 'fixtures/rules/invalid']);
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split('\n').slice(1);
    expect(lines).toEqual([
      expect.stringMatching(/broken\.yaml:4: broken\.fire-service: a rule needs at least one of phrases/),
      expect.stringMatching(/broken\.yaml:6: unknown key "phrasez" .*did you mean "phrases"\?/),
      expect.stringMatching(/broken\.yaml:8: broken\.bad-regex: pattern "\(unclosed" is not a valid regular expression/),
      expect.stringMatching(/broken\.yaml:10: broken\.slow: .*exponential time/),
      expect.stringMatching(/broken\.yaml:13: duplicate agency id "police"/),
      expect.stringMatching(/broken\.yaml:15: broken\.orphan: parent "no-such-agency"/),
    ]);
  });

  it('a rule file in a rules folder that is a link to a file is read; a link to no file is a problem, not passed over', () => {
    const shared = tempDir();
    writeFileSync(join(shared, 'careline.yaml'), 'kind: agency\nrules:\n  - id: careline\n    label: Careline\n    parent: children-social-care\n    phrases: [Careline]\n');
    const dir = tempDir();
    symlinkSync(join(shared, 'careline.yaml'), join(dir, 'careline.yaml'));
    const listed = jtai(['rules', 'list', dir]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/careline/);
    symlinkSync(join(shared, 'moved-away.yaml'), join(dir, 'missing.yaml'));
    symlinkSync('loop.yaml', join(dir, 'loop.yaml'));
    const check = jtai(['rules', 'check', dir]);
    expect(check.code).toBe(2);
    expect(check.stderr).toMatch(/missing\.yaml: .*link to .*moved-away\.yaml, which is no file/);
    expect(check.stderr).toMatch(/loop\.yaml: .*link to loop\.yaml, which is no file/);
    expect(check.stderr).not.toMatch(/\n\s+at /);
  });

  it('rules check suggests the nearest id for a parent that is a slip for one', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'local.yaml'), 'kind: agency\nrules:\n  - id: careline\n    label: Careline\n    parent: childrens-social-care\n    phrases: [Careline]\n');
    const run = jtai(['rules', 'check', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/local\.yaml:\d+: local\.careline: parent "childrens-social-care" is not the id of any agency rule; did you mean "children-social-care"\?/);
  });

  it('rules check refuses an id in implied-beside or implied-apart that is no agency rule\'s (the list could never match)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'local.yaml'), 'kind: agency\nrules:\n  - id: careline\n    label: Careline\n    implied-beside: [multi-agncy]\n    implied-apart: [polise]\n    phrases: [children seen alone]\n');
    const run = jtai(['rules', 'check', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/local\.yaml:\d+: local\.careline: implied-beside names "multi-agncy", not the id of any agency rule; did you mean "multi-agency"\?/);
    expect(run.stderr).toMatch(/local\.yaml:\d+: local\.careline: implied-apart names "polise", not the id of any agency rule; did you mean "police"\?/);
  });

  it('rules check reports mistakes in near, weights, refers-back and passing cues, each with its line', () => {
    const run = jtai(['rules', 'check', 'fixtures/rules/invalid-extras']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n').slice(1)).toEqual([
      expect.stringMatching(/extras\.yaml:4: passing recipient: needs before: or after: phrases/),
      expect.stringMatching(/extras\.yaml:6: a passing cue needs a role/),
      expect.stringMatching(/extras\.yaml:11: passing venue: within must be a whole number of words from 1 to 12/),
      expect.stringMatching(/extras\.yaml:12: passing recipient: prepositions and heads go together/),
      expect.stringMatching(/extras\.yaml:14: passing host: subjects go only with before: phrases without a gap/),
      // subjects are checked only against a before: phrase's clause: with after: they would do nothing
      expect.stringMatching(/extras\.yaml:17: passing host: subjects go only with before: phrases without a gap .*not with after:/),
      // a subject's head is one word: "social work team" would silently mean "team"
      expect.stringMatching(/extras\.yaml:20: passing host: subjects are single head words .*: social work team/),
      expect.stringMatching(/extras\.yaml:23: passing challenged: not-after goes with before: phrases without a gap/),
      expect.stringMatching(/extras\.yaml:28: passing member: ends-phrase is true or false/),
      // used-by says when an after: phrase names another's document: with no after: phrase it would do nothing
      expect.stringMatching(/extras\.yaml:31: passing document: used-by is true or false, and goes with after: phrases/),
      expect.stringMatching(/extras\.yaml:34: passing informant: holds-past-relative is true or false/),
      // a mention ends in one word: "secondary school" would never be a mention's last word
      expect.stringMatching(/extras\.yaml:35: passing status: named are single words, .*: secondary school/),
      // a word that must stand near a phrase or a governing word does nothing without one
      expect.stringMatching(/extras\.yaml:38: passing not-drawn-on: only-near goes with before: phrases, heads or after: phrases \(/),
      expect.stringMatching(/extras\.yaml:41: passing status: not-near goes with before: phrases or heads/),
      // a phrase's head is read after a before: phrase or a predicate: after the mention there is none
      expect.stringMatching(/extras\.yaml:44: passing forum: object-heads goes with before: phrases or predicates/),
      // the clause's subject is read before a before: phrase or a governing word: after the mention there is none to read
      expect.stringMatching(/extras\.yaml:49: passing object: outside-subject is true or false, and goes with before: phrases or heads/),
      // what a governing word governs is read only with heads and their prepositions: with an after: phrase there is none (reviewer rv30)
      expect.stringMatching(/extras\.yaml:50: passing source: not-object goes with heads and prepositions/),
      expect.stringMatching(/extras\.yaml:59: extras\.fire-service: near\.within must be a whole number of words from 1 to 12/),
      expect.stringMatching(/extras\.yaml:63: extras\.fire-service: near\.weight must be a number above 0/),
      expect.stringMatching(/extras\.yaml:67: extras\.fire-service: near\.forms must be "stems" \(the default\) or "exact"/),
      expect.stringMatching(/extras\.yaml:68: extras\.fire-service: weights names "fire brigade", which is not one of the rule's phrases/),
      expect.stringMatching(/extras\.yaml:70: extras\.fire-service: refers-back names "the brigade", which is not one of the rule's phrases/),
      expect.stringMatching(/extras\.yaml:72: extras\.fire-service: refers-back needs both phrases and bodies/),
    ]);
  });

  it('a passing cue\'s forms: exact matches its before: phrases by word forms; a wrong value or one without before: is a problem (issue 9, helper 9cp)', () => {
    // By stem, "involve" also reads "involving": the partnership named in a response's members is read as the one involved
    // and goes untagged. On the loader before the option, "forms" is an unknown key of a passing cue, and both loads fail.
    const dir = tempDir();
    const cue = (forms: string) => `kind: agency\npassing:\n  - role: recipient\n    before: [involve]\n    forms: ${forms}\n    skip: [the]\nrules:\n  - id: board\n    label: Board\n    phrases: [the board]\n`;
    const ids = (text: string) => tagText(loadRules({ dirs: [dir], defaults: false }).tagger, text).agencies.map((t) => t.path[0]);
    writeFileSync(join(dir, 'board.yaml'), cue('exact'));
    expect(ids('The panel does not involve the board.')).toEqual([]);
    expect(ids('This needs a response involving the board.')).toEqual(['board']);
    writeFileSync(join(dir, 'board.yaml'), cue('stems'));
    expect(ids('This needs a response involving the board.')).toEqual([]);
    writeFileSync(join(dir, 'board.yaml'), cue('exactly'));
    expect(() => loadRules({ dirs: [dir], defaults: false })).toThrow(/board\.yaml:5: passing recipient: forms must be "stems" \(the default\) or "exact", and goes with before: phrases/);
    writeFileSync(join(dir, 'board.yaml'), 'kind: agency\npassing:\n  - role: recipient\n    after: [panel]\n    forms: exact\nrules:\n  - id: board\n    label: Board\n    phrases: [the board]\n');
    expect(() => loadRules({ dirs: [dir], defaults: false })).toThrow(/board\.yaml:5: passing recipient: forms must be "stems" \(the default\) or "exact", and goes with before: phrases/);
  });

  it('a passing cue\'s acts-as-subject is true or false and goes with before: phrases; an acted-on cue is told to leave it out, whether before: is given or not (issue 9, helper 9et: a second code reader\'s point 7)', () => {
    // The first two messages are the key's own (9el), untested before. On 77fe4e91's loader the third file (an acted-on cue
    // with acts-as-subject and no before:) was told that acts-as-subject "goes with before: phrases", and with before: added
    // (the fourth) to leave out before and acts-as-subject: opposite advice. Now both are told to leave them out.
    const dir = tempDir();
    const load = () => loadRules({ dirs: [dir], defaults: false });
    const agency = (keys: string) => `kind: agency\npassing:\n  - role: object\n${keys}rules:\n  - id: board\n    label: Board\n    phrases: [the board]\n`;
    writeFileSync(join(dir, 'board.yaml'), agency('    before: [visit]\n    acts-as-subject: yes please\n'));
    expect(load).toThrow(/board\.yaml:5: passing object: acts-as-subject is true or false, and goes with before: phrases/);
    writeFileSync(join(dir, 'board.yaml'), agency('    after: [visits]\n    acts-as-subject: true\n'));
    expect(load).toThrow(/board\.yaml:5: passing object: acts-as-subject is true or false, and goes with before: phrases/);
    const theme = (keys: string) => `kind: theme\npassing:\n  - role: care\n    themes: [cared-for]\n    named: [supervised]\n    acted-on: [children]\n${keys}rules:\n  - id: cared-for\n    label: Cared for\n    phrases: [supervised]\n`;
    writeFileSync(join(dir, 'board.yaml'), theme('    acts-as-subject: true\n'));
    expect(load).toThrow(/board\.yaml:3: passing care: acted-on goes with named: acts alone, .*; leave out acts-as-subject$/m);
    writeFileSync(join(dir, 'board.yaml'), theme('    before: [visit]\n    acts-as-subject: true\n'));
    expect(load).toThrow(/board\.yaml:3: passing care: acted-on goes with named: acts alone, .*; leave out before, acts-as-subject$/m);
    // so is outside-subject, which had the same two answers
    writeFileSync(join(dir, 'board.yaml'), theme('    outside-subject: true\n'));
    expect(load).toThrow(/board\.yaml:3: passing care: acted-on goes with named: acts alone, .*; leave out outside-subject$/m);
  });

  it('a passing cue\'s not-in-sentence words undo it in the mention\'s own sentence; a phrase among them is a problem (issue 9, sixtieth step, helper 9ea)', () => {
    // On the loader before the key (858cfe3), "not-in-sentence" is an unknown key of a passing cue, and the first load fails.
    const dir = tempDir();
    const file = (words: string) => `kind: agency\npassing:\n  - role: reported\n    before: [contact]\n    skip: [the]\n    not-in-sentence: [${words}]\nrules:\n  - id: police\n    label: Police\n    phrases: [police]\n`;
    const ids = (text: string) => tagText(loadRules({ dirs: [dir], defaults: false }).tagger, text).agencies.map((t) => t.path[0]);
    writeFileSync(join(dir, 'police.yaml'), file('risk, disclose'));
    expect(ids('Schools contact the police without delay.')).toEqual([]);
    expect(ids('GPs rarely contact the police when a patient discloses violence.')).toEqual(['police']);
    // only the mention's own sentence: a risk in the sentence before leaves the cue holding
    expect(ids('The risk was known. Schools contact the police without delay.')).toEqual([]);
    writeFileSync(join(dir, 'police.yaml'), file('risk, what is known'));
    expect(() => loadRules({ dirs: [dir], defaults: false })).toThrow(/police\.yaml:3: passing reported: not-in-sentence words are single words, none of which may stand in the mention's sentence: what is known/);
  });

  it('a passing cue\'s words are read trimmed: a quoted padded word matches as the word (helper 9ed: a second code reader\'s point 5)', () => {
    // On aba0323's loader the padded words are kept as written, so ' risk' and ' police' never match a token's stem: the
    // not-in-sentence word undoes nothing (the police stay in passing) and the named word reads no mention (the police judged).
    const dir = tempDir();
    const ids = (text: string) => tagText(loadRules({ dirs: [dir], defaults: false }).tagger, text).agencies.map((t) => t.path[0]);
    writeFileSync(join(dir, 'police.yaml'), "kind: agency\npassing:\n  - role: reported\n    before: [contact]\n    skip: [the]\n    not-in-sentence: [' risk ']\nrules:\n  - id: police\n    label: Police\n    phrases: [police]\n");
    expect(ids('Schools contact the police when a risk is known.')).toEqual(['police']);
    expect(ids('Schools contact the police without delay.')).toEqual([]);
    writeFileSync(join(dir, 'police.yaml'), "kind: agency\npassing:\n  - role: reported\n    before: [contact]\n    skip: [the]\n    named: [' police']\nrules:\n  - id: police\n    label: Police\n    phrases: [police, constabulary]\n");
    expect(ids('Schools contact the police without delay.')).toEqual([]);
    expect(ids('Schools contact the constabulary without delay.')).toEqual(['police']);
  });

  it('a passing cue\'s not-subjects undo it when one heads its sentence\'s opening subject; a phrase among them is a problem (issue 9, sixtieth step, helper 9ea)', () => {
    // On the loader before the key (858cfe3), "not-subjects" is an unknown key of a passing cue, and the first load fails.
    const dir = tempDir();
    const file = (words: string) => `kind: agency\npassing:\n  - role: recipient\n    before: [speak with, speak ... with]\n    skip: [the, their]\n    not-subjects: [${words}]\nrules:\n  - id: social-care\n    label: Social care\n    phrases: [social worker, social workers]\n`;
    const ids = (text: string) => tagText(loadRules({ dirs: [dir], defaults: false }).tagger, text).agencies.map((t) => t.path[0]);
    writeFileSync(join(dir, 'care.yaml'), file('children, people'));
    expect(ids('Teachers speak with the social worker before every visit.')).toEqual([]);
    expect(ids('Children can speak with their social worker whenever they need to.')).toEqual(['social-care']);
    // the sentence's opening subject, past an infinitive and a pronoun
    expect(ids('Young people say they find it easy to speak directly with their social workers.')).toEqual(['social-care']);
    expect(ids('Teachers say they find it easy to speak directly with social workers.')).toEqual([]);
    writeFileSync(join(dir, 'care.yaml'), file('children, young people'));
    expect(() => loadRules({ dirs: [dir], defaults: false })).toThrow(/care\.yaml:3: passing recipient: not-subjects are single head words .*: young people/);
  });

  it('a passing cue\'s acted-on: holds when one heads the one its named act is done to; a phrase, no named: or a before: phrase is a problem (issue 9, helper 9eg)', () => {
    // On the loader before the key (93516d5), "acted-on" is an unknown key of a passing cue, and the first load fails.
    const dir = tempDir();
    const file = (cue: string) => `kind: theme\npassing:\n  - role: care\n${cue}rules:\n  - id: management-oversight\n    label: Oversight\n    phrases: [supervision, supervised, supervise]\n`;
    const ids = () => (text: string) => tagText(loadRules({ dirs: [dir], defaults: false }).tagger, text).themes.map((t) => t.path[0]);
    writeFileSync(join(dir, 'care.yaml'), file('    named: [supervision, supervise, supervised]\n    acted-on: [pupil, pupils, boy]\n'));
    const themes = ids();
    expect(themes('Staff increased their supervision of the boy at playtimes.')).toEqual([]);
    expect(themes('Teachers supervise pupils in the playground.')).toEqual([]);
    expect(themes('Pupils at risk are supervised at break times.')).toEqual([]);
    expect(themes('Social workers are supervised weekly.')).toEqual(['management-oversight']);
    expect(themes('Managers supervise the practice of newly qualified staff.')).toEqual(['management-oversight']);
    // A head after one word before it (a second reader's T4, helper 9ek): "young people", not any people; on 9eg's loader
    // "young people" was a problem, and the first expect below fails there.
    writeFileSync(join(dir, 'care.yaml'), file('    named: [supervision, supervise, supervised]\n    acted-on: [young people]\n'));
    expect(ids()('Staff supervise young people in the evenings.')).toEqual([]);
    expect(ids()('Managers supervise the people in their teams.')).toEqual(['management-oversight']);
    writeFileSync(join(dir, 'care.yaml'), file('    named: [supervision]\n    acted-on: [children in care]\n'));
    expect(() => loadRules({ dirs: [dir], defaults: false })).toThrow(/care\.yaml:5: passing care: acted-on words are head words, alone or after one word before them \("young people"\): children in care/);
    writeFileSync(join(dir, 'care.yaml'), file('    acted-on: [pupils]\n'));
    expect(() => loadRules({ dirs: [dir], defaults: false })).toThrow(/care\.yaml:3: passing care: acted-on goes with named: acts/);
    writeFileSync(join(dir, 'care.yaml'), file('    named: [supervision]\n    before: [lunchtime]\n    acted-on: [pupils]\n'));
    expect(() => loadRules({ dirs: [dir], defaults: false })).toThrow(/care\.yaml:3: passing care: acted-on goes with named: acts alone.*leave out before/);
    // Each fault its own problem (a code reader's points 4 and 5, helper 9ek): on 9eg's loader an empty or string acted-on
    // first reported "needs before: or after: phrases", and sentence-openers or skip with acted-on loaded silently.
    const problems = () => { try { loadRules({ dirs: [dir], defaults: false }); return ''; } catch (error) { return (error as Error).message; } };
    writeFileSync(join(dir, 'care.yaml'), file('    named: [supervision]\n    acted-on: []\n'));
    expect(problems()).toMatch(/acted-on is empty/);
    expect(problems()).not.toMatch(/needs before: or after: phrases/);
    writeFileSync(join(dir, 'care.yaml'), file('    named: [supervision]\n    acted-on: pupils\n'));
    expect(problems()).toMatch(/acted-on must be a list of strings/);
    expect(problems()).not.toMatch(/needs before: or after: phrases/);
    writeFileSync(join(dir, 'care.yaml'), file('    named: [supervision]\n    skip: [the]\n    acted-on: [pupils]\n'));
    expect(problems()).toMatch(/acted-on goes with named: acts alone.*leave out skip/);
    writeFileSync(join(dir, 'care.yaml'), file('    named: [supervision]\n    sentence-openers: [so]\n    acted-on: [pupils]\n'));
    expect(problems()).toMatch(/acted-on goes with named: acts alone.*leave out sentence-openers/);
    writeFileSync(join(dir, 'care.yaml'), 'kind: agency\npassing:\n  - role: care\n    named: [police]\n    acted-on: [pupils]\nrules:\n  - id: police\n    label: Police\n    phrases: [police]\n');
    expect(problems()).toMatch(/acted-on goes only in a theme file/);
  });

  it('a passing cue\'s agencies: reads only those agencies\' mentions; in a theme file, or naming a sub-rule, it is a problem (issue 9, helper 9cy)', () => {
    // On the loader before the key (b01674b), "agencies" is an unknown key of a passing cue, and the first load fails.
    const dir = tempDir();
    const file = (agencies: string, kind = 'agency') =>
      `kind: ${kind}\npassing:\n  - role: forum\n    before: [attend]\n    agencies: [${agencies}]\nrules:\n  - id: board\n    label: Board\n    phrases: [the board]\n  - id: panel\n    label: Panel\n    phrases: [the panel]\n  - id: panel-chair\n    label: Panel chair\n    parent: panel\n    phrases: [panel chair]\n`;
    const ids = (text: string) => tagText(loadRules({ dirs: [dir], defaults: false }).tagger, text).agencies.map((t) => t.path[0]).sort();
    writeFileSync(join(dir, 'bodies.yaml'), file('board'));
    expect(ids('Staff attend the board and the panel.')).toEqual(['panel']);
    writeFileSync(join(dir, 'bodies.yaml'), file(''));
    expect(ids('Staff attend the board and the panel.')).toEqual([]);
    writeFileSync(join(dir, 'bodies.yaml'), file('panel-chair'));
    expect(() => loadRules({ dirs: [dir], defaults: false })).toThrow(/bodies\.yaml:3: passing forum: agencies names "panel-chair", a sub-rule of "panel": the cue reads a mention by its top-level agency rule; name "panel"/);
    writeFileSync(join(dir, 'bodies.yaml'), file('board', 'theme'));
    expect(() => loadRules({ dirs: [dir], defaults: false })).toThrow(/bodies\.yaml:5: passing forum: agencies go only in an agency file/);
  });

  it('rules check reports a cue\'s themes: or agencies: naming no rule, with the nearest top-level id, or a sub-rule, with its top-level id (issue 9, helper 9de)', () => {
    // On the code before (044e799) each fails: an unknown id had no "did you mean", an unknown agency was told as "not the id
    // of a top-level agency rule", a sub-rule's message did not name its top-level id, and a sub-theme loaded with no problem
    // while the cue never fired (a mention is read by its top-level theme).
    const run = jtai(['rules', 'check', 'fixtures/rules/invalid-cue-ids']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n').slice(1)).toEqual([
      expect.stringMatching(/agencies-cue-ids\.yaml:4: passing forum: agencies names "polce", not the id of any agency rule; did you mean "police"\?$/),
      expect.stringMatching(/agencies-cue-ids\.yaml:7: passing forum: agencies names "fire-service-prevention", a sub-rule of "fire-service": the cue reads a mention by its top-level agency rule; name "fire-service"$/),
      expect.stringMatching(/themes-cue-ids\.yaml:4: passing partner: themes names "plannig", not the id of any theme rule; did you mean "planning"\?$/),
      expect.stringMatching(/themes-cue-ids\.yaml:7: passing partner: themes names "housing-repairs", a sub-rule of "housing": the cue reads a mention by its top-level theme rule; name "housing"$/),
    ]);
  });

  it('a user\'s rule with a parent that replaces a top-level agency a shipped cue\'s agencies: names is told at the user\'s file (issue 9, helper 9de)', () => {
    // The shipped conference cue names children-social-care; the user's replacement made it a sub-rule, so the mistake is
    // the user's. On the code before (044e799) the problem named the shipped rules/agencies.yaml line, and this fails.
    const dir = tempDir();
    writeFileSync(join(dir, 'council.yaml'), "kind: agency\nrules:\n  - id: children-social-care\n    label: Children's social care\n    parent: multi-agency\n    phrases: [children's social care]\n");
    expect(() => loadRules({ dirs: [dir] })).toThrow(
      /council\.yaml:3: council\.children-social-care: has a parent, but replaces a top-level rule \(agencies\.yaml:\d+\) that passing forum \(agencies\.yaml:\d+\) names in agencies:/,
    );
  });

  it('rules check reports mistakes in an aside cue, and themes on a cue that cannot read them, each with its line', () => {
    const run = jtai(['rules', 'check', 'fixtures/rules/invalid-aside']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n').slice(1)).toEqual([
      expect.stringMatching(/agencies-aside\.yaml:4: passing aside: only a theme file weighs a finding's themes together/),
      expect.stringMatching(/agencies-aside\.yaml:\d+: passing recipient: themes go only in a theme file/),
      expect.stringMatching(/themes-aside\.yaml:6: passing aside: others must be a whole number of themes from 1 to 10/),
      expect.stringMatching(/themes-aside\.yaml:8: passing aside: themes names "plans", not the id of any theme rule/),
      expect.stringMatching(/themes-aside\.yaml:12: passing aside: .*leave out before/),
      expect.stringMatching(/themes-aside\.yaml:17: passing aside: needs openers .* and themes/),
      expect.stringMatching(/themes-aside\.yaml:20: passing status: openers go only with role aside/),
      expect.stringMatching(/themes-aside\.yaml:23: passing partner: themes names "plans", not the id of any theme rule/),
    ]);
  });

  it('rules check reports mistakes in a theme rule\'s concepts, each with its line', () => {
    const run = jtai(['rules', 'check', 'fixtures/rules/invalid-concepts']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n').slice(1)).toEqual([
      expect.stringMatching(/agencies-concepts\.yaml:8: agencies-concepts\.fire-service: concepts are for theme rules/),
      expect.stringMatching(/themes-concepts\.yaml:7: themes-concepts\.home-safety: a concept needs a name/),
      expect.stringMatching(/themes-concepts\.yaml:8: .*concept "alarms fitted" needs both heads and with/),
      expect.stringMatching(/themes-concepts\.yaml:9: .*concept "alarms checked": role must be one of object, subject, either/),
      expect.stringMatching(/themes-concepts\.yaml:10: .*concept "alarms tested": within must be a whole number of words from 1 to 12/),
      expect.stringMatching(/themes-concepts\.yaml:11: .*concept "alarms replaced": weight must be a number above 0/),
      expect.stringMatching(/themes-concepts\.yaml:12: unknown key "wihtin" .*did you mean "within"\?/),
      expect.stringMatching(/themes-concepts\.yaml:13: themes-concepts\.road-safety: a rule needs at least one of phrases, acronyms, patterns, near or concepts/),
      expect.stringMatching(/themes-concepts\.yaml:15: themes-concepts\.road-safety: concepts must be a list/),
    ]);
  });

  it('rules test names each rule with no example that matches (nothing shows it fires); --strict fails on them', () => {
    const run = jtai(['rules', 'test', 'fixtures/rules/no-examples']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines.slice(0, -1)).toEqual([
      'fixtures/rules/no-examples/agencies-extra.yaml:4: agencies-extra.fire-service: warning: no examples, so nothing tests it (add examples: match: [...] and nomatch: [...])',
      'fixtures/rules/no-examples/agencies-extra.yaml:7: agencies-extra.coastguard: warning: no example that matches, so nothing shows it fires (add examples: match: [...])',
    ]);
    expect(lines.at(-1)).toMatch(/^[\d,]+ passed, 0 failed; 2 rules untested \(no example that matches; --strict fails on them\)$/);
    const strict = jtai(['rules', 'test', 'fixtures/rules/no-examples', '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe(run.stdout);
    // The shipped rules alone have none untested, and say nothing more than before.
    expect(jtai(['rules', 'test', '--strict']).stdout).toMatch(/^[\d,]+ passed, 0 failed\n$/);
  });

  it('a file, a missing path or a folder with no rule files given as rules says which, and what to give instead (exit 2)', () => {
    // The error a user meets first: `jtai rules check README.md` said only "cannot read the folder README.md".
    const markdown = jtai(['rules', 'check', 'README.md']);
    expect(markdown.code).toBe(2);
    expect(markdown.stderr).toBe('jtai: README.md: invalid rules: a file, not a folder of rules, and not YAML (.yaml) (give the folder that holds your rule files)\n');
    const ruleFile = jtai(['rules', 'check', 'rules/agencies.yaml']);
    expect(ruleFile.code).toBe(2);
    expect(ruleFile.stderr).toBe('jtai: rules/agencies.yaml: invalid rules: a rule file, not a folder of rules (give the folder that holds it: rules)\n');
    // parse --rules and rules test say the same.
    const parse = jtai(['parse', 'fixtures/letters/wokingham-2017-07-14.txt', '--rules', 'README.md']);
    expect([parse.code, parse.stderr, parse.stdout]).toEqual([2, markdown.stderr, '']);
    expect(jtai(['rules', 'test', 'README.md']).stderr).toBe(markdown.stderr);
    const missing = jtai(['rules', 'check', 'no-such-rules']);
    expect([missing.code, missing.stderr]).toEqual([2, 'jtai: no-such-rules: invalid rules: no such folder (check the path)\n']);
    const empty = tempDir();
    const none = jtai(['rules', 'check', empty]);
    expect([none.code, none.stderr]).toEqual([2, `jtai: ${empty}: invalid rules: no rule files (.yaml) in this folder (give the folder that holds your rule files, each named .yaml)\n`]);
  });

  it('a file that is not YAML at all gets its first YAML error and a count of the rest, not one line per error', () => {
    const folder = tempDir();
    copyFileSync('README.md', join(folder, 'notes.yaml'));
    const run = jtai(['rules', 'check', folder]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^jtai: invalid rules: 1 problem in the rules:\\n${folder}/notes\\.yaml:\\d+: not valid YAML: .*; and \\d+ more YAML errors after it \\(is this a rule file\\?\\)\\n$`));
  });

  it('a parse with invalid rules stops with exit 2 and the report, never a stack trace', () => {
    const run = jtai(['parse', 'fixtures/letters/wokingham-2017-07-14.txt', '--rules', 'fixtures/rules/invalid']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^jtai: invalid rules: 6 problem/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('users\' rules', () => {
  it('add to the defaults, and replace a rule with the same id', () => {
    const rules = loadRules({ dirs: [fixture('rules/override')] });
    const tags = tagText(rules.tagger, 'A constable and the fire service attended; the police did not.').agencies;
    expect(tags.map((t) => [t.id, t.rule])).toEqual(
      expect.arrayContaining([['fire-service', 'agencies-local.fire-service'], ['police', 'agencies-local.police']]),
    );
    expect(tags.find((t) => t.id === 'police')?.match).toBe('constable');
  });

  it('--no-default-rules uses only the user\'s', () => {
    const rules = loadRules({ dirs: [fixture('rules/override')], defaults: false });
    expect(rules.tags.map((r) => r.id).sort()).toEqual(['fire-service', 'police']);
  });

  it('change the rules hash in the output', async () => {
    expect(loadRules({ dirs: [fixture('rules/override')] }).hash).not.toBe(loadRules().hash);
  });

  it('hash what the files say, not their text: a copy of the shipped rules with comments and other spacing has their hash', () => {
    const copy = tempDir();
    for (const name of readdirSync('rules')) {
      const text = readFileSync(join('rules', name), 'utf8');
      writeFileSync(join(copy, name), `# our copy of ${name}\n${text.replace(/\n\n/g, '\n\n   # a note of ours\n\n')}`);
    }
    const shipped = loadRules();
    const commented = loadRules({ dirs: [copy], defaults: false });
    expect(sameLayout(commented.layout, shipped.layout)).toBe(true);
    expect(commented.hash).toBe(shipped.hash);
    // A change of what a file says changes it.
    writeFileSync(join(copy, 'letter.yaml'), readFileSync('rules/letter.yaml', 'utf8').replace("phrases: ['criminal exploitation']", "phrases: ['criminal exploitation', 'county lines']"));
    const changed = loadRules({ dirs: [copy], defaults: false });
    expect(sameLayout(changed.layout, shipped.layout)).toBe(false);
    expect(changed.hash).not.toBe(shipped.hash);
  });
});

describe('--no-default-rules: no shipped tag rules; the layout rules still ship unless a folder has its own', () => {
  it('reads letters with the shipped layout and tags them with the user\'s rules alone, in every command', () => {
    const dir = tempDir();
    const letter = 'fixtures/letters/wokingham-2017-07-14.txt';
    const own = ['--no-default-rules', '--rules', 'fixtures/rules/override'];
    const shipped = JSON.parse(jtai(['parse', letter]).stdout) as ParseResult;
    const mine = JSON.parse(jtai(['parse', letter, ...own]).stdout) as ParseResult;
    expect(mine.findings.map((f) => f.id)).toEqual(shipped.findings.map((f) => f.id));
    expect(mine.findings.flatMap((f) => f.agencies).every((tag) => tag.rule.startsWith('agencies-local.'))).toBe(true);
    expect(mine.rules.hash).not.toBe(shipped.rules.hash);
    expect(mine.findings.flatMap((f) => f.themes)).toEqual([]);
    const json = join(dir, 'wokingham.json');
    writeFileSync(json, JSON.stringify(shipped));
    // Only agency rules: grouping by theme has nothing to do, and says why; by agency notes the missing kind.
    const byTheme = jtai(['summarise', json, '--by', 'theme', ...own]);
    expect(byTheme.code).toBe(2);
    expect(byTheme.stderr).toMatch(/^jtai: --by theme: the rules in use have no theme rules \(--no-default-rules leaves out the shipped ones, and fixtures\/rules\/override has none\), so no finding has a theme to group by/);
    const byAgency = jtai(['summarise', json, '--by', 'agency', ...own]);
    expect(byAgency.code).toBe(0);
    expect(byAgency.stderr).toMatch(/^note: the rules in use have no theme rules .*: no finding is tagged with a theme$/m);
    expect(jtai(['summarise', letter, '--by', 'theme', ...own]).code).toBe(2);
  });

  it('with nothing of the user\'s to use says so, naming what to give', () => {
    const parse = jtai(['parse', 'fixtures/letters/wokingham-2017-07-14.txt', '--no-default-rules']);
    expect(parse.code).toBe(2);
    expect(parse.stderr).toMatch(/--no-default-rules leaves out the shipped tag rules \(agencies\.yaml, themes\.yaml\), so there is nothing to tag with: give a folder of your own tag rules with --rules DIR/);
    const check = jtai(['rules', 'check', '--no-default-rules']);
    expect(check.code).toBe(2);
    expect(check.stderr).toMatch(/nothing of yours to check: give your folder \(jtai rules check DIR --no-default-rules\)/);
    const layoutOnly = tempDir();
    copyFileSync('rules/sections.yaml', join(layoutOnly, 'sections.yaml'));
    const test = jtai(['rules', 'test', layoutOnly, '--no-default-rules']);
    expect(test.code).toBe(2);
    expect(test.stderr).toMatch(/no tag rules found .*--no-default-rules leaves out the shipped ones, so add your own here, or leave out --no-default-rules/);
    // Without --no-default-rules the same folder is a layout of the user's beside the shipped tag rules.
    expect(jtai(['rules', 'check', layoutOnly]).code).toBe(0);
  });
});

describe('rules list', () => {
  const lineOf = (file: string, id: string) => readFileSync(file, 'utf8').split('\n').findIndex((line) => line.trim() === `- id: ${id}`) + 1;

  it('lists every rule in force with its kind, label and file, shipped or yours, and what each of yours replaces; JSON is the library\'s listRules', () => {
    const run = jtai(['rules', 'list', 'fixtures/rules/override', '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const { rules: listed, hash } = JSON.parse(run.stdout) as { rules: ListedRule[]; hash: string };
    const rules = loadRules({ dirs: [fixture('rules/override')] });
    expect(hash).toBe(rules.hash);
    const find = (kind: string, id: string) => listed.find((rule) => rule.kind === kind && rule.id === id);
    expect(find('agency', 'police')).toEqual({
      kind: 'agency', id: 'police', label: 'Police (local rule)', file: 'fixtures/rules/override/agencies-local.yaml', line: 10, origin: 'user',
      overrides: `rules/agencies.yaml:${lineOf('rules/agencies.yaml', 'police')}`,
    });
    expect(find('agency', 'fire-service')).toMatchObject({ origin: 'user', overrides: null });
    expect(find('agency', 'children-social-care')).toMatchObject({ label: "Children's social care", file: 'rules/agencies.yaml', origin: 'shipped', overrides: null });
    expect(find('theme', 'neglect')).toMatchObject({ file: 'rules/themes.yaml', line: lineOf('rules/themes.yaml', 'neglect'), origin: 'shipped' });
    expect(find('section', 'key-strengths')).toMatchObject({ label: 'Key strengths', file: 'rules/sections.yaml', line: null, origin: 'shipped' });
    expect(find('deep-dive', 'serious-youth-violence')).toMatchObject({ label: 'Serious youth violence', file: 'rules/letter.yaml', origin: 'shipped' });
    expect(listed.filter((rule) => rule.kind === 'agency' || rule.kind === 'theme')).toHaveLength(rules.tags.length);
    expect(listed).toEqual(listRules(rules).map((rule) => ({ ...rule, file: rule.file.replace(root, '') })));
  });

  it('shows as text which rules are yours, and --no-default-rules: your tag rules alone, the shipped layout', () => {
    const text = jtai(['rules', 'list', '--rules', 'fixtures/rules/override']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(new RegExp(`^agency +police +Police \\(local rule\\) +fixtures/rules/override/agencies-local\\.yaml:10 \\(yours; replaces rules/agencies\\.yaml:${lineOf('rules/agencies.yaml', 'police')}\\)$`, 'm'));
    expect(text.stdout).toMatch(/^section +key-strengths +Key strengths +rules\/sections\.yaml \(shipped\)$/m);
    expect(text.stdout).toMatch(/\n\d+ rules: \d+ shipped, 2 yours \(1 of them in place of another\)\n$/);
    const own = JSON.parse(jtai(['rules', 'list', 'fixtures/rules/override', '--no-default-rules', '-f', 'json']).stdout) as { rules: ListedRule[] };
    const tagRules = own.rules.filter((rule) => rule.kind === 'agency' || rule.kind === 'theme');
    expect(tagRules.map((rule) => [rule.id, rule.origin, rule.overrides])).toEqual([['fire-service', 'user', null], ['police', 'user', null]]);
    expect(own.rules.filter((rule) => rule.kind === 'section').every((rule) => rule.origin === 'shipped')).toBe(true);
  });

  it("names a user's sections.yaml as replacing the shipped one", () => {
    const copy = tempDir();
    copyFileSync('rules/sections.yaml', join(copy, 'sections.yaml'));
    const listed = listRules(loadRules({ dirs: [copy] }));
    expect(listed.find((rule) => rule.kind === 'section' && rule.id === 'summary')).toMatchObject({ origin: 'user', overrides: 'rules/sections.yaml' });
    expect(listed.find((rule) => rule.kind === 'deep-dive')).toMatchObject({ origin: 'shipped', overrides: null });
  });
});

describe('explain on JSON from parse', () => {
  it("explainFinding of the library needs the letter's context, and with it says what the command line says", async () => {
    const { explainFinding: explain, explanationToText: toText, letterContext: contextOf, parseFile, defaultRules, JtaiError } = await import('../src/index.js');
    const rules = defaultRules();
    const file = 'fixtures/letters/leeds-2024-05-16.pdf';
    const result = await parseFile(fixture('letters/leeds-2024-05-16.pdf'), { includeText: true });
    const finding = result.findings[0]!;
    expect(() => explain(finding, rules.tagger, undefined as never)).toThrow(JtaiError);
    expect(() => explain(finding, rules.tagger, undefined as never)).toThrow(/needs the finding's letter as its third argument: letterContext\(rules\.tagger, result\.text, result\.letter\.theme\)/);
    const context = contextOf(rules.tagger, result.text!, result.letter.theme);
    const library = result.findings.map((f) => toText(explain(f, rules.tagger, context))).join('\n');
    const cli = jtai(['explain', file]).stdout;
    const withoutLearned = (text: string) => text.split('\n').filter((line) => !/learned layer|score \d/.test(line)).join('\n').trim();
    expect(withoutLearned(cli)).toBe(withoutLearned(library));
  });


  it('warns when the JSON was tagged by other rules, and not when it is given the same rules', () => {
    const dir = tempDir();
    const json = join(dir, 'b-only.json');
    const own = ['--no-default-rules', '--rules', 'fixtures/rules/override'];
    expect(jtai(['parse', 'fixtures/letters/wokingham-2017-07-14.txt', ...own, '-o', json]).code).toBe(0);
    const other = jtai(['explain', json]);
    expect(other.code).toBe(0);
    expect(other.stderr).toMatch(/b-only\.json was parsed with other rules \(rules hash [0-9a-f]{16}\) than these \([0-9a-f]{16}\).*give explain the same --rules and --no-default-rules as parse had/);
    const same = jtai(['explain', json, ...own]);
    expect(same.code).toBe(0);
    expect(same.stderr).toBe('');
    expect(same.stdout).not.toMatch(/children-social-care/);
  });

  it('summarise warns too when JSON was tagged by other rules and none are given, and not when they are', () => {
    const dir = tempDir();
    const json = join(dir, 'b-only.json');
    const own = ['--no-default-rules', '--rules', 'fixtures/rules/override'];
    expect(jtai(['parse', 'fixtures/letters/wokingham-2017-07-14.txt', ...own, '-o', json]).code).toBe(0);
    const other = jtai(['summarise', json, '--by', 'agency', '-o', join(dir, 'other.md')]);
    expect(other.code).toBe(0);
    expect(other.stderr).toMatch(/warning: JSON was parsed with other rules \(rules hash [0-9a-f]{16}\) than these \([0-9a-f]{16}\).*named from their ids; give the same --rules/);
    // Mixed with a letter parsed now, with these rules: the same cause is said once, by the warning.
    const mixed = jtai(['summarise', json, 'fixtures/letters/leeds-2024-05-16.pdf', '--by', 'agency', '-o', join(dir, 'mixed.md')]);
    expect(mixed.code).toBe(0);
    expect(mixed.stderr.match(/parsed with other rules/g)).toHaveLength(1);
    expect(mixed.stderr).not.toMatch(/different sets of rules/);
    const same = jtai(['summarise', json, '--by', 'agency', ...own, '-o', join(dir, 'same.md')]);
    expect(same.code).toBe(0);
    expect(same.stderr).not.toMatch(/warning/);
  }, 60_000);

  it('heads the findings of each letter of JSON Lines with their letter', () => {
    const lines = join(tempDir(), 'two.jsonl');
    const letters = ['fixtures/letters/wokingham-2017-07-14.txt', 'fixtures/letters/leeds-2024-05-16.pdf'];
    expect(jtai(['parse', ...letters, '--format', 'jsonl', '-o', lines]).code).toBe(0);
    const run = jtai(['explain', lines]);
    expect(run.code).toBe(0);
    const headings = run.stdout.split('\n').filter((line) => line.startsWith('== '));
    expect(headings).toEqual([`== ${letters[0]} (Wokingham, 2017-07-14)`, `== ${letters[1]} (Leeds, 2024-05-16)`]);
  });
});
