import { Command, CommanderError, Option } from 'commander';
import { tool } from './version.js';

// The command line: arguments in, library calls, rendered text out, and one exit code.
// Library modules are imported inside the actions so that `jtai --version` starts fast.

export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;

class UsageError extends Error {}

interface ParseCommandOptions {
  format: 'json' | 'md' | 'csv' | 'jsonl';
  output?: string;
  outDir?: string;
  includeText?: boolean;
  quiet?: boolean;
}

/** The exit code for a batch: 0 when every input parsed, 1 when any did not. */
export function exitCodeFor(outcomes: Array<{ status: string }>): number {
  return outcomes.every((outcome) => outcome.status === 'parsed') ? EXIT.ok : EXIT.someFailed;
}

async function runParse(inputs: string[], options: ParseCommandOptions): Promise<number> {
  const { expandInputs, parseOne, statusLabel } = await import('./batch.js');
  const { letterRenderers } = await import('./render/letter.js');
  const { outputName, writeAtomic } = await import('./output.js');
  const { chalkStderr } = await import('chalk');

  const files = await expandInputs(inputs);
  if (files.length === 0) throw new UsageError('no input files (give files, folders, or - for standard input)');
  if (options.output && files.length > 1) throw new UsageError('-o FILE takes one input; use --out-dir DIR for several');
  if (!options.output && !options.outDir && files.length > 1 && options.format !== 'jsonl') {
    throw new UsageError('several inputs need --out-dir DIR, or --format jsonl to write them all to standard output');
  }
  if (options.outDir && options.format === 'jsonl') throw new UsageError('--format jsonl writes to standard output; leave out --out-dir');

  const usedNames = new Set<string>();
  const outcomes = [];
  for (const file of files) {
    const outcome = await parseOne(file, { includeText: options.includeText === true });
    outcomes.push(outcome);
    let where = '';
    if (outcome.result) {
      const result = outcome.result;
      if (options.format === 'jsonl') {
        process.stdout.write(`${JSON.stringify(result)}\n`);
      } else {
        const rendered = letterRenderers[options.format](result);
        if (options.outDir) {
          let name = outputName(result.letter.area, result.letter.date, file);
          if (usedNames.has(name)) name = `${name}-${outputName(null, null, file)}`;
          for (let n = 2; usedNames.has(name); n++) name = `${name}-${n}`;
          usedNames.add(name);
          const target = `${options.outDir.replace(/[\\/]$/, '')}/${name}.${options.format}`;
          const changed = await writeAtomic(target, rendered);
          where = ` -> ${target}${changed ? '' : ' (unchanged)'}`;
        } else if (options.output) {
          const changed = await writeAtomic(options.output, rendered);
          where = ` -> ${options.output}${changed ? '' : ' (unchanged)'}`;
        } else {
          process.stdout.write(rendered);
        }
      }
    }
    if (!options.quiet || outcome.status !== 'parsed') {
      const label = statusLabel(outcome.status);
      const line = outcome.result
        ? `${chalkStderr.green(label)}: ${file}${where} (${outcome.result.letter.layout} layout, ${outcome.result.findings.length} findings)`
        : chalkStderr.red(outcome.message ?? label);
      process.stderr.write(`${line}\n`);
    }
  }
  if (files.length > 1 && !options.quiet) {
    const parsed = outcomes.filter((outcome) => outcome.status === 'parsed').length;
    process.stderr.write(`${parsed} of ${files.length} inputs parsed\n`);
  }
  return exitCodeFor(outcomes);
}

export function buildProgram(run: (code: Promise<number>) => void): Command {
  const program = new Command();
  program
    .name('jtai')
    .description('Turn JTAI letters (joint targeted area inspections of child protection) into structured, citable data')
    .version(tool.version, '-V, --version')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });

  program
    .command('parse')
    .description('parse letters (PDF or text; - for standard input) into findings')
    .argument('<inputs...>', 'letter files, folders of letters, or -')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'md', 'csv', 'jsonl']).default('json'))
    .option('-o, --output <file>', 'write to this file instead of standard output (one input)')
    .option('--out-dir <dir>', 'write one output per letter into this folder')
    .option('--include-text', 'include the cleaned text that every span points into')
    .option('-q, --quiet', 'report only the inputs that failed')
    .action((inputs: string[], options: ParseCommandOptions) => run(runParse(inputs, options)));

  return program;
}

/** Runs the command line and returns the exit code; prints a one-line message for known errors. */
export async function main(argv: string[]): Promise<number> {
  let pending: Promise<number> | null = null;
  const program = buildProgram((code) => {
    pending = code;
  });
  try {
    await program.parseAsync(argv);
    if (pending === null) return EXIT.ok;
    return await (pending as Promise<number>);
  } catch (error) {
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
