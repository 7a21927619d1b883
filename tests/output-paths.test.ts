import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, jtai, root, tempDir } from './helpers.js';

// Where an output goes: never over an input, through a link to its file, into a device as a
// shell would, and a clear "cannot write output" when there is no way there. One case a fixture.

const letterText = fixture('letters/wokingham-2017-07-14.txt');
const STACK = /\n\s+at |node:internal|Node\.js v/;

/** A folder holding a copy of a letter (x.txt) and a plain file where a folder could be (afile). */
function scratch(): { dir: string; input: string; afile: string } {
  const dir = tempDir('jtai-outputs-');
  copyFileSync(letterText, join(dir, 'x.txt'));
  writeFileSync(join(dir, 'afile'), 'not a folder\n');
  return { dir, input: join(dir, 'x.txt'), afile: join(dir, 'afile') };
}

describe('an output never writes over an input', () => {
  it('-o naming the input, by another path or through a link, is a usage error naming both, and the input is left alone', () => {
    const { dir, input } = scratch();
    const before = readFileSync(input);
    symlinkSync('x.txt', join(dir, 'link.txt'));
    for (const output of [input, `${dir}/./x.txt`, join(dir, 'link.txt')]) {
      const run = jtai(['parse', input, '-o', output]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`-o ${output} is the input ${input}`);
    }
    const report = jtai(['parse', input, '--report', input, '-o', join(dir, 'x.json')]);
    expect(report.code).toBe(2);
    expect(report.stderr).toContain(`--report ${input} is the input ${input}`);
    expect(readFileSync(input)).toEqual(before);
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
  });

  it('-o and --report naming one file is a usage error', () => {
    const { dir, input } = scratch();
    const run = jtai(['parse', input, '-o', join(dir, 'out.json'), '--report', join(dir, 'out.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`is the same file as -o ${join(dir, 'out.json')}`);
  });

  it('summarise -o naming its JSON input is a usage error, and the JSON is left alone', () => {
    const { dir, input } = scratch();
    const json = join(dir, 's.json');
    expect(jtai(['parse', input, '-o', json]).code).toBe(0);
    const before = readFileSync(json, 'utf8');
    const run = jtai(['summarise', json, '--by', 'agency', '-f', 'json', '-o', json]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`-o ${json} is the input ${json}`);
    expect(readFileSync(json, 'utf8')).toBe(before);
  });
});

describe('outputs onto links, devices and pipes', () => {
  it('a symbolic link is written through: its target gets the output, the link stays a link (a dangling one too)', () => {
    const { dir, input } = scratch();
    writeFileSync(join(dir, 'target.json'), 'old\n');
    symlinkSync('target.json', join(dir, 'link.json'));
    symlinkSync('later.json', join(dir, 'dangling.json'));
    for (const [link, target] of [['link.json', 'target.json'], ['dangling.json', 'later.json']] as const) {
      const run = jtai(['parse', input, '-o', join(dir, link)]);
      expect(run.code).toBe(0);
      expect(lstatSync(join(dir, link)).isSymbolicLink()).toBe(true);
      expect(readlinkSync(join(dir, link))).toBe(target);
      expect(JSON.parse(readFileSync(join(dir, target), 'utf8')).letter.area).toBe('Wokingham');
    }
  });

  it('a character device is written to, never replaced by a file', () => {
    const { dir, input } = scratch();
    const device = join(dir, 'null');
    expect(spawnSync('mknod', [device, 'c', '1', '3']).status).toBe(0);
    const run = jtai(['parse', input, '-o', device, '--report', device]);
    expect(run.stderr).not.toMatch(STACK);
    expect(run.code).toBe(0);
    expect(statSync(device).isCharacterDevice()).toBe(true);
  });

  it('a named pipe is written to as a shell would, for the reader at its other end', async () => {
    const { dir, input } = scratch();
    const pipe = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
    const reader = spawn('cat', [pipe]);
    let read = '';
    reader.stdout.on('data', (chunk: Buffer) => (read += chunk.toString()));
    const ended = new Promise((resolve) => reader.on('close', resolve));
    const run = spawn(process.execPath, [`${root}bin/jtai.js`, 'parse', input, '-o', pipe], { cwd: root, timeout: 60_000 });
    const code = await new Promise((resolve) => run.on('close', resolve));
    await ended;
    expect(code).toBe(0);
    expect(JSON.parse(read).letter.area).toBe('Wokingham');
    expect(statSync(pipe).isFIFO()).toBe(true);
  });
});

describe('an output with no way there is "cannot write output", never a stack trace', () => {
  it('a file where the output\'s folder should be: parse -o, --report, --out-dir, summarise -o, report -o', () => {
    const { input, afile } = scratch();
    const runs = [
      jtai(['parse', input, '-o', `${afile}/x.json`]),
      jtai(['parse', input, '-o', `${afile}.json`, '--report', `${afile}/r.json`]),
      jtai(['parse', input, '--out-dir', `${afile}/sub`]),
      jtai(['summarise', input, '--by', 'agency', '-o', `${afile}/x.md`]),
      jtai(['report', input, '-o', `${afile}/x.html`]),
    ];
    for (const run of runs) {
      expect(run.stderr).not.toMatch(STACK);
      // The file in the way is named, with what to do about it.
      expect(run.stderr).toContain(`cannot write output: ${afile} is a file, so no folder can be made there (give a path whose parts are folders, or new names that jtai makes into folders; or move ${afile} away)`);
      expect(run.code).toBe(1);
    }
    expect(readFileSync(afile, 'utf8')).toBe('not a folder\n');
  });

  it('a folder where a file should go (-o DIR, -o new/, --report DIR) says so and what to give; --out-dir FILE the reverse', () => {
    const { dir, input, afile } = scratch();
    const advice = '(give the name of a file: a new name, or a path inside that folder; for jtai parse, --out-dir DIR writes a file per letter into a folder)';
    const runs: Array<[string[], string]> = [
      [['parse', input, '-o', dir], `${dir}: cannot write output: ${dir} is a folder, not a file ${advice}`],
      [['parse', input, '-o', `${dir}/new/`], `${dir}/new/: cannot write output: ${dir}/new/ ends in /, so it names a folder, not a file ${advice}`],
      [['parse', input, '-o', join(dir, 'x.json'), '--report', dir], `jtai: ${dir}: cannot write output: ${dir} is a folder, not a file ${advice}`],
      [['summarise', input, '--by', 'agency', '-o', dir], `jtai: ${dir}: cannot write output: ${dir} is a folder, not a file ${advice}`],
      [['report', input, '-o', `${dir}/`], `jtai: ${dir}/: cannot write output: ${dir}/ ends in /, so it names a folder, not a file ${advice}`],
    ];
    for (const [args, message] of runs) {
      const run = jtai(args);
      expect(run.stderr, args.join(' ')).toContain(message);
      expect(run.code).toBe(1);
    }
    // "-o new/" once made a file named "new"; and each output is checked before any work, so
    // -o x.json is not written when --report cannot be (it once was, after all the work).
    expect(readdirSync(dir).sort()).toEqual(['afile', 'x.txt']);
    const reverse = jtai(['parse', input, '--out-dir', afile]);
    expect(reverse.stderr).toBe(`jtai: --out-dir ${afile} is a file, not a folder; give a folder (jtai makes it if it is not there), or -o FILE for a single output\n`);
    expect(reverse.code).toBe(2);
  });

  it('a folder given where one input file is wanted (explain DIR) is not called a permissions problem', () => {
    const { dir } = scratch();
    const run = jtai(['explain', dir]);
    expect(run.stderr).toBe(`jtai: ${dir}: unreadable: it is a folder, not a file (give one file in it: a letter (PDF or text), or JSON from jtai parse; parse, summarise and report take folders)\n`);
    expect(run.code).toBe(1);
  });

  it('a folder that cannot be made (under /proc) ends with "cannot write output", not a loop', () => {
    const { input } = scratch();
    const run = spawnSync(process.execPath, [`${root}bin/jtai.js`, 'parse', input, '-o', '/proc/jtai-nope/x.json'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(run.signal).toBeNull();
    expect(run.stderr).not.toMatch(STACK);
    expect(run.stderr).toContain('/proc/jtai-nope/x.json: cannot write output');
    expect(run.status).toBe(1);
  });
});

describe('inputs that name nothing, and names two inputs of one run would share', () => {
  it('a glob that matches nothing is an input not found (exit 1); a folder with no letters is named', () => {
    const { dir } = scratch();
    const run = jtai(['parse', 'fixtures/letters/wokingham-*.txt', 'fixtures/letters/nomatch-*.pdf', '--out-dir', join(dir, 'out')]);
    expect(run.stderr).toContain('fixtures/letters/nomatch-*.pdf: not found');
    expect(run.code).toBe(1);
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const none = jtai(['parse', empty]);
    expect(none.stderr).toContain(`no input files: no letters (.pdf, .txt) in ${empty}`);
    expect(none.code).toBe(2);
  });

  it('two inputs of one run with one name: the second gets a longer name, and a note says so', () => {
    const { dir } = scratch();
    const out = join(dir, 'out');
    const run = jtai(['parse', 'fixtures/letters/wokingham-2017-07-14.pdf', 'fixtures/letters/wokingham-2017-07-14.txt', '--out-dir', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`note: ${out}/wokingham-2017-07-14.json is taken by another input of this run; fixtures/letters/wokingham-2017-07-14.txt is written to ${out}/wokingham-2017-07-14-wokingham-2017-07-14-txt.json`);
  });
});

describe('- as an output', () => {
  it('-o - is standard output, as - is standard input, for parse, summarise and report; never a file named "-"', () => {
    const dir = tempDir('jtai-dash-');
    const inDir = (args: string[]) => {
      const run = spawnSync(process.execPath, [join(root, 'bin/jtai.js'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      return { code: run.status, stdout: run.stdout, stderr: run.stderr };
    };
    const parse = inDir(['parse', letterText, '-o', '-']);
    expect(parse.code).toBe(0);
    expect(JSON.parse(parse.stdout).letter.area).toBe('Wokingham');
    const summary = inDir(['summarise', letterText, '--by', 'agency', '-o', '-']);
    expect([summary.code, summary.stdout.startsWith('# ')]).toEqual([0, true]);
    const report = inDir(['report', letterText, '-o', '-']);
    expect([report.code, report.stdout.startsWith('<!doctype html>')]).toEqual([0, true]);
    expect(report.stderr).toMatch(/-> standard output \(\d+ KB\)\n$/);
    // Outputs that cannot be standard output want a name.
    for (const option of ['--report', '--out-dir']) {
      const refused = inDir(['parse', letterText, option, '-']);
      expect([refused.code, refused.stderr]).toEqual([2, `jtai: ${option} - would make a file named "-"; give a name (only -o takes - for standard output)\n`]);
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});

/** One letter as two files of one name in two folders, a/x.pdf and b/x.pdf: the PDF, and the same letter typeset anew (the same area and date). */
function oneLetterTwice(prefix: string): { dir: string; a: string; b: string } {
  const dir = tempDir(prefix);
  for (const [folder, letter] of [['a', 'wokingham-2017-07-14.pdf'], ['b', 'wokingham-2017-07-14.typeset.pdf']] as const) {
    mkdirSync(join(dir, folder));
    copyFileSync(fixture(`letters/${letter}`), join(dir, folder, 'x.pdf'));
  }
  return { dir, a: join(dir, 'a/x.pdf'), b: join(dir, 'b/x.pdf') };
}

describe('names of outputs do not depend on the order of the arguments', () => {
  it('of two inputs with one name, the one whose path sorts first gets the plain name, in either order; the report keeps the order given', () => {
    const { dir, a, b } = oneLetterTwice('jtai-name-order-');
    const sourceOf = (file: string) => JSON.parse(readFileSync(file, 'utf8')).source.file;
    for (const [name, order] of [['ab', [a, b]], ['ba', [b, a]]] as const) {
      const out = join(dir, name);
      const run = jtai(['parse', ...order, '--out-dir', out, '--report', join(dir, `${name}.json`)]);
      expect(run.code).toBe(0);
      expect(sourceOf(join(out, 'wokingham-2017-07-14.json'))).toBe(a);
      expect(sourceOf(join(out, 'wokingham-2017-07-14-x-pdf.json'))).toBe(b);
      expect(run.stderr).toContain(`note: ${out}/wokingham-2017-07-14.json is taken by another input of this run; ${b} is written to ${out}/wokingham-2017-07-14-x-pdf.json`);
      expect(JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')).entries.map((e: { input: string }) => e.input)).toEqual(order);
      expect(run.stderr.split('\n').filter((line) => line.startsWith('parsed: ')).map((line) => line.split(' ')[1])).toEqual(order);
    }
  });
});

describe('CSV outputs say where each row came from, and never replace another input\'s', () => {
  it('a row carries its source file and sha256; a later run never writes over the CSV of another input with the same name', () => {
    const { dir, a, b } = oneLetterTwice('jtai-csv-runs-');
    const out = join(dir, 'out');
    const first = jtai(['parse', a, '--format', 'csv', '--out-dir', out]);
    expect(first.code).toBe(0);
    const firstCsv = readFileSync(join(out, 'wokingham-2017-07-14.csv'), 'utf8');
    const sha256 = JSON.parse(jtai(['parse', a]).stdout).source.sha256;
    const [header, ...rows] = firstCsv.trimEnd().split('\r\n');
    expect(header!.endsWith(',"lead_in","text","source_file","source_sha256"')).toBe(true);
    for (const row of rows) expect(row.endsWith(`,"${a}","${sha256}"`)).toBe(true);
    // The same letter set anew (another PDF, the same area and date), in a run of its own.
    const second = jtai(['parse', b, '--format', 'csv', '--out-dir', out]);
    expect(second.code).toBe(0);
    expect(second.stderr).toContain(`note: ${out}/wokingham-2017-07-14.csv holds the output of another input`);
    expect(readFileSync(join(out, 'wokingham-2017-07-14.csv'), 'utf8')).toBe(firstCsv);
    expect(readFileSync(join(out, 'wokingham-2017-07-14-x-pdf.csv'), 'utf8')).toContain(`,"${b}","`);
    // Its own input again: the same file, unchanged.
    expect(jtai(['parse', a, '--format', 'csv', '--out-dir', out]).stderr).toContain(`-> ${out}/wokingham-2017-07-14.csv (unchanged)`);
  });
});

describe('--report in the --out-dir folder', () => {
  it("takes its name there: a letter's output named as it is gets another name, not written over by the report", () => {
    const out = tempDir();
    const report = join(out, 'wokingham-2017-07-14.json');
    const run = jtai(['parse', letterText, '--out-dir', out, '--report', report]);
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['wokingham-2017-07-14-wokingham-2017-07-14-txt.json', 'wokingham-2017-07-14.json']);
    expect(JSON.parse(readFileSync(report, 'utf8')).entries[0].output).toBe(join(out, 'wokingham-2017-07-14-wokingham-2017-07-14-txt.json'));
    expect(JSON.parse(readFileSync(join(out, 'wokingham-2017-07-14-wokingham-2017-07-14-txt.json'), 'utf8')).letter.area).toBe('Wokingham');
    // The note says what took the name: the report, not another input.
    expect(run.stderr).toContain(`note: ${out}/wokingham-2017-07-14.json is taken by this run's --report; ${letterText} is written to`);
  }, 120_000);
});
