import { describe, expect, it } from 'vitest';
import { singleSpaced } from '../src/text/spaces.js';
import { randomTexts } from './helpers.js';

// singleSpaced gives what `replace(/\s+/g, ' ')` gives, and the string itself where that changes
// nothing (helper 12az). Shown failing with its test for something to change reading only two spaces
// in a row (`/\s\s/`): a lone tab or no-break space stays.
describe('singleSpaced', () => {
  it('gives what the replace gives, on random text of spaces of every kind', () => {
    const alphabet = ['a', ' ', ' ', '\t', '\n', '\r', '\u00a0', '\u2028', '\ufeff', '\u3000', '.'];
    const differ = randomTexts(alphabet, 20000, 11, 2026).filter((text) => singleSpaced(text) !== text.replace(/\s+/g, ' '));
    expect(differ).toEqual([]);
  });

  it('gives a single-spaced text back as it is', () => {
    const text = 'Key strengths: the partnership works well together';
    expect(singleSpaced(text)).toBe(text);
  });
});
