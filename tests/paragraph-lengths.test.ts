import { describe, expect, it } from 'vitest';
import type { Line } from '../src/segment/lines.js';
import { endsByLength, lengthOdds, paragraphLengthsOf, sharesAWord } from '../src/segment/paragraph-lengths.js';

// The lengths row of a page break (src/segment/paragraph-lengths.ts), read without a PDF: the bar
// the lengths' odds must pass, and the lower bar where the sentences either side of the break
// share no content word (tests/layout-notes.md, the twenty-sixth round). Sentences written here.

/** Text lines, one paragraph a run, all on page 1, a blank line between runs (as a page shows them whole). */
function linesOf(paragraphs: number[]): Line[] {
  const lines: Line[] = [];
  const add = (text: string) => lines.push({ text, start: 0, end: text.length, page: 1, pageStart: false, layout: null, emphasis: null, indent: null, secondRun: null, roman: null });
  add('');
  paragraphs.forEach((sentences, p) => {
    for (let s = 0; s < sentences; s++) add(`Staff in team ${p} note point ${s} with care.`);
    add('');
  });
  return lines;
}

describe('the lengths row: two bars, by whether the sentences across the break share a word', () => {
  it('shares a word by its stem, and never by a function word', () => {
    expect(sharesAWord('Plans are written. Workers visit the families who need help.', 'Family visits are recorded. They are reviewed.')).toBe(true);
    expect(sharesAWord('Plans are written. Workers visit the families who need help.', 'Inspectors met a group of young carers.')).toBe(false);
    // Only the last sentence before and the first after are compared.
    expect(sharesAWord('Inspectors met carers. Plans are written well.', 'Inspectors also read records. Plans were seen.')).toBe(false);
    expect(sharesAWord('There is a plan for this.', 'There is also a review of that.')).toBe(false);
  });

  it('splits a break whose odds stand between 0.4 and 0.77 only where the sentences share no word', () => {
    const pattern = paragraphLengthsOf(linesOf([3, 4, 3, 4, 3, 5, 4, 3, 2, 4]))!;
    expect(pattern).not.toBeNull();
    // A break of the band: odds of two paragraphs against one under the usual bar (0.77), over the lower one (0.4).
    const inBand: Array<[number, number]> = [];
    for (let before = 1; before <= 8; before++) {
      for (let after = 1; after <= 8; after++) {
        const odds = lengthOdds(pattern, before, after, true);
        if (odds > 0.45 && odds < 0.72) inBand.push([before, after]);
      }
    }
    expect(inBand.length).toBeGreaterThan(0);
    for (const [before, after] of inBand) {
      expect(endsByLength(pattern, before, after, true, true)).toBe(false);
      expect(endsByLength(pattern, before, after, true, false)).toBe(true);
    }
    // Far under both bars, a break runs on whatever the words.
    const low = [1, 2, 3, 4, 5, 6].flatMap((before) => [1, 2, 3].map((after) => [before, after] as const)).find(([b, a]) => lengthOdds(pattern, b, a, true) < 0.3);
    expect(low).toBeDefined();
    expect(endsByLength(pattern, low![0], low![1], true, false)).toBe(false);
  });
});
