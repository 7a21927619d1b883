import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, expect } from 'vitest';
import { parseFile } from '../src/parse.js';
import { schemaFile } from '../src/schema-check.js';
import type { ParseResult } from '../src/types.js';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));
/** The 13 real letters in fixtures/letters, by file name without .pdf. */
export const REAL_LETTERS = [
  'barnsley-2022-07-18', 'derby-2019-05-08', 'hampshire-2017-02-01', 'haringey-2018-01-30', 'hertfordshire-2024-12-12',
  'kirklees-2022-08-18', 'leeds-2024-05-16', 'liverpool-2016-08-03', 'medway-2018-08-03', 'sefton-2019-12-18',
  'south-tyneside-2016-04-05', 'surrey-2023-05-02', 'wokingham-2017-07-14',
];

const cache = new Map<string, Promise<ParseResult>>();
/** Parsing a PDF takes a second; tests that read the same letter share one parse. */
export function parsed(path: string): Promise<ParseResult> {
  if (!cache.has(path)) cache.set(path, parseFile(fixture(path)));
  return cache.get(path)!;
}

export function inSection(result: ParseResult, kind: string) {
  return result.findings.filter((finding) => finding.section === kind);
}

/** Runs the built command line as a user would. */
export function jtai(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [`${root}bin/jtai.js`, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const temporaryFolders: string[] = [];
// A package test's folder holds an installed node_modules: removing it can take a while on a busy machine.
afterAll(() => {
  for (const folder of temporaryFolders.splice(0)) rmSync(folder, { recursive: true, force: true });
}, 120_000);

/** A new temporary folder, removed when the tests of the file that asked for it are done. */
export function tempDir(prefix = 'jtai-test-'): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  temporaryFolders.push(folder);
  return folder;
}

/** A change to one file of pdf-parse's CommonJS build (pdf.js and its worker); it must change something. */
export type PdfJsChange = { file: 'index.cjs' | 'pdf.worker.mjs'; change: (code: string) => string };

/**
 * A copy of the built package for a test that changes it: dist/ copied (and `changeDist` may edit it),
 * package.json and rules linked; node_modules linked, or, with `changePdfJs`, a folder of links
 * but for pdf-parse's CommonJS build, copied, with one file changed.
 */
export function packageCopy(prefix: string, changeDist?: (dist: string) => void, changePdfJs?: PdfJsChange): string {
  const copy = tempDir(prefix);
  cpSync(join(root, 'dist'), join(copy, 'dist'), { recursive: true });
  for (const name of ['package.json', 'rules']) symlinkSync(join(root, name), join(copy, name));
  changeDist?.(join(copy, 'dist'));
  if (!changePdfJs) {
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
    return copy;
  }
  const modules = join(copy, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(root, 'node_modules'))) if (name !== 'pdf-parse') symlinkSync(join(root, 'node_modules', name), join(modules, name));
  const build = 'pdf-parse/dist/pdf-parse/cjs';
  mkdirSync(join(modules, build), { recursive: true });
  cpSync(join(root, 'node_modules/pdf-parse/package.json'), join(modules, 'pdf-parse/package.json'));
  for (const name of ['index.cjs', 'pdf.worker.mjs']) cpSync(join(root, 'node_modules', build, name), join(modules, build, name));
  const changedFile = join(modules, build, changePdfJs.file);
  const code = readFileSync(changedFile, 'utf8');
  const changed = changePdfJs.change(code);
  expect(changed).not.toBe(code);
  writeFileSync(changedFile, changed);
  return copy;
}

/** Changes one place in a module of a package copy's dist/ (packageCopy's changeDist): `before` must be there. */
export function changeModule(dist: string, module: string, before: string, after: string): void {
  const file = join(dist, module);
  const code = readFileSync(file, 'utf8');
  expect(code).toContain(before);
  writeFileSync(file, code.replace(before, after));
}

/** True for a day on the calendar written YYYY-MM-DD, by the platform's own calendar (not by src/schema-check.ts, which it checks). */
function isDay(text: string): boolean {
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

/** The shipped JSON schema compiled by ajv, strict, with its one format ("date") checked as JSON Schema means it. */
export function schemaValidator(options: { allErrors: boolean }) {
  const ajv = new Ajv2020({ allErrors: options.allErrors });
  ajv.addFormat('date', isDay);
  return ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
}

/** Debian's chromium run headless, offline (see the README's set-up): the report's tests and the browser-printed letters. */
export const BROWSER_ARGS = [
  '--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/**
 * `count` texts of up to `longest` characters drawn from `alphabet` by a fixed sequence (the same
 * texts every run, for each `seed`): for telling a rewrite from the code it replaced.
 */
export function randomTexts(alphabet: readonly string[], count: number, longest: number, seed: number): string[] {
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const texts: string[] = [];
  for (let n = 0; n < count; n++) {
    let text = '';
    for (let length = Math.floor(random() * (longest + 1)); length > 0; length--) text += alphabet[Math.floor(random() * alphabet.length)];
    texts.push(text);
  }
  return texts;
}
