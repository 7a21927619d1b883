import { readdirSync, readFileSync } from 'node:fs';
import { parseFile } from '../src/parse.js';
import type { Rules } from '../src/rules.js';
import { applyAll, letterContext, tagText } from '../src/tag/match.js';
import type { ParseResult } from '../src/types.js';
import { fixture } from './helpers.js';

// Scoring the tags against the dev gold (fixtures/gold/dev/: two independent readings of every
// list finding of the 13 letters and the Main findings of the 2022+ ones, then adjudication).
// Each gold finding's text is tagged as the parser would tag it, with the letter's own context
// (acronyms it defines), so the score measures the tags alone, whatever the segmenter does.

export type Kind = 'agencies' | 'themes';

export interface GoldFinding {
  section: string;
  subsection: string | null;
  text: string;
  agencies: string[];
  themes: string[];
}

export interface GoldLetter {
  letter: string;
  findings: GoldFinding[];
}

export function goldLetters(): string[] {
  return readdirSync(fixture('gold/dev'))
    .filter((name) => /^[a-z-]+-\d{4}-\d{2}-\d{2}\.json$/.test(name))
    .map((name) => name.replace(/\.json$/, ''))
    .sort();
}

export function readGold(name: string): GoldLetter {
  const gold = JSON.parse(readFileSync(fixture(`gold/dev/${name}.json`), 'utf8')) as GoldLetter;
  return { letter: name, findings: gold.findings };
}

const letters = new Map<string, Promise<ParseResult>>();
/** The letter parsed with its text, which the letter's context is read from. */
export function letterOf(name: string): Promise<ParseResult> {
  if (!letters.has(name)) letters.set(name, parseFile(fixture(`letters/${name}.pdf`), { includeText: true }));
  return letters.get(name)!;
}

/** Predicted top-level ids for each gold finding, in the gold's order. */
/** A finding's text as a key that survives the parser's and the gold's differences in spacing and punctuation. */
export const findingKey = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '').slice(0, 80);

export async function predict(name: string, rules: Rules): Promise<Array<Record<Kind, Set<string>>>> {
  const letter = await letterOf(name);
  const context = letterContext(rules.tagger, letter.text!, letter.letter.theme);
  // The lead-in of each finding's list, as the parser found it: its agencies act for a bullet that names none.
  const leadIns = new Map(letter.findings.map((finding) => [findingKey(finding.text), finding.leadIn]));
  return readGold(name).findings.map((finding) => {
    const tags = tagText(rules.tagger, finding.text, context, undefined, leadIns.get(findingKey(finding.text)) ?? null);
    return { agencies: new Set(tags.agencies.map((t) => t.path[0]!)), themes: new Set(tags.themes.map((t) => t.path[0]!)) };
  });
}

/** True and false positives and false negatives, per label. */
export type Counts = Map<string, { tp: number; fp: number; fn: number }>;

export interface Options {
  /** Labels left out of the score (the issue's agency figure leaves out multi-agency). */
  without?: string[];
}

export function count(gold: GoldFinding[], predicted: Array<Record<Kind, Set<string>>>, kind: Kind, options: Options = {}): Counts {
  const counts: Counts = new Map();
  const at = (label: string) => {
    if (!counts.has(label)) counts.set(label, { tp: 0, fp: 0, fn: 0 });
    return counts.get(label)!;
  };
  const keep = (label: string) => !(options.without ?? []).includes(label);
  gold.forEach((finding, i) => {
    const want = new Set(finding[kind].filter(keep));
    const got = new Set([...predicted[i]![kind]].filter(keep));
    for (const label of want) at(label)[got.has(label) ? 'tp' : 'fn']++;
    for (const label of got) if (!want.has(label)) at(label).fp++;
  });
  return counts;
}

export function merge(...all: Counts[]): Counts {
  const merged: Counts = new Map();
  for (const counts of all) {
    for (const [label, c] of counts) {
      const m = merged.get(label) ?? { tp: 0, fp: 0, fn: 0 };
      merged.set(label, { tp: m.tp + c.tp, fp: m.fp + c.fp, fn: m.fn + c.fn });
    }
  }
  return merged;
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export function scoreOf(c: { tp: number; fp: number; fn: number }): Score {
  const precision = c.tp / Math.max(c.tp + c.fp, 1);
  const recall = c.tp / Math.max(c.tp + c.fn, 1);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, ...c };
}

/** Micro-averaged over (finding, label) pairs. */
export function micro(counts: Counts): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const c of counts.values()) {
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return scoreOf({ tp, fp, fn });
}

export const fmt = (s: Score) => `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} (${s.tp} right, ${s.fp} extra, ${s.fn} missed)`;

export function perLabelTable(counts: Counts): string {
  return [...counts.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([label, c]) => {
      const s = scoreOf(c);
      return `  ${label.padEnd(30)} F1 ${s.f1.toFixed(2)}  P ${s.precision.toFixed(2)}  R ${s.recall.toFixed(2)}  (${c.tp}/${c.fp}/${c.fn})`;
    })
    .join('\n');
}

/**
 * Every error of one kind in one letter, with the finding's text and what the rules made of each
 * mention (its role and why), for an inventory of errors by cause: set JTAI_GOLD_ERRORS=1 when
 * running tests/tagging-quality.test.ts.
 */
export async function errorsOf(name: string, rules: Rules, kind: Kind, options: Options = {}): Promise<string[]> {
  const letter = await letterOf(name);
  const context = letterContext(rules.tagger, letter.text!, letter.letter.theme);
  const predicted = await predict(name, rules);
  const keep = (label: string) => !(options.without ?? []).includes(label);
  const out: string[] = [];
  readGold(name).findings.forEach((finding, i) => {
    const want = new Set(finding[kind].filter(keep));
    const got = new Set([...predicted[i]![kind]].filter(keep));
    const errors = [...[...got].filter((l) => !want.has(l)).map((l) => `extra ${l}`), ...[...want].filter((l) => !got.has(l)).map((l) => `missed ${l}`)];
    if (errors.length === 0) return;
    const mentions = applyAll(rules.tagger, kind === 'agencies' ? 'agency' : 'theme', finding.text, undefined, context).map(
      (result) => `    ${result.rule.id}: ${result.mentions.map((m) => `"${m.match}" ${m.role}${m.why ? ` (${m.why})` : ''}`).join('; ')}`,
    );
    out.push(`${name} #${i} ${errors.join(', ')} (gold: ${finding[kind].join(', ')})\n  ${finding.text}\n${mentions.join('\n')}`);
  });
  return out;
}
