import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaFile, letterJsonProblem } from '../src/schema-check.js';
import type { ParseResult } from '../src/types.js';
import { jtai, parsed, root, schemaValidator, tempDir } from './helpers.js';

const validate = schemaValidator({ allErrors: false });

const folder = tempDir('jtai-schema-');

/** A deep copy of a real parse, broken in one place. */
function broken(result: ParseResult, change: (copy: any) => void): unknown {
  const copy = JSON.parse(JSON.stringify(result));
  change(copy);
  return copy;
}

describe('JSON read back by summarise is checked against the shipped schema', () => {
  it('agrees with ajv on real outputs and on outputs broken in each way', async () => {
    const letters = [await parsed('letters/wokingham-2017-07-14.pdf'), await parsed('letters/leeds-2024-05-16.pdf')];
    for (const letter of letters) {
      const plain = JSON.parse(JSON.stringify(letter));
      expect(validate(plain)).toBe(true);
      expect(letterJsonProblem(plain)).toBeNull();
    }
    const cases: Array<[(copy: any) => void, RegExp]> = [
      [(c) => (c.letter.area = 5), /^letter\.area is 5, where string or null is expected$/],
      [(c) => delete c.rules, /^the top level has no "rules"$/],
      [(c) => (c.findings[3].agencies[0].path = 'health'), /^findings\[3\]\.agencies\[0\]\.path is "health", where array is expected$/],
      [(c) => (c.findings[0].pages = [1]), /^findings\[0\]\.pages has 1 item, fewer than 2$/],
      [(c) => (c.findings[0].stance = 'praise'), /^findings\[0\]\.stance is "praise", which is not one of/],
      [(c) => (c.letter.date = '14 July 2017'), /^letter\.date is "14 July 2017", which does not have the form/],
      [(c) => (c.letter.date = '2017-02-30'), /^letter\.date is "2017-02-30", which is not a date on the calendar$/],
      [(c) => (c.source.sha256 = 'x'), /^source\.sha256 is "x"/],
      [(c) => (c.sections = {}), /^sections is an object, where array is expected$/],
    ];
    for (const [change, message] of cases) {
      const data = broken(letters[0]!, change);
      expect(validate(data)).toBe(false);
      expect(letterJsonProblem(data)).toMatch(message);
    }
    expect(letterJsonProblem(broken(letters[0]!, (c) => (c.schemaVersion = '2.0')))).toMatch(/schemaVersion is "2\.0"; this jtai reads 1\.0 only/);
    expect(letterJsonProblem([1, 2])).toMatch(/not a letter/);
  });

  it('refuses a string holding a control character (ESC, BEL, a direction override), which jtai parse drops from every text: summarise, report and explain would print it to the terminal', async () => {
    const letter = await parsed('letters/wokingham-2017-07-14.pdf');
    expect(letterJsonProblem(broken(letter, (c) => (c.findings[0].text = 'Leaders \u001b[2J\u0007know'))), 'ESC').toMatch(/^findings\[0\]\.text holds a control character \(\\x1b\), which jtai parse never writes$/);
    expect(letterJsonProblem(broken(letter, (c) => (c.letter.area = 'Woking\u202eham')))).toMatch(/^letter\.area holds a control character \(\\u202e\)/);
    expect(letterJsonProblem(broken(letter, (c) => (c.findings[2].agencies[0].context = 'a\u009bb')))).toMatch(/^findings\[2\]\.agencies\[0\]\.context holds a control character \(\\x9b\)/);
    // The cleaned text's line breaks are its own (--include-text).
    const withText = JSON.parse(jtai(['parse', 'fixtures/letters/wokingham-2017-07-14.pdf', '--include-text']).stdout);
    expect(withText.text).toContain('\n');
    expect(letterJsonProblem(withText)).toBeNull();
    const file = join(folder, 'hostile.json');
    writeFileSync(file, JSON.stringify(broken(letter, (c) => (c.findings[0].text = `\u001b[31m${c.findings[0].text}`))));
    const run = jtai(['summarise', file, '--by', 'agency', '--format', 'md']);
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stderr).toContain(`${file}: not a JTAI letter: not a letter as jtai parse writes it: findings[0].text holds a control character (\\x1b), which jtai parse never writes`);
  });

  it("takes jtai parse's own output for a file whose name holds a control character, and prints that name escaped", () => {
    // source.file is the input's name as given, not text that cleaning went through: a name may hold ESC or a direction mark.
    const name = join(folder, 'Wokingham \u001b[31mletter\u200e.txt');
    writeFileSync(name, readFileSync(join(root, 'fixtures/letters/wokingham-2017-07-14.txt')));
    const parse = jtai(['parse', name, '-o', join(folder, 'named.json')]);
    expect(parse.code).toBe(0);
    const output = JSON.parse(readFileSync(join(folder, 'named.json'), 'utf8'));
    expect(output.source.file).toContain('\u001b');
    expect(letterJsonProblem(output)).toBeNull();
    // Still refused in the text jtai cleaned.
    expect(letterJsonProblem(broken(output, (c) => (c.letter.area = 'a\u001bb')))).toMatch(/^letter\.area holds a control character/);
    for (const run of [jtai(['summarise', join(folder, 'named.json'), '--by', 'agency', '--format', 'md']), jtai(['explain', join(folder, 'named.json')]), jtai(['parse', name, '--format', 'md'])]) {
      expect(run.stderr).not.toMatch(/not a JTAI letter|\n\s+at |[\u001b\u200e]/);
      expect(run.code).toBe(0);
      expect(run.stdout).not.toMatch(/[\u001b\u200e]/);
    }
  });

  it('summarise skips a bad line of a .jsonl with its status, and names the field of a bad .json', async () => {
    const good = JSON.parse(JSON.stringify(await parsed('letters/wokingham-2017-07-14.pdf')));
    const wrongType = { ...good, letter: { ...good.letter, area: 5 } };
    const lines = [JSON.stringify(good), JSON.stringify(wrongType), '{"truncated":', ''].join('\n');
    writeFileSync(join(folder, 'letters.jsonl'), lines);
    const run = jtai(['summarise', join(folder, 'letters.jsonl'), '--by', 'agency', '--format', 'json']);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stderr).toContain(`letters.jsonl:2: not a JTAI letter: not a letter as jtai parse writes it: letter.area is 5, where string or null is expected`);
    expect(run.stderr).toMatch(/letters\.jsonl:3: corrupt: not valid JSON/);
    expect(JSON.parse(run.stdout).letters).toHaveLength(1);

    const { rules: _, ...noRules } = good;
    writeFileSync(join(folder, 'no-rules.json'), JSON.stringify(noRules));
    writeFileSync(join(folder, 'future.json'), JSON.stringify({ ...good, schemaVersion: '2.0' }));
    const single = jtai(['summarise', join(folder, 'no-rules.json'), join(folder, 'future.json'), '--by', 'agency']);
    expect(single.code).toBe(1);
    expect(single.stderr).toMatch(/no-rules\.json: not a JTAI letter: .*the top level has no "rules"/);
    // A newer jtai's JSON wants a newer jtai; one piece of advice, not the schema's as well.
    expect(single.stderr).toContain('future.json: not a JTAI letter: its schemaVersion is "2.0"; this jtai reads 1.0 only (a newer jtai wrote it: upgrade jtai, or parse the letter again with this one)\n');
    expect(single.stderr).not.toMatch(/\n\s+at /);
  });

  it('a JSON file over the 100 MB limit is too large, from its size, before it is read', () => {
    const big = join(folder, 'big.json');
    writeFileSync(big, '{');
    truncateSync(big, 101 * 1024 * 1024);
    for (const command of [['summarise', big, '--by', 'agency'], ['explain', big]]) {
      const run = jtai(command);
      expect(run.code, command[0]).toBe(1);
      expect(run.stderr, command[0]).toContain('big.json: too large: it is 101 MB, over the 100 MB limit (the JSON of one letter is well under 1 MB;');
    }
  });
});
