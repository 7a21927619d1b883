import { emptyInput, JtaiError } from '../errors.js';
import type { ExtractedPages } from '../types.js';

/** How many of a text's first bytes are looked at to tell UTF-16 without a byte-order mark (as much as a file's head holds). */
const SNIFFED_BYTES = 1024;

/**
 * Whether the first bytes are UTF-16 of a Latin-script text with no byte-order mark (as
 * `iconv -t utf-16le` writes it): nearly every 16-bit unit a printable ASCII character or a line
 * break, its high byte NUL. A zip or an image has NULs too, but not as every other byte.
 */
function looksUtf16(bytes: Uint8Array, highByteFirst: boolean): boolean {
  const units = Math.floor(Math.min(bytes.length, SNIFFED_BYTES) / 2);
  if (units === 0) return false;
  let textUnits = 0;
  for (let i = 0; i < units; i++) {
    const high = bytes[2 * i + (highByteFirst ? 0 : 1)]!;
    const low = bytes[2 * i + (highByteFirst ? 1 : 0)]!;
    if (high === 0 && ((low >= 0x20 && low < 0x7f) || low === 0x09 || low === 0x0a || low === 0x0c || low === 0x0d)) textUnits++;
  }
  // Curly quotes and dashes have a high byte of 0x20: a letter's text has a few in a hundred.
  return textUnits >= 0.9 * units;
}

/**
 * A text's encoding: a byte-order mark says it (Windows editors write UTF-16 with one); without
 * one, UTF-16 is known by its NUL high bytes (a UTF-8 text has no NUL); otherwise UTF-8.
 */
function encodingOf(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | 'utf-8' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (!bytes.subarray(0, SNIFFED_BYTES).includes(0)) return 'utf-8';
  return looksUtf16(bytes, false) ? 'utf-16le' : looksUtf16(bytes, true) ? 'utf-16be' : 'utf-8';
}

/**
 * Whether these bytes (a whole file, or its first ones) are no text: a NUL byte outside UTF-16. A
 * Word document (a zip), an image or an archive holds NULs in its first bytes; a UTF-8 text never does.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  return encodingOf(bytes) === 'utf-8' && bytes.includes(0);
}

/** A file that is neither a PDF nor text: said so, not "not valid UTF-8" or "N MB of text". */
export function binaryInput(file: string): JtaiError {
  return new JtaiError('not-utf8', 'the file is binary, not text', file, 'letter', "jtai reads a letter's PDF or its text: give the PDF, or its text as pdftotext -layout LETTER.pdf writes it");
}

/** Text (UTF-8 or UTF-16) to pages: a form feed starts a new page, as pdftotext writes them. */
export function extractText(bytes: Uint8Array, file: string): ExtractedPages {
  if (bytes.length === 0) throw emptyInput(file, false);
  if (looksBinary(bytes)) throw binaryInput(file);
  const encoding = encodingOf(bytes);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new JtaiError('not-utf8', encoding === 'utf-8' ? 'the text is not valid UTF-8' : `the text is not valid ${encoding.toUpperCase()}`, file);
  }
  if (text.includes('\u0000')) throw binaryInput(file);
  if (text.trim() === '') throw emptyInput(file, true);
  return { format: 'text', pages: text.replace(/\r\n?/g, '\n').split('\f') };
}
