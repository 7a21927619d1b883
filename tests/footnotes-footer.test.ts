import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, type PDFPage, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/parse.js';
import type { ParseResult } from '../src/types.js';
import { parsed, tempDir } from './helpers.js';
import { piecesOf, settable, wrap } from './typeset.js';

// A page whose foot holds both footnotes and a footer. Real letters with footnotes are set anew
// in Times on A4, each note at the foot of the page where its marker falls, and under the notes,
// in the same small type, a footer: the publisher's address on page 1 and a running footer naming
// the area on every page, then the page number. The notes must stay with their findings (marker,
// text, page), the footer lines must be page furniture (not glued to the last note), and the
// findings must read as in the original letter, every character accounted for.

// Letters whose notes are numbered. (Derby's asterisk notes stand after a pseudonym in the body
// type; set as a small raised asterisk at a paragraph's end it is left in the text: another case.)
const LETTERS = ['haringey-2018-01-30', 'liverpool-2016-08-03', 'sefton-2019-12-18'];
const WIDTH = 595;
const HEIGHT = 842;
const MARGIN = 71;
const SIZE = 11;
const STEP = 13.5;
const NOTE_SIZE = 8;
const NOTE_STEP = 9.5;
/** Baseline of the lowest note line: the footer stands under it. */
const NOTES_FOOT = 72;
/** From the top note's baseline to the lowest baseline the body may take (the separator rule and its space). */
const SEPARATOR = 20;
const ADDRESS = 'Ofsted, Piccadilly Gate, Store Street, Manchester M1 2WD';
const runningFooter = (area: string) => `Joint targeted area inspection of ${area}`;

interface SetNote { marker: string; text: string; page: number }

/** Sets a letter's pieces with its notes at the foot of their pages and a footer under them; returns the notes as set. */
async function typeset(result: ParseResult, file: string): Promise<{ clean: (text: string) => string; notes: SetNote[] }> {
  const pdf = await PDFDocument.create();
  const roman = await pdf.embedFont(StandardFonts.TimesRoman);
  const bold = await pdf.embedFont(StandardFonts.TimesRomanBold);
  const clean = settable(roman, SIZE);
  const measure = WIDTH - 2 * MARGIN;
  const pages: PDFPage[] = [pdf.addPage([WIDTH, HEIGHT])];
  const notesOf: string[][] = [[]];
  const setNotes: SetNote[] = [];
  let y = HEIGHT - MARGIN + STEP;
  const limit = (notes: number) => MARGIN + (notes === 0 ? 0 : SEPARATOR + NOTE_STEP * (notes - 1));
  for (const piece of piecesOf(result)) {
    const font = piece.bold ? bold : roman;
    const pieceSize = piece.heading ? SIZE * 1.15 : SIZE;
    const lines = wrap(clean(piece.text), font, pieceSize, measure - piece.indent);
    const footnotes = piece.footnotes ?? [];
    const noteLines = footnotes.flatMap((note) => wrap(`${note.marker} ${clean(note.text)}`, roman, NOTE_SIZE, measure));
    lines.forEach((line, i) => {
      const last = i === lines.length - 1;
      const atTop = y > HEIGHT - MARGIN;
      y -= STEP + (i === 0 && !atTop ? piece.gapBefore : 0);
      const notesHere = notesOf[notesOf.length - 1]!.length + (last ? noteLines.length : 0);
      if (y < limit(notesHere)) {
        pages.push(pdf.addPage([WIDTH, HEIGHT]));
        notesOf.push([]);
        y = HEIGHT - MARGIN;
      }
      const page = pages[pages.length - 1]!;
      const x = MARGIN + piece.indent;
      if (i === 0 && piece.glyph) page.drawText(piece.glyph, { x: x - 12, y, size: pieceSize, font: roman });
      page.drawText(line, { x, y, size: pieceSize, font });
      if (last && footnotes.length > 0) {
        // The markers, raised and small, straight after the piece's last word.
        let markerX = x + font.widthOfTextAtSize(line, pieceSize);
        for (const note of footnotes) {
          page.drawText(note.marker, { x: markerX, y: y + 4, size: 7, font: roman });
          markerX += roman.widthOfTextAtSize(note.marker, 7);
          setNotes.push({ marker: note.marker, text: clean(note.text).replace(/\s+/g, ' ').trim(), page: pages.length });
        }
        notesOf[notesOf.length - 1]!.push(...noteLines);
      }
    });
  }
  const area = result.letter.area ?? '';
  pages.forEach((page, i) => {
    const notes = notesOf[i]!;
    notes.forEach((line, j) => page.drawText(line, { x: MARGIN, y: NOTES_FOOT + NOTE_STEP * (notes.length - 1 - j), size: NOTE_SIZE, font: roman }));
    // The footer, in the notes' own small type, a line's space under them.
    const footer = [...(i === 0 ? [ADDRESS] : []), runningFooter(area)];
    footer.forEach((line, j) => page.drawText(line, { x: MARGIN, y: NOTES_FOOT - 2 * NOTE_STEP - NOTE_STEP * j, size: NOTE_SIZE, font: roman }));
    page.drawText(String(i + 1), { x: WIDTH / 2, y: 24, size: 9, font: roman });
  });
  const bytes = await pdf.save({ useObjectStreams: false });
  writeFileSync(file, bytes);
  if (process.env.JTAI_KEEP_FIXTURES) writeFileSync(join(process.env.JTAI_KEEP_FIXTURES, file.split('/').pop()!), bytes);
  return { clean, notes: setNotes };
}

const dir = tempDir('jtai-footnotes-footer-');

describe('a page with footnotes and a footer under them', () => {
  it.each(LETTERS)('%s: the notes stay with their findings, the footer is furniture', async (name) => {
    const original = await parsed(`letters/${name}.pdf`);
    const file = join(dir, `${name}-footnotes-footer.pdf`);
    const { clean, notes } = await typeset(original, file);
    const again = await parseFile(file);
    const norm = (text: string) => clean(text).replace(/\s+/g, ' ').trim();
    const essence = (result: ParseResult) => result.findings.map((f) => [f.section, f.subsection, f.form, norm(f.text)]);
    expect(essence(again)).toEqual(essence(original));
    // Each note where it was set, hung on the finding that carries its marker.
    const attached = (result: ParseResult) => result.findings.flatMap((f, i) => (f.footnotes ?? []).map((note) => ({ finding: i, marker: note.marker, text: norm(note.text) })));
    expect(attached(again)).toEqual(attached(original));
    expect(again.findings.flatMap((f) => (f.footnotes ?? []).map((note) => ({ marker: note.marker, text: norm(note.text), page: note.page })))).toEqual(notes);
    expect(notes.length).toBeGreaterThan(0);
    // The footer lines are furniture of their pages.
    const footers = again.removed.filter((removal) => removal.text.includes(ADDRESS) || removal.text.includes(runningFooter(again.letter.area ?? '')));
    expect(footers.filter((removal) => removal.text === ADDRESS).map((removal) => [removal.kind, removal.page])).toEqual([['footer', 1]]);
    expect(footers.every((removal) => removal.kind === 'footer' || removal.kind === 'running-footer')).toBe(true);
    expect(again.accounting.unassigned).toEqual([]);
    expect(again.accounting.balanced).toBe(true);
  });
});
