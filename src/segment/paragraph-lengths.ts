import { porter, stopwords } from '../natural-parts.js';
import { sentenceStarts, sentencesIn } from '../text/sentences.js';
import { bulletGlyph, endsSentence, joinLines, labelled, startsUpper, type Line } from './lines.js';

// How long a letter's own prose paragraphs are, in sentences: the evidence left where a page
// break falls after a full line that ends a sentence and nothing on the page tells whether the
// paragraph goes on. Paragraph lengths are taken as drawn one after another from the letter's own
// distribution, so that reading the break as an end gives two paragraphs of k and m sentences,
// and reading it as going on gives one of k + m: the likelier reading wins. A letter of long
// paragraphs then joins a short start to its continuation and splits two long runs; a letter of
// short ones splits.

/** Fewer paragraphs than this show no pattern. */
const MIN_PARAGRAPHS = 6;
/** Width of the smoothing, in the logarithm of the length (a paragraph of 4 sentences is as like one of 3 or 5). */
const BANDWIDTH = 0.35;
const LONGEST = 120;

export interface ParagraphLengths {
  /** The mean length: a paragraph ends at one sentence end in (mean - 1) that go on. */
  mean: number;
  /** Probability of a paragraph of n sentences (index n). */
  exactly: number[];
  /** Probability of a paragraph of n sentences or more. */
  atLeast: number[];
}

/**
 * The lengths of the letter's prose paragraphs that a page shows whole: runs of lines between two
 * gaps on one page, not a list item, not set apart (headings), ending a sentence. Null where the
 * letter shows too few.
 */
export function paragraphLengthsOf(lines: Line[]): ParagraphLengths | null {
  const lengths: number[] = [];
  // The lines of the run since the last gap; null once a page break or a heading cuts it.
  let run: Line[] | null = null;
  for (const line of lines) {
    if (line.text === '') {
      const first = run?.[0];
      if (run && first && run[run.length - 1]!.page === line.page && startsUpper(first.text) && !bulletGlyph(first.text) &&
        !labelled(first) && endsSentence(run[run.length - 1]!.text)) {
        lengths.push(sentencesIn(joinLines(run.map((runLine) => runLine.text))));
      }
      run = [];
    } else if (run !== null) {
      if ((run.length > 0 && line.page !== run[0]!.page) || line.emphasis === true) run = null;
      else run.push(line);
    }
  }
  if (lengths.length < MIN_PARAGRAPHS) return null;
  const exactly = new Array<number>(LONGEST + 2).fill(0);
  for (let n = 1; n <= LONGEST; n++) {
    for (const length of lengths) exactly[n]! += Math.exp(-((Math.log(n) - Math.log(length)) ** 2) / (2 * BANDWIDTH ** 2));
  }
  const total = exactly.reduce((a, b) => a + b, 0);
  const atLeast = new Array<number>(LONGEST + 2).fill(0);
  for (let n = LONGEST; n >= 1; n--) {
    exactly[n] = exactly[n]! / total;
    atLeast[n] = atLeast[n + 1]! + exactly[n]!;
  }
  return { mean: lengths.reduce((a, b) => a + b, 0) / lengths.length, exactly, atLeast };
}

/**
 * How much likelier one paragraph must be than two for a page break the lengths decide to run on:
 * the lengths split where their odds of two paragraphs against one pass 1 / 1.3 (0.77). Measured in
 * tests/page-break-census.test.ts and tests/reset-structure.test.ts (tests/layout-notes.md, the
 * twenty-fifth round): over the 43 distinct breaks the lengths decide there, true run-ons stand at
 * odds 0.02 to 0.37, 0.48 to 0.70 and 1.2, true ends from 0.07 up, two of them (0.88 to 0.96) in
 * the gap between 0.67 and 0.88 where no run-on stands. The bar sits in that gap: those two read
 * right, nothing read right before reads otherwise. Lower (between 0.5 and 0.67) true ends and
 * run-ons overlap and a lower bar trades errors.
 */
const SPLIT_FACTOR = 1.3;

/**
 * Whether a paragraph of `before` sentences more likely ended at a page break than ran on into
 * the `after` sentences that follow it (up to the next gap; `closed` says a gap ends them, else a
 * page does and the paragraph may run on past them). The lengths' odds carry the base rate (a
 * paragraph ends at one sentence end in mean - 1 that go on), which alone would always join: it
 * is taken out, so the lengths' own evidence decides and the errors do not all fall one way; and
 * one paragraph must be likelier than two by SPLIT_FACTOR to run on.
 */
export function endsByLength(pattern: ParagraphLengths, before: number, after: number, closed: boolean, sharesAWord = true): boolean {
  const { two, one } = lengthsWeighed(pattern, before, after, closed);
  return two * (sharesAWord ? SPLIT_FACTOR : UNLINKED_SPLIT_FACTOR) > one;
}

/**
 * The bar where the new page's first sentence shares no content word with the page's last one
 * (`sharesAWord`): split where the odds pass 1 / 2.5 (0.4). A sentence that goes on a paragraph
 * mostly takes up a word of the one before it (the thing it goes on about); the first sentence of
 * a new paragraph more often names something new. Measured in tests/page-break-census.test.ts and
 * tests/reset-structure.test.ts (tests/layout-notes.md, the twenty-sixth round): over the 43
 * distinct breaks the lengths decide there, 7 of 15 true ends and 9 of 28 true run-ons share no
 * word, and between odds 0.37 and 0.77 the two true ends (0.44, 0.62 to 0.65) share none while the
 * three run-ons (0.48 to 0.70) do. Weak evidence alone, so it moves the bar only; below 0.37 a run-on
 * sharing none stands (South Tyneside's 3 + 5, 0.36).
 */
const UNLINKED_SPLIT_FACTOR = 2.5;

/** The content words' stems of a text (three letters or more, not a function word: natural's stopwords and Porter stemmer). */
function contentStems(text: string): Set<string> {
  const words = (text.match(/[A-Za-z][A-Za-z'-]+/g) ?? []).map((word) => word.toLowerCase()).filter((word) => word.length > 2 && !stopwords.has(word));
  return new Set(words.map((word) => porter.stem(word)));
}

/** Whether the last sentence of `before` and the first of `after` share a content word (by stem). */
export function sharesAWord(before: string, after: string): boolean {
  const last = before.slice(sentenceStarts(before).pop() ?? 0);
  const first = after.slice(0, sentenceStarts(after)[0] ?? after.length);
  const stems = contentStems(last);
  return [...contentStems(first)].some((stem) => stems.has(stem));
}

/** The odds endsByLength weighs (it splits where they pass 1 / SPLIT_FACTOR): two paragraphs of `before` and `after` sentences against one of both, the base rate taken out. For a watcher. */
export function lengthOdds(pattern: ParagraphLengths, before: number, after: number, closed: boolean): number {
  const { two, one } = lengthsWeighed(pattern, before, after, closed);
  return two / one;
}

/** The weights of two paragraphs (the base rate taken out) and of one, that endsByLength and lengthOdds compare. */
function lengthsWeighed(pattern: ParagraphLengths, before: number, after: number, closed: boolean): { two: number; one: number } {
  const at = (n: number, whole: boolean) => (whole ? pattern.exactly : pattern.atLeast)[Math.min(n, LONGEST)]!;
  return { two: pattern.exactly[Math.min(before, LONGEST)]! * at(after, closed) * Math.max(pattern.mean - 1, 1), one: at(before + after, closed) };
}

/** The sentences from a line to the next gap (closed) or to the page's end (the run may go on). */
export function runFrom(lines: Line[], index: number): { sentences: number; closed: boolean; text: string } {
  const run: string[] = [];
  let closed = false;
  for (let i = index; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text === '' || line.emphasis === true) {
      closed = true;
      break;
    }
    if (line.page !== lines[index]!.page) break;
    run.push(line.text);
  }
  const text = joinLines(run);
  return { sentences: sentencesIn(text), closed, text };
}
