import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Writes a file atomically: a temporary file beside it, then a rename, so an interrupted run
 * never leaves half a file. An existing file with the same content is left alone (its time
 * stamp too), so that a CI diff shows only real changes. Returns whether the file changed.
 */
export async function writeAtomic(file: string, content: string): Promise<boolean> {
  try {
    if ((await readFile(file, 'utf8')) === content) return false;
  } catch {
    // No such file yet: write it.
  }
  await mkdir(dirname(file), { recursive: true });
  const temporary = join(dirname(file), `.jtai-tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await writeFile(temporary, content);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return true;
}

/** A file name from the letter's area and date ("wokingham-2017-07-14"), or from the input's name. */
export function outputName(area: string | null, date: string | null, input: string): string {
  const slug = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  if (area && date) return `${slug(area)}-${date}`;
  const base = input === '-' ? 'stdin' : input.split(/[\\/]/).pop()!.replace(/\.[^.]+$/, '');
  return slug(base) || 'letter';
}
