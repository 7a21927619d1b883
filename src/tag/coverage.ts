import type { ParseResult } from '../types.js';
import { excerpt } from '../errors.js';
import { plural } from '../render/words.js';
import type { TagRule } from './rules.js';

// How the rules did on a set of letters: findings no agency rule tagged, rules that never
// fired, and rules so broad they fired on more than half of the findings.

export interface RuleCoverage {
  findings: number;
  untagged: Array<{ file: string; id: string; text: string }>;
  neverFired: string[];
  broad: Array<{ rule: string; share: number }>;
}

export function ruleCoverage(results: ParseResult[], rules: TagRule[]): RuleCoverage {
  const fired = new Map<string, number>();
  const untagged: RuleCoverage['untagged'] = [];
  let findings = 0;
  for (const result of results) {
    for (const finding of result.findings) {
      findings++;
      if (finding.agencies.length === 0) untagged.push({ file: result.source.file, id: finding.id, text: finding.text });
      for (const tag of [...finding.agencies, ...finding.themes]) fired.set(tag.rule, (fired.get(tag.rule) ?? 0) + 1);
    }
  }
  const names = rules.map((rule) => rule.name).sort();
  return {
    findings,
    untagged,
    neverFired: names.filter((name) => !fired.has(name)),
    broad: names
      .map((rule) => ({ rule, share: (fired.get(rule) ?? 0) / Math.max(findings, 1) }))
      .filter((entry) => entry.share > 0.5),
  };
}

export function coverageToText(coverage: RuleCoverage): string {
  const lines = [
    `coverage: ${plural(coverage.findings, 'finding')}; ${coverage.untagged.length} with no agency; ${plural(coverage.neverFired.length, 'rule')} never fired; ${coverage.broad.length} fired on more than half`,
  ];
  for (const u of coverage.untagged) lines.push(`  no agency: ${u.id} (${u.file}) ${excerpt(u.text, 90)}`);
  if (coverage.neverFired.length) lines.push(`  never fired: ${coverage.neverFired.join(', ')}`);
  for (const b of coverage.broad) lines.push(`  broad: ${b.rule} fired on ${Math.round(b.share * 100)}% of findings`);
  return `${lines.join('\n')}\n`;
}
