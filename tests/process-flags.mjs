// node --import ./tests/process-flags.mjs ...: each process (not each thread) writes to standard
// error, as it starts, its id, its parent's id and the Node options it was started with, for tests
// of how a batch runs; and then the malloc arenas it was started with (MALLOC_ARENA_MAX, '-' when unset).
import { isMainThread } from 'node:worker_threads';

if (isMainThread) process.stderr.write(`process-flags ${process.pid} ${process.ppid} ${JSON.stringify(process.execArgv)}\nprocess-arenas ${process.pid} ${process.env.MALLOC_ARENA_MAX ?? '-'}\n`);
