import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stopwords } from '../natural-parts.js';
import type { Tag } from '../types.js';
import { applyAll, NO_CONTEXT, type LetterContext, type Tagger, type Token } from './match.js';
import type { TagRule } from './rules.js';

// The optional learned layer for themes (issue 9): one small logistic regression per theme that
// measurably gains from it, trained at build time on the dev gold by natural's classifier
// (src/build/train-model.mjs) and shipped as data (dist/models/themes.json). It reads a finding's
// word stems and which theme rules fired on it, and it only corrects the rules where a
// leave-one-letter-out measurement said it helps: it adds a theme the rules missed when its score
// is high (and can take away a rule's theme when its score is low). It never adds a theme whose
// rule excluded a mention in the finding, and it stays off when the theme rules are not the ones
// it was trained with (a user's own theme rules).


/** The model's file, written by the build: dist/models/themes.json (found from src/tag/ and dist/tag/ alike). */
export const themeModelFile = fileURLToPath(new URL('../../dist/models/themes.json', import.meta.url));

export interface LabelModel {
  /** A top-level theme id. */
  id: string;
  /** Add the theme when its rule did not fire, nothing excluded it, and the score is at least this (null: never). */
  add: number | null;
  /** Take the rule's theme away when the score is below this (null: never). */
  drop: number | null;
  /** Feature -> [weight towards "yes", weight towards "no"]: natural's two one-against-the-rest thetas. */
  weights: Record<string, [number, number]>;
}

export interface LearnedModel {
  format: 1;
  kind: 'theme';
  /** What it was trained from, so a stale or foreign model is never applied. */
  trainedOn: { inputs: string; themeRules: string; letters: number; findings: number };
  labels: LabelModel[];
}

/** One theme's score for one finding, and the features that pushed it most either way. */
export interface LearnedScore {
  id: string;
  score: number;
  /** "added", "dropped", or "kept" (the rules' decision stands). */
  effect: 'added' | 'dropped' | 'kept';
  /** Why the model did not add it although confident: the exclusion a rule met. */
  blockedBy: string | null;
  drivers: Array<{ feature: string; weight: number }>;
}

/** Whether a word is a feature: not one of natural's stopwords, not a number (decided once per word). */
const featureWords = new Map<string, boolean>();
function isFeatureWord(word: string): boolean {
  let is = featureWords.get(word);
  if (is === undefined) {
    is = !stopwords.has(word) && !/^\d+$/.test(word);
    featureWords.set(word, is);
  }
  return is;
}

/** Features of a finding: its word stems without stopwords, the themes whose rules fired on it, and a constant (the bias). */
export function featuresOf(tokens: Token[], fired: Iterable<string>): string[] {
  const features = new Set<string>(['(bias)']);
  for (const token of tokens) if (isFeatureWord(token.word)) features.add(token.stem);
  for (const id of fired) features.add(`(rule fired: ${id})`);
  return [...features];
}

/** The first exclusion a theme's rules met in a finding ('"improvement plan" excluded by ...'), or null. */
export function exclusionOf(tagger: Tagger, text: string, tokens: Token[], context: LetterContext, id: string): string | null {
  for (const result of applyAll(tagger, 'theme', text, tokens, context)) {
    if ((tagger.rules.find((compiled) => compiled.rule === result.rule)?.path[0] ?? result.rule.id) !== id) continue;
    const excluded = result.mentions.find((mention) => mention.status === 'excluded');
    if (excluded) return `"${excluded.match}" ${excluded.why}`;
  }
  return null;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

// Weights looked up by a Map: a finding's hundred features are mostly absent from a model.
const compiled = new WeakMap<LabelModel, Map<string, [number, number]>>();
function weightsOf(label: LabelModel): Map<string, [number, number]> {
  let weights = compiled.get(label);
  if (!weights) {
    weights = new Map(Object.entries(label.weights));
    compiled.set(label, weights);
  }
  return weights;
}

/** natural's LogisticRegressionClassifier score of "yes", normalised over its two classes. */
export function scoreLabel(label: LabelModel, features: string[]): number {
  const weights = weightsOf(label);
  let yes = 0;
  let no = 0;
  for (const feature of features) {
    const pair = weights.get(feature);
    if (!pair) continue;
    yes += pair[0];
    no += pair[1];
  }
  const [y, n] = [sigmoid(yes), sigmoid(no)];
  return y / (y + n);
}

/** The five features that pushed a score most, either way: weight towards "yes" less weight towards "no". */
export function driversOf(label: LabelModel, features: string[]): LearnedScore['drivers'] {
  const weights = weightsOf(label);
  const drivers: LearnedScore['drivers'] = [];
  for (const feature of features) {
    const pair = weights.get(feature);
    if (pair) drivers.push({ feature, weight: Math.round((pair[0] - pair[1]) * 1000) / 1000 });
  }
  drivers.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || (a.feature < b.feature ? -1 : 1));
  return drivers.slice(0, 5);
}

/** Parts of a rule that do not change what it matches: where it is written, its label and examples. */
const NOT_MATCHING = new Set(['name', 'file', 'line', 'replaces', 'label', 'examples']);

/** A hash of what the theme rules match, which the model's rule features depend on (wherever the rules were read from). */
export function themeRulesHash(rules: TagRule[]): string {
  const themes = rules
    .filter((rule) => rule.kind === 'theme')
    .map((rule) => JSON.stringify(rule, (key, value: unknown) => (NOT_MATCHING.has(key) ? undefined : value)))
    .sort();
  return createHash('sha256').update(themes.join('\n')).digest('hex').slice(0, 16);
}

const modelHashes = new WeakMap<LearnedModel, string>();
/**
 * A hash of everything a model decides by (its weights, thresholds and what it was trained on):
 * part of the rules' hash. Not of `trainedOn.inputs`, the build's key for training it again, which
 * covers the tagger's code: a change of code that trains the same model leaves the rules' hash.
 */
export function modelHash(model: LearnedModel): string {
  let hash = modelHashes.get(model);
  if (hash === undefined) {
    const decidedBy = { ...model, trainedOn: { ...model.trainedOn, inputs: undefined } };
    hash = createHash('sha256').update(JSON.stringify(decidedBy)).digest('hex').slice(0, 16);
    modelHashes.set(model, hash);
  }
  return hash;
}

let shipped: LearnedModel | null | undefined;
/** The model built with the package, or null when there is none (a build without the dev gold). */
export function shippedThemeModel(): LearnedModel | null {
  if (shipped === undefined) shipped = existsSync(themeModelFile) ? (JSON.parse(readFileSync(themeModelFile, 'utf8')) as LearnedModel) : null;
  return shipped;
}

const applies = new WeakMap<TagRule[], boolean>();
/** The model, when it was trained on these theme rules; null otherwise. */
export function modelFor(rules: TagRule[], model: LearnedModel | null = shippedThemeModel()): LearnedModel | null {
  if (!model) return null;
  if (!applies.has(rules)) applies.set(rules, themeRulesHash(rules) === model.trainedOn.themeRules);
  return applies.get(rules) ? model : null;
}

const FIRED = '(rule fired: ';

/**
 * Every modelled theme's score for a finding's features, and what it does to the rules' themes
 * (the fired ones are read from the same features): add a theme the rules missed, never one whose
 * rule excluded a mention (asked of `exclusion` only then, as it costs a second reading of the
 * finding); drop one whose score is low.
 */
export function correct(model: LearnedModel, features: string[], exclusion: (id: string) => string | null, explain = false): LearnedScore[] {
  const fired = new Set(features.filter((f) => f.startsWith(FIRED)).map((f) => f.slice(FIRED.length, -1)));
  return model.labels.map((label) => {
    const score = scoreLabel(label, features);
    let effect: LearnedScore['effect'] = 'kept';
    let blockedBy: string | null = null;
    if (!fired.has(label.id) && label.add !== null && score >= label.add) {
      blockedBy = exclusion(label.id);
      if (blockedBy === null) effect = 'added';
    }
    if (fired.has(label.id) && label.drop !== null && score < label.drop) effect = 'dropped';
    const drivers = explain || effect !== 'kept' ? driversOf(label, features) : [];
    return { id: label.id, score: Math.round(score * 1000) / 1000, effect, blockedBy, drivers };
  });
}

/** The model's scores for one finding (its words `tokens`) whose rules gave `themes`, read with the letter's context as the rules read it. */
export function scoreFinding(model: LearnedModel, tagger: Tagger, text: string, tokens: Token[], themes: Tag[], context: LetterContext = NO_CONTEXT, explain = false): LearnedScore[] {
  const features = featuresOf(tokens, new Set(themes.map((tag) => tag.path[0]!)));
  return correct(model, features, (id) => exclusionOf(tagger, text, tokens, context, id), explain);
}

/** The rules' themes corrected by the model: a theme it adds is a tag of rule "learned.<id>", at the word that drove it most. */
export function withModel(themes: Tag[], scores: LearnedScore[], text: string, tokens: Token[]): Tag[] {
  if (scores.every((s) => s.effect === 'kept')) return themes;
  const dropped = new Set(scores.filter((s) => s.effect === 'dropped').map((s) => s.id));
  const kept = themes.filter((tag) => !dropped.has(tag.path[0]!));
  for (const s of scores) {
    if (s.effect !== 'added') continue;
    const word = s.drivers.find((d) => d.weight > 0 && !d.feature.startsWith('('))?.feature;
    const at = tokens.find((token) => token.stem === word) ?? tokens[0];
    const span: [number, number] = at ? [at.start, at.end] : [0, 0];
    kept.push({ id: s.id, path: [s.id], rule: `learned.${s.id}`, match: text.slice(span[0], span[1]), span });
  }
  return kept;
}

/** A finding's themes: the rules' tags, corrected by the model when one applies to these rules (the finding's words read once, by the caller). */
export function themesOf(model: LearnedModel | null, tagger: Tagger, text: string, tokens: Token[], context: LetterContext, themes: Tag[]): Tag[] {
  if (!model) return themes;
  return withModel(themes, scoreFinding(model, tagger, text, tokens, themes, context), text, tokens);
}

const describeFeature = (feature: string) => (feature.startsWith('(') ? feature : `"${feature}"`);

/** For `jtai explain`: each modelled theme's score, what it did, and the features that drove it. */
export function learnedToText(scores: LearnedScore[]): string {
  const lines = ['  learned layer (natural logistic regression on the dev gold; adds or drops a theme only past its thresholds):'];
  for (const s of scores) {
    const did = s.effect === 'kept' ? (s.blockedBy ? `kept: cannot add, ${s.blockedBy}` : 'kept the rules\' decision') : s.effect;
    const drivers = s.drivers.map((d) => `${describeFeature(d.feature)} ${d.weight >= 0 ? '+' : ''}${d.weight}`).join(', ');
    lines.push(`    theme  ${s.id.padEnd(34)} score ${s.score.toFixed(3)}  ${did}; words that drove it: ${drivers || 'none'}`);
  }
  return `${lines.join('\n')}\n`;
}
