import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PDFDocument, type PDFFont, type PDFPage, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/parse.js';
import type { Finding, ParseResult } from '../src/types.js';
import { parsed, REAL_LETTERS, tempDir } from './helpers.js';
import { expectBalanced } from './letter-pdf.js';
import { wrap } from './typeset.js';

// Page breaks and footnotes where no letter of ours has them. Real letters are typeset anew from
// what jtai read in them, on pages of another height and width, so that every page break falls
// somewhere else (inside a paragraph, between two, between bullets, inside a bullet); jtai must
// then read the same findings, with the same footnotes, as from the real PDF. The typesetting is
// plain line filling (no widow or orphan control), deterministic, in Helvetica 11 pt.

interface Geometry {
  name: string;
  width: number;
  height: number;
  /** Left and right margins. */
  margin: number;
  /** Baseline of a page's first line, from the page's foot. */
  top: number;
  /** Lowest baseline of body text. */
  bottom: number;
  /** Whether a paragraph that starts a page keeps its space above (as some of the real letters do). */
  spaceAtTop: boolean;
}

const GEOMETRIES: Geometry[] = [
  { name: 'short pages, wide margins', width: 595, height: 640, margin: 90, top: 580, bottom: 70, spaceAtTop: false },
  { name: 'tall pages, narrow margins', width: 620, height: 900, margin: 55, top: 845, bottom: 60, spaceAtTop: true },
];
const SIZE = 11;
const STEP = 14.5;
const GAP = 10;
const BULLET_INDENT = 18;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

type Piece =
  | { kind: 'line'; text: string; bold?: boolean; size?: number; gapBefore: number }
  | { kind: 'text'; text: string; indent: number; glyph: string | null; gapBefore: number; notes: Array<{ marker: string; text: string }>; bold?: boolean };

/** What jtai read in a letter, as a sequence of pieces to set: front matter, headings, findings. */
function piecesOf(result: ParseResult): Piece[] {
  const { letter } = result;
  const [year, month, day] = (letter.date ?? '2020-01-01').split('-').map(Number) as [number, number, number];
  const pieces: Piece[] = [{ kind: 'line', text: `${day} ${MONTHS[month - 1]} ${year}`, gapBefore: 0 }];
  letter.recipients.forEach((recipient, i) => pieces.push({ kind: 'text', text: recipient.text, indent: 0, glyph: null, gapBefore: i === 0 ? GAP : 0, notes: [] }));
  pieces.push({ kind: 'line', text: 'Dear local partnership', gapBefore: GAP });
  pieces.push({ kind: 'text', text: letter.title ?? '', indent: 0, glyph: null, gapBefore: GAP, notes: [], bold: true });
  for (const section of result.sections) {
    if (section.heading !== '') pieces.push({ kind: 'text', text: section.heading, indent: 0, glyph: null, gapBefore: GAP * 1.5, notes: [], bold: true });
    if (section.title && !section.heading.includes(section.title)) pieces.push({ kind: 'text', text: section.title, indent: 0, glyph: null, gapBefore: GAP, notes: [], bold: true });
    let subsection: string | null = null;
    let leadIn: string | null = null;
    const inSection = result.findings.filter((f) => f.span[0] >= section.span[0] && f.span[1] <= section.span[1]);
    for (const finding of inSection) {
      if (finding.subsection !== subsection && finding.subsection) {
        pieces.push({ kind: 'text', text: finding.subsection, indent: 0, glyph: null, gapBefore: GAP, notes: [], bold: true });
      }
      subsection = finding.subsection;
      if (finding.leadIn && finding.leadIn !== leadIn) pieces.push({ kind: 'text', text: finding.leadIn, indent: 0, glyph: null, gapBefore: GAP, notes: [] });
      leadIn = finding.leadIn;
      const nested = finding.parent !== null;
      pieces.push({
        kind: 'text',
        text: finding.text,
        indent: finding.form === 'bullet' ? (nested ? BULLET_INDENT * 2 : BULLET_INDENT) : 0,
        glyph: finding.form === 'bullet' ? (nested ? '\u2013' : '\u2022') : null,
        gapBefore: GAP,
        notes: (finding.footnotes ?? []).filter((note) => /^\d{1,2}$/.test(note.marker)).map((note) => ({ marker: note.marker, text: note.text })),
      });
    }
  }
  pieces.push({ kind: 'line', text: 'Yours sincerely', gapBefore: GAP }, { kind: 'line', text: 'A N Inspector', gapBefore: GAP * 2 });
  return pieces;
}

/** Text Helvetica cannot set (outside WinAnsi) as '?', alike in what is set and what is expected. */
function settable(font: PDFFont): (text: string) => string {
  const cache = new Map<string, boolean>();
  const ok = (ch: string) => {
    if (!cache.has(ch)) {
      try {
        font.widthOfTextAtSize(ch, SIZE);
        cache.set(ch, true);
      } catch {
        cache.set(ch, false);
      }
    }
    return cache.get(ch)!;
  };
  return (text) => [...text].map((ch) => (ok(ch) ? ch : '?')).join('');
}

interface Breaks {
  insideParagraph: number;
  insideBullet: number;
  betweenParagraphs: number;
  betweenBullets: number;
  /**
   * The first lines of pages that no evidence on the page decides: prose whose page before ends
   * with a full line that finishes a sentence, starting with a capital, with no space above it
   * that says "new paragraph". Each with whether it truly starts a paragraph.
   */
  ambiguous: Array<{ line: string; starts: boolean }>;
}

/** Sets the pieces on pages of the given geometry; says where the page breaks fell. */
async function typeset(pieces: Piece[], geometry: Geometry, file: string): Promise<Breaks> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const clean = settable(regular);
  const breaks: Breaks = { insideParagraph: 0, insideBullet: 0, betweenParagraphs: 0, betweenBullets: 0, ambiguous: [] };
  let lastLine: { text: string; room: number; prose: boolean } | null = null;
  let page: PDFPage | null = null;
  let y = 0;
  let notesOnPage: string[] = [];
  let pageNumber = 0;
  const NOTE_STEP = 10;
  const noteHeight = (count: number) => (count === 0 ? 0 : 12 + count * NOTE_STEP);
  const finishPage = () => {
    if (!page) return;
    // The notes at the foot, in 8 pt, in the room kept for them under the body.
    let noteY = geometry.bottom + 2 + NOTE_STEP * (notesOnPage.length - 1);
    for (const note of notesOnPage) {
      page.drawText(note, { x: geometry.margin, y: noteY, size: 8, font: regular });
      noteY -= NOTE_STEP;
    }
    page.drawText(String(pageNumber), { x: geometry.width / 2, y: 30, size: 9, font: regular });
  };
  const newPage = () => {
    finishPage();
    page = pdf.addPage([geometry.width, geometry.height]);
    pageNumber++;
    notesOnPage = [];
    y = geometry.top + STEP;
  };
  newPage();
  let previous: Piece | null = null;
  for (const piece of pieces) {
    const font = piece.bold ? bold : regular;
    const size = piece.kind === 'line' ? piece.size ?? SIZE : piece.bold && piece.gapBefore > GAP ? 12 : SIZE;
    const indent = piece.kind === 'text' ? piece.indent : 0;
    const text = clean(piece.text);
    const lines = wrap(text, font, size, geometry.width - 2 * geometry.margin - indent);
    // Each note's lines, wrapped to the measure, its marker before its first.
    const notes = piece.kind === 'text' ? piece.notes.flatMap((note) => wrap(`${note.marker} ${clean(note.text)}`, regular, 8, geometry.width - 2 * geometry.margin)) : [];
    lines.forEach((line, i) => {
      const last = i === lines.length - 1;
      const notesHere = last ? notes.length : 0;
      const atTop = y > geometry.top;
      let next = y - STEP - (i === 0 && !atTop ? piece.gapBefore : 0);
      if (next < geometry.bottom + noteHeight(notesOnPage.length + notesHere)) {
        if (i === 0 && previous?.kind === 'text' && piece.kind === 'text' && !piece.bold) {
          if (piece.glyph && previous.glyph) breaks.betweenBullets++;
          else if (!piece.glyph && !previous.glyph && !previous.bold) breaks.betweenParagraphs++;
        } else if (i > 0 && piece.kind === 'text' && !piece.bold) {
          if (piece.glyph) breaks.insideBullet++;
          else breaks.insideParagraph++;
        }
        const prose = piece.kind === 'text' && !piece.glyph && !piece.bold;
        const wordWidth = font.widthOfTextAtSize(` ${line.split(' ')[0]}`, size);
        if (prose && lastLine?.prose && /[.!?:]["')\]\u2019]*$/.test(lastLine.text) && /^["'(\[\u2018]?[A-Z0-9]/.test(line) &&
          lastLine.room < wordWidth && !(i === 0 && geometry.spaceAtTop)) {
          breaks.ambiguous.push({ line, starts: i === 0 });
        }
        newPage();
        next = y - STEP - (i === 0 && geometry.spaceAtTop ? piece.gapBefore : 0);
      }
      y = next;
      const x = geometry.margin + indent;
      if (i === 0 && piece.kind === 'text' && piece.glyph) page!.drawText(piece.glyph, { x: x - BULLET_INDENT / 1.5, y, size, font: regular });
      page!.drawText(line, { x, y, size, font });
      const measure = geometry.width - 2 * geometry.margin - indent;
      lastLine = { text: line, room: measure - font.widthOfTextAtSize(line, size), prose: piece.kind === 'text' && !piece.bold };
      if (last && notes.length > 0) {
        // The markers, raised and small, straight after the line's last word.
        const markers = piece.kind === 'text' ? piece.notes.map((note) => note.marker).join('') : '';
        page!.drawText(markers, { x: x + font.widthOfTextAtSize(line, size), y: y + 4, size: 7, font: regular });
        notesOnPage.push(...notes);
      }
    });
    previous = piece;
  }
  finishPage();
  const bytes = await pdf.save({ useObjectStreams: false });
  writeFileSync(file, bytes);
  if (process.env.JTAI_KEEP_FIXTURES) writeFileSync(join(process.env.JTAI_KEEP_FIXTURES, basename(file)), bytes);
  return breaks;
}

/** What must not change with the page breaks: each finding's place, form, text and footnotes. */
function essence(findings: Finding[], clean: (text: string) => string) {
  return findings.map((f) => ({
    section: f.section,
    subsection: f.subsection,
    form: f.form,
    text: clean(f.text).replace(/\s+/g, ' ').trim(),
    // Notes marked with a number (the typesetting sets no other markers).
    footnotes: (f.footnotes ?? []).filter((note) => /^\d{1,2}$/.test(note.marker)).map((note) => `${note.marker} ${clean(note.text).replace(/\s+/g, ' ').trim()}`),
  }));
}

/** Findings with the ones that start at an undecidable page top put back onto the one before. */
function mergedAt(findings: ReturnType<typeof essence>, lines: string[]) {
  const out: typeof findings = [];
  for (const finding of findings) {
    const previous = out[out.length - 1];
    if (previous && lines.some((line) => finding.text.startsWith(line))) {
      out[out.length - 1] = { ...previous, text: `${previous.text} ${finding.text}`, footnotes: [...previous.footnotes, ...finding.footnotes] };
    } else out.push(finding);
  }
  return out;
}

describe('page breaks and footnotes elsewhere: real letters typeset anew give the same findings', async () => {
  const dir = tempDir('jtai-page-breaks-');
  const helvetica = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
  const clean = settable(helvetica);
  const total: Omit<Breaks, 'ambiguous'> = { insideParagraph: 0, insideBullet: 0, betweenParagraphs: 0, betweenBullets: 0 };
  const guesses = { right: 0, falseSplits: 0, falseJoins: 0 };

  describe.each(REAL_LETTERS)('%s', (name) => {
    for (const geometry of GEOMETRIES) {
      it(`on ${geometry.name}`, async () => {
        const original = await parsed(`letters/${name}.pdf`);
        const file = join(dir, `${name}-${geometry.width}x${geometry.height}.pdf`);
        const { ambiguous, ...breaks } = await typeset(piecesOf(original), geometry, file);
        for (const key of Object.keys(total) as Array<keyof typeof total>) total[key] += breaks[key];
        const again = await parseFile(file);
        const [want, got] = [essence(original.findings, clean), essence(again.findings, clean)];
        // Where the page cannot tell, either reading is allowed; everywhere else, exactly the same findings.
        const undecidable = ambiguous.map((a) => a.line);
        expect(mergedAt(got, undecidable)).toEqual(mergedAt(want, undecidable));
        for (const { line, starts } of ambiguous) {
          const split = got.some((f) => f.text.startsWith(line));
          if (split === starts) guesses.right++;
          else if (split) guesses.falseSplits++;
          else guesses.falseJoins++;
        }
        expect(again.accounting.balanced).toBe(true);
      });
    }
  });

  it('put page breaks inside paragraphs and bullets, and between them; few of them undecidable, and those mostly read right', () => {
    expect(total.insideParagraph).toBeGreaterThan(20);
    expect(total.insideBullet).toBeGreaterThan(20);
    expect(total.betweenParagraphs).toBeGreaterThan(5);
    expect(total.betweenBullets).toBeGreaterThan(5);
    const undecidable = guesses.right + guesses.falseSplits + guesses.falseJoins;
    console.log(`page breaks: ${JSON.stringify(total)}; undecidable by the page's text: ${JSON.stringify(guesses)}`);
    expect(undecidable).toBeLessThan((total.insideParagraph + total.betweenParagraphs) / 4);
    // Where the page's text cannot tell, the room left at the foot of the page before mostly can.
    expect(guesses.falseSplits + guesses.falseJoins).toBeLessThan(guesses.right / 2);
  });
});

/** A line drawn bold, or further in than the margin (a first-line indent). */
type SetLine = string | { text: string; bold: true } | { text: string; indent: number };

/** Pages of lines, each drawn at its place in Helvetica 11 pt (bold or indented where asked); '' leaves a paragraph's gap; notes at the foot in 8 pt. */
async function pagesOfLines(name: string, pages: Array<{ top: number; lines: SetLine[]; notes?: string[] }>, paragraphSpace = 10): Promise<string> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  for (const spec of pages) {
    const page = pdf.addPage([595, 842]);
    let y = spec.top;
    for (const line of spec.lines) {
      if (line === '') {
        y -= paragraphSpace;
        continue;
      }
      const [text, font] = typeof line === 'string' ? [line, regular] : [line.text, 'bold' in line ? bold : regular];
      page.drawText(text, { x: 70 + (typeof line === 'object' && 'indent' in line ? line.indent : 0), y, size: 11, font });
      y -= 14.5;
    }
    // Footnotes at the foot in 8 pt, the last on the lowest baseline.
    (spec.notes ?? []).forEach((note, i, notes) => page.drawText(note, { x: 70, y: 60 + 9.5 * (notes.length - 1 - i), size: 8, font: regular }));
  }
  const file = join(tempDir('jtai-page-top-'), name);
  const bytes = await pdf.save();
  writeFileSync(file, bytes);
  if (process.env.JTAI_KEEP_FIXTURES) writeFileSync(join(process.env.JTAI_KEEP_FIXTURES, name), bytes);
  return file;
}

/** A built letter read, every character of its pages accounted for once (issue 8's invariant, on every fixture). */
async function parseBalanced(file: string): Promise<ParseResult> {
  const result = await parseFile(file);
  expectBalanced(result);
  return result;
}

const OPENING = [
  '1 March 2024',
  '',
  "Ann Smith, Director of Children's Services, Testshire County Council",
  '',
  'Dear Testshire Safeguarding Partnership',
  '',
  { text: 'Joint targeted area inspection of Testshire', bold: true } as const,
  '',
  'This letter summarises the findings of the joint targeted area inspection (JTAI) of the',
  'multi-agency response to children who are victims of domestic abuse in Testshire.',
  '',
  { text: 'Main findings', bold: true } as const,
  '',
];
// Lines of the same full width that end sentences.
const FULL = 'Practice is improving across the partnership and leaders know where it is weakest now.';
const CLOSING = ['', { text: 'Next steps', bold: true } as const, '', 'The local authority should prepare a written statement of proposed action by 1 July 2024.', '', 'Yours sincerely'];

describe('page breaks in short letters (2-3 pages), where few pages show where a page starts', () => {
  it('sees the space kept at the top of the last page against the one page before it that starts at the top', async () => {
    const file = await pagesOfLines('three-pages.pdf', [
      { top: 780, lines: [...OPENING, FULL, FULL, 'Leaders have a clear plan for the front door, and it is well understood by staff, who'] },
      { top: 780, lines: ['use it every day. Referrals from schools are of good quality and are dealt with well.', FULL] },
      { top: 765.5, lines: ['Health visitors share what they know about families with social workers promptly.', ...CLOSING] },
    ]);
    const main = (await parseBalanced(file)).findings.filter((f) => f.section === 'main-findings');
    expect(main.map((f) => [f.pages, f.text.slice(0, 30)])).toEqual([
      [[1, 2], 'Practice is improving across t'],
      [[3, 3], 'Health visitors share what the'],
    ]);
  });

  it('reads a new page with nothing to compare by its first words: "However" goes on, a new subject starts a paragraph', async () => {
    const file = await pagesOfLines('two-pages.pdf', [
      { top: 780, lines: [...OPENING, 'The front door works well.', '', FULL, FULL] },
      { top: 780, lines: ['However, the police do not always share what they know about a family in good time.', FULL, 'Health visitors share what they know about families with social workers promptly.', ...CLOSING] },
    ]);
    const file2 = await pagesOfLines('two-pages-new-subject.pdf', [
      { top: 780, lines: [...OPENING, 'The front door works well.', '', FULL, FULL] },
      { top: 780, lines: ['Health visitors share what they know about families with social workers promptly.', ...CLOSING] },
    ]);
    const texts = async (path: string) => (await parseBalanced(path)).findings.filter((f) => f.section === 'main-findings').map((f) => f.text.slice(0, 30));
    expect(await texts(file)).toEqual(['The front door works well.', 'Practice is improving across t']);
    expect(await texts(file2)).toEqual(['The front door works well.', 'Practice is improving across t', 'Health visitors share what the']);
  });
});

describe('page breaks where the page before ends a sentence in a full line: the room left at its foot', () => {
  // Lines that differ from page to page (lines repeated at the pages' feet would be a running footer).
  const TEAMS = ['north', 'south', 'east', 'west', 'central', 'rural', 'urban', 'coastal'];
  const inner = (page: string, count: number) => TEAMS.slice(0, count).map((team) => `Staff of the ${team} team in ${page} know the children and their families well.`);
  // A page's last line: its longest, so full, and it ends a sentence.
  const foot = (page: string) => `Practice is improving across the partnership and leaders know where it is weakest in ${page}.`;

  it('goes on over a page filled to its foot, and starts a paragraph after a page that had room for more', async () => {
    const file = await pagesOfLines('room-at-foot.pdf', [
      { top: 780, lines: [...OPENING, FULL, FULL, 'Leaders have a clear plan for the front door, and it is well understood by staff, who'] },
      // Filled to the foot: with the next page, it shows where full pages end.
      { top: 780, lines: ['use it every day. Referrals from schools are of good quality and are dealt with well.', ...inner('Ashford', 7), foot('Ashford')] },
      // One line short of it: within the spread of full pages' feet, so still full.
      { top: 780, lines: ['Learning from reviews is shared with staff across the agencies in the area quickly.', ...inner('Bexley', 6), foot('Bexley')] },
      // Two lines short of the foot: a line that ran on would have fitted, so the paragraph ended here.
      { top: 780, lines: ['Most children are seen alone by their social workers, who know them and their families.', ...inner('Camden', 5), foot('Camden')] },
      { top: 780, lines: ['Health visitors share what they know about families with social workers promptly.', ...inner('Dover', 2), ...CLOSING] },
    ]);
    const main = (await parseBalanced(file)).findings.filter((f) => f.section === 'main-findings');
    expect(main.map((f) => [f.pages, f.text.slice(0, 30)])).toEqual([
      [[1, 4], 'Practice is improving across t'],
      [[5, 5], 'Health visitors share what the'],
    ]);
  });
});

describe('page breaks that nothing on the page decides: the letter\'s own paragraphs', () => {
  const SUBJECTS = ['Practitioners', 'Leaders', 'Managers', 'Teachers', 'Nurses', 'Officers', 'Volunteers', 'Advocates'];
  const PLACES = ['Ashford', 'Bexley', 'Camden', 'Dover', 'Epsom', 'Fareham', 'Gosport', 'Harlow', 'Ilford', 'Jarrow', 'Kendal', 'Luton', 'Margate', 'Newbury', 'Oldham', 'Penrith', 'Redcar', 'Selby', 'Thirsk', 'Ulverston'];
  // A sentence a line, each different (a line repeated at pages' feet would be a running footer).
  const sentences = (() => {
    let n = 0;
    return () => `${SUBJECTS[n % SUBJECTS.length]} in ${PLACES[Math.floor(n++ / SUBJECTS.length) % PLACES.length]} know the children and their families well.`;
  })();
  /** A page's last line: its longest, so full. */
  const longest = (line: string) => line.replace(/\.$/, ', and act on what they know.');
  const paragraph = (lines: number) => Array.from({ length: lines }, sentences);
  const paragraphs = (count: number, lines = 4) => Array.from({ length: count }, () => paragraph(lines)).flatMap((p, i) => (i === 0 ? p : ['', ...p]));
  const finishing = <T,>(lines: T[], change: (line: T) => T) => [...lines.slice(0, -1), change(lines[lines.length - 1]!)];

  it('where paragraphs run to four sentences, two runs of four over a full page are two paragraphs, and one sentence runs on into three', async () => {
    // Pages 2-4 hold 40 lines and 9 gaps each, so they end on one baseline: filled to the foot.
    const newParagraph = paragraph(4);
    const oneSentence = ['Leaders across the partnership have agreed a shared approach to the help that children', 'and families are given at the first sign of need, to the way that the agencies work with', 'them and with each other when the need grows, and to how they will know that the help has', longest('made a difference to the lives of the children and the families who received it.')];
    const file = await pagesOfLines('paragraph-lengths.pdf', [
      { top: 780, lines: [...OPENING, ...paragraphs(3)] },
      { top: 780, lines: finishing(paragraphs(10), longest) },
      { top: 780, lines: [...newParagraph, '', ...paragraphs(8), '', ...oneSentence] },
      { top: 780, lines: [...paragraph(3), '', ...paragraphs(8), '', ...paragraph(4), 'Leaders have a clear plan for the front door, and it is well understood by staff, who'] },
      { top: 780, lines: ['use it every day. Referrals from schools are of good quality and are dealt with well.', '', ...paragraph(4), ...CLOSING] },
    ]);
    const main = (await parseBalanced(file)).findings.filter((f) => f.section === 'main-findings');
    // Page 3 opens a paragraph of its own; the one sentence at its foot goes on with page 4's three.
    expect(main.filter((f) => f.text.startsWith(newParagraph[0]!)).map((f) => f.pages)).toEqual([[3, 3]]);
    expect(main.filter((f) => f.text.startsWith(oneSentence[0]!)).map((f) => [f.pages, f.text.split('. ').length])).toEqual([[[3, 4], 4]]);
    expect(main.length).toBe(3 + 10 + 10 + 9 + 1);
  });

  it('on pages with footnotes and none shown full, a page that stopped lines above the fullest one ended its paragraph', async () => {
    // Pages 2 and 3 both end a sentence over notes, so neither shows itself full; page 2 stops two
    // lines higher above its notes than page 3. Its last paragraph, one sentence, does not run on
    // into the three that open page 3, as its length alone would have it.
    const notes = ['1 Section 20 of the Children Act 2004 sets out who takes part in a joint targeted area inspection and', 'what the inspectorates may ask of the local partnership when they do.'];
    const oneLine = longest(sentences());
    const opensPage3 = paragraph(3);
    const file = await pagesOfLines('note-room.pdf', [
      { top: 780, lines: [...OPENING, ...paragraphs(4)] },
      { top: 780, lines: [...paragraphs(9), '', oneLine], notes },
      { top: 780, lines: [...opensPage3, '', ...finishing(paragraphs(9), longest)], notes },
      { top: 780, lines: [...paragraph(4), ...CLOSING] },
    ]);
    const result = await parseBalanced(file);
    const main = result.findings.filter((f) => f.section === 'main-findings');
    expect(result.removed.filter((removal) => removal.kind === 'footnote').map((removal) => removal.page)).toEqual([2, 3]);
    expect(main.filter((f) => f.text.includes(oneLine)).map((f) => [f.pages, f.text])).toEqual([[[2, 2], oneLine]]);
    expect(main.filter((f) => f.text.includes(opensPage3[0]!)).map((f) => [f.pages, f.text.startsWith(opensPage3[0]!)])).toEqual([[[3, 3], true]]);
  });

  it('in a letter that opens its paragraphs with an indent, a page top at the margin goes on and one indented starts a paragraph', async () => {
    // No gaps between paragraphs, and one page between the first and the last: no foot to compare.
    // Lines inside a paragraph run on (no sentence ends at their ends); a paragraph's last is short.
    const opening = (subject: string) => `${subject} know the children and their families well, and they`;
    const middle = 'see them often, alone and with their families, at home and at school, and';
    const indented = (count: number) => Array.from({ length: count }, (_, i) => [
      { text: opening(`${SUBJECTS[i % SUBJECTS.length]} in ${PLACES[i]}`), indent: 22 }, middle, 'listen to them.',
    ] as SetLine[]).flat();
    const goesOn = 'Teachers in Redcar see them often, alone and with their families, at home and at';
    const starts = opening('Officers in Redcar');
    const file = await pagesOfLines('first-line-indents.pdf', [
      { top: 780, lines: [...OPENING, ...indented(4), { text: opening('Nurses in Thirsk'), indent: 22 }, longest('see them often, alone and with their families, at home.')] },
      { top: 780, lines: [goesOn, 'school, and listen to them.', ...indented(6), { text: opening('Nurses in Bexley'), indent: 22 }, longest('see them often, alone and with their families, at school.')] },
      { top: 780, lines: [{ text: starts, indent: 22 }, middle, 'listen to them.', ...CLOSING] },
    ]);
    const main = (await parseBalanced(file)).findings.filter((f) => f.section === 'main-findings');
    expect(main.filter((f) => f.text.includes(goesOn)).map((f) => [f.pages, f.text.startsWith(goesOn)])).toEqual([[[1, 2], false]]);
    expect(main.filter((f) => f.text.includes(starts)).map((f) => [f.pages, f.text.startsWith(starts)])).toEqual([[[3, 3], true]]);
    expect(main.length).toBe(4 + 1 + 6 + 1 + 1);
  });

  it('in a letter that opens its paragraphs with an indent, a page that ended a sentence short of the measure ended its paragraph, though the next page opens at the margin', async () => {
    const opening = (subject: string) => `${subject} know the children and their families well, and they`;
    const middle = 'see them often, alone and with their families, at home and at school, and';
    const indented = (count: number, from: number) => Array.from({ length: count }, (_, i) => [
      { text: opening(`${SUBJECTS[(i + from) % SUBJECTS.length]} in ${PLACES[(i + from) % PLACES.length]}`), indent: 22 }, middle, `listen to them in ${PLACES[(i + from) % PLACES.length]}.`,
    ] as SetLine[]).flat();
    const flush = 'Health visitors share what they know about families with social workers promptly.';
    const file = await pagesOfLines('short-foot-indents.pdf', [
      { top: 780, lines: [...OPENING, ...indented(5, 0)] },
      { top: 780, lines: indented(7, 5) },
      { top: 780, lines: [flush, ...indented(2, 12), ...CLOSING] },
    ]);
    const main = (await parseBalanced(file)).findings.filter((f) => f.section === 'main-findings');
    expect(main.filter((f) => f.text.includes(flush)).map((f) => [f.pages, f.text])).toEqual([[[3, 3], flush]]);
    expect(main.length).toBe(5 + 7 + 1 + 2);
  });
});

// A twenty-second round (helper 8av): the space a letter keeps before its paragraphs, measured
// against the letter's own paragraph gap rather than a fixed share of a line. Word's usual "6 pt
// after" a paragraph, on lines 14.5 pt apart, is 0.41 of a line: kept at a page's top, the first
// line stands 6 pt below where pages usually start, short of the 0.6 of a line the rule asked.
describe('page breaks where a letter keeps its paragraph space (6 pt, less than half a line) at the top of a page (helper 8av)', () => {
  const TEAMS = ['north', 'south', 'east', 'west', 'central', 'rural', 'urban', 'coastal', 'early help', 'youth'];
  const inner = (page: string, count: number) => TEAMS.slice(0, count).map((team) => `Staff of the ${team} team in ${page} know the children and their families well.`);
  // Paragraphs of three sentences, a sentence a line; a page's last line its longest, so full.
  const paragraphs = (page: string, count: number) => Array.from({ length: count }, (_, i) => inner(`${page} ${i + 1}`, 3)).flatMap((p, i) => (i === 0 ? p : ['', ...p]));
  const foot = (page: string) => `Practice is improving across the partnership and leaders know where it is weakest in ${page}.`;
  const opensPage3 = 'Health visitors share what they know about families with social workers promptly.';
  const letter = (name: string, page3Top: number) => pagesOfLines(name, [
    { top: 780, lines: [...OPENING, ...paragraphs('Ashford', 6)] },
    // Filled to the foot, ending a sentence in a full line; the last paragraph one sentence so far.
    { top: 780, lines: [...paragraphs('Bexley', 11), '', foot('Bexley')] },
    { top: page3Top, lines: [opensPage3, ...inner('Camden', 2), '', ...paragraphs('Dover', 10), '', foot('Dover')] },
    { top: 780, lines: [...inner('Epsom', 3), ...CLOSING] },
  ], 6);

  it('starts a paragraph where the new page\'s first line stands the letter\'s paragraph space below the usual top', async () => {
    const main = (await parseBalanced(await letter('six-point-space-kept.pdf', 774))).findings.filter((f) => f.section === 'main-findings');
    expect(main.filter((f) => f.text.includes(opensPage3)).map((f) => [f.pages, f.text.startsWith(opensPage3)])).toEqual([[[3, 3], true]]);
  });

  it('leaves the same break to the letter\'s paragraph lengths where the first line stands at the usual top', async () => {
    // One sentence, then three: paragraphs here run to three sentences, so one of four is likelier than two.
    const main = (await parseBalanced(await letter('six-point-space-none.pdf', 780))).findings.filter((f) => f.section === 'main-findings');
    expect(main.filter((f) => f.text.includes(opensPage3)).map((f) => [f.pages, f.text.startsWith(foot('Bexley'))])).toEqual([[[2, 3], true]]);
  });

  it('takes a page top 2 pt low, well short of the letter\'s 6 pt, for a page that strays, not a space kept', async () => {
    const main = (await parseBalanced(await letter('six-point-space-stray.pdf', 778))).findings.filter((f) => f.section === 'main-findings');
    expect(main.filter((f) => f.text.includes(opensPage3)).map((f) => [f.pages, f.text.startsWith(foot('Bexley'))])).toEqual([[[2, 3], true]]);
  });
});
