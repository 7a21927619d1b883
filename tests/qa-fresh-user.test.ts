import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
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

describe('a text holding several letters', () => {
  it('names the line of the file where the second letter starts', () => {
    const dir = tempDir();
    const first = readFileSync(join(root, 'fixtures/letters/wokingham-2017-07-14.txt'), 'utf8');
    const second = readFileSync(join(root, 'fixtures/layout-text/leeds-2024-05-16.txt'), 'utf8');
    const file = join(dir, 'two.txt');
    writeFileSync(file, first + second);
    const line = (first + second).split('\n').findIndex((text) => text.startsWith('Dear Leeds')) + 1;
    const run = jtai(['parse', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`several letters: a second letter starts at line ${line} ("Dear Leeds`);
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
    expect(warnings).toContainEqual(expect.stringMatching(/^[\d,]+ characters were read as metadata/));
    expect(run.stderr).toMatch(/warning: .*appendix\.txt: [\d,]+ characters were read as metadata/);
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
      expect(jtai(['parse', 'fixtures/letters/derby-2019-05-08.pdf', '-f', format, '-o', out]).code).toBe(0);
      const run = jtai(['parse', 'fixtures/bad/truncated.pdf', 'fixtures/bad/empty.pdf', '-f', format, '-o', out]);
      expect(run.code).toBe(1);
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(dir).filter((name) => name.startsWith('.jtai-tmp'))).toEqual([]);
      const toStdout = jtai(['parse', 'fixtures/bad/truncated.pdf', 'fixtures/bad/empty.pdf', '-f', format]);
      expect(toStdout.stdout).toBe('');
    }
    // One input as CSV: the same.
    const one = join(dir, 'one.csv');
    expect(jtai(['parse', 'fixtures/letters/derby-2019-05-08.pdf', '-f', 'csv', '-o', one]).code).toBe(0);
    jtai(['parse', 'fixtures/bad/truncated.pdf', '-f', 'csv', '-o', one]);
    expect(existsSync(one)).toBe(false);
  });

  it('never deletes a file that is not an output of jtai, nor a link or what it points to', () => {
    const dir = tempDir();
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'important\n');
    const pdf = join(dir, 'letter.pdf');
    writeFileSync(pdf, readFileSync(join(root, 'fixtures/letters/derby-2019-05-08.pdf')));
    const output = join(dir, 'out.json');
    expect(jtai(['parse', 'fixtures/letters/derby-2019-05-08.pdf', '-o', output]).code).toBe(0);
    const link = join(dir, 'link.json');
    symlinkSync(output, link);
    for (const [target, format] of [[notes, 'md'], [pdf, 'json'], [link, 'json']] as const) {
      const run = jtai(['parse', 'fixtures/bad/truncated.pdf', '-o', target, '-f', format]);
      expect(run.code).toBe(1);
      expect(existsSync(target), target).toBe(true);
      expect(run.stderr).toContain(`note: ${target} was left as it was`);
    }
    expect(readFileSync(notes, 'utf8')).toBe('important\n');
    expect(existsSync(output)).toBe(true);
  });
});

describe('--out-dir when an input changes', () => {
  it('updates the same input\'s output in place, in every format; only another input gets another name', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'letters'));
    mkdirSync(join(dir, 'elsewhere'));
    const letter = readFileSync(join(root, 'fixtures/letters/derby-2019-05-08.pdf'));
    const run = (args: string[]) => spawnSync(process.execPath, [join(root, 'bin/jtai.js'), ...args], { cwd: dir, encoding: 'utf8' });
    for (const format of ['json', 'md', 'csv']) {
      writeFileSync(join(dir, 'letters/derby-2019-05-08.pdf'), letter);
      expect(run(['parse', 'letters', '--out-dir', 'parsed', '-f', format]).status).toBe(0);
      // The same path, changed (bytes after %%EOF, which a PDF reader ignores): its own output is updated.
      writeFileSync(join(dir, 'letters/derby-2019-05-08.pdf'), Buffer.concat([letter, Buffer.from(`\n%changed for ${format}\n`)]));
      const again = run(['parse', 'letters', '--out-dir', 'parsed', '-f', format]);
      expect(again.stderr).toBe(`parsed: letters/derby-2019-05-08.pdf -> parsed/derby-2019-05-08.${format} (2016-2020 layout, 62 findings)\n`);
      // Another input of the same name and letter, with other bytes: a name of its own, and a note.
      writeFileSync(join(dir, 'elsewhere/derby-2019-05-08.pdf'), Buffer.concat([letter, Buffer.from('\n%another copy\n')]));
      const other = run(['parse', 'elsewhere/derby-2019-05-08.pdf', '--out-dir', 'parsed', '-f', format]);
      expect(other.stderr).toContain(`note: parsed/derby-2019-05-08.${format} holds the output of another input (letters/derby-2019-05-08.pdf, sha256`);
      expect(readdirSync(join(dir, 'parsed')).filter((name) => name.endsWith(`.${format}`)).sort()).toEqual([`derby-2019-05-08-derby-2019-05-08-pdf.${format}`, `derby-2019-05-08.${format}`]);
    }
  });
});

describe('--out-dir never writes over what jtai did not write', () => {
  const inDir = (dir: string, args: string[], input?: Buffer) =>
    spawnSync(process.execPath, [join(root, 'bin/jtai.js'), ...args], { cwd: dir, encoding: 'utf8', input });

  it('leaves a user\'s file, an input and a link to an input alone, and takes the next name', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'od'));
    writeFileSync(join(dir, 'od/wokingham-2017-07-14.json'), '{"mine":true}\n');
    const own = inDir(dir, ['parse', join(root, 'fixtures/letters/wokingham-2017-07-14.pdf'), '--out-dir', 'od']);
    expect(own.status).toBe(0);
    expect(readFileSync(join(dir, 'od/wokingham-2017-07-14.json'), 'utf8')).toBe('{"mine":true}\n');
    expect(own.stderr).toContain('note: od/wokingham-2017-07-14.json is not an output of jtai, so it is left alone');
    // An input in the output folder, with the output's name.
    const text = readFileSync(join(root, 'fixtures/letters/wokingham-2017-07-14.txt'));
    writeFileSync(join(dir, 'od/wokingham-2017-07-14.md'), text);
    expect(inDir(dir, ['parse', 'od/wokingham-2017-07-14.md', '--out-dir', 'od', '-f', 'md']).status).toBe(0);
    expect(readFileSync(join(dir, 'od/wokingham-2017-07-14.md'))).toEqual(text);
    // A link, with the output's name, to an input.
    const pdf = readFileSync(join(root, 'fixtures/letters/leeds-2024-05-16.pdf'));
    writeFileSync(join(dir, 'leedsB.pdf'), pdf);
    mkdirSync(join(dir, 'od3'));
    symlinkSync('../leedsB.pdf', join(dir, 'od3/leeds-2024-05-16.json'));
    expect(inDir(dir, ['parse', 'leedsB.pdf', '--out-dir', 'od3']).status).toBe(0);
    expect(readFileSync(join(dir, 'leedsB.pdf'))).toEqual(pdf);
  });

  it('updates a CSV from standard input in place, as JSON and Markdown are', () => {
    const dir = tempDir();
    const text = readFileSync(join(root, 'fixtures/letters/wokingham-2017-07-14.txt'));
    for (const format of ['json', 'md', 'csv']) {
      expect(inDir(dir, ['parse', '-', '--out-dir', 'od', '-f', format, '-q'], text).status).toBe(0);
      const changed = inDir(dir, ['parse', '-', '--out-dir', 'od', '-f', format], Buffer.concat([text, Buffer.from('\n')]));
      expect(changed.stderr, format).not.toContain('holds the output of another input');
    }
    expect(readdirSync(join(dir, 'od')).sort()).toEqual(['wokingham-2017-07-14.csv', 'wokingham-2017-07-14.json', 'wokingham-2017-07-14.md']);
  });
});

describe('summarise - (standard input)', () => {
  const summaryOf = (input: Buffer | string) => {
    const run = spawnSync(process.execPath, [join(root, 'bin/jtai.js'), 'summarise', '-', '--by', 'agency', '-f', 'json'], { cwd: root, input, env: { ...process.env, NO_COLOR: '1' } });
    return { code: run.status, stdout: run.stdout.toString(), stderr: run.stderr.toString() };
  };

  it('reads a PDF, one JSON document or JSON Lines, as the same input from a file gives', () => {
    const fromFile = jtai(['summarise', 'fixtures/letters/derby-2019-05-08.pdf', '--by', 'agency', '-f', 'json']);
    expect(fromFile.code).toBe(0);
    const pdf = summaryOf(readFileSync(join(root, 'fixtures/letters/derby-2019-05-08.pdf')));
    expect(pdf.stderr).toBe('summarised 1 letter from 1 input, by agency\n');
    // The same summary, but for the source's name.
    expect(pdf.stdout).toBe(fromFile.stdout.replace('"file": "fixtures/letters/derby-2019-05-08.pdf"', '"file": "-"'));
    const json = jtai(['parse', 'fixtures/letters/derby-2019-05-08.pdf']).stdout;
    const fromJson = summaryOf(json);
    expect(fromJson.code).toBe(0);
    expect(fromJson.stderr).toBe('summarised 1 letter from 1 input, by agency\n');
    const lines = summaryOf(`${JSON.stringify(JSON.parse(json))}\n`);
    expect(lines.stdout).toBe(fromJson.stdout);
  });

  it('gives one status line for a damaged PDF', () => {
    const run = summaryOf(readFileSync(join(root, 'fixtures/bad/truncated.pdf')));
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').filter((line) => line.startsWith('standard input'))).toEqual([expect.stringMatching(/^standard input: corrupt: /)]);
  });
});

describe('text with no form feeds', () => {
  it('warns, in the JSON and on standard error, that its pages are unknown; text with them does not', () => {
    const run = jtai(['parse', 'fixtures/letters/wokingham-2017-07-14.txt']);
    const warning = /^the text has no page breaks \(form feeds\), so its pages are unknown: every finding is cited as p\. 1/;
    expect(JSON.parse(run.stdout).warnings).toContainEqual(expect.stringMatching(warning));
    expect(run.stderr).toContain('warning: fixtures/letters/wokingham-2017-07-14.txt: the text has no page breaks (form feeds)');
    const paged = jtai(['parse', 'fixtures/layout-text/derby-2019-05-08.txt']);
    expect(JSON.parse(paged.stdout).warnings ?? []).not.toContainEqual(expect.stringMatching(warning));
  });
});

describe('a letter\'s warnings in summarise and report', () => {
  // Every quote of a text with no form feeds is cited as p. 1: a digest or report made from it
  // must say so, as parse does, or the analyst quotes wrong pages without knowing.
  it('are printed for each letter read, as parse prints them, and -q leaves them out', () => {
    const dir = tempDir();
    for (const command of [['summarise', '--by', 'agency', '-o', join(dir, 'x.md')], ['report', '-o', join(dir, 'x.html')]]) {
      const run = jtai([...command, 'fixtures/letters/wokingham-2017-07-14.txt']);
      expect(run.code, command[0]).toBe(0);
      expect(run.stderr, command[0]).toContain('warning: fixtures/letters/wokingham-2017-07-14.txt: the text has no page breaks (form feeds), so its pages are unknown');
      expect(jtai([...command, 'fixtures/letters/wokingham-2017-07-14.txt', '-q']).stderr, command[0]).toBe('');
    }
  });

  it('are not printed for a copy of a letter counted once from its PDF', () => {
    const run = jtai(['summarise', '--by', 'agency', 'fixtures/letters/wokingham-2017-07-14.pdf', 'fixtures/letters/wokingham-2017-07-14.txt']);
    expect(run.stderr).not.toContain('warning:');
    expect(run.stderr).toContain('note: fixtures/letters/wokingham-2017-07-14.txt is the same letter');
  });
});

describe('CSV tags', () => {
  it('name sub-tags by their full path (health/gp), as the Markdown and the summary CSVs do', () => {
    const row = jtai(['parse', 'fixtures/letters/barnsley-2022-07-18.pdf', '-f', 'csv']).stdout.split('\r\n').find((line) => line.includes('"WI-288b7193"'))!;
    expect(row).toContain('"health; health/gp","front-door"');
    const markdown = jtai(['parse', 'fixtures/letters/barnsley-2022-07-18.pdf', '-f', 'md']).stdout;
    expect(markdown).toContain('health/gp, health; front-door');
    const long = jtai(['summarise', 'fixtures/letters/barnsley-2022-07-18.pdf', '--by', 'agency', '--level', '2', '-f', 'csv']).stdout;
    expect(long).toContain('"agency","health/gp","GPs","Barnsley"');
    const wide = jtai(['summarise', 'fixtures/letters/barnsley-2022-07-18.pdf', '--by', 'theme', '--level', '2', '-f', 'csv', '--shape', 'wide']).stdout;
    expect(wide.split('\r\n')[0]).toContain('"health","health/gp"');
  });
});

describe('the source file as outputs record it', () => {
  it('is the same bytes however the input path is spelled (relative to the working folder, forward slashes)', () => {
    for (const format of ['json', 'md', 'csv']) {
      const outputs = ['fixtures/letters/derby-2019-05-08.pdf', './fixtures/letters/derby-2019-05-08.pdf', join(root, 'fixtures/letters/derby-2019-05-08.pdf')]
        .map((input) => jtai(['parse', input, '-f', format]).stdout);
      expect(outputs[0]).toContain('fixtures/letters/derby-2019-05-08.pdf');
      expect(outputs[0]).not.toContain('./fixtures');
      expect(new Set(outputs).size).toBe(1);
    }
  });
});

describe('-q', () => {
  it('silences the note: lines of output names, as it does parsed lines', () => {
    const dir = tempDir();
    // One letter under one name in two folders: the second gets a longer name, with a note.
    for (const folder of ['a', 'b']) {
      mkdirSync(join(dir, folder));
      writeFileSync(join(dir, folder, 'x.pdf'), readFileSync(join(root, 'fixtures/letters/derby-2019-05-08.pdf')));
    }
    const loud = jtai(['parse', join(dir, 'a/x.pdf'), join(dir, 'b/x.pdf'), '--out-dir', join(dir, 'out')]);
    expect(loud.stderr).toContain('note: ');
    const quiet = jtai(['parse', join(dir, 'a/x.pdf'), join(dir, 'b/x.pdf'), '--out-dir', join(dir, 'out2'), '-q']);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
  });
});

describe('--help', () => {
  // A user reading `jtai summarise --help` (or report's, or explain's) should learn that - reads
  // standard input, and what it may hold: a letter as well as JSON from jtai parse.
  it('says, for every command that reads inputs, that - is standard input and takes a letter or JSON from parse', () => {
    for (const command of ['summarise', 'report', 'explain']) {
      const help = jtai([command, '--help']).stdout.replace(/\s+/g, ' ');
      const argumentsPart = help.slice(help.indexOf('Arguments:'), help.indexOf('Options:'));
      expect(argumentsPart, command).toMatch(/- for standard input \(a letter, or JSON or JSON Lines from jtai parse\)/);
    }
  });

  it('a missing --by names the groups summarise takes', () => {
    const run = jtai(['summarise', 'fixtures/letters/leeds-2024-05-16.pdf']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--by agency, theme, area or section');
  });

  it('a report with no -o says what -o takes', () => {
    const run = jtai(['report', 'fixtures/letters/leeds-2024-05-16.pdf']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('jtai: --output is required: give -o FILE, the HTML file to write (- for standard output)\n');
  });
});

describe('jtai explain', () => {
  it('an id the letter does not have: says how to list the ids there are, with explain itself', () => {
    const run = jtai(['explain', 'fixtures/letters/barnsley-2022-07-18.pdf', 'XX-123']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('jtai: no finding XX-123 in fixtures/letters/barnsley-2022-07-18.pdf (jtai explain fixtures/letters/barnsley-2022-07-18.pdf, with no id, explains every finding, each headed by its id)\n');
  });

  it('prints the warnings of a letter it parses, as parse does (its pages are cited too)', () => {
    const run = jtai(['explain', 'fixtures/letters/wokingham-2017-07-14.txt', 'SU-312cfa06']);
    expect(run.stderr).toContain('warning: fixtures/letters/wokingham-2017-07-14.txt: the text has no page breaks (form feeds)');
    const piped = jtai(['explain', '-', 'SU-312cfa06'], readFileSync(join(root, 'fixtures/letters/wokingham-2017-07-14.txt'), 'utf8'));
    expect(piped.stderr).toContain('warning: standard input: the text has no page breaks (form feeds)');
  });
});

describe('a report of no letter', () => {
  it('says there is none to report on (not "to summarise"), and writes nothing', () => {
    const output = join(tempDir(), 'report.html');
    const run = jtai(['report', 'fixtures/letters/haringey-2018-scrutiny-slides.txt', '-o', output]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('\nno letters to report on: none of the inputs was read as a JTAI letter (see the messages above); nothing written\n');
    expect(existsSync(output)).toBe(false);
  });
});
