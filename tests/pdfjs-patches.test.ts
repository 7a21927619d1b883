import { spawnSync } from 'node:child_process';
import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, packageCopy, root } from './helpers.js';

// jtai changes a few pieces of pdf.js as it loads it (PDFJS_PATCHES in
// src/extract/pdfjs.ts) to make reading text cheaper. They must change nothing pdf.js gives:
// every page of every PDF among the fixtures reads the same with and without them. And a pdf.js
// in which a piece is not found as it is in pdf-parse 2.4.5 is refused, never half patched.

const PDFS = readdirSync(fixture('letters')).filter((name) => name.endsWith('.pdf')).map((name) => fixture(`letters/${name}`));

/** Every page of each PDF as the package at `from` extracts it (JSON), or the error it gives. */
function extractWith(from: string): { pages: string[]; stderr: string } {
  const script = `
    const { readFileSync } = await import('node:fs');
    const { extractPdf } = await import(${JSON.stringify(join(from, 'dist/extract/pdf.js'))});
    const out = [];
    for (const file of ${JSON.stringify(PDFS)}) {
      try {
        out.push(JSON.stringify(await extractPdf(new Uint8Array(readFileSync(file)), file)));
      } catch (error) {
        out.push('error: ' + error.message);
      }
    }
    process.stdout.write(JSON.stringify(out));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { pages: run.stdout ? JSON.parse(run.stdout) : [], stderr: run.stderr };
}

describe("jtai's changes to pdf.js's worker", () => {
  it('change nothing pdf.js gives: every page of every PDF of the fixtures reads the same without them', () => {
    const patched = extractWith(root);
    // The patches are the last thing the module defines before it is used: emptied, pdf.js loads as published.
    const unpatched = extractWith(packageCopy('jtai-pdfjs-patches-', (dist) => appendFileSync(join(dist, 'extract/pdfjs.js'), '\nPDFJS_PATCHES.length = 0;\n')));
    expect(patched.stderr).toBe('');
    expect(unpatched.stderr).toBe('');
    expect(patched.pages.length).toBe(PDFS.length);
    expect(patched.pages.every((pages) => pages.startsWith('{'))).toBe(true);
    for (let i = 0; i < PDFS.length; i++) expect(patched.pages[i], PDFS[i]).toBe(unpatched.pages[i]);
  });

  const changed: Array<[string, 'index.cjs' | 'pdf.worker.mjs', string, string, RegExp]> = [
    ['its worker', 'pdf.worker.mjs', 't=[D.fontSize*D.textHScale,0,0,D.fontSize,0,D.textRise]', 't=[D.fontSize*D.textHScale,0,0,D.fontSize,0,D.textRise+0]', /pdf\.worker\.mjs is not the pdf\.js that jtai loads \(from pdf-parse 2\.4\.5\): the text transform of each glyph/],
    ['its display layer', 'index.cjs', '{highWaterMark:100,size:t=>t.items.length}', '{highWaterMark:99,size:t=>t.items.length}', /index\.cjs is not the pdf\.js that jtai loads \(from pdf-parse 2\.4\.5\): how much text content/],
  ];
  it.each(changed)('refuse a pdf.js in which a piece to change, in %s, is not as in pdf-parse 2.4.5, with a message that says which', (_name, file, from, to, message) => {
    const copy = packageCopy('jtai-pdfjs-patches-', undefined, { file, change: (code) => code.replace(from, to) });
    const run = extractWith(copy);
    expect(run.stderr).toBe('');
    expect(run.pages.length).toBe(PDFS.length);
    for (const pages of run.pages) expect(pages).toMatch(new RegExp(`^error: .*${message.source}`));
  });
});
