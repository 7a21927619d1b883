import { readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { pushAll } from '../long-arrays.js';

// The inputs a command names, as files. Apart from the pipeline, so that a batch can count its
// inputs (and hand over to its child process) before loading any of it.

const LETTER_FILE = /\.(?:pdf|txt|text)$/i;
const GLOB = /[*?[\]{}]/;

/**
 * Files as given; folders to the letters (.pdf, .txt) inside them, recursively; globs (quoted,
 * so that they work the same on every shell) to the letters they match, or else to every file they
 * match. Sorted within each input. A folder given that holds none is added to `emptyFolders`.
 */
export async function expandInputs(inputs: string[], pattern: RegExp = LETTER_FILE, emptyFolders?: string[]): Promise<string[]> {
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
    if (kind === 'folder') {
      const found = await filesIn(input, pattern);
      if (found.length === 0) emptyFolders?.push(input);
      pushAll(files, found);
    }
    else if (kind === 'missing' && GLOB.test(input)) {
      const { glob } = await import('tinyglobby');
      const matched = await glob(input, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(input) });
      // A pattern that matches letters takes them alone, as a folder does, so that a glob that also
      // matches an earlier run's outputs ('letters/*' with --out-dir letters) never reads them as
      // letters. One that matches only other files gives each its own status; one that matches
      // nothing is an input not found, as a missing file is: never dropped silently.
      const letters = matched.filter((name) => pattern.test(name));
      pushAll(files, letters.length > 0 ? letters.sort(byName) : matched.length > 0 ? matched.sort(byName) : [input]);
    } else files.push(input);
  }
  // The same file named twice (by path and by glob, say, or through a symbolic link, or a
  // link loop a glob walks round) is parsed once.
  const seen = new Set<string>();
  const distinct: string[] = [];
  for (const file of files) {
    const key = file === '-' ? file : await realpath(file).catch(() => resolve(file));
    if (seen.has(key)) continue;
    seen.add(key);
    distinct.push(file);
  }
  return distinct;
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
    if (entry.isDirectory()) pushAll(found, await filesIn(path, pattern));
    else if (pattern.test(entry.name)) found.push(path);
  }
  return found;
}
