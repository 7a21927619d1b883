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
  if (info.isDirectory()) throw folderGiven(file);
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
export async function extractPages(source: Source, checkOpening?: OpeningCheck, studies: readonly HeadingForms[] = []): Promise<ExtractedPages> {
  if (looksLikePdf(source.bytes) || /\.pdf$/i.test(source.file)) return extractPdf(source.bytes, source.file, checkOpening, studies);
  return extractText(source.bytes, source.file);
}

export async function extract(source: Source, checkOpening?: OpeningCheck, studies: readonly HeadingForms[] = []): Promise<{ pages: ExtractedPages; text: LetterText }> {
  const pages = await extractPages(source, checkOpening, studies);
  return { pages, text: cleanPages(pages) };
}
