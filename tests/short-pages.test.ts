import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { expect, it } from 'vitest';
import { extractPdf } from '../src/extract/pdf.js';
import { parseFile } from '../src/parse.js';
import type { ParseResult } from '../src/types.js';
import { parsed, tempDir } from './helpers.js';
import { A4_PAGE, layPieces, piecesOf, settable } from './typeset.js';

// A page's line spacing is read from the steps between its lines; a page of a few lines (one that
// a section starting on a new page leaves short, a last page) shows too few steps to tell its line
// spacing from its paragraph gaps, and there the letter's own spacing is the measure. A real
// letter's wording is set anew, in Helvetica 11 pt on pages of a chosen height, with its next steps
// starting a new page, so the page before holds only the end of a paragraph and a one-line
// paragraph after a gap.

const dir = tempDir('jtai-short-pages-');

/** Sets a letter with the section of `kind` starting a new page, on pages `height` high; returns the file and what the face could set. */
async function withNewPage(original: ParseResult, kind: string, height: number): Promise<{ file: string; clean: (text: string) => string }> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const clean = settable(regular, A4_PAGE.SIZE);
  const heading = original.sections.find((section) => section.kind === kind)!.heading;
  const pieces = piecesOf(original).map((piece) => (piece.heading && piece.text === heading ? { ...piece, newPage: true } : piece));
  const pages = layPieces(pdf, pieces, { ...A4_PAGE, width: A4_PAGE.WIDTH, height, margin: A4_PAGE.MARGIN, size: A4_PAGE.SIZE, step: A4_PAGE.STEP }, {
    clean, fontOf: (piece) => (piece.bold ? bold : regular), sizeOf: (piece) => (piece.heading ? A4_PAGE.SIZE * 1.15 : A4_PAGE.SIZE), glyphFont: regular,
  });
  pages.forEach((page, i) => page.drawText(String(i + 1), { x: A4_PAGE.WIDTH / 2, y: A4_PAGE.MARGIN / 2, size: 9, font: regular }));
  const file = join(dir, `${kind}-on-a-new-page-${height}.pdf`);
  const bytes = await pdf.save({ useObjectStreams: false });
  writeFileSync(file, bytes);
  if (process.env.JTAI_KEEP_FIXTURES) writeFileSync(join(process.env.JTAI_KEEP_FIXTURES, file.split('/').pop()!), bytes);
  return { file, clean };
}

const structure = (result: ParseResult, clean: (text: string) => string) =>
  result.sections.map((section) => [section.kind, result.findings.filter((f) => f.span[0] >= section.span[0] && f.span[1] <= section.span[1]).map((f) => clean(f.text).replace(/\s+/g, ' ').trim())]);

/** The lines of text (page numbers aside) on the page before the one a section starts. */
async function pageBefore(file: string, heading: string): Promise<string[]> {
  const { pages } = await extractPdf(new Uint8Array(readFileSync(file)), file);
  const index = pages.findIndex((page) => page.includes(heading));
  return pages[index - 1]!.split('\n').filter((line) => line.trim() !== '' && !/^\d+$/.test(line.trim()));
}

// Hertfordshire's case study for improvement ends with a paragraph of one line. On pages 628 pt
// high the page before next steps holds the last line of the paragraph before it and that one
// line (one step between them, a paragraph gap); on pages 626 pt high, two lines of it and the one
// line (a line step and a gap: neither recurs). Judged by the page alone, the gap is the page's
// line spacing and the two paragraphs run together.
it.each([628, 626])('keeps a paragraph gap on a page of a few lines, judged by the letter\'s line spacing (pages %i pt high)', async (height) => {
  const original = await parsed('letters/hertfordshire-2024-12-12.pdf');
  const { file, clean } = await withNewPage(original, 'next-steps', height);
  const before = await pageBefore(file, 'Next steps');
  expect(before.length).toBeLessThanOrEqual(3);
  expect(before[before.length - 1]).toBe('Leaders have acknowledged the learning for this child and are taking appropriate action.');
  const again = await parseFile(file);
  expect(structure(again, clean)).toEqual(structure(original, clean));
  expect(again.accounting.balanced).toBe(true);
}, 120_000);

/** A letter set in two parts at two line steps (`first` up to the section of `kind`, `then` after), page numbers at the foot. */
async function twoSpacings(original: ParseResult, kind: string, first: number, then: number): Promise<{ file: string; clean: (text: string) => string }> {
  const pieces = piecesOf(original);
  let at = pieces.findIndex((piece) => piece.finding?.section === kind);
  while (at > 0 && !pieces[at]!.heading) at--;
  const merged = await PDFDocument.create();
  let clean: (text: string) => string = (text) => text;
  for (const [part, step] of [[pieces.slice(0, at), first], [pieces.slice(at), then]] as const) {
    const pdf = await PDFDocument.create();
    const regular = await pdf.embedFont(StandardFonts.Helvetica);
    const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
    clean = settable(regular, A4_PAGE.SIZE);
    layPieces(pdf, [...part], { width: A4_PAGE.WIDTH, height: A4_PAGE.HEIGHT, margin: A4_PAGE.MARGIN, size: A4_PAGE.SIZE, step }, {
      clean, fontOf: (piece) => (piece.bold ? bold : regular), sizeOf: (piece) => (piece.heading ? A4_PAGE.SIZE * 1.15 : A4_PAGE.SIZE), glyphFont: regular,
    });
    for (const page of await merged.copyPages(pdf, pdf.getPageIndices())) merged.addPage(page);
  }
  const font = await merged.embedFont(StandardFonts.Helvetica);
  merged.getPages().forEach((page, i) => page.drawText(String(i + 1), { x: A4_PAGE.WIDTH / 2, y: A4_PAGE.MARGIN / 2, size: 9, font }));
  const file = join(dir, `${kind}-${first}-then-${then}.pdf`);
  writeFileSync(file, await merged.save({ useObjectStreams: false }));
  return { file, clean };
}

// A letter whose pages are not all set at one line spacing (1.5 on some, 1.15 on others; a study set
// tighter than the body): the wider pages wrap their text at their own step, which is not a gap
// however much wider than the letter's it is (review of the letter-wide line spacing: taken as a
// gap, every line of those pages stood apart, the title was cut and the summary lost its findings).
it.each([
  ['wokingham-2017-07-14', 'case-study-practice', 18, 13],
  ['hertfordshire-2024-12-12', 'case-study-practice', 12.5, 17],
])('reads %s set at two line spacings (up to %s at %i pt, then %i pt)', async (letter, kind, first, then) => {
  const original = await parsed(`letters/${letter}.pdf`);
  const { file, clean } = await twoSpacings(original, kind, first, then);
  const again = await parseFile(file);
  expect(structure(again, clean)).toEqual(structure(original, clean));
  expect(again.accounting.balanced).toBe(true);
}, 300_000);
