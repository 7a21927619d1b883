import { emptyInput, JtaiError } from '../errors.js';
import type { ExtractedPages } from '../types.js';
import { endsWithSentence, wrapWidth } from '../line-room.js';
import { PAGE_NUMBER, plainReference } from './clean.js';

/** How many of a text's first bytes are looked at to tell UTF-16 without a byte-order mark (as much as a file's head holds). */
const SNIFFED_BYTES = 1024;

/**
 * Whether the first bytes are UTF-16 of a Latin-script text with no byte-order mark (as
 * `iconv -t utf-16le` writes it): nearly every 16-bit unit a printable ASCII character or a line
 * break, its high byte NUL. A zip or an image has NULs too, but not as every other byte.
 */
function looksUtf16(bytes: Uint8Array, highByteFirst: boolean): boolean {
  const units = Math.floor(Math.min(bytes.length, SNIFFED_BYTES) / 2);
  if (units === 0) return false;
  let textUnits = 0;
  for (let i = 0; i < units; i++) {
    const high = bytes[2 * i + (highByteFirst ? 0 : 1)]!;
    const low = bytes[2 * i + (highByteFirst ? 1 : 0)]!;
    if (high === 0 && ((low >= 0x20 && low < 0x7f) || low === 0x09 || low === 0x0a || low === 0x0c || low === 0x0d)) textUnits++;
  }
  // Curly quotes and dashes have a high byte of 0x20: a letter's text has a few in a hundred.
  return textUnits >= 0.9 * units;
}

/**
 * A text's encoding: a byte-order mark says it (Windows editors write UTF-16 with one); without
 * one, UTF-16 is known by its NUL high bytes (a UTF-8 text has no NUL); otherwise UTF-8.
 */
function encodingOf(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | 'utf-8' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (!bytes.subarray(0, SNIFFED_BYTES).includes(0)) return 'utf-8';
  return looksUtf16(bytes, false) ? 'utf-16le' : looksUtf16(bytes, true) ? 'utf-16be' : 'utf-8';
}

/**
 * Whether these bytes (a whole file, or its first ones) are no text: a NUL byte outside UTF-16. A
 * Word document (a zip), an image or an archive holds NULs in its first bytes; a UTF-8 text never does.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  return encodingOf(bytes) === 'utf-8' && bytes.includes(0);
}

/** A file that is neither a PDF nor text: said so, not "not valid UTF-8" or "N MB of text". */
export function binaryInput(file: string): JtaiError {
  return new JtaiError('not-utf8', 'the file is binary, not text', file, 'letter', "jtai reads a letter's PDF or its text: give the PDF, or its text as pdftotext -layout LETTER.pdf writes it");
}

/** Text (UTF-8 or UTF-16) to pages: a form feed starts a new page, as pdftotext writes them. */
export function extractText(bytes: Uint8Array, file: string): ExtractedPages {
  if (bytes.length === 0) throw emptyInput(file, false);
  if (looksBinary(bytes)) throw binaryInput(file);
  const encoding = encodingOf(bytes);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new JtaiError('not-utf8', encoding === 'utf-8' ? 'the text is not valid UTF-8' : `the text is not valid ${encoding.toUpperCase()}`, file);
  }
  if (text.includes('\u0000')) throw binaryInput(file);
  if (text.trim() === '') throw emptyInput(file, true);
  const markup = markupOf(text);
  if (markup === JTAI_JSON) {
    throw new JtaiError('not-a-letter', `the file is ${markup}, not a letter`, file, 'letter', "jtai parse reads a letter's PDF or text; jtai summarise, report and explain read this JSON");
  }
  if (markup !== null) {
    throw new JtaiError('not-a-letter', `the file is ${markup}, not a letter's text`, file, 'letter', "give the letter's PDF, or its text as pdftotext -layout LETTER.pdf writes it; a web page can be printed to PDF");
  }
  const lines = withoutMarkdownMarks(text.replace(/\r\n?/g, '\n'));
  if (lines.includes('\f')) return { format: 'text', pages: lines.split('\f') };
  const numbered = pagesByNumbers(lines);
  if (numbered === null) return { format: 'text', pages: [lines] };
  const [first, last] = numbered.numbers;
  const estimated = numbered.firstEstimated ? ", and the first page, which has none, was taken to be as long as the others: citations near its end may be one page out" : '';
  return { format: 'text', pages: numbered.pages, warnings: [`the text has no page breaks (form feeds): its pages were taken from the page numbers in it (${first} to ${last})${estimated}`] };
}

/** jtai's own JSON: refused with the commands that read it. */
const JTAI_JSON = 'JSON from jtai parse';
/** Marked-up documents a letter may be saved as, and jtai's own JSON, known by how they open. */
const MARKUP_OPENINGS: Array<[RegExp, string]> = [
  [/^\{\s*"schemaVersion"\s*:/, JTAI_JSON],
  [/^\{\s*"/, 'a JSON document'],
  [/^(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i, 'a web page (HTML)'],
  [/^\{\\rtf/, 'a Rich Text Format document (RTF)'],
  [/^<\?xml[\s?]/, 'an XML document'],
];

/** What kind of marked-up document a text is, by its opening (past a byte-order mark, white space and HTML comments), or null. */
function markupOf(text: string): string | null {
  const opening = text.slice(0, 4096).replace(/^\uFEFF/, '').replace(/^(?:\s|<!--[\s\S]*?-->)+/, '');
  return MARKUP_OPENINGS.find(([pattern]) => pattern.test(opening))?.[1] ?? null;
}

/** A Markdown heading line's opening ("## "); its text runs to the line's end, less any closing hashes (see headingText). */
const MARKDOWN_HEADING_OPENING = /^ {0,3}#{1,6}[ \t]+/;
/** A line set bold as a whole ("**Key strengths**"). */
const MARKDOWN_BOLD_LINE = /^ {0,3}(\*\*|__)(?=\S)(.+?)\1[ \t]*$/;

/**
 * A letter converted to Markdown (as PDF-to-Markdown tools write it) marks its title and headings
 * with "#" or sets them bold as whole lines: the marks are taken off, so that the headings read
 * as a letter's own. Only a text with two such lines or more is taken for Markdown. Its list
 * markers ("-", "*") are already read as bullets.
 */
function withoutMarkdownMarks(text: string): string {
  const lines = text.split('\n');
  const marked = lines.filter((line) => MARKDOWN_HEADING_OPENING.test(line) || MARKDOWN_BOLD_LINE.test(line)).length;
  if (marked < 2) return text;
  return lines.map((line) => (headingText(line) ?? line).replace(MARKDOWN_BOLD_LINE, '$2')).join('\n');
}

/**
 * A Markdown heading line's text ("## Key strengths ##" reads "Key strengths"), or null for another
 * line. Cut by hand, not by one pattern: a lazy text before optional closing hashes and spaces
 * tried every place in a run of spaces, its square in time (150,000 spaces took 19 s).
 */
function headingText(line: string): string | null {
  const opening = MARKDOWN_HEADING_OPENING.exec(line);
  if (opening === null) return null;
  const isBlank = (at: number) => line[at] === ' ' || line[at] === '\t';
  let end = line.length;
  while (end > opening[0].length && isBlank(end - 1)) end--;
  let hashes = end;
  while (hashes > opening[0].length && line[hashes - 1] === '#') hashes--;
  // Closing hashes stand after a space, and only after the heading's own text.
  if (hashes < end && hashes > opening[0].length && isBlank(hashes - 1)) {
    end = hashes;
    while (end > opening[0].length && isBlank(end - 1)) end--;
  }
  return line.slice(opening[0].length, end);
}

/** Fewer page numbers in sequence than this are not taken for a letter's pages (footnote markers run 1, 2 too). */
const MIN_NUMBERED_PAGES = 3;
/** A page of a letter holds more lines than this: numbers closer together are a list or a table's column. */
const MIN_PAGE_LINES = 10;
/** How far (in lines) an estimated page end moves to fall between paragraphs. */
const SNAP_LINES = 3;

interface PageNumberLine {
  line: number;
  number: number;
  /** Chain length up to this line, and the chain's line before it (-1 at its start). */
  length: number;
  previous: number;
}

/**
 * A text with no form feeds (`pdftotext -nopgbrk`, or pages pasted together) still shows its pages
 * where it keeps their numbers: lines holding a number alone ("3", "Page 3 of 12") that run 1, 2,
 * 3, ... down the text, a page apart. The longest such run ends a page at each of its lines. Where
 * the text keeps its layout, page numbers stand far in, and a footnote's marker ("1" at the
 * margin) is not one; otherwise a note's marker is known by the reference above it (see
 * noteMarkerLines), and of two lines with one number, the later is taken (a page's number comes
 * after the notes on it). A first page with no number of its own ends one page's length
 * (the median of the others) before the second's number, at a paragraph's end if one is near.
 * Where a page's text follows the last number (pdftotext -raw sets each number at its page's top),
 * each number opens its page instead, and a first page with none is the text before the "2".
 * Null when there is no such run.
 */
function pagesByNumbers(text: string): { pages: string[]; numbers: [number, number]; firstEstimated: boolean } | null {
  const lines = text.split('\n');
  const candidates: PageNumberCandidate[] = [];
  for (let i = 0; i < lines.length; i++) {
    const trimmed = lines[i]!.trim();
    if (trimmed.length > 20 || !PAGE_NUMBER.test(trimmed)) continue;
    candidates.push({ line: i, number: Number(/\d+/.exec(trimmed)![0]), indent: lines[i]!.length - lines[i]!.trimStart().length });
  }
  const firstRun = longestRun(candidates);
  if (firstRun === null) return null;
  // A note's lone marker at a page's foot reads as a page number where no indent tells it apart
  // (a trimmed text): once the run shows a page's length, the markers of notes are left out.
  const notes = noteMarkerLines(lines, 2 * median(firstRun.slice(1).map((entry, i) => entry.line - firstRun[i]!.line)));
  const run = notes.size === 0 ? firstRun : longestRun(candidates.filter((candidate) => !notes.has(candidate.line)));
  if (run === null) return null;
  const ends = run.map((entry) => entry.line);
  const first = run[0]!.number;
  // Numbers at the pages' tops (pdftotext -raw) leave a page's text after the last, and the first
  // stands a page earlier than at the foot ("1" before any text): each opens its page.
  const pageLength = median(ends.slice(1).map((end, i) => end - ends[i]!));
  const textAfterLast = lines.slice(ends.at(-1)! + 1).filter((line) => line.trim() !== '').length > pageLength / 2;
  if (textAfterLast && ends[0]! < (first - 0.5) * pageLength) {
    const starts = first <= 1 ? ends.slice(1) : ends;
    const pages = [0, ...starts].map((start, i) => lines.slice(start, starts[i] ?? lines.length).join('\n') + (i < starts.length ? '\n' : ''));
    return { pages, numbers: [first, first + ends.length - 1], firstEstimated: false };
  }
  if (first === 2) ends.unshift(firstPageEnd(lines, ends));
  const pages: string[] = [];
  let start = 0;
  for (const end of ends) {
    pages.push(lines.slice(start, end + 1).join('\n') + '\n');
    start = end + 1;
  }
  pages.push(lines.slice(start).join('\n'));
  return { pages, numbers: [first, first + ends.length - (first === 2 ? 2 : 1)], firstEstimated: first === 2 };
}

interface PageNumberCandidate {
  line: number;
  number: number;
  indent: number;
}

/**
 * The longest run of candidates numbered 1, 2, 3, ... (or 2, 3, ... after an unnumbered first
 * page) down the text, each at least a page's lines after the one before, in text order; null
 * when it is shorter than MIN_NUMBERED_PAGES.
 */
function longestRun(candidates: PageNumberCandidate[]): PageNumberLine[] | null {
  const typicalIndent = median(candidates.map((candidate) => candidate.indent));
  const byNumber = new Map<number, NumberLines>();
  const chain = new Map<number, PageNumberLine>();
  let best: PageNumberLine | null = null;
  for (const { line, number, indent } of candidates) {
    if (typicalIndent >= 20 && indent < typicalIndent / 2) continue;
    const before = byNumber.get(number - 1);
    const link = before === undefined ? null : longestUpTo(before, line - MIN_PAGE_LINES);
    // A run starts at page 1, or 2 after a first page with no number (no page is numbered 0).
    if (number === 0 || (link === null && number > 2)) continue;
    const entry = { line, number, length: link === null ? 1 : link.length + 1, previous: link === null ? -1 : link.line };
    const own = byNumber.get(number) ?? { lines: [], counted: 0, longest: null };
    own.lines.push(entry);
    byNumber.set(number, own);
    chain.set(line, entry);
    if (best === null || entry.length >= best.length) best = entry;
  }
  if (best === null || best.length < MIN_NUMBERED_PAGES) return null;
  const run: PageNumberLine[] = [];
  for (let line = best.line; line >= 0; line = chain.get(line)!.previous) run.push(chain.get(line)!);
  return run.reverse();
}

/** A note's reference in plain digits, as a text gives a superscript (see plainReference). */
const NOTE_REFERENCE = new RegExp(plainReference(String.raw`(\d{1,2})`), 'g');

/**
 * The lines holding a note's number alone, its text on the next line: the first line to start
 * with a number after a reference glued to a word ("Borough.1") is that reference's note, if it
 * stands within `reach` lines of it (a note is on its reference's page or the next). A page
 * number after the note (its page's "1" below the note's "1") is then no note's: its reference
 * is taken.
 */
function noteMarkerLines(lines: string[], reach: number): Set<number> {
  // For each number, the lines of its references in text order, from `first` on: those before have
  // been taken by a note or left out of reach (kept in place, since copying or filtering the list at
  // each line made thousands of references to one number cost their square).
  const pending = new Map<number, { lines: number[]; first: number }>();
  const notes = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const trimmed = lines[i]!.trim();
    const opening = /^(\d{1,2})(?!\d)/.exec(trimmed);
    const references = opening === null ? undefined : pending.get(Number(opening[1]));
    while (references !== undefined && references.first < references.lines.length && i - references.lines[references.first]! > reach) references.first++;
    if (opening !== null && references !== undefined && references.first < references.lines.length) {
      const alone = trimmed === opening[1];
      let next = i + 1;
      while (next < lines.length && lines[next]!.trim() === '') next++;
      const noteText = alone ? /^[A-Za-z]/.test(lines[next]?.trim() ?? '') : /^\d{1,2}\s*[A-Za-z]/.test(trimmed);
      if (noteText) {
        references.first++;
        if (alone) notes.add(i);
      }
    }
    for (const reference of trimmed.matchAll(NOTE_REFERENCE)) {
      const number = Number(reference[1]);
      const known = pending.get(number);
      if (known) known.lines.push(i);
      else pending.set(number, { lines: [i], first: 0 });
    }
  }
  return notes;
}

/** A number's lines in text order, and the longest chain among the first `counted` of them. */
interface NumberLines {
  lines: PageNumberLine[];
  counted: number;
  longest: PageNumberLine | null;
}

/**
 * Of a number's lines at or before a line, the longest chain (the later on a tie). Lines are asked
 * for in text order, so each is counted once: a text of many lone numbers stays linear.
 */
function longestUpTo(number: NumberLines, lastLine: number): PageNumberLine | null {
  while (number.counted < number.lines.length && number.lines[number.counted]!.line <= lastLine) {
    const entry = number.lines[number.counted++]!;
    if (number.longest === null || entry.length >= number.longest.length) number.longest = entry;
  }
  return number.longest;
}

/**
 * The unnumbered first page's last line: a page's length before the second's number. A footnote
 * near there ends the page (its marker, its text, and the lines its full-width unfinished lines run on to);
 * otherwise a blank line near there does, so that no paragraph is cut.
 */
function firstPageEnd(lines: string[], ends: number[]): number {
  const gaps = ends.slice(1).map((end, i) => end - ends[i]!);
  const second = ends[0]!;
  const estimate = Math.max(0, second - Math.round(median(gaps.length > 0 ? gaps : [second])));
  for (let line = Math.min(second - 1, estimate + SNAP_LINES); line >= Math.max(1, estimate - 2 * SNAP_LINES); line--) {
    const marker = FOOTNOTE_MARKER.exec(lines[line]!);
    if (marker === null) continue;
    let end = marker[1] === undefined ? line : line + 1;
    const full = 0.8 * wrapWidth(lines);
    while (end + 1 < second && lines[end]!.trim().length >= full && !endsWithSentence(lines[end]!.trim())) end++;
    return Math.min(end, second - 1);
  }
  for (let distance = 0; distance <= SNAP_LINES; distance++) {
    for (const line of [estimate - distance, estimate + distance]) if (line > 0 && line < second && lines[line]!.trim() === '') return line;
  }
  return estimate;
}

/** A footnote's first line at the margin: its number alone (group 1: the text is on the next line) or followed by its text. */
const FOOTNOTE_MARKER = /^ {0,3}\d{1,2}(?:(\s*)$|\s+[A-Z])/;

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
