import { deflateSync, constants } from 'node:zlib';

// Hostile PDFs built in the test that uses them (nothing large is committed): a real PDF
// structure (catalog, pages, a font, an xref table) around content streams chosen to hurt.

export interface HostilePage {
  /** The page's content stream, before any filter. */
  content: Buffer;
  /** Write the stream already compressed (FlateDecode) with these bytes instead of deflating `content`. */
  flate?: Buffer;
  /** More keys for the stream's dictionary, e.g. "/Subtype /Image" to pass it off as an image. */
  dictionary?: string;
  /** The page's height in points (842, an A4 page's, unless given). */
  height?: number;
  /** The page's width in points (595, an A4 page's, unless given). */
  width?: number;
  /** Helvetica-Bold as /F2 in the page's resources too. */
  bold?: boolean;
}

/** A PDF whose pages have the given content streams, with Helvetica as /F1. */
export function buildPdf(pages: HostilePage[]): Buffer {
  const objects: Buffer[] = [];
  const add = (body: Buffer | string) => objects.push(Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'));
  const firstPage = 4;
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(`<< /Type /Pages /Count ${pages.length} /Kids [${pages.map((_, i) => `${firstPage + i * 2} 0 R`).join(' ')}] >>`);
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  // The bold face, where a page asks for it, after the pages (the other PDFs stay as they were).
  const boldFont = firstPage + pages.length * 2;
  pages.forEach((page, i) => {
    const fonts = `/F1 3 0 R${page.bold ? ` /F2 ${boldFont} 0 R` : ''}`;
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${page.width ?? 595} ${page.height ?? 842}] /Resources << /Font << ${fonts} >> >> /Contents ${firstPage + i * 2 + 1} 0 R >>`);
    const data = page.flate ?? page.content;
    const filter = `${page.flate ? ' /Filter /FlateDecode' : ''}${page.dictionary ? ` ${page.dictionary}` : ''}`;
    add(Buffer.concat([Buffer.from(`<< /Length ${data.length}${filter} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]));
  });
  if (pages.some((page) => page.bold)) add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>');
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, i) => {
    const object = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    offsets.push(length);
    parts.push(object);
    length += object.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/** A page of ordinary text lines. */
export function textPage(lines: string[]): HostilePage {
  const body = lines.map((line, i) => `BT /F1 11 Tf 72 ${780 - i * 14} Td (${line.replace(/[()\\]/g, '\\$&')}) Tj ET`).join('\n');
  return { content: Buffer.from(body, 'latin1') };
}

/**
 * A zlib stream that inflates to `megabytes` MB of spaces, about a thousandth of that long: one
 * fully flushed block of 1 MB of spaces (it refers to nothing before it), repeated.
 */
export function deflateBomb(megabytes: number): Buffer {
  const block = deflateSync(Buffer.alloc(1 << 20, 0x20), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const header = block.subarray(0, 2);
  const body = block.subarray(2);
  const end = Buffer.from([0x03, 0x00]); // a final, empty fixed-Huffman block
  return Buffer.concat([header, ...Array.from({ length: megabytes }, () => body), end]);
}


/**
 * A page `lines` lines tall, under the lines `above` (a heading, say): each line the same short
 * sentence 14 points below the one before. Its content stream sets the step once and then each
 * line with one operator ('), so that 150,000 lines take 1.3 MB (under the 2 MB limit for a stream).
 */
export function tallPage(lines: number, above: string[] = []): HostilePage {
  const height = (lines + above.length + 4) * 14;
  const escaped = (line: string) => line.replace(/[()\\]/g, '\\$&');
  const content = `BT /F1 11 Tf 14 TL 72 ${height - 28} Td ${above.map((line) => `(${escaped(line)})'\n`).join('')}${"(Work.)'\n".repeat(lines)} ET`;
  return { content: Buffer.from(content, 'latin1'), height };
}

/**
 * A page of `pieces` pieces of text, each one small letter drawn at its own place, scattered over
 * the page by a fixed sequence (the same page each time), under the line `above` at its top. The
 * letter is `piece` ("w" unless given): the same places with a comma, no footnote marker, make a
 * page to compare it with (limits.test.ts).
 */
export function scatteredPage(pieces: number, above: string, piece = 'w'): HostilePage {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const parts = [`BT /F1 11 Tf 72 800 Td (${above.replace(/[()\\]/g, '\\$&')}) Tj ET`];
  for (let i = 0; i < pieces; i++) parts.push(`BT /F1 3 Tf ${(20 + next() * 550).toFixed(1)} ${(20 + next() * 760).toFixed(1)} Td (${piece}) Tj ET`);
  return { content: Buffer.from(parts.join('\n'), 'latin1') };
}

/**
 * A page of one table without rules, `lines` lines tall, whose two cells run on together on every
 * line (neither ends a sentence or leaves room for the next line's first word): the first half of
 * its lines set in Helvetica, then, from the right cell of the line at half, in bold (one change of
 * font, so that 16,000 lines take 1.2 MB); under the line `above` (a heading, say) and a gap.
 * With `face` /F1 the change at half keeps Helvetica: the same table in one face throughout.
 */
export function runOnTablePage(lines: number, above: string, face: '/F1' | '/F2' = '/F2'): HostilePage {
  const height = (lines + 6) * 14;
  const half = Math.floor(lines / 2);
  let content = `BT /F1 11 Tf 72 ${height - 28} Td (${above.replace(/[()\\]/g, '\\$&')}) Tj 0 -28 Td\n`;
  for (let i = 0; i < lines; i++) content += `(on and on with the) Tj 250 0 Td ${i === half ? `${face} 11 Tf ` : ''}(and on and on and) Tj -250 -14 Td\n`;
  return { content: Buffer.from(`${content}ET`, 'latin1'), height, bold: true };
}

/**
 * A page of `lines` copies of one line `text`, 18 points apart, in `face` (/F1 Helvetica or /F2
 * Helvetica-Bold) at `size` points: copies of a line that fills its width run on, one into the next.
 */
export function repeatedLinePage(lines: number, text: string, face: '/F1' | '/F2', size: number): HostilePage {
  const height = (lines + 10) * 18;
  const content = `BT ${face} ${size} Tf 18 TL 72 ${height - 28} Td ${`(${text.replace(/[()\\]/g, '\\$&')})'\n`.repeat(lines)} ET`;
  return { content: Buffer.from(content, 'latin1'), height, bold: face === '/F2' };
}

/**
 * A page `lines` lines tall, under the line `above`, each line two cells with a wide gap between
 * them, the right cell of each line 3 points right of the one above (no two lines' gaps within 2
 * points of each other: no divider for a table without rules), the page as wide as that takes.
 * `left` is each line's left cell (one with no two letters in a row leaves no gap after a word).
 */
export function gapsApartPage(lines: number, above: string, left = 'Work with families'): HostilePage {
  const height = (lines + 6) * 14;
  let content = `BT /F1 11 Tf 72 ${height - 28} Td (${above.replace(/[()\\]/g, '\\$&')}) Tj 0 -28 Td\n`;
  for (let i = 0; i < lines; i++) content += `(${left}) Tj ${200 + i * 3} 0 Td (was seen) Tj ${-(200 + i * 3)} -14 Td\n`;
  return { content: Buffer.from(`${content}ET`, 'latin1'), height, width: 400 + lines * 3 };
}

/**
 * A page `lines` lines tall, under the line `above`: a block of labels and values, each line the
 * label "Lead inspector:" and, in a column of its own, a name (one table without rules, a row a line).
 * `label` is each line's label: one that does not end ":" (and no value wrapping under it) is no
 * block of labels, so the lines, gaps and all, run on as one paragraph and no table is put in order.
 */
export function labelsPage(lines: number, above: string, label = 'Lead inspector:'): HostilePage {
  const height = (lines + 6) * 14;
  let content = `BT /F1 11 Tf 72 ${height - 28} Td (${above.replace(/[()\\]/g, '\\$&')}) Tj 0 -28 Td\n`;
  for (let i = 0; i < lines; i++) content += `(${label.replace(/[()\\]/g, '\\$&')}) Tj 178 0 Td (Jane Smith ${i}) Tj -178 -14 Td\n`;
  return { content: Buffer.from(`${content}ET`, 'latin1'), height };
}
