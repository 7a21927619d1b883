import { rgb } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/parse.js';
import type { ParseResult } from '../src/types.js';
import { buildPdf, CLOSE, expectBalanced, FRONT, lines, type Text } from './letter-pdf.js';

// Inputs on which the layout rules of issue 8j (tests/unseen-variations.test.ts) went too far:
// each is a small PDF built with the positions, fonts and drawing order that misled them, and
// what it must read is written by hand.

const heading = (text: string): Text => ({ text, bold: true, size: 13, y: 0 });
const MAIN = ['Leaders know their area well and the partnership works closely together, and they', 'share one plan for the front door.'];
const AFTER = ['Health visitors share what they know about families with social workers, and the', 'police attend strategy meetings.'];
const shade = (texts: Text[], pad = 10) => ({ x: 60, y: texts[texts.length - 1]!.y - pad, width: 475, height: texts[0]!.y + 14 - (texts[texts.length - 1]!.y - pad), color: rgb(0.9, 0.9, 0.95) });
const sectionsAndTexts = (result: ParseResult) => result.findings.filter((f) => f.section !== 'summary').map((f) => [f.section, f.text]);

describe('a box drawn last in the middle of a page, the page\'s number drawn first at its foot', () => {
  it('leaves the box between the lines above and below it, not at the page\'s top, and removes the number', async () => {
    const before = lines(780, [...FRONT, heading('Main findings'), '', ...MAIN, '']);
    const box = lines(before[before.length - 1]!.y - 30, [{ text: 'Practice study: highly effective practice', bold: true, y: 0 }, '', 'A young person was helped quickly when her school raised a concern.']);
    const after = lines(box[box.length - 1]!.y - 30, [...AFTER, ...CLOSE]);
    const result = await parseFile(await buildPdf('box-mid-page-number-first.pdf', [
      { texts: [{ text: '1', x: 290, y: 40 }, ...before, ...after, ...box], drawFirst: (page) => page.drawRectangle(shade(box, 8)) },
    ]));
    expect(sectionsAndTexts(result)).toEqual([
      ['main-findings', MAIN.join(' ')],
      ['case-study-practice', 'A young person was helped quickly when her school raised a concern.'],
      ['main-findings', AFTER.join(' ')],
      ['next-steps', expect.stringMatching(/^The local authority/)],
    ]);
    expect(result.letter.recipients.map((r) => r.name)).toEqual(['Ann Smith']);
    expect(result.removed).toEqual([{ kind: 'page-number', page: 1, text: '1' }]);
    expectBalanced(result);
  });
});

describe('a body line in regular weight that ends in a partnership\'s name', () => {
  it('is text, not the partnership\'s heading', async () => {
    const partnershipLine = ['Senior leaders from all three agencies in the Testshire Safeguarding Partnership', 'meet every month and hold each other to account for the quality of practice.'];
    const result = await parseFile(await buildPdf('partnership-name-in-body.pdf', [{ texts: lines(780, [
      ...FRONT, heading('Main findings'), '', ...MAIN, '', ...partnershipLine, '', ...AFTER, ...CLOSE]) }]));
    expect(result.sections.map((s) => s.kind)).not.toContain('partnership');
    expect(sectionsAndTexts(result)).toEqual([
      ['main-findings', MAIN.join(' ')],
      ['main-findings', partnershipLine.join(' ')],
      ['main-findings', AFTER.join(' ')],
      ['next-steps', expect.stringMatching(/^The local authority/)],
    ]);
    expectBalanced(result);
  });
});

describe('a finding ending in a colon, before a quote, in a list section whose items have no glyph', () => {
  it('is a finding, not the lead-in of the paragraphs after it', async () => {
    const result = await parseFile(await buildPdf('colon-before-quote.pdf', [{ texts: lines(780, [
      ...FRONT, heading('Strengths'), '',
      'Children are seen quickly and their views are recorded well.', '',
      'Children say their workers listen to them. One child told inspectors:', '',
      '\u2018My social worker listens to me and comes when she says she will.\u2019', '',
      'Strategy meetings are timely and all agencies attend them.', '',
      heading('What needs to improve?'), '', '\u2022 The quality of referrals from schools.',
      ...CLOSE]) }]));
    const strengths = result.findings.filter((f) => f.section === 'strengths');
    expect(strengths.map((f) => [f.text, f.leadIn])).toEqual([
      ['Children are seen quickly and their views are recorded well.', null],
      ['Children say their workers listen to them. One child told inspectors:', null],
      [expect.stringMatching(/My social worker listens to me/), null],
      ['Strategy meetings are timely and all agencies attend them.', null],
    ]);
    expectBalanced(result);
  });
});

describe('a lead-in before a glyphless list, then a sub-heading', () => {
  it('leads only the paragraphs before the sub-heading', async () => {
    const result = await parseFile(await buildPdf('lead-in-then-subheading.pdf', [{ texts: lines(780, [
      ...FRONT, heading('Areas for improvement'), '', 'The partnership should improve the following areas:', '',
      'The quality of plans for children, which are too often vague.', '',
      { text: 'Health services', bold: true, y: 0 }, '',
      'Health visitors do not always attend strategy meetings.', ...CLOSE]) }]));
    expect(result.findings.filter((f) => f.section === 'areas-for-improvement').map((f) => [f.subsection, f.text, f.leadIn])).toEqual([
      [null, 'The quality of plans for children, which are too often vague.', 'The partnership should improve the following areas:'],
      ['Health services', 'Health visitors do not always attend strategy meetings.', null],
    ]);
    expectBalanced(result);
  });
});
