import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeModule, jtai, packageCopy, root, tempDir } from './helpers.js';

const GOOD = ['fixtures/letters/surrey-2023-05-02.pdf', 'fixtures/letters/kirklees-2022-08-18.pdf', 'fixtures/letters/wokingham-2017-07-14.txt'];

describe('a batch with bad inputs among good ones', () => {
  const out = tempDir();
  const report = join(out, 'report.json');
  const run = jtai(['parse', ...GOOD, 'fixtures/bad', 'fixtures/not-letters/leeds-childrens-services-2022-05-09.pdf', 'fixtures/missing.pdf', '--out-dir', out, '--report', report, '--jobs', '2']);
  const written = JSON.parse(readFileSync(report, 'utf8'));

  it('parses the good ones and writes one output each, named by area and date', () => {
    expect(run.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['kirklees-2022-08-18.json', 'report.json', 'surrey-2023-05-02.json', 'wokingham-2017-07-14.json']);
  });

  it('gives every input its own status, at the end, on standard error and in the report', () => {
    const statuses = Object.fromEntries(written.entries.map((e: { input: string; status: string }) => [e.input, e.status]));
    expect(statuses).toMatchObject({
      'fixtures/bad/empty.pdf': 'empty',
      'fixtures/bad/truncated.pdf': 'corrupt',
      'fixtures/bad/html-saved-as.pdf': 'not-a-pdf',
      'fixtures/bad/encrypted.pdf': 'encrypted',
      'fixtures/bad/image-only.pdf': 'no-text-layer',
      'fixtures/bad/latin1.txt': 'not-utf8',
      'fixtures/bad/random-bytes.txt': 'not-utf8',
      'fixtures/bad/no-sections.txt': 'no-sections',
      'fixtures/not-letters/leeds-childrens-services-2022-05-09.pdf': 'not-a-letter',
      'fixtures/missing.pdf': 'not-found',
      'fixtures/letters/surrey-2023-05-02.pdf': 'parsed',
    });
    expect(written.entries.map((e: { input: string }) => e.input).slice(0, 3)).toEqual(GOOD);
    expect(run.stderr).toMatch(/3 of 14 inputs parsed, 11 not\n$/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('tolerates failures up to --max-failures, as a count or a percentage', () => {
    const args = ['parse', GOOD[0]!, 'fixtures/bad/empty.pdf', 'fixtures/bad/latin1.txt', '--out-dir', tempDir()];
    const allowed = jtai([...args, '--max-failures', '2']);
    expect(allowed.code).toBe(0);
    // A run that passes only by --max-failures says so, and how many failed, in its last line.
    expect(allowed.stderr).toMatch(/\n1 of 3 inputs parsed, 2 not: exit 0, as --max-failures 2 allows 2 failures\n$/);
    const tooMany = jtai([...args, '--max-failures', '1']);
    expect(tooMany.code).toBe(1);
    expect(tooMany.stderr).toMatch(/\n1 of 3 inputs parsed, 2 not\n$/);
    const share = jtai([...args, '--max-failures', '67%', '--quiet']);
    expect(share.code).toBe(0);
    expect(share.stderr).toMatch(/\n1 of 3 inputs parsed, 2 not: exit 0, as --max-failures 67% allows 2 failures\n$/);
    expect(jtai([...args, '--max-failures', 'lots']).code).toBe(2);
  });
});

describe('a folder given that holds no letter', () => {
  it('gets one note among other inputs, from a batch in its child process too, and summarise says so of JSON', () => {
    const empty = tempDir();
    writeFileSync(join(empty, 'notes.docx'), 'not a letter');
    const batch = jtai(['parse', 'fixtures/letters', empty, '-f', 'jsonl']);
    expect(batch.code).toBe(1); // the scrutiny slides are not a letter
    expect(batch.stderr.split('\n').filter((line) => line.includes(empty))).toEqual([`note: ${empty} is a folder with no letters (.pdf, .txt) in it: nothing was read from it`]);
    expect(jtai(['parse', 'fixtures/letters', empty, '-f', 'jsonl', '-q']).stderr).not.toContain(empty);
    const summary = jtai(['summarise', GOOD[0]!, empty, '--by', 'agency']);
    expect(summary.code).toBe(0);
    expect(summary.stderr).toContain(`note: ${empty} is a folder with no letters or JSON from jtai parse in it: nothing was read from it\n`);
  });
});

describe('outputs in a batch', () => {
  it('replaces an output only when its content changes, and leaves no temporary files', () => {
    const out = tempDir();
    expect(jtai(['parse', ...GOOD, '--out-dir', out]).code).toBe(0);
    const before = readdirSync(out).map((name) => statSync(join(out, name)).mtimeMs);
    const again = jtai(['parse', ...GOOD, '--out-dir', out]);
    expect(again.stderr.match(/\(unchanged\)/g)).toHaveLength(3);
    expect(readdirSync(out).map((name) => statSync(join(out, name)).mtimeMs)).toEqual(before);
    expect(readdirSync(out).filter((name) => name.startsWith('.jtai-tmp'))).toEqual([]);
  });

  it('writes JSON Lines to standard output in input order', () => {
    const run = jtai(['parse', ...GOOD, '--format', 'jsonl']);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => l.letter.area)).toEqual(['Surrey', 'Kirklees', 'Wokingham']);
    expect(run.stderr).toMatch(/3 of 3 inputs parsed, 0 not\n$/);
    // Quiet: a clean run prints nothing but its output; a failure is still reported, with the count.
    const quiet = jtai(['parse', ...GOOD, '--format', 'jsonl', '-q']);
    expect(quiet.stdout).toBe(run.stdout);
    expect(quiet.stderr).toBe('');
    const quietFailure = jtai(['parse', GOOD[0]!, 'fixtures/bad/empty.pdf', '--format', 'jsonl', '-q']);
    expect(quietFailure.stderr).toMatch(/^fixtures\/bad\/empty\.pdf: .*\n1 of 2 inputs parsed, 1 not\n$/);
  });

  /** Runs jtai, sends `signal` once `ready(stdout, stderr)` holds, and gives its exit code, standard output and standard error. */
  async function interrupted(args: string[], ready: (stdout: string, stderr: string) => boolean, signal: NodeJS.Signals) {
    const child = spawn(process.execPath, ['bin/jtai.js', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    while (!ready(stdout, stderr) && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill(signal);
    // A run that does not end on the signal is a failure to report, not a test that waits for ever.
    const hung = setTimeout(() => child.kill('SIGKILL'), 30_000);
    const code = await exited;
    clearTimeout(hung);
    return { code, stdout, stderr };
  }

  it('a signal in a run\'s last step (its --report waits for a named pipe\'s reader) gives each status line once, and the report is not waited for', async () => {
    const dir = tempDir();
    const pipe = join(dir, 'status.json');
    expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
    const output = join(dir, 'wokingham.json');
    // The text is parsed in this process; its status line is written before the report, which
    // waits for a reader that never comes: the signal comes in that wait.
    const run = await interrupted(['parse', 'fixtures/letters/wokingham-2017-07-14.txt', '-o', output, '--report', pipe], (_, stderr) => stderr.includes('parsed: '), 'SIGINT');
    const lines = run.stderr.split('\n').filter(Boolean);
    expect(lines.filter((line) => line.startsWith('parsed: '))).toEqual([`parsed: fixtures/letters/wokingham-2017-07-14.txt -> ${output} (2016-2020 layout, 91 findings)`]);
    expect(run.code).toBe(130);
    expect(lines.at(-1)).toBe(`jtai: interrupted by SIGINT: 1 of 1 input done, ${pipe} not written (${pipe}: cannot write output: no program is reading the named pipe (give a file, or start the pipe's reader first)); no partial output left behind (each output is written whole, or not at all)`);
  });

  it('an interrupted run (Ctrl-C) leaves only whole files, and says how far it got', async () => {
    const out = tempDir();
    const files = readdirSync(join(root, 'fixtures/letters')).filter((n) => n.endsWith('.pdf')).map((n) => `fixtures/letters/${n}`);
    // Interrupted once it has written something (so that there is something to check) and
    // before it has written everything. 14 inputs: a batch's child process gets the signal from its parent.
    const written = () => (existsSync(out) ? readdirSync(out).filter((name) => name.endsWith('.json')) : []);
    const run = await interrupted(['parse', ...files, '--out-dir', out, '--jobs', '2'], () => written().length > 0, 'SIGINT');
    expect(run.code).toBe(130);
    const names = readdirSync(out);
    expect(written().length).toBeGreaterThan(0);
    expect(written().length).toBeLessThan(files.length);
    for (const name of names) {
      expect(name.startsWith('.jtai-tmp')).toBe(false);
      expect(() => JSON.parse(readFileSync(join(out, name), 'utf8'))).not.toThrow();
    }
    // A status line for each input done (its output there), "not done" for the rest, and one line, last, counting them.
    const lines = run.stderr.split('\n').filter(Boolean);
    expect(lines.filter((line) => line.startsWith('parsed: '))).toHaveLength(written().length);
    expect(lines.filter((line) => line.startsWith('not done: '))).toHaveLength(14 - written().length);
    expect(lines.at(-1)).toBe(`jtai: interrupted by SIGINT: ${written().length} of 14 inputs done; no partial output left behind (each output is written whole, or not at all)`);
  });

  const PDFS = readdirSync(join(root, 'fixtures/letters')).filter((name) => name.endsWith('.pdf')).map((name) => `fixtures/letters/${name}`);

  it('JSON Lines to standard output, with --report: whole lines out, each input said done or not, the report written and marked interrupted (a batch in its child process)', async () => {
    const dir = tempDir();
    const report = join(dir, 'status.json');
    // 14 inputs: a batch's child process, which the signal reaches through its parent.
    const run = await interrupted(['parse', ...PDFS, '-f', 'jsonl', '--report', report, '--jobs', '1'], (stdout) => stdout.includes('\n'), 'SIGINT');
    expect(run.code).toBe(130);
    const lines = run.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { source: { file: string } });
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThan(PDFS.length);
    const done = lines.map((line) => line.source.file);
    const notDone = PDFS.filter((file) => !done.includes(file));
    // Every input has a line: its status if done, "not done" if not; then the line that sums up.
    const stderr = run.stderr.split('\n').filter(Boolean);
    expect(stderr.filter((line) => line.startsWith('parsed: ')).map((line) => line.split(' ')[1])).toEqual(done);
    expect(stderr.filter((line) => line.startsWith('not done: '))).toEqual(notDone.map((file) => `not done: ${file} (interrupted)`));
    expect(stderr.at(-1)).toBe(`jtai: interrupted by SIGINT: ${done.length} of 14 inputs done, ${report} written (marked interrupted); no partial output left behind (each output is written whole, or not at all)`);
    const written = JSON.parse(readFileSync(report, 'utf8'));
    expect(written.interrupted).toBe('SIGINT');
    expect(written.inputs).toBe(14);
    expect(written.counts).toEqual({ parsed: done.length, interrupted: notDone.length });
    expect(written.entries.map((entry: { input: string; status: string }) => [entry.input, entry.status])).toEqual(PDFS.map((file) => [file, done.includes(file) ? 'parsed' : 'interrupted']));
    expect(readdirSync(dir)).toEqual(['status.json']);
  }, 300_000);

  // Timed against a run of about a second on a quiet machine: a test worker starved for that long (a
  // clean-clone CI once was) sees the run end before its kill, so the test is tried again.
  it('a kill (SIGTERM) of a run writing one file removes its temporary file and leaves no output; --report is written, saying which inputs were done', { retry: 2 }, async () => {
    const out = tempDir();
    const output = join(out, 'letters.jsonl');
    const report = join(out, 'status.json');
    const files = PDFS.slice(0, 7);
    // The temporary file is made when the first letter parses; killed once it holds one (7 inputs: no child process).
    const temporary = () => readdirSync(out).filter((name) => name.startsWith('.jtai-tmp'));
    const run = await interrupted(['parse', ...files, '-f', 'jsonl', '-o', output, '--report', report, '--jobs', '1'], () => temporary().some((name) => (statSync(join(out, name), { throwIfNoEntry: false })?.size ?? 0) > 0), 'SIGTERM');
    expect(run.code).toBe(143);
    expect(run.stdout).toBe('');
    expect(readdirSync(out)).toEqual(['status.json']);
    const written = JSON.parse(readFileSync(report, 'utf8'));
    expect(written.interrupted).toBe('SIGTERM');
    const done = written.entries.filter((entry: { status: string }) => entry.status !== 'interrupted').length;
    expect(done).toBeLessThan(7);
    expect(run.stderr.split('\n').filter((line) => line.startsWith('not done: '))).toHaveLength(7 - done);
    expect(run.stderr).toMatch(new RegExp(`\\njtai: interrupted by SIGTERM: ${done} of 7 inputs done, ${output} not written, ${report} written \\(marked interrupted\\); no partial output left behind \\(each output is written whole, or not at all\\)\\n$`));
  });
});

describe('limits', () => {
  it('stops a file that takes too long, reports it, and goes on with the rest', () => {
    const run = jtai(['parse', ...GOOD, 'fixtures/large/wokingham-16-times.pdf', '--format', 'jsonl', '--timeout', '0.05', '--jobs', '2']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/fixtures\/large\/wokingham-16-times\.pdf: timed out: still parsing after 0\.05 s/);
  });

  it('counts a file\'s --timeout from when its thread, once ready (pdf.js and the rules loaded), starts on it, not from the thread\'s start', () => {
    // A thread's start-up made 12 s slower on purpose in a copy of the built package (a wait that
    // takes no CPU), before the thread says it is ready. Put after ready instead, the same wait
    // times both letters out: it is then counted. The limit leaves 10 s for a letter's parse, which
    // a machine running ten processes on two cores needs (at 5 s, one CI run of that load timed out).
    const ready = 'parentPort.postMessage({ ready: true, code });';
    const copy = packageCopy('jtai-slow-start-', (dist) => changeModule(dist, 'run/thread.js', ready, `Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 12000);\n    ${ready}`));
    mkdirSync(join(copy, 'bin'));
    copyFileSync(join(root, 'bin/jtai.js'), join(copy, 'bin/jtai.js'));
    const letters = ['fixtures/letters/wokingham-2017-07-14.txt', 'fixtures/letters/surrey-2023-05-02.pdf'];
    const run = spawnSync(process.execPath, [join(copy, 'bin/jtai.js'), 'parse', ...letters, '--timeout', '10', '--format', 'jsonl', '-q'], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('refuses a PDF of hundreds of pages (one letter 16 times) as too large, saying to save each letter alone', () => {
    const run = jtai(['parse', 'fixtures/large/wokingham-16-times.pdf']);
    expect(run.code).toBe(1);
    // Over the page limit once its opening reads as a letter's: refused before all 304 pages are read.
    expect(run.stderr).toContain('fixtures/large/wokingham-16-times.pdf: too large: it has 304 pages, over the 200-page limit');
    expect(run.stderr).toContain('save each letter of a collection in a file of its own');
  });

  it('reports paths it cannot read (even as root), and parses the rest', async () => {
    const { symlinkSync } = await import('node:fs');
    const dir = tempDir();
    // Root reads any folder, so the unreadable paths are ones no user can read: a link to
    // nothing, and a path through a file as if it were a folder.
    symlinkSync(join(dir, 'gone.pdf'), join(dir, 'dangling.pdf'));
    const throughFile = `${GOOD[0]!}/letter.pdf`;
    const run = jtai(['parse', join(dir, 'dangling.pdf'), throughFile, GOOD[0]!, '--format', 'jsonl']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${join(dir, 'dangling.pdf')}: not found`);
    expect(run.stderr).toContain(`${throughFile}: unreadable`);
    expect(run.stderr).toMatch(/1 of 3 inputs parsed, 2 not/);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
  });
});

describe('the terminal', () => {
  it('has no colour with NO_COLOR, colour with FORCE_COLOR, and no progress bar when not a terminal', () => {
    const plain = jtai(['parse', 'fixtures/bad/empty.pdf', GOOD[0]!, '--format', 'jsonl']);
    expect(plain.stderr).not.toMatch(/\x1b\[/);
    const forced = spawnColour();
    expect(forced).toMatch(/\x1b\[3\dm/);
    // The bar redraws its line with a carriage return: never in a pipe, and so never in a log.
    const several = jtai(['parse', 'fixtures/bad/empty.pdf', GOOD[0]!, GOOD[1]!, '--format', 'jsonl']);
    expect(several.stderr).toMatch(/2 of 3 inputs parsed/);
    expect(several.stderr).not.toMatch(/\r|\[#*-+\] \d+\/3/);
  });

  it.skipIf(spawnSync('script', ['--version']).status !== 0)('shows the progress bar on a terminal outside CI', () => {
    // `script` gives the command a pseudo-terminal: the case where the bar must show, so that
    // the check above is known to be able to fail.
    const env = { ...process.env, NO_COLOR: '1' };
    delete (env as Record<string, string | undefined>).CI;
    const command = `${process.execPath} bin/jtai.js parse fixtures/bad/empty.pdf ${GOOD[0]} ${GOOD[1]} --format jsonl > /dev/null`;
    const run = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: root, env, encoding: 'utf8' });
    expect(run.stdout).toMatch(/\r\x1b\[2K\[[#-]+\] \d\/3/);
  });
});

function spawnColour(): string {
  const env = { ...process.env, FORCE_COLOR: '1' };
  delete (env as Record<string, string | undefined>).NO_COLOR;
  return spawnSync(process.execPath, ['bin/jtai.js', 'parse', 'fixtures/bad/empty.pdf'], { cwd: root, env, encoding: 'utf8' }).stderr;
}

describe('what the reviewer found', () => {
  it('parseMany in worker threads uses the rules it is given', async () => {
    // The built library: worker threads run dist/worker.js.
    const { parseMany } = await import('../dist/run/batch.js');
    const { loadRules } = await import('../dist/rules.js');
    const rules = loadRules({ dirs: [join(root, 'fixtures/rules/override')] });
    const hashes = new Set<string>();
    for await (const outcome of parseMany(GOOD.slice(0, 2).map((f) => join(root, f)), { rules, jobs: 2, timeoutMs: 60_000 })) hashes.add(outcome.result!.rules.hash);
    expect([...hashes]).toEqual([rules.hash]);
  });

  it('output that cannot be written is a status, not a stack trace', () => {
    const dir = tempDir();
    const run = jtai(['parse', GOOD[0]!, '-o', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`cannot write output: ${dir} is a folder, not a file`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const file = join(dir, 'file');
    writeFileSync(file, '');
    expect(jtai(['parse', ...GOOD, '--out-dir', file]).code).toBe(2);
  });

  it('a time limit holds for a single file too', () => {
    const run = jtai(['parse', GOOD[0]!, '--timeout', '0.001']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/timed out/);
  });

  it("a single file with a user's rules is parsed where the time limit stops it, and the timeout names the rules", () => {
    // The limit is far below any parse: a thread is stopped while "still parsing"; the main thread
    // could only refuse its result after the parse, however long it ran.
    const run = jtai(['parse', GOOD[0]!, '--rules', 'fixtures/rules/override', '--timeout', '0.001']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/timed out: still parsing after 0\.001 s \(the rules given with --rules may be the cause/);
  });

  it('JSON Lines from parse summarise, and stray JSON is refused with a message', () => {
    const dir = tempDir();
    const lines = join(dir, 'all.jsonl');
    expect(jtai(['parse', ...GOOD.slice(0, 2), '--format', 'jsonl', '-o', lines]).code).toBe(0);
    const stray = join(dir, 'stray.json');
    writeFileSync(stray, '{"letter":{},"source":{},"findings":[{}]}');
    const run = jtai(['summarise', lines, stray, '--by', 'area', '--format', 'json', '--max-failures', '1']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).letters.map((l: { area: string }) => l.area)).toEqual(['Kirklees', 'Surrey']);
    expect(run.stderr).toMatch(/stray\.json: not a JTAI letter: not a letter as jtai parse writes it: the top level has no "schemaVersion"/);
    expect(run.stderr).toMatch(/\nsummarised 2 letters from 2 inputs, by area; 1 not read: exit 0, as --max-failures 1 allows 1 failure\n$/);
  });
});

describe('JSON from jtai parse given to parse', () => {
  it('is refused alike alone and in a batch, saying which commands read it', () => {
    const json = join(tempDir(), 'surrey.json');
    expect(jtai(['parse', GOOD[0]!, '-o', json]).code).toBe(0);
    const alone = jtai(['parse', json, '-o', join(tempDir(), 'again.json')]);
    const out = tempDir();
    const batch = jtai(['parse', json, GOOD[1]!, '--out-dir', out, '--jobs', '2']);
    for (const run of [alone, batch]) {
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`${json}: not a JTAI letter: the file is JSON from jtai parse, not a letter (jtai parse reads a letter's PDF or text; jtai summarise, report and explain read this JSON)`);
    }
    expect(readdirSync(out)).toEqual(['kirklees-2022-08-18.json']);
  });
});
