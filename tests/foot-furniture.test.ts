import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile, parseSource } from '../src/parse.js';
import type { ParseResult } from '../src/types.js';
import { buildPdf, CLOSE, expectBalanced, FRONT, lines } from './letter-pdf.js';
import { findingsByText, letterOf, MARGIN, reset, type Setting, WIDTH } from './variation-kit.js';

const dir = mkdtempSync(join(tmpdir(), 'jtai-foot-furniture-'));
const DATE = '18 August 2022';
type Pages = (count: number) => number[];
const every: Pages = (n) => [...Array(n).keys()];
const last: Pages = (n) => [n - 1];
const some: Pages = (n) => [...new Set([0, Math.floor(n / 2), n - 1])];
interface FootLine { text: (page: number, pages: number) => string; y: number; size: number; right?: boolean }
const WEB = 'www.gov.uk/ofsted';
const REF = 'Reference: JTAI/2022/014';
const VARIANTS: Record<string, { pages: Pages; lines: FootLine[]; number?: boolean }> = {
  'small: the date above a web address, some pages': { pages: some, lines: [{ text: () => DATE, y: MARGIN / 2 + 24, size: 9 }, { text: () => WEB, y: MARGIN / 2 + 12, size: 9 }] },
  'small: the date below a reference, some pages': { pages: some, lines: [{ text: () => REF, y: MARGIN / 2 + 24, size: 9 }, { text: () => DATE, y: MARGIN / 2 + 12, size: 9 }] },
  'small: the date above a web address, last page': { pages: last, lines: [{ text: () => DATE, y: MARGIN / 2 + 24, size: 9 }, { text: () => WEB, y: MARGIN / 2 + 12, size: 9 }] },
  'body size: the date above a reference, some pages': { pages: some, lines: [{ text: () => DATE, y: MARGIN - 22, size: 11 }, { text: () => REF, y: MARGIN - 36, size: 11 }] },
  'body size: a web address above the date, last page': { pages: last, lines: [{ text: () => WEB, y: MARGIN - 22, size: 11 }, { text: () => DATE, y: MARGIN - 36, size: 11 }] },
  'small: the date and the page of the pages on one line, every page': { pages: every, number: false, lines: [{ text: (p, n) => `${DATE} | Page ${p + 1} of ${n}`, y: MARGIN / 2, size: 9, right: true }] },
  'small: the date and the page of the pages on one line, some pages': { pages: some, lines: [{ text: (p, n) => `${DATE} | Page ${p + 1} of ${n}`, y: MARGIN / 2 + 12, size: 9, right: true }] },
  'body size: the date and the page on one line, last page': { pages: last, lines: [{ text: (p) => `${DATE} - Page ${p + 1}`, y: MARGIN - 22, size: 11 }] },
};
const LETTERS = ['wokingham-2017-07-14', 'kirklees-2022-08-18', 'hertfordshire-2024-12-12', 'barnsley-2022-07-18'];
const dated = (result: ParseResult) => result.removed.filter((r) => r.text.includes(DATE));
const only = process.env.FOOT_ONLY;

describe('a footer of two lines, or of a date and the page on one, at the foot of pages of a real letter set again', () => {
  for (const letter of LETTERS) {
    it(`${letter}: read as page furniture, the findings as without it`, async () => {
      const original = await letterOf(letter);
      const base = await reset(original, `${letter}-no-footer`, {}, dir);
      const without = await parseFile(base.file);
      const wrong: string[] = [];
      for (const [name, v] of Object.entries(VARIANTS)) {
        if (only && !name.includes(only)) continue;
        const setting: Setting = {
          ...(v.number === false ? { pageNumber: 'none' as const } : {}),
          after: (pages, _placed, _pieces, fonts) => {
            for (const p of v.pages(pages.length)) {
              for (const line of v.lines) {
                const text = line.text(p, pages.length);
                const width = fonts.regular.widthOfTextAtSize(text, line.size);
                pages[p]!.drawText(text, { x: line.right ? WIDTH - MARGIN - width : MARGIN, y: line.y, size: line.size, font: fonts.regular });
              }
            }
          },
        };
        const made = await reset(original, `${letter}-${name.replace(/\W+/g, '-')}`, setting, dir);
        let result: ParseResult;
        try {
          result = await parseFile(made.file);
        } catch (error) {
          wrong.push(`${name}: ${(error as Error).message}`);
          continue;
        }
        const pages = v.pages(Math.max(...made.placed.map((p) => p.page)) + 1);
        const said = (what: string) => wrong.push(`${name}: ${what}`);
        if (JSON.stringify(result.findings.map((f) => [f.section, f.text])) !== JSON.stringify(without.findings.map((f) => [f.section, f.text]))) said(`findings differ: ${findingsByText(result, made.pieces, made.clean).join('; ')}`);
        if (result.findings.some((f) => f.text.includes(DATE) || f.text.includes(WEB) || f.text.includes('JTAI/2022') || f.footnotes?.some((n) => n.text.includes('August 2022')))) said('the footer in a finding or a note');
        const furniture = dated(result).filter((r) => r.kind === 'footer' || r.kind === 'running-footer');
        if (JSON.stringify(furniture.map((r) => r.page)) !== JSON.stringify(pages.map((p) => p + 1)) || dated(result).length !== furniture.length) said(`removed ${JSON.stringify(dated(result).map((r) => [r.kind, r.page, r.text]))}`);
        expectBalanced(result);
      }
      expect(wrong).toEqual([]);
    }, 600000);
  }
});

const SECOND = 'Children who live with domestic abuse are seen by a social worker within a day of a referral.';
const THIRD = 'Schools share what they know with the front door as soon as they are worried about a child.';
const OPENING = [
  'Leaders know their area well and the partnership works closely together. Children who need',
  'help are seen quickly by the agencies that know them, and the partnership\'s plan is on',
];

describe('the body\'s lines beside a footer\'s date stay the body\'s', () => {
  it('a paragraph whose last line is a web address at the foot, a date 1.4 line steps under it: only the date is furniture', async () => {
    const file = await buildPdf('foot-furniture-address-ends-paragraph.pdf', [
      { texts: [...lines(780, [...FRONT, { text: 'Headline findings', bold: true, size: 13 }, '']), ...lines(94 + 14 * 3, [...OPENING, WEB]), { text: DATE, y: 88 }, { text: '1', x: 290, y: 40 }] },
      { texts: [...lines(780, [SECOND, '', THIRD, ...CLOSE]), { text: '2', x: 290, y: 40 }] },
    ]);
    const result = await parseFile(file);
    expect(dated(result).map((r) => [r.kind, r.page, r.text])).toEqual([['footer', 1, DATE]]);
    expect(result.findings.filter((f) => f.section === 'headline-findings').map((f) => f.text)).toEqual([`${OPENING.join(' ')} ${WEB}`, SECOND, THIRD]);
    expectBalanced(result);
  });

  it('a date that ends a paragraph, a reference a line step under it: both the paragraph\'s', async () => {
    const ending = 'The partnership agreed its new arrangements for the front door on';
    const file = await buildPdf('foot-furniture-date-ends-paragraph.pdf', [
      { texts: [...lines(780, [...FRONT, { text: 'Headline findings', bold: true, size: 13 }, '']), ...lines(94 + 14 * 2, [ending, DATE, REF]), { text: '1', x: 290, y: 40 }] },
      { texts: [...lines(780, [SECOND, '', THIRD, ...CLOSE]), { text: '2', x: 290, y: 40 }] },
    ]);
    const result = await parseFile(file);
    expect(dated(result)).toEqual([]);
    expect(result.findings.filter((f) => f.section === 'headline-findings').map((f) => f.text)).toEqual([`${ending} ${DATE} ${REF}`, SECOND, THIRD]);
  });
});

describe('a footer of a date and the page\'s number on one line, at the foot of a text page', () => {
  const FRONT_TEXT = ['1 March 2024', '', 'Dear Testshire Safeguarding Partnership', '', 'Joint targeted area inspection of Testshire', '',
    'This letter summarises the findings of the joint targeted area inspection (JTAI) of the multi-agency response to', 'children who are victims of domestic abuse in Testshire.', '', 'What needs to improve?', ''];
  const CLOSE_TEXT = ['', 'Next steps', '', 'The local authority should prepare a written statement of proposed action by 1 July 2024.', '', 'Yours sincerely'];
  const ITEMS = ['The quality of referrals from schools.', 'The timeliness of strategy meetings held by the police.', 'The recording of decisions in the MASH.', 'The use of chronologies by health professionals.'];
  const read = (pages: string[][]) => parseSource({ file: 'foot-furniture.txt', bytes: new TextEncoder().encode(pages.map((page) => page.join('\n')).join('\n\f')) });

  it('set apart by a blank line, over a web address: the page\'s footer', async () => {
    const result = await read([[...FRONT_TEXT, `• ${ITEMS[0]}`, `• ${ITEMS[1]}`, '', '', `${DATE} | Page 1 of 2`, WEB], [`• ${ITEMS[2]}`, `• ${ITEMS[3]}`, ...CLOSE_TEXT]]);
    expect(result.findings.filter((f) => f.section === 'what-needs-to-improve').map((f) => f.text)).toEqual(ITEMS);
    expect(result.removed.filter((r) => r.page === 1 && r.kind === 'footer').map((r) => r.text)).toEqual([`${DATE} | Page 1 of 2`, WEB]);
  });
});
