import { JtaiError } from '../errors.js';
import type { ExtractedPages } from '../types.js';

/** UTF-8 text to pages: a form feed starts a new page, as pdftotext writes them. */
export function extractText(bytes: Uint8Array, file: string): ExtractedPages {
  if (bytes.length === 0) throw new JtaiError('empty', 'the file is zero bytes long', file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new JtaiError('not-utf8', 'the text is not valid UTF-8', file);
  }
  if (text.includes('\u0000')) throw new JtaiError('not-utf8', 'the file is binary, not text', file);
  if (text.trim() === '') throw new JtaiError('empty', 'the file has only white space', file);
  return { format: 'text', pages: text.replace(/\r\n?/g, '\n').split('\f') };
}
