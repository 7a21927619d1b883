import { fstatSync, statSync } from 'node:fs';
import { singleSpaced } from './text/spaces.js';

// Known failures have a code; the wording for each code lives here and nowhere else.
// Anything that is not a JtaiError is a bug and is shown as one.

export type ErrorCode =
  | 'not-found'
  | 'unreadable'
  | 'not-a-file'
  | 'empty'
  | 'corrupt'
  | 'not-a-pdf'
  | 'encrypted'
  | 'no-text-layer'
  | 'not-utf8'
  | 'not-a-letter'
  | 'no-sections'
  | 'timed-out'
  | 'too-large'
  | 'rotated-text'
  | 'garbled-text'
  | 'several-letters'
  | 'letter-part'
  | 'internal'
  | 'unwritable'
  | 'invalid-rules'
  | 'usage';

export const errorCatalogue: Record<ErrorCode, { status: string; advice: string }> = {
  'not-found': { status: 'not found', advice: 'check the path' },
  unreadable: { status: 'unreadable', advice: 'check the file permissions' },
  'not-a-file': { status: 'not a file', advice: 'give a letter saved as a file' },
  empty: { status: 'empty', advice: 'the file has no content; download it again' },
  corrupt: { status: 'corrupt', advice: 'the PDF is damaged or truncated; download it again' },
  'not-a-pdf': {
    status: 'not a PDF',
    advice: 'the file is named .pdf but is not one (an error page saved by a browser?); download the letter again',
  },
  encrypted: {
    status: 'encrypted',
    advice: 'the PDF needs a password to open; save an unprotected copy (e.g. qpdf --decrypt) and parse that',
  },
  'no-text-layer': {
    status: 'no text layer',
    advice: 'the PDF is scanned images with no text; run OCR on it (e.g. ocrmypdf) and parse the result',
  },
  'not-utf8': { status: 'not UTF-8', advice: 'save the text as UTF-8 and parse it again' },
  'not-a-letter': {
    status: 'not a JTAI letter',
    advice: 'jtai reads letters of findings from joint targeted area inspections only',
  },
  'no-sections': {
    status: 'no sections',
    advice: 'the letter has none of the known section headings; add an alias to rules/sections.yaml (--rules DIR)',
  },
  'timed-out': { status: 'timed out', advice: 'raise --timeout, or check the file is a normal letter' },
  'too-large': { status: 'too large', advice: 'letters are a few hundred kilobytes; check this file is one' },
  'rotated-text': {
    status: 'rotated text',
    advice: 'the pages are printed turned; rotate them upright (e.g. qpdf --rotate) or export the text, and parse that',
  },
  'garbled-text': {
    status: 'no readable text',
    advice: 'its fonts map glyphs to no letters; export the PDF again from its source, or run OCR on it (e.g. ocrmypdf --force-ocr) and parse the result',
  },
  'several-letters': {
    status: 'several letters',
    advice: 'the file holds more than one letter; save each letter in a file of its own and parse those',
  },
  'letter-part': {
    status: 'part of a letter',
    advice: 'give the whole letter in one file: join its parts in order, or parse the letter\'s PDF',
  },
  unwritable: { status: 'cannot write output', advice: 'check that the output folder exists and can be written to' },
  internal: { status: 'internal error', advice: 'this is a bug in jtai; please report it with the file' },
  'invalid-rules': { status: 'invalid rules', advice: '' },
  usage: { status: 'usage error', advice: 'see jtai --help' },
};

/** What to do about JSON from `jtai parse` (summarise, report, explain) that cannot be read: write it again, not download it. */
export const jsonAdvice: Partial<Record<ErrorCode, string>> = {
  empty: 'the file has no content; write it again with jtai parse LETTER -o FILE.json',
  corrupt: 'the JSON is damaged or cut short; write it again with jtai parse LETTER -o FILE.json',
  'not-a-letter': 'the JSON is not as jtai parse writes it (src/schema/letter.schema.json); write it again with jtai parse',
  'too-large': 'the JSON of one letter is well under 1 MB; give the letters\' JSON as files of their own (jtai parse --out-dir), or the letters themselves',
};

/** What to do about standard input (-) that gives no letter: pipe one in, not download a file. */
const standardInputAdvice: Partial<Record<ErrorCode, string>> = {
  empty: 'pipe a letter into it, as in jtai parse - < letter.txt, or JSON Lines from jtai parse into summarise or report',
};

/** What would change how a line shows: control characters, line and paragraph separators, direction controls. */
const UNPRINTABLE = /[\p{Cc}\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A file's name as a message prints it: each control character written as an escape (\n, \x1b,
 * \u202e), so that a name holding a line break cannot split a status line in two, nor one holding
 * ESC colour the terminal; a name that is escaped has its backslashes doubled. Every status, error and note line names files through this; JSON keeps
 * the real name.
 */
export function printableName(name: string): string {
  UNPRINTABLE.lastIndex = 0;
  if (!UNPRINTABLE.test(name)) return name;
  // Once a name is escaped, its own backslashes are too, so that within it a "\\x07" that was typed
  // cannot pass for BEL. A name with nothing to escape prints as it is (a backslash in it is no
  // escape), so a file named "a\\x07b" and one holding BEL still print alike.
  return name.replace(/\\/g, '\\\\').replace(UNPRINTABLE, (character) => {
    const code = character.charCodeAt(0);
    return ESCAPES[character] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}

/** An input as messages name it: "-" is standard input. */
export const inputName = (file: string): string => (file === '-' ? 'standard input' : printableName(file));

/**
 * Whether standard input is /dev/null: what it is once closed (`<&-`), as Node opens /dev/null on a
 * closed descriptor 0 at start-up, so closed and `< /dev/null` cannot be told apart after that.
 */
function standardInputIsNull(): boolean {
  try {
    const input = fstatSync(0);
    const nothing = statSync('/dev/null');
    return input.isCharacterDevice() && input.rdev === nothing.rdev;
  } catch {
    return false;
  }
}

/** An input with nothing in it: a file, or standard input ("-"), which is no file. */
export function emptyInput(file: string, whiteSpaceOnly: boolean, reading: 'letter' | 'json' = 'letter'): JtaiError {
  const what = file === '-' ? 'standard input' : 'the file';
  const message = file !== '-' || whiteSpaceOnly ? `${what} ${whiteSpaceOnly ? 'has only white space' : 'is zero bytes long'}`
    : standardInputIsNull() ? 'standard input is closed (or is /dev/null): nothing can come on it'
    : 'standard input is empty';
  return new JtaiError('empty', message, file, reading);
}

export class JtaiError extends Error {
  readonly code: ErrorCode;
  /** The input or rule file the error is about, when there is one. */
  readonly file: string | null;
  /** What was being read: a letter, or JSON written by jtai parse (its own advice). */
  readonly reading: 'letter' | 'json';
  /** What to do, when this error knows better than its code's catalogue entry (an output that is a folder, say). */
  readonly advice: string | null;

  constructor(code: ErrorCode, message: string, file: string | null = null, reading: 'letter' | 'json' = 'letter', advice: string | null = null) {
    super(message);
    this.name = 'JtaiError';
    this.code = code;
    this.file = file;
    this.reading = reading;
    this.advice = advice;
  }

  /** One line for a person: file, what is wrong, what to do. */
  describe(): string {
    const where = this.file ? `${inputName(this.file)}: ` : '';
    const { status, advice: letterAdvice } = errorCatalogue[this.code];
    const advice = this.advice ?? (this.file === '-' ? standardInputAdvice[this.code] : undefined) ?? (this.reading === 'json' ? jsonAdvice[this.code] : undefined) ?? letterAdvice;
    return `${where}${status}: ${this.message}${advice ? ` (${advice})` : ''}`;
  }
}

/**
 * A fault in jtai's own code while it read an input: anything thrown that is not a JtaiError. The
 * input gets the status internal, and its message the error's name and first line: no stack trace.
 */
export function internalError(error: unknown, file: string): JtaiError {
  return new JtaiError('internal', errorLine(error), file);
}

/**
 * A thrown value as one line: the first line of its message (after its name, when `named`), no
 * stack trace, its control characters escaped (a message may quote what was read, as pdf.js's
 * quote a file's names: a carriage return or an escape sequence would rewrite the terminal's line).
 */
export function errorLine(error: unknown, named = true): string {
  const what = error instanceof Error ? (named ? `${error.name}: ${error.message}` : error.message) : String(error);
  return printableName(what.split('\n')[0]!.slice(0, 200));
}

/** A fault in jtai's own code outside any one input (rendering an output, writing a report), as the command line prints it. */
export function internalErrorLine(error: unknown): string {
  return `internal error: ${errorLine(error)} (this is a bug in jtai; please report it)`;
}

/**
 * A text quoted in a message: whole when it is short enough, else cut at the last word boundary
 * before `max` characters with an ellipsis, never in the middle of a word.
 */
export function excerpt(text: string, max: number): string {
  const flat = singleSpaced(text).trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max + 1).replace(/\s+\S*$/, '');
  return `${(cut.length > 0 && cut.length <= max ? cut : flat.slice(0, max)).replace(/[\s,;:.-]+$/, '')}…`;
}
