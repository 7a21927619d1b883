// Node 20 aborts the whole process (SIGABRT, `Assertion failed: init_done_ && "close before init"`
// in node_zlib.cc) when a worker thread is stopped (worker.terminate) between Node's zlib making a
// stream's native handle and initialising it: the thread's clean-up closes a handle that was never
// opened. A batch stops a thread that passes its time limit, and a thread measuring a PDF's streams
// (extract/pdf-size.ts) is in zlib most of that time: tests/limits.test.ts saw the abort as a
// null exit code. So a thread is stopped only outside such work: a word of memory shared by the
// thread and the batch says which, claimed by compare-and-swap so that neither can slip past the other.

const FREE = 0;
/** The thread is in work that must not be stopped midway. */
const BUSY = 1;
/** The batch is stopping the thread: it starts no such work again. */
const STOPPING = 2;

/** The word shared with one thread. */
export const newStopGuard = (): SharedArrayBuffer => new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);

let guard: Int32Array | null = null;

/** In a worker thread: the word its batch watches. */
export function useStopGuard(shared: SharedArrayBuffer): void {
  guard = new Int32Array(shared);
}

/**
 * Runs `work` (which uses zlib) so that the thread is not stopped while it runs. A thread already
 * being stopped never starts it: it waits to be stopped. Outside a worker thread, just runs it.
 */
export async function withoutStopping<T>(work: () => Promise<T>): Promise<T> {
  const word = guard;
  if (!word) return work();
  if (Atomics.compareExchange(word, 0, FREE, BUSY) !== FREE) return new Promise<T>(() => undefined);
  try {
    return await work();
  } finally {
    Atomics.store(word, 0, FREE);
  }
}

/**
 * The same for work that runs at once (synchronous zlib): a thread already being stopped does
 * `instead`, which must give the same result without zlib.
 */
export function withoutStoppingNow<T>(work: () => T, instead: () => T): T {
  const word = guard;
  if (!word) return work();
  if (Atomics.compareExchange(word, 0, FREE, BUSY) !== FREE) return instead();
  try {
    return work();
  } finally {
    Atomics.store(word, 0, FREE);
  }
}

/**
 * In the batch: calls `stop` once the thread is outside such work (now, or as soon as it leaves
 * it), unless it has ended by then (a thread out of memory may end midway).
 */
export function stopWhenSafe(shared: SharedArrayBuffer, stop: () => void, ended: () => boolean): void {
  const word = new Int32Array(shared);
  const attempt = () => {
    if (ended()) return;
    if (Atomics.compareExchange(word, 0, FREE, STOPPING) === FREE) stop();
    else setTimeout(attempt, 2);
  };
  attempt();
}
