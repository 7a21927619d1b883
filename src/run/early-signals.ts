import { signalExitCode, STOPPING_SIGNALS } from './signals.js';

// A signal that comes while the command line is still starting (loading its bundle, reading its
// arguments and rules, finding its inputs) would end it silently, by the signal itself: on a busy
// machine that is the first second of a batch. Until the run's own handlers take over
// (run/output.ts, or a batch's parent passing signals on to its child), one line says no input was
// done, and the exit code is the signal's. Kept on globalThis: the bundle holds its own copy of this module.

const STOP = Symbol.for('jtai.early-signals');

/** From now on, until stopEarlySignals(), a signal ends the process with one line and its exit code. */
export function handleEarlySignals(): void {
  const handler = (signal: NodeJS.Signals) => {
    process.stderr.write(`jtai: interrupted by ${signal}: no input done; no partial output left behind (each output is written whole, or not at all)\n`);
    process.exit(signalExitCode(signal));
  };
  for (const signal of STOPPING_SIGNALS) process.on(signal, handler);
  (globalThis as Record<symbol, unknown>)[STOP] = () => {
    for (const signal of STOPPING_SIGNALS) process.off(signal, handler);
  };
}

/** The run's own handlers have taken over. */
export function stopEarlySignals(): void {
  const globals = globalThis as Record<symbol, unknown>;
  (globals[STOP] as (() => void) | undefined)?.();
  delete globals[STOP];
}
