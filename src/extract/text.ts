import { emptyInput, JtaiError } from '../errors.js';
import type { ExtractedPages } from '../types.js';

/** A byte-order mark says a text's encoding (Windows editors write UTF-16 with one); without one, UTF-8. */
function encodingOf(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | 'utf-8' {
  return bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
}

/**
 * Whether these bytes (a whole file, or its first ones) are no text: a NUL byte outside UTF-16. A
 * Word document (a zip), an image or an archive holds NULs in its first bytes; a text never does.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  return encodingOf(bytes) === 'utf-8' && bytes.includes(0);
}

/** A file that is neither a PDF nor text: said so, not "not valid UTF-8" or "N MB of text". */
export function binaryInput(file: string): JtaiError {
  return new JtaiError('not-utf8', 'the file is binary, not text', file, 'letter', "jtai reads a letter's PDF or its text: give the PDF, or its text as pdftotext -layout LETTER.pdf writes it");
}

/** UTF-8 text to pages: a form feed starts a new page, as pdftotext writes them. */
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
