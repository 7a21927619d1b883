import type { Hash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { dirname, join } from 'node:path';

// Files that are only read through (hashed, or turned into a string or compiled code at once) are
// read into buffers kept for it. Read whole by readFileSync, each gets memory of its own, and on a
// virtual machine first touching fresh pages costs more than reading them: pdf.js's two files, the
// bundle and pdf.js's scripts (3.8 MB) took 26-32 ms of CPU read whole and hashed, 5-7 ms so.
let chunk: Buffer | undefined;
let whole: Buffer | undefined;

/** `hash`, updated with the bytes of `file` (throws as reading it would). */
export function updateWithFile(hash: Hash, file: string | URL): Hash {
  chunk ??= Buffer.allocUnsafeSlow(1 << 16);
  const descriptor = openSync(file, 'r');
  try {
    for (let read; (read = readSync(descriptor, chunk, 0, chunk.length, null)) > 0; ) hash.update(chunk.subarray(0, read));
  } finally {
    closeSync(descriptor);
  }
  return hash;
}

/** Room for the largest file read through now (pdf.js's code cache, 1.8 MB); pages never touched cost nothing. */
const WHOLE_BYTES = 4 << 20;

/**
 * The bytes of `file` (throws as reading it would), in a buffer kept for it and read into again
 * by the next call: use them (copy them into a string, compile from them) before reading another
 * file so. The bundle, its code cache, pdf.js's scripts and its code cache (4.7 MB) read each into
 * fresh memory took about 20 ms of CPU and 3,500 page faults, read so 10 ms and 2,800.
 */
export function readThrough(file: string): Buffer {
  const descriptor = openSync(file, 'r');
  try {
    let size = fstatSync(descriptor).size;
    let length = 0;
    for (;;) {
      if (!whole || whole.length < size + 1) {
        const larger = Buffer.allocUnsafeSlow(Math.max(size + 1, WHOLE_BYTES, 2 * (whole?.length ?? 0)));
        whole?.copy(larger, 0, 0, length);
        whole = larger;
      }
      const read = readSync(descriptor, whole, length, whole.length - length, null);
      if (read === 0) return whole.subarray(0, length);
      length += read;
      // A file that grew since fstat: read on into more room.
      if (length === whole.length) size = 2 * length;
    }
  } finally {
    closeSync(descriptor);
  }
}

/**
 * The version of the package `name` that code in `file`'s folder would load: the first
 * node_modules/<name> on the way up from it, where Node looks (throws if none). Read directly:
 * asking Node's resolver for the five packages cost a one-letter run 12-20 ms of CPU.
 */
export function installedVersion(file: string, name: string): string {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === name && manifest.version) return manifest.version;
    } catch {
      // not installed here: look further up
    }
    if (dirname(dir) === dir) throw new Error(`no package.json for ${name}`);
  }
}
