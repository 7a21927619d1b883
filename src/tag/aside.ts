import type { Mention, RuleResult, Token } from './match.js';
import type { PassingCue } from './rules.js';
import { sentenceStartWords } from '../text/sentences.js';
import { wordClassOf } from './word-classes.js';

// A theme named as an aside (issue 9, the point of a finding): the codebook tags a theme when the
// finding says something about it, not when its word appears incidentally. A finding's point is
// set by its first sentence and its main clauses; a practice theme named once, in a later sentence
// and only in a trailing clause of it ("..., which ...", "..., including ...") or a fronted one
// ("Although ..., "), while other themes are clearly what the finding is about, is an aside. A
// sentence may have two main clauses ("..., and information sharing has improved"). The harms are not weighed so: the codebook
// tags a harm wherever the finding names it. The settings are data: a theme file's `passing:` cue
// of role `aside` (openers, others, themes); see rules/themes.yaml for the figures behind them.

export interface CompiledAside {
  /** Exact lower-case words of each opener ("which", "so that"), by their first word. */
  openers: Map<string, string[][]>;
  others: number;
  themes: Set<string>;
  /** The cue's role, which the mentions it takes away are shown with ("aside"). */
  role: string;
}

export function compileAside(cue: PassingCue, words: (phrase: string) => string[]): CompiledAside {
  const openers = new Map<string, string[][]>();
  for (const phrase of cue.openers) {
    const sequence = words(phrase);
    if (sequence.length === 0) continue;
    openers.set(sequence[0]!, [...(openers.get(sequence[0]!) ?? []), sequence]);
  }
  return { openers, others: cue.others, themes: new Set(cue.themes), role: cue.role };
}

/** A comma this many words or fewer into a sentence ends an opening phrase ("In most cases, ..."), not the main clause. */
const LEAD_IN = 6;
/** Punctuation that closes a main clause: a comma, semicolon, colon, bracket or dash. */
const CLAUSE_MARK = /[,;:()\u2013\u2014]| - /;
/** A bracketed acronym after its noun phrase ("mental health services (CAMHS) share ..."): a name, not a clause's end. */
const ACRONYM = /^[A-Z][A-Z0-9&]+s?$/;
/** Words that join a second main clause to the first after a comma ("..., and information sharing has improved"). */
const COORDINATORS = new Set(['and', 'but', 'yet']);

const isVerb = (word: string) => /^(VB|MD)/.test(wordClassOf(word));
const FINITE = /^(VB|VBP|VBZ|VBD|MD)$/;
/** A finite verb: one by its likeliest tag, or a noun-or-verb straight after a noun ("the police share"). */
const isFiniteVerb = (tokens: Token[], i: number) => FINITE.test(wordClassOf(tokens[i]!.word)) || (i > 0 && wordClassOf(tokens[i]!.word) === 'NN+VB' && wordClassOf(tokens[i - 1]!.word) === 'NN');

// The word-level tests of sentencesOf are functions of the module, not closures made at each call:
// V8 holds a closure's optimised code only while a closure holds it, so it went at every full
// collection between two findings, and a batch's threads compiled them again and again.

/** The text between token i - 1 and token i. */
const gapBefore = (text: string, tokens: Token[], i: number) => text.slice(tokens[i - 1]!.end, tokens[i]!.start);

/** Does an aside opener ("which", "so that") start at token j? */
const opensAside = (aside: CompiledAside, tokens: Token[], j: number) => aside.openers.get(tokens[j]!.word)?.some((sequence) => sequence.every((word, k) => tokens[j + k]?.word === word)) ?? false;

/** Is token j a bracketed acronym, "(CAMHS)"? */
const acronymIn = (text: string, tokens: Token[], j: number) =>
  j >= 1 && j < tokens.length && /^\s*\($/.test(gapBefore(text, tokens, j)) && ACRONYM.test(text.slice(tokens[j]!.start, tokens[j]!.end)) && (j + 1 >= tokens.length ? /^\)/.test(text.slice(tokens[j]!.end)) : /^\)\s*$/.test(gapBefore(text, tokens, j + 1)));

/** Does a clause mark stand before token j (a bracketed acronym's brackets are none)? */
const clauseMarkAt = (text: string, tokens: Token[], j: number) => !acronymIn(text, tokens, j) && !acronymIn(text, tokens, j - 1) && CLAUSE_MARK.test(gapBefore(text, tokens, j));

/**
 * For each sentence of a text (by its words): where it starts, and its main clauses, as character
 * ranges. A main clause runs from the sentence's start, or from the comma that ends a fronted
 * clause, to its first clause mark or to an opener past its verb; "..., and" with a verb of its own
 * starts another.
 */
function sentencesOf(text: string, tokens: Token[], aside: CompiledAside): Array<{ start: number; main: () => Array<[number, number]> }> {
  // Sentences as src/text/sentences.ts ends them, each from its first word.
  const starts: number[] = [0, ...sentenceStartWords(text, tokens)];
  const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
  const charAt = (j: number, end: number) => (j < end ? tokens[j]!.start : end < tokens.length ? tokens[end]!.start : text.length);
  // A sentence's main clauses are read when first asked for: withAsides asks for those of the sentences its aside
  // themes' single mentions stand in, most often one or two of a finding's.
  const mainOf = (s: number, n: number): Array<[number, number]> => {
    const end = starts[n + 1] ?? tokens.length;
    // Where the clause begun at `from` ends: its first clause mark, or an opener after its verb (not
    // straight after it: "know when to", "are particularly"; not before it: "visitors who visit").
    const clauseEnd = (from: number, leadIn: boolean) => {
      for (let j = from + 1; j < end; j++) {
        if (clauseMarkAt(text, tokens, j)) {
          if (leadIn && !/[;:()\u2013\u2014]| - /.test(gapBefore(text, tokens, j)) && j - s <= LEAD_IN) continue;
          return j;
        }
        if (opensAside(aside, tokens, j) && !isVerb(tokens[j - 1]!.word) && range(from, j - 1).some((i) => isFiniteVerb(tokens, i))) return j;
      }
      return end;
    };
    // A fronted clause ("Although ..., X", "For children who ..., X") ends at its first comma.
    const fronted = s < end && (wordClassOf(tokens[s]!.word) === 'IN' || opensAside(aside, tokens, s));
    let first = s;
    if (fronted) {
      for (let j = s + 1; j < end; j++) {
        if (clauseMarkAt(text, tokens, j) && gapBefore(text, tokens, j).includes(',')) {
          first = j;
          break;
        }
      }
    }
    const main: Array<[number, number]> = [];
    let from = first;
    let leadIn = !fronted || first === s;
    while (from < end) {
      const until = clauseEnd(from, leadIn);
      main.push([charAt(from, end), charAt(until, end)]);
      leadIn = false;
      // "..., and information sharing has improved": a second main clause, with its own verb.
      const next = until + 1;
      if (until >= end || !gapBefore(text, tokens, until).includes(',') || !COORDINATORS.has(tokens[until]!.word)) break;
      const stop = clauseEnd(until, false);
      if (!range(next, stop).some((i) => isFiniteVerb(tokens, i))) break;
      from = until;
    }
    return main;
  };
  return starts.map((s, n) => {
    let main: Array<[number, number]> | undefined;
    return { start: tokens[s]?.start ?? 0, main: () => (main ??= mainOf(s, n)) };
  });
}

/**
 * The theme results with asides taken out: the mention of such a theme is kept, in passing with
 * role `aside`, and its rule does not fire. `ids` are the results' top-level themes.
 */
export function withAsides(aside: CompiledAside, results: RuleResult[], ids: string[], text: string, tokens: Token[]): RuleResult[] {
  const counted = new Map<string, Mention[]>();
  results.forEach((result, i) => {
    const id = ids[i]!;
    if (!result.tag || !aside.themes.has(id)) return;
    counted.set(id, [...(counted.get(id) ?? []), ...result.mentions.filter((mention) => mention.status === 'counted')]);
  });
  // Only a finding with enough themes for one to be an aside is read clause by clause.
  if (counted.size <= aside.others || ![...counted.values()].some((mentions) => mentions.length === 1)) return results;
  const sentences = sentencesOf(text, tokens, aside);
  const place = (mention: Mention) => {
    let k = sentences.length - 1;
    while (k > 0 && sentences[k]!.start > mention.span[0]) k--;
    return { first: k === 0, head: () => sentences[k]!.main().some(([from, to]) => mention.span[0] >= from && mention.span[0] < to) };
  };
  const clear = new Set([...counted].filter(([, mentions]) => mentions.length >= 2 || mentions.some((m) => place(m).first && place(m).head())).map(([id]) => id));
  const asides = new Map<string, string>();
  for (const [id, mentions] of counted) {
    if (mentions.length !== 1) continue;
    const where = place(mentions[0]!);
    const others = [...clear].filter((other) => other !== id).sort();
    if (where.first || others.length < aside.others || where.head()) continue;
    asides.set(id, `named once, in a trailing clause of a later sentence, where ${others.length} other themes are the finding's point (${others.join(', ')})`);
  }
  if (asides.size === 0) return results;
  return results.map((result, i) => {
    const why = asides.get(ids[i]!);
    if (!why || !result.tag) return result;
    const mentions = result.mentions.map((mention): Mention => (mention.status === 'counted' ? { ...mention, status: 'passing', role: aside.role, why } : mention));
    return { ...result, tag: null, mentions };
  });
}
