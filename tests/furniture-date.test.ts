import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile, parseSource } from '../src/parse.js';
import type { ParseResult } from '../src/types.js';
import { letterOf, MARGIN, reset, type Setting, WIDTH } from './variation-kit.js';

// A letter whose head gives no date, with a date printed as page furniture on most pages (helper 8ct; issue 8): the
// furniture's date is the letter's, with a warning that says where it was read, where no other date of the letter's is
// found and the furniture gives one date alone. Never over a date the letter's head gives; never from a date on a few
// pages' feet, nor where the furniture gives two dates.

const dir = mkdtempSync(join(tmpdir(), 'jtai-furniture-date-'));
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const printed = (iso: string) => { const [y, m, d] = iso.split('-').map(Number) as [number, number, number]; return `${d} ${MONTHS[m - 1]} ${y}`; };
type Pages = (count: number) => number[];
const every: Pages = (n) => [...Array(n).keys()];
const most: Pages = (n) => [...Array(n).keys()].filter((p) => p > 0 && p % 4 !== 3);
const lastTwo: Pages = (n) => [n - 2, n - 1];
interface Variant { firstFoot?: boolean; pages: Pages; text: (date: string, page: number, pages: number) => string; size: number; y: number; right?: boolean; head?: boolean; other?: string }
const SMALL_FOOT = MARGIN / 2 + 12;
const VARIANTS: Record<string, Variant> = {
  // Read already as the date at the first page's foot (helper 8cp), with no warning: it is on every page now too.
  'small, alone, over the page number, every page': { firstFoot: true, pages: every, text: (d) => d, size: 9, y: SMALL_FOOT },
  'small, with the page of the pages, most pages but the first': { pages: most, text: (d, p, n) => `${d} | Page ${p + 1} of ${n}`, size: 9, y: SMALL_FOOT, right: true },
  'body size, alone under the body, every page': { pages: every, text: (d) => d, size: 11, y: MARGIN - 22 },
  'small, alone, at the head of every page': { pages: every, text: (d) => d, size: 9, y: 842 - MARGIN / 2, right: true, head: true },
};
const LETTERS = ['wokingham-2017-07-14', 'kirklees-2022-08-18', 'hertfordshire-2024-12-12', 'barnsley-2022-07-18'];
const noHeadDate = (pieces: Parameters<NonNullable<Setting['pieces']>>[0]) => pieces.slice(1);
const drawn = (v: Variant, date: string | ((p: number) => string), headDate: boolean): Setting => ({
  ...(headDate ? {} : { pieces: noHeadDate }),
  after: (pages, _placed, _pieces, fonts) => {
    for (const p of v.pages(pages.length)) {
      const text = v.text(typeof date === 'string' ? date : date(p), p, pages.length);
      const width = fonts.regular.widthOfTextAtSize(text, v.size);
      pages[p]!.drawText(text, { x: v.right ? WIDTH - MARGIN - width : MARGIN, y: v.y, size: v.size, font: fonts.regular });
    }
  },
});
const dateWarnings = (result: ParseResult) => (result.warnings ?? []).filter((w) => /letter date|letter's date/.test(w));

describe('a letter whose head gives no date, its date printed as furniture on most pages', () => {
  for (const letter of LETTERS) {
    it(`${letter}: the furniture's date is the letter's, with a warning naming where`, async () => {
      const original = await letterOf(letter);
      const date = original.letter.date!;
      const wrong: string[] = [];
      for (const [name, v] of Object.entries(VARIANTS)) {
        const made = await reset(original, `${letter}-${name.replace(/\W+/g, '-')}`, drawn(v, printed(date), false), dir);
        const result = await parseFile(made.file);
        const warned = dateWarnings(result);
        if (result.letter.date !== date) wrong.push(`${name}: date ${result.letter.date}, warnings ${JSON.stringify(warned)}`);
        else if (v.firstFoot ? warned.length !== 0 : warned.length !== 1 || (!v.firstFoot && (!warned[0]!.includes(printed(date)) || !/page furniture/.test(warned[0]!)))) wrong.push(`${name}: warnings ${JSON.stringify(warned)}`);
        if (result.letter.inspectionEnd !== original.letter.inspectionEnd || result.letter.statementDue !== original.letter.statementDue) wrong.push(`${name}: fieldwork ${result.letter.inspectionEnd}, deadline ${result.letter.statementDue}`);
      }
      expect(wrong).toEqual([]);
    }, 600000);
  }
});

describe('a date as furniture that is not the letter\'s', () => {
  it('never over the date the head gives: the head\'s date, no warning', async () => {
    const original = await letterOf('kirklees-2022-08-18');
    const made = await reset(original, 'kirklees-head-and-other-foot-date', drawn(VARIANTS['small, alone, over the page number, every page']!, '1 September 2022', true), dir);
    const result = await parseFile(made.file);
    expect(result.letter.date).toBe(original.letter.date);
    expect(dateWarnings(result)).toEqual([]);
  });

  it('a date on the last two pages\' feet alone: null, as before', async () => {
    const original = await letterOf('hertfordshire-2024-12-12');
    const made = await reset(original, 'hertfordshire-foot-date-last-two', drawn({ ...VARIANTS['small, alone, over the page number, every page']!, pages: lastTwo }, printed(original.letter.date!), false), dir);
    const result = await parseFile(made.file);
    expect(result.letter.date).toBe(null);
  });

  it('two dates as furniture on the pages\' feet (none on the first page\'s): null, as before', async () => {
    const original = await letterOf('kirklees-2022-08-18');
    const made = await reset(original, 'kirklees-two-foot-dates', drawn({ ...VARIANTS['small, alone, over the page number, every page']!, pages: (n) => every(n).slice(1) }, (p) => (p % 2 === 0 ? printed(original.letter.date!) : '1 September 2022'), false), dir);
    const result = await parseFile(made.file);
    expect(result.letter.date).toBe(null);
  });

  it('a date on the feet of every page but the first, before the inspection\'s last day: null, with the reason', async () => {
    const original = await letterOf('kirklees-2022-08-18');
    const made = await reset(original, 'kirklees-early-foot-date', drawn({ ...VARIANTS['small, alone, over the page number, every page']!, pages: (n) => every(n).slice(1) }, '1 March 2021', false), dir);
    const result = await parseFile(made.file);
    expect(result.letter.date).toBe(null);
    expect(dateWarnings(result)).toEqual([expect.stringMatching(/date is null\): the date printed as page furniture \(at the foot of 5 of 6 pages\), 1 March 2021, falls before the inspection's last day/)]);
  });
});

describe('a text letter whose head gives no date, its date in every page\'s footer', () => {
  it('the footer\'s date is the letter\'s, with the warning', async () => {
    const front = ['Dear Testshire Safeguarding Partnership', '', 'Joint targeted area inspection of Testshire', '',
      'This letter summarises the findings of the joint targeted area inspection (JTAI) of the multi-agency response to', 'children who are victims of domestic abuse in Testshire.', '', 'What needs to improve?', ''];
    const close = ['', 'Next steps', '', 'The local authority should prepare a written statement of proposed action by 1 July 2024.', '', 'Yours sincerely'];
    const pages = [[...front, '• The quality of referrals from schools.', '• The timeliness of strategy meetings.'], ['• The recording of decisions in the MASH.'], ['• The use of chronologies by health professionals.', ...close]]
      .map((lines, p) => [...lines, '', '', `1 March 2024 | Page ${p + 1} of 3`]);
    const result = await parseSource({ file: 'furniture-date.txt', bytes: new TextEncoder().encode(pages.map((page) => page.join('\n')).join('\n\f')) });
    expect(result.letter.date).toBe('2024-03-01');
    expect(dateWarnings(result)).toHaveLength(1);
    expect(result.findings.filter((f) => f.section === 'what-needs-to-improve')).toHaveLength(4);
    expect(result.findings.some((f) => f.text.includes('Page'))).toBe(false);
  });
});
