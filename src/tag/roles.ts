import { sentenceStartWords } from '../text/sentences.js';
import type { BeforeCue, CompiledCue, CueForm } from './cues.js';
import { wordClassOf } from './word-classes.js';

// The role of a mention in its clause: is the agency the one whose work is evaluated, or is it
// named in passing, as where a referral goes, a forum, a document, a venue? (the codebook's rule).
// Three kinds of cue, all data in a rule file's `passing:` list:
// - words just before or after the mention ("referred to", "... meeting");
// - a governing word earlier in the clause: the mention's phrase follows one of `prepositions`,
//   and one of `heads` stands before that preposition in the same clause ("submit intelligence
//   about vulnerable children directly to the police", "refer children at risk to social care");
// - a predicate after the mention's phrase ("education providers are not represented").
// A cue that says what a phrase names reads the phrase's head, its last noun (`object-heads`, objectHead):
// "sits on the police's strategic [board]" is a seat, "sat on the MASH [referral]" a delay.
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

/** The mentions of one kind in a text: for each token, the first and last token of the widest mention that covers it, or -1. */
export interface Mentions {
  first: Int32Array;
  last: Int32Array;
  /**
   * listStart and listEnd as found, by the skip words (cues with the same skip words share one set,
   * compileRules) and the mention's (first, last): every cue of every mention asks for them.
   */
  walks: {
    starts: Map<Set<string>, Map<number, number>>;
    /** listStart for cues whose before: phrases are verbs, whose walk stops sooner (listStartOver's `verbs`). */
    verbStarts: Map<Set<string>, Map<number, number>>;
    /** Whether a list word or comma stands before a mention's item in its clause (followsListWord), for any cue. */
    follows: Map<number, boolean>;
    ends: Map<Set<string>, Map<number, number>>;
    reached: Map<Set<string>, Map<number, number>>;
  };
}

/** Mentions with nothing found yet. */
export function mentionsOf(first: Int32Array, last: Int32Array): Mentions {
  return { first, last, walks: { starts: new Map(), verbStarts: new Map(), follows: new Map(), ends: new Map(), reached: new Map() } };
}

/** A list walk's answers found so far for one skip list, keyed by walkKey. */
function walksBy(found: Map<Set<string>, Map<number, number>>, skip: Set<string>): Map<number, number> {
  let answers = found.get(skip);
  if (!answers) {
    answers = new Map();
    found.set(skip, answers);
  }
  return answers;
}

/** One number for a mention's (first, last) tokens. */
const walkKey = (clause: Clause, first: number, last: number) => first * (clause.tokens.length + 1) + last;

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
 * Words that open examples of what stands before them ("for example", "such as", "especially"): an
 * example takes the role of what it exemplifies, so a cue that governs a phrase governs its examples
 * ("data gathered from key sources, for example hospitals and schools").
 */
const EXAMPLE_WORDS = new Set(['including', 'such', 'especially', 'particularly', 'notably']);
/** Prepositions that open an example rather than a new phrase: "for example", "for instance". */
const EXAMPLE_OPENERS = new Set(['example', 'instance']);
/** Words of a quantity after "under", "over" or "more than" ("just under half of", "over a third of", "more than 40 of"). */
const QUANTITY_WORDS = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'tenth', 'dozen', 'hundred', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twenty', 'thirty', 'forty', 'fifty', 'two-thirds', 'three-quarters']);
/** The words before "than" that make it a quantity's: "more than half of". */
const QUANTITY_COMPARATIVES = new Set(['more', 'fewer', 'less']);
/** Words that close a clause when looking back for a governing word. */
const CLAUSE_ENDS = new Set(['which', 'who', 'whom', 'whose', 'but', 'although', 'while', 'whereas', 'because', 'when', 'where', 'however']);

// Plain loops, not `every` with an arrow: a one-letter run tags with V8's optimising compiler off (src/short-run.ts,
// pagesRead), where each `every` made a closure a call. standsIn calls startsWith at every token of every clause a cue
// form may stand in: on Leeds cold the two arrows were 10.6 of the 32.7 MB the first tagFindings allocated (helper 12bm).
function endsWith(tokens: RoleToken[], end: number, sequence: string[]): boolean {
  const first = end - sequence.length + 1;
  if (first < 0) return false;
  for (let j = 0; j < sequence.length; j++) if (tokens[first + j]!.stem !== sequence[j]) return false;
  return true;
}
function endsWithForms(tokens: RoleToken[], end: number, forms: string[]): boolean {
  const first = end - forms.length + 1;
  if (first < 0) return false;
  for (let j = 0; j < forms.length; j++) if (tokens[first + j]!.word !== forms[j]) return false;
  return true;
}
function startsWith(tokens: RoleToken[], start: number, sequence: string[]): boolean {
  if (start + sequence.length > tokens.length) return false;
  for (let j = 0; j < sequence.length; j++) if (tokens[start + j]!.stem !== sequence[j]) return false;
  return true;
}
function startsWithForms(tokens: RoleToken[], start: number, forms: string[]): boolean {
  if (start + forms.length > tokens.length) return false;
  for (let j = 0; j < forms.length; j++) if (tokens[start + j]!.word !== forms[j]) return false;
  return true;
}

/** The start of a gapped cue ends at most CUE_GAP words before `end` (at `end` itself when there is no gap). */
function farEnd(tokens: RoleToken[], end: number, far: string[], farForms: string[] | null): boolean {
  if (far.length === 0) return true;
  for (let at = end; at >= Math.max(0, end - CUE_GAP); at--) if (endsWith(tokens, at, far) && (!farForms || endsWithForms(tokens, at, farForms))) return true;
  return false;
}

/** How many words before a cue's phrase or governing word an only-near or not-near word may stand ("a [missed] opportunity", "[no] real opportunity"). */
const ONLY_NEAR_REACH = 3;

/** Does the cue's stem set `words` have a word in the clause up to ONLY_NEAR_REACH words before token `from`, or from it to before token `to`? */
function wordNear(clause: Clause, cue: CompiledCue, words: Set<string>, from: number, to: number): boolean {
  const key = (at: number) => (cue.exactForms ? clause.tokens[at]!.word : clause.tokens[at]!.stem);
  for (let at = from - 1; at >= Math.max(0, from - ONLY_NEAR_REACH) && !clause.breakBefore(at + 1); at--) if (words.has(key(at))) return true;
  for (let at = from + 1; at < to; at++) if (words.has(key(at))) return true;
  return false;
}

/** Word classes of a preposition: what the governing word governs ends at one ("receive referrals [for] help from"). */
const PREPOSITION_CLASS = /^(IN|TO)$/;
/** How far before its governing word a not-object word followed by a relative word (RELATIVES) may stand: past that clause's subject ("the reports [that] social workers receive from"). */
const RELATIVE_REACH = 6;

/** Nouns whose "of" phrase is what they stand for, as a quantity's is (QUANTITIES): "a [copy] of the assessment". */
const PART_NOUNS = new Set(['copy', 'copies', 'summary', 'summaries', 'part', 'parts']);

/**
 * Does token `at` open a preposition that ends what a governing word governs: not "of" after a quantity or a part
 * ("receive a copy of the assessment from": the assessment is received)?
 */
function endsObject(clause: Clause, at: number): boolean {
  const tokens = clause.tokens;
  // "that" is a preposition's class in the lexicon, and opens a clause ("parents say that [help] received from")
  if (tokens[at]!.word === 'that' || !PREPOSITION_CLASS.test(wordClassOf(tokens[at]!.word))) return false;
  return !(tokens[at]!.word === 'of' && at > 0 && (QUANTITIES.has(tokens[at - 1]!.word) || PART_NOUNS.has(tokens[at - 1]!.word)));
}

/** Does the governing word at token `head` follow the word at token `at` with nothing but adverbs between ("reports [recently] received")? */
function participleAfter(clause: Clause, at: number, head: number): boolean {
  for (let i = at + 1; i < head; i++) if (!/^RB/.test(wordClassOf(clause.tokens[i]!.word))) return false;
  return true;
}

/** Is the word at token `at` the complement of a preposition, after its modifiers ("requests [for] early help")? */
function afterPreposition(clause: Clause, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && !clause.breakBefore(before + 1) && BEFORE_HEAD.test(wordClassOf(clause.tokens[before]!.word))) before--;
  return before >= 0 && !clause.breakBefore(before + 1) && endsObject(clause, before);
}

/**
 * Is a not-object word what the governing word at token `head` governs: between it and its preposition at token `to`
 * ("receive [a prompt assessment] from"), or, when the preposition follows it at once, up to ONLY_NEAR_REACH words before
 * it in the clause ("the [help] they receive from", "[reports] received from"), or further when a relative word follows it
 * ("the [help] that the family receives from")? Not before a head with an object of its own, nor a word that another
 * noun's preposition governs, between ("receive referrals for [help] from": the referrals) or before ("referrals for an
 * [assessment] received from"): the agency is then the source of the other noun (reviewer rv30).
 */
function objectWordAt(clause: Clause, cue: CompiledCue, head: number, to: number): boolean {
  if (cue.notObject.size === 0) return false;
  const tokens = clause.tokens;
  if (to > head + 1) {
    for (let at = head + 1; at < to && !endsObject(clause, at); at++) if (cue.notObject.has(tokens[at]!.stem)) return true;
    return false;
  }
  for (let at = head - 1; at >= Math.max(0, head - RELATIVE_REACH) && !clause.breakBefore(at + 1); at--) {
    if (!cue.notObject.has(tokens[at]!.stem)) continue;
    // A participle just after the word (adverbs aside) may govern another noun before it ("referrals for an [assessment]
    // received from"); a clause with its own subject governs the noun it follows, wherever that stands ("spoke highly of
    // the [help] that they receive from").
    if (participleAfter(clause, at, head) && afterPreposition(clause, at)) continue;
    if (head - at <= ONLY_NEAR_REACH || RELATIVES.has(tokens[at + 1]!.word)) return true;
  }
  return false;
}

/** Do the cue's only-near and not-near words let its phrase or governing word at token `from` (its preposition at `to`) hold? */
function nearWordAt(clause: Clause, cue: CompiledCue, from: number, to: number): boolean {
  if (cue.notNear.size > 0 && wordNear(clause, cue, cue.notNear, from, to)) return false;
  return cue.onlyNear.size === 0 || wordNear(clause, cue, cue.onlyNear, from, to);
}

/** Nouns of quantity, whose "of" phrase holds the head: "a [number] of boards", "a [range] of panels". */
const QUANTITIES = new Set(['number', 'numbers', 'range', 'ranges', 'variety', 'varieties', 'series', 'host', 'hosts', 'couple', 'lot', 'lots', 'majority', 'minority', 'handful', 'handfuls', 'mix', 'selection']);
/** Words that stand for a part of the phrase after their "of": "[all] of the children", "[each] of the boys". */
const PARTITIVES = new Set(['all', 'each', 'some', 'most', 'many', 'few', 'both', 'several', 'none', 'one', 'any', 'half', 'either', 'neither']);
/** Word classes that stand inside a noun phrase before its head ("the [local] [safeguarding] children board", "the [two] panels"). */
const BEFORE_HEAD = /^(JJ[RS]?|VBG|CD|DT|PRP\$)$/;
/** Word classes of a noun, the phrase's head when no noun follows it in the phrase (natural's lexicon; a word it does not hold is a noun). */
const NOUN_CLASS = /^(NNS?|NNPS?|NN\+VB)$/;

/** Nouns of time: a preposition's phrase that ends in one says when, not what kind ("the boy at [lunch times]", "in [school holidays]"). */
const TIME_NOUNS = new Set(['time', 'times', 'hours', 'breaks', 'holidays', 'periods', 'days', 'weekends', 'evenings', 'nights', 'mornings', 'afternoons', 'terms', 'lunchtimes', 'playtimes']);

/**
 * Does a modifier inside a compound noun open at token `at`, after a noun: a preposition whose one noun another noun
 * follows ("child [in need] cases", "children [in care] reviews"), but not a time ("the boy at lunch times": TIME_NOUNS),
 * or "looked after" before a noun ("children [looked after] cases")? (A second reader's T2, issue 9, helper 9ek; the time,
 * helper 9eo.)
 */
function compoundModifierAt(clause: Clause, at: number): boolean {
  const { tokens } = clause;
  const noun = (k: number) => k < tokens.length && clause.joinedAt(k) && NOUN_CLASS.test(wordClassOf(tokens[k]!.word));
  const { word } = tokens[at]!;
  if (word === 'looked') return clause.joinedAt(at + 1) && tokens[at + 1]?.word === 'after' && noun(at + 2);
  return word !== 'of' && PREPOSITIONS.has(word) && noun(at + 1) && noun(at + 2) && !TIME_NOUNS.has(tokens[at + 2]!.word);
}

/**
 * The head of the noun phrase that opens at token `from`: its last noun before the phrase ends (at a preposition, "of"
 * included, a list word, a comma, a break, or a word no noun phrase holds), or -1. "the MASH [referral] for a week", "the
 * police's strategic [board]", "the [board] of the hospice", "the newly formed [panel] chaired by": a cue that decides a
 * mention's role by what its phrase names reads this word, not any word of the phrase; so does acted-on (actedOnHead):
 * one reading of a phrase's head for both (a code reader's point 3, issue 9, helper 9eo). They differ in two things, both
 * set by `actedOn`:
 * - a compound's modifier after a noun is walked over only for the one acted on ("child [in need] cases", "children
 *   [looked after] cases": cases are supervised); for a seat or a venue the preposition's phrase says what the body is
 *   for, and the head before it stands ("sits on the police's strategic [board] for child exploitation"; a second code
 *   reader's point 3, helper 9et);
 * - for the one an act is done to, a participle after a noun opens a phrase of its own ("staff [supporting] children",
 *   "cases [involving] babies": staff and cases are supervised); a body's name holds one ("the youth [offending]
 *   service's management board", "the Northshire [safeguarding] children partnership"), so an object-heads cue walks on.
 *   Ending there for object-heads too loses those two seats (tests/rules.test.ts, helper 9aj).
 */
function objectHead(clause: Clause, from: number, actedOn = false): number {
  const { tokens } = clause;
  let head = -1;
  for (let at = from; at < tokens.length && at - from < PHRASE_WORDS && (at === from || clause.joinedAt(at)); at++) {
    const { word } = tokens[at]!;
    // A quantity or a part before "of" leaves the head to the phrase after it: "[a number] of boards", "[each] of the
    // panels", "[all] of the children", "[none] of the boys"
    if (word === 'of' && (head < 0 || QUANTITIES.has(tokens[head]!.word) || PARTITIVES.has(tokens[at - 1]!.word))) {
      head = -1;
      continue;
    }
    // a compound's modifier after a noun is no end for the one acted on: "child in need [cases]", "children looked after
    // [cases]"; for an object-heads cue the head before it stands ("sits on the police's strategic [board] for child
    // exploitation", a code reader's point 3 on the shared reader, helper 9et)
    if (actedOn && head >= 0 && compoundModifierAt(clause, at)) {
      at++;
      continue;
    }
    if (LIST_JOINS.has(word) || PHRASE_ENDS.has(word) || word === 'of') break;
    if (clause.possessiveAt(at)) continue;
    const kind = wordClassOf(word);
    if (NOUN_CLASS.test(kind)) head = at;
    // A participle after a noun, where it ends the phrase (actedOn), opens a phrase of its own: "staff [supporting]
    // children" (T2). A participle or an adverb only before the head ("the newly formed panel", "the most vulnerable
    // children"); after it, it opens another phrase ("the panel chaired by").
    else if (actedOn && head >= 0 && kind === 'VBG') break;
    else if (!BEFORE_HEAD.test(kind) && !(head < 0 && /^(VB[ND]|RB[RS]?)$/.test(kind))) break;
  }
  return head;
}

/**
 * A cue that reads its phrase's head names every word of the phrase before that head, further back than its skip words
 * reach: "sits on the newly formed [Northshire safeguarding children partnership]", "sits on the borough's strategic
 * [police] board". The phrase is walked back from the mention over the words a
 * noun phrase holds before its head; the cue must end before one of the places walked, and the head of the phrase that
 * opens there must stand at or after the mention. Its opening, head and cue, or null.
 */
function cueBeforeHeadedPhrase(clause: Clause, cue: CompiledCue, first: number, last: number): { opening: number; head: number; cue: BeforeCue } | null {
  const { tokens } = clause;
  for (let opening = first - 1; opening >= 0 && first - opening <= PHRASE_WORDS && clause.joinedAt(opening + 1); opening--) {
    const { word } = tokens[opening]!;
    // "of" after a quantity leaves the head to the phrase after it, as objectHead reads it: "sits on [a number of] police boards"
    if (word === 'of' && opening > 0 && (QUANTITIES.has(tokens[opening - 1]!.word) || BEFORE_HEAD.test(wordClassOf(tokens[opening - 1]!.word)))) continue;
    const kind = wordClassOf(word);
    if (!clause.possessiveAt(opening) && !NOUN_CLASS.test(kind) && !BEFORE_HEAD.test(kind) && !/^(VB[ND]|RB)$/.test(kind)) return null;
    if (PHRASE_ENDS.has(word) || LIST_JOINS.has(word) || word === 'of') return null;
    const found = cueEndingBefore(clause, cue, opening);
    const head = found ? objectHead(clause, opening) : -1;
    if (found && head >= last) return { opening, head, cue: found };
  }
  return null;
}

/**
 * Is the head of the noun phrase that opens at token `from` one of the cue's object-heads words, if it has any? An
 * "and" straight after a head that is no body goes on with a name when the words after it, with no article of their
 * own, end in one: "sits on the [police and crime panel]", "the [health and wellbeing board]" (no seat on the police).
 */
function objectHeadFits(clause: Clause, cue: CompiledCue, from: number): boolean {
  if (cue.objectHeads.size === 0) return true;
  const head = objectHead(clause, from);
  if (head < 0) return false;
  if (cue.objectHeads.has(clause.tokens[head]!.stem)) return true;
  const name = head + 2;
  if (!clause.joinedAt(head + 1) || clause.tokens[head + 1]!.word !== 'and' || !clause.joinedAt(name) || DETERMINERS.has(clause.tokens[name]!.word)) return false;
  const nameHead = objectHead(clause, name);
  return nameHead >= 0 && cue.objectHeads.has(clause.tokens[nameHead]!.stem);
}

/**
 * After a cue that reads its object's head ("sits on the MACE panel"), does a word at token `from` (past adverbs),
 * after "and", that may be a noun or a verb ("and [then] share intelligence") open a verb? It does when the phrase it
 * would open is no body the cue names (its object-heads) and no verb follows that phrase as its subject's ("and
 * support needs are met"): "sits on the panel and support groups" lists another body.
 */
function verbAfterObject(clause: Clause, cue: CompiledCue, from: number): boolean {
  let at = from;
  while (clause.joinedAt(at) && wordClassOf(clause.tokens[at]!.word) === 'RB') at++;
  if (cue.objectHeads.size === 0 || !clause.joinedAt(at) || !verbForm(clause.tokens[at]!.word) || objectHeadFits(clause, cue, at)) return false;
  const head = objectHead(clause, at);
  const after = head >= 0 && clause.joinedAt(head + 1) ? clause.tokens[head + 1]!.word : null;
  return after === null || !(AUXILIARIES.has(after) || verbForm(after));
}

/** The words of one text with what the role layer needs of them: where clauses and lists break. */
export class Clause {
  /** breakBefore of each token, found when first asked (0 not yet, 1 no, 2 yes): every cue of every mention asks. */
  private breaks: Uint8Array | null = null;

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
    if (this.bracketedAt(i)) return false;
    if (/^\s*\)\s*$/.test(gap) && this.bracketedAt(i - 1)) return false;
    return /[.;:!?()]/.test(gap);
  }

  /** The text between token i-1 and token i (to the end of the text after the last token). */
  private gap(i: number): string {
    if (i <= 0) return '';
    return this.text.slice(this.tokens[i - 1]!.end, i < this.tokens.length ? this.tokens[i]!.start : this.text.length);
  }

  /** Is token i one word in brackets, an acronym defined in passing for the words before it ("public protection (MAPPA)")? */
  bracketedAt(i: number): boolean {
    return i > 0 && /^\s*\(\s*$/.test(this.gap(i)) && /^\s*\)/.test(this.gap(i + 1));
  }

  /** Does a bracket open just before token i? */
  opensBracket(i: number): boolean {
    return i > 0 && i < this.tokens.length && /\(\s*$/.test(this.gap(i));
  }

  /** Does a bracket close just after token i? */
  closesBracket(i: number): boolean {
    return i >= 0 && i < this.tokens.length && /^\s*\)/.test(this.gap(i + 1));
  }

  /** Is token i the "s" of a possessive ("the board's")? */
  possessiveAt(i: number): boolean {
    return i > 0 && i < this.tokens.length && this.tokens[i]!.word === 's' && /^['’]$/.test(this.gap(i));
  }

  /** Does token i own the word after it: "the board['s] policy", "parents['] groups"? */
  ownsNext(i: number): boolean {
    return this.possessiveAt(i + 1) || (i >= 0 && i + 1 < this.tokens.length && /s$/.test(this.tokens[i]!.word) && /^['’]\s+$/.test(this.gap(i + 1)));
  }

  /** commaBefore of each token, found when first asked (0 not yet, 1 no, 2 yes), as breaks. */
  private commas: Uint8Array | null = null;

  commaBefore(i: number): boolean {
    if (i <= 0 || i >= this.tokens.length) return false;
    this.commas ??= new Uint8Array(this.tokens.length);
    if (this.commas[i] === 0) this.commas[i] = this.text.slice(this.tokens[i - 1]!.end, this.tokens[i]!.start).includes(',') ? 2 : 1;
    return this.commas[i] === 2;
  }

  /** Does token i go on the clause of token i-1: no break and no comma between them (false for the first token, and past the last)? */
  joinedAt(i: number): boolean {
    return !this.breakBefore(i) && !this.commaBefore(i);
  }

  /** Does the comma before token i open examples of what stands before it ("key sources, for example hospitals")? */
  opensExamples(i: number): boolean {
    const word = this.tokens[i]?.word ?? '';
    return EXAMPLE_WORDS.has(word) || (word === 'for' && EXAMPLE_OPENERS.has(this.tokens[i + 1]?.word ?? ''));
  }

  /**
   * Is token i the "under", "over" or "than" of a quantity that opens a noun phrase: "in [just under half of the area's]
   * schools", "cover [more than half of the] schools"? The phrase's head is the quantity, but the preposition before it
   * governs what is counted, as "in half of the area's schools" (issue 9, sixty-eighth step, helper 9gm: r29-63, r31-51,
   * r37-54, where such a quantity hid the venue "work in ... schools").
   */
  quantityAt(i: number): boolean {
    const { word } = this.tokens[i]!;
    if (word !== 'under' && word !== 'over' && word !== 'than') return false;
    if (word === 'than' && !QUANTITY_COMPARATIVES.has(this.tokens[i - 1]?.word ?? '')) return false;
    const next = this.tokens[i + 1]?.word === 'a' ? i + 2 : i + 1;
    return next < this.tokens.length && this.joinedAt(next) && (QUANTITY_WORDS.has(this.tokens[next]!.word) || /^\d+$/.test(this.tokens[next]!.word)) && this.tokens.slice(next + 1, next + 3).some((t) => t.word === 'of');
  }

  /** Can token i stand inside the noun phrase that holds a mention? */
  inPhrase(i: number, cue: CompiledCue): boolean {
    const token = this.tokens[i]!;
    if (token.word === 'for' && EXAMPLE_OPENERS.has(this.tokens[i + 1]?.word ?? '')) return true;
    if (this.quantityAt(i)) return true;
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
 * head words ("IDVA roles are embedded in", "the YOS, which is managed within": role and service acronyms are listed too)?
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
    while (start > 0 && end - start < PHRASE_WORDS && !clause.breakBefore(start) && !clause.commaBefore(start) && !CLAUSE_ENDS.has(tokens[start - 1]!.word) && !RELATIVES.has(tokens[start - 1]!.word)) start--;
    const preposition = tokens.slice(start + 1, end + 1).findIndex((token) => MODIFIER_OPENERS.has(token.word));
    head = tokens[preposition < 0 ? end : start + preposition]!;
  }
  return cue.subjects.has(head.stem);
}

/** The preposition that opens a mention's noun phrase ("to [the local authority and police]"), or -1. */
function prepositionBefore(clause: Clause, cue: CompiledCue, first: number): number {
  const { tokens } = clause;
  let at = first - 1;
  let walked = 0;
  // Back over the mention's noun phrase to its preposition; a list it ends is walked by listStart,
  // and a comma is crossed only before examples ("from key sources, for example hospitals").
  while (at >= 0 && walked < PHRASE_WORDS && crossesBefore(clause, at + 1) && !LIST_JOINS.has(tokens[at]!.word) && clause.inPhrase(at, cue)) {
    at--;
    walked++;
  }
  // A preposition before a comma may share the object after it with a conjunct before it ("take account of
  // information from, and liaise with, the police").
  return at < 0 || (!crossesBefore(clause, at + 1) && !sharesObjectOverComma(clause, at)) || !cue.prepositions.has(tokens[at]!.stem) ? -1 : at;
}

/**
 * Can the walk back over a noun phrase cross from token i to the one before it: no break, and no comma but
 * one before examples. The walks' helpers here are functions of the module, not closures made at each call:
 * V8 holds a closure's optimised code only while the closure lives, so a batch's threads, which collect in
 * full several times a letter, compiled them again and again.
 */
const crossesBefore = (clause: Clause, i: number) => !clause.breakBefore(i) && (!clause.commaBefore(i) || clause.opensExamples(i));

/** The preposition that opens a mention's noun phrase, unless it is an infinitive's "to" (then -1). */
function openingPreposition(clause: Clause, cue: CompiledCue, first: number): number {
  const at = prepositionBefore(clause, cue, first);
  return at >= 0 && infinitiveAt(clause, at, first) ? -1 : at;
}

/** Why no clause cue governs a mention whose phrase follows an infinitive's "to", for explain; null when none does. */
function infinitiveNote(cues: CompiledCue[], clause: Clause, first: number): string | null {
  for (const cue of cues) {
    if (cue.heads.size === 0) continue;
    const at = prepositionBefore(clause, cue, first);
    if (at >= 0 && infinitiveAt(clause, at, first)) return `"to ${clause.tokens[at + 1]!.word}" read as an infinitive (a base verb after "to"), so no recipient's preposition`;
  }
  return null;
}

/**
 * Words that open a noun phrase: after a word that may be a noun or a verb ("support"), they make it
 * the verb; before a body's word ("the board"), they say it is not named (match.ts).
 */
export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'all', 'each', 'every', 'some', 'any', 'other']);

/**
 * Is the "to" at token `at` the sign of an infinitive, not a preposition: "action has been taken to
 * strengthen the local authority's approach" names no recipient. The word after it is a verb by
 * natural's lexicon, or a noun that is also a verb ("support", "share") with a determiner after it.
 */
function infinitiveAt(clause: Clause, at: number, first: number): boolean {
  const { tokens } = clause;
  if (tokens[at]!.word !== 'to' || at + 1 >= first) return false;
  const kind = wordClassOf(tokens[at + 1]!.word);
  // Only a base verb: a participle or an -ing form after "to" is an adjective of the recipient ("referred to targeted services").
  return /^VBP?$/.test(kind) || (kind === 'NN+VB' && DETERMINERS.has(tokens[at + 2]?.word ?? ''));
}

/**
 * The governing word of a mention's phrase ("refer ... to [the police]"), with its preposition, and
 * whether the word before it undoes it (a not-after word, or the head opening its sentence); or null.
 */
function governingHead(clause: Clause, cue: CompiledCue, first: number): { head: number; preposition: number; undone: boolean } | null {
  if (cue.prepositions.size === 0 || cue.heads.size === 0) return null;
  const { tokens } = clause;
  const preposition = openingPreposition(clause, cue, first);
  if (preposition < 0) return null;
  // Then back to the word that governs it, within the clause. ", and" with a subject and an auxiliary of its own after
  // it opens another clause: "referred to the hub, and delays are due to the police" (issue 9, helper 9bd).
  let auxiliary = false;
  for (let i = preposition - 1; i >= Math.max(0, preposition - cue.within); i--) {
    if (clause.breakBefore(i + 1) || CLAUSE_ENDS.has(tokens[i]!.word)) return null;
    if (auxiliary && tokens[i]!.word === 'and' && clause.commaBefore(i) && !AUXILIARIES.has(tokens[i + 1]!.word)) return null;
    auxiliary ||= AUXILIARIES.has(tokens[i]!.word);
    // A head that opens its sentence (after its noun modifiers) is the judged subject, as one after an
    // evaluative word: "Support from schools was strong", "Health data from schools is incomplete".
    if (cue.heads.has(tokens[i]!.stem)) return !nearWordAt(clause, cue, i, preposition) || objectWordAt(clause, cue, i, preposition) || (cue.outsideSubject && !outsideSubject(clause, i)) ? null : { head: i, preposition, undone: cue.notAfter.size > 0 && (opensSentence(clause, i) || cue.notAfter.has(tokens[i - 1]!.stem)) };
  }
  return null;
}

/** The most noun modifiers before a head that opens its sentence: "[health] data from schools". */
const MODIFIER_WORDS = 2;

/** Does the noun phrase whose head is token `head` open its sentence: only nouns or adjectives before it (not a verb that may be one, "share")? */
function opensSentence(clause: Clause, head: number): boolean {
  let at = head;
  while (head - at < MODIFIER_WORDS && !clause.breakBefore(at) && !clause.commaBefore(at) && /^(NNS?|NNPS?|JJ)$/.test(wordClassOf(clause.tokens[at - 1]!.word))) at--;
  return clause.breakBefore(at) || afterOpeningPhrase(clause, at);
}

/** The most words of a sentence's opening phrase before its comma ("However,", "In most cases,", "Since the last inspection,"). */
const OPENING_PHRASE_WORDS = 4;

/**
 * Does a comma just before token `at` close a sentence's opening phrase without a verb, so that what follows opens the
 * sentence: "Overall, attendance from health at conferences is good", "In most cases, engagement from schools is strong"
 * (reviewer rv30); not a clause of its own ("Children are seen, and attendance from ...").
 */
function afterOpeningPhrase(clause: Clause, at: number): boolean {
  if (!clause.commaBefore(at)) return false;
  for (let i = at - 1; i >= Math.max(0, at - OPENING_PHRASE_WORDS); i--) {
    if (/^(VB|MD)/.test(wordClassOf(clause.tokens[i]!.word))) return false;
    if (clause.breakBefore(i)) return true;
  }
  return false;
}

/** The governing word of a mention's phrase, as the explanation quotes it: "refer ... to". */
function governed(clause: Clause, cue: CompiledCue, first: number): string | null {
  const found = governingHead(clause, cue, first);
  return found && !found.undone ? `"${clause.tokens[found.head]!.word} ... ${clause.tokens[found.preposition]!.word}"` : null;
}

/** Why a governing word does not make a mention passing, for explain: the word before it judges what it governs. */
function undoneHeadNote(cues: CompiledCue[], clause: Clause, first: number): string | null {
  for (const cue of cues) {
    const found = governingHead(clause, cue, first);
    if (!found?.undone) continue;
    const { tokens } = clause;
    const head = `"${tokens[found.head]!.word} ... ${tokens[found.preposition]!.word}"`;
    return opensSentence(clause, found.head) ? `${head} opens its sentence, so it is the judged subject, no ${cue.role}` : `"${tokens[found.head - 1]!.word}" before ${head} judges what it governs, so no ${cue.role}`;
  }
  return null;
}

/** Auxiliaries of a passive: "information from schools [is] gathered". */
const PASSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'been', 'being']);

/**
 * The governing word of a passive whose subject holds the mention's phrase: "information from hospitals
 * and schools is gathered by MASH staff" (as "gathered from hospitals" before it). The phrase and the
 * list it stands in end the subject; then a verb group with a passive auxiliary, then the head.
 */
function governedAfter(clause: Clause, cue: CompiledCue, listFirst: number, last: number, mentions: Mentions): string | null {
  if (cue.prepositions.size === 0 || cue.heads.size === 0) return null;
  const preposition = openingPreposition(clause, cue, listFirst);
  if (preposition < 0) return null;
  // A not-near word just before the preposition undoes it here too, as before a head: "[notifications] from the police
  // are received" is the police's work (issue 9, helper 9az).
  if (cue.notNear.size > 0 && wordNear(clause, cue, cue.notNear, preposition, preposition)) return null;
  const { tokens } = clause;
  let at = listEnd(clause, mentions, last, cue.skip) + 1;
  let passive = false;
  // Over any adverb too: "referrals from schools are [quickly] screened", "were not [always] screened" (issue 9, sixty-second
  // step, helper 9ep: a second reader's A6).
  for (; at < tokens.length && !clause.breakBefore(at) && !clause.commaBefore(at) && (VERB_GROUP.has(tokens[at]!.word) || wordClassOf(tokens[at]!.word) === 'RB'); at++) passive ||= PASSIVE_AUXILIARIES.has(tokens[at]!.word);
  if (!passive || at >= tokens.length || clause.breakBefore(at) || !cue.heads.has(tokens[at]!.stem)) return null;
  // "screened out", "picked out": the head with "out" rejects what was sent, judging its sender (issue 9, sixty-second step,
  // helper 9ep: a second reader's A5, "referrals from GPs are screened out because they lack detail").
  if (clause.joinedAt(at + 1) && tokens[at + 1]?.word === 'out') return null;
  return `"${tokens[preposition]!.word} ... ${tokens[at]!.word}", a passive`;
}

/** The token after a predicate that starts at token `at` (over its gap, "not ... invited"), or -1 when none starts there. */
function predicateEnd(clause: Clause, p: CompiledCue['predicates'][number], at: number): number {
  const { tokens } = clause;
  if (!startsWithForms(tokens, at, p.firstForms)) return -1;
  const next = at + p.firstForms.length;
  if (p.thenForms.length === 0) return next;
  for (let k = next; k <= next + CUE_GAP && k < tokens.length && !clause.breakBefore(k); k++) if (startsWithForms(tokens, k, p.thenForms)) return k + p.thenForms.length;
  return -1;
}

/** Does a not-before word stand just after a predicate that ends before token `end`, over the skip words ("said that [they]")? */
function undoneAfter(clause: Clause, cue: CompiledCue, end: number): boolean {
  if (cue.notBefore.size === 0) return false;
  let at = end;
  while (at < clause.tokens.length && !clause.breakBefore(at) && cue.skip.has(clause.tokens[at]!.stem)) at++;
  return at < clause.tokens.length && !clause.breakBefore(at) && cue.notBefore.has(clause.tokens[at]!.stem);
}

/**
 * A predicate after the mention's phrase: "[education providers] are not currently represented".
 * The list the mention stands in is walked by listEnd (the one list walk, as listStart walks back),
 * then the rest of its last item's noun phrase ("health [providers]"), never across a list word or a comma.
 */
function predicate(clause: Clause, cue: CompiledCue, last: number, mentions?: Mentions): { text: string; end: number; pastRelative?: Aside } | null {
  if (cue.predicates.length === 0) return null;
  const { tokens } = clause;
  let at = (mentions ? listEnd(clause, mentions, last, cue.skip) : last) + 1;
  // A predicate straight after the mention's phrase ("health visitors [told] inspectors"), before the
  // walk over the rest of its noun phrase would take a verb for a noun.
  // An aside set apart by commas stands between the subject and its predicate ("adult health practitioners, for
  // example, often hold information"): the predicate follows the aside.
  // So does a relative clause set apart by commas ("health professionals and schools, who frequently hold important
  // information, are not routinely invited"): what follows its closing comma is said of the subject (issue 9, sixty-seventh
  // step, helper 9ge).
  // The relative clause then describes the subject the predicate is said of: a verb of description in it ("who know children
  // well", "which hold key information") does not make it act, but one that judges its work does ("who rarely share
  // information", "which work closely with schools"): asideVerb in passingRole (issue 9, sixty-seventh step, helper 9gl).
  const aside = pastAside(clause, at);
  const past = aside > at ? aside : pastRelativeAside(clause, at);
  const straight = past > at ? predicateAt(clause, cue, past) : clause.commaBefore(at) ? null : predicateAt(clause, cue, at);
  if (straight) return past > aside ? { ...straight, pastRelative: { from: at, to: past } } : straight;
  let walked = 0;
  while (at < tokens.length && walked < PHRASE_WORDS && inListItem(clause, cue, at)) {
    at++;
    walked++;
    // The predicate may open straight after the phrase's head, with a verb the walk would take for a noun: "youth
    // offending workers [sit on] the panel", "youth offending staff [told inspectors]".
    const afterHead = at < tokens.length && clause.joinedAt(at) ? predicateAt(clause, cue, at) : null;
    if (afterHead) return afterHead;
  }
  // The phrase's head may be a word past the mention ("nursery [staff], who often see the child, are seldom invited").
  const pastClause = pastRelativeAside(clause, at);
  const beyond = pastClause > at ? predicateAt(clause, cue, pastClause) : null;
  if (beyond) return { ...beyond, pastRelative: { from: at, to: pastClause } };
  const found = predicateAt(clause, cue, at);
  if (found || at >= tokens.length || !clause.joinedAt(at) || !OWNER_OF_HEAD.has(tokens[at]!.word)) return found;
  // The head's phrase (OWNER_OF_HEAD: "for", "of", "about", or a place it is "in", "at" or "from") stands between it and its predicate: "the lead member for children's
  // services sits as an observer" says it of the lead member. The predicate may open after any of the phrase's words
  // while they stand in a noun phrase (inListItem): a clause inside an "about" phrase ends the search at its pronoun or
  // auxiliary ("about how they ...").
  for (let k = at + 1, words = 0; k < tokens.length && words < PHRASE_WORDS && inListItem(clause, cue, k); k++, words++) {
    // An aside set apart by commas may follow the phrase, as it may follow the subject: "schools in the area, however, are
    // not told" (issue 9, sixty-fifth step, helper 9fr, a second reader's A3).
    const past = pastAside(clause, k + 1);
    const after = predicateAt(clause, cue, past);
    if (after) return after;
  }
  return null;
}

/**
 * Prepositions of a phrase that belongs to the noun before it ("the lead member [for children's services]"); "about" too, what
 * an agency's information is about: "information from the police [about new relationships] is not always acted upon" says it
 * of the information (issue 9, fifty-ninth step, helper 9ds: r27-26, agencies-r16-roles #9). And a place or body the subject
 * is in, at or from: "health visitors and schools [in the new area] were not always told that", "designated safeguarding leads [in
 * schools] value this highly", "the designated safeguarding lead [at their school] is told" say it of the subject (issue 9,
 * sixty-fifth step, helper 9fm: r34-62, where found; r19-33 left out, its extra gone; "at" read off r33-15, in-sample; no right
 * tag lost over every dev unit). "across" and "within" came in with "in" and "from" (e8ee159e), whose figures are for the
 * four together: no set was named for those two alone.
 */
const OWNER_OF_HEAD = new Set(['for', 'of', 'about', 'in', 'across', 'within', 'from', 'at']);

/** Asides that may stand between commas inside a clause without changing what is said of its subject. */
const ASIDES = [['for', 'example'], ['for', 'instance'], ['however'], ['in', 'particular']];

/** The token after an aside set apart by commas that opens at token `at` (", for example,"), or `at` when there is none. */
function pastAside(clause: Clause, at: number): number {
  const { tokens } = clause;
  if (at >= tokens.length || clause.breakBefore(at) || !clause.commaBefore(at)) return at;
  for (const aside of ASIDES) {
    const after = at + aside.length;
    if (after < tokens.length && !clause.breakBefore(after) && clause.commaBefore(after) && aside.every((word, i) => tokens[at + i]!.word === word && (i === 0 || clause.joinedAt(at + i)))) return after;
  }
  return at;
}

/** The most words of a relative clause set apart by commas that pastRelativeAside reads over. */
const RELATIVE_ASIDE_WORDS = 16;

/**
 * The token after a relative clause set apart by commas that opens at token `at` (", who often see the child every day,"),
 * or `at` when there is none: "who" or "which" after the comma, the closing comma within RELATIVE_ASIDE_WORDS words, no
 * break or list word ("and", "or") before that comma, and no verb group just after it that opens a clause of its own.
 */
function pastRelativeAside(clause: Clause, at: number): number {
  const { tokens } = clause;
  if (at >= tokens.length || clause.breakBefore(at) || !clause.commaBefore(at) || !RELATIVE_ASIDE_OPENERS.has(tokens[at]!.word)) return at;
  for (let k = at + 2; k < tokens.length && k - at <= RELATIVE_ASIDE_WORDS; k++) {
    if (clause.breakBefore(k)) return at;
    if (clause.commaBefore(k)) return LIST_JOINS.has(tokens[k]!.word) ? at : k;
  }
  return at;
}
const RELATIVE_ASIDE_OPENERS = new Set(['who', 'which']);

/** Can token i stand in the list item a mention's phrase goes on with (crossing no break, comma, "and" or skip word)? */
const inListItem = (clause: Clause, cue: CompiledCue, i: number) =>
  clause.joinedAt(i) && !LIST_JOINS.has(clause.tokens[i]!.word) && !cue.skip.has(clause.tokens[i]!.stem) && clause.inPhrase(i, cue);

/**
 * The cue's predicate that starts at `from`, past skip words. A function of the module, not a
 * closure of predicate's: a closure's optimised code goes at the next full collection.
 */
function predicateAt(clause: Clause, cue: CompiledCue, from: number): { text: string; end: number } | null {
  const { tokens } = clause;
  let at = from;
  while (at < tokens.length && !clause.breakBefore(at) && cue.skip.has(tokens[at]!.stem)) at++;
  if (at >= tokens.length || clause.breakBefore(at)) return null;
  for (const p of cue.predicates) {
    const end = predicateEnd(clause, p, at);
    if (end >= 0 && !undoneAfter(clause, cue, end) && objectHeadFits(clause, cue, end)) return { text: `"${p.text}"`, end };
  }
  return null;
}

/** Does the mention's phrase open with one of the cue's opened-by words ("that [a] probation officer"), if it has any? */
function openedBy(clause: Clause, cue: CompiledCue, first: number): boolean {
  if (cue.openedBy.size === 0) return true;
  let at = first - 1;
  while (at >= 0 && !clause.breakBefore(at + 1) && ARTICLES.has(clause.tokens[at]!.word)) at--;
  // and over a few words that modify the mention ("while they wait, [newly qualified] social workers"), unless one is the
  // opened-by word itself (issue 9, helper 9ew: 9ep's A4 leftover)
  for (let words = 0; words < OPENING_MODIFIERS && at >= 0 && clause.joinedAt(at + 1) && !cue.openedBy.has(clause.tokens[at]!.stem) && MODIFIER_CLASS.test(wordClassOf(clause.tokens[at]!.word)); words++) at--;
  if (at < 0 || clause.breakBefore(at + 1)) return false;
  if (cue.openedBy.has(clause.tokens[at]!.stem)) return true;
  // Or a clause fronted before it, opened by "while", "until" and the like, that holds one of the words: "While children wait
  // for an assessment, teachers are left to ..." as "While they wait, teachers ..." (issue 9, sixty-second step, helper 9ep:
  // a second reader's A4, where only the word before the comma was read).
  if (!clause.commaBefore(at + 1)) return false;
  let open = at;
  while (open > 0 && at - open < FRONTED_CLAUSE_WORDS && clause.joinedAt(open)) open--;
  if (!(open === 0 || !clause.joinedAt(open)) || clause.commaBefore(open) || !SUBORDINATORS.has(clause.tokens[open]!.word)) return false;
  // A connective ("so", "thus", "hence") links the main clause only where it stands before the phrase: "because the hub is so
  // busy, officers ..." is read no further.
  for (let k = open + 1; k <= at; k++) {
    const { word, stem } = clause.tokens[k]!;
    if (cue.openedBy.has(stem) && !CLAUSE_JOINS.has(word) && wordClassOf(word) !== 'RB') return true;
  }
  return false;
}

/** The most words modifying a mention that openedBy reads back over, and their word classes (adjectives, adverbs, participles). */
const OPENING_MODIFIERS = 3;
const MODIFIER_CLASS = /^(?:JJ[RS]?|RB|VBN)$/;

/** The most words of a fronted clause that an opened-by word is read in. */
const FRONTED_CLAUSE_WORDS = 12;

const ARTICLES = new Set(['a', 'an', 'the']);

/** Prepositions that may follow a noun phrase: after the last item of a list, they end it. */
const PREPOSITIONS = new Set(['to', 'into', 'at', 'on', 'with', 'from', 'by', 'for', 'in', 'about', 'within', 'through', 'across', 'between', 'without', 'under', 'over', 'after', 'before', 'during', 'than', 'of', 'as', 'including']);
/**
 * Heads that end an agency's phrase after its name: collective nouns that close a list of agencies as its shared head
 * ("police and health [staff]"), and a single role's, which heads an agency's phrase as the plural does ("the duty police
 * [sergeant], who always convenes": the sergeant acts in the relative clause; issue 9, 60th step, helper 9ea: a second
 * reader's R12). Each singular moves where a mention's phrase ends, so each was added with its own measure: worker, officer,
 * manager and sergeant by 9ea; leader, practitioner, professional, representative and colleague by 9eg, each alone over every
 * dev unit (3,215: the challenge and sealed sets and the 13 letters) moving no decision.
 */
const PHRASE_HEADS = new Set(['staff', 'service', 'team', 'agency', 'unit', 'partner', 'partners', 'colleagues', 'professionals', 'practitioners', 'representatives', 'services', 'agencies', 'teams', 'workers', 'officers', 'leaders', 'managers', 'worker', 'officer', 'manager', 'sergeant', 'sergeants', 'leader', 'practitioner', 'professional', 'representative', 'colleague']);
/** Words that open a clause before the main one: the comma that closes it ends that clause, not a list. */
const SUBORDINATORS = new Set(['when', 'if', 'although', 'though', 'while', 'whilst', 'where', 'whereas', 'because', 'as', 'once', 'until', 'unless', 'since', 'despite', 'after', 'before']);

/** The first token after a mention's phrase, over a shared head ("police and health [staff]"). */
function phraseEnd(clause: Clause, last: number): number {
  const { tokens } = clause;
  let at = last + 1;
  while (at < tokens.length && !clause.breakBefore(at) && !clause.commaBefore(at) && PHRASE_HEADS.has(tokens[at]!.word)) at++;
  // and over a place's name after "in" before a list word ("health providers [in Derby City] and"), as itemAt reads it back
  if (at < tokens.length && tokens[at]!.word === 'in' && !clause.breakBefore(at) && !clause.commaBefore(at)) {
    let end = at + 1;
    while (end < tokens.length && end - at <= PLACE_WORDS && !clause.breakBefore(end) && !clause.commaBefore(end) && properName(clause, end, end)) end++;
    if (end > at + 1 && end < tokens.length && !clause.breakBefore(end) && LIST_JOINS.has(tokens[end]!.word)) return end;
  }
  return at;
}

/** The most words of a place's name after a mention's "in". */
const PLACE_WORDS = 3;

/**
 * Does the noun phrase end with a mention ending at token `last`: a break, a comma, "and", "or", a
 * preposition or the end of the text after it, not a verb ("the police [respond]") or a relative word?
 */
function endsNounPhrase(clause: Clause, last: number, clauseAfter = false): boolean {
  const at = phraseEnd(clause, last);
  if (at >= clause.tokens.length || clause.breakBefore(at) || clause.commaBefore(at)) return true;
  const { word } = clause.tokens[at]!;
  // For a list walk (listStartOver), a subordinate or relative clause or a degree word after the phrase ends it too: "passed
  // to schools and social workers [so that] support can be arranged", "reach schools and health visitors [too] late", "taken
  // to ... and the three language colleges [that] host" (helper 9ci: r20-03, r20-24, r19-01). Not for a members' cue, whose
  // relative clause makes the members act ("made up of police and health staff who share information").
  return LIST_JOINS.has(word) || PREPOSITIONS.has(word) || (clauseAfter && (SUBORDINATORS.has(word) || RELATIVES.has(word) || word === 'too' || (word === 'so' && clause.tokens[at + 1]?.word === 'that')));
}

/** Auxiliaries: one in a clause before a list says the clause already has its verb. */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must']);

/**
 * Has the sentence a verb of its own before token i (not one of a relative clause, "children who
 * have")? Then a mention after "and" followed by a verb starts a clause of its own ("advocates are
 * embedded in hospitals and the police respond quickly"); without one the list is the subject's
 * ("children on a protection plan or a child in need plan can join").
 */
function finiteVerbBefore(clause: Clause, i: number): boolean {
  // Filled in from the clause's start once, up to the furthest token asked about: walking back from
  // each mention made a sentence of thousands of words and mentions, with no verb, cost their square.
  let known = finiteVerbsBefore.get(clause);
  if (known === undefined) {
    known = { upTo: 0, answers: new Uint8Array(clause.tokens.length + 1) };
    finiteVerbsBefore.set(clause, known);
  }
  const { tokens } = clause;
  for (let j = known.upTo + 1; j <= i; j++) {
    const auxiliary = AUXILIARIES.has(tokens[j - 1]!.word) && !RELATIVES.has(tokens[j - 2]?.word ?? '');
    known.answers[j] = !clause.breakBefore(j) && (auxiliary || known.answers[j - 1] === 1) ? 1 : 0;
  }
  known.upTo = Math.max(known.upTo, i);
  return known.answers[i] === 1;
}

/** finiteVerbBefore's answers for a clause's tokens (1: yes), filled in up to token `upTo`. */
const finiteVerbsBefore = new WeakMap<Clause, { upTo: number; answers: Uint8Array }>();

/**
 * Is the word after the mention's phrase a verb and nothing else (not an auxiliary, which finiteVerbBefore
 * weighs)? Then the mention is the subject of a clause of its own: "schools refer concerns to health services
 * in Northtown and [Northshire Police] respond", where the sentence's own verb ("refer") is no auxiliary.
 */
function verbAfter(clause: Clause, last: number): boolean {
  const at = phraseEnd(clause, last);
  if (at >= clause.tokens.length || clause.breakBefore(at) || clause.commaBefore(at)) return false;
  const { word } = clause.tokens[at]!;
  return !AUXILIARIES.has(word) && /^VB[PZD]?$/.test(wordClassOf(word));
}

/** Pronouns that open a main clause: after an opening clause they stand for what it names ("When social workers visit, they should"). */
const SUBJECT_PRONOUNS = new Set(['they', 'it', 'he', 'she']);

/**
 * The character spans of a text's subordinate clauses set apart by commas: one that opens the text
 * and ends at a comma ("When the police refer a child, partners should:"), or one after a comma that
 * ends at the next comma or break ("The council should, when the police refer a child, make sure
 * that:"). A lead-in's agencies named there are the list's context, not who must act, unless the
 * main clause's subject is a pronoun that stands for them. Not "as", whose ", as well as the police,"
 * goes on with a list.
 */
export function subordinateClauses(clause: Clause): Array<[number, number]> {
  const { tokens } = clause;
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length; i++) {
    const opensText = clause.breakBefore(i);
    if (!SUBORDINATORS.has(tokens[i]!.word) || tokens[i]!.word === 'as' || !(opensText || clause.commaBefore(i))) continue;
    let j = i + 1;
    while (j < tokens.length && !clause.breakBefore(j) && !clause.commaBefore(j)) j++;
    const byComma = j < tokens.length && !clause.breakBefore(j);
    if (opensText && !byComma) continue;
    if (byComma && SUBJECT_PRONOUNS.has(tokens[j]!.word)) continue;
    spans.push([tokens[i]!.start, tokens[j - 1]!.end]);
    i = j - 1;
  }
  return spans;
}

/** Does the comma before token i close a clause that opens its sentence ("When children are referred to X, social workers ...")? */
function closesOpeningClause(clause: Clause, i: number): boolean {
  let j = i - 1;
  while (j > 0 && !clause.breakBefore(j) && !clause.commaBefore(j)) j--;
  return j >= 0 && SUBORDINATORS.has(clause.tokens[j]!.word);
}

/**
 * The first token of the list a mention ends: "child in need or [child protection plans]" walks back
 * over "or" to "child in need", when each earlier item is itself a mention of the same kind, joined
 * by "and", "or" or a comma, articles (the cue's skip words) before each. Only a mention that ends
 * its noun phrase is a list's later item ("the police respond quickly" starts a clause of its own);
 * no comma that closes an opening clause is crossed, and a lone comma or ", and" next to the mention
 * only when the items before it are a comma list themselves ("hospitals, schools, and GPs").
 * -1 when the mention is no later item.
 */
function listStart(clause: Clause, mentions: Mentions, first: number, last: number, cue: CompiledCue): number {
  // A cue whose before: phrases are verbs (its not-after words tell the verb from the noun: "partners
  // challenge the police") is the clause's verb too: "... and the police respond" is a clause of its own.
  const verbs = cue.before.size > 0 && cue.notAfter.size > 0;
  const key = walkKey(clause, first, last);
  // Read once for every cue: with no list word or comma before its item in its clause, the mention is no later item whatever the skip words.
  let follows = mentions.walks.follows.get(key);
  if (follows === undefined) mentions.walks.follows.set(key, (follows = followsListWord(clause, itemOpening(mentions, clause, first, last))));
  if (!follows) return -1;
  // Otherwise the walk depends on the cue's skip words alone.
  const answers = walksBy(verbs ? mentions.walks.verbStarts : mentions.walks.starts, cue.skip);
  let start = answers.get(key);
  if (start === undefined) {
    start = listStartOver(clause, mentions, first, last, cue.skip, verbs);
    answers.set(key, start);
  }
  return start;
}

/** Where the list item of the mention spanning first..last opens: its own item may hold a wider mention ("adult [mental health services]") or words before it. */
function itemOpening(mentions: Mentions, clause: Clause, first: number, last: number): number {
  const own = mentions.first[first]! >= 0 && mentions.first[first]! < first ? mentions.first[first]! : first;
  return Math.min(own, itemAt(clause, mentions, mentions.last[last]! > last ? mentions.last[last]! : last)?.from ?? own);
}

/**
 * Is there a list word ("and", "or") or a comma before token `at` in its clause (no break between)? Without one a list
 * walk back from `at` takes no step over any skip words (listStartOver).
 */
function followsListWord(clause: Clause, at: number): boolean {
  for (let j = at - 1; j >= 0 && !clause.breakBefore(j + 1); j--) if (clause.commaBefore(j + 1) || LIST_JOINS.has(clause.tokens[j]!.word)) return true;
  return false;
}

/** listStart over these skip words; `verbs` when the cue's before: phrases are verbs. */
function listStartOver(clause: Clause, mentions: Mentions, first: number, last: number, skip: Set<string>, verbs: boolean): number {
  const { tokens } = clause;
  if (!endsNounPhrase(clause, last, true) && (verbs || finiteVerbBefore(clause, first) || verbAfter(clause, last))) return -1;
  let start = -1;
  const commas: boolean[] = [];
  // Where the walk reaches from each place it stepped back from (-1: no step from there), for this
  // skip list: every mention of a long list walks the same way back, and walking it again from each
  // made a list of thousands of items cost their square. The first two steps are walked for their commas.
  const reached = walksBy(mentions.walks.reached, skip);
  const steppedFrom: number[] = [];
  for (let at = itemOpening(mentions, clause, first, last); ; ) {
    const known = commas.length >= 2 ? reached.get(at) : undefined;
    if (known !== undefined) {
      if (known >= 0) start = known;
      break;
    }
    reached.set(at, -1);
    let j = at - 1;
    while (j >= 0 && !clause.breakBefore(j + 1) && !clause.commaBefore(j + 1) && skip.has(tokens[j]!.stem)) j--;
    if (j < 0 || clause.breakBefore(j + 1)) break;
    let comma: boolean;
    if (LIST_JOINS.has(tokens[j]!.word)) {
      // "and" before a word that is only a verb opens the subject's next predicate, no later list item: "leaders attend the
      // executive group in person and hold one another to account" (issue 9, fifty-ninth step, helper 9ds: r8-13). Not
      // a mention's first word before its noun: the lexicon gives a word its likeliest class alone, and "lead" ("the police
      // and lead member"), "foster" ("nurses and foster carers") come out as verbs.
      if (tokens[j]!.word === 'and' && ONLY_VERB.test(wordClassOf(tokens[j + 1]!.word)) && !opensNounCompound(mentions, tokens, j + 1)) break;
      comma = clause.commaBefore(j);
      if (comma && opensClause(clause, mentions, j)) break;
      j--;
    } else if (clause.commaBefore(j + 1)) comma = true;
    else break;
    if (j < 0 || clause.breakBefore(j + 1)) break;
    if (comma && closesOpeningClause(clause, j + 1)) break;
    const item = itemAt(clause, mentions, j);
    if (!item) break;
    steppedFrom.push(at);
    commas.push(comma);
    start = item.first;
    at = item.from;
  }
  for (const from of steppedFrom) reached.set(from, start);
  // "A, B": a comma next to the mention joins a list only when the list goes on past either end.
  const next = phraseEnd(clause, last);
  const goesOn = next < tokens.length && !clause.breakBefore(next) && (LIST_JOINS.has(tokens[next]!.word) || listGoesOn(clause, next));
  if (commas[0] && !commas[1] && !goesOn && listEnd(clause, mentions, last, skip) === last) return -1;
  return start < first ? start : -1;
}

/**
 * Does a list go on past a comma before token `at` to a last item after "and" or "or", through items of other words
 * that are no mentions: "brings health visiting, [midwifery clinics,] benefits advice and parenting programmes", "bring
 * midwives, health visitors, youth workers and benefits advice" (issue 9, sixty-eighth step, helper 9gm). Each item
 * short (LIST_ITEM_WORDS) and holding no verb, within the clause.
 */
function listGoesOn(clause: Clause, at: number): boolean {
  const { tokens } = clause;
  if (!clause.commaBefore(at)) return false;
  let words = 0;
  for (let k = at; k < tokens.length && !clause.breakBefore(k); k++) {
    if (clause.commaBefore(k)) words = 0;
    const { word } = tokens[k]!;
    if (LIST_JOINS.has(word)) return words > 0 || k === at;
    if (/^(VB|MD)/.test(wordClassOf(word)) || PHRASE_ENDS.has(word) || ++words > LIST_ITEM_WORDS) return false;
  }
  return false;
}

/** The most words of an item in a list that goes on past a mention (listGoesOn). */
const LIST_ITEM_WORDS = 4;

/**
 * Does the mention that token i opens go on with a noun and hold no determiner ("lead member", "foster carers"), so that i
 * is no verb? A verb's object may hold one: "hold one another to account" ("one" a noun to the lexicon, "another" not).
 */
function opensNounCompound(mentions: Mentions, tokens: RoleToken[], i: number): boolean {
  const last = mentions.last[i]!;
  if (mentions.first[i] !== i || last <= i || !NOUN_CLASS.test(wordClassOf(tokens[i + 1]!.word))) return false;
  for (let k = i + 1; k <= last; k++) if (wordClassOf(tokens[k]!.word) === 'DT') return false;
  return true;
}

/**
 * A base or present-tense verb by the lexicon's likeliest class ("hold", "attends"; not "review", likelier a noun). The
 * past tense is left out, as a participle it may open a list item ("and trained staff").
 */
const ONLY_VERB = /^VB[PZ]?$/;

/** The most words before a list item's mention that the walk passes over ("children's statutory [assessment teams]"), or of an item that is no mention ("youth service"). */
const OTHER_ITEM_WORDS = 3;

/** Can token k stand in a list item that is no mention, or before an item's mention? */
function otherWord(clause: Clause, k: number): boolean {
  const { word } = clause.tokens[k]!;
  return !PHRASE_ENDS.has(word) && !LIST_JOINS.has(word) && !SUBORDINATORS.has(word);
}

/**
 * The list item that ends at token `end`: `first` is where its mention starts, or where a few words
 * that are no mention start ("referred to housing and the police"); `from` is where the walk goes on,
 * before the words in front of the mention ("CAIT [officers]", "children's statutory [assessment
 * teams]"). Null when no item ends there.
 */
function itemAt(clause: Clause, mentions: Mentions, end: number): { first: number; from: number } | null {
  const mention = mentions.first[end]! >= 0;
  if (mention ? mentions.last[end] !== end : !otherWord(clause, end)) return null;
  let from = mention ? mentions.first[end]! : end;
  const first = from;
  let words = mention ? 0 : 1;
  // A mention's own name before it ("Northshire Police") is all of its item: the word before the name is not.
  const named = mention ? nameStart(clause, first) : first;
  while (from > 0 && !clause.breakBefore(from) && !clause.commaBefore(from)) {
    const k = from - 1;
    if (named < first && from <= named) break;
    if (mentions.first[k]! >= 0 && mentions.last[k] === k) from = mentions.first[k]!;
    // "of" opens the item's own phrase ("expertise and knowledge [of] health and probation"): the words before it are another phrase's
    // An item that is no mention may hold its own "of" ("mosques, [places of worship] and colleges"; helper 9ci: r19-01)
    else if (words < OTHER_ITEM_WORDS && otherWord(clause, k) && (clause.tokens[k]!.word !== 'of' || !mention)) {
      from = k;
      words++;
    } else break;
  }
  // A place's name after a mention's "in", before a list word, belongs to that mention's item: "health providers
  // [in Derby City] and Derbyshire Police" is one item before "and", so a cue before the list reaches the police too.
  const place = !mention && end - from < PLACE_WORDS && from >= 2 && clause.tokens[from - 1]!.word === 'in' && !clause.breakBefore(from - 1) && !clause.commaBefore(from - 1) && properName(clause, from, end);
  if (place && mentions.last[from - 2] === from - 2) return { first: mentions.first[from - 2]!, from: mentions.first[from - 2]! };
  return { first: mention ? first : from, from };
}

/** Where a mention's proper name starts, over up to PLACE_WORDS capitalised words before it ("[South Yorkshire] Police"). */
function nameStart(clause: Clause, first: number): number {
  let at = first;
  while (at > 0 && first - at < PLACE_WORDS && !clause.breakBefore(at) && !clause.commaBefore(at) && properName(clause, at - 1, at - 1)) at--;
  return at;
}

/** Do tokens from..to spell a proper name, each word capitalised as written ("Derby City")? */
function properName(clause: Clause, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (!/^\p{Lu}/u.test(clause.text.slice(clause.tokens[k]!.start, clause.tokens[k]!.end))) return false;
  return true;
}

/**
 * The list item that starts at token `start`, as itemAt reads one back: a mention with up to a few
 * words before it ("independent [education providers]"), or a few words that are no mention before a
 * list word, a comma, a break or a verb ("police and [housing] are not invited"). Its last token, or -1.
 */
function itemAfter(clause: Clause, mentions: Mentions, start: number): number {
  const { tokens } = clause;
  let k = start;
  for (; k < tokens.length && (k === start || (!clause.breakBefore(k) && !clause.commaBefore(k))); k++) {
    if (mentions.first[k] === k) return mentions.last[k]!;
    if (k - start === OTHER_ITEM_WORDS || !otherWord(clause, k)) return k > start && AUXILIARIES.has(tokens[k]!.word) ? k - 1 : -1;
  }
  return k > start ? k - 1 : -1;
}

/** The last token of the list a mention starts or stands in (walking forward as listStart walks back). */
function listEnd(clause: Clause, mentions: Mentions, last: number, skip: Set<string>): number {
  // Each item the walk passes ends the same list: its answer is kept too, so that the mentions of a
  // list of thousands of items do not each walk it to its end.
  const answers = walksBy(mentions.walks.ends, skip);
  const passed: number[] = [];
  let end = last;
  for (let known = answers.get(end); known === undefined; known = answers.get(end)) {
    passed.push(end);
    const next = nextListItem(clause, mentions, end, skip);
    if (next < 0) break;
    end = next;
  }
  end = answers.get(end) ?? end;
  for (const item of passed) answers.set(item, end);
  return end;
}

/** The last token of the list item after the one that ends at token `end`, or -1 when the list ends there. */
function nextListItem(clause: Clause, mentions: Mentions, end: number, skip: Set<string>): number {
  const { tokens } = clause;
  let j = phraseEnd(clause, end);
  if (j >= tokens.length || clause.breakBefore(j)) return -1;
  if (LIST_JOINS.has(tokens[j]!.word)) {
    if (clause.commaBefore(j) && opensClause(clause, mentions, j)) return -1;
    j++;
  } else if (!clause.commaBefore(j)) return -1;
  while (j < tokens.length && !clause.breakBefore(j) && skip.has(tokens[j]!.stem)) j++;
  if (j >= tokens.length || clause.breakBefore(j)) return -1;
  return itemAfter(clause, mentions, j);
}

const LIST_JOINS = new Set(['and', 'or']);

/** The most words of a joined clause's subject, after ", and", before its verb ("health professionals and schools [are]"). */
const SUBJECT_WORDS = 8;

/**
 * Is token k a finite verb, by natural's likeliest tag (src/tag/word-classes.ts): an auxiliary or modal, a present or
 * past form, or a base form not after "to" ("most [take] place")? Words inside a mention are none ("early help").
 */
function finiteAt(clause: Clause, mentions: Mentions, k: number): boolean {
  if (mentions.first[k]! >= 0) return false;
  const { word } = clause.tokens[k]!;
  if (AUXILIARIES.has(word)) return true;
  const kind = wordClassOf(word);
  return /^(VB[PZD]|MD)$/.test(kind) || (kind === 'VB' && clause.tokens[k - 1]?.word !== 'to');
}

/**
 * Does the ", and" (or ", or") at token `join` open a clause of its own, so that no list runs across it? It does when
 * the words before its comma, back to the clause's last comma or break, hold a finite verb (not a relative clause's:
 * "the police, who attend, and health visitors are ...") and the words after it are a subject, a noun phrase or a list
 * of them, followed by a finite verb: "a social worker and a police officer [attends], and health visitors [are]
 * asked for their views". A mention on either side is then no item of a list on the other, for a cue before it or
 * a predicate after it.
 */
function opensClause(clause: Clause, mentions: Mentions, join: number): boolean {
  const { tokens } = clause;
  let verb = false;
  let k = join - 1;
  for (; k >= 0; k--) {
    if (finiteAt(clause, mentions, k)) verb = true;
    if (clause.breakBefore(k) || clause.commaBefore(k)) break;
  }
  if (!verb || (k >= 0 && RELATIVES.has(tokens[k]!.word))) return false;
  for (let at = join + 1; at < tokens.length && at - join <= SUBJECT_WORDS && clause.joinedAt(at); at++) {
    if (at > join + 1 && finiteAt(clause, mentions, at)) return true;
    const { word } = tokens[at]!;
    if (mentions.first[at]! >= 0 || LIST_JOINS.has(word) || ARTICLES.has(word) || clause.possessiveAt(at)) continue;
    if (word !== 'of' && (PREPOSITIONS.has(word) || RELATIVES.has(word) || SUBORDINATORS.has(word) || PHRASE_ENDS.has(word))) return false;
    if (!/^(NN.*|JJ.*|PRP.*|DT|CD|RB)$/.test(wordClassOf(word))) return false;
  }
  return false;
}

/** A number in figures or in words up to twelve, which a cue's skip words pass over as they pass a determiner. */
const NUMBERS = /^(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/;

/** Prepositions that may end a conjunct whose object follows the comma after it. */
const SHARED_OBJECT_PREPOSITIONS = new Set(['to', 'at', 'on', 'in', 'into', 'from', 'with', 'for', 'of', 'by']);
/** How many words back from such a preposition the ", and" or ", or" that opens its conjunct may stand. */
const SHARED_OBJECT_REACH = 6;

/**
 * Does the preposition at token `at`, before a comma, share the object after that comma with a conjunct before
 * it ("attendance at, and reporting to, child protection conferences")? Only a conjunct opened by ", and" or
 * ", or" within a few words: a preposition cannot end a phrase otherwise, so the object is the mention after the comma.
 */
function sharesObjectOverComma(clause: Clause, at: number): boolean {
  const { tokens } = clause;
  if (clause.breakBefore(at + 1) || !clause.commaBefore(at + 1) || !SHARED_OBJECT_PREPOSITIONS.has(tokens[at]!.word)) return false;
  for (let k = at - 1; k >= 0 && k >= at - SHARED_OBJECT_REACH && !clause.breakBefore(k + 1); k--) {
    if (LIST_JOINS.has(tokens[k]!.word)) return clause.commaBefore(k) && !clause.breakBefore(k);
    if (clause.commaBefore(k + 1)) return false;
  }
  return false;
}

/** A `before:` phrase of the cue that ends just before token `end` (after its skip words). */
function cueEndingBefore(clause: Clause, cue: CompiledCue, end: number): BeforeCue | undefined {
  const { tokens } = clause;
  let before = end - 1;
  // A cue counts only in the mention's own sentence, with no comma between ("Despite these challenges, the police").
  // A number stands where a determiner may ("referred to [two] schools", "for pupils from [10] local schools").
  while (before >= 0 && clause.joinedAt(before + 1) && (cue.skip.has(tokens[before]!.stem) || NUMBERS.test(tokens[before]!.word))) before--;
  if (before < 0 || (!clause.joinedAt(before + 1) && !sharesObjectOverComma(clause, before))) return undefined;
  let found: BeforeCue | undefined;
  for (const c of cue.before.get(tokens[before]!.stem) ?? []) {
    if (!endsWith(tokens, before, c.near) || (c.nearForms && !endsWithForms(tokens, before, c.nearForms)) || !farEnd(tokens, before - c.near.length, c.far, c.farForms)) continue;
    const opening = before - c.near.length + 1;
    // A cue word that opens its sentence is the subject's noun, not a verb ("Contact children's social care receives is screened"),
    // unless it is a past participle or an adverb, which open a phrase about the subject after it ("Funded by the police, the club").
    // A not-after word before the whole of a longer phrase undoes the shorter ones in it: "is [jointly funded by]".
    const opens = clause.breakBefore(opening);
    if (c.far.length === 0 && cue.notAfter.size > 0 && (opens ? !/^(VB[DN]|RB)$/.test(wordClassOf(tokens[opening]!.word)) : cue.notAfter.has(tokens[opening - 1]!.stem))) return undefined;
    found ??= subjectFits(clause, cue, opening) && nearWordAt(clause, cue, opening, opening) && objectHeadFits(clause, cue, end) && (!cue.outsideSubject || outsideSubject(clause, opening)) ? c : undefined;
  }
  return found;
}

/** Word classes of a verb that may be its clause's own, by natural's lexicon: not a participle or an -ing form, which may modify a noun of the subject ("the duties [placed] on"). */
const CLAUSE_VERB = /^VB[DPZ]?$/;
/** Words that open a clause of its own, whose subject comes after them: "leaders know [that] the duties placed on schools are met". */
const CLAUSE_OPENERS = new Set([...CLAUSE_ENDS, ...SUBORDINATORS, 'that']);
/** Word classes of a word that opens a phrase before its sentence's subject: "[Following] an audit of ..., the board". */
const FRONTED_OPENER = /^(IN|VBG|VBN)$/;

/**
 * Is token k a verb in the past with its object after it: "the board [commissioned] an audit"? natural's lexicon gives
 * many such verbs as participles only ("commissioned", "placed"), which modify a noun with a preposition after them
 * ("the duties placed on"), not a determiner.
 */
const activePast = (clause: Clause, k: number) => /^VB[DN]$/.test(wordClassOf(clause.tokens[k]!.word)) && clause.joinedAt(k + 1) && DETERMINERS.has(clause.tokens[k + 1]?.word ?? '');

/**
 * Does the phrase that opens at token `opening` stand outside the subject of its clause's predicate, in an object or
 * adjunct of another's act? It does after its clause's verb ("the partnership [is] accountable for delivering the duties
 * placed on", "forms [provide] information for"), when it opens with that verb ("the strategy [focuses] on"), or in a
 * phrase that opens its sentence before a comma, whose subject is the main clause's ("Following an audit of schools'
 * safeguarding records, the board has updated"). With no verb before it in its clause it is in the subject, and
 * the predicate judges it: "the duties placed on the local authority are met". The walk back stops at a comma or a word
 * that opens a clause of its own ("leaders know that the duties placed on schools are met").
 */
function outsideSubject(clause: Clause, opening: number): boolean {
  const { tokens } = clause;
  let k = opening;
  for (; k >= 0; k--) {
    const { word } = tokens[k]!;
    if (k < opening && CLAUSE_OPENERS.has(word)) return false;
    if (AUXILIARIES.has(word) || CLAUSE_VERB.test(wordClassOf(word)) || activePast(clause, k) || adverbVerb(clause, k)) {
      // A relative clause's verb ("the duties that are placed on", "which have been placed on") is inside the
      // subject's phrase: walk on past its verb group and its pronoun.
      let start = k;
      while (start > 0 && clause.joinedAt(start) && (AUXILIARIES.has(tokens[start - 1]!.word) || tokens[start - 1]!.word === 'been' || wordClassOf(tokens[start - 1]!.word) === 'RB')) start--;
      if (!(start > 0 && clause.joinedAt(start) && RELATIVES.has(tokens[start - 1]!.word))) return true;
      k = start - 1;
      continue;
    }
    if (clause.breakBefore(k) || clause.commaBefore(k)) break;
  }
  if (k < 0 || !clause.breakBefore(k) || !FRONTED_OPENER.test(wordClassOf(tokens[k]!.word))) return false;
  for (let after = opening + 1; after < tokens.length && !clause.breakBefore(after); after++) if (clause.commaBefore(after)) return true;
  return false;
}

/**
 * A word the lexicon has as a noun too, read as its clause's verb after an adverb and before its object's determiner:
 * "Assessments seldom [use] the information held by" (issue 9, sixty-eighth step, helper 9gr: a second reader's A5; the
 * noun reading left the held information in the subject).
 */
function adverbVerb(clause: Clause, k: number): boolean {
  const { tokens } = clause;
  if (k < 1 || k + 1 >= tokens.length || !clause.joinedAt(k) || !clause.joinedAt(k + 1)) return false;
  return wordClassOf(tokens[k - 1]!.word) === 'RB' && /^(VBP?|NN\+VB)$/.test(wordClassOf(tokens[k]!.word)) && DETERMINERS.has(tokens[k + 1]!.word);
}

/**
 * An `after:` phrase of the cue that starts at token k. Its first word must be the phrase's own noun or
 * its plural, not any word of its stem: "social workers meet families" is no "meeting". Its last word
 * must not own the word after it: "work closely with [children]'s services" works with the services.
 */
function afterPhraseAt(clause: Clause, cue: CompiledCue, k: number): { text: string; stems: readonly string[] } | undefined {
  const { word, stem } = clause.tokens[k]!;
  return cue.after.get(stem)?.find((c) => (word === c.first || word === `${c.first}s` || word === `${c.first}es`) && startsWith(clause.tokens, k, c.stems) && !clause.ownsNext(k + c.stems.length - 1));
}

/** Is the word after the phrase that ends at token `last` (over a shared head) one of `words`? */
function followedBy(clause: Clause, words: Set<string>, last: number): boolean {
  const at = phraseEnd(clause, last);
  return at < clause.tokens.length && !clause.breakBefore(at) && !clause.commaBefore(at) && words.has(clause.tokens[at]!.stem);
}

/**
 * An `after:` phrase just after the mention, or after the list it stands in ("police and health
 * [records]"); for a `used-by` cue only when an agency named before it in the clause uses it.
 */
function afterCue(clause: Clause, cue: CompiledCue, first: number, last: number, mentions?: Mentions): string | null {
  if (cue.after.size === 0) return null;
  const end = mentions ? listEnd(clause, mentions, last, cue.skip) : last;
  let at = -1;
  let phrase: ReturnType<typeof afterPhraseAt>;
  for (const k of [last + 1, end + 1]) {
    phrase = k < clause.tokens.length && !clause.breakBefore(k) && !clause.commaBefore(k) ? afterPhraseAt(clause, cue, k) : undefined;
    if (phrase) {
      at = k;
      break;
    }
  }
  if (!phrase) return null;
  // The token after the phrase: its stems count its tokens ("child's records" is three, not two words; a code reader's
  // point 8, helper 9et).
  const afterPhrase = at + phrase.stems.length;
  // An after: cue's only-near word opens the mention or stands up to three words before it: "[managing] the risk falls
  // to", "[managing] this risk" read as one mention, not "identifying the risk falls to" (a second reader's A4, issue 9,
  // 58th step, helper 9dq).
  if (cue.onlyNear.size > 0 && cue.before.size + cue.heads.size === 0 && !wordNear(clause, cue, cue.onlyNear, first, first) && !cue.onlyNear.has(cue.exactForms ? clause.tokens[first]!.word : clause.tokens[first]!.stem)) return null;
  // Items that share the head after them carry no determiner of their own after the first ("police, health and
  // education meetings"): one that does is a noun phrase of its own, and the head is its alone ("social workers and
  // teachers, and the out-of-court disposal panel").
  if (at > last + 1 && determinerOpensItem(clause, last + 1, end)) return null;
  let user = '';
  if (cue.usedBy) {
    // The user stands before the list the mention is in ("social workers check [police and health] records").
    const start = mentions ? listStart(clause, mentions, first, last, cue) : -1;
    if (!mentions) return null;
    // A list's later member opens at its first member: an earlier member is no user ("checked against police and
    // [health] records"; a second reader's G2, issue 9, helper 9ek).
    // In the subject the earlier member is still taken for the user: a list there is judged whole by 9ei's reading, which
    // moved a right decision when applied ("so police checks and [health] information were not obtained", r9).
    const listOpening = start >= 0 ? start : ownListStart(clause, mentions, first);
    const opening = start < 0 && listOpening < first && !outsideSubject(clause, listOpening) ? first : listOpening;
    if (userBefore(clause, opening, mentions)) user = ', which an agency named before it uses';
    else if (consultedPassive(clause, afterPhrase)) user = ', which another consults: the subject of a passive of its use';
    // A list of owners after its clause's verb is a set of records another consults, named or not: "checked against
    // [police and health] records", "access to [police, health and education] records" (issue 9, sixty-first step,
    // helper 9ei). One owner there may be judged ("gaps in police records"), and a list that is the subject is. So is a
    // list whose governing word judges the owners' own recording ("gaps in", "recorded in", "the quality of"): only a
    // verb or a consulting preposition before the list reads it as consulted (a second reader's A1, helper 9ek).
    else if ((start >= 0 || end > last || opening < first) && outsideSubject(clause, opening) && consultedList(clause, opening) && !judgedAfter(clause, afterPhrase)) user = ", which another consults: a list of owners after its clause's verb";
    else return null;
  }
  return `before "${phrase.text}"${at > last + 1 ? ', after its list' : ''}${user}`;
}

/** Where the list the mention that opens at token `first` stands in opens: at its first item, walked back over list words and commas (itself when it is the first or in no list). */
function ownListStart(clause: Clause, mentions: Mentions, first: number): number {
  const { tokens } = clause;
  let open = first;
  for (;;) {
    if (open < 1 || clause.breakBefore(open)) break;
    let k: number;
    if (LIST_JOINS.has(tokens[open - 1]!.word) && !clause.breakBefore(open - 1)) k = open - 2;
    else if (clause.commaBefore(open)) k = open - 1;
    else break;
    if (k < 0) break;
    if (mentions.first[k]! >= 0 && mentions.first[k]! < open) {
      open = mentions.first[k]!;
      continue;
    }
    // An earlier item that names no agency, of a few nouns and adjectives ("against [local authority], police and health
    // records").
    const itemWord = (at: number) => !PREPOSITIONS.has(tokens[at]!.word) && !LIST_JOINS.has(tokens[at]!.word) && /^(NN|JJ)/.test(wordClassOf(tokens[at]!.word));
    // Only a middle item, after a bare comma: "and" after a noun may join clauses ("the disparity, and police data is ...").
    if (!itemWord(k) || LIST_JOINS.has(tokens[open - 1]!.word)) break;
    let j = k;
    while (j > 0 && k - j < 2 && !clause.breakBefore(j) && !clause.commaBefore(j) && itemWord(j - 1)) j--;
    open = j;
  }
  return open;
}

/**
 * Is the document that ends before token k judged after it: "to be" ("found police and health records [to be] incomplete")
 * or a relative clause's be-form (", [which are] incomplete")? The owners' own recording is then what is judged (a code
 * reader's point 1, issue 9, helper 9ek).
 */
function judgedAfter(clause: Clause, k: number): boolean {
  const { tokens } = clause;
  if (k + 1 >= tokens.length || clause.breakBefore(k)) return false;
  if (tokens[k]!.word === 'to' && tokens[k + 1]!.word === 'be' && !clause.commaBefore(k)) return true;
  return (tokens[k]!.word === 'which' || tokens[k]!.word === 'that') && BE_FORMS.has(tokens[k + 1]!.word) && !clause.breakBefore(k + 1);
}

/** Verbs before a list of owners that judge their records, not consult them: "inspectors found police and health records ...". */
const JUDGING_VERBS = new Set(['found', 'find', 'finds', 'judged', 'considered', 'rated']);

/** Prepositions before a list of owners that consult their records: "checked against", "access to", "looked at", "drawn from". */
const CONSULTING_PREPOSITIONS = new Set(['against', 'to', 'at', 'from', 'on', 'with', 'through', 'into', 'via', 'using']);
/** The most words walked back from a list of owners to the word that governs it. */
const CONSULTED_WORDS = 6;
const LIST_DETERMINERS = new Set(['the', 'their', 'its', 'his', 'her', 'all', 'both', 'other', 'relevant', 'any', 'each']);

/**
 * Is the list of owners that opens at token `opening` one another consults: the word before it (past a determiner) a verb
 * ("check police and health records") or a consulting preposition ("checked against", "access to"), not one that judges the
 * owners' own recording ("gaps in", "recorded in", "the quality of")?
 */
function consultedList(clause: Clause, opening: number): boolean {
  const { tokens } = clause;
  // Back past determiners and the list's earlier items that name no agency ("against [local authority], police and health
  // records"), commas and list words too, to the governing word; from the list's opening itself, which a cue's skip words
  // may take back to the governing word ("[against] local authority, police and health records").
  let k = opening;
  for (let n = 0; k >= 0 && !clause.breakBefore(k + 1) && n < CONSULTED_WORDS; k--, n++) {
    const { word } = tokens[k]!;
    if (!(LIST_DETERMINERS.has(word) || LIST_JOINS.has(word) || (!PREPOSITIONS.has(word) && /^(NN|JJ)/.test(wordClassOf(word))))) break;
  }
  if (k < 0 || clause.breakBefore(k + 1)) return false;
  const { word } = tokens[k]!;
  return CONSULTING_PREPOSITIONS.has(word) || (!PREPOSITIONS.has(word) && !JUDGING_VERBS.has(word) && /(^|\+)VB/.test(wordClassOf(word)));
}

/** Does a list item between tokens from..to open with a determiner, after a list word or a comma? */
function determinerOpensItem(clause: Clause, from: number, to: number): boolean {
  const { tokens } = clause;
  for (let k = from; k <= to; k++) {
    if (!DETERMINERS.has(tokens[k]!.word) || clause.breakBefore(k)) continue;
    if (clause.commaBefore(k) || LIST_JOINS.has(tokens[k - 1]!.word)) return true;
  }
  return false;
}

/** The most words between an owner's possessive and the document word: "the police's [risk assessment] tool". */
const OWNED_WORDS = 3;

/**
 * The document an agency owns, when another agency named earlier in the clause uses it: "police officers
 * do not use the board's escalation policy", "schools follow the local authority's attendance procedure"
 * name the owner in passing (the codebook: a document that carries its name). With no agency before it
 * the owner's document is what is judged ("the board's escalation policy is out of date", "this is not in
 * keeping with the local authority's own procedures"). The document words are the cue's `after:` phrases.
 */
function ownedByUser(clause: Clause, cue: CompiledCue, first: number, last: number, mentions: Mentions): string | null {
  if (cue.after.size === 0 || !clause.possessiveAt(last + 1)) return null;
  const { tokens } = clause;
  let document: string | undefined;
  for (let k = last + 2; k <= last + 2 + OWNED_WORDS && k < tokens.length && !clause.breakBefore(k) && !clause.commaBefore(k); k++) {
    document = afterPhraseAt(clause, cue, k)?.text;
    if (document || !clause.inPhrase(k, cue) || LIST_JOINS.has(tokens[k]!.word)) break;
  }
  return document && userBefore(clause, first, mentions) ? document : null;
}

/**
 * Is another agency named earlier in the clause of the mention that starts at token `first` (one that may use what the
 * mention owns), with a verb or a preposition between, the use: "social workers [check] police and health records",
 * "police officers do not [use] the board's escalation policy", "multi-agency training [on] the police's tool"? An agency
 * in the same list with neither between is no user: "police checks and [health] records were incomplete" judges the
 * health records (9ek's leftover G2 in the subject, issue 9, helper 9eo). A word before a list word or a comma is a list's
 * item, not the verb ("police [checks] and").
 */
function userBefore(clause: Clause, first: number, mentions: Mentions): boolean {
  const { tokens } = clause;
  // A "that" opens a reported clause, whose own subject owns what it names: "social workers say that [police] records are late".
  const opensClause = (word: string) => CLAUSE_ENDS.has(word) || word === 'that';
  let verb = false;
  for (let k = first - 1; k >= 0 && !clause.breakBefore(k + 1) && !clause.commaBefore(k + 1) && !opensClause(tokens[k]!.word); k--) {
    if (mentions.first[k]! >= 0 && mentions.last[k] === k && k < first - 1 && verb) return true;
    if (mentions.first[k]! >= 0) continue;
    const wordClass = wordClassOf(tokens[k]!.word);
    const item = k + 1 < tokens.length && (LIST_JOINS.has(tokens[k + 1]!.word) || clause.commaBefore(k + 1));
    if (PREPOSITIONS.has(tokens[k]!.word) || (!item && (/^(VB|MD)/.test(wordClass) || wordClass === 'NN+VB'))) verb = true;
  }
  return false;
}

/**
 * Participles of another's getting of a document: "health information was not [obtained]" is the obtainer's failing, not
 * the owner's. Only obtaining, seeking and requesting: a document "reviewed", "considered" or "used" is no failing of
 * another's, and its owner may be what is judged ("health records are reviewed regularly and are of good quality"; a
 * second code reader's point 4 on 9eo's list, issue 9, helper 9et).
 */
const CONSULTED_PARTICIPLES = new Set(['obtained', 'sought', 'requested']);
/** A negative's contracted auxiliary, before its "t" ("wasn't" is the words "wasn" and "t"): the be-forms', then the have-forms'. */
const CONTRACTED_BE = new Set(['isn', 'aren', 'wasn', 'weren']);
const CONTRACTED_HAVE = new Set(['hasn', 'haven', 'hadn']);

/**
 * Is the document that ends before token k the subject of a passive of another's getting of it, or of its negative:
 * "[health information] was not obtained", "police and [health records] were never sought", "[health information] wasn't
 * requested"? Its owner is named in passing; whoever failed to obtain it is judged (9ek's leftover, issue 9, helper 9eo).
 * Not when a predicate joined after the participle judges the document: "health records were obtained and [were] of good
 * quality" (helper 9et).
 */
function consultedPassive(clause: Clause, k: number): boolean {
  const { tokens } = clause;
  let at = k;
  const joined = (i: number) => i < tokens.length && !clause.breakBefore(i) && !clause.commaBefore(i);
  const adverbs = () => {
    while (joined(at) && (tokens[at]!.word === 'not' || /^RB/.test(wordClassOf(tokens[at]!.word)))) at++;
  };
  // An auxiliary at `at` of `forms`, or its contracted negative of `contracted` and its "t": the tokens it takes, or 0.
  const auxiliary = (forms: Set<string> | RegExp, contracted: Set<string>) => {
    if (!joined(at)) return 0;
    const { word } = tokens[at]!;
    if (forms instanceof Set ? forms.has(word) : forms.test(word)) return 1;
    return contracted.has(word) && joined(at + 1) && tokens[at + 1]!.word === 't' ? 2 : 0;
  };
  adverbs();
  const have = auxiliary(/^(has|have|had)$/, CONTRACTED_HAVE);
  if (have > 0) {
    at += have;
    adverbs();
  }
  const be = auxiliary(BE_FORMS, CONTRACTED_BE);
  if (be === 0) return false;
  at += be;
  adverbs();
  if (!joined(at) || !CONSULTED_PARTICIPLES.has(tokens[at]!.word)) return false;
  // A predicate joined after it, of the same subject, judges the document: "and [are] of good quality", "and [is] detailed".
  for (let after = at + 1; joined(after); after++) {
    if (LIST_JOINS.has(tokens[after]!.word) && after + 1 < tokens.length && !clause.breakBefore(after + 1) && (BE_FORMS.has(tokens[after + 1]!.word) || /^JJ/.test(wordClassOf(tokens[after + 1]!.word)))) return false;
  }
  return true;
}

/**
 * A clause's stems and its word forms as written, as sets, made once, for the cues' forms; and each set's words in the
 * order first met, as arrays, for cuesIn to look up (an array is walked at less cost than a set).
 */
export interface ClauseWords {
  stems: Set<string>;
  wordForms: Set<string>;
  stemList: string[];
  formList: string[];
}

const wordSets = new WeakMap<Clause, ClauseWords>();

/** The clause's stems and word forms as sets and lists (made at the first call, in one pass over its tokens, then kept with the clause). */
export function clauseWords(clause: Clause): ClauseWords {
  let sets = wordSets.get(clause);
  if (!sets) {
    const stems = new Set<string>();
    const wordForms = new Set<string>();
    const stemList: string[] = [];
    const formList: string[] = [];
    // By place, not for-of: a one-letter run reads its clauses with V8's optimising compiler off, where each step of an
    // iterator makes its result object.
    const tokens = clause.tokens;
    for (let k = 0; k < tokens.length; k++) {
      const { stem, word } = tokens[k]!;
      if (!stems.has(stem)) {
        stems.add(stem);
        stemList.push(stem);
      }
      if (!wordForms.has(word)) {
        wordForms.add(word);
        formList.push(word);
      }
    }
    sets = { stems, wordForms, stemList, formList };
    wordSets.set(clause, sets);
  }
  return sets;
}

/** Does a sequence of stems or word forms (`asWritten`) stand in the clause's words: each in `held` (the clause's set of them), then in order? */
function standsIn(clause: Clause, held: Set<string>, sequence: string[], asWritten: boolean): boolean {
  for (const word of sequence) if (!held.has(word)) return false;
  if (sequence.length <= 1) return true;
  const { tokens } = clause;
  for (let k = 0; k + sequence.length <= tokens.length; k++) if (asWritten ? startsWithForms(tokens, k, sequence) : startsWith(tokens, k, sequence)) return true;
  return false;
}

/** Does the clause hold one of these words? */
function holdsOneOf(held: Set<string>, words: Set<string>): boolean {
  for (const word of words) if (held.has(word)) return true;
  return false;
}

/**
 * Does a cue's form stand whole in a clause (`held`, its clauseWords)? Every kind checks all the words it needs, its key
 * among them, so the answer does not rest on how the form was found: by the tagger's index of keys, or by a scan of
 * every form (tests/match-index.test.ts checks the two find the same cues).
 */
export function formStandsIn(form: CueForm, clause: Clause, held: ClauseWords): boolean {
  const { stems, wordForms } = held;
  switch (form.kind) {
    case 'before':
      return stems.has(form.lastStem) && standsIn(clause, stems, form.near, false) && standsIn(clause, stems, form.far, false);
    case 'after':
      return stems.has(form.firstStem) && standsIn(clause, stems, form.stems, false);
    case 'predicate':
      return standsIn(clause, wordForms, form.firstForms, true) && standsIn(clause, wordForms, form.thenForms, true);
    case 'head':
      return stems.has(form.head) && holdsOneOf(stems, form.prepositions);
    case 'opener':
      return standsIn(clause, wordForms, form.wordForms, true);
    case 'act':
      return stems.has(form.stem);
  }
}

/**
 * The relative word that stands for the agency before it as the subject of its clause ("the police, who
 * responded"). Not "which", which as often stands for all the clause before it ("sent to social care,
 * which delays the assessment"): on the dev gold both such clauses after an agency were of that kind.
 */
const RELATIVE_SUBJECT = 'who';
/** Forms of "be": in a relative clause's verb group, with a participle after it, a passive ("who were told"). */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Forms of "have" and "do", which may be a relative clause's own verb ("who have no training") or its auxiliary. */
const HAVE_DO_FORMS = new Set(['has', 'have', 'had', 'do', 'does', 'did']);
/**
 * Verbs whose subject still does nothing the finding judges: saying reports an opinion ("schools, who say
 * ..."), receiving keeps the one named a recipient ("training for school staff, who receive updates").
 */
const NOT_ACTING = new Set([
  'say', 'says', 'said', 'tell', 'tells', 'told', 'report', 'reports', 'reported', 'describe', 'describes', 'described', 'feel', 'feels', 'felt', 'think', 'thinks', 'thought',
  'comment', 'comments', 'commented', 'speak', 'speaks', 'spoke', 'believe', 'believes', 'believed', 'receive', 'receives', 'received', 'get', 'gets', 'got',
]);

/**
 * Prepositions that put an action after an adjective: "effective in protecting", "good at engaging". Not "for",
 * whose -ing form names a duty ("responsible for ensuring"), nor "of" ("aware of").
 */
const ACTION_AFTER_ADJECTIVE = new Set(['in', 'at']);

/**
 * Adjectives that on their own praise or criticise what an agency did ("the police, who were very
 * responsive"): the codebook tags an agency praised or criticised for its work. Others with no action after
 * them say what the agency is.
 */
const JUDGING_ADJECTIVES = new Set([
  'responsive', 'unresponsive', 'helpful', 'unhelpful', 'supportive', 'unsupportive', 'proactive', 'effective', 'ineffective',
  'prompt', 'quick', 'slow', 'thorough', 'diligent', 'tenacious', 'persistent', 'dismissive',
]);

/**
 * The action that an adjective after a form of "be" is about ("quick to act", "slow enough to respond",
 * "effective in protecting"), as the index of its verb, or -1: without one the adjective says what the agency
 * is, not what it does ("who are responsible for", "who were aware", "who were present", "who were new to the area").
 */
function actionAfterAdjective(clause: Clause, adjective: number): number {
  const { tokens } = clause;
  let k = adjective + 1;
  if (clause.joinedAt(k) && tokens[k]!.word === 'enough') k++;
  if (!clause.joinedAt(k) || !clause.joinedAt(k + 1)) return -1;
  const [word, next] = [tokens[k]!.word, wordClassOf(tokens[k + 1]!.word)];
  // an infinitive is the verb's base form, which the lexicon may have as a noun too ("to visit")
  if (word === 'to' && /^(VB|NN\+VB)$/.test(next)) return k + 1;
  return ACTION_AFTER_ADJECTIVE.has(word) && next === 'VBG' ? k + 1 : -1;
}

/** Is a word a verb by natural's lexicon, or the -s form of one ("screens", which the lexicon has as a noun)? */
function verbForm(word: string): boolean {
  const kind = wordClassOf(word);
  if (/^(VB[DPZN]?|NN\+VB)$/.test(kind)) return true;
  return word.endsWith('s') && /^(VBP?|NN\+VB)$/.test(wordClassOf(word.slice(0, -1)));
}

/**
 * Participles that, after a form of "be", give the subject the means to act ("who were enabled to visit", "well
 * equipped to", "well placed to"): read as "able to" is, since the dev gold tags an agency able or enabled to act
 * ("the board is not able to monitor", "enabling social workers to improve"). Not "expected", "asked" or
 * "required to", which say what others want of it.
 */
const ENABLED = new Set(['enabled', 'empowered', 'equipped', 'placed']);

/**
 * The verb group that starts at token `start`, whose subject stands before it, as a relative clause's or a joined
 * verb's: `acts` is the index of the word that makes its subject act (an active verb, "have" as the verb itself,
 * an adjective or an enabling participle with an action after it, an adjective that judges on its own, or -1),
 * `next` the token after the last word read, and `be` whether it is a form of "be"'s. A passive ("were told"), an
 * adjective that says what the subject is ("were aware", "are responsible for") and a verb of saying or receiving
 * do not act. `beBefore`: a joined group with no auxiliary of its own goes on with the form of "be" before the
 * join ("are not present and fully engaged with"), unless its verb has an object ("were aware and then visited the family").
 */
function verbGroupAction(clause: Clause, start: number, beBefore = false): { acts: number; next: number; be: boolean } {
  const { tokens } = clause;
  let k = start;
  let be = false;
  let have = -1;
  let auxiliary = false;
  for (; clause.joinedAt(k); k++) {
    const { word } = tokens[k]!;
    if (HAVE_DO_FORMS.has(word)) have = k;
    else if (!VERB_GROUP.has(word) && wordClassOf(word) !== 'RB') break;
    be ||= BE_FORMS.has(word);
    auxiliary ||= AUXILIARIES.has(word);
  }
  if (!clause.joinedAt(k)) return { acts: have >= 0 && !be ? have : -1, next: k, be: be || (beBefore && !auxiliary) };
  const word = tokens[k]!.word;
  // Only a participle or an adjective goes on with "be": a base or present form cannot ("are not invited and rarely send").
  const participle = /^VB[DN]$/.test(wordClassOf(word));
  const carried = beBefore && !auxiliary && (participle || !verbForm(word));
  be ||= carried;
  if (be) {
    const kind = wordClassOf(word);
    // an active in its progressive form: "who are working with the family" ("being" is in the verb group)
    if (kind === 'VBG') return { acts: k, next: k + 1, be };
    // a past form with its object is active: "were aware and then visited the family", "yet took no action"
    if (carried && participle && clause.joinedAt(k + 1) && OBJECT_OPENERS.has(tokens[k + 1]!.word)) return { acts: k, next: k + 1, be: false };
    // a past form that is never a participle cannot go on with "be": "were well informed and took action" (helper 9ew)
    if (carried && PAST_ONLY.has(word)) return { acts: k, next: k + 1, be: false };
    // "better able to": a comparative before the adjective
    const adjective = kind === 'JJR' && clause.joinedAt(k + 1) && wordClassOf(tokens[k + 1]!.word) === 'JJ' ? k + 1 : k;
    const action = wordClassOf(tokens[adjective]!.word) === 'JJ' || ENABLED.has(tokens[adjective]!.word) ? actionAfterAdjective(clause, adjective) : -1;
    if (action >= 0) return { acts: action, next: action + 1, be };
    return { acts: JUDGING_ADJECTIVES.has(word) ? k : -1, next: adjective + 1, be };
  }
  if (verbForm(word)) return { acts: NOT_ACTING.has(word) ? -1 : k, next: k + 1, be };
  // "who have no training": the verb group's "have" is the clause's own verb
  return { acts: have, next: k, be };
}

/** Past forms of irregular verbs that are never their participle ("took", not "taken"): after "and" they are active. */
const PAST_ONLY = new Set(['took', 'gave', 'did', 'went', 'saw', 'knew', 'wrote', 'spoke', 'came', 'began', 'chose', 'drew', 'grew', 'threw', 'undertook', 'withdrew', 'forgot', 'rang', 'ran']);

/** Words that join a later verb to the subject of the verb group before it: "who were aware of the risks but did not act". */
const VERB_JOINS = new Set(['and', 'but', 'yet', 'or']);
/**
 * Words that open another clause inside a clause being read for a joined verb, and subject pronouns: a verb after
 * them has a subject of its own ("who were told that the boy was ill and stayed at home", "yet they attend"). Not
 * "as", "after", "before", "since" or "until", prepositions as often.
 */
const OTHER_CLAUSE = new Set([...CLAUSE_ENDS, 'that', 'if', 'although', 'though', 'whilst', 'whereas', 'once', 'unless', 'so', 'we', 'i', ...SUBJECT_PRONOUNS].filter((word) => !VERB_JOINS.has(word)));
/** Words after which a word that may be a noun or a verb ("file", "support") is the verb: its object or an adverb. */
const OBJECT_OPENERS = new Set([...DETERMINERS, 'no', 'them', 'it', 'him', 'her', 'us', 'me', 'what', 'how', 'whether', 'up', 'on', 'out', 'back']);

/**
 * Does a verb group start at token j, after a joining word: an auxiliary, or a verb that is not the head of a new
 * clause's subject ("and visits were not made")? A word that may be a noun ("support", "visits") is a verb only
 * with its object or an adverb after it, or at the clause's end ("and support the family", "and act quickly";
 * not "and support needs").
 */
function verbGroupStarts(clause: Clause, from: number): boolean {
  const { tokens } = clause;
  // Past adverbs ("and rarely send"), in a loop: a sentence may hold thousands of them.
  let j = from;
  for (; ; j++) {
    if (j >= tokens.length || clause.breakBefore(j) || clause.commaBefore(j)) return false;
    const { word } = tokens[j]!;
    if (VERB_GROUP.has(word) || HAVE_DO_FORMS.has(word)) return true;
    if (verbForm(word)) break;
    if (wordClassOf(word) !== 'RB') return false;
  }
  const { word } = tokens[j]!;
  const after = j + 1 < tokens.length && !clause.breakBefore(j + 1) && !clause.commaBefore(j + 1) ? tokens[j + 1]!.word : null;
  if (after !== null && (AUXILIARIES.has(after) || VERB_GROUP.has(after))) return false;
  if (/^VB[DPZN]?$/.test(wordClassOf(word))) return true;
  // A bare noun and an adverb of manner after it make it a verb with its object: "and record concerns carefully" (issue 9,
  // sixty-eighth step, helper 9gm: a second reader's A1 of the sixty-seventh step); "and support needs" stays a noun.
  const manner = j + 2 < tokens.length && clause.joinedAt(j + 1) && clause.joinedAt(j + 2) ? tokens[j + 2]!.word : '';
  if (after !== null && NOUN_CLASS.test(wordClassOf(after)) && /ly$/.test(manner) && wordClassOf(manner) === 'RB') return true;
  return after === null || OBJECT_OPENERS.has(after) || wordClassOf(after) === 'RB';
}

/**
 * A verb joined by "and", "but", "yet" or "or" to the verb group that ends before token `from`, with the same
 * subject, that makes the subject act ("who were aware of the risks but did not act", "are not invited to the core
 * group and rarely send reports"): the index of its joining word and of its acting word, or null. The walk stays in
 * the sentence (commas allowed: ", and did not share it") and stops where another subject's verb or clause begins
 * ("but the family did not", "that the boy was ill and"), except a relative clause on the object whose subject is a
 * pronoun ("hold key information, which they share"). `beBefore`: the verb group before the join is a form of "be"'s.
 * `seat`: the cue that found the verb group; when it reads its object's head, it judges a word after the join that may
 * be a noun (verbAfterObject).
 */
function joinedAction(clause: Clause, from: number, beBefore: boolean, seat?: CompiledCue): { join: number; acts: number; relative: boolean } | null {
  const { tokens } = clause;
  let be = beBefore;
  for (let k = from; k < tokens.length && !clause.breakBefore(k); k++) {
    const { word } = tokens[k]!;
    if (VERB_JOINS.has(word)) {
      // "and they", "but they": a plural pronoun for the subject before its own verb group, which acts for it ("midwives are
      // informed, and they make timely referrals", "schools are told, but they do not pass it on": issue 9, sixty-fourth step,
      // helper 9fk, a second reader's A3). Its verb group is its own, so no "be" carries over.
      if (tokens[k + 1]?.word === 'they' && clause.joinedAt(k + 1) && verbGroupStarts(clause, k + 2)) {
        const group = verbGroupAction(clause, k + 2, false);
        if (group.acts >= 0) return { join: k, acts: group.acts, relative: false };
        return null;
      }
      if (!verbGroupStarts(clause, k + 1) && !(seat && verbAfterObject(clause, seat, k + 1))) continue;
      const group = verbGroupAction(clause, k + 1, be);
      if (group.acts >= 0) return { join: k, acts: group.acts, relative: false };
      be = group.be;
      k = group.next - 1;
      continue;
    }
    // A relative clause on the object whose subject is a pronoun for the one before the verb group: "hold key
    // information, which they share with schools", "hold information that it seldom shares" (theirs, shared or not).
    const pronounAfter = clause.joinedAt(k + 1) && SUBJECT_PRONOUNS.has(tokens[k + 1]?.word ?? '');
    if (pronounAfter && (word === 'which' || (word === 'that' && /^NNS?$/.test(wordClassOf(tokens[k - 1]?.word ?? ''))))) {
      const group = verbGroupAction(clause, k + 2);
      return group.acts >= 0 ? { join: k, acts: group.acts, relative: true } : null;
    }
    if (OTHER_CLAUSE.has(word) || AUXILIARIES.has(word) || /^VB[DPZ]$/.test(wordClassOf(word))) return null;
  }
  return null;
}

/**
 * The last token of what a mention ending at token `end` owns, when it is a possessive ("the police's [missing
 * person team], who visited"): a relative clause after it has the possessed phrase as its subject, the owner's
 * work. Otherwise `end`.
 */
function possessedEnd(clause: Clause, end: number): number {
  if (!clause.possessiveAt(end + 1)) return end;
  let k = end + 2;
  while (k < clause.tokens.length && k - end - 2 < OWNED_WORDS && !clause.breakBefore(k) && !clause.commaBefore(k) && otherWord(clause, k)) k++;
  return k > end + 2 ? k - 1 : end;
}

/** Words that cannot stand in an apposition: they open a clause, a list or a verb group. */
const NOT_IN_APPOSITION = new Set([...RELATIVES, ...CLAUSE_ENDS, ...AUXILIARIES, ...LIST_JOINS]);

/**
 * The token after an apposition set apart by commas that opens at token `at` ("the school nurse[, a trusted adult
 * for the girl], who did not"), when ", who" follows it: the relative clause is the renamed one's. Otherwise `at`.
 * An apposition opens with an article or a determiner and holds no verb, relative word or list word.
 */
function appositionAfter(clause: Clause, at: number): number {
  const { tokens } = clause;
  if (at >= tokens.length || clause.breakBefore(at) || !clause.commaBefore(at) || !DETERMINERS.has(tokens[at]!.word)) return at;
  for (let k = at + 1; k < tokens.length && k - at <= PHRASE_WORDS && !clause.breakBefore(k); k++) {
    if (clause.commaBefore(k)) return tokens[k]!.word === RELATIVE_SUBJECT ? k : at;
    const { word } = tokens[k]!;
    if (NOT_IN_APPOSITION.has(word) || /^VB[DPZ]?$/.test(wordClassOf(word))) return at;
  }
  return at;
}

/**
 * The relative clause after a mention's phrase (its list from token `from` to `end`) whose subject the mention is,
 * quoted to its verb ("who responded", "who have", "who were quick to visit"), or null: ", who" straight after the phrase,
 * then a verb group and an active verb, or a form of "be" with an adjective about an action ("who were quick
 * to visit") or one that judges on its own ("who were very responsive"). Not a passive ("who were told"), not an adjective that says what the agency is ("who are
 * responsible for"), not a clause with a subject of its own ("which the children attend"), not a verb of
 * saying or receiving; unless a verb joined to it acts ("who were aware of the risks but did not act").
 */
function relativeVerb(clause: Clause, from: number, end: number, cues: CompiledCue[]): string | null {
  const { tokens } = clause;
  const at = appositionAfter(clause, phraseEnd(clause, possessedEnd(clause, end)));
  // Set apart by a comma: a clause of its own about the agency. Without one it tells which agency is meant
  // ("without informing partner agencies who went on planning" judges the one who did not inform).
  if (at >= tokens.length || clause.breakBefore(at) || !clause.commaBefore(at) || tokens[at]!.word !== RELATIVE_SUBJECT) return null;
  // Examples set off by a comma leave the clause to what they exemplify: "board members, including from
  // the voluntary sector, who come together" says what the members do.
  let opening = from;
  while (opening > 0 && !clause.breakBefore(opening) && !clause.commaBefore(opening)) opening--;
  if (clause.commaBefore(opening) && clause.opensExamples(opening)) return null;
  const quote = (to: number) => clause.text.slice(tokens[at]!.start, tokens[to]!.end);
  const group = verbGroupAction(clause, at + 1);
  // Its own verb does not make it act when the clause names it in passing in turn ("checked with the police, who often
  // hold relevant information": a holder's predicate, said of the one another does not ask), or says what another's act
  // leaves it unable to do ("shared late with schools, who are therefore not able to offer support"); a verb joined to it may.
  const inPassing = group.acts >= 0 && (leftUnable(clause, at + 1, group.acts) || cues.some((cue) => cue.openedBy.size === 0 && predicateAt(clause, cue, at + 1)));
  if (group.acts >= 0 && !inPassing) return quote(group.acts);
  const joined = group.next > at + 1 ? joinedAction(clause, group.next, group.be) : null;
  return joined ? quote(joined.acts) : null;
}

/** A relative clause set apart by commas between a subject and its predicate: its opener ("who", "which") and the token after its closing comma. */
interface Aside { from: number; to: number }

/**
 * Verbs that describe the subject a relative clause set apart by commas is about, rather than judge its work: "be" and
 * "have" ("who are new", "which has a duty"), knowing, seeing and holding ("who know children well", "who see the child
 * every day", "which often hold key information"). The predicate after the clause is said of a subject so described
 * (issue 9, sixty-seventh step, helper 9ge's reading); any other verb in it acts (helper 9gl, a second reader's A1).
 */
const DESCRIBING = new Set([
  ...BE_FORMS, ...HAVE_DO_FORMS, 'know', 'knows', 'knew', 'known', 'see', 'sees', 'saw', 'seen', 'hold', 'holds', 'held',
]);

/**
 * The verb of a relative clause set apart by commas between a mention and the predicate a cue reads past it (opener at
 * `aside.from`, closing comma before `aside.to`) that makes the mention act, quoted, or null: its own verb group's acting
 * word, or a verb joined to it inside the clause, unless the word describes the subject (DESCRIBING), is another cue's
 * passing predicate ("who often hold relevant information"), or says what another's act left it unable to do. "GPs, who
 * rarely share information with social workers, are not routinely invited" judges the GPs' sharing; "Schools, which know
 * children well, are seldom invited" describes the schools.
 */
function asideVerb(clause: Clause, aside: Aside, cues: CompiledCue[]): string | null {
  const { tokens } = clause;
  const start = aside.from + 1;
  const quote = (to: number) => clause.text.slice(tokens[aside.from]!.start, tokens[to]!.end);
  const judges = (k: number) => k >= start && k < aside.to && !DESCRIBING.has(tokens[k]!.word);
  const group = verbGroupAction(clause, start);
  const inPassing = group.acts >= 0 && (leftUnable(clause, start, group.acts) || cues.some((cue) => cue.openedBy.size === 0 && predicateAt(clause, cue, start)));
  if (judges(group.acts) && !inPassing) return quote(group.acts);
  const joined = group.next > start && group.next < aside.to ? joinedAction(clause, group.next, group.be) : null;
  return joined && judges(joined.acts) ? quote(joined.acts) : null;
}

/** Words that make a clause the consequence of the one before it ("who are therefore not able to"). */
const CONSEQUENCES = new Set(['therefore', 'consequently', 'thus', 'hence']);
/**
 * Words that deny a subject's act: that it could not act ("not able to", "unable to", "cannot") or did not ("do not
 * check", "never check", "no longer check"). After a word of CONSEQUENCES either says what another's act left it not
 * doing, which judges that act; the two are one case, so the list holds the plain denials too.
 */
const INABILITY = new Set(['not', 'cannot', 'unable', 'never', 'no']);

/**
 * Do the words from token `from` to the acting word `acts` say, as a consequence, what the subject cannot or does not
 * do ("are therefore not able to offer", "consequently cannot arrange", "therefore never check")? Then the clause
 * judges whoever left it so, not it.
 */
function leftUnable(clause: Clause, from: number, acts: number): boolean {
  const words = clause.tokens.slice(from, acts).map((token) => token.word);
  return words.some((word) => CONSEQUENCES.has(word)) && words.some((word) => INABILITY.has(word));
}

/**
 * The passing role of a mention spanning tokens first..last, or null when it counts (a null role
 * with a reason when a decision kept a cue from reading it as passing). `mentions` marks
 * the other mentions of its kind (see listStart), so a cue before a list reaches its later items.
 * `notes`: also say why no cue took a counted mention (infinitiveNote, undoneHeadNote), which only
 * `jtai explain` shows; tagging alone leaves them out (they change a reason, never a role).
 */
export function passingRole(cues: CompiledCue[], clause: Clause, first: number, last: number, mentions?: Mentions, followBrackets = true, notes = true): { role: string | null; why: string } | null {
  // A mention in brackets that renames the one before them takes its role: "the duty placed on the local authority
  // (in this case Northshire County Council)". The one renamed does not take a role from a bracket before it in
  // turn: following such brackets back to the first made a sentence of n of them cost n².
  const renamed = mentions && followBrackets ? renamedInBrackets(clause, first, last, mentions) : null;
  if (renamed) {
    const role = passingRole(cues, clause, renamed.first, renamed.last, mentions, false, notes);
    const before = clause.text.slice(clause.tokens[renamed.first]!.start, clause.tokens[renamed.last]!.end);
    if (role?.role) return { role: role.role, why: `in brackets renaming "${before}": ${role.why}` };
  }
  const found = cueRole(cues, clause, first, last, mentions);
  if (found) {
    // "raised with the police, who responded quickly": the one the cue names in passing acts in the relative clause after it.
    const start = mentions ? listStart(clause, mentions, first, last, found.cue) : -1;
    const acts = found.cue.holdsPastRelative ? null : found.pastRelative ? asideVerb(clause, found.pastRelative, cues) : relativeVerb(clause, start >= 0 ? start : first, mentions ? listEnd(clause, mentions, last, found.cue.skip) : last, cues);
    if (acts) return { role: null, why: `${found.why}, but the subject of "${acts}", a relative clause after it` };
    // "the child's school raised the alarm", "support from the child's school": a mention in its clause's subject, or the source.
    const subjectActs = found.cue.actsAsSubject && found.afterPredicate === undefined ? actingSubject(clause, start >= 0 ? start : first, mentions ? listEnd(clause, mentions, last, found.cue.skip) : last) : null;
    if (subjectActs) return { role: null, why: `${found.why}, but ${subjectActs}` };
    // "GPs are not invited to the core group and rarely send reports": the predicate's subject acts in a verb joined to it.
    const { afterPredicate } = found;
    const passive = afterPredicate !== undefined && clause.tokens.slice(last + 1, afterPredicate).some((token) => BE_FORMS.has(token.word));
    const joined = afterPredicate === undefined || found.cue.holdsPastRelative ? null : joinedAction(clause, afterPredicate, passive, found.cue);
    if (joined) return { role: null, why: `${found.why}, but the subject of "${clause.text.slice(clause.tokens[joined.join]!.start, clause.tokens[joined.acts]!.end)}", ${joined.relative ? 'a relative clause on its object' : 'a verb joined to it'}` };
    return { role: found.cue.role, why: found.why };
  }
  // "referred to children's social care and, where needed, to the police": a later item whose preposition is repeated
  // takes the role a cue gives the first item (issue 9, helper 9bb); a relative clause after it still makes it act.
  // Back over up to REPEATS such items ("to the hub, to schools and, at night, to the police"), each read by its cues alone.
  let earlier = mentions ? repeatedPrepositionItem(clause, first) : null;
  let earlierRole = earlier ? cueRole(cues, clause, earlier.first, earlier.last, mentions) : null;
  for (let step = 1; earlier && !earlierRole && step < REPEATS; step++) {
    earlier = repeatedPrepositionItem(clause, earlier.first);
    earlierRole = earlier ? cueRole(cues, clause, earlier.first, earlier.last, mentions) : null;
  }
  if (earlier && earlierRole && !relativeVerb(clause, first, last, cues)) {
    const { tokens } = clause;
    return { role: earlierRole.cue.role, why: `after a repeated "${tokens[earlier.preposition]!.word}", as "${clause.text.slice(tokens[earlier.first]!.start, tokens[earlier.last]!.end)}": ${earlierRole.why}` };
  }
  if (!notes) return null;
  const note = infinitiveNote(cues, clause, first) ?? undoneHeadNote(cues, clause, first);
  return note ? { role: null, why: note } : null;
}

/**
 * Why a mention an acts-as-subject cue names in passing is judged after all (the mention's list opens at token `first` and
 * ends at token `last`), or null when the cue holds. The cue holds for the one another acts on or sends to: after "to"
 * ("alerts to the children's schools"), or with a verb before it in its clause ("officers visit the child's school", "take
 * account of the child's school"), or in a passive ("the child's school is not told the outcome"). It does not hold for
 * the source or agent of the work judged, after "from" or "by" ("support from the child's school has been excellent",
 * "referrals from the child's school were poor"), for the subject of a verb that acts ("the child's school raised the
 * alarm", "staff at the child's school spotted"), nor for a phrase that opens its clause, whatever follows it that is no
 * passive ("the child's school's response was swift", "the young person's college tutor noticed", "the child's school is a
 * trusted partner"): the subject the clause judges (issue 9, sixty-second step, helper 9ep: a second reader's A1 and A2,
 * where the verb group just after the phrase was read alone and a copula, a possessive or a noun head outside PHRASE_HEADS
 * dropped the school). A passive keeps the cue, unless a verb joined after "and"/"but" makes the school act ("the schools
 * were well informed and took action", as joinedAction reads a predicate's subject); a participle that is an adjective
 * after a copula is no passive ("the school had been worried ... but did not refer": ADJECTIVAL_PARTICIPLES; helper 9ew).
 */
function actingSubject(clause: Clause, first: number, last: number): string | null {
  const { tokens } = clause;
  // The preposition that governs the mention's phrase: back over its articles, owners and adjectives, within its clause.
  for (let k = first - 1; k >= 0 && first - k <= SUBJECT_PHRASE_WORDS && clause.joinedAt(k + 1); k--) {
    const { word } = tokens[k]!;
    if (word === 'to') return null;
    if (word === 'from' || word === 'by') return `its source, after "${word}"`;
    if (PREPOSITIONS.has(word) || AUXILIARIES.has(word) || CLAUSE_VERB.test(wordClassOf(word))) break;
  }
  if (outsideSubject(clause, first)) return null;
  const at = phraseEnd(clause, last);
  const verb = at < tokens.length && clause.joinedAt(at) ? verbGroupAction(clause, at) : null;
  if (verb && verb.acts >= 0) return `the subject of "${clause.text.slice(tokens[at]!.start, tokens[verb.acts]!.end)}"`;
  // The phrase opens its clause: its subject, judged, unless a passive follows it ("the child's school is not told").
  let open = first - 1;
  while (open >= 0 && clause.joinedAt(open + 1) && SUBJECT_PHRASE_OPENERS.has(tokens[open]!.word) && first - open <= SUBJECT_PHRASE_WORDS) open--;
  const opens = open < 0 || !clause.joinedAt(open + 1) || SUBORDINATORS.has(tokens[open]!.word) || CLAUSE_JOINS.has(tokens[open]!.word);
  if (!opens) return null;
  if (passiveAfter(clause, at)) {
    // A passive's subject acts in a verb joined after it ("the child's school was well informed and took action
    // quickly"), as a predicate's does (joinedAction).
    const group = verbGroupAction(clause, at);
    const joined = group.next > at ? joinedAction(clause, group.next, group.be) : null;
    return joined ? `the subject of "${clause.text.slice(tokens[joined.join]!.start, tokens[joined.acts]!.end)}", a verb joined to it` : null;
  }
  return "in its clause's subject, the one judged";
}

/**
 * Participles that after a copula say how the subject stood, an adjective, not what another did to it: "the child's
 * school had been worried", "was concerned" (issue 9, helper 9ew). Not "informed" or "told": "the school was not
 * informed" is another's act, the school in passing.
 */
const ADJECTIVAL_PARTICIPLES = new Set(['worried', 'concerned', 'alarmed', 'troubled', 'unconcerned']);

/** Is the verb group at token `at` a passive: a form of "be", adverbs or "not", then a participle ("is not told")? */
function passiveAfter(clause: Clause, at: number): boolean {
  const { tokens } = clause;
  let k = at;
  let be = false;
  for (; k < tokens.length && clause.joinedAt(k) && k - at < 6; k++) {
    const { word } = tokens[k]!;
    if (BE_FORMS.has(word) || word === 'been' || word === 'being') be = true;
    else if (!(AUXILIARIES.has(word) || word === 'not' || wordClassOf(word) === 'RB')) break;
  }
  return be && k < tokens.length && clause.joinedAt(k) && /^VB[DN]$/.test(wordClassOf(tokens[k]!.word)) && !ADJECTIVAL_PARTICIPLES.has(tokens[k]!.word);
}

/** The words of a child's own school's phrase before it: "[the young person's previous] school". */
const SUBJECT_PHRASE_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 's', 'child', 'children', 'pupil', 'pupils', 'young', 'person', 'people', 'girl', 'boy', 'own', 'new', 'previous', 'current', 'local', 'primary', 'secondary', 'mainstream', 'special']);

/** The most words between a mention and the preposition governing its phrase: "from [the child's previous] school". */
const SUBJECT_PHRASE_WORDS = 6;

/**
 * Where the noun phrase that a mention ends opens, when another mention opens it ("in line with [multi-agency] public
 * protection arrangements") or the mention is an acronym in brackets for the words before it ("multi-agency public
 * protection (MAPPA)"): a cue before the phrase names the mention as it names the phrase. Otherwise `first`.
 */
function phraseOpening(clause: Clause, mentions: Mentions, first: number): number {
  let at = first;
  if (clause.bracketedAt(first)) {
    for (let words = 0; clause.joinedAt(at) && words < OTHER_ITEM_WORDS && !mentionEndsAt(mentions, at - 1) && otherWord(clause, at - 1); words++) at--;
  }
  while (clause.joinedAt(at) && mentionEndsAt(mentions, at - 1)) at = mentions.first[at - 1]!;
  return at;
}

/** Words that may open a bracket renaming the phrase before it, besides a proper name: "(in this case Northshire ...)". */
const RENAMING_OPENERS = new Set(['in', 'this', 'case', 'namely', 'i', 'e', 'ie', 'that', 'is', 'the']);
/** The most words in such a bracket before the mention. */
const RENAMING_WORDS = 6;

/**
 * The mention just before a bracket that holds only the mention spanning first..last, its proper name and a few
 * opening words ("the local authority (in this case Northshire County Council)"); null otherwise. An acronym in
 * brackets is part of its noun phrase already (Clause.bracketedAt), so it is not read here.
 */
function renamedInBrackets(clause: Clause, first: number, last: number, mentions: Mentions): { first: number; last: number } | null {
  if (clause.bracketedAt(first) || !clause.closesBracket(last)) return null;
  let open = first;
  while (open > 0 && !clause.opensBracket(open) && first - open < RENAMING_WORDS && (RENAMING_OPENERS.has(clause.tokens[open - 1]!.word) || properName(clause, open - 1, open - 1))) open--;
  if (!clause.opensBracket(open) || !mentionEndsAt(mentions, open - 1)) return null;
  return { first: mentions.first[open - 1]!, last: open - 1 };
}

/** The most words of an aside between commas after a list word, before a repeated preposition: "and, where needed, to". */
const REPEAT_ASIDE_WORDS = 6;
/** The most words of the earlier item: "with [the council's social workers] and with". */
const REPEAT_ITEM_WORDS = 6;
/** The most earlier items read back for a cue: a long list of repeated prepositions costs at most this many readings a mention. */
const REPEATS = 8;

/**
 * The item before a list word whose preposition the mention's phrase repeats: "to children's social care and, where
 * needed, [to] the police", "with GPs or [with] schools". The item runs from the token after the earlier preposition
 * to the one before the list word; null when the mention's phrase opens with no preposition (over up to a few words
 * that are no mention, "with [the child's] nursery"), or no list word stands before it, or the item before the list
 * word opens with another preposition or none within a few words.
 */
function repeatedPrepositionItem(clause: Clause, first: number): { first: number; last: number; preposition: number } | null {
  const { tokens } = clause;
  let p = first - 1;
  for (let words = 0; p >= 0 && words < OTHER_ITEM_WORDS && clause.joinedAt(p + 1) && !PREPOSITIONS.has(tokens[p]!.word) && otherWord(clause, p); p--) words++;
  if (p <= 0 || !clause.joinedAt(p + 1) || !PREPOSITIONS.has(tokens[p]!.word) || tokens[p]!.word === 'of') return null;
  // The list word: straight before the preposition, or before an aside set apart by commas ("and, in urgent cases, to").
  let join = -1;
  if (clause.joinedAt(p) && LIST_JOINS.has(tokens[p - 1]!.word)) join = p - 1;
  else if (clause.commaBefore(p) && !clause.text.slice(tokens[p - 1]!.end, tokens[p]!.start).includes('.')) {
    for (let k = p - 1; k > 0 && p - k <= REPEAT_ASIDE_WORDS; k--) {
      if (/[.;:()]/.test(clause.text.slice(tokens[k - 1]!.end, tokens[k]!.start))) break;
      if (clause.commaBefore(k)) {
        if (LIST_JOINS.has(tokens[k - 1]!.word)) join = k - 1;
        break;
      }
    }
  }
  if (join <= 1 || !clause.joinedAt(join) || clause.breakBefore(join)) return null;
  // The earlier item and its preposition, the same word, within a few words of the list word.
  for (let q = join - 1, words = 0; q >= 0 && words <= REPEAT_ITEM_WORDS && clause.joinedAt(q + 1); q--, words++) {
    if (tokens[q]!.word === tokens[p]!.word) return q + 1 < join ? { first: q + 1, last: join - 1, preposition: q } : null;
    if (PREPOSITIONS.has(tokens[q]!.word) || LIST_JOINS.has(tokens[q]!.word)) return null;
  }
  return null;
}

/** Does a mention end at token k? */
const mentionEndsAt = (mentions: Mentions, k: number) => mentions.first[k]! >= 0 && mentions.last[k] === k;

/**
 * Where a cue before token `at` must end: a list of members names each by its full name ("involving [Northshire]
 * Police"); elsewhere a name before the mention keeps its own role ("funded by [Northtown] NHS Trust": a funder
 * named so was measured as judged).
 */
const cueNamedFrom = (clause: Clause, cue: CompiledCue, at: number) => (cue.endsPhrase ? nameStart(clause, at) : at);

/** The first cue that names a mention in passing, and why; null when none does. */
function cueRole(cues: CompiledCue[], clause: Clause, first: number, last: number, mentions?: Mentions): { cue: CompiledCue; why: string; afterPredicate?: number; pastRelative?: Aside } | null {
  const { tokens } = clause;
  // Where the mention's phrase opens when it is set apart by commas (an apposition), or -1: read once, when a cue first asks.
  let apposition: number | undefined;
  const appositionOpening = () => (apposition ??= setApart(clause, first, last));
  // Where the noun phrase the mention ends opens (phraseOpening): the same for every cue, read once.
  let phraseStart: number | undefined;
  for (const cue of cues) {
    if (cue.sentenceOpeners.length > 0) {
      const opener = mentions ? consequenceOpener(clause, cue, first, last, mentions) : null;
      if (opener) return { cue, why: `in a sentence that opens "${opener}", after an agency named before it` };
      continue;
    }
    if (cue.named.size > 0 && !cue.named.has(tokens[last]!.stem)) continue;
    if (cue.inSentence.size > 0 && !sentenceHolds(clause, cue.inSentence, first, last, true)) continue;
    if (cue.notInSentence.size > 0 && sentenceHolds(clause, cue.notInSentence, first, last, false)) continue;
    if (cue.notSubjects.size > 0 && cue.notSubjects.has(openingSubjectHead(clause, first)?.stem ?? '')) continue;
    if (cue.actedOn.size > 0) {
      const whom = actedOnHead(clause, first, last);
      if (whom && cue.actedOn.has(whom.stem)) return { cue, why: `done to "${whom.word}"` };
      // a head after the word before it: "young [people]" (issue 9, helper 9ek: a second reader's T4)
      const at = whom ? tokens.indexOf(whom) : -1;
      if (at > 0 && clause.joinedAt(at) && cue.actedOn.has(`${tokens[at - 1]!.stem} ${whom!.stem}`)) return { cue, why: `done to "${tokens[at - 1]!.word} ${whom!.word}"` };
      continue;
    }
    // "made up of police and health staff who share information" judges the members.
    if (cue.endsPhrase && !endsNounPhrase(clause, mentions ? listEnd(clause, mentions, last, cue.skip) : last)) continue;
    const undone = cue.notBefore.size > 0 && cue.before.size > 0 && followedBy(clause, cue.notBefore, mentions ? listEnd(clause, mentions, last, cue.skip) : last);
    const cueBefore = undone ? undefined : cueEndingBefore(clause, cue, cueNamedFrom(clause, cue, first));
    if (cueBefore) return { cue, why: `after "${cueBefore.text}"` };
    // A wider mention of another rule over this one opens the same noun phrase: "not always include the [perinatal] mental
    // health team" leaves out the health rule's "mental health team" as the adult mental health rule's (helper 9ci: r20-45).
    const wider = mentions && !undone && mentions.first[first]! >= 0 && mentions.first[first]! < first && mentions.last[first]! >= last ? mentions.first[first]! : first;
    const cueBeforeWider = wider < first ? cueEndingBefore(clause, cue, cueNamedFrom(clause, cue, wider)) : undefined;
    if (cueBeforeWider) return { cue, why: `after "${cueBeforeWider.text}", in the wider mention "${clause.text.slice(tokens[wider]!.start, tokens[last]!.end)}"` };
    const opening = mentions && cue.before.size > 0 && !undone ? (phraseStart ??= phraseOpening(clause, mentions, first)) : first;
    const cueBeforePhrase = opening < first ? cueEndingBefore(clause, cue, cueNamedFrom(clause, cue, opening)) : undefined;
    if (cueBeforePhrase) {
      const bracketed = clause.bracketedAt(first);
      const phrase = clause.text.slice(tokens[opening]!.start, tokens[bracketed ? first - 1 : last]!.end);
      return { cue, why: `after "${cueBeforePhrase.text}", ${bracketed ? `for "${phrase}" before it` : `in the phrase "${phrase}"`}` };
    }
    const inHeaded = cue.objectHeads.size > 0 && !undone ? cueBeforeHeadedPhrase(clause, cue, first, last) : null;
    if (inHeaded) return { cue, why: `after "${inHeaded.cue.text}", in the phrase "${clause.text.slice(tokens[inHeaded.opening]!.start, tokens[inHeaded.head]!.end)}"` };
    const start = mentions && (cue.before.size > 0 || cue.heads.size > 0) ? listStart(clause, mentions, first, last, cue) : -1;
    const inList = start >= 0 ? `, in a list after "${clause.text.slice(tokens[start]!.start, tokens[first - 1]!.end)}"` : '';
    // A cue that reads its object's head reads each item's: "sits on the LSCB and the police [board]", not "sits on the board and the police chair it".
    const cueBeforeList = start >= 0 && !undone && objectHeadFits(clause, cue, first) ? cueEndingBefore(clause, cue, cueNamedFrom(clause, cue, start)) : undefined;
    if (cueBeforeList) return { cue, why: `after "${cueBeforeList.text}"${inList}` };
    const cueAfter = afterCue(clause, cue, first, last, mentions);
    if (cueAfter) return { cue, why: cueAfter };
    const owned = mentions ? ownedByUser(clause, cue, first, last, mentions) : null;
    if (owned) return { cue, why: `owner of "${owned}", which an agency named before it uses` };
    const head = governed(clause, cue, first);
    if (head) return { cue, why: `in its clause, governed by ${head}` };
    const headOfList = start >= 0 ? governed(clause, cue, start) : null;
    if (headOfList) return { cue, why: `in its clause, governed by ${headOfList}${inList}` };
    const passiveHead = mentions ? governedAfter(clause, cue, start >= 0 ? start : first, last, mentions) : null;
    if (passiveHead) return { cue, why: `in its clause, governed by ${passiveHead}` };
    const said = openedBy(clause, cue, first) ? predicate(clause, cue, last, mentions) : null;
    if (said) return { cue, why: `in its clause, the subject of ${said.text}${said.pastRelative ? ', past a relative clause set apart by commas' : ''}`, afterPredicate: said.end, pastRelative: said.pastRelative };
    const renamed = mentions && (cue.before.size > 0 || cue.heads.size > 0) && appositionOpening() > 0 ? appositionHead(clause, cue, appositionOpening(), last, mentions) : null;
    if (renamed) {
      const inApposition = `, in apposition to "${clause.text.slice(tokens[renamed.from]!.start, tokens[renamed.to]!.end)}"`;
      const cueBeforeHead = undone ? undefined : cueEndingBefore(clause, cue, renamed.from);
      if (cueBeforeHead) return { cue, why: `after "${cueBeforeHead.text}"${inApposition}` };
      const headOfRenamed = governed(clause, cue, renamed.from);
      if (headOfRenamed) return { cue, why: `in its clause, governed by ${headOfRenamed}${inApposition}` };
    }
  }
  return null;
}

/** Each clause's sentence start for every token, found once (a long sentence of many mentions asks for each). */
const sentenceStarts = new WeakMap<Clause, Int32Array>();
/**
 * The token that opens the sentence holding each token of a clause, as src/text/sentences.ts ends sentences: not at a
 * clause break (; :) nor a bracket, nor a stop inside a number or an address ("12.5%", "example.gov.uk") or before a
 * lower-case word ("e.g.").
 */
function sentenceStartsOf(clause: Clause): Int32Array {
  let starts = sentenceStarts.get(clause);
  if (!starts) {
    const opening = sentenceStartWords(clause.text, clause.tokens);
    starts = new Int32Array(clause.tokens.length);
    for (let i = 1; i < starts.length; i++) starts[i] = opening.has(i) ? i : starts[i - 1]!;
    sentenceStarts.set(clause, starts);
  }
  return starts;
}

/** The tokens of a clause that are one of a word set's words (a cue's in-sentence or not-in-sentence words), by clause and set, found once. */
const holdingTokens = new WeakMap<Clause, Map<Set<string>, number[]>>();

/**
 * Does one of the stems `words` stand outside the mention (tokens `first` to `last`) in the sentence that holds it, or,
 * with `orBefore`, in the sentence just before it ("waits for treatment can exceed a year. During this time, responsibility
 * for managing risk often falls to schools")? The mention's own words are not the rest of its sentence: "caseloads in the
 * [contact and referral] team" names no contact elsewhere (helper 9ed: a second code reader's point 1). One pass over the
 * clause a word set.
 */
function sentenceHolds(clause: Clause, words: Set<string>, first: number, last: number, orBefore: boolean): boolean {
  let bySet = holdingTokens.get(clause);
  if (!bySet) holdingTokens.set(clause, (bySet = new Map()));
  let holding = bySet.get(words);
  if (!holding) {
    holding = clause.tokens.flatMap((token, k) => (words.has(token.stem) ? [k] : []));
    bySet.set(words, holding);
  }
  // Most clauses hold none of the words: the text's sentence starts are then not needed.
  if (holding.length === 0) return false;
  const opening = sentenceStartsOf(clause);
  const start = opening[first]!;
  const before = orBefore && start > 0 ? opening[start - 1]! : -1;
  return holding.some((k) => (k < first || k > last) && (opening[k] === start || opening[k] === before));
}

/** Words that open a coordinated or subordinate clause before its own subject ("..., and staff are supervised"). */
const CLAUSE_JOINS = new Set(['and', 'but', 'or', 'while', 'whereas', 'although', 'though', 'because', 'so', 'yet']);

/**
 * The head of the one a mention's act (first..last) is done to, in its clause: the noun phrase after its "of" ("supervision
 * of the [boy] at playtimes"), a passive participle's sentence subject ("[Pupils] at risk are supervised"), or the noun
 * phrase after a verb ("staff supervise younger [pupils] more closely"); a phrase's head is objectHead's, as an
 * object-heads cue reads it; null when none is read.
 */
function actedOnHead(clause: Clause, first: number, last: number): RoleToken | null {
  const { tokens } = clause;
  const joined = (k: number) => k < tokens.length && !clause.breakBefore(k) && !clause.commaBefore(k);
  const phraseHead = (start: number): RoleToken | null => {
    if (!joined(start)) return null;
    const head = objectHead(clause, start, true);
    return head >= 0 ? tokens[head]! : null;
  };
  // A passive's own subject, when its noun phrase stands just before the be-form and opens after a comma, a clause's
  // "and" or "but", or the sentence's start: "children are supervised well, and [staff] are supervised" (a code
  // reader's point 2, issue 9, helper 9ek); otherwise the sentence's opening subject ("pupils at risk are supervised").
  const passiveSubject = (be: number): RoleToken | null => {
    const j = be - 1;
    if (j < 0 || !joined(be) || !/^NN/.test(wordClassOf(tokens[j]!.word))) return null;
    let i = j;
    while (i > 0 && joined(i) && (/^(NN|JJ)/.test(wordClassOf(tokens[i - 1]!.word)) || DETERMINERS.has(tokens[i - 1]!.word)) && !PREPOSITIONS.has(tokens[i - 1]!.word)) i--;
    return i > 0 && joined(i) && !CLAUSE_JOINS.has(tokens[i - 1]!.word) ? null : tokens[j]!;
  };
  if (joined(last + 1) && tokens[last + 1]!.word === 'of') return phraseHead(last + 2);
  const wordClass = wordClassOf(tokens[last]!.word);
  let k = first - 1;
  while (k >= 0 && joined(k + 1) && /^RB/.test(wordClassOf(tokens[k]!.word))) k--;
  if (k >= 0 && joined(k + 1) && BE_FORMS.has(tokens[k]!.word) && /VB[DN]/.test(wordClass)) return passiveSubject(k) ?? openingSubjectHead(clause, first);
  return /VB/.test(wordClass) ? phraseHead(last + 1) : null;
}

/** Word classes of a verb or a modal, which ends a sentence's opening subject. */
const SUBJECT_ENDS = /^(VB[DPZ]?|MD)$/;

/**
 * The head of the subject that opens the sentence holding token `at`: the last word but an adverb before the sentence's
 * first verb or a relative word ("Children [often] speak with", "[Children] who are looked after can speak with"), or
 * before the first preposition of those words ("[Children] in care can speak with", "Young [people] say they find it easy
 * to speak with"); past a clause opened by a subordinating word and closed by a comma before `at` ("When they need to,
 * [children] can speak with"), or with no comma, past its verb to the main clause's subject (mainClauseStart); else past
 * that word alone; null when a verb opens the sentence or none stands before `at`.
 */
function openingSubjectHead(clause: Clause, at: number): RoleToken | null {
  const { tokens } = clause;
  const start = sentenceStartsOf(clause)[at]!;
  if (!SUBORDINATORS.has(tokens[start]!.word)) return subjectHeadFrom(clause, start, at);
  let comma = start + 1;
  while (comma < at && !clause.commaBefore(comma)) comma++;
  // After the comma the same read-back: a subject pronoun stands for the fronted clause's subject ("When children are
  // upset, [they] can speak with": children), as with no comma (a code reader's point 6, issue 9, helper 9ek).
  if (comma < at) {
    const head = subjectHeadFrom(clause, comma, at);
    return head && SUBJECT_PRONOUNS.has(head.word) ? (subjectHeadFrom(clause, start + 1, comma) ?? head) : head;
  }
  // No comma: the main clause's subject when one stands between the fronted clause's verb and the mention's ("When a pupil
  // is worried [teachers] speak with"), but a pronoun there stands for the fronted clause's subject ("When children are
  // upset they speak with": children), read past the subordinator alone, as is a mention inside the fronted clause.
  const main = mainClauseStart(clause, start + 1, at);
  const head = main === null ? null : subjectHeadFrom(clause, main, at);
  return head && !SUBJECT_PRONOUNS.has(head.word) ? head : subjectHeadFrom(clause, start + 1, at);
}

/** A word class that may end a fronted clause with no comma: a verb or its particle ("When they need [to] children can"). */
const FRONTED_CLAUSE_END = /VB|MD|^TO$/;

/**
 * The first word of a main clause's subject after a fronted clause with no comma, in tokens from..at: the words before
 * the last verb group before `at` back to the word after a verb or "to" ("When the school was told [the children] spoke
 * with"); null when no verb stands before those words in the fronted clause, or no verb group before `at`.
 */
function mainClauseStart(clause: Clause, from: number, at: number): number | null {
  const { tokens } = clause;
  let verb = at - 1;
  while (verb > from && !SUBJECT_ENDS.test(wordClassOf(tokens[verb]!.word))) verb--;
  while (verb > from && /^(VB|MD|RB)/.test(wordClassOf(tokens[verb - 1]!.word))) verb--;
  let begin = verb;
  while (begin > from && !FRONTED_CLAUSE_END.test(wordClassOf(tokens[begin - 1]!.word))) begin--;
  return begin > from && begin < verb ? begin : null;
}

/** The subject's head read from token `start` (see openingSubjectHead). */
function subjectHeadFrom(clause: Clause, start: number, at: number): RoleToken | null {
  const { tokens } = clause;
  let end = start;
  while (end < at && !SUBJECT_ENDS.test(wordClassOf(tokens[end]!.word)) && !(end > start && RELATIVES.has(tokens[end]!.word))) end++;
  let head = end - 1;
  while (head >= start && /^RB/.test(wordClassOf(tokens[head]!.word))) head--;
  if (head < start || end === at) return null;
  const preposition = tokens.slice(start + 1, head + 1).findIndex((token) => MODIFIER_OPENERS.has(token.word));
  if (preposition < 0) return tokens[head]!;
  // An adjective that opens the post-modifier with its preposition leaves the head before it: "young people [subject] to
  // court orders", "children [known] to the service" (a second reader's T4, issue 9, helper 9ek).
  const before = start + preposition;
  return tokens[before > start && POSTMODIFYING_ADJECTIVES.has(tokens[before]!.word) && /^NN/.test(wordClassOf(tokens[before - 1]!.word)) ? before - 1 : before]!;
}

/** Adjectives that follow a head with their preposition: "people subject to orders", "children known to the service". */
const POSTMODIFYING_ADJECTIVES = new Set(['subject', 'known', 'open', 'vulnerable', 'liable', 'prone', 'exposed', 'eligible', 'entitled', 'new', 'close']);

/** Whether one of a cue's sentence openers stands anywhere in a clause's words, by clause and cue, found once. */
const openersIn = new WeakMap<Clause, Map<CompiledCue, boolean>>();

/**
 * Does one of the cue's sentence openers stand anywhere in the clause? Without one, consequenceOpener finds none at
 * its mention's sentence start, and the text's sentence starts (sentenceStartsOf, a pass of src/text/sentences.ts over
 * it) are not needed: the openers' first words ("this", "as") set the cue off in most findings (cuesIn), the openers
 * themselves stand in few.
 */
function openerIn(clause: Clause, cue: CompiledCue): boolean {
  let byCue = openersIn.get(clause);
  if (!byCue) openersIn.set(clause, (byCue = new Map()));
  let found = byCue.get(cue);
  if (found === undefined) {
    const { tokens } = clause;
    found = false;
    for (let k = 0; k < tokens.length && !found; k++) found = cue.sentenceOpeners.some((o) => startsWithForms(tokens, k, o.forms));
    byCue.set(cue, found);
  }
  return found;
}

/** Each text's first token that a mention covers (-1: none), found once. */
const firstMentioned = new WeakMap<Mentions, number>();

/**
 * The cue's sentence opener that opens the sentence holding token `first`, when that sentence is not the text's first
 * and an agency is named in a sentence before it; null otherwise (issue 9, helper 9bf). "Referrals from the police
 * lack detail. This means that social workers must ring back" says what the police's referrals leave social workers
 * to do: the one affected, not the one judged. Not "As a result of ...", which opens its own cause.
 */
function consequenceOpener(clause: Clause, cue: CompiledCue, first: number, last: number, mentions: Mentions): string | null {
  if (!openerIn(clause, cue)) return null;
  const { tokens } = clause;
  const starts = sentenceStartsOf(clause);
  const start = starts[first]!;
  if (start === 0) return null;
  const opener = cue.sentenceOpeners.find((o) => startsWithForms(tokens, start, o.forms) && start + o.forms.length <= first && tokens[start + o.forms.length]?.word !== 'of');
  if (!opener) return null;
  // A not-near word after the mention in its sentence judges how the one named does its own work ("As a result, teachers
  // respond quickly", "This means that the police too rarely follow up"): that agency acts (reviewer rv26). Read after
  // the opener (each check only says no, so their order changes no answer): most mentions' sentences open with none.
  if (cue.notNear.size > 0) for (let j = last + 1; j < tokens.length && starts[j] !== j; j++) if (cue.notNear.has(cue.exactForms ? tokens[j]!.word : tokens[j]!.stem)) return null;
  let earliest = firstMentioned.get(mentions);
  if (earliest === undefined) {
    earliest = mentions.first.findIndex((f) => f >= 0);
    firstMentioned.set(mentions, earliest);
  }
  return earliest >= 0 && earliest < start ? opener.text : null;
}

/**
 * The noun phrase a mention renames, set apart by commas after it (tokens `from` to `to`), or null (the mention's
 * phrase opens at token `open`, after a comma; it ends with the mention at token `last`): "referred to
 * the single point of contact, [the police], within the hour" names the police where the phrase before it is
 * named, and a cue that governs that phrase governs the mention. The mention's phrase (with a few words before it
 * and its proper name around it: "the local mental health service", "Northtown NHS Trust") ends at a comma or a
 * break, not in a list ("the hub, the police, and the school nurse"); the phrase before the comma is walked back
 * to the word that opens it, as a preposition's phrase is.
 */
function appositionHead(clause: Clause, cue: CompiledCue, open: number, last: number, mentions: Mentions): { from: number; to: number } | null {
  const { tokens } = clause;
  if (phraseEnd(clause, listEnd(clause, mentions, last, cue.skip)) !== phraseEnd(clause, last)) return null;
  const to = open - 1;
  if (!clause.inPhrase(to, cue) || LIST_JOINS.has(tokens[to]!.word)) return null;
  let from = to;
  while (from > 0 && to - from < PHRASE_WORDS && !clause.breakBefore(from) && !clause.commaBefore(from) && clause.inPhrase(from - 1, cue) && !LIST_JOINS.has(tokens[from - 1]!.word)) from--;
  // A list before the comma ("the hub, the police") or a phrase that opens its sentence is no renamed object of a cue.
  if (clause.breakBefore(from) || clause.commaBefore(from)) return null;
  // Nor is the subject after an opening phrase with no verb of its own: "On receipt of a referral into the hub,
  // [social care staff] determine ...".
  return verbBefore(clause, from) ? { from, to } : null;
}

/**
 * Where the phrase of a mention (tokens `first` to `last`) opens, over a few words before it and its proper name
 * ("[the local] mental health service", "[Northtown] NHS [Trust]"), when a comma opens it and a comma (not before a
 * list word) or a break ends it; otherwise -1.
 */
function setApart(clause: Clause, first: number, last: number): number {
  const { tokens } = clause;
  let end = phraseEnd(clause, last);
  while (end < tokens.length && !clause.breakBefore(end) && !clause.commaBefore(end) && end - last <= PLACE_WORDS && properName(clause, end, end)) end++;
  if (end < tokens.length && !clause.breakBefore(end) && (!clause.commaBefore(end) || LIST_JOINS.has(tokens[end]!.word))) return -1;
  let open = nameStart(clause, first);
  for (let words = 0; open > 0 && words < OTHER_ITEM_WORDS && !clause.breakBefore(open) && !clause.commaBefore(open) && otherWord(clause, open - 1); words++) open--;
  return open > 0 && !clause.breakBefore(open) && clause.commaBefore(open) && !clause.opensExamples(open) ? open : -1;
}

/** Is there a verb (an auxiliary, or a verb by natural's lexicon) before token i in its sentence? */
function verbBefore(clause: Clause, i: number): boolean {
  for (let k = i - 1; k >= 0 && !clause.breakBefore(k + 1); k--) {
    const { word } = clause.tokens[k]!;
    if (AUXILIARIES.has(word) || /^VB[DPZN]?$/.test(wordClassOf(word))) return true;
  }
  return false;
}

