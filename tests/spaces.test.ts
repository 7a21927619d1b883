import { describe, expect, it } from 'vitest';
import { nonSpaceLength, singleSpaced } from '../src/text/spaces.js';
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

// nonSpaceLength counts what `replace(/\s/g, '')` leaves (helper 12bb): every UTF-16 code unit
// alone, so each one `\s` matches (and none it does not) is checked. Shown failing with U+180E (no
// white space since Unicode 6.3) taken for one, and with U+2028 left out.
describe('nonSpaceLength', () => {
  it('counts what the replace leaves, for every code unit', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const text = `a${String.fromCharCode(code)}b`;
      if (nonSpaceLength(text) !== text.replace(/\s/g, '').length) differ.push(code);
    }
    expect(differ).toEqual([]);
  });

  it('counts what the replace leaves, on random text', () => {
    const alphabet = ['a', ' ', '\t', '\n', '\r', '\u00a0', '\u2028', '\u2029', '\ufeff', '\u3000', '\u180e', '\u200b', '\ud83d', '\ude00', '.'];
    const differ = randomTexts(alphabet, 20000, 11, 2026).filter((text) => nonSpaceLength(text) !== text.replace(/\s/g, '').length);
    expect(differ).toEqual([]);
  });
});
