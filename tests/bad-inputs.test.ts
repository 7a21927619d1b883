import { describe, expect, it } from 'vitest';
import { parseOne } from '../src/run/batch.js';
import { fixture, jtai } from './helpers.js';

// One fixture per case: each bad input gets its own status and a message that names the file,
// says what is wrong and what to do; none throws.
const cases: Array<[file: string, status: string, says: RegExp]> = [
  ['bad/empty.pdf', 'empty', /zero bytes/],
  ['bad/truncated.pdf', 'corrupt', /could not read it/],
  ['bad/html-saved-as.pdf', 'not-a-pdf', /does not start with %PDF-/],
  ['bad/random-bytes.pdf', 'not-a-pdf', /does not start with %PDF-/],
  ['bad/encrypted.pdf', 'encrypted', /password/],
  ['bad/image-only.pdf', 'no-text-layer', /OCR/],
  ['bad/latin1.txt', 'not-utf8', /not valid UTF-8/],
  ['bad/random-bytes.txt', 'not-utf8', /UTF-8/],
  ['bad/no-sections.txt', 'no-sections', /none of its headings/],
  ['bad/letter-saved-as.html', 'not-a-letter', /is a web page \(HTML\), not a letter's text/],
  ['bad/letter-saved-as.rtf', 'not-a-letter', /is a Rich Text Format document \(RTF\), not a letter's text/],
  ['letters/haringey-2018-scrutiny-slides.txt', 'not-a-letter', /Joint Targeted Area Inspection \(JTAI\)/],
  ['bad/does-not-exist.pdf', 'not-found', /no such file/],
];

describe('bad inputs', () => {
  it.each(cases)('%s is reported as %s', async (file, status, says) => {
    const outcome = await parseOne(fixture(file));
    expect(outcome.status).toBe(status);
    expect(outcome.result).toBeNull();
    expect(outcome.message).toContain(fixture(file));
    expect(outcome.message).toMatch(says);
    expect(outcome.message).toMatch(/\(.+\)$/);
  });

  it('a folder given as a file is unreadable, not a crash', async () => {
    const { readSource } = await import('../src/extract/index.js');
    await expect(readSource(fixture('bad'))).rejects.toMatchObject({ code: 'unreadable' });
  });

  it('the command line prints one line, no stack trace, and exits 1', () => {
    const run = jtai(['parse', 'fixtures/bad/encrypted.pdf']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^fixtures\/bad\/encrypted\.pdf: encrypted: /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('bad arguments to the library', () => {
  it('parseSource with its bytes as a string is a JtaiError that says what to pass, not a TypeError', async () => {
    const { parseSource, JtaiError } = await import('../src/index.js');
    const error = await parseSource({ file: 'letter.txt', bytes: 'Dear Sir' as never }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JtaiError);
    expect((error as InstanceType<typeof JtaiError>).code).toBe('usage');
    expect((error as InstanceType<typeof JtaiError>).describe()).toMatch(/^letter\.txt: usage error: parseSource takes \{ file, bytes \} with bytes a Uint8Array \(a Buffer is one\), not bytes as a string: encode a text with new TextEncoder\(\)\.encode\(text\)/);
  });
});
