import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, type PDFPage, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/parse.js';
import type { ParseResult } from '../src/types.js';
import { parsed, tempDir } from './helpers.js';
import { piecesOf, settable, wrap } from './typeset.js';

// A page whose foot holds both footnotes and a footer. Real letters with footnotes are set anew
// in Times, each note at the foot of the page where its marker falls (raised and small, straight
// after the last word of its paragraph), and under the notes a footer: the publisher's address on
// page 1 and a running footer naming the area on every page. The notes must stay with their
// findings (marker, text, page), the footer lines must be page furniture (not glued to the last
// note), and the findings must read as in the original letter, every character accounted for.
// Where the footer stands only a line's space under the notes, what tells it from a note's next
// line is how it is set: smaller, centred, or carrying the page's number.

const WIDTH = 595;
const HEIGHT = 842;
const ADDRESS = 'Ofsted, Piccadilly Gate, Store Street, Manchester M1 2WD';
const runningFooter = (area: string) => `Joint targeted area inspection of ${area}`;

interface Setting {
  name: string;
  width: number;
  height: number;
  margin: number;
  size: number;
  step: number;
  noteSize: number;
  noteStep: number;
  /** From the notes' last baseline to the footer's first, in the notes' line steps. */
  footerGap: number;
  footerSize: number;
  footerCentred: boolean;
  /** The running footer's text on page n of t. */
  running: (area: string, n: number, t: number) => string;
  /** How a note's number is printed (a symbol in place of a number). */
  marker: (number: string) => string;
  /** How far a note's later lines stand in from its marker (a hanging indent; 0: under the marker). */
  noteIndent?: number;
  /** Words set at the end of the first note (its text as read must carry them too). */
  noteEnd?: string;
  /** Set them at the end of every note instead. */
  noteEndEvery?: boolean;
  /**
   * Page 1 is an unnumbered cover: its foot holds the address alone, as close under its notes as the
   * other pages' footers (a note's line under them: only the room the note's last line left tells
   * it), and the numbering starts from 1 on page 2 (`running` is given the number as printed).
   */
  unnumberedCover?: boolean;
  /** A space typed before each marker, as authors often do: drawn after the last word, the marker after it. */
  spaceBeforeMarker?: boolean;
}

const A4: Setting = {
  name: 'A4, Times 11 pt, the footer a blank line under the notes',
  width: WIDTH, height: HEIGHT, margin: 71, size: 11, step: 13.5, noteSize: 8, noteStep: 9.5,
  footerGap: 2, footerSize: 8, footerCentred: false, running: runningFooter, marker: (number) => number,
};
const SYMBOLS = ['*', '\u2020', '\u2021'];

interface SetNote { marker: string; text: string; page: number }

/** Sets a letter's pieces with its notes at the foot of their pages and a footer under them; returns the notes as set. */
async function typeset(result: ParseResult, setting: Setting, file: string): Promise<{ clean: (text: string) => string; notes: SetNote[]; runningLines: Array<string | null> }> {
  const { width, height, margin, size, step, noteSize, noteStep } = setting;
  const pdf = await PDFDocument.create();
  const roman = await pdf.embedFont(StandardFonts.TimesRoman);
  const bold = await pdf.embedFont(StandardFonts.TimesRomanBold);
  const clean = settable(roman, size);
  const measure = width - 2 * margin;
  const endOf = (marker: string) => (marker === setting.marker('1') || setting.noteEndEvery ? setting.noteEnd ?? '' : '');
  /** Baseline of the lowest note line: the footer stands under it. */
  const notesFoot = margin + 1;
  /** From the top note's baseline to the lowest baseline the body may take (the separator rule and its space). */
  const separator = step * 1.5;
  const pages: PDFPage[] = [pdf.addPage([width, height])];
  const notesOf: Array<Array<{ marker: string; text: string }>> = [[]];
  const setNotes: SetNote[] = [];
  /** The running footer as set on each page (null on a cover). */
  const runningLines: Array<string | null> = [];
  let y = height - margin + step;
  const limit = (notes: number) => (notes === 0 ? margin : notesFoot + separator + noteStep * (notes - 1));
  for (const piece of piecesOf(result)) {
    const font = piece.bold ? bold : roman;
    const pieceSize = piece.heading ? size * 1.15 : size;
    const lines = wrap(clean(piece.text), font, pieceSize, measure - piece.indent);
    const footnotes = (piece.footnotes ?? []).map((note) => ({ ...note, marker: setting.marker(note.marker) }));
    const indent = setting.noteIndent ?? 0;
    // A note's lines; with a hanging indent, the marker alone at the edge and every line of text set in.
    const noteLines = footnotes.flatMap((note) => wrap(clean(`${note.text}${endOf(note.marker)}`), roman, noteSize, measure - indent)
      .map((line, i) => (indent > 0 ? { marker: i === 0 ? note.marker : '', text: line } : { marker: '', text: i === 0 ? `${note.marker} ${line}` : line })));
    lines.forEach((line, i) => {
      const last = i === lines.length - 1;
      const atTop = y > height - margin;
      y -= step + (i === 0 && !atTop ? (piece.gapBefore * size) / 11 : 0);
      const notesHere = notesOf[notesOf.length - 1]!.length + (last ? noteLines.length : 0);
      if (y < limit(notesHere)) {
        pages.push(pdf.addPage([width, height]));
        notesOf.push([]);
        y = height - margin;
      }
      const page = pages[pages.length - 1]!;
      const x = margin + piece.indent;
      if (i === 0 && piece.glyph) page.drawText(piece.glyph, { x: x - 12, y, size: pieceSize, font: roman });
      const spaced = last && footnotes.length > 0 && setting.spaceBeforeMarker === true ? `${line} ` : line;
      page.drawText(spaced, { x, y, size: pieceSize, font });
      if (last && footnotes.length > 0) {
        // The markers, raised and small, straight after the piece's last word (or the space after it).
        let markerX = x + font.widthOfTextAtSize(spaced, pieceSize);
        for (const note of footnotes) {
          page.drawText(note.marker, { x: markerX, y: y + size * 0.36, size: size * 0.64, font: roman });
          markerX += roman.widthOfTextAtSize(note.marker, size * 0.64);
          setNotes.push({ marker: note.marker, text: clean(`${note.text}${endOf(note.marker)}`).replace(/\s+/g, ' ').trim(), page: pages.length });
        }
        notesOf[notesOf.length - 1]!.push(...noteLines);
      }
    });
  }
  const area = result.letter.area ?? '';
  pages.forEach((page, i) => {
    const notes = notesOf[i]!;
    notes.forEach((line, j) => {
      const y = notesFoot + noteStep * (notes.length - 1 - j);
      if (line.marker !== '') page.drawText(line.marker, { x: margin, y, size: noteSize, font: roman });
      // Wrapped without the marker where it hangs, so that a re-wrapped line (if any) is not the issue.
      page.drawText(line.text, { x: margin + (setting.noteIndent ?? 0), y, size: noteSize, font: roman });
    });
    // The footer under the notes: the running footer, and the address under it on page 1 (alone on a cover).
    const cover = setting.unnumberedCover === true && i === 0;
    const printed = setting.unnumberedCover ? i : i + 1;
    const footer = [...(cover ? [] : [setting.running(area, printed, setting.unnumberedCover ? pages.length - 1 : pages.length)]), ...(i === 0 ? [ADDRESS] : [])];
    runningLines.push(cover ? null : footer[0]!);
    const footerTop = notesFoot - setting.footerGap * noteStep;
    footer.forEach((line, j) => {
      const x = setting.footerCentred ? (width - roman.widthOfTextAtSize(line, setting.footerSize)) / 2 : margin;
      page.drawText(line, { x, y: footerTop - noteStep * j, size: setting.footerSize, font: roman });
    });
  });
  const bytes = await pdf.save({ useObjectStreams: false });
  writeFileSync(file, bytes);
  if (process.env.JTAI_KEEP_FIXTURES) writeFileSync(join(process.env.JTAI_KEEP_FIXTURES, file.split('/').pop()!), bytes);
  return { clean, notes: setNotes, runningLines };
}

const dir = tempDir('jtai-footnotes-footer-');

/** Sets a letter with its notes and a footer under them, and reads it back: the same findings, notes and furniture. */
async function readsTheSame(name: string, setting: Setting): Promise<void> {
  const original = await parsed(`letters/${name}.pdf`);
  const file = join(dir, `${name}-${setting.width}x${setting.height}-${setting.footerGap}-${setting.footerSize}${setting.footerCentred ? 'c' : ''}-${setting.marker('1')}-${setting.noteIndent ?? 0}${setting.noteEnd ? 'e' : ''}${setting.noteEndEvery ? 'e' : ''}${setting.unnumberedCover ? `-cover-${setting.running('', 1, 1).length}` : ''}${setting.spaceBeforeMarker ? '-spaced' : ''}.pdf`);
  const { clean, notes, runningLines } = await typeset(original, setting, file);
  const again = await parseFile(file);
  const norm = (text: string) => clean(text).replace(/\s+/g, ' ').trim();
  const essence = (result: ParseResult) => result.findings.map((f) => [f.section, f.subsection, f.form, norm(f.text)]);
  expect(essence(again)).toEqual(essence(original));
  // Each note where it was set, hung on the finding that carries its marker.
  const attached = (result: ParseResult, marker: (number: string) => string) =>
    result.findings.flatMap((f, i) => (f.footnotes ?? []).map((note) => ({ finding: i, marker: marker(note.marker), text: norm(note.text) })));
  const noteEnd = clean(setting.noteEnd ?? '');
  expect(attached(again, (marker) => marker)).toEqual(attached(original, setting.marker).map((note) => ({ ...note, text: note.marker === setting.marker('1') || setting.noteEndEvery ? norm(`${note.text}${noteEnd}`) : note.text })));
  expect(again.findings.flatMap((f) => (f.footnotes ?? []).map((note) => ({ marker: note.marker, text: norm(note.text), page: note.page })))).toEqual(notes);
  expect(notes.length).toBeGreaterThan(0);
  // The footer lines are furniture of their pages, the address of page 1 alone.
  const running = (text: string) => text.startsWith(runningFooter(again.letter.area ?? '')) || runningLines.includes(text);
  const footers = again.removed.filter((removal) => removal.text.includes(ADDRESS) || running(removal.text));
  expect(footers.filter((removal) => removal.text.includes(ADDRESS)).map((removal) => [removal.kind, removal.page, removal.text])).toEqual([['footer', 1, ADDRESS]]);
  expect(footers.every((removal) => (removal.kind === 'footer' || removal.kind === 'running-footer') && (removal.text === ADDRESS || running(removal.text)))).toBe(true);
  // Each page's running footer is furniture of that page (none read as a note), and the notes are those set.
  const furniture = again.removed.filter((removal) => ['footer', 'running-footer', 'page-number'].includes(removal.kind));
  const notFurniture = runningLines.flatMap((line, i) => (line === null || furniture.some((removal) => removal.page === i + 1 && removal.text.includes(line)) ? [] : [[i + 1, line]]));
  expect(notFurniture).toEqual([]);
  expect(again.removed.filter((removal) => removal.kind === 'footnote').length).toBe(notes.length);
  expect(again.accounting.unassigned).toEqual([]);
  expect(again.accounting.balanced).toBe(true);
}

// Letters whose notes are numbered, and Derby, whose notes are marked with an asterisk.
const LETTERS = ['haringey-2018-01-30', 'liverpool-2016-08-03', 'sefton-2019-12-18', 'derby-2019-05-08'];

describe('a page with footnotes and a footer under them', () => {
  it.each(LETTERS)('%s: the notes stay with their findings, the footer is furniture', async (name) => {
    await readsTheSame(name, A4);
  });

  it.each(['haringey-2018-01-30', 'sefton-2019-12-18'])('%s with its notes marked *, \u2020, \u2021 in place of numbers', async (name) => {
    await readsTheSame(name, { ...A4, marker: (number) => SYMBOLS[Number(number) - 1] ?? number });
  });

  // A space typed before the reference: the marker is still raised and small, so still a marker.
  it.each(['haringey-2018-01-30', 'sefton-2019-12-18'])('%s with a space before each marker', async (name) => {
    await readsTheSame(name, { ...A4, spaceBeforeMarker: true });
  });
});

// The footer only a line's space under the notes, where a note's next line would stand: what
// tells it is how it is set. (The address stands under the running footer on page 1.)
const CLOSE: Setting = { ...A4, footerGap: 1 };
const SET_APART: Array<[string, Setting]> = [
  ['smaller than the notes (7 pt under 8 pt)', { ...CLOSE, footerSize: 7 }],
  ['centred', { ...CLOSE, footerCentred: true }],
  ['carrying the page number', { ...CLOSE, running: (area, n, t) => `${runningFooter(area)}, page ${n} of ${t}` }],
  ['set as the notes are, but repeated on every page', CLOSE],
];
// Other page sizes and margins, the footer close under the notes or a blank line under them.
const PAGE_SIZES: Array<[string, Setting]> = [
  ['US Letter, 1 inch margins, the footer smaller, a line under', { ...CLOSE, width: 612, height: 792, margin: 72, footerSize: 7 }],
  ['US Letter, the footer a blank line under', { ...A4, width: 612, height: 792, margin: 72 }],
  ['A5, Times 10 pt, notes 7 pt, the footer centred a line under', { ...CLOSE, width: 420, height: 595, margin: 40, size: 10, step: 12.5, noteSize: 7, noteStep: 8.5, footerSize: 7, footerCentred: true }],
  ['A5, the footer a blank line under', { ...A4, width: 420, height: 595, margin: 40, size: 10, step: 12.5, noteSize: 7, noteStep: 8.5, footerSize: 7 }],
];

describe('a footer close under the notes is told by how it is set', () => {
  describe.each(['haringey-2018-01-30', 'derby-2019-05-08'])('%s', (name) => {
    it.each(SET_APART)('the footer %s', async (_how, setting) => {
      await readsTheSame(name, setting);
    });
  });
});

// Notes set otherwise: their text hanging well in from the marker (more than three of its ems), or
// a note whose last line ends in "n of m" as a page number would; the footer a line under them.
const NOTE_FORMS: Array<[string, Setting]> = [
  ['notes hanging 36 pt in from their markers, the footer smaller', { ...CLOSE, noteIndent: 36, footerSize: 7 }],
  ['notes hanging 36 pt in, the footer set as they are but repeated', { ...CLOSE, noteIndent: 36 }],
  // Notes on several pages that end with the same line (not a footer: it stands under notes only).
  ['every note ending in the same web address, the footer a line under', { ...CLOSE, noteEndEvery: true, footerSize: 7, noteEnd: ' See https://www.gov.uk/government/publications/working-together-to-safeguard-children--2' }],
  ['a note ending "table 45 of 60", the footer carrying the page number', { ...CLOSE, noteEnd: ' The figures for the partnership as a whole are given in its annual report for the year, table 45 of 60', running: (area, n, t) => `${runningFooter(area)}, page ${n} of ${t}` }],
];

describe('notes set otherwise keep all their lines', () => {
  describe.each(['haringey-2018-01-30', 'liverpool-2016-08-03'])('%s', (name) => {
    it.each(NOTE_FORMS)('%s', async (_how, setting) => {
      await readsTheSame(name, setting);
    });
  });
});

// A letter numbered from an unnumbered cover (page 2 printed "1"), its page number set in the
// footer as the notes are and a line under them: leading the running footer ("1 | Joint targeted
// ..."), as "1 | Page", or alone between dashes at the notes' edge. The number is no note's marker
// and the line no note's: the number runs with the pages, the same line on each.
const COVER: Setting = { ...CLOSE, unnumberedCover: true };
const COVER_NUMBERS: Array<[string, Setting]> = [
  ['"n | Joint targeted area inspection of X"', { ...COVER, running: (area, n) => `${n} | ${runningFooter(area)}` }],
  ['"n | Page"', { ...COVER, running: (_area, n) => `${n} | Page` }],
  ['"- n -"', { ...COVER, running: (_area, n) => `- ${n} -` }],
  ['"Joint targeted area inspection of X, page n of t"', { ...COVER, running: (area, n, t) => `${runningFooter(area)}, page ${n} of ${t}` }],
];

describe('a page number counted from an unnumbered cover, set under the notes, is furniture', () => {
  describe.each(['haringey-2018-01-30', 'liverpool-2016-08-03'])('%s', (name) => {
    it.each(COVER_NUMBERS)('%s', async (_how, setting) => {
      await readsTheSame(name, setting);
    });
  });
});

describe('notes and a footer on other page sizes', () => {
  describe.each(['liverpool-2016-08-03', 'sefton-2019-12-18'])('%s', (name) => {
    it.each(PAGE_SIZES)('%s', async (_how, setting) => {
      await readsTheSame(name, setting);
    });
  });
});

// The real letters with notes carry no footer under them: every line at a page's foot in small
// type is a note's. A note's marker may stand raised at the start of its first line (the line's
// baseline is its text's, not the marker's), and a one-line note may be followed by its second
// line at the body's own spacing, for its size (Haringey's page 3).
const NOTED = ['derby-2019-05-08', 'hampshire-2017-02-01', 'haringey-2018-01-30', 'kirklees-2022-08-18', 'liverpool-2016-08-03', 'medway-2018-08-03', 'sefton-2019-12-18', 'south-tyneside-2016-04-05'];

describe('the notes of real letters', () => {
  it.each(NOTED)('%s: every note keeps all its lines, none taken for a footer', async (name) => {
    const { removed } = await parsed(`letters/${name}.pdf`);
    const notes = removed.filter((removal) => removal.kind === 'footnote');
    expect(notes.length).toBeGreaterThan(0);
    // Each of these letters' notes is whole sentences, or ends with a bracketed name.
    for (const note of notes) expect(note.text).toMatch(/[.)]$/);
    expect(removed.filter((removal) => removal.kind === 'footer')).toEqual([]);
  });
});
