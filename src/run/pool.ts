import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { internalError, JtaiError } from '../errors.js';
import { tagFindings } from '../parse.js';
import { loadRules, type RuleSources, type Rules } from '../rules.js';
import { newStopGuard, stopWhenSafe } from '../stop-guard.js';
import { HEAP_LIMIT_MB } from './batch-process.js';
import type { Outcome } from './outcome.js';

// Many files parsed on all cores, each within a time limit, the outcomes given back in input
// order (so output does not depend on timing) and dropped once used (so memory does not grow
// with the number of files).

export interface PoolOptions {
  jobs?: number;
  /** Per file, counted from when a thread starts on it; a file still parsing then is stopped and reported as timed out. */
  timeoutMs?: number;
  ruleSources?: RuleSources;
  includeText?: boolean;
}

/** An input for a thread: a file it reads itself, or bytes read here (standard input). */
export interface Task {
  file: string;
  bytes?: Uint8Array;
}

/**
 * How long a thread asked to end may take before it is stopped instead. An idle thread ends in
 * milliseconds; one still parsing (a batch given up early) ends after its file, or is stopped here.
 */
const END_GRACE_MS = 3000;

/** Why a letter may time out when a user's rules run: a pattern the shape check let through. */
const USER_RULES_ADVICE = 'the rules given with --rules may be the cause, a pattern that backtracks on this letter\'s text: parse it without them to see, simplify their patterns, or raise --timeout';

/** More threads than cores only share the cores: every letter takes longer, and memory grows. */
export function defaultJobs(): number {
  return availableParallelism();
}

export function cappedJobs(requested: number | undefined, inputs: number): number {
  return Math.max(1, Math.min(requested ?? defaultJobs(), defaultJobs(), inputs));
}

export async function* parseInParallel(tasks: Task[], options: PoolOptions = {}): AsyncGenerator<Outcome> {
  const jobs = cappedJobs(options.jobs, tasks.length);
  const timeoutMs = options.timeoutMs ?? 60_000;
  const workerUrl = new URL('./worker.js', import.meta.url);
  // The command line's bundle, when the command line runs from it (src/start.ts); the library's
  // threads run the modules, as the library does.
  const code = (globalThis as Record<symbol, unknown>)[Symbol.for('jtai.runs-bundle')] === true ? 'bundle' : 'modules';
  const userRules = (options.ruleSources?.dirs ?? []).length > 0;
  // A letter of ordinary size is tagged here with the shipped rules (run/thread.ts); a user's rules
  // are tagged in the thread, where the time limit can stop a pattern that backtracks.
  const tagOnMainThread = !userRules;
  const workerData = { ruleSources: options.ruleSources ?? {}, includeText: options.includeText === true, tagOnMainThread, code };
  let rules: Rules | null = null;

  const ready = new Map<number, Outcome>();
  let wake: (() => void) | null = null;
  let next = 0;
  let failure: Error | null = null;
  /** Each running thread, with what ends it. */
  const workers = new Map<Worker, () => void>();
  /** Every thread's end, awaited before the batch returns. */
  const exits: Array<Promise<number>> = [];
  // A thread that has ended has the id -1.
  const stop = (worker: Worker, guard: SharedArrayBuffer) => stopWhenSafe(guard, () => void worker.terminate(), () => worker.threadId === -1);
  // Node 20 aborts the whole process (SIGABRT, NodePlatform::ForIsolate 'data.first != nullptr')
  // when worker.terminate() stops a thread while TurboFan still compiles its code in the
  // background. So a thread that is not stuck is asked to end, and leaves by itself once its
  // compile jobs are done; terminate() is kept for a thread past its time limit.
  const end = (worker: Worker, guard: SharedArrayBuffer) => {
    worker.postMessage({ end: true });
    const fallback = setTimeout(() => stop(worker, guard), END_GRACE_MS);
    worker.once('exit', () => clearTimeout(fallback));
  };

  const finish = (index: number, outcome: Outcome) => {
    ready.set(index, outcome);
    wake?.();
  };

  const timedOut = (index: number) => new JtaiError('timed-out', `still parsing after ${timeoutMs / 1000} s`, tasks[index]!.file, 'letter', userRules ? USER_RULES_ADVICE : null);

  /** A letter a thread sent untagged, tagged here; its time limit still counts from when the thread started on it. */
  const tagHere = async (index: number, outcome: Outcome, text: string, started: bigint) => {
    const result = outcome.result!;
    try {
      rules ??= loadRules(options.ruleSources ?? {});
      await tagFindings(result.findings, text, result.letter.theme, rules);
    } catch (error) {
      const problem = error instanceof JtaiError ? error : internalError(error, outcome.input);
      return finish(index, { input: outcome.input, status: problem.code, message: problem.describe(), result: null });
    }
    if (Number(process.hrtime.bigint() - started) / 1e6 <= timeoutMs) return finish(index, outcome);
    const late = timedOut(index);
    finish(index, { input: tasks[index]!.file, status: late.code, message: late.describe(), result: null });
  };

  const startWorker = () => {
    const stopGuard = newStopGuard();
    const worker = new Worker(workerUrl, { workerData: { ...workerData, stopGuard }, resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB } });
    exits.push(new Promise((resolve) => worker.once('exit', resolve)));
    let current: { index: number; timer: NodeJS.Timeout; started: bigint } | null = null;
    // Once stopped (time limit), a thread's late messages are ignored.
    let stopped = false;
    /** Stuck: stopped now. Otherwise (idle, or already dead): asked to end. */
    const retire = (stuck: boolean) => {
      stopped = true;
      if (current) clearTimeout(current.timer);
      workers.delete(worker);
      if (stuck) stop(worker, stopGuard);
      else end(worker, stopGuard);
    };
    workers.set(worker, () => retire(false));
    /** The input's outcome from what stopped its thread, worded as every error line is (its name printable, one line). */
    const fail = (index: number, error: JtaiError) => {
      finish(index, { input: tasks[index]!.file, status: error.code, message: error.describe(), result: null });
      if (next < tasks.length) startWorker();
    };
    const dispatch = () => {
      if (next >= tasks.length) return retire(false);
      const index = next++;
      const timer = setTimeout(() => {
        // pdf.js cannot be interrupted mid-page: stop the thread, and start another for the rest.
        current = null;
        retire(true);
        fail(index, timedOut(index));
      }, timeoutMs);
      // Node's monotonic clock (the global performance loads perf_hooks and its modules).
      current = { index, timer, started: process.hrtime.bigint() };
      const { file, bytes } = tasks[index]!;
      worker.postMessage({ index, file, bytes });
      // Bytes read here are needed once: let them go with the message.
      tasks[index] = { file };
    };
    worker.on('message', (message: { ready?: boolean; index?: number; outcome?: Outcome; untaggedText?: string }) => {
      if (stopped) return;
      // The time limit starts once the thread has loaded pdf.js and the rules, not before.
      if (message.ready) return dispatch();
      if (!current || current.index !== message.index) return;
      clearTimeout(current.timer);
      const { started } = current;
      current = null;
      // The thread's next file first: tagging here does not keep it waiting.
      dispatch();
      if (message.untaggedText === undefined) finish(message.index, message.outcome!);
      else void tagHere(message.index, message.outcome!, message.untaggedText, started);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      // A thread that dies (out of memory on a pathological PDF, say) fails its file, not the batch.
      if (stopped) return;
      const task = current;
      retire(false);
      if (!task) {
        failure = error;
        wake?.();
        return;
      }
      clearTimeout(task.timer);
      current = null;
      const input = tasks[task.index]!.file;
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') fail(task.index, new JtaiError('too-large', `parsing it needed more than ${HEAP_LIMIT_MB} MB`, input));
      else fail(task.index, internalError(error, input));
    });
  };

  for (let i = 0; i < jobs; i++) startWorker();
  try {
    for (let index = 0; index < tasks.length; index++) {
      while (!ready.has(index)) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
      }
      const outcome = ready.get(index)!;
      ready.delete(index);
      yield outcome;
    }
  } finally {
    for (const retire of [...workers.values()]) retire();
    await Promise.all(exits);
  }
}
