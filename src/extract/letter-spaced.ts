import { isEnglishWord } from '../tag/word-classes.js';

// Letter-spaced (tracked) text: a heading set with extra space between its characters (a word
// processor's "expanded" spacing, the PDF's character spacing) comes out of pdf.js with a space
// between every two characters, and a word's own space is one more of them ("K e y s t r e n g t h s"):
// no rule could match it. The characters are the heading's; only where its words end is lost.
// They are found again from the letter's own words, then English ones: the split into the fewest
// words the letter (or English) knows.

/** A whole line of single characters, spaced: five or more, at least four of them letters (text laid out by position may show a word's end as two spaces). */
const LETTER_SPACED = /^(?:\S {1,2}){4,}\S$/;

/** What a word costs in a split: one the letter writes elsewhere least, then an English word, and a character of no known word most. */
const LETTER_WORD = 1;
const ENGLISH_WORD = 1.5;
const UNKNOWN_CHARACTER = 2;
/**
 * The longest word a split tries: longer than any English word a letter writes. Letters of no known
 * word cost as much one by one as together, so a longer one changes no split; without the bound a
 * line's run of n letters costs n * n / 2 tries (6,000 letters: a minute).
 */
const LONGEST_WORD = 40;

export function isLetterSpaced(line: string): boolean {
  const text = line.trim();
  return LETTER_SPACED.test(text) && (text.match(/\p{L}/gu)?.length ?? 0) >= 4;
}

/**
 * Each page's letter-spaced lines with their words found again (see above); other lines as they
 * were. The same pages and lines: only spaces change.
 */
export function rejoinLetterSpaced(pages: string[]): string[] {
  const lines = pages.map((page) => page.split('\n'));
  if (!lines.some((page) => page.some(isLetterSpaced))) return pages;
  const vocabulary = new Set<string>();
  for (const line of lines.flat()) {
    if (isLetterSpaced(line)) continue;
    for (const word of line.toLowerCase().match(/\p{L}+/gu) ?? []) if (word.length >= 2 || word === 'a') vocabulary.add(word);
  }
  return lines.map((page) => page.map((line) => (isLetterSpaced(line) ? rejoin(line, vocabulary) : line)).join('\n'));
}

/**
 * A line as its words where it is letter-spaced, split by English words alone (a page's text, before
 * the letter's own words are known): for matching a heading as a page is assembled.
 */
export function letterSpacedWords(line: string): string {
  return isLetterSpaced(line) ? rejoin(line, NO_WORDS) : line;
}
const NO_WORDS: ReadonlySet<string> = new Set();

/** Endings an apostrophe joins to its word ("children's", "don't", "they're"); any other letters after a quote mark open a quotation. */
const AFTER_APOSTROPHE = new Set(['s', 't', 'd', 'm', 'll', 're', 've']);

/** A letter-spaced line as words: its runs of letters split into words, punctuation kept where it stands, a space after it where a word follows. */
function rejoin(line: string, vocabulary: ReadonlySet<string>): string {
  const indent = line.match(/^\s*/)![0];
  // Two spaces are a word's end, where text laid out by position shows it.
  if (/\S {2}\S/.test(line)) return indent + line.trim().split(/ {2,}/).map((words) => rejoin(words, vocabulary)).join(' ');
  const parts = line.trim().split(' ').join('').match(/\p{L}+|\p{N}+|[^\p{L}\p{N}]/gu) ?? [];
  let out = '';
  // The next word joins what is before it with no space: after an opening bracket or quote, an apostrophe, a hyphen or a slash.
  let glued = true;
  parts.forEach((part, i) => {
    if (/^\p{L}/u.test(part)) {
      out += (glued ? '' : ' ') + split(part, vocabulary).join(' ');
      glued = false;
    } else if (/^\p{N}/u.test(part)) {
      out += (glued ? '' : ' ') + part;
      glued = false;
    } else if (/['\u2019]/.test(part) && /\p{L}$/u.test(out) && /^\p{L}/u.test(parts[i + 1] ?? '')) {
      const apostrophe = AFTER_APOSTROPHE.has(split(parts[i + 1]!, vocabulary)[0]!.toLowerCase());
      out += apostrophe ? part : ` ${part}`;
      glued = true;
    } else {
      // Brackets and curly opening quotes open; a straight quote, hyphen or slash after a word closes or joins.
      const opens = /[(\[\u2018\u201C]/.test(part) || (/["'\-/]/.test(part) && !/[\p{L}\p{N}.,;:?!)]$/u.test(out));
      // A hyphen or slash joins; so does a decimal point or a thousands comma between digits.
      glued = opens || /[\-/]/.test(part) || (/[.,]/.test(part) && /\p{N}$/u.test(out) && /^\p{N}/u.test(parts[i + 1] ?? ''));
      out += (opens && out !== '' ? ' ' : '') + part;
    }
  });
  return indent + out;
}

/** A run of letters split into the words that cost least (see the costs above); the first such split where two cost the same. */
function split(run: string, vocabulary: ReadonlySet<string>): string[] {
  const lower = run.toLowerCase();
  // best[i]: the least cost of splitting the first i letters, and where its last word starts.
  const best: Array<{ cost: number; from: number }> = [{ cost: 0, from: 0 }];
  for (let end = 1; end <= run.length; end++) {
    best[end] = { cost: Infinity, from: 0 };
    for (let start = Math.max(0, end - LONGEST_WORD); start < end; start++) {
      const word = lower.slice(start, end);
      const cost = vocabulary.has(word) ? LETTER_WORD : word.length >= 3 && isEnglishWord(word) ? ENGLISH_WORD : UNKNOWN_CHARACTER * word.length;
      if (best[start]!.cost + cost < best[end]!.cost) best[end] = { cost: best[start]!.cost + cost, from: start };
    }
  }
  const words: string[] = [];
  for (let end = run.length; end > 0; end = best[end]!.from) words.unshift(run.slice(best[end]!.from, end));
  // Letters of no known word stay together: one unknown word, not one a character.
  return words.reduce<string[]>((joined, word) => {
    const last = joined.at(-1);
    if (last !== undefined && !known(last, vocabulary) && !known(word, vocabulary)) joined[joined.length - 1] = last + word;
    else joined.push(word);
    return joined;
  }, []);
}

function known(word: string, vocabulary: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  return vocabulary.has(lower) || (lower.length >= 3 && isEnglishWord(lower));
}
