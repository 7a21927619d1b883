import { regexTree, type RegexBranches, type RegexItem } from '../regex-tokens.js';
import { createHash } from 'node:crypto';
import { smallest } from '../long-arrays.js';

// A cheap exact pre-check for the rules' patterns: from a pattern's source, the strings of which
// every match holds one (in lower case), so that a text holding none of them is not searched.
// Read conservatively: whatever the reading does not know makes it give no strings (the pattern
// then runs on every text), never a string that a match could lack. Only ASCII strings are kept,
// and they are looked for in the text in lower case: under the patterns' `iu` flags an ASCII
// character matches only itself, its other case, and two characters outside ASCII, of which only
// the long s (U+017F) does not lower-case to it (the Kelvin sign does); a text with a long s is
// searched with every pattern.

/** What a part of a pattern matches: `exact`, every string it matches (few); `need`, strings one of which each of its matches holds. Null: not known. */
interface Reading {
  exact: string[] | null;
  need: string[] | null;
  /** For a positive look-ahead or look-behind (it matches the empty string): strings one of which the text holds wherever it holds. */
  look?: string[] | null;
}

const ANY: Reading = { exact: null, need: null };
const EMPTY: Reading = { exact: [''], need: null };
/** More strings than this and a set is not worth checking. */
const MOST = 64;

/** The need of a reading as a set of strings to look for, or null when it holds the empty string (found in any text). */
function needOf(reading: Reading): string[] | null {
  const strings = reading.need ?? reading.exact;
  return strings && !strings.includes('') ? strings : null;
}

function cross(a: string[], b: string[]): string[] | null {
  if (a.length * b.length > MOST) return null;
  return [...new Set(a.flatMap((x) => b.map((y) => x + y)))];
}

/** The better of two needs: the one whose shortest string is longer (found in fewer texts). */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a) return b;
  if (!b) return a;
  const shortest = (strings: string[]) => smallest(strings.map((s) => s.length));
  return shortest(b) > shortest(a) ? b : a;
}

/**
 * What a pattern's alternatives match. `all` (patternNeeds): a list that takes every need read on the way, not only the
 * best (each is held by every text a match stands in); given only where every match holds them, so not into one of
 * several alternatives nor into a repeated group.
 */
function alternation(branches: RegexBranches, all: string[][] | null = null): Reading {
  if (branches.length === 1) return sequence(branches[0]!, all);
  const readings = branches.map((branch) => sequence(branch, null));
  const exacts = readings.map((b) => b.exact);
  const exact = exacts.every((e): e is string[] => e !== null) ? [...new Set(exacts.flat())] : null;
  const needs = readings.map(needOf);
  const need = needs.every((n): n is string[] => n !== null) ? [...new Set(needs.flat())] : null;
  return { exact: exact && exact.length <= MOST ? exact : null, need: need && need.length <= MOST ? need : null };
}

function sequence(items: RegexItem[], all: string[][] | null = null): Reading {
  let run: string[] = [''];
  let need: string[] | null = null;
  let exact = true;
  // The best need so far, and every need into `all`.
  const noted = (found: string[] | null): void => {
    need = better(need, found);
    if (all && found) all.push(found);
  };
  for (const { atom: token, repeat } of items) {
    const item = quantified(atom(token, repeat ? null : all), repeat);
    if (item.exact) {
      if (item.look) noted(item.look);
      const joined = cross(run, item.exact);
      if (!joined) {
        noted(needOf({ exact: run, need: null }));
        exact = false;
      }
      run = joined ?? item.exact;
      continue;
    }
    exact = false;
    noted(needOf({ exact: run, need: null }));
    noted(needOf({ exact: null, need: item.need }));
    run = [''];
  }
  noted(needOf({ exact: run, need: null }));
  return { exact: exact ? run : null, need };
}

function quantified(item: Reading, repeat: RegexItem['repeat']): Reading {
  if (!repeat) return item;
  if (repeat.min === 0) return ANY;
  return { exact: repeat.min === 1 && repeat.max === 1 ? item.exact : null, need: needOf(item) };
}

function atom(token: RegexItem['atom'], all: string[][] | null = null): Reading {
  switch (token.kind) {
    case 'group': {
      const { group } = token.open;
      // A negative look-around's needs are none of the text's.
      const negative = group === 'negative-lookahead' || group === 'negative-lookbehind';
      const inner = alternation(token.branches, negative ? null : all);
      // What a positive look-around matches stands in the text (around the match), though the match holds none of it.
      if (group === 'lookahead' || group === 'lookbehind') return { ...EMPTY, look: needOf(inner) };
      return negative ? EMPTY : inner;
    }
    case 'class':
      return ANY;
    case 'escape':
      if (token.letter === 'b' || token.letter === 'B') return EMPTY;
      // Letters and digits escape a class, a character by its code, a property or a back reference; punctuation is itself.
      if (/[A-Za-z0-9]/.test(token.letter)) return ANY;
      return literal(token.letter);
    case 'char':
      if (token.char === '^' || token.char === '$') return EMPTY;
      if (token.char === '.' || token.char === '}' || token.char === ']') return ANY;
      // A "{" that opens no quantifier is not read.
      if (token.char === '{') throw new Error('brace');
      return literal(token.char);
  }
}

/** One character as itself: known when it is ASCII. */
function literal(char: string): Reading {
  return char.charCodeAt(0) < 128 ? { exact: [char.toLowerCase()], need: null } : ANY;
}

/**
 * Strings (lower case, ASCII) of which every match of the pattern holds one, or null when none are
 * known: the pattern must then be tried on every text.
 */
export function patternWords(source: string): string[] | null {
  try {
    const words = needOf(alternation(regexTree(source)));
    return words && withoutLonger(words);
  } catch {
    return null;
  }
}

/**
 * Every set of strings the reading finds that each match of the pattern, or the text around it (a positive look-around),
 * holds one of (lower case, ASCII, the longer strings that hold a shorter one left out): patternWords' set among them,
 * each read as patternWords reads it. A text may match the pattern only when it holds one string of each. Empty when
 * the pattern cannot be read.
 */
export function patternNeeds(source: string): string[][] {
  try {
    const all: string[][] = [];
    alternation(regexTree(source), all);
    const seen = new Set<string>();
    return all.map(withoutLonger).filter((strings) => {
      const key = [...strings].sort().join('\0');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  } catch {
    return [];
  }
}

/** The shortest string a further need is read by (furtherNeedsOf). */
export const NEED_LEAST = 3;

/**
 * A pattern's needs beyond its pattern words (`words`, patternWords'): patternNeeds' sets but that one, and but those
 * with a string of fewer than NEED_LEAST characters (" a", "s ": held by nearly every text, they cost the scan's pass a
 * look at each place they end) or one not ASCII. What the build keeps in the compiled rules for each pattern the scan
 * searches (tag/match.ts, furtherNeeds): read here, a fresh process paid 103-114 ms of CPU for the 334 patterns (12bj).
 */
export function furtherNeedsOf(source: string, words: string[] | null): string[][] {
  const keyOf = (strings: string[]) => [...strings].sort().join('\0');
  const own = words ? keyOf(words) : null;
  return patternNeeds(source).filter((strings) => strings.every((string) => string.length >= NEED_LEAST && /^[\x00-\x7f]*$/.test(string)) && keyOf(strings) !== own);
}

/** The strings that hold none of the others: a text that holds a longer one holds the shorter, so StringSets needs only these. */
function withoutLonger(strings: string[]): string[] {
  return strings.filter((s, i) => !strings.some((t, j) => j !== i && s.includes(t) && (t.length < s.length || j < i)));
}

/** The only character outside ASCII that a pattern's ASCII letter matches (`iu`) and that does not lower-case to it. */
const LONG_S = '\u017f';

/**
 * Which of many sets of strings (each rule's pattern words) a text holds a string of, in one pass
 * over the text for every set at once (an Aho-Corasick automaton), where one `includes` for each
 * string read the text once a string. A null set (words not known) is held by every text.
 */
export class StringSets {
  /** Character code (ASCII) -> the automaton's column; 0 for a character in no string, which leads back to the start. */
  private readonly columns: Uint8Array = new Uint8Array(128);
  private readonly width: number;
  /**
   * The next state for each state and column, failure links resolved (a full table: one read a character). Of 16 bits
   * when every state fits: the shipped rules' table is 8,700 states of 32 columns, 1.1 MB of 32 bits, read at one place
   * after another for every character of every finding, and half the bytes miss the caches half as often.
   */
  private readonly next: Uint16Array | Int32Array;
  /** For each state, the sets one of whose strings ends there (its own and its suffixes'), or null. */
  private readonly ends: Array<number[] | null>;
  /** The sets every text holds (null words). */
  private readonly always: number[] = [];

  /**
   * `reported`: how many of the sets, the first, `held` tells of (the rest only heldAll): the pattern words' sets and the
   * further needs in one automaton, read by the scan as the pattern words' alone (tag/match.ts, furtherNeeds).
   */
  constructor(
    private readonly sets: Array<string[] | null>,
    private readonly reported = sets.length,
    built?: BuiltAutomaton,
  ) {
    if (built) {
      // As the build made it (readAutomaton): the same fields, in the same order, as built below.
      this.columns = built.columns;
      this.width = built.width;
      this.next = built.next;
      this.ends = built.ends;
      this.always = built.always;
      return;
    }
    let used = 0;
    // At most one state a character of the strings, and the start.
    let room = 1;
    for (const strings of sets) {
      for (const s of strings ?? []) {
        room += s.length;
        for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 128 && this.columns[s.charCodeAt(i)] === 0) this.columns[s.charCodeAt(i)] = ++used;
      }
    }
    const width = (this.width = used + 1);
    // The trie of every string, written in the table itself (0: no child, as the start is no one's child); each state's
    // children also as a list (its first child, then each child's next sibling) in typed arrays: built and walked
    // without an object a state, as it runs cold in every process that tags (5-6 ms with a Map a state and a walk of every column, 1 ms so).
    const table = room <= 0x10000 ? new Uint16Array(room * width) : new Int32Array(room * width);
    const firstChild = new Int32Array(room);
    const sibling = new Int32Array(room);
    const columnOf = new Uint8Array(room);
    const ends: Array<number[] | null> = [null];
    let states = 1;
    sets.forEach((strings, set) => {
      // A string outside ASCII, or the empty string, would be held where the table cannot tell: such a set is always held.
      if (strings === null || strings.some((s) => s === '' || /[^\x00-\x7f]/.test(s))) {
        this.always.push(set);
        return;
      }
      for (const s of strings) {
        let state = 0;
        for (let i = 0; i < s.length; i++) {
          const column = this.columns[s.charCodeAt(i)]!;
          let child = table[state * width + column]!;
          if (child === 0) {
            child = states++;
            ends.push(null);
            table[state * width + column] = child;
            columnOf[child] = column;
            sibling[child] = firstChild[state]!;
            firstChild[state] = child;
          }
          state = child;
        }
        (ends[state] ??= []).push(set);
      }
    });
    // Breadth first, each state's failure (its longest proper suffix that is a state) is met before it: a state's row is
    // its failure's row with its own children put over it.
    const failure = new Int32Array(states);
    const queue = new Int32Array(states);
    let queued = 0;
    for (let child = firstChild[0]!; child !== 0; child = sibling[child]!) queue[queued++] = child;
    for (let q = 0; q < queued; q++) {
      const state = queue[q]!;
      const fail = failure[state]!;
      const failEnds = ends[fail];
      if (failEnds) ends[state] = [...new Set([...(ends[state] ?? []), ...failEnds])];
      table.copyWithin(state * width, fail * width, fail * width + width);
      for (let child = firstChild[state]!; child !== 0; child = sibling[child]!) {
        failure[child] = table[fail * width + columnOf[child]!]!;
        table[state * width + columnOf[child]!] = child;
        queue[queued++] = child;
      }
    }
    this.next = table.subarray(0, states * width);
    this.ends = ends;
  }

  /**
   * For each set, 1 when the text holds one of its strings (or the set is always held), else 0.
   * `lower` is the text as lowerForPatterns gives it: null (a long s) holds every set.
   */
  held(lower: string | null): Uint8Array {
    const held = this.heldAll(lower);
    return this.reported < held.length ? held.subarray(0, this.reported) : held;
  }

  /** The automaton as bytes (readAutomaton reads them back), under `header`: what the build writes beside the compiled rules. */
  bytes(header: Record<string, unknown>): Buffer {
    const { columns, width, next, ends, always } = this;
    const states = next.length / width;
    const offsets = new Int32Array(states + 1);
    ends.forEach((found, state) => (offsets[state + 1] = offsets[state]! + (found?.length ?? 0)));
    const values = Int32Array.from(ends.flatMap((found) => found ?? []));
    const part = (array: ArrayBufferView) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);
    const tail = next.byteLength % 4 === 0 ? Buffer.alloc(0) : Buffer.alloc(4 - (next.byteLength % 4));
    const body = Buffer.concat([part(columns), part(offsets), part(values), part(next), tail]);
    const form: AutomatonForm = { ...header, form: AUTOMATON_FORM, digest: setsDigest(this.sets, this.reported), body: bodyDigest(body), sets: this.sets.length, reported: this.reported, width, states, wide: next instanceof Int32Array, always, values: values.length };
    // The header's JSON, then spaces to a multiple of 4 bytes, so that each array after it can be read in place.
    let text = `${JSON.stringify(form)}\n`;
    text += ' '.repeat((4 - (Buffer.byteLength(text) % 4)) % 4);
    return Buffer.concat([Buffer.from(text), body]);
  }

  /** As `held`, for every set, those beyond `reported` too. */
  heldAll(lower: string | null): Uint8Array {
    const held = new Uint8Array(this.sets.length);
    if (lower === null) return held.fill(1);
    for (const set of this.always) held[set] = 1;
    const { columns, next, ends, width } = this;
    let state = 0;
    for (let i = 0; i < lower.length; i++) {
      const code = lower.charCodeAt(i);
      state = next[state * width + (code < 128 ? columns[code]! : 0)]!;
      const found = ends[state];
      if (found) for (const set of found) held[set] = 1;
    }
    return held;
  }
}

/** What StringSets' constructor takes in place of building its automaton: one read from the build's file (readAutomaton). */
interface BuiltAutomaton {
  columns: Uint8Array;
  width: number;
  next: Uint16Array | Int32Array;
  ends: Array<number[] | null>;
  always: number[];
}

/** How StringSets.bytes lays out an automaton: bytes laid out otherwise (another version) are not read. 2: the body's digest in the header. */
const AUTOMATON_FORM = 2;

/** A hash of the bytes after an automaton's header (its arrays): bytes cut short or written over since the build wrote them are not read. */
const bodyDigest = (body: Uint8Array): string => createHash('sha256').update(body).digest('hex');

/** A hash of the sets an automaton was built for, and how many it reports: bytes written for other sets are not read. */
function setsDigest(sets: Array<string[] | null>, reported: number): string {
  return createHash('sha256').update(JSON.stringify([reported, sets])).digest('hex');
}

/** The header of an automaton's bytes (StringSets.bytes): the caller's fields (a key), then the automaton's sizes. */
interface AutomatonForm {
  [field: string]: unknown;
  form: number;
  digest: string;
  /** bodyDigest of the bytes after the header. */
  body: string;
  sets: number;
  reported: number;
  width: number;
  states: number;
  /** Whether the table is of 32 bits (Int32Array), not 16. */
  wide: boolean;
  always: number[];
  /** How many set numbers `ends` holds in all. */
  values: number;
}

/** The largest entry of an array of numbers (-1 for none): a loop, as reading a spread of them would overflow the stack. */
function largest(array: ArrayLike<number>): number {
  let most = -1;
  for (let i = 0; i < array.length; i++) if (array[i]! > most) most = array[i]!;
  return most;
}

/**
 * The automaton of `sets` (`reported` of them told by `held`) from the bytes StringSets.bytes wrote, or null when they
 * are not of that shape, or their header does not hold each of `expected`'s fields as given (the caller's key), or
 * they were written for other sets (their hash), or the bytes after the header are not those written (their digest, so
 * that bytes cut short or written over are not read): the caller then builds it (new StringSets). Every column, set and
 * offset the header and the smaller arrays hold is checked to lie in range as well. The table's states are not: its
 * bytes are the build's (the digest), and the build read them back and found them equal to the automaton it built
 * (src/rules.ts, writeCompiledRules). Checking each of its 485,000 entries took 6.8-7.0 ms of CPU in a one-letter run's
 * first tag, V8's optimising compiler off (a loop in the interpreter), of the 90-110 ms the first tag takes; the digest
 * of the whole 1 MB takes 0.5 ms, and tells an entry written over with another state in range, which the check did not.
 */
export function readAutomaton(bytes: Buffer, sets: Array<string[] | null>, reported: number, expected: Record<string, unknown>): StringSets | null {
  const line = bytes.indexOf(10);
  if (line < 0) return null;
  let form: AutomatonForm;
  try {
    form = JSON.parse(bytes.toString('utf8', 0, line)) as AutomatonForm;
  } catch {
    return null;
  }
  if (typeof form !== 'object' || form === null) return null;
  for (const [field, value] of Object.entries(expected)) if (form[field] !== value) return null;
  const { width, states, wide, always, values } = form;
  if (form.form !== AUTOMATON_FORM || form.sets !== sets.length || form.reported !== reported || typeof wide !== 'boolean') return null;
  if (form.digest !== setsDigest(sets, reported)) return null;
  if (![width, states, values].every((n) => Number.isSafeInteger(n) && n > 0) || width > 128 || (!wide && states > 0x10000)) return null;
  if (!Array.isArray(always) || !always.every((set) => Number.isInteger(set) && set >= 0 && set < sets.length)) return null;
  const start = Math.ceil((line + 1) / 4) * 4;
  const tableBytes = states * width * (wide ? 4 : 2);
  const size = start + 128 + 4 * (states + 1) + 4 * values + tableBytes;
  if (bytes.length !== size + ((4 - (size % 4)) % 4)) return null;
  if (typeof form.body !== 'string' || bodyDigest(bytes.subarray(start)) !== form.body) return null;
  // Arrays over the file's own bytes, where they stand at a multiple of 4 in memory; else over a copy that does.
  const buffer = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes);
  let at = buffer.byteOffset + start;
  const columns = new Uint8Array(buffer.buffer, at, 128);
  const offsets = new Int32Array(buffer.buffer, (at += 128), states + 1);
  const flat = new Int32Array(buffer.buffer, (at += 4 * (states + 1)), values);
  const next = wide ? new Int32Array(buffer.buffer, (at += 4 * values), states * width) : new Uint16Array(buffer.buffer, (at += 4 * values), states * width);
  if (largest(columns) >= width || largest(flat) >= sets.length || offsets[0] !== 0 || offsets[states] !== values) return null;
  for (let i = 0; i < flat.length; i++) if (flat[i]! < 0) return null;
  // Each state's sets as an array of its own, pushed as the build pushes them (arrays of the same kinds for V8).
  const ends: Array<number[] | null> = [];
  for (let state = 0; state < states; state++) {
    const from = offsets[state]!;
    const to = offsets[state + 1]!;
    if (to < from || to > values) return null;
    if (to === from) ends.push(null);
    else {
      const found: number[] = [];
      for (let i = from; i < to; i++) found.push(flat[i]!);
      ends.push(found);
    }
  }
  return new StringSets(sets, reported, { columns, width, next, ends, always });
}

/** The text as StringSets reads it. */
export function lowerForPatterns(text: string): string | null {
  return text.includes(LONG_S) ? null : text.toLowerCase();
}
