import type { Rules } from '../rules.js';
import { tagText } from '../tag/match.js';
import type { ParseResult } from '../types.js';

// JSON from `jtai parse` carries the tags of the rules it was parsed with. Asked to summarise with
// other rules, the findings' text is tagged again (the sections and findings stay as parsed).

export function retag(result: ParseResult, rules: Rules): ParseResult {
  if (result.rules.hash === rules.hash) return result;
  return {
    ...result,
    rules: { hash: rules.hash },
    findings: result.findings.map((finding) => ({ ...finding, ...tagText(rules.tagger, finding.text) })),
  };
}
