import { describe, expect, it } from 'vitest';
import { grouped } from '../src/render/words.js';

// grouped() writes numbers as toLocaleString('en-GB') does, without loading ICU for whole numbers.
describe('grouped', () => {
  it('writes every number as toLocaleString("en-GB")', () => {
    const numbers = [0, -0, 1, 7, 12, 999, 1000, 1001, 12_345, 999_999, 1_000_000, 123_456_789, -1, -1234, -1_000_000, 2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 53, 1e21, 0.5, 1234.5678, -0.25, NaN, Infinity, -Infinity];
    for (let n = 0; n < 20_000; n += 7) numbers.push(n, n * 1013, -n);
    for (const n of numbers) expect(grouped(n), String(n)).toBe(n.toLocaleString('en-GB'));
  });
});
