import { parentPort, workerData } from 'node:worker_threads';
import { internalError } from '../errors.js';
import { preloadPdfParse } from '../extract/pdf.js';
import { loadRules, type RuleSources } from '../rules.js';
import { useStopGuard } from '../stop-guard.js';
import { tagFindings } from '../parse.js';
import { MAIN_THREAD_TEXT_BYTES, parseOne } from './batch.js';
import type { Outcome } from './outcome.js';

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
  const { ruleSources, includeText, tagOnMainThread, stopGuard } = workerData as { ruleSources: RuleSources; includeText: boolean; tagOnMainThread: boolean; stopGuard: SharedArrayBuffer };
  useStopGuard(stopGuard);
  const rules = loadRules(ruleSources);
  // Load pdf.js before saying ready, so that a file's time limit counts parsing, not start-up.
  await preloadPdfParse();
  parentPort!.postMessage({ ready: true, code });

  /**
   * A letter's outcome; with tagOnMainThread, a letter whose text is of the size parsed on the main
   * thread is sent untagged with its text, and the main thread tags it (run/pool.ts): tagging here,
   * between pdf.js's pages, cost about half as much CPU again (41 against 26 ms a letter). A longer
   * text is tagged here, where the time limit can stop it.
   */
  const parsed = async (file: string, bytes: Uint8Array | undefined): Promise<{ outcome: Outcome; untaggedText?: string }> => {
    if (!tagOnMainThread) return { outcome: await parseOne(file, { rules, includeText }, bytes) };
    const outcome = await parseOne(file, { rules, includeText: true, untagged: true }, bytes);
    const result = outcome.result;
    if (!result) return { outcome };
    const text = result.text!;
    if (!includeText) delete result.text;
    if (text.length <= MAIN_THREAD_TEXT_BYTES) return { outcome, untaggedText: text };
    await tagFindings(result.findings, text, result.letter.theme, rules);
    return { outcome };
  };

  parentPort!.on('message', async ({ end, index, file, bytes }: Message) => {
    if (end) return parentPort!.close();
    try {
      parentPort!.postMessage({ index, ...(await parsed(file, bytes)) });
    } catch (error) {
      // parseOne gives every fault of an input as its outcome: this is one in tagging it or sending it back.
      parentPort!.postMessage({ index, outcome: { input: file, status: 'internal', message: internalError(error, file).describe(), result: null } });
    }
  });
}
