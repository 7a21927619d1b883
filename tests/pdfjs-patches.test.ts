import { spawnSync } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { constants, deflateRawSync, deflateSync, inflateRawSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fixture, packageCopy, root, tempDir } from './helpers.js';

// jtai changes a few pieces of pdf.js as it loads it (PDFJS_PATCHES in
// src/extract/pdfjs.ts) to make reading text cheaper. They must change nothing pdf.js gives:
// every page of every PDF among the fixtures reads the same with and without them, and so do
// letters whose page contents are cut short (zlib refuses them; pdf.js reads them up to the cut).
// And a pdf.js in which a piece is not found as it is in pdf-parse 2.4.5 is refused, never half patched.

const pdfsIn = (folder: string) => readdirSync(fixture(folder)).filter((name) => name.endsWith('.pdf')).map((name) => fixture(`${folder}/${name}`));

/**
 * A copy of a real letter whose page contents are cut short as a damaged file would be: each
 * content stream's first half deflated again, then blocks of spaces to its old length (the file's
 * offsets hold) and no last block. zlib refuses such a stream; pdf.js reads it up to the cut.
 */
function withCutStreams(pdf: string, into: string): { file: string; refusedByZlib: number } {
  const bytes = readFileSync(pdf);
  const text = bytes.toString('latin1');
  let refusedByZlib = 0;
  // Page contents: a Flate stream whose dictionary says nothing else (no type, subtype, font lengths or predictor).
  for (const match of text.matchAll(/<<([^<>]*)>>\s*stream\r?\n/g)) {
    if (!/\/FlateDecode/.test(match[1]!) || /\/(Type|Subtype|Length\d|DecodeParms)/.test(match[1]!)) continue;
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    const stream = bytes.subarray(start, end);
    let decoded: Buffer;
    try {
      decoded = inflateSync(stream);
    } catch {
      continue;
    }
    const head = deflateRawSync(decoded.subarray(0, decoded.length >> 1), { finishFlush: constants.Z_SYNC_FLUSH });
    const room = stream.length - 2 - head.length - 5;
    if (room < 0 || room > 0xffff) continue;
    // A stored block (not the last) of spaces: its header byte, then its length and that length's complement.
    const spaces = Buffer.concat([Buffer.from([0, room & 0xff, room >> 8, ~room & 0xff, (~room >> 8) & 0xff]), Buffer.alloc(room, 0x20)]);
    Buffer.concat([stream.subarray(0, 2), head, spaces]).copy(stream);
    expect(() => inflateRawSync(stream.subarray(2))).toThrow();
    refusedByZlib++;
  }
  const file = join(into, `cut-${basename(pdf)}`);
  writeFileSync(file, bytes);
  return { file, refusedByZlib };
}

const damaged = ['barnsley-2022-07-18.pdf', 'liverpool-2016-08-03.pdf'].map((name) => withCutStreams(fixture(`letters/${name}`), tempDir('jtai-damaged-streams-')));
const PDFS = [...pdfsIn('letters'), ...pdfsIn('bad'), ...damaged.map((copy) => copy.file)];
/** Every PDF among the fixtures, in every folder (../shared's letters and reports are copies of some), and the cut copies. */
const ALL_PDFS = [...readdirSync(fixture('.'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.pdf')).sort().map((name) => fixture(name)), ...damaged.map((copy) => copy.file)];

/** Every page of each PDF as the package at `from` extracts it (JSON), or the error it gives. */
function extractWith(from: string, files = PDFS): { pages: string[]; stderr: string } {
  const script = `
    const { readFileSync } = await import('node:fs');
    const { extractPdf } = await import(${JSON.stringify(join(from, 'dist/extract/pdf.js'))});
    const out = [];
    for (const file of ${JSON.stringify(files)}) {
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

/** The tables of a TrueType font file: where each starts and how long it is. */
function fontTables(font: Buffer): Map<string, { offset: number; length: number }> {
  const tables = new Map<string, { offset: number; length: number }>();
  for (let i = 0, at = 12; i < font.readUInt16BE(4); i++, at += 16) tables.set(font.toString('latin1', at, at + 4), { offset: font.readUInt32BE(at + 8), length: font.readUInt32BE(at + 12) });
  return tables;
}

/**
 * A copy of a real letter with each embedded TrueType font (FontFile2) changed by `change` and
 * deflated again, its /Length set to match. The objects after it move, so pdf.js finds them again
 * by scanning the file (as for any damaged cross-reference table), with its patches or without.
 * Returns how many fonts were changed.
 */
function withFontsChanged(pdf: string, into: string, name: string, change: (font: Buffer) => void): { file: string; changed: number } {
  const bytes = readFileSync(pdf);
  const text = bytes.toString('latin1');
  const parts: Buffer[] = [];
  let from = 0;
  let changed = 0;
  for (const match of text.matchAll(/<<([^<>]*)>>\s*stream\r?\n/g)) {
    if (!/\/FlateDecode/.test(match[1]!) || !/\/Length1/.test(match[1]!)) continue;
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    const font = inflateSync(bytes.subarray(start, end));
    change(font);
    const again = deflateSync(font);
    parts.push(bytes.subarray(from, match.index), Buffer.from(match[0].replace(/\/Length \d+/, `/Length ${again.length + 1}`), 'latin1'), again, Buffer.from('\n'));
    from = end;
    changed++;
  }
  parts.push(bytes.subarray(from));
  const file = join(into, `${name}-${basename(pdf)}`);
  writeFileSync(file, Buffer.concat(parts));
  return { file, changed };
}

/** Two glyph locations swapped, so that they run out of order: pdf.js repairs the font (its outlines are not text). */
function locationsOutOfOrder(font: Buffer): void {
  const tables = fontTables(font);
  const loca = tables.get('loca')!;
  const long = font.readInt16BE(tables.get('head')!.offset + 50) === 1;
  const size = long ? 4 : 2;
  const read = (glyph: number) => (long ? font.readUInt32BE(loca.offset + glyph * size) : font.readUInt16BE(loca.offset + glyph * size));
  const write = (glyph: number, value: number) => (long ? font.writeUInt32BE(value, loca.offset + glyph * size) : font.writeUInt16BE(value, loca.offset + glyph * size));
  for (let glyph = 1; (glyph + 2) * size <= loca.length; glyph++) {
    const [here, next] = [read(glyph), read(glyph + 1)];
    if (here < next) {
      write(glyph, next);
      write(glyph + 1, here);
      return;
    }
  }
}

/** A font that says it has no glyphs (maxp): pdf.js's repair of it fails and pdf.js uses a substitute font. */
function noGlyphs(font: Buffer): void {
  font.writeUInt16BE(0, fontTables(font).get('maxp')!.offset + 4);
}

/** What pdf.js gives for each page (text items, styles, fonts, drawing) as the package at `from` loads it, one JSON line a file. */
function rawPagesWith(from: string, files: string[]): { pages: string[]; stderr: string } {
  const run = spawnSync(process.execPath, [join(root, 'tests/pdfjs-raw-pages.mjs'), from, ...files], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  return { pages: run.stdout.split('\n').filter((line) => line !== ''), stderr: run.stderr };
}

/** The PDFs whose raw pages are compared: the fixtures' letters, reports and bad inputs, and the cut copies. */
const RAW_PDFS = [...pdfsIn('letters'), ...pdfsIn('not-letters'), ...pdfsIn('bad'), ...damaged.map((copy) => copy.file)];
/** RAW_PDFS' raw pages with every patch, read once (by the first test that needs them). */
let rawPagesPatched: string[] | null = null;

describe("jtai's changes to pdf.js's worker", () => {
  it('read every font of every PDF of the fixtures as pdf.js does without the TrueType font patches: the same text, positions, widths, styles and font properties', () => {
    const folder = tempDir('jtai-changed-fonts-');
    const outOfOrder = withFontsChanged(fixture('letters/barnsley-2022-07-18.pdf'), folder, 'loca-out-of-order', locationsOutOfOrder);
    const substituted = withFontsChanged(fixture('letters/derby-2019-05-08.pdf'), folder, 'no-glyphs', noGlyphs);
    const files = [...RAW_PDFS, outOfOrder.file, substituted.file];
    expect(outOfOrder.changed).toBeGreaterThanOrEqual(3);
    expect(substituted.changed).toBeGreaterThanOrEqual(3);
    const patched = rawPagesWith(root, files);
    rawPagesPatched = patched.pages.slice(0, RAW_PDFS.length);
    const withoutFontPatches = rawPagesWith(packageCopy('jtai-pdfjs-font-patches-', (dist) => appendFileSync(join(dist, 'extract/pdfjs.js'), "\nPDFJS_PATCHES.splice(0, PDFJS_PATCHES.length, ...PDFJS_PATCHES.filter((patch) => !patch.why.includes('TrueType font')));\n")), files);
    expect(patched.stderr).toBe('');
    expect(withoutFontPatches.stderr).toBe('');
    expect(patched.pages.length).toBe(files.length);
    const fonts = (line: string) => (JSON.parse(line) as { pages: Array<{ fonts: Record<string, { missingFile: boolean }> }> }).pages.flatMap((page) => Object.values(page.fonts));
    // The changed copies read their fonts both ways pdf.js can: repaired, and given up for a substitute.
    expect(fonts(patched.pages[files.indexOf(outOfOrder.file)]!).some((font) => font.missingFile)).toBe(false);
    expect(fonts(patched.pages[files.indexOf(substituted.file)]!).filter((font) => font.missingFile).length).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < files.length; i++) expect(patched.pages[i], files[i]).toBe(withoutFontPatches.pages[i]);
  });


  it('change nothing pdf.js gives: every page of every PDF of the fixtures reads the same without them', () => {
    const patched = extractWith(root, ALL_PDFS);
    // The patches are the last thing the module defines before it is used: emptied, pdf.js loads as published.
    const unpatched = extractWith(packageCopy('jtai-pdfjs-patches-', (dist) => appendFileSync(join(dist, 'extract/pdfjs.js'), '\nPDFJS_PATCHES.length = 0;\n')), ALL_PDFS);
    expect(patched.stderr).toBe('');
    expect(unpatched.stderr).toBe('');
    expect(ALL_PDFS.length).toBeGreaterThanOrEqual(PDFS.length + pdfsIn('not-letters').length + 1);
    expect(patched.pages.length).toBe(ALL_PDFS.length);
    expect(patched.pages.filter((pages) => pages.startsWith('{')).length).toBeGreaterThanOrEqual(pdfsIn('letters').length);
    // The cut copies exercise pdf.js's own decoding where zlib gives up, up to the first page whose
    // text stops partway at its cut, which refuses the file (their text, every page: the raw pages' test above).
    for (const copy of damaged) expect(copy.refusedByZlib).toBeGreaterThanOrEqual(5);
    for (const copy of damaged) expect(patched.pages[ALL_PDFS.indexOf(copy.file)]).toMatch(/^error: pdf\.js stopped reading page \d+'s text partway, the rest of the page left out/);
    for (let i = 0; i < ALL_PDFS.length; i++) expect(patched.pages[i], ALL_PDFS[i]).toBe(unpatched.pages[i]);
  });

  it('send the chunks of operator lists uncopied and read the same operators, arguments and buffers as without that patch', () => {
    const patched = rawPagesPatched ?? rawPagesWith(root, RAW_PDFS).pages;
    const copied = rawPagesWith(packageCopy('jtai-pdfjs-operator-patch-', (dist) => appendFileSync(join(dist, 'extract/pdfjs.js'), "\nPDFJS_PATCHES.splice(0, PDFJS_PATCHES.length, ...PDFJS_PATCHES.filter((patch) => !patch.why.includes('operator list sent')));\n")), RAW_PDFS);
    expect(copied.stderr).toBe('');
    expect(patched.length).toBe(RAW_PDFS.length);
    // Every page's drawing is read here, and most pages draw something.
    expect(patched.filter((line) => line.includes('"drawing"')).length).toBeGreaterThanOrEqual(pdfsIn('letters').length);
    for (let i = 0; i < RAW_PDFS.length; i++) expect(patched[i], RAW_PDFS[i]).toBe(copied.pages[i]);
  });

  it('hand each page\'s text content and operator list to the display layer without copying them; every other message is still copied', () => {
    /** How many messages the display layer's port copied (structuredClone), by what they carry, over three letters. */
    const copiesWith = (from: string): { text: number; operators: number; other: number } => {
      const script = `
        const { readFileSync } = await import('node:fs');
        const copies = { text: 0, operators: 0, other: 0 };
        const copy = globalThis.structuredClone;
        globalThis.structuredClone = (message, options) => {
          copies[message?.chunk?.items ? 'text' : message?.chunk?.fnArray ? 'operators' : 'other']++;
          return copy(message, options);
        };
        const { extractPdf } = await import(${JSON.stringify(join(from, 'dist/extract/pdf.js'))});
        for (const file of ${JSON.stringify(pdfsIn('letters').slice(0, 3))}) await extractPdf(new Uint8Array(readFileSync(file)), file);
        process.stdout.write(JSON.stringify(copies));`;
      const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      return JSON.parse(run.stdout) as { text: number; operators: number; other: number };
    };
    const patched = copiesWith(root);
    const unpatched = copiesWith(packageCopy('jtai-pdfjs-patches-', (dist) => appendFileSync(join(dist, 'extract/pdfjs.js'), '\nPDFJS_PATCHES.length = 0;\n')));
    // Without the patches every page's text content is copied: the count shows the check sees them.
    expect(unpatched.text).toBeGreaterThanOrEqual(20);
    expect(unpatched.operators).toBeGreaterThanOrEqual(1);
    expect(patched.text).toBe(0);
    expect(patched.operators).toBe(0);
    expect(patched.other).toBeGreaterThanOrEqual(20);
  });

  const changed: Array<[string, 'index.cjs' | 'pdf.worker.mjs', string, string, RegExp]> = [
    ['its worker', 'pdf.worker.mjs', 't=[D.fontSize*D.textHScale,0,0,D.fontSize,0,D.textRise]', 't=[D.fontSize*D.textHScale,0,0,D.fontSize,0,D.textRise+0]', /pdf\.worker\.mjs is not the pdf\.js that jtai loads \(from pdf-parse 2\.4\.5\): the text transform of each glyph/],
    ['its worker', 'pdf.worker.mjs', 'readBlock(){let e,t,r;const a=this.str;', 'readBlock(){let e,t,r;const a=this.str ;', /pdf\.worker\.mjs is not the pdf\.js that jtai loads \(from pdf-parse 2\.4\.5\): the first block of a Flate stream/],
    ['its display layer', 'index.cjs', '{highWaterMark:100,size:t=>t.items.length}', '{highWaterMark:99,size:t=>t.items.length}', /index\.cjs is not the pdf\.js that jtai loads \(from pdf-parse 2\.4\.5\): how much text content/],
  ];
  it.each(changed)('refuse a pdf.js in which a piece to change, in %s, is not as in pdf-parse 2.4.5, with a message that says which', (_name, file, from, to, message) => {
    const copy = packageCopy('jtai-pdfjs-patches-', undefined, { file, change: (code) => code.replace(from, to) });
    const run = extractWith(copy);
    expect(run.stderr).toBe('');
    expect(run.pages.length).toBe(PDFS.length);
    // Files refused before pdf.js loads (empty, not a PDF) say so; every other file meets the refusal.
    for (const pages of run.pages.filter((pages) => !/^error: the file (is zero bytes long|does not start with %PDF-)/.test(pages))) expect(pages).toMatch(new RegExp(`^error: .*${message.source}`));
  });
});

describe('streams inflated by the decoded-size check', () => {
  // pdf.js is given a Flate stream the size check inflated (src/extract/pdf-size.ts) instead of
  // inflating it again, found by where its bytes start and taken only if its deflate bytes are
  // the very ones pdf.js reads there. Offered first: entries at every kept stream's place, with
  // the text of each emptied; `sameBytes` says whether they hold the file's deflate bytes there.
  function extractOffered(letter: string, sameBytes: boolean): string {
    const script = `
      const { readFileSync } = await import('node:fs');
      const { checkDecodedSize, takeInflatedStreams } = await import(${JSON.stringify(join(root, 'dist/extract/pdf-size.js'))});
      const { offerInflatedStreams } = await import(${JSON.stringify(join(root, 'dist/extract/pdfjs.js'))});
      const { extractPdf } = await import(${JSON.stringify(join(root, 'dist/extract/pdf.js'))});
      const read = () => new Uint8Array(readFileSync(${JSON.stringify(letter)}));
      const measured = read();
      await checkDecodedSize(measured, 'measured');
      const offered = new Map();
      for (const [at, { deflate }] of takeInflatedStreams(measured)) {
        const bytes = new Uint8Array(deflate);
        if (!${sameBytes}) bytes[bytes.length - 1] ^= 1;
        offered.set(at, { deflate: bytes, inflated: new Uint8Array(0) });
      }
      offerInflatedStreams(offered);
      const kept = offered.size;
      try {
        process.stdout.write(kept + ' ' + JSON.stringify(await extractPdf(read(), 'letter.pdf')));
      } catch (error) {
        process.stdout.write(kept + ' error: ' + error.message);
      }`;
    return spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout;
  }

  it('are taken by pdf.js only where their deflate bytes are those it reads', () => {
    const letter = fixture('letters/barnsley-2022-07-18.pdf');
    const plain = extractWith(root).pages[PDFS.indexOf(letter)];
    const [kept, ...rest] = extractOffered(letter, false).split(' ');
    // Its page contents and fonts (14 streams).
    expect(Number(kept)).toBeGreaterThanOrEqual(10);
    expect(rest.join(' ')).toBe(plain);
    // The same entries with the file's bytes are taken, and their emptied text read.
    expect(extractOffered(letter, true)).toMatch(/^\d+ error: none of its \d+ pages has any text/);
  });
});
