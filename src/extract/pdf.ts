import { createRequire } from 'node:module';
import { JtaiError } from '../errors.js';
import type { ExtractedPages } from '../types.js';

export function looksLikePdf(bytes: Uint8Array): boolean {
  // The header may follow a little junk; readers accept it within the first 1024 bytes.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

// The parts of pdf.js's text content that line assembly reads.
interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}
interface PdfPage {
  getTextContent(): Promise<{ items: Array<TextItem | object> }>;
  cleanup(): void;
}
interface PdfDocument {
  numPages: number;
  getPage(number: number): Promise<PdfPage>;
}

/**
 * PDF bytes to the text of each page. pdf-parse (pdf.js) opens the document and gives the
 * positioned text; the lines are assembled here because pdf-parse's own getText() drops the
 * vertical gaps between lines, and those gaps are the only reliable sign of a paragraph's end.
 * pdf-parse is loaded lazily: it is most of the start-up cost.
 */
export async function extractPdf(bytes: Uint8Array, file: string, checkOpening?: OpeningCheck): Promise<ExtractedPages> {
  if (bytes.length === 0) throw new JtaiError('empty', 'the file is zero bytes long', file);
  if (!looksLikePdf(bytes)) throw new JtaiError('not-a-pdf', 'the file does not start with %PDF-', file);
  const { PDFParse, PasswordException, InvalidPDFException } = await loadPdfParse();
  // pdf.js may detach the buffer it is given, so give it a copy; never let fonts compile to JavaScript.
  const parser = new PDFParse({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 });
  try {
    await parser.getInfo();
    const document = (parser as unknown as { doc: PdfDocument }).doc;
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(assembleLines(content.items.filter((item): item is TextItem => 'str' in item)));
      page.cleanup();
      // Pages with no text at all are reported as such below, not judged as a letter.
      if (number === Math.min(OPENING_PAGES, document.numPages) && pages.join('').trim() !== '') {
        checkOpening?.({ format: 'pdf', pages });
      }
    }
    if (pages.join('').trim() === '') {
      throw new JtaiError('no-text-layer', `none of its ${pages.length} pages has any text`, file);
    }
    return { format: 'pdf', pages };
  } catch (error) {
    if (error instanceof JtaiError) throw error;
    if (error instanceof PasswordException) throw new JtaiError('encrypted', 'the PDF is protected by a password', file);
    if (error instanceof InvalidPDFException) {
      throw new JtaiError('corrupt', `pdf.js could not read it (${oneLine(error)})`, file);
    }
    throw new JtaiError('corrupt', `pdf.js failed while reading it (${oneLine(error)})`, file);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * Called with the first pages as soon as they are read; it throws to stop reading a document
 * that is plainly not a letter (a 300-page report need not be read to the end to know).
 */
export type OpeningCheck = (firstPages: ExtractedPages) => void;
const OPENING_PAGES = 2;

let pdfParse: Promise<typeof import('pdf-parse')> | null = null;

/**
 * pdf-parse loads pdf.js's legacy build, whose core-js polyfills replace Array.prototype.push
 * and JSON.parse for the whole process (for cases that never arise here: arrays longer than
 * 2^32, JSON.parse source access), and the replacements are several times slower: measured,
 * push alone took 8% of a batch's time. The engine's own functions are put back.
 */
export async function preloadPdfParse(): Promise<void> {
  await loadPdfParse();
}

/**
 * pdf.js builds a DOMMatrix as it loads, taken from @napi-rs/canvas, a native module it needs
 * only to render pages, which jtai never does. Installed without optional packages (npm install
 * --omit=optional, which leaves out the 30 MB native binary), the module cannot load: then
 * stand-ins let pdf.js load (text extraction does no matrix arithmetic; any use of a stand-in
 * throws, and shows as an error), and pdf.js's warning about the missing module is not shown.
 * Returns what puts console.warn back.
 */
function standInForCanvas(): () => void {
  const globals = globalThis as Record<string, unknown>;
  if (globals.DOMMatrix) return () => undefined;
  try {
    createRequire(import.meta.url)('@napi-rs/canvas');
    return () => undefined;
  } catch {
    // Not installed, or installed without its native binary.
  }
  class NotAvailableWithoutCanvas {}
  for (const name of ['DOMMatrix', 'ImageData', 'Path2D']) globals[name] ??= NotAvailableWithoutCanvas;
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!String(args[0]).includes('@napi-rs/canvas')) warn(...args);
  };
  return () => {
    console.warn = warn;
  };
}

function loadPdfParse(): Promise<typeof import('pdf-parse')> {
  pdfParse ??= (async () => {
    const push = Array.prototype.push;
    const parse = JSON.parse;
    const restoreWarnings = standInForCanvas();
    const loaded = await import('pdf-parse').finally(restoreWarnings);
    Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, configurable: true, enumerable: false });
    JSON.parse = parse;
    return loaded;
  })();
  return pdfParse;
}

interface Line {
  text: string;
  y: number;
  end: number;
  height: number;
}

/**
 * Text items to lines, with a blank line wherever the gap above a line is clearly wider than
 * the page's usual line spacing (a paragraph, bullet or heading boundary).
 */
export function assembleLines(items: TextItem[]): string {
  const lines: Line[] = [];
  let current: Line | null = null;
  let endOfLine = true;
  for (const item of items) {
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    if (item.str === '') {
      if (item.hasEOL) endOfLine = true;
      continue;
    }
    // A footnote marker is a small number raised just after the end of a line; written as a
    // superscript, cleaning knows it. (It may sit far enough up to look like a line of its own.)
    if (current !== null && /^\d{1,2}$/.test(item.str) && item.height < current.height * 0.8) {
      const rise = y - current.y;
      if (rise > 1.5 && rise < current.height && Math.abs(x - current.end) < 3) {
        current.text += [...item.str].map((digit) => SUPERSCRIPTS[Number(digit)]).join('');
        current.end = x + item.width;
        endOfLine = item.hasEOL;
        continue;
      }
    }
    const sameLine: boolean =
      current !== null && !endOfLine && Math.abs(current.y - y) <= Math.max(2, 0.45 * Math.max(current.height, item.height));
    if (!sameLine || current === null) {
      current = { text: item.str, y, end: x + item.width, height: item.height };
      lines.push(current);
    } else if (x < current.end - 1 && current.text.trimEnd().startsWith(item.str.trim().replace(/[.,;:]$/, ''))) {
      // Some producers print a line twice, one over the other; keep one copy.
      continue;
    } else {
      const gap = x - current.end;
      const needsSpace = gap > 1 && !current.text.endsWith(' ') && !item.str.startsWith(' ');
      current.text += (needsSpace ? ' ' : '') + item.str;
      current.end = Math.max(current.end, x + item.width);
      // A superscript (footnote marker) is smaller and raised; the line's own height and baseline stay.
      if (item.height > current.height) current.height = item.height;
    }
    endOfLine = item.hasEOL;
  }

  const steps = lines
    .slice(1)
    .map((line, i) => lines[i]!.y - line.y)
    .filter((step) => step > 5)
    .sort((a, b) => a - b);
  const usual = steps.length > 0 ? steps[Math.floor(steps.length / 3)]! : 0;
  const out: string[] = [];
  lines.forEach((line, i) => {
    const step = i === 0 ? 0 : lines[i - 1]!.y - line.y;
    if (i > 0 && (step <= 0 || step > usual * 1.25)) out.push('');
    out.push(line.text);
  });
  return out.join('\n');
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 200);
}
