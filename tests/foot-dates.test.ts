import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile, parseSource } from '../src/parse.js';
import type { ParseResult } from '../src/types.js';
import { buildPdf, CLOSE, expectBalanced, FRONT, lines } from './letter-pdf.js';
import { findingsByText, letterOf, MARGIN, reset, type Setting, WIDTH } from './variation-kit.js';

// A date alone at a page's foot (helper 8cq; issue 8): a letter's date printed as page furniture on every page, on some
// or on the last, or a footer's date. It is the page's furniture where the page shows it (the same date at the foot of
// two pages or more; or set apart under the body's last line, below where the body goes on any page, in no heavier
// face; in text, a blank line above it), and never a finding's words, a note or a finding of its own. A date that is
// the body's (a paragraph's last line, a dated heading within the body's band) stays.

const dir = mkdtempSync(join(tmpdir(), 'jtai-foot-dates-'));
const DATE = '18 August 2022';
type Pages = (count: number) => number[];
const every: Pages = (n) => [...Array(n).keys()];
const last: Pages = (n) => [n - 1];
const some: Pages = (n) => [...new Set([0, Math.floor(n / 2), n - 1])];
/** The date drawn at the foot of chosen pages: small (9 pt, the page number's size) or in the body's size, left or right, at a height. */
const VARIANTS: Record<string, { pages: Pages; right?: boolean; y: number; size: number }> = {
  // Read as footnote 18 ("August 2022") before.
  'small, a line above the page number, every page': { pages: every, y: MARGIN / 2 + 12, size: 9 },
  'small, a line above the page number, some pages': { pages: some, y: MARGIN / 2 + 12, size: 9 },
  // Threw a TypeError before (the page number and the date one line, split as two columns of notes).
  'small, right, on the page number\'s baseline, every page': { pages: every, right: true, y: MARGIN / 2, size: 9 },
  // Read glued to the page number ("518 August 2022") before, where the page's lines are few.
  'small, left, on the page number\'s baseline, last page': { pages: last, y: MARGIN / 2, size: 9 },
  // Joined to the paragraph over the page break (or a finding of its own) before.
  'body size under the body, some pages': { pages: some, y: MARGIN - 22, size: 11 },
  'body size under the body, last page': { pages: last, y: MARGIN - 22, size: 11 },
};
const LETTERS = ['wokingham-2017-07-14', 'kirklees-2022-08-18', 'hertfordshire-2024-12-12', 'barnsley-2022-07-18'];
const dated = (result: ParseResult) => result.removed.filter((r) => r.text.includes(DATE));

describe('a date alone at the foot of pages of a real letter set again', () => {
  for (const letter of LETTERS) {
    it(`${letter}: read as page furniture, the findings as without it`, async () => {
      const original = await letterOf(letter);
      const base = await reset(original, `${letter}-no-date`, {}, dir);
      const without = await parseFile(base.file);
      const wrong: string[] = [];
      for (const [name, v] of Object.entries(VARIANTS)) {
        const setting: Setting = {
          after: (pages, _placed, _pieces, fonts) => {
            for (const p of v.pages(pages.length)) {
              const width = fonts.regular.widthOfTextAtSize(DATE, v.size);
              pages[p]!.drawText(DATE, { x: v.right ? WIDTH - MARGIN - width : MARGIN, y: v.y, size: v.size, font: fonts.regular });
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
        if (result.findings.some((f) => f.text.includes(DATE) || f.footnotes?.some((n) => n.text.includes('August 2022')))) said('the date in a finding or a note');
        const furniture = dated(result).filter((r) => r.kind === 'footer' || r.kind === 'running-footer');
        if (JSON.stringify(furniture.map((r) => r.page)) !== JSON.stringify(pages.map((p) => p + 1)) || dated(result).length !== furniture.length) said(`removed ${JSON.stringify(dated(result).map((r) => [r.kind, r.page, r.text]))}`);
        // Read whole, a word's space from the page's number where they share a line.
        if (furniture.some((r) => !new RegExp(`^(?:\\d{1,2} )?${DATE}(?: \\d{1,2})?$`).test(r.text))) said(`read as ${JSON.stringify(furniture.map((r) => r.text))}`);
        expectBalanced(result);
      }
      expect(wrong).toEqual([]);
    }, 600000);
  }
});

const HEADLINE = [
  'Leaders know their area well and the partnership works closely together. Children who need',
  'help are seen quickly by the agencies that know them, and managers check that the help makes',
  'a difference. The partnership agreed its new arrangements for the front door on',
];
const SECOND = 'Children who live with domestic abuse are seen by a social worker within a day of a referral.';
const THIRD = 'Schools share what they know with the front door as soon as they are worried about a child.';

describe('a date line that is the body\'s stays', () => {
  it('the last line of a paragraph at a page\'s foot, a line step under its line before', async () => {
    const file = await buildPdf('foot-date-ends-paragraph.pdf', [
      { texts: [...lines(780, [...FRONT, { text: 'Headline findings', bold: true, size: 13 }, '']), ...lines(94 + 14 * 2, HEADLINE), { text: `${DATE}.`, y: 80 }, { text: '1', x: 290, y: 40 }] },
      { texts: [...lines(780, [SECOND, '', THIRD, ...CLOSE]), { text: '2', x: 290, y: 40 }] },
    ]);
    const result = await parseFile(file);
    expect(dated(result)).toEqual([]);
    expect(result.findings.filter((f) => f.section === 'headline-findings').map((f) => f.text)).toEqual([`${HEADLINE.join(' ')} ${DATE}.`, SECOND, THIRD]);
  });

  it('a dated heading last on its page, within the band the body fills on other pages (page 2 goes down to 82 pt)', async () => {
    const heading = 'Monday 3 October 2022';
    const filler = Array.from({ length: 48 }, (_, i) => `Agencies in Testshire meet every week to review the help given to children, meeting ${i + 1}.`);
    const file = await buildPdf('foot-date-heading.pdf', [
      { texts: [...lines(780, [...FRONT, { text: 'Headline findings', bold: true, size: 13 }, '', SECOND]), { text: heading, y: 96 }, { text: '1', x: 290, y: 40 }] },
      { texts: [...lines(780, [THIRD, '', ...filler.slice(0, 6)]), ...lines(780 - 14 * 8 - 12, filler.slice(6)), { text: '2', x: 290, y: 40 }] },
      { texts: [...lines(780, ['Leaders act on what they learn.', ...CLOSE]), { text: '3', x: 290, y: 40 }] },
    ]);
    const result = await parseFile(file);
    expect(dated(result).concat(result.removed.filter((r) => r.text.includes(heading)))).toEqual([]);
    // Read as the body's (here a heading of its own, kept), never as furniture.
    expect(JSON.stringify([result.sections, result.unknownHeadings, result.findings])).toContain(heading);
  });
});

describe('a date alone at the foot of a text page', () => {
  const FRONT_TEXT = ['1 March 2024', '', 'Dear Testshire Safeguarding Partnership', '', 'Joint targeted area inspection of Testshire', '',
    'This letter summarises the findings of the joint targeted area inspection (JTAI) of the multi-agency response to', 'children who are victims of domestic abuse in Testshire.', '', 'What needs to improve?', ''];
  const CLOSE_TEXT = ['', 'Next steps', '', 'The local authority should prepare a written statement of proposed action by 1 July 2024.', '', 'Yours sincerely'];
  const ITEMS = ['The quality of referrals from schools.', 'The timeliness of strategy meetings held by the police.', 'The recording of decisions in the MASH.', 'The use of chronologies by health professionals.'];
  const read = (pages: string[][]) => parseSource({ file: 'foot-date.txt', bytes: new TextEncoder().encode(pages.map((page) => page.join('\n')).join('\n\f')) });

  it('set apart by a blank line under the page\'s last line: the page\'s footer', async () => {
    const result = await read([[...FRONT_TEXT, `• ${ITEMS[0]}`, `• ${ITEMS[1]}`, '', '', DATE, '', '                1'], [`• ${ITEMS[2]}`, `• ${ITEMS[3]}`, ...CLOSE_TEXT]]);
    expect(result.findings.filter((f) => f.section === 'what-needs-to-improve').map((f) => f.text)).toEqual(ITEMS);
    expect(dated(result).map((r) => [r.kind, r.page])).toEqual([['footer', 1]]);
  });

  it('a paragraph\'s last line at the page\'s foot stays the paragraph\'s', async () => {
    const result = await read([[...FRONT_TEXT, `• ${ITEMS[0]}`, '• The partnership agreed its new arrangements for the front door on', `  ${DATE}.`, '', '                1'], [`• ${ITEMS[2]}`, `• ${ITEMS[3]}`, ...CLOSE_TEXT]]);
    expect(dated(result)).toEqual([]);
    expect(result.findings.filter((f) => f.section === 'what-needs-to-improve').map((f) => f.text)[1]).toBe(`The partnership agreed its new arrangements for the front door on ${DATE}.`);
  });
});

describe('a page number at the foot\'s left and a note on its baseline at the right', () => {
  it('reads the number as the footer and the note as the note (before: a TypeError; with that guarded alone, a parse that never ended)', async () => {
    const note = 'This joint inspection was conducted under section 20 of the Children Act 2004.';
    const file = await buildPdf('number-beside-note.pdf', [
      { texts: [...lines(780, [...FRONT, { text: 'Headline findings', bold: true, size: 13 }, '', { text: SECOND, marker: '1' }]), { text: '1', x: 71, y: 40, size: 8 }, { text: `1 ${note}`, x: 250, y: 40, size: 8 }] },
      { texts: [...lines(780, [THIRD, ...CLOSE]), { text: '2', x: 71, y: 40, size: 8 }] },
    ]);
    const result = await parseFile(file);
    expect(result.findings.filter((f) => f.section === 'headline-findings').map((f) => f.text)).toEqual([SECOND, THIRD]);
    expectBalanced(result);
  });
});

describe('a note read with no marker', () => {
  it('is kept as a footnote and its page read (before: cleaning looked for an empty marker and never ended)', async () => {
    const { cleanPages } = await import('../src/extract/clean.js');
    const letter = cleanPages({ format: 'pdf', pages: ['Some text here.\nMore text.\u00B9', 'Page two.'], footnotes: [{ marker: '', text: 'A note.', printed: 'A note.', page: 1 }], footers: [] });
    expect(letter.footnotes).toEqual([{ marker: '', text: 'A note.', page: 1, offset: null }]);
    expect(letter.text).toBe('Some text here.\nMore text.\nPage two.');
  });
});
