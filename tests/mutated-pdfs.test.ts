import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorCatalogue } from '../src/errors.js';
import { parseOne } from '../src/run/batch.js';
import { fixture, tempDir } from './helpers.js';
import { contentStreams, mutantsOf, rewriteStream } from './pdf-mutants.js';

// Real letters' PDFs damaged (bytes flipped in compressed streams and in a page's decoded
// content, cut short, a damaged xref, an endstream deleted, a huge /Length, an object stream cut,
// a page listed twice, a /Filter changed): each must get a status of its own with a one-line
// message, never a stack trace, an internal error or an exception. Seeded: the same mutants on
// every run. The first two letters are the smallest (87 and 90 KB), one with an xref table and no
// object streams, one with object streams and an xref stream.

const dir = tempDir('jtai-mutants-');
const SOURCES = ['letters/wokingham-2017-07-14.typeset.pdf', 'letters/liverpool-2016-08-03.pdf'];
const mutants = SOURCES.flatMap((source, i) => mutantsOf(basename(source, '.pdf'), readFileSync(fixture(source)), 20261203 + i, 15));
/** A bad input's statuses: any but jtai's own fault (and those no single input gets). */
const INPUT_STATUSES = ['parsed', ...Object.keys(errorCatalogue).filter((code) => !['internal', 'invalid-rules', 'usage'].includes(code))];

describe('mutated real PDFs', () => {
  it.each(mutants.map((mutant) => [mutant.name, mutant.kind, mutant] as const))('%s (%s) gets a status of its own, in one line', async (_name, _kind, mutant) => {
    const file = join(dir, mutant.name);
    writeFileSync(file, mutant.bytes);
    const outcome = await parseOne(file);
    expect(INPUT_STATUSES, outcome.message ?? '').toContain(outcome.status);
    if (outcome.status === 'parsed') return;
    expect(outcome.message).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: [^\\n]+ \\([^\\n]+\\)$`));
    expect(outcome.message).not.toMatch(/\bat \S+:\d+:\d+|node:internal/);
  });
});

describe('damage pdf.js reads past in silence', () => {
  const LETTER = readFileSync(fixture('letters/wokingham-2017-07-14.typeset.pdf'));
  const write = (name: string, bytes: Buffer) => {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    return file;
  };
  // The letter's second content stream, decoded, changed and encoded again.
  const withContent = (change: (content: string) => string) => rewriteStream(LETTER, contentStreams(LETTER)[1]!, (decoded) => Buffer.from(change(decoded.toString('latin1')), 'latin1'));

  it('an operator pdf.js does not know, skipped: parsed, with a warning naming the page (and none for the letter as it is)', async () => {
    const outcome = await parseOne(write('unknown-operator.pdf', withContent((content) => `Tk\n${content}`)));
    expect(outcome.status).toBe('parsed');
    expect(outcome.result!.warnings).toEqual([expect.stringMatching(/^pdf\.js skipped drawing instructions it could not read on page \d+, so text there may be missing or garbled in the findings: the file is damaged; download the letter again$/)]);
    const intact = await parseOne(write('intact.pdf', withContent((content) => content)));
    expect(intact.status).toBe('parsed');
    expect(intact.result!.warnings ?? []).toEqual([]);
  });

  it('an error that stops a page\'s text partway: corrupt, not a letter with that page\'s end left out', async () => {
    // A ")" that closes no string: pdf.js's lexer stops there, and text content with it.
    const file = write('stray-parenthesis.pdf', withContent((content) => content.replace(/\bET\b/, 'ET\n)')));
    const outcome = await parseOne(file);
    expect(outcome.status).toBe('corrupt');
    expect(outcome.message).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: corrupt: pdf\\.js stopped reading page \\d+'s text partway, the rest of the page left out \\(Illegal character: 41\\) \\(the PDF is damaged or truncated; download it again\\)$`));
  });

  it('a page tree that lists a page twice: corrupt, not a letter with that page\'s findings twice', async () => {
    const text = LETTER.toString('latin1');
    const kids = /\/Kids\s*\[\s*(\d+ \d+ R)/.exec(text)!;
    const file = write('page-twice.pdf', Buffer.from(`${text.slice(0, kids.index)}${kids[0]} ${kids[1]}${text.slice(kids.index + kids[0].length)}`, 'latin1'));
    const outcome = await parseOne(file);
    expect(outcome.status).toBe('corrupt');
    expect(outcome.message).toBe(`${file}: corrupt: its page tree lists one page twice, as pages 1 and 2 (the PDF is damaged or truncated; download it again)`);
  });
});
