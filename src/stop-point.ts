// A parse runs in one go: pdf.js works in promises and the text pipeline in plain calls, neither of
// which lets the event loop turn, so neither a time limit's timer nor a signal's handler (Ctrl-C,
// a kill) could run until the parse was over. Each stage ends at a stop point instead.

/**
 * Thrown where a parse that only its stop points can stop (on the main thread, under a time limit)
 * meets work that no stop point splits and that may outlast any limit: a page of far more pieces
 * of text than a letter's, put together in one go. The caller parses the input again in a thread,
 * which the limit stops where it stands.
 */
export class ParseInThread extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ParseInThread';
  }
}

/**
 * Lets the event loop turn (a time limit's timer and a signal's handler run), then stops with the
 * signal's reason (a time limit's JtaiError, say) if it was aborted.
 */
export async function stopPoint(signal: AbortSignal | undefined): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  if (signal?.aborted) throw signal.reason;
}
