import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync, inflateSync } from 'node:zlib';
import { PDFArray, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { jtai } from './helpers.js';

// Every stream of a PDF is measured before pdf.js opens it (src/extract/pdf-size.ts). A real letter
// with one byte of a compressed stream changed, as a bad download or disk leaves it: page text or a
// font that zlib finds damaged makes the file corrupt (it was 'too large' when the stream could
// expand past the limit, and was read as garbage when it could not); a damaged image, which no text
// is read from, does not. One whose checksum alone fails is corrupt too, the message naming the page
// that reads it and how qpdf writes it again; read by no page, it is read past with a warning. A
// real letter whose page streams are spelled in ASCII base-85 before they are compressed (as
// PostScript converters write them) is measured as it decodes.

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
 * The letter with the checksum (Adler-32, the last 4 bytes zlib reads) of page `page`'s content
 * stream turned to its complement, and the length that stream's deflate data inflates to.
 */
async function withBadChecksum(name: string, page: number): Promise<{ file: string; decodedLength: number }> {
  const bytes = readFileSync(LETTER);
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const contents = pdf.getPages()[page - 1]!.node.get(PDFName.of('Contents'));
  expect(contents).toBeInstanceOf(PDFRef);
  const object = bytes.indexOf(`\n${(contents as PDFRef).objectNumber} 0 obj`, 0, 'latin1');
  expect(object).toBeGreaterThan(0);
  const start = bytes.indexOf('stream\r\n', object, 'latin1') + 8;
  const end = bytes.indexOf('endstream', start, 'latin1');
  const { engine } = inflateSync(bytes.subarray(start, end), { info: true }) as unknown as { engine: { bytesWritten: number } };
  const decodedLength = inflateRawSync(bytes.subarray(start + 2, end)).length;
  for (let k = 1; k <= 4; k++) bytes[start + engine.bytesWritten - k]! ^= 0xff;
  const file = join(folder, name);
  writeFileSync(file, bytes);
  return { file, decodedLength };
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

  it('is corrupt when only the checksum at its end fails, the message naming the page, the decoded length and what to do', async () => {
    const { file, decodedLength } = await withBadChecksum('bad-checksum.pdf', 3);
    const run = jtai(['parse', file]);
    expect(run.code).toBe(1);
    const length = decodedLength.toLocaleString('en-GB');
    expect(run.stderr).toMatch(new RegExp(`^/.*bad-checksum\\.pdf: corrupt: page 3's text \\(the compressed stream at byte [\\d,]+ of the file\\) fails its checksum \\(zlib: incorrect data check\\) and has no other fault: it inflates whole, to ${length} bytes, but a failing checksum means those bytes are not all the ones written, so the page would be read wrong \\(download the letter again; if it comes the same \\(its producer writes bad checksums\\), qpdf --recompress-flate FILE fixed\\.pdf writes the stream again with a good checksum, which jtai reads: then check page 3 of what it reads against the letter as published\\)\\n$`));
  });

  it('names what was read when the stream whose checksum alone fails is a stream of the file\'s objects, read for a page\'s drawing, not that page\'s text', () => {
    // derby's one stream of objects (/Type /ObjStm) is first needed as page 13's drawing is read.
    const bytes = readFileSync('fixtures/letters/derby-2019-05-08.pdf');
    const objects = bytes.indexOf('/ObjStm', 0, 'latin1');
    expect(bytes.indexOf('/ObjStm', objects + 7, 'latin1')).toBe(-1);
    const start = bytes.indexOf('stream\r\n', objects, 'latin1') + 8;
    const { engine } = inflateSync(bytes.subarray(start, bytes.indexOf('endstream', start, 'latin1')), { info: true }) as unknown as { engine: { bytesWritten: number } };
    for (let k = 1; k <= 4; k++) bytes[start + engine.bytesWritten - k]! ^= 0xff;
    const file = join(folder, 'bad-objects-checksum.pdf');
    writeFileSync(file, bytes);
    const run = jtai(['parse', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${file}: corrupt: a stream of the file's objects (the compressed stream at byte ${start.toLocaleString('en-GB')} of the file), read for page 13's drawing, fails its checksum (zlib: incorrect data check) and has no other fault`);
  });

  it.skipIf(spawnSync('qpdf', ['--version']).status !== 0)('whose only fault is a checksum, written again by qpdf --recompress-flate as the message says, parses as the undamaged letter does', async () => {
    const { file } = await withBadChecksum('bad-checksum-for-qpdf.pdf', 3);
    const fixed = join(folder, 'fixed.pdf');
    const rewrite = spawnSync('qpdf', ['--recompress-flate', file, fixed], { encoding: 'utf8' });
    expect(rewrite.status, rewrite.stderr).toBe(0);
    const original = JSON.parse(jtai(['parse', LETTER]).stdout);
    const run = jtai(['parse', fixed]);
    expect(run.stderr).toMatch(/^parsed: .*fixed\.pdf \(2022\+ layout, 58 findings\)$/m);
    const { source: _fixedSource, ...read } = JSON.parse(run.stdout);
    const { source: _source, ...expected } = original;
    expect(read).toEqual(expected);
  });

  it('is parsed, with a warning, when the stream whose checksum alone fails is one no page\'s text is read from (a linearized file\'s hint stream)', () => {
    const letter = 'fixtures/letters/liverpool-2016-08-03.pdf';
    const bytes = readFileSync(letter);
    // A linearized file's hint tables (/S, where its shared objects' table starts), read by no page.
    const hints = bytes.indexOf('/S 189>>stream\r\n', 0, 'latin1');
    expect(bytes.subarray(bytes.lastIndexOf('obj', hints, 'latin1'), hints).toString('latin1')).toMatch(/^obj\r<<\/Filter\/FlateDecode\/I \d+\/L \d+\/Length \d+$/);
    const keyword = bytes.indexOf('stream\r\n', hints, 'latin1');
    const start = keyword + 8;
    const { engine } = inflateSync(bytes.subarray(start, bytes.indexOf('endstream', start, 'latin1')), { info: true }) as unknown as { engine: { bytesWritten: number } };
    for (let k = 1; k <= 4; k++) bytes[start + engine.bytesWritten - k]! ^= 0xff;
    const file = join(folder, 'bad-hint-checksum.pdf');
    writeFileSync(file, bytes);
    const original = JSON.parse(jtai(['parse', letter]).stdout);
    const run = jtai(['parse', file]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`warning: ${file}: a compressed stream that no page's text was read from (at byte ${start.toLocaleString('en-GB')} of the file) fails its checksum (zlib: incorrect data check): the file is damaged there, but not the text read; download the letter again for a whole copy`);
    const { findings, warnings } = JSON.parse(run.stdout);
    expect(findings).toEqual(original.findings);
    expect(warnings).toContain(`a compressed stream that no page's text was read from (at byte ${start.toLocaleString('en-GB')} of the file) fails its checksum (zlib: incorrect data check): the file is damaged there, but not the text read; download the letter again for a whole copy`);
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
