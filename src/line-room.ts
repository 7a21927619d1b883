/** How much larger than the body a line must be set to stand apart. */
export const LARGER = 1.08;

/** A line as set across the page: its text and its left and right edges. */
export interface LineAcross {
  text: string;
  x: number;
  end: number;
}

/**
 * Whether a line that ends at `end` had room for the next line's first word before the text's
 * right edge (`right`): a typesetter breaks a line only where the next word would not fit, so a
 * line that had room was ended by the writer. The word's width is judged from the next line's own
 * characters; `times` asks room for it that many times over, where an estimate a little short (a
 * word in capitals is wider than its line's mean) must not decide.
 */
export function roomForFirstWord(end: number, right: number, next: LineAcross, times = 1): boolean {
  const text = next.text.trim();
  const charWidth = (next.end - next.x) / Math.max(text.length, 1);
  const firstWordWidth = (firstWord(text).length + 1) * charWidth;
  return end + firstWordWidth * times <= right - 1;
}

/** A line's first word (up to its first space). */
export function firstWord(text: string): string {
  return text.split(' ', 1)[0] ?? '';
}

/** Whether a line ends a sentence (a full stop, question or exclamation mark, then any closing quotes). */
export function endsWithSentence(line: string): boolean {
  return /[.!?]["'\u201D\u2019)]*$/.test(line);
}

/** In characters, the length a text's full lines reach: the 80th percentile of its lines over 40 characters (Infinity with none). */
export function wrapWidth(lines: string[]): number {
  const widths = lines.map((line) => line.trim().length).filter((width) => width > 40).sort((a, b) => a - b);
  return widths.length === 0 ? Infinity : widths[Math.floor(widths.length * 0.8)]!;
}

/**
 * A text's `roomForFirstWord`, in characters: whether a line left room for the next line's first
 * word in a measure of `measure` characters, less a margin for a proportional font's wide and
 * narrow letters (measured on the 13 letters: any margin from 0.84 to 0.92 of the measure gives
 * the same paragraphs; 0.8 misses one, 0.94 splits a bullet).
 */
export function roomInCharacters(line: string, next: string, measure: number): boolean {
  return line.length + 1 + firstWord(next).length < measure * FILL;
}

const FILL = 0.88;
