import type { Finding, Layout, ParseResult, SectionKind, Stance, Tag } from '../types.js';
import { JtaiError } from '../errors.js';
import { LAYOUTS } from '../render/words.js';
import { defaultRules, type Rules } from '../rules.js';
import { instructionSections, SECTION_KINDS } from '../segment/layout-rules.js';
import { applyFilters, checkFilters, filtersInUse, instructionsLeftOut, type Filters } from './filter.js';

// Many parsed letters to tables: what the inspectors said, grouped by agency, theme, area or
// section, with counts by stance, what recurs with it, and every finding as a citable quote.

export const SUMMARY_BYS = ['agency', 'theme', 'area', 'section'] as const;
export type SummaryBy = (typeof SUMMARY_BYS)[number];
/** The depths of the agency and theme hierarchy a summary can group by. */
export const LEVELS = [1, 2] as const;
export const STANCES: Stance[] = ['strength', 'improvement', 'priority', 'narrative'];

export type StanceCounts = Record<Stance, number> & { total: number };

export interface Quote {
  area: string | null;
  date: string | null;
  layout: Layout;
  /** The letter's deep-dive theme. */
  deepDive: string | null;
  findingId: string;
  section: SectionKind;
  subsection: string | null;
  stance: Stance;
  pages: [number, number];
  text: string;
  /** The tags that put the finding in this group (empty for area and section groups). */
  tags: Tag[];
  /** The sha256 of the letter's source: its entry in the summary's letters, as a CSV row's source_sha256. */
  sourceSha256: string;
}

export interface Group {
  key: string;
  /** A person's name for the group, from the rule's label where there is one. */
  label: string;
  counts: StanceCounts;
  /** How many of the summary's letters have a finding in the group. */
  letters: number;
  /** Findings and letters by layout: a 2016-2020 letter has about four times the findings of a 2022+ one. */
  byLayout: Partial<Record<Layout, { findings: number; letters: number }>>;
  /** For agency groups the themes that recur most, for theme groups the agencies; otherwise both. */
  recurring: Array<{ kind: 'agency' | 'theme'; id: string; count: number }>;
  quotes: Quote[];
}

export interface CrossCell {
  agency: string;
  theme: string;
  counts: StanceCounts;
}

export interface Summary {
  schemaVersion: string;
  by: SummaryBy;
  level: number;
  /** The filters applied before counting (none: every letter and finding given). */
  filters: Filters;
  /** Findings of the letters chosen left out as instructions, not judgements ("Next steps"): 0 once filters.sections is given. */
  instructionsLeftOut: number;
  /** The kinds of section that are instructions under the rules in use (`instruction: true` in sections.yaml): those left out. */
  instructionSections: SectionKind[];
  /** Each letter counted, with its source as jtai parse gave it (file as given, and sha256). */
  letters: Array<{ area: string | null; date: string | null; layout: Layout; theme: string | null; file: string; sha256: string; findings: number; counts: StanceCounts }>;
  lettersByLayout: Partial<Record<Layout, number>>;
  /** A person's name for every id the summary uses (agencies, themes, deep-dive themes). */
  labels: Record<string, string>;
  groups: Group[];
  crossTab: { agencies: string[]; themes: string[]; cells: CrossCell[] };
}

function emptyCounts(): StanceCounts {
  return { strength: 0, improvement: 0, priority: 0, narrative: 0, total: 0 };
}

function count(counts: StanceCounts, stance: Stance): void {
  counts[stance]++;
  counts.total++;
}

export const isRules = (value: Record<string, string> | Rules): value is Rules => Array.isArray((value as Rules).tags) && typeof (value as Rules).layout === 'object';

/** The tag's id at the chosen depth of its path: level 1 rolls "health/gp" up to "health". */
export function atLevel(tag: Tag, level: number): string {
  return tag.path.slice(0, Math.max(1, level)).join('/');
}

function keysOf(tags: Tag[], level: number): Map<string, Tag[]> {
  const keys = new Map<string, Tag[]>();
  for (const tag of tags) {
    const key = atLevel(tag, level);
    keys.set(key, [...(keys.get(key) ?? []), tag]);
  }
  return keys;
}

/** The group of letters whose area could not be read. */
export const UNKNOWN_AREA = '(unknown area)';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The same letter given twice (as PDF and as text, or twice by name) counts once: letters are
 * the same when their area and date are. The PDF is kept, for its page numbers. rulesHash: the
 * rules in use, whose copy is kept before one tagged with other rules.
 */
export function distinctLetters(results: ParseResult[], rulesHash?: string): ParseResult[] {
  return duplicateLetters(results, rulesHash).kept;
}

/** The file name without its folders: "letters/x.pdf" is "x.pdf". */
const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;

/**
 * Which copy of a letter given more than once counts, whatever the order of the inputs: a PDF
 * before text, then one tagged with the rules in use, then the plainest file name ("x.pdf" before
 * "x.typeset.pdf"), then the content, then the rules and version it was parsed with and the path
 * (JSON of one PDF parsed twice has the same name and content but may differ in its tags).
 */
function preferred(rulesHash: string | undefined) {
  return (a: ParseResult, b: ParseResult): number =>
    Number(b.source.format === 'pdf') - Number(a.source.format === 'pdf') ||
    Number(b.rules.hash === rulesHash) - Number(a.rules.hash === rulesHash) ||
    baseName(a.source.file).length - baseName(b.source.file).length ||
    byText(baseName(a.source.file), baseName(b.source.file)) ||
    byText(a.source.sha256, b.source.sha256) ||
    byText(a.rules.hash, b.rules.hash) ||
    byText(a.tool.version, b.tool.version) ||
    byText(a.source.file, b.source.file);
}

/** The letters counted once each (by area and date), and each copy left out with the one kept; rulesHash as for distinctLetters. */
export function duplicateLetters(results: ParseResult[], rulesHash?: string): { kept: ParseResult[]; dropped: Array<{ dropped: ParseResult; kept: ParseResult }> } {
  const copies = new Map<string, ParseResult[]>();
  for (const result of results) {
    const key = result.letter.area && result.letter.date ? `${result.letter.area.toLowerCase()}|${result.letter.date}` : result.source.sha256;
    const list = copies.get(key);
    if (list) list.push(result);
    else copies.set(key, [result]);
  }
  const chosen = new Map<string, ParseResult>();
  const dropped: Array<{ dropped: ParseResult; kept: ParseResult }> = [];
  for (const [key, list] of copies) {
    const [kept, ...rest] = [...list].sort(preferred(rulesHash));
    chosen.set(key, kept!);
    for (const copy of rest) dropped.push({ dropped: copy, kept: kept! });
  }
  return { kept: sortLetters([...chosen.values()]), dropped };
}

function sortLetters(letters: ParseResult[]): ParseResult[] {
  return letters.sort(
    (a, b) => byText(a.letter.area ?? '', b.letter.area ?? '') || byText(a.letter.date ?? '', b.letter.date ?? '') || byText(a.source.sha256, b.source.sha256),
  );
}

/** An area asked for ("liverpool") as its letters write it ("Liverpool"), to echo it back; as given when no letter has it. */
function areaAsWritten(area: string, letters: ParseResult[]): string {
  return letters.find((result) => result.letter.area?.toLowerCase() === area.toLowerCase())?.letter.area ?? area;
}

/** An id as words, for ids no rule names: "child-sexual-exploitation" is "Child sexual exploitation". */
export function humanise(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The name people use for a tag id at any level: "health/gp" is named by the gp rule's label,
 * whether labels holds rule ids ("gp") or a summary's ids at its level ("health/gp").
 */
export function labelOf(id: string, labels: Record<string, string>): string {
  const last = id.split('/').pop()!;
  const own = (key: string) => (Object.hasOwn(labels, key) ? labels[key] : undefined);
  return own(id) ?? own(last) ?? humanise(last);
}

/** Each tag rule's id to its label: the names a summary gives its groups. */
export function ruleLabels(rules: Rules): Record<string, string> {
  return Object.fromEntries(rules.tags.map((rule) => [rule.id, rule.label]));
}

/** The kinds of section that are instructions, as the rules given say (the shipped rules' when only labels are given). */
export function instructionsOf(labels: Record<string, string> | Rules): SectionKind[] {
  return instructionSections((isRules(labels) ? labels : defaultRules()).layout);
}

/**
 * Many letters to groups of findings. labels: the rules whose labels name the groups (default the
 * shipped rules, as the command line), or ids to names. filters: which letters and findings to
 * count (see filter.ts). Values that cannot be meant (a level of 3, a date not on the calendar)
 * throw a JtaiError with code usage, with the command line's wording.
 */
export function summarise(results: ParseResult[], by: SummaryBy, level = 1, labels: Record<string, string> | Rules = defaultRules(), filters: Filters = {}): Summary {
  const refuse = (message: string) => {
    throw new JtaiError('usage', message);
  };
  if (!SUMMARY_BYS.includes(by)) refuse(`by ${JSON.stringify(by)} is not one of: ${SUMMARY_BYS.join(', ')}`);
  if (!(LEVELS as readonly number[]).includes(level)) refuse(`level ${JSON.stringify(level)} is not one of: ${LEVELS.join(', ')}`);
  const rules = isRules(labels) ? labels : null;
  const instructions = instructionsOf(labels);
  // Themes are checked against the rules' deep dives where the rules are known.
  checkFilters(filters, { themes: rules?.layout.deepDives.map((rule) => rule.id), layouts: LAYOUTS, stances: STANCES, sections: SECTION_KINDS });
  if (rules) labels = ruleLabels(rules);
  const distinct = distinctLetters(results, rules?.hash);
  const letters = applyFilters(distinct, filters, instructions);
  const groups = new Map<string, Group>();
  const groupLetters = new Map<string, Map<Layout, Set<string>>>();
  const cells = new Map<string, CrossCell>();
  const usedLabels: Record<string, string> = {};
  const names = labels as Record<string, string>;
  const name = (id: string) => (usedLabels[id] ??= labelOf(id, names));
  const groupFor = (key: string) => {
    let group = groups.get(key);
    const label = by === 'agency' || by === 'theme' ? name(key) : key;
    if (!group) groups.set(key, (group = { key, label, counts: emptyCounts(), letters: 0, byLayout: {}, recurring: [], quotes: [] }));
    return group;
  };
  const noteLetter = (group: Group, result: ParseResult) => {
    const layouts = groupLetters.get(group.key) ?? new Map<Layout, Set<string>>();
    groupLetters.set(group.key, layouts);
    const seen = layouts.get(result.letter.layout) ?? new Set<string>();
    layouts.set(result.letter.layout, seen.add(result.source.sha256));
    const layout = (group.byLayout[result.letter.layout] ??= { findings: 0, letters: 0 });
    layout.findings++;
  };
  const recurring = new Map<string, Map<string, number>>();
  const addRecurring = (group: string, kind: 'agency' | 'theme', id: string) => {
    const tally = recurring.get(group) ?? new Map<string, number>();
    recurring.set(group, tally);
    tally.set(`${kind}:${id}`, (tally.get(`${kind}:${id}`) ?? 0) + 1);
  };

  for (const result of letters) {
    for (const finding of result.findings) {
      const agencies = keysOf(finding.agencies, level);
      const themes = keysOf(finding.themes, level);
      const memberships: Array<[string, Tag[]]> =
        by === 'agency' ? [...agencies] : by === 'theme' ? [...themes] : by === 'area' ? [[result.letter.area ?? UNKNOWN_AREA, []]] : [[finding.section, []]];
      for (const [key, tags] of memberships) {
        const group = groupFor(key);
        count(group.counts, finding.stance);
        noteLetter(group, result);
        group.quotes.push(quote(result, finding, tags));
        if (by !== 'theme') for (const theme of themes.keys()) addRecurring(key, 'theme', theme);
        if (by !== 'agency') for (const agency of agencies.keys()) addRecurring(key, 'agency', agency);
      }
      for (const agency of agencies.keys()) {
        for (const theme of themes.keys()) {
          const cellKey = `${agency}\n${theme}`;
          const cell = cells.get(cellKey) ?? { agency, theme, counts: emptyCounts() };
          cells.set(cellKey, cell);
          count(cell.counts, finding.stance);
        }
      }
    }
  }

  // By section: a layout whose letters have the section but no finding in it counts it as none
  // (findings 0); one none of whose letters has the section (a 2016-2020 kind, in 2022+) has no entry.
  if (by === 'section') {
    for (const result of letters) {
      for (const section of result.sections) {
        const group = groups.get(section.kind);
        if (group) group.byLayout[result.letter.layout] ??= { findings: 0, letters: 0 };
      }
    }
  }
  for (const group of groups.values()) {
    for (const [layout, seen] of groupLetters.get(group.key) ?? []) {
      group.byLayout[layout]!.letters = seen.size;
      group.letters += seen.size;
    }
    for (const r of recurring.get(group.key)?.keys() ?? []) name(r.slice(r.indexOf(':') + 1));
    group.recurring = [...(recurring.get(group.key) ?? new Map<string, number>())]
      .map(([key, n]) => ({ kind: key.split(':')[0] as 'agency' | 'theme', id: key.slice(key.indexOf(':') + 1), count: n }))
      .sort((a, b) => b.count - a.count || byText(a.kind, b.kind) || byText(a.id, b.id))
      .slice(0, 5);
  }
  const sortedCells = [...cells.values()].sort((a, b) => byText(a.agency, b.agency) || byText(a.theme, b.theme));
  for (const cell of sortedCells) name(cell.agency), name(cell.theme);
  const lettersByLayout: Summary['lettersByLayout'] = {};
  for (const result of letters) {
    lettersByLayout[result.letter.layout] = (lettersByLayout[result.letter.layout] ?? 0) + 1;
    if (result.letter.theme) name(result.letter.theme);
  }
  return {
    schemaVersion: '1.0',
    by,
    level,
    filters: filtersInUse({ ...filters, areas: filters.areas?.map((area) => areaAsWritten(area, distinct)) }),
    instructionsLeftOut: instructionsLeftOut(distinct, filters, instructions),
    instructionSections: instructions,
    lettersByLayout,
    labels: Object.fromEntries(Object.entries(usedLabels).sort(([a], [b]) => byText(a, b))),
    letters: letters.map((r) => ({
      area: r.letter.area,
      date: r.letter.date,
      layout: r.letter.layout,
      theme: r.letter.theme,
      file: r.source.file,
      sha256: r.source.sha256,
      findings: r.findings.length,
      counts: r.findings.reduce((counts, f) => (count(counts, f.stance), counts), emptyCounts()),
    })),
    groups: [...groups.values()].sort((a, b) => b.counts.total - a.counts.total || byText(a.key, b.key)),
    crossTab: {
      agencies: [...new Set(sortedCells.map((c) => c.agency))],
      themes: [...new Set(sortedCells.map((c) => c.theme))].sort(byText),
      cells: sortedCells,
    },
  };
}

function quote(result: ParseResult, finding: Finding, tags: Tag[]): Quote {
  return {
    area: result.letter.area,
    date: result.letter.date,
    layout: result.letter.layout,
    deepDive: result.letter.theme,
    findingId: finding.id,
    section: finding.section,
    subsection: finding.subsection,
    stance: finding.stance,
    pages: finding.pages,
    text: finding.text,
    tags,
    sourceSha256: result.source.sha256,
  };
}

/** A finding that reads as a whole sentence or more, not a fragment left by a list's lead-in. */
function isComplete(text: string): boolean {
  return /^[A-Z0-9‘“"(]/.test(text) && /[.!?][’”"')]?$/.test(text) && text.split(/\s+/).length >= 8;
}

/**
 * Up to max quotes, the same for the same inputs: complete findings before fragments, each from a
 * letter not yet quoted while there is one, shortest first (a digest is read, not searched).
 * Priority actions come first because the caller asks stance by stance, priority first.
 */
export function selectQuotes(quotes: Quote[], max: number): Quote[] {
  // Each quote read once, not at every comparison of the sort.
  const complete = new Map(quotes.map((quote) => [quote, Number(isComplete(quote.text))]));
  const ranked = [...quotes].sort((a, b) => complete.get(b)! - complete.get(a)! || a.text.length - b.text.length || byText(a.findingId, b.findingId));
  const chosen: Quote[] = [];
  const cited = new Set<string>();
  for (const quote of ranked) {
    if (chosen.length >= max) break;
    const letter = `${quote.area}|${quote.date}`;
    if (cited.has(letter)) continue;
    cited.add(letter);
    chosen.push(quote);
  }
  for (const quote of ranked) {
    if (chosen.length >= max) break;
    if (!chosen.includes(quote)) chosen.push(quote);
  }
  return chosen;
}
