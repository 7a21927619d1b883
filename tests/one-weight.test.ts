import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/parse.js';
import type { ParseResult } from '../src/types.js';
import { parsed, tempDir } from './helpers.js';
import { A4_PAGE, layPieces, type Piece, piecesOf, settable } from './typeset.js';

// A letter set in one weight throughout: its headings and sub-headings as heavy as its body (all
// in one bold face, or all regular), and at the body's size or a little larger. Weight then tells
// nothing, and a sub-heading must be told by how it stands: a short line on its own, ending in no
// sentence's punctuation, with text under it. Real letters with sub-headings (in lists and in
// main findings) and a case study's title are set anew so, in Helvetica on A4; they must read as
// the real letters do, and a short last paragraph that lacks its full stop is still a paragraph.

const { WIDTH, HEIGHT, MARGIN, SIZE, STEP } = A4_PAGE;

interface Setting {
  name: string;
  face: StandardFonts;
  /** The section headings' size against the body's (sub-headings are set at the body's size). */
  headingScale: number;
  /**
   * The letter nearly all in bold: its first pieces up to this share of its text in the regular
   * face (the front matter, the summary, perhaps a section's findings), the rest in `face`.
   */
  regularShare?: number;
}

const SETTINGS: Setting[] = [
  { name: 'all in Helvetica Bold, headings at the body size', face: StandardFonts.HelveticaBold, headingScale: 1 },
  { name: 'all in Helvetica Bold, section headings larger', face: StandardFonts.HelveticaBold, headingScale: 1.2 },
  { name: 'all in regular Helvetica, headings at the body size', face: StandardFonts.Helvetica, headingScale: 1 },
];

// Nearly all bold: the opening in the regular face, the rest (most of the text) in bold.
const NEARLY_BOLD: Setting[] = [
  { name: 'a quarter regular, the rest in Helvetica Bold, section headings larger', face: StandardFonts.HelveticaBold, headingScale: 1.2, regularShare: 0.25 },
  { name: 'a quarter regular, the rest in Helvetica Bold, headings at the body size', face: StandardFonts.HelveticaBold, headingScale: 1, regularShare: 0.25 },
  { name: 'two fifths regular, the rest in Helvetica Bold, section headings larger', face: StandardFonts.HelveticaBold, headingScale: 1.2, regularShare: 0.4 },
];

async function typeset(result: ParseResult, setting: Setting, file: string): Promise<(text: string) => string> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(setting.face);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const clean = settable(font, SIZE);
  // A last paragraph of next steps that lacks its full stop: short and alone, but heading nothing.
  const pieces = piecesOf(result);
  const signOff = pieces.findIndex((piece) => piece.text === 'Yours sincerely');
  pieces.splice(signOff, 0, { ...pieces[signOff]!, text: LAST_WORDS });
  const total = pieces.reduce((sum, piece) => sum + piece.text.length, 0);
  const before = new Map<Piece, number>();
  pieces.reduce((sum, piece) => (before.set(piece, sum), sum + piece.text.length), 0);
  const fontOf = (piece: Piece) => (before.get(piece)! < total * (setting.regularShare ?? 0) && !piece.bold ? regular : font);
  const pages = layPieces(pdf, pieces, { width: WIDTH, height: HEIGHT, margin: MARGIN, size: SIZE, step: STEP }, { clean, fontOf, sizeOf: (piece) => (piece.heading ? SIZE * setting.headingScale : SIZE), glyphFont: font });
  pages.forEach((page, i) => page.drawText(String(i + 1), { x: WIDTH / 2, y: MARGIN / 2, size: 9, font }));
  const bytes = await pdf.save({ useObjectStreams: false });
  writeFileSync(file, bytes);
  if (process.env.JTAI_KEEP_FIXTURES) writeFileSync(join(process.env.JTAI_KEEP_FIXTURES, file.split('/').pop()!), bytes);
  return clean;
}

const LAST_WORDS = 'The inspectorates will publish this letter on their websites';

const essence = (result: ParseResult, clean: (text: string) => string) => ({
  sections: result.sections.map((s) => [s.kind, s.title === null ? null : clean(s.title), s.subsections.map(clean)]),
  findings: result.findings.map((f) => [f.section, f.subsection === null ? null : clean(f.subsection), f.form, clean(f.text).replace(/\s+/g, ' ').trim()]),
});

const dir = tempDir('jtai-one-weight-');
// Sub-headings in a list (2016, 2017) and in main findings (2022); Wokingham's study has a title.
const LETTERS = ['south-tyneside-2016-04-05', 'wokingham-2017-07-14', 'liverpool-2016-08-03', 'kirklees-2022-08-18'];

/** Sets a letter so and reads it back: the real letter's sections, sub-headings and findings, and the short last paragraph a paragraph. */
async function readsTheSame(name: string, setting: Setting, file: string): Promise<void> {
  const original = await parsed(`letters/${name}.pdf`);
  const clean = await typeset(original, setting, file);
  const again = await parseFile(file);
  const expected = essence(original, clean);
  expected.findings.push(['next-steps', null, 'paragraph', LAST_WORDS]);
  expect(essence(again, clean)).toEqual(expected);
  expect(again.accounting.balanced).toBe(true);
}

describe('a letter set in one weight: sub-headings told by how they stand', () => {
  describe.each(LETTERS)('%s', (name) => {
    it.each(SETTINGS.map((setting) => [setting.name, setting] as const))('%s', async (_name, setting) => {
      await readsTheSame(name, setting, join(dir, `${name}-${SETTINGS.indexOf(setting)}.pdf`));
    });
  });
});

// Bold is then the letter's main weight, and the regular opening its lighter face: a bold line
// stands apart only where the text around it is regular. Sub-headings and headings must still be
// found, and no short bold finding taken for one.
describe('a letter set nearly all in bold: headings and sub-headings told by size and how they stand', () => {
  describe.each(LETTERS)('%s', (name) => {
    it.each(NEARLY_BOLD.map((setting) => [setting.name, setting] as const))('%s', async (_name, setting) => {
      await readsTheSame(name, setting, join(dir, `${name}-bold-${NEARLY_BOLD.indexOf(setting)}.pdf`));
    });
  });
});
