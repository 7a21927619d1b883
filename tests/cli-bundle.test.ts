import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_PROCESS_FLAGS } from '../src/run/batch-process.js';
import { fixture, packageCopy, root, tempDir } from './helpers.js';

// The command line runs from one bundled script compiled from V8's code cache (src/start.ts,
// written by src/build/bundle-cli.mjs). The bundle changes how fast, never what: a bundle made from
// modules that have changed since is not run, nor a code cache that is damaged or was made for
// another bundle, and every way gives the same bytes.

const LETTER = fixture('letters/barnsley-2022-07-18.pdf');
const TEXT = fixture('letters/wokingham-2017-07-14.txt');

interface Run {
  /** Whether the bundle ran (null: the modules did), and whether V8 took its code cache. */
  bundle: { fromCache: boolean } | null;
  /** Which pieces of pdf.js came from their code cache (known only inside the bundle). */
  pdfjsFromCache: string[] | null;
  outputs: string[];
  help: string;
}

/** `jtai parse` of each input and `jtai --help`, in one fresh process, with the package at `from`. */
function runWith(from: string, inputs = [LETTER, TEXT]): Run {
  const out = tempDir('jtai-bundle-out-');
  const script = `
    const { loadCliBundle } = await import(${JSON.stringify(join(from, 'dist/start.js'))});
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const bundle = loadCliBundle();
    const cli = bundle?.cli ?? await import(${JSON.stringify(join(from, 'dist/cli.js'))});
    const out = ${JSON.stringify(out)};
    const outputs = [];
    for (const [index, input] of ${JSON.stringify(inputs)}.entries()) {
      const file = join(out, index + '.json');
      if (await cli.main(['node', 'jtai', 'parse', input, '-q', '-o', file]) !== 0) throw new Error('jtai parse failed on ' + input);
      outputs.push(readFileSync(file, 'utf8'));
    }
    const pdfjsFromCache = bundle ? await bundle.cli.pdfjsFromCache() : null;
    let help = '';
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = (text) => { help += text; return true; };
    await cli.main(['node', 'jtai', '--help']);
    process.stdout.write = write;
    process.stdout.write(JSON.stringify({ bundle: bundle && { fromCache: bundle.fromCache }, pdfjsFromCache, outputs, help }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout);
}

describe('the command line, bundled', () => {
  const built = runWith(root);

  it('runs from the bundle that the build made, compiled from its code cache, and pdf.js from its own', () => {
    expect(built.bundle).toEqual({ fromCache: true });
    expect(built.pdfjsFromCache).toEqual(['display', 'worker']);
    // What bin/jtai.js runs is the same.
    const viaBin = spawnSync(process.execPath, [join(root, 'bin/jtai.js'), 'parse', LETTER], { encoding: 'utf8' });
    expect(viaBin.stdout).toBe(built.outputs[0]);
  });

  // Helper 12as: on the code before (dc0faa6), which set flags by their strings in tuneForShortRun, pagesRead and
  // documentOpened, this fails (6 calls of setFlagsFromString, not 2).
  it("sets V8's flags only through short-run's table, which gives each its reset for the code cache (flagsAsAtStart)", () => {
    const sources = (readdirSync(join(root, 'src'), { recursive: true }) as string[]).filter((file) => /\.(ts|mjs)$/.test(file));
    const calls = sources.flatMap((file) => [...readFileSync(join(root, 'src', file), 'utf8').matchAll(/setFlagsFromString\(([^)]*)\)/g)].map((call) => `${file.replace(/\\/g, '/')}: ${call[1]}`));
    expect(calls).toEqual(['short-run.ts: V8_FLAGS[flag][0]', 'short-run.ts: V8_FLAGS[flag][1]']);
  });

  it('gives the same bytes as the modules it was made from', () => {
    const modules = runWith(packageCopy('jtai-bundle-', (dist) => rmSync(join(dist, 'cli-bundle.cjs'))));
    expect(modules.bundle).toBeNull();
    expect(modules.outputs).toEqual(built.outputs);
    expect(modules.help).toBe(built.help);
  });

  it('is not run when one of its modules has changed since it was made (rebuilt by tsc alone)', () => {
    const changed = runWith(packageCopy('jtai-bundle-', (dist) => {
      const cli = join(dist, 'cli.js');
      writeFileSync(cli, readFileSync(cli, 'utf8').replace("parse letters (PDF or text; - for standard input) into findings", 'parse letters, as changed after the bundle'));
    }));
    expect(changed.bundle).toBeNull();
    expect(changed.help).toContain('parse letters, as changed after the bundle');
    expect(changed.outputs).toEqual(built.outputs);
  });

  it('is not run when a dependency copied into it is no longer the version installed', () => {
    const updated = runWith(packageCopy('jtai-bundle-', (dist) => {
      const bundle = join(dist, 'cli-bundle.cjs');
      const text = readFileSync(bundle, 'utf8');
      const changed = text.replace(/\["commander","[^"]+"\]/, '["commander","0.0.1"]');
      expect(changed).not.toBe(text);
      writeFileSync(bundle, changed);
    }));
    expect(updated.bundle).toBeNull();
    expect(updated.outputs).toEqual(built.outputs);
  });

  it('is compiled from source when its code cache is damaged or made for another bundle, with the same output', () => {
    const damaged = runWith(packageCopy('jtai-bundle-', (dist) => {
      const cache = readFileSync(join(dist, 'cli-code-cache.bin'));
      cache[cache.length - 100] ^= 0xff;
      writeFileSync(join(dist, 'cli-code-cache.bin'), cache);
    }));
    const otherBundle = runWith(packageCopy('jtai-bundle-', (dist) => {
      const bundle = join(dist, 'cli-bundle.cjs');
      writeFileSync(bundle, `${readFileSync(bundle, 'utf8')}\n// another bundle of the same modules\n`);
    }));
    for (const run of [damaged, otherBundle]) {
      expect(run.bundle).toEqual({ fromCache: false });
      expect(run.outputs).toEqual(built.outputs);
    }
  });
});

/**
 * In a fresh process with a batch's V8 flags: whether the bundle is compiled from its code cache
 * there, and where a parsing thread's code came from (its ready message) when told to run the bundle,
 * as the command line's pool tells it when it runs from the bundle, with the package at `from`.
 */
function batchProcessWith(from: string): { bundle: { fromCache: boolean } | { throws: string } | null; thread: string } {
  const script = `
    const { loadCliBundle } = await import(${JSON.stringify(join(from, 'dist/start.js'))});
    const { newStopGuard } = await import(${JSON.stringify(join(from, 'dist/stop-guard.js'))});
    const { Worker } = await import('node:worker_threads');
    let bundle;
    try {
      bundle = loadCliBundle();
    } catch (error) {
      bundle = { throws: error.message };
    }
    const worker = new Worker(new URL('file://' + ${JSON.stringify(join(from, 'dist/run/worker.js'))}), { workerData: { ruleSources: {}, includeText: false, stopGuard: newStopGuard(), code: 'bundle' } });
    const ready = await new Promise((resolve) => worker.once('message', resolve));
    worker.postMessage({ end: true });
    process.stdout.write(JSON.stringify({ bundle: bundle && (bundle.throws ? bundle : { fromCache: bundle.fromCache }), thread: ready.code }));`;
  const file = join(tempDir('jtai-bundle-batch-'), 'run.mjs');
  writeFileSync(file, script);
  const run = spawnSync(process.execPath, [...BATCH_PROCESS_FLAGS, file], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout);
}

describe('a batch, bundled', () => {
  it("runs the bundle in a batch's child process from a code cache made under its flags, and in each parsing thread", () => {
    expect(batchProcessWith(root)).toEqual({ bundle: { fromCache: true }, thread: 'bundle' });
  });

  it("runs the modules in a parsing thread when one has changed since the bundle was made", () => {
    const changed = packageCopy('jtai-bundle-', (dist) => {
      const thread = join(dist, 'run/thread.js');
      writeFileSync(thread, `${readFileSync(thread, 'utf8')}\n// changed after the bundle\n`);
    });
    expect(batchProcessWith(changed)).toEqual({ bundle: null, thread: 'modules' });
  });

  // A bundle current by its first line (the modules' hashes) whose body throws as it loads.
  const throwingBundle = () =>
    packageCopy('jtai-bundle-', (dist) => {
      const bundle = join(dist, 'cli-bundle.cjs');
      const [header, ...body] = readFileSync(bundle, 'utf8').split('\n');
      writeFileSync(bundle, [header, 'throw new Error("damaged bundle body");', ...body].join('\n'));
    });

  it('runs the modules in a parsing thread when the bundle fails to load', () => {
    expect(batchProcessWith(throwingBundle())).toEqual({ bundle: { throws: 'damaged bundle body' }, thread: 'modules' });
  });

  it("never loads the bundle in the library's threads: parseMany works with a bundle that throws", () => {
    const copy = throwingBundle();
    const script = `
      const { parseMany } = await import(${JSON.stringify('PLACEHOLDER')});
      const statuses = [];
      for await (const outcome of parseMany(${JSON.stringify([fixture('letters/derby-2019-05-08.pdf'), fixture('letters/liverpool-2016-08-03.pdf')])}, { jobs: 2 })) statuses.push(outcome.status);
      process.stdout.write(JSON.stringify(statuses));`.replace('"PLACEHOLDER"', JSON.stringify(join(copy, 'dist/index.js')));
    const file = join(tempDir('jtai-bundle-library-'), 'run.mjs');
    writeFileSync(file, script);
    const run = spawnSync(process.execPath, [file], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(['parsed', 'parsed']);
  });
});

describe('the early exit', () => {
  // bin/jtai.js ends the process as soon as its output is written (exitWhenIdle, src/start.ts).
  // Exiting before a slow reader has taken standard output would cut it at one pipe buffer
  // (65536 bytes): the reader here starts only once jtai has ended, or after 4 s.
  it('leaves all of standard output for a reader that starts late', () => {
    const scratch = tempDir('jtai-exit-');
    const marker = join(scratch, 'ended');
    const letter = fixture('letters/barnsley-2022-07-18.pdf');
    const whole = spawnSync(process.execPath, [join(root, 'bin/jtai.js'), 'parse', letter, '-f', 'json'], { encoding: 'utf8' }).stdout;
    expect(Buffer.byteLength(whole)).toBeGreaterThan(65536);
    const late = spawnSync('sh', ['-c', `{ "${process.execPath}" "${join(root, 'bin/jtai.js')}" parse "${letter}" -f json 2>/dev/null; touch "${marker}"; } | (for i in $(seq 40); do [ -e "${marker}" ] && break; sleep 0.1; done; wc -c)`], { encoding: 'utf8' });
    expect(Number(late.stdout.trim())).toBe(Buffer.byteLength(whole));
  });
});
