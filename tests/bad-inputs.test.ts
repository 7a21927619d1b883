import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOne } from '../src/run/batch.js';
import { buildPdf, textPage } from './hostile.js';
import { changeModule, fixture, jtai, packageCopy, root, tempDir } from './helpers.js';

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

describe('a damaged page that pdf.js reports as it reads it', () => {
  it('is corrupt: pdf.js\'s error sent back from its worker (UnknownErrorException) is about the file', async () => {
    // The page tree's second kid is the first page's content stream, not a page: pdf.js finds it as it reads that page.
    const pdf = buildPdf([textPage(['Joint targeted area inspection of Testshire', 'Summary']), textPage(['This is a finding.'])]);
    const bytes = Buffer.from(pdf.toString('latin1').replace('/Kids [4 0 R 6 0 R]', '/Kids [4 0 R 5 0 R]'), 'latin1');
    const file = join(tempDir(), 'wrong-kid.pdf');
    writeFileSync(file, bytes);
    const outcome = await parseOne(file);
    expect(outcome.status).toBe('corrupt');
    expect(outcome.message).toBe(`${file}: corrupt: pdf.js failed while reading it (Page dictionary kid reference points to wrong type of object.) (the PDF is damaged or truncated; download it again)`);
  });
});

/**
 * A copy of the built package in which page 2's assembly starts by running `code` (no hook in
 * jtai's code): the copy's dist/extract/pdf.js no longer matches the bundle, so the modules run, with the fault.
 */
function withFaultInPageAssembly(prefix: string, code: string): string {
  const copy = packageCopy(prefix, (dist) => {
    const file = join(dist, 'extract/pdf.js');
    const source = readFileSync(file, 'utf8');
    const head = /^export function assemblePage\(.*\{$/m;
    expect(source).toMatch(head);
    writeFileSync(file, source.replace(head, (line) => `${line}\n    if (pageNumber === 2) ${code}`));
  });
  mkdirSync(join(copy, 'bin'));
  copyFileSync(join(root, 'bin/jtai.js'), join(copy, 'bin/jtai.js'));
  return copy;
}
/** A letter of more than two pages, and a text letter, for a batch of two. */
const LETTER = fixture('letters/surrey-2023-05-02.pdf');
const TEXT = fixture('letters/wokingham-2017-07-14.txt');
const STACK = /\n\s+at |node:internal|Node\.js v/;

describe('a fault in jtai\'s own code while it reads a PDF', () => {
  // A TypeError put into page assembly.
  const faulty = () => withFaultInPageAssembly('jtai-fault-', 'drawing.notThere.length;');
  const says = `${LETTER}: internal error: TypeError: Cannot read properties of undefined (reading 'length') (this is a bug in jtai; please report it with the file)`;

  it('is an internal error, not a damaged file, alone (parsed on the main thread) and in a batch (in threads), which goes on', () => {
    const copy = faulty();
    const run = (args: string[]) => spawnSync(process.execPath, [join(copy, 'bin/jtai.js'), 'parse', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const alone = run([LETTER, '-q']);
    expect(alone.status).toBe(1);
    expect(alone.stdout).toBe('');
    expect(alone.stderr).toBe(`${says}\n`);
    const report = join(tempDir(), 'report.json');
    const batch = run([LETTER, TEXT, '-f', 'jsonl', '-q', '--report', report]);
    expect(batch.status).toBe(1);
    expect(batch.stderr).toContain(`${says}\n`);
    expect(batch.stderr).not.toMatch(STACK);
    expect(batch.stdout.trim().split('\n')).toHaveLength(1);
    const entries = JSON.parse(readFileSync(report, 'utf8')).entries.map((entry: { input: string; status: string }) => [entry.input, entry.status]);
    expect(entries).toEqual([[LETTER, 'internal'], [TEXT, 'parsed']]);
  });
});

describe('a fault in jtai\'s own code outside any one input\'s parse', () => {
  // Faults put into the renderers of a copy of the built package (no hook in the code): the copy's
  // dist/ no longer matches the bundle, so the modules run, with the faults.
  const faulty = () => {
    const copy = packageCopy('jtai-render-fault-', (dist) => {
      // The schema that summarise and report check JSON against, shipped with the package.
      mkdirSync(join(dist, '../src'));
      symlinkSync(join(root, 'src/schema'), join(dist, '../src/schema'));
      for (const [module, head] of [['render/letter.js', 'export function letterToMarkdown(result) {'], ['render/summary.js', 'export function summaryToMarkdown(summary, options = {}) {'], ['render/report.js', 'export function reportToHtml(data, options = {}) {']]) {
        changeModule(dist, module!, head!, `${head}\n    throw new TypeError('a renderer\\'s fault\\nits second line');`);
      }
    });
    mkdirSync(join(copy, 'bin'));
    copyFileSync(join(root, 'bin/jtai.js'), join(copy, 'bin/jtai.js'));
    return copy;
  };
  const says = "jtai: internal error: TypeError: a renderer's fault (this is a bug in jtai; please report it)\n";

  it('ends as one line saying it is a bug, exit 1, never a stack trace: rendering a letter, a summary, a report', () => {
    const copy = faulty();
    const run = (args: string[]) => spawnSync(process.execPath, [join(copy, 'bin/jtai.js'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const json = join(tempDir(), 'letter.json');
    writeFileSync(json, jtai(['parse', 'fixtures/letters/wokingham-2017-07-14.txt']).stdout);
    for (const args of [['parse', 'fixtures/letters/wokingham-2017-07-14.txt', '-f', 'md', '-q'], ['summarise', json, '--by', 'theme', '-f', 'md'], ['report', json, '-o', join(tempDir(), 'report.html')]]) {
      const result = run(args);
      expect(result.stderr, args.join(' ')).toBe(says);
      expect(result.status, args.join(' ')).toBe(1);
    }
  });

  it('reading JSON: a fault while checking it (here the schema missing from the package) is that input\'s internal error in one line, and the run goes on', () => {
    const copy = packageCopy('jtai-no-schema-');
    mkdirSync(join(copy, 'bin'));
    copyFileSync(join(root, 'bin/jtai.js'), join(copy, 'bin/jtai.js'));
    const json = join(tempDir(), 'letter.json');
    writeFileSync(json, jtai(['parse', 'fixtures/letters/wokingham-2017-07-14.txt']).stdout);
    const run = spawnSync(process.execPath, [join(copy, 'bin/jtai.js'), 'summarise', json, '--by', 'theme', '-f', 'json'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.stderr).toMatch(new RegExp(`^${json.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: internal error: Error: ENOENT: no such file or directory, open '[^']*letter\\.schema\\.json' \\(this is a bug in jtai; please report it with the file\\)\n`));
    expect(run.stderr).not.toMatch(/\n\s+at |node:internal|Node\.js v/);
    expect(run.status).toBe(1);
  });
});

describe('a fault of jtai\'s own outside main\'s awaited chain', () => {
  // Faults put into page assembly of a copy of the built package, each thrown where no await
  // catches it: in a timer's callback, as a stream's 'error' event nothing listens to, as a
  // promise rejected that nothing awaits. Without a process-wide handler Node ends the main
  // thread with the stack trace (and exit 1 or 7).
  const faults: Array<[where: string, code: string]> = [
    ['a timer', 'setTimeout(() => drawing.notThere.length);'],
    ['a stream\'s error event', 'new (process.getBuiltinModule(\'node:stream\').PassThrough)().destroy(new TypeError("a stream\'s fault"));'],
    ['a promise nobody awaits', 'Promise.reject(new TypeError("a promise\'s fault"));'],
  ];
  const errors: Record<string, string> = {
    'a timer': "TypeError: Cannot read properties of undefined (reading 'length')",
    'a stream\'s error event': "TypeError: a stream's fault",
    'a promise nobody awaits': "TypeError: a promise's fault",
  };

  it.each(faults)('in %s: alone (main thread) one line, exit 1; in a batch (threads) that input\'s internal status, and the batch goes on', (where, code) => {
    const copy = withFaultInPageAssembly('jtai-loose-fault-', code);
    const run = (args: string[]) => spawnSync(process.execPath, [join(copy, 'bin/jtai.js'), 'parse', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const alone = run([LETTER, '-q']);
    expect(alone.stderr).toBe(`jtai: internal error: ${errors[where]} (this is a bug in jtai; please report it)\n`);
    expect(alone.status).toBe(1);
    expect(alone.stdout).toBe('');
    const report = join(tempDir(), 'report.json');
    const batch = run([LETTER, TEXT, '-f', 'jsonl', '-q', '--report', report]);
    expect(batch.stderr).toBe(`${LETTER}: internal error: ${errors[where]} (this is a bug in jtai; please report it with the file)\n1 of 2 inputs parsed, 1 not\n`);
    expect(batch.stderr).not.toMatch(STACK);
    expect(batch.status).toBe(1);
    expect(batch.stdout.trim().split('\n')).toHaveLength(1);
    const entries = JSON.parse(readFileSync(report, 'utf8')).entries.map((entry: { input: string; status: string }) => [entry.input, entry.status]);
    expect(entries).toEqual([[LETTER, 'internal'], [TEXT, 'parsed']]);
  });
});
