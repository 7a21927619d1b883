import type { Command } from 'commander';
import type { Status } from './run/outcome.js';
import { tool } from './version.js';

// The command line: arguments in, library calls, rendered text out, and one exit code.
// Library modules are imported inside the actions so that `jtai --version` starts fast.

export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;

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
}

/** The exit code for a batch: 0 when every input parsed (or no more failed than tolerated), 1 otherwise. */
export function exitCodeFor(outcomes: Array<{ status: string }>, tolerated = 0): number {
  const failed = outcomes.filter((outcome) => outcome.status !== 'parsed').length;
  return failed <= tolerated ? EXIT.ok : EXIT.someFailed;
}

async function rulesFrom(options: RuleOptions) {
  const { loadRules } = await import('./rules.js');
  return loadRules({ dirs: options.rules ?? [], defaults: options.defaultRules !== false });
}

async function runParse(inputs: string[], options: ParseCommandOptions): Promise<number> {
  const { expandInputs, parseMany, statusLabel } = await import('./run/batch.js');
  // Worker threads load the rules themselves; here they are loaded only to check a user's
  // rules before any work starts, or for the coverage report (it saves start-up time and memory).
  const rules = options.rules?.length || options.defaultRules === false || options.coverage ? await rulesFrom(options) : undefined;
  const { letterRenderers } = await import('./render/letter.js');
  const { openAtomic, outputName, writeAtomic } = await import('./run/output.js');
  const { JtaiError } = await import('./errors.js');
  const { colours } = await import('./terminal.js');
  const paint = await colours();

  const files = await expandInputs(inputs);
  if (files.length === 0) throw new UsageError('no input files (give files, folders, globs, or - for standard input)');
  if (options.output && files.length > 1 && options.format !== 'jsonl') throw new UsageError('-o FILE takes one input (or --format jsonl); use --out-dir DIR for several');
  if (!options.output && !options.outDir && files.length > 1 && options.format !== 'jsonl') {
    throw new UsageError('several inputs need --out-dir DIR, or --format jsonl to write them all to standard output');
  }
  if (options.outDir && options.format === 'jsonl') throw new UsageError('--format jsonl writes one stream; use -o FILE or standard output, not --out-dir');
  if (options.outDir && options.output) throw new UsageError('use either -o FILE (one output) or --out-dir DIR (one per letter), not both');
  if (options.outDir && (await isFile(options.outDir))) throw new UsageError(`--out-dir ${options.outDir} is a file, not a folder`);
  const tolerance = parseTolerance(options.maxFailures, files.length);
  const jobs = options.jobs === undefined ? undefined : Number(options.jobs);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) throw new UsageError('--jobs takes a whole number from 1');
  const timeoutMs = Number(options.timeout) * 1000;
  if (!(timeoutMs > 0) || timeoutMs > 86_400_000) throw new UsageError('--timeout takes a number of seconds above 0, up to a day (86400)');

  const lines = options.format === 'jsonl' && options.output ? await openAtomic(options.output) : null;
  const progress = await startProgress(files.length, options.quiet === true);
  const usedNames = new Set<string>();
  const entries: ReportEntry[] = [];
  const forCoverage = [];
  for await (const outcome of parseMany(files, { rules, jobs, timeoutMs, includeText: options.includeText === true })) {
    const entry: ReportEntry = { input: outcome.input, status: outcome.status, message: outcome.message, output: null, changed: null, layout: null, findings: null };
    const result = outcome.result;
    if (result) {
      entry.layout = result.letter.layout;
      entry.findings = result.findings.length;
      if (options.coverage) forCoverage.push(result);
      if (options.format === 'jsonl') {
        if (lines) await lines.write(`${JSON.stringify(result)}\n`);
        else process.stdout.write(`${JSON.stringify(result)}\n`);
      } else {
        const rendered = letterRenderers[options.format](result);
        let target: string | null = null;
        if (options.outDir) {
          let name = outputName(result.letter.area, result.letter.date, outcome.input);
          if (usedNames.has(name)) name = `${name}-${outputName(null, null, outcome.input)}`;
          for (let n = 2; usedNames.has(name); n++) name = `${name}-${n}`;
          usedNames.add(name);
          target = `${options.outDir.replace(/[\\/]$/, '')}/${name}.${options.format}`;
        } else if (options.output) {
          target = options.output;
        }
        if (target) {
          entry.output = target;
          try {
            entry.changed = await writeAtomic(target, rendered);
          } catch (error) {
            if (!(error instanceof JtaiError)) throw error;
            Object.assign(entry, { status: error.code, message: error.describe(), output: null });
          }
        } else {
          process.stdout.write(rendered);
        }
      }
    }
    entries.push(entry);
    progress.tick(entry);
  }
  progress.done();
  await lines?.commit();

  for (const entry of entries) {
    if (options.quiet && entry.status === 'parsed') continue;
    const label = statusLabel(entry.status);
    const line = entry.status === 'parsed'
      ? `${paint.green(label)}: ${entry.input}${entry.output ? ` -> ${entry.output}${entry.changed ? '' : ' (unchanged)'}` : ''} (${entry.layout} layout, ${entry.findings} findings)`
      : paint.red(entry.message ?? label);
    process.stderr.write(`${line}\n`);
  }
  if (options.coverage) {
    const { ruleCoverage, coverageToText } = await import('./tag/coverage.js');
    process.stderr.write(coverageToText(ruleCoverage(forCoverage, rules!.tags)));
  }
  const failed = entries.filter((entry) => entry.status !== 'parsed').length;
  if (files.length > 1) process.stderr.write(`${entries.length - failed} of ${files.length} inputs parsed, ${failed} not\n`);
  if (options.report) {
    const counts: Record<string, number> = {};
    for (const entry of entries) counts[entry.status] = (counts[entry.status] ?? 0) + 1;
    const report = { tool, inputs: entries.length, counts, entries };
    await writeAtomic(options.report, `${JSON.stringify(report, null, 2)}\n`);
  }
  return exitCodeFor(entries, tolerance);
}

interface ReportEntry {
  input: string;
  status: Status;
  message: string | null;
  output: string | null;
  /** Whether the output file was written (false: it already held the same content). */
  changed: boolean | null;
  layout: string | null;
  findings: number | null;
}

/** --max-failures: a count ("3") or a share of the inputs ("5%"). */
function parseTolerance(value: string | undefined, inputs: number): number {
  if (value === undefined) return 0;
  const match = /^(\d+(?:\.\d+)?)(%?)$/.exec(value.trim());
  if (!match) throw new UsageError('--max-failures takes a count (3) or a percentage (5%)');
  const amount = Number(match[1]);
  return match[2] ? Math.floor((amount / 100) * inputs) : Math.floor(amount);
}

async function isFile(path: string): Promise<boolean> {
  const { stat } = await import('node:fs/promises');
  return stat(path).then((info) => !info.isDirectory(), () => false);
}

async function startProgress(total: number, quiet: boolean) {
  const { progressBar } = await import('./terminal.js');
  return progressBar(total, quiet);
}

interface SummariseCommandOptions extends RuleOptions {
  maxFailures?: string;
  by: 'agency' | 'theme' | 'area' | 'section';
  level: string;
  format: 'md' | 'json' | 'csv';
  shape: 'long' | 'wide';
  output?: string;
}

async function runSummarise(inputs: string[], options: SummariseCommandOptions): Promise<number> {
  const { expandInputs, parseMany, readParsedJson, SUMMARY_INPUT } = await import('./run/batch.js');
  const { JtaiError } = await import('./errors.js');
  const { summarise, distinctLetters } = await import('./summarise/index.js');
  const render = await import('./render/summary.js');
  const { writeAtomic } = await import('./run/output.js');
  const level = Number(options.level);
  if (!Number.isInteger(level) || level < 1) throw new UsageError('--level takes a whole number from 1 (top-level ids) up');
  const rules = await rulesFrom(options);
  const files = await expandInputs(inputs, SUMMARY_INPUT);
  if (files.length === 0) throw new UsageError('no inputs (give letters, JSON from jtai parse, folders or globs)');
  const tolerance = parseTolerance(options.maxFailures, files.length);
  const outcomes: Array<{ status: string }> = [];
  const results = [];
  // JSON Lines hold many letters each: read here; letters and JSON files go through the batch.
  const streams = files.filter((file) => /\.jsonl$/i.test(file));
  for (const file of streams) {
    try {
      results.push(...(await readParsedJson(file)));
      outcomes.push({ status: 'parsed' });
    } catch (error) {
      if (!(error instanceof JtaiError)) throw error;
      outcomes.push({ status: error.code });
      process.stderr.write(`${error.describe()}\n`);
    }
  }
  for await (const outcome of parseMany(files.filter((file) => !streams.includes(file)), { rules })) {
    outcomes.push(outcome);
    if (outcome.result) results.push(outcome.result);
    else process.stderr.write(`${outcome.message}\n`);
  }
  // JSON parsed earlier keeps the tags of the rules it was parsed with; say so when they differ.
  const hashes = new Set(results.map((result) => result.rules.hash));
  if (hashes.size > 1) process.stderr.write(`note: the inputs were tagged with ${hashes.size} different sets of rules (rules.hash); parse them again to compare like with like\n`);
  const labels = Object.fromEntries(rules.tags.map((rule) => [rule.id, rule.label]));
  const summary = summarise(results, options.by, level, labels);
  const text =
    options.format === 'json' ? render.summaryToJson(summary)
    : options.format === 'md' ? render.summaryToMarkdown(summary)
    : options.shape === 'wide' ? render.summaryToWideCsv(summary)
    : render.summaryToLongCsv(distinctLetters(results));
  if (options.output) await writeAtomic(options.output, text);
  else process.stdout.write(text);
  process.stderr.write(`summarised ${summary.letters.length} letter(s) from ${files.length} input(s), by ${options.by}\n`);
  return exitCodeFor(outcomes, tolerance);
}

async function runExplain(file: string, findingId: string | undefined, options: RuleOptions): Promise<number> {
  const rules = await rulesFrom(options);
  const { parseFile } = await import('./parse.js');
  const { explainFinding, explanationToText } = await import('./tag/explain.js');
  const result = await parseFile(file, { rules });
  const findings = findingId ? result.findings.filter((finding) => finding.id === findingId) : result.findings;
  if (findings.length === 0) throw new UsageError(`no finding ${findingId} in ${file} (jtai parse lists the ids)`);
  for (const finding of findings) process.stdout.write(`${explanationToText(explainFinding(finding, rules.tagger))}\n`);
  return EXIT.ok;
}

async function runRulesCheck(dir: string | undefined, options: RuleOptions): Promise<number> {
  if (dir) {
    const { readdir } = await import('node:fs/promises');
    const names = await readdir(dir).catch(() => null);
    if (names === null) throw new UsageError(`cannot read the folder ${dir}`);
    if (!names.some((name) => /\.ya?ml$/.test(name))) throw new UsageError(`${dir} has no rule files (.yaml) in it`);
  }
  const rules = await rulesFrom({ ...options, rules: dir ? [dir, ...(options.rules ?? [])] : options.rules });
  process.stdout.write(`rules are valid: ${rules.tags.length} tag rules (${rules.tags.filter((r) => r.kind === 'agency').length} agency, ${rules.tags.filter((r) => r.kind === 'theme').length} theme), hash ${rules.hash}\n`);
  return EXIT.ok;
}

async function runRulesTest(dir: string | undefined, options: RuleOptions): Promise<number> {
  const rules = await rulesFrom({ ...options, rules: dir ? [dir, ...(options.rules ?? [])] : options.rules });
  const { runExamples } = await import('./tag/examples.js');
  const { checked, failures } = runExamples(rules.tags, rules.tagger);
  for (const failure of failures) {
    const what = failure.expected === 'match' ? 'should match but did not' : `should not match but matched "${failure.matched}"`;
    process.stdout.write(`${failure.file}:${failure.line}: ${failure.rule}: ${what}: ${failure.example}\n`);
  }
  process.stdout.write(`${checked - failures.length} passed, ${failures.length} failed\n`);
  return failures.length === 0 ? EXIT.ok : EXIT.someFailed;
}

const MAX_FAILURES_HELP = 'exit 0 when no more than this many inputs fail (a count, or a percentage like 5%)';
const collect = (value: string, previous: string[] = []) => [...previous, value];

function addRuleOptions(command: Command): Command {
  return command
    .option('--rules <dir>', 'add the rule files in this folder (a rule with an existing id replaces it); repeatable', collect)
    .option('--no-default-rules', 'use only the rules given with --rules');
}

export async function buildProgram(run: (code: Promise<number>) => void): Promise<Command> {
  const { Command, Option } = await import('commander');
  const program = new Command();
  program
    .name('jtai')
    .description('Turn JTAI letters (joint targeted area inspections of child protection) into structured, citable data')
    .version(tool.version, '-V, --version')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });

  const parse = program
    .command('parse')
    .description('parse letters (PDF or text; - for standard input) into findings')
    .argument('<inputs...>', 'letter files, folders of letters, or -')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'md', 'csv', 'jsonl']).default('json'))
    .option('-o, --output <file>', 'write to this file instead of standard output (one input, or all with jsonl)')
    .option('--out-dir <dir>', 'write one output per letter into this folder')
    .option('--include-text', 'include the cleaned text that every span points into')
    .option('-q, --quiet', 'report only the inputs that failed')
    .option('--coverage', 'report findings with no agency, rules that never fired, and rules that fired on most findings')
    .option('-j, --jobs <n>', 'letters parsed at once (default and most: the number of cores)')
    .option('--timeout <seconds>', 'time limit for each letter', '60')
    .option('--report <file>', 'write the status of every input as JSON')
    .option('--max-failures <n>', MAX_FAILURES_HELP);
  addRuleOptions(parse).action((inputs: string[], options: ParseCommandOptions) => run(runParse(inputs, options)));

  const summariseCommand = program
    .command('summarise')
    .alias('summarize')
    .description('what the inspectors said about each agency, theme, area or section, across letters')
    .argument('<inputs...>', 'letters, JSON written by jtai parse, folders, or globs (quoted)')
    .addOption(new Option('--by <group>', 'group findings by').choices(['agency', 'theme', 'area', 'section']).makeOptionMandatory())
    .option('--level <n>', 'depth of the agency or theme hierarchy: 1 rolls sub-agencies up to their parent', '1')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['md', 'json', 'csv']).default('md'))
    .addOption(new Option('--shape <shape>', 'CSV shape: long (a row per finding and tag) or wide (agency by theme)').choices(['long', 'wide']).default('long'))
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option('--max-failures <n>', MAX_FAILURES_HELP);
  addRuleOptions(summariseCommand).action((inputs: string[], options: SummariseCommandOptions) => run(runSummarise(inputs, options)));

  const explain = program
    .command('explain')
    .description('show, for each finding (or one), which rules fired on what, and which came close')
    .argument('<file>', 'a letter')
    .argument('[finding-id]', 'one finding, by its id');
  addRuleOptions(explain).action((file: string, id: string | undefined, options: RuleOptions) => run(runExplain(file, id, options)));

  const rules = program.command('rules').description('check and test rule files');
  addRuleOptions(
    rules.command('check').description('validate rule files: unknown keys, bad patterns, duplicate ids, missing parents').argument('[dir]', 'a folder of rule files'),
  ).action((dir: string | undefined, options: RuleOptions) => run(runRulesCheck(dir, options)));
  addRuleOptions(
    rules.command('test').description("run every rule's examples").argument('[dir]', 'a folder of rule files'),
  ).action((dir: string | undefined, options: RuleOptions) => run(runRulesTest(dir, options)));

  return program;
}

/** Runs the command line and returns the exit code; prints a one-line message for known errors. */
export async function main(argv: string[]): Promise<number> {
  // A reader that stops early (| head) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
    throw error;
  });
  // `jtai --version` answers before anything else is loaded: start-up time is what it measures.
  if (argv.length === 3 && (argv[2] === '--version' || argv[2] === '-V')) {
    process.stdout.write(`${tool.version}\n`);
    return EXIT.ok;
  }
  let pending: Promise<number> | null = null;
  const program = await buildProgram((code) => {
    pending = code;
  });
  try {
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
    throw error;
  }
}
