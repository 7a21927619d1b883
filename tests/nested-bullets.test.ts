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
