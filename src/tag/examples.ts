import { applyAll, type Tagger } from './match.js';
import type { TagRule } from './rules.js';

// Each rule's own examples, run through the compiled rules: the rule's tests, written as data.

export interface ExampleFailure {
  rule: string;
  file: string;
  line: number;
  example: string;
  expected: 'match' | 'nomatch';
  /** What matched instead, for a nomatch that matched. */
  matched: string | null;
}

/** A rule with no example that matches: its examples pass, yet nothing shows that it fires. */
export interface UntestedRule {
  rule: string;
  file: string;
  line: number;
  /** Whether it has no examples at all (else it has examples that must not match only). */
  noExamples: boolean;
}

export function runExamples(rules: TagRule[], tagger: Tagger): { checked: number; failures: ExampleFailure[]; untested: UntestedRule[] } {
  const failures: ExampleFailure[] = [];
  const untested = rules
    .filter((rule) => rule.examples.match.length === 0)
    .map((rule) => ({ rule: rule.name, file: rule.file, line: rule.line, noExamples: rule.examples.nomatch.length === 0 }));
  let checked = 0;
  for (const rule of rules) {
    const cases: Array<[string, 'match' | 'nomatch']> = [
      ...rule.examples.match.map((example): [string, 'match'] => [example, 'match']),
      ...rule.examples.nomatch.map((example): [string, 'nomatch'] => [example, 'nomatch']),
    ];
    for (const [example, expected] of cases) {
      checked++;
      const result = applyAll(tagger, rule.kind, example).find((r) => r.rule.name === rule.name);
      const tag = result?.tag ?? null;
      if ((expected === 'match') !== (tag !== null)) {
        failures.push({ rule: rule.name, file: rule.file, line: rule.line, example, expected, matched: tag?.match ?? null });
      }
    }
  }
  return { checked, failures, untested };
}

/** Rules with fewer examples than the project asks of shipped rules: two that match, one that does not. */
export function thinExamples(rules: TagRule[]): TagRule[] {
  return rules.filter((rule) => rule.examples.match.length < 2 || rule.examples.nomatch.length < 1);
}
