import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PDFDocument, type PDFFont, type PDFPage, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { flushInNote } from '../src/extract/pdf.js';
import { parseFile } from '../src/parse.js';
import { defaultRules } from '../src/rules.js';
import { parsed, REAL_LETTERS, tempDir } from './helpers.js';
import { settable, wrap } from './typeset.js';

// Page breaks on pages that carry footnotes. Real letters' prose paragraphs, and real footnotes
// hung on some of them, are set anew in Times on page sizes no other test uses, by plain line
// filling with orphan control (a paragraph's first line is never left alone at a page's foot), as
// a word processor does: the notes stand at the foot and the body stops a separator's height
// above them. Where a page's last line is full and ends a sentence and the next page opens a
// new sentence, only the room left above the notes tells a paragraph that goes on over the page
// (the page is full) from one that ended there (orphan control left room for more).

const SOURCES = [
  'derby-2019-05-08', 'hampshire-2017-02-01', 'haringey-2018-01-30', 'liverpool-2016-08-03', 'medway-2018-08-03', 'sefton-2019-12-18',
  'south-tyneside-2016-04-05', 'wokingham-2017-07-14',
];

interface Geometry {
  width: number;
  height: number;
  margin: number;
  /** Baseline of a page's first line. */
  top: number;
  /** Baseline of the lowest footnote line (and of a full page's last line where there are no notes). */
  foot: number;
}
/** Pages of many heights (and two widths): plain filling puts each break somewhere else. */
const GEOMETRIES: Geometry[] = Array.from({ length: 100 }, (_, i) => {
  const height = 640 + i * 3;
  return { width: i % 2 === 0 ? 580 : 612, height, margin: i % 2 === 0 ? 72 : 80, top: height - 64, foot: 66 };
});
/** How many documents of each kind are parsed: ones whose undecidable break over notes goes on, and ones where it ends. */
const DOCUMENTS_OF_EACH_KIND = 3;
const SIZE = 11;
const STEP = 14;
const GAP = 8;
const NOTE_SIZE = 8;
const NOTE_STEP = 9.5;
/** From the top note's baseline to the lowest baseline the body may take (the separator rule and its space). */
const SEPARATOR = 20;

interface Paragraph {
  text: string;
  notes: string[];
}

/** A break where the text cannot tell: a full last line ending a sentence, a new sentence over the page. */
interface Undecidable {
  line: string;
  /** The line starts a paragraph. */
  starts: boolean;
  notesOnPage: boolean;
  /**
   * The room left above the notes tells: the page is full and the paragraph goes on, or orphan
   * control sent a paragraph's first line over with room for it and more. (A paragraph that ends
   * as the page fills leaves no sign.)
   */
  roomTells: boolean;
}

async function typeset(paragraphs: Paragraph[], geometry: Geometry): Promise<{ bytes: Uint8Array; undecidable: Undecidable[] }> {
  const pdf = await PDFDocument.create();
  const roman = await pdf.embedFont(StandardFonts.TimesRoman);
  const bold = await pdf.embedFont(StandardFonts.TimesRomanBold);
  const measure = geometry.width - 2 * geometry.margin;
  const undecidable: Undecidable[] = [];
  let page: PDFPage = pdf.addPage([geometry.width, geometry.height]);
  let pageNumber = 1;
  let y = geometry.top + STEP;
  let noteLines: string[] = [];
  let noteNumber = 0;
  let last: { text: string; room: number } | null = null;
  const limit = (notes: number) => geometry.foot + (notes === 0 ? 0 : SEPARATOR + NOTE_STEP * (notes - 1));
  const finishPage = () => {
    noteLines.forEach((line, i) => page.drawText(line, { x: geometry.margin, y: geometry.foot + NOTE_STEP * (noteLines.length - 1 - i), size: NOTE_SIZE, font: roman }));
    page.drawText(String(pageNumber), { x: geometry.width / 2, y: geometry.foot - 30, size: 9, font: roman });
  };
  const newPage = () => {
    finishPage();
    page = pdf.addPage([geometry.width, geometry.height]);
    pageNumber++;
    noteLines = [];
    y = geometry.top + STEP;
  };
  const setLines = (text: string, font: PDFFont, gapBefore: number, notes: string[] = []) => {
    const lines = wrap(text, font, SIZE, measure);
    const markers = notes.map(() => String(++noteNumber));
    const wrappedNotes = notes.flatMap((note, i) => wrap(`${markers[i]} ${note}`, roman, NOTE_SIZE, measure));
    lines.forEach((line, i) => {
      const lastOfParagraph = i === lines.length - 1;
      const notesHere = noteLines.length + (lastOfParagraph ? wrappedNotes.length : 0);
      const atTop = y > geometry.top;
      let next = y - STEP - (i === 0 && !atTop ? gapBefore : 0);
      // Orphan control: a paragraph's first line goes over with the second when the second would not fit.
      const orphan = i === 0 && lines.length > 1 && next - STEP < limit(noteLines.length);
      if (next < limit(notesHere) || (orphan && !atTop)) {
        const wordWidth = font.widthOfTextAtSize(` ${line.split(' ')[0]}`, SIZE);
        if (last && font === roman && /[.!?]["')\u2019]*$/.test(last.text) && /^["'(\u2018]?[A-Z0-9]/.test(line) && last.room < wordWidth) {
          undecidable.push({ line, starts: i === 0, notesOnPage: noteLines.length > 0, roomTells: i > 0 || (orphan && next >= limit(notesHere)) });
        }
        newPage();
        next = y - STEP;
      }
      y = next;
      page.drawText(line, { x: geometry.margin, y, size: SIZE, font });
      last = { text: line, room: measure - font.widthOfTextAtSize(line, SIZE) };
      if (font !== roman) last = null;
      if (lastOfParagraph && markers.length > 0) {
        // The markers, raised and small, straight after the paragraph's last word.
        let x = geometry.margin + font.widthOfTextAtSize(line, SIZE);
        for (const marker of markers) {
          page.drawText(marker, { x, y: y + 4, size: 7, font: roman });
          x += roman.widthOfTextAtSize(marker, 7);
        }
        noteLines.push(...wrappedNotes);
      }
    });
  };
  setLines('1 March 2024', roman, 0);
  setLines("Ann Smith, Director of Children's Services, Testshire County Council", roman, GAP);
  setLines('Dear Testshire Safeguarding Partnership', roman, GAP);
  setLines('Joint targeted area inspection of Testshire', bold, GAP);
  setLines('This letter summarises the findings of the joint targeted area inspection (JTAI) of the multi-agency response to abuse and neglect in Testshire.', roman, GAP);
  setLines('Main findings', bold, GAP * 2);
  for (const paragraph of paragraphs) setLines(paragraph.text, roman, GAP, paragraph.notes);
  setLines('Next steps', bold, GAP * 2);
  setLines('The local authority should prepare a written statement of proposed action by 1 July 2024.', roman, GAP);
  setLines('Yours sincerely', roman, GAP);
  finishPage();
  return { bytes: await pdf.save({ useObjectStreams: false }), undecidable };
}


describe('page breaks above footnotes: the room left over the notes decides a full line that ends a sentence', async () => {
  const dir = tempDir('jtai-footnote-breaks-');
  const times = await (await PDFDocument.create()).embedFont(StandardFonts.TimesRoman);
  const clean = settable(times, SIZE);
  const { continuations } = defaultRules().layout;
  const leans = (text: string) => continuations.some((phrase) => text.toLowerCase().startsWith(phrase) && !/[a-z0-9]/.test(text.toLowerCase().charAt(phrase.length)));
  const notes: string[] = [];
  for (const name of REAL_LETTERS) {
    for (const finding of (await parsed(`letters/${name}.pdf`)).findings) {
      for (const note of finding.footnotes ?? []) {
        const text = clean(note.text).replace(/\s+/g, ' ').trim();
        if (text.length > 20 && !notes.includes(text)) notes.push(text);
      }
    }
  }
  // Prose paragraphs of real letters, each new one opening with a word that does not refer back
  // (such an opening joins a page's first paragraph to the one before, rightly or not).
  const paragraphs: Paragraph[] = [];
  for (const name of SOURCES) {
    for (const finding of (await parsed(`letters/${name}.pdf`)).findings) {
      const text = clean(finding.text).replace(/\s+/g, ' ').trim();
      // (A paragraph that ends with no full stop reads on over a page: another phenomenon.)
      if (finding.form !== 'paragraph' || finding.subsection !== null || text.length < 200 || leans(text) || !/^[A-Z]/.test(text) || !/[.!?]$/.test(text)) continue;
      if (!['summary', 'main-findings'].includes(finding.section)) continue;
      const count = paragraphs.length % 5 === 4 ? 2 : paragraphs.length % 2 === 1 ? 1 : 0;
      paragraphs.push({ text, notes: Array.from({ length: count }, (_, i) => notes[(paragraphs.length + i) % notes.length]!) });
    }
  }
  // The page sizes whose undecidable breaks over notes fall each way, the first few of each.
  const chosen: Array<{ geometry: Geometry; bytes: Uint8Array; undecidable: Undecidable[]; kind: 'goes on' | 'ends' }> = [];
  for (const geometry of GEOMETRIES) {
    const { bytes, undecidable } = await typeset(paragraphs, geometry);
    // (A first word that refers back, "This", "However", tells without the room.)
    const overNotes = undecidable.filter((u) => u.notesOnPage && u.roomTells && !leans(u.line));
    for (const kind of ['goes on', 'ends'] as const) {
      const fits = overNotes.some((u) => u.starts === (kind === 'ends')) && chosen.filter((c) => c.kind === kind).length < DOCUMENTS_OF_EACH_KIND;
      if (fits && !chosen.some((c) => c.geometry === geometry)) chosen.push({ geometry, bytes, undecidable, kind });
    }
  }

  it('found page sizes that put an undecidable break over notes each way', () => {
    expect(chosen.filter((c) => c.kind === 'goes on')).toHaveLength(DOCUMENTS_OF_EACH_KIND);
    expect(chosen.filter((c) => c.kind === 'ends')).toHaveLength(DOCUMENTS_OF_EACH_KIND);
  });

  it.each(chosen.map((c) => [`${c.geometry.width}x${c.geometry.height}`, c.kind, c] as const))('on %s pages (a paragraph %s over notes)', async (name, _kind, { bytes, undecidable }) => {
    const file = join(dir, `footnote-breaks-${name}.pdf`);
    writeFileSync(file, bytes);
    if (process.env.JTAI_KEEP_FIXTURES) writeFileSync(join(process.env.JTAI_KEEP_FIXTURES, basename(file)), bytes);
    const result = await parseFile(file);
    // Each paragraph's text, and the notes whose markers it carries (side by side where it has two).
    const got = result.findings.filter((f) => f.section === 'main-findings')
      .map((f) => ({ text: f.text.replace(/\s+/g, ' ').trim(), notes: (f.footnotes ?? []).map((note) => note.text.replace(/\s+/g, ' ')) }));
    // Where the room above notes tells, only the right reading; elsewhere either is allowed.
    const loose = undecidable.filter((u) => !(u.notesOnPage && u.roomTells)).map((u) => u.line);
    const merged = (found: Paragraph[]) => found.reduce<Paragraph[]>((out, paragraph) => {
      const previous = out[out.length - 1];
      if (previous && loose.some((line) => paragraph.text.startsWith(line))) out[out.length - 1] = { text: `${previous.text} ${paragraph.text}`, notes: [...previous.notes, ...paragraph.notes] };
      else out.push(paragraph);
      return out;
    }, []);
    expect(merged(got)).toEqual(merged(paragraphs));
    expect(result.accounting.balanced).toBe(true);
  });
});

describe('a note\'s next paragraph set flush (flushInNote)', () => {
  // A second code reader's point 3 (helper 9ed): the foot's first line has no line above it to measure the gap from. On
  // aba0323's code the call reads foot[-1] and throws ("Cannot read properties of undefined"); a caller reached it only
  // where an earlier test (the line's x) happened to return first.
  type Line = Parameters<typeof flushInNote>[0][number];
  const line = (text: string, y: number): Line => ({ text, y, x: 72, end: 300, height: 8, sizes: new Map([[8, text.length]]), textX: 72, fonts: new Map(), items: [] });
  const note = [line('1 The first note runs on', 100), line('over two lines.', 90)];
  it('opens none at the foot\'s first line, and one below a line of the foot', () => {
    expect(flushInNote([line('A paragraph at the note\'s edge.', 70)], 0, note, 10, true, () => false)).toBe(false);
    expect(flushInNote([line('over two lines.', 90), line('A paragraph at the note\'s edge.', 70)], 1, note, 10, true, () => false)).toBe(true);
  });
});
