import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import { documentTooDeepLine, duplicateGroupNames, fileSizeProblem, NESTED_TOO_DEEP, nestingTooDeepLine, patternProblem, yamlErrorLine } from '../rule-safety.js';
import { excerpt, JtaiError } from '../errors.js';
import { headingCandidate, headingForm, normaliseHeading, type HeadingForms } from '../heading-forms.js';
import type { Layout, SectionKind, Stance } from '../types.js';

// rules/sections.yaml and rules/letter.yaml: how a letter's parts and metadata are recognised.

export interface SectionRule extends HeadingForms {
  kind: SectionKind;
  stance: Stance;
  form: 'list' | 'prose';
  subheadings: boolean;
  /** Its paragraphs instruct (who writes the statement of action, and by when) rather than judge anyone's work. */
  instruction: boolean;
  /** A short line straight after the heading is the section's title: a study's (extraction reads a box that starts with its heading as the study). */
  titled: boolean;
  layout: Layout | null;
  none: string[];
}

export interface PhraseRule {
  id: string;
  pattern: RegExp;
}

export interface LayoutRules {
  sections: SectionRule[];
  titles: string[];
  openings: string[];
  salutations: string[];
  signoffs: string[];
  /** First words of a sentence that refer back ("however", "as a result"): at a page top, the paragraph goes on. */
  continuations: string[];
  deepDives: PhraseRule[];
  inspectorates: PhraseRule[];
  areaSuffixes: string[];
  /** Words taken off the start of an area's name ("London Borough of Haringey" is "Haringey"). */
  areaPrefixes: string[];
  /** Names whose prefix is part of them ("City of London"): the short name is the name as printed, less "the". */
  areaNamesKeptWhole: string[];
  /** What a title gives as the programme's scope, not a theme ("abuse and neglect"): the deep-dive sentence alone names the theme. */
  deepDiveScopes: string[];
  /** Words that make a recipient's role ("Director", "Chief"), lower case (a list: rules are stored as JSON). */
  roleWords: string[];
  /** Words an organisation's name ends with ("Council", "Group"), lower case. */
  organisationWords: string[];
  /** A hash of the files' YAML data (not their text: comments and spacing never count), for the rules hash. */
  dataHash: string;
  /** The files read: where each part of the layout came from (`jtai rules list`). */
  files: { sections: string; letter: string };
}

/**
 * Whether two layouts read letters alike: the same rules, whichever files they came from and
 * however those were written (comments, spacing, flow or block lists).
 */
export function sameLayout(a: LayoutRules, b: LayoutRules): boolean {
  const rulesOf = ({ dataHash: _hash, files: _files, ...rules }: LayoutRules) => rules;
  return isDeepStrictEqual(rulesOf(a), rulesOf(b));
}

/** A YAML file's data as canonical text: what it says, without its comments or its text's layout. */
export function yamlDataText(data: unknown): string {
  return JSON.stringify(data);
}

export const SECTION_KINDS: SectionKind[] = [
  'summary', 'key-strengths', 'areas-for-improvement', 'priority-actions', 'case-study-practice',
  'case-study-improvement', 'headline-findings', 'what-needs-to-improve', 'strengths', 'main-findings', 'next-steps',
  'context', 'partnership', 'other',
];
const STANCES: Stance[] = ['strength', 'improvement', 'priority', 'narrative'];

/** The most YAML aliases a layout file may expand: an alias bomb is refused, not expanded. */
const MAX_ALIASES = 100;

interface YamlFile {
  data: Record<string, unknown>;
  /** "file:line" of the value at a path of keys, for messages. */
  at(...path: Array<string | number>): string;
}

function readYaml(file: string): YamlFile {
  let text: string;
  try {
    const tooLarge = fileSizeProblem(file);
    if (tooLarge) throw new JtaiError('invalid-rules', tooLarge, `${file}:1`);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof JtaiError) throw error;
    throw new JtaiError('invalid-rules', 'cannot read the rule file', file);
  }
  const tooDeep = nestingTooDeepLine(text);
  if (tooDeep !== null) throw new JtaiError('invalid-rules', NESTED_TOO_DEEP, `${file}:${tooDeep}`);
  // yaml loads only when a file is read: the default rules usually come compiled (rules.ts).
  const { LineCounter, parseDocument } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
  const counter = new LineCounter();
  const document = parseDocument(text, { prettyErrors: true, lineCounter: counter });
  const deepInYaml = documentTooDeepLine(document, counter);
  if (deepInYaml !== null) throw new JtaiError('invalid-rules', NESTED_TOO_DEEP, `${file}:${deepInYaml}`);
  if (document.errors.length > 0) {
    const first = document.errors[0]!;
    const { line, unclosed } = yamlErrorLine(document, first, counter);
    throw new JtaiError('invalid-rules', unclosed ?? first.message.split('\n')[0]!, `${file}:${line}`);
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    // yaml throws a ReferenceError for too many aliases (a "billion laughs" file), and for an alias to nothing.
    const firstAlias = /^\s*[^#\n]*\*[A-Za-z0-9_-]/m.exec(text);
    const line = firstAlias ? counter.linePos(firstAlias.index + firstAlias[0].length - 2).line : 1;
    throw new JtaiError('invalid-rules', `YAML aliases: ${(error as Error).message} (write the values out; at most ${MAX_ALIASES} aliases)`, `${file}:${line}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new JtaiError('invalid-rules', 'the file must be a mapping of keys to values', file);
  }
  const at = (...path: Array<string | number>) => {
    for (let depth = path.length; depth > 0; depth--) {
      const node = document.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return `${file}:${counter.linePos(node.range[0]).line}`;
    }
    return `${file}:1`;
  };
  return { data: data as Record<string, unknown>, at };
}

const isMap = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What a YAML value is, for a message that says what was found where something else was expected. */
function kindOf(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return `the text ${JSON.stringify(excerpt(value, 40))}`;
  return `a ${typeof value} (${String(value)})`;
}

function strings(value: unknown, where: string, file: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new JtaiError('invalid-rules', `${where} must be a list of strings, not ${kindOf(value)}`, file);
  const other = value.find((v) => typeof v !== 'string');
  if (other !== undefined) throw new JtaiError('invalid-rules', `${where} must be a list of strings; it holds ${kindOf(other)}`, file);
  return value as string[];
}

/**
 * A letter.yaml list of words or phrases, each taken as printed (never as a regular expression): an
 * error names the entry's line, and an empty entry is refused (as a deep-dive scope it would match
 * every title's scope, and every later letter's theme would be ignored).
 */
function phraseList(yaml: YamlFile, key: string): string[] {
  const list = strings(yaml.data[key], key, yaml.at(key));
  list.forEach((entry, n) => {
    if (entry.trim() === '') throw new JtaiError('invalid-rules', `${key}[${n}] is empty: write the words it stands for, or remove it`, yaml.at(key, n));
  });
  return list;
}

function regex(source: string, flags: string, where: string, file: string): RegExp {
  const problem = patternProblem(source, flags);
  if (problem) throw new JtaiError('invalid-rules', `${where}: the regular expression ${JSON.stringify(source)} ${problem}`, file);
  return new RegExp(source, flags);
}

function phraseRules(yaml: YamlFile, key: string): PhraseRule[] {
  const value = yaml.data[key];
  if (!Array.isArray(value)) throw new JtaiError('invalid-rules', `${key} must be a list, not ${kindOf(value)}`, yaml.at(key));
  return value.map((entry: unknown, index) => {
    const rule = entry as { id?: unknown; phrases?: unknown };
    if (typeof rule?.id !== 'string') throw new JtaiError('invalid-rules', `${key}[${index}] needs an id`, yaml.at(key, index));
    const phrases = strings(rule.phrases, `${key}.${rule.id}.phrases`, yaml.at(key, index, 'phrases'));
    phrases.forEach((phrase, n) => regex(phrase, 'i', `${key}.${rule.id}.phrases`, yaml.at(key, index, 'phrases', n)));
    const twice = duplicateGroupNames(phrases);
    if (twice.length > 0) throw new JtaiError('invalid-rules', `${key}.${rule.id}: the group name "${twice[0]}" is used twice; its phrases are joined into one expression, so use (?:...) groups`, yaml.at(key, index, 'phrases'));
    const source = `\\b(?:${phrases.join('|')})\\b`;
    return { id: rule.id, pattern: regex(source, 'i', `${key}.${rule.id}`, yaml.at(key, index, 'phrases')) };
  });
}

/** The keys a section kind may have in sections.yaml (its header says what each means). */
const SECTION_KEYS = ['stance', 'form', 'subheadings', 'instruction', 'titled', 'bare', 'layout', 'headings', 'headingPatterns', 'prefixes', 'contains', 'none'];

export function loadLayoutRules(sectionsFile: string, letterFile: string): LayoutRules {
  const sectionsYaml = readYaml(sectionsFile);
  const letterYaml = readYaml(letterFile);

  const sectionMap = sectionsYaml.data.sections as Record<string, Record<string, unknown>> | undefined;
  if (sectionMap === undefined) throw new JtaiError('invalid-rules', 'sections: is missing', sectionsYaml.at());
  if (!isMap(sectionMap)) {
    throw new JtaiError('invalid-rules', `sections: must be a map of section kinds (${SECTION_KINDS[0]}: ...), not ${kindOf(sectionMap)}`, sectionsYaml.at('sections'));
  }
  const sections = Object.entries(sectionMap).map(([kind, rule]): SectionRule => {
    if (!SECTION_KINDS.includes(kind as SectionKind)) {
      throw new JtaiError('invalid-rules', `unknown section kind "${kind}" (known: ${SECTION_KINDS.join(', ')})`, sectionsYaml.at('sections', kind));
    }
    if (!isMap(rule)) throw new JtaiError('invalid-rules', `${kind} must be a map (stance: ..., form: ..., headings: [...]), not ${kindOf(rule)}`, sectionsYaml.at('sections', kind));
    // A misspelt key (instructoin: true) would otherwise be left out without a word, and its section read as if it had none.
    const unknown = Object.keys(rule).find((key) => !SECTION_KEYS.includes(key));
    if (unknown !== undefined) throw new JtaiError('invalid-rules', `${kind}: unknown key "${unknown}" (a section has: ${SECTION_KEYS.join(', ')})`, sectionsYaml.at('sections', kind, unknown));
    const stance = rule.stance as Stance;
    if (!STANCES.includes(stance)) throw new JtaiError('invalid-rules', `${kind}.stance must be one of ${STANCES.join(', ')}`, sectionsYaml.at('sections', kind, 'stance'));
    if (rule.form !== 'list' && rule.form !== 'prose') throw new JtaiError('invalid-rules', `${kind}.form must be list or prose`, sectionsYaml.at('sections', kind, 'form'));
    if (rule.instruction !== undefined && typeof rule.instruction !== 'boolean') throw new JtaiError('invalid-rules', `${kind}.instruction must be true or false`, sectionsYaml.at('sections', kind, 'instruction'));
    const layout = rule.layout === undefined ? null : String(rule.layout);
    if (layout !== null && layout !== '2016-2020' && layout !== '2022+') {
      throw new JtaiError('invalid-rules', `${kind}.layout must be 2016-2020 or 2022+`, sectionsYaml.at('sections', kind, 'layout'));
    }
    return {
      kind: kind as SectionKind,
      stance,
      form: rule.form,
      subheadings: rule.subheadings === true,
      instruction: rule.instruction === true,
      titled: rule.titled === true,
      bare: rule.bare === true,
      layout: layout as Layout | null,
      headings: strings(rule.headings, `${kind}.headings`, sectionsYaml.at('sections', kind, 'headings')).map(normaliseHeading),
      headingPatterns: strings(rule.headingPatterns, `${kind}.headingPatterns`, sectionsYaml.at('sections', kind, 'headingPatterns')).map((p, n) =>
        regex(p, 'i', `${kind}.headingPatterns`, sectionsYaml.at('sections', kind, 'headingPatterns', n)),
      ),
      prefixes: strings(rule.prefixes, `${kind}.prefixes`, sectionsYaml.at('sections', kind, 'prefixes')).map(normaliseHeading),
      contains: strings(rule.contains, `${kind}.contains`, sectionsYaml.at('sections', kind, 'contains')).map(normaliseHeading),
      none: strings(rule.none, `${kind}.none`, sectionsYaml.at('sections', kind, 'none')).map(normaliseHeading),
    };
  });
  const letter = sectionsYaml.data.letter ?? {};
  if (!isMap(letter)) throw new JtaiError('invalid-rules', `letter: must be a map (titles: [...], openings: [...]), not ${kindOf(letter)}`, sectionsYaml.at('letter'));
  const areaSuffixes = phraseList(letterYaml, 'areaSuffixes');
  return {
    sections,
    titles: strings(letter.titles, 'letter.titles', sectionsYaml.at('letter', 'titles')).map(normaliseHeading),
    openings: strings(letter.openings, 'letter.openings', sectionsYaml.at('letter', 'openings')).map(normaliseHeading),
    salutations: strings(letter.salutations, 'letter.salutations', sectionsYaml.at('letter', 'salutations')).map(normaliseHeading),
    signoffs: strings(letter.signoffs, 'letter.signoffs', sectionsYaml.at('letter', 'signoffs')).map(normaliseHeading),
    continuations: strings(letter.continuations, 'letter.continuations', sectionsYaml.at('letter', 'continuations')).map((phrase) => phrase.toLowerCase()),
    deepDives: phraseRules(letterYaml, 'deepDives'),
    inspectorates: phraseRules(letterYaml, 'inspectorates'),
    areaSuffixes,
    areaPrefixes: phraseList(letterYaml, 'areaPrefixes'),
    areaNamesKeptWhole: phraseList(letterYaml, 'areaNamesKeptWhole'),
    deepDiveScopes: phraseList(letterYaml, 'deepDiveScopes'),
    roleWords: strings(letterYaml.data.roleWords, 'roleWords', letterYaml.at('roleWords')).map((w) => w.toLowerCase()),
    organisationWords: strings(letterYaml.data.organisationWords, 'organisationWords', letterYaml.at('organisationWords')).map((w) => w.toLowerCase()),
    dataHash: createHash('sha256').update(yamlDataText(sectionsYaml.data)).update('\0').update(yamlDataText(letterYaml.data)).digest('hex'),
    files: { sections: sectionsFile, letter: letterFile },
  };
}

/** The kinds of section whose paragraphs are instructions, not findings (`instruction: true`): summaries leave them out. */
export function instructionSections(layout: LayoutRules): SectionKind[] {
  return layout.sections.filter((rule) => rule.instruction).map((rule) => rule.kind);
}

/**
 * Whether a heading's tail only says what kind of study it is ("area(s) for improvement", "highly
 * effective practice"): that is the heading, not the study's title.
 */
function isKindWording(tail: string, rule: SectionRule): boolean {
  const rest = normaliseHeading(tail)
    .replace(/\b(?:highly|effective|good|practice|areas?|\(s\)|s|for|of|improvements?|strengths?|priority|actions?|and)\b/g, ' ')
    .replace(/[^a-z]+/g, '');
  return rest === '' || rule.contains.some((word) => rest === word.replace(/[^a-z]+/g, ''));
}

/**
 * The section a heading line opens, with the case study's title; null if it is not a known
 * heading. `exact` says the whole line is one of the headings; a pattern or prefix match is
 * looser, and the caller checks the line stands on its own.
 */
export function matchHeading(line: string, rules: LayoutRules): { rule: SectionRule; title: string | null; exact: boolean; pattern: boolean } | null {
  const heading = headingCandidate(line);
  if (heading === null) return null;
  for (const rule of rules.sections) {
    const form = headingForm(heading, rule);
    if (form === null) continue;
    if (form !== 'prefix') return { rule, title: null, exact: form === 'exact', pattern: form === 'pattern' };
    const title = line.trim().slice(line.trim().search(/[:\-–]/) + 1).trim().replace(/[.:]$/, '');
    return { rule, title: isKindWording(title, rule) ? null : title, exact: false, pattern: false };
  }
  return null;
}
