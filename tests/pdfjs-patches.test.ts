import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, root, tempDir } from './helpers.js';

// jtai changes a few pieces of pdf.js as it loads it (PDFJS_PATCHES in
// src/extract/pdfjs.ts) to make reading text cheaper. They must change nothing pdf.js gives:
// every page of every PDF among the fixtures reads the same with and without them. And a pdf.js
// in which a piece is not found as it is in pdf-parse 2.4.5 is refused, never half patched.

const PDFS = readdirSync(fixture('letters')).filter((name) => name.endsWith('.pdf')).map((name) => fixture(`letters/${name}`));

/** A copy of the built package whose dist/ may be changed (the rest linked), and optionally its pdf.js worker. */
function packageCopy(changeDist?: (dist: string) => void, changePdfJs?: { file: 'index.cjs' | 'pdf.worker.mjs'; change: (code: string) => string }): string {
  const copy = tempDir('jtai-pdfjs-patches-');
  cpSync(join(root, 'dist'), join(copy, 'dist'), { recursive: true });
  for (const name of ['package.json', 'rules']) symlinkSync(join(root, name), join(copy, name));
  changeDist?.(join(copy, 'dist'));
  if (!changePdfJs) {
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
    return copy;
  }
  const modules = join(copy, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(root, 'node_modules'))) if (name !== 'pdf-parse') symlinkSync(join(root, 'node_modules', name), join(modules, name));
  const build = 'pdf-parse/dist/pdf-parse/cjs';
  mkdirSync(join(modules, build), { recursive: true });
  cpSync(join(root, 'node_modules/pdf-parse/package.json'), join(modules, 'pdf-parse/package.json'));
  for (const name of ['index.cjs', 'pdf.worker.mjs']) cpSync(join(root, 'node_modules', build, name), join(modules, build, name));
  const changedFile = join(modules, build, changePdfJs.file);
  const code = readFileSync(changedFile, 'utf8');
  const changed = changePdfJs.change(code);
  expect(changed).not.toBe(code);
  writeFileSync(changedFile, changed);
  return copy;
}

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
    const unpatched = extractWith(packageCopy((dist) => appendFileSync(join(dist, 'extract/pdfjs.js'), '\nPDFJS_PATCHES.length = 0;\n')));
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
    const copy = packageCopy(undefined, { file, change: (code) => code.replace(from, to) });
    const run = extractWith(copy);
    expect(run.stderr).toBe('');
    expect(run.pages.length).toBe(PDFS.length);
    for (const pages of run.pages) expect(pages).toMatch(new RegExp(`^error: .*${message.source}`));
  });
});
