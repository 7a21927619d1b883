// `npm run build`: V8's code cache for pdf.js (dist/pdfjs-code-cache.bin, see src/extract/pdfjs.ts),
// made after reading letters of both layouts, so that it holds the code that reading a letter runs,
// compiled. Without the letters (an installed package) it holds what pdf.js runs as it loads.
// V8 takes a cache only under the flags it was made with, so there is one for each way jtai runs:
// with --short-run, for a process tuned to parse one input (src/short-run.ts); with
// --batch-process, for the threads of a batch's child process, made in a process started with its
// flags (src/run/batch-process.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { BATCH_PROCESS_FLAGS, isBatchProcess } = await import(join(root, 'dist/run/batch-process.js'));
if (process.argv.includes('--batch-process') && !isBatchProcess()) {
  const run = spawnSync(process.execPath, [...BATCH_PROCESS_FLAGS, ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}
if (process.argv.includes('--short-run')) (await import(join(root, 'dist/short-run.js'))).tuneForShortRun();
const { codeCacheForThisProcess, writePdfJsCodeCache } = await import(join(root, 'dist/extract/pdfjs.js'));
const file = codeCacheForThisProcess();
// Compiled from source, not from the cache being replaced.
rmSync(file, { force: true });
const { parseFile } = await import(join(root, 'dist/parse.js'));
const { preloadPdfParse } = await import(join(root, 'dist/extract/pdf.js'));
await preloadPdfParse();
const letters = ['fixtures/letters/wokingham-2017-07-14.pdf', 'fixtures/letters/leeds-2024-05-16.pdf'].map((file) => join(root, file)).filter((file) => existsSync(file));
for (const letter of letters) await parseFile(letter);
const { bytes } = writePdfJsCodeCache(file);
console.log(`cache-pdfjs: ${(bytes / 1048576).toFixed(1)} MB of compiled pdf.js after ${letters.length} letter(s) -> ${file}`);
