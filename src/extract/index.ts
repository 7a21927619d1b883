import type { Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { JtaiError } from '../errors.js';
import type { HeadingForms } from '../heading-forms.js';
import type { ExtractedPages, LetterText, Source } from '../types.js';
import { cleanPages } from './clean.js';
import { extractPdf, looksLikePdf, type OpeningCheck } from './pdf.js';
import { extractText } from './text.js';

export { cleanPages, normaliseLine } from './clean.js';

/** Reads a file, or standard input for "-". Never modifies the input. */
export async function readSource(file: string, maxBytes = MAX_INPUT_BYTES): Promise<Source> {
  if (file === '-') return { file, bytes: await readStdin(maxBytes) };
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    throw fileError(error, file);
  }
  refuseUnlessFile(info, file);
  if (info.size > maxBytes) throw tooLarge(file, info.size, maxBytes);
  try {
    return { file, bytes: new Uint8Array(await readFile(file)) };
  } catch (error) {
    throw fileError(error, file);
  }
}

/** A file that could not be read, said as a person would: missing, not allowed, or a folder. */
export function fileError(error: unknown, file: string): JtaiError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new JtaiError('not-found', 'no such file', file);
  if (code === 'EISDIR') return folderGiven(file);
  if (code === 'EACCES' || code === 'EPERM') return new JtaiError('unreadable', 'permission denied', file);
  return new JtaiError('unreadable', (error as Error).message, file);
}

/**
 * Only a plain file is read as an input. A named pipe, socket or device has no end that jtai can
 * count on: opening a pipe waits for a writer, in a thread that no time limit or signal can free
 * (Node then cannot even exit). Refused from its stat, before it is opened; a pipe's bytes can
 * come in on standard input instead.
 */
export function refuseUnlessFile(info: Stats, file: string): void {
  if (info.isDirectory()) throw folderGiven(file);
  if (info.isFile()) return;
  const kind = info.isFIFO() ? 'a named pipe (FIFO)' : info.isSocket() ? 'a socket' : info.isCharacterDevice() ? 'a character device' : info.isBlockDevice() ? 'a block device (a disk)' : 'not a plain file';
  throw new JtaiError('not-a-file', `it is ${kind}, not a file`, file, 'letter', `give a letter saved as a file, or send what the pipe gives to standard input: jtai parse - < ${file}`);
}

/** A folder where one file is wanted (jtai explain DIR): permissions are not the problem. */
function folderGiven(file: string): JtaiError {
  return new JtaiError('unreadable', 'it is a folder, not a file', file, 'letter', 'give one file in it: a letter (PDF or text), or JSON from jtai parse; parse, summarise and report take folders');
}

/** Files and standard input alike: letters are a few hundred kilobytes. */
export const MAX_INPUT_BYTES = 100 * 1024 * 1024;

function tooLarge(file: string, size: number, maxBytes: number): JtaiError {
  return new JtaiError('too-large', `it is ${Math.round(size / 1048576)} MB, over the ${Math.round(maxBytes / 1048576)} MB limit`, file);
}

/** Standard input, read no further than the limit. */
async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      process.stdin.destroy();
      throw new JtaiError('too-large', `more than ${Math.round(maxBytes / 1048576)} MB came on standard input, over the limit`, '-');
    }
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** A PDF is known by its first bytes, not its name; a .pdf that is not one gets its own message. */
export type { OpeningCheck } from './pdf.js';

/** `studies`: the heading forms of the sections the rules print in boxes (see extractPdf). */
/** `signal`: once aborted, a PDF stops between pages with the signal's reason (a JtaiError: a time limit). */
export async function extractPages(source: Source, checkOpening?: OpeningCheck, studies: readonly HeadingForms[] = [], signal?: AbortSignal): Promise<ExtractedPages> {
  if (looksLikePdf(source.bytes) || /\.pdf$/i.test(source.file)) return extractPdf(source.bytes, source.file, checkOpening, studies, signal);
  return extractText(source.bytes, source.file);
}

export async function extract(source: Source, checkOpening?: OpeningCheck, studies: readonly HeadingForms[] = [], signal?: AbortSignal): Promise<{ pages: ExtractedPages; text: LetterText }> {
  const pages = await extractPages(source, checkOpening, studies, signal);
  return { pages, text: cleanPages(pages) };
}
