import { parentPort, workerData } from 'node:worker_threads';
import { parseOne } from './batch.js';
import { preloadPdfParse } from '../extract/pdf.js';
import { loadRules, type RuleSources } from '../rules.js';

// One parsing thread of a batch: rules loaded once, then one file at a time.

interface Task {
  index: number;
  file: string;
}

const { ruleSources, includeText } = workerData as { ruleSources: RuleSources; includeText: boolean };
const rules = loadRules(ruleSources);
// Load pdf.js before saying ready, so that a file's time limit counts parsing, not start-up.
await preloadPdfParse();
parentPort!.postMessage({ ready: true });

parentPort!.on('message', async ({ index, file }: Task) => {
  try {
    parentPort!.postMessage({ index, outcome: await parseOne(file, { rules, includeText }) });
  } catch (error) {
    const message = `${file}: internal error: ${(error as Error).stack ?? String(error)}`;
    parentPort!.postMessage({ index, outcome: { input: file, status: 'internal', message, result: null } });
  }
});
