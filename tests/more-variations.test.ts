import { degrees, PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { JtaiError } from '../src/errors.js';
import { extractPages, readSource } from '../src/extract/index.js';
import { parseFile, parseSource } from '../src/parse.js';
import type { ParseResult } from '../src/types.js';
import { buildPdf, CLOSE, expectBalanced, FACES, FRONT, lines, type Page, type Text } from './letter-pdf.js';
import { wrap } from './typeset.js';

// A further round of issue 8's ten phenomena that no other test sets: other faces and sizes,
// footnotes on pages whose list runs on over the break, boxes at a page's top or foot, numbered
// main findings with a box between them, headings with no kind, metadata variants, and content
// that must be read right or refused. Each is a small real PDF (or text) built with the
// phenomenon's positions, fonts and drawing order; what it must read is written by hand.

type Face = keyof typeof FACES;
const pdfForWidths = await PDFDocument.create();
const FONTS = Object.fromEntries(await Promise.all((Object.keys(FACES) as Face[]).map(async (face) => [face, await pdfForWidths.embedFont(FACES[face][0])]))) as Record<Face, Awaited<ReturnType<typeof pdfForWidths.embedFont>>>;

const RIGHT = 525;
/** A paragraph wrapped to the measure, from x; a bullet's glyph at x and its lines at x + 18. */
function para(text: string, { x = 70, face = 'Helvetica' as Face, size = 11, glyph = false, bold = false } = {}): Text[] {
  const textX = glyph ? x + 18 : x;
  return wrap(text, FONTS[face], size, RIGHT - textX).map((line, i) => ({ text: line, x: textX, y: 0, size, bold, ...(glyph && i === 0 ? { glyph: true, x } : {}) }));
}
const heading = (text: string, size = 13): Text => ({ text, bold: true, size, y: 0 });
type Entry = string | Text | Text[];

/** Entries laid 14 pt apart (a gap of 12 more at ''), on as many pages as they fill down to `bottom`; '\f' starts a page. */
function paginate(entries: Entry[], bottom = 100): Text[][] {
  const pages: Text[][] = [[]];
  let y = 780;
  for (const entry of entries.flat()) {
    if (entry === '\f' || (entry !== '' && y < bottom)) {
      pages.push([]);
      y = 780;
      if (entry === '\f') continue;
    }
    if (entry === '') {
      if (pages[pages.length - 1]!.length > 0) y -= 12;
      continue;
    }
    pages[pages.length - 1]!.push(typeof entry === 'string' ? { text: entry, y } : { ...entry, y });
    y -= 14;
  }
  return pages;
}
/** Each page with its number at its foot. */
const numbered = (pages: Text[][]): Page[] => pages.map((texts, i) => ({ texts: [...texts, { text: String(i + 1), x: 290, y: 40 }] }));
const raisedNote = (marker: string, text: string, y: number, x = 70): Text[] => [{ text: marker, size: 5, x, y: y + 3 }, { text, size: 8, x: x + 4, y }];
const shade = (texts: Text[], pad = 10) => ({ x: 60, y: texts[texts.length - 1]!.y - pad, width: 475, height: texts[0]!.y + 14 - (texts[texts.length - 1]!.y - pad), color: rgb(0.9, 0.9, 0.95) });
const of = (result: ParseResult, section: string) => result.findings.filter((f) => f.section === section);
const textsOf = (result: ParseResult, section: string) => of(result, section).map((f) => f.text);
const kinds = (result: ParseResult) => result.sections.map((s) => s.kind);

const ITEMS = [
  'The quality of referrals from schools, which are often too late and lack the detail that social workers need to decide what to do next for the child.',
  'The timeliness of strategy meetings when children are at risk of significant harm out of office hours.',
  'The recording of decisions in the MASH, including the reasons for them and who made them.',
  'The use of chronologies by health professionals to identify patterns of concern for children who live with domestic abuse.',
  'How well leaders understand the experiences of children from minority ethnic groups who are referred to the front door.',
  'The oversight by managers of plans for children in need, so that drift is noticed and acted on quickly.',
];
const PROSE = [
  'Leaders know their area well and the partnership works closely together. They share one plan for the front door, and they check what difference it makes to children.',
  'Health visitors share what they know about families with social workers, and the police attend strategy meetings. Decisions are recorded clearly and children are seen quickly.',
  'Schools understand the thresholds for help and make referrals that are detailed and timely. Designated leads seek advice when they are unsure, and get it the same day.',
  'The out of hours service is well run. Social workers on duty have access to records and managers make decisions that keep children safe.',
];
const STUDY = 'A young person was helped quickly when her school raised a concern with the front door, and she is now safe. Her social worker met her the same day.';

describe('footnotes (1) with lists and other faces', () => {
  it('two stacked notes on a page whose last bullet runs on over the break: the item joins, each note on its item', async () => {
    const items = [...ITEMS, ...ITEMS.map((item) => item.replace('The ', 'Also, the '))];
    const body = paginate([...FRONT, heading('What needs to improve?'), '', ...items.map((item, i) => {
      const lines = para(item, { glyph: true });
      return i === 1 || i === 3 ? [...lines.slice(0, -1), { ...lines.at(-1)!, marker: String(i === 1 ? 1 : 2) }] : lines;
    }), '', heading('Main findings'), '', para(PROSE[0]!), ...CLOSE], 140);
    const pages = numbered(body);
    pages[0]!.texts.push(...raisedNote('1', 'Strategy meetings are held under Working Together to Safeguard Children 2023.', 110), ...raisedNote('2', 'Chronologies record the significant events in a child\'s life in order.', 98));
    const result = await parseFile(await buildPdf('more-stacked-notes-bullet-over-break.pdf', pages));
    expect(of(result, 'what-needs-to-improve').map((f) => [f.form, f.text])).toEqual(items.map((item) => ['bullet', item]));
    expect(of(result, 'what-needs-to-improve').map((f) => f.footnotes?.map((n) => n.marker) ?? [])).toEqual([[], ['1'], [], ['2'], [], [], [], [], [], [], [], []]);
    expectBalanced(result);
  });

  it('a note of two lines with a gap inside, in Times, the page\'s paragraph running on over the break', async () => {
    const long = 'Leaders know their area well and the partnership works closely together across the whole county. They share one plan for the front door, and they check what difference it makes to children and their families, month by month, with the help of the local authority\'s performance team and the designated professionals for safeguarding in health, who bring what they learn from audits.';
    const body = paginate([...FRONT, heading('Main findings'), '', para(PROSE[1]!, { face: 'Times' }), '', para(PROSE[2]!, { face: 'Times' }), '', para(PROSE[3]!, { face: 'Times' }), '', para(PROSE[0]!, { face: 'Times' }), '', para(PROSE[1]!, { face: 'Times' }), '', para(PROSE[2]!, { face: 'Times' }), '', para(long, { face: 'Times' }), '', para(PROSE[3]!, { face: 'Times' }), ...CLOSE], 150);
    const pages = numbered(body);
    const marked = pages[0]!.texts.findIndex((t) => t.text.startsWith('Schools understand'));
    pages[0]!.texts[marked] = { ...pages[0]!.texts[marked]!, marker: '1' };
    pages[0]!.texts.push(...raisedNote('1', 'Thresholds are set out in the partnership\'s document on levels of need, revised in 2023.', 124), { text: 'Available at: www.testshire.gov.uk/levels-of-need.', size: 8, x: 74, y: 104 });
    const result = await parseFile(await buildPdf('more-note-gap-inside-times.pdf', pages, false, 'Times'));
    expect(textsOf(result, 'main-findings')).toEqual([PROSE[1], PROSE[2], PROSE[3], PROSE[0], PROSE[1], PROSE[2], long, PROSE[3]]);
    expect(result.findings.flatMap((f) => f.footnotes ?? [])).toEqual([{ marker: '1', page: 1, text: 'Thresholds are set out in the partnership\'s document on levels of need, revised in 2023. Available at: www.testshire.gov.uk/levels-of-need.' }]);
    expectBalanced(result);
  });

  it('an asterisk note under a study in Courier 10 pt', async () => {
    const pages = numbered(paginate([...FRONT, heading('Practice study: highly effective practice'), '', { ...para(STUDY, { face: 'Courier', size: 10 })[0]! }, ...para(STUDY, { face: 'Courier', size: 10 }).slice(1).map((t, i, all) => (i === all.length - 1 ? { ...t, marker: '*' } : t)), '', heading('Main findings'), '', para(PROSE[0]!, { face: 'Courier', size: 10 }), ...CLOSE]));
    pages[0]!.texts.push({ text: '*', size: 5, x: 70, y: 93 }, { text: 'The young person agreed that her story could be told.', size: 7, x: 74, y: 90 });
    const result = await parseFile(await buildPdf('more-asterisk-note-courier.pdf', pages, false, 'Courier'));
    expect(textsOf(result, 'case-study-practice')).toEqual([STUDY]);
    expect(of(result, 'case-study-practice')[0]!.footnotes).toEqual([{ marker: '*', page: 1, text: 'The young person agreed that her story could be told.' }]);
    expect(textsOf(result, 'main-findings')).toEqual([PROSE[0]]);
    expectBalanced(result);
  });

  it('notes on two pages, a numbered main finding running over the break between them', async () => {
    const numberedProse = PROSE.map((p, i) => `${i + 1}. ${p}`);
    const twelve = [0, 4, 8].flatMap((n) => numberedProse.map((p, i) => p.replace(/^\d+/, String(i + n + 1))));
    const body = paginate([...FRONT, heading('Main findings'), '', ...twelve.flatMap((p, i) => {
      const lines = para(p);
      return [...(i > 0 ? [''] : []), ...(i === 2 || i === 10 ? [...lines.slice(0, -1), { ...lines.at(-1)!, marker: String(i === 2 ? 1 : 2) }] : lines)];
    }), ...CLOSE], 160);
    const pages = numbered(body);
    pages[0]!.texts.push(...raisedNote('1', 'Levels of need are described in the partnership\'s threshold document.', 120));
    pages[1]!.texts.push(...raisedNote('2', 'The duty service is run by the local authority for the whole county.', 120));
    const result = await parseFile(await buildPdf('more-notes-two-pages-numbered.pdf', pages));
    expect(body).toHaveLength(2);
    expect(textsOf(result, 'main-findings')).toEqual([...PROSE, ...PROSE, ...PROSE]);
    expect(result.findings.flatMap((f) => (f.footnotes ?? []).map((n) => [f.text.slice(0, 12), n.marker, n.page]))).toEqual([['Schools unde', '1', 1], ['Schools unde', '2', 2]]);
    expectBalanced(result);
  });
});

describe('reading order (2) and boxes (4) at a page\'s top or foot', () => {
  it('a study boxed at the top of a page, drawn after the page\'s main findings', async () => {
    const page1 = paginate([...FRONT, heading('Main findings'), '', para(PROSE[0]!), '', para(PROSE[1]!)])[0]!;
    const box = lines(780, [{ text: 'Practice study: highly effective practice', bold: true, y: 0 }, '', ...para(STUDY)]);
    const rest = lines(box.at(-1)!.y - 34, [...para(PROSE[2]!), '', ...para(PROSE[3]!), ...CLOSE]);
    const result = await parseFile(await buildPdf('more-box-at-page-top-drawn-last.pdf', [
      { texts: page1 },
      { texts: [...rest, ...box], drawFirst: (page) => page.drawRectangle(shade(box)) },
    ]));
    expect(kinds(result)).toEqual(['summary', 'main-findings', 'case-study-practice', 'main-findings', 'next-steps']);
    expect(textsOf(result, 'main-findings')).toEqual(PROSE);
    expect(textsOf(result, 'case-study-practice')).toEqual([STUDY]);
    expectBalanced(result);
  });

  it('a study boxed at the foot of a page under a list, drawn last; the next page opens a section', async () => {
    const page1 = paginate([...FRONT, heading('Strengths'), '', ...ITEMS.slice(0, 3).map((item) => para(item, { glyph: true }))])[0]!;
    const box = lines(page1.at(-1)!.y - 40, [{ text: 'Practice study: area for improvement', bold: true, y: 0 }, '', ...para(STUDY)]);
    const result = await parseFile(await buildPdf('more-box-at-page-foot-drawn-last.pdf', [
      { texts: [...page1, ...box], drawFirst: (page) => page.drawRectangle(shade(box)) },
      { texts: paginate([heading('Main findings'), '', para(PROSE[0]!), ...CLOSE])[0]! },
    ]));
    expect(kinds(result)).toEqual(['summary', 'strengths', 'case-study-improvement', 'main-findings', 'next-steps']);
    expect(textsOf(result, 'strengths')).toEqual(ITEMS.slice(0, 3));
    expect(textsOf(result, 'case-study-improvement')).toEqual([STUDY]);
    expectBalanced(result);
  });

  it('a study boxed in place at a page\'s foot that runs on in its box at the next page\'s top, then the main findings go on', async () => {
    const page1 = paginate([...FRONT, heading('Main findings'), '', para(PROSE[0]!), '', para(PROSE[1]!)])[0]!;
    const study = para(`${STUDY} ${STUDY.replace('A young person', 'Another young person')}`);
    const box1 = lines(page1.at(-1)!.y - 40, [{ text: 'Practice study: highly effective practice', bold: true, y: 0 }, '', ...study.slice(0, 2)]);
    const box2 = lines(780, study.slice(2));
    const after = lines(box2.at(-1)!.y - 30, [...para(PROSE[2]!), ...CLOSE]);
    const result = await parseFile(await buildPdf('more-box-in-place-over-break.pdf', [
      { texts: [...page1, { text: '1', x: 290, y: 40 }], boxInPlace: { at: page1.length, top: box1[0]!.y + 14, bottom: 60, texts: box1 } },
      { texts: [...after, { text: '2', x: 290, y: 40 }], boxInPlace: { at: 0, top: 800, bottom: box2.at(-1)!.y - 10, texts: box2 } },
    ]));
    expect(kinds(result)).toEqual(['summary', 'main-findings', 'case-study-practice', 'main-findings', 'next-steps']);
    expect(textsOf(result, 'case-study-practice')).toEqual([`${STUDY} ${STUDY.replace('A young person', 'Another young person')}`]);
    expect(textsOf(result, 'main-findings')).toEqual(PROSE.slice(0, 3));
    expectBalanced(result);
  });
});

describe('boxes inside main findings (4): numbered paragraphs with a box between them', () => {
  const build = async (name: string, drawnLast: boolean) => {
    const before = lines(780, [...FRONT, heading('Main findings'), '', ...para(`1. ${PROSE[0]}`), '', ...para(`2. ${PROSE[1]}`)]);
    const box = lines(before.at(-1)!.y - 34, [{ text: 'Practice study: highly effective practice', bold: true, y: 0 }, '', ...para(STUDY)]);
    const after = lines(box.at(-1)!.y - 34, [...para(`3. ${PROSE[2]}`), '', ...para(`4. ${PROSE[3]}`), ...CLOSE]);
    return parseFile(await buildPdf(name, [drawnLast
      ? { texts: [...before, ...after, ...box], drawFirst: (page) => page.drawRectangle(shade(box)) }
      : { texts: [...before, ...after], boxInPlace: { at: before.length, top: box[0]!.y + 14, bottom: box.at(-1)!.y - 10, texts: box } }]));
  };
  it.each([['drawn in place', false], ['drawn after the page', true]] as const)('reads the study, and the numbered main findings after it (%s)', async (how, drawnLast) => {
    const result = await build(`more-numbered-main-box-${drawnLast ? 'last' : 'in-place'}.pdf`, drawnLast);
    expect(kinds(result)).toEqual(['summary', 'main-findings', 'case-study-practice', 'main-findings', 'next-steps']);
    expect(textsOf(result, 'main-findings')).toEqual(PROSE);
    expect(textsOf(result, 'case-study-practice')).toEqual([STUDY]);
    expectBalanced(result);
  });
});

describe('indentation (3) in other faces', () => {
  it('an item\'s second paragraph at its text indent, after a gap, is the same item', async () => {
    const result = await parseFile(await buildPdf('more-item-second-paragraph.pdf', numbered(paginate([
      ...FRONT, heading('What needs to improve?'), '', para(ITEMS[0]!, { glyph: true }), '', para(ITEMS[1]!, { x: 88 }), '', para(ITEMS[2]!, { glyph: true }), ...CLOSE,
    ]))));
    expect(textsOf(result, 'what-needs-to-improve')).toEqual([`${ITEMS[0]} ${ITEMS[1]}`, ITEMS[2]]);
    expectBalanced(result);
  });

  it('a lead-in at the margin that ends "... below." before the bullets', async () => {
    const lead = 'The partnership should make improvements in the areas set out below.';
    const result = await parseFile(await buildPdf('more-lead-in-below.pdf', numbered(paginate([
      ...FRONT, heading('What needs to improve?'), '', lead, '', ...ITEMS.slice(0, 3).map((item) => para(item, { glyph: true })), ...CLOSE,
    ]))));
    expect(of(result, 'what-needs-to-improve').map((f) => [f.form, f.text, f.leadIn])).toEqual(ITEMS.slice(0, 3).map((item) => ['bullet', item, lead]));
    expectBalanced(result);
  });

  it('items with no glyph, each a paragraph, in Times', async () => {
    const result = await parseFile(await buildPdf('more-glyphless-times.pdf', numbered(paginate([
      ...FRONT, heading('What needs to improve?'), '', ...ITEMS.slice(0, 4).flatMap((item) => [para(item, { face: 'Times' }), '']), heading('Main findings'), '', para(PROSE[0]!, { face: 'Times' }), ...CLOSE,
    ])), false, 'Times'));
    expect(textsOf(result, 'what-needs-to-improve')).toEqual(ITEMS.slice(0, 4));
    expectBalanced(result);
  });

  it('dash glyphs with items in Courier 10 pt, one running on over a page break', async () => {
    const items = ITEMS.map((item) => item.slice(0, 90).replace(/\W*\w*$/, '.'));
    const courier = (item: string) => wrap(item, FONTS.Courier, 10, RIGHT - 88).map((text, i) => (i === 0 ? { text: `\u2013 ${text}`, x: 70, y: 0, size: 10 } : { text, x: 88, y: 0, size: 10 }));
    const result = await parseFile(await buildPdf('more-dashes-courier.pdf', numbered(paginate([
      ...FRONT, heading('Strengths'), '', ...[...items, ...items, ...items].map((item) => courier(item)), '', heading('Main findings'), '', para(PROSE[0]!, { face: 'Courier', size: 10 }), ...CLOSE,
    ], 120)), false, 'Courier'));
    expect(textsOf(result, 'strengths')).toEqual([...items, ...items, ...items]);
    expectBalanced(result);
  });

  it('sub-bullets with a dash, set further in, under a bullet', async () => {
    const result = await parseFile(await buildPdf('more-nested-dashes.pdf', numbered(paginate([
      ...FRONT, heading('What needs to improve?'), '', para('The response to children at risk of harm, in particular:', { glyph: true }),
      { text: '\u2013 the timeliness of strategy meetings', x: 106, y: 0 }, { text: '\u2013 the recording of decisions.', x: 106, y: 0 }, para(ITEMS[2]!, { glyph: true }), ...CLOSE,
    ]))));
    const found = of(result, 'what-needs-to-improve');
    expect(found.map((f) => [f.text, f.parent === null ? null : found.find((p) => p.id === f.parent)!.text.slice(0, 15)])).toEqual([
      ['The response to children at risk of harm, in particular:', null],
      ['the timeliness of strategy meetings', 'The response to'],
      ['the recording of decisions.', 'The response to'],
      [ITEMS[2], null],
    ]);
    expectBalanced(result);
  });
});

describe('headings with no kind (5)', () => {
  it('a Context section first, then an unknown heading set as sections are, after the strengths', async () => {
    const result = await parseFile(await buildPdf('more-context-and-other.pdf', numbered(paginate([
      ...FRONT, heading('Context'), '', para(PROSE[0]!), '', heading('Headline findings'), '', para(PROSE[1]!), '', heading('Strengths'), '', para(ITEMS[0]!, { glyph: true }), '',
      heading('Recent changes in the area'), '', para(PROSE[2]!), '', heading('Main findings'), '', para(PROSE[3]!), ...CLOSE,
    ]))));
    expect(result.sections.map((s) => [s.kind, s.heading])).toEqual([
      ['summary', ''], ['context', 'Context'], ['headline-findings', 'Headline findings'], ['strengths', 'Strengths'], ['other', 'Recent changes in the area'], ['main-findings', 'Main findings'], ['next-steps', 'Next steps'],
    ]);
    expect(textsOf(result, 'other')).toEqual([PROSE[2]]);
    expectBalanced(result);
  });

  it('an unknown heading that wraps onto two lines, at the sections\' size, among smaller sub-headings', async () => {
    const result = await parseFile(await buildPdf('more-two-line-other.pdf', numbered(paginate([
      ...FRONT, heading('Main findings'), '', { text: 'The front door', bold: true, y: 0 }, '', para(PROSE[0]!), '', { text: 'Help for families', bold: true, y: 0 }, '', para(PROSE[1]!), '',
      heading('The partnership\'s response to the findings of the last'), heading('inspection of services for children'), '', para(PROSE[2]!), ...CLOSE,
    ]))));
    expect(result.sections.map((s) => [s.kind, s.heading])).toEqual([
      ['summary', ''], ['main-findings', 'Main findings'], ['other', 'The partnership\'s response to the findings of the last inspection of services for children'], ['next-steps', 'Next steps'],
    ]);
    expect(of(result, 'main-findings').map((f) => f.subsection)).toEqual(['The front door', 'Help for families']);
    expectBalanced(result);
  });

  it('in a text file, an unknown heading after a list section', async () => {
    const text = [
      '1 March 2024', '', 'Dear Testshire Safeguarding Partnership', '', 'Joint targeted area inspection of Testshire', '',
      'This letter summarises the findings of the joint targeted area inspection (JTAI) of the',
      'multi-agency response to children who are victims of domestic abuse in Testshire.', '',
      'What needs to improve?', '', '\u2022 The timeliness of strategy meetings.', '\u2022 The recording of decisions in the MASH.', '',
      'Recent changes in the area', '', 'A new director of children\'s services started in 2023, and the MASH moved to', 'the police station in the spring.', '',
      'Main findings', '', 'Referrals to the front door are mostly timely and well made.', '',
      'Next steps', '', 'The local authority should prepare a written statement of proposed action by 1 July 2024.', '', 'Yours sincerely',
    ].join('\n');
    const result = await parseSource({ file: 'more-other-heading.txt', bytes: new TextEncoder().encode(text) });
    expect(result.sections.map((s) => [s.kind, s.heading])).toEqual([
      ['summary', ''], ['what-needs-to-improve', 'What needs to improve?'], ['other', 'Recent changes in the area'], ['main-findings', 'Main findings'], ['next-steps', 'Next steps'],
    ]);
    expectBalanced(result);
  });
});

describe('sub-headings (6) by weight and size, not punctuation', () => {
  it('a short line in body type that lacks its full stop, in next steps, is a finding', async () => {
    const result = await parseFile(await buildPdf('more-next-steps-short-line.pdf', numbered(paginate([
      ...FRONT, heading('Main findings'), '', para(PROSE[0]!), '', heading('Next steps'), '',
      'The local authority should prepare a written statement of proposed action by 1 July 2024.', '', 'It should be sent to ProtectionOfChildren@ofsted.gov.uk', '', 'Yours sincerely',
    ]))));
    expect(textsOf(result, 'next-steps')).toEqual(['The local authority should prepare a written statement of proposed action by 1 July 2024.', 'It should be sent to ProtectionOfChildren@ofsted.gov.uk']);
    expect(result.sections.find((s) => s.kind === 'next-steps')!.subsections).toEqual([]);
    expectBalanced(result);
  });

  it('a sub-heading set larger in the regular face, body 10 pt', async () => {
    const small = (text: string) => para(text, { size: 10 });
    const result = await parseFile(await buildPdf('more-larger-regular-subheading.pdf', numbered(paginate([
      ...FRONT, heading('Main findings'), '', { text: 'The front door', size: 12, y: 0 }, '', small(PROSE[0]!), '', { text: 'Help for families', size: 12, y: 0 }, '', small(PROSE[1]!), ...CLOSE,
    ]))));
    expect(of(result, 'main-findings').map((f) => [f.subsection, f.text])).toEqual([['The front door', PROSE[0]], ['Help for families', PROSE[1]]]);
    expectBalanced(result);
  });

  it('bold sub-headings ending in a full stop in an older letter\'s areas for improvement', async () => {
    const result = await parseFile(await buildPdf('more-older-subheadings-stop.pdf', numbered(paginate([
      ...FRONT, heading('Areas for improvement'), '', { text: 'Identifying and managing risk at the front door.', bold: true, y: 0 }, '', para(ITEMS[0]!, { glyph: true }), para(ITEMS[1]!, { glyph: true }), '',
      { text: 'Leadership and management.', bold: true, y: 0 }, '', para(ITEMS[2]!, { glyph: true }), ...CLOSE,
    ]))));
    expect(of(result, 'areas-for-improvement').map((f) => [f.subsection, f.text])).toEqual([
      ['Identifying and managing risk at the front door.', ITEMS[0]], ['Identifying and managing risk at the front door.', ITEMS[1]], ['Leadership and management.', ITEMS[2]],
    ]);
    expectBalanced(result);
  });
});

describe('sub-headings (6) by slant', () => {
  // A paragraph whose first line is an italic phrase of a dozen words or fewer that fills the line:
  // on its own above, an upright line under it, as an italic sub-heading stands, but the line ran
  // out of room (no room left for the next line's first word): its writer did not end it.
  const OPENING = 'Multi-agency safeguarding arrangements, independently commissioned and reviewed, show';
  const REST = 'Testshire leaders know the needs of local children well. They use this knowledge to plan the help that families receive.';

  it('an italic line that fills the measure and runs on into upright text is the paragraph\'s first line, not a sub-heading', async () => {
    const [first, ...rest] = para(`${OPENING} ${REST}`);
    // The wrapped first line is the italic phrase, in a dozen words or fewer, to the measure.
    expect(first!.text).toBe(OPENING);
    expect(OPENING.split(' ').length).toBeLessThanOrEqual(12);
    expect(FONTS.Helvetica.widthOfTextAtSize(`${OPENING} Testshire`, 11)).toBeGreaterThan(RIGHT - 70);
    const file = await buildPdf('more-italic-first-line.pdf', numbered(paginate([
      ...FRONT, heading('Main findings'), '', { text: 'The front door', italic: true, y: 0 }, '', para(PROSE[0]!), '', { ...first!, italic: true }, ...rest, '', para(PROSE[1]!), ...CLOSE,
    ])));
    // As extraction sets them apart: the short italic line on its own is, the full one is not.
    const pages = await extractPages(await readSource(file));
    const emphasis = (text: string) => pages.layout![0]![pages.pages[0]!.split('\n').findIndex((line) => line.trim() === text)]?.emphasis;
    expect([emphasis('The front door'), emphasis(OPENING)]).toEqual([true, false]);
    const result = await parseFile(file);
    expect(of(result, 'main-findings').map((f) => [f.subsection, f.text])).toEqual([['The front door', PROSE[0]], ['The front door', `${OPENING} ${REST}`], ['The front door', PROSE[1]]]);
    expectBalanced(result);
  });
});

describe('notes that are not findings (7)', () => {
  it('"*Pseudonym used" straight under a study\'s last line, no gap', async () => {
    const result = await parseFile(await buildPdf('more-pseudonym-used.pdf', numbered(paginate([
      ...FRONT, heading('Practice study: highly effective practice'), '', para(STUDY.replace('A young person', 'Amy*')), '*Pseudonym used', '', heading('Main findings'), '', para(PROSE[0]!), ...CLOSE,
    ]))));
    expect(result.sections.find((s) => s.kind === 'case-study-practice')!.notes).toEqual(['*Pseudonym used']);
    expect(textsOf(result, 'case-study-practice')).toHaveLength(1);
    expectBalanced(result);
  });

  it('a lone opening quote on a line of its own before a study\'s quoted words', async () => {
    const result = await parseFile(await buildPdf('more-lone-quote.pdf', numbered(paginate([
      ...FRONT, heading('Practice study: highly effective practice'), '', para(STUDY), '', '\u201C', 'She listened to me and I felt safe.\u201D', '', heading('Main findings'), '', para(PROSE[0]!), ...CLOSE,
    ]))));
    expect(textsOf(result, 'case-study-practice')).toEqual([STUDY, '"She listened to me and I felt safe."']);
    expectBalanced(result);
  });
});

/** A paragraph that ends a sentence at a full line's end: words added until its last line fills the measure. */
function endingFull(base: string): string {
  const words = 'They meet each month with the police and health partners to check what difference the plan makes for children and families in every part of the county'.split(' ');
  for (let k = 1; k <= words.length; k++) {
    const text = `${base} ${words.slice(0, k).join(' ')}.`;
    const last = wrap(text, FONTS.Helvetica, 11, RIGHT - 70).at(-1)!;
    if (FONTS.Helvetica.widthOfTextAtSize(last, 11) > RIGHT - 70 - 40) return text;
  }
  throw new Error('no full last line');
}

describe('page breaks (8)', () => {
  it('a page top that opens "However," after a full line ending a sentence goes on, and a last page of full one-line paragraphs keeps its gaps', async () => {
    const first = endingFull('Leaders know their area well and the partnership works closely together, and they share one plan for the front door.');
    const body = paginate([...FRONT, heading('Main findings'), '', ...[0, 1, 2, 3, 4].flatMap(() => [para(PROSE[1]!), '']), para(first), '\f', 'However, the plan does not yet say how the partnership will know that children are safer.', '', para(PROSE[2]!), ...CLOSE]);
    const result = await parseFile(await buildPdf('more-however-at-page-top.pdf', numbered(body)));
    expect(textsOf(result, 'main-findings').slice(-2)).toEqual([`${first} However, the plan does not yet say how the partnership will know that children are safer.`, PROSE[2]]);
    expectBalanced(result);
  });
});

describe('metadata variants (9)', () => {
  const withOpening = (title: string, opening: string[]) => FRONT.map((entry) => (typeof entry !== 'string' ? { ...entry, text: title } : entry)).filter((entry, i, all) => i < all.length - 6).concat([...opening, '']);
  const letterWith = async (name: string, front: Entry[], close: Entry[] = CLOSE) => {
    const result = await parseFile(await buildPdf(name, numbered(paginate([...front, heading('Main findings'), '', para(PROSE[0]!), ...close]))));
    expectBalanced(result);
    return result;
  };

  it('"in the London Borough of Haringey": the short name, and the long form as areaFull', async () => {
    const result = await letterWith('more-london-borough.pdf', withOpening('Joint targeted area inspection of the London Borough of Haringey', [
      'This letter summarises the findings of the joint targeted area inspection (JTAI) of the', 'multi-agency response to children who are victims of domestic abuse in the London', 'Borough of Haringey.',
    ]));
    expect([result.letter.area, result.letter.areaFull]).toEqual(['Haringey', 'the London Borough of Haringey']);
  });

  it('a title that names no area: the area from the opening paragraph', async () => {
    const result = await letterWith('more-title-no-area.pdf', withOpening('Joint targeted area inspection of the multi-agency response to child exploitation', [
      'Between 4 and 8 March 2024, Ofsted, the Care Quality Commission and HMICFRS carried out', 'a joint inspection of the multi-agency response to child exploitation in Testshire.',
    ]));
    expect([result.letter.area, result.letter.theme]).toEqual(['Testshire', 'child-exploitation']);
  });

  it('deep-dive wording "identification and response to initial need and risk" is the front door theme', async () => {
    const result = await letterWith('more-front-door-wording.pdf', withOpening('Joint targeted area inspection of Testshire', [
      'This letter summarises the findings of the joint targeted area inspection (JTAI) of the', 'identification and response to initial need and risk in Testshire.',
    ]));
    expect(result.letter.theme).toBe('front-door');
  });

  it('no deadline for the statement of action: null and a warning', async () => {
    const result = await letterWith('more-no-deadline.pdf', FRONT, ['', heading('Next steps'), '', 'The local authority should prepare a written statement of proposed action.', '', 'Yours sincerely']);
    expect(result.letter.statementDue).toBeNull();
    expect(result.warnings).toContainEqual(expect.stringMatching(/statement of action/));
  });
});

describe('never silent garbage (10)', () => {
  it('content turned a quarter (the text matrix, not /Rotate), in Times, is read right', async () => {
    const result = await parseFile(await buildPdf('more-rotated-times.pdf', [{ texts: paginate([...FRONT, heading('Main findings'), '', para(PROSE[0]!, { face: 'Times' }), '', para(PROSE[1]!, { face: 'Times' }), ...CLOSE])[0]! }], true, 'Times'));
    expect(textsOf(result, 'main-findings')).toEqual(PROSE.slice(0, 2));
    expect(result.letter.area).toBe('Testshire');
    expectBalanced(result);
  });

  it('a letter whose pages are set at a slant is refused with its own status', async () => {
    const texts = paginate([...FRONT, heading('Main findings'), '', para(PROSE[0]!), ...CLOSE])[0]!;
    const name = await buildPdf('more-slanted.pdf', [{ texts: [], drawFirst: (page) => texts.forEach((t) => page.drawText(t.text, { x: (t.x ?? 70) + (780 - t.y) * 0.3, y: t.y, size: t.size ?? 11, rotate: degrees(20) })) }]);
    const error = await parseFile(name).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(JtaiError);
    expect((error as JtaiError).code).toBe('rotated-text');
  });

  it('main findings set in two columns are read down the left column, then down the right', async () => {
    const left = wrap(`${PROSE[0]} ${PROSE[1]}`, FONTS.Helvetica, 11, 210);
    const right = wrap(`${PROSE[2]} ${PROSE[3]}`, FONTS.Helvetica, 11, 210);
    const top = paginate([...FRONT, heading('Main findings'), ''])[0]!;
    const y0 = top.at(-1)!.y - 26;
    const columns = [...left.map((text, i) => ({ text, x: 70, y: y0 - i * 14 })), ...right.map((text, i) => ({ text, x: 315, y: y0 - i * 14 }))];
    const close = lines(y0 - Math.max(left.length, right.length) * 14 - 12, CLOSE);
    const result = await parseFile(await buildPdf('more-two-columns.pdf', [{ texts: [...top, ...columns, ...close] }]));
    expect(textsOf(result, 'main-findings').join(' ')).toBe(PROSE.join(' '));
    expectBalanced(result);
  });

  it('a text file holding two letters is refused with its own status', async () => {
    const one = ['1 March 2024', '', 'Dear Testshire Safeguarding Partnership', '', 'Joint targeted area inspection of Testshire', '', 'This letter summarises the findings of the joint targeted area inspection (JTAI) of the multi-agency response to children who are victims of domestic abuse in Testshire.', '', 'Main findings', '', 'Referrals are timely.', '', 'Next steps', '', 'The local authority should prepare a written statement of proposed action by 1 July 2024.', '', 'Yours sincerely', '', ''];
    const error = await parseSource({ file: 'two.txt', bytes: new TextEncoder().encode([...one, ...one.map((line) => line.replace(/Testshire/g, 'Otherside'))].join('\n')) }).catch((caught: unknown) => caught);
    expect((error as JtaiError).code).toBe('several-letters');
  });
});

describe('a second batch: footnotes over a break with lists, boxes at a page top in numbered findings, more headings and metadata', () => {
  it('a note that runs over the page break under a list whose item runs on too', async () => {
    const items = [...ITEMS, ...ITEMS.map((item) => item.replace('The ', 'Also, the '))];
    const body = paginate([...FRONT, heading('Strengths'), '', ...items.map((item, i) => {
      const lines = para(item, { glyph: true });
      return i === 2 ? [...lines.slice(0, -1), { ...lines.at(-1)!, marker: '1' }] : lines;
    }), '', heading('Main findings'), '', para(PROSE[0]!), ...CLOSE], 140);
    const pages = numbered(body);
    pages[0]!.texts.push(...raisedNote('1', 'The MASH is the multi-agency safeguarding hub, where partners share information about', 104), { text: 'children who may be at risk of harm and decide together what should happen', size: 8, x: 74, y: 94 });
    pages[1]!.texts.push({ text: 'next for them and their families.', size: 8, x: 74, y: 104 });
    const result = await parseFile(await buildPdf('more-note-over-break-with-list.pdf', pages));
    expect(textsOf(result, 'strengths')).toEqual(items);
    expect(of(result, 'strengths')[2]!.footnotes).toEqual([{ marker: '1', page: 1, text: 'The MASH is the multi-agency safeguarding hub, where partners share information about children who may be at risk of harm and decide together what should happen next for them and their families.' }]);
    expectBalanced(result);
  });

  it('main findings numbered "(1)", a study boxed at the top of the next page drawn last, the numbers running on after it', async () => {
    const page1 = paginate([...FRONT, heading('Main findings'), '', para(`(1) ${PROSE[0]}`), '', para(`(2) ${PROSE[1]}`)])[0]!;
    const box = lines(780, [{ text: 'Practice study: area for improvement', bold: true, y: 0 }, '', ...para(STUDY)]);
    const rest = lines(box.at(-1)!.y - 34, [...para(`(3) ${PROSE[2]}`), '', ...para(`(4) ${PROSE[3]}`), ...CLOSE]);
    const result = await parseFile(await buildPdf('more-bracket-numbers-box-at-top.pdf', [
      { texts: [...page1, { text: '1', x: 290, y: 40 }] },
      { texts: [...rest, { text: '2', x: 290, y: 40 }, ...box], drawFirst: (page) => page.drawRectangle(shade(box)) },
    ]));
    expect(kinds(result)).toEqual(['summary', 'main-findings', 'case-study-improvement', 'main-findings', 'next-steps']);
    expect(textsOf(result, 'main-findings')).toEqual(PROSE);
    expectBalanced(result);
  });

  it('bold sub-headings that ask a question', async () => {
    const result = await parseFile(await buildPdf('more-question-subheadings.pdf', numbered(paginate([
      ...FRONT, heading('Main findings'), '', { text: 'How well are children helped at the front door?', bold: true, y: 0 }, '', para(PROSE[0]!), '',
      { text: 'How well do leaders know their area?', bold: true, y: 0 }, '', para(PROSE[1]!), ...CLOSE,
    ]))));
    expect(of(result, 'main-findings').map((f) => [f.subsection, f.text])).toEqual([['How well are children helped at the front door?', PROSE[0]], ['How well do leaders know their area?', PROSE[1]]]);
    expectBalanced(result);
  });

  it('list items lettered "a)" with no brackets before', async () => {
    const result = await parseFile(await buildPdf('more-lettered-a-paren.pdf', numbered(paginate([
      ...FRONT, heading('What needs to improve?'), '', ...ITEMS.slice(0, 3).map((item, i) => para(`${'abc'[i]}) ${item}`)), ...CLOSE,
    ]))));
    expect(of(result, 'what-needs-to-improve').map((f) => [f.form, f.text])).toEqual(ITEMS.slice(0, 3).map((item) => ['bullet', item]));
    expectBalanced(result);
  });

  // Lower-case roman numerals label a list's items where its labels run in sequence (i, ii, iii).
  const ROMANS = ['i', 'ii', 'iii', 'iv'];
  it.each([
    ['"ii)"', (n: string) => `${n})`],
    ['"(ii)"', (n: string) => `(${n})`],
    ['"ii."', (n: string) => `${n}.`],
  ])('list items numbered in lower-case roman numerals, %s', async (_form, label) => {
    const result = await parseFile(await buildPdf(`more-roman-${label('x').replace(/\W/g, '-')}.pdf`, numbered(paginate([
      ...FRONT, heading('What needs to improve?'), '', ...ITEMS.slice(0, 4).map((item, i) => para(`${label(ROMANS[i]!)} ${item}`)), ...CLOSE,
    ]))));
    expect(of(result, 'what-needs-to-improve').map((f) => [f.form, f.text])).toEqual(ITEMS.slice(0, 4).map((item) => ['bullet', item]));
    expectBalanced(result);
  });

  // A text letter, each item a paragraph of one line under the section's heading.
  const textLetter = (items: string[]) => new TextEncoder().encode([
    '1 March 2024', '', 'Dear Testshire Safeguarding Partnership', '', 'Joint targeted area inspection of Testshire', '',
    'This letter summarises the findings of the joint targeted area inspection (JTAI) of the multi-agency response to children who are victims of domestic abuse in Testshire.', '',
    'What needs to improve?', '', ...items.flatMap((item) => [item, '']),
    'Next steps', '', 'The local authority should prepare a written statement of proposed action by 1 July 2024.', '', 'Yours sincerely', '',
  ].join('\n'));

  it('list items numbered "(i)" to "(iv)" in a text letter', async () => {
    const result = await parseSource({ file: 'roman.txt', bytes: textLetter(ITEMS.slice(0, 4).map((item, i) => `(${ROMANS[i]}) ${item}`)) });
    expect(of(result, 'what-needs-to-improve').map((f) => [f.form, f.text])).toEqual(ITEMS.slice(0, 4).map((item) => ['bullet', item]));
    expectBalanced(result);
  });

  it('a roman-looking word opening a paragraph, in no run of labels, is the paragraph\'s text', async () => {
    // "vi." with no "v." before it nor "vii." after: no list the letter shows.
    const items = [`\u2022 ${ITEMS[0]}`, `\u2022 ${ITEMS[1]}`, 'vi. The partnership should review its threshold document with schools.'];
    const result = await parseSource({ file: 'roman-alone.txt', bytes: textLetter(items) });
    expect(of(result, 'what-needs-to-improve').map((f) => [f.form, f.text])).toEqual([['bullet', ITEMS[0]], ['bullet', ITEMS[1]], ['paragraph', items[2]]]);
    expectBalanced(result);
  });

  it('an unknown heading in capitals after the headline findings, in a letter whose headings are all in capitals', async () => {
    const result = await parseFile(await buildPdf('more-capital-headings.pdf', numbered(paginate([
      ...FRONT, heading('HEADLINE FINDINGS'), '', para(PROSE[0]!), '', heading('LOCAL CONTEXT'), '', para(PROSE[1]!), '', heading('MAIN FINDINGS'), '', para(PROSE[2]!), '', heading('NEXT STEPS'), '',
      'The local authority should prepare a written statement of proposed action by 1 July 2024.', '', 'Yours sincerely',
    ]))));
    expect(result.sections.map((s) => s.kind)).toEqual(['summary', 'headline-findings', 'other', 'main-findings', 'next-steps']);
    expect(textsOf(result, 'other')).toEqual([PROSE[1]]);
    expectBalanced(result);
  });

  it.each([
    ['the Royal Borough of Windsor and Maidenhead', 'Windsor and Maidenhead'],
    ['the City of Wolverhampton', 'Wolverhampton'],
    ['Telford & Wrekin', 'Telford & Wrekin'],
  ])('the area "%s" has the short name "%s"', async (full, short) => {
    const front = FRONT.map((entry) => (typeof entry !== 'string' ? { ...entry, text: `Joint targeted area inspection of ${full.replace(/^the /, 'the ')}` } : entry.replace(/Testshire/g, full)));
    const result = await parseFile(await buildPdf(`more-area-${short.replace(/\W+/g, '-')}.pdf`, numbered(paginate([...front, heading('Main findings'), '', para(PROSE[0]!), ...CLOSE]))));
    expect(result.letter.area).toBe(short);
  });

  it('fieldwork dates with no year on the first ("16 May to 20 May 2024")', async () => {
    const front = [...FRONT.slice(0, -6), 'Between 16 May and 20 May 2024, Ofsted, the Care Quality Commission and HMICFRS carried', 'out a joint inspection of the multi-agency response to children who are victims of', 'domestic abuse in Testshire.', ''];
    const result = await parseFile(await buildPdf('more-dates-no-year.pdf', numbered(paginate([...front, heading('Main findings'), '', para(PROSE[0]!), ...CLOSE]))));
    expect([result.letter.inspectionStart, result.letter.inspectionEnd]).toEqual(['2024-05-16', '2024-05-20']);
  });
});
