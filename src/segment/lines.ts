import { firstWord, roomForFirstWord } from '../line-room.js';
import { isEnglishWord } from '../tag/word-classes.js';
import type { LetterText, LineLayout } from '../types.js';

// The letter's text as lines with their offsets and pages, and the small tests on lines that
// the segmenter is built from.

export interface Line {
  text: string;
  start: number;
  end: number;
  page: number;
  /** True when this line is the first of its page. */
  pageStart: boolean;
  /** Where the line stands and how it is set (PDFs only). */
  layout: LineLayout | null;
  /**
   * Set apart from the body text (heavier or larger), where the letter shows it: null in text,
   * and in a PDF whose headings are set in its body's type (segment decides).
   */
  emphasis: boolean | null;
  /** Text only: how far in the line stands, in columns (its leading spaces); null in a PDF. */
  indent: number | null;
  /** Text only: the column its second run of characters starts at, counted as `indent` is (null in a PDF, or a line of one run). */
  secondRun: number | null;
  /** The value of the roman numeral that labels the line as a list's item ("ii)", "(iii)", "iv."), where its list's labels run in sequence; else null. */
  roman: number | null;
}

export function pageOf(offset: number, pageStarts: number[]): number {
  let low = 0;
  let high = pageStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (pageStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

export function splitLines(letter: LetterText): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const { pageStarts, lineLayout, lineIndent, lineSecondRun } = letter;
  // Lines come in order, so the page is walked forward, not searched for each line.
  let page = pageOf(0, pageStarts);
  for (const [index, text] of letter.text.split('\n').entries()) {
    while (page < pageStarts.length && pageStarts[page]! <= start) page++;
    const layout = lineLayout?.[index] ?? null;
    lines.push({ text, start, end: start + text.length, page, pageStart: pageStarts[page - 1] === start, layout, emphasis: layout?.emphasis ?? null, indent: lineIndent?.[index] ?? null, secondRun: lineSecondRun?.[index] ?? null, roman: null });
    start += text.length + 1;
  }
  // A roman numeral labels an item only where the list's labels run in sequence ("i)" then "ii)"):
  // the next such label of the same form, or the one before, is its neighbour in the count. A
  // word "i", "vi" or "xi" that happens to open a line counts nothing.
  const romans = lines.flatMap((line, index) => {
    const label = romanLabel(line.text);
    return label === null ? [] : [{ index, ...label }];
  });
  const countsOn = (before: RomanLabel | undefined, after: RomanLabel | undefined) => before !== undefined && after !== undefined && before.form === after.form && after.value === before.value + 1;
  romans.forEach((label, k) => {
    if (countsOn(romans[k - 1], label) || countsOn(label, romans[k + 1])) lines[label.index]!.roman = label.value;
  });
  return lines;
}

/** "ii)", "(iii)", "iv.": a lower-case roman numeral opening a line, in brackets or before a full stop. */
const ROMAN = /^(\(?)([ivx]{1,7})([.)])\s+(?=\S)/;

interface RomanLabel {
  /** How it is printed around the numeral: "()", ")" or ".". */
  form: string;
  value: number;
}

/** The roman numeral opening a line as a label, in its usual form (i to xxxix; never "iiii" or "vx"). */
function romanLabel(text: string): RomanLabel | null {
  const match = ROMAN.exec(text);
  if (!match || (match[1] === '(' && match[3] !== ')')) return null;
  const parts = /^(x{0,3})(ix|iv|v?i{0,3})$/.exec(match[2]!);
  if (!parts) return null;
  return { form: match[1]! + match[3]!, value: parts[1]!.length * 10 + ROMAN_UNITS.indexOf(parts[2]!) };
}
const ROMAN_UNITS = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'];

// Glyphs that open a bullet: typographic bullets, dashes, and any character of the blocks of
// arrows (U+2190-21FF), geometric shapes (squares, circles, diamonds, triangles: U+25A0-25FF),
// dingbats (ticks, arrowheads, U+2756 and its kind: U+2700-27BF) and symbols and arrows
// (U+2B00-2BFF), or of the Private Use Area (symbol fonts such as Wingdings map their bullets
// there; a font whose map gives its glyphs their own characters gives these blocks'). No word
// opens with one of them.
const BULLET = /^(?:[\u2022\u2023\u2043\u2219\u00B7\u2190-\u21FF\u25A0-\u25FF\u2700-\u27BF\u2B00-\u2BFF\uE000-\uF8FF]\s*|[-\u2212\u2013\u2014*o]\s+)(?=\S)/;
/** Glyphs that, after a bullet of another glyph, mark a sub-bullet. */
export const NESTED_GLYPHS = new Set(['\u2212', '\u2013', '-', '\u25E6', 'o', '\u25CB', '\u25AA', '\u25AB']);

/** Each page's left edge where its lines show one apart from its margin: the leftmost x two lines or more start at. */
export type LeftEdges = ReadonlyMap<number, number>;

/**
 * The leftmost x that two lines or more of a page start at (within a point), for each page. A
 * page's margin is its most common line start, and on a page mostly of bullets that is their
 * text: its items' glyphs (or its prose) stand left of it, at the page's real edge.
 */
export function leftEdgesOf(lines: Line[]): LeftEdges {
  const starts = new Map<number, number[]>();
  for (const line of lines) {
    if (line.text === '' || !line.layout) continue;
    const xs = starts.get(line.page) ?? [];
    xs.push(line.layout.x);
    starts.set(line.page, xs);
  }
  const edges = new Map<number, number>();
  for (const [page, xs] of starts) {
    xs.sort((a, b) => a - b);
    const shared = xs.findIndex((x, i) => i + 1 < xs.length && xs[i + 1]! - x <= 1);
    if (shared >= 0) edges.set(page, xs[shared]!);
  }
  return edges;
}

/**
 * Whether a PDF line stands right of `x` (a place on `than`'s page) by more than `by` points. Across
 * a page break a page may be set further in (odd pages against even): it must stand further in
 * against its own page's edge too, measured from the page's margin or, where its lines show one
 * left of the margin, from its left edge (a page of bullets whose margin is their text).
 */
export function standsRightOf(line: Line, than: Line, x: number, by: number, leftEdges: LeftEdges = new Map()): boolean {
  const [at, from] = [line.layout!, than.layout!];
  if (at.x <= x + by) return false;
  if (line.page === than.page) return true;
  const [edge, thanEdge] = [leftEdges.get(line.page), leftEdges.get(than.page)];
  const fromEdge = edge !== undefined && thanEdge !== undefined && at.x - edge > x - thanEdge + by;
  return fromEdge || at.x - at.margin > x - from.margin + by;
}

/**
 * Whether a line stands further in than another, as a sub-bullet does under its bullet: by more
 * than half a line step in a PDF, by two columns or more in text (pdftotext -layout rounds
 * positions to columns, so one column is noise). Null where either line's place is unknown.
 */
export function standsDeeper(line: Line, than: Line, leftEdges: LeftEdges = new Map()): boolean | null {
  if (line.layout && than.layout) return standsRightOf(line, than, than.layout.x, line.layout.lineStep / 2, leftEdges);
  if (line.indent !== null && than.indent !== null) return line.indent >= than.indent + 2;
  return null;
}

/**
 * Whether a line stands at or right of an item's text (its words after its glyph or number), as
 * its sub-item's glyph does: within 2.5 pt in a PDF, within a column in text, where the item's
 * words start as the line was drawn (labelTextColumn: -layout text keeps the glyph's gap). Null
 * where either line's place is unknown.
 */
export function standsUnderText(line: Line, item: Line, leftEdges: LeftEdges = new Map()): boolean | null {
  if (line.layout && item.layout) return standsRightOf(line, item, item.layout.textX, -2.5, leftEdges);
  const textColumn = labelTextColumn(item);
  if (line.indent !== null && textColumn !== null) return line.indent >= textColumn - 1;
  return null;
}

/** The length of a line's glyph or label and the space after it: where its text starts, in columns. */
function labelLength(line: Line): number {
  return bulletGlyph(line.text)?.length ?? itemLabel(line)?.length ?? 0;
}

/**
 * In text, the column an item's words start at after its glyph or label: where the line's second
 * run starts (pdftotext -layout keeps the glyph's gap, which the line's text collapses to one space);
 * the label's length past its indent where the glyph is set against its words, or the text shows no
 * runs. Null where no indent shows (a PDF).
 */
export function labelTextColumn(line: Line): number | null {
  if (line.indent === null) return null;
  const label = labelLength(line);
  const spaced = label > 0 && /\s/.test(line.text[label - 1] ?? '');
  return spaced && line.secondRun !== null ? line.secondRun : line.indent + label;
}

export function bulletGlyph(text: string): { glyph: string; length: number } | null {
  const match = BULLET.exec(text);
  if (!match) return null;
  return { glyph: match[0].trim(), length: match[0].length };
}

/**
 * "12. Text", "(12) Text", "12) Text": a numbered paragraph (the number runs on through some
 * letters' main findings); "(a) Text", "a) Text": a lettered list item.
 */
const NUMBERED = /^(?:\d{1,3}[.)]|\(\d{1,3}\)|\(?[a-z]\))\s+(?=\S)/;

/**
 * "3.1 Text": a paragraph numbered within its section, a label only where its number is drawn apart
 * from its text (a hanging indent, as Word sets a numbered list); typed before its words ("2.1
 * Leadership", a numbered sub-heading's) it is the line's, and withoutSectionNumber reads it.
 */
const DECIMAL_NUMBERED = /^\d{1,2}(?:\.\d{1,2})+\.?\s+(?=\S)/;

/** Whether a line's text starts well right of its first mark (a label or glyph drawn apart); known only from a PDF's layout. */
function drawnApart(line: Line): boolean {
  return line.layout != null && line.layout.textX > line.layout.x + 2;
}

/**
 * A line's label as a list's item or a numbered paragraph: a number, a letter, or a roman numeral
 * whose list runs in sequence ("12.", "(a)", "ii)"); its length with the space after it, and its
 * place in its run ("(c)" is 3, "iv." 4). Null where it has none.
 */
export function itemLabel(line: Line): { length: number; ordinal: number } | null {
  const roman = line.roman === null ? null : ROMAN.exec(line.text);
  if (roman) return { length: roman[0].length, ordinal: line.roman! };
  const match = NUMBERED.exec(line.text) ?? (drawnApart(line) ? DECIMAL_NUMBERED.exec(line.text) : null);
  if (!match) return null;
  // A decimal number's place in its run is its last part ("3.2" is 2).
  const decimal = /^\d{1,2}(?:\.\d{1,2})+/.exec(match[0]);
  if (decimal) return { length: match[0].length, ordinal: Number(decimal[0].split('.').pop()) };
  const number = /\d+/.exec(match[0]);
  return { length: match[0].length, ordinal: number ? Number(number[0]) : match[0].replace(/[()\s]/g, '').charCodeAt(0) - 96 };
}

/**
 * A heading's words without a decimal section number before them ("2.1 Identifying risk",
 * "3.2.1 Leadership"): the number is no word of the heading, and a heading's first word is
 * capitalised after it as it is with none. A numbered paragraph's "12." is a label (itemLabel).
 */
export function withoutSectionNumber(text: string): string {
  return text.replace(/^\d{1,2}(?:\.\d{1,2})+\.?\s+(?=\S)/, '');
}

/** Whether a line opens with an item's label (a number, a letter, a roman numeral in its run). */
export function labelled(line: Line): boolean {
  return itemLabel(line) !== null;
}

/** Ends a sentence: . ! ? or : followed perhaps by a closing quote or bracket. */
export function endsSentence(text: string): boolean {
  return /[.!?:]["')\]]*$/.test(text.trimEnd());
}

/**
 * Whether a line ran out of room: the next line's first word (`times` over: see roomForFirstWord)
 * would not have fitted after it, before `right` (the page's or column's longest line end unless given).
 */
export function fullLine(line: Line, next: Line, times = 1, right = line.layout?.right): boolean {
  const [layout, nextLayout] = [line.layout, next.layout];
  if (!layout || !nextLayout || right === undefined) return true;
  return !roomForFirstWord(layout.end, right, { text: next.text, x: nextLayout.x, end: nextLayout.end }, times);
}

export function startsUpper(text: string): boolean {
  return /^["'(\[]?[A-Z0-9]/.test(text);
}

export function startsLower(text: string): boolean {
  return /^[a-z]/.test(text);
}

export { firstWord };

/** Whether a word broken at a line's end by a hyphen ("chil-" / "dren", or a compound's last part: "one-stop-" / "shop") is one word, the hyphen only the break's. */
export type SplitWord = (head: string, tail: string) => boolean;

/** Prefixes English writes with a hyphen in compounds ("pre-birth", "co-located", "self-esteem"). */
const COMPOUND_PREFIXES = new Set(['anti', 'co', 'counter', 'cross', 'de', 'ex', 'inter', 'intra', 'mid', 'multi', 'non', 'post', 'pre', 'pro', 're', 'self', 'semi', 'sub', 'super', 'trans']);
/**
 * Prefixes whose compounds British English writes with a hyphen where WordNet (American) has them
 * closed: "non-attendance", "non-verbal", never "nonattendance". The 13 real letters write 6 "non-"
 * compounds (10 times) and no closed one; the other prefixes' closed forms are British too
 * ("antisocial", "coordination", "subgroup": the letters write them so), and keeping the hyphen
 * after every prefix would keep it in far more typesetter's breaks ("re-" / "view") than it saves.
 */
const HYPHENATED_PREFIXES = new Set(['non']);

/**
 * A letter's own evidence on words broken at a line's end. A break splits one word, its hyphen only
 * the break's, where the letter writes no hyphenated form within a line and either the joined word
 * stands whole in a line ("chil-" / "dren" where it writes "children") or neither piece is a
 * plausible part of a compound: the head no word standing alone, no head the letter hyphenates
 * within a line and no common prefix, the tail no word standing alone ("relat-" / "ionships"), or
 * English writes the joined word whole and not the hyphenated one ("pro-" / "actively": the
 * dictionaries know "proactive", and no "pro-active"), unless it is a compound of a prefix British
 * English hyphenates ("non-" / "attendance").
 * Otherwise the break is a compound's own hyphen and keeps it ("pre-" / "birth", "self-" / "esteem",
 * "well-" / "being", which English writes both ways). A letter showing three such split words or more is hyphenated; one that does
 * not hyphenate keeps every hyphen at a line's end: its author may write "under-developed" in one
 * sentence and "underdeveloped" in another. A word a soft hyphen broke (`softBreaks`, "head-tail" in
 * lower case) is one word whatever else the letter shows: its producer drew that hyphen for the break alone.
 */
export function splitWordsOf(text: string, softBreaks: ReadonlySet<string> = new Set()): SplitWord {
  const brokenBySoftHyphen = (head: string, tail: string) => softBreaks.has(`${head.slice(head.lastIndexOf('-') + 1)}-${tail}`.toLowerCase());
  const noSplit = softBreaks.size > 0 ? brokenBySoftHyphen : () => false;
  // Each word is tried from its first letter only (the lookbehind): from every letter, a long run
  // of letters would be scanned again to its end, quadratic in its length.
  const breaks = [...text.matchAll(/(?<![A-Za-z])([A-Za-z]+)-\n([a-z]+)/g)];
  // Fewer than three breaks cannot make the letter hyphenated: its words are not read.
  if (breaks.length < 3) return noSplit;
  const { words, compoundHeads, alone } = hyphenationWordsOf(text);
  const compoundPart = (head: string, tail: string) => alone.has(head) || compoundHeads.has(head) || COMPOUND_PREFIXES.has(head) || alone.has(tail);
  const splitsWord = (head: string, tail: string) => {
    const [lowerHead, lowerTail] = [head.slice(head.lastIndexOf('-') + 1).toLowerCase(), tail.toLowerCase()];
    const [hyphenated, joined] = [`${lowerHead}-${lowerTail}`, `${lowerHead}${lowerTail}`];
    if (brokenBySoftHyphen(head, tail)) return true;
    // A line ending in a compound's part ("one-stop-" / "shop"; "multi-agen-" / "cy"): the break split
    // a word only where the part and the tail make one, in the letter or in English.
    if (head.includes('-')) return !words.has(`${head}-${tail}`.toLowerCase()) && (words.has(joined) || isEnglishWord(joined));
    // After a prefix British English hyphenates, a tail that is a word ("attendance") makes a
    // compound: only the letter's own spelling joins it ("non-" / "etheless" is no compound).
    const britishCompound = HYPHENATED_PREFIXES.has(lowerHead) && isEnglishWord(lowerTail);
    return !words.has(hyphenated) && (words.has(joined) || !compoundPart(lowerHead, lowerTail) || (!britishCompound && isEnglishWord(joined) && !isEnglishWord(hyphenated)));
  };
  let splitWords = 0;
  for (const match of breaks) if (splitsWord(match[1]!, match[2]!)) splitWords++;
  return splitWords >= 3 ? splitsWord : noSplit;
}

const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const HYPHEN = 45;
const LINE_FEED = 10;
/** What ends a line for a regular expression's `$` under the m flag. */
const isLineTerminator = (code: number) => code === LINE_FEED || code === 13 || code === 0x2028 || code === 0x2029;

/**
 * A text's words in lower case: `words`, each run of ASCII letters joined by single hyphens (what
 * /[A-Za-z]+(?:-[A-Za-z]+)*\/g matches), with a plural compound's singular ("sub-groups": "sub-group");
 * `compoundHeads`, those compounds' first parts; `alone`, each run of letters with no hyphen at
 * either side (none before it, nor a line-end hyphen; none after it that a letter or the line's end
 * follows: what /(?<![A-Za-z-]|-\n)[A-Za-z]+(?![A-Za-z]|-(?:[A-Za-z]|$))/gm matches).
 * One pass over the character codes, a string only for what is kept: the two expressions' matches
 * were two arrays of every word of the letter, about 2% of a parsing thread's allocation.
 */
export function hyphenationWordsOf(text: string): { words: Set<string>; compoundHeads: Set<string>; alone: Set<string> } {
  const words = new Set<string>();
  const compoundHeads = new Set<string>();
  const alone = new Set<string>();
  const length = text.length;
  let at = 0;
  // Where the word being read starts (its first run of letters), -1 between words.
  let wordStart = -1;
  while (at < length) {
    if (!isAsciiLetter(text.charCodeAt(at))) {
      at++;
      continue;
    }
    const runStart = at;
    while (at < length && isAsciiLetter(text.charCodeAt(at))) at++;
    if (wordStart < 0) wordStart = runStart;
    const before = runStart > 0 ? text.charCodeAt(runStart - 1) : -1;
    const after = at < length ? text.charCodeAt(at) : -1;
    const next = at + 1 < length ? text.charCodeAt(at + 1) : -1;
    const hyphenAfter = after === HYPHEN && (next === -1 || isAsciiLetter(next) || isLineTerminator(next));
    const hyphenBefore = before === HYPHEN || (before === LINE_FEED && runStart > 1 && text.charCodeAt(runStart - 2) === HYPHEN);
    if (!hyphenBefore && !hyphenAfter) alone.add(text.slice(runStart, at).toLowerCase());
    // A hyphen and a letter after the run: the word goes on.
    if (after === HYPHEN && isAsciiLetter(next)) {
      at++;
      continue;
    }
    const word = text.slice(wordStart, at).toLowerCase();
    wordStart = -1;
    words.add(word);
    const hyphen = word.indexOf('-');
    if (hyphen >= 0) {
      compoundHeads.add(word.slice(0, hyphen));
      // A compound written in the plural ("sub-groups") is the letter's hyphenated spelling of the singular too.
      if (word.endsWith('s')) words.add(word.slice(0, -1));
    }
  }
  return { words, compoundHeads, alone };
}

/**
 * Lines of a block joined as running text: a line-end hyphen joins without a space (it is a real one,
 * unless `splitWord` says the break split one word: then the hyphen goes), as does an opening quote
 * alone on the first line.
 * Linear in the text: each piece is looked at once (a regex anchored at the end of the growing
 * result would rescan it for every line).
 */
export function joinLines(texts: string[], splitWord?: SplitWord): string {
  const parts: string[] = [];
  let previous = '';
  for (const text of texts) {
    const trimmed = text.trim();
    if (trimmed === '') continue;
    // A line-end hyphen or en dash, or an opening quote standing alone on the block's first line, joins with no space.
    if (parts.length > 0) {
      const head = /(?<![A-Za-z-])([A-Za-z]+(?:-[A-Za-z]+)*)-$/.exec(previous)?.[1];
      const tail = /^[a-z]+/.exec(trimmed)?.[0];
      if (head !== undefined && tail !== undefined && splitWord?.(head, tail)) parts[parts.length - 1] = previous.slice(0, -1);
      // A browser breaks a line after any hyphen or en dash set close ("7-" / "minute", "2016–" / "17"), a digit's too.
      const closeDash = /[\p{L}\p{N}][-\u2013]$/u.test(previous);
      parts.push(closeDash || (parts.length === 1 && /^["'\u2018\u201C(]$/.test(previous)) ? '' : ' ');
    }
    parts.push(trimmed);
    previous = trimmed;
  }
  return parts.join('');
}
