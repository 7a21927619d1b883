// Which of a PDF's fonts are heavier (bold) than its body font, from the document's own evidence.
// pdf.js names a font's weight only once a page's drawing operators are read (which costs as much
// again as the text, so jtai reads them only where a page may hold a box), and even then embedded
// subsets often say nothing ("BCDGEE+Tahoma", Type3 fonts). What every text item does carry is its
// font and its advance width. A bold face sets the same characters wider than the regular face of
// its family, glyph by glyph; the same face at another size sets them exactly as wide, relative to
// its size. So the body font's width of each character is learned from all its text, and each other
// font's text is compared with what the body font would give for the same characters.

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
 * The fonts heavier than the body font (the font most characters are set in): set wider on the
 * same characters, or named bold. `names` holds the fonts' names where pdf.js gave them.
 */
export function heavyFonts(samples: FontSample[], names: ReadonlyMap<string, string> = new Map()): Set<string> {
  const heavy = new Set<string>();
  const { body, ratios } = widthRatios(samples);
  for (const [font, ratio] of ratios) {
    // The part of a name after a subset's tag ("BCDGEE+Tahoma-Bold").
    const named = HEAVY_NAME.test((names.get(font) ?? '').replace(/^[A-Z]{6}\+/, ''));
    if (font !== body && (named || (ratio !== null && ratio > HEAVIER))) heavy.add(font);
  }
  return heavy;
}

/**
 * The body font, and for each font how much wider it sets its text than the body font would set
 * the same characters (1 for the body font; null where too little can be compared).
 */
export function widthRatios(samples: FontSample[]): { body: string | null; ratios: Map<string, number | null> } {
  const byFont = new Map<string, FontSample[]>();
  const chars = new Map<string, number>();
  for (const sample of samples) {
    if (!byFont.has(sample.font)) byFont.set(sample.font, []);
    byFont.get(sample.font)!.push(sample);
    chars.set(sample.font, (chars.get(sample.font) ?? 0) + sample.text.replace(/\s/g, '').length);
  }
  const body = [...chars].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  const ratios = new Map<string, number | null>();
  if (body === undefined) return { body: null, ratios };
  const widths = characterWidths(byFont.get(body)!);
  for (const [font, runs] of byFont) ratios.set(font, font === body ? 1 : widthRatio(runs, widths));
  return { body, ratios };
}

/**
 * Kinds of character that are set about as wide as one another in any Latin face: the width a
 * character is given where the body text cannot tell it apart from the characters it always
 * stands with (a short letter has few lines to learn from).
 */
function kindOf(ch: string): string {
  if (/\s/.test(ch)) return 'space';
  if (/[fijlrt]/.test(ch)) return 'narrow small letter';
  if (/[mw]/.test(ch)) return 'wide small letter';
  if (/[a-z]/.test(ch)) return 'small letter';
  if (/[IJ]/.test(ch)) return 'narrow capital';
  if (/[MW]/.test(ch)) return 'wide capital';
  if (/[A-Z]/.test(ch)) return 'capital';
  if (/[0-9]/.test(ch)) return 'digit';
  if (/[.,:;'\u2018\u2019!|()[\]-]/.test(ch)) return 'narrow mark';
  return 'other';
}

/**
 * The body font's advance width of each character, fitted to its runs by least squares: first the
 * width of each kind of character, then of each character, drawn towards its kind's width where
 * the runs leave it open.
 */
function characterWidths(runs: FontSample[]): { known: Map<string, number>; kindWidth: (ch: string) => number } {
  let chars = 0;
  let advance = 0;
  for (const run of runs) {
    chars += run.text.length;
    advance += run.advance;
  }
  const mean = chars > 0 ? advance / chars : 0;
  // Each character's kind, found once for the document (its patterns cost more than the fit).
  const kindsOf = new Map<string, string>();
  const kindOfChar = (ch: string) => {
    let kind = kindsOf.get(ch);
    if (kind === undefined) {
      kind = kindOf(ch);
      kindsOf.set(ch, kind);
    }
    return kind;
  };
  const kinds = fitWidths(runs, kindOfChar, () => mean);
  const kindWidth = (ch: string) => kinds.get(kindOfChar(ch)) ?? mean;
  return { known: fitWidths(runs, (ch) => ch, kindWidth), kindWidth };
}

/**
 * The width of each key (a character, or a kind of character) that best gives every run's advance
 * as the sum of its characters' widths, each drawn a little towards its prior width (which settles
 * keys that only ever stand together).
 */
function fitWidths(runs: FontSample[], keyOf: (ch: string) => string, prior: (key: string) => number): Map<string, number> {
  const index = new Map<string, number>();
  // Each run's keys (their indices, in order of first use) and how often each stands in it.
  // Where a key stands in the run being counted: it was last seen in run `seenIn[i]`, at `slot[i]`.
  const seenIn: number[] = [];
  const slot: number[] = [];
  const counted = runs.map((run, r) => {
    const keys: number[] = [];
    const counts: number[] = [];
    for (const ch of run.text) {
      const key = keyOf(ch);
      let i = index.get(key);
      if (i === undefined) {
        i = index.size;
        index.set(key, i);
      }
      if (seenIn[i] === r) counts[slot[i]!]!++;
      else {
        seenIn[i] = r;
        slot[i] = keys.length;
        keys.push(i);
        counts.push(1);
      }
    }
    return { keys, counts, advance: run.advance };
  });
  const n = index.size;
  // The normal equations of the least-squares fit (each run adds once to each cell it touches, runs in order).
  const a = Array.from({ length: n }, () => new Float64Array(n));
  const b = new Float64Array(n);
  for (const { keys, counts, advance } of counted) {
    for (let p = 0; p < keys.length; p++) {
      const i = keys[p]!;
      const ci = counts[p]!;
      b[i]! += ci * advance;
      const row = a[i]!;
      for (let q = 0; q < keys.length; q++) row[keys[q]!]! += ci * counts[q]!;
    }
  }
  const RIDGE = 0.01;
  for (const [key, i] of index) {
    a[i]![i]! += RIDGE;
    b[i]! += RIDGE * prior(key);
  }
  const solved = solve(a, b);
  return new Map([...index].map(([key, i]) => [key, solved[i]!]));
}

/**
 * How much wider a font's runs are than the body font would set the same characters (null when
 * too few can be compared). A character the body font never sets counts at its kind's width.
 */
function widthRatio(runs: FontSample[], widths: ReturnType<typeof characterWidths>): number | null {
  let actual = 0;
  let expected = 0;
  let compared = 0;
  for (const run of runs) {
    let known = 0;
    let width = 0;
    for (const ch of run.text) {
      const w = widths.known.get(ch);
      if (w !== undefined) known++;
      width += w ?? widths.kindWidth(ch);
    }
    if (known < run.text.length * KNOWN_SHARE) continue;
    actual += run.advance;
    expected += width;
    compared += known;
  }
  return compared >= FEWEST_CHARS && expected > 0 ? actual / expected : null;
}

/** Solves a x = b (a symmetric, positive definite) by Gaussian elimination with partial pivoting. */
function solve(a: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  for (let k = 0; k < n; k++) {
    let pivot = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(a[i]![k]!) > Math.abs(a[pivot]![k]!)) pivot = i;
    [a[k], a[pivot]] = [a[pivot]!, a[k]!];
    [b[k], b[pivot]] = [b[pivot]!, b[k]!];
    const row = a[k]!;
    for (let i = k + 1; i < n; i++) {
      const factor = a[i]![k]! / row[k]!;
      if (factor === 0) continue;
      const target = a[i]!;
      for (let j = k; j < n; j++) target[j]! -= factor * row[j]!;
      b[i]! -= factor * b[k]!;
    }
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let sum = b[i]!;
    for (let j = i + 1; j < n; j++) sum -= a[i]![j]! * x[j]!;
    x[i] = sum / a[i]![i]!;
  }
  return x;
}
