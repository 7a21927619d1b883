import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { JtaiError } from '../errors.js';
import type { Layout, SectionKind, Stance } from '../types.js';

// rules/sections.yaml and rules/letter.yaml: how a letter's parts and metadata are recognised.

export interface SectionRule {
  kind: SectionKind;
  stance: Stance;
  form: 'list' | 'prose';
  subheadings: boolean;
  titled: boolean;
  /** A prefix with nothing after it ("Practice study:") opens this section. */
  bare: boolean;
  layout: Layout | null;
  headings: string[];
  headingPatterns: RegExp[];
  prefixes: string[];
  contains: string[];
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
  deepDives: PhraseRule[];
  inspectorates: PhraseRule[];
  areaSuffixes: string[];
  /** The files' text, for the rules hash. */
  sourceText: string;
}

const SECTION_KINDS: SectionKind[] = [
  'summary', 'key-strengths', 'areas-for-improvement', 'priority-actions', 'case-study-practice',
  'case-study-improvement', 'headline-findings', 'what-needs-to-improve', 'strengths', 'main-findings', 'next-steps',
];
const STANCES: Stance[] = ['strength', 'improvement', 'priority', 'narrative'];

function readYaml(file: string): { data: Record<string, unknown>; text: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new JtaiError('invalid-rules', 'cannot read the rule file', file);
  }
  const document = parseDocument(text, { prettyErrors: true });
  if (document.errors.length > 0) {
    const first = document.errors[0]!;
    const line = first.linePos?.[0]?.line ?? 0;
    throw new JtaiError('invalid-rules', `line ${line}: ${first.message.split('\n')[0]}`, file);
  }
  const data = document.toJS() as unknown;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new JtaiError('invalid-rules', 'the file must be a mapping of keys to values', file);
  }
  return { data: data as Record<string, unknown>, text };
}

function strings(value: unknown, where: string, file: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new JtaiError('invalid-rules', `${where} must be a list of strings`, file);
  }
  return value as string[];
}

function regex(source: string, flags: string, where: string, file: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    throw new JtaiError('invalid-rules', `${where}: bad regular expression ${JSON.stringify(source)} (${(error as Error).message})`, file);
  }
}

function phraseRules(value: unknown, key: string, file: string): PhraseRule[] {
  if (!Array.isArray(value)) throw new JtaiError('invalid-rules', `${key} must be a list`, file);
  return value.map((entry: unknown, index) => {
    const rule = entry as { id?: unknown; phrases?: unknown };
    if (typeof rule?.id !== 'string') throw new JtaiError('invalid-rules', `${key}[${index}] needs an id`, file);
    const phrases = strings(rule.phrases, `${key}.${rule.id}.phrases`, file);
    const source = `\\b(?:${phrases.join('|')})\\b`;
    return { id: rule.id, pattern: regex(source, 'i', `${key}.${rule.id}`, file) };
  });
}

export function normaliseHeading(line: string): string {
  return line
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s:.?]+$/, '')
    .trim();
}

export function loadLayoutRules(sectionsFile: string, letterFile: string): LayoutRules {
  const sectionsYaml = readYaml(sectionsFile);
  const letterYaml = readYaml(letterFile);

  const sectionMap = sectionsYaml.data.sections as Record<string, Record<string, unknown>> | undefined;
  if (typeof sectionMap !== 'object' || sectionMap === null) {
    throw new JtaiError('invalid-rules', 'sections: is missing', sectionsFile);
  }
  const sections = Object.entries(sectionMap).map(([kind, rule]): SectionRule => {
    if (!SECTION_KINDS.includes(kind as SectionKind)) {
      throw new JtaiError('invalid-rules', `unknown section kind "${kind}" (known: ${SECTION_KINDS.join(', ')})`, sectionsFile);
    }
    const stance = rule.stance as Stance;
    if (!STANCES.includes(stance)) throw new JtaiError('invalid-rules', `${kind}.stance must be one of ${STANCES.join(', ')}`, sectionsFile);
    if (rule.form !== 'list' && rule.form !== 'prose') throw new JtaiError('invalid-rules', `${kind}.form must be list or prose`, sectionsFile);
    const layout = rule.layout === undefined ? null : String(rule.layout);
    if (layout !== null && layout !== '2016-2020' && layout !== '2022+') {
      throw new JtaiError('invalid-rules', `${kind}.layout must be 2016-2020 or 2022+`, sectionsFile);
    }
    return {
      kind: kind as SectionKind,
      stance,
      form: rule.form,
      subheadings: rule.subheadings === true,
      titled: rule.titled === true,
      bare: rule.bare === true,
      layout: layout as Layout | null,
      headings: strings(rule.headings, `${kind}.headings`, sectionsFile).map(normaliseHeading),
      headingPatterns: strings(rule.headingPatterns, `${kind}.headingPatterns`, sectionsFile).map((p) =>
        regex(p, 'i', `${kind}.headingPatterns`, sectionsFile),
      ),
      prefixes: strings(rule.prefixes, `${kind}.prefixes`, sectionsFile).map(normaliseHeading),
      contains: strings(rule.contains, `${kind}.contains`, sectionsFile).map(normaliseHeading),
      none: strings(rule.none, `${kind}.none`, sectionsFile).map(normaliseHeading),
    };
  });
  const letter = (sectionsYaml.data.letter ?? {}) as Record<string, unknown>;
  const areaSuffixes = strings(letterYaml.data.areaSuffixes, 'areaSuffixes', letterFile);
  return {
    sections,
    titles: strings(letter.titles, 'letter.titles', sectionsFile).map(normaliseHeading),
    openings: strings(letter.openings, 'letter.openings', sectionsFile).map(normaliseHeading),
    salutations: strings(letter.salutations, 'letter.salutations', sectionsFile).map(normaliseHeading),
    signoffs: strings(letter.signoffs, 'letter.signoffs', sectionsFile).map(normaliseHeading),
    deepDives: phraseRules(letterYaml.data.deepDives, 'deepDives', letterFile),
    inspectorates: phraseRules(letterYaml.data.inspectorates, 'inspectorates', letterFile),
    areaSuffixes,
    sourceText: `${sectionsYaml.text}\n${letterYaml.text}`,
  };
}

/**
 * The section a heading line opens, with the case study's title; null if it is not a known
 * heading. `exact` says the whole line is one of the headings; a pattern or prefix match is
 * looser, and the caller checks the line stands on its own.
 */
export function matchHeading(line: string, rules: LayoutRules): { rule: SectionRule; title: string | null; exact: boolean } | null {
  // A heading is short: a long line is not one, and is not worth normalising (a paragraph may be megabytes).
  if (line.length > 200) return null;
  const heading = normaliseHeading(line);
  if (heading === '' || heading.length > 90) return null;
  for (const rule of rules.sections) {
    if (rule.headings.includes(heading)) return { rule, title: null, exact: true };
    if (rule.headingPatterns.some((pattern) => pattern.test(heading))) return { rule, title: null, exact: false };
    for (const prefix of rule.prefixes) {
      if (!heading.startsWith(prefix)) continue;
      const rest = heading.slice(prefix.length);
      if (!/^\s*[:\-–]/.test(rest) && rest !== '') continue;
      // A bare "Practice study:" opens the kind the rules mark as the default for it.
      if (rule.contains.some((word) => rest.includes(word)) || (rule.bare && /^\s*[:\-–]?\s*$/.test(rest))) {
        const title = line.trim().slice(line.trim().search(/[:\-–]/) + 1).trim().replace(/[.:]$/, '');
        return { rule, title: title || null, exact: false };
      }
    }
  }
  return null;
}
