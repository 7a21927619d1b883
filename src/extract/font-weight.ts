// Which of a PDF's fonts are heavier (bold) than its body font, from the document's own evidence.
// pdf.js names a font's weight only once a page's drawing operators are read (which costs as much
// again as the text, so jtai reads them only where a page may hold a box), and even then embedded
// subsets often say nothing ("BCDGEE+Tahoma", Type3 fonts). What every text item does carry is its
// font and its advance width. A bold face sets the same characters wider than the regular face of
// its family, glyph by glyph; the same face at another size sets them exactly as wide, relative to
// its size. So the body font's width of each character is learned from all its text, and each other
// font's text is compared with what the body font would give for the same characters.

import { nonSpaceLength } from '../text/spaces.js';

/** One run of text in one font: its characters, and its advance width divided by its font size. */
export interface FontSample {
  font: string;
  text: string;
  advance: number;
}

/** A page's text runs (pdf.js's text items), each with its font and its advance width relative to its size. */
export function fontSamples(items: Array<{ str: string; width: number; transform: number[]; fontName?: string }>): FontSample[] {
  const out: FontSample[] = [];
  for (const item of items) {
    const size = Math.hypot(item.transform[0] ?? 0, item.transform[1] ?? 0);
    if (size > 0 && item.str.trim() !== '') out.push({ font: item.fontName ?? '', text: item.str, advance: item.width / size });
  }
  return out;
}

/**
 * How much wider than the body font, on the same characters, a font must set its text to be read
 * as a heavier face. Measured on the 13 letters, the Ofsted reports and the re-typeset letters:
 * bold faces run 8% (Helvetica, Liberation Sans) to 15% (Tahoma) wider; regular faces of the same
 * or another family 0.986 to 1.000 times as wide.
 */
const HEAVIER = 1.02;
/** A font compared on fewer characters than this is left as it is named. */
const FEWEST_CHARS = 4;
/** A run is compared only if the body font knows most of its characters. */
const KNOWN_SHARE = 0.8;
/** Names that say a face is heavier than regular (Bold, SemiBold, ExtraBold, Black, Heavy; ",Bold", "-BoldMT"). */
const HEAVY_NAME = /bold|black|heavy/i;

/**
 * A lighter face that holds at least this share of the characters is the text's regular weight,
 * though a heavier face holds more (a letter that sets whole bullets, or most of its lists, in bold).
 */
const REGULAR_SHARE = 0.2;

/**
 * The fonts heavier than the body font: set wider on the same characters, or named bold. The body
 * font is the font most characters are set in, unless a lighter face (narrower on the same
 * characters, or named regular where the first is named bold) holds a fair share of them: then
 * the most used such face. `names` holds the fonts' names where pdf.js gave them.
 */
export function heavyFonts(samples: FontSample[], names: ReadonlyMap<string, string> = new Map()): Set<string> {
  // The part of a name after a subset's tag ("BCDGEE+Tahoma-Bold").
  const named = (font: string) => HEAVY_NAME.test((names.get(font) ?? '').replace(/^[A-Z]{6}\+/, ''));
  let { body, ratios, chars } = widthRatios(samples);
  const total = [...chars.values()].reduce((sum, count) => sum + count, 0);
  const lighter = [...ratios]
    .filter(([font, ratio]) => font !== body && (chars.get(font) ?? 0) >= total * REGULAR_SHARE &&
      ((ratio !== null && ratio < 1 / HEAVIER) || (body !== null && named(body) && names.has(font) && !named(font))))
    .sort((a, b) => (chars.get(b[0]) ?? 0) - (chars.get(a[0]) ?? 0) || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  if (lighter !== undefined) ({ body, ratios } = widthRatios(samples, lighter));
  const heavy = new Set<string>();
  for (const [font, ratio] of ratios) {
    if (font !== body && (named(font) || (ratio !== null && ratio > HEAVIER))) heavy.add(font);
  }
  return heavy;
}

/**
 * The body font (the one given, or the font most characters are set in), and for each font how
 * much wider it sets its text than the body font would set the same characters (1 for the body
 * font; null where too little can be compared), and the characters (not white space) per font.
 */
export function widthRatios(samples: FontSample[], given?: string): { body: string | null; ratios: Map<string, number | null>; chars: Map<string, number> } {
  const byFont = new Map<string, FontSample[]>();
  const chars = new Map<string, number>();
  for (const sample of samples) {
    let runs = byFont.get(sample.font);
    if (runs === undefined) byFont.set(sample.font, (runs = []));
    runs.push(sample);
    chars.set(sample.font, (chars.get(sample.font) ?? 0) + nonSpaceLength(sample.text));
  }
  const body = given ?? [...chars].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  const ratios = new Map<string, number | null>();
  if (body === undefined || !byFont.has(body)) return { body: null, ratios, chars };
  const widths = characterWidths(byFont.get(body)!);
  for (const [font, runs] of byFont) ratios.set(font, font === body ? 1 : widthRatio(runs, widths));
  return { body, ratios, chars };
}

/**
 * Kinds of character that are set about as wide as one another in any Latin face: the width a
 * character is given where the body text cannot tell it apart from the characters it always
 * stands with (a short letter has few lines to learn from).
 */
const KINDS = ['space', 'narrow small letter', 'wide small letter', 'small letter', 'narrow capital', 'wide capital', 'capital', 'digit', 'narrow mark', 'other'] as const;

function kindOf(ch: string): number {
  if (/\s/.test(ch)) return 0;
  if (/[fijlrt]/.test(ch)) return 1;
  if (/[mw]/.test(ch)) return 2;
  if (/[a-z]/.test(ch)) return 3;
  if (/[IJ]/.test(ch)) return 4;
  if (/[MW]/.test(ch)) return 5;
  if (/[A-Z]/.test(ch)) return 6;
  if (/[0-9]/.test(ch)) return 7;
  if (/[.,:;'\u2018\u2019!|()[\]-]/.test(ch)) return 8;
  return KINDS.length - 1;
}

/** The kind of each character of ASCII, worked out once; other characters are worked out as met. */
const ASCII_KINDS = Int8Array.from({ length: 128 }, (_, code) => kindOf(String.fromCharCode(code)));
const kindOfCode = (code: number) => (code < 128 ? ASCII_KINDS[code]! : kindOf(String.fromCodePoint(code)));

/**
 * A font's runs as numbers (no string per character): each character's code point, where each run
 * starts, and each run's advance.
 */
interface EncodedRuns {
  codes: Int32Array;
  /** Run r holds characters starts[r] to starts[r + 1]. */
  starts: Int32Array;
  advances: Float64Array;
  /** Characters as JavaScript counts them (UTF-16 units). */
  length: number;
}

function encode(runs: FontSample[]): EncodedRuns {
  let units = 0;
  for (const run of runs) units += run.text.length;
  const codes = new Int32Array(units);
  const starts = new Int32Array(runs.length + 1);
  const advances = new Float64Array(runs.length);
  let at = 0;
  // A loop, not forEach's callback: a closure made at each call loses its optimised code at the next full collection.
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    starts[r] = at;
    advances[r] = run.advance;
    const text = run.text;
    for (let i = 0; i < text.length; i++) {
      const code = text.codePointAt(i)!;
      if (code > 0xffff) i++;
      codes[at++] = code;
    }
  }
  starts[runs.length] = at;
  return { codes: codes.subarray(0, at), starts, advances, length: units };
}

/** The body font's fitted widths: of each character it sets (by code point), and of each kind of character. */
interface CharacterWidths {
  known: Map<number, number>;
  kindWidths: Float64Array;
}

/**
 * The body font's advance width of each character, fitted to its runs by least squares: first the
 * width of each kind of character, then of each character, drawn towards its kind's width where
 * the runs leave it open.
 */
function characterWidths(runs: FontSample[]): CharacterWidths {
  const encoded = encode(runs);
  let advance = 0;
  for (const run of encoded.advances) advance += run;
  const mean = encoded.length > 0 ? advance / encoded.length : 0;
  const charKeys = keysOf(encoded.codes);
  // Kinds numbered in the order first met, as characters are: the kind of each character met in turn.
  const kindKeys: number[] = [];
  const kindOfKey = charKeys.values.map((code) => {
    const kind = kindOfCode(code);
    if (!kindKeys.includes(kind)) kindKeys.push(kind);
    return kindKeys.indexOf(kind);
  });
  const equations = normalEquations(encoded, charKeys.ofChar, kindOfKey, kindKeys.length);
  const kinds = fitted(equations.kinds, () => mean);
  const kindWidths = new Float64Array(KINDS.length).fill(mean);
  kindKeys.forEach((kind, i) => (kindWidths[kind] = kinds[i]!));
  const known = fitted(equations.chars, (i) => kindWidths[kindOfCode(charKeys.values[i]!)]!);
  return { known: new Map(charKeys.values.map((code, i) => [code, known[i]!])), kindWidths };
}

/** Each character's key (its code point) as a number from 0, in the order keys are first met. */
function keysOf(values: Int32Array): { ofChar: Int32Array; values: number[] } {
  // A table for the Basic Multilingual Plane, of key + 1 (a Map lookup per character was most of the fit's time); a Map beyond it.
  const table = new Int32Array(0x10000);
  const beyond = new Map<number, number>();
  const keys: number[] = [];
  const ofChar = new Int32Array(values.length);
  for (let k = 0; k < values.length; k++) {
    const value = values[k]!;
    let i = value < 0x10000 ? table[value]! - 1 : (beyond.get(value) ?? -1);
    if (i < 0) {
      i = keys.length;
      keys.push(value);
      if (value < 0x10000) table[value] = i + 1;
      else beyond.set(value, i);
    }
    ofChar[k] = i;
  }
  return { ofChar, values: keys };
}

/** A least-squares fit's normal equations: a (n by n, row after row) and b. */
interface Equations {
  a: Float64Array;
  b: Float64Array;
}

/**
 * The normal equations of two fits in one pass over the runs: the width of each character (a key
 * of `ofChar`), and of each kind of character (`kindOfKey`: each character key's kind, of `kinds`).
 * Each run gives every pair of keys in it the product of their counts in it: whole numbers, summed
 * exactly in any order, so the characters' pairs are summed once (above the diagonal) and the
 * kinds' are their characters' sums. Each b is summed run after run, as a fit of its own would.
 */
function normalEquations(runs: EncodedRuns, ofChar: Int32Array, kindOfKey: number[], kinds: number): { chars: Equations; kinds: Equations } {
  const n = kindOfKey.length;
  const a = new Float64Array(n * n);
  const b = new Float64Array(n);
  const kindB = new Float64Array(kinds);
  const counts = new Float64Array(n);
  const present = new Int32Array(n);
  const kindCounts = new Float64Array(kinds);
  const kindsPresent = new Int32Array(kinds);
  for (let r = 0; r + 1 < runs.starts.length; r++) {
    // The run's keys in the order first met in it, and how often each stands in it.
    let distinct = 0;
    for (let k = runs.starts[r]!; k < runs.starts[r + 1]!; k++) {
      const i = ofChar[k]!;
      if (counts[i] === 0) present[distinct++] = i;
      counts[i]!++;
    }
    const advance = runs.advances[r]!;
    let distinctKinds = 0;
    for (let p = 0; p < distinct; p++) {
      const i = present[p]!;
      const ci = counts[i]!;
      b[i]! += ci * advance;
      const kind = kindOfKey[i]!;
      if (kindCounts[kind] === 0) kindsPresent[distinctKinds++] = kind;
      kindCounts[kind]! += ci;
      for (let q = p; q < distinct; q++) {
        const j = present[q]!;
        a[i < j ? i * n + j : j * n + i]! += ci * counts[j]!;
      }
    }
    for (let p = 0; p < distinct; p++) counts[present[p]!] = 0;
    for (let p = 0; p < distinctKinds; p++) {
      const kind = kindsPresent[p]!;
      kindB[kind]! += kindCounts[kind]! * advance;
      kindCounts[kind] = 0;
    }
  }
  const kindA = new Float64Array(kinds * kinds);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const sum = a[i * n + j]!;
      a[j * n + i] = sum;
      kindA[kindOfKey[i]! * kinds + kindOfKey[j]!]! += sum;
      if (j !== i) kindA[kindOfKey[j]! * kinds + kindOfKey[i]!]! += sum;
    }
  }
  return { chars: { a, b }, kinds: { a: kindA, b: kindB } };
}

/**
 * The width of each key (a character, or a kind of character) that best gives every run's advance
 * as the sum of its characters' widths, each drawn a little towards its prior width (which settles
 * keys that only ever stand together).
 */
function fitted({ a, b }: Equations, prior: (key: number) => number): Float64Array {
  const n = b.length;
  const RIDGE = 0.01;
  for (let i = 0; i < n; i++) {
    a[i * n + i]! += RIDGE;
    b[i]! += RIDGE * prior(i);
  }
  return solve(a, b);
}

/**
 * How much wider a font's runs are than the body font would set the same characters (null when
 * too few can be compared). A character the body font never sets counts at its kind's width.
 */
function widthRatio(runs: FontSample[], widths: CharacterWidths): number | null {
  let actual = 0;
  let expected = 0;
  let compared = 0;
  for (const run of runs) {
    const text = run.text;
    let known = 0;
    let width = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.codePointAt(i)!;
      if (code > 0xffff) i++;
      const w = widths.known.get(code);
      if (w !== undefined) known++;
      width += w ?? widths.kindWidths[kindOfCode(code)]!;
    }
    if (known < text.length * KNOWN_SHARE) continue;
    actual += run.advance;
    expected += width;
    compared += known;
  }
  return compared >= FEWEST_CHARS && expected > 0 ? actual / expected : null;
}

/** Solves a x = b (a symmetric, positive definite, n by n, row after row) by Gaussian elimination with partial pivoting. */
function solve(a: Float64Array, b: Float64Array): Float64Array {
  const n = b.length;
  // Rows are swapped by their place in `rows`, not moved.
  const rows = Int32Array.from({ length: n }, (_, i) => i * n);
  for (let k = 0; k < n; k++) {
    let pivot = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(a[rows[i]! + k]!) > Math.abs(a[rows[pivot]! + k]!)) pivot = i;
    [rows[k], rows[pivot]] = [rows[pivot]!, rows[k]!];
    [b[k], b[pivot]] = [b[pivot]!, b[k]!];
    const row = rows[k]!;
    for (let i = k + 1; i < n; i++) {
      const target = rows[i]!;
      const factor = a[target + k]! / a[row + k]!;
      if (factor === 0) continue;
      for (let j = k; j < n; j++) a[target + j]! -= factor * a[row + j]!;
      b[i]! -= factor * b[k]!;
    }
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let sum = b[i]!;
    const row = rows[i]!;
    for (let j = i + 1; j < n; j++) sum -= a[row + j]! * x[j]!;
    x[i] = sum / a[row + i]!;
  }
  return x;
}
