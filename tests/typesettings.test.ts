import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, type PDFFont, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/parse.js';
import type { ParseResult } from '../src/types.js';
import { parsed, tempDir } from './helpers.js';
import { GAP, layPieces, type Piece, piecesOf } from './typeset.js';

// Real letters' wording (as jtai reads it from the real PDF) typeset anew at page sizes, in faces
// and at type sizes no letter of ours uses, with running headers and footers of other forms (a
// page "x of y", a header naming the area, a publisher's line, a reference with the page number).
// jtai must read the same findings, every character accounted for, and the same area and date.

interface Typesetting {
  name: string;
  face: 'Times' | 'Helvetica' | 'Courier';
  width: number;
  height: number;
  /** Left, right, top and foot margins. */
  margin: number;
  size: number;
  step: number;
  /** What stands at the head and the foot of page n of t. */
  furniture: (n: number, t: number, area: string) => Array<{ text: string; x: 'left' | 'centre' | 'right'; y: 'head' | 'foot' } | null>;
}

const TYPESETTINGS: Typesetting[] = [
  {
    name: 'A4, 2.5 cm margins, Times 12 pt, the area at the head of later pages, "Page x of y" at the foot',
    face: 'Times', width: 595, height: 842, margin: 71, size: 12, step: 14.5,
    furniture: (n, t, area) => [n > 1 ? { text: `Joint targeted area inspection of ${area}`, x: 'left', y: 'head' } : null, { text: `Page ${n} of ${t}`, x: 'right', y: 'foot' }],
  },
  {
    name: 'US Letter, 1 inch margins, Helvetica 11 pt, "x/y" at the foot',
    face: 'Helvetica', width: 612, height: 792, margin: 72, size: 11, step: 13.5,
    furniture: (n, t) => [{ text: `${n}/${t}`, x: 'centre', y: 'foot' }],
  },
  {
    name: 'A4, large type (Helvetica 14 pt), the inspectorates at every head, a reference and the page at the foot',
    face: 'Helvetica', width: 595, height: 842, margin: 60, size: 14, step: 18,
    furniture: (n, _t, area) => [{ text: 'Ofsted, Care Quality Commission, HMICFRS, HMI Probation', x: 'left', y: 'head' }, { text: `Ofsted JTAI ${area} ${n}`, x: 'left', y: 'foot' }],
  },
  {
    name: "A4, Times 11 pt, the publisher's address in small type under the body of page 1 only, the page number on later pages",
    face: 'Times', width: 595, height: 842, margin: 71, size: 11, step: 13.5,
    furniture: (n) => [n === 1 ? { text: 'Ofsted, Piccadilly Gate, Store Street, Manchester M1 2WD', x: 'left', y: 'foot' } : { text: `${n}`, x: 'centre', y: 'foot' }],
  },
  {
    name: 'A5, Courier 10 pt, "Page x of y" at the head, the area at the foot',
    face: 'Courier', width: 420, height: 595, margin: 40, size: 10, step: 12.5,
    furniture: (n, t, area) => [{ text: `Page ${n} of ${t}`, x: 'right', y: 'head' }, { text: `JTAI letter: ${area}`, x: 'left', y: 'foot' }],
  },
];
const FACES = {
  Times: [StandardFonts.TimesRoman, StandardFonts.TimesRomanBold],
  Helvetica: [StandardFonts.Helvetica, StandardFonts.HelveticaBold],
  Courier: [StandardFonts.Courier, StandardFonts.CourierBold],
} as const;
// A letter of each layout: 2016 (sub-headings in lists), 2022 (sub-headings in main findings), 2024 (practice studies).
const LETTERS = ['liverpool-2016-08-03', 'kirklees-2022-08-18', 'leeds-2024-05-16'];
/** Text the face cannot set (outside WinAnsi) as '?', alike in what is set and what is expected. */
function settable(font: PDFFont): (text: string) => string {
  const ok = new Map<string, boolean>();
  const can = (ch: string) => {
    if (!ok.has(ch)) {
      try {
        font.widthOfTextAtSize(ch, 10);
        ok.set(ch, true);
      } catch {
        ok.set(ch, false);
      }
    }
    return ok.get(ch)!;
  };
  return (text) => [...text].map((ch) => (can(ch) ? ch : '?')).join('');
}

/** Sets a letter's pieces in the typesetting (plain line filling); returns the file and what the face could set. */
/** A change to how a letter's pieces are set: which pieces, and the bullets' font. */
interface Adjustment {
  name: string;
  pieces: (pieces: Piece[]) => Piece[];
  glyphFont?: StandardFonts;
}

async function typeset(result: ParseResult, setting: Typesetting, file: string, adjust?: Adjustment): Promise<(text: string) => string> {
  const pdf = await PDFDocument.create();
  const [regularName, boldName] = FACES[setting.face];
  const regular = await pdf.embedFont(regularName);
  const bold = await pdf.embedFont(boldName);
  const clean = settable(regular);
  const { width, height, margin, size } = setting;
  const glyphFont = adjust?.glyphFont ? await pdf.embedFont(adjust.glyphFont) : regular;
  const pieces = adjust ? adjust.pieces(piecesOf(result)) : piecesOf(result);
  const pages = layPieces(pdf, pieces, setting, { clean, fontOf: (piece) => (piece.bold ? bold : regular), sizeOf: (piece) => (piece.heading ? size * 1.15 : size), glyphFont });
  const area = result.letter.area ?? '';
  pages.forEach((page, i) => {
    for (const item of setting.furniture(i + 1, pages.length, area)) {
      if (item === null) continue;
      const small = size * 0.8;
      const w = regular.widthOfTextAtSize(item.text, small);
      const x = item.x === 'left' ? margin : item.x === 'right' ? width - margin - w : (width - w) / 2;
      page.drawText(item.text, { x, y: item.y === 'head' ? height - margin * 0.6 : margin * 0.5, size: small, font: regular });
    }
  });
  writeFileSync(file, await pdf.save({ useObjectStreams: false }));
  if (process.env.JTAI_KEEP_FIXTURES) writeFileSync(join(process.env.JTAI_KEEP_FIXTURES, file.split('/').pop()!), await pdf.save({ useObjectStreams: false }));
  return clean;
}

const essence = (result: ParseResult, clean: (text: string) => string) =>
  result.findings.map((f) => [f.section, f.subsection, f.form, clean(f.text).replace(/\s+/g, ' ').trim()]);

const dir = tempDir('jtai-typesettings-');

/** Sets a real letter in a typesetting and reads it back: the same findings, metadata, every character once. */
async function readsTheSame(name: string, setting: Typesetting, adjust?: Adjustment): Promise<ParseResult> {
  const original = await parsed(`letters/${name}.pdf`);
  const file = join(dir, `${name}-${setting.face}-${setting.width}x${setting.height}-${setting.size}${adjust ? `-${adjust.name}` : ''}.pdf`);
  const clean = await typeset(original, setting, file, adjust);
  const again = await parseFile(file);
  expect(essence(again, clean)).toEqual(essence(original, clean));
  expect([again.letter.area, again.letter.date, again.letter.title]).toEqual([original.letter.area, original.letter.date, original.letter.title]);
  // Every character once: the running header and footer are furniture, nothing unassigned.
  expect(again.accounting.unassigned).toEqual([]);
  expect(again.accounting.balanced).toBe(true);
  expect(again.accounting.furniture).toBeGreaterThan(0);
  return again;
}

describe('real letters typeset anew in other faces, sizes and page furniture read the same', () => {
  describe.each(LETTERS)('%s', (name) => {
    it.each(TYPESETTINGS.map((setting) => [setting.name, setting] as const))('%s', async (_name, setting) => {
      const again = await readsTheSame(name, setting);
      // A footer under one page's body is furniture of that page, not text of the paragraph running over it.
      const address = again.removed.filter((removal) => removal.text.includes('Piccadilly Gate'));
      if (setting.name.includes('page 1 only')) expect(address).toEqual([{ kind: 'footer', page: 1, text: 'Ofsted, Piccadilly Gate, Store Street, Manchester M1 2WD' }]);
    });
  });
});

describe('a page that ends with the first line of a paragraph running over it joins the next page when the page shows it', () => {
  // US Letter: Wokingham's page ends with a paragraph's first line, the next opens "This means..."
  // (refers back); Surrey's page is filled to its foot with one. Both paragraphs run on.
  it.each(['wokingham-2017-07-14', 'surrey-2023-05-02'])('%s in US Letter', async (name) => {
    await readsTheSame(name, TYPESETTINGS[1]!);
  });
});

describe('a list\'s heading at the foot of a page, its first bullet (a dash) at the top of the next', () => {
  // Bullets set with a hyphen for a glyph, and a page break between each heading and the bullet
  // under it: the dash opens a bullet there (no running text stands open after a heading).
  const dashesAfterBreaks = {
    name: 'dash-break',
    pieces: (pieces: Piece[]) => pieces.map((piece, i) => ({
      ...piece,
      glyph: piece.glyph === '\u2022' ? '-' : piece.glyph,
      newPage: piece.glyph !== null && pieces[i - 1]?.bold === true,
    })),
  };
  it.each(['liverpool-2016-08-03', 'hampshire-2017-02-01', 'wokingham-2017-07-14', 'leeds-2024-05-16'])('%s', async (name) => {
    await readsTheSame(name, TYPESETTINGS[0]!, dashesAfterBreaks);
  });
});

describe('bullets drawn in a symbol font that gives them no character of their own', () => {
  // ZapfDingbats, not embedded and with no map to Unicode: its square and disc come out as the
  // letters of their codes ("n", "l"), each alone in its font, a little apart from the item's words.
  const dingbats = (glyph: string) => ({
    name: `dingbats-${glyph.codePointAt(0)!.toString(16)}`,
    pieces: (pieces: Piece[]) => pieces.map((piece) => ({ ...piece, glyph: piece.glyph === '\u2022' ? glyph : piece.glyph })),
    glyphFont: StandardFonts.ZapfDingbats,
  });
  describe.each(['liverpool-2016-08-03', 'hampshire-2017-02-01', 'wokingham-2017-07-14', 'surrey-2023-05-02'])('%s', (name) => {
    it.each(['\u25A0', '\u25CF'])('glyph %s', async (glyph) => {
      await readsTheSame(name, TYPESETTINGS[1]!, dingbats(glyph));
    });
  });
});
