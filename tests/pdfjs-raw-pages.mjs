// What pdf.js itself gives for each page of each PDF named on the command line, loaded as the
// jtai package at argv[2] loads it (its patches made): every text item (text, position, width,
// font), the page's font styles, each font's properties as the display layer holds them (all but
// the font file) and the drawing operators. One JSON line a file; an error in place of what fails.
// For tests/pdfjs-patches.test.ts, which compares packages.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const [from, ...files] = process.argv.slice(2);
const { loadPdfJs } = await import(join(from, 'dist/extract/pdfjs.js'));
for (const name of ['DOMMatrix', 'ImageData', 'Path2D']) globalThis[name] ??= class NotAvailableWithoutCanvas {};
const warn = console.warn;
console.warn = () => {};
const { pdfParse, worker } = loadPdfJs();
console.warn = warn;
globalThis.pdfjsWorker = worker;
const { PDFParse } = pdfParse;

const FONT_PROPERTIES = ['name', 'loadedName', 'fallbackName', 'bold', 'black', 'italic', 'ascent', 'descent', 'vertical', 'defaultWidth', 'fontMatrix', 'bbox', 'defaultVMetrics', 'missingFile', 'remeasure', 'isType3Font', 'isInvalidPDFjsFont', 'mimetype', 'systemFontInfo', 'cssFontInfo'];
for (const file of files) {
  const parser = new PDFParse({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false, verbosity: 0, maxImageSize: 1 });
  try {
    const document = await parser.load();
    const pages = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const operators = await page.getOperatorList();
      const fonts = {};
      for (const item of content.items) {
        if (item.fontName === undefined || item.fontName in fonts || !page.commonObjs.has(item.fontName)) continue;
        const font = page.commonObjs.get(item.fontName);
        fonts[item.fontName] = Object.fromEntries(FONT_PROPERTIES.map((key) => [key, font[key]]));
      }
      const drawing = createHash('sha256').update(JSON.stringify([operators.fnArray, operators.argsArray])).digest('hex');
      pages.push({ items: content.items, styles: content.styles, fonts, drawing });
      page.cleanup();
    }
    process.stdout.write(`${JSON.stringify({ file, pages })}\n`);
  } catch (error) {
    process.stdout.write(`${JSON.stringify({ file, error: String(error?.message ?? error) })}\n`);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}
