// A batch of letters runs in a child Node process whose V8 collects garbage on the thread that made
// the garbage, with no helper threads (--single-threaded-gc). A batch keeps every core busy with
// parsing threads, so a parallel collector's helper threads only take turns on the same cores and
// cost more CPU handing work over than they save. Measured on 52 letters, both cores, alternated
// in one run (load 10-17): CPU 20.2-21.0 s with the parallel collector, 18.6-18.8 s without.
//
// Why a process: V8 reads the flag as each heap starts, so set from this process it does reach
// threads started later, but this process's own heap was made with the parallel collector and
// V8 stops the process at its next full collection (`Check failed: concurrent_marking_handle_
// implies !concurrent_marking_handle_->IsValid()`), even when set before any other module loads.
//
// And V8 optimises a function (TurboFan, on helper threads) later than by default: the interrupt
// budget, how much bytecode a function runs before V8 considers it, is 8 times the default
// (67,584; on a V8 without the flag, V8's own thresholds: LATER_OPTIMISING). Helper threads compiling took 38% of a batch's CPU (perf, 52 letters), for two
// reasons: about 300 functions per thread reach TurboFan in the first letters, and pdf.js's
// per-page functions (the closures of getOperatorList and getTextContent, each page's its own)
// lose their optimised code again and again, deoptimised as new fonts and objects reach them or
// dropped at a full collection when no closure holds it, and are compiled again. With the larger
// budget only the functions that stay hot reach TurboFan, later, with steadier type feedback.
//
// And each thread's young generation is held to semi-spaces of 4 MB (V8's default grows them to
// 16, 32 MB a thread): the flag reaches every thread (it overrides a Worker's resourceLimits). On
// 208 letters the process's three heaps held 32 MB of young generation each at the peak; with 4 MB
// the tree peaked at 305-313 MB against 382-385 (load 13-18), 52 letters' CPU no higher (median of
// 8 alternated runs 10.22 s against 10.35; tests/bench-history.md, issue 12h). It is what keeps a
// batch under issue 12's 400 MB with its main thread tagging (run/pool.ts).
//
// And the process's main thread is given the parsing threads' heap limit (HEAP_LIMIT_MB; the flag
// reaches the threads too, whose limit it already is). V8 lets a heap grow between full collections
// by a factor that its limit sets: up to 4 from 2 GB, about 1.8 at 1.5 GB. Without the flag the main
// thread's limit follows the machine's memory (4 GB on one of 16 GB or more), so that its heap,
// which tags each letter and writes its output, grew through a 208-letter batch from about 45 to
// 120-160 MB, three quarters of it garbage (about 40 MB live after each full collection), and was
// collected only two or three times: the tree's peak depended on whether the batch ended before or
// after one, 356-425 MB over runs of one build. With it the main thread's heap stays at 50-75 MB.
import { stopEarlySignals } from './early-signals.js';
import { STOPPING_SIGNALS } from './signals.js';

/**
 * V8's interrupt budget (--interrupt-budget) as a process starts, on the V8 the budgets here were measured on: Node
 * 20's, 11.3 (tests/v8-flags.test.ts pins it with `node --v8-options`).
 */
export const V8_DEFAULT_INTERRUPT_BUDGET = 67_584;

/**
 * Whether a V8 of this version has --interrupt-budget with V8_DEFAULT_INTERRUPT_BUDGET. Later V8s weigh a function for
 * TurboFan by its calls (--invocation-count-for-turbofan) and have no such flag: `node` given it exits ("bad option"),
 * and setFlagsFromString prints an error and does nothing. Decided by the version, once, as the module loads.
 */
export const hasInterruptBudget = (v8Version: string): boolean => v8Version.startsWith('11.3.');

/**
 * The batch process's interrupt budget, eight times V8's (above), which a one-input run without a core to spare takes
 * too (src/short-run.ts); undefined on a V8 without the flag, whose batch process runs with V8's own thresholds.
 */
export const LATER_OPTIMISING: string | undefined = hasInterruptBudget(process.versions.v8) ? `--interrupt-budget=${8 * V8_DEFAULT_INTERRUPT_BUDGET}` : undefined;

/**
 * A backstop only: what bounds a file's memory is the check of its decoded size before pdf.js
 * opens it (extract/pdf-size.ts). The limit also sets how far V8 lets a heap grow between full
 * collections (by a factor of 4 from 2 GB, about 1.6 at 1 GB). Measured on 560 letters on 2 cores:
 * 1 GB 170 s CPU and 317 MB peak, 1.5 GB 143 s and 326 MB, 2 GB 116 s but 424 MB, over the bound
 * of 400 MB for any number of letters. 1.5 GB is the most that keeps it. A batch process's main
 * thread has it too (BATCH_PROCESS_FLAGS), for its factor.
 */
export const HEAP_LIMIT_MB = 1536;

/**
 * The V8 flags of a batch's child process. V8 compiles a script from a code cache only if the
 * cache was made under the same flags: `npm run build` makes pdf.js's cache for these too
 * (src/build/cache-pdfjs.mjs --batch-process).
 */
export const BATCH_PROCESS_FLAGS: readonly string[] = ['--single-threaded-gc', ...(LATER_OPTIMISING ? [LATER_OPTIMISING] : []), '--max-semi-space-size=4', `--max-old-space-size=${HEAP_LIMIT_MB}`];

/** Whether this process (or thread: they share its flags) runs with the flags of a batch's child process. */
export const isBatchProcess = (): boolean => BATCH_PROCESS_FLAGS.every((flag) => process.execArgv.includes(flag));

/**
 * Starting the child costs one Node start-up and jtai's modules again (about 0.1 s of CPU); the
 * collector saves about 30 ms of CPU a letter, so from about 4 letters on it pays back. 8 leaves a margin.
 */
export const BATCH_PROCESS_INPUTS = 8;

/** Whether a batch of `inputs` is better run again in a child process (this one has not the flags). */
export function wantsBatchProcess(inputs: number): boolean {
  return inputs >= BATCH_PROCESS_INPUTS && !isBatchProcess();
}

/**
 * The environment of a batch's child process: this one's, with glibc's malloc held to one arena a core
 * (MALLOC_ARENA_MAX), unless the user set it. By default glibc gives each thread that allocates an arena of its
 * own, up to eight a core: the parsing threads' buffers (pdf.js's streams, fonts and images, V8's compiler zones) are
 * freed into their thread's arena and kept there, so that the process held 50-60 MB of such arenas besides its three
 * heaps. Measured on 52 letters, both cores, alternated, load 13-17 (helper 12bs): the child's peak 285-287 MB by
 * default, 262-269 with two arenas (one a core here), 252-256 with one; CPU 9.2-11.0 s, 9.4-9.9 and 9.5-9.7. One a
 * core rather than one: no more threads run at once than there are cores, so a thread seldom waits for an arena
 * (not measured on more than two cores). Other C libraries ignore the variable.
 */
export function batchProcessEnv(env: NodeJS.ProcessEnv, cores: number): NodeJS.ProcessEnv {
  return env.MALLOC_ARENA_MAX === undefined ? { ...env, MALLOC_ARENA_MAX: String(Math.max(1, cores)) } : env;
}

/**
 * Runs this same command again in a child Node process with the flags, sharing standard input,
 * output and error; resolves to its exit code. A signal sent to this process is passed on; a child
 * ended by a signal ends this process with the same signal.
 */
export function runAsBatchProcess(): Promise<number> {
  // Loaded here, not imported: the command line and a batch's threads load this module (for
  // isBatchProcess), and child_process (with net and dgram) took 3 ms of each start.
  const { spawn } = process.getBuiltinModule('node:child_process');
  // The user's own flags after the batch's: V8 takes a flag's last value, so a user's --max-old-space-size stays theirs.
  const cores = process.getBuiltinModule('node:os').availableParallelism();
  const child = spawn(process.execPath, [...BATCH_PROCESS_FLAGS, ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit', env: batchProcessEnv(process.env, cores) });
  const signals = STOPPING_SIGNALS;
  const pass = (signal: NodeJS.Signals) => child.kill(signal);
  for (const signal of signals) process.on(signal, pass);
  // The child says what was done (and, while it starts, says so itself). Its early handlers go only
  // now that `pass` is in place: a signal caught while none listens is lost (run/output.ts).
  stopEarlySignals();
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      for (const name of signals) process.off(name, pass);
      if (signal) process.kill(process.pid, signal);
      else resolve(code ?? 1);
    });
  });
}
