import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { errorCatalogue } from '../errors.js';
import type { Outcome } from './outcome.js';
import type { RuleSources } from '../rules.js';

// Many files parsed on all cores, each within a time limit, the outcomes given back in input
// order (so output does not depend on timing) and dropped once used (so memory does not grow
// with the number of files).

export interface PoolOptions {
  jobs?: number;
  /** Per file; a file still parsing then is stopped and reported as timed out. */
  timeoutMs?: number;
  ruleSources?: RuleSources;
  includeText?: boolean;
}

const MEMORY_LIMIT_MB = 192;

export function defaultJobs(): number {
  return availableParallelism();
}

export async function* parseInParallel(files: string[], options: PoolOptions = {}): AsyncGenerator<Outcome> {
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(), files.length));
  const timeoutMs = options.timeoutMs ?? 60_000;
  const workerUrl = new URL('./worker.js', import.meta.url);
  const workerData = { ruleSources: options.ruleSources ?? {}, includeText: options.includeText === true };

  const ready = new Map<number, Outcome>();
  let wake: (() => void) | null = null;
  let next = 0;
  let failure: Error | null = null;
  const workers = new Set<Worker>();

  const finish = (index: number, outcome: Outcome) => {
    ready.set(index, outcome);
    wake?.();
  };

  const startWorker = () => {
    // A heap limit per thread keeps the whole run's memory bounded, whatever the files.
    const worker = new Worker(workerUrl, { workerData, resourceLimits: { maxOldGenerationSizeMb: MEMORY_LIMIT_MB } });
    workers.add(worker);
    let current: { index: number; timer: NodeJS.Timeout } | null = null;
    // Once stopped (time limit), a thread's late messages are ignored.
    let stopped = false;
    const retire = () => {
      stopped = true;
      workers.delete(worker);
      void worker.terminate();
    };
    const fail = (index: number, code: 'timed-out' | 'too-large' | 'internal', reason: string) => {
      const { status, advice } = errorCatalogue[code];
      finish(index, { input: files[index]!, status: code, message: `${files[index]}: ${status}: ${reason} (${advice})`, result: null });
      if (next < files.length) startWorker();
    };
    const dispatch = () => {
      if (next >= files.length) return retire();
      const index = next++;
      const timer = setTimeout(() => {
        // pdf.js cannot be interrupted mid-page: stop the thread, and start another for the rest.
        current = null;
        retire();
        fail(index, 'timed-out', `still parsing after ${timeoutMs / 1000} s`);
      }, timeoutMs);
      current = { index, timer };
      worker.postMessage({ index, file: files[index] });
    };
    worker.on('message', (message: { ready?: boolean; index?: number; outcome?: Outcome }) => {
      if (stopped) return;
      if (message.ready) return dispatch();
      if (!current || current.index !== message.index) return;
      clearTimeout(current.timer);
      current = null;
      finish(message.index, message.outcome!);
      dispatch();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      // A thread that dies (out of memory on a pathological PDF, say) fails its file, not the batch.
      if (stopped) return;
      const task = current;
      retire();
      if (!task) {
        failure = error;
        wake?.();
        return;
      }
      clearTimeout(task.timer);
      current = null;
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') fail(task.index, 'too-large', `parsing it needed more than ${MEMORY_LIMIT_MB} MB`);
      else fail(task.index, 'internal', error.message);
    });
  };

  for (let i = 0; i < jobs; i++) startWorker();
  try {
    for (let index = 0; index < files.length; index++) {
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
    for (const worker of workers) void worker.terminate();
  }
}
