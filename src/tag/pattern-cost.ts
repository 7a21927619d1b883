import { regexTree, type RegexBranches, type RegexItem } from '../regex-tokens.js';

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

const isBoundary = ({ atom }: RegexItem) => (atom.kind === 'escape' && (atom.letter === 'b' || atom.letter === 'B')) || (atom.kind === 'char' && (atom.char === '^' || atom.char === '$'));

/** Does some alternative of a lookbehind's inside end, past any \b, in a repeat of more than one? */
function endsInRepeat(branches: RegexBranches): boolean {
  return branches.some((items) => {
    const last = items.findLast((item) => !isBoundary(item));
    return last?.repeat != null && last.repeat.max > 1;
  });
}

/**
 * The alternatives of a pattern (and of a group that opens one) that open with a lookbehind (positive or negative) ending in a repeat,
 * with no lookahead before it, as the source from that lookbehind on (cut to 100 characters); empty when none does. A
 * pattern that cannot be read is left to rule-safety.ts.
 */
export function unguardedLookbehinds(source: string): string[] {
  let tree: RegexBranches;
  try {
    tree = regexTree(source);
  } catch {
    return [];
  }
  const found: string[] = [];
  const read = (branches: RegexBranches) => {
    for (const items of branches) {
      for (const item of items) {
        if (isBoundary(item)) continue;
        const { atom } = item;
        if (atom.kind !== 'group' || atom.open.group === 'lookahead') break;
        const { group, start } = atom.open;
        if (group === 'negative-lookahead') continue;
        if (group === 'lookbehind' || group === 'negative-lookbehind') {
          if (!endsInRepeat(atom.branches)) continue;
          found.push(source.slice(start, start + 100));
        } else read(atom.branches);
        break;
      }
    }
  };
  read(tree);
  return found;
}
