import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { parseFile } from '../src/parse.js';
import type { ParseResult } from '../src/types.js';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));

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
