import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extractPdf } from '../src/extract/pdf.js';
import { parseFile } from '../src/parse.js';
import type { ParseResult } from '../src/types.js';
import { fixture, jtai, parsed, tempDir } from './helpers.js';
import { buildPdf } from './letter-pdf.js';
import { wrap } from './typeset.js';

// Drawn layouts that none of the letters in fixtures/letters shows but published letters do: a
// table of one column, a table inside a study's box, a box with rounded corners, a box drawn as
// shading on each page with its border on one page only, and text set in two columns. Each
// fixture sets a real letter's wording (Surrey 2023, as jtai reads it from the real PDF) in the
// layout in question, in Helvetica 11 pt; what it must read is written by hand: which section each
// paragraph lands in, in what order.

const dir = tempDir('jtai-drawn-');
const surrey = await parsed('letters/surrey-2023-05-02.pdf');
const leeds = await parsed('letters/leeds-2024-05-16.pdf');

/** The real letter's paragraphs of one section, in order. */
const textsOf = (result: ParseResult, section: string) => result.findings.filter((f) => f.section === section).map((f) => f.text);
const MAIN = textsOf(surrey, 'main-findings');
const IMPROVE = textsOf(surrey, 'what-needs-to-improve');
const PRACTICE = textsOf(surrey, 'case-study-practice');
const IMPROVEMENT_STUDY = textsOf(surrey, 'case-study-improvement');
const NEXT = textsOf(surrey, 'next-steps');
const SUMMARY = textsOf(surrey, 'summary');
/** A study long enough to fill a page: Surrey's practice study, then Leeds's two. */
const LONG_STUDY = [...PRACTICE, ...textsOf(leeds, 'case-study-practice')];
/** Short paragraphs of main findings, so that each fixture stays on one or two pages. */
const SHORT_MAIN = MAIN.filter((text) => text.length < 420);

/** A box's look, page by page (a box over a page break is drawn once on each page). */
type BoxStyle =
  | 'shaded'
  | 'outlined'
  | 'rounded'
  | 'rounded, sides and corners drawn apart'
  | 'shaded, border on its first page only'
  | 'shaded, border on its last page only';

type Block =
  | { kind: 'text'; text: string; bold?: boolean; size?: number; glyph?: boolean }
  | { kind: 'page-break' }
  | { kind: 'box'; style: BoxStyle; blocks: Block[] }
  /** Cells of equal width; rules between the rows, and between the columns; drawn cell by cell when `cells`. */
  | { kind: 'table'; rows: string[][]; drawn: 'cells' | 'rules' }
  /**
   * Two columns of text side by side with no rule between them, the left one to be read first;
   * drawn column by column, or line by line across both (as a table with no borders is drawn).
   */
  | { kind: 'columns'; left: Block[]; right: Block[]; drawn: 'by column' | 'by line' }
  /**
   * Paragraphs flowed in two columns as a newspaper sets them: down the left column to the page's
   * foot, on at the top of the right, then on to the next page's left column; drawn column by
   * column, or line by line across both.
   */
  | { kind: 'flow'; blocks: Block[]; drawn: 'by column' | 'by line' }
  /** Rows of two cells side by side with no rule anywhere, each row's cells starting on one baseline. */
  | { kind: 'borderless table'; rows: Array<[string, string]> };

const WIDTH = 595;
const HEIGHT = 842;
const MARGIN = 70;
const TOP = 780;
const BOTTOM = 70;
const STEP = 14;
const GAP = 10;
const PAD = 8;

const text = (value: string, options: { bold?: boolean; size?: number; glyph?: boolean } = {}): Block => ({ kind: 'text', text: value, ...options });
const heading = (value: string): Block => text(value, { bold: true, size: 13 });

interface PageOps {
  /** Drawn first (boxes, rules), as producers draw a box before its text. */
  drawings: Array<(page: PDFPage) => void>;
  /** Each with its place, so that a region can be drawn in another order. */
  texts: Array<{ x: number; y: number; draw: (page: PDFPage) => void }>;
}

/** The letter's front matter (real), the blocks, then the sign-off, set as a PDF; returns its path. */
async function buildLetter(name: string, body: Block[], { pageNumbers = true, background = false } = {}): Promise<string> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const pages: PageOps[] = [];
  let y = 0;
  const newPage = () => {
    pages.push({ drawings: [], texts: [] });
    y = TOP + STEP;
  };
  newPage();
  const current = () => pages[pages.length - 1]!;

  /** Sets blocks between x and x + width; returns nothing, moves y down (and on to new pages). */
  const set = (blocks: Block[], x: number, width: number) => {
    blocks.forEach((block, index) => {
      if (block.kind === 'page-break') {
        newPage();
        return;
      }
      if (block.kind === 'text') {
        const font = block.bold ? bold : regular;
        const size = block.size ?? 11;
        const indent = block.glyph ? 18 : 0;
        const wrapped = wrap(block.text, font, size, width - indent);
        wrapped.forEach((line, i) => {
          // A paragraph's space before it, but not at the top of a page or of a box.
          const gap = i === 0 && index > 0 && y <= TOP ? GAP : 0;
          if (y - STEP - gap < BOTTOM) newPage();
          y -= STEP + (y <= TOP ? gap : 0);
          const at = y;
          const glyph = block.glyph && i === 0;
          current().texts.push({ x, y: at, draw: (page) => {
            if (glyph) page.drawText('\u2022', { x, y: at, size, font: regular });
            page.drawText(line, { x: x + indent, y: at, size, font });
          } });
        });
        return;
      }
      if (block.kind === 'box') {
        if (index > 0) y -= GAP;
        const startPage = pages.length - 1;
        const top = y;
        y -= PAD;
        set(block.blocks, x + PAD + 2, width - 2 * PAD - 4);
        y -= PAD;
        const bottom = y;
        // One rectangle per page the box runs over, from its top (or the page's top) to its foot (or the page's foot).
        for (let p = startPage; p < pages.length; p++) {
          const from = p === startPage ? top : TOP + STEP;
          const to = p === pages.length - 1 ? bottom : BOTTOM - 6;
          pages[p]!.drawings.push((page) => drawBox(page, { left: x, right: x + width, top: from, bottom: to }, block.style, p === startPage, p === pages.length - 1));
        }
        y -= 4;
        return;
      }
      if (block.kind === 'table') {
        if (index > 0) y -= GAP;
        const columns = block.rows[0]!.length;
        const cellWidth = width / columns;
        // The rows set on each page the table runs over; a row that does not fit goes to the next page.
        let part = { page: current(), top: y, rowTops: [] as number[] };
        const drawPart = ({ page, top, rowTops }: typeof part, bottom: number) => page.drawings.push((pdfPage) => {
          const line = (x1: number, y1: number, x2: number, y2: number) => pdfPage.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness: 0.75 });
          if (block.drawn === 'cells') {
            // Each cell stroked on its own, as a word processor draws a table.
            rowTops.forEach((rowTop, r) => {
              const rowBottom = rowTops[r + 1] ?? bottom;
              for (let c = 0; c < columns; c++) {
                pdfPage.drawRectangle({ x: x + c * cellWidth, y: rowBottom, width: cellWidth, height: rowTop - rowBottom, borderColor: rgb(0, 0, 0), borderWidth: 0.75 });
              }
            });
          } else {
            // The outline, then a rule under each row but the last, and between the columns.
            line(x, top, x + width, top);
            line(x, bottom, x + width, bottom);
            line(x, bottom, x, top);
            line(x + width, bottom, x + width, top);
            for (const rowTop of rowTops.slice(1)) line(x, rowTop, x + width, rowTop);
            for (let c = 1; c < columns; c++) line(x + c * cellWidth, bottom, x + c * cellWidth, top);
          }
        });
        for (const row of block.rows) {
          const cells = row.map((cell) => wrap(cell, regular, 11, cellWidth - 2 * PAD));
          const lines = Math.max(...cells.map((c) => c.length));
          const rowHeight = PAD * 2 + 8 + (lines - 1) * STEP + 4;
          if (y - rowHeight < BOTTOM) {
            drawPart(part, y);
            newPage();
            y = TOP + 12;
            part = { page: current(), top: y, rowTops: [] };
          }
          part.rowTops.push(y);
          const page = current();
          cells.forEach((cell, c) => cell.forEach((line, i) => {
            const at = y - PAD - 8 - i * STEP;
            page.texts.push({ x: x + c * cellWidth + PAD, y: at, draw: (pdfPage) => pdfPage.drawText(line, { x: x + c * cellWidth + PAD, y: at, size: 11, font: regular }) });
          }));
          y -= rowHeight;
        }
        drawPart(part, y);
        y -= 4;
        return;
      }
      if (block.kind === 'flow') {
        if (index > 0) y -= GAP;
        const columnWidth = (width - 20) / 2;
        let column = 0;
        let top = y;
        let lowest = y;
        let first = current().texts.length;
        const byLine = () => {
          if (block.drawn === 'by line') current().texts.push(...current().texts.splice(first).sort((a, b) => b.y - a.y || a.x - b.x));
        };
        block.blocks.forEach((paragraph, k) => {
          if (paragraph.kind !== 'text') throw new Error('a flow holds paragraphs only');
          const font = paragraph.bold ? bold : regular;
          const size = paragraph.size ?? 11;
          const indent = paragraph.glyph ? 18 : 0;
          wrap(paragraph.text, font, size, columnWidth - indent).forEach((line, i) => {
            const gap = i === 0 && k > 0 ? GAP : 0;
            if (y - STEP - gap < BOTTOM) {
              if (column === 0) column = 1;
              else {
                byLine();
                newPage();
                column = 0;
                top = y;
                lowest = y;
                first = 0;
              }
              y = top;
            }
            y -= STEP + (y === top ? 0 : gap);
            lowest = Math.min(lowest, y);
            const at = y;
            const left = x + column * (columnWidth + 20);
            const glyph = paragraph.glyph && i === 0;
            current().texts.push({ x: left, y: at, draw: (page) => {
              if (glyph) page.drawText('\u2022', { x: left, y: at, size, font: regular });
              page.drawText(line, { x: left + indent, y: at, size, font });
            } });
          });
        });
        byLine();
        y = lowest;
        return;
      }
      if (block.kind === 'borderless table') {
        if (index > 0) y -= GAP;
        const columnWidth = (width - 20) / 2;
        for (const row of block.rows) {
          const cells = row.map((cell) => wrap(cell, regular, 11, columnWidth));
          const lines = Math.max(...cells.map((cell) => cell.length));
          if (y - STEP * lines < BOTTOM) newPage();
          const top = y;
          // Drawn row by row, each line across both cells, as a word processor draws a table.
          for (let i = 0; i < lines; i++) {
            const at = top - STEP * (i + 1);
            cells.forEach((cell, c) => {
              if (cell[i] !== undefined) current().texts.push({ x: x + c * (columnWidth + 20), y: at, draw: (page) => page.drawText(cell[i]!, { x: x + c * (columnWidth + 20), y: at, size: 11, font: regular }) });
            });
          }
          y = top - STEP * lines - GAP;
        }
        return;
      }
      // Two columns: the left set from the current height, then the right from the same height.
      if (index > 0) y -= GAP;
      const start = y;
      const page = current();
      const first = page.texts.length;
      const columnWidth = (width - 20) / 2;
      set(block.left, x, columnWidth);
      const leftEnd = y;
      y = start;
      set(block.right, x + columnWidth + 20, columnWidth);
      y = Math.min(y, leftEnd);
      if (current() !== page) throw new Error('two columns must fit on one page');
      if (block.drawn === 'by line') {
        const region = page.texts.splice(first).sort((a, b) => b.y - a.y || a.x - b.x);
        page.texts.push(...region);
      }
    });
  };

  set([
    text('2 May 2023'),
    ...surrey.letter.recipients.slice(0, 3).map((recipient) => text(recipient.text)),
    text('Dear Surrey Local Safeguarding Partnership'),
    heading(surrey.letter.title!),
    ...SUMMARY.map((paragraph) => text(paragraph)),
    ...body,
    heading('Next steps'),
    ...NEXT.map((paragraph) => text(paragraph)),
    text('Yours sincerely'),
  ], MARGIN, WIDTH - 2 * MARGIN);

  pages.forEach((ops, i) => {
    const page = pdf.addPage([WIDTH, HEIGHT]);
    // A page colour: a rectangle behind the whole page, drawn before anything else.
    if (background) page.drawRectangle({ x: 0, y: 0, width: WIDTH, height: HEIGHT, color: rgb(1, 1, 0.97) });
    for (const draw of ops.drawings) draw(page);
    for (const { draw } of ops.texts) draw(page);
    if (pageNumbers) page.drawText(String(i + 1), { x: WIDTH / 2, y: 40, size: 9, font: regular });
  });
  const file = join(dir, name);
  const bytes = await pdf.save();
  writeFileSync(file, bytes);
  if (process.env.JTAI_KEEP_FIXTURES) writeFileSync(join(process.env.JTAI_KEEP_FIXTURES, name), bytes);
  return file;
}

const SHADE = rgb(0.9, 0.93, 0.97);

/** A box's rectangle on one page, drawn in the given style. */
function drawBox(page: PDFPage, box: { left: number; right: number; top: number; bottom: number }, style: BoxStyle, firstPage: boolean, lastPage: boolean) {
  const { left, right, top, bottom } = box;
  if (style === 'shaded') page.drawRectangle({ x: left, y: bottom, width: right - left, height: top - bottom, color: SHADE });
  else if (style === 'outlined') page.drawRectangle({ x: left, y: bottom, width: right - left, height: top - bottom, borderColor: rgb(0, 0, 0), borderWidth: 0.75 });
  else if (style === 'shaded, border on its first page only' || style === 'shaded, border on its last page only') {
    page.drawRectangle({ x: left, y: bottom, width: right - left, height: top - bottom, color: SHADE });
    if (style.endsWith('first page only') ? firstPage : lastPage) {
      page.drawRectangle({ x: left - 2, y: bottom - 2, width: right - left + 4, height: top - bottom + 4, borderColor: rgb(0.2, 0.3, 0.6), borderWidth: 1.5 });
    }
  } else if (style === 'rounded, sides and corners drawn apart') {
    // Stroked only, each side and each corner a subpath of its own: the sides stop a radius short of the corners.
    const r = 10;
    const k = r * 0.5523;
    const w = right - left;
    const h = top - bottom;
    const path = [
      `M ${r} 0 L ${w - r} 0`, `M ${w} ${r} L ${w} ${h - r}`, `M ${w - r} ${h} L ${r} ${h}`, `M 0 ${h - r} L 0 ${r}`,
      `M ${w - r} 0 C ${w - r + k} 0 ${w} ${r - k} ${w} ${r}`, `M ${w} ${h - r} C ${w} ${h - r + k} ${w - r + k} ${h} ${w - r} ${h}`,
      `M ${r} ${h} C ${r - k} ${h} 0 ${h - r + k} 0 ${h - r}`, `M 0 ${r} C 0 ${r - k} ${r - k} 0 ${r} 0`,
    ].join(' ');
    page.drawSvgPath(path, { x: left, y: top, borderColor: rgb(0.2, 0.3, 0.6), borderWidth: 1 });
  } else {
    // Corners of radius 10, each a curve: one path, filled and stroked (y runs down in an SVG path).
    const r = 10;
    const k = r * 0.5523;
    const w = right - left;
    const h = top - bottom;
    const path = [
      `M ${r} 0 L ${w - r} 0 C ${w - r + k} 0 ${w} ${r - k} ${w} ${r}`,
      `L ${w} ${h - r} C ${w} ${h - r + k} ${w - r + k} ${h} ${w - r} ${h}`,
      `L ${r} ${h} C ${r - k} ${h} 0 ${h - r + k} 0 ${h - r}`,
      `L 0 ${r} C 0 ${r - k} ${r - k} 0 ${r} 0 Z`,
    ].join(' ');
    page.drawSvgPath(path, { x: left, y: top, color: SHADE, borderColor: rgb(0.2, 0.3, 0.6), borderWidth: 1 });
  }
}

/** Each finding's section and its text, in order, after the summary. */
const structure = (result: ParseResult) => result.findings.filter((f) => f.section !== 'summary').map((f) => [f.section, f.text]);

function expectBalanced(result: ParseResult) {
  expect(result.accounting.unassigned).toEqual([]);
  expect(result.accounting.claimedTwice).toBe(0);
  expect(result.accounting.balanced).toBe(true);
}

const nextSteps = NEXT.map((paragraph) => ['next-steps', paragraph]);

describe('a table of one column (cells stacked, rules between the rows) is a table, not a box', () => {
  // Straight after a boxed study, a table read as a box would be read as more of the study.
  it.each(['cells', 'rules'] as const)('reads each row as a paragraph of the section it stands in (drawn as %s)', async (drawn) => {
    const result = await parseFile(await buildLetter(`one-column-table-${drawn}.pdf`, [
      heading('Main findings'),
      ...SHORT_MAIN.slice(0, 2).map((paragraph) => text(paragraph)),
      { kind: 'box', style: 'outlined', blocks: [text('Practice study: highly effective practice', { bold: true }), text(PRACTICE[0]!)] },
      { kind: 'table', rows: SHORT_MAIN.slice(2, 5).map((paragraph) => [paragraph]), drawn },
      text(SHORT_MAIN[5]!),
    ]));
    expect(structure(result)).toEqual([
      ...SHORT_MAIN.slice(0, 2).map((paragraph) => ['main-findings', paragraph]),
      ['case-study-practice', PRACTICE[0]],
      ...SHORT_MAIN.slice(2, 6).map((paragraph) => ['main-findings', paragraph]),
      ...nextSteps,
    ]);
    expectBalanced(result);
  });
});

describe('a study drawn as a table of one column (its heading in the first cell) is a study', () => {
  const PLACES = textsOf(leeds, 'case-study-practice').slice(4);
  it.each([
    ['Practice study: highly effective practice', PRACTICE],
    ['Places and spaces: highly effective practice', PLACES],
  ])('reads "%s" and its paragraphs as the study, and the main findings after it', async (title, paragraphs) => {
    const result = await parseFile(await buildLetter(`study-as-table-${title.split(':')[0]!.replace(/\W+/g, '-')}.pdf`, [
      { kind: 'page-break' },
      heading('Main findings'),
      ...SHORT_MAIN.slice(0, 2).map((paragraph) => text(paragraph)),
      { kind: 'table', rows: [[title], ...paragraphs.map((paragraph) => [paragraph])], drawn: 'cells' },
      ...SHORT_MAIN.slice(2, 4).map((paragraph) => text(paragraph)),
    ]));
    expect(structure(result)).toEqual([
      ...SHORT_MAIN.slice(0, 2).map((paragraph) => ['main-findings', paragraph]),
      ...paragraphs.map((paragraph) => ['case-study-practice', paragraph]),
      ...SHORT_MAIN.slice(2, 4).map((paragraph) => ['main-findings', paragraph]),
      ...nextSteps,
    ]);
    expectBalanced(result);
  });
});

describe('the studies\' headings are the section rules\' (rules/sections.yaml, or a user\'s --rules)', () => {
  // A user's sections.yaml in which "Spotlight: what worked well" opens a practice study.
  const rulesDir = join(dir, 'spotlight-rules');
  mkdirSync(rulesDir, { recursive: true });
  const shipped = readFileSync(fixture('../rules/sections.yaml'), 'utf8');
  const practiceForms = '    prefixes: [case study, practice study, places and spaces]\n    contains: [practice, strength, effective]\n';
  if (!shipped.includes(practiceForms)) throw new Error('rules/sections.yaml no longer has the practice study\'s forms this test changes');
  writeFileSync(join(rulesDir, 'sections.yaml'), shipped.replace(practiceForms, '    prefixes: [case study, practice study, places and spaces, spotlight]\n    contains: [practice, strength, effective, worked well]\n'));
  const parseWith = (file: string, rules: string[]) => {
    const run = jtai(['parse', file, ...rules]);
    if (run.code !== 0) throw new Error(run.stderr);
    return JSON.parse(run.stdout) as ParseResult;
  };

  it('reads a table of one column headed by a study heading of the user\'s rules as the study, and one the rules do not know as a table', async () => {
    const file = await buildLetter('study-heading-of-user-rules.pdf', [
      { kind: 'page-break' },
      heading('Main findings'),
      ...SHORT_MAIN.slice(0, 2).map((paragraph) => text(paragraph)),
      { kind: 'table', rows: [['Spotlight: what worked well'], ...PRACTICE.map((paragraph) => [paragraph])], drawn: 'cells' },
      ...SHORT_MAIN.slice(2, 4).map((paragraph) => text(paragraph)),
    ]);
    const withUserRules = parseWith(file, ['--rules', rulesDir]);
    expect(structure(withUserRules)).toEqual([
      ...SHORT_MAIN.slice(0, 2).map((paragraph) => ['main-findings', paragraph]),
      ...PRACTICE.map((paragraph) => ['case-study-practice', paragraph]),
      ...SHORT_MAIN.slice(2, 4).map((paragraph) => ['main-findings', paragraph]),
      ...nextSteps,
    ]);
    expectBalanced(withUserRules);
    // With the shipped rules the heading is no study's: the table's rows are paragraphs of the main findings.
    const shippedRules = parseWith(file, []);
    expect(shippedRules.findings.filter((f) => f.section === 'case-study-practice')).toEqual([]);
    expect(structure(shippedRules).filter(([, paragraph]) => PRACTICE.includes(paragraph!)).map(([section]) => section)).toEqual(PRACTICE.map(() => 'main-findings'));
  });
});

describe('a table inside a study\'s box stays in the study', () => {
  it('reads the table\'s rows as the study\'s, and goes back to the main findings after the box', async () => {
    const rows = [
      ['Agency', 'What it did for Briony'],
      ['Health visiting', PRACTICE[1]!],
      ['Early help', PRACTICE[2]!],
    ];
    const result = await parseFile(await buildLetter('table-in-study-box.pdf', [
      heading('Main findings'),
      ...SHORT_MAIN.slice(0, 2).map((paragraph) => text(paragraph)),
      { kind: 'box', style: 'outlined', blocks: [text('Practice study: highly effective practice', { bold: true }), text(PRACTICE[0]!), { kind: 'table', rows, drawn: 'rules' }, text(IMPROVEMENT_STUDY[1]!)] },
      ...SHORT_MAIN.slice(2, 4).map((paragraph) => text(paragraph)),
    ]));
    expect(structure(result)).toEqual([
      ...SHORT_MAIN.slice(0, 2).map((paragraph) => ['main-findings', paragraph]),
      ['case-study-practice', PRACTICE[0]],
      ...rows.map((row) => ['case-study-practice', row.join(' ')]),
      ['case-study-practice', IMPROVEMENT_STUDY[1]],
      ...SHORT_MAIN.slice(2, 4).map((paragraph) => ['main-findings', paragraph]),
      ...nextSteps,
    ]);
    expectBalanced(result);
  });
});

describe('a box with rounded corners (curves, not a rectangle) is a box', () => {
  it.each(['rounded', 'rounded, sides and corners drawn apart'] as const)('reads the study in it as a study, and goes back to the main findings after it (%s)', async (style) => {
    const result = await parseFile(await buildLetter(`${style.replace(/\W+/g, '-')}-box.pdf`, [
      heading('Main findings'),
      ...SHORT_MAIN.slice(0, 2).map((paragraph) => text(paragraph)),
      { kind: 'box', style, blocks: [text('Practice study: highly effective practice', { bold: true }), ...PRACTICE.map((paragraph) => text(paragraph))] },
      ...SHORT_MAIN.slice(2, 4).map((paragraph) => text(paragraph)),
    ]));
    expect(structure(result)).toEqual([
      ...SHORT_MAIN.slice(0, 2).map((paragraph) => ['main-findings', paragraph]),
      ...PRACTICE.map((paragraph) => ['case-study-practice', paragraph]),
      ...SHORT_MAIN.slice(2, 4).map((paragraph) => ['main-findings', paragraph]),
      ...nextSteps,
    ]);
    expectBalanced(result);
  });
});

describe('a study\'s box shaded on each page, its border on one page only', () => {
  it.each(['shaded, border on its first page only', 'shaded, border on its last page only'] as const)('keeps the study in its box over the page break, and goes back to the main findings after it (%s)', async (style) => {
    const result = await parseFile(await buildLetter(`${style.replace(/\W+/g, '-')}.pdf`, [
      heading('Main findings'),
      ...MAIN.slice(0, 4).map((paragraph) => text(paragraph)),
      { kind: 'box', style, blocks: [text('Practice study: highly effective practice', { bold: true }), ...PRACTICE.map((paragraph) => text(paragraph))] },
      ...SHORT_MAIN.slice(4, 6).map((paragraph) => text(paragraph)),
    ]));
    expect(structure(result)).toEqual([
      ...MAIN.slice(0, 4).map((paragraph) => ['main-findings', paragraph]),
      ...PRACTICE.map((paragraph) => ['case-study-practice', paragraph]),
      ...SHORT_MAIN.slice(4, 6).map((paragraph) => ['main-findings', paragraph]),
      ...nextSteps,
    ]);
    expectBalanced(result);
  });

  // Pages with no page number (as Wokingham 2017's): the middle page's text is all in the box,
  // which is then no background drawn behind the whole page but the study going on.
  it.each([false, true])('keeps a study in its box over a whole page with nothing else on it (page colour drawn: %s)', async (background) => {
    const result = await parseFile(await buildLetter(`box-over-a-whole-page${background ? '-page-colour' : ''}.pdf`, [
      heading('Main findings'),
      ...MAIN.slice(0, 2).map((paragraph) => text(paragraph)),
      { kind: 'box', style: 'shaded, border on its first page only', blocks: [text('Practice study: highly effective practice', { bold: true }), ...LONG_STUDY.map((paragraph) => text(paragraph))] },
      ...SHORT_MAIN.slice(4, 6).map((paragraph) => text(paragraph)),
    ], { pageNumbers: false, background }));
    expect(structure(result)).toEqual([
      ...MAIN.slice(0, 2).map((paragraph) => ['main-findings', paragraph]),
      ...LONG_STUDY.map((paragraph) => ['case-study-practice', paragraph]),
      ...SHORT_MAIN.slice(4, 6).map((paragraph) => ['main-findings', paragraph]),
      ...nextSteps,
    ]);
    expect(result.findings.filter((f) => f.section === 'case-study-practice').map((f) => f.pages).flat()).toContain(3);
    expectBalanced(result);
  });
});

describe('two columns of text side by side (no table, no rule) are read column by column', () => {
  it.each(['by column', 'by line'] as const)('reads the left column, then the right (drawn %s)', async (drawn) => {
    const result = await parseFile(await buildLetter(`two-columns-${drawn.replace(' ', '-')}.pdf`, [
      { kind: 'page-break' },
      heading('Main findings'),
      text(SHORT_MAIN[0]!),
      { kind: 'columns', drawn, left: SHORT_MAIN.slice(1, 3).map((paragraph) => text(paragraph)), right: SHORT_MAIN.slice(3, 5).map((paragraph) => text(paragraph)) },
      text(SHORT_MAIN[5]!),
    ]));
    expect(structure(result)).toEqual([
      ...SHORT_MAIN.slice(0, 6).map((paragraph) => ['main-findings', paragraph]),
      ...nextSteps,
    ]);
    expectBalanced(result);
  });
});

describe('two columns: where they start and end, and what is not two columns', () => {
  it.each(['by column', 'by line'] as const)('reads a full-width heading, then columns that run on over the page break, a paragraph going on from one column to the next (drawn %s)', async (drawn) => {
    const result = await parseFile(await buildLetter(`flowed-columns-${drawn.replace(' ', '-')}.pdf`, [
      { kind: 'page-break' },
      heading('Main findings'),
      { kind: 'flow', drawn, blocks: MAIN.slice(0, 9).map((paragraph) => text(paragraph)) },
      heading('What needs to improve?'),
      ...IMPROVE.map((item) => text(item, { glyph: true })),
    ]));
    expect(structure(result)).toEqual([
      ...MAIN.slice(0, 9).map((paragraph) => ['main-findings', paragraph]),
      ...IMPROVE.map((item) => ['what-needs-to-improve', item]),
      ...nextSteps,
    ]);
    expectBalanced(result);
  });

  it.each(['by column', 'by line'] as const)('reads a list of bullets set in two columns item by item, left column first (drawn %s)', async (drawn) => {
    const result = await parseFile(await buildLetter(`bullets-in-columns-${drawn.replace(' ', '-')}.pdf`, [
      { kind: 'page-break' },
      heading('What needs to improve?'),
      { kind: 'columns', drawn, left: IMPROVE.slice(0, 3).map((item) => text(item, { glyph: true })), right: IMPROVE.slice(3, 6).map((item) => text(item, { glyph: true })) },
      heading('Main findings'),
      ...SHORT_MAIN.slice(0, 2).map((paragraph) => text(paragraph)),
    ]));
    expect(structure(result)).toEqual([
      ...IMPROVE.slice(0, 6).map((item) => ['what-needs-to-improve', item]),
      ...SHORT_MAIN.slice(0, 2).map((paragraph) => ['main-findings', paragraph]),
      ...nextSteps,
    ]);
    expectBalanced(result);
  });

  it.each(['by column', 'by line'] as const)('reads two sections side by side, each under its own heading, left then right (drawn %s)', async (drawn) => {
    const strengths = textsOf(surrey, 'strengths');
    const result = await parseFile(await buildLetter(`sections-side-by-side-${drawn.replace(' ', '-')}.pdf`, [
      { kind: 'page-break' },
      {
        kind: 'columns', drawn,
        left: [heading('Strengths'), ...strengths.slice(0, 3).map((item) => text(item, { glyph: true }))],
        right: [heading('What needs to improve?'), ...IMPROVE.slice(0, 3).map((item) => text(item, { glyph: true }))],
      },
      heading('Main findings'),
      ...SHORT_MAIN.slice(0, 2).map((paragraph) => text(paragraph)),
    ]));
    expect(structure(result)).toEqual([
      ...strengths.slice(0, 3).map((item) => ['strengths', item]),
      ...IMPROVE.slice(0, 3).map((item) => ['what-needs-to-improve', item]),
      ...SHORT_MAIN.slice(0, 2).map((paragraph) => ['main-findings', paragraph]),
      ...nextSteps,
    ]);
    expectBalanced(result);
  });

  it('reads a table with no rules (two cells side by side, each row starting on one baseline) row by row, not as columns', async () => {
    const rows: Array<[string, string]> = [
      [SHORT_MAIN[1]!, SHORT_MAIN[2]!],
      [SHORT_MAIN[3]!, SHORT_MAIN[4]!],
    ];
    const result = await parseFile(await buildLetter('borderless-table.pdf', [
      { kind: 'page-break' },
      heading('Main findings'),
      text(SHORT_MAIN[0]!),
      { kind: 'borderless table', rows },
      text(SHORT_MAIN[5]!),
    ]));
    expect(structure(result)).toEqual([
      ['main-findings', SHORT_MAIN[0]],
      ...rows.map((row) => ['main-findings', row.join(' ')]),
      ['main-findings', SHORT_MAIN[5]],
      ...nextSteps,
    ]);
    expectBalanced(result);
  });
});

// A row read as one run across the gutter (its left side ends nearer the right column than a
// gutter) is split where the right column starts on two or more rows around it: two rows agreeing
// show a column, one may be a coincidence (a line of prose whose wide space falls there).
describe('a row read across two columns is split only where two rows show the right column', () => {
  const widthOf = async (text: string) => (await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica)).widthOfTextAtSize(text, 11);
  const LEFT = ['the director of children\u2019s services, who leads', 'the chair of the safeguarding partnership and', 'the director of public health, who commissions', 'the chief nurse of the integrated care board, and', 'the head of the youth justice service, who are'];
  const RIGHT = ['the chief constable of the police force, who is', 'the police and crime commissioner, who sets the', 'the head of the probation service in the area', 'the chief officer of the commissioning group', 'the chief executive of the hospital trust, and'];
  /** The page's rows, the right column at 320: on the `across` row the left text ends at 310, a gap under a gutter (15 points), so the row reads as one run. */
  const page = async (rows: Array<[string, string]>, across: number) => Promise.all(rows.map(async ([left, right], i) => {
    const y = 700 - i * 14;
    const x = i === across ? 310 - (await widthOf(left)) : 70;
    return [{ text: left, x, y }, { text: right, x: 320, y }];
  })).then((texts) => texts.flat());
  const read = async (name: string, rows: Array<[string, string]>, across: number) => {
    const file = await buildPdf(name, [{ texts: await page(rows, across) }]);
    return (await extractPdf(new Uint8Array(readFileSync(file)), file)).pages[0]!.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  };

  it('splits the third row, after two rows in two columns, and reads the block column by column', async () => {
    const rows = LEFT.map((left, i) => [left, RIGHT[i]!] as [string, string]);
    expect(await read('across-after-two.pdf', rows, 2)).toEqual([...LEFT, ...RIGHT]);
  });

  it('does not split the second row, after one row in two columns: the block starts under it', async () => {
    const prose = ['the partnership\u2019s leaders have a shared plan for', 'the front door that is well understood by staff'];
    const rows: Array<[string, string]> = [[LEFT[0]!, RIGHT[0]!], [prose[0]!, prose[1]!], ...LEFT.slice(1, 4).map((left, i) => [left, RIGHT[i + 1]!] as [string, string])];
    const lines = await read('across-after-one.pdf', rows, 1);
    expect(lines.slice(2)).toEqual([...LEFT.slice(1, 4), ...RIGHT.slice(1, 4)]);
    expect(lines[1]!.replace(/\s+/g, ' ')).toBe(prose.join(' '));
  });
});

// A block drawn after the page's text, beside its top (a letterhead's address set right of the
// date and recipients), is read first, as a block of its own, not after the page's foot; a
// signature block's later column, drawn after the earlier beside it where one opens a page, is not.
describe('a block drawn last beside the top of the page', () => {
  const read = async (name: string, texts: Parameters<typeof buildPdf>[1][number]['texts']) => {
    const file = await buildPdf(name, [{ texts }]);
    return (await extractPdf(new Uint8Array(readFileSync(file)), file)).pages[0]!.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  };
  const ADDRESS = ['Ofsted', 'Piccadilly Gate', 'Store Street', 'Manchester M1 2WD'];

  it('reads a letterhead\u2019s address set right of the date and recipients before them, not after the page number', async () => {
    const body = ['2 May 2023', 'Ann Smith, Director of Children\u2019s Services', 'Bob Jones, Chief Constable', '', 'Dear Testshire Safeguarding Partnership', '', ...wrap(MAIN.join(' '), await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica), 11, 450).slice(0, 20)];
    let y = 771;
    const texts = body.flatMap((text) => (text === '' ? ((y -= 10), []) : [{ text, x: 70, y: (y -= 13.5) + 13.5 }]));
    const address = ADDRESS.map((text, i) => ({ text, x: 450, y: 771 - i * 8.5, size: 8 }));
    const lines = await read('letterhead-beside-top.pdf', [...texts, { text: '1', x: 297, y: 35, size: 9 }, ...address]);
    expect(lines.slice(0, ADDRESS.length)).toEqual(ADDRESS);
    expect(lines.at(-1)).toBe('1');
  });

  it('keeps a signature block\u2019s later column after the earlier where they open a page', async () => {
    const first = ['Yvette Stanley', 'National Director, Regulation and Social Care', 'Ofsted', 'Piccadilly Gate', 'Store Street', 'Manchester', 'M1 2WD', 'Telephone 0300 123 1231'];
    const second = ['Wendy Williams', 'HM Inspector of Constabulary', 'HMICFRS', 'London'];
    const column = (texts: string[], x: number, top: number, step: number) => texts.map((text, i) => ({ text, x, y: top - i * step, size: 9 }));
    const lines = await read('signatures-opening-page.pdf', [...column(first, 70, 771, 11), { text: '12', x: 297, y: 35, size: 9 }, ...column(second, 320, 771, 10.5)]);
    expect(lines.findIndex((line) => line.includes('Yvette Stanley'))).toBeLessThan(lines.findIndex((line) => line.includes('Wendy Williams')));
  });
});
