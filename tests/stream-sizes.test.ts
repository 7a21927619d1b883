import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { jtai } from './helpers.js';

// Every stream of a PDF is measured before pdf.js opens it (src/extract/pdf-size.ts). A real letter
// with one byte of a compressed stream changed, as a bad download or disk leaves it: page text or a
// font that zlib finds damaged makes the file corrupt (it was 'too large' when the stream could
// expand past the limit, and was read as garbage when it could not); a damaged image, which no text
// is read from, does not. A real letter whose page streams are spelled in ASCII base-85 before they
// are compressed (as PostScript converters write them) is measured as it decodes.

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

/**
 * The letter with the first block of the stream after `marker` made the reserved type (zlib and pdf.js both stop
 * there) parses as the letter does: `dictionary` must match the stream's dictionary.
 */
function expectParsedPastDamage(name: string, marker: string, dictionary: RegExp): void {
  const bytes = readFileSync(LETTER);
  const at = bytes.indexOf(marker, 0, 'latin1');
  expect(at).toBeGreaterThan(0);
  const data = bytes.indexOf('stream\r\n', at, 'latin1') + 8;
  expect(bytes.subarray(at, data).toString('latin1')).toMatch(dictionary);
  bytes[data + 2] = 0x07;
  const file = join(folder, name);
  writeFileSync(file, bytes);
  const original = JSON.parse(jtai(['parse', LETTER]).stdout);
  const run = jtai(['parse', file]);
  expect(run.stderr).toMatch(new RegExp(`^parsed: .*${name.replace('.', '\\.')} \\(2022\\+ layout, 58 findings\\)$`, 'm'));
  expect(run.code).toBe(0);
  expect(JSON.parse(run.stdout).findings).toEqual(original.findings);
}

describe('a PDF with a damaged compressed stream', () => {
  it('is corrupt, saying where and what zlib found, not too large; the rest of the batch is parsed', () => {
    // The first block's type made the reserved one (binary 11): zlib and pdf.js both stop there.
    const file = damaged('bad-block.pdf', (bytes, stream) => {
      bytes[stream.start + 2] = 0x07;
    });
    const run = jtai(['parse', file, GOOD, '-f', 'jsonl']);
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^\/.*bad-block\.pdf: corrupt: one of its streams is damaged \(zlib: invalid block type, at byte \d+ of the file\), so its text cannot be read as it was written \(the PDF is damaged or truncated; download it again\)$/);
    expect(lines[1]).toMatch(/^parsed: fixtures\/letters\/surrey-2023-05-02\.pdf /);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('is corrupt when only the checksum at its end fails: the bytes it inflates to are not those written', () => {
    const file = damaged('bad-checksum.pdf', (bytes, stream) => {
      bytes[stream.start + stream.consumed - 1]! ^= 0xff;
    });
    const run = jtai(['parse', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^\/.*bad-checksum\.pdf: corrupt: one of its streams is damaged \(zlib: incorrect data check, at byte \d+ of the file\), so its text cannot be read as it was written \(the PDF is damaged or truncated; download it again\)\n$/);
  });

  it('is parsed when the damaged stream is an image, which no text is read from', () => {
    expectParsedPastDamage('bad-image.pdf', '/Subtype/Image', /\/FlateDecode/);
  });

  it('is parsed when the damaged stream is a colour profile (ICC), which no text is read from either', () => {
    // An ICC profile's dictionary: its number of colour components, no type.
    expectParsedPastDamage('bad-profile.pdf', '<</N 3/Filter/FlateDecode', /./);
  });
});

/** PDF's ASCII85 encoding of bytes (z for four zero bytes), ended by ~>. */
function ascii85(bytes: Uint8Array): Buffer {
  let text = '';
  for (let i = 0; i < bytes.length; i += 4) {
    const taken = Math.min(4, bytes.length - i);
    let group = [0, 1, 2, 3].reduce((sum, k) => sum * 256 + (bytes[i + k] ?? 0), 0);
    if (group === 0 && taken === 4) {
      text += 'z';
      continue;
    }
    const digits: string[] = [];
    for (let k = 0; k < 5; k++, group = Math.floor(group / 85)) digits.unshift(String.fromCharCode(33 + (group % 85)));
    text += digits.slice(0, taken + 1).join('');
  }
  return Buffer.from(`${text}~>`, 'latin1');
}

describe('a PDF whose page streams are ASCII85 text of compressed data', () => {
  it('is measured by what the streams decode to, and parses as the letter does', async () => {
    const pdf = await PDFDocument.load(readFileSync(LETTER));
    let encoded = 0;
    for (const page of pdf.getPages()) {
      const contents = page.node.get(PDFName.of('Contents'))!;
      for (const ref of contents instanceof PDFArray ? contents.asArray() : [contents]) {
        const stream = pdf.context.lookup(ref);
        if (!(stream instanceof PDFRawStream)) continue;
        const dictionary = stream.dict.clone(pdf.context);
        dictionary.set(PDFName.of('Filter'), pdf.context.obj([PDFName.of('ASCII85Decode'), PDFName.of('FlateDecode')]));
        pdf.context.assign(ref as never, PDFRawStream.of(dictionary, ascii85(stream.contents)));
        encoded++;
      }
    }
    expect(encoded).toBe(14);
    const file = join(folder, 'ascii85.pdf');
    writeFileSync(file, await pdf.save({ useObjectStreams: false }));
    const original = JSON.parse(jtai(['parse', LETTER]).stdout);
    const run = jtai(['parse', file]);
    expect(run.stderr).toMatch(/^parsed: .*ascii85\.pdf \(2022\+ layout, 58 findings\)$/m);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).findings).toEqual(original.findings);
  });
});
