import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/parse.js';
import type { ParseResult } from '../src/types.js';
import { buildPdf, CLOSE, expectBalanced, FRONT, lines, runs, type Text } from './letter-pdf.js';

// A page break after lines set apart (bold, or larger than the body): a heading that wraps, left
// at a page's foot, ends there (its gap below is lost to the break), but text that only opens in
// bold, or body type on a page of small type, runs on as any paragraph does.

const TEAMS = ['north', 'south', 'east', 'west', 'central', 'rural', 'urban', 'coastal', 'inner', 'outer', 'upper', 'lower', 'river', 'hill', 'town', 'city', 'dale', 'moor', 'vale', 'fen'];
const filler = (place: string, n: number) => TEAMS.slice(0, n).map((team) => `Staff of the ${team} team in ${place} know the children and their families well.`);
/** Page 1: the opening, a heading, one-line paragraphs down to y 124; the page's foot, filled, is at y 98. */
const opening = (heading: string, items: (text: string) => Text | string) => lines(780, [...FRONT, { text: heading, bold: true, size: 13 }, '', ...filler('Ashford', 18).flatMap((text) => [items(text), ''])]);
const FOOT = 98;
/** Paragraphs of three lines in body type. */
const paragraphs = (n: number) => TEAMS.slice(0, n).flatMap((team) => [
  '',
  `Health visitors in the ${team} of the area share what they know about families with social`,
  'workers promptly, and the social workers use it well when they decide what help a child needs,',
  'so that children and their families get the right help from the right agency at the right time.',
]);
/** The findings of page 1's paragraphs, and of page 2's after its first line. */
const before = filler('Ashford', 18).map((text) => [null, [1, 1], text]);
const after = (heading: string | null) => TEAMS.slice(0, 3).map((team) => [heading, [2, 2], `Health visitors in the ${team} of the area share what they know about families with social workers promptly, and the social workers use it well when they decide what help a child needs, so that children and their families get the right help from the right agency at the right time.`]);
/** Page 2: the page's first line, then paragraphs. */
const rest = (top: Text) => [{ ...top, y: 780 }, ...lines(766, [...paragraphs(3), ...CLOSE])];

const LEAD = 'Leaders know the needs of children in the area well.';
const ON = 'Testshire Police and health partners to plan the services that are needed for them.';
const whole = `${LEAD} They work with ${ON}`;
const section = (result: ParseResult, kind: string) => result.findings.filter((f) => f.section === kind).map((f) => [f.subsection, f.pages, f.text.replace(/\s+/g, ' ')]);

describe('page breaks after lines set apart', () => {
  it('runs a paragraph that opens with a bold lead-in on over the page, mid-sentence', async () => {
    const file = await buildPdf('bold-lead-in-break.pdf', [
      { texts: [...opening('Main findings', (text) => text), ...(await runs(70, FOOT, [[LEAD, true], [' They work with', false]]))] },
      { texts: rest({ text: ON, y: 0 }) },
    ]);
    const result = await parseFile(file);
    expectBalanced(result);
    expect(section(result, 'main-findings')).toEqual([...before, [null, [1, 2], whole], ...after(null)]);
    expect(result.sections.flatMap((s) => s.subsections)).toEqual([]);
  });

  it('runs a bullet that opens with a bold lead-in on over the page, at its text indent', async () => {
    const bulletAt = (text: string): Text => ({ text, glyph: true, x: 70, y: 0 });
    // The glyph at 70, the item's text 18 points to its right, as buildPdf sets a bullet.
    const file = await buildPdf('bold-lead-in-bullet-break.pdf', [
      { texts: [...opening('Areas for improvement', bulletAt), { text: '\u2022', x: 70, y: FOOT }, ...(await runs(88, FOOT, [[LEAD, true], [' They work with', false]]))] },
      { texts: rest({ text: ON, x: 88, y: 0 }) },
    ]);
    const result = await parseFile(file);
    expectBalanced(result);
    expect(section(result, 'areas-for-improvement')).toEqual([...before, [null, [1, 2], whole], ...after(null)]);
  });

  it('runs body type at the foot of a page set mostly in small type on over the page', async () => {
    const study = [{ text: 'Case study: highly effective practice', bold: true, y: 531 }, ...Array.from({ length: 22 }, (_, i) => ({ text: `A worker in ${TEAMS[i % 20]} district visited the child at school, heard what she wanted, and told the school nurse.`, size: 9, y: 515 - 11 * i }))];
    const first = lines(780, [...FRONT, { text: 'Main findings', bold: true, size: 13 }, '']);
    const opensOn = 'Leaders have a clear plan for the front door, and it is well understood by staff in';
    const goesOn = 'Testshire and by partners, who use it every day. Referrals from schools are good.';
    // Page 2 is the letter's body type (11 pt), as most of a letter is: more of it than of the study.
    const file = await buildPdf('small-type-page-break.pdf', [
      // The study in a shaded box, as letters set one.
      { texts: [...first, { text: opensOn, y: 515 - 11 * 22 - 14 }], boxInPlace: { at: first.length, top: 545, bottom: 515 - 11 * 21 - 6, texts: study } },
      { texts: lines(780, [goesOn, ...paragraphs(9), ...CLOSE]) },
    ]);
    const result = await parseFile(file);
    expectBalanced(result);
    const main = section(result, 'main-findings');
    expect(main[0]).toEqual([null, [1, 2], `${opensOn} ${goesOn}`]);
    expect(main).toHaveLength(10);
    expect(result.sections.flatMap((s) => s.subsections)).toEqual([]);
  });

  it('ends a bold heading that wraps onto two lines at a page foot, before the next page\'s body text', async () => {
    const heading = ['Multi-agency practice with children who are at risk of, or experiencing, criminal', 'exploitation'];
    const file = await buildPdf('wrapped-heading-break.pdf', [
      { texts: [...opening('Main findings', (text) => text), { text: heading[0]!, bold: true, y: FOOT }, { text: heading[1]!, bold: true, y: FOOT - 14 }] },
      { texts: rest({ text: 'Leaders know the needs of children in the area well and plan services with partners.', y: 0 }) },
    ]);
    const result = await parseFile(file);
    expectBalanced(result);
    expect(section(result, 'main-findings')).toEqual([...before, [heading.join(' '), [2, 2], 'Leaders know the needs of children in the area well and plan services with partners.'], ...after(heading.join(' '))]);
  });
});
