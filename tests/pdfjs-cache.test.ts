import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_PROCESS_FLAGS } from '../src/run/batch-process.js';
import { fixture, packageCopy, root } from './helpers.js';

// pdf.js is compiled from V8's code cache that `npm run build` writes (dist/pdfjs-code-cache.bin,
// src/extract/pdfjs.ts). The cache changes how fast, never what: a cache that is missing, stale,
// damaged, made by another V8 or refused by V8 is not used, and every way gives the same bytes.

const LETTER = fixture('letters/barnsley-2022-07-18.pdf');
const CACHE = 'dist/pdfjs-code-cache.bin';

/**
 * A copy of the built package whose code cache a test may change, and with it pdf-parse's copy of
 * pdf.js's worker (changed in place: same length).
 */
function cacheCopy(change?: (cache: Buffer) => Buffer | null, changeWorker?: (code: string) => string): string {
  const sameLength = changeWorker && ((code: string) => {
    const changed = changeWorker(code);
    expect(changed.length).toBe(code.length);
    return changed;
  });
  const copy = packageCopy('jtai-pdfjs-cache-', undefined, sameLength && { file: 'pdf.worker.mjs', change: sameLength });
  if (change) {
    const changed = change(readFileSync(join(root, CACHE)));
    if (changed === null) writeFileSync(join(copy, CACHE), '');
    else writeFileSync(join(copy, CACHE), changed);
  }
  return copy;
}

/** Parses the letter with the package at `from`, in a process of its own: the JSON, and which pieces of pdf.js came from the cache. */
function parseWith(from: string, nodeFlags: string[] = [], shortRun = false): { fromCache: string[]; json: string; canvasLoaded: boolean } {
  const script = `
    ${shortRun ? `(await import(${JSON.stringify(join(from, 'dist/short-run.js'))})).tuneForShortRun();` : ''}
    const { parseFile } = await import(${JSON.stringify(join(from, 'dist/parse.js'))});
    const { letterRenderers } = await import(${JSON.stringify(join(from, 'dist/render/letter.js'))});
    const { pdfjsFromCache } = await import(${JSON.stringify(join(from, 'dist/extract/pdfjs.js'))});
    const { createRequire } = await import('node:module');
    const json = letterRenderers.json(await parseFile(${JSON.stringify(LETTER)}));
    const canvasLoaded = Object.keys(createRequire(${JSON.stringify(join(from, 'package.json'))}).cache).some((file) => file.includes('@napi-rs'));
    process.stdout.write(JSON.stringify({ fromCache: pdfjsFromCache(), json, canvasLoaded }));`;
  const run = spawnSync(process.execPath, [...nodeFlags, '--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout);
}

/** The cache file's header (a line of JSON) with `edit` applied, the compiled code after it unchanged. */
function editHeader(edit: (header: { v8: string; entries: Array<{ name: string; source: string; data: string; length: number }> }) => void) {
  return (cache: Buffer) => {
    const newline = cache.indexOf(10);
    const header = JSON.parse(cache.subarray(0, newline).toString('utf8'));
    edit(header);
    return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), cache.subarray(newline + 1)]);
  };
}

describe('the code cache of pdf.js', () => {
  const built = parseWith(root);

  it('is written by the build and used for both pieces, the display layer and the worker', () => {
    expect(built.fromCache).toEqual(['display', 'worker']);
    expect(JSON.parse(built.json).findings.length).toBeGreaterThan(0);
  });

  it('never loads the native canvas module, which only draws pages', () => {
    expect(built.canvasLoaded).toBe(false);
  });

  // The worker's compiled code is stored last: damage near the end of the file is to it alone.
  const refused: Array<[string, (cache: Buffer) => Buffer | null, string[]]> = [
    ['an empty file', () => null, []],
    ['one made by another V8', editHeader((header) => (header.v8 = `${header.v8}.1`)), []],
    ['damaged (a byte of compiled code changed)', (cache) => {
      const damaged = Buffer.from(cache);
      damaged[damaged.length - 1000] ^= 0xff;
      return damaged;
    }, ['display']],
    ['truncated', (cache) => cache.subarray(0, cache.length - 1000), ['display']],
    ['random bytes', (cache) => Buffer.from(cache.map((_, index) => (index * 7919) % 251)), []],
  ];
  it.each(refused)('is not used where it is %s, and the output is the same', (_name, change, used) => {
    const run = parseWith(cacheCopy(change));
    expect(run.fromCache).toEqual(used);
    expect(run.json).toBe(built.json);
  });

  it('is not used for a pdf.js that changed since (same length: V8 alone would take it), and the output is the same', () => {
    const copy = cacheCopy(undefined, (worker) => worker.replace('Worker was terminated.', 'Worker was terminatex.'));
    const run = parseWith(copy);
    expect(run.fromCache).toEqual(['display']);
    expect(run.json).toBe(built.json);
  });

  it('has a second form for a process tuned to parse one input (other V8 flags), used there, and the output is the same', () => {
    const run = parseWith(root, [], true);
    expect(run.fromCache).toEqual(['display', 'worker']);
    expect(run.json).toBe(built.json);
  });

  it('has a third form for the V8 flags of a batch\'s child process, whose threads share them, used there, and the output is the same', () => {
    const run = parseWith(root, [...BATCH_PROCESS_FLAGS]);
    expect(run.fromCache).toEqual(['display', 'worker']);
    expect(run.json).toBe(built.json);
  });

  it('is not used when V8 refuses it (run with other V8 flags), and the output is the same', () => {
    const run = parseWith(root, ['--max-semi-space-size=32']);
    expect(run.fromCache).toEqual([]);
    expect(run.json).toBe(built.json);
  });
});
