import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import type { ParseResult } from '../src/types.js';
import { parsed } from './helpers.js';
import { A4_PAGE, layPieces, type LaySettings, type PageBreak, type PageSetting, type Piece, piecesOf, type Placed, settable } from './typeset.js';

// Shared by the tests that set a real letter's own wording again with variations of its layout
// (tests/letter-variations.test.ts: one variation each; tests/paired-variations.test.ts: two at once).

export const { WIDTH, HEIGHT, MARGIN, SIZE, STEP } = A4_PAGE;

export interface Setting {
  /** The page's height (A4 unless given). */
  height?: number;
  /** Changes the pieces: what the variation sets otherwise. */
  pieces?: (pieces: Piece[]) => Piece[];
  /** The words of every piece changed (the letter's metadata), and the same change made to what it must read. */
  rewrite?: (text: string) => string;
  lay?: (fonts: Fonts) => Partial<LaySettings>;
  /** Drawn on each page after the text: a running header, boxes or rules round placed pieces. */
  after?: (pages: PDFPage[], placed: Placed[], pieces: Piece[], fonts: Fonts) => void | Promise<void>;
  /** Bold section headings' size as a share of the body's (1.15 unless given). */
  headingScale?: number;
  /** Another template's page and body: margins, the body's size and line step (A4, Helvetica 11 pt on 13.5 pt unless given). */
  page?: Partial<Omit<PageSetting, 'height'>>;
  /** Where each page's number stands: the foot's middle unless given. */
  pageNumber?: 'head' | 'none';
  /** The saved file's pages bound otherwise (two to a sheet): the bytes written in its place. */
  bind?: (bytes: Uint8Array) => Promise<Uint8Array>;
}
export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  dingbats: PDFFont;
  times: PDFFont;
  timesBold: PDFFont;
  courier: PDFFont;
  courierBold: PDFFont;
  oblique: PDFFont;
  clean: (text: string) => string;
  pdf: PDFDocument;
}

/** A real letter's pieces set on A4 in Helvetica 11 pt with the setting's changes; the file, the breaks and where each piece stands. */
export async function reset(original: ParseResult, name: string, setting: Setting, dir: string): Promise<{ file: string; clean: (text: string) => string; breaks: PageBreak[]; pieces: Piece[] }> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const dingbats = await pdf.embedFont(StandardFonts.ZapfDingbats);
  const [times, timesBold, courier, courierBold, oblique] = await Promise.all([StandardFonts.TimesRoman, StandardFonts.TimesRomanBold, StandardFonts.Courier, StandardFonts.CourierBold, StandardFonts.HelveticaOblique].map((font) => pdf.embedFont(font)));
  const clean = settable(regular, SIZE);
  const fonts = { regular, bold, dingbats, times: times!, timesBold: timesBold!, courier: courier!, courierBold: courierBold!, oblique: oblique!, clean, pdf };
  const rewritten = piecesOf(original).map((piece) => (setting.rewrite ? { ...piece, text: setting.rewrite(piece.text) } : piece));
  const pieces = setting.pieces ? setting.pieces(rewritten) : rewritten;
  const breaks: PageBreak[] = [];
  const placed: Placed[] = [];
  const height = setting.height ?? HEIGHT;
  const page = { width: WIDTH, height, margin: MARGIN, size: SIZE, step: STEP, ...setting.page };
  const pages = layPieces(pdf, pieces, page, {
    clean, fontOf: (piece) => (piece.bold ? bold : regular), sizeOf: (piece) => (piece.heading ? page.size * (setting.headingScale ?? 1.15) : page.size), glyphFont: regular,
    breaks, placed, ...setting.lay?.(fonts),
  });
  if (setting.pageNumber !== 'none') pages.forEach((each, i) => each.drawText(String(i + 1), { x: page.width / 2, y: setting.pageNumber === 'head' ? height - page.margin / 2 : page.margin / 2, size: 9, font: regular }));
  await setting.after?.(pages, placed, pieces, fonts);
  const file = join(dir, `${name}.pdf`);
  const saved = await pdf.save({ useObjectStreams: false });
  const bytes = setting.bind ? await setting.bind(saved) : saved;
  writeFileSync(file, bytes);
  if (process.env.JTAI_KEEP_FIXTURES) writeFileSync(join(process.env.JTAI_KEEP_FIXTURES, `${name}.pdf`), bytes);
  return { file, clean, breaks, pieces };
}

export const letterOf = (name: string) => parsed(`letters/${name}.pdf`);
/** The pieces of a section's findings (by kind; the nth such section), and its heading. */
export const sectionPieces = (pieces: Piece[], kind: string, nth = 0) => {
  const indices = pieces.flatMap((piece, i) => (piece.finding?.section === kind ? [i] : []));
  const runs: number[][] = [];
  for (const i of indices) (runs.at(-1)?.at(-1) === i - 1 || (runs.at(-1) && pieces.slice(runs.at(-1)!.at(-1)! + 1, i).every((p) => p.finding === undefined && !p.heading)) ? runs.at(-1)!.push(i) : runs.push([i]));
  return runs[nth]!;
};
export const headingIndex = (pieces: Piece[], text: string) => pieces.findIndex((piece) => piece.bold && piece.text === text);

/** A rule or box round placed pieces: each page's part of them, open at a page break (as a word processor draws a border that runs over a page). */
export function boxRound(pages: PDFPage[], placed: Placed[], pieceIndices: number[], { filled = false } = {}) {
  const parts = placed.filter((p) => pieceIndices.includes(p.piece));
  const byPage = [...new Set(parts.map((p) => p.page))];
  byPage.forEach((pageIndex, i) => {
    const onPage = parts.filter((p) => p.page === pageIndex);
    const top = Math.max(...onPage.map((p) => p.top)) + SIZE + 4;
    const bottom = Math.min(...onPage.map((p) => p.bottom)) - 6;
    const page = pages[pageIndex]!;
    const [left, right] = [MARGIN - 8, WIDTH - MARGIN + 8];
    if (filled) {
      page.drawRectangle({ x: left, y: bottom, width: right - left, height: top - bottom, color: rgb(0.9, 0.9, 0.95), opacity: 0.4 });
      return;
    }
    const line = (x1: number, y1: number, x2: number, y2: number) => page.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness: 0.75, color: rgb(0, 0, 0) });
    line(left, bottom, left, top);
    line(right, bottom, right, top);
    if (i === 0) line(left, top, right, top);
    if (i === byPage.length - 1) line(left, bottom, right, bottom);
  });
}

/** The real letter's pieces (as `change` sets them otherwise, if given) laid as the tests lay them (A4's width, Helvetica 11 pt) on pages `height` high: where the pages break and where each piece stands. */
export async function layAt(original: ParseResult, height: number, change: (pieces: Piece[]) => Piece[] = (pieces) => pieces): Promise<{ pieces: Piece[]; breaks: PageBreak[]; placed: Placed[] }> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const pieces = change(piecesOf(original));
  const breaks: PageBreak[] = [];
  const placed: Placed[] = [];
  layPieces(pdf, pieces, { width: WIDTH, height, margin: MARGIN, size: SIZE, step: STEP }, { clean: settable(font, SIZE), fontOf: () => font, sizeOf: (piece) => (piece.heading ? SIZE * 1.15 : SIZE), glyphFont: font, breaks, placed });
  return { pieces, breaks, placed };
}

/** The first page height down from `highest` (A4's unless given) to `lowest` at which the laid letter shows what `wanted` looks for. */
export async function heightWhere(original: ParseResult, wanted: (laid: Awaited<ReturnType<typeof layAt>>) => boolean, lowest = 700, highest = 842, change?: (pieces: Piece[]) => Piece[]): Promise<number> {
  for (let height = highest; height > lowest; height--) if (wanted(await layAt(original, height, change))) return height;
  throw new Error('no page height lays the letter so');
}

/**
 * A page height at which the piece at `index` is the last on its page and the next piece opens the
 * next page; with `within`, one at which that piece itself runs on over a page break (the pieces
 * as `change` sets them, if given).
 */
export function heightLeaving(original: ParseResult, index: (pieces: Piece[]) => number, { within = false, change }: { within?: boolean; change?: (pieces: Piece[]) => Piece[] } = {}): Promise<number> {
  return heightWhere(original, ({ pieces, breaks }) => {
    const at = index(pieces);
    return within ? breaks.some((b) => b.piece === at && b.within) : breaks.some((b) => b.piece === at + 1 && !b.within) && !breaks.some((b) => b.piece === at);
  }, 700, 842, change);
}

/** Chosen pieces' lines drawn after everything else on their page (as some PDFs draw a box's text last): `mark` them, `flush` in `after`. */
export function drawnLast() {
  const marked = new WeakSet<Piece>();
  const later: Array<() => void> = [];
  return {
    mark: (piece: Piece): Piece => {
      const copy = { ...piece };
      marked.add(copy);
      return copy;
    },
    lay: (): Partial<LaySettings> => ({ drawLine: (page, text, at, piece) => (marked.has(piece) ? later.push(() => page.drawText(text, at)) : page.drawText(text, at)) }),
    flush: () => later.forEach((draw) => draw()),
  };
}

/** A footnote: its marker raised after the nth finding of a section, drawn with its line, and the note at the foot of the page that line ends on. */
export const withFootnote = (section: string, nth: number, marker: string, note: string): Setting => ({
  pieces: (pieces) => pieces.map((piece, i) => (i === sectionPieces(pieces, section)[nth] ? { ...piece, marker } : piece)),
  after: (pages, placed, pieces, { regular }) => {
    const last = placed.filter((p) => p.piece === sectionPieces(pieces, section)[nth]).at(-1)!;
    pages[last.page]!.drawText(`${marker} ${note}`, { x: MARGIN, y: MARGIN - 16, size: 8, font: regular });
  },
});
