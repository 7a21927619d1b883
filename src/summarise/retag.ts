import type { Rules } from '../rules.js';
import { themesOf } from '../tag/learned.js';
import { letterContext, tagText, tokenize } from '../tag/match.js';
import type { ParseResult } from '../types.js';

// JSON from `jtai parse` carries the tags of the rules it was parsed with. Asked to summarise with
// other rules, the findings' text is tagged again (the sections and findings stay as parsed).

/**
 * The text a letter's acronyms are read from: the whole letter when the JSON has it
 * (--include-text), otherwise its findings, where nearly every definition stands.
 */
export function textForContext(result: ParseResult): string {
  return result.text ?? result.findings.map((finding) => finding.text).join('\n\n');
}

export function retag(result: ParseResult, rules: Rules): ParseResult {
  if (result.rules.hash === rules.hash) return result;
  const context = letterContext(rules.tagger, textForContext(result), result.letter.theme);
  return {
    ...result,
    rules: { hash: rules.hash },
    findings: result.findings.map((finding) => {
      const tokens = tokenize(finding.text);
      const tags = tagText(rules.tagger, finding.text, context, tokens, finding.leadIn ?? null);
      return { ...finding, ...tags, themes: themesOf(rules.model, rules.tagger, finding.text, tokens, context, tags.themes) };
    }),
  };
}
