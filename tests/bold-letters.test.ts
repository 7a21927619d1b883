import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/parse.js';
import { parsed, tempDir } from './helpers.js';
import { wrap } from './typeset.js';

// Letters that set large parts in bold: each list item's lead phrase, or whole bullets, so that
// the bold face may hold more characters than the regular one. Weight is judged against the
// body font; sub-headings (bold, short, no full stop) must still be told from text, and a short
// line of regular text that lacks a full stop is still text. Real letters' bullets, set anew in
// Helvetica on 560 x 780 pages.

const SIZE = 10.5;
const STEP = 14;
const MARGIN = 62;
const MEASURE = 560 - 2 * MARGIN;
const INDENT = 18;

type Run = { text: string; bold: boolean };
type Piece = { runs: Run[]; glyph?: boolean; gap?: number; size?: number };

/** Sets pieces (runs of regular and bold text, wrapped together) on pages; a bullet's glyph hangs left of its text. */
async function typeset(pieces: Piece[], file: string): Promise<void> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let page = pdf.addPage([560, 780]);
  let y = 720;
  for (const piece of pieces) {
    const size = piece.size ?? SIZE;
    const indent = piece.glyph ? INDENT : 0;
    // Words with their weight, wrapped by width.
    const words = piece.runs.flatMap((run) => run.text.split(' ').filter(Boolean).map((word) => ({ word, bold: run.bold })));
    const widthOf = (ws: typeof words) => ws.reduce((sum, w, i) => sum + (i > 0 ? regular.widthOfTextAtSize(' ', size) : 0) + (w.bold ? bold : regular).widthOfTextAtSize(w.word, size), 0);
    const lines: Array<typeof words> = [[]];
    for (const word of words) {
      const line = lines[lines.length - 1]!;
      if (line.length > 0 && widthOf([...line, word]) > MEASURE - indent) lines.push([word]);
      else line.push(word);
    }
    y -= piece.gap ?? 9;
    lines.forEach((line, i) => {
      if (y < 70) {
        page = pdf.addPage([560, 780]);
        y = 720;
      }
      if (i === 0 && piece.glyph) page.drawText('\u2022', { x: MARGIN + 4, y, size, font: regular });
      let x = MARGIN + indent;
      // Runs of one weight drawn as one item each, as producers do.
      let k = 0;
      while (k < line.length) {
        let j = k;
        while (j < line.length && line[j]!.bold === line[k]!.bold) j++;
        const text = line.slice(k, j).map((w) => w.word).join(' ') + (j < line.length ? ' ' : '');
        const font = line[k]!.bold ? bold : regular;
        page.drawText(text, { x, y, size, font });
        x += font.widthOfTextAtSize(text, size);
        k = j;
      }
      y -= STEP;
    });
  }
  writeFileSync(file, await pdf.save({ useObjectStreams: false }));
}

const plain = (text: string, gap?: number): Piece => ({ runs: [{ text, bold: false }], ...(gap === undefined ? {} : { gap }) });
const heavy = (text: string, size?: number): Piece => ({ runs: [{ text, bold: true }], gap: 14, ...(size ? { size } : {}) });

describe('letters set largely in bold: sub-headings are still told from text', async () => {
  const dir = tempDir('jtai-bold-letters-');
  // Real bullets: Medway's key strengths and areas for improvement.
  const real = await parsed('letters/medway-2018-08-03.pdf');
  const strengths = real.findings.filter((f) => f.section === 'key-strengths' && f.form === 'bullet' && f.parent === null).map((f) => f.text).slice(0, 8);
  const improvements = real.findings.filter((f) => f.section === 'areas-for-improvement' && f.form === 'bullet' && f.parent === null).map((f) => f.text).slice(0, 6);
  const clean = (text: string) => text.replace(/[^\x20-\x7e\u2018\u2019\u2013]/g, '?');
  const opening: Piece[] = [
    plain('1 March 2024', 0), plain("Ann Smith, Director of Children's Services, Testshire County Council"), plain('Dear Testshire Safeguarding Partnership'),
    heavy('Joint targeted area inspection of Testshire'),
    plain('This letter summarises the findings of the joint targeted area inspection (JTAI) of the multi-agency response to children who are victims of domestic abuse in Testshire.'),
  ];
  const closing: Piece[] = [heavy('Next steps', 13), plain('The local authority should prepare a written statement of proposed action by 1 July 2024.'), plain('Yours sincerely')];

  /** A letter whose key strengths are bullets set as asked, under a bold sub-heading, then a short line of text with no full stop. */
  async function letter(name: string, strength: (text: string) => Piece): Promise<Awaited<ReturnType<typeof parseFile>>> {
    const file = join(dir, name);
    await typeset([
      ...opening,
      heavy('Key strengths', 13),
      ...strengths.slice(0, 4).map((text) => strength(clean(text))),
      heavy('Leadership and partnership working'),
      ...strengths.slice(4).map((text) => strength(clean(text))),
      plain('Work with schools is improving in the north of the county'),
      heavy('Areas for improvement', 13),
      ...improvements.map((text) => ({ runs: [{ text: clean(text), bold: false }], glyph: true })),
      ...closing,
    ], file);
    return parseFile(file);
  }

  const expected = () => [
    ...strengths.slice(0, 4).map((text) => [null, clean(text)]),
    ...strengths.slice(4).map((text) => ['Leadership and partnership working', clean(text)]),
    ['Leadership and partnership working', 'Work with schools is improving in the north of the county'],
  ];
  const strengthsOf = (result: Awaited<ReturnType<typeof parseFile>>) =>
    result.findings.filter((f) => f.section === 'key-strengths').map((f) => [f.subsection, f.text.replace(/\s+/g, ' ')]);

  it('each bullet\'s lead phrase bold', async () => {
    const result = await letter('lead-phrases.pdf', (text) => {
      const words = text.split(' ');
      return { runs: [{ text: words.slice(0, 4).join(' '), bold: true }, { text: words.slice(4).join(' '), bold: false }], glyph: true };
    });
    expect(strengthsOf(result)).toEqual(expected());
    expect(result.findings.filter((f) => f.section === 'areas-for-improvement')).toHaveLength(improvements.length);
    expect(result.accounting.balanced).toBe(true);
  });

  it('whole bullets bold, so that the bold face holds most of the letter', async () => {
    const result = await letter('bold-bullets.pdf', (text) => ({ runs: [{ text: `${text} ${text}`, bold: true }], glyph: true }));
    expect(strengthsOf(result)).toEqual(expected().map(([subsection, text], i) => [subsection, i < strengths.length ? `${text} ${text}` : text]));
    expect(result.findings.filter((f) => f.section === 'areas-for-improvement')).toHaveLength(improvements.length);
    expect(result.accounting.balanced).toBe(true);
  });
});
