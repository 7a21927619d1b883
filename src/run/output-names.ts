import { createHash } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { csvText } from '../render/csv.js';
import { escapeMarkdown } from '../render/letter.js';

// File names for --out-dir: "<area>-<date>.<format>", stable for an input from run to run,
// never empty, never too long for a file system, and never taking the name of an output that
// holds another letter without saying so.

/**
 * Letters of a slug, and its bytes in UTF-8 (a letter of another script takes two to four): file
 * systems allow 255 bytes, and a name can be two slugs, a date, a hash and an extension.
 */
const MAX_SLUG = 60;
const MAX_SLUG_BYTES = 100;

/** Names Windows reserves whatever their extension ("con.json"); a slug is lower case, and NFKD ("COM¹" is "com1" by then). */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/**
 * A name's letters and digits, of any script, joined by dashes: NFC, so that a name is one string
 * however its accents were typed; case folded a letter at a time, as a file system that ignores
 * case compares names ("Σ", "σ" and "ς" are one name there, as are "ß" and "ss"), so that two
 * names it holds as one are one here too, and the collision is seen. Latin letters lose their
 * accents ("Vokingém" gives "vokingem", as before: an output folder of earlier runs keeps its
 * names); other scripts keep their marks, which there are letters or vowels ("й", "हि").
 */
function slug(text: string): string {
  const letters = [...text.normalize('NFKD')]
    .map((character) => character.toUpperCase().toLowerCase())
    .join('')
    .replace(/(?<=\p{Script=Latin})\p{M}+/gu, '')
    // A mark after no letter (after a dot, say) would sit on the dash that replaces it.
    .replace(/(?<![\p{L}\p{M}\p{Nd}])\p{M}+/gu, '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{Nd}]+/gu, '-');
  let cut = '';
  let count = 0;
  let bytes = 0;
  for (const character of letters) {
    bytes += Buffer.byteLength(character);
    if (++count > MAX_SLUG || bytes > MAX_SLUG_BYTES) break;
    cut += character;
  }
  return cut.replace(/^-+|-+$/g, '');
}

/** A short hash of where the input really is: the same for the same file, whatever path named it. */
async function pathHash(input: string): Promise<string> {
  const where = input === '-' ? '-' : await realpath(input).catch(() => resolve(input));
  return createHash('sha256').update(where).digest('hex').slice(0, 8);
}

/**
 * The name (no extension) for a letter's output: area and date ("wokingham-2017-07-14"); the
 * input's name (with its extension, so letter.pdf and letter.txt stay apart) when those are
 * unknown or the area has no letters or digits; a hash of the input's path when even that is empty.
 */
export async function outputName(area: string | null, date: string | null, input: string): Promise<string> {
  const base = input === '-' ? 'stdin' : input.split(/[\\/]/).pop()!;
  // A name with no letters or digits before its extension ("….txt") says nothing.
  const fromInput = slug(base.replace(/\.[^.]*$/, '')) ? slug(base) : '';
  const fromArea = area ? slug(area) : '';
  const stem = fromArea || fromInput || `letter-${await pathHash(input)}`;
  const name = date && (fromArea || !fromInput) ? `${stem}-${date}` : stem;
  return RESERVED.test(name) ? `${name}-letter` : name;
}

/**
 * The order in which a run's inputs claim names in an output folder: by where each really is
 * (its real path, sorted by code point), so that of two inputs with one name the same one gets
 * the plain name whatever the order of the arguments.
 */
export async function namingOrder(inputs: string[]): Promise<string[]> {
  const keyed = await Promise.all(inputs.map(async (input) => ({ input, key: input === '-' ? '-' : await realpath(input).catch(() => resolve(input)) })));
  return keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map(({ input }) => input);
}

/** What an existing output records of its source: the file as the output names it, and its sha256 (whole, or 16 digits in Markdown). */
interface Recorded {
  file: string | null;
  sha256: string | null;
}

/**
 * The source an existing output records (JSON: source.file and source.sha256; Markdown: its
 * Source row; CSV: the last two fields of a row, quoted, which no field's own text can imitate:
 * quotes in a field are doubled), or undefined when there is no such file.
 */
async function recordedSource(path: string): Promise<Recorded | undefined> {
  const info = await stat(path).catch(() => null);
  if (info === null) return undefined;
  // A folder, pipe or device at that name is no output of jtai (and a pipe is never opened: it would wait for a writer).
  if (!info.isFile()) return { file: null, sha256: null };
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  // Spaced as JSON is written, or compact as a line of JSON Lines.
  const json = /"source": ?\{\s*"file": ?("(?:[^"\\]|\\.)*"),\s*"sha256": ?"([0-9a-f]{64})"/.exec(text);
  if (json) return { file: JSON.parse(json[1]!) as string, sha256: json[2]! };
  const markdown = /^\| Source \| (.*) \((?:pdf|text), \d+ pages?, sha256 ([0-9a-f]{16})\) \|$/m.exec(text);
  if (markdown) return { file: markdown[1]!, sha256: markdown[2]! };
  const csv = /,"((?:[^"]|"")*)","([0-9a-f]{64})"\r\n/.exec(text);
  if (csv) return { file: csv[1]!.replace(/""/g, '"'), sha256: csv[2]! };
  return { file: null, sha256: null };
}

/** The file holds an output of jtai (one that records its letter's source), not some other file. */
export async function holdsJtaiOutput(path: string): Promise<boolean> {
  return (await recordedSource(path))?.sha256 != null;
}

/** An output's record names this letter's source file, as its format writes it. */
function namesFile(recorded: Recorded, format: string, file: string): boolean {
  return recorded.file !== null && recorded.file === (format === 'md' ? escapeMarkdown(file) : format === 'csv' ? csvText(file) : file);
}

/** A file's path in an output folder, as chooseOutputPath gives it out and records it as used. */
export function pathInFolder(dir: string, file: string): string {
  return `${dir.replace(/[\\/]$/, '')}/${file}`;
}

/** What took an output name that a letter's output gives out: a letter's own is "another input" to the next. */
const TAKEN_BY_INPUT = 'another input of this run';

export interface OutputChoice {
  path: string;
  /** Why the output did not get its first-choice name, when it did not. */
  note: string | null;
}

/**
 * Where a letter's output goes in `dir`: its name, unless this run already used it or the file
 * there is not an output of jtai (a user's file, an input) or holds another input's output (it records another source file and another sha256: the
 * same file changed is the same input, and its output is updated in place); then the name with
 * the input's name added, then with a hash of the input's path.
 */
export async function chooseOutputPath(
  dir: string,
  format: string,
  letter: { area: string | null; date: string | null; input: string; file: string; sha256: string },
  /** Paths this run has given out already, each with what took it ("another input of this run", "this run's --report"). */
  used: Map<string, string>,
): Promise<OutputChoice> {
  const first = await outputName(letter.area, letter.date, letter.input);
  const fromInput = await outputName(null, null, letter.input);
  const candidates = [first, `${first}-${fromInput}`, `${first}-${await pathHash(letter.input)}`];
  let note: string | null = null;
  for (const name of candidates) {
    const path = pathInFolder(dir, `${name}.${format}`);
    const takenBy = used.get(path);
    if (takenBy !== undefined) {
      note ??= `${path} is taken by ${takenBy}`;
      continue;
    }
    const recorded = await recordedSource(path);
    if (recorded && recorded.sha256 === null) {
      // Not an output of jtai (a user's file, an input, a link to one): never written over.
      note ??= `${path} is not an output of jtai, so it is left alone`;
      continue;
    }
    const another = recorded?.sha256 && !letter.sha256.startsWith(recorded.sha256) && !namesFile(recorded, format, letter.file);
    if (another) {
      note ??= `${path} holds the output of another input (${recorded.file ?? 'source'}, sha256 ${recorded.sha256!.slice(0, 12)}…), so it is left alone`;
      continue;
    }
    used.set(path, TAKEN_BY_INPUT);
    return { path, note: note && `${note}; ${letter.input} is written to ${path}` };
  }
  // Only when the three names are all taken: the name this input's path alone gives.
  const path = pathInFolder(dir, `${first}-${await pathHash(letter.input)}-${used.size}.${format}`);
  used.set(path, TAKEN_BY_INPUT);
  return { path, note: `${note ?? 'its names were taken'}; ${letter.input} is written to ${path}` };
}
