import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/index.js';
import { fixture, jtai, tempDir } from './helpers.js';

// A letter cut short (a text pasted in part, a PDF saved without its last pages) still reads as a
// letter, with fewer findings and nothing to say so but its missing sign-off ("Yours sincerely"),
// which every whole letter has.

const CUT_SHORT = /^the letter has no sign-off \("Yours sincerely"\): it may be cut short/;

describe('a letter cut short', () => {
  it('as text, is parsed with a warning that it may be cut short', () => {
    const lines = readFileSync(fixture('letters/wokingham-2017-07-14.txt'), 'utf8').split('\n');
    const cut = lines.slice(0, Math.round(lines.length * 0.6)).join('\n');
    const run = jtai(['parse', '-'], cut);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^warning: standard input: the letter has no sign-off \("Yours sincerely"\): it may be cut short, its last pages or lines missing and their findings with them; check that the input is the whole letter$/m);
  });

  it('as a PDF saved without its last pages, the same', async () => {
    const pdf = await PDFDocument.load(readFileSync(fixture('letters/leeds-2024-05-16.pdf')));
    for (let page = pdf.getPageCount() - 1; page >= 10; page--) pdf.removePage(page);
    const file = join(tempDir(), 'leeds-first-ten-pages.pdf');
    writeFileSync(file, await pdf.save());
    const result = await parseFile(file);
    expect(result.source.pages).toBe(10);
    expect(result.warnings).toContainEqual(expect.stringMatching(CUT_SHORT));
  });

  it('is told from every whole letter, PDF or text, none of which gets the warning', async () => {
    const letters = [
      ...readdirSync(fixture('letters')).filter((name) => /\.(pdf|txt)$/.test(name) && !name.includes('scrutiny-slides')).map((name) => `letters/${name}`),
      ...readdirSync(fixture('layout-text')).map((name) => `layout-text/${name}`),
    ];
    expect(letters).toHaveLength(29);
    for (const name of letters) expect((await parseFile(fixture(name))).warnings ?? [], name).not.toContainEqual(expect.stringMatching(CUT_SHORT));
  });
});
