import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { expect, it } from 'vitest';
import { parseFile } from '../src/parse.js';
import type { ParseResult } from '../src/types.js';
import { parsed, REAL_LETTERS, tempDir } from './helpers.js';
import { A4_PAGE, layPieces, type PageBreak, type Piece, piecesOf, settable, structure } from './typeset.js';
import { findingsByText } from './variation-kit.js';

// The 13 real letters' own wording (as jtai reads it from the real PDF) re-set in other
// geometries: faces, sizes, line steps, margins, page sizes, bullet glyphs, paragraph gaps. Every
// page break then falls elsewhere, so this is the nearest proxy we have for letters we have not
// seen. In each re-setting the structure must stay: each section's kind, its number of findings,
// its first and last finding; every character accounted for; no unknown heading. Not every
// re-setting reads right (where a page is filled to its foot with a sentence's end, the page
// cannot always tell whether the paragraph goes on): those that do not are listed, each with the
// evidence its page shows and exactly how it reads otherwise; the test reports every re-setting
// that reads otherwise, section by section, and fails on any difference not listed, or a listed
// one gone.


interface Setting {
  name: string;
  face: 'Helvetica' | 'Times' | 'Courier';
  width: number;
  height: number;
  margin: number;
  size: number;
  step: number;
  /** The list glyph in place of a bullet. */
  glyph: string;
  /** The paragraph gap, as a share of the usual one. */
  gapScale: number;
  /** The gap between one list item and the next, as a share of the paragraph gap. */
  itemGapScale?: number;
  /** Section headings' size, as a share of the body's. */
  headingScale: number;
  /** Lines other than a paragraph's last spread to the full measure. */
  justify?: boolean;
  /** Lines kept together as a word processor does (no widow or orphan; a heading with its text). */
  keepLines?: boolean;
  /** A paragraph that starts a page keeps its gap above. */
  gapAtTop?: boolean;
  /** Where the page number stands. */
  pageNumber: 'foot' | 'head';
  /** A prose paragraph's first line stands this far in (points). */
  firstIndent?: number;
  /** The gap before a prose paragraph, as a share of the paragraph gap (after `gapScale`). */
  proseGapScale?: number;
  /** A list item's text indent from the margin (18 pt unless given), and how far left of it the glyph stands (12 pt). */
  bulletIndent?: number;
  glyphOffset?: number;
  /** Main findings and next steps paragraphs numbered, the number running on: run in before the text, or at the margin with the text hanging 18 pt in. */
  numbered?: 'run-in' | 'hanging';
}

const BASE: Setting = { name: 'Helvetica 11 pt on A4', face: 'Helvetica', width: A4_PAGE.WIDTH, height: A4_PAGE.HEIGHT, margin: A4_PAGE.MARGIN, size: A4_PAGE.SIZE, step: A4_PAGE.STEP, glyph: '\u2022', gapScale: 1, headingScale: 1.15, pageNumber: 'foot' };
const SETTINGS: Setting[] = [
  BASE,
  { ...BASE, name: 'Times 12 pt', face: 'Times', size: 12, step: 14.5 },
  { ...BASE, name: 'Courier 10 pt, narrow margins', face: 'Courier', size: 10, step: 12, margin: 50 },
  { ...BASE, name: 'wide margins', margin: 100 },
  { ...BASE, name: 'hyphen bullets', glyph: '-' },
  { ...BASE, name: 'square bullets (ZapfDingbats)', glyph: '\u25A0' },
  { ...BASE, name: 'half paragraph gaps', gapScale: 0.5 },
  { ...BASE, name: 'loose: wider gaps and line step', gapScale: 1.6, step: 15 },
  { ...BASE, name: 'US Letter', width: 612, height: 792, margin: 72 },
  { ...BASE, name: 'headings at body size', headingScale: 1 },
  { ...BASE, name: 'Helvetica 10 pt, line spacing 1.5', size: 10, step: 17 },
  { ...BASE, name: 'Helvetica 12 pt, line spacing 1.15', size: 12, step: 16 },
  { ...BASE, name: 'justified', justify: true },
  { ...BASE, name: 'page numbers at the head', pageNumber: 'head' },
  { ...BASE, name: 'Times 12 pt, lines kept together', face: 'Times', size: 12, step: 14.5, keepLines: true },
  { ...BASE, name: 'gap kept at a page top', gapAtTop: true },
  { ...BASE, name: 'list items with no gap between them', itemGapScale: 0 },
  { ...BASE, name: 'half paragraph gaps, lines kept together', gapScale: 0.5, keepLines: true },
  { ...BASE, name: 'Times 11 pt justified, lines kept together, wide margins', face: 'Times', size: 11, step: 13, justify: true, keepLines: true, margin: 90 },
  // Paragraphs marked as real letters mark them besides a gap: a first-line indent with no gap or with one; a small gap.
  { ...BASE, name: 'first-line indent, no gap between paragraphs', firstIndent: 18, proseGapScale: 0 },
  { ...BASE, name: 'Times 12 pt, first-line indent 36 pt, no gap, lines kept together', face: 'Times', size: 12, step: 14.5, firstIndent: 36, proseGapScale: 0, keepLines: true },
  { ...BASE, name: 'first-line indent 36 pt with a gap', firstIndent: 36 },
  { ...BASE, name: 'paragraph gaps of a third of a line', gapScale: 0.45 },
  // Lists hung otherwise: the glyph at the margin, the text further in or nearer.
  { ...BASE, name: 'bullets hung 36 pt in, glyph 18 pt left of the text', bulletIndent: 36, glyphOffset: 18 },
  { ...BASE, name: 'bullets hung 14 pt in, glyph at the margin', bulletIndent: 14, glyphOffset: 14 },
  // Main findings and next steps numbered, as some 2022+ letters number them.
  { ...BASE, name: 'numbered paragraphs, run in', numbered: 'run-in' },
  { ...BASE, name: 'Times 12 pt, numbered paragraphs hanging, lines kept together', face: 'Times', size: 12, step: 14.5, numbered: 'hanging', keepLines: true },
];
/** The sections whose prose paragraphs the `numbered` settings number. */
const NUMBERED_SECTIONS = new Set(['main-findings', 'next-steps']);
const FACES = {
  Helvetica: [StandardFonts.Helvetica, StandardFonts.HelveticaBold],
  Times: [StandardFonts.TimesRoman, StandardFonts.TimesRomanBold],
  Courier: [StandardFonts.Courier, StandardFonts.CourierBold],
} as const;

const dir = tempDir('jtai-reset-structure-');

/** Sets a letter's pieces in a setting; returns the file, what the face could set, the pieces and where the pages broke. */
async function reset(original: ParseResult, name: string, setting: Setting): Promise<{ file: string; clean: (text: string) => string; pieces: Piece[]; breaks: PageBreak[] }> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(FACES[setting.face][0]);
  const bold = await pdf.embedFont(FACES[setting.face][1]);
  const glyphFont = setting.glyph === '\u25A0' ? await pdf.embedFont(StandardFonts.ZapfDingbats) : regular;
  const clean = settable(regular, setting.size);
  let number = 0;
  const pieces = piecesOf(original).map((piece, i, all): Piece => {
    const nextItem = piece.glyph !== null && all[i - 1]?.glyph != null;
    const prose = piece.finding?.form === 'paragraph';
    // A paragraph after a heading keeps the heading's space below it.
    const afterFinding = all[i - 1]?.finding !== undefined;
    const gapBefore = piece.gapBefore * setting.gapScale * (nextItem ? setting.itemGapScale ?? 1 : 1) * (prose && afterFinding ? setting.proseGapScale ?? 1 : 1);
    const indent = piece.glyph !== null && setting.bulletIndent !== undefined ? (piece.indent / 18) * setting.bulletIndent : piece.indent;
    const glyph = piece.glyph === '\u2022' ? setting.glyph : piece.glyph;
    if (!setting.numbered || !prose || !NUMBERED_SECTIONS.has(piece.finding!.section)) return { ...piece, gapBefore, indent, glyph };
    const label = `${++number}.`;
    return setting.numbered === 'run-in' ? { ...piece, gapBefore, text: `${label} ${piece.text}` } : { ...piece, gapBefore, indent: 18, label };
  });
  const breaks: PageBreak[] = [];
  const pages = layPieces(pdf, pieces, setting, {
    clean, fontOf: (piece) => (piece.bold ? bold : regular), sizeOf: (piece) => (piece.heading ? setting.size * setting.headingScale : setting.size), glyphFont,
    justify: setting.justify === true, keepLines: setting.keepLines === true, gapAtTop: setting.gapAtTop === true,
    firstIndent: setting.firstIndent, glyphOffset: setting.glyphOffset, breaks,
  });
  pages.forEach((page, i) => {
    const y = setting.pageNumber === 'foot' ? setting.margin / 2 : setting.height - setting.margin / 2;
    page.drawText(String(i + 1), { x: setting.width / 2, y, size: 9, font: regular });
  });
  const file = join(dir, `${name}-${setting.name.replace(/\W+/g, '-')}.pdf`);
  const bytes = await pdf.save({ useObjectStreams: false });
  writeFileSync(file, bytes);
  if (process.env.JTAI_KEEP_FIXTURES) writeFileSync(join(process.env.JTAI_KEEP_FIXTURES, file.split('/').pop()!), bytes);
  return { file, clean, pieces, breaks };
}

/** How the page breaks between or inside findings were read: joined or split, rightly or wrongly; by the findings' form. */
interface BreakCounts {
  rightJoins: number;
  falseSplits: number;
  rightSplits: number;
  falseJoins: number;
}
const noBreaks = (): BreakCounts => ({ rightJoins: 0, falseSplits: 0, rightSplits: 0, falseJoins: 0 });

/**
 * Counts each page break that falls inside a finding (it should be joined) or between two
 * findings (it should be split), by whether a finding read back runs over it (page n to n + 1).
 */
function countBreaks(pieces: Piece[], breaks: PageBreak[], again: ParseResult, counts: Record<'bullet' | 'paragraph', BreakCounts>): void {
  breaks.forEach(({ piece, within }, i) => {
    const opens = pieces[piece]!.finding;
    const before = within ? opens : pieces[piece - 1]?.finding;
    if (!opens || !before) return;
    // The page the break ends (1-based): break i opens page i + 2.
    const page = i + 1;
    const joined = again.findings.some((f) => f.pages[0] <= page && f.pages[1] > page);
    const count = counts[within ? opens.form : before.form];
    if (within) count[joined ? 'rightJoins' : 'falseSplits']++;
    else count[joined ? 'falseJoins' : 'rightSplits']++;
  });
}

function breakFigures(counts: Record<'bullet' | 'paragraph', BreakCounts>): string {
  const line = (what: string, c: BreakCounts) =>
    `${what}: inside a finding ${c.rightJoins + c.falseSplits} (joined ${c.rightJoins}, split wrongly ${c.falseSplits}); between findings ${c.rightSplits + c.falseJoins} (split ${c.rightSplits}, joined wrongly ${c.falseJoins})`;
  const all = noBreaks();
  for (const c of Object.values(counts)) for (const key of Object.keys(all) as Array<keyof BreakCounts>) all[key] += c[key];
  return ['page breaks:', line('  all', all), line('  prose', counts.paragraph), line('  lists', counts.bullet)].join('\n');
}

/** How a re-setting reads otherwise than the real letter: each section that differs (what it should read, then what it reads), and what else is wrong. */
function differences(original: ParseResult, again: ParseResult, clean: (text: string) => string, pieces: Piece[]): string[] {
  const [want, got] = [structure(original, clean), structure(again, clean)];
  const out: string[] = [];
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    if (want[i] !== got[i]) out.push(`want ${want[i] ?? '(none)'}`, `got  ${got[i] ?? '(none)'}`);
  }
  // The findings by their text too (helper 8bq): a count, first and last finding cannot see one lost and another split.
  out.push(...findingsByText(again, pieces, clean).map((line) => `by text: ${line}`));
  if (!again.accounting.balanced) out.push(`characters not accounted for: ${JSON.stringify(again.accounting)}`);
  if (again.unknownHeadings.length > 0) out.push(`unknown headings: ${JSON.stringify(again.unknownHeadings.map((heading) => heading.text))}`);
  return out;
}

/**
 * The re-settings that read otherwise on this code, each with why (a page break the page itself
 * cannot decide) and exactly how it reads otherwise. Any other difference fails the test, in these
 * re-settings as in the rest, so a change that breaks something more in one of them shows; and so
 * does one that mends a listed re-setting, which should then take it off the list.
 */
const UNDECIDED: Record<string, { why: string; differs: string[] }> = {
  'derby-2019-05-08 in Times 12 pt': {
    why: 'page 10 ends with a full line finishing a sentence (0.1 line of room), the next page opens "As a result of this missed opportunity" at the margin ' +
      'with no gap or indent: the words refer back, and a run of 3 + 2 sentences is likelier as one paragraph in this letter; it is two',
    differs: [
      'want case-study-improvement 4: Risks to children of sexual abuse in the family environment  | As a result of this missed opportunity, there was a delay of',
      'got  case-study-improvement 3: Risks to children of sexual abuse in the family environment  | Following his release, information came to light that the of',
      "by text: CI-0fa5819b holds 2 findings in one: case-study-improvement 3 (\"Following his release, information came to light t\"), case-study-improvement 4 (\"As a result of this missed opportunity, there was \")",
    ],
  },
  'hertfordshire-2024-12-12 in half paragraph gaps, lines kept together': {
    why: 'page 7 ends with a full line finishing a sentence (0.3 line of room), the next page opens "Practitioners understand the nature of risk" at the ' +
      'margin with no gap or indent: a run of 4 + 5 sentences is likelier as two paragraphs in this letter (mean 3.8); it is one of 9',
    differs: [
      'want main-findings 34: Strategic arrangements in Hertfordshire are strong and well  | Police are aware that they need to make more effective use o',
      'got  main-findings 35: Strategic arrangements in Hertfordshire are strong and well  | Police are aware that they need to make more effective use o',
      "by text: main-findings 25 (\"There is strong and sensitive multi-agency work to\") not whole in any finding: its opening in MF-4950e12e, the rest apart (split or cut short)",
      "by text: MF-4950e12e holds no finding whole (\"There is strong and sensitive multi-agency work to\")",
      "by text: MF-2e60bc71 holds no finding whole (\"Practitioners understand the nature of risk and th\")",
    ],
  },
};

it(`the 13 letters re-set ${SETTINGS.length} ways keep their structure, but for ${Object.keys(UNDECIDED).length} listed re-settings that read otherwise just as listed`, async () => {
  const wrong = new Map<string, string[]>(SETTINGS.map((setting) => [setting.name, []]));
  const report: string[] = [];
  const unexpected: string[] = [];
  const breakCounts = { bullet: noBreaks(), paragraph: noBreaks() };
  for (const name of REAL_LETTERS) {
    const original = await parsed(`letters/${name}.pdf`);
    for (const setting of SETTINGS) {
      const { file, clean, pieces, breaks } = await reset(original, name, setting);
      const again = await parseFile(file);
      countBreaks(pieces, breaks, again, breakCounts);
      const found = differences(original, again, clean, pieces);
      const key = `${name} in ${setting.name}`;
      const listed = UNDECIDED[key];
      if (found.length > 0) wrong.get(setting.name)!.push(name);
      const asListed = listed !== undefined && JSON.stringify(found) === JSON.stringify(listed.differs);
      if (found.length > 0) report.push(`${key}${asListed ? ' (undecided on the page, as listed)' : listed ? ' (listed, but reads otherwise than listed)' : ''}:`, ...found.map((line) => `    ${line}`));
      if (listed && found.length === 0) report.push(`${key}: listed as undecided, but reads right: take it off the list`);
      if (listed ? !asListed : found.length > 0) unexpected.push(key);
    }
  }
  const right = REAL_LETTERS.length * SETTINGS.length - [...wrong.values()].reduce((sum, names) => sum + names.length, 0);
  const bySetting = [...wrong].map(([setting, names]) => `${setting}: ${REAL_LETTERS.length - names.length} of ${REAL_LETTERS.length}${names.length > 0 ? ` (wrong: ${names.join(', ')})` : ''}`);
  const summary = [`right: ${right} of ${REAL_LETTERS.length * SETTINGS.length}; by setting:`, ...bySetting, '', breakFigures(breakCounts), '', ...report].join('\n');
  // The figures, and the re-settings that read otherwise, shown even when the test passes.
  console.info(summary);
  expect(unexpected, summary).toEqual([]);
}, 1_800_000);
