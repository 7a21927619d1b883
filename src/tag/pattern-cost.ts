import { regexTokens, type RegexToken } from '../regex-tokens.js';

// A shape of rule pattern that costs far more than its matches: an alternative that opens with a lookbehind reaching
// back over a repeat, with nothing before it that the engine can test at the position itself.
//
// V8 tries an expression only at the positions where the characters its alternatives can start with stand (its quick
// check). A lookbehind is matched backwards from its last atom: one that ends in a repeat (`[^.;]{0,60}`,
// `(?:\w+ ){0,3}`) walks back over up to that many characters at each position it is tried at before its first words
// can fail. A positive one gives the quick check nothing: alone, such a pattern took 4.6-33.6 ms over the 939 findings
// of the 21 real inputs, against about 2 ms for any other (a lookbehind that ends in words, `(?<=\bthe )partnership`,
// 2.2). A negative one is cheap alone (0.6-1.5 ms), but among a rule's patterns joined by `|` it too made the whole
// expression be tried at every position: joint-working's 38.8 -> 10.8 ms with a lookahead on one of its patterns,
// information-sharing's 48.4 -> 15.3, children-social-care's 22.4 -> 6.6 (two others no change measured; 5 December
// 2026, tests/bench-history.md). A lookahead on the words that follow, put first (`(?=\brisks?\b)(?<=...)\brisks?\b`),
// lets the engine skip every position where they do not stand: the same matches, since those words must stand there.

/** Where the group opened at token `open` closes. */
function closeOf(tokens: RegexToken[], open: number): number {
  let depth = 0;
  for (let j = open; j < tokens.length; j++) {
    const token = tokens[j]!;
    if (token.kind === 'open') depth++;
    else if (token.kind === 'close' && --depth === 0) return j;
  }
  return tokens.length;
}

/** The alternatives of the tokens from..to (a whole pattern, or a group's inside), as token ranges. */
function alternativesOf(tokens: RegexToken[], from: number, to: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let depth = 0;
  let start = from;
  for (let j = from; j < to; j++) {
    const token = tokens[j]!;
    if (token.kind === 'open') depth++;
    else if (token.kind === 'close') depth--;
    else if (token.kind === 'or' && depth === 0) {
      ranges.push([start, j]);
      start = j + 1;
    }
  }
  ranges.push([start, to]);
  return ranges;
}

const isBoundary = (token: RegexToken) => (token.kind === 'escape' && (token.letter === 'b' || token.letter === 'B')) || (token.kind === 'char' && (token.char === '^' || token.char === '$'));

/** Does some alternative of a lookbehind's inside (tokens from..to) end, past any \b, in a repeat of more than one? */
function endsInRepeat(tokens: RegexToken[], from: number, to: number): boolean {
  return alternativesOf(tokens, from, to).some(([start, end]) => {
    let last = end - 1;
    while (last >= start && isBoundary(tokens[last]!)) last--;
    const token = tokens[last];
    return last >= start && token !== undefined && token.kind === 'repeat' && token.max > 1;
  });
}

/**
 * The alternatives of a pattern (and of a group that opens one) that open with a lookbehind (positive or negative) ending in a repeat,
 * with no lookahead before it, as the source from that lookbehind on (cut to 100 characters); empty when none does. A
 * pattern that cannot be read is left to rule-safety.ts.
 */
export function unguardedLookbehinds(source: string): string[] {
  let tokens: RegexToken[];
  try {
    tokens = regexTokens(source);
  } catch {
    return [];
  }
  const found: string[] = [];
  const read = (from: number, to: number) => {
    for (const [start, end] of alternativesOf(tokens, from, to)) {
      for (let j = start; j < end; ) {
        const token = tokens[j]!;
        if (isBoundary(token)) {
          j++;
          continue;
        }
        if (token.kind !== 'open') break;
        const close = closeOf(tokens, j);
        if (token.group === 'lookahead') break;
        if (token.group === 'negative-lookahead') {
          j = close + 1;
          continue;
        }
        if (token.group === 'lookbehind' || token.group === 'negative-lookbehind') {
          if (endsInRepeat(tokens, j + 1, close)) found.push(source.slice(token.start, token.start + 100));
          else {
            j = close + 1;
            continue;
          }
        } else read(j + 1, close);
        break;
      }
    }
  };
  read(0, tokens.length);
  return found;
}
