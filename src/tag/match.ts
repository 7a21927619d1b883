import { excerpt } from '../errors.js';
import { firstAtOrAfter } from '../long-arrays.js';
import { sentenceStarts } from '../text/sentences.js';
import { isOneInput } from '../short-run.js';
import type { Span, Tag } from '../types.js';
import { compileAside, withAsides, type CompiledAside } from './aside.js';
import { conceptPairs, type ConceptPart } from './concepts.js';
import { furtherNeedsOf, lowerForPatterns, patternWords, StringSets } from './pattern-words.js';
import { compiledCues, isAsideCue, shareSkipSets, type CompiledCue, type CompiledCues, type IndexedForm, type PlainCue } from './cues.js';
import { Clause, clauseWords, formStandsIn, DETERMINERS, mentionsOf, passingRole, subordinateClauses, type ClauseWords, type Mentions } from './roles.js';
import { pathOf, type PassingCue, type TagKind, type TagRule } from './rules.js';
import { knowStems, stemOf, wordPlaces, words } from './words.js';

// Rules compiled once into one index from word to the phrases that start with it, so a finding
// is read in one pass however many rules there are. Phrases match by word stems (natural's
// Porter stemmer), so "health visitors" finds "health visitor"; acronyms match
// whole words in their case; patterns are regular expressions on word boundaries.
// Every match is kept with what became of it: counted, excluded, or a mention in passing (an
// agency named as the recipient of a referral, a forum, a document: not the one evaluated).

export interface Token {
  /** The word in lower case, for exact-form matches. */
  word: string;
  stem: string;
  start: number;
  end: number;
}

/**
 * Each lower-case word a text has shown, once, with its stem: a token's word is that one string, so the maps later
 * steps look words up in (the learned layer's feature words) compare it by identity, its hash already known. Kept in a
 * table of its own, looked up by the word's characters as they stand in the text (see tokenize), with no string made.
 */
const knownWords: Array<{ word: string; stem: string }> = [];
/** Each known word's hash (wordHash's), by its place in knownWords. */
const knownHashes: number[] = [];
/** Open addressing by hash: each slot the place in knownWords of a word, or -1; at most half of them taken. */
let knownSlots = new Int32Array(1 << 12).fill(-1);

/** A word character's code in lower case (words.ts's isWordCode: ASCII letters, digits, "_", Cyrillic А-я), or -1 for any other character. */
function lowerWordCode(code: number): number {
  if (code >= 97 && code <= 122) return code;
  if (code >= 65 && code <= 90) return code + 32;
  if ((code >= 48 && code <= 57) || code === 95) return code;
  if (code >= 0x430 && code <= 0x44f) return code;
  if (code >= 0x410 && code <= 0x42f) return code + 32;
  return -1;
}

function placeKnown(hash: number, index: number): void {
  const mask = knownSlots.length - 1;
  let slot = hash & mask;
  while (knownSlots[slot] !== -1) slot = (slot + 1) & mask;
  knownSlots[slot] = index;
}

/** The known word whose lower-case characters are those of text[start, end) lowered (lowerWordCode), made and kept at its first sight. */
function knownWord(text: string, start: number, end: number, hash: number): { word: string; stem: string } {
  const mask = knownSlots.length - 1;
  const length = end - start;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const index = knownSlots[slot]!;
    if (index === -1) break;
    if (knownHashes[index] !== hash) continue;
    const known = knownWords[index]!;
    const word = known.word;
    if (word.length !== length) continue;
    let k = 0;
    while (k < length && word.charCodeAt(k) === lowerWordCode(text.charCodeAt(start + k))) k++;
    if (k === length) return known;
  }
  const word = text.slice(start, end).toLowerCase();
  const known = { word, stem: stemOf(word) };
  knownWords.push(known);
  knownHashes.push(hash);
  if (knownWords.length * 2 > knownSlots.length) {
    knownSlots = new Int32Array(knownSlots.length * 2).fill(-1);
    for (let index = 0; index < knownWords.length; index++) placeKnown(knownHashes[index]!, index);
  } else placeKnown(hash, knownWords.length - 1);
  return known;
}

/**
 * Words with their stems and places, in one pass over the text's characters: each word found (words.ts's wordPlaces),
 * hashed on its characters in lower case as it is read, and looked up in the known words by them, so that no string is
 * cut or lowered for a word seen before (tokenize over the 13 letters' 757 findings, 5 a round: 16-17 ms of CPU
 * against 30-32 cutting each word from the text lowered whole and looking it up in a Map; 7 December 2026, helper 12bf).
 * A word's characters each lower to one character whatever stands around them (the only lowering that reads its
 * neighbours, the final sigma, is of "Σ", no word character; "İ", the one character that lowers to two, is none
 * either), and those of words.ts's isWordCode lower as lowerWordCode has it: ASCII A-Z and Cyrillic А-Я (U+0410-042F)
 * to the code 32 on, the rest to themselves. A word met for the first time is cut and lowered by toLowerCase, as before.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  for (let at = 0; at < length; at++) {
    let code = lowerWordCode(text.charCodeAt(at));
    if (code < 0) continue;
    const start = at;
    // FNV-1a over the lower-case codes.
    let hash = 0x811c9dc5;
    for (;;) {
      hash = Math.imul(hash ^ code, 16777619);
      if (at + 1 >= length) break;
      code = lowerWordCode(text.charCodeAt(at + 1));
      if (code < 0) break;
      at++;
    }
    const end = at + 1;
    const known = knownWord(text, start, end, hash);
    tokens.push({ word: known.word, stem: known.stem, start, end });
  }
  return tokens;
}

/** What a phrase of a rule is for. */
type Use = 'find' | 'exclude' | 'near-words' | 'near-with' | 'concept-head' | 'concept-with';

interface Entry {
  rule: number;
  use: Use;
  /** Stems, or exact lower-case word forms when `exact`. */
  sequence: string[];
  exact: boolean;
  weight: number;
  /** Which `near:` entry of the rule, for near-words and near-with; which `concepts:` entry, for concept-head and concept-with. */
  near: number;
  /** For the uses of a pair (near, concept): which of the tagger's pairs (a rule's `near:` or `concepts:` entry), and its side, 1 or 2; -1 and 0 otherwise. */
  pair: number;
  side: number;
  /** An agency rule's phrase (not its exclusions: "Personal, Social, Health and Economic" education), which does not run across a comma, colon or semicolon ("come to the attention of the police, officers complete" names no "police officer"). */
  whole: boolean;
}

/**
 * A tag rule as the tagger reads it. Its whole expression is made at its first use, not with the tagger: a letter
 * searches only the rules whose pattern words it holds, and a plain text (isPlainText, most of them) searches the copy
 * without the u flag, which is made from the source without the expression under /giu (V8 parses an expression as it
 * is made: the 30 rules' /giu expressions took 4.3-5.5 ms of a one-letter run's CPU cold, under /gi 0.8-1.4).
 */
export class CompiledRule {
  /** The rule's whole expression under /giu (null when it has no patterns), once made; undefined until then. */
  #patterns: RegExp | null | undefined = undefined;
  /** Its copy for plain texts (withoutUnicodeFlag's), once made. */
  #plainPatterns: RegExp | null | undefined = undefined;

  constructor(
    readonly rule: TagRule,
    readonly path: string[],
    /** The source of the rule's whole expression (its patterns joined, wrapPatterns), or null: the rule has no patterns. */
    readonly source: string | null,
    /** Strings of which every match of `patterns` holds one (lower case), or null: a text with none of them is not searched (pattern-words.ts). */
    readonly patternWords: string[] | null,
    /**
     * The rule's patterns one by one, when it has 2 or more, with the pattern words of each (as `patterns` wraps it):
     * a text that holds none of a pattern's words is searched without that pattern, by an expression made of the
     * others in the same order (kept in `subsets` by which are in it). The matches are the same: a pattern that can
     * match nowhere in the text takes no part in any match of the whole. Null: `patterns` is always searched whole.
     * A rule of more than MASK_PATTERNS has no subsets: a text that may match a few of its patterns (SEPARATE_MOST)
     * is searched by each of those alone (`parts`, made at first use; separateHits), one that may match more by the whole.
     */
    readonly alternatives: { sources: string[]; words: Array<string[] | null>; subsets: Map<number, RegExp>; parts: Array<RegExp | undefined> } | null,
    /** The rule's references (`refers-back`): phrases by their stems, each resolved to the body named before it, and the stems of the words that end a body's name. */
    readonly references: Array<{ phrases: string[][]; bodies: Set<string> }>,
  ) {}

  /** The rule's whole expression (its patterns under /giu, on word boundaries), or null: it has none. The same object at every call. */
  get patterns(): RegExp | null {
    if (this.#patterns === undefined) {
      this.#patterns = this.source === null ? null : new RegExp(this.source, 'giu');
      // A copy made before it is withoutUnicodeFlag's copy of it.
      if (this.#patterns && this.#plainPatterns) withoutU.set(this.#patterns, this.#plainPatterns);
    }
    return this.#patterns;
  }

  /** What withoutUnicodeFlag gives for `patterns`, made without `patterns` when its source can be copied. */
  get plainPatterns(): RegExp | null {
    if (this.#plainPatterns === undefined) {
      if (this.#patterns !== undefined || this.source === null || !copyable(this.source)) this.#plainPatterns = this.patterns && withoutUnicodeFlag(this.patterns);
      else this.#plainPatterns = new RegExp(this.source, 'gi');
    }
    return this.#plainPatterns;
  }
}

/** The rules compiled; with the passing cues and their indexes (CompiledCues: `passing`, `cueIndex`, `formIndex`). */
export interface Tagger extends CompiledCues {
  rules: CompiledRule[];
  kinds: Record<TagKind, number[]>;
  /** A trie of phrases by stem (and one by exact word): each word of a finding is followed only as far as some phrase goes. */
  stemIndex: Map<string, TrieNode>;
  /** How many pairs the rules have (their `near:` and `concepts:` entries, Entry.pair). */
  pairs: number;
  wordIndex: Map<string, TrieNode>;
  /** Acronym in lower case -> the acronym as written, its rules and weights. */
  acronyms: Map<string, Array<{ acronym: string; rule: number; weight: number }>>;
  /** The first characters of the acronyms as written (codes): a word that starts otherwise is none of them, and is not looked up. */
  acronymStarts: Set<number>;
  patterned: number[];
  /**
   * As patternSetsOf's, but each pattern of a rule with alternatives its own set (those of `patterned[p]` from
   * `patternStarts[p]` to `patternStarts[p + 1]`): which of their patterns a text may match, in one pass. What the scan reads.
   * Its automaton holds each pattern's further needs too (furtherNeeds, read by heldAll), after the words' sets.
   */
  alternativeSets: StringSets;
  patternStarts: Int32Array;
  /**
   * Room left for cached subsets (CompiledRule.alternatives), in characters of their sources, from SUBSET_ROOM. A text
   * whose subset is not cached and would not fit is searched by the rule's whole expression (the same matches).
   */
  subsetRoom: number;
  /** The theme files' `aside` cue (the last one read): a practice theme named once in a trailing clause, beside clear themes. */
  aside: CompiledAside | null;
  /** The theme rules with `agency-roles` (events read from the agencies' roles), by their place in `rules`. */
  events: number[];
  /** Every word the rules stem, with its stem: what the compiled rules keep, so that loading them stems nothing. */
  stems: Map<string, string>;
  /** The stems of each phrase of the rules' trie by stem (stemIndex) and of their references, by its text: what the compiled rules keep too. */
  phraseStems: Map<string, string[]>;
}

/** What an earlier compileRules of the same rules worked out, as the compiled rules keep it (src/rules.ts). */
export interface KnownFromBuild {
  /** The stems of the rules' words, as the tagger's `stems` records them. */
  stems?: Map<string, string>;
  /**
   * The pattern words of each rule that has patterns, by the rule (patternWordsOf): those of its whole expression, then
   * of each pattern when it has two or more, as its CompiledRule has them. Working them out cost a one-letter run 5-8 ms
   * cold. By the rule, not by the source of each expression: keyed by sources, the compiled rules held every pattern
   * twice (about 100 KB of a one-letter run's 900 KB parse).
   */
  patternWords?: Map<TagRule, Array<string[] | null>>;
  /** The tagger's phraseStems: splitting the rules' 2,500 phrases into words and looking up their stems was a sixth of the tagger's cold build. */
  phraseStems?: Map<string, string[]>;
  /** The passing cues compiled, as plain data (plainCues): compiling them was 6-7 ms of the tagger's cold build. */
  cues?: Record<TagKind, PlainCue[]>;
  /**
   * The further needs of each rule that has patterns, by the rule (patternNeedsOf): one list for its whole expression
   * when it has one pattern, else one for each pattern. Read from the patterns, they cost a fresh process 103-114 ms.
   */
  patternNeeds?: Map<TagRule, string[][][]>;
  /**
   * The pattern words' automaton (alternativeSets) as the build made it for these sets, or null (none kept, or kept for
   * other sets): building it was 8.7-10.3 ms of the tagger's 14-25 ms cold build (12bp). Read when the tagger is built.
   */
  automaton?: (sets: Array<string[] | null>, reported: number) => StringSets | null;
}

/** The pattern words of each rule that has patterns (its whole expression's, then each pattern's when it has two or more), by the rule: what the compiled rules keep. */
export const patternWordsOf = (tagger: Tagger): Map<TagRule, Array<string[] | null>> =>
  new Map(tagger.rules.flatMap((compiled) => (compiled.source !== null ? [[compiled.rule, [compiled.patternWords, ...(compiled.alternatives?.words ?? [])]] as const] : [])));

/** A rule's patterns (joined by `|`) as one expression, on word boundaries. */
export const wrapPatterns = (joined: string): string => `(?<![A-Za-z0-9])(?:${joined})(?![A-Za-z0-9])`;
/** How many characters wrapPatterns adds to what it wraps. */
const WRAP_LENGTH = wrapPatterns('').length;

/**
 * How much the cached subsets of a tagger may hold, in characters of their sources. Each is compiled to machine
 * code (compileToMachineCode), once for one-byte texts and once for two-byte ones, about 330 bytes of code a
 * character for the two: the 13 real letters' findings made 301 subsets of 152,000 characters, 48 MB of code kept
 * for the life of a batch (peak 335-340 MB for 52 letters against 285-293 before the subsets; 5 December 2026,
 * tests/bench-history.md). This room holds about 15 MB (85 subsets on the 13 letters), those the first letters
 * of a batch ask for.
 */
export const SUBSET_ROOM = 40_000;

/**
 * The expression of those of a rule's patterns whose bits are set in `mask` (CompiledRule.alternatives), cached; or
 * null, for the rule's whole expression, once the tagger's cached subsets fill its room and the subset is not cached.
 * In a run of the command line that parses one input (src/short-run.ts) never a subset (null): a subset saves searching
 * time over many letters, but in one letter each costs a compile to machine code of its own (Leeds, busy path: 91
 * expressions of 57,000 characters with subsets, 23 of 24,000 without; 5 December 2026, tests/bench-history.md). There
 * searchedBy takes the letter's union of the rule's patterns instead (searchFor, letterUnion: one expression a rule for
 * the whole letter), and the whole expression only for a text holding a pattern outside the letter's texts (since
 * 12bg). Each finds the same matches (tests/match-index.test.ts, tests/letter-union.test.ts).
 */
function subsetOf(tagger: Tagger, compiled: CompiledRule, mask: number): RegExp | null {
  const { sources, subsets } = compiled.alternatives!;
  let pattern = subsets.get(mask);
  if (!pattern) {
    if (isOneInput()) return null;
    // Whether it fits is told from its length, worked out before its source is made: once the room is full, most texts
    // ask for subsets it cannot hold, and making each one's source only to drop it was 4.8% of the bytes warm tagging
    // allocated (3.6 MB a round of the 13 letters).
    let length = WRAP_LENGTH - 1;
    for (let i = 0; i < sources.length; i++) if ((mask & (1 << i)) !== 0) length += sources[i]!.length + 1;
    if (length > tagger.subsetRoom) return null;
    const source = wrapPatterns(sources.filter((_, i) => (mask & (1 << i)) !== 0).join('|'));
    tagger.subsetRoom -= source.length;
    pattern = new RegExp(source, 'giu');
    subsets.set(mask, pattern);
  }
  return pattern;
}

/**
 * The expression a text is searched by for the rule `tagger.patterned[p]`, given which pattern-word sets the text holds
 * (`tagger.alternativeSets.held`): the rule's whole expression when it may match all of its patterns, the expression of
 * those it may match when some, null when none. For a plain text (`plain`, isPlainText), that expression's copy without
 * the u flag (withoutUnicodeFlag).
 */
export function searchedBy(tagger: Tagger, p: number, held: Uint8Array, plain = false): RegExp | null {
  const starts = tagger.patternStarts;
  // A rule of more patterns than a mask holds: whole, when it may match any of them (patternHits searches a few apart).
  if (starts[p + 1]! - starts[p]! > MASK_PATTERNS) {
    if (held.subarray(starts[p]!, starts[p + 1]!).indexOf(1) < 0) return null;
    const compiled = tagger.rules[tagger.patterned[p]!]!;
    return letterUnion(tagger, p, held, plain) ?? (plain ? compiled.plainPatterns : compiled.patterns);
  }
  // Which of the rule's patterns the text may match (bits by pattern; one set, bit 0, for a rule without alternatives).
  let mask = 0;
  let all = true;
  for (let set = starts[p]!; set < starts[p + 1]!; set++) {
    if (held[set] === 1) mask |= 1 << (set - starts[p]!);
    else all = false;
  }
  if (mask === 0) return null;
  const compiled = tagger.rules[tagger.patterned[p]!]!;
  if (!all) {
    const subset = subsetOf(tagger, compiled, mask);
    if (subset) return plain ? withoutUnicodeFlag(subset) : subset;
    const union = letterUnion(tagger, p, held, plain);
    if (union) return union;
  }
  return plain ? compiled.plainPatterns : compiled.patterns;
}

/**
 * The pattern-word sets held anywhere in the letter a run of one input tags (searchFor), the sets that each of its texts
 * holds, and each rule's expression of the patterns so held (made at its first use).
 */
interface LetterSets {
  held: Uint8Array;
  heldBy: Map<string, Uint8Array>;
  unions: Array<{ source: string; patterns?: RegExp; plainPatterns?: RegExp } | null | undefined>;
}
const letterSets = new WeakMap<Tagger, LetterSets>();

/**
 * In a run of one input (src/short-run.ts), the texts of the letter about to be tagged (its findings, and the long forms
 * letterContext reads): each rule is then searched, in every text whose held patterns are among those held anywhere in
 * them, by one expression of those patterns (letterUnion), compiled once, not by its whole expression. A letter holds the
 * words of a part of a rule's patterns only (compiled to machine code, Leeds: 33,958 characters against the whole
 * expressions' 60,026; the 13 letters 454,177 against 804,465), and in one letter the compile is the cost
 * (compileToMachineCode): tagging a letter cold took 0.818 of the CPU (6 of 6 rounds lower; 7 December 2026, helper 12bg). The matches are the same: a pattern that
 * can match nowhere in a text takes no part in any match of the whole there (CompiledRule.alternatives). Not in a batch,
 * whose subsets are kept over its letters (subsetOf).
 */
export function searchFor(tagger: Tagger, texts: string[]): void {
  if (!isOneInput() || tagger.patterned.length === 0) return;
  // The sets every text holds (StringSets' `always`, less those with a further need), to which each text's are added.
  const held = heldWithNeeds(tagger, '');
  const heldBy = new Map<string, Uint8Array>();
  for (const text of texts) {
    if (heldBy.has(text)) continue;
    const its = heldWithNeeds(tagger, lowerForPatterns(text));
    heldBy.set(text, its);
    for (let set = 0; set < its.length; set++) held[set]! |= its[set]!;
  }
  letterSets.set(tagger, { held, heldBy, unions: [] });
}

/**
 * The patterns a text may match (by patternStarts' places: 1 or 0), kept from searchFor for the letter's texts in a run
 * of one input. Elsewhere a pattern is held when the text holds one of its pattern words and one string of each of its
 * further needs (furtherNeeds), in one pass over the text for both.
 */
export function heldIn(tagger: Tagger, text: string): Uint8Array {
  const kept = letterSets.get(tagger)?.heldBy.get(text);
  if (kept) return kept;
  return heldWithNeeds(tagger, lowerForPatterns(text));
}

/** The patterns a text (as lowerForPatterns gives it) may match: it holds one of their words and a string of each further need. */
function heldWithNeeds(tagger: Tagger, lower: string | null): Uint8Array {
  const { sets, patterns, from, needs } = furtherNeeds(tagger);
  const all = sets.heldAll(lower);
  const held = all.subarray(0, patterns);
  for (let i = 0; i < patterns; i++) {
    if (held[i] === 0) continue;
    for (let k = from[i]!; k < from[i + 1]!; k++) {
      if (all[needs[k]!] === 0) {
        held[i] = 0;
        break;
      }
    }
  }
  return held;
}

/**
 * Each pattern's needs beyond its pattern words (furtherNeedsOf), in the sets of strings of which a text that it matches
 * holds one: information-sharing's "\bask(?:s|ed)? (?:the )?(?:children['’]s (?:social care|services)|social care|police)"
 * is searched for only where the text holds "social care" or "police" (its pattern words) and "ask". The pattern words
 * alone let 12,724 of the 13 letters' pairs of a finding and a pattern through, these 3,809 (the matches the same).
 */
interface FurtherNeeds {
  /** The pattern words (alternativeSets' sets, one a pattern) and then the further needs, one automaton for both. */
  sets: StringSets;
  /** How many of `sets` are the patterns' own words. */
  patterns: number;
  /** Pattern i's further needs: their places in `sets` are needs[from[i]] to needs[from[i + 1] - 1]. */
  from: Int32Array;
  needs: Int32Array;
}

const furtherNeedsKept = new WeakMap<Tagger, FurtherNeeds>();
/** The further needs the compiled rules keep (KnownFromBuild's patternNeeds), by the tagger compiled with them. */
const builtNeeds = new WeakMap<Tagger, Map<TagRule, string[][][]>>();

/**
 * Each rule's further needs (furtherNeedsOf) by the rule, one list for each expression the scan searches it by: its
 * whole expression when it has one pattern, each pattern (as wrapPatterns wraps it) when it has two or more. What the
 * compiled rules keep (src/rules.ts); from them when the tagger was compiled with them, else worked out.
 */
export function patternNeedsOf(tagger: Tagger): Map<TagRule, string[][][]> {
  const built = builtNeeds.get(tagger);
  const found = new Map<TagRule, string[][][]>();
  for (const index of tagger.patterned) {
    const compiled = tagger.rules[index]!;
    const kept = built?.get(compiled.rule);
    if (kept) {
      found.set(compiled.rule, kept);
      continue;
    }
    const alternatives = compiled.alternatives;
    found.set(
      compiled.rule,
      alternatives ? alternatives.sources.map((source, i) => furtherNeedsOf(wrapPatterns(source), alternatives.words[i]!)) : [furtherNeedsOf(compiled.source!, compiled.patternWords)],
    );
  }
  return found;
}

/**
 * Each pattern's further needs as places among the sets of an automaton that holds the pattern words (`words`, one set a
 * pattern, alternativeSets' sets) and then each distinct need once (`further`).
 */
function needPlaces(tagger: Tagger, words: Array<string[] | null>): { further: string[][]; from: Int32Array; needs: Int32Array } {
  const needsOf: string[][][] = [];
  const byRule = patternNeedsOf(tagger);
  for (const index of tagger.patterned) needsOf.push(...byRule.get(tagger.rules[index]!.rule)!);
  const keyOf = (strings: string[]) => [...strings].sort().join('\0');
  const placeOf = new Map<string, number>();
  const further: string[][] = [];
  const from = new Int32Array(words.length + 1);
  const needs: number[] = [];
  needsOf.forEach((list, i) => {
    for (const strings of list) {
      const key = keyOf(strings);
      let place = placeOf.get(key);
      if (place === undefined) {
        place = words.length + further.length;
        placeOf.set(key, place);
        further.push(strings);
      }
      needs.push(place);
    }
    from[i + 1] = needs.length;
  });
  return { further, from, needs: Int32Array.from(needs) };
}

/** The sets of the tagger's automaton (alternativeSets), the pattern words' then the further needs', and how many of them are the words': what it is built for. */
export function automatonSets(tagger: Tagger): { sets: Array<string[] | null>; reported: number } {
  const words = tagger.patterned.flatMap((index) => tagger.rules[index]!.alternatives?.words ?? [tagger.rules[index]!.patternWords]);
  return { sets: [...words, ...needPlaces(tagger, words).further], reported: words.length };
}

/**
 * The tagger's further needs in one automaton with the pattern words: its alternativeSets, made with the tagger
 * (compileRules), one automaton a process, not the words' at the tagger's build and this one at the first scan (helper
 * 12bm). The needs are the compiled rules' (the build reads the patterns; reading them in a fresh process cost 103-114 ms
 * of CPU, 12bj), or read from the patterns for rules from YAML.
 */
function furtherNeeds(tagger: Tagger): FurtherNeeds {
  let found = furtherNeedsKept.get(tagger);
  if (found === undefined) {
    // A tagger not made by compileRules (a copy of one with some fields changed, as tests make): its own automaton.
    const words = tagger.patterned.flatMap((index) => tagger.rules[index]!.alternatives?.words ?? [tagger.rules[index]!.patternWords]);
    const { further, from, needs } = needPlaces(tagger, words);
    found = { sets: new StringSets([...words, ...further], words.length), patterns: words.length, from, needs };
    furtherNeedsKept.set(tagger, found);
  }
  return found;
}

/**
 * For a text holding the sets `held`, the expression of the rule `tagger.patterned[p]`'s patterns held anywhere in the
 * letter (searchFor), when they are fewer than all of them and the text holds none beyond them; else null.
 */
function letterUnion(tagger: Tagger, p: number, held: Uint8Array, plain: boolean): RegExp | null {
  const letter = letterSets.get(tagger);
  if (letter === undefined) return null;
  const first = tagger.patternStarts[p]!;
  const end = tagger.patternStarts[p + 1]!;
  for (let set = first; set < end; set++) if (held[set] === 1 && letter.held[set] !== 1) return null;
  let union = letter.unions[p];
  if (union === undefined) {
    const { sources } = tagger.rules[tagger.patterned[p]!]!.alternatives!;
    const kept = sources.filter((_, i) => letter.held[first + i] === 1);
    union = kept.length === sources.length ? null : { source: wrapPatterns(kept.join('|')) };
    letter.unions[p] = union;
  }
  if (union === null) return null;
  // As CompiledRule's: the copy for a plain text made from the source, without the expression under /giu.
  if (!plain) return (union.patterns ??= new RegExp(union.source, 'giu'));
  return (union.plainPatterns ??= union.patterns ? withoutUnicodeFlag(union.patterns) : copyable(union.source) ? new RegExp(union.source, 'gi') : (union.patterns = new RegExp(union.source, 'giu')));
}

/** The most patterns a rule's subsets are told by (bits of a 32-bit mask, searchedBy): a rule of more has none (CompiledRule.alternatives). */
const MASK_PATTERNS = 30;

/**
 * The most of a rule's patterns (one of more than MASK_PATTERNS) that a text is searched by one by one (separateHits);
 * a text that may match more is searched by the whole expression. information-sharing's 45 patterns (10,184 characters)
 * were searched whole in every finding, each position tried against every pattern: over the 13 letters' 757 findings,
 * by the number of its patterns a finding may match, its whole against the patterns one by one (µs of CPU a finding):
 * one 7.4 against 1.7 (212 findings), two 10.0 / 4.4 (144), three 11.4 / 6.9 (85), four 12.0 / 10.5 (62), five 13.9 /
 * 14.6 (46), more ever slower (7 December 2026, helper 12bf). Each pattern alone is made once (at most its rule's
 * characters again), not one subset a set of patterns, whose number grows with the letters.
 */
const SEPARATE_MOST = 4;

/**
 * The matches of the rule `tagger.patterned[p]`'s whole expression (regexHits) in a text, given which pattern-word sets
 * the text holds (`tagger.alternativeSets.held`), searched by the expression searchedBy gives; for a rule of more than
 * MASK_PATTERNS, by each pattern it may match alone when they are SEPARATE_MOST or fewer (separateHits). Not in a run of
 * one input (as subsets: each pattern alone would be a compile of its own).
 */
export function patternHits(tagger: Tagger, p: number, text: string, held: Uint8Array, plain = false): Hit[] {
  const starts = tagger.patternStarts;
  const first = starts[p]!;
  const end = starts[p + 1]!;
  if (end - first > MASK_PATTERNS && !isOneInput()) {
    let count = 0;
    for (let set = first; set < end && count <= SEPARATE_MOST; set++) if (held[set] === 1) count++;
    if (count === 0) return [];
    if (count <= SEPARATE_MOST) {
      const compiled = tagger.rules[tagger.patterned[p]!]!;
      const parts: RegExp[] = [];
      for (let set = first; set < end; set++) if (held[set] === 1) parts.push(partOf(compiled, set - first, plain));
      return separateHits(text, parts);
    }
  }
  return regexHits(text, searchedBy(tagger, p, held, plain));
}

/** Pattern i of a rule alone, as the whole wraps it (under /giu; its withoutUnicodeFlag copy when `plain`), made once. */
function partOf(compiled: CompiledRule, i: number, plain: boolean): RegExp {
  const alternatives = compiled.alternatives!;
  let part = alternatives.parts[i];
  if (part === undefined) {
    part = new RegExp(wrapPatterns(alternatives.sources[i]!), 'giu');
    alternatives.parts[i] = part;
  }
  return plain ? withoutUnicodeFlag(part) : part;
}

/**
 * The matches that the patterns `parts` joined by "|" in their order (each wrapped, wrapPatterns) find in a text, as
 * regexHits finds them, each pattern searched alone. The joined expression's next match from a place is at the
 * leftmost place where one of them matches, and there the first of them in order that matches, with that pattern's own
 * match there (what follows the alternation, the wrap's look-ahead, is in each pattern's wrap; a match at a place does
 * not hang on where the search began, a look-behind reading the whole text). So each pattern's next match is found from
 * the place (its own exec from there), kept while it starts at or after the place the search has reached, and the
 * leftmost taken, the first pattern on a tie; an empty match is passed over by one character, as regexHits does.
 */
export function separateHits(text: string, parts: RegExp[]): Hit[] {
  const hits: Hit[] = [];
  const count = parts.length;
  // Each pattern's next match: its start (-2 not searched yet, -1 none left) and its text.
  const starts: number[] = [];
  const matches: string[] = [];
  for (let k = 0; k < count; k++) {
    compileToMachineCode(parts[k]!, text);
    starts.push(-2);
    matches.push('');
  }
  let at = 0;
  for (;;) {
    let best = -1;
    let bestStart = Infinity;
    for (let k = 0; k < count; k++) {
      let start = starts[k]!;
      if (start === -1) continue;
      if (start < at) {
        const part = parts[k]!;
        part.lastIndex = at;
        const found = part.exec(text);
        start = found === null ? -1 : found.index;
        starts[k] = start;
        if (found === null) continue;
        matches[k] = found[0];
      }
      if (start < bestStart) {
        bestStart = start;
        best = k;
      }
    }
    if (best < 0) break;
    const match = matches[best]!;
    if (match === '') at = afterCharacter(text, bestStart, parts[best]!.unicode);
    else {
      hits.push({ match, span: [bestStart, bestStart + match.length] });
      at = bestStart + match.length;
    }
  }
  for (const part of parts) part.lastIndex = 0;
  return hits;
}

export interface Hit {
  match: string;
  span: Span;
}

/** One match of a rule in a finding, and what became of it. */
export interface Mention extends Hit {
  weight: number;
  status: 'counted' | 'excluded' | 'passing';
  /** "evaluated" for an agency mention that counts; the passing role ("recipient", "forum"...) otherwise. */
  role: string;
  /** Why: the exclusion or cue that took it away, or the letter's definition it came from. */
  why: string | null;
  /** Set when the match is an acronym the letter defined. */
  context: string | null;
}

/** What one rule made of one text: its tag (if the counted mentions weigh enough) and every mention. */
export interface RuleResult {
  rule: TagRule;
  tag: Tag | null;
  mentions: Mention[];
  /**
   * Inside tagText only: the matches after `mentions` whose roles were not read, since the tag was decided
   * without them (see evaluate); settle() reads them. Absent from every result the library returns.
   */
  unread?: Unread;
}

/** What a letter defines for itself: "the integrated front door (IFD)" makes IFD a front-door word. */
export interface LetterContext {
  /** Keyed by the acronym in lower case, like the tagger's. */
  acronyms: Map<string, Array<{ acronym: string; rule: number; definedAs: string }>>;
  /**
   * The top-level theme of the letter's deep dive ("criminal-exploitation" is exploitation), or
   * null: in its own letter that theme counts on one clear mention (issue 9), where elsewhere a
   * loose word needs a second ("violence" in a letter about serious youth violence).
   */
  deepDive: string | null;
}

export const NO_CONTEXT: LetterContext = { acronyms: new Map(), deepDive: null };

interface TrieNode {
  /** Phrases that end at this word and are kept as hits at once (finds, exclusions). */
  kept: Entry[];
  /** Words of pairs (near, concept) that end at this word, in the order they were added: they wait for a partner (keepPairs). */
  paired: Entry[];
  /** For each of `paired`, its pair and side (Entry.pair, Entry.side), marked in one pass over numbers, not objects. */
  pairIds: Int32Array;
  pairSides: Uint8Array;
  /** The nodes of the words that follow, by word; null where no phrase goes on (most nodes: a map each was the build's largest part). */
  next: Map<string, TrieNode> | null;
  /**
   * At a trie's top, the phrases that start with this node's word, in the order they were added, while they wait to be
   * put in its branch (grown at the branch's first lookup); null once they are, and below the top. A letter looks up
   * about half of the rules' first words (Leeds 488 of 994), so the other branches are never built in a one-letter run.
   * Each branch takes its phrases in the order the rules gave them, as when every branch was built with the tagger.
   */
  waiting: Entry[] | null;
}

const NO_PAIRS = new Int32Array(0);
const NO_SIDES = new Uint8Array(0);

const newNode = (waiting: Entry[] | null): TrieNode => ({ kept: [], paired: [], pairIds: NO_PAIRS, pairSides: NO_SIDES, next: null, waiting });

/** Adds a phrase to a trie: to the top node of its first word, which puts it in its branch when first looked up (branchOf). */
function addEntry(index: Map<string, TrieNode>, entry: Entry): void {
  const first = entry.sequence[0];
  if (first === undefined) return;
  const top = index.get(first);
  if (!top) index.set(first, newNode([entry]));
  else if (top.waiting) top.waiting.push(entry);
  else putInBranch(top, entry);
}

/** The top node of a trie's word, its branch grown with the phrases waiting for it first; undefined when no phrase starts with the word. */
function branchOf(index: Map<string, TrieNode>, word: string): TrieNode | undefined {
  const top = index.get(word);
  if (top?.waiting) {
    const waiting = top.waiting;
    top.waiting = null;
    for (const entry of waiting) putInBranch(top, entry);
  }
  return top;
}

/** Puts a phrase in the branch of its first word's top node, made word by word as far as the phrase goes. */
function putInBranch(top: TrieNode, entry: Entry): void {
  let node = top;
  for (let k = 1; k < entry.sequence.length; k++) {
    const key = entry.sequence[k]!;
    node.next ??= new Map();
    let next = node.next.get(key);
    if (!next) {
      next = newNode(null);
      node.next.set(key, next);
    }
    node = next;
  }
  if (entry.pair < 0) node.kept.push(entry);
  else {
    node.paired.push(entry);
    node.pairIds = Int32Array.from(node.paired, (paired) => paired.pair);
    node.pairSides = Uint8Array.from(node.paired, (paired) => paired.side);
  }
}

export function compileRules(rules: TagRule[], passing: PassingCue[] = [], known: KnownFromBuild = {}): Tagger {
  knowStems(known.stems ?? []);
  const knownWords = known.patternWords ?? new Map<TagRule, Array<string[] | null>>();
  // The words stemmed and the phrases' stems are recorded only when the build has not (its maps hold every one): the
  // build's maps are read, never written, so a phrase they lack (none, while the compiled form is not stale) is stemmed
  // each time it is asked for.
  const ruleStems = known.stems ?? new Map<string, string>();
  const stemOfRule = known.stems
    ? stemOf
    : (word: string) => {
        const stem = stemOf(word);
        ruleStems.set(word, stem);
        return stem;
      };
  const phraseStems = known.phraseStems ?? new Map<string, string[]>();
  const stems = (phrase: string): string[] => {
    let sequence = phraseStems.get(phrase);
    if (sequence === undefined) {
      sequence = words(phrase).map(stemOfRule);
      if (!known.phraseStems) phraseStems.set(phrase, sequence);
    }
    return sequence;
  };
  const byKey = new Map(rules.map((rule) => [`${rule.kind}:${rule.id}`, rule]));
  const sorted = [...rules].sort((a, b) => (a.kind + a.id < b.kind + b.id ? -1 : 1));
  const cues = compiledCues(passing, words, stemOfRule, known.cues);
  const tagger: Tagger = {
    rules: [],
    kinds: { agency: [], theme: [] },
    stemIndex: new Map(),
    pairs: 0,
    wordIndex: new Map(),
    acronyms: new Map(),
    acronymStarts: new Set(),
    patterned: [],
    alternativeSets: new StringSets([]),
    patternStarts: new Int32Array(1),
    subsetRoom: SUBSET_ROOM,
    // Its fields in the order they had before the cues came from the compiled rules (one shape of object for V8).
    passing: cues.passing,
    aside: passing.filter(isAsideCue).map((cue) => compileAside(cue, words)).at(-1) ?? null,
    events: [],
    stems: ruleStems,
    phraseStems,
    cueIndex: cues.cueIndex,
    formIndex: cues.formIndex,
  };
  shareSkipSets(tagger.passing);
  if (known.patternNeeds) builtNeeds.set(tagger, known.patternNeeds);
  // Each phrase's entry made as one literal of Entry's shape, its fields in the order `{ ...base, use, sequence }` gave
  // them (rule, exact, weight, near, pair, side, whole, use, sequence): about 3,300 of them in the tagger's build, each
  // spread from a base and grown by two fields before (one object shape for V8 either way, the same fields and values).
  const entryOf = (rule: number, use: Use, sequence: string[], exact: boolean, weight: number, near: number, pair: number, side: number, whole: boolean): Entry => ({ rule, exact, weight, near, pair, side, whole, use, sequence });
  sorted.forEach((rule, index) => {
    // Most rules weigh no phrase (49 of 52): their phrases weigh 1 without each being put in lower case to look for one.
    const weights = rule.weights;
    let weighted = false;
    for (const _ in weights) {
      weighted = true;
      break;
    }
    const weightOf = weighted ? (phrase: string) => weights[phrase.toLowerCase()] ?? 1 : () => 1;
    const source = rule.patterns.length ? wrapPatterns(rule.patterns.join('|')) : null;
    // The build's words of the whole expression (at 0) and of each pattern (at 1, 2, ...), else worked out.
    const kept = knownWords.get(rule);
    const wordsOf = (at: number, source: string) => (kept ? kept[at]! : patternWords(source));
    tagger.rules.push(
      new CompiledRule(
        rule,
        pathOf(rule, byKey),
        source,
        source !== null ? wordsOf(0, source) : null,
        rule.patterns.length >= 2 ? { sources: rule.patterns, words: rule.patterns.map((source, i) => wordsOf(i + 1, wrapPatterns(source))), subsets: new Map(), parts: [] } : null,
        rule.refersBack.map((reference) => ({ phrases: reference.phrases.map(stems), bodies: new Set(reference.bodies.map((body) => stems(body).at(-1)!)) })),
      ),
    );
    tagger.kinds[rule.kind].push(index);
    if (rule.agencyRoles.length > 0) tagger.events.push(index);
    if (rule.patterns.length) tagger.patterned.push(index);
    const whole = rule.kind === 'agency';
    for (const phrase of rule.phrases) addEntry(tagger.stemIndex, entryOf(index, 'find', stems(phrase), false, weightOf(phrase), -1, -1, 0, whole));
    for (const phrase of rule.exclude) addEntry(tagger.stemIndex, entryOf(index, 'exclude', stems(phrase), false, 1, -1, -1, 0, false));
    for (const phrase of rule.excludeForms) addEntry(tagger.wordIndex, entryOf(index, 'exclude', words(phrase), true, 1, -1, -1, 0, false));
    rule.near.forEach((near, n) => {
      const pair = tagger.pairs++;
      const exact = near.forms === 'exact';
      for (const phrase of near.words) {
        if (exact) addEntry(tagger.wordIndex, entryOf(index, 'near-words', words(phrase), true, 1, n, pair, 1, false));
        else addEntry(tagger.stemIndex, entryOf(index, 'near-words', stems(phrase), false, 1, n, pair, 1, false));
      }
      for (const phrase of near.with) {
        if (exact) addEntry(tagger.wordIndex, entryOf(index, 'near-with', words(phrase), true, 1, n, pair, 2, false));
        else addEntry(tagger.stemIndex, entryOf(index, 'near-with', stems(phrase), false, 1, n, pair, 2, false));
      }
    });
    rule.concepts.forEach((concept, n) => {
      const pair = tagger.pairs++;
      for (const phrase of concept.heads) addEntry(tagger.stemIndex, entryOf(index, 'concept-head', stems(phrase), false, 1, n, pair, 1, false));
      // Arguments by their exact forms: nouns whose stems take other words ("plan" takes "planning", "feelings" "feel").
      for (const phrase of concept.with) addEntry(tagger.wordIndex, entryOf(index, 'concept-with', words(phrase), true, 1, n, pair, 2, false));
    });
    for (const acronym of rule.acronyms) {
      const key = acronym.toLowerCase();
      tagger.acronyms.set(key, [...(tagger.acronyms.get(key) ?? []), { acronym, rule: index, weight: weightOf(acronym) }]);
      tagger.acronymStarts.add(acronym.charCodeAt(0));
    }
  });
  const sets = tagger.patterned.map((index) => tagger.rules[index]!.alternatives?.words ?? [tagger.rules[index]!.patternWords]);
  const wordSets = sets.flat();
  tagger.patternStarts = new Int32Array(sets.length + 1);
  sets.forEach((list, p) => (tagger.patternStarts[p + 1] = tagger.patternStarts[p]! + list.length));
  // The pattern words' automaton holds the further needs too (furtherNeeds): every scan reads both, in one pass.
  const { further, from, needs } = needPlaces(tagger, wordSets);
  const all = [...wordSets, ...further];
  tagger.alternativeSets = known.automaton?.(all, wordSets.length) ?? new StringSets(all, wordSets.length);
  furtherNeedsKept.set(tagger, { sets: tagger.alternativeSets, patterns: wordSets.length, from, needs });
  return tagger;
}

const patternSets = new WeakMap<Tagger, StringSets>();

/**
 * The pattern words of the tagger's rules in `patterned`, in its order: which rules' patterns a text may match, in one
 * pass over it. Built at its first call, not with the tagger: the scan reads alternativeSets, and only tests read this
 * (tests/match-index.test.ts), where every process that tags built it (1-9 ms of CPU cold). Not a getter on the tagger:
 * an accessor in its literal left the tagger in V8's dictionary mode, every read of its fields slower (warm tagging
 * 1.15 times the start's in 7 runs of 10; helper 12ap, tests/bench-history.md).
 */
export function patternSetsOf(tagger: Tagger): StringSets {
  let sets = patternSets.get(tagger);
  if (!sets) {
    sets = new StringSets(tagger.patterned.map((index) => tagger.rules[index]!.patternWords));
    patternSets.set(tagger, sets);
  }
  return sets;
}

/** A phrase's hit with the token range it covers. */
interface TokenHit extends Hit {
  first: number;
  last: number;
  weight: number;
  /** For a near or concept hit: the two words' own spans, which exclusions are checked against. */
  parts?: Span[];
  /** For a near or concept hit, the layer that found it and on which words, as `jtai explain` shows it. */
  layer?: string;
}

interface Found {
  finds: Array<TokenHit & { context: string | null }>;
  excludes: Hit[];
  /** By the place of the `near:` or `concepts:` entry in the rule (arrays, not maps: a finding makes one Found per rule it reaches). */
  nearWords: TokenHit[][];
  nearWith: TokenHit[][];
  conceptHeads: TokenHit[][];
  conceptWith: TokenHit[][];
}

/** Where a phrase's hits go, by its use (other than find and exclude). */
const LISTS = { 'near-words': 'nearWords', 'near-with': 'nearWith', 'concept-head': 'conceptHeads', 'concept-with': 'conceptWith' } as const;

/** The index of the first token that ends after an offset (binary search: tokens are in order). */
function tokenAt(tokens: Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.end > offset) high = mid;
    else low = mid + 1;
  }
  return Math.min(low, Math.max(tokens.length - 1, 0));
}

/** The rule's hits in a text so far, made when its first is found. */
function foundOf(found: Map<number, Found>, rule: number): Found {
  let entry = found.get(rule);
  if (!entry) {
    entry = { finds: [], excludes: [], nearWords: [], nearWith: [], conceptHeads: [], conceptWith: [] };
    found.set(rule, entry);
  }
  return entry;
}

/**
 * The words of pairs (near, concept) found in a text, in text order, kept until the trie walk ends: most have no
 * partner in the text (a near list's word without its other list's), and only those with one are made hits. A pair's
 * word alone does not make its rule present in the text (keepPairs does, with its partner): a rule with nothing else
 * found gives no mention, and was evaluated for nothing.
 */
interface PairWords {
  /** By pair: 1 or 2 when only that side is found, 3 when both are. */
  sides: Uint8Array;
  /** The trie nodes whose pair words were found, and at which token each starts. */
  nodes: TrieNode[];
  at: number[];
  /** How many pairs have both sides found: none, and there is nothing to keep. */
  complete: number;
}

/** The punctuation an agency phrase does not run across (Entry.whole): one expression for the module, not a literal made again at every phrase kept. */
const CLAUSE_BREAK = /[,;:]/;

/** A phrase found at token i, kept as a hit by its use. */
function keep(found: Map<number, Found>, text: string, tokens: Token[], entry: Entry, i: number): void {
  const last = i + entry.sequence.length - 1;
  const span: Span = [tokens[i]!.start, tokens[last]!.end];
  const match = text.slice(span[0], span[1]);
  if (entry.whole && last > i && CLAUSE_BREAK.test(match)) return;
  const bucket = foundOf(found, entry.rule);
  if (entry.use === 'find') bucket.finds.push({ match, span, first: i, last, weight: entry.weight, context: null });
  else if (entry.use === 'exclude') bucket.excludes.push({ match, span });
  else (bucket[LISTS[entry.use]][entry.near] ??= []).push({ match, span, first: i, last, weight: entry.weight });
}

/** The pairs' words that have a partner in the text, made hits in text order (each node's in the order they were added). */
function keepPairs(found: Map<number, Found>, text: string, tokens: Token[], pairs: PairWords): void {
  const { sides, nodes, at } = pairs;
  if (pairs.complete === 0) return;
  for (let k = 0; k < nodes.length; k++) {
    const node = nodes[k]!;
    const ids = node.pairIds;
    for (let e = 0; e < ids.length; e++) if (sides[ids[e]!] === 3) keep(found, text, tokens, node.paired[e]!, at[k]!);
  }
}

/** The phrases of a trie that start at token i, followed word by word (by stem, or by the exact word). */
function follow(found: Map<number, Found>, text: string, tokens: Token[], index: Map<string, TrieNode>, i: number, exact: boolean, pairs: PairWords): void {
  let node = branchOf(index, exact ? tokens[i]!.word : tokens[i]!.stem);
  for (let j = i; node; ) {
    const kept = node.kept;
    for (let e = 0; e < kept.length; e++) keep(found, text, tokens, kept[e]!, i);
    const ids = node.pairIds;
    if (ids.length > 0) {
      const { sides } = pairs;
      const bits = node.pairSides;
      for (let e = 0; e < ids.length; e++) {
        const side = sides[ids[e]!]!;
        if (side !== 3 && (side | bits[e]!) === 3) pairs.complete++;
        sides[ids[e]!] = side | bits[e]!;
      }
      pairs.nodes.push(node);
      pairs.at.push(i);
    }
    if (++j >= tokens.length || node.next === null) break;
    node = node.next.get(exact ? tokens[j]!.word : tokens[j]!.stem);
  }
}

/**
 * One pass over the words (and one over acronym-like words) of a text, for every rule at once. Its
 * helpers are functions of the module, not closures made at each call: V8 holds a closure's
 * optimised code only while a closure holds it, so each full collection between two texts dropped
 * it, and a batch's threads compiled them again several times a letter's worth of text.
 */
function scan(tagger: Tagger, text: string, tokens: Token[], context: LetterContext): Map<number, Found> {
  const found = new Map<number, Found>();
  const pairs: PairWords = { sides: new Uint8Array(tagger.pairs), nodes: [], at: [], complete: 0 };
  for (let i = 0; i < tokens.length; i++) {
    follow(found, text, tokens, tagger.stemIndex, i, false, pairs);
    if (tagger.wordIndex.size > 0) follow(found, text, tokens, tagger.wordIndex, i, true, pairs);
  }
  keepPairs(found, text, tokens, pairs);
  // Acronyms: whole words as written, with an optional plural s ("CCGs"); looked up by the
  // lower-case word, then checked in their case.
  if (tagger.acronyms.size > 0 || context.acronyms.size > 0) {
    for (let i = 0; i < tokens.length; i++) {
      const { word, start, end } = tokens[i]!;
      // The letter's own acronyms start with a capital (DEFINITION).
      const initial = text.charCodeAt(start);
      if (!tagger.acronymStarts.has(initial) && !(initial >= 65 && initial <= 90 && context.acronyms.size > 0)) continue;
      let rules = tagger.acronyms.get(word);
      let defined = context.acronyms.get(word);
      if (!rules && !defined && word.length > 2 && word.endsWith('s')) {
        rules = tagger.acronyms.get(word.slice(0, -1));
        defined = context.acronyms.get(word.slice(0, -1));
      }
      if (!rules && !defined) continue;
      const written = text.slice(start, end);
      const span: Span = [start, end];
      const as = (acronym: string) => written === acronym || written === `${acronym}s`;
      // Hits as plain literals, in the fields' order of every other find (a spread copy cost more than the match).
      for (const entry of rules ?? []) if (as(entry.acronym)) foundOf(found, entry.rule).finds.push({ match: written, span, first: i, last: i, weight: entry.weight, context: null });
      for (const entry of defined ?? []) {
        if (as(entry.acronym)) foundOf(found, entry.rule).finds.push({ match: written, span, first: i, last: i, weight: 1, context: `the letter defines ${entry.acronym} as "${entry.definedAs}"` });
      }
    }
  }
  const held = tagger.patterned.length > 0 ? heldIn(tagger, text) : null;
  const plain = tagger.patterned.length > 0 && isPlainText(text);
  for (let p = 0; p < tagger.patterned.length; p++) {
    const rule = tagger.patterned[p]!;
    for (const hit of patternHits(tagger, p, text, held!, plain)) {
      const first = tokenAt(tokens, hit.span[0]);
      let last = first;
      while (last + 1 < tokens.length && tokens[last + 1]!.start < hit.span[1]) last++;
      foundOf(found, rule).finds.push({ match: hit.match, span: hit.span, first, last, weight: 1, context: null });
    }
  }
  return found;
}

/**
 * Characters of a text on which an expression under /iu and the same under /i may match otherwise: the long s and the
 * Kelvin sign, which fold to "s" and "k" under /iu (and so match [A-Za-z], \w and \b's word characters) but not
 * under /i, and surrogates (an astral character is one character under /u, two without).
 */
const NOT_PLAIN = /[\u017F\u212A\uD800-\uDFFF]/;

/** Is a text one on which every rule expression that withoutUnicodeFlag copies matches as under its /u? */
export const isPlainText = (text: string): boolean => !NOT_PLAIN.test(text);

/**
 * Characters an expression's source may hold beyond ASCII for withoutUnicodeFlag: punctuation, symbols and spaces
 * of the Basic Multilingual Plane with no case ("’"); and no escape that /u reads otherwise or that names a character
 * beyond ASCII (\p, \P, \u, \x).
 */
const BEYOND_ASCII = /[^\x00-\x7f]/g;
const CASELESS = /^[\p{P}\p{S}\p{Z}]$/u;
const UNICODE_ESCAPE = /\\[pPux]/;
const copyable = (source: string): boolean =>
  !UNICODE_ESCAPE.test(source) && (source.match(BEYOND_ASCII) ?? []).every((c) => CASELESS.test(c) && c.toLowerCase() === c && c.toUpperCase() === c);
const withoutU = new WeakMap<RegExp, RegExp>();

/**
 * The same expression without the u flag, for a plain text (isPlainText): the rules' expressions are written under
 * /giu, and V8 runs one under /gi in about 45% of the time (their 27 expressions over the 13 letters' 757 findings:
 * 108-135 ms against 245-306; 5 December 2026, tests/bench-history.md; most likely the case folding under /iu, which
 * works over Unicode's case classes). On a plain text the two match the same: a source of ASCII and caseless
 * characters, with no escape read otherwise under /u, parses the same either way; its ASCII letters fold to ASCII letters only and each
 * other character to itself under /i, and under /iu to those and the long s and the Kelvin sign, which a plain text
 * does not hold. The expression itself when its source is not so. Made once per expression (subsets included).
 */
export function withoutUnicodeFlag(pattern: RegExp): RegExp {
  let copy = withoutU.get(pattern);
  if (copy === undefined) {
    copy = pattern.unicode && copyable(pattern.source) ? new RegExp(pattern.source, pattern.flags.replace('u', '')) : pattern;
    withoutU.set(pattern, copy);
  }
  return copy;
}

/**
 * Every match of a rule's pattern (global), found with the pattern's own exec, as matchAll would
 * find them. matchAll runs a copy made from the pattern's source, which V8 compiles again once its
 * compilation cache has let that source go (two full collections without a use): in a batch, the
 * collections during a letter's pages made most of the rules' patterns compile again for every
 * letter. The pattern itself keeps its compiled code.
 */
export function regexHits(text: string, pattern: RegExp | null): Hit[] {
  if (!pattern) return [];
  compileToMachineCode(pattern, text);
  const hits: Hit[] = [];
  pattern.lastIndex = 0;
  for (let found = pattern.exec(text); found !== null; found = pattern.exec(text)) {
    // An empty match moves on by one character (a whole one, under the u flag), as matchAll does.
    if (found[0] === '') pattern.lastIndex = afterCharacter(text, pattern.lastIndex, pattern.unicode);
    else hits.push({ match: found[0], span: [found.index, found.index + found[0].length] });
  }
  return hits;
}

/**
 * V8 compiles a regular expression to bytecode for its first match, interprets it, and compiles
 * it again, to machine code, for the next; but one first matched against a string of 1,000
 * characters or more it compiles straight to machine code. The rules' patterns (long alternations
 * under /iu) cost more to compile than to run, so compiling them twice was most of their cost in
 * a one-letter run: the 23 patterns over a letter's findings took 34-36 ms of CPU cold, 10 ms so.
 *
 * V8 compiles an expression once for each encoding of the strings it searches (one byte or two a
 * character): a finding's text is most often held as two-byte even with no character past U+00FF
 * (it is cut from a letter's text that has one), so a pattern compiled on spaces alone was compiled
 * again for the first text, at the same cost (Leeds, busy path: 91 expressions, 85-97 ms to compile
 * on spaces and 77-95 more at their first text; 5 December 2026, tests/bench-history.md). The long
 * string is made from the text itself, so it has the text's encoding, and only that is compiled.
 */
const LONG_ENOUGH = ' '.repeat(1000);
const compiled = new WeakSet<RegExp>();

/** Matches `pattern` once against a long string in `text`'s encoding, for V8 to compile it to machine code at once (the match is not kept). */
function compileToMachineCode(pattern: RegExp, text: string): void {
  if (compiled.has(pattern)) return;
  pattern.test(text + LONG_ENOUGH);
  pattern.lastIndex = 0;
  compiled.add(pattern);
}

/** The index after the character at `index`: a surrogate pair counts as one character when `unicode`. */
function afterCharacter(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const first = text.charCodeAt(index);
  const second = text.charCodeAt(index + 1);
  return first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff ? index + 2 : index + 1;
}

const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1];
/** A match that holds an exclusion and more is more specific than it: "mental health service" is not "mental health". */
const containsLonger = (hit: Span, exclusion: Span) => hit[0] <= exclusion[0] && exclusion[1] <= hit[1] && hit[1] - hit[0] > exclusion[1] - exclusion[0];

/** Near words must stand in one sentence. */
const SENTENCE_END = /[.;!?](?:\s|$)/;

/**
 * An insertion inside a clause does not part its words: a bracket, or a phrase between commas
 * opened by "including", "such as", "particularly", "and" and their kind ("the risks, including
 * those of neglect, are managed"; "workers understand, and act to reduce, the risks"). Near words
 * and a concept's head and argument are read as if the insertion were not there. (Not the `aside`
 * cue of aside.ts, which weighs a theme named in a finding's trailing clause.)
 */
const INSERTION = /\([^()]*\)|,\s*(?:including|such as|particularly|especially|notably|in particular|for example|for instance|where (?:appropriate|needed|necessary|required)|if (?:appropriate|needed|necessary|required)|at times|in some cases|in most cases|in many cases|and|or|but not)\b[^,.;:()]*,/giu;
/** The most words of insertions a pair may span beyond its window. */
const INSERTION_ROOM = 12;
/** The insertions of a text, as spans (found with INSERTION's own exec, which keeps its compiled code: see regexHits). */
function insertionsOf(text: string): Span[] {
  return regexHits(text, INSERTION).map((hit) => hit.span);
}
function insertedWords(gap: string): number {
  let count = 0;
  for (const [start, end] of insertionsOf(gap)) count += wordPlaces(gap.slice(start, end)).length / 2;
  return Math.min(count, INSERTION_ROOM);
}

/** Near hits: a word of one list and a word of the other within the window, either order; the span covers both. */
function nearHits(text: string, found: Found, rule: TagRule): Array<TokenHit & { context: null }> {
  const hits: Array<TokenHit & { context: null }> = [];
  rule.near.forEach((near, n) => {
    const a = found.nearWords[n] ?? [];
    const b = found.nearWith[n] ?? [];
    // Both lists are in text order: look only at partners that start near enough, so a long
    // paragraph costs time in proportion to its words, not their square.
    const longest = b.reduce((most, y) => Math.max(most, y.last - y.first), 0);
    for (const x of a) {
      let partner: TokenHit | undefined;
      let pastInsertion = false;
      for (let j = firstAtOrAfter(b, (y) => y.first, x.first - near.within - INSERTION_ROOM - longest); j < b.length && b[j]!.first <= x.last + near.within + INSERTION_ROOM; j++) {
        const y = b[j]!;
        if (overlaps(x.span, y.span)) continue;
        const gap = text.slice(Math.min(x.span[1], y.span[1]), Math.max(x.span[0], y.span[0]));
        const distance = Math.max(y.first - x.last, x.first - y.last);
        if (!SENTENCE_END.test(gap) && (distance <= near.within || distance - insertedWords(gap) <= near.within)) {
          partner = y;
          pastInsertion = distance > near.within;
          break;
        }
      }
      if (!partner) continue;
      const span: Span = [Math.min(x.span[0], partner.span[0]), Math.max(x.span[1], partner.span[1])];
      const first = Math.min(x.first, partner.first);
      const last = Math.max(x.last, partner.last);
      const layer = `near: "${text.slice(x.span[0], x.span[1])}" within ${near.within} words of "${text.slice(partner.span[0], partner.span[1])}"${pastInsertion ? ', past an insertion' : ''}`;
      hits.push({ match: text.slice(span[0], span[1]), span, first, last, weight: near.weight, context: null, parts: [x.span, partner.span], layer });
    }
  });
  return hits;
}

/** A text with its insertions blanked out (offsets kept), its tokens outside them, and where each token went. */
interface WithoutInsertions {
  text: string;
  tokens: Token[];
  /** For each token of the text, its index among `tokens` (those in an insertion: the next one kept). */
  index: number[];
  inInsertion: (token: Token) => boolean;
}

/** The text without its insertions; null when it has none. */
function withoutInsertions(text: string, tokens: Token[]): WithoutInsertions | null {
  const insertions = insertionsOf(text);
  if (insertions.length === 0) return null;
  // Insertions (apart from each other) and tokens are both in text order: one walk over both, and the text
  // put together once (a token checked against every insertion, and the text copied an insertion, cost a long
  // finding's square).
  const inside = new Set<Token>();
  const kept: Token[] = [];
  const index: number[] = [];
  let n = 0;
  for (const token of tokens) {
    while (n < insertions.length && insertions[n]![1] < token.end) n++;
    index.push(kept.length);
    if (n < insertions.length && token.start >= insertions[n]![0]) inside.add(token);
    else kept.push(token);
  }
  let blanked = '';
  let at = 0;
  for (const [start, end] of insertions) {
    blanked += text.slice(at, start) + ' '.repeat(end - start);
    at = end;
  }
  blanked += text.slice(at);
  return { text: blanked, tokens: kept, index, inInsertion: (token) => inside.has(token) };
}

/**
 * A concept's pairs in the text as written, and in the text with its insertions taken out (the
 * head and argument either side of one: "the risks, including those of neglect, are managed").
 */
function conceptPairsAcrossInsertions(concept: TagRule['concepts'][number], text: string, tokens: Token[], heads: TokenHit[], args: TokenHit[], without: WithoutInsertions | null): Array<{ head: TokenHit; argument: TokenHit; pastInsertion?: true }> {
  const pairs: Array<{ head: TokenHit; argument: TokenHit; pastInsertion?: true }> = conceptPairs(concept, text, tokens, heads, args);
  if (!without) return pairs;
  const outside = (hit: TokenHit) => !without.inInsertion(tokens[hit.first]!) && !without.inInsertion(tokens[hit.last]!);
  const moved = new Map<ConceptPart, TokenHit>();
  const move = (list: TokenHit[]) =>
    list.filter(outside).map((hit) => {
      const part = { first: without.index[hit.first]!, last: without.index[hit.last]!, span: hit.span };
      moved.set(part, hit);
      return part;
    });
  const seen = new Set(pairs.map(({ head, argument }) => `${head.first} ${argument.first}`));
  for (const { head, argument } of conceptPairs(concept, without.text, without.tokens, move(heads), move(args))) {
    const pair = { head: moved.get(head)!, argument: moved.get(argument)!, pastInsertion: true as const };
    if (!seen.has(`${pair.head.first} ${pair.argument.first}`)) pairs.push(pair);
  }
  return pairs;
}

/** Concept hits: a head and its argument in one clause and in the concept's role (concepts.ts); the span covers both. */
function conceptHits(text: string, tokens: Token[], found: Found, rule: TagRule): Array<TokenHit & { context: null }> {
  const hits: Array<TokenHit & { context: null }> = [];
  let without: WithoutInsertions | null | undefined;
  rule.concepts.forEach((concept, n) => {
    const heads = found.conceptHeads[n];
    const args = found.conceptWith[n];
    if (!heads || !args) return;
    if (without === undefined) without = withoutInsertions(text, tokens);
    for (const { head, argument, pastInsertion } of conceptPairsAcrossInsertions(concept, text, tokens, heads as TokenHit[], args as TokenHit[], without)) {
      const span: Span = [Math.min(head.span[0], argument.span[0]), Math.max(head.span[1], argument.span[1])];
      const why = `concept "${concept.name}": "${text.slice(head.span[0], head.span[1])}" with "${text.slice(argument.span[0], argument.span[1])}" as its ${concept.role === 'either' ? 'argument' : concept.role}${pastInsertion ? ', past an insertion' : ''}`;
      hits.push({ match: text.slice(span[0], span[1]), span, first: Math.min(head.first, argument.first), last: Math.max(head.last, argument.last), weight: concept.weight, context: null, parts: [head.span, argument.span], layer: why });
    }
  });
  return hits;
}

/** Words before a body's last word that say it is not named ("the board", "the same board"), or that end its name when walking back. */
const NOT_A_NAME = new Set([...DETERMINERS, 'same', 'whole']);
const NAME_ENDS = new Set([...NOT_A_NAME, 'of', 'to', 'into', 'by', 'at', 'on', 'in', 'with', 'for', 'from', 'within', 'through', 'across', 'between', 'is', 'are', 'was', 'were', 'has', 'have', 'had']);
/** Words that make a body's word an idiom, not a name: "on board", "in partnership", "partnership working", "in partnership with". */
const IDIOM_BEFORE = new Set(['on', 'in']);
const IDIOM_AFTER = new Set(['working', 'work', 'with']);
/** The most words a body's name holds before its last word ("the Safer Leeds executive board"). */
const NAME_WORDS = 6;

/**
 * What a reference ("the board", "subgroups") names: the body named last before it in the text.
 * That is this rule's body when one of the rule's own mentions ends there or stands in that body's
 * name ("the LSCB ... the board", "the local safeguarding children board ... the board"); another
 * body when a name ends in one of `bodies` ("the health and wellbeing board ... the board"), or is
 * an acronym the letter defines so ("the HDAP has subgroups", HDAP defined as "... Partnership");
 * nothing when no body is named before it.
 */
function antecedent(text: string, tokens: Token[], first: number, bodies: Set<string>, own: Array<{ first: number; last: number; match: string }>, context: LetterContext): { own: boolean; name: string } | null {
  for (let t = first - 1; t >= 0; t--) {
    const ownHere = own.find((m) => m.last === t);
    if (ownHere) return { own: true, name: ownHere.match };
    const defined = context.acronyms.get(tokens[t]!.word)?.find((entry) => bodies.has(stemOf(words(entry.definedAs).at(-1) ?? '')));
    if (defined) return { own: false, name: defined.acronym };
    if (!bodies.has(tokens[t]!.stem) || IDIOM_AFTER.has(tokens[t + 1]?.word ?? '')) continue;
    if (t === 0 || NOT_A_NAME.has(tokens[t - 1]!.word) || IDIOM_BEFORE.has(tokens[t - 1]!.word)) continue;
    let start = t;
    while (start > 0 && t - start < NAME_WORDS && !NAME_ENDS.has(tokens[start - 1]!.word) && !/[.;:!?()]/.test(text.slice(tokens[start - 1]!.end, tokens[start]!.start))) start--;
    const inName = own.find((m) => m.first >= start && m.last <= t);
    return { own: inName !== undefined, name: inName ? inName.match : text.slice(tokens[start]!.start, tokens[t]!.end) };
  }
  return null;
}

/** A hit as a mention (a plain literal: copying the hit's fields by spread was a fifth of the tag stage). */
function mentionOf(hit: TokenHit & { context: string | null }, status: Mention['status'], role: string, why: string | null): Mention {
  return { match: hit.match, span: hit.span, weight: hit.weight, context: hit.context, status, role, why };
}

/** For each token, the first and last token of the widest match of a rule of these that covers it, or -1: the items a cue before a list reaches. */
function listItems(tokens: Token[], found: Map<number, Found>, indices: number[]): Mentions {
  const items = new Int32Array(tokens.length).fill(-1);
  const ends = new Int32Array(tokens.length).fill(-1);
  for (const index of indices) {
    for (const hit of found.get(index)?.finds ?? []) {
      for (let t = hit.first; t <= hit.last; t++) {
        if (items[t]! >= 0 && ends[t]! - items[t]! >= hit.last - hit.first) continue;
        items[t] = hit.first;
        ends[t] = hit.last;
      }
    }
  }
  return mentionsOf(items, ends);
}

/** A match kept as a mention whose role is still to be read (passingRole), with the reason it already has. */
interface Waiting {
  hit: TokenHit & { context: string | null };
  /** Whether the match is a reference ("the board"), whose reason is joined to the cue's. */
  reference: boolean;
  resolved: string | null;
}

/**
 * The matches of one rule in text order, each a mention already (an exclusion) or one waiting for its role, and how
 * its roles are read. tagText reads roles only until the rule's tag is decided: a mention after that changes no tag
 * (the role layer was about half of the tag stage, and a finding often names its agency several times).
 */
interface Unread {
  entries: Array<Mention | Waiting>;
  /** The first entry not yet made a mention. */
  next: number;
  kind: TagKind;
  cues: CompiledCue[];
  clause: Clause;
  items: Mentions | undefined;
  /** Whether counted mentions say why no cue took them, as explain shows (passingRole's notes). */
  notes: boolean;
}

const isWaiting = (entry: Mention | Waiting): entry is Waiting => (entry as Waiting).hit !== undefined;

/** The mention an entry makes, its role read when it waits for one. */
function mentionAt(unread: Unread, k: number): Mention {
  const entry = unread.entries[k]!;
  if (!isWaiting(entry)) return entry;
  const { hit, reference, resolved } = entry;
  const passing = passingRole(unread.cues, unread.clause, hit.first, hit.last, unread.items, true, unread.notes);
  if (passing?.role) return mentionOf(hit, 'passing', passing.role, reference ? `${passing.why}; ${resolved}` : passing.why);
  return mentionOf(hit, 'counted', unread.kind === 'agency' ? 'evaluated' : 'about', [passing?.why, resolved].filter(Boolean).join('; ') || resolved);
}

/** A result's mentions made whole: the roles tagText left unread are read, in text order (a no-op for a whole result). */
function settle(result: RuleResult): void {
  const unread = result.unread;
  if (!unread) return;
  while (unread.next < unread.entries.length) result.mentions.push(mentionAt(unread, unread.next++));
  result.unread = undefined;
}

/**
 * `cues`: the passing cues of the rule's kind that the text's words can set off (cuesIn); all of them when not given.
 * `lazy` (tagText): read roles in text order only until the tag is decided (the first counted mention found and the
 * counted weight enough for the rule, weights being above 0), and leave counted mentions' notes out; the result's
 * `unread` holds the rest, for settle(). Its tag is the tag a whole reading gives.
 */
function evaluate(tagger: Tagger, index: number, text: string, tokens: Token[], found: Found | undefined, clause = new Clause(text, tokens), context: LetterContext = NO_CONTEXT, items?: Mentions, cues?: CompiledCue[], lazy = false): RuleResult {
  const { rule, path, references } = tagger.rules[index]!;
  if (!found) return { rule, tag: null, mentions: [] };
  /** This rule's mentions so far that name its body (not excluded), for bare references after them. */
  const named: Array<{ first: number; last: number; match: string }> = [];
  const referenceOf = (hit: TokenHit) =>
    references.find((reference) => reference.phrases.some((stems) => stems.length === hit.last - hit.first + 1 && stems.every((stem, j) => tokens[hit.first + j]!.stem === stem)));
  // In text order, longer first; where the letter's context and a rule match the same words, the rule's own match.
  const hits = [...found.finds, ...(rule.near.length ? nearHits(text, found, rule) : []), ...(rule.concepts.length ? conceptHits(text, tokens, found, rule) : [])].sort(
    (a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1] || Number(a.context !== null) - Number(b.context !== null),
  );
  // The passing cues of the rule's kind, less those written for other themes or agencies only.
  const kindCues = cues ?? tagger.passing[rule.kind];
  const ruleCues = kindCues.some((cue) => cue.limitedTo !== null) ? kindCues.filter((cue) => cue.limitedTo === null || cue.limitedTo.has(path[0]!)) : kindCues;
  const entries: Array<Mention | Waiting> = [];
  // Mentions are kept in text order without overlaps, so a hit overlaps one of them exactly when it
  // starts before the furthest end kept; exclusions are in text order too, and only those that
  // start near a hit can touch it. Both keep a long paragraph linear.
  let keptEnd = -1;
  const excludes = found.excludes;
  const longestExclusion = excludes.reduce((most, exclusion) => Math.max(most, exclusion.span[1] - exclusion.span[0]), 0);
  const exclusionOf = (hit: (typeof hits)[number]) => {
    for (let j = firstAtOrAfter(excludes, (e) => e.span[0], hit.span[0] - longestExclusion); j < excludes.length && excludes[j]!.span[0] < hit.span[1]; j++) {
      const exclusion = excludes[j]!;
      const touches = hit.parts
        ? hit.parts.some((part) => overlaps(exclusion.span, part))
        : overlaps(exclusion.span, hit.span) && !containsLonger(hit.span, exclusion.span);
      if (touches) return exclusion;
    }
    return undefined;
  };
  // Which matches become mentions, and which are excluded, depends on no role: only a counted mention's role does.
  for (const hit of hits) {
    if (hit.span[0] < keptEnd) continue;
    const by = exclusionOf(hit);
    // A theme's excluded near pair or concept takes away only what its exclusion touches: a later
    // hit over the same words that the exclusion does not touch still counts ("plans based on
    // information and developed alongside families": "information" is not engagement, "developed
    // alongside families" is).
    if (!(by && hit.parts && rule.kind === 'theme')) keptEnd = Math.max(keptEnd, hit.span[1]);
    if (by) {
      entries.push(mentionOf(hit, 'excluded', 'excluded', `excluded by "${by.match}"`));
      continue;
    }
    const reference = referenceOf(hit);
    const names = reference ? antecedent(text, tokens, hit.first, reference.bodies, named, context) : null;
    if (names && !names.own) {
      entries.push(mentionOf(hit, 'excluded', 'excluded', `refers to "${names.name}", named before it`));
      continue;
    }
    if (!reference) named.push({ first: hit.first, last: hit.last, match: hit.match });
    const resolved = reference ? (names ? `refers to "${names.name}", named before it` : 'no other body named before it') : (hit.context ?? hit.layer ?? null);
    entries.push({ hit, reference: reference !== undefined, resolved });
  }
  const unread: Unread = { entries, next: 0, kind: rule.kind, cues: ruleCues, clause, items, notes: !lazy };
  const mentions: Mention[] = [];
  let weight = 0;
  let first: Mention | undefined;
  while (unread.next < entries.length && !(lazy && first !== undefined && weight >= rule.mentions)) {
    const mention = mentionAt(unread, unread.next++);
    mentions.push(mention);
    if (mention.status !== 'counted') continue;
    first ??= mention;
    weight += mention.weight;
  }
  const deepDive = rule.kind === 'theme' && context.deepDive === path[0];
  const result: RuleResult = { rule, tag: null, mentions };
  if (unread.next < entries.length) result.unread = unread;
  if (!first || weight < (deepDive ? Math.min(rule.mentions, 1) : rule.mentions)) return result;
  const tag: Tag = { id: rule.id, path, rule: rule.name, match: first.match, span: first.span };
  if (first.context) tag.context = first.context;
  else if (weight < rule.mentions) tag.context = `the letter's deep dive is ${context.deepDive}: one clear mention counts`;
  result.tag = tag;
  return result;
}

/**
 * Every rule of a kind on one text, in rule order; rules with no match at all are left out.
 * `leadIn`: the sentence that introduces the text's list (a finding's leadIn), whose agencies act
 * for a bullet that names none of its own (leadInActors).
 */
export function applyAll(tagger: Tagger, kind: TagKind, text: string, tokens: Token[] = tokenize(text), context: LetterContext = NO_CONTEXT, leadIn: string | null = null): RuleResult[] {
  const found = scan(tagger, text, tokens, context);
  const clause = new Clause(text, tokens);
  const results = resultsOf(tagger, kind, text, tokens, found, clause, context, leadIn);
  if (kind !== 'theme' || tagger.events.length === 0) return results.filter((result) => result.mentions.length > 0);
  const agencyCues = cuesIn(tagger, 'agency', tokens);
  const all = withEvents(tagger, results, () => resultsOf(tagger, 'agency', text, tokens, found, clause, context, null, false, agencyCues), agencyCues);
  return all.filter((result) => result.mentions.length > 0);
}

/**
 * A theme's events read from the agencies' roles (a theme rule's `agency-roles`): an agency named in passing in one of those
 * roles ("passed to schools", "does not routinely tell children's social care", "enquiries of other agencies": the one told
 * or asked) tags the theme whatever the words, unless the theme stands already or is named in the finding as an aside (its
 * readers weighed the theme there). The agencies' results (`agenciesOf`: tagText's, whose unread mentions are then read) are
 * asked for only when an event's theme is not tagged yet and the finding's agency cues (`agencyCues`, cuesIn's, read once a
 * finding) hold one of its roles. tagText's hold only cues with a form whole in the finding (formStandsIn): by their words alone
 * 756 of the 13 letters' 757 findings held a cue of the one told, "to" and "with" being a governing word's prepositions, by
 * their forms 250, and reading every agency mention's role in the others was most of what the events cost (helper 12aq,
 * tests/bench-history.md). applyAll's hold every cue the words set off: tests/tag-paths.test.ts checks the two tag alike.
 */
function withEvents(tagger: Tagger, themes: RuleResult[], agenciesOf: () => RuleResult[], agencyCues: CompiledCue[]): RuleResult[] {
  let out = themes;
  for (const index of tagger.events) {
    const { rule, path } = tagger.rules[index]!;
    const own = out.find((result) => result.rule === rule);
    if (own?.tag || own?.mentions.some((mention) => mention.role === 'aside')) continue;
    const roles = new Set(rule.agencyRoles);
    if (!agencyCues.some((cue) => roles.has(cue.role))) continue;
    const agencies = agenciesOf();
    for (const result of agencies) settle(result);
    const events: Mention[] = agencies
      .filter((result) => result.tag?.from !== 'lead-in')
      .flatMap((result) =>
        result.mentions
          .filter((mention) => mention.status === 'passing' && roles.has(mention.role))
          .map((mention): Mention => ({ ...mention, status: 'counted', role: 'about', why: `an event: ${result.rule.label} in the role "${mention.role}" (${mention.why})` })),
      )
      .sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1])
      // one event a place: an agency and its parent ("health visitor" is health's and health visiting's) name one agency told
      .filter((mention, k, all) => k === 0 || mention.span[0] !== all[k - 1]!.span[0] || mention.span[1] !== all[k - 1]!.span[1]);
    const first = events[0];
    if (!first) continue;
    const event: RuleResult = { rule, tag: { id: rule.id, path, rule: rule.name, match: first.match, span: first.span }, mentions: [...(own?.mentions ?? []), ...events] };
    if (own) out = out.map((result) => (result === own ? event : result));
    else {
      const after = out.findIndex((result) => tagger.rules.findIndex((compiled) => compiled.rule === result.rule) > index);
      out = after < 0 ? [...out, event] : [...out.slice(0, after), event, ...out.slice(after)];
    }
  }
  return out;
}

/**
 * `lazy` (tagText): the results are read for their tags alone; their mentions may stop where the tag was decided
 * (evaluate), and are read whole (settle) only where asides or implied agencies weigh them. `kindCues`: cuesIn's for the
 * kind, when the caller has read them already (the agency cues, which the events read too).
 */
function resultsOf(tagger: Tagger, kind: TagKind, text: string, tokens: Token[], found: Map<number, Found>, clause: Clause, context: LetterContext, leadIn: string | null = null, lazy = false, kindCues?: CompiledCue[]): RuleResult[] {
  const present = tagger.kinds[kind].filter((index) => found.has(index));
  // No rule of the kind found, no role to read (a lead-in's actors are read apart, partActors).
  const cues = present.length > 0 ? (kindCues ?? cuesIn(tagger, kind, tokens, lazy ? clause : null)) : [];
  const items = cues.length > 0 ? listItems(tokens, found, present) : undefined;
  const own = present.map((index) => evaluate(tagger, index, text, tokens, found.get(index), clause, context, items, cues, lazy));
  if (kind === 'theme' && tagger.aside) {
    const ids = present.map((index) => tagger.rules[index]!.path[0]!);
    if (lazy) settleForAsides(tagger.aside, own, ids);
    return withAsides(tagger.aside, own, ids, text, tokens);
  }
  const results = leadIn === null || kind !== 'agency' ? own : [...own, ...leadInActors(tagger, own, leadIn, context)];
  const implied = results.some((result) => result.rule.impliedBeside) ? withImplied(tagger, results, text) : results;
  return implied.some((result) => result.rule.withAgencies > 0 && result.tag) ? withOthers(tagger, text, implied) : implied;
}

/**
 * A rule with `with-agencies` (joint work: "jointly", "together") stands only beside that many other agencies tagged in
 * the finding up to the end of the part that holds one of its counted cues (top-level ids, its own and other such rules'
 * left out); otherwise its counted mentions are in passing. A part ends at a sentence's end, a ";" or a comma and a new
 * clause (", and", ", but", ", while", ", whereas"): "Health visitors and school nurses jointly review every referral, and
 * schools make referrals" is one agency's two teams, the schools judged after it (issue 9, sixty-fourth step, helper 9fl: a
 * second reader's A1). Agencies named before the part still count ("The youth justice service's panel ... Decisions are
 * made jointly with the police"), and when none is named up to it, the whole finding's do ("chief officers ... through a
 * joint executive group"). An agency with no counted mention in the text (a lead-in's actor, an implied one) counts
 * everywhere, as before.
 */
function withOthers(tagger: Tagger, text: string, results: RuleResult[]): RuleResult[] {
  const tagged = results.filter((result) => result.tag && result.rule.withAgencies === 0);
  const spans = new Map<string, Span[] | null>();
  for (const result of tagged) {
    const id = result.tag!.path[0]!;
    settle(result);
    const own = result.mentions.filter((mention) => mention.status === 'counted' && mention.span[1] <= text.length).map((mention) => mention.span);
    const before = spans.get(id);
    if (before === null) continue;
    spans.set(id, own.length === 0 ? null : [...(before ?? []), ...own]);
  }
  const others = [...spans.keys()];
  return results.map((result) => {
    const need = result.rule.withAgencies;
    if (need === 0 || !result.tag) return result;
    settle(result);
    const own = result.tag.path[0]!;
    const cues = result.mentions.filter((mention) => mention.status === 'counted');
    let beside: string[] = [];
    for (const cue of cues) {
      const end = jointPart(text, cue.span[0]);
      const upTo = others.filter((id) => id !== own && (spans.get(id) === null || spans.get(id)!.some((span) => span[0] < end)));
      // No single agency named up to the cue's part, none or only the partnership ("chief officers hold each other to
      // account through a joint executive group"): who works jointly is unnamed there, so the finding's agencies stand for
      // them, as before.
      const here = upTo.every((id) => id === PARTNERSHIP_ID) ? others.filter((id) => id !== own) : upTo;
      if (here.length > beside.length) beside = here;
    }
    if (beside.length >= need) return result;
    const why = `joint work needs ${need} other agencies tagged in its part of the text; here ${beside.length === 0 ? 'none' : beside.sort().join(', ')}`;
    const mentions = result.mentions.map((mention): Mention => (mention.status === 'counted' ? { ...mention, status: 'passing', role: 'joint', why } : mention));
    return { ...result, tag: null, mentions };
  });
}

/** The codebook's id for the safeguarding partnership: the partners together, so no one agency whose teams work jointly. */
const PARTNERSHIP_ID = 'safeguarding-partnership';

/** Where the part of the text holding `at` ends (withOthers): a sentence's end, ";", or ", and" and the like. */
const JOINT_PART_BREAK = /[.;!?](?=\s|$)|,\s+(?:and|but|while|whereas|although|though)\s/g;

function jointPart(text: string, at: number): number {
  JOINT_PART_BREAK.lastIndex = at;
  const found = JOINT_PART_BREAK.exec(text);
  return found ? found.index : text.length;
}

/**
 * withAsides weighs each fired aside theme's counted mentions (one, or two and more) only when more such themes
 * fired than the cue's `others`; those results are read whole first. Otherwise it reads nothing but the tags.
 */
function settleForAsides(aside: CompiledAside, results: RuleResult[], ids: string[]): void {
  const fired = new Set<string>();
  results.forEach((result, i) => {
    if (result.tag && aside.themes.has(ids[i]!)) fired.add(ids[i]!);
  });
  if (fired.size <= aside.others) return;
  results.forEach((result, i) => {
    if (result.tag && aside.themes.has(ids[i]!)) settle(result);
  });
}

/** The longest lead-in quoted whole in a lead-in tag's context; a longer one is cut at a word. */
const LEAD_IN_QUOTE = 200;

/**
 * The codebook's id for the partnership or agencies in general: it goes beside the agencies named, so
 * a bullet whose only actor it is still takes the agencies its lead-in names.
 */
const AGENCIES_IN_GENERAL = 'multi-agency';

/** How many lead-ins are kept read, per rules and letter context: a list's bullets come one after another. */
export const LEAD_INS_REMEMBERED = 8;

/**
 * The actors each part of a lead-in names (see introducingParts), per rules, letter context and lead-in
 * text, the most recently used last: a list's bullets share their lead-in. Bounded, since the library's
 * default context is one object for every letter a long-lived caller tags.
 */
const leadInCache = new WeakMap<Tagger, WeakMap<LetterContext, Map<string, RuleResult[][]>>>();

/** How many lead-ins are kept read for these rules and this context (for tests of the bound). */
export function leadInsRemembered(tagger: Tagger, context: LetterContext): number {
  return leadInCache.get(tagger)?.get(context)?.size ?? 0;
}

/**
 * A list's lead-in can name who must act for every bullet under it ("The council and the police
 * should make sure that:", then "- plans are reviewed on time"). A bullet that names no agency of
 * its own as evaluated (its implied casework does not count: the lead-in says whose it is; nor does
 * the partnership in general, which goes beside the agencies) takes the agencies its lead-in
 * evaluates by name; their mentions stand in the lead-in, and say so. A bullet with an actor of its
 * own keeps its own: the lead-in's are then only the list's addressees. A nested bullet's lead-in is
 * its list's and its parent's joined: the nearest part that names an agency acts.
 */
function leadInActors(tagger: Tagger, own: RuleResult[], leadIn: string, context: LetterContext): RuleResult[] {
  const top = (result: RuleResult) => result.tag!.path[0]!;
  const tagged = own.filter((result) => result.tag !== null && !result.rule.impliedBeside);
  if (tagged.some((result) => top(result) !== AGENCIES_IN_GENERAL)) return [];
  const have = new Set(tagged.map(top));
  const actors: RuleResult[] = [];
  for (const part of [...leadInParts(tagger, leadIn, context)].reverse()) {
    for (const result of part) {
      if (have.has(top(result))) continue;
      actors.push(result);
      have.add(top(result));
    }
    if (part.some((result) => top(result) !== AGENCIES_IN_GENERAL)) break;
  }
  return actors;
}

/** The actors of each part of a lead-in, outermost first, read once while it is among the last few used. */
function leadInParts(tagger: Tagger, leadIn: string, context: LetterContext): RuleResult[][] {
  let byContext = leadInCache.get(tagger);
  if (!byContext) leadInCache.set(tagger, (byContext = new WeakMap()));
  let byText = byContext.get(context);
  if (!byText) byContext.set(context, (byText = new Map()));
  let parts = byText.get(leadIn);
  if (parts) byText.delete(leadIn);
  else {
    // Quoted short: it stands in every tag and mention of every bullet under it.
    const why = `in the list's lead-in "${excerpt(leadIn, LEAD_IN_QUOTE)}"`;
    parts = introducingParts(leadIn).map((part) => partActors(tagger, part, context, why));
    if (byText.size >= LEAD_INS_REMEMBERED) byText.delete(byText.keys().next().value!);
  }
  byText.set(leadIn, parts);
  return parts;
}

/**
 * The parts of a lead-in that each introduce what follows, with where each starts: one for a list's
 * lead-in, two for a nested bullet's ("The police should ensure that: for children who go missing:").
 */
function introducingParts(leadIn: string): Array<{ text: string; start: number }> {
  const parts: Array<{ text: string; start: number }> = [];
  let start = 0;
  for (const colon of leadIn.matchAll(/:\s+(?=\S)/g)) {
    parts.push({ text: leadIn.slice(start, colon.index! + 1), start });
    start = colon.index! + colon[0].length;
  }
  parts.push({ text: leadIn.slice(start), start });
  return parts;
}

/**
 * The agencies one part of a lead-in evaluates by name, their spans in the whole lead-in. An agency
 * named only in a subordinate clause of it ("When the police refer a child, partners should:") is the
 * context of the list, not who must act.
 */
function partActors(tagger: Tagger, part: { text: string; start: number }, context: LetterContext, why: string): RuleResult[] {
  const tokens = tokenize(part.text);
  const clause = new Clause(part.text, tokens);
  const aside = subordinateClauses(clause);
  const inMain = (mention: Mention) => !aside.some(([from, to]) => mention.span[0] >= from && mention.span[1] <= to);
  const shift = (span: Span): Span => [span[0] + part.start, span[1] + part.start];
  return resultsOf(tagger, 'agency', part.text, tokens, scan(tagger, part.text, tokens, context), clause, context).flatMap((result) => {
    if (result.tag === null || result.rule.impliedBeside) return [];
    const counted = result.mentions.filter((mention) => mention.status === 'counted' && inMain(mention));
    if (counted.length === 0 || counted.reduce((sum, mention) => sum + mention.weight, 0) < result.rule.mentions) return [];
    return [{
      rule: result.rule,
      tag: { ...result.tag, match: counted[0]!.match, span: shift(counted[0]!.span), from: 'lead-in' as const, context: why },
      mentions: counted.map((mention) => ({ ...mention, span: shift(mention.span), why: mention.why ? `${mention.why}; ${why}` : why })),
    }];
  });
}

/** Marks live each cue of `keyed` not live yet whose form stands whole in the clause (a function of the module, not a closure made at each cuesIn). */
function markStanding(live: Uint8Array, keyed: IndexedForm[], clause: Clause, held: ClauseWords): void {
  for (let k = 0; k < keyed.length; k++) {
    const { cue, form } = keyed[k]!;
    if (live[cue] === 0 && formStandsIn(form, clause, held)) live[cue] = 1;
  }
}

/**
 * The passing cues of a kind that a text's words can set off, in their order: the others give no role and no note in it.
 * With `formsIn` (a reading without notes, tagText's), only those with a form whole in the text (formStandsIn), the others
 * giving no role there either: by cueWords, a governing word's cue is set off by its preposition, and the 13 letters'
 * findings set off 50.5 agency cues each, 6.0 with a form whole, each tried on every mention (the cues split at the
 * fifty-third step, the one told from the recipient, made more of them; helper 12aq). The forms are looked up by the
 * text's words (formIndex), so only those a word of the text keys are tried, not every form of a cue a word sets off.
 */
export function cuesIn(tagger: Tagger, kind: TagKind, tokens: Token[], formsIn: Clause | null = null): CompiledCue[] {
  const cues = tagger.passing[kind];
  if (cues.length === 0) return cues;
  const live = new Uint8Array(cues.length);
  if (formsIn) {
    const held = clauseWords(formsIn);
    const { byStem, byForm } = tagger.formIndex[kind];
    // Lists walked by place, not for-of (see clauseWords).
    const { stemList, formList } = held;
    for (let k = 0; k < stemList.length; k++) {
      const keyed = byStem.get(stemList[k]!);
      if (keyed) markStanding(live, keyed, formsIn, held);
    }
    for (let k = 0; k < formList.length; k++) {
      const keyed = byForm.get(formList[k]!);
      if (keyed) markStanding(live, keyed, formsIn, held);
    }
  } else {
    const index = tagger.cueIndex[kind];
    for (let k = 0; k < tokens.length; k++) {
      const set = index.get(tokens[k]!.stem);
      if (set) for (let e = 0; e < set.length; e++) live[set[e]!] = 1;
    }
  }
  return cues.filter((_, c) => live[c] === 1);
}

/** A sentence's first word that points back to what the sentence before it named. */
const POINTS_BACK = /^(?:this|these|that|those|they|their|it|its|such|he|she|his|her)\b/i;

/** Words that name a forum, ending a mention ("core groups") or just after it ("multi-agency meetings", "core group meetings"). */
const FORUM_END = /\b(?:meetings?|panels?|conferences?|groups?|discussions?)$/i;
const FORUM_AFTER = /^ (?:[\w-]+ )?(?:meetings?|panels?|conferences?|discussions?)\b/i;
/** Whether a counted mention names a forum (implied-forums): the agencies meet there, the work judged is another's. */
function namesForum(text: string, mention: Mention): boolean {
  return FORUM_END.test(mention.match) || FORUM_AFTER.test(text.slice(mention.span[1], mention.span[1] + 40));
}

/**
 * An implied agency (work that is its own by nature, its name absent: "children are seen alone")
 * stands only when no agency but those it may stand beside is evaluated in the finding; otherwise
 * the work is read as that agency's, and the implied mentions are kept as in passing. A rule's
 * implied-apart agencies take the work only in their own sentences: named elsewhere in the finding,
 * they leave a mention in a sentence that evaluates no other agency standing.
 */
function withImplied(tagger: Tagger, results: RuleResult[], text: string): RuleResult[] {
  const top = (result: RuleResult) => result.tag?.path[0] ?? null;
  const named = new Set(results.filter((result) => !result.rule.impliedBeside).map(top).filter((id): id is string => id !== null));
  const apartRules = results.some((result) => result.rule.impliedApart.length > 0);
  // A sentence that opens with a word pointing back ("This has resulted in ...", "They ...") goes on with the one
  // before it: both are one sentence here, so its agency is the one named before.
  const starts = apartRules ? sentenceStarts(text).filter((start) => !POINTS_BACK.test(text.slice(start, start + 8))) : [];
  const sentenceOf = (at: number) => starts.filter((start) => start <= at).length;
  /** The agencies evaluated in each sentence; those a list's lead-in makes actors stand in every sentence. */
  const everywhere = new Set<string>();
  if (apartRules) {
    for (const result of results) {
      const id = top(result);
      if (!result.rule.impliedBeside && id !== null && result.tag!.from === 'lead-in') everywhere.add(id);
    }
  }
  // Read (and the agencies' mentions read whole, settle) only when an implied mention is weighed sentence by sentence.
  let bySentence: Map<number, Set<string>> | undefined;
  const evaluatedIn = (sentence: number) => {
    if (!bySentence) {
      bySentence = new Map();
      for (const result of results) {
        const id = top(result);
        if (result.rule.impliedBeside || id === null || result.tag!.from === 'lead-in') continue;
        settle(result);
        for (const mention of result.mentions) if (mention.status === 'counted') bySentence.set(sentenceOf(mention.span[0]), (bySentence.get(sentenceOf(mention.span[0])) ?? new Set<string>()).add(id));
      }
    }
    return bySentence.get(sentence);
  };
  return results.map((result) => {
    const beside = result.rule.impliedBeside;
    if (!beside) return result;
    const own = tagger.rules.find((compiled) => compiled.rule === result.rule)!.path[0]!;
    const forumsOnly = (id: string) =>
      result.rule.impliedForums.includes(id) &&
      results.every((other) => {
        if (other.rule.impliedBeside || top(other) !== id) return true;
        settle(other);
        return other.mentions.every((mention) => mention.status !== 'counted' || namesForum(text, mention));
      });
    const others = [...named].filter((id) => id !== own && !beside.includes(id) && !forumsOnly(id)).sort();
    const apart = result.rule.impliedApart;
    const separable = others.length > 0 && apart.length > 0 && others.every((id) => apart.includes(id) && !everywhere.has(id));
    // The rule's label says what is implied ("Leaders and managers, no agency named"); its beside list, what may stand with it.
    const condition = `no other agency${beside.length > 0 ? ` but ${beside.join(', ')}` : ', the partnership included,'} is evaluated`;
    const implied = (mention: Mention): Mention => {
      if (mention.status !== 'counted') return mention;
      if (others.length === 0) return { ...mention, role: 'implied', why: `implied as ${own} (${result.rule.label}): ${condition}` };
      const here = separable ? others.filter((id) => evaluatedIn(sentenceOf(mention.span[0]))?.has(id)) : others;
      if (here.length > 0) return { ...mention, status: 'passing', role: 'implied', why: `implied only when ${condition}${separable ? ' in its sentence' : ''}; here ${here.join(', ')}` };
      return { ...mention, role: 'implied', why: `implied as ${own} (${result.rule.label}): no other agency evaluated in its sentence (${others.join(', ')} in others)` };
    };
    // Whether a mention stands depends then on its sentence: every mention is read (settle). Otherwise the tag is the
    // rule's own (no other agency) or none (another evaluated), whatever the mentions tagText left unread.
    if (separable) settle(result);
    const mentions = result.mentions.map(implied);
    const standing = result.tag === null ? undefined : mentions.find((mention) => mention.status === 'counted');
    const tag = others.length === 0 ? result.tag : standing ? { ...result.tag!, match: standing.match, span: standing.span } : null;
    return { ...result, tag, mentions };
  });
}

/**
 * A text's agency and theme tags; pass its tokens when they are at hand, so the words are read once,
 * and the lead-in of its list when it has one (a finding's leadIn: see leadInActors).
 */
export function tagText(tagger: Tagger, text: string, context: LetterContext = NO_CONTEXT, tokens: Token[] = tokenize(text), leadIn: string | null = null): { agencies: Tag[]; themes: Tag[] } {
  const found = scan(tagger, text, tokens, context);
  const clause = new Clause(text, tokens);
  const tags = (results: RuleResult[]) => results.map((result) => result.tag).filter((tag): tag is Tag => tag !== null);
  const agencyCues = cuesIn(tagger, 'agency', tokens, clause);
  const agencies = resultsOf(tagger, 'agency', text, tokens, found, clause, context, leadIn, true, agencyCues);
  const themes = resultsOf(tagger, 'theme', text, tokens, found, clause, context, leadIn, true);
  return { agencies: tags(agencies), themes: tags(tagger.events.length > 0 ? withEvents(tagger, themes, () => agencies, agencyCues) : themes) };
}

/** An acronym in brackets, defined by the words before it: "the integrated front door (IFD)". */
const DEFINITION = /\(([A-Z][A-Za-z]*[A-Z][A-Za-z]*)\)/g;

/**
 * The long form an acronym stands for, from the words just before it (Schwartz and Hearst, 2003):
 * the acronym's letters are found right to left in the words, the first at the start of a word.
 */
export function longForm(acronym: string, before: string): string | null {
  const letters = acronym.toLowerCase().replace(/[^a-z0-9]/g, '');
  const text = before.toLowerCase();
  let l = text.length - 1;
  for (let s = letters.length - 1; s >= 0; s--) {
    const c = letters[s]!;
    while (l >= 0 && (text[l] !== c || (s === 0 && l > 0 && /[a-z0-9]/.test(text[l - 1]!)))) l--;
    if (l < 0) return null;
    l--;
  }
  const start = before.lastIndexOf(' ', l) + 1;
  const form = before.slice(start).trim();
  return form.length > acronym.length ? form : null;
}

/**
 * The top-level theme a deep dive's id names: the theme id it is or contains, the longest
 * ("sexual-abuse-in-the-family" is sexual-abuse, "child-sexual-exploitation" exploitation); null
 * when no theme rule is named (a letter without a known deep dive, or a user's own theme rules).
 */
export function deepDiveTheme(tagger: Tagger, deepDive: string | null): string | null {
  if (!deepDive) return null;
  const themes = [...new Set(tagger.kinds.theme.map((index) => tagger.rules[index]!.path[0]!))];
  const named = themes.filter((id) => deepDive === id || deepDive.startsWith(`${id}-`) || deepDive.endsWith(`-${id}`) || deepDive.includes(`-${id}-`));
  return named.sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0] ?? null;
}

/**
 * Acronyms the letter defines for itself, tied to the rules that match their long form (the long
 * form is at most a few more words than the acronym has letters), and the theme of its deep dive
 * (the letter's `theme`, as its metadata names it).
 */
export function letterContext(tagger: Tagger, letterText: string, deepDive: string | null = null, texts?: string[]): LetterContext {
  const acronyms: LetterContext['acronyms'] = new Map();
  const longForms: Array<{ acronym: string; key: string; text: string }> = [];
  for (const definition of letterText.matchAll(DEFINITION)) {
    // A plural is defined as its singular: "clinical commissioning groups (CCGs)".
    const acronym = definition[1]!.replace(/(?<=[A-Z])s$/, '');
    const key = acronym.toLowerCase();
    if (tagger.acronyms.get(key)?.some((entry) => entry.acronym === acronym) || acronym.length > 10) continue;
    const before = letterText.slice(Math.max(0, definition.index! - 200), definition.index!).trimEnd();
    const tokens = tokenize(before);
    const allowed = Math.min(acronym.length + 5, acronym.length * 2);
    if (tokens.length === 0) continue;
    const window = before.slice(tokens[Math.max(0, tokens.length - allowed)]!.start);
    const text = longForm(acronym, window.replace(/\s+/g, ' '));
    if (text) longForms.push({ acronym, key, text });
  }
  // The letter's texts to be searched (tagFindings' findings), with the long forms read here: searchFor.
  if (texts) searchFor(tagger, [...texts, ...longForms.map((form) => form.text)]);
  for (const { acronym, key, text } of longForms) {
    const formTokens = tokenize(text);
    const found = scan(tagger, text, formTokens, NO_CONTEXT);
    for (const [index, hits] of found) {
      if (!evaluate(tagger, index, text, formTokens, hits).mentions.some((m) => m.status === 'counted')) continue;
      const known = acronyms.get(key) ?? [];
      if (!known.some((k) => k.rule === index && k.acronym === acronym)) known.push({ acronym, rule: index, definedAs: text });
      acronyms.set(key, known);
    }
  }
  return { acronyms, deepDive: deepDiveTheme(tagger, deepDive) };
}
