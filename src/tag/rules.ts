import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, readlinkSync, statSync, type Dirent, type Stats } from 'node:fs';
import { basename, join } from 'node:path';
import { createRequire } from 'node:module';
import type { Document, LineCounter, Node, YAMLMap } from 'yaml';
import { grouped, plural } from '../render/words.js';
import { documentTooDeepLine, duplicateGroupNames, fileSizeProblem, MAX_RULE_BYTES_IN_ALL, MAX_RULE_FILES, MAX_TAG_RULES, NESTED_TOO_DEEP, nestingTooDeepLine, patternProblem, yamlErrorLine } from '../rule-safety.js';
import { yamlDataText } from '../segment/layout-rules.js';
import { pushAll } from '../long-arrays.js';

// yaml (and natural's distance, for hints) load only when a rule file is read: the default rules
// usually come compiled (rules.ts), and loading yaml is a good part of a one-letter run's start-up.
const require = createRequire(import.meta.url);
let yaml: typeof import('yaml');
const loadYaml = () => (yaml ??= require('yaml') as typeof import('yaml'));

function levenshtein(a: string, b: string): number {
  const { LevenshteinDistance } = require('natural/lib/natural/distance/levenshtein_distance.js') as { LevenshteinDistance: (a: string, b: string) => number };
  return LevenshteinDistance(a, b);
}

/** '; did you mean "x"?' for the known word the value is most likely a slip for, or nothing. */
function didYouMean(value: string, known: Iterable<string>): string {
  const nearest = [...known].map((k) => ({ k, d: levenshtein(value, k) })).sort((a, b) => a.d - b.d || (a.k < b.k ? -1 : 1))[0];
  return nearest && nearest.d <= 2 ? `; did you mean "${nearest.k}"?` : '';
}

/** "unknown key" advice: the known key it is most likely a slip for. */
function unknownKey(key: string, known: string[], what: string): string {
  return `unknown key "${key}" (${what} has: ${known.join(', ')})${didYouMean(key, known)}`;
}

// Tag rules as data: rules/agencies.yaml and rules/themes.yaml, and users' files beside them.
// Loading checks every file and reports each problem with its file, line and what to change.

export type TagKind = 'agency' | 'theme';

export interface TagRule {
  /** "<file>.<id>", e.g. "agencies.gp": which rule fired, and where it is written. */
  name: string;
  kind: TagKind;
  id: string;
  label: string;
  parent: string | null;
  phrases: string[];
  acronyms: string[];
  patterns: string[];
  exclude: string[];
  /** How much the standing matches must weigh together for the rule to fire (default 1): for words that only signal a theme when repeated. */
  mentions: number;
  /** What a match of a phrase or acronym weighs (default 1): a clear name of a harm can count as two passing words. */
  weights: Record<string, number>;
  /** Phrases matched by their exact word forms (any case), whose match takes away a match they overlap. */
  excludeForms: string[];
  /** Words of one list within a few words of another ("risk" near "look again"). */
  near: NearRule[];
  /** Themes only: a head word and its argument in one clause, in the argument's role ("parents are engaged"; see concepts.ts). */
  concepts: ConceptRule[];
  /**
   * Themes only: the roles of agencies' passing cues that are an event of this theme, whatever the words ("told": an agency
   * told, sent or given what another knows is information sharing). A mention of an agency in one of them tags the theme.
   */
  agencyRoles: string[];
  /**
   * Set for an implied agency (work that is the agency's by its nature, with no name of it): the
   * rule's tag stands only when every other agency evaluated in the finding is one of these ids.
   */
  impliedBeside: string[] | null;
  /**
   * With impliedBeside: other agencies that, evaluated only in other sentences of the finding, leave the
   * implied tag standing ("Placements are stable. The virtual school tracks attendance."): the work is
   * judged in a sentence of its own. Empty for none.
   */
  impliedApart: string[];
  /**
   * With impliedBeside: other agencies that leave the implied tag standing where every mention counted for them names a
   * forum (a meeting, panel, conference, core group or discussion: "Core group meetings are held regularly, but plans are
   * not updated"): the forum meets, the casework is still the agency's whose work it is by nature. Empty for none.
   */
  impliedForums: string[];
  /**
   * Agencies only: the rule's tag stands only when at least this many other agencies (top-level ids, its own left out) are
   * tagged in the same text; 0 for no such condition. Work done "jointly" or "together" is two agencies' joint work only
   * when two agencies are judged: one agency's two teams working jointly is not (issue 9, helper 9fh).
   */
  withAgencies: number;
  /**
   * Phrases that name no body by themselves ("the board", "subgroups"): each is the body, or a part
   * of the body, named last before it in the finding. A body of this rule, or none, keeps the
   * mention; another body named by one of `bodies` ("the health and wellbeing board") takes it away.
   */
  refersBack: ReferenceRule[];
  examples: { match: string[]; nomatch: string[] };
  file: string;
  line: number;
  /** Where the rule with this kind and id that this one replaces was written (a shipped rule, or an earlier folder's); absent when it replaces none. */
  replaces?: { file: string; line: number };
}

export interface ReferenceRule {
  phrases: string[];
  /** Last words of a body's name ("board", "partnership"), by which another body is known. */
  bodies: string[];
}

export interface NearRule {
  words: string[];
  with: string[];
  /** At most this many words apart (bounded, so matching stays linear). */
  within: number;
  /** What one pair weighs against the rule's `mentions` (1 unless set): a loose word made clear by its partner. */
  weight: number;
  /**
   * `exact` (from `forms: exact`): both lists match their words as written, not by stem, where a
   * stem joins words of other senses ("information" and "informed", "details" and "detailed").
   */
  forms: 'stems' | 'exact';
}

/**
 * A concept of a theme (issue 9): a clause's head verb or its nominalisation ("engage",
 * "engagement", by stem) with an argument of a class ("parents", "fathers", by exact word forms), in one clause and
 * at most `within` words apart, the argument in its `role`: `object` (after the head, or before it
 * in a passive or as its possessor: "parents are engaged", "parents' engagement"), `subject` (before
 * an active head, or its agent after "by": "managers review", "reviewed by managers"), or `either`.
 */
export interface ConceptRule {
  /** Shown by `jtai explain` with the words that fired it. */
  name: string;
  heads: string[];
  with: string[];
  role: ConceptRole;
  within: number;
  weight: number;
}

export const CONCEPT_ROLES = ['object', 'subject', 'either'] as const;
export type ConceptRole = (typeof CONCEPT_ROLES)[number];

/**
 * Words next to a mention that make it a mention in passing: the agency is where a referral is
 * sent, a forum or a document, not the one whose work is evaluated. Written in a rule file's
 * top-level `passing:` list, and applied to that file's kind.
 */
export interface PassingCue {
  kind: TagKind;
  role: string;
  /** Phrases that end just before the mention (skipping the `skip` words between). */
  before: string[];
  /** Phrases that start just after the mention. */
  after: string[];
  skip: string[];
  /** A governing word in the clause: the mention's phrase follows one of `prepositions`, with one of `heads` at most `within` words before it. */
  prepositions: string[];
  heads: string[];
  within: number;
  /** Predicates after the mention's phrase, skipping the `skip` words ("are not invited"). */
  predicates: string[];
  /**
   * For `before:` phrases that say where something sits ("based in"): the head word of the clause's
   * subject must be one of these (a person, a role, a service) or an acronym, so "advocates are
   * based in hospitals" is a host and "the toolkit is embedded in schools" is not.
   */
  subjects: string[];
  /**
   * Words that, just before a `before:` phrase, make it a noun or an adjective ("the challenge", "professional
   * challenge"). A cue with them has verbs for phrases, so a list after one is the verb's object and a later
   * mention that a verb of its own follows starts a clause ("challenge the police and the police respond").
   * With `heads`: words that, just before the governing word, judge what it governs ("limited input from
   * health" judges health's input), so the mention counts.
   */
  notAfter: string[];
  /**
   * The cue holds only when the list of mentions after it ends its noun phrase: "made up of police and
   * health staff" is a membership, "made up of police and health staff who share information" judges them.
   */
  endsPhrase: boolean;
  /**
   * Words that, just after the mention's phrase (its list, its shared head), undo a `before:` cue: "helps
   * the board to monitor" makes the board the one who monitors, so it is judged, not only helped.
   */
  notBefore: string[];
  /**
   * The `after:` phrases name another's document or data only when an agency named earlier in the
   * clause uses it: "social workers check police records" names the police in passing, "police records
   * are incomplete" judges the police's recording.
   */
  usedBy: boolean;
  /**
   * The role holds when a relative clause after the mention, or a verb joined to its predicate, makes it the
   * subject of a verb: "valued by schools, who say ..." reports the holder's opinion still; without it "raised
   * with the police, who responded quickly" makes the one named in passing the one who acts (src/tag/roles.ts,
   * relativeVerb and joinedAction).
   */
  holdsPastRelative: boolean;
  /**
   * With `predicates`: words one of which must open the subject's phrase (over its article), so that another's
   * action brings the predicate about: "the board made sure [that] a probation officer will be available".
   */
  openedBy: string[];
  /**
   * The cue reads only a mention whose last word is one of these (by stem): "children from [local schools]" is the
   * children's own school, while "referrals of children from [the police]" names the referrer, whose work is judged.
   */
  named: string[];
  /**
   * The cue holds only when one of these words stands up to three words before its phrase or governing word (in
   * its clause), or between that word and its preposition: "a missed opportunity to use the knowledge of health" says what was not drawn on,
   * "took the opportunity to review the work of health visitors" judges their work (empty: always). With `after:` phrases
   * alone, up to three words before the mention: "[managing] the risk falls to".
   */
  onlyNear: string[];
  /**
   * The cue holds only when one of these words (by stem) stands in the mention's sentence or in the one just before it:
   * "managing this risk falls to school staff" while children wait for a service (or "during this time", after a
   * sentence on the wait) says who holds the risk in the wait; without the wait it names who manages it (empty: always).
   */
  inSentence: string[];
  /**
   * The cue does not hold when one of these words (by stem) stands in the mention's own sentence: "GPs rarely contact the
   * police when a patient discloses violence, so officers do not know of the risk" passes on what is known, where "contact
   * the police without delay" names the one an offence is reported to (empty: never undone).
   */
  notInSentence: string[];
  /**
   * The cue does not hold when one of these words is the head of its sentence's opening subject (the words before the
   * sentence's first verb): "Children can speak with their social worker" is the child's access to the worker, whose
   * work it judges, where "teachers speak with the social worker" names the one consulted (empty: any subject).
   */
  notSubjects: string[];
  /**
   * The cue holds when one of these words heads the one the mention's act is done to (single words, by stem; the mention
   * a `named:` act): the noun phrase after its "of" ("supervision of the boy"), the object after its verb ("staff supervise
   * pupils"), or a passive participle's sentence subject ("pupils at risk are supervised"). A school's supervision of its
   * pupils is the care they get, a manager's of a worker oversight (empty: not read).
   */
  actedOn: string[];
  /**
   * With `before:` phrases or predicates: one of these words must be the head of the noun phrase after the phrase or the
   * predicate, its last noun (empty: any). "sits on the police's strategic [board]" names a seat on a body, and the
   * board's owner in passing; "the police sat on the MASH [referral]" a delay, the sitters' own work, and no seat.
   */
  objectHeads: string[];
  /**
   * Phrases (by word forms) that open the mention's sentence when it is not the text's first: "This means that social
   * workers must make further enquiries" says what another's work, in the sentences before, leaves an agency to do
   * (issue 9, helper 9bf). The role holds only when an agency is named before that sentence; a relative clause after the
   * mention still makes it act. An opener followed by "of" is no consequence of the sentence before ("As a result of ...").
   */
  sentenceOpeners: string[];
  /**
   * The cue does not hold when one of these words stands up to three words before its phrase or governing word (in
   * its clause), or between that word and its preposition: "pupils from local schools" are the schools' children,
   * "referrals of children from schools" name the schools as the referrer, whose work is judged (empty: never).
   */
  notNear: string[];
  /**
   * With heads: the cue does not hold when one of these words is what its governing word governs, standing between
   * that word and its preposition ("receive [a prompt assessment] from the CAMHS team"), or, when nothing stands between
   * them, up to three words before it ("the [help] they receive from a charity", "[reports] received from probation"), or
   * further when a relative word follows it ("the [reports] that social workers receive from the police"): the agency's own
   * service or product, judged. Not before a governing word that has its own object ("[Health services] receive
   * information from the police": the receiver), nor a word that another noun's preposition governs ("receive referrals
   * for [help] from schools", "referrals for an [assessment] received from schools": the referrals) (empty: never).
   */
  notObject: string[];
  /**
   * With `before:` phrases or heads: the cue holds only when its phrase or governing word stands outside the subject of
   * its clause's predicate, in an object or adjunct of another's act: "the partnership is accountable for delivering the
   * duties [placed on] the local authority" names the duty holder in passing, "the duties [placed on] the local
   * authority are met" judges it.
   */
  outsideSubject: boolean;
  /**
   * With `before:` phrases: the cue is undone when the mention (with its list) stands in its clause's subject, no verb
   * before it there, and a verb group after it makes it act: "officers visit the child's school" names the school in
   * passing, "the child's school raised the alarm" judges it; a passive after it does not act ("the child's school is not
   * given the outcome").
   */
  actsAsSubject: boolean;
  /**
   * Role `aside` only (theme files): a practice theme of `themes` named once, in a later sentence and
   * outside its main clause (after one of `openers` or a clause's punctuation), is an aside when at
   * least `others` other themes are clearly the finding's point (named twice, or in the first
   * sentence's main clause). Not a cue next to a mention: it weighs a finding's themes together.
   */
  openers: string[];
  others: number;
  /**
   * Theme files only: the themes the cue applies to, for an aside as for any other cue (empty: every
   * theme; an aside lists them). "with families" after "work closely" says who the partner is, which
   * is joint working's matter, not planning's.
   */
  themes: string[];
  /**
   * Agency files only: the agencies (top-level ids) whose mentions the cue reads (empty: every agency). A forum that
   * goes ahead without others' reports is the conference in passing for the council that convenes it, and still the
   * multi-agency forum whose working the finding judges.
   */
  agencies: string[];
  /**
   * How the `before:` phrases and the only-near and not-near words match: by their stems (`stems`, the default: "referred
   * to" finds "refers to") or by their exact word forms (`exact`: "involve" finds "involve" and not "involving", which names
   * a forum's members; "clinical" does not find "clinics").
   */
  forms: 'stems' | 'exact';
  file: string;
  line: number;
}

export interface RuleProblem {
  file: string;
  line: number;
  /** Where on its line the node told of starts (1 the first character), to list a line's problems in order; none for a whole rule or file. */
  column?: number;
  message: string;
}

export interface TagRuleSet {
  rules: TagRule[];
  passing: PassingCue[];
  problems: RuleProblem[];
  /** A hash of every file's name and YAML data (not its text: comments and spacing never count), for the rules hash. */
  dataHash: string;
}

const RULE_KEYS = ['id', 'label', 'parent', 'phrases', 'acronyms', 'patterns', 'exclude', 'exclude-forms', 'near', 'concepts', 'agency-roles', 'mentions', 'weights', 'implied-beside', 'implied-apart', 'implied-forums', 'with-agencies', 'refers-back', 'examples'];
const FILE_KEYS = ['kind', 'rules', 'passing', 'words'];
const NEAR_KEYS = ['words', 'with', 'within', 'weight', 'forms'];
const CONCEPT_KEYS = ['name', 'heads', 'with', 'role', 'within', 'weight'];
const REFERENCE_KEYS = ['phrases', 'bodies'];
const PASSING_KEYS = ['role', 'before', 'after', 'skip', 'prepositions', 'heads', 'within', 'predicates', 'subjects', 'not-after', 'not-before', 'ends-phrase', 'used-by', 'holds-past-relative', 'opened-by', 'named', 'only-near', 'in-sentence', 'not-in-sentence', 'not-subjects', 'acted-on', 'not-near', 'not-object', 'object-heads', 'sentence-openers', 'outside-subject', 'acts-as-subject', 'openers', 'others', 'themes', 'agencies', 'forms'];
/** The most other themes an aside can ask for: a finding has one to four, rarely more. */
const MAX_ASIDE_OTHERS = 10;
/** The widest `near:` window: wide enough for a clause, narrow enough to stay a clause. */
export const MAX_NEAR = 12;
/** Files in a rules folder that describe the letter's layout, not tags. */
export const LAYOUT_FILES = new Set(['sections.yaml', 'letter.yaml']);

function lineOf(node: Node | null | undefined, counter: LineCounter): number {
  const offset = node?.range?.[0];
  return offset === undefined ? 1 : counter.linePos(offset).line;
}

/** Tag rule files are read node by node, with each node's line; an alias (*name) is not followed. */
const ALIASES_NOT_READ = 'rule files do not expand aliases: write the text out';

function stringList(node: unknown, where: string, problem: (message: string, node?: Node) => void): string[] {
  if (node === undefined || node === null) return [];
  if (yaml.isAlias(node)) {
    problem(`${where} is an alias (*${node.source}); ${ALIASES_NOT_READ}`, node as Node);
    return [];
  }
  if (!yaml.isSeq(node)) {
    problem(`${where} must be a list of strings, like [word, another word]`, node as Node);
    return [];
  }
  const out: string[] = [];
  for (const item of node.items) {
    if (yaml.isScalar(item) && typeof item.value === 'string' && item.value.trim() !== '') out.push(item.value);
    else if (yaml.isAlias(item)) problem(`${where} holds an alias (*${item.source}); ${ALIASES_NOT_READ}`, item as Node);
    else problem(`${where} must hold only text; quote numbers and leave no empty entries`, item as Node);
  }
  return out;
}

/** The entries of a list of single words that are phrases (a cue's words, trimmed, hold a space only inside). */
const spaced = (words: string[]) => words.filter((word) => /\s/.test(word));

/** A passing cue's keys that an acted-on cue's reading never reads (cueRole decides it by the act's named word and the one it is done to). */
const ACTED_ON_IGNORES = ['before', 'after', 'heads', 'prepositions', 'predicates', 'skip', 'subjects', 'not-after', 'not-before', 'ends-phrase', 'used-by', 'opened-by', 'only-near', 'within', 'not-near', 'not-object', 'object-heads', 'sentence-openers', 'outside-subject', 'acts-as-subject', 'forms', 'holds-past-relative'];

/** The file's YAML data as canonical text (yamlDataText); a file whose aliases will not expand is refused anyway, so its text stands in. */
function yamlData(document: Document, text: string): string {
  try {
    return yamlDataText(document.toJS());
  } catch {
    return text;
  }
}

/** Reads one rule file. Problems are collected, not thrown, so that one report shows them all. */
export function readRuleFile(file: string, text: string): { rules: TagRule[]; passing: PassingCue[]; problems: RuleProblem[]; data: string } {
  const tooDeep = nestingTooDeepLine(text);
  if (tooDeep !== null) return { rules: [], passing: [], problems: [{ file, line: tooDeep, message: NESTED_TOO_DEEP }], data: '' };
  const { LineCounter, parseDocument } = loadYaml();
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const deepInYaml = documentTooDeepLine(document, counter);
  if (deepInYaml !== null) return { rules: [], passing: [], problems: [{ file, line: deepInYaml, message: NESTED_TOO_DEEP }], data: '' };
  const problems: RuleProblem[] = [];
  // A problem is told once: aliases of one node, side by side on a line, would repeat it.
  const told = new Set<string>();
  const problem = (message: string, node?: Node | null, line?: number) => {
    const offset = node?.range?.[0];
    const column = line === undefined && offset !== undefined ? counter.linePos(offset).col : undefined;
    const found: RuleProblem = { file, line: line ?? lineOf(node, counter), ...(column === undefined ? {} : { column }), message };
    const key = `${found.line}\n${message}`;
    if (!told.has(key)) problems.push(found);
    told.add(key);
  };
  // One error leads to others: past the first, a count (hundreds, in a file that is not YAML at all).
  const [first, ...more] = document.errors;
  if (first) {
    const rest = more.length > 0 ? `; and ${plural(more.length, 'more YAML error')} after it (is this a rule file?)` : '';
    const { line, unclosed } = yamlErrorLine(document, first, counter);
    problem(`not valid YAML: ${unclosed ?? first.message.split('\n')[0]}${rest}`, null, line);
  }
  if (document.errors.length > 0) return { rules: [], passing: [], problems, data: '' };
  const data = yamlData(document, text);
  const root = document.contents;
  if (!yaml.isMap(root)) {
    problem('a rule file is a mapping with "kind: agency" or "kind: theme" and a list of "rules:"', root as Node);
    return { rules: [], passing: [], problems, data };
  }
  for (const pair of root.items) {
    const key = yaml.isScalar(pair.key) ? String(pair.key.value) : '';
    if (!FILE_KEYS.includes(key)) problem(unknownKey(key, FILE_KEYS, 'a rule file'), pair.key as Node);
  }
  const kind = root.get('kind') as unknown;
  if (kind !== 'agency' && kind !== 'theme') {
    problem('kind must be "agency" or "theme"', (root.get('kind', true) as Node) ?? root);
    return { rules: [], passing: [], problems, data };
  }
  const list = root.get('rules', true);
  if (!yaml.isSeq(list)) {
    problem('rules must be a list of rules, each starting "- id: ..."', (list as Node) ?? root);
    return { rules: [], passing: [], problems, data };
  }
  const fileName = basename(file).replace(/\.ya?ml$/, '');
  const words = readWords(root.get('words', true), problem);
  const rules: TagRule[] = [];
  for (const item of list.items) {
    if (!yaml.isMap(item)) {
      problem('each rule is a mapping starting "- id: ..."', item as Node);
      continue;
    }
    for (const pair of item.items) {
      const key = yaml.isScalar(pair.key) ? String(pair.key.value) : '';
      if (!RULE_KEYS.includes(key)) problem(unknownKey(key, RULE_KEYS, 'a rule'), pair.key as Node);
    }
    const id = item.get('id');
    if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(id)) {
      problem('id must be lower-case words joined by hyphens, like "health-visiting"', (item.get('id', true) as Node) ?? item);
      continue;
    }
    const where = `${fileName}.${id}`;
    const listOf = (key: string) => stringList(item.get(key, true), `${where}: ${key}`, (m, n) => problem(m, n ?? item));
    const parent = item.get('parent');
    const examples = item.get('examples', true);
    let match: string[] = [];
    let nomatch: string[] = [];
    if (examples !== undefined) {
      if (!yaml.isMap(examples)) problem(`${where}: examples must have "match:" and "nomatch:" lists`, examples as Node);
      else {
        match = stringList(examples.get('match', true), `${where}: examples.match`, (m, n) => problem(m, n ?? examples));
        nomatch = stringList(examples.get('nomatch', true), `${where}: examples.nomatch`, (m, n) => problem(m, n ?? examples));
      }
    }
    const rule: TagRule = {
      name: where,
      kind,
      id,
      label: typeof item.get('label') === 'string' ? (item.get('label') as string) : id,
      parent: typeof parent === 'string' ? parent : null,
      phrases: listOf('phrases'),
      acronyms: listOf('acronyms'),
      patterns: listOf('patterns').map((pattern) => withWords(pattern, words, `${where}: patterns`, (m) => problem(m, item.get('patterns', true) as Node))),
      exclude: listOf('exclude'),
      mentions: typeof item.get('mentions') === 'number' ? (item.get('mentions') as number) : 1,
      weights: {},
      excludeForms: listOf('exclude-forms'),
      near: [],
      concepts: [],
      agencyRoles: listOf('agency-roles'),
      impliedBeside: item.has('implied-beside') ? listOf('implied-beside') : null,
      impliedApart: listOf('implied-apart'),
      impliedForums: listOf('implied-forums'),
      withAgencies: typeof item.get('with-agencies') === 'number' ? (item.get('with-agencies') as number) : 0,
      refersBack: [],
      examples: { match, nomatch },
      file,
      line: lineOf(item, counter),
    };
    const mentions = item.get('mentions') as unknown;
    if (mentions !== undefined && (typeof mentions !== 'number' || !Number.isInteger(mentions) || mentions < 1)) {
      problem(`${where}: mentions must be a whole number from 1`, item.get('mentions', true) as Node);
    }
    readRuleExtras(item, rule, (m, n) => problem(m, n ?? item));
    if (rule.concepts.length > 0 && kind !== 'theme') problem(`${where}: concepts are for theme rules (what a clause says about a theme)`, item.get('concepts', true) as Node);
    if (rule.agencyRoles.length > 0 && kind !== 'theme') problem(`${where}: agency-roles are for theme rules (an agency's role that is an event of the theme)`, item.get('agency-roles', true) as Node);
    for (const role of rule.agencyRoles) if (!/^[a-z][a-z-]*$/.test(role)) problem(`${where}: agency-roles holds "${role}"; a role is a lower-case word like "told", as a passing cue's`, item.get('agency-roles', true) as Node);
    if (rule.impliedBeside && kind !== 'agency') problem(`${where}: implied-beside is for agency rules (an agency implied when no other is evaluated)`, item.get('implied-beside', true) as Node);
    if (item.has('with-agencies') && (kind !== 'agency' || !Number.isInteger(item.get('with-agencies')) || (item.get('with-agencies') as number) < 1)) {
      problem(`${where}: with-agencies is for agency rules, a whole number from 1 (how many other agencies must be tagged beside it)`, item.get('with-agencies', true) as Node);
    }
    if (rule.impliedApart.length > 0 && !rule.impliedBeside) problem(`${where}: implied-apart goes with implied-beside (the agencies an implied tag may stand with when they are named in other sentences)`, item.get('implied-apart', true) as Node);
    if (rule.impliedForums.length > 0 && !rule.impliedBeside) problem(`${where}: implied-forums goes with implied-beside (the agencies an implied tag may stand with when they are named only as a forum)`, item.get('implied-forums', true) as Node);
    if (parent !== undefined && typeof parent !== 'string') problem(`${where}: parent must be the id of another rule`, item.get('parent', true) as Node);
    for (const found of patternProblems(rule, item, counter, (pattern) => withWords(pattern, words, '', () => {}))) problem(found.message, null, found.line);
    for (const acronym of rule.acronyms) {
      if (!/^[A-Za-z0-9]+$/.test(acronym)) problem(`${where}: acronym "${acronym}" must be letters and digits only; use patterns for anything else`, item.get('acronyms', true) as Node);
    }
    if (rule.phrases.length + rule.acronyms.length + rule.patterns.length + rule.near.length + rule.concepts.length === 0) {
      problem(`${where}: a rule needs at least one of phrases, acronyms, patterns, near or concepts`, item);
    }
    rules.push(rule);
  }
  const passing = readPassing(root.get('passing', true), kind, file, problem, counter);
  return { rules, passing, problems, data };
}

type Problem = (message: string, node?: Node | null) => void;

/**
 * A file's word classes (`words:`, a name and its list of alternatives, each written as in a pattern): one list that several
 * patterns of the file share, written `(?&name)` in a pattern and read as `(?:one|two|...)`, so that the list is kept in
 * one place ("(?&child-or-parent) (?:are|is) unsure"). A class is the file's own; it does not reach another file.
 */
function readWords(node: unknown, problem: Problem): Map<string, string> {
  const words = new Map<string, string>();
  if (node === undefined || node === null) return words;
  if (!yaml.isMap(node)) {
    problem('words must be a mapping of a name to its list of alternatives, like "child-or-parent: [parents?, children]"', node as Node);
    return words;
  }
  for (const pair of node.items) {
    const name = yaml.isScalar(pair.key) ? String(pair.key.value) : '';
    if (!/^[a-z][a-z0-9-]*$/.test(name)) {
      problem(`words: the name "${name}" must be lower-case words joined by hyphens, like "child-or-parent"`, pair.key as Node);
      continue;
    }
    const alternatives = stringList(pair.value, `words: ${name}`, problem);
    if (alternatives.length > 0) words.set(name, `(?:${alternatives.join('|')})`);
  }
  return words;
}

/** A pattern with each `(?&name)` read as the file's word class of that name. */
function withWords(pattern: string, words: Map<string, string>, where: string, problem: (message: string) => void): string {
  if (!pattern.includes('(?&')) return pattern;
  return pattern.replace(/\(\?&([^)]*)\)/g, (whole, name: string) => {
    const alternatives = words.get(name);
    if (alternatives !== undefined) return alternatives;
    problem(`${where}: "${whole}" names no word class of this file (words: ${words.size > 0 ? [...words.keys()].join(', ') : 'none'})`);
    return '(?!)';
  });
}

function keysOf(map: Node, known: string[], what: string, problem: Problem): void {
  if (!yaml.isMap(map)) return;
  for (const pair of map.items) {
    const key = yaml.isScalar(pair.key) ? String(pair.key.value) : '';
    if (!known.includes(key)) problem(unknownKey(key, known, what), pair.key as Node);
  }
}

/** A whole number of words from 1 to MAX_NEAR, or the default when absent. */
function wordWindow(value: unknown, fallback: number): number | null {
  if (value === undefined) return fallback;
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_NEAR ? value : null;
}

/** `concepts:` of one rule, into the rule. */
function readConcepts(item: YAMLMap, rule: TagRule, problem: Problem): void {
  const concepts = item.get('concepts', true);
  if (concepts === undefined) return;
  if (!yaml.isSeq(concepts)) {
    problem(`${rule.name}: concepts must be a list of {name, heads, with, role, within}`, concepts as Node);
    return;
  }
  for (const entry of concepts.items) {
    if (!yaml.isMap(entry)) {
      problem(`${rule.name}: each concept is a mapping with name, heads and with`, entry as Node);
      continue;
    }
    keysOf(entry, CONCEPT_KEYS, 'a concept', problem);
    const name = entry.get('name');
    const heads = stringList(entry.get('heads', true), `${rule.name}: concepts.heads`, problem);
    const withWords = stringList(entry.get('with', true), `${rule.name}: concepts.with`, problem);
    const role = entry.get('role') ?? 'object';
    const within = wordWindow(entry.get('within'), 6);
    const weight = (entry.get('weight') as unknown) ?? 1;
    if (typeof name !== 'string' || name.trim() === '') problem(`${rule.name}: a concept needs a name, which jtai explain shows`, entry);
    else if (heads.length === 0 || withWords.length === 0) problem(`${rule.name}: concept "${name}" needs both heads and with`, entry);
    else if (!CONCEPT_ROLES.includes(role as ConceptRole)) problem(`${rule.name}: concept "${name}": role must be one of ${CONCEPT_ROLES.join(', ')}`, (entry.get('role', true) as Node) ?? entry);
    else if (within === null) problem(`${rule.name}: concept "${name}": within must be a whole number of words from 1 to ${MAX_NEAR}`, (entry.get('within', true) as Node) ?? entry);
    else if (typeof weight !== 'number' || !(weight > 0) || weight > 100) problem(`${rule.name}: concept "${name}": weight must be a number above 0`, (entry.get('weight', true) as Node) ?? entry);
    else rule.concepts.push({ name, heads, with: withWords, role: role as ConceptRole, within, weight });
  }
}

/** `near:`, `concepts:`, `weights:` and `refers-back:` of one rule, into the rule; problems reported with their lines. */
function readRuleExtras(item: Node, rule: TagRule, problem: Problem): void {
  if (!yaml.isMap(item)) return;
  readConcepts(item, rule, problem);
  const near = item.get('near', true);
  if (near !== undefined) {
    if (!yaml.isSeq(near)) problem(`${rule.name}: near must be a list of {words, with, within}`, near as Node);
    else {
      for (const entry of near.items) {
        if (!yaml.isMap(entry)) {
          problem(`${rule.name}: each near entry is a mapping with words, with and within`, entry as Node);
          continue;
        }
        keysOf(entry, NEAR_KEYS, 'a near entry', problem);
        const words = stringList(entry.get('words', true), `${rule.name}: near.words`, problem);
        const withWords = stringList(entry.get('with', true), `${rule.name}: near.with`, problem);
        const within = entry.get('within') as unknown;
        if (typeof within !== 'number' || !Number.isInteger(within) || within < 1 || within > MAX_NEAR) {
          problem(`${rule.name}: near.within must be a whole number of words from 1 to ${MAX_NEAR}`, (entry.get('within', true) as Node) ?? entry);
          continue;
        }
        if (words.length === 0 || withWords.length === 0) {
          problem(`${rule.name}: near needs both words and with`, entry);
          continue;
        }
        const weight = (entry.get('weight') as unknown) ?? 1;
        if (typeof weight !== 'number' || !(weight > 0) || weight > 100) {
          problem(`${rule.name}: near.weight must be a number above 0`, (entry.get('weight', true) as Node) ?? entry);
          continue;
        }
        const forms = (entry.get('forms') as unknown) ?? 'stems';
        if (forms !== 'stems' && forms !== 'exact') {
          problem(`${rule.name}: near.forms must be "stems" (the default) or "exact" (the words as written)`, (entry.get('forms', true) as Node) ?? entry);
          continue;
        }
        rule.near.push({ words, with: withWords, within, weight, forms });
      }
    }
  }
  const weights = item.get('weights', true);
  if (weights !== undefined) {
    if (!yaml.isMap(weights)) {
      problem(`${rule.name}: weights must map a phrase or acronym of the rule to a number, like {knife crime: 2}`, weights as Node);
      return;
    }
    const known = new Set([...rule.phrases, ...rule.acronyms].map((p) => p.toLowerCase()));
    for (const pair of weights.items) {
      const phrase = yaml.isScalar(pair.key) ? String(pair.key.value) : '';
      const weight = yaml.isScalar(pair.value) ? pair.value.value : undefined;
      if (!known.has(phrase.toLowerCase())) problem(`${rule.name}: weights names "${phrase}", which is not one of the rule's phrases or acronyms`, pair.key as Node);
      else if (typeof weight !== 'number' || !(weight > 0) || weight > 100) problem(`${rule.name}: the weight of "${phrase}" must be a number above 0`, (pair.value as Node) ?? weights);
      else rule.weights[phrase.toLowerCase()] = weight;
    }
  }
  const references = item.get('refers-back', true);
  if (references !== undefined) {
    if (!yaml.isSeq(references)) problem(`${rule.name}: refers-back must be a list of {phrases, bodies}`, references as Node);
    else {
      for (const entry of references.items) {
        if (!yaml.isMap(entry)) {
          problem(`${rule.name}: each refers-back entry is a mapping with phrases and bodies`, entry as Node);
          continue;
        }
        keysOf(entry, REFERENCE_KEYS, 'a refers-back entry', problem);
        const phrases = stringList(entry.get('phrases', true), `${rule.name}: refers-back.phrases`, problem);
        const bodies = stringList(entry.get('bodies', true), `${rule.name}: refers-back.bodies`, problem);
        const unknown = phrases.filter((phrase) => !rule.phrases.some((p) => p.toLowerCase() === phrase.toLowerCase()));
        if (phrases.length === 0 || bodies.length === 0) problem(`${rule.name}: refers-back needs both phrases and bodies`, entry);
        else if (unknown.length > 0) problem(`${rule.name}: refers-back names "${unknown[0]}", which is not one of the rule's phrases`, entry.get('phrases', true) as Node);
        else rule.refersBack.push({ phrases, bodies });
      }
    }
  }
}

function readPassing(node: unknown, kind: TagKind, file: string, problem: (message: string, node?: Node | null) => void, counter: LineCounter): PassingCue[] {
  if (node === undefined) return [];
  if (!yaml.isSeq(node)) {
    problem('passing must be a list of cues, each "- role: ..." with before: and/or after: phrases', node as Node);
    return [];
  }
  const cues: PassingCue[] = [];
  for (const entry of node.items) {
    if (!yaml.isMap(entry)) {
      problem('each passing cue is a mapping with role, and before and/or after', entry as Node);
      continue;
    }
    keysOf(entry, PASSING_KEYS, 'a passing cue', problem);
    const role = entry.get('role');
    if (typeof role !== 'string' || !/^[a-z][a-z-]*$/.test(role)) {
      problem('a passing cue needs a role, a lower-case word like "recipient"', (entry.get('role', true) as Node) ?? entry);
      continue;
    }
    // A cue's words as words, without padding (a quoted ' risk' would never match a token's stem); a rule's patterns keep
    // theirs, where a space is part of the expression (helper 9ed: a second code reader's point 5).
    const list = (key: string) => stringList(entry.get(key, true), `passing ${role}: ${key}`, (m, n) => problem(m, n ?? entry)).map((word) => word.trim());
    const within = entry.get('within') as unknown;
    const others = entry.get('others') as unknown;
    const forms = entry.get('forms') as unknown;
    const cue: PassingCue = {
      kind,
      role,
      before: list('before'),
      after: list('after'),
      skip: list('skip'),
      prepositions: list('prepositions'),
      heads: list('heads'),
      within: typeof within === 'number' ? within : 6,
      predicates: list('predicates'),
      subjects: list('subjects'),
      notAfter: list('not-after'),
      endsPhrase: entry.get('ends-phrase') === true,
      notBefore: list('not-before'),
      usedBy: entry.get('used-by') === true,
      holdsPastRelative: entry.get('holds-past-relative') === true,
      openedBy: list('opened-by'),
      named: list('named'),
      onlyNear: list('only-near'),
      inSentence: list('in-sentence'),
      notInSentence: list('not-in-sentence'),
      notSubjects: list('not-subjects'),
      actedOn: list('acted-on'),
      objectHeads: list('object-heads'),
      sentenceOpeners: list('sentence-openers'),
      notNear: list('not-near'),
      notObject: list('not-object'),
      outsideSubject: entry.get('outside-subject') === true,
      actsAsSubject: entry.get('acts-as-subject') === true,
      openers: list('openers'),
      others: typeof others === 'number' ? others : 0,
      themes: list('themes'),
      agencies: list('agencies'),
      forms: forms === 'exact' ? 'exact' : 'stems',
      file,
      line: lineOf(entry, counter),
    };
    const asideKeys = ['openers', 'others'].filter((key) => entry.has(key));
    if (role === 'aside' || asideKeys.length > 0) {
      const local = PASSING_KEYS.filter((key) => !['role', 'openers', 'others', 'themes'].includes(key) && entry.has(key));
      if (role !== 'aside') problem(`passing ${role}: ${asideKeys.join(', ')} go only with role aside`, entry);
      else if (kind !== 'theme') problem('passing aside: only a theme file weighs a finding\'s themes together', entry);
      else if (local.length > 0) problem(`passing aside: weighs a finding's themes together, not the words next to a mention; leave out ${local.join(', ')}`, entry);
      else if (typeof others !== 'number' || !Number.isInteger(others) || others < 1 || others > MAX_ASIDE_OTHERS) {
        problem(`passing aside: others must be a whole number of themes from 1 to ${MAX_ASIDE_OTHERS}`, (entry.get('others', true) as Node) ?? entry);
      } else if (cue.openers.length === 0 || cue.themes.length === 0) problem('passing aside: needs openers (words that open a trailing clause) and themes (the practice themes it weighs)', entry);
      else cues.push(cue);
      continue;
    }
    if (cue.themes.length > 0 && kind !== 'theme') {
      problem(`passing ${role}: themes go only in a theme file (the themes the cue reads)`, (entry.get('themes', true) as Node) ?? entry);
    } else if (cue.agencies.length > 0 && kind !== 'agency') {
      problem(`passing ${role}: agencies go only in an agency file (the agencies whose mentions the cue reads)`, (entry.get('agencies', true) as Node) ?? entry);
    } else if (kind === 'theme' && entry.has('acted-on') && ACTED_ON_IGNORES.some((key) => entry.has(key))) {
      // keys the acted-on reading never reads, which would be silently ignored (point 4); said before any key's own
      // pairing, which would ask for what this asks to leave out ("acts-as-subject goes with before: phrases", then with
      // before: given "leave out before, acts-as-subject"; a second code reader's point 7, helper 9et)
      problem(`passing ${role}: acted-on goes with named: acts alone, besides themes, in-sentence, not-in-sentence and not-subjects; leave out ${ACTED_ON_IGNORES.filter((key) => entry.has(key)).join(', ')}`, entry);
    } else if (within !== undefined && (typeof within !== 'number' || !Number.isInteger(within) || within < 1 || within > MAX_NEAR)) {
      problem(`passing ${role}: within must be a whole number of words from 1 to ${MAX_NEAR}`, (entry.get('within', true) as Node) ?? entry);
    } else if ((cue.prepositions.length === 0) !== (cue.heads.length === 0)) {
      problem(`passing ${role}: prepositions and heads go together (a governing word before a preposition)`, entry);
    } else if (cue.subjects.length > 0 && (cue.before.length === 0 || cue.before.some((phrase) => phrase.includes('...')) || cue.after.length + cue.heads.length + cue.predicates.length > 0)) {
      // Only a before: phrase is checked against its clause's subject: with after:, heads or predicates they would be silently ignored.
      problem(`passing ${role}: subjects go only with before: phrases without a gap (the subject of the clause the phrase ends), not with after:, heads or predicates`, entry);
    } else if (spaced(cue.subjects).length > 0) {
      problem(`passing ${role}: subjects are single head words (a clause subject's head is one word): ${spaced(cue.subjects).join(', ')}`, entry);
    } else if (spaced(cue.named).length > 0) {
      problem(`passing ${role}: named are single words, the last word of a mention the cue reads (a mention ends in one word): ${spaced(cue.named).join(', ')}`, entry);
    } else if (cue.notAfter.length > 0 && cue.heads.length === 0 && (cue.before.length === 0 || cue.before.some((phrase) => phrase.includes('...')))) {
      problem(`passing ${role}: not-after goes with before: phrases without a gap (the word just before the phrase) or with heads (the word just before the governing word)`, entry);
    } else if (cue.onlyNear.length > 0 && cue.before.length + cue.heads.length + cue.after.length === 0) {
      problem(`passing ${role}: only-near goes with before: phrases, heads or after: phrases (one of its words must stand up to three words before the phrase, the governing word or the mention)`, entry);
    } else if (cue.objectHeads.length > 0 && cue.before.length + cue.predicates.length === 0) {
      problem(`passing ${role}: object-heads goes with before: phrases or predicates (one of its words must be the head of the noun phrase after them)`, entry);
    } else if (spaced(cue.objectHeads).length > 0) {
      problem(`passing ${role}: object-heads are single words, a noun phrase's head: ${spaced(cue.objectHeads).join(', ')}`, entry);
    } else if (cue.notNear.length > 0 && cue.before.length + cue.heads.length + cue.sentenceOpeners.length === 0) {
      problem(`passing ${role}: not-near goes with before: phrases or heads (none of its words may stand up to three words before the phrase or the governing word) or with sentence-openers (none after the mention in its sentence)`, entry);
    } else if (cue.notObject.length > 0 && (cue.heads.length === 0 || cue.prepositions.length === 0)) {
      problem(`passing ${role}: not-object goes with heads and prepositions (none of its words may be what the governing word governs: between it and its preposition, or before it, up to three words or a relative clause, when nothing stands between them)`, entry);
    } else if (cue.notBefore.length > 0 && cue.before.length + cue.predicates.length === 0) {
      problem(`passing ${role}: not-before goes with before: phrases (the word just after the mention's phrase undoes them) or predicates (the word just after the predicate)`, entry);
    } else if (entry.has('outside-subject') && (typeof entry.get('outside-subject') !== 'boolean' || cue.before.length + cue.heads.length === 0)) {
      problem(`passing ${role}: outside-subject is true or false, and goes with before: phrases or heads (the phrase or the governing word must stand outside its clause's subject)`, (entry.get('outside-subject', true) as Node) ?? entry);
    } else if (entry.has('acts-as-subject') && (typeof entry.get('acts-as-subject') !== 'boolean' || cue.before.length === 0)) {
      problem(`passing ${role}: acts-as-subject is true or false, and goes with before: phrases (a mention in its clause's subject with an acting verb after it is judged)`, (entry.get('acts-as-subject', true) as Node) ?? entry);
    } else if (entry.has('forms') && ((forms !== 'exact' && forms !== 'stems') || cue.before.length + cue.onlyNear.length + cue.notNear.length === 0)) {
      problem(`passing ${role}: forms must be "stems" (the default) or "exact", and goes with before: phrases, only-near or not-near words (exact: each word as written, not by its stem)`, (entry.get('forms', true) as Node) ?? entry);
    } else if (entry.has('ends-phrase') && typeof entry.get('ends-phrase') !== 'boolean') {
      problem(`passing ${role}: ends-phrase is true or false`, (entry.get('ends-phrase', true) as Node) ?? entry);
    } else if (entry.has('used-by') && (typeof entry.get('used-by') !== 'boolean' || cue.after.length === 0)) {
      problem(`passing ${role}: used-by is true or false, and goes with after: phrases (another's document or data)`, (entry.get('used-by', true) as Node) ?? entry);
    } else if (entry.has('holds-past-relative') && typeof entry.get('holds-past-relative') !== 'boolean') {
      problem(`passing ${role}: holds-past-relative is true or false`, (entry.get('holds-past-relative', true) as Node) ?? entry);
    } else if (spaced(cue.inSentence).length > 0) {
      problem(`passing ${role}: in-sentence words are single words, one of which must stand in the mention's sentence or the one before it: ${spaced(cue.inSentence).join(', ')}`, entry);
    } else if (spaced(cue.notInSentence).length > 0) {
      problem(`passing ${role}: not-in-sentence words are single words, none of which may stand in the mention's sentence: ${spaced(cue.notInSentence).join(', ')}`, entry);
    } else if (spaced(cue.notSubjects).length > 0) {
      problem(`passing ${role}: not-subjects are single head words (the head of the sentence's opening subject is one word): ${spaced(cue.notSubjects).join(', ')}`, entry);
    } else if (entry.has('acted-on') && cue.actedOn.length === 0) {
      // Read by the key, not by its words: a cue with the key reports its own problem, not "needs before: or after:
      // phrases" (a code reader's point 5, issue 9, helper 9ek); one not a list has had its problem said already.
      if (yaml.isSeq(entry.get('acted-on', true))) problem(`passing ${role}: acted-on is empty: list the head words one of which must head the one the act is done to`, (entry.get('acted-on', true) as Node) ?? entry);
    } else if (cue.actedOn.some((word) => word.trim().split(/\s+/).length > 2)) {
      problem(`passing ${role}: acted-on words are head words, alone or after one word before them ("young people"): ${cue.actedOn.filter((word) => word.trim().split(/\s+/).length > 2).join(', ')}`, (entry.get('acted-on', true) as Node) ?? entry);
    } else if (cue.actedOn.length > 0 && kind !== 'theme') {
      // named: in an agency file is a mention's last word, a noun, which has no object after it (point 4).
      problem(`passing ${role}: acted-on goes only in a theme file (the one a named act is done to)`, (entry.get('acted-on', true) as Node) ?? entry);
    } else if (cue.actedOn.length > 0 && cue.named.length === 0) {
      problem(`passing ${role}: acted-on goes with named: acts (the one each is done to)`, entry);
    } else if (cue.actedOn.length > 0) {
      cues.push(cue);
    } else if (cue.sentenceOpeners.length > 0 && (kind !== 'agency' || cue.before.length + cue.after.length + cue.heads.length + cue.predicates.length + cue.inSentence.length + cue.notInSentence.length + cue.notSubjects.length > 0)) {
      problem(`passing ${role}: sentence-openers go alone (no before:, after:, heads, predicates, in-sentence, not-in-sentence or not-subjects), in an agency file: the phrases that open a mention's sentence`, (entry.get('sentence-openers', true) as Node) ?? entry);
    } else if (cue.sentenceOpeners.length > 0) {
      cues.push(cue);
    } else if (cue.before.length + cue.after.length + cue.heads.length + cue.predicates.length === 0) {
      problem(`passing ${role}: needs before: or after: phrases`, entry);
    } else cues.push(cue);
  }
  return cues;
}

/** Each pattern that would fail or could backtrack without bound, at its own line. */
function patternProblems(rule: TagRule, item: YAMLMap, counter: LineCounter, expand: (pattern: string) => string): RuleProblem[] {
  const list = item.get('patterns', true);
  const lineOfPattern = (pattern: string) =>
    lineOf((yaml.isSeq(list) ? list.items.find((entry) => yaml.isScalar(entry) && typeof entry.value === 'string' && expand(entry.value) === pattern) : list) as Node, counter);
  const problems: RuleProblem[] = [];
  for (const pattern of rule.patterns) {
    const problem = patternProblem(pattern, 'iu');
    if (problem) problems.push({ file: rule.file, line: lineOfPattern(pattern), message: `${rule.name}: pattern ${JSON.stringify(pattern)} ${problem}` });
  }
  for (const name of duplicateGroupNames(rule.patterns)) {
    problems.push({ file: rule.file, line: lineOf(list as Node, counter), message: `${rule.name}: the group name "${name}" is used twice; the rule's patterns are joined into one expression, so use (?:...) groups` });
  }
  return problems;
}

/** Phrases, acronyms, patterns and exclusions over all rules: the shipped rules have about 1,500. */
export const MAX_RULE_ENTRIES = 50_000;

function entryCountProblems(rules: TagRule[]): RuleProblem[] {
  let total = 0;
  for (const rule of rules) {
    total += rule.phrases.length + rule.acronyms.length + rule.patterns.length + rule.exclude.length + rule.concepts.reduce((sum, concept) => sum + concept.heads.length + concept.with.length, 0);
    if (total > MAX_RULE_ENTRIES) {
      return [{ file: rule.file, line: rule.line, message: `${rule.name}: the rules hold more than ${grouped(MAX_RULE_ENTRIES)} phrases, acronyms, patterns and exclusions; that is the limit` }];
    }
  }
  return [];
}

/** What a link points to, or undefined for none (missing, or a loop of links). */
function linkTarget(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

export function ruleFiles(dir: string): string[] {
  // A link is read as the file it points to; one that points to no file is kept, for the reader to name it.
  const fileOrLink = (entry: Dirent) => entry.isFile() || (entry.isSymbolicLink() && !linkTarget(join(dir, entry.name))?.isDirectory());
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => fileOrLink(entry) && /\.ya?ml$/.test(entry.name) && !LAYOUT_FILES.has(entry.name))
    .map((entry) => entry.name)
    .sort()
    .map((name) => join(dir, name));
}

/**
 * The default rules, then each user folder's: a rule with an id already known for its kind
 * replaces that rule. Cross-rule checks (duplicates within a set, parents) run on the result.
 */
export function loadTagRules(dirs: string[]): TagRuleSet {
  const byKey = new Map<string, TagRule>();
  const problems: RuleProblem[] = [];
  const passing: PassingCue[] = [];
  // A rule with a parent that replaced a top-level one, and how many cues were read before its file: those were written for the top-level rule.
  const madeSubRule = new Map<TagRule, number>();
  const data = createHash('sha256');
  // Over every folder: how many files, and how many bytes, have been read.
  let filesRead = 0;
  let bytesRead = 0;
  reading: for (const dir of dirs) {
    let files: string[];
    try {
      files = ruleFiles(dir);
    } catch {
      problems.push({ file: dir, line: 0, message: 'cannot read this rules folder; check the path' });
      continue;
    }
    const seenHere = new Map<string, TagRule>();
    for (const file of files) {
      if (!existsSync(file)) {
        problems.push({ file, line: 0, message: `a link to ${readlinkSync(file)}, which is no file (fix the link or remove it)` });
        continue;
      }
      const tooLarge = fileSizeProblem(file);
      if (tooLarge) {
        problems.push({ file, line: 1, message: tooLarge });
        continue;
      }
      const text = readFileSync(file, 'utf8');
      bytesRead += Buffer.byteLength(text);
      if (++filesRead > MAX_RULE_FILES || bytesRead > MAX_RULE_BYTES_IN_ALL) {
        const what = filesRead > MAX_RULE_FILES ? `more than ${grouped(MAX_RULE_FILES)} rule files` : `more than ${MAX_RULE_BYTES_IN_ALL / 1e6} MB of rule files`;
        problems.push({ file, line: 0, message: `the rules given come to ${what} in all, the shipped ones included, and this is one too many; that is the limit (give fewer folders, or check they hold rule files)` });
        break reading;
      }
      const read = readRuleFile(file, text);
      data.update(`\0${basename(file)}\0${read.data}`);
      pushAll(problems, read.problems);
      const cuesReadBefore = passing.length;
      pushAll(passing, read.passing);
      for (const rule of read.rules) {
        const key = `${rule.kind}:${rule.id}`;
        const twin = seenHere.get(key);
        if (twin) {
          problems.push({ file, line: rule.line, message: `duplicate ${rule.kind} id "${rule.id}" (also at ${basename(twin.file)}:${twin.line}); rename one or delete it` });
          continue;
        }
        seenHere.set(key, rule);
        const replaced = byKey.get(key);
        if (replaced) rule.replaces = { file: replaced.file, line: replaced.line };
        if (replaced?.parent === null && rule.parent !== null) madeSubRule.set(rule, cuesReadBefore);
        byKey.set(key, rule);
      }
    }
  }
  const rules = [...byKey.values()];
  if (rules.length > MAX_TAG_RULES) {
    const last = rules[MAX_TAG_RULES]!;
    problems.push({ file: last.file, line: last.line, message: `${last.name}: more than ${grouped(MAX_TAG_RULES)} tag rules in all, the shipped ones included; that is the limit` });
  }
  pushAll(problems, entryCountProblems(rules));
  passing.forEach((cue, index) => {
    pushAll(problems, cueIdProblems(cue, index, 'themes', 'theme', rules, byKey, madeSubRule));
    pushAll(problems, cueIdProblems(cue, index, 'agencies', 'agency', rules, byKey, madeSubRule));
  });
  // An implied rule's lists name agencies by id: one that is none could never match, and the rule would act as if it were not there.
  const agencyIds = rules.filter((rule) => rule.kind === 'agency').map((rule) => rule.id);
  for (const rule of rules) {
    for (const [key, ids] of [['implied-beside', rule.impliedBeside ?? []], ['implied-apart', rule.impliedApart], ['implied-forums', rule.impliedForums]] as const) {
      for (const id of ids) {
        if (!byKey.has(`agency:${id}`)) problems.push({ file: rule.file, line: rule.line, message: `${rule.name}: ${key} names "${id}", not the id of any agency rule${didYouMean(id, agencyIds)}` });
      }
    }
  }
  for (const rule of rules) {
    if (rule.parent === null) continue;
    if (!byKey.has(`${rule.kind}:${rule.parent}`)) {
      const ids = rules.filter((other) => other.kind === rule.kind).map((other) => other.id);
      problems.push({ file: rule.file, line: rule.line, message: `${rule.name}: parent "${rule.parent}" is not the id of any ${rule.kind} rule${didYouMean(rule.parent, ids)}` });
    } else if (pathOf(rule, byKey).length === 0) {
      problems.push({ file: rule.file, line: rule.line, message: `${rule.name}: its parents form a loop` });
    }
  }
  return { rules, passing, problems: inReadingOrder(problems), dataHash: data.digest('hex') };
}

/**
 * A passing cue's `themes:` or `agencies:` names top-level rules of its kind: a mention is read by its rule's top-level id,
 * so a sub-rule's id would load and the cue never fire. When a user's rule with a parent replaced the top-level rule a cue
 * read before it names, the replacement made the mistake, and the problem points at it.
 */
function cueIdProblems(cue: PassingCue, index: number, key: 'themes' | 'agencies', kind: TagKind, rules: TagRule[], byKey: Map<string, TagRule>, madeSubRule: Map<TagRule, number>): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const topIds = () => rules.filter((rule) => rule.kind === kind && rule.parent === null).map((rule) => rule.id);
  for (const id of cue[key]) {
    const rule = byKey.get(`${kind}:${id}`);
    if (!rule) {
      problems.push({ file: cue.file, line: cue.line, message: `passing ${cue.role}: ${key} names "${id}", not the id of any ${kind} rule${didYouMean(id, topIds())}` });
    } else if (rule.parent !== null && index < (madeSubRule.get(rule) ?? 0)) {
      const where = (at: { file: string; line: number }) => `${basename(at.file)}:${at.line}`;
      problems.push({
        file: rule.file,
        line: rule.line,
        message: `${rule.name}: has a parent, but replaces a top-level rule (${where(rule.replaces!)}) that passing ${cue.role} (${where(cue)}) names in ${key}:, which reads a mention by its top-level ${kind} rule; keep it top-level, or give it an id of its own`,
      });
    } else if (rule.parent !== null) {
      const top = pathOf(rule, byKey)[0];
      const instead = top !== undefined && top !== id ? `; name "${top}"` : '';
      problems.push({ file: cue.file, line: cue.line, message: `passing ${cue.role}: ${key} names "${id}", a sub-rule of "${rule.parent}": the cue reads a mention by its top-level ${kind} rule${instead}` });
    }
  }
  return problems;
}

/**
 * Problems as one reads the files: each file's together (files in the order they were read), by
 * line, then column (a problem with none, of a whole rule or file, first on its line). Rules are
 * checked key by key and then as a whole, which told line 8 before line 6; the sort is stable, so
 * problems at one place keep the order they were found in.
 */
function inReadingOrder(problems: RuleProblem[]): RuleProblem[] {
  const fileOrder = new Map<string, number>();
  for (const { file } of problems) if (!fileOrder.has(file)) fileOrder.set(file, fileOrder.size);
  return [...problems].sort((a, b) => fileOrder.get(a.file)! - fileOrder.get(b.file)! || a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}

/** From the top-level id down to the rule's own; empty if the parents loop. */
export function pathOf(rule: TagRule, byKey: Map<string, TagRule>): string[] {
  const path = [rule.id];
  let current = rule;
  while (current.parent !== null) {
    const parent = byKey.get(`${rule.kind}:${current.parent}`);
    if (!parent || path.includes(parent.id)) return parent ? [] : path;
    path.unshift(parent.id);
    current = parent;
  }
  return path;
}
