import { errorCatalogue, type ErrorCode } from '../errors.js';
import type { ParseResult } from '../types.js';
import { SIGNAL_EXIT } from './signals.js';

// What running one input gives: a result, or a status that says why not. A bad input is an
// outcome, never an exception.

export type Status = 'parsed' | ErrorCode;

export interface Outcome {
  input: string;
  status: Status;
  /** For a failure: what is wrong and what to do, on one line. */
  message: string | null;
  result: ParseResult | null;
}

/** Every exit code jtai gives; a signal's is 128 + its number, as a shell reports a process it ended (run/signals.ts). */
export const EXIT = { ok: 0, someFailed: 1, usage: 2, ...SIGNAL_EXIT } as const;

/** How many of a run's outcomes are failures (anything but parsed). */
export function failedCount(outcomes: Array<{ status: string }>): number {
  return outcomes.filter((outcome) => outcome.status !== 'parsed').length;
}

/** The exit code for a batch: 0 when every input parsed (or no more failed than tolerated), 1 otherwise. */
export function exitCodeFor(outcomes: Array<{ status: string }>, tolerated = 0): number {
  return failedCount(outcomes) <= tolerated ? EXIT.ok : EXIT.someFailed;
}

export function statusLabel(status: Status): string {
  return status === 'parsed' ? 'parsed' : errorCatalogue[status].status;
}
