import { readdir, readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { errorCatalogue, JtaiError, type ErrorCode } from './errors.js';
import { parseFile, type ParseOptions } from './parse.js';
import { defaultJobs, parseInParallel } from './pool.js';
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
      files.push(...(await glob(input, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(input) })).sort(byName));
    } else files.push(input);
  }
  // The same file named twice (by path and by glob, say) is parsed once.
  const seen = new Set<string>();
  return files.filter((file) => {
    const key = file === '-' ? file : resolve(file);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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
export const SUMMARY_INPUT = /\.(?:pdf|txt|text|json|jsonl)$/i;

/** JSON written by `jtai parse`: checked for the fields the summary reads, so a stray JSON file gets a message, not a crash. */
function asParseResult(data: unknown, where: string): ParseResult {
  const result = data as Partial<ParseResult> | null;
  const ok =
    typeof result === 'object' && result !== null &&
    typeof result.schemaVersion === 'string' &&
    typeof result.letter === 'object' && result.letter !== null && typeof result.letter.layout === 'string' &&
    typeof result.source === 'object' && result.source !== null && typeof result.source.sha256 === 'string' &&
    Array.isArray(result.findings) &&
    result.findings.every((f) =>
      typeof f?.text === 'string' && typeof f.id === 'string' && typeof f.stance === 'string' && Array.isArray(f.pages) &&
      Array.isArray(f.agencies) && Array.isArray(f.themes) &&
      [...f.agencies, ...f.themes].every((tag) => typeof tag?.id === 'string' && Array.isArray(tag.path)));
  if (!ok) throw new JtaiError('not-a-letter', `${where} is not a letter written by jtai parse (schema 1.0)`);
  return result as ParseResult;
}

/** A .json file from `jtai parse`, or each line of a .jsonl file from `jtai parse --format jsonl`. */
export async function readParsedJson(input: string): Promise<ParseResult[]> {
  let text: string;
  try {
    text = await readFile(input, 'utf8');
  } catch (error) {
    throw new JtaiError(((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not-found' : 'unreadable'), (error as Error).message, input);
  }
  return parsedJsonText(text, /\.jsonl$/i.test(input), input);
}

/** JSON already read (from standard input, say): JSON Lines from `jtai parse --format jsonl`, or one document. */
export function parsedJsonText(text: string, lines: boolean, input: string): ParseResult[] {
  try {
    if (lines) {
      return text.split('\n').filter((line) => line.trim() !== '').map((line, i) => asParseResult(JSON.parse(line), `line ${i + 1}`));
    }
    return [asParseResult(JSON.parse(text), 'the file')];
  } catch (error) {
    if (error instanceof JtaiError) throw new JtaiError(error.code, error.message, input);
    throw new JtaiError('corrupt', `not valid JSON (${(error as Error).message})`, input);
  }
}

export async function parseOne(input: string, options: ParseOptions = {}): Promise<Outcome> {
  try {
    const result = /\.json$/i.test(input) ? (await readParsedJson(input))[0]! : await parseFile(input, options);
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
  jobs?: number;
  timeoutMs?: number;
}

/**
 * Outcomes for many inputs, in input order. Several files go to worker threads on all cores,
 * each within a time limit; one file, one job, or standard input is parsed here.
 */
export async function* parseMany(files: string[], options: ManyOptions = {}): AsyncGenerator<Outcome> {
  const jobs = options.jobs ?? defaultJobs();
  // Standard input can only be read here; and a library call for one file with no time limit
  // need not start a thread. Anything else goes to worker threads, where time limits hold.
  if (files.includes('-') || (files.length <= 1 && options.timeoutMs === undefined)) {
    for (const file of files) yield await parseOne(file, options);
    return;
  }
  yield* parseInParallel(files, { jobs, timeoutMs: options.timeoutMs, ruleSources: options.rules?.sources ?? {}, includeText: options.includeText });
}
