import { randomBytes } from 'node:crypto';
import { closeSync, constants, createWriteStream, mkdirSync, openSync, readlinkSync, renameSync, rmSync, statSync, writeFileSync, type Stats, type WriteStream } from 'node:fs';
import { lstat, mkdir, readFile, readlink, rm, stat, writeFile } from 'node:fs/promises';
import { JtaiError, printableName } from '../errors.js';
import { stopEarlySignals } from './early-signals.js';
import { holdsJtaiOutput } from './output-names.js';
import { signalExitCode, STOPPING_SIGNALS } from './signals.js';
import { dirname, join, resolve } from 'node:path';

const inFlight = new Set<string>();
let cleanupInstalled = false;
/** What the run has done so far, for the line a signal prints ("3 of 14 inputs done"). */
let progressSoFar: ((signal: NodeJS.Signals) => string) | null = null;
/** Whether anything has gone to standard output: a signal then no longer says no input was done. */
let wroteStandardOutput = false;

/**
 * On Ctrl-C, a kill, or any failure that ends the process, no temporary file is left behind (and
 * no partial output ever existed). A signal also prints one line, what was done and that nothing
 * partial is left, and ends the process with the signal's exit code.
 */
function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  const removeAll = () => {
    for (const temporary of inFlight) rmSync(temporary, { force: true });
    inFlight.clear();
  };
  process.once('exit', removeAll);
  let stopping = false;
  for (const signal of STOPPING_SIGNALS) {
    // Kept, not once: Ctrl-C reaches a batch's child process twice (from the terminal, and passed
    // on by its parent), and a second signal with no listener would end it before its line.
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      removeAll();
      const done = progressSoFar ? ` ${progressSoFar(signal)};` : wroteStandardOutput ? ' standard output written in part;' : '';
      process.stderr.write(`jtai: interrupted by ${signal}:${done} no partial output left behind (each output is written whole, or not at all)\n`);
      process.exit(signalExitCode(signal));
    });
  }
  // Only now: a signal already caught but not yet handed to a listener is lost when a signal's
  // last listener goes (Node closes its watcher), so the early ones go after these are in place.
  stopEarlySignals();
}

/**
 * From now on a signal ends the run with one line saying what it had done (`describe`). `describe`
 * runs inside the signal's handler, which cannot wait: whatever it writes, it writes synchronously.
 */
export function whenInterrupted(describe: (signal: NodeJS.Signals) => string): void {
  progressSoFar = describe;
  installCleanup();
}

/**
 * Writes a file atomically: a temporary file beside it, then a rename, so an interrupted run
 * never leaves half a file. An existing file with the same content is left alone (its time
 * stamp too), so that a CI diff shows only real changes. Returns whether the file changed.
 */
export async function writeAtomic(file: string, content: string): Promise<boolean> {
  const place = placeOf(file);
  if (place.kind === 'special') {
    // A device or pipe (-o /dev/stdout, a named pipe) is written to as a shell would, never replaced by a file.
    const reader = await pipeReader(file).catch((error: unknown) => {
      throw unwritable(file, error);
    });
    try {
      await writeFile(file, content).catch((error: unknown) => {
        throw unwritable(file, error);
      });
    } finally {
      if (reader !== null) closeSync(reader);
    }
    return true;
  }
  try {
    if ((await readFile(place.target, 'utf8')) === content) return false;
  } catch {
    // No such file yet (or not readable as one): write it.
  }
  await makeFolder(file, dirname(place.target));
  const temporary = temporaryBeside(place.target);
  try {
    // Written as the string: fs.promises.writeFile first copies the whole text into a Buffer
    // (15% of a batch's main thread), where Node's synchronous writer encodes it straight to the file.
    writeFileSync(temporary, content);
  } catch (error) {
    await discard(temporary);
    throw unwritable(file, error);
  }
  await moveIntoPlace(temporary, place.target, file);
  return true;
}

/**
 * A named pipe waits for its reader, as a shell's `>` does, but not in an open() that blocks: a
 * thread held there keeps the process from exiting, even on Ctrl-C. Opened without waiting until
 * a reader is there; the descriptor is kept open until the output is written, so that the reader
 * sees no end of file in between. Null for anything else (a device).
 */
async function pipeReader(file: string): Promise<number | null> {
  if (!statSync(file).isFIFO()) return null;
  for (;;) {
    try {
      return openSync(file, constants.O_WRONLY | constants.O_NONBLOCK);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENXIO') throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * writeAtomic for a signal's handler, which cannot wait: the same temporary file beside the
 * output and rename, done synchronously (the output is always written, unchanged or not).
 */
export function writeAtomicSync(file: string, content: string): void {
  const place = placeOf(file);
  if (place.kind === 'special') {
    try {
      // A named pipe with no reader would hold the handler, and the process, for ever: opened
      // without waiting first, it says there is none (ENXIO).
      if (statSync(file).isFIFO()) closeSync(openSync(file, constants.O_WRONLY | constants.O_NONBLOCK));
      writeFileSync(file, content);
    } catch (error) {
      throw unwritable(file, error);
    }
    return;
  }
  const temporary = temporaryBeside(place.target);
  try {
    mkdirSync(dirname(place.target), { recursive: true });
    writeFileSync(temporary, content);
    renameSync(temporary, place.target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw unwritable(file, error);
  } finally {
    inFlight.delete(temporary);
  }
}

/**
 * What an output path names. A symbolic link is written through: the file it points to (even
 * one not there yet) is replaced atomically, the link kept. A character device, pipe or socket
 * is written to directly; a block device (a disk) is refused.
 */
function placeOf(file: string): { kind: 'special' } | { kind: 'file'; target: string } {
  // resolve() drops a final slash: "-o new/" would otherwise become a file named "new".
  if (/[\\/]$/.test(file)) throw folderNotFile(file);
  const info = statOrNull(file);
  if (info?.isBlockDevice()) throw new JtaiError('unwritable', 'it is a block device (a disk); jtai writes files, not disks', file);
  if (info && (info.isCharacterDevice() || info.isFIFO() || info.isSocket())) return { kind: 'special' };
  let target = resolve(file);
  for (let hops = 0; hops < 40; hops++) {
    let link: string;
    try {
      link = readlinkSync(target);
    } catch {
      break;
    }
    target = resolve(dirname(target), link);
  }
  return { kind: 'file', target };
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/**
 * Before any work: whether an output (a file, or --out-dir's folder) could be written. The nearest
 * folder on its path that exists must be a folder jtai may write into (it makes the rest when it
 * writes; nothing is made here), and a file's name must not be a folder's. Throws `unwritable`.
 */
export async function checkWritable(output: string, as: 'file' | 'folder'): Promise<void> {
  let folder = resolve(output);
  if (as === 'file') {
    const place = placeOf(output);
    if (place.kind === 'special') return;
    if (statOrNull(place.target)?.isDirectory()) throw folderNotFile(output);
    folder = dirname(place.target);
  }
  const cannotWriteInto = (at: string, error: unknown) => {
    const [reason, advice] = WRITE_FAILURES[(error as NodeJS.ErrnoException).code ?? ''] ?? [(error as Error).message, null];
    return new JtaiError('unwritable', `${reason}: the folder ${at} cannot be written into`, output, 'letter', advice);
  };
  for (let at = folder; ; at = dirname(at)) {
    let info: Stats;
    try {
      info = statSync(at);
    } catch (error) {
      // Not there (or under a file): look further up; anything else (a folder that may not be searched) stops here.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw cannotWriteInto(dirname(at), error);
      if (dirname(at) === at) return;
      continue;
    }
    if (!info.isDirectory()) throw unwritable(output, Object.assign(new Error('not a folder'), { code: 'ENOTDIR' }));
    // Tried, not asked (access() says yes to root for /sys): a temporary file is made and removed at once.
    // Made and removed synchronously, so no signal can come between: not tracked for clean-up, since
    // tracking installs the signal handlers, which in a batch's parent would end it before its child.
    const probe = temporaryName(at);
    try {
      writeFileSync(probe, '', { flag: 'wx' });
    } catch (error) {
      // In a folder that is there, ENOENT means it takes no new files (/proc), not a missing folder.
      const code = (error as NodeJS.ErrnoException).code;
      throw cannotWriteInto(at, code === 'ENOENT' ? Object.assign(new Error('no new file can be made in this folder (a special file system)'), { code: 'ENOFILES' }) : error);
    } finally {
      rmSync(probe, { force: true });
    }
    return;
  }
}

/** The output's folder, made if missing, one level at a time so that each failure is reported once (a recursive mkdir retries some for ever). */
async function makeFolder(file: string, folder: string): Promise<void> {
  try {
    await mkdir(folder);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const isFolder = code === 'EEXIST' && (await stat(folder).then((info) => info.isDirectory(), () => false));
    if (isFolder) return;
    if (code !== 'ENOENT' || dirname(folder) === folder) throw unwritable(file, error);
  }
  await makeFolder(file, dirname(folder));
  await mkdir(folder).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw unwritable(file, error);
  });
}

/** A temporary file goes, whatever stands in its way (a file where its folder should be, say). */
async function discard(temporary: string): Promise<void> {
  await rm(temporary, { force: true }).catch(() => undefined);
  inFlight.delete(temporary);
}

/** The last step of an atomic write: the finished temporary file takes the output's name. */
async function moveIntoPlace(temporary: string, target: string, file: string): Promise<void> {
  try {
    // Synchronous: an asynchronous rename is done in a libuv thread, and a signal handled before its
    // callback found the output in place but not yet counted, so the run's last line and status lines
    // missed it (seen once in CI). From here to the caller's count there is no turn of the event loop.
    renameSync(temporary, target);
  } catch (error) {
    await discard(temporary);
    throw unwritable(file, error);
  } finally {
    inFlight.delete(temporary);
  }
}

/**
 * An output of an earlier run where this run has none (its input failed, or no input parsed):
 * removed, so that the file never passes for this run's result; but only a plain file that holds
 * an output of jtai (it records a letter's source). Any other file, a link, a device or a pipe is
 * left alone: jtai never deletes what it did not write.
 */
export async function removeStale(file: string): Promise<'removed' | 'kept' | 'none'> {
  const info = await lstat(file).catch(() => null);
  if (info === null) return 'none';
  if (!info.isFile() || !(await holdsJtaiOutput(file))) return 'kept';
  await rm(file).catch((error: unknown) => {
    throw unwritable(file, error);
  });
  return 'removed';
}

/**
 * A file written piece by piece (JSON Lines), which appears only when it is complete (or never,
 * when discarded). Nothing is made (no folder, no temporary file) until the first piece comes.
 */
/**
 * writeAtomic for an output written piece by piece (JSON Lines, as each letter is parsed). `commit`
 * puts it in place, or leaves an existing file with the same bytes alone, as writeAtomic does, and
 * returns whether the file changed.
 */
export async function openAtomic(file: string): Promise<{ write(text: string): Promise<void>; commit(): Promise<boolean>; discard(): Promise<void> }> {
  const place = placeOf(file);
  const temporary = place.kind === 'file' ? temporaryBeside(place.target) : file;
  inFlight.delete(temporary); // not made yet
  let opening: Promise<WriteStream> | null = null;
  const open = () => (opening ??= (async () => {
    if (place.kind === 'file') {
      await makeFolder(file, dirname(place.target));
      inFlight.add(temporary);
    }
    const stream = createWriteStream(temporary);
    await new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject)).catch((error: unknown) => {
      inFlight.delete(temporary);
      throw unwritable(file, error);
    });
    // Errors come back through the callbacks of write and end.
    stream.on('error', () => undefined);
    return stream;
  })());
  // A failed write (a full disk, say) ends the file: the temporary file goes, and the error is reported.
  const abandon = async (stream: WriteStream, error: unknown) => {
    stream.destroy();
    if (place.kind === 'file') await discard(temporary);
    return unwritable(file, error);
  };
  return {
    write: async (text) => {
      const stream = await open();
      await new Promise<void>((resolve, reject) => stream.write(text, (error) => (error ? abandon(stream, error).then(reject) : resolve())));
    },
    commit: async () => {
      const stream = await open();
      await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? abandon(stream, error).then(reject) : resolve())));
      if (place.kind !== 'file') return true;
      if (await sameBytes(temporary, place.target)) {
        await discard(temporary);
        return false;
      }
      await moveIntoPlace(temporary, place.target, file);
      return true;
    },
    discard: async () => {
      if (opening === null) return;
      const stream = await opening;
      await new Promise<void>((resolve) => stream.end(() => resolve()));
      if (place.kind === 'file') await discard(temporary);
    },
  };
}

/** Whether `existing` is a file that holds the bytes `written` holds (false when it cannot be read). */
async function sameBytes(written: string, existing: string): Promise<boolean> {
  const [a, b] = await Promise.all([stat(written), stat(existing)]).catch(() => [null, null]);
  if (a === null || b === null || !b.isFile() || a.size !== b.size) return false;
  const [x, y] = await Promise.all([readFile(written), readFile(existing)]).catch(() => [null, null]);
  return x !== null && y !== null && x.equals(y);
}

/** A name in `folder` for a file that is not an output yet (the prefix keeps it out of every listing of outputs). */
function temporaryName(folder: string): string {
  return join(folder, `.jtai-tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
}

function temporaryBeside(file: string): string {
  const temporary = temporaryName(dirname(file));
  installCleanup();
  inFlight.add(temporary);
  return temporary;
}

/** Why a write failed, by its error code, and what to do about it. */
const WRITE_FAILURES: Record<string, [reason: string, advice: string]> = {
  ENOENT: ['a folder on its path does not exist and cannot be made', 'check the path, and that its folders can be made'],
  EACCES: ['permission denied', 'write into a folder you may write to'],
  EPERM: ['permission denied', 'write into a folder you may write to'],
  EROFS: ['the file system is read-only', 'write onto a disk that can be written to'],
  ENOSPC: ['the disk is full', 'free some space, or write onto another disk'],
  // Standard output whose reader has gone (| head that stopped, a closed pipe), and every write after that.
  EPIPE: ['standard output was closed by its reader (| head, say): the output was not all written', 'read the whole output, or write it to a file (-o FILE)'],
  ERR_STREAM_DESTROYED: ['standard output was closed by its reader (| head, say): the output was not all written', 'read the whole output, or write it to a file (-o FILE)'],
  EFBIG: ['the file is larger than this process may write (ulimit -f)', 'raise the limit (ulimit -f unlimited), or write less into one file (--out-dir)'],
  ENXIO: ['no program is reading the named pipe', "give a file, or start the pipe's reader first"],
};

/** Why an output cannot be written, and what to do about it, naming the file in the way. */
function unwritable(file: string, error: unknown): JtaiError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (code === 'EISDIR') return folderNotFile(file);
  const blocker = code === 'ENOTDIR' || code === 'EEXIST' ? fileOnPath(file) : null;
  if (blocker) return new JtaiError('unwritable', `${printableName(blocker)} is a file, so no folder can be made there`, file, 'letter', `give a path whose parts are folders, or new names that jtai makes into folders; or move ${printableName(blocker)} away`);
  const [reason, advice] = WRITE_FAILURES[code] ?? [(error as Error).message, null];
  return new JtaiError('unwritable', reason, file, 'letter', advice);
}

/**
 * Writes to standard output and waits until it has taken the text: a failure (a full disk behind
 * `> file`, say) is `cannot write output`, reported as any output's is, not a crash afterwards.
 */
export function writeStandardOutput(text: string): Promise<void> {
  // Once output has begun, the run's own handler says so (the start's says "no input done").
  installCleanup();
  wroteStandardOutput = true;
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (error) => (error ? reject(unwritable('standard output', error)) : resolve()));
  });
}

/** An output named as a folder (an existing one, or a name ending in /) where a file is written. */
function folderNotFile(file: string): JtaiError {
  const how = /[\\/]$/.test(file) ? 'ends in /, so it names a folder' : 'is a folder';
  return new JtaiError('unwritable', `${printableName(file)} ${how}, not a file`, file, 'letter', 'give the name of a file: a new name, or a path inside that folder; for jtai parse, --out-dir DIR writes a file per letter into a folder');
}

/** The nearest part of an output's path that exists and is not a folder, as the user wrote it; null if none. */
function fileOnPath(file: string): string | null {
  for (let folder = dirname(file); folder !== dirname(folder); folder = dirname(folder)) {
    let info;
    try {
      info = statSync(folder);
    } catch {
      continue; // not there, or under a file itself: look further up
    }
    return info.isDirectory() ? null : folder;
  }
  return null;
}

/**
 * Outputs that would write over an input, or over each other: the same file by any path
 * (./x and x, a symbolic or hard link). A message naming both, or null.
 */
export async function outputClash(outputs: Array<[option: string, file: string | undefined]>, inputs: string[]): Promise<string | null> {
  const identity = async (file: string): Promise<string | null> => {
    const info = await stat(file).catch(() => null);
    // A device may well be shared (-o /dev/stdout --report /dev/stderr); a file not there yet is where a write would land.
    if (info) return info.isFile() ? `${info.dev}:${info.ino}` : null;
    let place: ReturnType<typeof placeOf> | null = null;
    try {
      place = placeOf(file);
    } catch {
      // Named as a folder: no file lands there.
    }
    return place?.kind === 'file' ? place.target : null;
  };
  const inputIds = new Map<string, string>();
  for (const input of inputs) {
    if (input === '-') continue;
    const id = await identity(input);
    if (id) inputIds.set(id, input);
  }
  const seen = new Map<string, string>();
  for (const [option, file] of outputs) {
    if (file === undefined) continue;
    const id = await identity(file);
    if (!id) continue;
    const input = inputIds.get(id);
    if (input !== undefined) return `${option} ${printableName(file)} is the input ${printableName(input)}; jtai never writes over an input (give another output file)`;
    const other = seen.get(id);
    if (other !== undefined) return `${option} ${printableName(file)} is the same file as ${other}; give each output a file of its own`;
    seen.set(id, `${option} ${printableName(file)}`);
  }
  return null;
}
