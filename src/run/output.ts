import { randomBytes } from 'node:crypto';
import { createWriteStream, rmSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { JtaiError } from '../errors.js';
import { dirname, join } from 'node:path';

/**
 * Writes a file atomically: a temporary file beside it, then a rename, so an interrupted run
 * never leaves half a file. An existing file with the same content is left alone (its time
 * stamp too), so that a CI diff shows only real changes. Returns whether the file changed.
 */
const inFlight = new Set<string>();
let cleanupInstalled = false;

/**
 * On Ctrl-C, a kill, or any failure that ends the process, no temporary file is left behind (and
 * no partial output ever existed).
 */
function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  const removeAll = () => {
    for (const temporary of inFlight) rmSync(temporary, { force: true });
    inFlight.clear();
  };
  process.once('exit', removeAll);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      removeAll();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}

export async function writeAtomic(file: string, content: string): Promise<boolean> {
  try {
    if ((await readFile(file, 'utf8')) === content) return false;
  } catch {
    // No such file yet (or not readable as one): write it.
  }
  const temporary = temporaryBeside(file);
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(temporary, content);
  } catch (error) {
    await rm(temporary, { force: true });
    inFlight.delete(temporary);
    throw unwritable(file, error);
  }
  await moveIntoPlace(temporary, file);
  return true;
}

/** The last step of an atomic write: the finished temporary file takes the output's name. */
async function moveIntoPlace(temporary: string, file: string): Promise<void> {
  try {
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw unwritable(file, error);
  } finally {
    inFlight.delete(temporary);
  }
}

/** A file written piece by piece (JSON Lines), which appears only when it is complete. */
export async function openAtomic(file: string): Promise<{ write(text: string): Promise<void>; commit(): Promise<void> }> {
  try {
    await mkdir(dirname(file), { recursive: true });
  } catch (error) {
    throw unwritable(file, error);
  }
  const temporary = temporaryBeside(file);
  const stream = createWriteStream(temporary);
  const opened = new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject));
  await opened.catch((error: unknown) => {
    inFlight.delete(temporary);
    throw unwritable(file, error);
  });
  // Errors come back through the callbacks of write and end.
  stream.on('error', () => undefined);
  // A failed write (a full disk, say) ends the file: the temporary file goes, and the error is reported.
  const abandon = async (error: unknown) => {
    stream.destroy();
    await rm(temporary, { force: true });
    inFlight.delete(temporary);
    return unwritable(file, error);
  };
  return {
    write: (text) => new Promise<void>((resolve, reject) => stream.write(text, (error) => (error ? abandon(error).then(reject) : resolve()))),
    commit: async () => {
      await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? abandon(error).then(reject) : resolve())));
      await moveIntoPlace(temporary, file);
    },
  };
}

function temporaryBeside(file: string): string {
  const temporary = join(dirname(file), `.jtai-tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  installCleanup();
  inFlight.add(temporary);
  return temporary;
}

function unwritable(file: string, error: unknown): JtaiError {
  const code = (error as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = { EISDIR: 'it is a folder', EEXIST: 'a file stands where a folder is needed', ENOTDIR: 'a file stands where a folder is needed', EACCES: 'permission denied', EROFS: 'read-only file system', ENOSPC: 'the disk is full', EFBIG: 'the file is larger than this process may write (ulimit -f)' };
  return new JtaiError('unwritable', reasons[code ?? ''] ?? (error as Error).message, file);
}
