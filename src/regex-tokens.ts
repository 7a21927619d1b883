// The one reading of a regular expression's source into its tokens (groups, alternatives, repeats,
// classes, escapes, characters), and of those into its structure (regexTree), for the readers that
// judge a rule's pattern by its shape: its safety (rule-safety.ts), the words every match holds
// (tag/pattern-words.ts) and its cost (tag/pattern-cost.ts). Each token keeps its place in the
// source, so that a reader can try an atom's own text.

/** Where a token stands in the source: [start, end). */
interface Place {
  start: number;
  end: number;
}

export type GroupKind = 'capture' | 'non-capture' | 'lookahead' | 'negative-lookahead' | 'lookbehind' | 'negative-lookbehind';

export type RegexToken = Place &
  (
    | { kind: 'open'; group: GroupKind; name: string | null }
    | { kind: 'close' }
    | { kind: 'or' }
    /** A quantifier (its lazy "?" with it): from min to max times (Infinity: no bound). */
    | { kind: 'repeat'; min: number; max: number }
    /** [...]: the letters of its escapes (\s, \W ...) in order, for judging what it holds. */
    | { kind: 'class'; negated: boolean; escapes: string[] }
    /** A backslash and what it takes: `letter` is the character after the backslash (\d: "d", \u00e9: "u", \1: "1"). */
    | { kind: 'escape'; letter: string }
    /** Any other character: a literal, ".", "^" or "$" (one UTF-16 unit). */
    | { kind: 'char'; char: string }
  );

const GROUP_KINDS: Record<string, GroupKind> = { '?:': 'non-capture', '?=': 'lookahead', '?!': 'negative-lookahead', '?<=': 'lookbehind', '?<!': 'negative-lookbehind' };

/** The tokens of a pattern's source; throws a message saying what cannot be read. */
export function regexTokens(source: string): RegexToken[] {
  const tokens: RegexToken[] = [];
  let at = 0;
  while (at < source.length) {
    const start = at;
    const char = source[at]!;
    if (char === '(') {
      at++;
      const named = /^\?<([^=!>][^>]*)>/.exec(source.slice(at));
      const kind = /^\?(?::|=|!|<=|<!)/.exec(source.slice(at));
      if (named) {
        at += named[0].length;
        tokens.push({ kind: 'open', group: 'capture', name: named[1]!, start, end: at });
      } else if (kind) {
        at += kind[0].length;
        tokens.push({ kind: 'open', group: GROUP_KINDS[kind[0]]!, name: null, start, end: at });
      } else if (source[at] === '?') {
        throw new Error(`unknown group "(${source.slice(at, at + 3)}"`);
      } else tokens.push({ kind: 'open', group: 'capture', name: null, start, end: at });
    } else if (char === ')' || char === '|') {
      at++;
      tokens.push(char === ')' ? { kind: 'close', start, end: at } : { kind: 'or', start, end: at });
    } else if (char === '*' || char === '+' || char === '?' || (char === '{' && /^\{\d+(?:,\d*)?\}/.test(source.slice(at)))) {
      let min: number;
      let max: number;
      if (char === '{') {
        const bounds = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at))!;
        min = Number(bounds[1]);
        max = bounds[2] === undefined ? min : bounds[3] === '' ? Infinity : Number(bounds[3]);
        at += bounds[0].length;
      } else {
        min = char === '+' ? 1 : 0;
        max = char === '?' ? 1 : Infinity;
        at++;
      }
      if (source[at] === '?') at++;
      tokens.push({ kind: 'repeat', min, max, start, end: at });
    } else if (char === '[') {
      at++;
      const negated = source[at] === '^';
      const escapes: string[] = [];
      // A class ends at its first "]" that no backslash escapes: ")" and "|" inside it are characters.
      while (at < source.length && source[at] !== ']') {
        if (source[at] === '\\') {
          escapes.push(source[at + 1] ?? '');
          at += 2;
        } else at++;
      }
      if (at >= source.length) throw new Error('a class ([...]) is not closed');
      at++;
      tokens.push({ kind: 'class', negated, escapes, start, end: at });
    } else if (char === '\\') {
      const letter = source[at + 1];
      if (letter === undefined) throw new Error('the pattern ends in a backslash');
      at = escapeEnd(source, at);
      tokens.push({ kind: 'escape', letter, start, end: at });
    } else {
      at++;
      tokens.push({ kind: 'char', char, start, end: at });
    }
  }
  return tokens;
}

/**
 * Where the escape at `at` ends: past a property (\p{L}), a code (\u00e9, \u{1F600}, \x41), a
 * control letter (\cA), a back reference (\12, \k<name>) read whole; else past one character
 * (without the u flag, \u not followed by four hex digits is the letter u).
 */
function escapeEnd(source: string, at: number): number {
  LONG_ESCAPE.lastIndex = at;
  const long = LONG_ESCAPE.exec(source);
  return at + (long ? long[0].length : 2);
}
const LONG_ESCAPE = /\\(?:[pP]\{[^}]*\}|u\{[0-9A-Fa-f]+\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z]|k<[^>]*>|[0-9]+)/y;

type TokenOf<K extends RegexToken['kind']> = Extract<RegexToken, { kind: K }>;

/** A group and what it holds: its alternatives. */
export interface RegexGroup {
  kind: 'group';
  open: TokenOf<'open'>;
  branches: RegexBranches;
}

/** One atom of a sequence (a group, or a class, escape or character) and the quantifier after it, if any. */
export interface RegexItem {
  atom: RegexGroup | TokenOf<'class' | 'escape' | 'char'>;
  repeat: TokenOf<'repeat'> | null;
}

/** A pattern's (or a group's) alternatives, each a sequence of items. */
export type RegexBranches = RegexItem[][];

/** A pattern's source read into its structure; throws a message saying what cannot be read. */
export function regexTree(source: string): RegexBranches {
  const tokens = regexTokens(source);
  let at = 0;
  const unexpected = (token: RegexToken) => new Error(`unexpected "${source[token.start]}" at ${token.start + 1}`);
  const branches = (): RegexBranches => {
    const all = [sequence()];
    while (tokens[at]?.kind === 'or') {
      at++;
      all.push(sequence());
    }
    return all;
  };
  const sequence = (): RegexItem[] => {
    const items: RegexItem[] = [];
    for (let token = tokens[at]; token !== undefined && token.kind !== 'or' && token.kind !== 'close'; token = tokens[at]) {
      at++;
      let atom: RegexItem['atom'];
      if (token.kind === 'open') {
        const inner = branches();
        if (tokens[at]?.kind !== 'close') throw new Error('a group is not closed');
        at++;
        atom = { kind: 'group', open: token, branches: inner };
      } else if (token.kind === 'repeat') throw unexpected(token);
      else atom = token;
      const next = tokens[at];
      const repeat = next?.kind === 'repeat' ? next : null;
      if (repeat) at++;
      items.push({ atom, repeat });
    }
    return items;
  };
  const tree = branches();
  if (at < tokens.length) throw unexpected(tokens[at]!);
  return tree;
}
