import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanPages } from '../src/extract/clean.js';
import { fixture } from './helpers.js';

// Running headers of one side (odd or even pages) told from content near a page's top, on pages
// made from the real Wokingham letter's lines (12 a page unless said, each page numbered at its foot).
const lines = readFileSync(fixture('letters/wokingham-2017-07-14.txt'), 'utf8').split('\n').filter((line) => line.trim() !== '');
const pagesOf = (count: number, size = 12) => Array.from({ length: count }, (_, index) => [...lines.slice(index * size, index * size + size)]);
const text = (pages: string[][]) => cleanPages({ pages: pages.map((page, index) => [...page, String(index + 1)].join('\n')), format: 'pdf' }).text;

describe('running headers of one side', () => {
  it('a lead-in near the top of three odd pages, not at their edge, stays in the text', () => {
    const pages = pagesOf(10);
    expect(pages[9]!.length).toBeGreaterThan(0);
    for (const index of [2, 4]) pages[index]!.splice(2, 0, 'Leaders should:');
    pages[6]!.unshift('Leaders should:');
    expect(text(pages).split('\n').filter((line) => line === 'Leaders should:')).toHaveLength(3);
  });

  it.each([5, 6])('alternating headers on a %i-page letter (two pages a side) are taken out', (count) => {
    const pages = pagesOf(count, 20);
    expect(pages[count - 1]!.length).toBeGreaterThan(0);
    const headers = ['Joint targeted area inspection: Wokingham', 'Ofsted, CQC, HMIC and HMI Probation'];
    pages.forEach((page, index) => index > 0 && page.unshift(headers[index % 2]!));
    expect(text(pages).split('\n').filter((line) => headers.includes(line))).toEqual([]);
  });
});
