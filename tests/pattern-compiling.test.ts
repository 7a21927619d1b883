import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, root } from './helpers.js';

// The tag rules' patterns are compiled by V8 straight to machine code, the first time a finding's
// text is searched with one (compileToMachineCode in src/tag/match.ts), not first to bytecode for
// an interpreted first match. Seen with V8's own test functions, in a process of its own: after a
// letter is parsed, each expression it ran has machine code and no bytecode.
//
// A rule's patterns are searched either whole (`patterns`) or, in a text that lacks some of their
// words, by the expression of those it may match (`alternatives.subsets`, made and cached when first
// needed): a letter runs both kinds, most often subsets. What it ran is read, not inferred from the
// code V8 holds: every whole expression's lastIndex is set to 1 before the letter, and a search (or
// the compiling match) leaves it at 0; a subset is cached only when a text is searched with it.

describe("the tag rules' patterns", () => {
  it('are compiled to machine code at once, with no bytecode, when a letter runs them, whole or a subset', () => {
    const script = `
      const { parseFile } = await import(${JSON.stringify(join(root, 'dist/parse.js'))});
      const { defaultRules } = await import(${JSON.stringify(join(root, 'dist/rules.js'))});
      const { withoutUnicodeFlag } = await import(${JSON.stringify(join(root, 'dist/tag/match.js'))});
      const { tagger } = defaultRules();
      const rules = tagger.patterned.map((rule) => tagger.rules[rule]);
      // Each expression as written (/giu) and its copy without the u flag, which plain texts are searched by.
      const both = (pattern) => [...new Set([pattern, withoutUnicodeFlag(pattern)])];
      for (const compiled of rules) for (const pattern of both(compiled.patterns)) pattern.lastIndex = 1;
      await parseFile(${JSON.stringify(fixture('letters/barnsley-2022-07-18.pdf'))});
      const state = (pattern) => ({ machineCode: %RegexpHasNativeCode(pattern, true) || %RegexpHasNativeCode(pattern, false), bothEncodings: %RegexpHasNativeCode(pattern, true) && %RegexpHasNativeCode(pattern, false), bytecode: %RegexpHasBytecode(pattern, true) || %RegexpHasBytecode(pattern, false) });
      // A subset is cached when a text is searched with it or its copy: the one that ran has code of some kind.
      const ran = (pattern) => { const s = state(pattern); return s.machineCode || s.bytecode; };
      process.stdout.write(JSON.stringify(rules.map((compiled) => ({
        name: compiled.rule.name,
        whole: both(compiled.patterns).filter((pattern) => pattern.lastIndex === 0).map(state),
        subsets: [...(compiled.alternatives?.subsets.values() ?? [])].map((subset) => both(subset).filter(ran).map(state)[0] ?? state(subset)),
      }))));`;
    const run = spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', script], { encoding: 'utf8', cwd: root });
    expect(run.stderr).toBe('');
    const rules = JSON.parse(run.stdout) as Array<{ name: string; whole: State[]; subsets: State[] }>;
    const ran = rules.flatMap((rule) => [...rule.whole.map((state) => ({ ...state, name: rule.name, whole: true })), ...rule.subsets.map((state) => ({ ...state, name: rule.name, whole: false }))]);
    // A pattern whose words are in no finding is never run (pattern-words.ts). On 4 December 2026 the letter ran 21 of the
    // 27 rules' patterns: 4 rules' whole expressions and 57 subsets of 17 others.
    expect(rules.filter((rule) => rule.whole.length + rule.subsets.length > 0).length).toBeGreaterThan(10);
    expect(ran.filter((state) => !state.whole).length).toBeGreaterThan(25);
    expect(ran.filter((state) => !state.machineCode || state.bytecode)).toEqual([]);
    // Compiled once, for the encoding the letter's texts are held in (two-byte here), not once more for one-byte strings
    // it never searches: before 5 December 2026 the compiling match ran on spaces alone, and all 67 expressions this letter
    // ran had machine code for both encodings (twice the compiling and the code; tests/bench-history.md).
    expect(ran.filter((state) => state.bothEncodings).length).toBe(0);
  });
});

interface State {
  machineCode: boolean;
  bothEncodings: boolean;
  bytecode: boolean;
}
