import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import type { Command } from 'commander';
import { EXIT, exitCodeFor, failedCount, statusLabel, type Status } from './run/outcome.js';
import { inputName, internalErrorLine, JtaiError, printableName } from './errors.js';
import type { ParseResult } from './types.js';
import { grouped, plural } from './render/words.js';
import { tool } from './version.js';
import { pushAll } from './long-arrays.js';

// The command line: arguments in, library calls, rendered text out, and one exit code.
// Library modules are imported inside the actions so that `jtai --version` starts fast.


class UsageError extends Error {}

interface RuleOptions {
  rules?: string[];
  defaultRules?: boolean;
}

interface ParseCommandOptions extends RuleOptions {
  coverage?: boolean;
  jobs?: string;
  timeout: string;
  report?: string;
  maxFailures?: string;
  format: 'json' | 'md' | 'csv' | 'jsonl';
  output?: string;
  outDir?: string;
  includeText?: boolean;
  quiet?: boolean;
  /** Whether --format was given (else it is taken from -o's extension, or json). */
  formatGiven?: boolean;
}

async function rulesFrom(options: RuleOptions) {
  const { loadRules } = await import('./rules.js');
  return loadRules({ dirs: options.rules ?? [], defaults: options.defaultRules !== false });
}

/**
 * `-o -` is standard output, as the input `-` is standard input: never a file named "-" in the
 * current folder. Other outputs (a report, a folder) need a name.
 */
function dashIsStandardOutput(options: { output?: string }, others: Array<[option: string, value: string | undefined]> = []): void {
  for (const [option, value] of others) {
    if (value === '-') throw new UsageError(`${option} - would make a file named "-"; give a name (only -o takes - for standard output)`);
  }
  if (options.output === '-') options.output = undefined;
}

/** The format an output's extension names, and the name of each format in messages. */
const FORMAT_OF_EXTENSION: Record<string, string> = { '.json': 'json', '.jsonl': 'jsonl', '.md': 'md', '.markdown': 'md', '.csv': 'csv', '.html': 'html', '.htm': 'html' };
const FORMAT_NAMES: Record<string, string> = { json: 'JSON', jsonl: 'JSON Lines', md: 'Markdown', csv: 'CSV', html: 'HTML' };

/** "a, b or c". */
const orList = (items: string[]): string => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`);

/**
 * The format to write: an output file's extension names it when --format is not given (`-o x.md`
 * writes Markdown); a --format that the extension contradicts, or an extension naming a format
 * the writer does not write, is a usage error, so no file holds what its name belies. Another
 * extension (or none) leaves the format as given.
 */
function formatFor<F extends string>(option: string, output: string | undefined, given: F | undefined, formats: readonly F[], writer: string): F | undefined {
  const named = output === undefined ? undefined : FORMAT_OF_EXTENSION[extname(output).toLowerCase()];
  if (named === undefined) return given;
  const name = FORMAT_NAMES[named]!;
  // "an" before an abbreviation spelt out from a vowel sound (HTML); "a" before JSON, CSV, Markdown.
  const what = `${option} ${printableName(output!)} names ${/^[AEFHILMNORSX][A-Z]/.test(name) ? 'an' : 'a'} ${name} file`;
  if (!formats.includes(named as F)) {
    throw new UsageError(`${what}, but ${writer} writes ${orList(formats.map((format) => FORMAT_NAMES[format]!))}; give a name ending ${orList(formats.map((format) => `.${format}`))}`);
  }
  if (given !== undefined && given !== named) {
    throw new UsageError(`${what}, but --format is ${given}; give a name ending .${given}, or leave out --format (the extension chooses the format)`);
  }
  return named as F;
}

/** Before any work: every output can be written (nothing is made until it is). */
async function checkOutputs(files: string[], folders: string[] = []): Promise<void> {
  const { checkWritable } = await import('./run/output.js');
  for (const file of files) await checkWritable(file, 'file');
  for (const folder of folders) await checkWritable(folder, 'folder');
}

async function runParse(inputs: string[], options: ParseCommandOptions): Promise<number> {
  if (options.outDir && options.output) throw new UsageError('use either -o FILE (one output) or --out-dir DIR (one per letter), not both');
  dashIsStandardOutput(options, [['--out-dir', options.outDir], ['--report', options.report]]);
  options.format = formatFor('-o', options.output, options.formatGiven ? options.format : undefined, ['json', 'md', 'csv', 'jsonl'] as const, 'jtai parse') ?? options.format;
  formatFor('--report', options.report, 'json', ['json'], '--report');
  const { expandInputs } = await import('./run/inputs.js');
  const emptyFolders: string[] = [];
  const files = await expandInputs(inputs, undefined, emptyFolders);
  if (files.length === 0) throw new UsageError(`no input files: no letters (.pdf, .txt) in ${inputs.map(inputName).join(', ')} (give files, folders, globs, or - for standard input)`);
  // JSON Lines and CSV hold many letters in one output (CSV: a row per finding of every letter).
  const oneTable = options.format === 'csv' && files.length > 1 && !options.outDir;
  const oneStream = options.format === 'jsonl' || oneTable;
  if (options.output && files.length > 1 && !oneStream) throw new UsageError('-o FILE takes one input (or --format jsonl or csv); use --out-dir DIR for several');
  if (!options.output && !options.outDir && files.length > 1 && !oneStream) {
    throw new UsageError('several inputs need --out-dir DIR, or --format jsonl or csv to write them all to one output');
  }
  if (options.includeText && (options.format === 'md' || options.format === 'csv')) throw new UsageError(`--include-text adds the text to JSON; it does nothing with ${options.formatGiven ? `--format ${options.format}` : `${FORMAT_NAMES[options.format]} output (-o ${printableName(options.output!)})`}`);
  if (options.outDir && options.format === 'jsonl') throw new UsageError('--format jsonl writes one stream; use -o FILE or standard output, not --out-dir');
  if (options.outDir && (await isFile(options.outDir))) throw new UsageError(`--out-dir ${printableName(options.outDir)} is a file, not a folder; give a folder (jtai makes it if it is not there), or -o FILE for a single output`);
  await refuseOutputClash([['-o', options.output], ['--report', options.report]], files);
  const tolerance = parseTolerance(options.maxFailures, files.length);
  await checkOutputs([options.output, options.report].filter((file) => file !== undefined), options.outDir ? [options.outDir] : []);
  const jobs = options.jobs === undefined ? undefined : Number(options.jobs);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) throw new UsageError('--jobs takes a whole number from 1');
  const timeoutMs = Number(options.timeout) * 1000;
  if (!(timeoutMs > 0) || timeoutMs > 86_400_000) throw new UsageError('--timeout takes a number of seconds above 0, up to a day (86400)');

  // A batch hands over to its child process before loading the pipeline, which only the child uses.
  const { wantsBatchProcess, runAsBatchProcess } = await import('./run/batch-process.js');
  if (wantsBatchProcess(files.length)) return runAsBatchProcess();
  // Said once, by the process that parses (not again by a batch's parent before it hands over).
  for (const folder of emptyFolders) note(options.quiet, `${inputName(folder)} is a folder with no letters (.pdf, .txt) in it: nothing was read from it`);

  const { parseMany } = await import('./run/batch.js');
  // Worker threads load the rules themselves; here they are loaded only to check a user's
  // rules before any work starts, or for the coverage report (it saves start-up time and memory).
  const rules = options.rules?.length || options.defaultRules === false || options.coverage ? await rulesFrom(options) : undefined;
  const { letterRenderers } = await import('./render/letter.js');
  const { openAtomic, removeStale, whenInterrupted, writeAtomic, writeAtomicSync, writeStandardOutput } = await import('./run/output.js');
  const { colours } = await import('./terminal.js');
  const paint = await colours();
  const lines = options.format === 'jsonl' && options.output ? await openAtomic(options.output) : null;
  const progress = await startProgress(files.length, options.quiet === true);
  const usedNames = new Map<string, string>();
  // A --report in the output folder takes its name there: a letter named as it is gets another name, not written over by the report at the end.
  if (options.outDir && options.report && resolve(dirname(options.report)) === resolve(options.outDir)) {
    const { pathInFolder } = await import('./run/output-names.js');
    usedNames.set(pathInFolder(options.outDir, basename(options.report)), "this run's --report");
  }
  const entries: ReportEntry[] = [];
  // Set once the run's end has written every status line: a signal after that (in its last step,
  // writing --report) must not write them again.
  let statusesWritten = false;
  // Interrupted: every input done gets its status line, every other one a "not done" line, the
  // report (if asked) records both; -o of JSON Lines or one CSV table, which holds every input's
  // output, is not written at all.
  whenInterrupted((signal) => {
    progress.done(); // a terminal's progress bar is cleared first, as at the end of a run
    const done = inGivenOrder(entries, files);
    if (!statusesWritten) writeStatusLines(done, options.quiet === true, paint);
    const finished = new Set(done.map((entry) => entry.input));
    const notDone = files.filter((file) => !finished.has(file));
    for (const file of notDone) process.stderr.write(`not done: ${inputName(file)} (interrupted)\n`);
    const unwritten = options.output !== undefined && !done.some((entry) => entry.output === options.output) ? `, ${printableName(options.output!)} not written` : '';
    let report = '';
    if (options.report) {
      const stopped = notDone.map((input): ReportEntry => ({ input, status: 'interrupted', message: `not done: the run was interrupted by ${signal}`, output: null, changed: null, layout: null, findings: null }));
      try {
        writeAtomicSync(options.report, statusReport([...done, ...stopped], signal));
        report = `, ${printableName(options.report)} written (marked interrupted)`;
      } catch (error) {
        report = `, ${printableName(options.report)} not written (${error instanceof JtaiError ? error.describe() : String(error)})`;
      }
    }
    return `${grouped(done.length)} of ${plural(files.length, 'input')} done${unwritten}${report}`;
  });
  const forCoverage = [];
  const forTable: ParseResult[] = [];
  // An input parsed, even if its output then could not be written (the messages say which).
  let parsedAny = false;
  /** A write that failed marks its input with the failure, as its status line then says. */
  const unlessUnwritable = async (entry: ReportEntry, write: () => Promise<unknown>) => {
    try {
      await write();
    } catch (error) {
      if (!(error instanceof JtaiError)) throw error;
      Object.assign(entry, { status: error.code, message: error.describe(), output: null, changed: null });
    }
  };
  // Outputs in a folder are named in an order of their own (namingOrder); statuses keep the order given.
  const order = options.outDir ? await (await import('./run/output-names.js')).namingOrder(files) : files;
  for await (const outcome of parseMany(order, { rules, jobs, timeoutMs, includeText: options.includeText === true, shortRun: true })) {
    const entry: ReportEntry = { input: outcome.input, status: outcome.status, message: outcome.message, output: null, changed: null, layout: null, findings: null };
    const result = outcome.result;
    if (result) {
      parsedAny = true;
      entry.layout = result.letter.layout;
      entry.findings = result.findings.length;
      if (result.warnings) entry.warnings = result.warnings;
      if (options.coverage) forCoverage.push(result);
      if (oneTable) {
        forTable.push(result);
      } else if (options.format === 'jsonl') {
        if (lines) await lines.write(`${JSON.stringify(result)}\n`);
        else await unlessUnwritable(entry, () => writeStandardOutput(`${JSON.stringify(result)}\n`));
      } else {
        const rendered = letterRenderers[options.format](result);
        let target: string | null = null;
        if (options.outDir) {
          const { chooseOutputPath } = await import('./run/output-names.js');
          const choice = await chooseOutputPath(options.outDir, options.format, { ...result.letter, input: outcome.input, file: result.source.file, sha256: result.source.sha256 }, usedNames);
          target = choice.path;
          if (choice.note && !options.quiet) process.stderr.write(`note: ${printableName(choice.note)}\n`);
        } else if (options.output) {
          target = options.output;
        }
        if (target) {
          entry.output = target;
          await unlessUnwritable(entry, async () => (entry.changed = await writeAtomic(target, rendered)));
        } else {
          await unlessUnwritable(entry, () => writeStandardOutput(rendered));
        }
      }
    }
    entries.push(entry);
    progress.tick(entry);
  }
  progress.done();
  const inOrder = inGivenOrder(entries, files);
  entries.length = 0;
  pushAll(entries, inOrder);
  // -o holds this run's output or nothing: when no input parsed, no file is written (nothing on
  // standard output either), and an earlier run's output of jtai at that path is removed (any other file is left alone).
  const noneParsed = entries.every((entry) => entry.status !== 'parsed');
  if (noneParsed) await lines?.discard();
  else if (lines) {
    const changed = await lines.commit();
    for (const entry of entries) if (entry.status === 'parsed') Object.assign(entry, { output: options.output, changed });
  }
  const stale = noneParsed && options.output !== undefined ? await removeStale(options.output) : 'none';
  if (oneTable && !noneParsed) {
    const { lettersToCsv } = await import('./render/letter.js');
    const table = lettersToCsv(forTable);
    if (options.output) {
      const changed = await writeAtomic(options.output, table);
      for (const entry of entries) if (entry.status === 'parsed') Object.assign(entry, { output: options.output, changed });
    } else {
      const written = await writeStandardOutput(table).then(() => null, (error: unknown) => error);
      if (written !== null) for (const entry of entries) if (entry.status === 'parsed') await unlessUnwritable(entry, () => Promise.reject(written));
    }
  }

  writeStatusLines(entries, options.quiet === true, paint);
  statusesWritten = true;
  const why = parsedAny ? "this run's output could not be written there" : 'no input parsed in this run';
  if (stale === 'removed') process.stderr.write(`removed: ${printableName(options.output!)} (an earlier run's output; ${why})\n`);
  if (stale === 'kept' && !options.quiet) process.stderr.write(`note: ${printableName(options.output!)} was left as it was: it is not an output of jtai (or is a link), and ${why}${parsedAny ? '' : ', so nothing was written there'}\n`);
  if (options.coverage) {
    const { ruleCoverage, coverageToText } = await import('./tag/coverage.js');
    process.stderr.write(coverageToText(ruleCoverage(forCoverage, rules!.tags)));
  }
  const failed = failedCount(entries);
  // Quiet means a clean run prints nothing; a failed one still says how many failed.
  const allowed = passedByMaxFailures(failed, tolerance, options.maxFailures);
  if ((files.length > 1 && !(options.quiet && failed === 0)) || allowed) process.stderr.write(`${grouped(entries.length - failed)} of ${plural(files.length, 'input')} parsed, ${grouped(failed)} not${allowed}\n`);
  if (options.report) await writeAtomic(options.report, statusReport(entries));
  return exitCodeFor(entries, tolerance);
}

/** Entries in the order their inputs were given (an output folder names them in an order of its own). */
function inGivenOrder(entries: ReportEntry[], files: string[]): ReportEntry[] {
  const given = new Map(files.map((file, index) => [file, index]));
  return [...entries].sort((a, b) => given.get(a.input)! - given.get(b.input)!);
}

/** Each input's status line on standard error (quiet: the failures only), and its warnings. */
function writeStatusLines(entries: ReportEntry[], quiet: boolean, paint: Awaited<ReturnType<typeof import('./terminal.js').colours>>): void {
  for (const entry of entries) {
    if (quiet && entry.status === 'parsed') continue;
    const label = entry.status === 'interrupted' ? entry.status : statusLabel(entry.status);
    const line = entry.status === 'parsed'
      ? `${paint.green(label)}: ${inputName(entry.input)}${entry.output ? ` -> ${printableName(entry.output)}${entry.changed ? '' : ' (unchanged)'}` : ''} (${entry.layout} layout, ${plural(entry.findings ?? 0, 'finding')})`
      : paint.red(entry.message ?? label);
    process.stderr.write(`${line}\n`);
    for (const warning of entry.warnings ?? []) process.stderr.write(`${paint.yellow('warning')}: ${inputName(entry.input)}: ${warning}\n`);
  }
}

/** --report: the status of every input, as JSON; an interrupted run's says by which signal. */
function statusReport(entries: ReportEntry[], interrupted?: NodeJS.Signals): string {
  const counts: Record<string, number> = {};
  for (const entry of entries) counts[entry.status] = (counts[entry.status] ?? 0) + 1;
  const report = { tool, ...(interrupted ? { interrupted } : {}), inputs: entries.length, counts, entries };
  return `${JSON.stringify(report, null, 2)}\n`;
}

interface ReportEntry {
  input: string;
  /** `interrupted`: the run was stopped by a signal before this input was done. */
  status: Status | 'interrupted';
  message: string | null;
  output: string | null;
  /** Whether the output file was written (false: it already held the same content). */
  changed: boolean | null;
  layout: string | null;
  findings: number | null;
  /** How the input was read, when the reader should know (a plain pdftotext text, say). */
  warnings?: string[];
}

/**
 * What a run's summary line adds when inputs failed and the run still exits 0 only because
 * --max-failures allows that many: "" when none failed or too many did.
 */
function passedByMaxFailures(failed: number, tolerance: number, maxFailures: string | undefined, howMany = ''): string {
  if (failed === 0 || failed > tolerance) return '';
  return `${howMany}: exit 0, as --max-failures ${printableName(maxFailures!.trim())} allows ${plural(tolerance, 'failure')}`;
}

/** --max-failures: a count ("3") or a share of the inputs ("5%"). */
function parseTolerance(value: string | undefined, inputs: number): number {
  if (value === undefined) return 0;
  const match = /^(\d+(?:\.\d+)?)(%?)$/.exec(value.trim());
  if (!match) throw new UsageError('--max-failures takes a count (3) or a percentage (5%)');
  const amount = Number(match[1]);
  if (match[2] && amount > 100) throw new UsageError(`--max-failures ${value} is more than all the inputs; give a percentage up to 100%`);
  return match[2] ? Math.floor((amount / 100) * inputs) : Math.floor(amount);
}

/** Before any work: no output may be an input, or another output. */
async function refuseOutputClash(outputs: Array<[string, string | undefined]>, inputs: string[]): Promise<void> {
  const { outputClash } = await import('./run/output.js');
  const clash = await outputClash(outputs, inputs);
  if (clash) throw new UsageError(clash);
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((info) => !info.isDirectory(), () => false);
}

async function startProgress(total: number, quiet: boolean) {
  const { progressBar } = await import('./terminal.js');
  return progressBar(total, quiet);
}

interface FilterOptions {
  area?: string[];
  since?: string;
  until?: string;
  deepDive?: string[];
  /** The old name of --deep-dive, still taken. */
  theme?: string[];
  stance?: string[];
  section?: string[];
  layout?: string[];
}

interface SummariseCommandOptions extends RuleOptions, FilterOptions {
  maxFailures?: string;
  quiet?: boolean;
  by: 'agency' | 'theme' | 'area' | 'section';
  level?: string;
  format: 'md' | 'json' | 'csv';
  shape?: 'long' | 'wide';
  maxQuotes?: string;
  allQuotes?: boolean;
  output?: string;
}

interface ReportCommandOptions extends RuleOptions, FilterOptions {
  maxFailures?: string;
  quiet?: boolean;
  /** Given always; undefined once `-o -` is read as standard output. */
  output?: string;
  title?: string;
}

/** Every value of a repeatable option, commas splitting too: --stance strength,priority. */
const listOf = (values: string[] | undefined) => values?.flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);

/** A note on standard error, left out with -q: what jtai did that the user may want to know, not a problem. */
function note(quiet: boolean | undefined, text: string): void {
  if (!quiet) process.stderr.write(`note: ${text}\n`);
}

async function filtersFrom(options: FilterOptions & { quiet?: boolean }, rules: Awaited<ReturnType<typeof rulesFrom>>) {
  const { STANCES } = await import('./summarise/index.js');
  const { checkFilters } = await import('./summarise/filter.js');
  const { LAYOUTS } = await import('./render/words.js');
  const filters: import('./summarise/filter.js').Filters = {
    areas: listOf(options.area),
    since: options.since,
    until: options.until,
    themes: options.deepDive || options.theme ? listOf([...(options.deepDive ?? []), ...(options.theme ?? [])]) : undefined,
    layouts: listOf(options.layout) as import('./types.js').Layout[] | undefined,
    stances: listOf(options.stance) as import('./types.js').Stance[] | undefined,
    sections: listOf(options.section) as import('./types.js').SectionKind[] | undefined,
  };
  if (options.theme) note(options.quiet, "--theme is the old name of --deep-dive (the letter's deep dive); --by theme groups by the findings' theme tags");
  checkFilters(filters, { themes: rules.layout.deepDives.map((rule) => rule.id), layouts: LAYOUTS, stances: STANCES, sections: [...new Set(rules.layout.sections.map((rule) => rule.kind))] }, '--');
  return filters;
}

/**
 * Standard input is what a file may be: JSON from `jtai parse` (one document, or JSON Lines from a
 * pipe), or a letter (PDF or text), read as bytes under the same limits as a file.
 */
async function readStandardInput(rules: Awaited<ReturnType<typeof rulesFrom>>, includeText = false) {
  const { readSource } = await import('./extract/index.js');
  const { bytes } = await readSource('-', { json: true });
  const text = Buffer.from(bytes).toString('utf8');
  if (text.trimStart().startsWith('{')) {
    const { parsedLines } = await import('./run/batch.js');
    return { json: true, outcomes: parsedLines(text, 'standard input') };
  }
  const { parseSource } = await import('./parse.js');
  const result = await parseSource({ file: '-', bytes }, { rules, includeText });
  return { json: false, outcomes: [{ input: '-', status: 'parsed' as const, message: null, result }] };
}

/**
 * The letters a summary or report reads: letters (parsed now), JSON and JSON Lines from jtai parse,
 * and standard input holding either. JSON keeps its tags unless --rules asks for others.
 */
async function lettersFrom(inputs: string[], options: RuleOptions & { maxFailures?: string; output?: string; quiet?: boolean }, groupedBy?: string) {
  const { expandInputs, parseMany, readParsedJson, readParsedLines, parsedJson, parsedLines, SUMMARY_INPUT } = await import('./run/batch.js');
  const { JtaiError } = await import('./errors.js');
  const rules = await rulesFrom(options);
  // Every letter is tagged with these rules (JSON too, once --rules or --no-default-rules is given): a kind they lack has no groups.
  for (const kind of ['agency', 'theme'] as const) {
    if (rules.tags.some((rule) => rule.kind === kind)) continue;
    const what = `the rules in use have no ${kind} rules (--no-default-rules leaves out the shipped ones, and ${(options.rules ?? []).join(', ')} has none)`;
    if (groupedBy === kind) throw new UsageError(`--by ${kind}: ${what}, so no finding has a${kind === 'agency' ? 'n' : ''} ${kind} to group by: add ${kind} rules to your folder, or leave out --no-default-rules`);
    note(options.quiet, `${what}: no finding is tagged with a${kind === 'agency' ? 'n' : ''} ${kind}`);
  }
  const emptyFolders: string[] = [];
  const files = await expandInputs(inputs, SUMMARY_INPUT, emptyFolders);
  if (files.length === 0) throw new UsageError(`no inputs: no letters or JSON from jtai parse in ${inputs.map(inputName).join(', ')} (give letters, JSON, folders or globs)`);
  for (const folder of emptyFolders) note(options.quiet, `${inputName(folder)} is a folder with no letters or JSON from jtai parse in it: nothing was read from it`);
  await refuseOutputClash([['-o', options.output]], files);
  await checkOutputs(options.output === undefined ? [] : [options.output]);
  const { whenInterrupted } = await import('./run/output.js');
  whenInterrupted(() => `${options.output === undefined ? 'standard output' : printableName(options.output)} not written`);
  const tolerance = parseTolerance(options.maxFailures, files.length);
  const outcomes: Array<{ status: string }> = [];
  const results: ParseResult[] = [];
  const fromJson: ParseResult[] = [];
  // The input each letter of JSON was read from (its source.file names the PDF it was parsed from).
  const readFrom = new Map<ParseResult, string>();
  const failed = (error: unknown) => {
    if (!(error instanceof JtaiError)) throw error;
    outcomes.push({ status: error.code });
    process.stderr.write(`${error.describe()}\n`);
  };
  // JSON Lines hold many letters each: read here; letters and JSON files go through the batch.
  for (const file of files.filter((name) => /\.jsonl$/i.test(name))) {
    for (const outcome of await readParsedLines(file)) {
      outcomes.push(outcome);
      if (outcome.result) {
        fromJson.push(outcome.result);
        readFrom.set(outcome.result, outcome.input);
      } else process.stderr.write(`${outcome.message}\n`);
    }
  }
  if (files.includes('-')) {
    try {
      const read = await readStandardInput(rules);
      for (const outcome of read.outcomes) {
        outcomes.push(outcome);
        if (outcome.result) (read.json ? fromJson : results).push(outcome.result);
        else process.stderr.write(`${outcome.message}\n`);
      }
    } catch (error) {
      failed(error);
    }
  }
  // JSON is read here too: a thread would load pdf.js and the rules only to read it.
  for (const file of files.filter((name) => /\.json$/i.test(name))) {
    try {
      const result = await readParsedJson(file);
      fromJson.push(result);
      readFrom.set(result, file);
      outcomes.push({ status: 'parsed' });
    } catch (error) {
      failed(error);
    }
  }
  for await (const outcome of parseMany(files.filter((file) => file !== '-' && !/\.jsonl?$/i.test(file)), { rules, shortRun: true })) {
    outcomes.push(outcome);
    if (outcome.result) results.push(outcome.result);
    else process.stderr.write(`${outcome.message}\n`);
  }
  // Letters read in this run (not JSON, whose warnings parse printed when it wrote it).
  const readNow = new Set(results);
  const ownRules = (options.rules?.length ?? 0) > 0 || options.defaultRules === false;
  if (ownRules && fromJson.length > 0) {
    const { defaultRules } = await import('./rules.js');
    const { sameLayout } = await import('./segment/layout-rules.js');
    if (!sameLayout(rules.layout, defaultRules().layout)) {
      throw new UsageError('--rules changes the layout rules (sections.yaml or letter.yaml), which JSON from jtai parse cannot be re-read with: parse the letters again with these rules');
    }
    const { retag } = await import('./summarise/retag.js');
    const changed = fromJson.filter((result) => result.rules.hash !== rules.hash).length;
    pushAll(results, fromJson.map((result) => {
      const again = retag(result, rules);
      readFrom.set(again, readFrom.get(result)!);
      return again;
    }));
    if (changed && !options.quiet) process.stderr.write(`tagged the findings of ${plural(changed, 'letter')} from JSON again, with the rules given\n`);
  } else pushAll(results, fromJson);
  const { duplicateLetters } = await import('./summarise/index.js');
  const inputOf = (result: ParseResult) => readFrom.get(result) ?? result.source.file;
  const duplicates = duplicateLetters(results, rules.hash).dropped;
  for (const { dropped, kept } of duplicates) {
    note(options.quiet, `${inputName(inputOf(dropped))} is the same letter as ${inputName(inputOf(kept))} (${kept.letter.area}, ${kept.letter.date}), counted once`);
  }
  const droppedLetters = new Set(duplicates.map(({ dropped }) => dropped));
  // Groups are named by the labels of the rules in use: tags of other rules, in a letter counted (not a copy left out), have only their ids.
  const otherHashes = [...new Set(results.filter((result) => !droppedLetters.has(result)).map((result) => result.rules.hash).filter((hash) => hash !== rules.hash))];
  if (otherHashes.length) {
    process.stderr.write(`warning: JSON was parsed with other rules (rules hash ${otherHashes.join(', ')}) than these (${rules.hash}): its tags are counted as parsed, but groups these rules do not know are named from their ids; give the same --rules and --no-default-rules as parse had\n`);
  }
  // A letter's warnings (pages unknown, cut short...) bear on its quotes here as in parse's output.
  const counted = results.filter((result) => readNow.has(result) && !droppedLetters.has(result));
  for (const result of options.quiet ? [] : counted) {
    for (const warning of result.warnings ?? []) process.stderr.write(`warning: ${inputName(inputOf(result))}: ${warning}\n`);
  }
  return { rules, files, results, outcomes, tolerance };
}

/** Areas asked for that no letter has are a typing mistake more often than not. */
function checkAreas(areas: string[] | undefined, results: Array<{ letter: { area: string | null } }>): void {
  const known = [...new Set(results.map((result) => result.letter.area).filter((area): area is string => area !== null))].sort();
  const missing = areas?.filter((area) => !known.some((name) => name.toLowerCase() === area.toLowerCase())) ?? [];
  if (missing.length) throw new UsageError(`no letter is from --area ${missing.join(', ')} (the letters given are from ${known.join(', ')}: give one of those)`);
}

async function runSummarise(inputs: string[], options: SummariseCommandOptions & { formatGiven?: boolean }): Promise<number> {
  dashIsStandardOutput(options);
  options.format = formatFor('-o', options.output, options.formatGiven ? options.format : undefined, ['md', 'json', 'csv'] as const, 'jtai summarise') ?? options.format;
  const { summarise } = await import('./summarise/index.js');
  const render = await import('./render/summary.js');
  const { writeAtomic, writeStandardOutput } = await import('./run/output.js');
  // Options that would do nothing are refused, so nobody believes they took effect.
  if (options.shape && options.format !== 'csv') throw new UsageError(`--shape shapes CSV; it does nothing with --format ${options.format}`);
  if (options.level !== undefined && (options.by === 'area' || options.by === 'section')) throw new UsageError(`--level is the depth of agency and theme ids; it does nothing with --by ${options.by}`);
  if ((options.maxQuotes !== undefined || options.allQuotes) && options.format !== 'md') {
    throw new UsageError(`--max-quotes and --all-quotes shape the Markdown digest; --format ${options.format} has every finding`);
  }
  if (options.maxQuotes !== undefined && options.allQuotes) throw new UsageError('give --max-quotes N or --all-quotes, not both');
  const maxQuotes = options.maxQuotes === undefined ? undefined : Number(options.maxQuotes);
  if (maxQuotes !== undefined && (!Number.isInteger(maxQuotes) || maxQuotes < 0)) throw new UsageError('--max-quotes takes a whole number from 0');
  const level = Number(options.level ?? '1');
  const { rules, files, results, outcomes, tolerance } = await lettersFrom(inputs, options, options.by);
  const filters = await filtersFrom(options, rules);
  checkAreas(filters.areas, results);
  const summary = summarise(results, options.by, level, rules, filters);
  if (summary.letters.length === 0) return nothingToSummarise(results.length, 'summarise');
  const text =
    options.format === 'json' ? render.summaryToJson(summary)
    : options.format === 'md' ? render.summaryToMarkdown(summary, { maxQuotes, allQuotes: options.allQuotes })
    : options.shape === 'wide' ? render.summaryToWideCsv(summary)
    : render.summaryToLongCsv(summary);
  if (options.output) await writeAtomic(options.output, text);
  else await writeStandardOutput(text);
  const allowed = passedByMaxFailures(failedCount(outcomes), tolerance, options.maxFailures, `; ${grouped(failedCount(outcomes))} not read`);
  if (!options.quiet || allowed) process.stderr.write(`summarised ${plural(summary.letters.length, 'letter')} from ${plural(files.length, 'input')}, by ${options.by}${allowed}\n`);
  return exitCodeFor(outcomes, tolerance);
}

/** An empty digest or report looks like a result; say instead why there is none, and write nothing. */
function nothingToSummarise(letters: number, what: 'summarise' | 'report on'): number {
  process.stderr.write(letters === 0
    ? `no letters to ${what}: none of the inputs was read as a JTAI letter (see the messages above); nothing written\n`
    : `no letters to ${what}: none of the ${plural(letters, 'letter')} read matches the filters given; nothing written\n`);
  return EXIT.someFailed;
}

async function runReport(inputs: string[], options: ReportCommandOptions): Promise<number> {
  const { reportData } = await import('./summarise/report.js');
  const { reportToHtml } = await import('./render/report.js');
  const { writeAtomic, writeStandardOutput } = await import('./run/output.js');
  dashIsStandardOutput(options);
  formatFor('-o', options.output, 'html', ['html'], 'jtai report');
  const { rules, files, results, outcomes, tolerance } = await lettersFrom(inputs, options);
  const filters = await filtersFrom(options, rules);
  checkAreas(filters.areas, results);
  const data = reportData(results, rules, filters);
  if (data.letters.length === 0) return nothingToSummarise(results.length, 'report on');
  const html = reportToHtml(data, { title: options.title });
  if (options.output) await writeAtomic(options.output, html);
  else await writeStandardOutput(html);
  const allowed = passedByMaxFailures(failedCount(outcomes), tolerance, options.maxFailures, `; ${grouped(failedCount(outcomes))} not read`);
  if (!options.quiet || allowed) process.stderr.write(`report of ${plural(data.letters.length, 'letter')} from ${plural(files.length, 'input')} -> ${options.output === undefined ? 'standard output' : printableName(options.output)} (${Math.round(Buffer.byteLength(html) / 1024)} KB)${allowed}\n`);
  return exitCodeFor(outcomes, tolerance);
}

/** A letter's warnings (pages unknown, say) bear on the pages explain cites, as on parse's output. */
function warnOfLetter(result: ParseResult | undefined, file: string): void {
  for (const warning of result?.warnings ?? []) process.stderr.write(`warning: ${inputName(file)}: ${warning}\n`);
}

async function runExplain(file: string, findingId: string | undefined, options: RuleOptions): Promise<number> {
  const rules = await rulesFrom(options);
  const { explainFinding, explanationToText } = await import('./tag/explain.js');
  const { letterContext } = await import('./tag/match.js');
  const { textForContext } = await import('./summarise/retag.js');
  // A letter is parsed now; JSON (or JSON Lines) from jtai parse is read, its findings explained as they stand.
  const { readParsedJson, readParsedLines } = await import('./run/batch.js');
  let results: ParseResult[];
  // Standard input is read as summarise reads it (JSON from parse, a document or JSON Lines, or a
  // letter); a bad line of JSON Lines is skipped with its status, as summarise skips it, and the
  // exit code says so.
  let skipped = 0;
  if (file === '-' || /\.jsonl$/i.test(file)) {
    const read = file === '-' ? await readStandardInput(rules, true) : { json: true, outcomes: await readParsedLines(file) };
    const outcomes = read.outcomes;
    for (const outcome of outcomes) if (!outcome.result) process.stderr.write(`${outcome.message}\n`);
    results = outcomes.flatMap((outcome) => (outcome.result ? [outcome.result] : []));
    if (!read.json) warnOfLetter(results[0], file);
    skipped = outcomes.length - results.length;
    if (results.length === 0) return EXIT.someFailed;
  } else if (/\.json$/i.test(file)) results = [await readParsedJson(file)];
  else {
    results = [await (await import('./parse.js')).parseFile(file, { rules, includeText: true })];
    warnOfLetter(results[0], file);
  }
  // JSON tagged by other rules would be explained by rules that did not tag it: say so first.
  const otherHashes = [...new Set(results.map((result) => result.rules.hash).filter((hash) => hash !== rules.hash))];
  if (otherHashes.length > 0) {
    process.stderr.write(
      `warning: ${inputName(file)} was parsed with other rules (rules hash ${otherHashes.join(', ')}) than these (${rules.hash}): what follows is what these rules do, and may not be the tags in the JSON; give explain the same --rules and --no-default-rules as parse had\n`,
    );
  }
  const findings = results.flatMap((result) => {
    const context = letterContext(rules.tagger, textForContext(result), result.letter.theme);
    // Findings of several letters are headed by their letter.
    const heading = results.length > 1 ? `== ${inputName(result.source.file)} (${[result.letter.area, result.letter.date].filter(Boolean).join(', ')})\n` : '';
    return result.findings.filter((finding) => !findingId || finding.id === findingId).map((finding, index) => ({ finding, context, heading: index === 0 ? heading : '' }));
  });
  if (findings.length === 0) throw new UsageError(`no finding ${findingId} in ${inputName(file)} (jtai explain ${inputName(file)}, with no id, explains every finding, each headed by its id)`);
  const { learnedToText, scoreFinding } = await import('./tag/learned.js');
  const { tagText, tokenize } = await import('./tag/match.js');
  const model = rules.model;
  const { whenInterrupted, writeStandardOutput } = await import('./run/output.js');
  // Explanations go out one at a time: a signal now says how many stand on standard output (not
  // the start's "no input done").
  let explained = 0;
  whenInterrupted(() => `${explained} of ${plural(findings.length, 'finding')} explained on standard output`);
  for (const { finding, context, heading } of findings) {
    await writeStandardOutput(heading);
    const tokens = tokenize(finding.text);
    const learned = model ? learnedToText(scoreFinding(model, rules.tagger, finding.text, tokens, tagText(rules.tagger, finding.text, context, tokens).themes, context, true)) : '';
    await writeStandardOutput(`${explanationToText(explainFinding(finding, rules.tagger, context))}${learned}\n`);
    explained++;
  }
  return skipped > 0 ? EXIT.someFailed : EXIT.ok;
}

/** The rules a `jtai rules` command reads: its folder, then any --rules, over the shipped ones unless --no-default-rules. */
async function rulesOfCommand(command: string, dir: string | undefined, options: RuleOptions) {
  const dirs = [...(dir ? [dir] : []), ...(options.rules ?? [])];
  if (dirs.length === 0 && options.defaultRules === false) {
    throw new UsageError(`--no-default-rules leaves out the shipped tag rules, so there is nothing of yours to ${command}: give your folder (jtai rules ${command} DIR --no-default-rules)`);
  }
  return rulesFrom({ ...options, rules: dirs });
}

async function runRulesCheck(dir: string | undefined, options: RuleOptions): Promise<number> {
  const rules = await rulesOfCommand('check', dir, options);
  await (await import('./run/output.js')).writeStandardOutput(`rules are valid: ${plural(rules.tags.length, 'tag rule')} (${grouped(rules.tags.filter((r) => r.kind === 'agency').length)} agency, ${grouped(rules.tags.filter((r) => r.kind === 'theme').length)} theme), hash ${rules.hash}\n`);
  return EXIT.ok;
}

async function runRulesTest(dir: string | undefined, options: RuleOptions & { strict?: boolean }): Promise<number> {
  const rules = await rulesOfCommand('test', dir, options);
  const { runExamples } = await import('./tag/examples.js');
  const { writeStandardOutput } = await import('./run/output.js');
  const { checked, failures, untested } = runExamples(rules.tags, rules.tagger);
  for (const failure of failures) {
    const what = failure.expected === 'match' ? 'should match but did not' : `should not match but matched "${failure.matched}"`;
    await writeStandardOutput(`${failure.file}:${failure.line}: ${failure.rule}: ${what}: ${failure.example}\n`);
  }
  for (const rule of untested) {
    const what = rule.noExamples ? 'no examples, so nothing tests it (add examples: match: [...] and nomatch: [...])' : 'no example that matches, so nothing shows it fires (add examples: match: [...])';
    await writeStandardOutput(`${rule.file}:${rule.line}: ${rule.rule}: warning: ${what}\n`);
  }
  const warned = untested.length > 0 ? `; ${plural(untested.length, 'rule')} untested (no example that matches; --strict fails on them)` : '';
  await writeStandardOutput(`${grouped(checked - failures.length)} passed, ${grouped(failures.length)} failed${warned}\n`);
  return failures.length > 0 || (options.strict && untested.length > 0) ? EXIT.someFailed : EXIT.ok;
}

async function runRulesList(dir: string | undefined, options: RuleOptions & { format: 'text' | 'json' }): Promise<number> {
  const rules = await rulesOfCommand('list', dir, options);
  const { listRules, rulesListToText } = await import('./rules-list.js');
  const { writeStandardOutput } = await import('./run/output.js');
  const listed = listRules(rules);
  await writeStandardOutput(options.format === 'json' ? `${JSON.stringify({ tool, hash: rules.hash, rules: listed }, null, 2)}\n` : rulesListToText(listed));
  return EXIT.ok;
}

const STANDARD_INPUT_HELP = '- for standard input (a letter, or JSON or JSON Lines from jtai parse)';
const MAX_FAILURES_HELP = 'exit 0 when no more than this many inputs fail (a count, or a percentage like 5%)';
const QUIET_SUMMARY_HELP = 'leave out notes (a letter given twice, rules of other hashes) and the closing line; problems are still reported';
const collect = (value: string, previous: string[] = []) => [...previous, value];

async function addFilterOptions(command: Command): Promise<Command> {
  const { InvalidArgumentError, Option } = await import('commander');
  const { isDateBound } = await import('./summarise/filter.js');
  const dateBound = (option: string) => (value: string) => {
    if (!isDateBound(value)) throw new InvalidArgumentError(`--${option} takes a year (2018), a month (2018-06) or a real date (2018-06-30)`);
    return value;
  };
  return command
    .option('--area <name>', 'only letters from this area (repeatable, or comma-separated)', collect)
    .option('--since <date>', 'only letters dated from this year, month or date (2018, 2018-06, 2018-06-30)', dateBound('since'))
    .option('--until <date>', 'only letters dated up to this year, month or date', dateBound('until'))
    .option('--deep-dive <id>', "only letters with this deep dive, e.g. neglect (repeatable; jtai rules list names them)", collect)
    .addOption(new Option('--theme <id>', 'the old name of --deep-dive').hideHelp().argParser(collect))
    .option('--layout <layout>', 'only letters of this layout: 2016-2020 or 2022+ (repeatable)', collect)
    .option('--stance <stance>', 'only findings of this stance: strength, improvement, priority, narrative (repeatable)', collect)
    .option('--section <kind>', 'only findings in this section, e.g. key-strengths (repeatable)', collect);
}

/**
 * Commander's "required option '--by <group>' not specified" names the option but not what to give
 * it: name its values (--by agency, theme, area or section), or say what it is (report's -o FILE).
 */
function requiredOptionExplained(program: Command, text: string): string {
  const flags = /required option '([^']+)' not specified/.exec(text)?.[1];
  const option = flags ? [program, ...program.commands].flatMap((command) => command.options).find((candidate) => candidate.mandatory && candidate.flags === flags) : undefined;
  if (!option?.long) return text;
  const choices = option.argChoices ?? [];
  const what = choices.length > 0
    ? `give ${option.long} ${choices.length > 1 ? `${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}` : choices[0]}`
    : `give ${option.short ?? option.long} ${/<(\w+)>/.exec(option.flags)?.[1]?.toUpperCase() ?? ''}, ${option.description}`;
  return text.replace(/required option '[^']+' not specified/, `${option.long} is required: ${what}`);
}

/** Whether the user gave --format (its default is not a choice: -o's extension may make one). */
const formatGiven = (command: Command): boolean => command.getOptionValueSource('format') === 'cli';

function addRuleOptions(command: Command): Command {
  return command
    .option('--rules <dir>', 'add the rule files in this folder (a rule with an existing id replaces it); repeatable', collect)
    .option('--no-default-rules', 'no shipped tag rules (agencies.yaml, themes.yaml): tag with those of --rules alone; the layout rules (sections.yaml, letter.yaml) still ship unless a --rules folder has its own');
}

export async function buildProgram(run: (code: Promise<number>) => void): Promise<Command> {
  const { Command, Option } = await import('commander');
  const program = new Command();
  program
    .name('jtai')
    .description('Turn JTAI letters (joint targeted area inspections of child protection) into structured, citable data')
    .version(tool.version, '-V, --version')
    .exitOverride((error) => {
      // A file whose name starts with "-" reads as an option: say how to name it, after commander's
      // line, when there is such a file (a mistyped option, "--formt", is only that).
      const unknown = error.code === 'commander.unknownOption' ? /'(-[^']*)'/.exec(error.message)?.[1] : undefined;
      if (unknown && existsSync(unknown)) process.stderr.write(`jtai: if ${printableName(unknown)} is a file, write ./${printableName(unknown)}, or put -- after the options and before the file names (jtai parse -o out.json -- ${printableName(unknown)})\n`);
      throw error;
    })
    // Commander's own errors (an unknown option, a bad value) in the form of every other usage error.
    .configureOutput({ writeErr: (text) => process.stderr.write(text), outputError: (text, write) => write(requiredOptionExplained(program, text.replace(/^error: /, 'jtai: '))) });

  const parse = program
    .command('parse')
    .description('parse letters (PDF or text; - for standard input) into findings')
    .argument('<inputs...>', 'letter files, folders of letters, globs (quoted), or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'md', 'csv', 'jsonl']).default('json'))
    .option('-o, --output <file>', 'write to this file instead of standard output (one input, or all with jsonl or csv); - is standard output')
    .option('--out-dir <dir>', 'write one output per letter into this folder')
    .option('--include-text', 'include the cleaned text that every span points into')
    .option('-q, --quiet', 'report only the inputs that failed')
    .option('--coverage', 'report findings with no agency, rules that never fired, and rules that fired on most findings')
    .option('-j, --jobs <n>', 'letters parsed at once (default and most: the number of cores)')
    .option('--timeout <seconds>', 'time limit for each letter', '60')
    .option('--report <file>', 'write the status of every input as JSON')
    .option('--max-failures <n>', MAX_FAILURES_HELP);
  addRuleOptions(parse).action((inputs: string[], options: ParseCommandOptions, command: Command) => run(runParse(inputs, { ...options, formatGiven: formatGiven(command) })));

  const summariseCommand = program
    .command('summarise')
    .alias('summarize')
    .description('what the inspectors said about each agency, theme, area or section, across letters')
    .argument('<inputs...>', `letters, JSON written by jtai parse, folders, globs (quoted), or ${STANDARD_INPUT_HELP}`)
    .addOption(new Option('--by <group>', 'group findings by').choices(['agency', 'theme', 'area', 'section']).makeOptionMandatory())
    .addOption(new Option('--level <n>', 'depth of the agency or theme hierarchy: 1 (default) rolls sub-agencies up to their parent').choices(['1', '2']))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['md', 'json', 'csv']).default('md'))
    .addOption(new Option('--shape <shape>', 'CSV shape: long (default: a row per finding and group) or wide (a row per group)').choices(['long', 'wide']))
    .option('--max-quotes <n>', 'Markdown: quotes per stance in each group (default 3)')
    .option('--all-quotes', 'Markdown: every finding, quoted')
    .option('-o, --output <file>', 'write to this file instead of standard output (- is standard output)')
    .option('-q, --quiet', QUIET_SUMMARY_HELP)
    .option('--max-failures <n>', MAX_FAILURES_HELP);
  addRuleOptions(await addFilterOptions(summariseCommand)).action((inputs: string[], options: SummariseCommandOptions, command: Command) => run(runSummarise(inputs, { ...options, formatGiven: formatGiven(command) })));

  const report = program
    .command('report')
    .description('one HTML page to explore many letters: a heat map of agency by theme, charts, and every quote behind each number')
    .argument('<inputs...>', `letters, JSON written by jtai parse, folders, globs (quoted), or ${STANDARD_INPUT_HELP}`)
    .requiredOption('-o, --output <file>', 'the HTML file to write (- for standard output)')
    .option('--title <text>', 'the heading of the page')
    .option('-q, --quiet', QUIET_SUMMARY_HELP)
    .option('--max-failures <n>', MAX_FAILURES_HELP);
  addRuleOptions(await addFilterOptions(report)).action((inputs: string[], options: ReportCommandOptions) => run(runReport(inputs, options)));

  const explain = program
    .command('explain')
    .description('show, for each finding (or one), which rules fired on what, and which came close')
    .argument('<file>', `a letter, or JSON (.json, .jsonl) written by jtai parse, or ${STANDARD_INPUT_HELP}`)
    .argument('[finding-id]', 'one finding, by its id');
  addRuleOptions(explain).action((file: string, id: string | undefined, options: RuleOptions) => run(runExplain(file, id, options)));

  const rules = program.command('rules').description('check, test and list rule files');
  addRuleOptions(
    rules.command('check').description('validate rule files: unknown keys, bad patterns, duplicate ids, missing parents').argument('[dir]', 'a folder of rule files'),
  ).action((dir: string | undefined, options: RuleOptions) => run(runRulesCheck(dir, options)));
  addRuleOptions(
    rules.command('test').description("run every rule's examples; a rule with no example that matches is named in a warning").argument('[dir]', 'a folder of rule files')
      .option('--strict', 'exit 1 when a rule has no example that matches, as when an example fails'),
  ).action((dir: string | undefined, options: RuleOptions & { strict?: boolean }) => run(runRulesTest(dir, options)));

  addRuleOptions(
    rules.command('list').description('every rule in force: kind, id, label, the file it came from (shipped or yours) and what it replaces').argument('[dir]', 'a folder of rule files')
      .addOption(new Option('-f, --format <format>', 'text (a table) or json').choices(['text', 'json']).default('text')),
  ).action((dir: string | undefined, options: RuleOptions & { format: 'text' | 'json' }) => run(runRulesList(dir, options)));

  refuseRepeatedValues(program);
  return program;
}

/**
 * An option that takes one value, given twice (`-f json -f md`), is refused: commander would keep
 * the last one without a word, and a user who asked for two formats, folders or time limits would
 * get one. The repeatable options (--rules, the filters) collect their values instead.
 */
function refuseRepeatedValues(command: Command): void {
  for (const option of command.options) {
    if (!(option.required || option.optional) || option.parseArg === collect) continue;
    const given: string[] = [];
    command.on(`option:${option.name()}`, (value: string) => {
      given.push(value);
      if (given.length < 2) return;
      const what = option.long ?? option.flags;
      const oneFormat = option.name() === 'format' ? '; a run writes one format: run jtai again for another' : '';
      command.error(`error: ${what} was given twice (${given.map(printableName).join(', then ')}): give it once${oneFormat}`, { code: 'jtai.repeatedOption' });
    });
  }
  for (const sub of command.commands) refuseRepeatedValues(sub);
}

/**
 * A fault of jtai's own thrown outside main's awaited chain (in a timer's callback, a stream's
 * 'error' event that nothing listens to, a rejected promise that nothing awaits) would end Node
 * with a stack trace: it ends the run as main's catch ends any other, in one line, exit 1. Once
 * per process (the build runs main several times in one). A batch's threads have their own end:
 * such a fault there ends the thread, and its input is internal (run/pool.ts).
 */
function endFaultsOutsideMain(): void {
  const installed = Symbol.for('jtai.faults-outside-main');
  const globals = globalThis as Record<symbol, unknown>;
  if (globals[installed]) return;
  globals[installed] = true;
  const end = (error: unknown) => {
    process.stderr.write(`jtai: ${internalErrorLine(error)}\n`);
    process.exit(EXIT.someFailed);
  };
  process.on('uncaughtException', end);
  process.on('unhandledRejection', end);
}

/** Runs the command line and returns the exit code; prints a one-line message for known errors. */
export async function main(argv: string[]): Promise<number> {
  endFaultsOutsideMain();
  // Every failure (a reader that stopped early, as | head; a full disk) comes back through the
  // write's callback, as `cannot write output` (writeStandardOutput): the output was not all
  // written, so the run says so and ends with 1. This listener only keeps it from being a crash.
  process.stdout.on('error', () => undefined);
  // `jtai --version` answers before anything else is loaded: start-up time is what it measures.
  if (argv.length === 3 && (argv[2] === '--version' || argv[2] === '-V')) {
    process.stdout.write(`${tool.version}\n`);
    return EXIT.ok;
  }
  let pending: Promise<number> | null = null;
  try {
    const program = await buildProgram((code) => {
      pending = code;
    });
    await program.parseAsync(argv);
    if (pending === null) return EXIT.ok;
    return await (pending as Promise<number>);
  } catch (error) {
    const { CommanderError } = await import('commander');
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`jtai: ${error.message}\n`);
      return EXIT.usage;
    }
    const { JtaiError } = await import('./errors.js');
    if (error instanceof JtaiError) {
      process.stderr.write(`jtai: ${error.describe()}\n`);
      return error.code === 'invalid-rules' || error.code === 'usage' ? EXIT.usage : EXIT.someFailed;
    }
    // Anything else is a fault in jtai's own code outside any one input's parse (rendering an
    // output, writing a report): one line, as an input's internal error is, never a stack trace.
    process.stderr.write(`jtai: ${internalErrorLine(error)}\n`);
    return EXIT.someFailed;
  }
}
