import { describe, expect, it } from 'vitest';
import { defaultRules } from '../src/rules.js';
import { regexHits, searchedBy, SUBSET_ROOM } from '../src/tag/match.js';
import { lowerForPatterns } from '../src/tag/pattern-words.js';
import { parsed, REAL_LETTERS } from './helpers.js';

// A text that holds the words of some of a rule's patterns, not all, is searched by an expression of those
// patterns alone (a subset, src/tag/match.ts), made once and kept for the process with its machine code: about
// 330 bytes of code a character of its source. Kept without a bound, the 13 letters' findings made 301 subsets
// of 152,000 characters (48 MB of code in a batch's process; tests/bench-history.md, 5 December 2026), and new
// letters make new ones. The tagger keeps no more than SUBSET_ROOM characters of them: past that, a text is
// searched by the rule's whole expression, which finds the same matches. Seen failing with the room's check
// taken out of patternsOf: 152,225 characters in 301 subsets.

describe("a tagger's cached subsets of a rule's patterns", () => {
  it('stay within their room across many letters, and the texts past it are searched whole with the same matches', async () => {
    const tagger = defaultRules().tagger;
    // Parsing tags every finding with this same tagger (the default rules), as a batch's process does letter after letter.
    const letters = [];
    for (const name of REAL_LETTERS) letters.push(await parsed(`letters/${name}.pdf`));
    const texts = letters.flatMap((result) => result.findings.map((finding) => finding.text));
    expect(texts.length).toBeGreaterThan(700);
    let whole = 0;
    const wrong: string[] = [];
    for (const text of texts) {
      const held = tagger.alternativeSets.held(lowerForPatterns(text));
      tagger.patterned.forEach((index, p) => {
        const compiled = tagger.rules[index]!;
        const searched = searchedBy(tagger, p, held);
        if (!searched || !compiled.alternatives) return;
        const starts = [tagger.patternStarts[p]!, tagger.patternStarts[p + 1]!];
        const some = held.subarray(starts[0], starts[1]).some((bit) => bit === 0);
        // A subset wanted, but the room was full: searched whole.
        if (some && searched === compiled.patterns) whole++;
        if (JSON.stringify(regexHits(text, searched)) !== JSON.stringify(regexHits(text, compiled.patterns))) wrong.push(`${compiled.rule.name} on "${text}"`);
      });
    }
    const kept = tagger.rules.flatMap((compiled) => [...(compiled.alternatives?.subsets.values() ?? [])]);
    const characters = kept.reduce((sum, pattern) => sum + pattern.source.length, 0);
    expect(characters).toBeLessThanOrEqual(SUBSET_ROOM);
    expect(tagger.subsetRoom).toBe(SUBSET_ROOM - characters);
    // The room holds the subsets of the first letters (85 on 5 December 2026), and the letters ask for more than it holds.
    expect(kept.length).toBeGreaterThan(40);
    expect(whole).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  }, 300_000);
});
