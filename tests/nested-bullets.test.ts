import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFile, parseSource } from '../src/parse.js';
import { buildPdf, CLOSE, expectBalanced, FRONT, lines, type Text } from './letter-pdf.js';
import { fixture } from './helpers.js';
import type { ParseResult } from '../src/types.js';

// A bullet nests under the nearest bullet shallower than it: by its glyph (a dash under a bullet)
// or, with the same glyph, by standing further in (its x in a PDF, its leading spaces in text).

const parseText = (text: string) => parseSource({ file: 'nested.txt', bytes: new TextEncoder().encode(text) });

/** Each finding of a section as [text, parent's text or null, lead-in]. */
function tree(result: ParseResult, section: string): Array<[string, string | null, string | null]> {
  const byId = new Map(result.findings.map((finding) => [finding.id, finding.text]));
  return result.findings.filter((finding) => finding.section === section)
    .map((finding) => [finding.text, finding.parent === null ? null : byId.get(finding.parent)!, finding.leadIn]);
}

describe('nested bullets in a text letter, by indentation', () => {
  // The real Wokingham letter's text, its first area for improvement made a list of its own.
  const wokingham = readFileSync(fixture('letters/wokingham-2017-07-14.txt'), 'utf8');
  const FIRST = /^- There are a number of areas of practice at the 'front door'.*$/m;
  const first = FIRST.exec(wokingham)![0];
  const PARENT = 'Further work is needed at the front door:';
  const nestedIn = (list: string) => wokingham.replace(FIRST, `${list}\n${first}`);

  it('an indented "- " under a "- " is its child, and the next "- " at the margin is a top item again', async () => {
    const result = await parseText(nestedIn([`- ${PARENT}`, '  - in the MASH, on thresholds', '  - in the police, on recording decisions'].join('\n')));
    const items = tree(result, 'areas-for-improvement').slice(0, 4);
    expect(items.map(([text, parent]) => [text.slice(0, 45), parent])).toEqual([
      [PARENT, null],
      ['in the MASH, on thresholds', PARENT],
      ['in the police, on recording decisions', PARENT],
      [first.slice(2, 47), null],
    ]);
    // The parent introduces them: each child reads on from it.
    expect(items[1]![2]).toBe(PARENT);
    expect(result.accounting.balanced).toBe(true);
  });

  it('a third level nests under the second, and its lead-in takes in both levels above it', async () => {
    const result = await parseText(nestedIn([
      `- ${PARENT}`,
      '    - in the MASH, where:',
      '        - thresholds are applied unevenly',
      // One column off the level above's indent (pdftotext -layout rounds positions): the same level.
      '       - decisions are not recorded',
      '   - in the police, on recording decisions',
    ].join('\n')));
    const items = tree(result, 'areas-for-improvement').slice(0, 6);
    expect(items.map(([text, parent, leadIn]) => [text.slice(0, 45), parent, leadIn])).toEqual([
      [PARENT, null, null],
      ['in the MASH, where:', PARENT, PARENT],
      ['thresholds are applied unevenly', 'in the MASH, where:', `${PARENT} in the MASH, where:`],
      ['decisions are not recorded', 'in the MASH, where:', `${PARENT} in the MASH, where:`],
      ['in the police, on recording decisions', PARENT, PARENT],
      [first.slice(2, 47), null, null],
    ]);
  });

  it('a page that pdftotext -layout sets further in (from its own leftmost line) nests nothing by it', async () => {
    // The list runs over a page break; the next page's lines all stand four columns in.
    const at = wokingham.search(FIRST);
    const nextPage = wokingham.slice(at).split('\n').map((line) => (line === '' ? line : `    ${line}`)).join('\n');
    const result = await parseText(`${wokingham.slice(0, at)}- ${PARENT}\n  - in the MASH, on thresholds\n\f${nextPage}`);
    expect(tree(result, 'areas-for-improvement').slice(0, 3).map(([text, parent]) => [text.slice(0, 45), parent])).toEqual([
      [PARENT, null],
      ['in the MASH, on thresholds', PARENT],
      [first.slice(2, 47), null],
    ]);
  });

  it('a wrapped item\'s next line, indented to its text, goes on with it and nests nothing', async () => {
    const result = await parseText(nestedIn([`- ${PARENT}`, '  - in the MASH, on thresholds and on the', '    recording of decisions', '  - in the police'].join('\n')));
    expect(tree(result, 'areas-for-improvement').slice(0, 3).map(([text, parent]) => [text, parent])).toEqual([
      [PARENT, null],
      ['in the MASH, on thresholds and on the recording of decisions', PARENT],
      ['in the police', PARENT],
    ]);
  });
});

describe('nested bullets in a PDF', () => {
  const heading = (text: string): Text => ({ text, bold: true, size: 13, y: 0 });
  const at = (x: number, text: string): Text => ({ text, x, y: 0 });
  const build = (name: string, items: Text[]) =>
    buildPdf(name, [{ texts: lines(780, [...FRONT, heading('What needs to improve'), '', 'The partnership should make sure that:', '', ...items, ...CLOSE]) }]).then((file) => parseFile(file));
  const LEAD = 'The partnership should make sure that:';

  it('by glyph: a third-level bullet\'s parent is the second-level bullet, and its lead-in both above it', async () => {
    const result = await build('nested-glyphs.pdf', [
      at(70, '\u2022 for children who go missing from home:'),
      at(88, '\u2013 return interviews are offered:'),
      at(106, 'o within three days of their return;'),
      at(106, 'o by someone the child knows;'),
      at(88, '\u2013 the reasons they went missing are recorded'),
      at(70, '\u2022 plans for children are reviewed regularly.'),
    ]);
    const top = 'for children who go missing from home:';
    const middle = 'return interviews are offered:';
    expect(tree(result, 'what-needs-to-improve')).toEqual([
      [top, null, LEAD],
      [middle, top, `${LEAD} ${top}`],
      ['within three days of their return;', middle, `${LEAD} ${top} ${middle}`],
      ['by someone the child knows;', middle, `${LEAD} ${top} ${middle}`],
      ['the reasons they went missing are recorded', top, `${LEAD} ${top}`],
      ['plans for children are reviewed regularly.', null, LEAD],
    ]);
    expectBalanced(result);
  });

  it('by x: a dash at the bullets\' own x is an item of their level, not a child; a dash further in is a child', async () => {
    const result = await build('dash-at-bullet-x.pdf', [
      at(70, '\u2022 for children who go missing from home:'),
      at(70, '\u2013 return interviews are offered within three days'),
      at(88, '\u2013 by a worker the child knows'),
      at(70, '\u2022 plans for children are reviewed regularly.'),
      at(70, '- strategy discussions include the police.'),
    ]);
    expect(tree(result, 'what-needs-to-improve').map(([text, parent]) => [text, parent])).toEqual([
      ['for children who go missing from home:', null],
      ['return interviews are offered within three days', null],
      ['by a worker the child knows', 'return interviews are offered within three days'],
      ['plans for children are reviewed regularly.', null],
      ['strategy discussions include the police.', null],
    ]);
    expectBalanced(result);
  });

  it('by x: a bullet of the same glyph set further in is a child; one set back out is a top item', async () => {
    const result = await build('nested-x.pdf', [
      at(70, '\u2022 for children who go missing from home:'),
      at(88, '\u2022 return interviews are offered within three days'),
      at(88, '\u2022 the reasons they went missing are recorded'),
      at(70, '\u2022 plans for children are reviewed regularly.'),
    ]);
    const top = 'for children who go missing from home:';
    expect(tree(result, 'what-needs-to-improve').map(([text, parent]) => [text, parent])).toEqual([
      [top, null],
      ['return interviews are offered within three days', top],
      ['the reasons they went missing are recorded', top],
      ['plans for children are reviewed regularly.', null],
    ]);
    expectBalanced(result);
  });

  it('a list run over to a page set further in (odd pages against even) nests nothing by it', async () => {
    const shift = (text: string | Text): Text => (typeof text === 'string' ? { text, x: 90, y: 0 } : { ...text, x: 90 });
    const file = await buildPdf('nested-x-pages.pdf', [
      { texts: lines(780, [...FRONT, heading('What needs to improve'), '', LEAD, '', at(70, '\u2022 children who go missing are offered a return interview.')]) },
      { texts: lines(780, [at(90, '\u2022 plans for children are reviewed regularly.'), at(90, '\u2022 strategy discussions include the police.'), ...CLOSE.map(shift)]) },
    ]);
    const result = await parseFile(file);
    expect(tree(result, 'what-needs-to-improve').map(([text, parent]) => [text, parent])).toEqual([
      ['children who go missing are offered a return interview.', null],
      ['plans for children are reviewed regularly.', null],
      ['strategy discussions include the police.', null],
    ]);
  });
});

// Three faults left after the rules above (issue 8, helper 8v): a numbered item's indented
// sub-items; a first sub-item deeper than the open item's text that the old glyph rule joined as
// text or set beside its parent; a child bullet opening a page of bullets, whose margin is its
// list's text. Each is decided by positions (x in a PDF, leading spaces in text), not wording.

const WOKINGHAM = readFileSync(fixture('letters/wokingham-2017-07-14.txt'), 'utf8');
const FIRST_AREA = /^- There are a number of areas of practice at the 'front door'.*$/m;
const firstArea = FIRST_AREA.exec(WOKINGHAM)![0];
/** The Wokingham text with `list` before its first area for improvement, that area opened by `label` (a top item). */
const wokinghamWith = (list: string[], label: string) => parseText(WOKINGHAM.replace(FIRST_AREA, `${list.join('\n')}\n${firstArea.replace(/^- /, `${label} `)}`));
/** The first `count` areas for improvement as [text, parent's text], both cut to 60 characters. */
const areas = (result: ParseResult, count: number) =>
  tree(result, 'areas-for-improvement').slice(0, count).map(([text, parent]) => [text.slice(0, 60), parent === null ? null : parent.slice(0, 60)]);

const heading = (text: string): Text => ({ text, bold: true, size: 13, y: 0 });
const at = (x: number, text: string): Text => ({ text, x, y: 0 });
/** A bullet drawn as its own glyph at x, its text 18 pt to the right. */
const glyphAt = (x: number, text: string): Text => ({ text, x, y: 0, glyph: true });
/** A label drawn at x and its item's text at x + 18, on one baseline (a hanging number). */
const hanging = (x: number, label: string, text: string): Text => ({ text: `${label}\t${text}`, x, y: 0 });
const labelsApart = (texts: Text[]) => texts.flatMap((t) => {
  const [label, text] = t.text.split('\t');
  return text === undefined ? [t] : [{ ...t, text: label! }, { ...t, text, x: (t.x ?? 70) + 18 }];
});
const LEAD = 'The partnership should make sure that:';
/** A one-page letter whose "What needs to improve" holds `body` under its lead-in. */
const improvements = (name: string, body: Array<string | Text>) =>
  buildPdf(name, [{ texts: labelsApart(lines(780, [...FRONT, heading('What needs to improve'), '', LEAD, '', ...body, ...CLOSE])) }]).then((file) => parseFile(file));
/** What needs to improve, as [text, parent's text]. */
const improvementTree = (result: ParseResult) => tree(result, 'what-needs-to-improve').map(([text, parent]) => [text, parent]);

describe('sub-items under a numbered item', () => {
  const PARENT = 'Further work is needed at the front door:';
  const SECOND = 'There were examples in a small number of cases where police officers';

  it.each([
    ['set deeper than "1." (right of its text) are its children', '    ', PARENT],
    ['at the number\'s own indent are top items, not its children', '', null],
  ])('text: "- " items %s; "2." is a top item', async (_, indent, parent) => {
    const result = await wokinghamWith([`1. ${PARENT}`, `${indent}- in the MASH, on thresholds`, `${indent}- in the police, on recording decisions`], '2.');
    expect(areas(result, 5)).toEqual([
      [PARENT, null],
      ['in the MASH, on thresholds', parent],
      ['in the police, on recording decisions', parent],
      [firstArea.slice(2, 62), null],
      [SECOND.slice(0, 60), null],
    ]);
    expect(result.accounting.balanced).toBe(true);
  });

  it('text: a dash that wraps to the number\'s text indent is running text', async () => {
    const result = await wokinghamWith(['1. Further work is needed at the front door, in the MASH', '   - particularly on thresholds.'], '2.');
    expect(tree(result, 'areas-for-improvement').slice(0, 2).map(([text, parent]) => [text, parent])).toEqual([
      ['Further work is needed at the front door, in the MASH - particularly on thresholds.', null],
      [firstArea.slice(2), null],
    ]);
  });

  const TOP = 'Children who go missing from home are offered:';
  it.each([
    ['bullets standing right of a run-in "1."\'s text', at(70, `1. ${TOP}`), '\u2022', at(70, '2. Plans for children are reviewed regularly.')],
    ['dashes at a hanging "(a)"\'s text x', hanging(70, '(a)', TOP), '\u2013', hanging(70, '(b)', 'Plans for children are reviewed regularly.')],
  ])('PDF: %s are its children, and its next number a top item', async (_, parent, glyph, next) => {
    const result = await improvements(`numbered-children-${glyph.codePointAt(0)}.pdf`, [
      parent, at(88, `${glyph} a return interview within three days;`), at(88, `${glyph} a worker they know;`), next,
    ]);
    expect(improvementTree(result)).toEqual([
      [TOP, null],
      ['a return interview within three days;', TOP],
      ['a worker they know;', TOP],
      ['Plans for children are reviewed regularly.', null],
    ]);
    expectBalanced(result);
  });

  it('PDF: bullets at the number\'s x are top items, and a wrapped line at its text x goes on with it', async () => {
    const result = await improvements('numbered-beside.pdf', [
      hanging(70, '1.', 'Children who go missing from home are offered a return'),
      at(88, 'interview by a worker they know:'),
      at(70, '\u2022 within three days of their return;'),
      at(70, '\u2022 at a place of their choosing.'),
    ]);
    expect(improvementTree(result)).toEqual([
      ['Children who go missing from home are offered a return interview by a worker they know:', null],
      ['within three days of their return;', null],
      ['at a place of their choosing.', null],
    ]);
  });
});

describe('a first sub-item deeper than the open item\'s text', () => {
  const TOP = 'for children who go missing from home, including';

  it.each([
    // Joined as running text before: the item lacks its punctuation.
    ['a dash right of an unfinished "\u2022" item\'s text opens its first child, not a wrapped line', TOP, '\u2013', ''],
    // Set beside its parent before: the glyph is no sub-bullet's.
    ['a glyph of no sub-bullet\'s kind right of the item\'s text is its child, not its sibling', 'for children who go missing from home:', '\u00B7', ';'],
  ])('PDF: %s', async (_, parent, glyph, end) => {
    const result = await improvements(`deeper-${glyph.codePointAt(0)}.pdf`, [
      glyphAt(70, parent),
      at(100, `${glyph} a return interview within three days${end}`),
      at(100, `${glyph} a worker they know${end}`),
      glyphAt(70, 'plans for children are reviewed regularly.'),
    ]);
    expect(improvementTree(result)).toEqual([
      [parent, null],
      [`a return interview within three days${end}`, parent],
      [`a worker they know${end}`, parent],
      ['plans for children are reviewed regularly.', null],
    ]);
    expectBalanced(result);
  });

  it('PDF: a dash at the item\'s text x, where its lines wrap, stays running text', async () => {
    const result = await improvements('dash-wraps-at-text.pdf', [
      glyphAt(70, TOP),
      at(88, '\u2013 for those placed out of the area \u2013 a return interview.'),
      glyphAt(70, 'plans for children are reviewed regularly.'),
    ]);
    expect(improvementTree(result)).toEqual([
      [`${TOP} \u2013 for those placed out of the area \u2013 a return interview.`, null],
      ['plans for children are reviewed regularly.', null],
    ]);
  });

  it('PDF: a dash at the top of a page set further in, where the item\'s lines wrap there, stays running text', async () => {
    const shift = (text: string | Text): Text => (typeof text === 'string' ? { text, x: 90, y: 0 } : { ...text, x: 90 });
    const file = await buildPdf('dash-wraps-over-page.pdf', [
      { texts: lines(780, [...FRONT, heading('What needs to improve'), '', LEAD, '', glyphAt(70, TOP)]) },
      { texts: lines(780, [at(108, '\u2013 for those placed out of the area \u2013 a return interview.'), glyphAt(90, 'plans for children are reviewed regularly.'), ...CLOSE.map(shift)]) },
    ]);
    expect(improvementTree(await parseFile(file))).toEqual([
      [`${TOP} \u2013 for those placed out of the area \u2013 a return interview.`, null],
      ['plans for children are reviewed regularly.', null],
    ]);
  });

  it('PDF: a whole list set further in, its glyph changing at the same x, nests nothing', async () => {
    const result = await improvements('list-set-in.pdf', [
      glyphAt(100, 'a return interview within three days;'),
      at(100, '\u00B7 a worker they know;'),
      at(100, '\u00B7 a plan that is reviewed regularly.'),
    ]);
    expect(tree(result, 'what-needs-to-improve')).toEqual([
      ['a return interview within three days;', null, LEAD],
      ['a worker they know;', null, LEAD],
      ['a plan that is reviewed regularly.', null, LEAD],
    ]);
  });

  // (In a list of "- " items, a "- " at an item's text indent is its child: tested above. The item
  // after the list is a "\u2022" too: a "- " after a "\u2022" item nests by its glyph.)
  const PARENT = 'Further work is needed at the front door, in particular';

  it('text: a "- " set deeper than an unfinished "\u2022" item\'s text opens its first child', async () => {
    const result = await wokinghamWith([`\u2022 ${PARENT}`, '    - in the MASH, on thresholds', '    - in the police, on recording decisions'], '\u2022');
    expect(areas(result, 4)).toEqual([
      [PARENT, null],
      ['in the MASH, on thresholds', PARENT],
      ['in the police, on recording decisions', PARENT],
      [firstArea.slice(2, 62), null],
    ]);
  });

  it('text: a "- " at an unfinished "\u2022" item\'s text indent is running text', async () => {
    const result = await wokinghamWith([`\u2022 ${PARENT}`, '  - in the MASH, on thresholds.'], '\u2022');
    expect(areas(result, 2)).toEqual([
      [`${PARENT} - in the MASH, on thresholds.`.slice(0, 60), null],
      [firstArea.slice(2, 62), null],
    ]);
  });
});

describe('a child bullet that opens a page', () => {
  const PARENT = 'for children who go missing from home:';
  /** Top items that wrap: their wrapped lines, at the list's text x, are most of the page's lines. */
  const wrapped = (x: number, count: number) => Array.from({ length: count }, (_, i) => [
    glyphAt(x, `plans for the children in the ${['first', 'second', 'third', 'fourth'][i]} group are reviewed regularly`),
    at(x + 18, 'by the managers who know them, and their views are'),
    at(x + 18, 'recorded and acted on by the partnership.'),
  ]).flat();
  /** The parent item at the foot of page 1; page 2 set `shift` points further in. */
  const overPage = (name: string, shift: number, onNextPage: Text[]) => buildPdf(name, [
    { texts: lines(780, [...FRONT, heading('What needs to improve'), '', LEAD, '', glyphAt(70, PARENT)]) },
    { texts: lines(780, [...onNextPage, ...CLOSE.map((text) => (typeof text === 'string' ? { text, x: 70 + shift, y: 0 } : { ...text, x: 70 + shift }))]) },
  ]).then((file) => parseFile(file));
  const shortTree = (result: ParseResult) => improvementTree(result).map(([text, parent]) => [text!.slice(0, 50), parent]);

  it('a deeper bullet at the page\'s top, on a page mostly of wrapped bullets, is the child of the item before the break', async () => {
    const result = await overPage('child-opens-page.pdf', 0, [
      glyphAt(88, 'a return interview within three days;'),
      glyphAt(88, 'a worker they know;'),
      ...wrapped(70, 4),
    ]);
    expect(shortTree(result).slice(0, 4)).toEqual([
      [PARENT, null],
      ['a return interview within three days;', PARENT],
      ['a worker they know;', PARENT],
      ['plans for the children in the first group are revi', null],
    ]);
    expect(shortTree(result)).toHaveLength(7);
    expectBalanced(result);
  });

  it('a page of wrapped bullets set further in (odd pages against even) nests nothing by it', async () => {
    const result = await overPage('list-set-in-over-page.pdf', 20, [
      glyphAt(90, 'a return interview is offered within three days;'),
      ...wrapped(90, 4),
    ]);
    expect(shortTree(result).map(([, parent]) => parent)).toEqual([null, null, null, null, null, null]);
  });
});

// Helper 8bx: in -layout text an item's words stand where pdftotext set them (labelTextColumn), not
// at its glyph's length past its indent: the line's text collapses the glyph's gap to one space.
// A bullet of another glyph set a column or two further in than an item's glyph, short of its
// words, is that item's sibling, as the PDF reads it (its x left of the item's text x). On b01674b's
// src both text readings below nest the square under the bullet before it (the threshold the
// glyph's length past the indent, less a column: the square's column).
describe('a bullet of another glyph a little further in than an item\'s glyph, short of its words, in -layout text (helper 8bx)', () => {
  /** A square drawn as a symbol font's glyph at x, its text where a bullet's text stands (18 pt past x 70). */
  const squareAt = (x: number, text: string): Text => ({ text, x, y: 0, shape: '25A0', shapeGap: 88 - x - 8.25 });
  const BODY = [
    glyphAt(70, 'a return interview within three days of their return;'),
    squareAt(76, 'a worker they know and trust, who sees them;'),
    glyphAt(70, 'a plan that is reviewed regularly by managers.'),
  ];
  const SIBLINGS = [
    ['a return interview within three days of their return;', null],
    ['a worker they know and trust, who sees them;', null],
    ['a plan that is reviewed regularly by managers.', null],
  ];

  it.skipIf(spawnSync('pdftotext', ['-v']).error !== undefined)('a square 6 pt right of the bullets\' glyph: siblings in the PDF and in its -layout text', async () => {
    const file = await buildPdf('square-beside.pdf', [{ texts: lines(780, [...FRONT, heading('What needs to improve'), '', LEAD, '', ...BODY, ...CLOSE]) }]);
    expect(improvementTree(await parseFile(file))).toEqual(SIBLINGS);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    // pdftotext sets the square a column right of the bullet's glyph, the bullet's words two further on.
    expect(text).toMatch(/^\u2022 {2}a return interview/m);
    expect(text).toMatch(/^ \u25A0 a worker they know/m);
    expect(improvementTree(await parseText(text))).toEqual(SIBLINGS);
  });

  it('Wokingham\'s -layout text with its second key strength\'s glyph a square two columns right of the others, short of their words', async () => {
    const layout = readFileSync(fixture('layout-text/wokingham-2017-07-14.txt'), 'utf8');
    const SECOND = /^ {2}\uF06E {5}(Wokingham leaders across the partnership)/m;
    expect(layout).toMatch(SECOND);
    const result = await parseText(layout.replace(SECOND, '    \u25A0 $1'));
    expect(tree(result, 'key-strengths').slice(0, 3).map(([text, parent]) => [text.slice(0, 40), parent])).toEqual([
      ['Strong and visible leadership by the Wok', null],
      ['Wokingham leaders across the partnership', null],
      ['Frontline practitioners across agencies ', null],
    ]);
  });
});
