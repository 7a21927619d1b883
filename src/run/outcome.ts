import { errorCatalogue, type ErrorCode } from '../errors.js';
import type { ParseResult } from '../types.js';

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

export function statusLabel(status: Status): string {
  return status === 'parsed' ? 'parsed' : errorCatalogue[status].status;
}
