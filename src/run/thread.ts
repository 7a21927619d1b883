import { parentPort, workerData } from 'node:worker_threads';
import { internalError } from '../errors.js';
import { preloadPdfParse } from '../extract/pdf.js';
import { loadRules, type RuleSources } from '../rules.js';
import { useStopGuard } from '../stop-guard.js';
import { parseOne } from './batch.js';

// One parsing thread of a batch: rules loaded once, then one input at a time. Started by
// run/worker.ts, from the command line's bundle when it is current (src/start.ts).

interface Message {
  /** The batch needs this thread no more: it stops listening, and ends once its work is done. */
  end?: true;
  index: number;
  file: string;
  /** Standard input, read by the main thread. */
  bytes?: Uint8Array;
}

/**
 * Serves the batch that started this thread (run/pool.ts) until it is asked to end. `code` says
 * where the thread's code came from (the command line's bundle or the modules), told with ready.
 */
export async function serveParsing(code: 'bundle' | 'modules'): Promise<void> {
  const { ruleSources, includeText, stopGuard } = workerData as { ruleSources: RuleSources; includeText: boolean; stopGuard: SharedArrayBuffer };
  useStopGuard(stopGuard);
  const rules = loadRules(ruleSources);
  // Load pdf.js before saying ready, so that a file's time limit counts parsing, not start-up.
  await preloadPdfParse();
  parentPort!.postMessage({ ready: true, code });

  parentPort!.on('message', async ({ end, index, file, bytes }: Message) => {
    if (end) return parentPort!.close();
    try {
      parentPort!.postMessage({ index, outcome: await parseOne(file, { rules, includeText }, bytes) });
    } catch (error) {
      // parseOne gives every fault of an input as its outcome: this is one in sending it back.
      parentPort!.postMessage({ index, outcome: { input: file, status: 'internal', message: internalError(error, file).describe(), result: null } });
    }
  });
}
