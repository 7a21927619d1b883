import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { errorCatalogue, JtaiError, type ErrorCode } from './errors.js';
import { parseFile, type ParseOptions } from './parse.js';
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

/** Files as given; folders to the letters (.pdf, .txt) inside them, sorted, recursively. */
export async function expandInputs(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      files.push(input);
      continue;
    }
    let isFolder = false;
    try {
      isFolder = (await stat(input)).isDirectory();
    } catch {
      // Missing: kept, so that its outcome says so.
    }
    if (!isFolder) {
      files.push(input);
      continue;
    }
    files.push(...(await lettersIn(input)));
  }
  return files;
}

async function lettersIn(folder: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return [folder];
  }
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await lettersIn(path)));
    else if (LETTER_FILE.test(entry.name)) found.push(path);
  }
  return found;
}

export async function parseOne(input: string, options: ParseOptions = {}): Promise<Outcome> {
  try {
    return { input, status: 'parsed', message: null, result: await parseFile(input, options) };
  } catch (error) {
    if (error instanceof JtaiError) return { input, status: error.code, message: error.describe(), result: null };
    throw error;
  }
}

export function statusLabel(status: Status): string {
  return status === 'parsed' ? 'parsed' : errorCatalogue[status].status;
}
