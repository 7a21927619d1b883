import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/parse.js';
import { parsed, REAL_LETTERS, tempDir } from './helpers.js';
import { settable, wrap } from './typeset.js';

// A number that ends a sentence inside a paragraph ("children under 18. This ...") can wrap to
// the start of a line, where it reads like a numbered paragraph ("18. This ..."). Real letters'
// paragraphs that hold such a number are set anew, each on a page as wide as puts the number at
// a line's start; they must come out whole. Real numbered paragraphs, set with no space between
// them, must still come apart.

const SIZE = 10.5;
const STEP = 13.5;
const MARGIN = 64;
/** A number of one to three digits that ends a sentence, and the sentence after it. */
const NUMBER_IN_TEXT = /(?<=\s)\d{1,3}\.\s+(?=[A-Z(])/g;


const OPENING = [
  '1 March 2024',
  "Ann Smith, Director of Children's Services, Testshire County Council",
  'Dear Testshire Safeguarding Partnership',
  'Joint targeted area inspection of Testshire',
  'This letter summarises the findings of the joint targeted area inspection (JTAI) of the multi-agency response to abuse and neglect in Testshire.',
  'Main findings',
];
const CLOSING = ['Next steps', 'The local authority should prepare a written statement of proposed action by 1 July 2024.', 'Yours sincerely'];

/**
 * A letter whose main findings are the given paragraphs, each on a page of its own width (the
 * measure that puts its number at a line's start), in Helvetica. Paragraphs are set with a gap
 * between them unless `tight`, headings in bold.
 */
async function letter(pages: Array<{ paragraphs: string[]; measure: number; tight?: boolean }>, file: string): Promise<void> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const all = [{ paragraphs: OPENING, measure: 440 }, ...pages, { paragraphs: CLOSING, measure: 440 }];
  for (const spec of all) {
    const page = pdf.addPage([spec.measure + 2 * MARGIN, 760]);
    let y = 700;
    for (const paragraph of spec.paragraphs) {
      const font = OPENING[3] === paragraph || /^(Main findings|Next steps)$/.test(paragraph) ? bold : regular;
      for (const line of wrap(paragraph, font, SIZE, spec.measure)) {
        page.drawText(line, { x: MARGIN, y, size: SIZE, font });
        y -= STEP;
      }
      if (!spec.tight) y -= 9;
    }
    page.drawText(String(pdf.getPageCount()), { x: MARGIN + spec.measure / 2, y: 40, size: 9, font: regular });
  }
  writeFileSync(file, await pdf.save({ useObjectStreams: false }));
}

describe('a number wrapped to the start of a line is not a numbered paragraph', async () => {
  const dir = tempDir('jtai-wrapped-numbers-');
  const helvetica = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
  const clean = settable(helvetica, SIZE);
  // Each real paragraph with a number that ends a sentence, and the measure that wraps the line before the number.
  const cases: Array<{ text: string; measure: number }> = [];
  for (const name of REAL_LETTERS) {
    for (const finding of (await parsed(`letters/${name}.pdf`)).findings) {
      const text = clean(finding.text).replace(/\s+/g, ' ').trim();
      if (!/^[A-Z]/.test(text) || !/[.!?]$/.test(text)) continue;
      for (const match of text.matchAll(NUMBER_IN_TEXT)) {
        // The narrowest measure from 300 points up that puts this number at a line's start.
        const starts = (measure: number) => wrap(text, helvetica, SIZE, measure).some((line) => line.startsWith(match[0].trim()) && text.indexOf(line) === match.index);
        const measure = Array.from({ length: 160 }, (_, i) => 300 + i).find(starts);
        if (measure !== undefined) cases.push({ text, measure });
      }
    }
  }

  it('found real paragraphs whose number the measure wraps to a line start', () => {
    expect(cases.length).toBeGreaterThanOrEqual(3);
  });

  it('reads each such paragraph whole, on pages of as many widths', async () => {
    const file = join(dir, 'wrapped-numbers.pdf');
    await letter(cases.map((c) => ({ paragraphs: [c.text], measure: c.measure })), file);
    const result = await parseFile(file);
    const main = result.findings.filter((f) => f.section === 'main-findings').map((f) => f.text.replace(/\s+/g, ' ').trim());
    expect(main).toEqual(cases.map((c) => c.text));
    expect(result.accounting.balanced).toBe(true);
  });

  it('still parts numbered paragraphs set with no space between them', async () => {
    const file = join(dir, 'numbered-tight.pdf');
    const texts = cases.slice(0, 3).map((c) => c.text);
    await letter([{ paragraphs: texts.map((text, i) => `${i + 1}. ${text}`), measure: 430, tight: true }], file);
    const main = (await parseFile(file)).findings.filter((f) => f.section === 'main-findings').map((f) => f.text.replace(/\s+/g, ' ').trim());
    expect(main).toEqual(texts);
  });

  it('parts numbered items with no full stop by their run of numbers (text, where nothing else shows it)', async () => {
    const file = join(dir, 'numbered-run.txt');
    const items = ['Improve the quality of referrals from schools to the front door', 'Strengthen the oversight of strategy meetings by managers', 'Ensure that children are seen alone'];
    writeFileSync(file, [...OPENING.flatMap((line) => [line, '']), ...items.map((item, i) => `${i + 1}. ${item}`), '', ...CLOSING.flatMap((line) => [line, ''])].join('\n'));
    const main = (await parseFile(file)).findings.filter((f) => f.section === 'main-findings').map((f) => f.text);
    expect(main).toEqual(items);
  });
});
