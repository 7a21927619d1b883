import { statSync } from 'node:fs';

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
  /** Unbounded repeats of broad atoms (., [\s\S], [^x], \S) in sequence. */
  broadUnbounded: number;
  /** The product of the maxima of broad bounded repeats in sequence. */
  broadBounded: number;
}

const CLASS_ESCAPES_BROAD = /^[SWD]$/;

class PatternReader {
  private i = 0;
  readonly names: string[] = [];
  constructor(private readonly source: string) {}

  /** Reads the whole pattern; throws a message saying what is refused. */
  read(): Shape {
    const shape = this.alternatives();
    if (this.i < this.source.length) throw new Error(`unexpected "${this.source[this.i]}" at ${this.i + 1}`);
    return shape;
  }

  private alternatives(): Shape {
    const shapes = [this.sequence()];
    while (this.source[this.i] === '|') {
      this.i++;
      shapes.push(this.sequence());
    }
    return {
      ambiguous: shapes.length > 1 || shapes.some((s) => s.ambiguous),
      broadUnbounded: Math.max(...shapes.map((s) => s.broadUnbounded)),
      broadBounded: Math.max(...shapes.map((s) => s.broadBounded)),
    };
  }

  private sequence(): Shape {
    const shape: Shape = { ambiguous: false, broadUnbounded: 0, broadBounded: 1 };
    while (this.i < this.source.length && this.source[this.i] !== '|' && this.source[this.i] !== ')') {
      const atom = this.atom();
      const max = this.quantifier();
      // A few counted repeats of a group of narrow repeats, like (?:[a-z]+ ){0,3}, stay polynomial
      // and small; anything more is refused.
      const counted = max !== Infinity && max <= MAX_COUNTED_REPEAT && atom.inner.broadUnbounded === 0;
      if (max > 1 && atom.inner.ambiguous && !counted) {
        throw new Error('repeats a group that itself repeats or has alternatives, like (a+)+ or (.*a){12} (could take exponential time); rewrite it without nested repeats');
      }
      shape.ambiguous ||= atom.inner.ambiguous || max > 1;
      shape.broadUnbounded += atom.inner.broadUnbounded;
      shape.broadBounded *= atom.inner.broadBounded;
      if (atom.broad && max === Infinity) shape.broadUnbounded++;
      else if (atom.broad && max > 1) shape.broadBounded *= max + 1;
      if (shape.broadUnbounded > 1) {
        throw new Error('has more than one unbounded repeat of any character (like .* or [\\s\\S]* twice), which takes time growing with a power of the text\'s length; bound them, like [^.]{0,80}');
      }
      if (shape.broadBounded > MAX_BOUNDED_PRODUCT) {
        throw new Error(`its bounded repeats of any character multiply to more than ${MAX_BOUNDED_PRODUCT.toLocaleString('en-GB')} ways to match; use smaller bounds`);
      }
    }
    return shape;
  }

  /** The largest number of times the quantifier after an atom lets it repeat (1 if none). */
  private quantifier(): number {
    const char = this.source[this.i];
    let max = 1;
    if (char === '*' || char === '+') {
      max = Infinity;
      this.i++;
    } else if (char === '?') {
      this.i++;
    } else if (char === '{') {
      const found = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.i));
      if (!found) return 1;
      max = found[2] === undefined ? Number(found[1]) : found[3] === '' ? Infinity : Number(found[3]);
      this.i += found[0].length;
    } else return 1;
    if (this.source[this.i] === '?') this.i++;
    return max;
  }

  private atom(): { broad: boolean; inner: Shape } {
    const plain: Shape = { ambiguous: false, broadUnbounded: 0, broadBounded: 1 };
    const char = this.source[this.i]!;
    if (char === '(') {
      this.i++;
      const named = /^\?<([A-Za-z_$][\w$]*)>/.exec(this.source.slice(this.i));
      if (named) {
        this.names.push(named[1]!);
        this.i += named[0].length;
      } else if (this.source[this.i] === '?') {
        const kind = /^\?(?::|=|!|<=|<!)/.exec(this.source.slice(this.i));
        if (!kind) throw new Error(`unknown group "(${this.source.slice(this.i, this.i + 3)}"`);
        this.i += kind[0].length;
      }
      const inner = this.alternatives();
      if (this.source[this.i] !== ')') throw new Error('a group is not closed');
      this.i++;
      return { broad: false, inner };
    }
    if (char === '[') return { broad: this.characterClass(), inner: plain };
    if (char === '\\') return { broad: this.escape(), inner: plain };
    this.i++;
    return { broad: char === '.', inner: plain };
  }

  /** Reads [...]; broad when it is negated or holds a class escape and its opposite, like [\s\S]. */
  private characterClass(): boolean {
    this.i++;
    const negated = this.source[this.i] === '^';
    const escapes = new Set<string>();
    while (this.i < this.source.length && this.source[this.i] !== ']') {
      if (this.source[this.i] === '\\') {
        escapes.add(this.source[this.i + 1] ?? '');
        this.i += 2;
      } else this.i++;
    }
    this.i++;
    const opposite = ['s', 'w', 'd'].some((letter) => escapes.has(letter) && escapes.has(letter.toUpperCase()));
    return negated || opposite || [...escapes].some((letter) => CLASS_ESCAPES_BROAD.test(letter));
  }

  /** Reads an escape; refuses backreferences. Broad for \S, \W and \D. */
  private escape(): boolean {
    const next = this.source[this.i + 1] ?? '';
    if (/[1-9]/.test(next) || next === 'k') {
      throw new Error('has a backreference (\\1, \\k<name>); patterns are joined into one expression, where it would point at another pattern\'s group, and backreferences can take exponential time; write the text out instead');
    }
    const long = /^\\(?:[pP]\{[^}]*\}|u\{[0-9A-Fa-f]+\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z])/.exec(this.source.slice(this.i));
    this.i += long ? long[0].length : 2;
    return CLASS_ESCAPES_BROAD.test(next) || next === 'P';
  }
}

/**
 * Why a user's pattern is refused, or null when it is safe. `flags` are those it runs with;
 * it must compile with them, and its shape must not allow unbounded backtracking.
 */
export function patternProblem(pattern: string, flags: string): string | null {
  if (pattern.length > MAX_PATTERN_LENGTH) return `is ${pattern.length} characters long; patterns are limited to ${MAX_PATTERN_LENGTH}`;
  try {
    new RegExp(pattern, flags);
  } catch (error) {
    return `is not a valid regular expression: ${(error as Error).message}`;
  }
  try {
    new PatternReader(pattern).read();
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

/** Why a rule file is too large to read, or null. */
export function fileSizeProblem(file: string): string | null {
  const size = statSync(file).size;
  if (size <= MAX_RULE_FILE_BYTES) return null;
  return `the file is ${(size / 1e6).toFixed(1)} MB; rule files are limited to ${MAX_RULE_FILE_BYTES / 1e6} MB (split it, or check it is a rule file)`;
}
