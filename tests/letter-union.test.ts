import { describe, expect, it } from 'vitest';
import { parseFile, tagFindings } from '../src/parse.js';
import { defaultRules, loadRules } from '../src/rules.js';
import { parsingOneInput } from '../src/short-run.js';
import { themesOf } from '../src/tag/learned.js';
import { heldIn, isPlainText, letterContext, searchedBy, tagText, tokenize } from '../src/tag/match.js';
import type { Finding } from '../src/types.js';
import { fixture } from './helpers.js';

// In a run of one input (src/short-run.ts), tagFindings gives the letter's texts to searchFor, and each rule is searched
// by one expression of the patterns held anywhere in them (letterUnion) rather than by its whole expression: fewer
// characters compiled to machine code, the same matches. A text holding a pattern outside the letter's is searched by
// the whole expression still. This file sets the one-input flag, which no other test file sets (vitest runs each file
// in a module graph of its own), after reading the letters without it.

const LETTERS = ['leeds-2024-05-16', 'derby-2019-05-08', 'haringey-2018-01-30', 'surrey-2023-05-02'];
const rules = defaultRules();
const { tagger } = rules;
const tagsOf = (findings: Finding[]) => JSON.stringify(findings.map((finding) => [finding.agencies, finding.themes]));

describe('one letter searched by the patterns it may match', async () => {
  // Read untagged and tagged as a batch tags (subsets of each rule's patterns by text, no letter union), before the flag,
  // by rules of their own: a batch's subsets, kept by its tagger, are not made in a run of one input.
  const batchRules = loadRules();
  const letters = await Promise.all(
    LETTERS.map(async (name) => {
      const result = await parseFile(fixture(`letters/${name}.pdf`), { untagged: true, includeText: true });
      const asBatch = structuredClone(result.findings);
      await tagFindings(asBatch, result.text!, result.letter.theme, batchRules);
      return { name, result, asBatch };
    }),
  );
  parsingOneInput();

  it('tags every finding as a batch does, each rule searched by one expression, of fewer characters than the whole', async () => {
    for (const { name, result, asBatch } of letters) {
      const findings = structuredClone(result.findings);
      await tagFindings(findings, result.text!, result.letter.theme, rules);
      expect(tagsOf(findings), name).toBe(tagsOf(asBatch));
      // What each rule is searched by in the letter's findings: one expression a rule, made once for the letter.
      const byRule = new Map<number, Set<RegExp>>();
      for (const finding of findings) {
        const held = heldIn(tagger, finding.text);
        for (let p = 0; p < tagger.patterned.length; p++) {
          const expression = searchedBy(tagger, p, held, isPlainText(finding.text));
          if (expression !== null) byRule.set(p, (byRule.get(p) ?? new Set()).add(expression));
        }
      }
      expect([...byRule.values()].every((expressions) => expressions.size === 1), name).toBe(true);
      const searched = [...byRule].reduce((sum, [, expressions]) => sum + [...expressions][0]!.source.length, 0);
      const whole = [...byRule.keys()].reduce((sum, p) => sum + tagger.rules[tagger.patterned[p]!]!.source!.length, 0);
      // Of the patterns whose words the letter holds, only those whose further needs it holds too (furtherNeeds): 0.38-0.43
      // of the whole on these four; by the words alone Leeds read 0.56 and failed 0.5 (helper 12bm).
      expect(searched, name).toBeLessThan(whole * 0.5);
    }
  });

  it('searches a text holding patterns beyond the letter’s texts by the whole expression, with the same tags', async () => {
    for (const { result, asBatch } of letters) {
      const findings = structuredClone(result.findings);
      // Only the first finding given: every later one that holds a pattern it does not is searched whole.
      const context = letterContext(tagger, result.text!, result.letter.theme, [findings[0]!.text]);
      for (const finding of findings) {
        const tokens = tokenize(finding.text);
        const found = tagText(tagger, finding.text, context, tokens, finding.leadIn);
        finding.agencies = found.agencies;
        finding.themes = themesOf(rules.model, tagger, finding.text, tokens, context, found.themes);
      }
      // Agencies and themes (through the learned layer, as tagFindings gives them), each tag whole, its rule, match and
      // span too: a union that differs in a theme's patterns only fails here as well (a code reader's point 5, helper 9et;
      // shown failing with the themes left as tagText gives them, without the layer).
      expect(tagsOf(findings)).toBe(tagsOf(asBatch));
    }
  });
});
