import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFile, parseSource } from '../src/parse.js';
import { buildPdf, CLOSE, expectBalanced, FRONT, lines, type Text } from './letter-pdf.js';
import { fixture } from './helpers.js';
import type { ParseResult } from '../src/types.js';

// A dash at a line's start after an unfinished line is running text that wrapped ("quality
// assurance - particularly"), unless the line's place says it is a bullet: its dash stands where
// a glyph of the open list stands, not where the open item's wrapped lines start.

const heading = (text: string): Text => ({ text, bold: true, size: 13, y: 0 });
const at = (x: number, text: string): Text => ({ text, x, y: 0 });
/** A bullet drawn as its own glyph at x, its text 18 pt to the right. */
const glyphAt = (x: number, text: string): Text => ({ text, x, y: 0, glyph: true });
const LEAD = 'The partnership should make sure that there is:';
const build = (name: string, body: Array<string | Text>) =>
  buildPdf(name, [{ texts: lines(780, [...FRONT, heading('What needs to improve'), '', ...body, ...CLOSE]) }]).then((file) => parseFile(file));
const texts = (result: ParseResult) => result.findings.filter((finding) => finding.section === 'what-needs-to-improve').map((finding) => finding.text);

describe('a dash after an item without final punctuation, in a PDF', () => {
  it('a dash set at the open bullet\'s glyph opens the next item', async () => {
    const result = await build('dash-at-glyph.pdf', [
      LEAD, '',
      glyphAt(88, 'strategic oversight of exploitation'),
      at(88, '\u2013 scrutiny of the quality of return interviews'),
      at(88, '\u2013 training for staff in schools'),
      glyphAt(88, 'a shared view of the risks to children'),
    ]);
    expect(texts(result)).toEqual([
      'strategic oversight of exploitation',
      'scrutiny of the quality of return interviews',
      'training for staff in schools',
      'a shared view of the risks to children',
    ]);
    expectBalanced(result);
  });

  it('a dash set at an earlier bullet\'s glyph of the same list, after a sub-item, opens the next item', async () => {
    const result = await build('dash-at-earlier-glyph.pdf', [
      LEAD, '',
      at(88, '\u2013 strategic oversight of exploitation, in'),
      glyphAt(106, 'the missing children panel'),
      at(88, '\u2013 training for staff in schools'),
    ]);
    expect(texts(result)).toEqual(['strategic oversight of exploitation, in', 'the missing children panel', 'training for staff in schools']);
  });

  it('a dash at the open item\'s text (where its wrapped lines start) goes on with the item', async () => {
    const result = await build('dash-at-text.pdf', [
      LEAD, '',
      glyphAt(88, 'strategic oversight of multi-agency audit and quality assurance'),
      at(106, '\u2013 particularly of work with schools, which is not yet regular;'),
      glyphAt(88, 'oversight of the quality of return interviews and of how'),
      at(106, 'their findings are used by the partnership and its'),
      at(106, '\u2013 of late \u2013 new missing children panel.'),
    ]);
    expect(texts(result)).toEqual([
      'strategic oversight of multi-agency audit and quality assurance \u2013 particularly of work with schools, which is not yet regular;',
      'oversight of the quality of return interviews and of how their findings are used by the partnership and its \u2013 of late \u2013 new missing children panel.',
    ]);
    expectBalanced(result);
  });

  it('prose at the margin that wraps before a dash stays one paragraph', async () => {
    const result = await build('dash-in-prose.pdf', [
      'The partnership has improved its multi-agency audit and its quality assurance',
      '\u2013 particularly of work with schools, which is now regular and well attended.',
    ]);
    expect(texts(result)).toEqual([
      'The partnership has improved its multi-agency audit and its quality assurance \u2013 particularly of work with schools, which is now regular and well attended.',
    ]);
  });
});

describe('a dash after an item without final punctuation, in text', () => {
  const wokingham = readFileSync(fixture('letters/wokingham-2017-07-14.txt'), 'utf8');
  const FIRST = /^- There are a number of areas of practice at the 'front door'.*$/m;
  const first = FIRST.exec(wokingham)![0];
  const parseText = (list: string[]) =>
    parseSource({ file: 'dash.txt', bytes: new TextEncoder().encode(wokingham.replace(FIRST, `${list.join('\n')}\n${first}`)) });
  const items = (result: ParseResult, count: number) =>
    result.findings.filter((finding) => finding.section === 'areas-for-improvement').slice(0, count).map((finding) => finding.text);

  it('a dash at the bullets\' indent opens the next item', async () => {
    const result = await parseText(['  \u2022 strategic oversight of exploitation', '  - training for staff in schools']);
    expect(items(result, 3)).toEqual(['strategic oversight of exploitation', 'training for staff in schools', first.slice(2)]);
  });

  it('a dash at the item\'s text indent goes on with it', async () => {
    const result = await parseText(['  \u2022 oversight of multi-agency audit and quality assurance', '    - particularly of work with schools.']);
    expect(items(result, 2)).toEqual(['oversight of multi-agency audit and quality assurance - particularly of work with schools.', first.slice(2)]);
  });
});
