import { rgb } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseFile, parseSource } from '../src/parse.js';
import type { ParseResult } from '../src/types.js';
import { buildPdf, CLOSE, expectBalanced, FRONT, lines, type Text } from './letter-pdf.js';

// Variations of issue 8's layout phenomena that real letters plausibly show and the other layout
// tests do not set: a study's box drawn last that runs on over a page break, a study's heading set
// above its box, a note with a second paragraph above the next note, and others below. Each is a
// small PDF built with the phenomenon's positions, fonts and drawing order; what it must read is
// written by hand.

const heading = (text: string): Text => ({ text, bold: true, size: 13, y: 0 });
/** Full-width body lines that end sentences, to fill a page. */
const filler = (n: number) => Array.from({ length: n }, () => 'Practice is improving across the partnership and leaders know where it is weakest now.');
const MAIN = ['Leaders know their area well and the partnership works closely together, and they', 'share one plan for the front door.'];
const AFTER = ['Health visitors share what they know about families with social workers, and the', 'police attend strategy meetings.'];
const shade = (texts: Text[], pad = 10) => ({ x: 60, y: texts[texts.length - 1]!.y - pad, width: 475, height: texts[0]!.y + 14 - (texts[texts.length - 1]!.y - pad), color: rgb(0.9, 0.9, 0.95) });
const sectionsAndTexts = (result: ParseResult) => result.findings.filter((f) => f.section !== 'summary').map((f) => [f.section, f.pages, f.text]);

describe('a study\'s box drawn after the rest of each page, running on over a page break (2, 4)', () => {
  it('puts the box\'s lines at the next page\'s top back above the page\'s text, and goes back to the main findings after them', async () => {
    const page1 = lines(780, [...FRONT, heading('Main findings'), '', ...MAIN, '', ...filler(26)]);
    const box1 = lines(page1[page1.length - 1]!.y - 30, [{ text: 'Practice study: highly effective practice', bold: true, y: 0 }, '', 'A young person was helped quickly when her school raised a concern with the front']);
    const box2 = lines(780, ['door, and she is now safe. Her social worker met her the same day.']);
    const page2 = lines(box2[0]!.y - 40, [...AFTER, ...CLOSE]);
    const result = await parseFile(await buildPdf('box-drawn-last-over-break.pdf', [
      // Drawn in this order on each page: the page's text, its number, then the box and its text.
      { texts: [...page1, { text: '1', x: 290, y: 40 }, ...box1], drawFirst: (page) => page.drawRectangle({ x: 60, y: 60, width: 475, height: box1[0]!.y + 14 - 60, color: rgb(0.9, 0.9, 0.95) }) },
      { texts: [...page2, { text: '2', x: 290, y: 40 }, ...box2], drawFirst: (page) => page.drawRectangle(shade(box2)) },
    ]));
    expect(sectionsAndTexts(result)).toEqual([
      ['main-findings', [1, 1], MAIN.join(' ')],
      ['main-findings', [1, 1], expect.stringMatching(/^Practice is improving/)],
      ['case-study-practice', [1, 2], 'A young person was helped quickly when her school raised a concern with the front door, and she is now safe. Her social worker met her the same day.'],
      ['main-findings', [2, 2], AFTER.join(' ')],
      ['next-steps', [2, 2], expect.stringMatching(/^The local authority/)],
    ]);
    expect(result.removed.filter((r) => r.kind === 'page-number').map((r) => r.page)).toEqual([1, 2]);
    expectBalanced(result);
  });
});

describe('a study\'s heading set above its box, outside it (4)', () => {
  it('reads the box as the study, and goes back to the main findings after it', async () => {
    const before = lines(780, [...FRONT, heading('Main findings'), '', ...MAIN, '', { text: 'Practice study: highly effective practice', bold: true, y: 0 }]);
    const box = lines(before[before.length - 1]!.y - 26, ['A young person was helped quickly when her school raised a concern with the front', 'door, and she is now safe.']);
    const after = lines(box[box.length - 1]!.y - 30, [...AFTER, ...CLOSE]);
    const result = await parseFile(await buildPdf('heading-over-box.pdf', [
      { texts: [...before, ...box, ...after], drawFirst: (page) => page.drawRectangle(shade(box, 8)) },
    ]));
    expect(sectionsAndTexts(result)).toEqual([
      ['main-findings', [1, 1], MAIN.join(' ')],
      ['case-study-practice', [1, 1], 'A young person was helped quickly when her school raised a concern with the front door, and she is now safe.'],
      ['main-findings', [1, 1], AFTER.join(' ')],
      ['next-steps', [1, 1], expect.stringMatching(/^The local authority/)],
    ]);
    expectBalanced(result);
  });
});

describe('footnotes (1): a note of two paragraphs, a gap between them, above the next note', () => {
  it('keeps the second paragraph in its note, not as a footer between notes', async () => {
    // Each note's marker raised at its start, as word processors set it.
    const raisedNote = (marker: string, text: string, y: number): Text[] => [{ text: marker, size: 5, x: 70, y: y + 3 }, { text, size: 8, x: 74, y }];
    const result = await parseFile(await buildPdf('note-two-paragraphs.pdf', [
      {
        texts: [
          ...lines(780, [
            ...FRONT, heading('Headline findings'), '',
            { text: 'Leaders know their area well and the partnership works closely together.', marker: '1', y: 0 }, '',
            { text: 'Children are seen quickly and the help they get is good.', marker: '2', y: 0 },
            ...CLOSE,
          ]),
          ...raisedNote('1', 'This joint inspection was conducted under section 20 of the Children Act 2004.', 140),
          ...raisedNote('2', 'Children seen are those whose cases were sampled by inspectors during the visit.', 126),
          { text: 'Cases were chosen at random from those open to children\'s social care.', size: 8, x: 74, y: 102 },
          ...raisedNote('3', 'Strategy meetings are held under Working Together to Safeguard Children.', 88),
          { text: '1', x: 290, y: 40 },
        ],
      },
    ]));
    expect(result.removed.filter((r) => r.kind === 'footer')).toEqual([]);
    expect(result.findings.find((f) => f.text.startsWith('Children are seen'))!.footnotes).toEqual([
      { marker: '2', text: 'Children seen are those whose cases were sampled by inspectors during the visit. Cases were chosen at random from those open to children\'s social care.', page: 1 },
    ]);
    expectBalanced(result);
  });
});

describe('sections with no kind of ours (5): the partnership\'s section under its many names', () => {
  const letterWith = (name: string, subheading: string) => [
    {
      texts: lines(780, [
        ...FRONT, heading('What needs to improve?'), '', { text: '\u2022 The quality of referrals from schools.', y: 0 }, '',
        heading(name), '', 'The partners have a shared plan.', '',
        heading('Main findings'), '', { text: subheading, bold: true, y: 0 }, '', 'Referrals to the front door are timely.',
        ...CLOSE,
      ]),
    },
  ];
  it.each([
    'Lancashire Children\u2019s Safeguarding Assurance Partnership',
    'Kent Safeguarding Children Multi-Agency Partnership (KSCMP)',
    'Keeping Bristol Safe Partnership',
    'Testshire Children\'s Safeguarding Partnership',
    'Cheshire West and Chester Safeguarding Children Partnership',
    'Stoke-on-Trent Safeguarding Children Partnership',
  ])('reads "%s" as the partnership\'s section (curly quotes read straight), and a sub-heading about the partnership as a sub-heading', async (name) => {
    const result = await parseFile(await buildPdf(`partnership-${name.replace(/\W+/g, '-')}.pdf`, letterWith(name, 'Leadership of the safeguarding partnership')));
    expect(result.sections.map((s) => [s.kind, s.heading])).toEqual([
      ['summary', ''], ['what-needs-to-improve', 'What needs to improve?'], ['partnership', name.replace('\u2019', "'")], ['main-findings', 'Main findings'], ['next-steps', 'Next steps'],
    ]);
    expect(result.findings.find((f) => f.text.startsWith('Referrals'))!.subsection).toBe('Leadership of the safeguarding partnership');
    expectBalanced(result);
  });
});

describe('notes that are not findings (7): a study\'s pseudonym note set small at a page\'s foot, no footnotes on the page', () => {
  const study = ['Amy was helped quickly when her school raised a concern. Her social worker met her', 'the same day, the police and her school nurse joined a strategy meeting that'];
  const rest = 'afternoon, and a plan to keep her safe was agreed with her and her mother.';
  const after = [heading('Main findings'), '', 'Referrals to the front door are mostly timely and well made.', ...CLOSE];
  const note = 'All names in this study are pseudonyms.';
  it.each([
    ['under the study\'s last line, the page\'s number under it', [...study, rest], true],
    ['under the study\'s last line, nothing under it', [...study, rest], false],
    ['where the study runs on over the page in mid-sentence', study, true],
  ] as const)('keeps it as the study\'s note, not the page\'s footer: %s', async (_, onPage, numbered) => {
    const runsOn = onPage.length === 2;
    const result = await parseFile(await buildPdf(`pseudonym-foot-${runsOn ? 'runs-on' : numbered ? 'numbered' : 'bare'}.pdf`, [
      {
        texts: [
          ...lines(780, [...FRONT, heading('Practice study: highly effective practice'), '', ...(runsOn ? filler(30) : []), ...onPage]),
          { text: note, size: 8, y: 60 },
          ...(numbered ? [{ text: '1', x: 290, y: 40 }] : []),
        ],
      },
      { texts: lines(780, runsOn ? [rest, '', ...after] : after) },
    ]));
    const studySection = result.sections.find((s) => s.kind === 'case-study-practice')!;
    expect(studySection.notes).toEqual([note]);
    expect(result.findings.filter((f) => f.section === 'case-study-practice').at(-1)!.text).toMatch(/^(?:Amy|Practice).* agreed with her and her mother\.$/);
    expect(result.removed.filter((r) => r.kind === 'footer')).toEqual([]);
    expect(result.removed.filter((r) => r.kind === 'note')).toEqual([{ kind: 'note', page: 1, text: note }]);
    expect(result.accounting.notes).toBe(note.replace(/\s/g, '').length);
    expectBalanced(result);
  });
});

describe('indentation (3): a list\'s glyphs drawn in a pass of their own, before the items\' text', () => {
  it('reads each glyph with the item on its baseline: bullets, not paragraphs, and no glyph left at the page\'s top', async () => {
    const body = lines(780, [
      ...FRONT, heading('What needs to improve?'), '',
      { text: 'The quality of referrals from schools, which are often too late and lack detail about', x: 88, y: 0 },
      { text: 'the child.', x: 88, y: 0 },
      { text: 'The timeliness of strategy meetings.', x: 88, y: 0 },
      { text: 'The recording of decisions in the MASH.', x: 88, y: 0 },
      ...CLOSE,
    ]);
    const first = body.findIndex((t) => t.text.startsWith('The quality'));
    const glyphs = [first, first + 2, first + 3].map((i) => ({ text: '\u2022', x: 72, y: body[i]!.y }));
    const result = await parseFile(await buildPdf('glyphs-drawn-first.pdf', [{ texts: [...glyphs, ...body] }]));
    expect(result.findings.filter((f) => f.section === 'what-needs-to-improve').map((f) => [f.form, f.text])).toEqual([
      ['bullet', 'The quality of referrals from schools, which are often too late and lack detail about the child.'],
      ['bullet', 'The timeliness of strategy meetings.'],
      ['bullet', 'The recording of decisions in the MASH.'],
    ]);
    expect(result.letter.date).toBe('2024-03-01');
    expectBalanced(result);
  });
});

describe('indentation (3): a lead-in before a list whose items have no glyph', () => {
  it('reads the line ending in a colon as the lead-in of the paragraphs under it, each an item', async () => {
    const result = await parseFile(await buildPdf('lead-in-glyphless.pdf', [
      {
        texts: lines(780, [
          ...FRONT, heading('What needs to improve?'), '', 'The partnership should improve the following areas:', '',
          'The quality of plans for children, which are too often vague.', '', 'The timeliness of strategy meetings.', ...CLOSE,
        ]),
      },
    ]));
    expect(result.findings.filter((f) => f.section === 'what-needs-to-improve').map((f) => [f.text, f.leadIn])).toEqual([
      ['The quality of plans for children, which are too often vague.', 'The partnership should improve the following areas:'],
      ['The timeliness of strategy meetings.', 'The partnership should improve the following areas:'],
    ]);
    expectBalanced(result);
  });
});

describe('boxes inside main findings (4): two studies boxed one after the other, drawn after the page', () => {
  it('goes back to the main findings after the second box', async () => {
    const before = lines(780, [...FRONT, heading('Main findings'), '', ...MAIN, '']);
    const first = lines(before[before.length - 1]!.y - 30, [{ text: 'Practice study: highly effective practice', bold: true, y: 0 }, '', 'A young person was helped quickly when her school raised a concern.']);
    const second = lines(first[first.length - 1]!.y - 30, [{ text: 'Practice study: area for improvement', bold: true, y: 0 }, '', 'A boy waited too long for a strategy meeting after his mother was hurt.']);
    const after = lines(second[second.length - 1]!.y - 30, [...AFTER, ...CLOSE]);
    const result = await parseFile(await buildPdf('two-boxes-one-after-the-other.pdf', [
      { texts: [...before, ...after, ...first, ...second], drawFirst: (page) => [first, second].forEach((box) => page.drawRectangle(shade(box, 8))) },
    ]));
    expect(sectionsAndTexts(result)).toEqual([
      ['main-findings', [1, 1], MAIN.join(' ')],
      ['case-study-practice', [1, 1], 'A young person was helped quickly when her school raised a concern.'],
      ['case-study-improvement', [1, 1], 'A boy waited too long for a strategy meeting after his mother was hurt.'],
      ['main-findings', [1, 1], AFTER.join(' ')],
      ['next-steps', [1, 1], expect.stringMatching(/^The local authority/)],
    ]);
    expectBalanced(result);
  });
});

describe('sub-headings (6): a bold sub-heading that ends in a full stop', () => {
  it('is a sub-heading, told by its weight, not a finding', async () => {
    const result = await parseFile(await buildPdf('bold-subheading-full-stop.pdf', [
      {
        texts: lines(780, [
          ...FRONT, heading('Main findings'), '', { text: 'The front door.', bold: true, y: 0 }, '', ...MAIN, '',
          { text: 'Help for children who live with domestic abuse.', bold: true, y: 0 }, '', ...AFTER, ...CLOSE,
        ]),
      },
    ]));
    expect(result.findings.filter((f) => f.section === 'main-findings').map((f) => [f.subsection, f.text])).toEqual([
      ['The front door.', MAIN.join(' ')],
      ['Help for children who live with domestic abuse.', AFTER.join(' ')],
    ]);
    expectBalanced(result);
  });
});

describe('sections with no kind of ours (5): a heading set as sections are, inside a section with sub-headings', () => {
  it('opens a section of kind other with its heading, not a sub-heading of the section before', async () => {
    const result = await parseFile(await buildPdf('unknown-section-among-subheadings.pdf', [
      {
        texts: lines(780, [
          ...FRONT, heading('Main findings'), '', { text: 'The front door', bold: true, y: 0 }, '', ...MAIN, '',
          heading('Recent developments in the area'), '', ...AFTER, ...CLOSE,
        ]),
      },
    ]));
    expect(result.sections.map((s) => [s.kind, s.heading])).toEqual([
      ['summary', ''], ['main-findings', 'Main findings'], ['other', 'Recent developments in the area'], ['next-steps', 'Next steps'],
    ]);
    expect(result.findings.filter((f) => f.section === 'other').map((f) => f.text)).toEqual([AFTER.join(' ')]);
    expectBalanced(result);
  });
});

describe('indentation (3): a list\'s items numbered "1." or lettered "(a)"', () => {
  const numbers = (i: number) => `${i + 1}.`;
  const letters = (i: number) => `(${'abc'[i]})`;
  it.each([
    ['1.', 'a gap between items', numbers, true],
    ['1.', 'no gap', numbers, false],
    ['(a)', 'a gap between items', letters, true],
    ['(a)', 'no gap', letters, false],
  ] as const)('reads "%s" items as the list\'s items, not paragraphs (%s)', async (label, _, number, gaps) => {
    const items = ['The quality of referrals from schools.', 'The timeliness of strategy meetings.', 'The recording of decisions in the MASH.'];
    const result = await parseFile(await buildPdf(`numbered-list-${label.replace(/\W/g, '')}-${gaps}.pdf`, [
      {
        texts: lines(780, [
          ...FRONT, heading('What needs to improve?'), '',
          ...items.flatMap((item, i) => [...(gaps && i > 0 ? [''] : []), { text: `${number(i)} ${item}`, y: 0 }]),
          ...CLOSE,
        ]),
      },
    ]));
    expect(result.findings.filter((f) => f.section === 'what-needs-to-improve').map((f) => [f.form, f.text])).toEqual(items.map((item) => ['bullet', item]));
    expectBalanced(result);
  });
});

describe('notes that are not findings (7): a pseudonym note at a page\'s foot with the page\'s footer under it', () => {
  it('keeps the note alone as the study\'s note, and the footer apart as furniture', async () => {
    const footer = (page: number): Text[] => [{ text: 'Joint targeted area inspection of Testshire', size: 8, x: 70, y: 40 }, { text: String(page), size: 8, x: 500, y: 40 }];
    const note = 'All names in this study are pseudonyms.';
    const result = await parseFile(await buildPdf('pseudonym-over-footer.pdf', [
      {
        texts: [
          ...lines(780, [...FRONT, heading('Practice study: highly effective practice'), '', 'Amy was helped quickly when her school raised a concern. Her social worker met her', 'the same day, and a plan to keep her safe was agreed with her and her mother.']),
          { text: note, size: 8, y: 58 }, ...footer(1),
        ],
      },
      { texts: [...lines(780, [heading('Main findings'), '', 'Referrals to the front door are mostly timely and well made.', ...CLOSE]), ...footer(2)] },
    ]));
    expect(result.sections.find((s) => s.kind === 'case-study-practice')!.notes).toEqual([note]);
    expect(result.removed.filter((r) => r.kind === 'note')).toEqual([{ kind: 'note', page: 1, text: note }]);
    expectBalanced(result);
  });
});

describe('sections with no kind of ours (5): in a text file, a sentence that opens with a partnership\'s name', () => {
  it('is text, not the partnership\'s heading', async () => {
    const text = [
      '1 March 2024', '', 'Dear Testshire Safeguarding Partnership', '', 'Joint targeted area inspection of Testshire', '',
      'This letter summarises the findings of the joint targeted area inspection (JTAI) of the',
      'multi-agency response to children who are victims of domestic abuse in Testshire.', '',
      'Main findings', '',
      'Referrals to the front door are mostly timely and well made, and the police share what', 'they know the same day.', '',
      'The Testshire Safeguarding Children Partnership',
      'has a clear plan for the front door, and leaders know where practice is weakest.', '',
      'Next steps', '', 'The local authority should prepare a written statement of proposed action by 1 July 2024.', '', 'Yours sincerely',
    ].join('\n');
    const result = await parseSource({ file: 'partnership-sentence.txt', bytes: new TextEncoder().encode(text) });
    expect(result.sections.map((s) => s.kind)).toEqual(['summary', 'main-findings', 'next-steps']);
    expect(result.findings.filter((f) => f.section === 'main-findings').at(-1)!.text).toBe('The Testshire Safeguarding Children Partnership has a clear plan for the front door, and leaders know where practice is weakest.');
    expectBalanced(result);
  });
});

describe('metadata (9): the title set before the salutation "Dear Testshire Safeguarding Partnership"', () => {
  it('reads the recipients, the salutation and the title, and no finding from the salutation', async () => {
    const front = [...FRONT];
    const [titleAt, dearAt] = [front.findIndex((t) => typeof t !== 'string'), front.findIndex((t) => t === 'Dear Testshire Safeguarding Partnership')];
    [front[titleAt], front[dearAt]] = [front[dearAt]!, front[titleAt]!];
    const result = await parseFile(await buildPdf('title-before-salutation.pdf', [{ texts: lines(780, [...front, heading('Main findings'), '', ...MAIN, ...CLOSE]) }]));
    expect(result.letter.recipients.map((r) => r.name)).toEqual(['Ann Smith']);
    expect(result.letter.area).toBe('Testshire');
    expect(result.findings.some((f) => f.text.startsWith('Dear'))).toBe(false);
    expectBalanced(result);
  });
});
