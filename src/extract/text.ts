import { emptyInput, JtaiError } from '../errors.js';
import type { ExtractedPages } from '../types.js';

/** UTF-8 text to pages: a form feed starts a new page, as pdftotext writes them. */
export function extractText(bytes: Uint8Array, file: string): ExtractedPages {
  if (bytes.length === 0) throw emptyInput(file, false);
  // A byte-order mark says the encoding (Windows editors write UTF-16 with one); without one, UTF-8.
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new JtaiError('not-utf8', encoding === 'utf-8' ? 'the text is not valid UTF-8' : `the text is not valid ${encoding.toUpperCase()}`, file);
  }
  if (text.includes('\u0000')) throw new JtaiError('not-utf8', 'the file is binary, not text', file);
  if (text.trim() === '') throw emptyInput(file, true);
  return { format: 'text', pages: text.replace(/\r\n?/g, '\n').split('\f') };
}
