import { emptyInput, internalError, JtaiError } from '../errors.js';
import { readSource } from '../extract/index.js';
import { looksLikePdf } from '../extract/pdf.js';
import { checkDecodedSize } from '../extract/pdf-size.js';
import { parseFile, parseSource, type ParseOptions } from '../parse.js';
import type { ParseResult } from '../types.js';
import type { Outcome } from './outcome.js';
import { parseInParallel, type Task } from './pool.js';
import { letterJsonProblem, schemaVersionProblem } from '../schema-check.js';
import { noSpareCore, parsingOneInput, tuneForShortRun } from '../short-run.js';
import { ParseInThread } from '../stop-point.js';

// Many inputs to one outcome each.

export { statusLabel, type Outcome, type Status } from './outcome.js';
export { expandInputs } from './inputs.js';

/** Letters and the JSON that `jtai parse` writes, in any mix. */
export const SUMMARY_INPUT = /\.(?:pdf|txt|text|json|jsonl)$/i;

/** JSON written by `jtai parse`, checked against the shipped schema so that a wrong field gets a message, not a crash. */
function asParseResult(data: unknown): ParseResult {
  const version = schemaVersionProblem(data);
  if (version) throw new JtaiError('not-a-letter', version.reason, null, 'json', version.advice);
  const problem = letterJsonProblem(data);
  if (problem) throw new JtaiError('not-a-letter', `not a letter as jtai parse writes it: ${problem}`, null, 'json');
  return data as ParseResult;
}

/** A file of JSON from `jtai parse`, as text: under the same size limit as any input (checked before it is read). */
async function readInput(input: string): Promise<string> {
  try {
    return Buffer.from((await readSource(input, { json: true })).bytes).toString('utf8');
  } catch (error) {
    throw jsonInputError(error, input);
  }
}

/** A .json file from `jtai parse`. */
export async function readParsedJson(input: string): Promise<ParseResult> {
  return parsedJson(await readInput(input), input);
}

/** One JSON document from `jtai parse`, already read (a file, or standard input). */
export function parsedJson(text: string, input: string): ParseResult {
  if (text.trim() === '') throw emptyInput(input, text !== '', 'json');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new JtaiError('corrupt', `not valid JSON (${(error as Error).message})`, input, 'json');
  }
  try {
    return asParseResult(data);
  } catch (error) {
    throw jsonInputError(error, input);
  }
}

/** Each line of a .jsonl file from `jtai parse --format jsonl`, as an outcome: a bad line is skipped with its status, not the file. */
export async function readParsedLines(input: string): Promise<Outcome[]> {
  let text: string;
  try {
    text = await readInput(input);
  } catch (error) {
    const failure = error as JtaiError;
    return [{ input, status: failure.code, message: failure.describe(), result: null }];
  }
  return parsedLines(text, input);
}

/**
 * What went wrong reading JSON from `jtai parse`, said of `where` (a file, or a line of one); a
 * fault in jtai's own code (anything but a JtaiError) is the input's internal error, as for a letter.
 */
function jsonInputError(error: unknown, where: string): JtaiError {
  return error instanceof JtaiError ? new JtaiError(error.code, error.message, where, 'json', error.advice) : internalError(error, where);
}

/**
 * Whether a text is one JSON document over many lines (`jtai parse -f json`), whole or cut short,
 * rather than JSON Lines: it parses as one, or it opens as a pretty-printed document does, with a
 * line that is only "{" (no line of JSON Lines is).
 */
function isOneJsonDocument(text: string): boolean {
  const trimmed = text.trim();
  // However little of it there is: a document cut after its first byte or two is "{" alone.
  if (trimmed.split('\n', 1)[0]!.trim() === '{') return true;
  if (!trimmed.includes('\n')) return false;
  try {
    JSON.parse(trimmed);
    return true;
  } catch {
    return false;
  }
}

/**
 * JSON Lines already read (from standard input, say), a line at a time as for readParsedLines;
 * or, when the text is one document over many lines, that document as one outcome, so that a
 * document cut short gives one error, not one for each of its lines.
 */
export function parsedLines(text: string, input: string): Outcome[] {
  const outcomes: Outcome[] = [];
  if (text.trim() === '') {
    const failure = emptyInput(input, text !== '', 'json');
    return [{ input, status: failure.code, message: failure.describe(), result: null }];
  }
  if (isOneJsonDocument(text)) {
    try {
      return [{ input, status: 'parsed', message: null, result: parsedJson(text, input) }];
    } catch (error) {
      if (!(error instanceof JtaiError)) throw error;
      return [failed(input, error)];
    }
  }
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${input}:${index + 1}`;
    try {
      let data: unknown;
      try {
        data = JSON.parse(line);
      } catch (error) {
        throw new JtaiError('corrupt', `not valid JSON (${(error as Error).message})`, null, 'json');
      }
      outcomes.push({ input: where, status: 'parsed', message: null, result: asParseResult(data) });
    } catch (error) {
      const failure = jsonInputError(error, where);
      outcomes.push({ input: where, status: failure.code, message: failure.describe(), result: null });
    }
  });
  return outcomes;
}

export async function parseOne(input: string, options: ParseOptions = {}, bytes?: Uint8Array): Promise<Outcome> {
  try {
    const result = bytes !== undefined ? await parseSource({ file: input, bytes }, options) : await parseFile(input, options);
    return { input, status: 'parsed', message: null, result };
  } catch (error) {
    if (error instanceof ParseInThread) throw error;
    // A fault of jtai's own is this input's status too (internal), and the batch goes on.
    return failed(input, error instanceof JtaiError ? error : internalError(error, input));
  }
}

const failed = (input: string, error: JtaiError): Outcome => ({ input, status: error.code, message: error.describe(), result: null });

export interface ManyOptions extends ParseOptions {
  jobs?: number;
  /** Per input; without it, and for one input, parsing is not bounded in time. */
  timeoutMs?: number;
  /** The caller owns the process and exits after this call: V8 is tuned for a short run when one input is parsed here and no core is spare (src/short-run.ts). */
  shortRun?: boolean;
}

/**
 * Outcomes for many inputs, in input order. Inputs go to worker threads on all cores, each
 * within the time limit, standard input among them (read here, within the size limit). One
 * input of ordinary size is parsed here, which saves starting a thread (most of the time for one
 * letter); its size bounds the work, and a result later than the time limit is still refused.
 * With a user's rules (--rules), it goes to a thread too: only there can the limit stop it.
 */
export async function* parseMany(files: string[], options: ManyOptions = {}): AsyncGenerator<Outcome> {
  if (files.length === 1 && files[0] !== '-' && options.timeoutMs === undefined) {
    // A library call for one file, with no time limit: nothing to bound.
    if (options.shortRun) parsingOneInput();
    if (options.shortRun && noSpareCore()) tuneForShortRun();
    yield await parseOne(files[0]!, options);
    return;
  }
  const tasks: Task[] = [];
  const unread = new Map<number, Outcome>();
  for (const [index, file] of files.entries()) {
    if (file !== '-') tasks.push({ file });
    else {
      try {
        tasks.push({ file, bytes: (await readSource(file)).bytes });
      } catch (error) {
        if (!(error instanceof JtaiError)) throw error;
        unread.set(index, failed(file, error));
      }
    }
  }
  // A user's rules run in a thread, where the time limit can stop them; the shipped rules are
  // checked by the tests and parse one letter here, which is faster.
  const userRules = (options.rules?.sources.dirs ?? []).length > 0;
  if (tasks.length === 1 && unread.size === 0 && !userRules) {
    const small = await smallInput(tasks[0]!);
    if (small) {
      if (options.shortRun) parsingOneInput();
      if (options.shortRun && noSpareCore()) tuneForShortRun();
      // Node's monotonic clock: the global performance loads perf_hooks and its modules (2-3 ms of a one-letter run).
      const started = process.hrtime.bigint();
      const timeoutMs = options.timeoutMs ?? Infinity;
      // The time limit stops a PDF between its pages; a text of this size is done long before.
      const limit = new AbortController();
      const timer = Number.isFinite(timeoutMs) ? setTimeout(() => limit.abort(new JtaiError('timed-out', `still parsing after ${timeoutMs / 1000} s`, small.file)), timeoutMs).unref() : undefined;
      const outcome = await parseOne(small.file, { ...options, signal: limit.signal, mainThread: true }, small.bytes).catch((error: unknown) => {
        if (!(error instanceof ParseInThread)) throw error;
        // A PDF page put together in one go, which the limit could not stop: parsed again in a
        // thread, with the whole limit from when the thread starts on it, as in a batch.
        tasks[0] = small;
        return null;
      }).finally(() => clearTimeout(timer));
      if (outcome) {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        if (seconds * 1000 <= timeoutMs || outcome.status !== 'parsed') yield outcome;
        else yield failed(small.file, new JtaiError('timed-out', `took ${seconds.toFixed(1)} s, over the ${timeoutMs / 1000} s limit`, small.file));
        return;
      }
    }
  }
  const pool = parseInParallel(tasks, { jobs: options.jobs, timeoutMs: options.timeoutMs, ruleSources: options.rules?.sources ?? {}, includeText: options.includeText });
  try {
    for (let index = 0; index < files.length; index++) {
      const early = unread.get(index);
      if (early) yield early;
      else yield (await pool.next()).value as Outcome;
    }
  } finally {
    await pool.return(undefined);
  }
}

/**
 * The longest text parsed on the main thread, where the time limit stops it only between stages,
 * and one stage no stop point splits (tagging one finding) costs about 3 ms of CPU a KB of a text
 * in one paragraph: at 512 KB, 1.7 s, all spent before --timeout 1 refused it. At 64 KB such a
 * stage costs 0.2 s; the longest real letter's text is 49 KB. A longer text goes to a thread,
 * which the time limit stops where it stands.
 */
export const MAIN_THREAD_TEXT_BYTES = 64 * 1024;

/**
 * Small enough to parse on the main thread: a text of at most MAIN_THREAD_TEXT_BYTES, or a PDF
 * whose page contents decode to at most 8 MB (the longest letter's to 2 MB). Its bytes, read
 * once; or null, and a thread parses it (a text, from the bytes read here).
 */
async function smallInput(task: Task): Promise<Required<Task> | null> {
  let bytes = task.bytes;
  if (bytes === undefined) {
    try {
      bytes = (await readSource(task.file)).bytes;
    } catch {
      return null; // the thread reports it
    }
  }
  if (!looksLikePdf(bytes) && !/\.pdf$/i.test(task.file)) {
    if (bytes.length <= MAIN_THREAD_TEXT_BYTES) return { file: task.file, bytes };
    // The thread is given the bytes read here: the file is not read twice.
    task.bytes = bytes;
    return null;
  }
  try {
    const sizes = await checkDecodedSize(bytes, task.file);
    return sizes.measured && sizes.contents <= 8 * 1048576 ? { file: task.file, bytes } : null;
  } catch {
    return null;
  }
}
