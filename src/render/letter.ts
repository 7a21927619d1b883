import type { Finding, ParseResult, SectionKind, Tag } from '../types.js';
import { printableName } from '../errors.js';
import { toCsv } from './csv.js';
import { pageCitation, plural } from './words.js';

// One parsed letter to JSON, Markdown or CSV. Renderers are pure: data in, text out.

export function letterToJson(result: ParseResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** Tags by full path (`health/gp`), in Markdown and CSV alike, so that a filter on a parent finds its sub-tags. */
function tagPaths(tags: Tag[]): string[] {
  return [...new Set(tags.map((tag) => tag.path.join('/')))];
}

/**
 * A CSV cell's tags: every tag's path and each of its parents ("health/gp" brings "health"), each
 * once, parents before their children and in order of id, so that a spreadsheet's count of
 * "health" agrees with summarise's and the same tags always make the same cell.
 */
function csvTagPaths(tags: Tag[]): string[] {
  const paths = new Map<string, string[]>();
  for (const { path } of tags) for (let depth = 1; depth <= path.length; depth++) paths.set(path.slice(0, depth).join('/'), path.slice(0, depth));
  const byPath = (a: string[], b: string[]): number => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
    return a.length - b.length;
  };
  return [...paths.values()].sort(byPath).map((path) => path.join('/'));
}

function tagList(tags: Tag[]): string {
  return tagPaths(tags).join(', ');
}

/** The one name of each section kind, for headings, tables, citations and the report's filter. */
export const SECTION_TITLES: Record<SectionKind, string> = {
  summary: 'Summary',
  'key-strengths': 'Key strengths',
  'areas-for-improvement': 'Areas for improvement',
  'priority-actions': 'Areas for priority action',
  'case-study-practice': 'Case study: practice',
  'case-study-improvement': 'Case study: improvement',
  'headline-findings': 'Headline findings',
  'what-needs-to-improve': 'What needs to improve',
  strengths: 'Strengths',
  'main-findings': 'Main findings',
  'next-steps': 'Next steps',
  context: 'Context',
  partnership: 'The local safeguarding partnership',
  other: 'Other sections',
};

/** A section kind's name; a kind from elsewhere (JSON of another version) as it is written. */
export const sectionTitle = (kind: string): string => SECTION_TITLES[kind as SectionKind] ?? kind;

/**
 * Text as Markdown shows it literally: characters that mark up inline (emphasis, code, links,
 * HTML, entities, tables, strike-through) are escaped anywhere, and what would open a block at
 * the start of a line (#, >, -, +, =, "1."). Line breaks become spaces, so no line inside
 * the text can start a heading or a fence (~~~) of its own.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trimStart()
    .replace(/([\\`*_[\]<>|~&])/g, '\\$1')
    .replace(/^[#>+\-=]/, '\\$&')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

export function letterToMarkdown(result: ParseResult): string {
  const { letter } = result;
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(letter.title ?? `JTAI letter: ${letter.area ?? printableName(result.source.file)}`)}`, '');
  const rows: Array<[string, string]> = [
    ['Area', letter.area ?? '-'],
    ['Letter date', letter.date ?? '-'],
    ['Inspection', letter.inspectionStart ? `${letter.inspectionStart} to ${letter.inspectionEnd}` : '-'],
    // The letter's deep dive (letter.theme in JSON), not a finding's theme tags.
    ['Deep dive', letter.theme ?? '-'],
    ['Inspectorates', letter.inspectorates.join(', ') || '-'],
    ['Statement of action due', letter.statementDue ?? 'not given'],
    ['Layout', letter.layout],
    ['Source', `${printableName(result.source.file)} (${result.source.format}, ${plural(result.source.pages, 'page')}, sha256 ${result.source.sha256.slice(0, 16)})`],
  ];
  out.push('| | |', '|---|---|', ...rows.map(([key, value]) => `| ${key} | ${escapeMarkdown(value)} |`), '');
  if (letter.recipients.length > 0) {
    out.push('**Recipients**', '', ...letter.recipients.map((r) => `- ${escapeMarkdown(r.text)}`), '');
  }
  const byParent = new Map<string, Finding[]>();
  for (const finding of result.findings) if (finding.parent) byParent.set(finding.parent, [...(byParent.get(finding.parent) ?? []), finding]);
  const line = (finding: Finding, indent: string) => {
    const tags = [tagList(finding.agencies), tagList(finding.themes)].filter(Boolean).join('; ');
    const marker = finding.form === 'bullet' ? '- ' : '';
    return `${indent}${marker}${escapeMarkdown(finding.text)} *(${pageCitation(finding.pages)}${tags ? `; ${escapeMarkdown(tags)}` : ''})*`;
  };
  for (const section of result.sections) {
    const heading = section.heading || SECTION_TITLES[section.kind];
    out.push(`## ${escapeMarkdown(heading)}`, '');
    if (section.title && section.title !== heading) out.push(`*${escapeMarkdown(section.title)}*`, '');
    if (section.none) out.push('_The letter says there are none._', '');
    const findings = result.findings.filter((f) => f.span[0] >= section.span[0] && f.span[1] <= section.span[1] && !f.parent);
    let subsection: string | null = null;
    let leadIn: string | null = null;
    for (const finding of findings) {
      if (finding.subsection !== subsection && finding.subsection) out.push(`### ${escapeMarkdown(finding.subsection)}`, '');
      subsection = finding.subsection;
      // A bullet that completes its lead-in ("... to ensure that:") reads only with it.
      if (finding.leadIn && finding.leadIn !== leadIn) out.push('', escapeMarkdown(finding.leadIn), '');
      leadIn = finding.leadIn;
      out.push(line(finding, ''));
      for (const child of byParent.get(finding.id) ?? []) out.push(line(child, '  '));
      if (finding.form === 'paragraph') out.push('');
    }
    if (findings.length > 0 && findings[findings.length - 1]!.form === 'bullet') out.push('');
  }
  if (result.unknownHeadings.length > 0) {
    out.push('## Headings jtai did not recognise', '');
    for (const heading of result.unknownHeadings) out.push(`- ${escapeMarkdown(heading.text)} (p. ${heading.page}, kept in ${heading.keptIn})`);
    out.push('');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/**
 * The source's file and sha256 end each row, so that rows stay traceable to their letter when
 * tables are joined, and so that an output folder knows whose CSV a file is (src/run/output-names.ts).
 */
export const LETTER_CSV_COLUMNS = [
  'area', 'date', 'deep_dive', 'layout', 'finding_id', 'section', 'subsection', 'stance', 'form', 'page_from', 'page_to', 'agencies', 'themes', 'lead_in', 'text',
  'source_file', 'source_sha256',
];

/** One row per finding of every letter given: the action-plan grid analysts start from, in one table. */
export function lettersToCsv(results: ParseResult[]): string {
  const rows = results.flatMap((result) =>
    result.findings.map((f) => [
      result.letter.area, result.letter.date, result.letter.theme, result.letter.layout, f.id, f.section, f.subsection, f.stance, f.form, f.pages[0], f.pages[1],
      csvTagPaths(f.agencies), csvTagPaths(f.themes), f.leadIn, f.text,
      result.source.file, result.source.sha256,
    ]),
  );
  return toCsv(LETTER_CSV_COLUMNS, rows);
}

export function letterToCsv(result: ParseResult): string {
  return lettersToCsv([result]);
}

export type LetterFormat = 'json' | 'md' | 'csv';
export const letterRenderers: Record<LetterFormat, (result: ParseResult) => string> = {
  json: letterToJson,
  md: letterToMarkdown,
  csv: letterToCsv,
};
