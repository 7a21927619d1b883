// Each page of each PDF named on the command line, drawn both ways jtai can read it, loaded as the
// jtai package at argv[2] loads pdf.js: the paths recorded in the text pass (the page's text
// content's jtaiDrawing) and the page's operator list read after it, as pdf.ts reads them. One
// JSON line a file: for each page, why the record is unsure (or null; its annotations, if it has
// any, asked as pdf.ts asks them), the save, restore, transform and path operators of each (the
// only ones drawnBoxes reads), the boxes and tables drawnBoxes finds in each, and the names of
// the fonts of the page's text each gives.
// For tests/pdfjs-patches.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [from, ...files] = process.argv.slice(2);
const { loadPdfJs } = await import(join(from, 'dist/extract/pdfjs.js'));
const { drawnBoxes } = await import(join(from, 'dist/extract/pdf.js'));
for (const name of ['DOMMatrix', 'ImageData', 'Path2D']) globalThis[name] ??= class NotAvailableWithoutCanvas {};
const warn = console.warn;
console.warn = () => {};
const { pdfParse, worker } = loadPdfJs();
console.warn = warn;
globalThis.pdfjsWorker = worker;
const { PDFParse } = pdfParse;

const KEPT = new Set([10, 11, 12, 91]);
/** The operators drawnBoxes reads, as JSON (typed arrays as plain arrays). */
const kept = ({ fnArray, argsArray }) => JSON.stringify(fnArray.flatMap((fn, i) => (KEPT.has(fn) ? [[fn, argsArray[i]]] : [])), (_key, value) => (ArrayBuffer.isView(value) ? Array.from(value) : value));

for (const file of files) {
  const parser = new PDFParse({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false, verbosity: 0, maxImageSize: 1 });
  try {
    const document = await parser.load();
    const pages = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const record = content.jtaiDrawing;
      const operators = await page.getOperatorList();
      const fonts = [...new Set(content.items.map((item) => item.fontName).filter((font) => font !== undefined))];
      const annotationsMayDraw = await record?.annotationsMayDraw?.();
      pages.push({
        unsure: record === undefined ? 'no record' : (record.unsure ?? (annotationsMayDraw ? 'annotations that may draw' : null)),
        annotations: annotationsMayDraw !== undefined,
        recorded: record === undefined ? null : { operators: kept(record), drawing: JSON.stringify(drawnBoxes(record)), fonts: fonts.map((font) => record.fontNames.get(font) ?? null) },
        operatorList: { operators: kept(operators), drawing: JSON.stringify(drawnBoxes(operators)), fonts: fonts.map((font) => (page.commonObjs.has(font) ? String(page.commonObjs.get(font).name ?? '') : null)) },
      });
      page.cleanup();
    }
    process.stdout.write(`${JSON.stringify({ file, pages })}\n`);
  } catch (error) {
    process.stdout.write(`${JSON.stringify({ file, error: String(error?.message ?? error) })}\n`);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}
