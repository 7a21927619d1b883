import type { PassingCue } from './rules.js';

// The role of a mention in its clause: is the agency the one whose work is evaluated, or is it
// named in passing, as where a referral goes, a forum, a document, a venue? (the codebook's rule).
// Three kinds of cue, all data in a rule file's `passing:` list:
// - words just before or after the mention ("referred to", "... meeting");
// - a governing word earlier in the clause: the mention's phrase follows one of `prepositions`,
//   and one of `heads` stands before that preposition in the same clause ("submit intelligence
//   about vulnerable children directly to the police", "refer children at risk to social care");
// - a predicate after the mention's phrase ("education providers are not represented").
// The mention's phrase is found by walking over the words of a noun phrase, lists included
// ("to the local authority and police"), up to a closed list of the words that end one.
// natural's Brill part-of-speech tagger was tried for that walk and measured worse on the
// tuned-on gold letters (agencies F1 0.901 against 0.911) and slower (see the README), so it is
// not used: its American lexicon reads British verbs ("recognise", "prioritise") as nouns.

export interface RoleToken {
  word: string;
  stem: string;
  start: number;
  end: number;
}

interface BeforeCue {
  near: string[];
  far: string[];
  text: string;
}

export interface CompiledCue {
  role: string;
  /** Phrases that end just before a mention, by their last stem: a mention is checked only against those its word before can end. */
  before: Map<string, BeforeCue[]>;
  /** Phrases that start just after a mention, by their first stem. */
  after: Map<string, Array<{ stems: string[]; text: string }>>;
  skip: Set<string>;
  /** Stems of prepositions that open the mention's phrase, for a governing word. */
  prepositions: Set<string>;
  /** Stems of governing words (verbs or nouns), looked for before the preposition. */
  heads: Set<string>;
  /** How far before the preposition a governing word may stand, in words. */
  within: number;
  /** Predicates after the mention's phrase ("invited"), skipping the `skip` words. */
  predicates: Array<{ first: string[]; then: string[]; text: string }>;
  /** Stems of the head words a `before:` phrase's clause subject must have (empty: any subject). */
  subjects: Set<string>;
}

/** How many words a gap in a cue ("referred ... to") may stand for. */
const CUE_GAP = 4;
/** The longest noun phrase walked over, in words: a list of three agencies with their articles. */
const PHRASE_WORDS = 10;

/**
 * Words that cannot stand inside a noun phrase between a preposition and the mention it governs:
 * prepositions, verbs that often start a clause, relative words, auxiliaries. Grammar, not
 * vocabulary of the letters, so it stays here rather than in the rules.
 */
const PHRASE_ENDS = new Set(
  [
    'to', 'into', 'at', 'on', 'with', 'from', 'by', 'for', 'in', 'about', 'within', 'through', 'across', 'between', 'without', 'under', 'over', 'after', 'before', 'during', 'than',
    'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'should', 'may', 'might', 'must', 'not',
    'which', 'who', 'whom', 'whose', 'that', 'when', 'where', 'while', 'because', 'although', 'but', 'if', 'so', 'it', 'they', 'them', 'he', 'she', 'we',
  ],
);
/**
 * Words that join the items of a list, or open examples of what stands before them ("for example",
 * "such as", "especially"): an example takes the role of what it exemplifies, so a cue that governs
 * the list governs its examples ("data gathered from key sources, for example hospitals and schools").
 */
const LIST_WORDS = new Set(['and', 'or', 'including', 'such', 'example', 'instance', 'especially', 'particularly', 'notably']);
/** Prepositions that open an example rather than a new phrase: "for example", "for instance". */
const EXAMPLE_OPENERS = new Set(['example', 'instance']);
/** Words that close a clause when looking back for a governing word. */
const CLAUSE_ENDS = new Set(['which', 'who', 'whom', 'whose', 'but', 'although', 'while', 'whereas', 'because', 'when', 'where', 'however']);

/** Items grouped by a key, each group in the items' order (so the first that fits is still the first written). */
function groupedBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

export function compileCue(cue: PassingCue, stems: (phrase: string) => string[], stemOf: (word: string) => string): CompiledCue {
  const before = cue.before
    .map((phrase) => {
      const [far, near] = phrase.includes('...') ? phrase.split('...', 2) : ['', phrase];
      return { near: stems(near!), far: stems(far!), text: phrase };
    })
    .filter((c) => c.near.length > 0);
  const after = cue.after.map((phrase) => ({ stems: stems(phrase), text: phrase })).filter((c) => c.stems.length > 0);
  return {
    role: cue.role,
    before: groupedBy(before, (c) => c.near.at(-1)!),
    after: groupedBy(after, (c) => c.stems[0]!),
    skip: new Set(cue.skip.map((w) => stemOf(w.toLowerCase()))),
    prepositions: new Set(cue.prepositions.map((w) => stemOf(w.toLowerCase()))),
    // One word each; a hyphenated head ("co-locate") by its last part.
    heads: new Set(cue.heads.map((w) => stems(w).at(-1)!).filter(Boolean)),
    within: cue.within,
    predicates: cue.predicates
      .map((phrase) => {
        const [first, then] = phrase.includes('...') ? phrase.split('...', 2) : [phrase, ''];
        return { first: stems(first!), then: stems(then!), text: phrase };
      })
      .filter((c) => c.first.length > 0),
    subjects: new Set(cue.subjects.map((w) => stems(w).at(-1)!).filter(Boolean)),
  };
}

const endsWith = (tokens: RoleToken[], end: number, sequence: string[]) =>
  end - sequence.length + 1 >= 0 && sequence.every((stem, j) => tokens[end - sequence.length + 1 + j]!.stem === stem);
const startsWith = (tokens: RoleToken[], start: number, sequence: string[]) =>
  start + sequence.length <= tokens.length && sequence.every((stem, j) => tokens[start + j]!.stem === stem);

/** The start of a gapped cue ends at most CUE_GAP words before `end` (at `end` itself when there is no gap). */
function farEnd(tokens: RoleToken[], end: number, far: string[]): boolean {
  if (far.length === 0) return true;
  for (let at = end; at >= Math.max(0, end - CUE_GAP); at--) if (endsWith(tokens, at, far)) return true;
  return false;
}

/** The words of one text with what the role layer needs of them: where clauses and lists break. */
export class Clause {
  /** breakBefore and listAround of each token, found when first asked (0 not yet, 1 no, 2 yes): every cue of every mention asks. */
  private breaks: Uint8Array | null = null;
  private lists: Uint8Array | null = null;

  constructor(
    readonly text: string,
    readonly tokens: RoleToken[],
  ) {}

  /**
   * True when a sentence or clause break (. ; : ! ? or a bracket) stands between token i-1 and
   * token i. A bracket round one word is an acronym defined in passing, part of the noun phrase:
   * "received from the community rehabilitation company (CRC) and probation".
   */
  breakBefore(i: number): boolean {
    if (i <= 0 || i >= this.tokens.length) return true;
    this.breaks ??= new Uint8Array(this.tokens.length);
    if (this.breaks[i] === 0) this.breaks[i] = this.findBreak(i) ? 2 : 1;
    return this.breaks[i] === 2;
  }

  private findBreak(i: number): boolean {
    const gap = this.gap(i);
    if (!gap.includes('(') && !gap.includes(')')) return /[.;:!?]/.test(gap);
    if (/^\s*\(\s*$/.test(gap) && /^\s*\)/.test(this.gap(i + 1))) return false;
    if (/^\s*\)\s*$/.test(gap) && /^\s*\(\s*$/.test(this.gap(i - 1))) return false;
    return /[.;:!?()]/.test(gap);
  }

  /** The text between token i-1 and token i (to the end of the text after the last token). */
  private gap(i: number): string {
    if (i <= 0) return '';
    return this.text.slice(this.tokens[i - 1]!.end, i < this.tokens.length ? this.tokens[i]!.start : this.text.length);
  }

  commaBefore(i: number): boolean {
    return i > 0 && i < this.tokens.length && this.text.slice(this.tokens[i - 1]!.end, this.tokens[i]!.start).includes(',');
  }

  /** Does a list word (and, or, including, such as) stand within a few words of token i, in its sentence? */
  listAround(i: number): boolean {
    this.lists ??= new Uint8Array(this.tokens.length);
    if (this.lists[i] === 0) this.lists[i] = this.findList(i) ? 2 : 1;
    return this.lists[i] === 2;
  }

  private findList(i: number): boolean {
    for (let j = Math.max(0, i - PHRASE_WORDS); j <= Math.min(this.tokens.length - 1, i + 3); j++) {
      if (LIST_WORDS.has(this.tokens[j]!.word) && !this.breakBetween(j, i)) return true;
    }
    return false;
  }

  private breakBetween(a: number, b: number): boolean {
    for (let k = Math.min(a, b) + 1; k <= Math.max(a, b); k++) if (this.breakBefore(k)) return true;
    return false;
  }

  /** Can token i stand inside the noun phrase that holds a mention? */
  inPhrase(i: number, cue: CompiledCue): boolean {
    const token = this.tokens[i]!;
    if (token.word === 'for' && EXAMPLE_OPENERS.has(this.tokens[i + 1]?.word ?? '')) return true;
    return !cue.prepositions.has(token.stem) && !PHRASE_ENDS.has(token.word) && !cue.heads.has(token.stem);
  }
}

/**
 * Words of a verb group between a clause's subject and the phrase after it ("are now physically
 * based in"), and relative words that stand for the noun before them ("the team, which is based in").
 */
const VERB_GROUP = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'not',
  'now', 'also', 'still', 'all', 'both', 'currently', 'already', 'yet', 'often', 'usually', 'mostly', 'largely', 'fully', 'physically', 'permanently', 'jointly', 'increasingly', 'well', 'recently', 'successfully', 'effectively', 'routinely',
]);
const RELATIVES = new Set(['which', 'who', 'that']);

/** Prepositions that open a post-modifier of a subject's head: "advocates for victims of abuse are based in". */
const MODIFIER_OPENERS = new Set(['of', 'for', 'from', 'in', 'with', 'at', 'on', 'to', 'within', 'across']);

/**
 * Does the subject of the clause that a phrase starting at token `at` ends have one of the cue's
 * head words, or is it an acronym ("IDVA roles are embedded in", "the YOS, which is managed within")?
 * The subject runs back from the verb group to the clause's start; its head is the last word before
 * its first preposition ("advocates for victims of abuse"), or the noun a relative word stands for.
 * A cue without subject words fits any subject.
 */
function subjectFits(clause: Clause, cue: CompiledCue, at: number): boolean {
  if (cue.subjects.size === 0) return true;
  const { tokens } = clause;
  let end = at - 1;
  while (end >= 0 && !clause.breakBefore(end + 1) && VERB_GROUP.has(tokens[end]!.word)) end--;
  if (end < 0) return false;
  let head: RoleToken;
  // A relative word takes the noun before it, across the comma or bracket that opens its clause.
  if (RELATIVES.has(tokens[end]!.word)) {
    if (end === 0) return false;
    head = tokens[end - 1]!;
  } else {
    if (clause.breakBefore(end + 1)) return false;
    let start = end;
    while (start > 0 && end - start < PHRASE_WORDS && !clause.breakBefore(start) && !CLAUSE_ENDS.has(tokens[start - 1]!.word) && !RELATIVES.has(tokens[start - 1]!.word)) start--;
    const preposition = tokens.slice(start + 1, end + 1).findIndex((token) => MODIFIER_OPENERS.has(token.word));
    head = tokens[preposition < 0 ? end : start + preposition]!;
  }
  return cue.subjects.has(head.stem) || /^[A-Z]{2,}s?$/.test(clause.text.slice(head.start, head.end));
}

/** The governing word of a mention's phrase: "refer ... to [the police]". */
function governed(clause: Clause, cue: CompiledCue, first: number): string | null {
  if (cue.prepositions.size === 0 || cue.heads.size === 0) return null;
  const { tokens } = clause;
  let at = first - 1;
  let walked = 0;
  // Back over the mention's noun phrase (and a list it stands in) to its preposition. A comma is
  // crossed only inside a list ("to the police, schools and health"), not after an opening phrase
  // ("On receipt of a referral into the hub, social workers ...").
  const inList = clause.listAround(first);
  while (at >= 0 && walked < PHRASE_WORDS && !clause.breakBefore(at + 1) && (inList || !clause.commaBefore(at + 1)) && clause.inPhrase(at, cue)) {
    at--;
    walked++;
  }
  if (at < 0 || clause.breakBefore(at + 1) || (!inList && clause.commaBefore(at + 1)) || !cue.prepositions.has(tokens[at]!.stem)) return null;
  const preposition = at;
  // Then back to the word that governs it, within the clause.
  for (let i = preposition - 1; i >= Math.max(0, preposition - cue.within); i--) {
    if (clause.breakBefore(i + 1) || CLAUSE_ENDS.has(tokens[i]!.word)) return null;
    if (cue.heads.has(tokens[i]!.stem)) return `"${tokens[i]!.word} ... ${tokens[preposition]!.word}"`;
  }
  return null;
}

/** A predicate after the mention's phrase: "[education providers] are not currently represented". */
function predicate(clause: Clause, cue: CompiledCue, last: number): string | null {
  if (cue.predicates.length === 0) return null;
  const { tokens } = clause;
  let at = last + 1;
  let walked = 0;
  while (at < tokens.length && walked < PHRASE_WORDS && !clause.breakBefore(at) && !cue.skip.has(tokens[at]!.stem) && clause.inPhrase(at, cue)) {
    at++;
    walked++;
  }
  while (at < tokens.length && !clause.breakBefore(at) && cue.skip.has(tokens[at]!.stem)) at++;
  if (at >= tokens.length || clause.breakBefore(at)) return null;
  const found = cue.predicates.find((p) => {
    if (!startsWith(tokens, at, p.first)) return false;
    if (p.then.length === 0) return true;
    const from = at + p.first.length;
    for (let k = from; k <= from + CUE_GAP && k < tokens.length && !clause.breakBefore(k); k++) if (startsWith(tokens, k, p.then)) return true;
    return false;
  });
  return found ? `"${found.text}"` : null;
}

/**
 * The first token of the list a mention ends: "child in need or [child protection plans]" walks back
 * over "or" to "child in need", when each earlier item is itself a mention of the same kind
 * (`items[t]` is the first token of the mention that covers token t, or -1), joined by "and", "or"
 * or a comma, articles (the cue's skip words) before each. -1 when the mention is no later item.
 */
function listStart(clause: Clause, items: Int32Array, first: number, skip: Set<string>): number {
  const { tokens } = clause;
  let start = -1;
  for (let at = first; ; ) {
    let j = at - 1;
    while (j >= 0 && !clause.breakBefore(j + 1) && skip.has(tokens[j]!.stem)) j--;
    if (j < 0 || clause.breakBefore(j + 1)) return start;
    if (LIST_JOINS.has(tokens[j]!.word)) j--;
    else if (!clause.commaBefore(j + 1)) return start;
    if (j < 0 || clause.breakBefore(j + 1) || items[j]! < 0) return start;
    start = at = items[j]!;
  }
}
const LIST_JOINS = new Set(['and', 'or']);

/** A `before:` phrase of the cue that ends just before token `end` (after its skip words). */
function cueEndingBefore(clause: Clause, cue: CompiledCue, end: number): BeforeCue | undefined {
  const { tokens } = clause;
  let before = end - 1;
  while (before >= 0 && !clause.breakBefore(before + 1) && cue.skip.has(tokens[before]!.stem)) before--;
  // A cue counts only in the mention's own sentence.
  if (before < 0 || clause.breakBefore(before + 1)) return undefined;
  return cue.before.get(tokens[before]!.stem)?.find((c) => endsWith(tokens, before, c.near) && farEnd(tokens, before - c.near.length, c.far) && subjectFits(clause, cue, before - c.near.length + 1));
}

/**
 * The passing role of a mention spanning tokens first..last, or null when it counts. `items` marks
 * the other mentions of its kind (see listStart), so a cue before a list reaches its later items.
 */
export function passingRole(cues: CompiledCue[], clause: Clause, first: number, last: number, items?: Int32Array): { role: string; why: string } | null {
  const { tokens } = clause;
  for (const cue of cues) {
    const cueBefore = cueEndingBefore(clause, cue, first);
    if (cueBefore) return { role: cue.role, why: `after "${cueBefore.text}"` };
    const start = items && (cue.before.size > 0 || cue.heads.size > 0) ? listStart(clause, items, first, cue.skip) : -1;
    const inList = start >= 0 ? `, in a list after "${clause.text.slice(tokens[start]!.start, tokens[first - 1]!.end)}"` : '';
    const cueBeforeList = start >= 0 ? cueEndingBefore(clause, cue, start) : undefined;
    if (cueBeforeList) return { role: cue.role, why: `after "${cueBeforeList.text}"${inList}` };
    const cueAfter = clause.breakBefore(last + 1) ? undefined : cue.after.get(tokens[last + 1]!.stem)?.find((c) => startsWith(tokens, last + 1, c.stems));
    if (cueAfter) return { role: cue.role, why: `before "${cueAfter.text}"` };
    const head = governed(clause, cue, first);
    if (head) return { role: cue.role, why: `in its clause, governed by ${head}` };
    const headOfList = start >= 0 ? governed(clause, cue, start) : null;
    if (headOfList) return { role: cue.role, why: `in its clause, governed by ${headOfList}${inList}` };
    const said = predicate(clause, cue, last);
    if (said) return { role: cue.role, why: `in its clause, the subject of ${said}` };
  }
  return null;
}
