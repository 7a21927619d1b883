// What the command line shows on a terminal: colour (NO_COLOR and FORCE_COLOR respected) and a
// progress bar on standard error, only when it is a terminal and not in CI.

import { inputName } from './errors.js';
import { grouped } from './render/words.js';

export async function colours() {
  const { Chalk, supportsColorStderr } = await import('chalk');
  // chalk honours FORCE_COLOR itself; NO_COLOR (https://no-color.org) it leaves to us.
  const noColour = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '' && process.env.FORCE_COLOR === undefined;
  return new Chalk({ level: noColour ? 0 : supportsColorStderr ? supportsColorStderr.level : 0 });
}

export interface Progress {
  tick(entry: { input: string; status: string }): void;
  done(): void;
}

export function showsProgress(quiet: boolean): boolean {
  const ci = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';
  return !quiet && process.stderr.isTTY === true && !ci;
}

export function progressBar(total: number, quiet: boolean): Progress {
  if (!showsProgress(quiet) || total < 2) return { tick: () => undefined, done: () => undefined };
  let count = 0;
  let failed = 0;
  const width = 30;
  const draw = (last: string) => {
    const filled = Math.round((count / total) * width);
    const name = last.length > 40 ? `...${last.slice(-37)}` : last;
    process.stderr.write(`\r\x1b[2K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${grouped(count)}/${grouped(total)}${failed ? `, ${grouped(failed)} failed` : ''} ${name}`);
  };
  draw('');
  return {
    tick(entry) {
      count++;
      if (entry.status !== 'parsed') failed++;
      draw(inputName(entry.input));
    },
    done() {
      process.stderr.write('\r\x1b[2K');
    },
  };
}
