// `npm run build`: pdf.js's two pieces as jtai compiles them, patched and wrapped, in ASCII
// (dist/pdfjs-scripts.txt, see src/extract/pdfjs.ts), so that a run reads them instead of patching
// 1.6 MB of UTF-8 as it loads. Run before the code caches are made: they are made for these scripts.
// pdf.js's few non-ASCII characters all stand in string literals, where an escape (\uXXXX) is the
// same string (checked: src/build/ascii-script.mjs); a piece that cannot be so written is left to
// be patched as it loads.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toAscii } from './ascii-script.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { pdfjsScriptsFile, writePdfJsScripts } = await import(join(root, 'dist/extract/pdfjs.js'));

const written = writePdfJsScripts(toAscii);
console.log(`pdfjs-scripts: ${written.map(({ name, bytes }) => `${name} ${bytes === null ? 'left to be patched as it loads (not the same program in ASCII)' : `${(bytes / 1048576).toFixed(1)} MB`}`).join(', ')} -> ${pdfjsScriptsFile}`);
