import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { errorCatalogue, JtaiError, type ErrorCode } from './errors.js';
import { parseFile, type ParseOptions } from './parse.js';
import { defaultJobs, parseInParallel } from './pool.js';
import type { RuleSources } from './rules.js';
import type { ParseResult } from './types.js';

// Many inputs to one outcome each. A bad input is an outcome, never an exception.

export type Status = 'parsed' | ErrorCode;

export interface Outcome {
  input: string;
  status: Status;
  /** For a failure: what is wrong and what to do, on one line. */
  message: string | null;
  result: ParseResult | null;
}

const LETTER_FILE = /\.(?:pdf|txt|text)$/i;
const GLOB = /[*?[\]{}]/;

/**
 * Files as given; folders to the letters (.pdf, .txt) inside them, recursively; globs (quoted,
 * so that they work the same on every shell) to the files they match. Sorted within each input.
 */
export async function expandInputs(inputs: string[], pattern: RegExp = LETTER_FILE): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      files.push(input);
      continue;
    }
    let kind: 'file' | 'folder' | 'missing' = 'missing';
    try {
      kind = (await stat(input)).isDirectory() ? 'folder' : 'file';
    } catch {
      // Missing: a glob, or kept so that its outcome says so.
    }
    if (kind === 'folder') files.push(...(await filesIn(input, pattern)));
    else if (kind === 'missing' && GLOB.test(input)) {
      const { glob } = await import('tinyglobby');
      files.push(...(await glob(input, { onlyFiles: true, expandDirectories: false })).sort(byName));
    } else files.push(input);
  }
  return [...new Set(files)];
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function filesIn(folder: string, pattern: RegExp): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return [folder];
  }
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => byName(a.name, b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await filesIn(path, pattern)));
    else if (pattern.test(entry.name)) found.push(path);
  }
  return found;
}

/** Letters and the JSON that `jtai parse` writes, in any mix. */
export const SUMMARY_INPUT = /\.(?:pdf|txt|text|json)$/i;

async function readParsedJson(input: string): Promise<ParseResult> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(input, 'utf8'));
  } catch (error) {
    throw new JtaiError('corrupt', `not valid JSON (${(error as Error).message})`, input);
  }
  const result = data as Partial<ParseResult>;
  if (!result || typeof result !== 'object' || !Array.isArray(result.findings) || !result.letter || !result.source) {
    throw new JtaiError('not-a-letter', 'this JSON was not written by jtai parse (no letter, source and findings)', input);
  }
  return result as ParseResult;
}

export async function parseOne(input: string, options: ParseOptions = {}): Promise<Outcome> {
  try {
    const result = /\.json$/i.test(input) ? await readParsedJson(input) : await parseFile(input, options);
    return { input, status: 'parsed', message: null, result };
  } catch (error) {
    if (error instanceof JtaiError) return { input, status: error.code, message: error.describe(), result: null };
    throw error;
  }
}

export function statusLabel(status: Status): string {
  return status === 'parsed' ? 'parsed' : errorCatalogue[status].status;
}

export interface ManyOptions extends ParseOptions {
  /** How the rules were loaded, so that worker threads can load the same. */
  ruleSources?: RuleSources;
  jobs?: number;
  timeoutMs?: number;
}

/**
 * Outcomes for many inputs, in input order. Several files go to worker threads on all cores,
 * each within a time limit; one file, one job, or standard input is parsed here.
 */
export async function* parseMany(files: string[], options: ManyOptions = {}): AsyncGenerator<Outcome> {
  const jobs = options.jobs ?? defaultJobs();
  if (files.length <= 1 || jobs <= 1 || files.includes('-')) {
    for (const file of files) yield await parseOne(file, options);
    return;
  }
  yield* parseInParallel(files, { jobs, timeoutMs: options.timeoutMs, ruleSources: options.ruleSources, includeText: options.includeText });
}
