import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/parse.js';
import { parseOne } from '../src/run/batch.js';
import type { ParseResult } from '../src/types.js';
import { fixture, jtai } from './helpers.js';
import { buildPdf, CLOSE, dir, drawnThrough, FRONT, lines, remapped, type Text } from './letter-pdf.js';

// Letters whose text pdf.js gives as no language (fonts that map their glyphs to no letters), or
// drawn in a mirror or upside down: each is read right, or refused with its own status, never
// parsed into garbage with exit 0.

/** Generous: a letter is read several times, on a machine that may be busy (no timings here). */
const ENDS_WITHIN = 240_000;

const LETTER = fixture('letters/barnsley-2022-07-18.pdf');
/** What pdf.js reads from a font with no usable map: private-use characters, or letters shifted as a subset font's glyph numbers are ("'HDU" for "Dear"). */
const privateUse = (code: number) => 0xe000 + code;
const shifted = (code: number) => (code + 256 - 29) % 256;

describe('a letter whose fonts map their glyphs to no letters', () => {
  it.each([['private-use characters', privateUse], ['the wrong letters', shifted]] as const)('read as %s is refused as no readable text, exit 1, with what to do', async (reading, toCharacter) => {
    const file = await remapped(LETTER, `no-letters-${reading.replace(/\W+/g, '-')}.pdf`, /./, toCharacter);
    const outcome = await parseOne(file);
    expect(outcome.status).toBe('garbled-text');
    expect(outcome.result).toBeNull();
    const run = jtai(['parse', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: no readable text: \\d+% of its text reads as no language, as private-use characters or the wrong letters \\(its fonts map glyphs to no letters.*OCR`));
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, ENDS_WITHIN);

  it('in one font on one page of a readable letter, is parsed with a warning that names the page', async () => {
    const heading = (text: string): Text => ({ text, bold: true, size: 13, y: 0 });
    const main = ['Leaders know their area well and the partnership works closely together, and they', 'share one plan for the front door that is understood by the staff who work in it.'];
    const front = await buildPdf('readable-part.pdf', [
      { texts: lines(780, [...FRONT, heading('Main findings'), '', ...Array.from({ length: 6 }, () => [...main, '']).flat()]) },
      { texts: lines(780, ['Health visitors share what they know about families with social workers.', ...CLOSE]) },
    ]);
    // A page set in another face (Times), as a case study or an appendix may be.
    const apart = await buildPdf('unreadable-part.pdf', [{ texts: lines(780, Array.from({ length: 4 }, () => 'The police attend strategy meetings and share what they know about the children with the other agencies.')) }], false, 'Times');
    const letter = await PDFDocument.load(readFileSync(front));
    const [page] = await letter.copyPages(await PDFDocument.load(readFileSync(apart)), [0]);
    letter.insertPage(1, page!);
    const merged = join(dir, 'partly-readable.pdf');
    writeFileSync(merged, await letter.save());
    const file = await remapped(merged, 'partly-unreadable.pdf', /Times/, shifted);
    const result = await parseFile(file);
    expect(result.warnings).toContainEqual(expect.stringMatching(/^\d+% of its text, on page 2, reads as no language: its font maps glyphs to no letters/));
    // The same letter with the page readable has no such warning.
    expect((await parseFile(merged)).warnings ?? []).not.toContainEqual(expect.stringContaining('no language'));
  }, ENDS_WITHIN);
});

/** A result with its source's name and digest aside: what was read from the letter. */
const read = (result: ParseResult) => ({ ...result, source: { ...result.source, file: '', sha256: '' } });

describe('a letter drawn in a mirror or upside down (its content, not /Rotate)', () => {
  it.each([
    ['in a mirror, left to right', (width: number) => [-1, 0, 0, 1, width, 0]],
    ['in a mirror, upside down', (_width: number, height: number) => [1, 0, 0, -1, 0, height]],
    ['turned upside down', (width: number, height: number) => [-1, 0, 0, -1, width, height]],
  ] as const)('drawn %s reads as the upright letter', async (how, matrix) => {
    const upright = read(await parseFile(LETTER));
    const file = await drawnThrough(LETTER, `drawn-${how.replace(/\W+/g, '-')}.pdf`, matrix);
    expect(read(await parseFile(file))).toEqual(upright);
  }, ENDS_WITHIN);
});
