import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/parse.js';
import type { ParseResult } from '../src/types.js';
import { parsed, tempDir } from './helpers.js';
import { A4_PAGE, piecesOf, settable, wrap } from './typeset.js';

// Some 2022+ letters number their main findings and next steps paragraphs ("1.", "(1)"), the
// numbering running on from one section to the next. A word processor sets the number at the
// margin and the paragraph's text at a tab stop, every line of it there (a hanging indent), or
// runs the text on after the number and wraps it back to the margin. Real letters' wording is set
// anew so, in Helvetica on A4: each numbered paragraph must come out as the paragraph it was in
// the real letter (the number is not its text), none glued to the next, none taken for a heading,
// whether the paragraphs are spaced or set with no space between them, and a paragraph that runs
// over a page must stay whole.

const { WIDTH, HEIGHT, MARGIN, SIZE, STEP } = A4_PAGE;

interface Numbering {
  name: string;
  /** The number as printed for paragraph n. */
  label: (n: number) => string;
  /** Where the paragraph's text stands, from the margin: every line (hanging), or the first line's after the number (run-in). */
  indent: number;
  hanging: boolean;
  /** Space between paragraphs, in points (0: set tight, one under the other). */
  gap: number;
  /**
   * Some items set in two paragraphs, the second with no number at the item's text indent (it is
   * the same item), and some paragraphs with no number at the margin between numbered ones (each
   * a paragraph of its own).
   */
  mixed?: boolean;
}

const NUMBERINGS: Numbering[] = [
  { name: '"1." at the margin, the text hanging at 18 pt', label: (n) => `${n}.`, indent: 18, hanging: true, gap: 10 },
  { name: '"1." at the margin, the text hanging at 36 pt, no space between paragraphs', label: (n) => `${n}.`, indent: 36, hanging: true, gap: 0 },
  { name: '"(1)" at the margin, the text hanging at 28 pt', label: (n) => `(${n})`, indent: 28, hanging: true, gap: 10 },
  { name: '"1." run in, the text wrapping to the margin', label: (n) => `${n}.`, indent: 0, hanging: false, gap: 10 },
  { name: '"1." hanging at 18 pt, some items in two paragraphs, some paragraphs unnumbered at the margin', label: (n) => `${n}.`, indent: 18, hanging: true, gap: 10, mixed: true },
  { name: '"(1)" hanging at 28 pt, two paragraphs or unnumbered at the margin, no space between paragraphs', label: (n) => `(${n})`, indent: 28, hanging: true, gap: 0, mixed: true },
];

/** A paragraph in two at the sentence end nearest its middle (null if it has one sentence). */
function inTwo(text: string): [string, string] | null {
  const ends = [...text.matchAll(/[.!?] (?=[A-Z])/g)].map((match) => match.index! + 1);
  if (ends.length === 0) return null;
  const at = ends.reduce((best, end) => (Math.abs(end - text.length / 2) < Math.abs(best - text.length / 2) ? end : best));
  return [text.slice(0, at), text.slice(at + 1)];
}

/** The sections whose paragraphs are numbered, the number running on from one to the next. */
const NUMBERED_SECTIONS = new Set(['main-findings', 'next-steps']);

/** Sets a letter with its main findings and next steps paragraphs numbered; returns what the face could set. */
async function typeset(result: ParseResult, numbering: Numbering, file: string): Promise<(text: string) => string> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const clean = settable(regular, SIZE);
  const measure = WIDTH - 2 * MARGIN;
  const pages = [pdf.addPage([WIDTH, HEIGHT])];
  // Which pieces are numbered paragraphs: the findings' texts of those sections, in order.
  const numberedTexts = new Set(result.findings.filter((f) => NUMBERED_SECTIONS.has(f.section) && f.form === 'paragraph').map((f) => f.text));
  let number = 0;
  let y = HEIGHT - MARGIN + STEP;
  // With `mixed`, the numbered paragraphs in turn: one in two paragraphs, one plain, one unnumbered at the margin.
  let turn = 0;
  for (const whole of piecesOf(result)) {
    const paragraph = !whole.bold && numberedTexts.has(whole.text);
    const kind = numbering.mixed && paragraph ? ['two', 'plain', 'margin'][turn++ % 3] : 'plain';
    const halves = kind === 'two' ? inTwo(whole.text) : null;
    const parts = halves ? halves.map((text, i) => ({ ...whole, text, second: i === 1 })) : [{ ...whole, second: false }];
    for (const piece of parts) {
    const font = piece.bold ? bold : regular;
    const size = piece.heading ? SIZE * 1.15 : SIZE;
    const numbered = paragraph && kind !== 'margin';
    const label = numbered && !piece.second ? numbering.label(++number) : null;
    const text = clean(piece.text);
    // Hanging: every line at the indent (an item's second paragraph too). Run in: the number opens the first line.
    const lines = !numbered
      ? wrap(text, font, size, measure - piece.indent)
      : numbering.hanging ? wrap(text, font, size, measure - numbering.indent) : wrap(`${label} ${text}`, font, size, measure);
    lines.forEach((line, i) => {
      const atTop = y > HEIGHT - MARGIN;
      const gap = numbered || (paragraph && numbering.mixed) ? numbering.gap : (piece.gapBefore * SIZE) / 11;
      y -= STEP + (i === 0 && !atTop ? gap : 0);
      if (y < MARGIN) {
        pages.push(pdf.addPage([WIDTH, HEIGHT]));
        y = HEIGHT - MARGIN;
      }
      const page = pages[pages.length - 1]!;
      if (numbered && numbering.hanging) {
        if (i === 0 && label !== null) page.drawText(label, { x: MARGIN, y, size, font });
        page.drawText(line, { x: MARGIN + numbering.indent, y, size, font });
        return;
      }
      const x = MARGIN + piece.indent;
      if (i === 0 && piece.glyph) page.drawText(piece.glyph, { x: x - 12, y, size, font: regular });
      page.drawText(line, { x, y, size, font });
    });
    }
  }
  pages.forEach((page, i) => page.drawText(String(i + 1), { x: WIDTH / 2, y: MARGIN / 2, size: 9, font: regular }));
  const bytes = await pdf.save({ useObjectStreams: false });
  writeFileSync(file, bytes);
  if (process.env.JTAI_KEEP_FIXTURES) writeFileSync(join(process.env.JTAI_KEEP_FIXTURES, file.split('/').pop()!), bytes);
  return clean;
}

const essence = (result: ParseResult, clean: (text: string) => string) =>
  result.findings.map((f) => [f.section, f.subsection, f.form, clean(f.text).replace(/\s+/g, ' ').trim()]);

const dir = tempDir('jtai-numbered-');
// The 2022+ letters: main findings with and without sub-headings, boxed studies set here as sections.
const LETTERS = ['kirklees-2022-08-18', 'surrey-2023-05-02', 'hertfordshire-2024-12-12'];

/** Numbered paragraphs set with a hanging indent that ran over a page, as read back: the case a page break makes hard. */
let hangingOverPages = 0;

describe('numbered paragraphs are told by where the number and the text stand', () => {
  describe.each(LETTERS)('%s', (name) => {
    it.each(NUMBERINGS.map((numbering) => [numbering.name, numbering] as const))('%s', async (_name, numbering) => {
      const original = await parsed(`letters/${name}.pdf`);
      const file = join(dir, `${name}-${NUMBERINGS.indexOf(numbering)}.pdf`);
      const clean = await typeset(original, numbering, file);
      const again = await parseFile(file);
      expect(essence(again, clean)).toEqual(essence(original, clean));
      expect(again.unknownHeadings).toEqual([]);
      expect(again.accounting.unassigned).toEqual([]);
      expect(again.accounting.balanced).toBe(true);
      if (numbering.hanging) hangingOverPages += again.findings.filter((f) => NUMBERED_SECTIONS.has(f.section) && f.pages[0] !== f.pages[1]).length;
    });
  });

  it('the settings above ran numbered paragraphs set hanging over page breaks', () => {
    expect(hangingOverPages).toBeGreaterThanOrEqual(LETTERS.length);
  });
});
