import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/parse.js';
import type { ParseResult } from '../src/types.js';
import { buildPdf, bullet, CLOSE, expectBalanced, FRONT, lines, type Text } from './letter-pdf.js';

// Page furniture under footnotes: what stands under a page's notes is the page's footer, whatever
// its size or how close it stands; what stands above them is the page's text. Each letter is built
// here with the sizes and places of the phenomenon; the expected structure is written by hand.

const ADDRESS = 'Ofsted, Piccadilly Gate, Store Street, Manchester M1 2WD';
const SECTION_20 = 'This joint inspection was conducted under section 20 of the Children Act 2004.';
const WORKING_TOGETHER = 'Strategy meetings are held under Working Together to Safeguard Children (2018).';
/** Notes in 8 pt from the margin, a note's lines 9.5 pt apart, the lowest at `foot`. */
const notes = (foot: number, texts: string[]): Text[] => texts.map((text, i) => ({ text, size: 8, y: foot + 9.5 * (texts.length - 1 - i) }));

const HEADLINE = 'Leaders know their area well and the partnership works closely together.';
const SECOND_HEADLINE = [
  'Children who need help are seen quickly by the agencies that know them, and the help they',
  'are given is reviewed by managers who check that it makes a difference to their lives, and',
  'that their families understand what is being done, why it is being done and what happens',
  'next, so that fewer children need to be referred to the front door again within the year.',
];
const BULLETS = ['The quality of referrals from schools.', 'The timeliness of strategy meetings held by the police.', 'The recording of decisions in the MASH.'];

function furniture(result: ParseResult) {
  return result.removed.filter((r) => ['footer', 'running-footer', 'page-number'].includes(r.kind)).map((r) => [r.kind, r.page, r.text]);
}
function footnotes(result: ParseResult) {
  return result.removed.filter((r) => r.kind === 'footnote').map((r) => [r.page, r.text]);
}

describe('a cover whose address stands one note line under its notes', () => {
  it('reads the address as the cover\'s footer, not as the note\'s last line', async () => {
    const file = await buildPdf('cover-address-under-note.pdf', [
      {
        texts: [
          ...lines(780, [...FRONT, { text: 'Headline findings', bold: true, size: 13 }, '', { text: HEADLINE, marker: '1' }]),
          // The note, and the address a note's line under it: as close as a second line of the note would stand.
          ...notes(90.5, [`1 ${SECTION_20}`, ADDRESS]),
        ],
      },
      {
        texts: [
          ...lines(780, [{ text: 'What needs to improve?', bold: true, size: 13 }, '', ...BULLETS.map(bullet), ...CLOSE]),
          // Later pages: a running footer at the usual place, far under the text.
          { text: 'Joint targeted area inspection of Testshire', size: 8, y: 40 },
          { text: '1', x: 520, y: 40, size: 8 },
        ],
      },
    ]);
    const result = await parseFile(file);
    expect(result.findings.map((f) => [f.section, f.text])).toEqual([
      ['summary', expect.stringMatching(/^This letter summarises .* leadership of the partnership\.$/)],
      ['headline-findings', HEADLINE],
      ...BULLETS.map((text) => ['what-needs-to-improve', text]),
      ['next-steps', 'The local authority should prepare a written statement of proposed action by 1 July 2024.'],
    ]);
    expect(result.findings[1]!.footnotes).toEqual([{ marker: '1', text: SECTION_20, page: 1 }]);
    expect(footnotes(result)).toEqual([[1, `1 ${SECTION_20}`]]);
    expect(furniture(result)).toEqual([
      ['footer', 1, ADDRESS],
      // The running footer and the page's number (1: numbered from the cover) stand on one baseline.
      ['footer', 2, 'Joint targeted area inspection of Testshire 1'],
    ]);
    expectBalanced(result);
  });
});

describe('a footer in the body\'s size under the notes', () => {
  it('reads the notes as notes and the footer as furniture, on every page that has notes', async () => {
    const footer = (page: number): Text[] => [
      { text: 'Joint targeted area inspection of Testshire', y: 40 },
      { text: String(page), x: 520, y: 40 },
    ];
    const file = await buildPdf('body-size-footer.pdf', [
      {
        texts: [
          ...lines(780, [...FRONT, { text: 'Headline findings', bold: true, size: 13 }, '', { text: HEADLINE, marker: '1' }]),
          ...notes(80, [`1 ${SECTION_20}`]),
          ...footer(1),
        ],
      },
      {
        texts: [
          // (Enough body text that the page's body size is the body's, not the notes'.)
          ...lines(780, [...SECOND_HEADLINE, '', { text: 'What needs to improve?', bold: true, size: 13 }, '', bullet(BULLETS[0]!), { ...bullet(BULLETS[1]!), marker: '2' }, { ...bullet(BULLETS[2]!), marker: '3' }]),
          // Two notes stacked, the second of two lines.
          ...notes(80, [`2 ${WORKING_TOGETHER}`, '3 Decisions are recorded in the case management system of the local authority, which all the', 'agencies in the MASH can read.']),
          ...footer(2),
        ],
      },
      { texts: [...lines(780, CLOSE.slice(1)), ...footer(3)] },
    ]);
    const result = await parseFile(file);
    expect(result.findings.map((f) => [f.section, f.text])).toEqual([
      ['summary', expect.stringMatching(/^This letter summarises .* leadership of the partnership\.$/)],
      ['headline-findings', HEADLINE],
      ['headline-findings', SECOND_HEADLINE.join(' ')],
      ...BULLETS.map((text) => ['what-needs-to-improve', text]),
      ['next-steps', 'The local authority should prepare a written statement of proposed action by 1 July 2024.'],
    ]);
    expect(result.findings.map((f) => (f.footnotes ?? []).map((note) => note.marker))).toEqual([[], ['1'], [], [], ['2'], ['3'], []]);
    expect(footnotes(result)).toEqual([
      [1, `1 ${SECTION_20}`],
      [2, `2 ${WORKING_TOGETHER}`],
      [2, '3 Decisions are recorded in the case management system of the local authority, which all the agencies in the MASH can read.'],
    ]);
    // The footer and its page number stand on one baseline: one line, of each page's furniture.
    expect(furniture(result).map(([, page, text]) => [page, text])).toEqual([1, 2, 3].map((page) => [page, `Joint targeted area inspection of Testshire ${page}`]));
    expectBalanced(result);
  });
});

describe('a small numbered table is no notes', () => {
  it('keeps the body\'s last lines under a small table whose rows open with numbers in the text, as no marker of theirs stands raised above', async () => {
    const rows = ['1 Referrals received by the front door in the year: 1,204', '2 Strategy meetings held in the year: 310'];
    const file = await buildPdf('small-table.pdf', [
      {
        texts: [
          ...lines(780, [...FRONT, { text: 'Headline findings', bold: true, size: 13 }, '', HEADLINE, ...CLOSE.slice(0, -2)]),
          ...notes(200, rows),
          ...lines(170, ['', 'Yours sincerely', 'Ann Inspector']),
        ],
      },
    ]);
    const result = await parseFile(file);
    expect(furniture(result)).toEqual([]);
    expect(footnotes(result)).toEqual([]);
    expect(result.findings.filter((f) => f.section === 'next-steps').map((f) => f.text)).toEqual([
      'The local authority should prepare a written statement of proposed action by 1 July 2024.',
      rows.join(' '),
    ]);
    expectBalanced(result);
  });
});

describe('the notes\' lowest baseline is the page\'s foot', () => {
  it('keeps a small line above the notes in the text, and takes a line under them, of any size, as furniture', async () => {
    const file = await buildPdf('notes-foot.pdf', [
      {
        texts: [
          ...lines(780, [
            ...FRONT,
            { text: 'Practice study: highly effective practice', bold: true, size: 13 },
            '',
            { text: 'Amy was helped quickly when her school raised a concern, and a plan to keep her safe', marker: '1' },
            'was agreed with her and her mother the same day.',
            '',
            // Set small, in the study: the study's note, above the page's footnotes.
            { text: 'All names are pseudonyms.', size: 8 },
          ]),
          ...notes(90, [`1 ${SECTION_20}`]),
          // Under the notes, once: the publisher's web address in the body's size.
          { text: 'www.gov.uk/ofsted', y: 50 },
        ],
      },
      { texts: lines(780, [{ text: 'What needs to improve?', bold: true, size: 13 }, '', ...BULLETS.map(bullet), ...CLOSE]) },
    ]);
    const result = await parseFile(file);
    expect(result.findings.map((f) => [f.section, f.text])).toEqual([
      ['summary', expect.stringMatching(/^This letter summarises .* leadership of the partnership\.$/)],
      ['case-study-practice', 'Amy was helped quickly when her school raised a concern, and a plan to keep her safe was agreed with her and her mother the same day.'],
      ...BULLETS.map((text) => ['what-needs-to-improve', text]),
      ['next-steps', 'The local authority should prepare a written statement of proposed action by 1 July 2024.'],
    ]);
    expect(result.sections.find((s) => s.kind === 'case-study-practice')!.notes).toEqual(['All names are pseudonyms.']);
    expect(footnotes(result)).toEqual([[1, `1 ${SECTION_20}`]]);
    expect(furniture(result)).toEqual([['footer', 1, 'www.gov.uk/ofsted']]);
    expectBalanced(result);
  });
});

describe('small type that is not at the page\'s foot, and notes after a footer line', () => {
  const WHAT_NEEDS = { texts: lines(780, [{ text: 'What needs to improve?', bold: true, size: 13 }, '', bullet('The quality of referrals from schools.'), ...CLOSE]) };
  const headlineOf = (result: ParseResult) => result.findings.filter((f) => f.section === 'headline-findings');

  it('keeps a paragraph in the body\'s size under a small note set mid-page: lines that wrap, or finish a sentence, are no footer', async () => {
    const paragraph = [
      'Children who need help from the police are not always seen quickly enough, and too',
      'many wait weeks before a strategy meeting is held to consider the risks to them.',
    ];
    const file = await buildPdf('note-mid-page.pdf', [
      {
        texts: [
          ...lines(780, [...FRONT, { text: 'Headline findings', bold: true, size: 13 }, '', 'Referrals to the MASH* rose by a third in the year to March 2024, and leaders have', 'added staff to meet the demand.']),
          { text: '* Multi-agency safeguarding hub.', size: 8, y: 500 },
          { text: paragraph[0]!, y: 470 },
          { text: paragraph[1]!, y: 456 },
        ],
      },
      WHAT_NEEDS,
    ]);
    const result = await parseFile(file);
    expect(headlineOf(result).map((f) => f.text)).toEqual([
      'Referrals to the MASH rose by a third in the year to March 2024, and leaders have added staff to meet the demand.',
      paragraph.join(' '),
    ]);
    expect(furniture(result)).toEqual([]);
    expectBalanced(result);
  });

  it('starts a note at its marker even under a line taken as footer, and measures a note\'s room without the page number in the margin', async () => {
    const NOTE_ONE = 'Working Together to Safeguard Children (2018) sets out how all agencies must work together to keep every child safe.';
    const file = await buildPdf('notes-after-footer-line.pdf', [
      {
        texts: [
          ...lines(780, [...FRONT, { text: 'Headline findings', bold: true, size: 13 }, '', { text: 'Strategy meetings follow statutory guidance and are held promptly.', marker: '1' }, { text: 'The inspection was carried out under the Children Act 2004.', marker: '2' }]),
          // Note 1 wraps where its next word would not fit the text's measure; the page number stands far out in the margin.
          ...notes(70.5, [`1 ${NOTE_ONE}`, 'It is statutory guidance for all the agencies named in this letter.', 'Available at: https://www.gov.uk/government/publications/working-together.', `2 ${SECTION_20}`]),
          { text: '1', size: 8, x: 545, y: 40 },
        ],
      },
      WHAT_NEEDS,
    ]);
    const result = await parseFile(file);
    // The web address after a finished sentence stands between two notes: note 1 broke its line on purpose, no footer stands there.
    expect(footnotes(result)).toEqual([
      [1, `1 ${NOTE_ONE} It is statutory guidance for all the agencies named in this letter. Available at: https://www.gov.uk/government/publications/working-together.`],
      [1, `2 ${SECTION_20}`],
    ]);
    expect(headlineOf(result).flatMap((f) => f.footnotes ?? []).map((n) => n.marker)).toEqual(['1', '2']);
    expectBalanced(result);
  });
});
