import type { Layout, SectionKind, Stance } from '../types.js';
import type { Filters } from '../summarise/filter.js';
import { labelOf, selectQuotes, UNKNOWN_AREA, STANCES, type Group, type Quote, type StanceCounts, type Summary } from '../summarise/index.js';
import { printableName } from '../errors.js';
import { toCsv } from './csv.js';
import { escapeMarkdown, sectionTitle } from './letter.js';
import { grouped, LAYOUTS, longDate, pageCitation, perLetter, plural, STANCE_ORDER, STANCE_TITLES, stanceCount } from './words.js';
import { pushAll } from '../long-arrays.js';

// A summary of many letters to a Markdown digest (the picture first: counts and the agency by
// theme table; then a few quotes per group), JSON (everything, for programs) and CSV for Excel.

export function summaryToJson(summary: Summary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}

const GROUP_NOUN = { agency: 'Agency', theme: 'Theme', area: 'Area', section: 'Section' } as const;

function citation(quote: Quote): string {
  return `${quote.area ?? 'unknown area'}, ${longDate(quote.date)}, ${sectionTitle(quote.section)}, ${pageCitation(quote.pages)}`;
}

function groupName(group: Group, summary: Summary): string {
  return summary.by === 'section' ? sectionTitle(group.key) : group.label;
}

function countsLine(counts: StanceCounts): string {
  const parts = STANCE_ORDER.filter((stance) => counts[stance] > 0).map((stance) => stanceCount(counts[stance], stance));
  return `${plural(counts.total, 'finding')}${parts.length ? `: ${parts.join(', ')}` : ''}`;
}

/**
 * The letters a group's findings a letter are counted over, by layout: every letter of the layout
 * for an agency, theme or section, but only the area's own letters for an area, and none for a
 * section that no letter of the layout has (summarise gives it no entry in byLayout).
 */
function lettersFor(group: Group, summary: Summary, layout: Layout): number {
  if (summary.by === 'section' && !group.byLayout[layout]) return 0;
  if (summary.by !== 'area') return summary.lettersByLayout[layout] ?? 0;
  return areaLetters(summary).get(`${group.key}\n${layout}`) ?? 0;
}

/** Each area's letters by layout ("Leeds\n2022+"), counted once a summary: a search of the letters for each area cost their square. */
const areaLetterCounts = new WeakMap<Summary, Map<string, number>>();
function areaLetters(summary: Summary): Map<string, number> {
  let counts = areaLetterCounts.get(summary);
  if (counts) return counts;
  counts = new Map();
  for (const letter of summary.letters) {
    const key = `${letter.area ?? UNKNOWN_AREA}\n${letter.layout}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  areaLetterCounts.set(summary, counts);
  return counts;
}

/**
 * "2016-2020: 180 findings in 8 of 8 letters (22.5 a letter)", so the two layouts compare fairly; a
 * layout with no letter to count over (lettersFor: none of the summary's, of the area's own, or with
 * the section) is left out. One the group has no finding in stays ("0 findings in 0 of 5 letters").
 */
function layoutLine(group: Group, summary: Summary): string {
  return LAYOUTS.filter((layout) => lettersFor(group, summary, layout) > 0)
    .map((layout) => {
      const { findings, letters } = group.byLayout[layout] ?? { findings: 0, letters: 0 };
      const of = lettersFor(group, summary, layout);
      return `${layout}: ${plural(findings, 'finding')} in ${letters} of ${plural(of, 'letter')} (${perLetter(findings, of)})`;
    })
    .join('; ');
}

export interface DigestOptions {
  /** Quotes per stance in each group (default 3). */
  maxQuotes?: number;
  /** Every quote, however many. */
  allQuotes?: boolean;
}

function groupToMarkdown(group: Group, summary: Summary, options: DigestOptions): string[] {
  const out = [`## ${escapeMarkdown(groupName(group, summary))}`, ''];
  out.push(`${countsLine(group.counts)}, in ${group.letters} of ${plural(summary.letters.length, 'letter')}.`, '');
  out.push(`By layout: ${layoutLine(group, summary)}.`, '');
  if (group.recurring.length) {
    const label = summary.by === 'agency' ? 'Themes that recur' : summary.by === 'theme' ? 'Agencies that recur' : 'What recurs';
    out.push(`${label}: ${group.recurring.map((r) => `${escapeMarkdown(labelOf(r.id, summary.labels))} (${r.count})`).join(', ')}.`, '');
  }
  for (const stance of STANCE_ORDER) {
    const quotes = group.quotes.filter((q) => q.stance === stance);
    if (quotes.length === 0) continue;
    const shown = options.allQuotes ? quotes : selectQuotes(quotes, options.maxQuotes ?? 3);
    // --max-quotes 0 asks for the counts alone: no heading over an empty list.
    if (shown.length === 0) continue;
    const of = shown.length === quotes.length ? `${quotes.length}` : `${shown.length} of ${quotes.length}`;
    out.push(`### ${STANCE_TITLES[stance]} (${of})`, '');
    for (const q of shown) out.push(`- ${escapeMarkdown(q.text)} *(${escapeMarkdown(citation(q))})*`);
    out.push('');
  }
  return out;
}

function table(header: string[], rows: Array<Array<string | number>>, numericFrom = 1): string[] {
  // Figures ("36.4 a letter", "9 of 13") need no escaping; escapeMarkdown would guard "36." as a list marker.
  const figure = /^[\d.,]+(?: a letter| of [\d,]+)?$|^-$/;
  const cell = (value: string | number) =>
    typeof value === 'number' ? (value === 0 ? '' : grouped(value)) : figure.test(value) ? value : escapeMarkdown(value);
  return [
    `| ${header.map(escapeMarkdown).join(' | ')} |`,
    `|${header.map((_, i) => (i >= numericFrom ? '---:' : '---')).join('|')}|`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
  ];
}

function countsTable(summary: Summary): string[] {
  const layouts = LAYOUTS.filter((layout) => summary.lettersByLayout[layout]);
  const header = [GROUP_NOUN[summary.by], 'Findings', ...STANCE_ORDER.map((s) => STANCE_TITLES[s]), 'Letters', ...layouts.map((l) => `${l} (a letter)`)];
  const rows = summary.groups.map((group) => [
    groupName(group, summary),
    group.counts.total,
    ...STANCE_ORDER.map((stance) => group.counts[stance]),
    `${group.letters} of ${summary.letters.length}`,
    ...layouts.map((layout) => perLetter(group.byLayout[layout]?.findings ?? 0, lettersFor(group, summary, layout))),
  ]);
  return table(header, rows);
}

function crossTabMarkdown(summary: Summary, stance: Stance | 'total'): string[] {
  const { themes, cells } = summary.crossTab;
  const cell = (agency: string, theme: string) => cells.find((c) => c.agency === agency && c.theme === theme)?.counts[stance] ?? 0;
  // Agencies in order of how much is said about them; themes by name, as a reader looks them up.
  const total = (agency: string) => cells.filter((c) => c.agency === agency).reduce((n, c) => n + c.counts.total, 0);
  const agencies = [...summary.crossTab.agencies].sort((a, b) => total(b) - total(a));
  const name = (theme: string) => labelOf(theme, summary.labels).toLowerCase().replace(/^the /, '');
  const rows = themes.filter((theme) => agencies.some((agency) => cell(agency, theme) > 0)).sort((a, b) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));
  if (rows.length === 0) return [];
  return [
    `### ${stance === 'total' ? 'All findings' : STANCE_TITLES[stance]}`,
    '',
    ...table(['Theme', ...agencies.map((a) => labelOf(a, summary.labels))], rows.map((theme) => [labelOf(theme, summary.labels), ...agencies.map((agency) => cell(agency, theme))])),
  ];
}

/** "Filtered: areas Leeds; only areas for improvement.", or null for no filter: said wherever a summary is shown. */
export function filtersLine(f: Filters, labels: Record<string, string>): string | null {
  const parts = [
    f.areas?.length ? `areas ${f.areas.join(', ')}` : null,
    f.since ? `letters from ${f.since}` : null,
    f.until ? `letters up to ${f.until}` : null,
    f.themes?.length ? `deep dives ${f.themes.map((t) => labelOf(t, labels)).join(', ')}` : null,
    f.layouts?.length ? `layout ${f.layouts.join(', ')}` : null,
    f.stances?.length ? `only ${f.stances.map((s) => STANCE_TITLES[s].toLowerCase()).join(', ')}` : null,
    f.sections?.length ? `sections ${f.sections.map((s) => sectionTitle(s)).join(', ')}` : null,
  ].filter(Boolean);
  return parts.length ? `Filtered: ${parts.join('; ')}.` : null;
}

/** What the counts leave out unless asked: said wherever a summary is shown, or null when nothing is left out. */
export function leftOutLine(summary: Summary): string | null {
  const n = summary.instructionsLeftOut;
  if (n === 0) return null;
  // The sections the rules in use mark as instructions (sections.yaml), Next steps in the shipped ones.
  const kinds = summary.instructionSections;
  const sections = kinds.map((kind) => `${sectionTitle(kind)}${INSTRUCTS[kind] ? ` (${INSTRUCTS[kind]})` : ''}`).join(' and ');
  const shows = kinds.map((kind) => `--section ${kind}`).join(' or ');
  return `${plural(n, 'paragraph')} of ${sections} ${n === 1 ? 'is an instruction' : 'are instructions'}, not ${n === 1 ? 'a judgement' : 'judgements'}, and ${n === 1 ? 'is' : 'are'} not counted: ${shows} shows them.`;
}

/** What a section of instructions instructs, where the digest says it. */
const INSTRUCTS: Partial<Record<SectionKind, string>> = { 'next-steps': 'who writes the statement of action, and by when' };

export function summaryToMarkdown(summary: Summary, options: DigestOptions = {}): string {
  const letters = summary.letters;
  const layouts = LAYOUTS.filter((layout) => summary.lettersByLayout[layout]).map((layout) => `${summary.lettersByLayout[layout]} in the ${layout} layout`);
  const out = [
    `# What the inspectors said, by ${summary.by}`,
    '',
    `From ${plural(letters.length, 'JTAI letter')}${layouts.length ? ` (${layouts.join(', ')})` : ''}: ${letters.map((l) => `${escapeMarkdown(l.area ?? printableName(l.file))} (${longDate(l.date)})`).join(', ')}.`,
    '',
  ];
  const filters = filtersLine(summary.filters, summary.labels);
  if (filters) out.push(escapeMarkdown(filters), '');
  const leftOut = leftOutLine(summary);
  if (leftOut) out.push(leftOut, '');
  if (layouts.length > 1) {
    out.push('A 2016-2020 letter lists many short findings and a 2022+ letter fewer, longer ones: compare layouts by findings a letter, or by letters.', '');
  }
  out.push(`## Counts by ${summary.by}`, '', ...countsTable(summary));
  out.push('## Agencies by theme', '', 'Findings tagged with both; a finding counts once in each cell it falls in.', '');
  for (const stance of ['total', 'priority', 'improvement', 'strength'] as const) pushAll(out, crossTabMarkdown(summary, stance));
  for (const group of summary.groups) pushAll(out, groupToMarkdown(group, summary, options));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

export const LONG_CSV_COLUMNS = [
  'by', 'group', 'group_label', 'area', 'date', 'deep_dive', 'layout', 'finding_id', 'section', 'subsection', 'stance',
  'page_from', 'page_to', 'matched', 'text', 'source_file', 'source_sha256',
];

/**
 * Every summary CSV row ends as jtai parse's CSV rows do, with source_file (as given) and
 * source_sha256: a long row's letter; a wide row's letters, in the summary's order, joined by "; "
 * as lists are.
 */
function sourceColumns(summary: Summary, hashes: Iterable<string>, order: Map<string, number>): [files: string[], sha256s: string[]] {
  const letters = [...new Set(hashes)].map((hash) => order.get(hash)!).sort((a, b) => a - b).map((index) => summary.letters[index]!);
  return [letters.map((letter) => letter.file), letters.map((letter) => letter.sha256)];
}

/** One row per finding and group of --by: a finding about two agencies has a row for each. */
export function summaryToLongCsv(summary: Summary): string {
  const rows: unknown[][] = [];
  const fileOf = new Map(summary.letters.map((letter) => [letter.sha256, letter.file]));
  for (const group of summary.groups) {
    for (const q of group.quotes) {
      rows.push([
        summary.by, group.key, groupName(group, summary), q.area, q.date, q.deepDive, q.layout, q.findingId, q.section, q.subsection, q.stance,
        q.pages[0], q.pages[1], [...new Set(q.tags.map((tag) => tag.match))], q.text, fileOf.get(q.sourceSha256), q.sourceSha256,
      ]);
    }
  }
  return toCsv(LONG_CSV_COLUMNS, rows);
}

/**
 * One row per group of --by with its counts by stance, letters and layout; for agencies and
 * themes also one column for each theme (or agency) they share findings with.
 */
export function summaryToWideCsv(summary: Summary): string {
  const { agencies, themes, cells } = summary.crossTab;
  const across = summary.by === 'agency' ? themes : summary.by === 'theme' ? agencies : [];
  // Where each letter stands in the summary, so that a group's letters are listed in its order.
  const order = new Map(summary.letters.map((letter, index) => [letter.sha256, index]));
  const shared = (key: string, other: string) =>
    cells.find((c) => (summary.by === 'agency' ? c.agency === key && c.theme === other : c.agency === other && c.theme === key))?.counts.total ?? 0;
  const header = [
    summary.by, 'label', 'findings', ...STANCES, 'letters', 'letters_in_summary',
    ...LAYOUTS.flatMap((layout) => [`findings_${layout}`, `letters_${layout}`]),
    ...across, 'source_file', 'source_sha256',
  ];
  const rows = summary.groups.map((group) => [
    group.key, groupName(group, summary), group.counts.total, ...STANCES.map((stance) => group.counts[stance]), group.letters, summary.letters.length,
    ...LAYOUTS.flatMap((layout) => [group.byLayout[layout]?.findings ?? 0, group.byLayout[layout]?.letters ?? 0]),
    ...across.map((other) => shared(group.key, other)),
    ...sourceColumns(summary, group.quotes.map((q) => q.sourceSha256), order),
  ]);
  return toCsv(header, rows);
}
