import { readFileSync } from 'node:fs';
import type { ParseResult } from '../src/types.js';
import { fixture } from './helpers.js';

// Scoring the tags against gold files written by reading the letters (fixtures/gold/).

export interface GoldFinding {
  section: string;
  subsection: string | null;
  text: string;
  agencies: string[];
  themes: string[];
}

export function readGold(name: string): GoldFinding[] {
  return (JSON.parse(readFileSync(fixture(`gold/${name}.json`), 'utf8')) as { findings: GoldFinding[] }).findings;
}

const key = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '').slice(0, 80);

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  misses: Array<{ text: string; missing: string[]; extra: string[] }>;
}

/** Micro-averaged over (finding, label) pairs; labels are top-level ids. Unmatched gold findings count as missed. */
export function score(result: ParseResult, gold: GoldFinding[], kind: 'agencies' | 'themes'): Score {
  const byKey = new Map(result.findings.map((finding) => [key(finding.text), finding]));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: Score['misses'] = [];
  for (const want of gold) {
    const finding = byKey.get(key(want.text));
    const got = new Set(finding ? finding[kind].map((tag) => tag.path[0]!) : []);
    const expected = new Set(want[kind]);
    const missing = [...expected].filter((id) => !got.has(id));
    const extra = [...got].filter((id) => !expected.has(id));
    tp += expected.size - missing.length;
    fn += missing.length;
    fp += extra.length;
    if (missing.length || extra.length) misses.push({ text: want.text.slice(0, 100), missing, extra });
  }
  const precision = tp / Math.max(tp + fp, 1);
  const recall = tp / Math.max(tp + fn, 1);
  return { precision, recall, f1: (2 * precision * recall) / Math.max(precision + recall, 1e-9), truePositives: tp, falsePositives: fp, falseNegatives: fn, misses };
}
