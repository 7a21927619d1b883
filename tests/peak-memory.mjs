// node --import ./tests/peak-memory.mjs ...: the process's peak resident memory (all its threads),
// written to standard error as it exits, for tests of memory bounds.
import { isMainThread } from 'node:worker_threads';

if (isMainThread) process.on('exit', () => process.stderr.write(`\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`));
