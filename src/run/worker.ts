import { workerData } from 'node:worker_threads';
import { loadCliBundle } from '../start.js';

// A parsing thread's entry (run/pool.ts). Loaded as ES modules, jtai's code is compiled from source
// in every thread (Node 20 keeps no compile cache for them), so when the command line runs from its
// bundle the thread does too, compiled from its code cache, if the bundle is still current (the
// same checks, src/start.ts) and loads; otherwise, and for the library, the modules.
const { code } = workerData as { code: 'bundle' | 'modules' };
const bundled = code === 'bundle' ? bundledServe() : undefined;
if (bundled) await bundled('bundle');
else await (await import('./thread.js')).serveParsing('modules');

function bundledServe() {
  try {
    return loadCliBundle()?.cli.serveParsing;
  } catch {
    return undefined;
  }
}
