import { statSync } from 'node:fs';
import type { Document, LineCounter } from 'yaml';
import { regexTree, type RegexBranches, type RegexItem, type RegexToken } from './regex-tokens.js';
import { grouped, plural } from './render/words.js';
import { largest, pushAll } from './long-arrays.js';

// Limits on what users' rule files may ask for, checked when rules are loaded.
//
// Regular expressions written by users (tag patterns, heading patterns, deep-dive phrases) run on
// every finding of every letter with JavaScript's backtracking engine. Node 20 has no engine
// without backtracking short of a native module or an experimental V8 flag, so patterns are
// refused by their shape instead: whatever could backtrack without bound is rejected when the
// rules are loaded (and by `jtai rules check`), with the reason and what to write instead.

/** A bound on how long one pattern may be. */
export const MAX_PATTERN_LENGTH = 1000;
/** The most times a group that itself repeats may be repeated, like (?:[a-z]+ ){0,3}. */
const MAX_COUNTED_REPEAT = 4;
/** A bound on the combinations of broad bounded repeats in sequence, like [^.]{0,80}. */
const MAX_BOUNDED_PRODUCT = 100_000;

interface Shape {
  /** It holds a quantifier that repeats more than once, or alternatives: what a repeat around it would multiply. */
  ambiguous: boolean;
  /** It can match the empty text. */
  empty: boolean;
  /** The characters it can match (of SAMPLE_CHARACTERS). */
  chars: CharSet;
  /** The character sets of the unbounded repeats it can start with, and end with. */
  leading: CharSet[];
  trailing: CharSet[];
  /** Unbounded repeats of broad atoms (., [\s\S], [^x], \S) in sequence. */
  broadUnbounded: number;
  /** The product of the maxima of broad bounded repeats in sequence. */
  broadBounded: number;
}

const CLASS_ESCAPES_BROAD = /^[SWD]$/;

/**
 * The characters a set is judged by: ASCII and the others letters use (typographic quotes and
 * dashes, accented letters, spaces), enough to tell whether two repeats can match the same text.
 */
const SAMPLE_CHARACTERS = [...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)), '\t', '\n', '\r', '\u00a0', '\u2028', 'é', 'É', 'ß', '\u017f', '\u212a', '’', '‘', '“', '”', '–', '—', '£', '€', '•', '中'];

/** Which of SAMPLE_CHARACTERS a set holds. */
type CharSet = boolean[];
const noChars = (): CharSet => SAMPLE_CHARACTERS.map(() => false);
const union = (a: CharSet, b: CharSet): CharSet => a.map((x, i) => x || b[i]!);
/**
 * The order a shared character is named in: lower-case letters and digits first, as a pattern
 * (run ignoring case) is most often written, so that [a-z]*[a-z]* is said to share "a", not "A".
 */
const WITNESS_ORDER = SAMPLE_CHARACTERS.map((_, i) => i).sort((i, j) => witnessRank(SAMPLE_CHARACTERS[i]!) - witnessRank(SAMPLE_CHARACTERS[j]!) || i - j);
function witnessRank(char: string): number {
  return /[a-z]/.test(char) ? 0 : /[0-9]/.test(char) ? 1 : 2;
}
const overlap = (a: CharSet, b: CharSet): string | null => {
  const i = WITNESS_ORDER.find((j) => a[j] && b[j]);
  return i === undefined ? null : SAMPLE_CHARACTERS[i]!;
};
/** An atom that matches nothing, like an assertion. */
const nothing = (): Shape => ({ ambiguous: false, empty: true, chars: noChars(), leading: [], trailing: [], broadUnbounded: 0, broadBounded: 1 });

class PatternReader {
  readonly names: string[] = [];
  constructor(private readonly source: string, private readonly flags = '') {}

  /** The sample characters one atom of the pattern matches on its own. */
  private charsOf(token: RegexToken): CharSet {
    const alone = new RegExp(`^(?:${this.source.slice(token.start, token.end)})$`, this.flags.replace(/[gy]/g, ''));
    return SAMPLE_CHARACTERS.map((char) => alone.test(char));
  }

  /** Reads the whole pattern; throws a message saying what is refused. */
  read(): Shape {
    return this.alternatives(regexTree(this.source));
  }

  private alternatives(branches: RegexBranches): Shape {
    const shapes = branches.map((items) => this.sequence(items));
    return {
      ambiguous: shapes.length > 1 || shapes.some((s) => s.ambiguous),
      empty: shapes.some((s) => s.empty),
      chars: shapes.map((s) => s.chars).reduce(union),
      leading: shapes.flatMap((s) => s.leading),
      trailing: shapes.flatMap((s) => s.trailing),
      broadUnbounded: largest(shapes.map((s) => s.broadUnbounded)),
      broadBounded: largest(shapes.map((s) => s.broadBounded)),
    };
  }

  private sequence(items: RegexItem[]): Shape {
    const shape: Shape = nothing();
    for (const item of items) {
      const atom = this.atom(item.atom);
      // The fewest and most times the quantifier after the atom lets it repeat (1 and 1 if none).
      const { min, max } = item.repeat ?? { min: 1, max: 1 };
      // A few counted repeats of a group of narrow repeats, like (?:[a-z]+ ){0,3}, stay polynomial
      // and small; anything more is refused.
      const counted = max !== Infinity && max <= MAX_COUNTED_REPEAT && atom.inner.broadUnbounded === 0;
      if (max > 1 && atom.inner.ambiguous && !counted) {
        throw new Error('repeats a group that itself repeats or has alternatives, like (a+)+ or (.*a){12} (could take exponential time); rewrite it without nested repeats');
      }
      // Unbounded repeats next to each other (or apart by what can match nothing) that can take
      // the same characters, like a*a* or \w+\s*\w+, share a run of them in every possible way:
      // time growing with a power of the run's length, the power the number of such repeats.
      const unbounded = max === Infinity && !atom.zeroWidth;
      const leading = unbounded ? [atom.inner.chars] : atom.inner.leading;
      const shared = shape.trailing.flatMap((before) => leading.map((after) => overlap(before, after))).find((char) => char !== null);
      const empty = atom.zeroWidth || min === 0 || atom.inner.empty;
      if (shape.empty) shape.leading = [...shape.leading, ...leading];
      const trailing = unbounded ? [atom.inner.chars] : atom.inner.trailing;
      shape.trailing = empty ? [...shape.trailing, ...trailing] : trailing;
      shape.empty &&= empty;
      if (!atom.zeroWidth) shape.chars = union(shape.chars, atom.inner.chars);
      shape.ambiguous ||= atom.inner.ambiguous || max > 1;
      shape.broadUnbounded += atom.inner.broadUnbounded;
      shape.broadBounded *= atom.inner.broadBounded;
      if (atom.broad && max === Infinity) shape.broadUnbounded++;
      else if (atom.broad && max > 1) shape.broadBounded *= max + 1;
      if (shape.broadUnbounded > 1) {
        throw new Error('has more than one unbounded repeat of any character (like .* or [\\s\\S]* twice), which takes time growing with a power of the text\'s length; bound them, like [^.]{0,80}');
      }
      if (shape.broadBounded > MAX_BOUNDED_PRODUCT) {
        throw new Error(`its bounded repeats of any character multiply to more than ${grouped(MAX_BOUNDED_PRODUCT)} ways to match; use smaller bounds`);
      }
      if (shared !== undefined) {
        throw new Error(`has unbounded repeats next to each other that can match the same characters (both match ${JSON.stringify(shared)}), like a*a* or \\w+\\s*\\w+, which takes time growing with a power of the text's length; make what one repeat matches exclude the other's characters, or put a required character that neither matches between them`);
      }
    }
    return shape;
  }

  private atom(token: RegexItem['atom']): { broad: boolean; zeroWidth: boolean; inner: Shape } {
    if (token.kind === 'group') {
      const { open } = token;
      if (open.name !== null) this.names.push(open.name);
      const inner = this.alternatives(token.branches);
      // A lookaround takes no characters: its repeats are not next to those around it.
      if (open.group !== 'capture' && open.group !== 'non-capture') return { broad: false, zeroWidth: true, inner: { ...inner, empty: true, chars: noChars(), leading: [], trailing: [] } };
      return { broad: false, zeroWidth: false, inner };
    }
    // One character's atom: what it matches, and whether it is broad.
    const single = (broad: boolean) => ({ broad, zeroWidth: false, inner: { ...nothing(), empty: false, chars: this.charsOf(token) } });
    switch (token.kind) {
      case 'class': {
        // Broad when it is negated or holds a class escape and its opposite, like [\s\S].
        const escapes = new Set(token.escapes);
        const opposite = ['s', 'w', 'd'].some((letter) => escapes.has(letter) && escapes.has(letter.toUpperCase()));
        return single(token.negated || opposite || token.escapes.some((letter) => CLASS_ESCAPES_BROAD.test(letter)));
      }
      case 'escape':
        if (/[1-9]/.test(token.letter) || token.letter === 'k') {
          throw new Error('has a backreference (\\1, \\k<name>); patterns are joined into one expression, where it would point at another pattern\'s group, and backreferences can take exponential time; write the text out instead');
        }
        if (token.letter === 'b' || token.letter === 'B') return { broad: false, zeroWidth: true, inner: nothing() };
        // Broad for \S, \W, \D and \P{...}.
        return single(CLASS_ESCAPES_BROAD.test(token.letter) || token.letter === 'P');
      case 'char':
        if (token.char === '^' || token.char === '$') return { broad: false, zeroWidth: true, inner: nothing() };
        return single(token.char === '.');
    }
  }
}

/**
 * Why a user's pattern is refused, or null when it is safe. `flags` are those it runs with;
 * it must compile with them, and its shape must not allow unbounded backtracking.
 */
export function patternProblem(pattern: string, flags: string): string | null {
  if (pattern.length > MAX_PATTERN_LENGTH) return `is ${plural(pattern.length, 'character')} long; patterns are limited to ${grouped(MAX_PATTERN_LENGTH)}`;
  try {
    new RegExp(pattern, flags);
  } catch (error) {
    return `is not a valid regular expression: ${(error as Error).message}`;
  }
  try {
    new PatternReader(pattern, flags).read();
  } catch (error) {
    return (error as Error).message;
  }
  return null;
}

/** Named groups that more than one of the patterns joined into one expression define. */
export function duplicateGroupNames(patterns: string[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const pattern of patterns) {
    const reader = new PatternReader(pattern);
    try {
      reader.read();
    } catch {
      // Reported by patternProblem.
    }
    for (const name of reader.names) (seen.has(name) ? duplicates : seen).add(name);
  }
  return [...duplicates];
}

/** Rule files are written by hand: a few hundred kilobytes at most. Larger is a mistake or an attack. */
export const MAX_RULE_FILE_BYTES = 2_000_000;

/** All the rule files read, the shipped ones (150 KB, 71 rules) included: a generous bound on what a user's folders add. */
export const MAX_RULE_FILES = 500;
export const MAX_RULE_BYTES_IN_ALL = 10_000_000;
export const MAX_TAG_RULES = 5_000;

/** Why a rule file is too large to read, or null. */
export function fileSizeProblem(file: string): string | null {
  const size = statSync(file).size;
  if (size <= MAX_RULE_FILE_BYTES) return null;
  return `the file is ${(size / 1e6).toFixed(1)} MB; rule files are limited to ${MAX_RULE_FILE_BYTES / 1e6} MB (split it, or check it is a rule file)`;
}

/**
 * Rule files nest a few levels (a rule file's rules, a rule, its passing cues or examples, their
 * lists: 6 at most in the shipped ones). The YAML reader goes one call deeper for each level, so a file nested hundreds
 * deep ("[[[[...") overflows the stack ("Maximum call stack size exceeded", at 340 levels with a
 * small stack): such a file is refused before the YAML is read.
 */
export const MAX_RULE_NESTING = 64;

/** Why a rule file nests too deep to read, for the line nestingTooDeepLine found. */
export const NESTED_TOO_DEEP = `nested more than ${MAX_RULE_NESTING} levels deep (lists and mappings inside one another; a rule needs 6 at most): check it is a rule file`;

/**
 * Where a rule file's text nests deeper than MAX_RULE_NESTING, found without the YAML reader: flow
 * brackets ([ {) outside quotes and comments, block levels by indentation and each "- " that opens
 * a list on a line. It never counts more levels than the YAML has (a plain word with an
 * apostrophe, "children's", opens no quote). The 1-based line, or null.
 */
export function nestingTooDeepLine(text: string): number | null {
  // The indentation of each block level open at the current line.
  const indents: number[] = [];
  let flow = 0;
  let quote: '"' | "'" | null = null;
  for (const [index, line] of text.split(/\r\n|\r|\n/).entries()) {
    let at = 0;
    // Lists opened by "- " at the line's start ("- - - x" is a list in a list in a list).
    let dashes = 0;
    if (quote === null && flow === 0) {
      at = /^ */.exec(line)![0].length;
      if (at === line.length || line[at] === '#') continue;
      while (indents.length > 0 && indents.at(-1)! >= at) indents.pop();
      indents.push(at);
      const items = /^(?:-(?: +|$))+/.exec(line.slice(at))?.[0] ?? '';
      dashes = items.split('-').length - 1;
      at += items.length;
    }
    if (indents.length + dashes + flow > MAX_RULE_NESTING) return index + 1;
    // Where a scalar may start: a quote there opens a quoted scalar; elsewhere it is part of a word.
    let scalarStart = true;
    for (; at < line.length; at++) {
      const character = line[at]!;
      if (quote !== null) {
        if (character === '\\' && quote === '"') at++;
        else if (character === quote && quote === "'" && line[at + 1] === "'") at++;
        else if (character === quote) quote = null;
        continue;
      }
      if (character === '#' && (at === 0 || /\s/.test(line[at - 1]!))) break;
      if ((character === '"' || character === "'") && scalarStart) {
        quote = character;
        continue;
      }
      if (character === '[' || character === '{') {
        flow++;
        if (indents.length + dashes + flow > MAX_RULE_NESTING) return index + 1;
      } else if ((character === ']' || character === '}') && flow > 0) flow--;
      if (!/\s/.test(character)) scalarStart = /[[{,:?-]/.test(character);
    }
  }
  return null;
}

/**
 * Where a parsed rule file nests deeper than MAX_RULE_NESTING, by the YAML reader's own reading:
 * what nestingTooDeepLine reads otherwise (a quote it takes as opening a quoted scalar where YAML
 * sees a plain word or a block scalar's text, so that the brackets after it go uncounted) is
 * caught here, before anything walks the document. The reader reports the stack overflow of a
 * file nested hundreds deep as a RESOURCE_EXHAUSTION error: that is nesting too. The 1-based
 * line, or null.
 */
export function documentTooDeepLine(document: Document, counter: LineCounter): number | null {
  const exhausted = document.errors.find((error) => error.code === 'RESOURCE_EXHAUSTION');
  if (exhausted) return counter.linePos(exhausted.pos[0]).line;
  // Walked with a list, not by recursion, which a deep document would overflow.
  type Part = { items?: unknown[]; key?: unknown; value?: unknown; range?: [number, number, number] | null };
  const open: Array<{ part: Part; depth: number }> = [{ part: document.contents as Part, depth: 1 }];
  while (open.length > 0) {
    const { part, depth } = open.pop()!;
    if (part === null || typeof part !== 'object') continue;
    if (Array.isArray(part.items)) {
      if (depth > MAX_RULE_NESTING) return counter.linePos(part.range?.[0] ?? 0).line;
      for (const item of part.items) open.push({ part: item as Part, depth: depth + 1 });
    } else if ('key' in part) {
      // A pair of a mapping: its key and value are one level inside the mapping, as a list's items are.
      open.push({ part: part.key as Part, depth }, { part: part.value as Part, depth });
    }
  }
  return null;
}

/**
 * The line a YAML error is told at. An unclosed "[", "{" or quote is noticed where the reader next
 * stands (the line after, or the file's end), so it is told where the collection or string opened
 * (the node the reader built ends where the error stands); any other error, where the reader saw it.
 */
export function yamlErrorLine(document: Document, error: Document['errors'][number], counter: LineCounter): { line: number; unclosed: string | null } {
  const at = error.pos[0];
  const seen = { line: counter.linePos(at).line, unclosed: null };
  // Only these two errors say something is unclosed; others (a comment stuck to a quote, no comma
  // after it) can stand where a closed quote ends, and are told in the reader's own words.
  const quote = /^Missing closing (['"])quote/.exec(error.message)?.[1];
  const bracket = /end with a ([\]}])/.exec(error.message)?.[1];
  if (quote === undefined && bracket === undefined) return seen;
  const kind = quote === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
  // Walked with a list, not by recursion (documentTooDeepLine has bounded the depth, but one way suffices).
  type Part = { items?: unknown[]; key?: unknown; value?: unknown; range?: [number, number, number] | null; flow?: boolean; type?: string };
  const endingHere: Part[] = [];
  const open: Part[] = [document.contents as Part];
  while (open.length > 0) {
    const part = open.pop();
    if (part === null || part === undefined || typeof part !== 'object') continue;
    const mayBeIt = bracket !== undefined ? part.flow === true : part.type === kind;
    if (mayBeIt && part.range?.[1] === at) endingHere.push(part);
    if (Array.isArray(part.items)) pushAll(open, part.items as Part[]);
    else if ('key' in part) open.push(part.key as Part, part.value as Part);
  }
  // Collections ending here are nested, outermost first; the innermost may be closed ("[a, [b]" at the
  // file's end), the rest are not, and each unclosed one has its error here, the innermost's first.
  endingHere.sort((a, b) => a.range![0] - b.range![0]);
  const unclosedHere = document.errors.filter((other) => other.pos[0] === at && /end with a [\]}]/.test(other.message)).length;
  const opened = endingHere[bracket === undefined ? 0 : Math.min(unclosedHere, endingHere.length) - 1];
  if (opened === undefined) return seen;
  const what = quote !== undefined ? `a ${quote} quote` : bracket === ']' ? 'a [' : 'a {';
  return { line: counter.linePos(opened.range![0]).line, unclosed: `${what} opened on this line is not closed` };
}
