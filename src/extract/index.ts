import type { Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { JtaiError } from '../errors.js';
import type { HeadingForms } from '../heading-forms.js';
import type { ExtractedPages, LetterText, Source } from '../types.js';
import { cleanPages } from './clean.js';
import { textRead } from '../short-run.js';
import { extractPdf, looksLikePdf, type OpeningCheck } from './pdf.js';
import { binaryInput, extractText, looksBinary } from './text.js';

export { cleanPages, normaliseLine } from './clean.js';

/**
 * Reads a file, or standard input for "-". Never modifies the input. A letter's text is held to a
 * lower limit than a PDF or JSON, judged from its first bytes before the rest is read, so that a
 * long text is refused at once rather than when its time runs out (and a long file that is no
 * text, a Word document, as binary). `json`: the caller reads JSON
 * too, so standard input opening with "{" is JSON (a .json or .jsonl file is JSON by its name).
 */
export async function readSource(file: string, options: { json?: boolean } = {}): Promise<Source> {
  if (file === '-') return { file, bytes: await readStdin(options.json === true) };
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    throw fileError(error, file);
  }
  refuseUnlessFile(info, file);
  if (info.size > MAX_INPUT_BYTES) throw tooLarge(file, info.size);
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw fileError(error, file);
  }
  try {
    if (info.size > MAX_TEXT_BYTES) {
      const head = new Uint8Array(1024);
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      const kind = sourceKind(head.subarray(0, bytesRead), file, false);
      if (kind === 'text') throw textTooLarge(file, info.size);
      if (kind === 'binary') throw binaryInput(file);
    }
    return { file, bytes: new Uint8Array(await handle.readFile()) };
  } catch (error) {
    throw error instanceof JtaiError ? error : fileError(error, file);
  } finally {
    await handle.close();
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

/**
 * A letter's text: the longest real letter's is 49 KB (pdftotext or jtai's own, fixtures/letters).
 * A 4 MB text parses in about 5 s; a 50 MB one ran into the time limit.
 */
export const MAX_TEXT_BYTES = 4 * 1024 * 1024;

/** What an input's first bytes (and its name) say it is: which size limit it is held to, or that it is no text (binary). */
function sourceKind(head: Uint8Array, file: string, jsonOpening: boolean): 'pdf' | 'json' | 'text' | 'binary' {
  if (looksLikePdf(head) || /\.pdf$/i.test(file)) return 'pdf';
  if (/\.jsonl?$/i.test(file)) return 'json';
  if (jsonOpening && Buffer.from(head).toString('latin1').trimStart().startsWith('{')) return 'json';
  return looksBinary(head) ? 'binary' : 'text';
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;

function tooLarge(file: string, size: number): JtaiError {
  return new JtaiError('too-large', `it is ${megabytes(size)}, over the ${megabytes(MAX_INPUT_BYTES)} limit`, file);
}

const TEXT_ADVICE = 'a letter\'s text is under 100 KB; check this is one letter saved as text, as pdftotext -layout LETTER.pdf writes it, or give the PDF itself';

function textTooLarge(file: string, size: number | null): JtaiError {
  const what = size === null ? `more than ${megabytes(MAX_TEXT_BYTES)} of text came on standard input` : `it is ${megabytes(size)} of text`;
  return new JtaiError('too-large', `${what}, over the ${megabytes(MAX_TEXT_BYTES)} limit for a letter's text`, file, 'letter', TEXT_ADVICE);
}

/** Standard input, read no further than its limit: a text's as soon as it is passed, with what came so far. */
async function readStdin(jsonOpening: boolean): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  let kind: ReturnType<typeof sourceKind> | null = null;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size > MAX_TEXT_BYTES) {
      kind ??= sourceKind(Buffer.concat(chunks).subarray(0, 1024), '-', jsonOpening);
      if (kind === 'text' || kind === 'binary' || size > MAX_INPUT_BYTES) {
        process.stdin.destroy();
        if (kind === 'text') throw textTooLarge('-', null);
        if (kind === 'binary') throw binaryInput('-');
        throw new JtaiError('too-large', `more than ${megabytes(MAX_INPUT_BYTES)} came on standard input, over the limit`, '-');
      }
    }
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** A PDF is known by its first bytes, not its name; a .pdf that is not one gets its own message. */
export type { OpeningCheck } from './pdf.js';

/** `studies`: the heading forms of the sections the rules print in boxes (see extractPdf). */
/**
 * `signal`: once aborted, a PDF stops between pages with the signal's reason (a JtaiError: a time
 * limit). `mainThread`: a PDF page of far more text than a letter's throws ParseInThread (see extractPdf).
 */
export async function extractPages(source: Source, checkOpening?: OpeningCheck, studies: readonly HeadingForms[] = [], signal?: AbortSignal, mainThread = false): Promise<ExtractedPages> {
  if (looksLikePdf(source.bytes) || /\.pdf$/i.test(source.file)) return extractPdf(source.bytes, source.file, checkOpening, studies, signal, mainThread);
  const pages = extractText(source.bytes, source.file);
  textRead(pages.pages);
  return pages;
}

export async function extract(source: Source, checkOpening?: OpeningCheck, studies: readonly HeadingForms[] = [], signal?: AbortSignal, mainThread = false): Promise<{ pages: ExtractedPages; text: LetterText }> {
  const pages = await extractPages(source, checkOpening, studies, signal, mainThread);
  return { pages, text: cleanPages(pages) };
}
