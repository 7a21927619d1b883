import type { Mention, RuleResult, Token } from './match.js';
import type { PassingCue } from './rules.js';

// A theme named as an aside (issue 9, the point of a finding): the codebook tags a theme when the
// finding says something about it, not when its word appears incidentally. A finding's point is
// set by its first sentence and its main clauses; a practice theme named once, in a later sentence
// and only in a trailing clause of it ("..., which ...", "..., including ..."), while other themes
// are clearly what the finding is about, is an aside. The harms are not weighed so: the codebook
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
const SENTENCE_BREAK = /[.!?]\s+[(\u2018'"]?$/;

/** For each sentence of a text (by its words): where it starts, and where its main clause ends, as character offsets. */
function sentencesOf(text: string, tokens: Token[], aside: CompiledAside): Array<{ start: number; headEnd: number }> {
  const gap = (i: number) => text.slice(tokens[i - 1]!.end, tokens[i]!.start);
  const starts: number[] = [0];
  for (let i = 1; i < tokens.length; i++) {
    const before = gap(i);
    if (SENTENCE_BREAK.test(before) && (/^[A-Z0-9]/.test(text[tokens[i]!.start]!) || /[(\u2018'"]$/.test(before))) starts.push(i);
  }
  const opensAt = (j: number) => aside.openers.get(tokens[j]!.word)?.some((sequence) => sequence.every((word, k) => tokens[j + k]?.word === word)) ?? false;
  return starts.map((s, n) => {
    const end = starts[n + 1] ?? tokens.length;
    let head = end;
    for (let j = s + 1; j < end; j++) {
      const before = gap(j);
      if (CLAUSE_MARK.test(before)) {
        if (!/[;:()\u2013\u2014]| - /.test(before) && j - s <= LEAD_IN) continue;
        head = j;
        break;
      }
      if (opensAt(j)) {
        head = j;
        break;
      }
    }
    return { start: tokens[s]?.start ?? 0, headEnd: head < tokens.length ? tokens[head]!.start : text.length };
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
    return { first: k === 0, head: mention.span[0] < sentences[k]!.headEnd };
  };
  const clear = new Set([...counted].filter(([, mentions]) => mentions.length >= 2 || mentions.some((m) => place(m).first && place(m).head)).map(([id]) => id));
  const asides = new Map<string, string>();
  for (const [id, mentions] of counted) {
    if (mentions.length !== 1) continue;
    const where = place(mentions[0]!);
    const others = [...clear].filter((other) => other !== id).sort();
    if (where.first || where.head || others.length < aside.others) continue;
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
