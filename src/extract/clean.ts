import { endsWithSentence } from '../line-room.js';
import { rejoinLetterSpaced } from './letter-spaced.js';
import { isPseudonymNote } from '../section-notes.js';
import type { ExtractedPages, Footnote, LetterText, LineLayout, Removal } from '../types.js';
import { smallest } from '../long-arrays.js';
import { dateAlone, footerItems } from '../text/dates.js';

// Pages of extracted text to the letter's own text: characters normalised, and the print
// furniture (running headers and footers, page numbers, footnotes) taken out and listed.

const DIRECTION_CONTROLS = '\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';
/** C0 and C1 control characters but tab and the line and page breaks. */
const CONTROL_CHARACTERS = String.fromCharCode(...[...Array(32).keys(), ...Array.from({ length: 33 }, (_, i) => 0x7f + i)].filter((code) => code !== 0x0a && code !== 0x0c && code !== 0x0d && code !== 0x09));
/** A character that no text jtai writes holds, since cleaning drops it: JSON read back that holds one was not written by jtai parse. */
export const DROPPED_CONTROL = new RegExp(`[${DIRECTION_CONTROLS}${CONTROL_CHARACTERS}]`, 'u');

/** Characters written another way: ligatures spelt out, curly quotes made straight, odd spaces made plain, invisible ones, direction controls and control characters dropped. */
const CHARACTER_FIXES: Array<[string, string]> = [
  ['\uFB00', 'ff'],
  ['\uFB01', 'fi'],
  ['\uFB02', 'fl'],
  ['\uFB03', 'ffi'],
  ['\uFB04', 'ffl'],
  ['\u2018\u2019\u201A\u201B\u2032', "'"],
  ['\u201C\u201D\u201E\u201F\u2033', '"'],
  ['\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000\t', ' '],
  // The hyphen a browser draws where it breaks a word (hyphens: auto, a soft hyphen) is U+2010, a non-breaking one U+2011.
  ['\u2010\u2011', '-'],
  ['\u00AD\u200B\u200C\u200D\uFEFF', ''],
  // Bidirectional controls (a right-to-left override, say) only reorder how text is shown: dropped, so that no word or name is cut at one.
  [DIRECTION_CONTROLS, ''],
  // Control characters (ESC, BEL, backspace) are no text: printed, they would drive the reader's terminal.
  [CONTROL_CHARACTERS, ''],
  ['\u2026', '...'],
];
const FIX_OF = new Map(CHARACTER_FIXES.flatMap(([characters, fix]) => [...characters].map((character) => [character, fix] as const)));
// One pass for them all (no fix makes a character another fix changes): ten passes were most of a line's cleaning.
const TO_FIX = new RegExp(`[${[...FIX_OF.keys()].join('')}]`, 'g');

const SOFT_HYPHEN_AT_END = /(?<=\p{L})\u00AD\s*$/u;

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** The column a line's text starts at: its leading spaces, a tab to the next multiple of 8. */
/**
 * The column, in -layout text, where a line's second run of characters starts: past its first run
 * (a bullet's glyph, an item's label) and the spaces after it, which normalising collapses to one.
 * Null for a line of one run.
 */
function secondRunColumn(line: string): number | null {
  let column = 0;
  let runs = 0;
  let inRun = false;
  for (const character of line) {
    const space = /\s/.test(character);
    if (!space && !inRun && ++runs === 2) return column;
    inRun = !space;
    column = character === '\t' ? (Math.floor(column / 8) + 1) * 8 : column + 1;
  }
  return null;
}

function leadingColumns(line: string): number {
  let column = 0;
  for (const character of line) {
    if (character === '\t') column = (Math.floor(column / 8) + 1) * 8;
    else if (/\s/.test(character)) column++;
    else break;
  }
  return column;
}

export function normaliseLine(line: string): string {
  // A soft hyphen is drawn only where a line breaks the word it stands in: at a line's end it is the
  // hyphen the reader sees there, read as a browser's U+2010 is (elsewhere it is invisible, and goes).
  // Looked for only in a line holding one: the pattern, anchored at the end, is tried at every position of every line.
  const hyphened = line.includes('\u00AD') ? line.replace(SOFT_HYPHEN_AT_END, '-') : line;
  return hyphened.replace(TO_FIX, (character) => FIX_OF.get(character)!).replace(/ {2,}/g, ' ').trim();
}

export const PAGE_NUMBER = /^(?:page\s+)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?$/i;
const FOOTNOTE_START = /^(\d{1,2}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})\s*(?=\S)(?!\d)/;
/** A note's first line in a text printed with its number in square brackets ("[1] The ..."). */
const BRACKETED_NOTE_START = /^\[(\d{1,2})\]\s*(?=\S)/;
/**
 * Digits after a number and a point, comma or colon are that number's (1.2, 10.2.2019, 10:30), not
 * a note's reference, unless they end a sentence ("the Children Act 2004.1", at a line's end or
 * before a capital).
 */
const NOT_IN_A_NUMBER = String.raw`(?:(?<!\d[.,:])|(?<=\d\.)(?=\d{1,2}(?:\s*$|\s+[A-Z])))`;

/**
 * A note's reference in plain digits (`digits`, a pattern): glued to the word it annotates
 * ("Borough.1", "Group1"), after a lower-case letter or punctuation only (a capital's number is a
 * code: a postcode's "M1", "Y12"), and not a number's own digits after its point (NOT_IN_A_NUMBER).
 */
export function plainReference(digits: string): string {
  return String.raw`(?<=[a-z.,;:)'"’”])${NOT_IN_A_NUMBER}${digits}(?=[\s.,;:)]|$)`;
}

/**
 * The most notes of one page whose markers are looked for. A letter's page has one or two; each
 * search reads the page up to its note, so a page of 40,000 lines opening with a superscript took
 * 12 s (the square of its length). Past it, such a line is still a note, its marker left in the text;
 * a lone number joined to its note in mid-page (joinMidPageNotes) is left as text.
 */
const MAX_PAGE_MARKER_SEARCHES = 10;
/** How many lines at each end of a page are searched for repeated headers and footers. */
const FURNITURE_DEPTH = 8;

function furnitureKey(line: string): string {
  return line.toLowerCase().replace(/\d+/g, '#');
}

/**
 * Lines that begin or end most pages: running headers and footers. At the foot, a PDF's footer
 * lines found under the body in small type count too: on a page of little text (a last page with
 * the sign-off alone) the footer is set in the page's main size, and stays in its text. A letter
 * set for printing on both sides may give odd and even pages headers of their own: a line on most
 * pages of one side (odd or even) is furniture too.
 */
function repeatedLines(pages: string[][], fromEnd: boolean, smallFooters: ExtractedPages['footers'] = []): Set<string> {
  // Counts over all pages, over the odd pages and over the even pages.
  const counts = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>()];
  pages.forEach((lines, index) => {
    const nonBlank = lines.filter((line) => line !== '');
    const edge = fromEnd ? nonBlank.slice(-FURNITURE_DEPTH) : nonBlank.slice(0, FURNITURE_DEPTH);
    const footer = smallFooters.filter((footer) => footer.page === index + 1).map((footer) => normaliseLine(footer.text));
    const keys = new Set([...edge, ...footer].map(furnitureKey));
    for (const key of keys) counts[0]!.set(key, (counts[0]!.get(key) ?? 0) + 1);
    // One side's header stands at the page's very edge (past a page number): a line a few lines
    // in on some odd pages ("Leaders should:") is content.
    const outermost = (fromEnd ? [...edge].reverse() : edge).find((line) => !PAGE_NUMBER.test(line));
    const sideKeys = new Set([...(outermost === undefined ? [] : [outermost]), ...footer].map(furnitureKey));
    for (const key of sideKeys) counts[1 + (index % 2)]!.set(key, (counts[1 + (index % 2)]!.get(key) ?? 0) + 1);
  });
  const pagesOf = [pages.length, Math.ceil(pages.length / 2), Math.floor(pages.length / 2)];
  const keys = new Set<string>();
  // A side of a letter of 5 or 6 pages has 2 or 3 pages (the first often without the header): a
  // side's header, at the very edge, need then stand on every page of its side but the first page.
  const fewest = (i: number) => (i === 0 || pages.length < 5 ? 3 : Math.min(3, pagesOf[i]! - (i === 1 ? 1 : 0)));
  counts.forEach((count, i) => {
    const needed = Math.max(2, fewest(i), Math.ceil(pagesOf[i]! * 0.5));
    for (const [key, n] of count) if (n >= needed && !/^#?$/.test(key)) keys.add(key);
  });
  return keys;
}

/**
 * a to z raised, as Unicode has them; q has no small raised form, and takes the capital's (U+A7F4).
 * A to Z raised: the capitals' modifier forms, and where a capital has none (S, X, Y, Z), its small
 * letter's. A marker's case is read from its note; its raised form is only matched against it.
 */
const SUPERSCRIPT_LETTERS = 'ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖꟴʳˢᵗᵘᵛʷˣʸᶻ';
const SUPERSCRIPT_CAPITALS = 'ᴬᴮꟲᴰᴱꟳᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾꟴᴿˢᵀᵁⱽᵂˣʸᶻ';
/** Any raised letter, small or capital. */
export const RAISED_LETTER = `[${SUPERSCRIPT_LETTERS}${SUPERSCRIPT_CAPITALS}]`;

/** A note's marker in letters or roman numerals ("a", "ii", "B", "IV") as the PDF reader keeps it raised after a word. */
export function raisedLetters(marker: string): string {
  return [...marker]
    .map((letter) => (letter >= 'a' && letter <= 'z' ? SUPERSCRIPT_LETTERS[letter.charCodeAt(0) - 97] : SUPERSCRIPT_CAPITALS[letter.charCodeAt(0) - 65]))
    .join('');
}

function toSuperscript(digits: string): string {
  return [...digits].map((digit) => SUPERSCRIPT_DIGITS[Number(digit)]).join('');
}

/** A note's marker left in the text (cleanPages' last pass): a superscript number, or a number glued to a sentence's full stop. */
export const MARKER_LEFT = /(?<=\S) ?[⁰¹²³⁴⁵⁶⁷⁸⁹]+|(?<=[a-z]\.)\d{1,2}(?=$| [A-Z])/g;
/**
 * What every MARKER_LEFT holds (a superscript digit, or a small letter, a full stop and a digit), tested
 * first: the lookbehinds tried at every place of every line were a fifth of cleanPages' CPU, and most
 * lines hold neither.
 */
export const MAY_HOLD_MARKER_LEFT = /[⁰¹²³⁴⁵⁶⁷⁸⁹]|[a-z]\.\d/;

function superscriptToDigits(text: string): string {
  return text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (c) => String(SUPERSCRIPT_DIGITS.indexOf(c)));
}

/** Where a footnote's marker was taken out of the text: page, line and column, until the pages are joined. */
interface MarkerAt {
  pageIndex: number;
  line: number;
  column: number;
}

/** A note found, with where its marker stood; `bracketed`: that marker was its number in square brackets on the text's baseline. */
type NoteFound = Footnote & { at: MarkerAt | null; bracketed?: true };

/** A line of the pages' lines. */
type LinePlace = Pick<MarkerAt, 'pageIndex' | 'line'>;

export function cleanPages(extracted: ExtractedPages): LetterText {
  const removed: Removal[] = [];
  const footnotes: NoteFound[] = [];
  // The markers of the section notes taken out (a pseudonym note's "*"), with the page each note is on.
  const noteMarks: Array<{ page: number; at: MarkerAt }> = [];
  const drawn = rejoinLetterSpaced(extracted.pages);
  const softBreaks = softHyphenBreaks(drawn);
  const pages = drawn.map((page) => page.split('\n').map(normaliseLine));
  const indents = extracted.format === 'text' ? extracted.pages.map((page) => page.split('\n').map(leadingColumns)) : null;
  const secondRuns = extracted.format === 'text' ? extracted.pages.map((page) => page.split('\n').map(secondRunColumn)) : null;
  const headers = repeatedLines(pages, false);
  const footers = repeatedLines(pages, true, extracted.footers);
  const own = ownNumbering(pages, extracted.footnotes?.map((note) => note.marker) ?? []);

  const footDates = datesAtFoot(pages, footers, extracted.layout);

  const pageTopBlankLines: Array<number | null> = [];
  pages.forEach((lines, index) => {
    const page = index + 1;
    const drawnLines = lines.slice();
    stripEdge(lines, page, removed, headers, 'running-header', false);
    if (indents) pageTopBlankLines.push(blankLinesAtTop(drawnLines, lines));
    stripEdge(lines, page, removed, footers, 'running-footer', true, extracted.layout?.[index]);
    const footDate = footDates.get(index);
    if (footDate !== undefined && footDate.some((i) => lines[i] !== '')) {
      for (const i of footDate) {
        if (lines[i] === '') continue;
        removed.push({ kind: PAGE_NUMBER.test(lines[i]!) ? 'page-number' : 'footer', page, text: lines[i]! });
        lines[i] = '';
      }
      // A page number set under the date is the page's furniture too.
      stripEdge(lines, page, removed, footers, 'running-footer', true, extracted.layout?.[index]);
    }
    // A footer in small type under a PDF page's body (not repeated, so not a running footer),
    // unless it reads as a study's note ("All names are pseudonyms.", a line or two): that note
    // belongs to the section at the page's foot, and stays out of the text the section runs on in.
    // The note is the footer's first line or two; lines under it are the page's own footer.
    const smallFooter = (extracted.footers ?? []).filter((f) => f.page === page).map((f) => normaliseLine(f.text));
    const noteLines = [1, 2].find((k) => k <= smallFooter.length && isPseudonymNote(smallFooter.slice(0, k).join(' '))) ?? 0;
    if (noteLines > 0) removed.push({ kind: 'note', page, text: smallFooter.slice(0, noteLines).join(' ') });
    for (const text of smallFooter.slice(noteLines)) removed.push({ kind: 'footer', page, text });
    for (const stamp of (extracted.stamps ?? []).filter((s) => s.page === page)) removed.push({ kind: 'stamp', page, text: normaliseLine(stamp.text) });
    // A PDF's footnotes were found by their size and place; a text's are found by their look.
    const pageNotes = extracted.footnotes?.filter((n) => n.page === page) ?? [];
    for (const note of pageNotes) {
      // A study's pseudonym note set small at the page's foot reads as a note of its own marker ("*Pseudonym used ...");
      // it is the study's note, as a small footer that reads so is (above), and its markers in the text still go.
      if (isPseudonymNote(normaliseLine(note.printed))) {
        removed.push({ kind: 'note', page, text: normaliseLine(note.printed) });
        const at = stripNoteMarker(pages, index, lines.length, note.marker, removed);
        if (at !== null) noteMarks.push({ page, at });
        continue;
      }
      removed.push({ kind: 'footnote', page, text: normaliseLine(note.printed) });
      // Markers set side by side ("area 4.¹²" for notes 1 and 2) run together: the others of the page may follow this one.
      const others = pageNotes.map((other) => other.marker).filter((marker) => marker !== note.marker && /^\d{1,2}$/.test(marker));
      const shared = extracted.footnotes?.some((n) => n.page === page + 1 && n.marker === note.marker) ?? false;
      const raisedAt = stripNoteMarker(pages, index, lines.length, note.marker, removed, others, runOnParagraphEnd(headers), shared);
      const bracketAt = raisedAt === null && NUMBERED_NOTE.test(note.printed) ? stripBaselineBrackets(pages, index, lines.length, note.marker, removed, own) : null;
      const entry: NoteFound = { marker: note.marker, text: normaliseLine(note.text), page, at: raisedAt ?? bracketAt, ...(bracketAt ? { bracketed: true } : {}) };
      footnotes.push(entry);
      if (raisedAt !== null) footnotes.push(...citedOnItsPage(pages, raisedAt, entry, others, extracted.footnotes ?? [], footnotes, removed));
    }
    stripFootnotes(lines, page, removed, pages, index, footnotes, extracted.format === 'text', own);
    if (extracted.format === 'text') stripCapitalNotes(lines, page, removed, pages, index, footnotes);
    const pseudonymMarks = stripAsteriskNotes(lines, page, removed, pages, index, footnotes);
    const footNote = extracted.format === 'text' ? stripFootNote(lines, page, removed, firstBodyLine(pages[index + 1], headers)) : null;
    const marked = footNote === null ? undefined : [...pseudonymMarks].find(([line]) => line >= footNote[0] && line <= footNote[1])?.[1];
    if (marked) noteMarks.push({ page, at: marked });
  });
  footnotes.push(...citedAgain(pages, footnotes, removed, own));
  // Markers whose note was not found (or is elsewhere) still do not belong in the text: a
  // superscript, or (in text, where superscripts come out as plain digits) a number glued to the
  // full stop that ends a sentence, at the end of the line or before the next sentence.
  pages.forEach((lines, index) => {
    lines.forEach((line, i) => {
      if (!MAY_HOLD_MARKER_LEFT.test(line)) return;
      lines[i] = line.replace(MARKER_LEFT, (marker) => {
        removed.push({ kind: 'footnote-marker', page: index + 1, text: marker.trim() });
        return '';
      });
    });
  });

  // Join the pages; runs of blank lines become one (a text file marks page breaks with many).
  let text = '';
  const pageStarts: number[] = [];
  const lineOffsets: number[][] = [];
  const lineLayout: Array<LineLayout | null> = [];
  const lineIndent: Array<number | null> = [];
  const lineSecondRun: Array<number | null> = [];
  pages.forEach((lines, pageIndex) => {
    const pageLayout = extracted.layout?.[pageIndex];
    let first = 0;
    let last = lines.length - 1;
    while (first <= last && lines[first] === '') first++;
    while (last >= first && lines[last] === '') last--;
    // pdftotext -layout sets a page's text from its leftmost line: indents count from there.
    const pageIndents = indents?.[pageIndex] ?? [];
    const pageLeft = smallest(lines.flatMap((line, i) => (line === '' ? [] : [pageIndents[i] ?? 0])));
    if (text !== '' && !text.endsWith('\n')) text += '\n';
    pageStarts.push(text.length);
    const offsets: number[] = [];
    let pageText = '';
    for (let i = 0; i < lines.length; i++) {
      offsets.push(text.length + pageText.length);
      if (i < first || i > last || (lines[i] === '' && lines[i - 1] === '')) continue;
      if (i > first) pageText += '\n';
      offsets[i] = text.length + pageText.length;
      pageText += lines[i];
      lineLayout.push(lines[i] === '' ? null : pageLayout?.[i] ?? null);
      lineIndent.push(lines[i] === '' ? null : (pageIndents[i] ?? 0) - pageLeft);
      const secondRun = secondRuns?.[pageIndex]?.[i] ?? null;
      lineSecondRun.push(lines[i] === '' || secondRun === null ? null : secondRun - pageLeft);
    }
    lineOffsets.push(offsets);
    text += pageText;
  });
  return {
    text,
    pageStarts,
    removed,
    ...(extracted.layout ? { lineLayout } : {}),
    ...(indents ? { lineIndent, lineSecondRun, pageTopBlankLines } : {}),
    ...(softBreaks.size > 0 ? { softBreaks } : {}),
    footnotes: footnotes.map(({ at, bracketed: _bracketed, ...note }) => ({ ...note, offset: at ? lineOffsets[at.pageIndex]![at.line]! + at.column : null })),
    ...(noteMarks.length > 0 ? { noteMarkers: noteMarks.map(({ page, at }) => ({ page, offset: lineOffsets[at.pageIndex]![at.line]! + at.column })) } : {}),
  };
}

/**
 * The words broken at a line's end by a soft hyphen, as "head-tail" in lower case ("com-munity"):
 * a producer draws one only where a line breaks its word, so that break is the word's alone, in a
 * letter that breaks no other word as in one that breaks many (splitWordsOf). The tail is the
 * next line's first word, on the next page where the line ends one.
 */
function softHyphenBreaks(pages: string[]): Set<string> {
  const breaks = new Set<string>();
  let head: string | null = null;
  for (const page of pages) {
    if (head === null && !page.includes('\u00AD')) continue;
    for (const line of page.split('\n')) {
      if (line.trim() === '') continue;
      if (head !== null) {
        const tail = /^\s*([a-z]+)/.exec(line)?.[1];
        if (tail !== undefined) breaks.add(`${head}-${tail}`);
      }
      // The test only where the line holds a soft hyphen: its lookbehind tried at every place of every line cost 1% of a worker's CPU.
      head = line.includes('\u00AD') && SOFT_HYPHEN_AT_END.test(line) ? (/([A-Za-z]+)\u00AD\s*$/.exec(line)?.[1]?.toLowerCase() ?? null) : null;
    }
  }
  return breaks;
}

/**
 * Takes a note's marker out of the text it is glued to, on its page or the one before.
 * `shared`: the next page holds a note of the same marker (notes numbered afresh on each page).
 */
function stripNoteMarker(pages: string[][], pageIndex: number, beforeLine: number, marker: string, removed: Removal[], others: string[] = [], runOn: ((page: string[]) => number) | null = null, shared = false): MarkerAt | null {
  // Not found above its note: the marker may stand on the paragraph the note's page runs on into the next page
  // (a finding opening at the note's page and ending, its marker with it, on the next: helper 8bi), where `runOn`
  // says that paragraph ends. A symbol's too (helper 8bk): one fallback for the three kinds (helper 8bl), `back` the
  // pages before the note's page that may hold the marker. Where the next page holds a note of this marker too
  // (`shared`), the paragraph's marker is this note's only if the same marker stands again on that page after the
  // paragraph, for that page's own note (helper 8bl): one marker there is that page's note's, as before.
  // A note read with no marker (the first line of a column of the foot that opens none) has none to take out: an empty
  // marker's form matches everywhere, and the search never ended.
  if (marker === '') return null;
  const next = pages[pageIndex + 1];
  const symbol = SYMBOL_MARKERS.includes(marker);
  const form = markerForm(marker, others);
  const onRunOn = <T>(find: (p: number, end: number, back: number) => T | null): T | null => {
    const here = find(pageIndex, beforeLine, 1);
    if (here !== null || runOn === null || next === undefined) return here;
    const end = runOn(next);
    if (shared && markerAbove(pages, pageIndex + 1, next.length, form, (_lines, line) => line >= end, 0) === null) return null;
    return find(pageIndex + 1, end, 0);
  };
  // A symbol's markers all go (stripSymbolMarkers), from the first page looked at.
  if (symbol) return onRunOn((p, end, back) => stripSymbolMarkers(pages, p, end, marker, removed, { pageIndex: p - back, line: 0 }));
  const found = onRunOn((p, end, back) => markerAbove(pages, p, end, form, undefined, back));
  return found ? takeMarker(pages, found, removed) : null;
}

/** How a note's marker stands in the text: a symbol's; a letter's raised form glued to a word (not inside a longer run of raised letters); a number's. */
function markerForm(marker: string, others: string[]): RegExp {
  if (SYMBOL_MARKERS.includes(marker)) return symbolMarker(marker);
  if (/^[a-zA-Z]+$/.test(marker)) return new RegExp(`(?<=\\S)(?<!${RAISED_LETTER}) ?${raisedLetters(marker)}(?!${RAISED_LETTER})`, 'u');
  return numberForm(marker, null, others);
}

/**
 * A note's marker cited again on the page its first citation stands on (one note, two markers: "¹" on two findings of
 * one page, the note at that page's foot or run on from it; helper 8bn): each citation above the one found is taken out
 * and the note listed again with its place, so that the finding there carries it too (as `citedAgain` does for "[1]").
 * Only where no other note of that marker stands at the foot of that page, the page before or the page after (notes
 * numbered afresh on each page share their markers: each page's is its own). Numbers and letters; a symbol's markers on
 * the page are all taken at once (stripSymbolMarkers). Each further citation costs one more look up the page, as the first did.
 */
function citedOnItsPage(pages: string[][], first: MarkerAt, note: NoteFound, others: string[], notes: ReadonlyArray<{ marker: string; page: number }>, footnotes: NoteFound[], removed: Removal[]): NoteFound[] {
  if (SYMBOL_MARKERS.includes(note.marker)) return [];
  const pagesNear = new Set([first.pageIndex, note.page - 1].flatMap((p) => [p, p + 1, p + 2]));
  if (notes.filter((other) => other.marker === note.marker && pagesNear.has(other.page)).length !== 1) return [];
  const form = markerForm(note.marker, others);
  const again: NoteFound[] = [];
  for (let found = markerAbove(pages, first.pageIndex, pages[first.pageIndex]!.length, form, undefined, 0); found !== null; found = markerAbove(pages, first.pageIndex, found.line + 1, form, undefined, 0)) {
    const at = takeMarker(pages, found, removed);
    // Markers after it on its line (this note's first, another's) move back with the text.
    for (const other of [...footnotes, ...again]) if (other.at !== null && other.at.pageIndex === at.pageIndex && other.at.line === at.line && other.at.column > at.column) other.at.column -= found.length;
    again.push({ marker: note.marker, text: note.text, page: note.page, at });
  }
  return again;
}

/**
 * Where the paragraph a page opens with ends (the line after its last): the first blank line after a line of
 * text, running headers and page numbers at the page's head passed over.
 */
function runOnParagraphEnd(headers: ReadonlySet<string>): (lines: string[]) => number {
  return (lines) => {
    let i = 0;
    while (i < lines.length && (lines[i]!.trim() === '' || headers.has(lines[i]!) || /^\s*(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?\s*$/i.test(lines[i]!))) i++;
    while (i < lines.length && lines[i]!.trim() !== '') i++;
    return i;
  };
}

/**
 * A note printed with its number: in square brackets ("[1] The ..."), or without them, plain or
 * raised ("1 The ...", "¹ The ..."): its number in brackets on the text's baseline is its marker.
 */
const NUMBERED_NOTE = /^\s*(?:\[\d{1,2}\]|\d{1,2}(?!\d)|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})/;

/**
 * A note printed "[1] ..." whose marker stands in the text on the baseline, at the text's size
 * ("families [1].", "... door. [2]"): nothing raises it, so it is the note's only because the
 * page's notes carry that number in the same brackets (a bracketed number no note of the page
 * carries is the letter's own text, and no note looks for it). Looked for after the raised forms,
 * on the note's page before the note, or on the page before: after a word or punctuation, a space
 * before it or none, and before a space, punctuation or the line's end.
 */
function stripBaselineBrackets(pages: string[][], pageIndex: number, beforeLine: number, marker: string, removed: Removal[], own: OwnNumbering): MarkerAt | null {
  if (marker === '') return null;
  const found = baselineBracketAbove(pages, pageIndex, beforeLine, marker, own);
  return found ? takeMarker(pages, found, removed) : null;
}

/**
 * Where a note's number stands in square brackets on the text's line, above the note's line or on
 * the page before (stripBaselineBrackets; in a text, stripFootnotes for a note at the page's foot).
 */
function baselineBracketAbove(pages: string[][], pageIndex: number, beforeLine: number, marker: string, own: OwnNumbering): MarkerPlace | null {
  if (!/^\d{1,2}$/.test(marker)) return null;
  // First where a marker stands: before punctuation or the line's end, or after a sentence's punctuation ("families [1].",
  // "door. [2]"); only then with a word after it ("families [1] and"), which a reference of the letter's own shares
  // ("section [1] of the plan") and so does a list's number after a colon or comma ("steps: [1] a check, [2] a
  // review"): reviewer rv23.
  // Either way, not the letter's own reference (ownReference: "section [1] of the plan", helper 8bc; "priority action [1]"
  // where the letter numbers its priority actions, helper 8bd; as citedAgain). Last, a reference the measure wrapped to
  // a line's start, the sentence running on round it (wrappedReference, helper 8bd).
  const placed = new RegExp(String.raw`(?<=\S) ?\[${marker}\](?=[.,;:)]|\s*$)|(?<=[.!?]) ?\[${marker}\](?=\s|$)`, 'g');
  const glued = new RegExp(String.raw`(?<=\S) ?\[${marker}\](?=[\s.,;:)]|$)`, 'g');
  const atStart = new RegExp(String.raw`^\[${marker}\]${WRAPPED_REFERENCE_AFTER}`, 'gu');
  const marks = (lines: string[], l: number, column: number) => !ownReference(lines[l]!, column, own);
  return markerAbove(pages, pageIndex, beforeLine, placed, marks) ?? markerAbove(pages, pageIndex, beforeLine, glued, marks) ??
    markerAbove(pages, pageIndex, beforeLine, atStart, (lines, l, column) => wrappedReference(lines, l) && marks(lines, l, column));
}

/**
 * The first match of `form` on the note's page before its line, or else on the page before: where a note's marker stands.
 * With `marks` (and a global `form`), the first match it keeps.
 */
function markerAbove(pages: string[][], pageIndex: number, beforeLine: number, form: RegExp, marks?: (lines: string[], line: number, column: number) => boolean, back = 1): MarkerPlace | null {
  for (let p = pageIndex; p >= Math.max(0, pageIndex - back); p--) {
    const lines = pages[p]!;
    const last = p === pageIndex ? beforeLine - 1 : lines.length - 1;
    for (let l = 0; l <= last; l++) {
      form.lastIndex = 0;
      let found: RegExpExecArray | null;
      while ((found = form.exec(lines[l]!)) !== null) {
        if (!marks || marks(lines, l, found.index)) return { pageIndex: p, line: l, column: found.index, length: found[0].length };
        if (!form.global) break;
      }
    }
  }
  return null;
}

/** Takes a footnote's marker (and a space before it) out of its line. */
function takeMarker(pages: string[][], found: MarkerPlace, removed: Removal[]): MarkerAt {
  const lines = pages[found.pageIndex]!;
  const original = lines[found.line]!;
  let rest = original.slice(found.column + found.length);
  // A reference wrapped to the line's start (wrappedReference) with punctuation after it: the punctuation ends the line
  // before, where the reference stood ("... at home [1]," / "and" reads "... at home," / "and").
  const punctuation = /^[.,;:)]/.exec(rest)?.[0];
  if (found.column === 0 && found.line > 0 && original.startsWith('[') && punctuation !== undefined && lines[found.line - 1] !== '') {
    lines[found.line - 1] += punctuation;
    rest = rest.slice(1).trimStart();
  }
  lines[found.line] = original.slice(0, found.column) + rest;
  removed.push({ kind: 'footnote-marker', page: found.pageIndex + 1, text: original.substr(found.column, found.length).trim() });
  return { pageIndex: found.pageIndex, line: found.line, column: found.column };
}

/**
 * A word naming a part of a document that the letter numbers itself, just before a "[n]": "section [1] of the plan",
 * "see recommendation [2] above" cite the letter's own parts, not a note (reviewer rv25).
 */
const OWN_NUMBERED_PART = /\b(?:section|paragraph|recommendation|appendix|annex|chapter|part|step|table|figure|page|item|stage|phase|objective)s? ?$/i;

/** Words the letter numbers its own things by, in lower case ("priority action [1]", "[2]": ownNumbering). */
type OwnNumbering = ReadonlySet<string>;

/**
 * The words a letter numbers its own things by: a word that stands before a bracketed number and before the next number
 * too ("priority action [1]" ... "priority action [2]"), where one of the two is carried by no note of the letter (a PDF's
 * notes, found by their size and place; a text's, printed at a line's start "[2] The ...", "2 The ..." or "2. The ...", as a text's notes are read: rv29). A note's
 * marker follows whatever word the sentence ends on; a run of numbers after one word, out of step with the notes, is
 * the letter's own count (helper 8bd). Where every number of the run is a note's, nothing shows it: they stay markers.
 */
function ownNumbering(pages: string[][], noteMarkers: string[]): OwnNumbering {
  const carried = new Set(noteMarkers);
  const numbersAfter = new Map<string, Set<number>>();
  for (const lines of pages) {
    for (const line of lines) {
      const printed = /^(?:\[(\d{1,2})\]|(\d{1,2}))\.?\s+\p{Lu}/u.exec(line);
      if (printed) carried.add(printed[1] ?? printed[2]!);
      if (!line.includes('[')) continue;
      // A number that follows another's bracket ("priority actions [1] and [2]", "[1], [2]") counts after that one's word.
      let previous: { word: string; end: number } | null = null;
      for (const found of line.matchAll(/\[(\d{1,2})\]/g)) {
        const between: string | null = previous === null ? null : line.slice(previous.end, found.index);
        const word: string | undefined = between !== null && /^\s*(?:,|\s(?:and|or|to)\s|[-\u2013])\s*$/.test(between) ? previous!.word : ownKey(line, found.index);
        previous = word === undefined ? null : { word, end: found.index + found[0].length };
        if (word !== undefined) numbersAfter.set(word, (numbersAfter.get(word) ?? new Set()).add(Number(found[1])));
      }
    }
  }
  const own = new Set<string>();
  for (const [word, numbers] of numbersAfter) {
    if ([...numbers].some((n) => numbers.has(n + 1) && (!carried.has(String(n)) || !carried.has(String(n + 1))))) own.add(word);
  }
  return own;
}

/**
 * A "[n]" at `column` of `line` that is the letter's own reference, no note's marker: straight after a word naming a
 * numbered part of a document ("section [1] of the plan", rv25 and 8bc), or after a word the letter numbers its own
 * things by (ownNumbering: "priority action [1]" where "priority action [2]" follows, no note 2: helper 8bd). The one
 * guard of a note's first reference (baselineBracketAbove) and of a note cited again (citedAgain).
 */
function ownReference(line: string, column: number, own: OwnNumbering): boolean {
  const before = line.slice(0, column);
  if (OWN_NUMBERED_PART.test(before)) return true;
  const word = ownKey(line, column);
  return word !== undefined && own.has(word);
}

/**
 * The word straight before a "[n]" at `column` of `line` (a space between or none), as ownNumbering and ownReference
 * compare it: in lower case, a plural's "s" dropped ("priority actions [1] and [2]" numbers what "priority action [1]"
 * names: reviewer rv29).
 */
function ownKey(line: string, column: number): string | undefined {
  const word = /(\p{L}[\p{L}'\u2019-]*) ?$/u.exec(line.slice(0, column))?.[1]?.toLowerCase();
  return word === undefined ? undefined : word.replace(/(?<=\p{L}{3})s$/u, '');
}

/** After a "[n]" wrapped to a line's start: the sentence going on, in lower case (the space taken with the marker), or punctuation. */
const WRAPPED_REFERENCE_AFTER = String.raw`(?: (?=\p{Ll})|(?=[.,;:)]))`;

/**
 * A "[n]" at the start of line `l` that a typesetter wrapped there from the line before ("... at home is good" / "[1] and is
 * reviewed ..."): the line before, in the same paragraph, ends in a word (no stop, colon or comma: a list's "[1] ..."
 * follows a colon or a sentence's end), and the sentence goes on after the bracket in lower case or with its punctuation
 * (WRAPPED_REFERENCE_AFTER, in the pattern that finds it). Helper 8bd: rv25 left these as text.
 */
function wrappedReference(lines: string[], l: number): boolean {
  return l > 0 && /[\p{L}\p{N}]$/u.test(lines[l - 1]!);
}

/**
 * A note cited again: a letter that marks its notes by their number in square brackets on the text's
 * baseline ("families [1].") may cite a note a second time, later on its page or on a later page,
 * mid-sentence as well ("families [1] and carers"). Such a "[n]" is that note's marker where it stands
 * after the note's first reference (the bracketed marker taken for a note printed with number n), and
 * before any other note numbered n takes over (a note with its own marker, or one found with none,
 * from its page's top: notes numbered again on each page); glued to a word or a sentence's stop as a
 * marker is (after a letter, a digit, a stop or a closing bracket or quote, a space between or none;
 * before a space, punctuation or the line's end). A list's "[1]" after a colon or comma, a "[n]" before
 * the note's first reference (the letter's own "section [1]", reviewer rv23), one after a word naming a
 * numbered part of a document ("section [1]", "recommendation [2]" after it too: reviewer rv25), a list's
 * "[1]" followed on its line by a "[2]" no note cited carries (rv25) and a number no note carries stay text. Each is taken out, and the note listed again with its place, so that it is
 * attached to that finding too. One pass over the letter from the first such note on.
 */
function citedAgain(pages: string[][], footnotes: NoteFound[], removed: Removal[], own: OwnNumbering): NoteFound[] {
  const numbered = footnotes.filter((note) => /^\d{1,2}$/.test(note.marker));
  if (!numbered.some((note) => note.bracketed && note.at !== null)) return [];
  // Where each numbered note starts or stops being the one its number cites, in the letter's order.
  const events = numbered.map((note) => ({ note, at: note.at ?? { pageIndex: note.page - 1, line: 0, column: 0 } }))
    .sort((a, b) => a.at.pageIndex - b.at.pageIndex || a.at.line - b.at.line || a.at.column - b.at.column);
  const start = events.find(({ note }) => note.bracketed && note.at !== null)!.at;
  const cited = new Map<string, NoteFound>();
  const again: NoteFound[] = [];
  let next = 0;
  const citation = /(?<=[\p{L}\p{N}.!?)'"\u2019\u201D]) ?\[(\d{1,2})\](?=[\s.,;:)]|$)/gu;
  // A citation the measure wrapped to a line's start (wrappedReference).
  const atStart = new RegExp(String.raw`^\[(\d{1,2})\]${WRAPPED_REFERENCE_AFTER}`, 'u');
  for (let p = start.pageIndex; p < pages.length; p++) {
    const lines = pages[p]!;
    for (let l = p === start.pageIndex ? start.line : 0; l < lines.length; l++) {
      const onLine = (column: number) => next < events.length && events[next]!.at.pageIndex === p && events[next]!.at.line === l && events[next]!.at.column <= column;
      const passTo = (column: number) => {
        while (next < events.length && (events[next]!.at.pageIndex < p || (events[next]!.at.pageIndex === p && events[next]!.at.line < l) || onLine(column))) {
          const { note } = events[next++]!;
          if (note.bracketed && note.at !== null) cited.set(note.marker, note);
          else cited.delete(note.marker);
        }
      };
      passTo(-1);
      const wrapped = atStart.exec(lines[l]!);
      if (wrapped && wrappedReference(lines, l) && !ownReference(lines[l]!, 0, own)) {
        const note = cited.get(wrapped[1]!);
        if (note !== undefined) {
          const at = takeMarker(pages, { pageIndex: p, line: l, column: 0, length: wrapped[0].length }, removed);
          for (const other of footnotes) if (other.at !== null && other.at.pageIndex === p && other.at.line === l) other.at.column = Math.max(0, other.at.column - wrapped[0].length);
          again.push({ marker: note.marker, text: note.text, page: note.page, at });
        }
      }
      if (!lines[l]!.includes('[')) {
        passTo(Infinity);
        continue;
      }
      citation.lastIndex = 0;
      let found: RegExpExecArray | null;
      while ((found = citation.exec(lines[l]!)) !== null) {
        passTo(found.index);
        const note = cited.get(found[1]!);
        if (note === undefined || ownReference(lines[l]!, found.index, own)) continue;
        // The letter's own list ("points. [1] ... [2] ..."): the next number follows on the line, and no note cited carries it.
        const following = String(Number(found[1]) + 1);
        if (!cited.has(following) && lines[l]!.slice(found.index + found[0].length).includes(`[${following}]`)) continue;
        const at = takeMarker(pages, { pageIndex: p, line: l, column: found.index, length: found[0].length }, removed);
        // Markers after it on this line (other notes' first references) move back with the text.
        for (const other of footnotes) if (other.at !== null && other.at.pageIndex === p && other.at.line === l && other.at.column > found.index) other.at.column -= found[0].length;
        again.push({ marker: note.marker, text: note.text, page: note.page, at });
        citation.lastIndex = found.index;
      }
      passTo(Infinity);
    }
  }
  return again;
}

/**
 * Takes running headers (or footers) and page numbers off one end of a page: one page number, or
 * (with the page's layout) each of the page numbers set side by side on one baseline at its foot,
 * as a sheet printed with two pages to a side numbers each half.
 */
function stripEdge(
  lines: string[],
  page: number,
  removed: Removal[],
  repeated: Set<string>,
  kind: 'running-header' | 'running-footer',
  fromEnd: boolean,
  layout?: Array<LineLayout | null>,
): void {
  let numberTaken: LineLayout | null | undefined;
  for (;;) {
    const index = fromEnd ? findLast(lines) : lines.findIndex((line) => line !== '');
    if (index < 0) return;
    const line = lines[index]!;
    const at = layout?.[index] ?? null;
    const beside = numberTaken != null && at !== null && Math.abs(at.y - numberTaken.y) < 1 && (at.end < numberTaken.x || at.x > numberTaken.end);
    if (repeated.has(furnitureKey(line))) {
      removed.push({ kind, page, text: line });
    } else if (PAGE_NUMBER.test(line) && (numberTaken === undefined || beside)) {
      numberTaken = at;
      removed.push({ kind: 'page-number', page, text: line });
    } else {
      return;
    }
    lines[index] = '';
  }
}

/**
 * A date at a page's foot, set as page furniture (a letter's date printed on every page, on some or on the last, or a
 * footer's date), with the footer's other lines set close above or under it: its number, a web or mail address, a
 * reference (`footerItems`). The date is the page's last line (past its number and running footer) or stands over
 * such lines at the page's end; it is a line of its own, or set with the footer's other items on its line ("18 August
 * 2022 | Page 2 of 9"). The footer is its date's line, the lines under it to the page's end, and any such lines set
 * close above it. It is furniture where the same date line stands so on two pages or more; or, with the page's layout,
 * where the footer's top line stands set apart under the line above it (more than 1.3 line steps), below every line of
 * the body on every page (the footer's band: the body's lines go no lower on any page), in no heavier or larger face;
 * or, in text (no layout), where a blank line sets the footer apart from the line above. A date that ends a paragraph
 * (a line step under its line before) or heads a part of the body (in the body's band, or in bold) stays, and so does
 * a line of the body read as a footer's (an address that ends a paragraph): the footer is tried from its date's line
 * up, and a line above it joins it only where the footer so set apart holds. By page index, the footer's lines.
 */
function datesAtFoot(pages: string[][], footers: ReadonlySet<string>, layout: ExtractedPages['layout']): Map<number, number[]> {
  const skipped = (line: string) => line === '' || PAGE_NUMBER.test(line) || footers.has(furnitureKey(line));
  const lastLine = (lines: string[]) => {
    for (let i = lines.length - 1; i >= 0; i--) if (!skipped(lines[i]!)) return i;
    return -1;
  };
  // The line above a page's line (past blank lines), or -1; in text, a blank line between parts a footer's lines.
  const lineAbove = (lines: string[], i: number) => {
    let above = i - 1;
    while (above >= 0 && lines[above] === '') above--;
    return above;
  };
  // Two lines of a footer set close: with positions, no more than 1.5 line steps apart; in text, with no blank line between.
  const close = (p: number, upper: number, lower: number) => {
    if (!layout) return lower === upper + 1;
    const a = layout[p]?.[upper];
    const b = layout[p]?.[lower];
    return !!a && !!b && a.y - b.y > 0 && a.y - b.y <= 1.5 * Math.max(a.lineStep, b.lineStep);
  };
  // Per page: the date's line, the footer's lines under it, and the lines above it that may be the footer's (nearest first).
  const candidates = new Map<number, { date: number; under: number[]; over: number[] }>();
  pages.forEach((lines, p) => {
    const end = lastLine(lines);
    if (end <= 0) return;
    let date = end;
    const under: number[] = [];
    // Past up to two of the footer's other lines under the date.
    while (!dateAlone(lines[date]!) && under.length < 2 && footerItems(lines[date]!)) {
      const above = lineAbove(lines, date);
      if (above < 0 || !close(p, above, date)) return;
      under.unshift(date);
      date = above;
    }
    if (date <= 0 || !dateAlone(lines[date]!)) return;
    const over: number[] = [];
    for (let top = date; over.length < 2; ) {
      const above = lineAbove(lines, top);
      if (above <= 0 || !footerItems(lines[above]!) || dateAlone(lines[above]!) || !close(p, above, top)) break;
      over.push(above);
      top = above;
    }
    candidates.set(p, { date, under, over });
  });
  if (candidates.size === 0) return new Map();
  const texts = new Map<string, number>();
  for (const [p, { date }] of candidates) texts.set(pages[p]![date]!, (texts.get(pages[p]![date]!) ?? 0) + 1);
  // The footer's band: under the lowest line of any page's body (its number, running footer and foot dates' footers aside).
  let band = Infinity;
  if (layout) {
    pages.forEach((lines, p) => {
      const candidate = candidates.get(p);
      const footer = new Set(candidate ? [candidate.date, ...candidate.under, ...candidate.over] : []);
      lines.forEach((line, i) => {
        const at = layout[p]?.[i];
        if (!at || footer.has(i) || skipped(line)) return;
        band = Math.min(band, at.y);
      });
    });
  }
  const found = new Map<number, number[]>();
  for (const [p, { date, under, over }] of candidates) {
    const lines = pages[p]!;
    // The footer set apart with its top at `top`: the line above it (past blank lines, and the page's number or running
    // footer where it is drawn, or read, between the body and the footer).
    const apartAt = (top: number) => {
      let above = top - 1;
      while (above >= 0 && skipped(lines[above]!)) above--;
      if (above < 0) return false;
      if (!layout) return above < top - 1;
      const at = layout[p]?.[top];
      const over = layout[p]?.[above];
      return !!at && !!over && !at.emphasis && at.y < band - 1 && over.y - at.y > 1.3 * at.lineStep;
    };
    if (texts.get(lines[date]!)! >= 2) {
      found.set(p, [date, ...under]);
      continue;
    }
    const tops = [date, ...over];
    const k = tops.findIndex(apartAt);
    // Every line from the top down to the date is in no heavier face (the date's own is tested at the top).
    if (k >= 0 && (!layout || tops.slice(0, k).every((i) => !layout[p]?.[i]?.emphasis))) found.set(p, [...over.slice(0, k).reverse(), date, ...under]);
  }
  return found;
}

/**
 * A text page's blank lines between its first line and the furniture taken away above it (a running
 * header, a page number; `drawn`: the page's lines before, `left`: after). Null where none was.
 */
function blankLinesAtTop(drawn: string[], left: string[]): number | null {
  const first = left.findIndex((line) => line !== '');
  let above = first - 1;
  while (above >= 0 && drawn[above] === '') above--;
  return first < 0 || above < 0 ? null : first - above - 1;
}

function findLast(lines: string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i] !== '') return i;
  return -1;
}

/**
 * Footnotes: a line that starts with a superscript number, anywhere; or a numbered note at the
 * foot of a page whose number is glued to a word earlier in the letter ("Council.1"). The
 * marker in the text goes too, so that no finding carries it.
 */
function stripFootnotes(
  lines: string[],
  page: number,
  removed: Removal[],
  pages: string[][],
  pageIndex: number,
  footnotes: NoteFound[],
  /** A text's lines: a note at the foot may be printed "[1] ...", and its marker stand as "[1]" on the text's line (no raised form). */
  text = false,
  own: OwnNumbering = new Set(),
): void {
  let lastLine = findLast(lines);
  const midPage = joinMidPageNotes(lines, lastLine - 4, pages, pageIndex);
  // Lines emptied by joining a lone number to its note, and after which line: distances to the
  // page's foot are counted as if they were gone.
  let joinedAt = Infinity;
  let emptied = 0;
  // A note's number may stand on a line of its own, its text on the next: put them together.
  for (let i = Math.max(0, lastLine - 4); i < lastLine; i++) {
    if (!/^(?:\d{1,2}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})$/.test(lines[i]!)) continue;
    const joined = joinNumberToText(lines, i, lastLine);
    if (joined === 0) continue;
    joinedAt = i;
    emptied = joined;
    lastLine = findLast(lines);
    break;
  }
  // A note at the foot opens within 4 lines of the page's last, or of the next note's opening (its number one more, its
  // text's capital after it) that is at the foot: notes stacked at the foot (three of two and three lines) reach
  // further up than one does.
  const atFoot = (i: number, number: string): boolean => {
    if (lastLine - emptied - (i > joinedAt ? i - emptied : i) < 4) return true;
    const next = new RegExp(`^${Number(number) + 1}\\s+[A-Z]`);
    for (let j = i + 1; j <= Math.min(lastLine, i + 4); j++) if (next.test(lines[j]!)) return atFoot(j, String(Number(number) + 1));
    return false;
  };
  let markerSearches = 0;
  // The number the next note at the foot would have, once one is taken (plain digits, as a text gives them).
  let following: string | null = null;
  for (let i = 0; i <= lastLine; i++) {
    // A later note at the foot whose number stands alone, its text on the next line (as the first one's may).
    if (lines[i] === following) joinNumberToText(lines, i, lastLine);
    const line = lines[i]!;
    const match = FOOTNOTE_START.exec(line) ?? (text ? BRACKETED_NOTE_START.exec(line) : null);
    if (!match) continue;
    const superscript = /^[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(line);
    const nearFoot = atFoot(i, superscriptToDigits(match[1]!));
    if (!superscript && !nearFoot && !midPage.has(i)) continue;
    if (!superscript && (/^\d{1,2}\s+[a-z]+\s+\d{4}$/i.test(line) || PAGE_NUMBER.test(line))) continue;
    const number = superscriptToDigits(match[1]!);
    // In a text, a note at the foot whose number stands glued nowhere may have it in square brackets on the line ("families [1].").
    const searched = !((superscript || midPage.has(i)) && markerSearches >= MAX_PAGE_MARKER_SEARCHES);
    const glued = searched ? findMarker(pages, pageIndex, i, number, superscript ? match[1]! : null) : null;
    const bracket = searched && glued === null && text && nearFoot ? baselineBracketAbove(pages, pageIndex, i, number, own) : null;
    const marker = glued ?? bracket;
    markerSearches++;
    if (!superscript && !marker) continue;
    // A note at the foot of a page runs to the end of the page; one in mid-page to the end of its
    // sentence (a text wrapped by hand carries it onto the next lines). Either stops at the next
    // note's marker (a note ending in an address has no full stop; notes at the foot follow one another).
    // (A note in plain digits: the next number, alone or before its text's capital.)
    const nextNumber = text ? new RegExp(`^(?:${Number(number) + 1}|\\[${Number(number) + 1}\\])(?:\\s+[A-Z]|$)`) : new RegExp(`^${Number(number) + 1}(?:\\s+[A-Z]|$)`);
    const nextNote = (line: number) => /^[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(lines[line]!) || nextNumber.test(lines[line]!);
    let end = i;
    if (nearFoot) while (end < lastLine && !nextNote(end + 1)) end++;
    else while (end < lastLine && lines[end + 1] !== '' && !endsWithSentence(lines[end]!) && !nextNote(end + 1)) end++;
    const noteLines = lines.slice(i, end + 1).filter((l) => l !== '');
    const printed = noteLines.join(' ');
    removed.push({ kind: 'footnote', page, text: printed });
    for (let j = i; j <= end; j++) lines[j] = '';
    const at = marker ? takeMarker(pages, marker, removed) : null;
    // A note printed "1. The ..." in a text: the point is its number's, not its text's (reviewer rv29).
    footnotes.push({ marker: number, text: printed.slice(match[0].length).replace(/^\.\s+/, '').trim(), page, at, ...(bracket ? { bracketed: true } : {}) });
    // A note that runs to the page's foot ends the page; after another, the next note may follow.
    if (end === lastLine) return;
    // (In mid-page, a later note's lone number was joined to its text already: joinMidPageNotes.)
    following = nearFoot ? String(Number(number) + 1) : null;
    i = end;
  }
}

/**
 * Puts a note's number, alone on line i, together with its text: the next line that is not blank,
 * up to line `last`, opening with a letter. The lines between are emptied, not removed (every line
 * keeps its index: its layout is kept by index). How many lines were emptied (0: no such text).
 */
function joinNumberToText(lines: string[], i: number, last: number): number {
  let next = i + 1;
  while (next <= last && lines[next] === '') next++;
  if (next > last || !/^[A-Za-z]/.test(lines[next]!)) return 0;
  lines[i] = `${lines[i]} ${lines[next]}`;
  for (let j = i + 1; j <= next; j++) lines[j] = '';
  return next - i;
}

/**
 * A note's number alone on a line above `before`, its text (a capital first) on the next line,
 * with the number glued to a word above it ("Borough.1"): a note in mid-page, where a text with
 * no page breaks puts the notes of its pages. Its number and text are put on one line, as at a
 * page's foot; the lines so joined.
 */
function joinMidPageNotes(lines: string[], before: number, pages: string[][], pageIndex: number): Set<number> {
  const joined = new Set<number>();
  const referenced = referencesAbove(pages, pageIndex);
  for (let i = 0; i < before; i++) {
    if (!/^\d{1,2}$/.test(lines[i]!)) continue;
    let next = i + 1;
    while (next < before && lines[next] === '') next++;
    if (next >= before || !/^[A-Z]/.test(lines[next]!) || !referenced(lines[i]!, i)) continue;
    lines[i] = `${lines[i]} ${lines[next]}`;
    for (let j = i + 1; j <= next; j++) lines[j] = '';
    joined.add(i);
  }
  return joined;
}

/**
 * Whether a number's reference (as findMarker finds it) stands on the page above a line, or on the
 * page before. What was read for a number is kept, and only the lines since are read: searching
 * the page from its top for each lone number made a page of thousands of them cost their square.
 * Lines above the one asked about must not change between questions (joinMidPageNotes changes
 * only that line and those under it).
 */
function referencesAbove(pages: string[][], pageIndex: number): (number: string, line: number) => boolean {
  const read = new Map<string, { to: number; found: boolean }>();
  return (number, line) => {
    let known = read.get(number);
    if (!known) {
      const before = pages[pageIndex - 1] ?? [];
      known = { to: 0, found: findMarker([before], 0, before.length, number, null) !== null };
      read.set(number, known);
    }
    if (!known.found && line > known.to) known.found = findMarker([pages[pageIndex]!.slice(known.to, line)], 0, line - known.to, number, null) !== null;
    known.to = Math.max(known.to, line);
    return known.found;
  };
}

/** A note's first line in a text, marked by a capital or an upper roman numeral ("A The ...", "IV The ..."): the marker, a space, the note's capital. */
const CAPITAL_NOTE_START = /^([A-Z]|[IVX]{2,5})\s+(?=["'(]?[A-Z])/;

const ROMAN = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']] as const;
function toRoman(n: number): string {
  let out = '';
  for (const [value, numeral] of ROMAN) for (; n >= value; n -= value) out += numeral;
  return out;
}
function fromRoman(numeral: string): number | null {
  let n = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = { I: 1, V: 5, X: 10 }[numeral[i] as 'I' | 'V' | 'X'];
    if (value === undefined) return null;
    const next = { I: 1, V: 5, X: 10 }[numeral[i + 1] as 'I' | 'V' | 'X'] ?? 0;
    n += next > value ? -value : value;
  }
  // Only a numeral written as Word writes it ("IIII" or "VX" is none).
  return n > 0 && toRoman(n) === numeral ? n : null;
}

/** The markers a note marked `marker` may be followed by: the next capital ("A", "B"), and for a roman numeral the next numeral ("I", "II"; "V", "VI"). */
function nextCapitalMarkers(marker: string): string[] {
  const next: string[] = [];
  if (/^[A-Y]$/.test(marker)) next.push(String.fromCharCode(marker.charCodeAt(0) + 1));
  const roman = fromRoman(marker);
  if (roman !== null && roman < 39) next.push(toRoman(roman + 1));
  return next;
}

/**
 * Notes marked in capitals (Word's "A, B, C" format, or "I, II, III") at a text page's foot: a text gives no raised
 * form, so the note's letter stands in the text glued to a word in lower case, perhaps after its
 * punctuation ("families.A", "workersB"), before a space, punctuation or the line's end. A line
 * within the page's last four (or straight after such a note) opening with a capital, a space and
 * a capital is a note only where that glued letter stands above it on its page or the page before;
 * it runs to the page's foot or to the next marker's note (the next letter, or the next numeral:
 * "I" may be followed by "J" or "II"). A line "A Carers Strategy ..." with no glued "A" above stays
 * text; a roman numeral is one only as Word writes it ("IIII" is none).
 */
function stripCapitalNotes(lines: string[], page: number, removed: Removal[], pages: string[][], pageIndex: number, footnotes: NoteFound[]): void {
  const lastLine = findLast(lines);
  // A text of one page (no page breaks, no page numbers to take them from) has lost its pages' feet:
  // a note stands in mid-page, between one page's last line and the next page's first. So does one in
  // a text with pages where a page's break was lost (a form feed dropped, a page's number missing:
  // helper 8ba). There it is taken only as the letter's next note in order (the first "A" or "I",
  // then the one after the last taken, at a foot or mid-page, on this page or an earlier one), opening
  // a paragraph (a blank line above it, or the note before it), with its marker glued above; it runs to
  // the end of its sentence, as a mid-page number's note does (stripFootnotes).
  const lastTaken = footnotes.findLast((note) => /^(?:[A-Z]|[IVX]{2,5})$/.test(note.marker));
  let inOrder: string[] = lastTaken === undefined ? ['A', 'I'] : nextCapitalMarkers(lastTaken.marker);
  let following: string[] = [];
  let lastEnd = -1;
  for (let i = 0; i <= lastLine; i++) {
    const start = CAPITAL_NOTE_START.exec(lines[i]!);
    if (start === null) continue;
    const nearFoot = lastLine - i < 4 || following.includes(start[1]!);
    const midPage = !nearFoot && inOrder.includes(start[1]!) && (i === 0 || lines[i - 1] === '' || i - 1 === lastEnd);
    if (!nearFoot && !midPage) continue;
    const letter = start[1]!;
    if (letter.length > 1 && fromRoman(letter) === null) continue;
    const glued = new RegExp(String.raw`(?<=[a-z][.,;:)'"]?)${letter}(?=[\s.,;:)]|$)`);
    let found: MarkerPlace | null = null;
    for (let p = pageIndex; p >= Math.max(0, pageIndex - 1) && found === null; p--) {
      const pageLines = pages[p]!;
      const last = p === pageIndex ? i - 1 : pageLines.length - 1;
      for (let l = 0; l <= last && found === null; l++) {
        const at = glued.exec(pageLines[l]!);
        if (at) found = { pageIndex: p, line: l, column: at.index, length: at[0].length };
      }
    }
    if (found === null) continue;
    const next = nextCapitalMarkers(letter);
    const nextNote = next.length === 0 ? null : new RegExp(`^(?:${next.join('|')})\\s+["'(]?[A-Z]`);
    let end = i;
    if (midPage) while (end < lastLine && lines[end + 1] !== '' && !endsWithSentence(lines[end]!) && !nextNote?.test(lines[end + 1]!)) end++;
    else while (end < lastLine && !nextNote?.test(lines[end + 1]!)) end++;
    const printed = lines.slice(i, end + 1).filter((l) => l !== '').join(' ');
    removed.push({ kind: 'footnote', page, text: printed });
    for (let j = i; j <= end; j++) lines[j] = '';
    const at = takeMarker(pages, found, removed);
    footnotes.push({ marker: letter, text: printed.slice(start[0].length).trim(), page, at });
    following = midPage ? [] : next;
    inOrder = next;
    lastEnd = end;
    i = end;
  }
}

/**
 * A study's pseudonym note, a line or two, last on a text page ("*Pseudonym used to protect confidentiality." in the room
 * a word processor keeps for notes at the foot), set apart from the body by a blank line, or cutting a sentence the page
 * breaks (plain pdftotext sets the note straight under the body's last line): out of the text, as a PDF's note set small
 * there is, so that the paragraph running on over the break reads on past it; the study on the page holds it
 * (segmentation). Straight under a line that ends a sentence it may be a study's closing line, as Derby's are: there the
 * study ends, and the next page opens a section with its heading (`nextOpening`, that page's first line of its body), so
 * the note is read where it stands. Where the next page opens with text instead (an item or a paragraph, or one running
 * on), no study ends under the note: it is a note at the page's foot, under another section's text, and goes out too.
 * Its markers ("Samantha*") went with `stripAsteriskNotes`.
 */
function stripFootNote(lines: string[], page: number, removed: Removal[], nextOpening: string | null): [first: number, last: number] | null {
  const last = findLast(lines);
  const studyMayEnd = nextOpening === null || opensWithHeading(nextOpening);
  for (let k = 1; k <= 2 && last - k + 1 >= 0; k++) {
    const text = lines.slice(last - k + 1, last + 1).join(' ');
    const above = lines[last - k] ?? '';
    if (lines.slice(last - k + 1, last + 1).includes('') || !isPseudonymNote(text) || (above !== '' && endsWithSentence(above) && studyMayEnd)) continue;
    removed.push({ kind: 'note', page, text });
    for (let j = last - k + 1; j <= last; j++) lines[j] = '';
    return [last - k + 1, last];
  }
  return null;
}

/** A page's first line of its body: past blank lines, its running header and its number (null for none). */
function firstBodyLine(lines: readonly string[] | undefined, headers: ReadonlySet<string>): string | null {
  return lines?.find((line) => line !== '' && !headers.has(furnitureKey(line)) && !PAGE_NUMBER.test(line)) ?? null;
}

/** Lengths a section's heading keeps within (a line of text is longer, or ends a sentence). */
const HEADING_CHARS = 70;

/** A line that may head a section: short, opening with a capital, ending no sentence and no clause (text shows no weight). */
function opensWithHeading(line: string): boolean {
  return line.length <= HEADING_CHARS && /^[A-Z]/.test(line) && !endsWithSentence(line) && !/[,;:]$/.test(line);
}

/**
 * "*Pseudonym used to protect confidentiality." under a case study that names "Hannah*". Returned: the lines of the
 * page that hold a pseudonym note, each with where its first marker stood (the note stays in the text).
 */
function stripAsteriskNotes(
  lines: string[],
  page: number,
  removed: Removal[],
  pages: string[][],
  pageIndex: number,
  footnotes: NoteFound[],
): Map<number, MarkerAt> {
  const pseudonymMarks = new Map<number, MarkerAt>();
  // Whether a line before this one (here or on the page before) holds a marker, and where lines
  // may still hold one (a note's markers before it go with it): kept as the lines are passed, since
  // reading the page up to each line that opens with "*" again took the square of its length.
  // Tried only on a line holding an asterisk (the expression's lookbehinds at every place of every line, each
  // page's lines twice, were a fifth of cleanPages' CPU).
  const marker = symbolMarker('*');
  const holdsMarker = (text: string) => text.includes('*') && marker.test(text);
  let markerBefore = (pages[pageIndex - 1] ?? []).some(holdsMarker);
  let unstripped: LinePlace = { pageIndex: pageIndex - 1, line: 0 };
  lines.forEach((line, i) => {
    if (i > 0 && !markerBefore) markerBefore = holdsMarker(lines[i - 1]!);
    if (!/^\*\s?[A-Z]/.test(line) || line.length > 200 || !markerBefore) return;
    const from = unstripped;
    markerBefore = false;
    unstripped = { pageIndex, line: i };
    // "*Pseudonym used" under a study is the study's note (segmentation keeps it): its markers still go.
    if (isPseudonymNote(line)) {
      const at = stripSymbolMarkers(pages, pageIndex, i, '*', removed, from);
      if (at !== null) pseudonymMarks.set(i, at);
      return;
    }
    removed.push({ kind: 'footnote', page, text: line });
    lines[i] = '';
    footnotes.push({ marker: '*', text: line.slice(1).trim(), page, at: stripSymbolMarkers(pages, pageIndex, i, '*', removed, from) });
  });
  return pseudonymMarks;
}

/** Marks a note may carry in place of a number. */
const SYMBOL_MARKERS = ['*', '\u2020', '\u2021', '\u00A7'];

/**
 * A note's symbol where it stands in the text: straight after the word it marks ("Hannah*"), or
 * after the stop that ends the sentence or paragraph it marks ("home.*"); or one space after that
 * stop, ending its line ("home. *"), where pdftotext sets apart a symbol raised half a point after
 * it (as it does a number: `numberForm`). That form's space goes with the symbol.
 */
function symbolMarker(symbol: string, flags = ''): RegExp {
  return new RegExp(`(?<=[A-Za-z.,;:)'"])\\${symbol}(?=[\\s.,;:')"]|$)|(?<=[.!?]) \\${symbol}$`, flags);
}

/**
 * The markers of a symbol's note go too ("Hannah*" is "Hannah" in the findings); the first one's place is returned.
 * `from`: the first line that may hold one (before it, an earlier note's markers have gone).
 */
function stripSymbolMarkers(pages: string[][], pageIndex: number, beforeLine: number, symbol: string, removed: Removal[], from: LinePlace = { pageIndex: pageIndex - 1, line: 0 }): MarkerAt | null {
  let first: MarkerAt | null = null;
  const marker = symbolMarker(symbol);
  for (const p of [pageIndex - 1, pageIndex]) {
    const markerLines = pages[p];
    if (p < from.pageIndex) continue;
    markerLines?.forEach((text, j) => {
      if ((p === pageIndex && j >= beforeLine) || (p === from.pageIndex && j < from.line)) return;
      const column = text.search(marker);
      if (column < 0) return;
      first ??= { pageIndex: p, line: j, column };
      const stripped = text.replace(symbolMarker(symbol, 'g'), () => {
        removed.push({ kind: 'footnote-marker', page: p + 1, text: symbol });
        return '';
      });
      markerLines[j] = stripped;
    });
  }
  return first;
}

interface MarkerPlace {
  pageIndex: number;
  line: number;
  column: number;
  length: number;
}

/** The footnote's number glued to the end of a word, on this page or the one before. */
function findMarker(
  pages: string[][],
  pageIndex: number,
  noteLine: number,
  number: string,
  superscript: string | null,
  /** Markers of other notes that may stand straight after this one. */
  followers: string[] = [],
  /** How many pages before the note's its marker may stand on. */
  back = 1,
): MarkerPlace | null {
  return markerAbove(pages, pageIndex, noteLine, numberForm(number, superscript, followers), undefined, back);
}

/** A note's number where it stands glued to the end of a word (findMarker). */
function numberForm(number: string, superscript: string | null, followers: string[]): RegExp {
  const after = followers.map((marker) => `${toSuperscript(marker)}|`).join('');
  // A superscript is raised and small in the PDF, so it may follow a space (typed before the
  // footnote's reference, or a producer's gap); a plain number must be glued to its word, or end
  // its line one space after a sentence's stop ("... are being met. 1"): pdftotext sets a raised
  // marker drawn a little way after the stop as a word of its own, and no line of prose ends so.
  return superscript
    ? new RegExp(`(?<=\\S) ?${superscript}(?![⁰¹²³⁴⁵⁶⁷⁸⁹])`)
    : new RegExp(`${plainReference(number)}|(?<=[a-z)]\\.['"’”]?) ${number}$|(?<=[A-Za-z.,;:)'"]) ?${toSuperscript(number)}(?=${after}(?![⁰¹²³⁴⁵⁶⁷⁸⁹]))`);
}
