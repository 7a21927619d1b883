import { Worker } from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';
import { fixture } from './helpers.js';

// Node 20 aborts the whole process (SIGABRT, NodePlatform::ForIsolate 'data.first != nullptr') when
// worker.terminate() stops a thread while TurboFan still compiles its code in the background. A
// batch's threads are idle at its end: they are asked to end and leave by themselves, and
// terminate() is kept for a thread past its time limit (tests/batch.test.ts, limits).

describe('the end of a batch', () => {
  it('lets its idle threads end by themselves, never through terminate()', async () => {
    const terminate = vi.spyOn(Worker.prototype, 'terminate');
    try {
      const { parseInParallel } = await import('../dist/run/pool.js');
      const tasks = ['letters/barnsley-2022-07-18.pdf', 'letters/derby-2019-05-08.pdf'].map((path) => ({ file: fixture(path) }));
      const statuses: string[] = [];
      for await (const outcome of parseInParallel(tasks, { jobs: 2 })) statuses.push(outcome.status);
      expect(statuses).toEqual(['parsed', 'parsed']);
      expect(terminate).not.toHaveBeenCalled();
    } finally {
      terminate.mockRestore();
    }
  });
});
