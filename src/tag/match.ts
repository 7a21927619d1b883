import { createRequire } from 'node:module';
import type { Span, Tag } from '../types.js';
import { pathOf, type TagKind, type TagRule } from './rules.js';

// Rules compiled once; matching is then a pure function of a text. Phrases match by word stems
// (natural's Porter stemmer and word tokenizer), so "health visitors" finds "health visitor";
// acronyms match whole words in their case; patterns are regular expressions on word boundaries.
// natural is imported by its parts: the whole package prints to stdout and reads .env.

const require = createRequire(import.meta.url);
const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(word: string): string };
const { WordTokenizer } = require('natural/lib/natural/tokenizers/regexp_tokenizer.js') as {
  WordTokenizer: new () => { tokenize(text: string): string[] };
};
const tokenizer = new WordTokenizer();

export interface Token {
  stem: string;
  start: number;
  end: number;
}

// Letters use a small vocabulary, so each word is stemmed once per process.
const stemCache = new Map<string, string>();
function stemOf(word: string): string {
  const lower = word.toLowerCase();
  let stem = stemCache.get(lower);
  if (stem === undefined) {
    stem = porter.stem(lower);
    stemCache.set(lower, stem);
  }
  return stem;
}

/** Words with their stems and places; the places follow the tokenizer's words through the text in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  for (const word of tokenizer.tokenize(text)) {
    const start = text.indexOf(word, cursor);
    if (start < 0) continue;
    cursor = start + word.length;
    tokens.push({ stem: stemOf(word), start, end: cursor });
  }
  return tokens;
}

function stems(phrase: string): string[] {
  return tokenize(phrase).map((token) => token.stem);
}

/** Phrases as stem sequences, found by their first stem. */
type PhraseIndex = Map<string, string[][]>;

function indexPhrases(phrases: string[]): PhraseIndex {
  const index: PhraseIndex = new Map();
  for (const sequence of phrases.map(stems)) {
    if (sequence.length === 0) continue;
    const sequences = index.get(sequence[0]!);
    if (sequences) sequences.push(sequence);
    else index.set(sequence[0]!, [sequence]);
  }
  return index;
}

interface CompiledRule {
  rule: TagRule;
  path: string[];
  phrases: PhraseIndex;
  exclude: PhraseIndex;
  acronyms: RegExp | null;
  patterns: RegExp | null;
}

export interface Hit {
  match: string;
  span: Span;
}

/** A rule that fired, or came close: matched, but an exclusion took the match away, or too few mentions. */
export interface RuleResult {
  rule: TagRule;
  tag: Tag | null;
  excluded: Array<Hit & { by: string }>;
  /** Matches that stood, when fewer than the rule's `mentions`. */
  tooFew: Hit[];
}

export interface Tagger {
  kinds: Record<TagKind, CompiledRule[]>;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function compileRules(rules: TagRule[]): Tagger {
  const byKey = new Map(rules.map((rule) => [`${rule.kind}:${rule.id}`, rule]));
  const compiled = [...rules]
    .sort((a, b) => (a.kind + a.id < b.kind + b.id ? -1 : 1))
    .map((rule): CompiledRule => ({
      rule,
      path: pathOf(rule, byKey),
      phrases: indexPhrases(rule.phrases),
      exclude: indexPhrases(rule.exclude),
      // An acronym may take a plural s ("CCGs"); it never matches inside a longer word.
      acronyms: rule.acronyms.length ? new RegExp(`(?<![A-Za-z0-9])(?:${rule.acronyms.map(escape).join('|')})s?(?![A-Za-z0-9])`, 'g') : null,
      patterns: rule.patterns.length ? new RegExp(`(?<![A-Za-z0-9])(?:${rule.patterns.join('|')})(?![A-Za-z0-9])`, 'giu') : null,
    }));
  return {
    kinds: {
      agency: compiled.filter((c) => c.rule.kind === 'agency'),
      theme: compiled.filter((c) => c.rule.kind === 'theme'),
    },
  };
}

function phraseHits(text: string, tokens: Token[], index: PhraseIndex): Hit[] {
  const hits: Hit[] = [];
  if (index.size === 0) return hits;
  for (let i = 0; i < tokens.length; i++) {
    for (const sequence of index.get(tokens[i]!.stem) ?? []) {
      if (i + sequence.length > tokens.length) continue;
      if (sequence.every((stem, j) => tokens[i + j]!.stem === stem)) {
        const span: Span = [tokens[i]!.start, tokens[i + sequence.length - 1]!.end];
        hits.push({ match: text.slice(span[0], span[1]), span });
      }
    }
  }
  return hits;
}

function regexHits(text: string, pattern: RegExp | null): Hit[] {
  if (!pattern) return [];
  const hits: Hit[] = [];
  for (const found of text.matchAll(pattern)) {
    if (found[0] === '') continue;
    hits.push({ match: found[0], span: [found.index!, found.index! + found[0].length] });
  }
  return hits;
}

const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1];

/** What one rule makes of a text: its first match that no exclusion covers, and the ones excluded. */
export function applyRule(compiled: CompiledRule, text: string, tokens: Token[]): RuleResult {
  const hits = [
    ...phraseHits(text, tokens, compiled.phrases),
    ...regexHits(text, compiled.acronyms),
    ...regexHits(text, compiled.patterns),
  ].sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  if (hits.length === 0) return { rule: compiled.rule, tag: null, excluded: [], tooFew: [] };
  const exclusions = phraseHits(text, tokens, compiled.exclude);
  const excluded: RuleResult['excluded'] = [];
  const standing: Hit[] = [];
  for (const hit of hits) {
    const by = exclusions.find((exclusion) => overlaps(exclusion.span, hit.span));
    if (by) excluded.push({ ...hit, by: by.match });
    else if (!standing.some((kept) => overlaps(kept.span, hit.span))) standing.push(hit);
  }
  const first = standing[0];
  if (!first || standing.length < compiled.rule.mentions) return { rule: compiled.rule, tag: null, excluded, tooFew: standing };
  return {
    rule: compiled.rule,
    tag: { id: compiled.rule.id, path: compiled.path, rule: compiled.rule.name, match: first.match, span: first.span },
    excluded,
    tooFew: [],
  };
}

/** Every rule of a kind on one text, in rule order. */
export function applyAll(tagger: Tagger, kind: TagKind, text: string, tokens: Token[] = tokenize(text)): RuleResult[] {
  return tagger.kinds[kind].map((compiled) => applyRule(compiled, text, tokens));
}

export function tagText(tagger: Tagger, text: string): { agencies: Tag[]; themes: Tag[] } {
  const tokens = tokenize(text);
  const tags = (kind: TagKind) =>
    applyAll(tagger, kind, text, tokens)
      .map((result) => result.tag)
      .filter((tag): tag is Tag => tag !== null);
  return { agencies: tags('agency'), themes: tags('theme') };
}
