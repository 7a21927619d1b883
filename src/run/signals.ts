// The signals that stop a run, and the exit code each ends it with: 128 + its number, as a shell
// reports a process it ended. One table for the early handlers (run/early-signals.ts), the run's
// own (run/output.ts) and a batch's parent, which passes each on to its child (run/batch-process.ts).
// SIGHUP is a closed terminal or ssh session.

export const SIGNAL_EXIT = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;

export type StoppingSignal = keyof typeof SIGNAL_EXIT;

export const STOPPING_SIGNALS = Object.keys(SIGNAL_EXIT) as StoppingSignal[];

/** The exit code a run stopped by `signal` ends with. */
export function signalExitCode(signal: NodeJS.Signals): number {
  return SIGNAL_EXIT[signal as StoppingSignal];
}
