import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { jtai } from './helpers.js';

// A real letter with one byte of a compressed stream changed, as a bad download or disk leaves it.
// The size check (src/extract/pdf-size.ts) bounds a stream zlib cannot inflate by the most deflate
// can expand to; over the limit, that is a damaged file, not one too large.

const folder = mkdtempSync(join(tmpdir(), 'jtai-damaged-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const LETTER = 'fixtures/letters/leeds-2024-05-16.pdf';
const GOOD = 'fixtures/letters/surrey-2023-05-02.pdf';

/**
 * The first Flate stream of page content (not an image or a font) whose compressed bytes could
 * expand past the 2 MB limit for one stream (over 2,033 bytes): where its deflate data starts,
 * and how many bytes zlib reads of it, its checksum included.
 */
function pageStream(bytes: Buffer): { start: number; consumed: number } {
  for (let from = 0; ; ) {
    const keyword = bytes.indexOf('stream\r\n', from, 'latin1');
    if (keyword < 0) throw new Error(`${LETTER} has no page content stream over 2,033 bytes`);
    from = keyword + 8;
    if (bytes.subarray(keyword - 3, keyword).toString('latin1') === 'end') continue;
    const dictionary = bytes.subarray(bytes.lastIndexOf('obj', keyword, 'latin1'), keyword).toString('latin1');
    if (!/\/FlateDecode/.test(dictionary) || /\/Subtype\s*\/Image|\/Length[123]|\/Subtype\s*\/\w*C\b|\/Type\s*\/XRef|\/Type\s*\/ObjStm/.test(dictionary)) continue;
    const end = bytes.indexOf('endstream', from, 'latin1');
    if (end - from <= 2033) continue;
    const { engine } = inflateSync(bytes.subarray(from, end), { info: true }) as unknown as { engine: { bytesWritten: number } };
    return { start: from, consumed: engine.bytesWritten };
  }
}

function damaged(name: string, change: (bytes: Buffer, stream: { start: number; consumed: number }) => void): string {
  const bytes = readFileSync(LETTER);
  change(bytes, pageStream(bytes));
  const file = join(folder, name);
  writeFileSync(file, bytes);
  return file;
}

describe('a PDF with a damaged compressed stream', () => {
  it('is corrupt, saying which stream and what zlib found, not too large; the rest of the batch is parsed', () => {
    // The first block's type made the reserved one (binary 11): zlib and pdf.js both stop there.
    const file = damaged('bad-block.pdf', (bytes, stream) => {
      bytes[stream.start + 2] = 0x07;
    });
    const run = jtai(['parse', file, GOOD, '-f', 'jsonl']);
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^\/.*bad-block\.pdf: corrupt: one of its streams is damaged \(zlib: invalid block type, at byte \d+ of the file\), so what it decodes to cannot be measured: up to \d+(\.\d)? MB, over the 2 MB limit for one stream \(the PDF is damaged or truncated; download it again\)$/);
    expect(lines[1]).toMatch(/^parsed: fixtures\/letters\/surrey-2023-05-02\.pdf /);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('is parsed when only the checksum at the stream\'s end is wrong, which pdf.js does not check', () => {
    const file = damaged('bad-checksum.pdf', (bytes, stream) => {
      bytes[stream.start + stream.consumed - 1]! ^= 0xff;
    });
    const original = JSON.parse(jtai(['parse', LETTER]).stdout);
    const run = jtai(['parse', file]);
    expect(run.stderr).toMatch(/^parsed: .*bad-checksum\.pdf \(2022\+ layout, 58 findings\)$/m);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).findings).toEqual(original.findings);
  });
});
