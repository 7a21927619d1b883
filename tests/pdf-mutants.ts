import { deflateSync, inflateSync } from 'node:zlib';

// Real letters' PDFs damaged as files are damaged on their way (a disk, a download, a tool that
// rewrites them), each mutant made from a seed, so that a failure names one that can be made again.

export interface Mutant {
  name: string;
  /** What was done to the file. */
  kind: string;
  bytes: Buffer;
}

interface StreamAt {
  /** The stream's dictionary, from its object's "obj". */
  dictionary: string;
  dictionaryStart: number;
  dataStart: number;
  /** Where "endstream" starts (the data ends before it, and its line end). */
  end: number;
}

/** Every stream of the file, in order. */
export function streamsOf(bytes: Buffer): StreamAt[] {
  const text = bytes.toString('latin1');
  const found: StreamAt[] = [];
  const start = /stream\r?\n/g;
  for (let match = start.exec(text); match !== null; match = start.exec(text)) {
    if (text.slice(match.index - 3, match.index) === 'end') continue;
    const dataStart = match.index + match[0].length;
    const end = text.indexOf('endstream', dataStart);
    if (end < 0) break;
    const dictionaryStart = text.lastIndexOf('obj', match.index);
    found.push({ dictionary: text.slice(dictionaryStart, match.index), dictionaryStart, dataStart, end });
    start.lastIndex = end + 'endstream'.length;
  }
  return found;
}

/** A stream's data decoded, changed and encoded again, its /Length made to fit (the xref's offsets after it no longer do: readers rebuild it). */
export function rewriteStream(bytes: Buffer, stream: StreamAt, change: (decoded: Buffer) => Buffer): Buffer {
  const data = bytes.subarray(stream.dataStart, stream.end).toString('latin1').replace(/\r?\n$/, '');
  const encoded = deflateSync(change(inflateSync(Buffer.from(data, 'latin1'))));
  const dictionary = stream.dictionary.replace(/\/Length \d+(?! \d+ R)/, `/Length ${encoded.length}`);
  return Buffer.concat([bytes.subarray(0, stream.dictionaryStart), Buffer.from(dictionary, 'latin1'), bytes.subarray(stream.dictionaryStart + stream.dictionary.length, stream.dataStart), encoded, Buffer.from('\n', 'latin1'), bytes.subarray(stream.end)]);
}

/** The page content streams of a file whose streams are Flate-compressed: those that inflate to text operators. */
export function contentStreams(bytes: Buffer): StreamAt[] {
  return streamsOf(bytes).filter((stream) => {
    if (!/\/FlateDecode/.test(stream.dictionary) || /\/Subtype\s*\/Image|\/Length1|\/ObjStm|\/XRef/.test(stream.dictionary)) return false;
    try {
      return /\bBT\b[^]*\bET\b/.test(inflateSync(bytes.subarray(stream.dataStart, stream.end)).toString('latin1'));
    } catch {
      return false;
    }
  });
}

const replaceAt = (bytes: Buffer, start: number, end: number, insert: string | Buffer) => Buffer.concat([bytes.subarray(0, start), Buffer.isBuffer(insert) ? insert : Buffer.from(insert, 'latin1'), bytes.subarray(end)]);

/** `count` mutants of `bytes`, of every kind in turn, from `seed`. */
export function mutantsOf(name: string, bytes: Buffer, seed: number, count: number): Mutant[] {
  let state = seed >>> 0 || 1;
  const random = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296;
  const below = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: T[]): T => list[below(list.length)]!;
  const text = bytes.toString('latin1');
  const streams = streamsOf(bytes);
  const contents = contentStreams(bytes);
  const flip = (from: number, to: number, flips: number) => {
    const copy = Buffer.from(bytes);
    for (let i = 0; i < flips; i++) {
      const at = from + below(Math.max(1, to - from));
      copy[at] = copy[at]! ^ (1 << below(8));
    }
    return copy;
  };
  const kinds: Array<() => [string, Buffer]> = [
    () => {
      const stream = pick(streams.filter((s) => !/\/Subtype\s*\/Image/.test(s.dictionary)));
      return ['bytes flipped in a compressed stream', flip(stream.dataStart, stream.end, 1 + below(8))];
    },
    () => {
      const stream = pick(contents);
      return ['bytes flipped in a page\'s decoded content', rewriteStream(bytes, stream, (decoded) => {
        for (let i = 1 + below(12); i > 0; i--) {
          const at = below(decoded.length);
          decoded[at] = decoded[at]! ^ (1 << below(8));
        }
        return decoded;
      })];
    },
    () => {
      const at = 16 + below(bytes.length - 16);
      return [`cut short at byte ${at}`, bytes.subarray(0, at)];
    },
    () => {
      const startxref = text.lastIndexOf('startxref');
      return ['startxref pointing elsewhere', replaceAt(bytes, startxref, text.indexOf('%%EOF', startxref), `startxref\n${1 + below(bytes.length)}\n`)];
    },
    () => {
      const stream = pick(streams);
      return ['an endstream deleted', replaceAt(bytes, stream.end, stream.end + 'endstream'.length, '')];
    },
    () => {
      const lengths = [...text.matchAll(/\/Length \d+(?! \d+ R)/g)];
      const length = pick(lengths);
      return ['a huge /Length', replaceAt(bytes, length.index, length.index + length[0].length, `/Length ${pick(['999999999', '2147483647', '-5'])}`)];
    },
    () => {
      const objectStreams = streams.filter((s) => /\/ObjStm/.test(s.dictionary));
      if (objectStreams.length === 0) return ['the xref\'s first bytes overwritten', flip(Number(/startxref\s+(\d+)/.exec(text.slice(text.lastIndexOf('startxref')))?.[1] ?? 0), bytes.length, 20)];
      const stream = pick(objectStreams);
      return ['an object stream cut short', replaceAt(bytes, stream.dataStart + below(stream.end - stream.dataStart), stream.end, '')];
    },
    () => {
      const kids = [...text.matchAll(/\/Kids\s*\[\s*(\d+ \d+ R)/g)];
      if (kids.length === 0) return ['the trailer keyword damaged', Buffer.from(text.replace(/trailer(?![^]*trailer)/, 'trailxx'), 'latin1')];
      const node = pick(kids);
      return ['a page listed twice in the page tree', replaceAt(bytes, node.index, node.index + node[0].length, `${node[0]} ${node[1]}`)];
    },
    () => {
      const filters = [...text.matchAll(/\/FlateDecode/g)];
      const filter = pick(filters);
      const to = pick(['/LZWDecode', '/ASCII85Decode', '/DCTDecode', '/RunLengthDecode', '/CCITTFaxDecode', '/Crypt', '/NoSuchDecode', '/ASCIIHexDecode']);
      return [`/FlateDecode changed to ${to}`, replaceAt(bytes, filter.index, filter.index + filter[0].length, to)];
    },
  ];
  return Array.from({ length: count }, (_, i) => {
    const [kind, mutated] = kinds[i % kinds.length]!();
    return { name: `${name}-${i}.pdf`, kind, bytes: mutated };
  });
}

/**
 * A second revision of a PDF, appended as an editor saves an incremental update: the first page
 * content stream that `change` changes (it returns null for one it leaves) written again as a new
 * object of the same number, with an xref section for it and a trailer whose /Prev points at the
 * file's last one. The first revision's bytes stay as they were.
 */
export function incrementalUpdate(bytes: Buffer, change: (content: string) => string | null): Buffer {
  const text = bytes.toString('latin1');
  for (const stream of contentStreams(bytes)) {
    const changed = change(inflateSync(bytes.subarray(stream.dataStart, stream.end)).toString('latin1'));
    if (changed === null) continue;
    const [, number, generation] = /(\d+)\s+(\d+)\s+obj$/.exec(text.slice(0, stream.dictionaryStart + 3))!;
    const lastXref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1]);
    // The last trailer's entries: a table's "trailer" dictionary, or an xref stream's own.
    const section = text.slice(lastXref);
    const trailer = section.startsWith('xref') ? section.slice(section.indexOf('trailer')) : section.slice(0, section.indexOf('stream'));
    const entry = (key: string) => new RegExp(`/${key}\\s*(\\d+\\s+\\d+\\s+R|\\d+)`).exec(trailer)?.[1];
    const size = Math.max(Number(entry('Size')), Number(number) + 1);
    const encoded = deflateSync(Buffer.from(changed, 'latin1'));
    const objectAt = bytes.length + 1;
    const object = Buffer.concat([Buffer.from(`\n${number} ${generation} obj\n<< /Length ${encoded.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'), encoded, Buffer.from('\nendstream\nendobj\n', 'latin1')]);
    const xrefAt = bytes.length + object.length;
    const info = entry('Info') ? ` /Info ${entry('Info')}` : '';
    const xref = `xref\n${number} 1\n${String(objectAt).padStart(10, '0')} ${generation.padStart(5, '0')} n \ntrailer\n<< /Size ${size} /Root ${entry('Root')}${info} /Prev ${lastXref} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
    return Buffer.concat([bytes, object, Buffer.from(xref, 'latin1')]);
  }
  throw new Error('no content stream was changed');
}
