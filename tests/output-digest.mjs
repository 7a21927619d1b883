// Digests of what jtai makes of every real PDF and letter (for checking that a speed change keeps
// the output byte-identical): `node tests/output-digest.mjs > before.txt`, change, build, run again, diff.
// Each PDF's pages as extracted (every page, no opening check), and each input's JSON from
// `jtai parse --include-text` (what the CLI writes: letters, and non-letters' refusals).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const folders = [join(root, 'fixtures/letters'), '/work/shared/letters', '/work/shared/pdfs'].filter((folder) => {
  try {
    return readdirSync(folder).length > 0;
  } catch {
    return false;
  }
});
const sha = (text) => createHash('sha256').update(text).digest('hex');
const { extractPdf } = await import(join(root, 'dist/extract/pdf.js'));
for (const folder of folders) {
  for (const name of readdirSync(folder).sort()) {
    if (!name.endsWith('.pdf')) continue;
    const file = join(folder, name);
    let pages;
    try {
      pages = JSON.stringify(await extractPdf(new Uint8Array(readFileSync(file)), file));
    } catch (error) {
      pages = `error: ${error.message}`;
    }
    console.log(`${sha(pages)} extract ${file}`);
  }
  // A folder of this run's own (runs side by side must not share one); the report names the
  // outputs' paths, so its folder is written as <out> before it is digested.
  const out = mkdtempSync(join(tmpdir(), `jtai-digest-${basename(folder)}-`));
  try {
    execFileSync(process.execPath, [join(root, 'bin/jtai.js'), 'parse', folder, '--include-text', '--out-dir', out, '--report', join(out, 'status.report'), '-q', '--max-failures', '100%'], { stdio: ['ignore', 'ignore', 'ignore'] });
  } catch {
    // The refusals of non-letters are part of what is compared, through the files written.
  }
  for (const name of readdirSync(out).sort()) console.log(`${sha(readFileSync(join(out, name), 'utf8').replaceAll(out, '<out>'))} parse ${basename(folder)}/${name}`);
  rmSync(out, { recursive: true, force: true });
}
