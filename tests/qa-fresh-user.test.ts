import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { jtai, root, tempDir } from './helpers.js';

// Defects a fresh user found running the command line from a clean clone, each checked through it.

async function joinedPdf(file: string, parts: string[]): Promise<void> {
  const merged = await PDFDocument.create();
  for (const part of parts) {
    const pdf = await PDFDocument.load(readFileSync(join(root, part)));
    for (const page of await merged.copyPages(pdf, pdf.getPageIndices())) merged.addPage(page);
  }
  writeFileSync(file, await merged.save());
}

describe('a PDF holding several letters', () => {
  it('is refused as several letters, naming the page where the second starts, as the same text is', async () => {
    const dir = tempDir();
    const two = join(dir, 'two.pdf');
    await joinedPdf(two, ['fixtures/letters/derby-2019-05-08.pdf', 'fixtures/letters/leeds-2024-05-16.pdf']);
    const report = join(dir, 'report.json');
    const run = jtai(['parse', two, '-o', join(dir, 'x.json'), '--report', report]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${two}: several letters: a second letter starts on page 14 ("Dear Leeds Local Safeguarding Partnership")`);
    expect(JSON.parse(readFileSync(report, 'utf8')).entries[0].status).toBe('several-letters');
  });

  it('each letter alone still parses, with its metadata within the bound', () => {
    for (const file of ['fixtures/letters/derby-2019-05-08.pdf', 'fixtures/letters/leeds-2024-05-16.pdf']) {
      const run = jtai(['parse', file]);
      expect(run.code).toBe(0);
      const { accounting } = JSON.parse(run.stdout);
      expect(accounting.balanced).toBe(true);
      expect(accounting.metadata).toBeLessThan(1000);
    }
  });
});

describe('metadata accounting', () => {
  it('is not balanced, with a warning, when body text after the sign-off is taken for metadata', () => {
    const dir = tempDir();
    const file = join(dir, 'appendix.txt');
    const letter = readFileSync(join(root, 'fixtures/letters/wokingham-2017-07-14.txt'), 'utf8');
    writeFileSync(file, `${letter}\n\nAppendix\n\n${'The inspectors looked at the records of many children and spoke to their workers. '.repeat(80)}\n`);
    const run = jtai(['parse', file]);
    const { accounting, warnings } = JSON.parse(run.stdout);
    expect(accounting.metadata).toBeGreaterThan(6000);
    expect(accounting.balanced).toBe(false);
    expect(warnings).toEqual([expect.stringMatching(/^\d+ characters were read as metadata/)]);
    expect(run.stderr).toMatch(/warning: .*appendix\.txt: \d+ characters were read as metadata/);
  });
});

describe('-o when no input parsed', () => {
  it('removes an earlier run\'s output of one input, and says so', () => {
    const dir = tempDir();
    const out = join(dir, 'stale.json');
    expect(jtai(['parse', 'fixtures/letters/derby-2019-05-08.pdf', '-o', out]).code).toBe(0);
    const run = jtai(['parse', 'fixtures/bad/truncated.pdf', '-o', out, '--max-failures', '1']);
    expect(run.code).toBe(0);
    expect(existsSync(out)).toBe(false);
    expect(run.stderr).toContain(`removed: ${out} (an earlier run's output; no input parsed in this run)`);
  });

  it('writes no file, and nothing on standard output, in every format that holds many inputs', () => {
    const dir = tempDir();
    for (const format of ['jsonl', 'csv']) {
      const out = join(dir, `all.${format}`);
      writeFileSync(out, 'an earlier run\n');
      const run = jtai(['parse', 'fixtures/bad/truncated.pdf', 'fixtures/bad/empty.pdf', '-f', format, '-o', out]);
      expect(run.code).toBe(1);
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(dir).filter((name) => name.startsWith('.jtai-tmp'))).toEqual([]);
      const toStdout = jtai(['parse', 'fixtures/bad/truncated.pdf', 'fixtures/bad/empty.pdf', '-f', format]);
      expect(toStdout.stdout).toBe('');
    }
    // One input as CSV: the same.
    const one = join(dir, 'one.csv');
    writeFileSync(one, 'an earlier run\n');
    jtai(['parse', 'fixtures/bad/truncated.pdf', '-f', 'csv', '-o', one]);
    expect(existsSync(one)).toBe(false);
  });
});
