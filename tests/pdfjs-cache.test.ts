import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toAscii } from '../src/build/ascii-script.mjs';
import { BATCH_PROCESS_FLAGS } from '../src/run/batch-process.js';
import { fixture, packageCopy, root } from './helpers.js';

// pdf.js is compiled from V8's code cache that `npm run build` writes (dist/pdfjs-code-cache.bin,
// src/extract/pdfjs.ts). The cache changes how fast, never what: a cache that is missing, stale,
// damaged, made by another V8 or refused by V8 is not used, and every way gives the same bytes.

const LETTER = fixture('letters/barnsley-2022-07-18.pdf');
const CACHE = 'dist/pdfjs-code-cache.bin';
const SCRIPTS = 'dist/pdfjs-scripts.txt';

/**
 * A copy of the built package whose code cache a test may change, and with it pdf-parse's copy of
 * pdf.js's worker (changed in place: same length).
 */
function cacheCopy(change?: (cache: Buffer) => Buffer | null, changeWorker?: (code: string) => string, file = CACHE): string {
  const sameLength = changeWorker && ((code: string) => {
    const changed = changeWorker(code);
    expect(changed.length).toBe(code.length);
    return changed;
  });
  const copy = packageCopy('jtai-pdfjs-cache-', undefined, sameLength && { file: 'pdf.worker.mjs', change: sameLength });
  if (change) {
    const changed = change(readFileSync(join(root, file)));
    if (changed === null) writeFileSync(join(copy, file), '');
    else writeFileSync(join(copy, file), changed);
  }
  return copy;
}

/**
 * Parses the letter with the package at `from`, in a process of its own: the JSON, which pieces
 * of pdf.js came from the cache, and which from the build's scripts.
 */
function parseWith(from: string, nodeFlags: string[] = [], shortRun = false): { fromCache: string[]; builtScripts: string[]; json: string; canvasLoaded: boolean } {
  const script = `
    ${shortRun ? `(await import(${JSON.stringify(join(from, 'dist/short-run.js'))})).tuneForShortRun();` : ''}
    const { parseFile } = await import(${JSON.stringify(join(from, 'dist/parse.js'))});
    const { letterRenderers } = await import(${JSON.stringify(join(from, 'dist/render/letter.js'))});
    const { pdfjsBuiltScripts, pdfjsFromCache } = await import(${JSON.stringify(join(from, 'dist/extract/pdfjs.js'))});
    const { createRequire } = await import('node:module');
    const json = letterRenderers.json(await parseFile(${JSON.stringify(LETTER)}));
    const canvasLoaded = Object.keys(createRequire(${JSON.stringify(join(from, 'package.json'))}).cache).some((file) => file.includes('@napi-rs'));
    process.stdout.write(JSON.stringify({ fromCache: pdfjsFromCache(), builtScripts: pdfjsBuiltScripts(), json, canvasLoaded }));`;
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
    expect(built.builtScripts).toEqual(['display', 'worker']);
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

  it('is not used for a pdf.js that changed since (same length: V8 alone would take it), nor is the build\'s script of it, and the output is the same', () => {
    const copy = cacheCopy(undefined, (worker) => worker.replace('Worker was terminated.', 'Worker was terminatex.'));
    const run = parseWith(copy);
    expect(run.fromCache).toEqual(['display']);
    expect(run.builtScripts).toEqual(['display']);
    expect(run.json).toBe(built.json);
  });

  // The build's scripts (pdf.js patched and wrapped, dist/pdfjs-scripts.txt): the worker's is stored last.
  const scriptsRefused: Array<[string, (scripts: Buffer) => Buffer | null, string[]]> = [
    ['missing (an empty file)', () => null, []],
    ['changed (a byte of the worker\'s script, same length)', (scripts) => Buffer.from(scripts.toString('latin1').replace('this.jtaiInflateTried=!0', 'this.jtaiInflateTried=!1'), 'latin1'), ['display']],
    ['truncated', (scripts) => scripts.subarray(0, scripts.length - 1000), ['display']],
    ['made from another pdf.js (its source in the header changed)', (scripts) => {
      const newline = scripts.indexOf(10);
      const header = JSON.parse(scripts.subarray(0, newline).toString('utf8'));
      header.entries[1].source = header.entries[0].source;
      return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), scripts.subarray(newline + 1)]);
    }, ['display']],
  ];
  it.each(scriptsRefused)('the build\'s script of pdf.js is not used where it is %s: that piece is patched as it loads, compiled without the code cache (made for the build\'s script), and the output is the same', (_name, change, used) => {
    const run = parseWith(cacheCopy(change, undefined, SCRIPTS));
    expect(run.builtScripts).toEqual(used);
    expect(run.fromCache).toEqual(used);
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

describe("the build's scripts of pdf.js, in ASCII (src/build/ascii-script.mjs)", () => {
  it('write each non-ASCII character of a string literal as an escape, the same string', () => {
    const script = 'const s = "caf\u00e9 \u0442\u0435\u0441\u0442 \ufb05 \ud83d\ude00"; s;';
    const ascii = toAscii(script);
    expect(ascii).toMatch(/^[\x00-\x7f]*$/);
    expect(eval(ascii!)).toBe(eval(script));
  });

  it.each([
    ['a tagged template (its raw text would change)', 'String.raw`caf\u00e9`'],
    ['an identifier', 'const caf\u00e9 = 1;'],
    ['a regular expression', '/caf\u00e9/.test(x)'],
    ['a comment', '// caf\u00e9\nx;'],
    ['a character after a backslash in a string (the escape would be read as text)', '"caf\\\u00e9"'],
  ])('leave a script as it is where a non-ASCII character stands in %s', (_name, script) => {
    expect(toAscii(script)).toBeNull();
  });

  it('are what the build wrote: pure ASCII', () => {
    expect(readFileSync(join(root, SCRIPTS)).every((byte) => byte < 0x80)).toBe(true);
  });
});
