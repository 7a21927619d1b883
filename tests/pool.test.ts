import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';
import { changeModule, fixture, packageCopy, tempDir } from './helpers.js';

// Node 20 aborts the whole process (SIGABRT, NodePlatform::ForIsolate 'data.first != nullptr') when
// worker.terminate() stops a thread while TurboFan still compiles its code in the background. A
// batch's threads are idle at its end: they are asked to end and leave by themselves, and
// terminate() is kept for a thread past its time limit (tests/batch.test.ts, limits).

describe('the end of a batch', () => {
  it('lets its idle threads end by themselves, never through terminate()', async () => {
    const terminate = vi.spyOn(Worker.prototype, 'terminate');
    try {
      const { parseInParallel } = await import('../dist/run/pool.js');
      const tasks = ['letters/barnsley-2022-07-18.pdf', 'letters/derby-2019-05-08.pdf'].map((path) => ({ file: fixture(path) }));
      const statuses: string[] = [];
      for await (const outcome of parseInParallel(tasks, { jobs: 2 })) statuses.push(outcome.status);
      expect(statuses).toEqual(['parsed', 'parsed']);
      expect(terminate).not.toHaveBeenCalled();
    } finally {
      terminate.mockRestore();
    }
  });
});

describe('a thread that dies', () => {
  it('fails its input as an internal error in one line, its name and message printable, and the batch goes on', async () => {
    // A fault put into a copy of the built package (no hook in the code): the thread throws outside
    // any parse, on the next tick after it is given an input named "dies", and so dies.
    const head = "parentPort.on('message', async ({ end, index, file, bytes }) => {";
    const copy = packageCopy('jtai-thread-dies-', (dist) => changeModule(dist, 'run/thread.js', head, `${head}\n        if (file?.includes('dies')) process.nextTick(() => { throw new RangeError('the thread died \\x1b[2J\\rhere\\nat a second line'); });`));
    const dies = join(tempDir(), 'dies\nhere.txt');
    copyFileSync(fixture('letters/wokingham-2017-07-14.txt'), dies);
    const { parseInParallel } = await import(pathToFileURL(join(copy, 'dist/run/pool.js')).href);
    const outcomes: Array<{ status: string; message: string | null }> = [];
    for await (const outcome of parseInParallel([{ file: dies }, { file: fixture('letters/derby-2019-05-08.pdf') }], { jobs: 1 })) outcomes.push(outcome);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['internal', 'parsed']);
    expect(outcomes[0]!.message).toBe(`${dies.replace('\n', '\\n')}: internal error: RangeError: the thread died \\x1b[2J\\rhere (this is a bug in jtai; please report it with the file)`);
  });
});

// A thread sends a letter of ordinary size untagged and the main thread tags it with the shipped
// rules (run/thread.ts, run/pool.ts): tagging between pdf.js's pages cost about half as much again.
describe('a letter tagged on the main thread', () => {
  it('gives the result a parse in one place gives, with its text and without', async () => {
    const { parseInParallel } = await import('../dist/run/pool.js');
    const { parseFile } = await import('../dist/parse.js');
    const files = ['letters/barnsley-2022-07-18.pdf', 'letters/wokingham-2017-07-14.txt'].map((path) => fixture(path));
    for (const includeText of [false, true]) {
      const outcomes = [];
      for await (const outcome of parseInParallel(files.map((file) => ({ file })), { jobs: 2, includeText })) outcomes.push(outcome);
      const alone = await Promise.all(files.map((file) => parseFile(file, { includeText })));
      expect(outcomes.map((outcome) => JSON.stringify(outcome.result))).toEqual(alone.map((result) => JSON.stringify(result)));
      expect(alone[0]!.findings.some((finding) => finding.themes.length > 0 && finding.agencies.length > 0)).toBe(true);
    }
  });

  it('is refused as timed out when its thread and its tagging here together outlast --timeout', async () => {
    // A wait (no CPU, so the machine's load does not matter) put before the main thread's tagging
    // in a copy of the built package: the letter's time counts it, as it counted tagging in the thread.
    const tagging = 'await tagFindings(result.findings, text, result.letter.theme, rules);';
    const copy = packageCopy('jtai-slow-tagging-', (dist) => changeModule(dist, 'run/pool.js', tagging, `Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 3000);\n            ${tagging}`));
    const { parseInParallel } = await import(pathToFileURL(join(copy, 'dist/run/pool.js')).href);
    const letter = fixture('letters/wokingham-2017-07-14.txt');
    const outcomes: Array<{ status: string; message: string | null }> = [];
    for await (const outcome of parseInParallel([{ file: letter }], { timeoutMs: 2500 })) outcomes.push(outcome);
    expect(outcomes).toEqual([{ input: letter, status: 'timed-out', message: `${letter}: timed out: still parsing after 2.5 s (raise --timeout, or check the file is a normal letter)`, result: null }]);
  });
});
