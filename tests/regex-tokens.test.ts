import { describe, expect, it } from 'vitest';
import { regexTokens, regexTree, type RegexBranches, type RegexToken } from '../src/regex-tokens.js';
import { duplicateGroupNames, patternProblem } from '../src/rule-safety.js';
import { patternWords } from '../src/tag/pattern-words.js';

// The one reader of a rule pattern's source, shared by the shape check (rule-safety.ts), the
// pattern words (tag/pattern-words.ts) and the pattern cost (tag/pattern-cost.ts): each token as
// the source writes it, and its kind; and the structure the three readers walk (regexTree).

/** Each token as [its text, its kind and what it says]. */
function read(source: string): Array<[string, string]> {
  return regexTokens(source).map((token: RegexToken) => {
    const text = source.slice(token.start, token.end);
    switch (token.kind) {
      case 'open':
        return [text, `open ${token.group}${token.name === null ? '' : ` ${token.name}`}`];
      case 'repeat':
        return [text, `repeat ${token.min}-${token.max}`];
      case 'class':
        return [text, `class${token.negated ? ' negated' : ''}${token.escapes.length > 0 ? ` \\${token.escapes.join(' \\')}` : ''}`];
      case 'escape':
        return [text, `escape ${token.letter}`];
      case 'char':
        return [text, 'char'];
      default:
        return [text, token.kind];
    }
  });
}

describe('regexTokens', () => {
  it('reads escaped brackets as escapes, not groups or classes', () => {
    expect(read('\\(a\\)\\[b\\]')).toEqual([['\\(', 'escape ('], ['a', 'char'], ['\\)', 'escape )'], ['\\[', 'escape ['], ['b', 'char'], ['\\]', 'escape ]']]);
  });

  it('reads a class holding ")" or "|" or an escaped "]" as one class', () => {
    expect(read('[)|]x')).toEqual([['[)|]', 'class'], ['x', 'char']]);
    expect(read('[^\\])]+\\)')).toEqual([['[^\\])]', 'class negated \\]'], ['+', 'repeat 1-Infinity'], ['\\)', 'escape )']]);
    expect(read('[\\s\\S]')).toEqual([['[\\s\\S]', 'class \\s \\S']]);
  });

  it('reads \\b as an escape, and the kinds of groups, lookbehind among them', () => {
    expect(read('\\bfoo\\b')).toEqual([['\\b', 'escape b'], ['f', 'char'], ['o', 'char'], ['o', 'char'], ['\\b', 'escape b']]);
    expect(read('(?<=a)(?<!b)(?=c)(?!d)(?:e)(f)(?<name>g)').filter(([, kind]) => kind.startsWith('open')).map(([text, kind]) => `${text} ${kind}`)).toEqual([
      '(?<= open lookbehind', '(?<! open negative-lookbehind', '(?= open lookahead', '(?! open negative-lookahead', '(?: open non-capture', '( open capture', '(?<name> open capture name',
    ]);
    expect(read('(a|b)').map(([, kind]) => kind)).toEqual(['open capture', 'char', 'or', 'char', 'close']);
  });

  it('reads unicode and other long escapes whole, and \\u without four hex digits as one letter', () => {
    expect(read('\\u00e9\\u{1F600}\\p{Lu}\\P{L}\\x41\\cA\\k<n>\\12').map(([text]) => text)).toEqual(['\\u00e9', '\\u{1F600}', '\\p{Lu}', '\\P{L}', '\\x41', '\\cA', '\\k<n>', '\\12']);
    // Without the u flag, (\u) is a group holding the letter u: the escape must not take the ")".
    expect(read('(\\u)').map(([text]) => text)).toEqual(['(', '\\u', ')']);
  });

  it('reads quantifiers with their bounds and lazy mark, and a "{" that bounds nothing as a character', () => {
    expect(read('a{2,5}?b{3}c{2,}d*?e+f?')
      .filter(([, kind]) => kind.startsWith('repeat'))).toEqual([['{2,5}?', 'repeat 2-5'], ['{3}', 'repeat 3-3'], ['{2,}', 'repeat 2-Infinity'], ['*?', 'repeat 0-Infinity'], ['+', 'repeat 1-Infinity'], ['?', 'repeat 0-1']]);
    expect(read('a{b}')).toEqual([['a', 'char'], ['{', 'char'], ['b', 'char'], ['}', 'char']]);
  });

  it('says what cannot be read', () => {
    expect(() => regexTokens('[ab')).toThrow('a class ([...]) is not closed');
    expect(() => regexTokens('ab\\')).toThrow('the pattern ends in a backslash');
    expect(() => regexTokens('(?x)')).toThrow('unknown group "(?x)"');
  });
});

describe('the two readers of a pattern read it alike', () => {
  it('the shape check and the pattern words, on tricky sources', () => {
    const sources = ['[)|]fire', '\\(fire\\)', '(?<=fire )service', '\\bfire\\b', 'caf\\u00e9 fire', '(?<\u00e9quipe>fire) crew'];
    expect(sources.map((source) => patternProblem(source, 'iu'))).toEqual(sources.map(() => null));
    expect(sources.map(patternWords)).toEqual([['fire'], ['(fire)'], ['service'], ['fire'], [' fire'], ['fire crew']]);
    // A group name outside ASCII is a name (the shape check took it for an unknown group, and missed it used twice).
    expect(duplicateGroupNames(['(?<\u00e9quipe>fire)', '(?<\u00e9quipe>crew)'])).toEqual(['\u00e9quipe']);
  });
});

/** A tree written back as text: alternatives joined by " | ", a group in brackets with its kind, a repeat after its atom as {min,max}. */
function written(source: string, branches: RegexBranches): string {
  return branches
    .map((items) =>
      items
        .map(({ atom, repeat }) => {
          const text = atom.kind === 'group' ? `[${atom.open.group}: ${written(source, atom.branches)}]` : source.slice(atom.start, atom.end);
          return repeat ? `${text}{${repeat.min},${repeat.max}}` : text;
        })
        .join(' '),
    )
    .join(' | ');
}

describe('regexTree', () => {
  it('reads alternatives, groups (nested, each with its kind) and the repeat after each atom', () => {
    const source = '(?=\\brisks?)(?<=(?:\\w+ ){0,3})\\brisks?|[a-z]+ (?!plan)(?<name>x|y)*';
    expect(written(source, regexTree(source))).toBe(
      '[lookahead: \\b r i s k s{0,1}] [lookbehind: [non-capture: \\w{1,Infinity}  ]{0,3}] \\b r i s k s{0,1} | [a-z]{1,Infinity}   [negative-lookahead: p l a n] [capture: x | y]{0,Infinity}',
    );
  });

  it('says what it cannot read', () => {
    expect(() => regexTree('(ab')).toThrow('a group is not closed');
    expect(() => regexTree('ab)c')).toThrow('unexpected ")" at 3');
    expect(() => regexTree('*ab')).toThrow('unexpected "*" at 1');
  });
});
