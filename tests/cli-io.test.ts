import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, realpathSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printableName } from '../src/errors.js';
import { jtai, root, tempDir } from './helpers.js';

// The command line's inputs and outputs as a careful user of a CI tool meets them: names recorded
// the same however the working folder was reached, messages that quote whole titles.

const WOKINGHAM_TEXT = join(root, 'fixtures/letters/wokingham-2017-07-14.txt');

/** Runs the built command line in another working folder (a link to one, say). */
function jtaiIn(cwd: string, args: string[]) {
  const run = spawnSync(process.execPath, [join(root, 'bin/jtai.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('source.file', () => {
  it('of a file named "-" is ./-, given as ./- or by its whole path, never "-" (standard input)', () => {
    const folder = tempDir();
    copyFileSync(WOKINGHAM_TEXT, join(folder, '-'));
    for (const name of ['./-', join(folder, '-')]) {
      const run = jtaiIn(folder, ['parse', name, '-f', 'json']);
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout).source.file).toBe('./-');
    }
  }, 120_000);

  it('is the same whether the working folder was reached through a symbolic link or not, and a file named "..x" is an ordinary file inside it', () => {
    const real = join(tempDir(), 'letters');
    mkdirSync(real);
    copyFileSync(WOKINGHAM_TEXT, join(real, '..wokingham.txt'));
    const link = join(tempDir(), 'linked');
    symlinkSync(real, link);
    const sourceOf = (cwd: string, input: string) => {
      const run = jtaiIn(cwd, ['parse', input]);
      expect(run.code).toBe(0);
      return JSON.parse(run.stdout).source.file as string;
    };
    const names = [
      sourceOf(real, '..wokingham.txt'),
      sourceOf(link, '..wokingham.txt'),
      sourceOf(link, join(link, '..wokingham.txt')),
      sourceOf(link, join(realpathSync(real), '..wokingham.txt')),
      sourceOf(real, join(link, '..wokingham.txt')),
    ];
    expect(names).toEqual(Array(names.length).fill('..wokingham.txt'));
    // Outside the working folder, by its absolute path, as before.
    expect(sourceOf(root, join(realpathSync(real), '..wokingham.txt'))).toBe(join(realpathSync(real), '..wokingham.txt'));
  }, 120_000);
});

describe('messages that quote a document', () => {
  it("quote a not-a-letter's title whole, or cut after a whole word with an ellipsis, never in the middle of a phrase", () => {
    const run = jtai(['parse', 'fixtures/not-letters/bracknell-forest-childrens-services-2017-07-14.pdf']);
    expect(run.code).toBe(1);
    // The title is set over several lines; the first alone ends "in need of help and".
    expect(run.stderr).toContain('its title reads "Inspection of services for children in need of help and protection, children looked after and care leavers…"');
    const whole = jtai(['parse', 'fixtures/not-letters/leeds-childrens-services-2022-05-09.pdf']);
    // Set over two lines too, the second starting in lower case: quoted whole.
    expect(whole.stderr).toContain(`its title reads "Inspection of Leeds local authority children's services", but`);
  }, 120_000);
});

describe('JSON cut short', () => {
  it('cut after its first bytes, on standard input, says what a file cut there says', () => {
    const whole = jtai(['parse', WOKINGHAM_TEXT, '-f', 'json']).stdout;
    const folder = tempDir();
    for (const bytes of [1, 2, 3]) {
      const cut = whole.slice(0, bytes);
      const file = join(folder, `cut-${bytes}.json`);
      writeFileSync(file, cut);
      const fromFile = jtai(['summarise', file, '--by', 'agency']);
      const fromStandardInput = jtai(['summarise', '-', '--by', 'agency'], cut);
      expect(fromFile.stderr).toMatch(/: corrupt: not valid JSON \(/);
      expect(fromStandardInput.code).toBe(fromFile.code);
      expect(fromStandardInput.stderr).toBe(fromFile.stderr.replace(file, 'standard input'));
    }
  }, 120_000);

  it('pretty-printed JSON cut short, on standard input or in a .jsonl file, is one error naming the input, not one for each line', () => {
    const whole = jtai(['parse', WOKINGHAM_TEXT]).stdout;
    const cut = whole.slice(0, 3000);
    expect(cut.split('\n').length).toBeGreaterThan(50);
    const expected = /^standard input: corrupt: not valid JSON \([^)]*\) \(the JSON is damaged or cut short; write it again with jtai parse LETTER -o FILE\.json\)\n/;
    for (const command of [['summarise', '-', '--by', 'agency'], ['report', '-', '-o', '-']]) {
      const run = jtai(command, cut);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(expected);
      expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(2); // the error, and "no letters to summarise"
    }
    const file = join(tempDir(), 'letters.jsonl');
    writeFileSync(file, cut);
    const summary = jtai(['summarise', file, '--by', 'agency']);
    expect(summary.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(new RegExp(`^${file}: corrupt: not valid JSON`)),
      expect.stringMatching(/^no letters to summarise/),
    ]);
    // explain reads a .jsonl file and standard input as summarise does: the damaged document is one
    // status line, skipped, and the exit code says an input failed (1), as the README's table has it.
    const explain = jtai(['explain', file]);
    expect(explain.code).toBe(1);
    expect(explain.stderr).toMatch(new RegExp(`^${file}: corrupt: not valid JSON .*\\n$`));
    const explainCut = jtai(['explain', '-'], cut);
    expect(explainCut.code).toBe(1);
    expect(explainCut.stderr).toMatch(/^standard input: corrupt: not valid JSON .*\n$/);
    const explained = jtai(['explain', '-'], whole);
    expect([explained.code, explained.stderr]).toEqual([0, '']);
    expect(explained.stdout).toBe(jtai(['explain', WOKINGHAM_TEXT]).stdout);
    // Whole, the same document reads as the letter it is, from standard input as from a .jsonl file.
    expect(jtai(['summarise', '-', '--by', 'agency'], whole).code).toBe(0);
    writeFileSync(file, whole);
    expect(jtai(['summarise', file, '--by', 'agency']).code).toBe(0);
  }, 120_000);
});

describe("an output's extension", () => {
  it('chooses the format when --format is not given, and a --format it contradicts is a usage error', () => {
    const dir = tempDir();
    const out = (name: string) => join(dir, name);
    expect(jtai(['parse', WOKINGHAM_TEXT, '-o', out('w.md')]).code).toBe(0);
    expect(readFileSync(out('w.md'), 'utf8')).toMatch(/^# Joint targeted area inspection/);
    expect(jtai(['parse', WOKINGHAM_TEXT, '-o', out('w.csv')]).code).toBe(0);
    expect(readFileSync(out('w.csv'), 'utf8')).toMatch(/^\uFEFF"area","date"/);
    expect(jtai(['parse', WOKINGHAM_TEXT, '-o', out('w.jsonl')]).code).toBe(0);
    expect(readFileSync(out('w.jsonl'), 'utf8').split('\n')).toHaveLength(2);
    // Another extension keeps the default, JSON.
    expect(jtai(['parse', WOKINGHAM_TEXT, '-o', out('w.txt')]).code).toBe(0);
    expect(JSON.parse(readFileSync(out('w.txt'), 'utf8')).letter.area).toBe('Wokingham');
    expect(jtai(['summarise', WOKINGHAM_TEXT, '--by', 'agency', '-o', out('s.json')]).code).toBe(0);
    expect(JSON.parse(readFileSync(out('s.json'), 'utf8')).by).toBe('agency');
    const before = readdirSync(dir).sort();
    const refused: Array<[string[], string]> = [
      [['parse', WOKINGHAM_TEXT, '-f', 'json', '-o', out('x.md')], `jtai: -o ${out('x.md')} names a Markdown file, but --format is json; give a name ending .json, or leave out --format (the extension chooses the format)\n`],
      [['parse', WOKINGHAM_TEXT, '--report', out('x.csv')], `jtai: --report ${out('x.csv')} names a CSV file, but --report writes JSON; give a name ending .json\n`],
      [['summarise', WOKINGHAM_TEXT, '--by', 'agency', '-o', out('x.jsonl')], `jtai: -o ${out('x.jsonl')} names a JSON Lines file, but jtai summarise writes Markdown, JSON or CSV; give a name ending .md, .json or .csv\n`],
      [['summarise', WOKINGHAM_TEXT, '--by', 'agency', '-f', 'csv', '-o', out('x.md')], `jtai: -o ${out('x.md')} names a Markdown file, but --format is csv; give a name ending .csv, or leave out --format (the extension chooses the format)\n`],
      [['report', WOKINGHAM_TEXT, '-o', out('x.json')], `jtai: -o ${out('x.json')} names a JSON file, but jtai report writes HTML; give a name ending .html\n`],
    ];
    for (const [args, message] of refused) {
      const run = jtai(args);
      expect([run.code, run.stderr]).toEqual([2, message]);
    }
    expect(readdirSync(dir).sort()).toEqual(before);
  }, 120_000);
});

describe('an output that cannot be written', () => {
  it('is found before any input is read: one line, exit 1, and nothing made', () => {
    // A missing input would have its own status line: none shows, so no input was looked at.
    const blocked = 'README.md/parsed';
    const cases: Array<[string[], string]> = [
      [['parse', 'fixtures/missing.pdf', '-o', `${blocked}/x.json`], `${blocked}/x.json`],
      [['parse', 'fixtures/missing.pdf', '--out-dir', blocked], blocked],
      [['parse', 'fixtures/missing.pdf', '--report', `${blocked}/status.json`], `${blocked}/status.json`],
      [['summarise', 'fixtures/missing.pdf', '--by', 'agency', '-o', `${blocked}/s.md`], `${blocked}/s.md`],
      [['report', 'fixtures/missing.pdf', '-o', `${blocked}/r.html`], `${blocked}/r.html`],
    ];
    for (const [args, output] of cases) {
      const run = jtai(args);
      expect([run.code, run.stderr]).toEqual([1, `jtai: ${output}: cannot write output: README.md is a file, so no folder can be made there (give a path whose parts are folders, or new names that jtai makes into folders; or move README.md away)\n`]);
    }
  }, 120_000);

  it('a folder jtai may not write into is found before any work, and nothing is made in it', () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    const locked = join(dir, 'locked');
    mkdirSync(locked, { mode: 0o755 });
    // As root every folder can be written: run as nobody then, for whom a folder of root's is not writable.
    const asOther = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    if (!('uid' in asOther)) chmodSync(locked, 0o555);
    const run = spawnSync(process.execPath, [join(root, 'bin/jtai.js'), 'parse', 'fixtures/missing.pdf', '--out-dir', join(locked, 'new/parsed')], { cwd: root, encoding: 'utf8', ...asOther });
    expect([run.status, run.stderr]).toEqual([1, `jtai: ${join(locked, 'new/parsed')}: cannot write output: permission denied: the folder ${locked} cannot be written into (write into a folder you may write to)\n`]);
    expect(readdirSync(locked)).toEqual([]);
  }, 120_000);

  it('a folder of a special file system (/sys, /proc) is found before any work by trying a write there, even as root, with the true reason', () => {
    // access() says yes to root for any folder; only creating a file shows /sys refuses and /proc takes no new files.
    for (const [option, output] of [['-o', '/sys/x.json'], ['--report', '/proc/r.json']]) {
      const run = jtai(['parse', 'fixtures/missing.pdf', option, output]);
      expect(run.code).toBe(1);
      // One line, and not the missing input's status line: no input was looked at.
      expect(run.stderr.split('\n')).toHaveLength(2);
      expect(run.stderr).toMatch(new RegExp(`^jtai: ${output}: cannot write output: (permission denied|no new file can be made in this folder \\(a special file system\\)): the folder /(sys|proc) cannot be written into`));
    }
  }, 120_000);

  it('-o in a folder not there yet: made when an input parses, not when none does', () => {
    const dir = tempDir();
    const run = jtai(['parse', 'fixtures/bad/empty.pdf', 'fixtures/bad/truncated.pdf', '-f', 'jsonl', '-o', join(dir, 'new/all.jsonl')]);
    expect(run.code).toBe(1);
    expect(readdirSync(dir)).toEqual([]);
  }, 120_000);
});

/** Runs the built command line with its standard output closed by the reader before anything is written (as `| head` that has stopped). */
function jtaiIntoClosedPipe(cwd: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [join(root, 'bin/jtai.js'), ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  child.stdout.destroy();
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

describe('standard output closed by its reader', () => {
  it('ends the run with a status line for each letter not written, the report, and exit 1, not silently with 0', async () => {
    const work = tempDir();
    const report = join(work, 'r.json');
    const run = await jtaiIntoClosedPipe(root, ['parse', WOKINGHAM_TEXT, '-f', 'jsonl', '--report', report]);
    expect(run.stderr).toMatch(/^standard output: cannot write output: standard output was closed .*the output was not all written/m);
    expect(run.code).toBe(1);
    expect(JSON.parse(readFileSync(report, 'utf8')).entries.map((entry: { status: string }) => entry.status)).toEqual(['unwritable']);
    // The other commands that write to standard output say the same.
    const rules = await jtaiIntoClosedPipe(root, ['rules', 'list']);
    expect(rules.stderr).toMatch(/standard output was closed/);
    expect(rules.code).toBe(1);
  }, 120_000);
});

describe('usage messages', () => {
  it('say "an HTML file", and name the -o that chose CSV when --format was not given', () => {
    expect(jtai(['parse', 'fixtures/missing.pdf', '-o', 'x.html']).stderr).toContain('-o x.html names an HTML file, but');
    const csv = jtai(['parse', WOKINGHAM_TEXT, '-o', 'it.csv', '--include-text']);
    expect([csv.code, csv.stderr]).toEqual([2, 'jtai: --include-text adds the text to JSON; it does nothing with CSV output (-o it.csv)\n']);
  }, 120_000);
});

describe('an option that takes one value, given twice', () => {
  // Commander keeps the last value without a word: -f json -f md wrote Markdown alone.
  it('is a usage error before anything is read or written, in every command; the repeatable ones collect', () => {
    const out = tempDir();
    const runs = [
      ['parse', WOKINGHAM_TEXT, '-f', 'json', '-f', 'md', '--out-dir', out],
      ['parse', WOKINGHAM_TEXT, '--out-dir', join(out, 'a'), '--out-dir', join(out, 'b')],
      ['parse', WOKINGHAM_TEXT, '--timeout', '5', '--timeout=6'],
      ['summarise', WOKINGHAM_TEXT, '--by', 'agency', '--by', 'theme'],
      ['rules', 'list', '-f', 'json', '--format', 'text'],
    ].map((args) => jtai(args));
    expect(runs.map((run) => [run.code, run.stderr])).toEqual([
      [2, 'jtai: --format was given twice (json, then md): give it once; a run writes one format: run jtai again for another\n'],
      [2, `jtai: --out-dir was given twice (${join(out, 'a')}, then ${join(out, 'b')}): give it once\n`],
      [2, 'jtai: --timeout was given twice (5, then 6): give it once\n'],
      [2, 'jtai: --by was given twice (agency, then theme): give it once\n'],
      [2, 'jtai: --format was given twice (json, then text): give it once; a run writes one format: run jtai again for another\n'],
    ]);
    expect(readdirSync(out)).toEqual([]);
    const repeatable = jtai(['summarise', WOKINGHAM_TEXT, '--by', 'agency', '--stance', 'strength', '--stance', 'priority', '--rules', 'rules', '--rules', 'rules', '-f', 'json']);
    expect(repeatable.code, repeatable.stderr).toBe(0);
    expect(JSON.parse(repeatable.stdout).filters.stances).toEqual(['strength', 'priority']);
  }, 120_000);
});

describe('-o - with --out-dir', () => {
  it('is a usage error, as -o FILE with --out-dir is, not everything to the folder and nothing to standard output', () => {
    const run = jtai(['parse', 'fixtures/missing.pdf', '-o', '-', '--out-dir', join(tempDir(), 'od')]);
    expect([run.code, run.stderr]).toEqual([2, 'jtai: use either -o FILE (one output) or --out-dir DIR (one per letter), not both\n']);
  }, 120_000);
});

describe('status lines', () => {
  it('print a file name that holds a line break, a carriage return or ESC escaped, one line for each status; the report keeps the real name', () => {
    const inputs = tempDir();
    const outputs = tempDir();
    const letter = join(inputs, 'new\nline\x1b[31m.txt');
    const empty = join(inputs, 'empty\r.txt');
    copyFileSync(WOKINGHAM_TEXT, letter);
    writeFileSync(empty, '');
    const report = join(outputs, 'status.json');
    const run = jtai(['parse', letter, empty, '-f', 'jsonl', '-o', join(outputs, 'all.jsonl'), '--report', report]);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/[\r\x1b]/);
    const lines = run.stderr.split('\n').filter(Boolean);
    expect(lines.filter((line) => line.startsWith('parsed: '))).toEqual([`parsed: ${inputs}/new\\nline\\x1b[31m.txt -> ${outputs}/all.jsonl (2016-2020 layout, 91 findings)`]);
    expect(lines).toContain(`${inputs}/empty\\r.txt: empty: the file is zero bytes long (the file has no content; download it again)`);
    expect(JSON.parse(readFileSync(report, 'utf8')).entries.map((entry: { input: string }) => entry.input)).toEqual([letter, empty]);
  });

  it('escape every direction control in a name, the Arabic letter mark (U+061C) among them', () => {
    const controls = ['\u061c', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069'];
    expect(controls.map((control) => printableName(`a${control}b.txt`))).toEqual(controls.map((control) => `a\\u${control.charCodeAt(0).toString(16).padStart(4, '0')}b.txt`));
  });

  it('double the backslashes of a name that is escaped, so an escape in it is told from a typed one; a name with nothing to escape is left as it is (and prints as the escaped one would)', () => {
    expect(printableName('a\\x07b.txt')).toBe('a\\x07b.txt');
    expect(printableName('a\\x07b\u0007.txt')).toBe('a\\\\x07b\\x07.txt');
    expect(printableName('a\u0007b.txt')).toBe('a\\x07b.txt');
  });

  it('write every count in one number format: "0 of 1,000 inputs parsed, 1,000 not"', () => {
    const inputs = tempDir();
    for (let index = 0; index < 1000; index++) writeFileSync(join(inputs, `${index}.txt`), '');
    const run = jtai(['parse', inputs, '-f', 'jsonl', '-q']);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').filter(Boolean).at(-1)).toBe('0 of 1,000 inputs parsed, 1,000 not');
  });
});

describe('a file whose name starts with "-"', () => {
  it('given plainly is an unknown option, with how to name it: ./-rf.txt, or -- before the file names', () => {
    const folder = tempDir();
    copyFileSync(WOKINGHAM_TEXT, join(folder, '-rf.txt'));
    const plain = jtaiIn(folder, ['parse', '-rf.txt']);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toBe("jtai: unknown option '-rf.txt'\njtai: if -rf.txt is a file, write ./-rf.txt, or put -- after the options and before the file names (jtai parse -o out.json -- -rf.txt)\n");
    // A mistyped option, with no file of its name, is only that.
    const typo = jtaiIn(folder, ['parse', '--formt', 'json', './-rf.txt']);
    expect([typo.code, typo.stderr]).toEqual([2, "jtai: unknown option '--formt'\n(Did you mean --format?)\n"]);
    // Both ways the hint gives parse it.
    for (const args of [['parse', '-o', 'a.json', './-rf.txt'], ['parse', '-o', 'b.json', '--', '-rf.txt']]) {
      const run = jtaiIn(folder, args);
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(/^parsed: (?:\.\/)?-rf\.txt -> [ab]\.json \(2016-2020 layout, 91 findings\)/);
    }
  });
});
