// `npm run build`: V8's code cache for pdf.js (dist/pdfjs-code-cache.bin, see src/extract/pdfjs.ts),
// made after reading letters of both layouts, so that it holds the code that reading a letter runs,
// compiled. Without the letters (an installed package) it holds what pdf.js runs as it loads.
// With --short-run, the cache for a process tuned to parse one input (src/short-run.ts), made
// under the same V8 flags, which V8 requires (dist/pdfjs-code-cache-short-run.bin).
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
if (process.argv.includes('--short-run')) (await import(join(root, 'dist/short-run.js'))).tuneForShortRun();
const { pdfjsCodeCacheFile, pdfjsShortRunCodeCacheFile, writePdfJsCodeCache } = await import(join(root, 'dist/extract/pdfjs.js'));
const { isShortRun } = await import(join(root, 'dist/short-run.js'));
const file = isShortRun() ? pdfjsShortRunCodeCacheFile : pdfjsCodeCacheFile;
// Compiled from source, not from the cache being replaced.
rmSync(file, { force: true });
const { parseFile } = await import(join(root, 'dist/parse.js'));
const { preloadPdfParse } = await import(join(root, 'dist/extract/pdf.js'));
await preloadPdfParse();
const letters = ['fixtures/letters/wokingham-2017-07-14.pdf', 'fixtures/letters/leeds-2024-05-16.pdf'].map((file) => join(root, file)).filter((file) => existsSync(file));
for (const letter of letters) await parseFile(letter);
const { bytes } = writePdfJsCodeCache(file);
console.log(`cache-pdfjs: ${(bytes / 1048576).toFixed(1)} MB of compiled pdf.js after ${letters.length} letter(s) -> ${file}`);
