// A parse runs in one go: pdf.js works in promises and the text pipeline in plain calls, neither of
// which lets the event loop turn, so neither a time limit's timer nor a signal's handler (Ctrl-C,
// a kill) could run until the parse was over. Each stage ends at a stop point instead.

/**
 * Lets the event loop turn (a time limit's timer and a signal's handler run), then stops with the
 * signal's reason (a time limit's JtaiError, say) if it was aborted.
 */
export async function stopPoint(signal: AbortSignal | undefined): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  if (signal?.aborted) throw signal.reason;
}
