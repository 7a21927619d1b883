import { describe, expect, it } from 'vitest';
import { parseSource } from '../src/parse.js';

// A page break in a letter's text (a form feed, as pdftotext writes it) after a line as long as its
// paragraph's longest that ends a sentence: the text shows no gap, indent or room at the page's
// foot. A PDF filled to its foot is decided there by the letter's own paragraph lengths
// (src/segment/paragraph-lengths.ts), and so is the text now; before, text always joined, so its
// errors all fell one way. Written by hand: every paragraph of this letter is four sentences, one a
// line, all lines the same length.

// Words of one length, so that every sentence is as long as the others.
const SUBJECTS = ['Managers', 'Teachers', 'Officers', 'Visitors', 'Trainers', 'Advisers', 'Planners', 'Auditors'];
const PLACES = ['Bexley', 'Camden', 'Harlow', 'Ilford', 'Jarrow', 'Kendal', 'Oldham', 'Redcar', 'Thirsk', 'Barnet', 'Dudley', 'Exeter'];
let count = 0;
/** A sentence a line, each different. */
const sentence = () => {
  const n = count++;
  return `${SUBJECTS[n % SUBJECTS.length]} in ${PLACES[Math.floor(n / SUBJECTS.length) % PLACES.length]} know the children and their families well, and act on it.`;
};
const paragraph = (lines: number) => Array.from({ length: lines }, sentence);
const paragraphs = (n: number) => Array.from({ length: n }, () => paragraph(4)).flatMap((p, i) => (i === 0 ? p : ['', ...p]));

const FRONT = ['1 March 2024', '', 'Dear Testshire Safeguarding Partnership', '', 'Joint targeted area inspection of Testshire', '',
  'This letter summarises the findings of the joint targeted area inspection (JTAI) of the multi-agency response to', 'children who are victims of domestic abuse in Testshire.', '', 'Main findings', ''];
const CLOSE = ['', 'Next steps', '', 'The local authority should prepare a written statement of proposed action by 1 July 2024.', '', 'Yours sincerely'];

describe('a page break in text after a full line that ends a sentence, with nothing else to tell', () => {
  const newParagraph = paragraph(4);
  const start = paragraph(2);
  const pages = [
    [...FRONT, ...paragraphs(3)],
    [...paragraphs(4)],
    [...newParagraph, '', ...paragraphs(3), '', ...start],
    [...paragraph(2), '', ...paragraphs(2), ...CLOSE],
  ];
  const text = pages.map((lines) => lines.join('\n')).join('\n\f');

  it('the letter\'s paragraph lengths decide: two runs of four sentences are two paragraphs, two of two one', async () => {
    expect(new Set(text.split('\n').filter((line) => line.includes(' know ')).map((line) => line.replace('\f', '').length)).size).toBe(1);
    const result = await parseSource({ file: 'breaks.txt', bytes: new TextEncoder().encode(text) });
    const main = result.findings.filter((f) => f.section === 'main-findings');
    // Page 3 opens a paragraph of its own (before: run on from page 2's last, 8 sentences).
    expect(main.filter((f) => f.text.startsWith(newParagraph[0]!)).map((f) => [f.pages, f.text.split('. ').length])).toEqual([[[3, 3], 4]]);
    // The two sentences at page 3's foot go on with page 4's two.
    expect(main.filter((f) => f.text.startsWith(start[0]!)).map((f) => [f.pages, f.text.split('. ').length])).toEqual([[[3, 4], 4]]);
    expect(main).toHaveLength(3 + 4 + 4 + 1 + 2);
    expect(main.every((f) => f.text.split('. ').length === 4)).toBe(true);
  });
});
