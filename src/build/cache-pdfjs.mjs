// `npm run build`: V8's code cache for pdf.js (dist/pdfjs-code-cache.bin, see src/extract/pdfjs.ts),
// made after reading letters of both layouts, so that it holds the code that reading a letter runs,
// compiled. Without the letters (an installed package) it holds what pdf.js runs as it loads.
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { pdfjsCodeCacheFile, writePdfJsCodeCache } = await import(join(root, 'dist/extract/pdfjs.js'));
// Compiled from source, not from the cache being replaced.
rmSync(pdfjsCodeCacheFile, { force: true });
const { parseFile } = await import(join(root, 'dist/parse.js'));
const { preloadPdfParse } = await import(join(root, 'dist/extract/pdf.js'));
await preloadPdfParse();
const letters = ['fixtures/letters/wokingham-2017-07-14.pdf', 'fixtures/letters/leeds-2024-05-16.pdf'].map((file) => join(root, file)).filter((file) => existsSync(file));
for (const letter of letters) await parseFile(letter);
const { bytes } = writePdfJsCodeCache();
console.log(`cache-pdfjs: ${(bytes / 1048576).toFixed(1)} MB of compiled pdf.js after ${letters.length} letter(s) -> ${pdfjsCodeCacheFile}`);
