import type { Hash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';

// Files read only to be hashed (to tell whether what the build made from them is current) are read
// a chunk at a time into one buffer kept for it. Read whole, each gets memory of its own, and on a
// virtual machine first touching fresh pages costs more than hashing them: pdf.js's two files, the
// bundle and pdf.js's scripts (3.8 MB) took 26-32 ms of CPU read whole and hashed, 5-7 ms so.
let chunk: Buffer | undefined;

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
