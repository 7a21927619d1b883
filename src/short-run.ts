import { availableParallelism, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { LATER_OPTIMISING, V8_DEFAULT_INTERRUPT_BUDGET } from './run/batch-process.js';

// A process that parses one letter and exits runs most of pdf.js's code a few times only. With V8's own
// thresholds it sends about 90 functions to its optimising compiler (TurboFan), on helper threads, and
// the run ends before the optimised code pays that back in CPU: measured on the 13 real letters, one
// process each, 15.5 s of CPU with TurboFan, 11.9 s without (load 16-18). It pays back in wall
// time only: the main thread's share was 0.66 s a letter with TurboFan, 0.96 s without, so with a
// core to spare (TurboFan's threads then wait for nobody) it stays on as V8 has it. Without a core to
// spare, TurboFan waits eight times longer before optimising a function (the interrupt budget of a
// batch's child process, src/run/batch-process.ts): only the hottest loops of reading the pages (pdf.js's
// lexer and text, the font weights' sums) are optimised, where with TurboFan off every page ran in the
// interpreter: reading the pages took 5-22% less CPU, what follows mostly 9-14% more (compiles still in
// flight); at load 1.2-2.4, 4 letters' wall time 13-17% less and their CPU 1-9% less (helper 12aw,
// tests/bench-history.md; not yet told from the machine on all 13 letters).
// A long document needs V8's own thresholds again (304 pages: 4.1 s of CPU with TurboFan, 8.7 s
// without), and so does a batch (52 letters: 23 s with, 38 s without).

/** Letters run to 6-19 pages; a document longer than this puts V8's own thresholds for TurboFan back (as it opens). */
export const SHORT_RUN_PAGES = 24;

/** V8's optimising compiler off, and on again: noOpt's flags, and fewerOptimisations' on a V8 without the interrupt budget. */
const NO_OPT = ['--no-opt', '--opt'] as const;

/**
 * Every V8 flag a run changes, as [the flag set, the flag that puts back V8's setting as a process starts]: set only
 * by `setFlag` and put back only by `flagAsAtStart`, which take a name of this table, so that no flag is set without
 * the reset flagsAsAtStart gives it.
 */
const V8_FLAGS = {
  /**
   * TurboFan only for the hottest functions, for a process that parses one input (tuneForShortRun): the interrupt
   * budget of a batch's child process, eight times V8's (66 KB of bytecode run before a function is weighed for
   * optimising, V8 11's default). Put back as this process started: the build makes the batch process's code
   * cache at the end of one-input runs in a process started with that budget (tests/cli-bundle.test.ts). On a V8
   * without the flag (LATER_OPTIMISING undefined), no optimising compiler, as before helper 12aw's change.
   */
  fewerOptimisations: LATER_OPTIMISING
    ? [LATER_OPTIMISING, process.execArgv.includes(LATER_OPTIMISING) ? LATER_OPTIMISING : `--interrupt-budget=${V8_DEFAULT_INTERRUPT_BUDGET}`]
    : NO_OPT,
  /** No optimising compiler (TurboFan): for the rest of a one-input run once its pages are read (pagesRead). */
  noOpt: NO_OPT,
  /**
   * For the rest of a one-input run, once its pages are read (pagesRead): regular expressions compiled to machine
   * code without V8's optimisations of it (its look-ahead tables, quick checks, merged text nodes). The tag rules' long
   * expressions (src/tag/match.ts, compileToMachineCode) are each compiled once and run over a few dozen findings: in
   * one letter the optimising took more CPU than it saved (Leeds, 24 expressions of 44,600 characters: 64-76 ms of
   * CPU to compile, 19-22 without). They match the same: the flag changes how the code is made, not what it finds. Set
   * after the pages are read, when pdf.js and the command line have come from their code caches (V8 refuses a cache
   * made under other flags), as --no-opt is.
   */
  noRegexpOptimization: ['--no-regexp-optimization', '--regexp-optimization'],
} as const satisfies Record<string, readonly [set: string, atStart: string]>;

const setFlag = (flag: keyof typeof V8_FLAGS): void => setFlagsFromString(V8_FLAGS[flag][0]);
const flagAsAtStart = (flag: keyof typeof V8_FLAGS): void => setFlagsFromString(V8_FLAGS[flag][1]);

let shortRun = false;

/**
 * Tunes V8 (for the whole process, its threads too) for a run that parses one input and exits:
 * for the command line, which owns its process, never for a library call. V8 compiles a script
 * from a code cache only if the cache was made under the same flags: pdf.js has one for each.
 */
export function tuneForShortRun(): void {
  if (shortRun) return;
  setFlag('fewerOptimisations');
  shortRun = true;
}

/**
 * Whether TurboFan's helper threads would take cores other work needs: the load average leaves
 * no core beside this process's main thread.
 */
export function noSpareCore(): boolean {
  const [lastMinute = 0] = loadavg();
  return lastMinute + 1 > availableParallelism();
}

let oneInput = false;

/**
 * The command line parses one input in this process and then exits, tuned for a short run or not:
 * for the command line only (src/run/batch.ts), never for a library call or a batch's thread.
 */
export function parsingOneInput(): void {
  oneInput = true;
}

/**
 * Whether the command line parses one input in this process and exits (parsingOneInput). What pays back over a batch
 * may not over one letter: src/tag/match.ts then makes no subsets (subsetOf), and searches each rule by one expression of
 * the patterns held anywhere in the letter (searchFor, letterUnion), a text holding a pattern beyond them by the whole.
 */
export const isOneInput = (): boolean => oneInput;

/**
 * A document's pages are read (its text put together, its fonts' weights fitted). In a one-input
 * run, V8's optimising compiler is turned off for the rest of the run, unless the document is long:
 * what is left (segmenting, tagging, the output) runs too short for optimised code to pay back its
 * compiling, and V8 waits at exit for the compiles in flight. Leeds with TurboFan on (5 runs, load 10): the main thread took 155 ms to tag
 * with it and 149 without, while V8's helper threads spent 126 ms compiling beside the tagging, and
 * the process 24-55 ms of CPU after its exit began (4-15 with TurboFan off). The output is the same
 * either way: the optimising compiler changes no result.
 */
export function pagesRead(pages: number): void {
  if (!oneInput || pages > SHORT_RUN_PAGES) return;
  setFlag('noOpt');
  setFlag('noRegexpOptimization');
}

/**
 * The characters of a full page of a letter's text as pdftotext -layout writes it: the 13 real letters' run to 2.3-2.9
 * thousand a page (Sefton 47,044 characters in 16 pages), so a text counts at least a page each 3,000 characters.
 */
export const TEXT_PAGE_CHARS = 3_000;

/**
 * A text's pages are read (src/extract/text.ts): as pagesRead, the text counted as long by its pages (form feeds) or
 * its length, whichever is more (a long report saved as text may have no form feed). Before this, a one-input run of a
 * letter's text tagged with the optimising compilers on, where its PDF's run had them off: Wokingham's text, tagging
 * timed as the command line runs it (tests/bench-tagging.mjs --cold-cli), 207-227 ms of CPU against 92-113 for Leeds's PDF
 * (helper 12bs).
 */
export function textRead(pages: readonly string[]): void {
  const chars = pages.reduce((sum, page) => sum + page.length, 0);
  pagesRead(Math.max(pages.length, Math.ceil(chars / TEXT_PAGE_CHARS)));
}

/**
 * Puts back V8's flags as a process starts, every one of V8_FLAGS (pagesRead, tuneForShortRun set them): for
 * a code cache made at the end of such a run, which V8 would refuse at the next start under the flags it was made
 * with. Missing the regexp flag here, the command line's cache was refused and its bundle compiled from source
 * (tests/cli-bundle.test.ts, "from its code cache").
 */
export function flagsAsAtStart(): void {
  for (const flag of Object.keys(V8_FLAGS) as Array<keyof typeof V8_FLAGS>) flagAsAtStart(flag);
}

/** Whether this process was tuned for a short run (which code cache of pdf.js it can use). */
export const isShortRun = (): boolean => shortRun;

/**
 * A document of `pages` has opened: past SHORT_RUN_PAGES, V8's own thresholds for its optimising
 * compiler are put back for the rest of the run (pdf.js is compiled by then, so its code cache still applied).
 */
export function documentOpened(pages: number): void {
  if (shortRun && pages > SHORT_RUN_PAGES) flagAsAtStart('fewerOptimisations');
}
