import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { concatTransformationMatrix, degrees, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFOperator, PDFOperatorNames, type PDFPage, type PDFRef, PDFString, popGraphicsState, pushGraphicsState, rgb, StandardFonts } from 'pdf-lib';
import { expect } from 'vitest';
import type { ParseResult } from '../src/types.js';
import { tempDir } from './helpers.js';

// Small letters built as real PDFs (Helvetica 11 pt body) with the fonts, sizes, positions, boxes
// and drawing order of a layout phenomenon, for tests whose expected structure is written by hand.

/** Where the PDFs are written (removed after the tests). */
export const dir = tempDir('jtai-layout-');

export interface Text {
  text: string;
  /** A footnote marker set small and raised just after the text. */
  marker?: string;
  /** A bullet glyph drawn on its own at x, the text 18 points to its right. */
  glyph?: boolean;
  /**
   * A shape opening the line, drawn in order with its text (as a word processor draws a symbol typed
   * in a sentence): the glyph of a symbol font whose ToUnicode map reads it as U+`shape` (hex) at x,
   * the text after it and `shapeGap` points (a space's width unless given) further on.
   */
  shape?: string;
  shapeGap?: number;
  x?: number;
  y: number;
  size?: number;
  bold?: boolean;
  /** In the face's italic (oblique) of the regular weight. */
  italic?: boolean;
  /** A soft hyphen drawn after the text, as LibreOffice writes an optional hyphen where it breaks a word: the hyphen's glyph, mapped to U+00AD by its font's ToUnicode. */
  softHyphen?: boolean;
  /** Filled in this colour (RGB, 0-1) rather than black. */
  colour?: [number, number, number];
  /** A link annotation (to a web address) over the text, as a word processor writes a hyperlink. */
  link?: boolean;
}
export interface Page {
  texts: Text[];
  /** The page's height, A4's (842) unless given (a page far taller, to hold thousands of lines). */
  height?: number;
  /** Drawn after the texts: a shaded box and the texts inside it (a case study drawn last). */
  box?: { top: number; bottom: number; texts: Text[] };
  /** Drawn in place, after the page's first `at` texts: a shaded box, then the texts inside it. */
  boxInPlace?: { at: number; top: number; bottom: number; texts: Text[] };
  /** Drawn before the texts: lines and rectangles (a box of four lines, a table's grid). */
  drawFirst?: (page: PDFPage) => void;
}

/** The standard faces a letter may be set in: regular and bold. */
export const FACES = {
  Helvetica: [StandardFonts.Helvetica, StandardFonts.HelveticaBold],
  Times: [StandardFonts.TimesRoman, StandardFonts.TimesRomanBold],
  Courier: [StandardFonts.Courier, StandardFonts.CourierBold],
} as const;

/** The italic (oblique) of each face's regular weight. */
const ITALICS = { Helvetica: StandardFonts.HelveticaOblique, Times: StandardFonts.TimesRomanItalic, Courier: StandardFonts.CourierOblique } as const;

/** A letter's pages as a real PDF (11 pt body, Helvetica unless `face` says), the content turned a quarter when `rotated`. */
const SOFT_HYPHEN_FONT = PDFName.of('FSoftHyphen');
const softHyphenFonts = new WeakMap<PDFDocument, PDFRef>();
/** Helvetica whose ToUnicode map gives the hyphen's code as the soft hyphen (U+00AD): one a document. */
function softHyphenFont(pdf: PDFDocument): PDFRef {
  const made = softHyphenFonts.get(pdf);
  if (made) return made;
  const map = '/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Adobe-Identity-UCS def /CMapType 2 def\n1 begincodespacerange <00> <FF> endcodespacerange\n1 beginbfchar <2D> <00AD> endbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end';
  const font = pdf.context.register(pdf.context.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', Encoding: 'WinAnsiEncoding', ToUnicode: pdf.context.register(pdf.context.stream(map)) }));
  softHyphenFonts.set(pdf, font);
  return font;
}

const shapeFonts = new WeakMap<PDFDocument, Map<string, PDFRef>>();
/** A symbol font of one glyph (code 6E, 750 units wide) that its ToUnicode map reads as U+`code`: one a document and code. */
function shapeFont(pdf: PDFDocument, code: string): PDFRef {
  const made = shapeFonts.get(pdf) ?? new Map<string, PDFRef>();
  shapeFonts.set(pdf, made);
  const known = made.get(code);
  if (known) return known;
  const { context } = pdf;
  const map = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Adobe-Identity-UCS def /CMapType 2 def\n1 begincodespacerange <00> <FF> endcodespacerange\n1 beginbfchar <6E> <${code}> endbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end`;
  const descriptor = context.register(context.obj({ Type: 'FontDescriptor', FontName: 'Wingdings-Regular', Flags: 4, FontBBox: [0, -211, 1359, 899], ItalicAngle: 0, Ascent: 899, Descent: -211, CapHeight: 722, StemV: 90 }));
  const font = context.register(context.obj({ Type: 'Font', Subtype: 'TrueType', BaseFont: 'Wingdings-Regular', FirstChar: 110, LastChar: 110, Widths: [750], FontDescriptor: descriptor, ToUnicode: context.register(context.stream(map)) }));
  made.set(code, font);
  return font;
}

export async function buildPdf(name: string, pages: Page[], rotated = false, face: keyof typeof FACES = 'Helvetica'): Promise<string> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(FACES[face][0]);
  const bold = await pdf.embedFont(FACES[face][1]);
  // Embedded only where a text asks for it: the other PDFs stay as they were.
  const italic = pages.some((spec) => [...spec.texts, ...(spec.box?.texts ?? []), ...(spec.boxInPlace?.texts ?? [])].some((t) => t.italic)) ? await pdf.embedFont(ITALICS[face]) : regular;
  for (const spec of pages) {
    const page = pdf.addPage(rotated ? [spec.height ?? 842, 595] : [595, spec.height ?? 842]);
    const draw = (t: Text) => {
      const x = t.x ?? 70;
      const options = { size: t.size ?? 11, font: t.bold ? bold : t.italic ? italic : regular, ...(t.colour ? { color: rgb(...t.colour) } : {}) };
      // Turned content: each line drawn at a right angle, where the upright line would stand turned.
      if (t.shape) {
        const name = PDFName.of(`FShape${t.shape}`);
        page.node.setFontDictionary(name, shapeFont(pdf, t.shape));
        page.pushOperators(
          PDFOperator.of(PDFOperatorNames.BeginText), PDFOperator.of(PDFOperatorNames.SetFontAndSize, [name, PDFNumber.of(options.size)]),
          PDFOperator.of(PDFOperatorNames.MoveText, [PDFNumber.of(x), PDFNumber.of(t.y)]), PDFOperator.of(PDFOperatorNames.ShowText, [PDFHexString.of('6E')]), PDFOperator.of(PDFOperatorNames.EndText),
        );
        page.drawText(t.text, { ...options, x: x + 0.75 * options.size + (t.shapeGap ?? options.font.widthOfTextAtSize(' ', options.size)), y: t.y });
      } else if (t.glyph) {
        page.drawText('\u2022', { ...options, x, y: t.y });
        page.drawText(t.text, { ...options, x: x + 18, y: t.y });
      } else if (rotated) page.drawText(t.text, { ...options, x: 842 - t.y, y: x, rotate: degrees(90) });
      else page.drawText(t.text, { ...options, x, y: t.y });
      if (t.link) {
        const width = options.font.widthOfTextAtSize(t.text, options.size);
        const link = pdf.context.register(pdf.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [x, t.y - 3, x + width, t.y + options.size], Border: [0, 0, 0], A: { S: 'URI', URI: PDFString.of('https://www.example.org/') } }));
        page.node.addAnnot(link);
      }
      if (t.marker) page.drawText(t.marker, { size: 7, font: regular, x: x + options.font.widthOfTextAtSize(t.text, options.size), y: t.y + 4 });
      if (t.softHyphen) {
        page.node.setFontDictionary(SOFT_HYPHEN_FONT, softHyphenFont(pdf));
        page.pushOperators(
          PDFOperator.of(PDFOperatorNames.BeginText), PDFOperator.of(PDFOperatorNames.SetFontAndSize, [SOFT_HYPHEN_FONT, PDFNumber.of(options.size)]),
          PDFOperator.of(PDFOperatorNames.MoveText, [PDFNumber.of(x + options.font.widthOfTextAtSize(t.text, options.size)), PDFNumber.of(t.y)]), PDFOperator.of(PDFOperatorNames.ShowText, [PDFHexString.of('2D')]), PDFOperator.of(PDFOperatorNames.EndText),
        );
      }
    };
    spec.drawFirst?.(page);
    const inPlace = spec.boxInPlace;
    spec.texts.forEach((text, index) => {
      if (inPlace && index === inPlace.at) {
        page.drawRectangle({ x: 60, y: inPlace.bottom, width: 475, height: inPlace.top - inPlace.bottom, color: rgb(0.9, 0.9, 0.95) });
        inPlace.texts.forEach(draw);
      }
      draw(text);
    });
    if (spec.box) {
      page.drawRectangle({ x: 60, y: spec.box.bottom, width: 475, height: spec.box.top - spec.box.bottom, color: rgb(0.9, 0.9, 0.95) });
      spec.box.texts.forEach(draw);
    }
  }
  const file = join(dir, name);
  writeFileSync(file, await pdf.save());
  if (process.env.JTAI_KEEP_FIXTURES) writeFileSync(join(process.env.JTAI_KEEP_FIXTURES, name), await pdf.save());
  return file;
}

/** Lines set 14 pt apart from `top`, with a blank line's gap where an entry is ''. */
export function lines(top: number, entries: Array<string | Text>): Text[] {
  const out: Text[] = [];
  let y = top;
  for (const entry of entries) {
    if (entry === '') {
      y -= 12;
      continue;
    }
    out.push(typeof entry === 'string' ? { text: entry, y } : { ...entry, y });
    y -= 14;
  }
  return out;
}

export const FRONT = [
  '1 March 2024',
  '',
  'Ann Smith, Director of Children\'s Services, Testshire County Council',
  '',
  'Dear Testshire Safeguarding Partnership',
  '',
  { text: 'Joint targeted area inspection of Testshire', bold: true },
  '',
  'This letter summarises the findings of the joint targeted area inspection (JTAI) of the',
  'multi-agency response to children who are victims of domestic abuse in Testshire. It',
  'looked at the front door, at how agencies share what they know, and at the help given',
  'to children and their families once a concern has been raised, across all the agencies',
  'that work with children in the area, and at the leadership of the partnership.',
  '',
];
export const CLOSE = [
  '',
  { text: 'Next steps', bold: true, size: 13 },
  '',
  'The local authority should prepare a written statement of proposed action by 1 July 2024.',
  '',
  'Yours sincerely',
];

export const bullet = (text: string): Text => ({ text: `\u2022 ${text}`, x: 70 });

const fonts = PDFDocument.create().then(async (pdf) => ({ regular: await pdf.embedFont(StandardFonts.Helvetica), bold: await pdf.embedFont(StandardFonts.HelveticaBold) }));

/** One line of runs, bold and regular, side by side from x (as buildPdf sets them, 11 pt). */
export async function runs(x: number, y: number, parts: Array<[string, boolean]>): Promise<Text[]> {
  const { regular, bold } = await fonts;
  const out: Text[] = [];
  for (const [text, isBold] of parts) {
    out.push({ text, bold: isBold, x, y });
    x += (isBold ? bold : regular).widthOfTextAtSize(text, 11);
  }
  return out;
}

export function expectBalanced(result: ParseResult) {
  expect(result.accounting.unassigned).toEqual([]);
  expect(result.accounting.claimedTwice).toBe(0);
  expect(result.accounting.balanced).toBe(true);
}


/** A PDF's every page drawn through a matrix [a b c d e f] (in a mirror, or upside down), as its content's first operator. */
export async function drawnThrough(file: string, name: string, matrix: (width: number, height: number) => number[]): Promise<string> {
  const pdf = await PDFDocument.load(readFileSync(file));
  for (const page of pdf.getPages()) {
    const { width, height } = page.getSize();
    const [a, b, c, d, e, f] = matrix(width, height) as [number, number, number, number, number, number];
    const start = pdf.context.register(pdf.context.contentStream([pushGraphicsState(), concatTransformationMatrix(a, b, c, d, e, f)]));
    const end = pdf.context.register(pdf.context.contentStream([popGraphicsState()]));
    const contents = page.node.get(PDFName.of('Contents'));
    page.node.set(PDFName.of('Contents'), pdf.context.obj([start, ...(contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : []), end]));
  }
  const out = join(dir, name);
  writeFileSync(out, await pdf.save());
  return out;
}

/**
 * A PDF whose fonts named by `fonts` (their BaseFont) map each one-byte code to the character
 * `toCharacter` gives (a ToUnicode map of its own): what pdf.js reads from fonts whose glyphs map
 * to no letters, or to the wrong ones.
 */
export async function remapped(file: string, name: string, fonts: RegExp, toCharacter: (code: number) => number): Promise<string> {
  const pdf = await PDFDocument.load(readFileSync(file));
  const hex = (n: number, digits: number) => n.toString(16).toUpperCase().padStart(digits, '0');
  const pairs = Array.from({ length: 224 }, (_, i) => `<${hex(i + 32, 2)}> <${hex(toCharacter(i + 32), 4)}>`);
  const chunks = Array.from({ length: Math.ceil(pairs.length / 100) }, (_, i) => pairs.slice(i * 100, i * 100 + 100));
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Remapped def',
    '1 begincodespacerange <00> <FF> endcodespacerange',
    ...chunks.map((chunk) => `${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar`),
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const toUnicode = pdf.context.register(pdf.context.flateStream(cmap));
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('Font') && fonts.test(String(object.get(PDFName.of('BaseFont'))))) {
      object.set(PDFName.of('ToUnicode'), toUnicode);
    }
  }
  const out = join(dir, name);
  writeFileSync(out, await pdf.save());
  return out;
}

/** A PDF whose fonts have no ToUnicode map (taken out, as some producers never write one): pdf.js reads their glyphs as their codes or their font program's own map give. */
export async function withoutToUnicode(file: string, name: string): Promise<string> {
  const pdf = await PDFDocument.load(readFileSync(file));
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('Font')) object.delete(PDFName.of('ToUnicode'));
  }
  const out = join(dir, name);
  writeFileSync(out, await pdf.save());
  return out;
}
