import { constants, createInflate, createInflateRaw, inflateSync } from 'node:zlib';
import { JtaiError } from '../errors.js';
import { grouped } from '../render/words.js';
import { withoutStopping } from '../stop-guard.js';

// A PDF's size once decoded, measured before pdf.js opens it. A few kilobytes can inflate to
// gigabytes (a decompression bomb), and pdf.js holds what it decodes outside the JavaScript heap,
// where no heap limit reaches; one long run of text can exhaust a heap of any size. So every
// stream is measured here, inflating with a cap, and a file over the limits is refused.

export interface DecodedSizeLimits {
  /**
   * Any one stream that is neither an image nor a font (page contents, forms, object streams):
   * pdf.js reads such a stream whole, and its text costs about 65 times its size in heap.
   */
  perStream: number;
  /** Any one font program (parsed into typed arrays, about its own size). */
  perFont: number;
  /** Every stream of the file together, images too (text extraction never decodes an image). */
  total: number;
}

/**
 * Measured on the real letters and reports in fixtures/: the largest stream decodes to 0.29 MB
 * and the largest file (304 pages) to 2.1 MB in all. The limits leave room for letters several
 * times larger, and keep what one file can cost to a few hundred MB.
 */
export const DECODED_LIMITS: DecodedSizeLimits = { perStream: 2 * 1048576, perFont: 16 * 1048576, total: 256 * 1048576 };

/** Filters that expand what they decode, with the most each input byte can become. */
const EXPANDING = { LZWDecode: 4096, RunLengthDecode: 64 } as const;
const DEFLATE_MAX_RATIO = 1032;

const latin1 = (bytes: Uint8Array, start: number, end: number) => Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1');

export interface StreamSizes {
  largest: number;
  total: number;
  /** Streams that are neither images nor fonts: page contents and the like, the text's raw form. */
  contents: number;
  /** False for an encrypted PDF, whose streams cannot be measured. */
  measured: boolean;
  /**
   * Streams of text or fonts whose only fault is their checksum: the file is refused as corrupt
   * when pdf.js reads one, so that the message names the page that needs it (see checksumFailed).
   */
  checksumFailures: ChecksumFailure[];
  /**
   * Whether some stream that may hold a page's content was not kept inflated (one past
   * KEEP_INFLATED, of another filter than Flate alone, or of an encrypted file): its operators
   * were not seen, so what they set (text drawn invisibly) is known only from pdf.js's reading.
   */
  unscanned: boolean;
}

/** A Flate stream of page text or a font that inflates whole, with no fault but its checksum (Adler-32). */
export interface ChecksumFailure {
  /** Where its data starts in the file, after its two-byte zlib header (where pdf.js reads it from). */
  at: number;
  /** Its deflate data (up to the checksum, or to the stream's end), by which pdf.js's read of it is told from another file's. */
  deflate: Uint8Array;
  /** What the deflate data inflates to, in bytes. */
  decodedLength: number;
  font: boolean;
  /** A stream of the file's objects (/Type /ObjStm), read for whatever object in it is needed first. */
  objects: boolean;
  /** What zlib said. */
  zlib: string;
}

/**
 * Measures every stream of the PDF; throws `too-large` as soon as a limit is passed. An encrypted
 * PDF's streams cannot be measured without decrypting them; pdf.js opens those as it finds them.
 */
export async function checkDecodedSize(bytes: Uint8Array, file: string, limits: DecodedSizeLimits = DECODED_LIMITS): Promise<StreamSizes> {
  const known = limits === DECODED_LIMITS ? measured.get(bytes) : undefined;
  if (known) return known;
  // zlib at work: the thread must not be stopped midway (see stop-guard.ts).
  const kept: InflatedStreams = new Map();
  const sizes = await withoutStopping(() => measure(bytes, file, limits, kept));
  if (limits === DECODED_LIMITS) {
    measured.set(bytes, sizes);
    if (kept.size > 0) inflatedStreams.set(bytes, kept);
  }
  return sizes;
}

/**
 * Files measured within the limits, by the bytes read (never changed: pdf.js is given a copy). One
 * input is measured to choose where it is parsed (run/batch.ts), then as pdf.js opens it; inflating
 * every stream twice cost a one-letter run 30-40 ms.
 */
const measured = new WeakMap<Uint8Array, StreamSizes>();

/**
 * A Flate stream inflated whole while measuring: its deflate data (the bytes after the two-byte
 * header, to the end of the last block) and what they inflate to. pdf.js, reading the same stream,
 * is given this instead of inflating it again (see inflateWhole in pdfjs.ts): the same bytes can
 * inflate to nothing else.
 */
export interface InflatedStream {
  deflate: Uint8Array;
  inflated: Uint8Array;
}
/** The streams of a file kept as measured, by the offset in the file of their deflate data. */
export type InflatedStreams = Map<number, InflatedStream>;

/**
 * What may be kept of one file's streams for pdf.js. A real letter's page contents and fonts
 * inflate to 0.5-2 MB; past this a file's streams are measured without being kept.
 */
const KEEP_INFLATED = 16 * 1048576;

/** Streams of files measured within the limits, kept until pdf.js opens the file (takeInflatedStreams). */
const inflatedStreams = new WeakMap<Uint8Array, InflatedStreams>();

/** The streams that measuring `bytes` inflated whole and kept, once: they are pdf.js's to take. */
export function takeInflatedStreams(bytes: Uint8Array): InflatedStreams | undefined {
  const streams = inflatedStreams.get(bytes);
  inflatedStreams.delete(bytes);
  return streams;
}

async function measure(bytes: Uint8Array, file: string, limits: DecodedSizeLimits, kept: InflatedStreams): Promise<StreamSizes> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const mb = (n: number) => `${Number((n / 1048576).toFixed(1))} MB`;
  if (buffer.indexOf('/Encrypt', 0, 'latin1') >= 0) return { largest: 0, total: 0, contents: 0, measured: false, checksumFailures: [], unscanned: true };
  let total = 0;
  let largest = 0;
  let contents = 0;
  let keptBytes = 0;
  let unscanned = false;
  const checksumFailures: ChecksumFailure[] = [];
  let from = 0;
  for (;;) {
    const keyword = buffer.indexOf('stream', from, 'latin1');
    if (keyword < 0) break;
    from = keyword + 6;
    // "endstream", or a word that merely ends in "stream", is not the start of one.
    if (keyword > 0 && /[A-Za-z]/.test(String.fromCharCode(buffer[keyword - 1]!))) continue;
    let start = keyword + 6;
    if (buffer[start] === 0x0d) start++;
    if (buffer[start] !== 0x0a && buffer[start - 1] !== 0x0d) continue;
    if (buffer[start] === 0x0a) start++;
    const end = buffer.indexOf('endstream', start, 'latin1');
    const data = buffer.subarray(start, end < 0 ? buffer.length : end);
    from = end < 0 ? buffer.length : end + 9;
    // The stream's dictionary: back to its "obj", within a few kilobytes (so a hostile file of
    // many "stream" keywords costs linear time).
    const window = Math.max(0, keyword - 4096);
    const object = buffer.subarray(window, keyword).lastIndexOf('obj', undefined, 'latin1');
    const dictionary = latin1(bytes, object < 0 ? window : window + object, keyword);
    const isImage = /\/Subtype\s*\/Image\b/.test(dictionary);
    // A stream no text is read from: an image, a colour profile (ICC: its number of components, no type), XMP
    // metadata or an embedded file. pdf.js reads the pages' text past its damage.
    const holdsNoText = isImage || /\/Type\s*\/(?:Metadata|EmbeddedFile)\b/.test(dictionary) || (/\/N\s*\d/.test(dictionary) && !/\/Type\b/.test(dictionary));
    const isFont = /\/Length[123]\b|\/Subtype\s*\/(?:Type1C|CIDFontType0C|OpenType)\b/.test(dictionary);
    const limit = isImage ? limits.total : isFont ? limits.perFont : limits.perStream;
    const cap = Math.min(limit, limits.total - total);
    // pdf.js never decodes an image here; a stream of one filter is inflated from the file's own bytes.
    const keep = (inflated: Buffer, consumed: number) => {
      if (isImage || keptBytes + inflated.length > KEEP_INFLATED) return;
      keptBytes += inflated.length;
      // The zlib stream's last 4 bytes are its checksum; pdf.js reads past its 2-byte header.
      kept.set(start + 2, { deflate: data.subarray(2, consumed - 4), inflated });
    };
    const { size, damage, checksumOnly } = await decodedSize(data, dictionary, cap, keep);
    // A stream of a page's content is filtered (one not, the file's own bytes show) and holds no objects.
    unscanned ||= !holdsNoText && !isFont && !kept.has(start + 2) && /\/Filter\b/.test(dictionary) && !/\/Type\s*\/(?:ObjStm|XRef)\b/.test(dictionary);
    const what = isFont ? 'one of its fonts' : 'one of its streams';
    // Page text or a font that does not inflate as written would be read wrong, or not at all (a
    // title lost, a letter taken for something else): the file is damaged. Text is never read from
    // an image, so a damaged image only counts, by the most it could decode to. A stream whose
    // checksum alone fails (pdf.js and poppler do not check it) inflates whole, but most likely
    // to bytes not as written: refused too, once pdf.js shows which page reads it.
    // (checksumOnly holds only within the cap, so such a stream is never over its limit.)
    if (damage !== null && !holdsNoText && checksumOnly) checksumFailures.push({ at: start + 2, deflate: data.subarray(2), decodedLength: size, font: isFont, objects: /\/Type\s*\/ObjStm\b/.test(dictionary), zlib: damage });
    else if (damage !== null && !holdsNoText) throw new JtaiError('corrupt', `${what} is damaged (zlib: ${damage}, at byte ${start} of the file), so its text cannot be read as it was written`, file);
    // A damaged stream that holds no text counts, by the most it could decode to, against the whole file's limit (pdf.js stops at the damage).
    if (size > (damage !== null ? limits.total : limit)) {
      // A damaged stream's size is only a bound: the file is damaged, not too large.
      if (damage !== null) throw new JtaiError('corrupt', `${isImage ? 'one of its images' : 'one of its streams'} is damaged (zlib: ${damage}, at byte ${start} of the file), so what it decodes to cannot be measured: up to ${mb(size)}, over the ${mb(limits.total)} limit for the whole file`, file);
      throw new JtaiError('too-large', `${what} decodes to ${size === cap + 1 ? `more than ${mb(cap)}` : mb(size)}, over the ${mb(limit)} limit for one ${isFont ? 'font' : 'stream'}`, file);
    }
    total += size;
    if (total > limits.total) throw new JtaiError('too-large', `its streams decode to more than ${mb(limits.total)}`, file);
    if (size > largest) largest = size;
    if (!isImage && !isFont) contents += size;
  }
  return { largest, total, contents, measured: true, checksumFailures, unscanned };
}

/**
 * A stream's decoded size (`cap + 1` when it is only known to exceed the cap), and what zlib found
 * wrong with it when its data is damaged: the size is then what its deflate data inflates to
 * without its checks, or else the most its bytes could decode to.
 */
interface DecodedSize {
  size: number;
  damage: string | null;
  /** The stream, of one Flate filter, inflates whole: only its checksum fails. */
  checksumOnly?: true;
}

async function decodedSize(data: Buffer, dictionary: string, cap: number, keep: (inflated: Buffer, consumed: number) => void): Promise<DecodedSize> {
  const filters = dictionary.match(/\/(?:FlateDecode|Fl|LZWDecode|LZW|RunLengthDecode|RL|ASCII85Decode|A85|ASCIIHexDecode|AHx)\b/g) ?? [];
  let decoded = data;
  let bound = data.length;
  for (const [i, filter] of filters.entries()) {
    if (TEXT_ENCODINGS.has(filter)) {
      // Text that only spells bytes, so that a Flate filter after it has its real data to inflate.
      if (bound !== decoded.length) continue;
      const bytes = filter.includes('85') ? ascii85Bytes(decoded, cap) : hexBytes(decoded);
      if (typeof bytes === 'number') return { size: bytes, damage: null };
      decoded = bytes;
      bound = bytes.length;
    } else if (filter === '/FlateDecode' || filter === '/Fl') {
      if (bound !== decoded.length) return { size: bound, damage: null }; // after an expanding filter we cannot inflate what we did not decode
      // The last filter's output is only counted; one that feeds another filter is kept (up to the cap).
      if (i === filters.length - 1) return inflatedLength(decoded, cap, filters.length === 1 ? keep : undefined);
      try {
        decoded = inflateSync(decoded, { maxOutputLength: Math.min(cap + 1, 2 ** 31 - 1), finishFlush: constants.Z_SYNC_FLUSH });
        bound = decoded.length;
      } catch (error) {
        return inflateFailure(error, decoded, cap);
      }
    } else {
      bound *= filter.startsWith('/LZW') ? EXPANDING.LZWDecode : EXPANDING.RunLengthDecode;
    }
  }
  return { size: bound, damage: null };
}

/** Filters that spell bytes as text (ASCII base-85 or hexadecimal): they decode to fewer bytes. */
const TEXT_ENCODINGS = new Set(['/ASCII85Decode', '/A85', '/ASCIIHexDecode', '/AHx']);

/**
 * ASCII base-85 (PDF's ASCII85Decode): five characters to four bytes, z for four zeros, ~> its end.
 * z makes four bytes of one character, so the bytes are counted before they are held: past `cap`,
 * their number is returned instead.
 */
function ascii85Bytes(text: Buffer, cap: number): Buffer | number {
  const end = text.indexOf('~', 0, 'latin1');
  const zeros = text.subarray(0, end < 0 ? text.length : end).reduce((sum, char) => sum + (char === 0x7a ? 1 : 0), 0);
  const most = Math.ceil((text.length * 4) / 5) + zeros * 4 + 4;
  if (zeros * 4 > cap) return zeros * 4;
  const out = Buffer.alloc(most);
  let length = 0;
  let group = 0;
  let count = 0;
  for (const char of text) {
    if (char === 0x7e) break; // ~ of the closing ~>
    if (char === 0x7a && count === 0) {
      length += 4; // z: four zero bytes (the buffer starts zeroed)
      continue;
    }
    if (char < 0x21 || char > 0x75) continue; // white space, or a character that spells nothing
    group = group * 85 + (char - 0x21);
    if (++count === 5) {
      out.writeUInt32BE(group >>> 0, length);
      length += 4;
      group = 0;
      count = 0;
    }
  }
  if (count > 1) {
    // A last group of n characters, padded with the highest digit, gives n - 1 bytes.
    for (let i = count; i < 5; i++) group = group * 85 + 84;
    const last = Buffer.alloc(4);
    last.writeUInt32BE(group >>> 0);
    last.copy(out, length, 0, count - 1);
    length += count - 1;
  }
  return out.subarray(0, length);
}

/** Hexadecimal (PDF's ASCIIHexDecode): two digits a byte, white space skipped, > its end. */
function hexBytes(text: Buffer): Buffer {
  const end = text.indexOf(0x3e);
  const digits = text.subarray(0, end < 0 ? text.length : end).toString('latin1').replace(/[^0-9A-Fa-f]/g, '');
  return Buffer.from(digits.length % 2 === 0 ? digits : `${digits}0`, 'hex');
}

/**
 * Most of a stream inflated in one step (zlib's synchronous call), held at once: the size the
 * streams of a real letter stay far below (0.3 MB at most). Counted chunk by chunk instead, a
 * letter's 10-20 streams over 4 KB cost a one-letter run 13 ms more CPU (Node's stream machinery
 * running cold), for the same counts.
 */
const INFLATE_AT_ONCE = 4 * 1048576;

/**
 * How long `data` is once inflated, up to just past `cap`: in one step, or counted chunk by chunk
 * without keeping it where it may be longer. Inflated in one step to the stream's end, the result
 * is given to `whole` with the number of bytes of `data` it took.
 */
function inflatedLength(data: Buffer, cap: number, whole?: (inflated: Buffer, consumed: number) => void): Promise<DecodedSize> {
  // A stream that cannot inflate past the cap at all is counted whole, whatever its length;
  // another, in one step only while within the cap (past it, as counted chunk by chunk: cap + 1).
  const most = data.length * DEFLATE_MAX_RATIO <= INFLATE_AT_ONCE ? undefined : Math.min(cap + 1, INFLATE_AT_ONCE);
  try {
    const { buffer, engine } = inflateSync(data, { finishFlush: constants.Z_SYNC_FLUSH, info: true, ...(most === undefined ? {} : { maxOutputLength: most }) }) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
    // zlib stops reading at the end of the stream, after its checksum; a stream cut short (or
    // whose checksum is, which zlib then cannot check) is read to the last byte given.
    if (whole && engine.bytesWritten < data.length) whole(buffer, engine.bytesWritten);
    return Promise.resolve({ size: buffer.length, damage: null });
  } catch (error) {
    // Longer than may be held at once, and still within the cap: counted as it inflates.
    if (!((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' && most !== undefined && most <= cap)) return inflateFailure(error, data, cap, whole !== undefined);
  }
  return countInflated(data, cap, false).then((counted) => (typeof counted === 'number' ? { size: counted, damage: null } : inflateFailure(counted.error, data, cap, whole !== undefined)));
}

/** What `data` inflates to, counted chunk by chunk without keeping it, up to just past `cap`; or zlib's error. */
function countInflated(data: Buffer, cap: number, raw: boolean): Promise<number | { error: Error }> {
  return new Promise((resolve) => {
    const inflate = (raw ? createInflateRaw : createInflate)({ finishFlush: constants.Z_SYNC_FLUSH });
    let length = 0;
    inflate.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > cap) {
        inflate.destroy();
        resolve(cap + 1);
      }
    });
    inflate.on('end', () => resolve(length));
    inflate.on('error', (error) => resolve({ error }));
    inflate.end(data);
  });
}

/**
 * What `data` inflates to where zlib refused it. `oneFilter`: Flate is the stream's only filter, so
 * pdf.js reads the file's own bytes (and a stream whose checksum alone fails can be told by where).
 */
async function inflateFailure(error: unknown, data: Buffer, cap: number, oneFilter = false): Promise<DecodedSize> {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (code === 'ERR_BUFFER_TOO_LARGE') return { size: cap + 1, damage: null };
  if (!code.startsWith('Z_')) throw error;
  const damage = (error as Error).message;
  // Where only the zlib header's check bits or the checksum at the end are wrong, which pdf.js
  // does not check, the deflate data inflates whole: to bytes not as written (the checksum says
  // so), but of a size that can be measured.
  const raw = await countInflated(data.subarray(2), cap, true);
  // zlib's words for a failing Adler-32 checksum: the one fault that leaves the data whole.
  if (typeof raw === 'number') return { size: raw, damage, ...(oneFilter && damage === 'incorrect data check' && raw <= cap ? { checksumOnly: true as const } : {}) };
  // Damaged data: pdf.js, more lenient than zlib, may go on past the damage; count the most that
  // deflate can expand to.
  return { size: data.length * DEFLATE_MAX_RATIO, damage };
}

/**
 * The file refused for a stream whose checksum alone fails, where pdf.js read it: as the document
 * opened, or for a page, as its text or its drawing was read (a font the page is the first to use,
 * a stream of the file's objects, or the page's own content).
 */
export function checksumFailed(failure: ChecksumFailure, page: number | 'opening', file: string, reading: 'text' | 'drawing' = 'text'): JtaiError {
  const place = `the compressed stream at byte ${grouped(failure.at - 2)} of the file`;
  const what = page === 'opening' ? `a stream of the file's objects (${place}), read as it opens,`
    : failure.font ? `a font first used on page ${page} (${place})`
    : failure.objects ? `a stream of the file's objects (${place}), read for page ${page}'s ${reading},`
    : reading === 'drawing' ? `a stream read for page ${page}'s drawing (${place})` : `page ${page}'s text (${place})`;
  const check = page === 'opening' ? 'its text' : `page ${page}`;
  return new JtaiError(
    'corrupt',
    `${what} fails its checksum (zlib: ${failure.zlib}) and has no other fault: it inflates whole, to ${grouped(failure.decodedLength)} bytes, but a failing checksum means those bytes are not all the ones written, so ${page === 'opening' ? 'the file' : 'the page'} would be read wrong`,
    file,
    'letter',
    `download the letter again; if it comes the same (its producer writes bad checksums), qpdf --recompress-flate FILE fixed.pdf writes the stream again with a good checksum, which jtai reads: then check ${check} of what it reads against the letter as published`,
  );
}

/** The warning for a stream whose checksum alone fails and that no page's text was read from (a linearized file's hints, say). */
export function unreadChecksumFailure(failure: ChecksumFailure): string {
  return `a compressed stream that no page's text was read from (at byte ${grouped(failure.at - 2)} of the file) fails its checksum (zlib: ${failure.zlib}): the file is damaged there, but not the text read; download the letter again for a whole copy`;
}
