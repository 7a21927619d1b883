// node --import ./tests/peak-memory.mjs ...: the process's peak resident memory (all its threads),
// written to standard error as it exits, for tests of memory bounds. Linux's VmHWM is this
// process's own; getrusage's maxRSS (the fallback) keeps the peak of the process that started it
// across exec, so a test runner holding 200 MB would count against every process it spawns.
import { readFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

function peakKb() {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]);
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS;
}

if (isMainThread) process.on('exit', () => process.stderr.write(`\npeak-rss-kb ${peakKb()}\n`));
