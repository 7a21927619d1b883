import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { errorCatalogue } from './errors.js';
import type { Outcome } from './batch.js';
import type { RuleSources } from './rules.js';

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
    const dispatch = () => {
      if (next >= files.length) {
        workers.delete(worker);
        void worker.terminate();
        return;
      }
      const index = next++;
      const timer = setTimeout(() => {
        // pdf.js cannot be interrupted mid-page: stop the thread, and start another for the rest.
        current = null;
        workers.delete(worker);
        void worker.terminate();
        const { status, advice } = errorCatalogue['timed-out'];
        finish(index, { input: files[index]!, status: 'timed-out', message: `${files[index]}: ${status}: still parsing after ${timeoutMs / 1000} s (${advice})`, result: null });
        if (next < files.length) startWorker();
      }, timeoutMs);
      current = { index, timer };
      worker.postMessage({ index, file: files[index] });
    };
    worker.on('message', ({ index, outcome }: { index: number; outcome: Outcome }) => {
      if (current?.index === index) clearTimeout(current.timer);
      current = null;
      finish(index, outcome);
      dispatch();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      // A thread that dies (out of memory on a pathological PDF, say) fails its file, not the batch.
      workers.delete(worker);
      if (!current) {
        failure = error;
        wake?.();
        return;
      }
      clearTimeout(current.timer);
      const index = current.index;
      current = null;
      const code = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'too-large' : 'internal';
      const { status, advice } = errorCatalogue[code];
      const reason = code === 'too-large' ? `parsing it needed more than ${MEMORY_LIMIT_MB} MB` : error.message;
      finish(index, { input: files[index]!, status: code, message: `${files[index]}: ${status}: ${reason} (${advice})`, result: null });
      if (next < files.length) startWorker();
    });
    dispatch();
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
