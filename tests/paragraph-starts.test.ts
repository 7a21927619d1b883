import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/parse.js';
import { buildPdf, CLOSE, expectBalanced, FRONT, lines, type Text } from './letter-pdf.js';

// Where a paragraph starts with no gap before it: how far a line stands in, and from what (the two
// measures that tell a first-line indent), and how far down a page its first line stands. Each
// letter is built here with the places of the phenomenon; the expected structure is written by hand.

const TEAMS = ['north', 'south', 'east', 'west', 'central', 'rural', 'urban'];
const PLACES = ['Ashford', 'Bexley', 'Camden', 'Dover', 'Epsom', 'Fareham', 'Gosport', 'Harlow'];
/** Lines of one sentence running on, each different (a line repeated at pages' edges would be a running header or footer). */
const runningOn = (count: number, who = 'staff') => Array.from({ length: count }, (_, i) => `${who} of the ${TEAMS[i % TEAMS.length]} team in ${PLACES[Math.floor(i / TEAMS.length)]} know the children and their families well, and`);
/** A full line (the page's longest) that ends a sentence. */
const fullEnd = (place: string) => `Practice is improving across the partnership and leaders know where it is weakest in ${place}.`;
/** A bullet of three lines, its glyph at the margin and its text hung 18 pt in (Derby's bullets). */
const hungBullet = (n: number): Text[] => [
  { text: `Managers in ${PLACES[n % PLACES.length]} do not always check that the plans made for children in`, glyph: true, y: 0 },
  { text: `the ${TEAMS[n % TEAMS.length]} team are reviewed when their circumstances change, and so`, x: 88, y: 0 },
  { text: `some plans are out of date (item ${'abcdefghijklmnopqrstuvwxyz'[n]}).`, x: 88, y: 0 },
];

describe('a first-line indent at a page\'s top is measured from the paragraph\'s own edge, not the page\'s most common line start', () => {
  it('starts a paragraph at an indented page top on a page of hung bullets, whose most common line start is the bullets\' text', async () => {
    // Page 2 is filled to its foot and ends a sentence in a full line: only the indent tells. Page 3
    // is mostly bullets whose lines hang at their text (88 pt), so its most common line start is
    // there, 4 pt left of the new paragraph's indented first line (92 pt); the paragraph's own edge
    // (its lines on page 2, and the line under it) is the margin (70 pt), 22 pt left of it.
    const opening = 'Health visitors share what they know about families with social workers';
    const file = await buildPdf('indent-bullet-page.pdf', [
      { texts: lines(780, [...FRONT, { text: 'Main findings', bold: true, size: 13 }, '', 'Leaders have a clear plan for the front door, and it is well understood by staff, and']) },
      { texts: lines(780, [...runningOn(49), fullEnd('Ashford')]) },
      {
        texts: lines(780, [
          { text: opening, x: 92 },
          'promptly, and the police attend strategy meetings.',
          '',
          { text: 'What needs to improve?', bold: true, size: 13 },
          '',
          ...Array.from({ length: 15 }, (_, n) => hungBullet(n)).flat(),
        ]),
      },
      { texts: lines(780, CLOSE.slice(1)) },
    ]);
    const result = await parseFile(file);
    expect(result.findings.filter((f) => f.section === 'main-findings').map((f) => [f.pages, f.text.slice(0, 40)])).toEqual([
      [[1, 2], 'Leaders have a clear plan for the front '],
      [[3, 3], opening.slice(0, 40)],
    ]);
    expect(result.findings.filter((f) => f.section === 'what-needs-to-improve').map((f) => f.form)).toEqual(new Array(15).fill('bullet'));
    expectBalanced(result);
  });
});

describe('within a page, a line after a finished one is a first-line indent up to four lines\' height in, and another column further in', () => {
  it('starts a paragraph at an indent of 1.5 cm (three lines\' height), and keeps a row\'s text wrapped at a label column (4.5 lines in) in its row', async () => {
    // Lines 14 pt apart. A 1.5 cm first-line indent (42 pt) after a finished short line opens a
    // paragraph with no gap before it. A table of labels and statements with no rules: the
    // statement's second line stands at its column, 63 pt in, after a finished short line; it is
    // the row's, not a paragraph of its own.
    const row = (label: string, first: string, second: string): Array<string | Text> => ['', { text: label, y: 0 }, { text: first, x: 133, y: 0 }, { text: second, x: 133, y: 0 }];
    const texts = lines(780, [
      ...FRONT,
      { text: 'Main findings', bold: true, size: 13 },
      '',
      'Leaders know their area well and the partnership works closely together. They share one',
      'plan for the front door.',
      { text: 'Health visitors share what they know about families with social workers', x: 112 },
      'promptly, and the police attend strategy meetings.',
      ...row('Police', 'Officers attend strategy meetings.', 'They share what they know the same day.'),
      ...row('Health', 'Nurses see children at home.', 'They record what children say to them.'),
      ...CLOSE,
    ]);
    // A row's label and its statement's first line share a baseline: set the statement beside the label.
    for (let i = 0; i < texts.length; i++) {
      if (texts[i]!.text === 'Police' || texts[i]!.text === 'Health') {
        const statement = texts[i + 1]!;
        statement.y = texts[i]!.y;
        for (let j = i + 2; j < texts.length; j++) texts[j]!.y += 14;
      }
    }
    const result = await parseFile(await buildPdf('indent-or-column.pdf', [{ texts }]));
    expect(result.findings.filter((f) => f.section === 'main-findings').map((f) => f.text)).toEqual([
      'Leaders know their area well and the partnership works closely together. They share one plan for the front door.',
      'Health visitors share what they know about families with social workers promptly, and the police attend strategy meetings.',
      'Police Officers attend strategy meetings. They share what they know the same day.',
      'Health Nurses see children at home. They record what children say to them.',
    ]);
    expectBalanced(result);
  });
});

describe('the usual page top in a letter that keeps a paragraph\'s space at the top of a page', () => {
  it('takes where a page that runs on in mid-sentence starts as the top, though most pages start a paragraph a gap lower', async () => {
    // Lines 14 pt apart, a paragraph's space 12 pt. Pages 2, 3 and 5 open a paragraph with its
    // space kept above it (768 pt); page 4 runs on in mid-sentence from the top (780 pt). Pages 2
    // to 4 are filled to one foot, and pages 2 and 4 end a sentence in a full line: only the space
    // at the next page's top tells that a paragraph starts there.
    const starts = ['Leaders of the partnership have a clear plan for the front door, and', 'Managers of the partnership check the quality of the work done with children, and', 'Health visitors share what they know about families with social workers promptly, and'];
    const file = await buildPdf('kept-gap-tops.pdf', [
      { texts: lines(780, [...FRONT, { text: 'Main findings', bold: true, size: 13 }, '', 'The front door works well.']) },
      { texts: lines(768, [starts[0]!, ...runningOn(46, 'staff'), fullEnd('Bexley')]) },
      { texts: lines(768, [starts[1]!, ...runningOn(47, 'nurses')]) },
      { texts: lines(780, [...runningOn(48, 'officers'), fullEnd('Camden')]) },
      { texts: lines(768, [starts[2]!, ...runningOn(3, 'teachers'), 'they listen to them.', ...CLOSE]) },
    ]);
    const result = await parseFile(file);
    expect(result.findings.filter((f) => f.section === 'main-findings').map((f) => [f.pages, f.text.slice(0, 40)])).toEqual([
      [[1, 1], 'The front door works well.'],
      [[2, 2], starts[0]!.slice(0, 40)],
      [[3, 4], starts[1]!.slice(0, 40)],
      [[5, 5], starts[2]!.slice(0, 40)],
    ]);
    expectBalanced(result);
  });
});

describe('pages that run on but start at different heights leave the usual top where most pages start', () => {
  it('does not take one higher run-on page\'s start as the top, so a page at the usual top that runs on is no new paragraph', async () => {
    const TEAMS = ['north', 'south', 'east', 'west', 'central', 'rural', 'urban'];
    const PLACES = ['Ashford', 'Bexley', 'Camden', 'Dover', 'Epsom', 'Fareham', 'Gosport', 'Harlow'];
    const runningOn = (count: number, who: string) =>
      Array.from({ length: count }, (_, i) => `${who} of the ${TEAMS[i % TEAMS.length]} team in ${PLACES[Math.floor(i / TEAMS.length)]} know the children and their families well, and`);
    // Pages 2 and 3 start at 780; page 3 runs on from page 2's sentence end; page 4 starts higher, at 794, in mid-sentence.
    const file = await buildPdf('run-on-tops-disagree.pdf', [
      { texts: lines(780, [...FRONT, { text: 'Main findings', bold: true, size: 13 }, '', 'The front door works well.', '', 'Leaders of the partnership have a clear plan for the front door, and']) },
      { texts: lines(780, [...runningOn(48, 'staff'), 'Practice is improving across the partnership and leaders know where it is weakest in Bexley.']) },
      { texts: lines(780, ['They check the quality of the work done with children, and', ...runningOn(48, 'nurses')]) },
      { texts: lines(794, [...runningOn(3, 'officers'), 'they listen to them.', ...CLOSE]) },
    ]);
    const result = await parseFile(file);
    expect(result.findings.filter((f) => f.section === 'main-findings').map((f) => [f.pages, f.text.slice(0, 40)])).toEqual([
      [[1, 1], 'The front door works well.'],
      [[1, 4], 'Leaders of the partnership have a clear '],
    ]);
    expectBalanced(result);
  });
});
