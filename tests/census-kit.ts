import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { parseFile } from '../src/parse.js';
import { observePageBreaks, type PageBreakReading, type PageBreakRow } from '../src/segment/blocks.js';
import type { ParseResult } from '../src/types.js';
import { glyphless, type Setting } from './variation-kit.js';

// Shared by the censuses of re-set letters (tests/reset-census.test.ts, helper 8bz; tests/notes-census.test.ts, helper
// 8ca): each page break a parse reads, scored against the kit's break and counted row by row.

/**
 * The six ways the censuses set a letter's pages (helper 8bz's, shared with the notes census by helper 8cb): as they stand;
 * key strengths and areas for improvement glyphless; first lines indented 18 pt; the page's number at its head, with or
 * without a paragraph's space kept at the top; the space kept at the top.
 */
export const PAGE_SETTINGS: Record<string, Setting> = {
  'as they stand': {},
  'key strengths and areas glyphless': { pieces: glyphless(['key-strengths', 'areas-for-improvement']) },
  'first line indented 18 pt': { lay: () => ({ firstIndent: 18 }) },
  'number at the head': { pageNumber: 'head' },
  'number at the head, space kept at the top': { pageNumber: 'head', lay: () => ({ gapAtTop: true }) },
  'space kept at the top': { lay: () => ({ gapAtTop: true }) },
};
/** The page heights the censuses set each letter at. */
export const HEIGHTS = [842, 800, 760, 720];

/** The rows that weigh no sign of the page: a break read on one of them is undecided, whichever way it fell. */
export const UNDECIDED_ROWS: ReadonlySet<PageBreakRow> = new Set<PageBreakRow>(['lengths', 'too few paragraphs', 'leans back', 'text: lengths', 'text: too few paragraphs', 'text: leans back', 'text: not prose']);

export type Reading = 'pdf' | 'layout' | 'plain';
export interface Read { page: number; row: PageBreakRow; ends: boolean; last: string; next: string }
export interface Tally { right: number; wrong: number; undecided: number; undecidedRight: number }
export const tally = (): Tally => ({ right: 0, wrong: 0, undecided: 0, undecidedRight: 0 });

/** A re-set PDF as the reading reads it: the PDF itself, or its `pdftotext` text (with `-layout`, or plain) written beside it. */
export function readAs(file: string, reading: Reading): string {
  if (reading === 'pdf') return file;
  const input = `${file}.${reading}.txt`;
  writeFileSync(input, execFileSync('pdftotext', [...(reading === 'layout' ? ['-layout'] : []), file, '-'], { encoding: 'utf8' }));
  return input;
}

/** A file's parse, with every page break it read: the new page, the row and which way. */
export async function readWithBreaks(file: string): Promise<{ result: ParseResult; breaks: Read[] }> {
  const breaks: Read[] = [];
  observePageBreaks((reading: PageBreakReading) => breaks.push({ page: reading.next.page, row: reading.row, ends: reading.ends, last: reading.last.text.trim().slice(-50), next: reading.next.text.trim().slice(0, 50) }));
  try {
    return { result: await parseFile(file), breaks };
  } finally {
    observePageBreaks(null);
  }
}

/** Every page break parse reads in a file. */
export const breaksIn = async (file: string): Promise<Read[]> => (await readWithBreaks(file)).breaks;

/** Adds a break's reading to its input's totals and its row's, and lists it where it fell wrong or undecided. */
export function score(totals: Tally, rows: Map<PageBreakRow, Tally>, listed: string[], where: string, read: Read, truthEnds: boolean): void {
  const right = read.ends === truthEnds;
  const undecided = UNDECIDED_ROWS.has(read.row);
  if (!rows.has(read.row)) rows.set(read.row, tally());
  for (const each of [totals, rows.get(read.row)!]) {
    if (undecided) {
      each.undecided++;
      if (right) each.undecidedRight++;
    }
    if (right) each.right++;
    else each.wrong++;
  }
  if (!right || undecided) listed.push(`${where}, page ${read.page}: ${read.row}, read ${read.ends ? 'end' : 'on'}, truth ${truthEnds ? 'end' : 'on'}${right ? '' : ' (WRONG)'}: "...${read.last}" / "${read.next}..."`);
}

export const table = (rows: Map<PageBreakRow, Tally>) => ['| row | decided right | decided wrong | undecided (of them right) |', '|---|---|---|---|',
  ...[...rows].sort(([a], [b]) => a.localeCompare(b)).map(([row, t]) => (UNDECIDED_ROWS.has(row) ? `| ${row} | - | - | ${t.undecided} (${t.undecidedRight}) |` : `| ${row} | ${t.right} | ${t.wrong} | - |`))].join('\n');
