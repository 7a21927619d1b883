import { type PDFDocument, type PDFFont, type PDFPage, StandardFonts } from 'pdf-lib';
import type { ParseResult } from '../src/types.js';

// Shared by the tests that set real letters' text anew with pdf-lib.

/** A4 in points, with the margin, body size and line step of a letter set in Helvetica 11 pt. */
export const A4_PAGE = { WIDTH: 595, HEIGHT: 842, MARGIN: 71, SIZE: 11, STEP: 13.5 } as const;

/**
 * Words to lines no wider than `width` (the first no wider than `firstWidth`, for a first-line
 * indent); never a break after a word ending in a hyphen (it would read as a split word). With
 * `hyphenate`, a word of 8 letters or more that does not fit is split as a word processor
 * hyphenates: as much of it as fits with a hyphen (3 letters at least, 3 left for the next line).
 */
export function wrap(text: string, font: PDFFont, size: number, width: number, firstWidth = width, hyphenate = false): string[] {
  const key = STANDARD_FONTS.has(font.name) ? [font.name, size, width, firstWidth, hyphenate, text].join('\u0000') : null;
  const known = key === null ? undefined : wrappedLines.get(key);
  if (known) return [...known];
  const lines = wrapOnce(text, font, size, width, firstWidth, hyphenate);
  if (key !== null) wrappedLines.set(key, lines);
  return [...lines];
}

/**
 * Lines already wrapped (helper 8bp), by a standard font's name (its widths are its name's: every document's Helvetica is
 * the same), size, measures and text: the sweeps lay each letter at a hundred heights and more, and a piece wraps the same
 * at every one (wrapping was half a layout's time). An embedded font's widths are its file's, so it is not kept.
 */
const wrappedLines = new Map<string, readonly string[]>();
/** A line's width, kept for a standard font as `wrappedLines` are (a sweep places the same lines at every height). */
function widthOf(font: PDFFont, text: string, size: number): number {
  if (!STANDARD_FONTS.has(font.name)) return font.widthOfTextAtSize(text, size);
  const key = `${font.name}\u0000${size}\u0000${text}`;
  let width = widths.get(key);
  if (width === undefined) widths.set(key, (width = font.widthOfTextAtSize(text, size)));
  return width;
}
const widths = new Map<string, number>();
/** The fourteen standard fonts' names: a font so named has that font's widths and encoding (pdf-lib's own tables). */
const STANDARD_FONTS = new Set<string>(Object.values(StandardFonts));

function wrapOnce(text: string, font: PDFFont, size: number, width: number, firstWidth: number, hyphenate: boolean): string[] {
  const lines: string[] = [];
  let line = '';
  const room = () => (lines.length === 0 ? firstWidth : width);
  for (let word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && font.widthOfTextAtSize(candidate, size) > room() && !line.endsWith('-')) {
      if (hyphenate && /^[a-z]{8,}[.,;]?$/i.test(word)) {
        let cut = word.replace(/[.,;]$/, '').length - 3;
        while (cut >= 3 && font.widthOfTextAtSize(`${line} ${word.slice(0, cut)}-`, size) > room()) cut--;
        if (cut >= 3) {
          lines.push(`${line} ${word.slice(0, cut)}-`);
          word = word.slice(cut);
          line = word;
          continue;
        }
      }
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Text the font cannot set (outside its encoding, WinAnsi for the standard fonts) as '?'. */
export function settable(font: PDFFont, size: number): (text: string) => string {
  const standard = STANDARD_FONTS.has(font.name);
  return (text) => {
    const key = `${font.name}\u0000${text}`;
    const known = standard ? cleaned.get(key) : undefined;
    if (known !== undefined) return known;
    const clean = cleanOnce(font, size, text);
    if (standard) cleaned.set(key, clean);
    return clean;
  };
}

/** Texts already made settable in a standard font (helper 8bp), as `wrapped`: a font's encoding is its name's. */
const cleaned = new Map<string, string>();

function cleanOnce(font: PDFFont, size: number, text: string): string {
  return [...text].map((ch) => {
    try {
      font.widthOfTextAtSize(ch, size);
      return ch;
    } catch {
      return '?';
    }
  }).join('');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** The space between paragraphs (at 11 pt). */
export const GAP = 10;

export interface Piece {
  text: string;
  indent: number;
  glyph: string | null;
  gapBefore: number;
  bold?: boolean;
  heading?: boolean;
  /** Set at the top of a new page. */
  newPage?: boolean;
  /** The notes whose markers stand after the piece's last word. */
  footnotes?: Array<{ marker: string; text: string }>;
  /** The finding the piece sets: its section's kind and its form. */
  finding?: { section: string; form: 'bullet' | 'paragraph' };
  /** A paragraph's number, set at the margin left of its text (a hanging indent). */
  label?: string;
  /** A footnote's marker, set small and raised after the piece's last line, drawn with it. */
  marker?: string;
  /** How much further in its first line stands than its others (for prose, `LaySettings.firstIndent` unless given). */
  firstIndent?: number;
  /** How far in from the right margin its lines stop (a block quote set in on both sides). */
  rightIndent?: number;
  /** A second column's text, set from the page's middle on the same lines (the piece's own text then wraps at the middle); its paragraphs parted by "\n", each opening a line. */
  beside?: string;
}

/** What jtai read in a letter, as pieces to set: front matter, headings, findings, sign-off. */
export function piecesOf(result: ParseResult): Piece[] {
  const { letter } = result;
  const [year, month, day] = (letter.date ?? '2020-01-01').split('-').map(Number) as [number, number, number];
  const piece = (text: string, gapBefore: number, more: Partial<Piece> = {}): Piece => ({ text, indent: 0, glyph: null, gapBefore, ...more });
  const pieces = [piece(`${day} ${MONTHS[month - 1]} ${year}`, 0)];
  letter.recipients.forEach((recipient, i) => pieces.push(piece(recipient.text, i === 0 ? GAP : 0)));
  pieces.push(piece('Dear local partnership', GAP), piece(letter.title ?? '', GAP, { bold: true }));
  for (const section of result.sections) {
    if (section.heading !== '') pieces.push(piece(section.heading, GAP * 1.5, { bold: true, heading: true }));
    if (section.title && !section.heading.includes(section.title)) pieces.push(piece(section.title, GAP, { bold: true }));
    let subsection: string | null = null;
    let leadIn: string | null = null;
    for (const finding of result.findings.filter((f) => f.span[0] >= section.span[0] && f.span[1] <= section.span[1])) {
      if (finding.subsection !== subsection && finding.subsection) pieces.push(piece(finding.subsection, GAP, { bold: true }));
      subsection = finding.subsection;
      if (finding.leadIn && finding.leadIn !== leadIn) pieces.push(piece(finding.leadIn, GAP));
      leadIn = finding.leadIn;
      const nested = finding.parent !== null;
      const bullet = finding.form === 'bullet';
      pieces.push(piece(finding.text, GAP, {
        indent: bullet ? (nested ? 36 : 18) : 0, glyph: bullet ? (nested ? '\u2013' : '\u2022') : null, footnotes: finding.footnotes ?? [],
        finding: { section: finding.section, form: finding.form },
      }));
    }
  }
  pieces.push(piece('Yours sincerely', GAP), piece('A N Inspector', GAP * 2));
  return pieces;
}

/** A page's size and margin, and the body's size and line step, in points. */
export interface PageSetting {
  width: number;
  height: number;
  margin: number;
  size: number;
  step: number;
}

/** How pieces are set, besides the page: faces and sizes, and the options of a word processor. */
export interface LaySettings {
  clean: (text: string) => string;
  fontOf: (piece: Piece) => PDFFont;
  sizeOf: (piece: Piece) => number;
  glyphFont: PDFFont;
  justify?: boolean;
  keepLines?: boolean;
  gapAtTop?: boolean;
  /** A prose finding's first line stands this far in. */
  firstIndent?: number;
  /** How far left of its item's text a glyph stands (12 pt unless given). */
  glyphOffset?: number;
  /** Filled with each page break: the piece the new page opens in, and whether inside it (after its first line). */
  breaks?: PageBreak[];
  /** Words split at a line's end with a hyphen, as a word processor hyphenates (see `wrap`). */
  hyphenate?: boolean;
  /** Each page's own margins (0-based page): x added to every line's start, and how much lower the first line stands. */
  pageShift?: (page: number) => { x: number; top: number };
  /** Draws a line of a piece in place of `page.drawText` (a line in small capitals). */
  drawLine?: (page: PDFPage, text: string, at: { x: number; y: number; size: number; font: PDFFont }, piece: Piece) => void;
  /** The font of a list glyph, when glyphs differ within a letter (`glyphFont` unless given). */
  glyphFontOf?: (glyph: string) => PDFFont;
  /** Filled with where each piece was set on each page it stands on, for drawing boxes and rules around pieces afterwards. */
  placed?: Placed[];
  /** Where the lines fall (`breaks`, `placed`) and nothing drawn: a sweep over page heights wants only that (helper 8bp). */
  measureOnly?: boolean;
  /**
   * The room a piece's notes take at the foot of the page its last line stands on (`first`: no note there yet), kept from
   * the body as a word processor keeps a footnote's: the line goes over to the next page if it and its notes do not fit.
   */
  noteRoom?: (piece: Piece, first: boolean) => number;
}

/** A piece's lines on one page: the page (0-based), its first and last baselines, and where its last line there ends. */
export interface Placed {
  piece: number;
  page: number;
  top: number;
  bottom: number;
  end: number;
}

/** A page break as laid: the piece whose line opens the new page, and whether that is not its first line. */
export interface PageBreak {
  piece: number;
  within: boolean;
}

/**
 * Lays pieces down pages line by line, each line `step` under the last (a piece's first line its gap
 * more, but not at a page's top), a new page where one is full or a piece asks for one; a glyph
 * 12 pt left of its item's text unless set otherwise, a number at the margin (with `gapAtTop`, a piece that starts a page keeps its gap above). Justified, a piece's lines but its last are spread to the measure,
 * word by word. Keeping lines together as a word processor does by default: no piece leaves its
 * first line alone at a page's foot or its last alone at a page's top (its line before goes over
 * with it), and a bold piece (a heading) goes over with the first lines of the piece under it.
 * Returns the pages.
 */
export function layPieces(pdf: PDFDocument, pieces: Piece[], { width, height, margin, size, step }: PageSetting, set: LaySettings): PDFPage[] {
  const pages = [pdf.addPage([width, height])];
  const shift = (page: number) => set.pageShift?.(page) ?? { x: 0, top: 0 };
  let y = height - margin - shift(0).top + step;
  /** Each page's room kept for notes at its foot (`noteRoom`). */
  const kept: number[] = [0];
  const indentOf = (piece: Piece) => piece.firstIndent ?? (piece.finding?.form === 'paragraph' ? set.firstIndent ?? 0 : 0);
  const measureOf = (piece: Piece) => (piece.beside === undefined ? width - 2 * margin : width / 2 - margin - 10) - piece.indent - (piece.rightIndent ?? 0);
  const wrapOf = (piece: Piece, text: string) => wrap(set.clean(text), set.fontOf(piece), set.sizeOf(piece), measureOf(piece), measureOf(piece) - indentOf(piece), set.hyphenate === true);
  const besideOf = (piece: Piece) => (piece.beside ?? '').split('\n').flatMap((paragraph) => wrapOf(piece, paragraph));
  const wrapped = pieces.map((piece) => {
    const own = wrapOf(piece, piece.text);
    const beside = besideOf(piece);
    // Both columns' lines side by side: the longer column sets the piece's height.
    return beside.length > own.length ? [...own, ...Array<string>(beside.length - own.length).fill('')] : own;
  });
  const besideLines = pieces.map(besideOf);
  const gapOf = (piece: Piece) => (piece.gapBefore * size) / 11;
  /** How many of a piece's lines fit under a line at `from`, with its gap. */
  const fitting = (from: number, piece: Piece, count: number) => {
    const first = from > height - margin ? height - margin - (set.gapAtTop ? gapOf(piece) : 0) : from - step - gapOf(piece);
    return Math.max(0, Math.min(count, Math.floor((first - margin - kept[pages.length - 1]!) / step) + 1));
  };
  /** A glyph, number or marker drawn beside a line (not when only measuring). */
  const drawMark = (page: PDFPage, text: string, at: { x: number; y: number; size: number; font: PDFFont }) => {
    if (!set.measureOnly) page.drawText(text, at);
  };
  pieces.forEach((piece, index) => {
    const font = set.fontOf(piece);
    const pieceSize = set.sizeOf(piece);
    const measure = measureOf(piece);
    const lines = wrapped[index]!;
    const drawLine = (page: PDFPage, text: string, x: number, lineY: number) => {
      if (text === '' || set.measureOnly) return;
      if (set.drawLine) set.drawLine(page, text, { x, y: lineY, size: pieceSize, font }, piece);
      else page.drawText(text, { x, y: lineY, size: pieceSize, font });
    };
    // The line before which the piece goes over to a new page, when lines are kept together.
    let breakAt = -1;
    if (set.keepLines) {
      let fit = fitting(y, piece, lines.length);
      if (fit < lines.length && lines.length - fit === 1) fit--;
      if (fit === 1 && lines.length > 1) fit = 0;
      const after = pieces[index + 1];
      if (fit === lines.length && piece.bold && after) {
        const end = fit === 0 ? y : (y > height - margin ? height - margin : y - step - gapOf(piece)) - (lines.length - 1) * step;
        const wanted = Math.min(2, wrapped[index + 1]!.length);
        if (fitting(end, after, wanted) < wanted) fit = 0;
      }
      if (fit < lines.length && y <= height - margin) breakAt = fit;
    }
    lines.forEach((line, i) => {
      const atTop = y > height - margin;
      y -= step + (i === 0 && !atTop ? gapOf(piece) : 0);
      const notes = (first: boolean) => (i === lines.length - 1 ? set.noteRoom?.(piece, first) ?? 0 : 0);
      if (y < margin + kept[pages.length - 1]! + notes(kept[pages.length - 1] === 0) || (i === 0 && piece.newPage && !atTop) || (i === breakAt && !atTop)) {
        pages.push(pdf.addPage([width, height]));
        kept.push(0);
        y = height - margin - shift(pages.length - 1).top - (i === 0 && set.gapAtTop ? gapOf(piece) : 0);
        set.breaks?.push({ piece: index, within: i > 0 });
      }
      const page = pages[pages.length - 1]!;
      kept[pages.length - 1]! += notes(kept[pages.length - 1] === 0);
      const left = margin + shift(pages.length - 1).x;
      const x = left + piece.indent + (i === 0 ? indentOf(piece) : 0);
      if (set.placed) {
        const last = set.placed.at(-1);
        const end = x + widthOf(font, set.clean(line), pieceSize);
        if (last && last.piece === index && last.page === pages.length - 1) Object.assign(last, { bottom: y, end });
        else set.placed.push({ piece: index, page: pages.length - 1, top: y, bottom: y, end });
      }
      if (i === 0 && piece.glyph) drawMark(page, piece.glyph, { x: x - (set.glyphOffset ?? 12), y, size: pieceSize, font: set.glyphFontOf?.(piece.glyph) ?? set.glyphFont });
      if (i === 0 && piece.label) drawMark(page, piece.label, { x: left, y, size: pieceSize, font });
      const besideLine = besideLines[index]![i];
      const words = line.split(' ');
      if (!set.justify || i === lines.length - 1 || words.length < 2) {
        drawLine(page, line, x, y);
        if (i === lines.length - 1 && piece.marker) drawMark(page, piece.marker, { x: x + widthOf(font, set.clean(line), pieceSize) + 0.5, y: y + 4, size: pieceSize * 0.6, font });
        if (besideLine) drawLine(page, besideLine, width / 2 + shift(pages.length - 1).x, y);
        return;
      }
      const space = (measure - (i === 0 ? indentOf(piece) : 0) - font.widthOfTextAtSize(words.join(''), pieceSize)) / (words.length - 1);
      let wordX = x;
      for (const word of words) {
        drawLine(page, word, wordX, y);
        wordX += font.widthOfTextAtSize(word, pieceSize) + space;
      }
    });
  });
  return pages;
}

/**
 * Each section as its kind, its number of findings, and its first and last finding's opening words
 * (through `clean`, as the face could set them); with `subsections`, each sub-heading and its count too.
 */
export function structure(result: ParseResult, clean: (text: string) => string = (text) => text, subsections = false): string[] {
  const opening = (text: string) => clean(text).replace(/\s+/g, ' ').trim().slice(0, 60);
  return result.sections.map((section) => {
    const findings = result.findings.filter((f) => f.span[0] >= section.span[0] && f.span[1] <= section.span[1]);
    const ends = findings.length > 0 ? `${opening(findings[0]!.text)} | ${opening(findings[findings.length - 1]!.text)}` : '';
    const subs = [...new Set(findings.map((f) => f.subsection))].filter((sub) => sub !== null).map((sub) => `${sub}: ${findings.filter((f) => f.subsection === sub).length}`);
    return `${section.kind} ${findings.length}${subsections && subs.length > 0 ? ` [${subs.join('; ')}]` : ''}: ${ends}`;
  });
}
