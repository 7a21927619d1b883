import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, root } from './helpers.js';

// The tag rules' patterns are compiled by V8 straight to machine code, the first time a finding's
// text is searched with one (compileToMachineCode in src/tag/match.ts), not first to bytecode for
// an interpreted first match. Seen with V8's own test functions, in a process of its own: after a
// letter is parsed, each pattern it ran has machine code and no bytecode.

describe("the tag rules' patterns", () => {
  it('are compiled to machine code at once, with no bytecode, when a letter runs them', () => {
    const script = `
      const { parseFile } = await import(${JSON.stringify(join(root, 'dist/parse.js'))});
      const { defaultRules } = await import(${JSON.stringify(join(root, 'dist/rules.js'))});
      await parseFile(${JSON.stringify(fixture('letters/barnsley-2022-07-18.pdf'))});
      const { tagger } = defaultRules();
      const patterns = tagger.patterned.map((rule) => tagger.rules[rule].patterns);
      const state = (pattern) => ({ machineCode: %RegexpHasNativeCode(pattern, true) || %RegexpHasNativeCode(pattern, false), bytecode: %RegexpHasBytecode(pattern, true) || %RegexpHasBytecode(pattern, false) });
      process.stdout.write(JSON.stringify(patterns.map(state)));`;
    const run = spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', script], { encoding: 'utf8', cwd: root });
    expect(run.stderr).toBe('');
    const states = JSON.parse(run.stdout) as Array<{ machineCode: boolean; bytecode: boolean }>;
    // A pattern whose words are in no finding is never run (pattern-words.ts): the letter runs most of the 23.
    expect(states.filter((state) => state.machineCode).length).toBeGreaterThan(10);
    expect(states.filter((state) => state.bytecode)).toEqual([]);
  });
});
