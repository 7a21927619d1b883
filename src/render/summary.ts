import type { ParseResult, Stance } from '../types.js';
import { STANCES, type Group, type Quote, type StanceCounts, type Summary } from '../summarise/index.js';
import { toCsv } from './csv.js';
import { escapeMarkdown } from './letter.js';

// A summary of many letters to Markdown (for board papers), JSON (for programs) and CSV in the
// two shapes analysts ask for: long (a row per finding and tag) and wide (agency by theme).

const STANCE_TITLES: Record<Stance, string> = {
  strength: 'Strengths',
  improvement: 'Areas for improvement',
  priority: 'Areas for priority action',
  narrative: 'Other findings (narrative)',
};
const STANCE_ORDER: Stance[] = ['priority', 'improvement', 'strength', 'narrative'];

export function summaryToJson(summary: Summary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}

function citation(quote: Quote): string {
  const pages = quote.pages[0] === quote.pages[1] ? `p. ${quote.pages[0]}` : `pp. ${quote.pages[0]}-${quote.pages[1]}`;
  return `${quote.area ?? 'unknown area'}, ${quote.date ?? 'undated'}, ${pages}`;
}

function countsLine(counts: StanceCounts): string {
  return `${counts.total} findings: ${counts.strength} strengths, ${counts.improvement} areas for improvement, ${counts.priority} priority actions, ${counts.narrative} in narrative`;
}

function groupToMarkdown(group: Group, summary: Summary): string[] {
  const heading = group.label === group.key ? group.key : `${group.label} (${group.key})`;
  const out = [`## ${escapeMarkdown(heading)}`, '', countsLine(group.counts), ''];
  if (group.recurring.length) {
    const label = summary.by === 'agency' ? 'Themes that recur' : summary.by === 'theme' ? 'Agencies that recur' : 'What recurs';
    out.push(`${label}: ${group.recurring.map((r) => `${r.id} (${r.count})`).join(', ')}`, '');
  }
  for (const stance of STANCE_ORDER) {
    const quotes = group.quotes.filter((q) => q.stance === stance);
    if (quotes.length === 0) continue;
    out.push(`### ${STANCE_TITLES[stance]} (${quotes.length})`, '');
    for (const q of quotes) out.push(`- ${escapeMarkdown(q.text)} *(${escapeMarkdown(citation(q))})*`);
    out.push('');
  }
  return out;
}

function crossTabMarkdown(summary: Summary, stance: Stance | 'total'): string[] {
  const { agencies, themes, cells } = summary.crossTab;
  const cell = (agency: string, theme: string) => cells.find((c) => c.agency === agency && c.theme === theme)?.counts[stance] ?? 0;
  const rows = themes.filter((theme) => agencies.some((agency) => cell(agency, theme) > 0));
  if (rows.length === 0) return [];
  return [
    `### ${stance === 'total' ? 'All findings' : STANCE_TITLES[stance]}`,
    '',
    `| theme | ${agencies.map(escapeMarkdown).join(' | ')} |`,
    `|---|${agencies.map(() => '---:').join('|')}|`,
    ...rows.map((theme) => `| ${escapeMarkdown(theme)} | ${agencies.map((agency) => cell(agency, theme) || '').join(' | ')} |`),
    '',
  ];
}

export function summaryToMarkdown(summary: Summary): string {
  const letters = summary.letters;
  const out = [
    `# What the inspectors said, by ${summary.by}`,
    '',
    `From ${letters.length} JTAI letter${letters.length === 1 ? '' : 's'}: ${letters.map((l) => `${l.area ?? l.file} (${l.date ?? 'undated'})`).join(', ')}.`,
    '',
  ];
  for (const group of summary.groups) out.push(...groupToMarkdown(group, summary));
  out.push('## Agencies by theme', '', 'Findings tagged with both; a finding counts once in each cell it falls in.', '');
  for (const stance of ['total', ...STANCE_ORDER] as const) out.push(...crossTabMarkdown(summary, stance));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

export const LONG_CSV_COLUMNS = [
  'area', 'date', 'finding_id', 'section', 'subsection', 'stance', 'page_from', 'page_to',
  'tag_kind', 'tag_id', 'tag_path', 'rule', 'match', 'text',
];

/** One row per finding and tag; a finding with no tags still has its row, with the tag fields empty. */
export function summaryToLongCsv(letters: ParseResult[]): string {
  const rows: unknown[][] = [];
  for (const result of letters) {
    for (const f of result.findings) {
      const base = [result.letter.area, result.letter.date, f.id, f.section, f.subsection, f.stance, f.pages[0], f.pages[1]];
      const tags = [...f.agencies.map((t) => ['agency', t] as const), ...f.themes.map((t) => ['theme', t] as const)];
      if (tags.length === 0) rows.push([...base, '', '', '', '', '', f.text]);
      for (const [kind, tag] of tags) rows.push([...base, kind, tag.id, tag.path.join('/'), tag.rule, tag.match, f.text]);
    }
  }
  return toCsv(LONG_CSV_COLUMNS, rows);
}

/** Agency by theme counts, a row per agency and stance ("all" first). */
export function summaryToWideCsv(summary: Summary): string {
  const { agencies, themes, cells } = summary.crossTab;
  const rows: unknown[][] = [];
  for (const agency of agencies) {
    for (const stance of ['total', ...STANCES] as const) {
      rows.push([agency, stance === 'total' ? 'all' : stance, ...themes.map((theme) => cells.find((c) => c.agency === agency && c.theme === theme)?.counts[stance] ?? 0)]);
    }
  }
  return toCsv(['agency', 'stance', ...themes], rows);
}
