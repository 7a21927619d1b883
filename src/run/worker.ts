import { loadCliBundle } from '../start.js';

// A parsing thread's entry (run/pool.ts). Loaded as ES modules, jtai's code is compiled from source
// in every thread (Node 20 keeps no compile cache for them), so the thread runs the command line's
// bundle, compiled from its code cache, when the bundle is current (the same checks as the command
// line's, src/start.ts); otherwise the modules.
const bundled = loadCliBundle()?.cli.serveParsing;
if (bundled) await bundled('bundle');
else await (await import('./thread.js')).serveParsing('modules');
