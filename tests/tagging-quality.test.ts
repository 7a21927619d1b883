import { describe, expect, it } from 'vitest';
import { readGold, score, type Score } from './gold.js';
import { parsed } from './helpers.js';

// The shipped rules against gold files written by a second reader from the letters, without
// the tool (fixtures/gold/): every bullet of Wokingham 2017, every bullet and main-findings
// paragraph of Leeds 2024. Micro-averaged precision, recall and F1 over (finding, top-level id)
// pairs, pooled over both letters; the per-letter figures are printed for the record.
const GOLD = [
  ['wokingham-2017-07-14', 'letters/wokingham-2017-07-14.pdf'],
  ['leeds-2024-05-16', 'letters/leeds-2024-05-16.pdf'],
] as const;

function pooled(scores: Score[]) {
  const tp = scores.reduce((n, s) => n + s.truePositives, 0);
  const fp = scores.reduce((n, s) => n + s.falsePositives, 0);
  const fn = scores.reduce((n, s) => n + s.falseNegatives, 0);
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

const fmt = (s: { precision: number; recall: number; f1: number }) =>
  `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`;

describe.each([
  ['agencies', 0.9],
  ['themes', 0.8],
] as const)('%s against the gold files', (kind, threshold) => {
  it(`has a pooled F1 of at least ${threshold}`, async () => {
    const scores: Score[] = [];
    for (const [name, file] of GOLD) {
      const gold = readGold(name);
      const result = await parsed(file);
      // Every gold finding is found by the parser, so the score measures the tags alone.
      const found = new Set(result.findings.map((f) => f.text.toLowerCase().replace(/[^a-z0-9]+/g, '').slice(0, 80)));
      expect(gold.filter((g) => !found.has(g.text.toLowerCase().replace(/[^a-z0-9]+/g, '').slice(0, 80))).map((g) => g.text.slice(0, 60))).toEqual([]);
      const s = score(result, gold, kind);
      console.log(`${kind} ${name}: ${fmt(s)} (${s.truePositives} right, ${s.falsePositives} extra, ${s.falseNegatives} missed)`);
      scores.push(s);
    }
    const all = pooled(scores);
    console.log(`${kind} pooled: ${fmt(all)}`);
    expect(all.f1).toBeGreaterThanOrEqual(threshold);
  });
});
