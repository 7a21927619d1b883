import { describe, expect, it } from 'vitest';
import { singleSpaced } from '../src/text/spaces.js';

// singleSpaced gives what `replace(/\s+/g, ' ')` gives, and the string itself where that changes
// nothing (helper 12az). Shown failing with its test for something to change reading only two spaces
// in a row (`/\s\s/`): a lone tab or no-break space stays.
describe('singleSpaced', () => {
  it('gives what the replace gives, on random text of spaces of every kind', () => {
    const alphabet = ['a', ' ', ' ', '\t', '\n', '\r', '\u00a0', '\u2028', '\ufeff', '\u3000', '.'];
    let seed = 2026;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const differ: string[] = [];
    for (let n = 0; n < 20000; n++) {
      let text = '';
      for (let length = Math.floor(random() * 12); length > 0; length--) text += alphabet[Math.floor(random() * alphabet.length)];
      if (singleSpaced(text) !== text.replace(/\s+/g, ' ')) differ.push(JSON.stringify(text));
    }
    expect(differ).toEqual([]);
  });

  it('gives a single-spaced text back as it is', () => {
    const text = 'Key strengths: the partnership works well together';
    expect(singleSpaced(text)).toBe(text);
  });
});
