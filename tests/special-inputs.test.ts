import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { degrees, PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { fixture, jtai, root, tempDir } from './helpers.js';
import { buildPdf, FRONT, lines, type Page, type Text } from './letter-pdf.js';

// Inputs that are not ordinary files, or not ordinary letters, and outputs that cannot be taken:
// each gets its status and exit code, and the process always ends (generous limits, no timings).

const ENDS_WITHIN = 240_000;

/** The built command line, ended by the test if it has not ended by itself long after it should have. */
function jtaiBounded(args: string[]) {
  const run = spawnSync(process.execPath, [`${root}bin/jtai.js`, ...args], { cwd: root, encoding: 'utf8', timeout: ENDS_WITHIN, killSignal: 'SIGKILL', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  return { code: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr };
}

/** A letter of `count` pages, each with a few lines: enough to be opened and counted. */
async function manyPages(name: string, count: number): Promise<string> {
  const body = Array.from({ length: 50 }, (_, i) => `Line ${i + 1} of a page of findings: the partnership shares what it knows about children at risk.`);
  const pages: Page[] = Array.from({ length: count }, (_, i) => ({ texts: lines(800, i === 0 ? FRONT : body) }));
  return buildPdf(name, pages);
}

let slow: Promise<string> | undefined;
/**
 * A letter of 199 pages, each of 60 lines set word by word (about 1,000 pieces of text a page), so
 * that reading it all takes several seconds of CPU (6 s here) on any machine: the tests that stop
 * it part way must not find it done first. Built once (10 s), for both.
 */
function slowLetter(): Promise<string> {
  const words = 'of a page of findings: the partnership shares what it knows about children at risk.'.split(' ');
  const body: Text[] = [];
  for (let line = 0; line < 60; line++) {
    let x = 70;
    for (const word of ['Line', `${line + 1}`, ...words]) {
      body.push({ text: word, x, y: 800 - line * 12, size: 9 });
      x += word.length * 5 + 3;
    }
  }
  slow ??= buildPdf('slow.pdf', Array.from({ length: 199 }, (_, i) => ({ texts: i === 0 ? lines(800, FRONT) : body })));
  return slow;
}

describe('a named pipe given as a file', () => {
  const folder = tempDir('jtai-fifo-');
  const pipe = join(folder, 'pipe.pdf');
  spawnSync('mkfifo', [pipe]);

  it('is refused as not a file before it is opened, alone or in a folder with a letter', () => {
    const alone = jtaiBounded(['parse', pipe, '--timeout', '5']);
    expect(alone.signal).toBeNull();
    expect(alone.code).toBe(1);
    expect(alone.stderr).toContain('pipe.pdf: not a file: it is a named pipe (FIFO), not a file (give a letter saved as a file, or send what the pipe gives to standard input: jtai parse - < ');
    copyFileSync(fixture('letters/wokingham-2017-07-14.txt'), join(folder, 'wokingham.txt'));
    const out = join(tempDir('jtai-fifo-out-'), 'out');
    const batch = jtaiBounded(['parse', folder, '--out-dir', out]);
    expect(batch.signal).toBeNull();
    expect(batch.code).toBe(1);
    expect(batch.stderr).toContain('not a file: it is a named pipe (FIFO)');
    expect(batch.stderr).toContain('1 of 2 inputs parsed, 1 not');
  }, ENDS_WITHIN);

  it('summarise and explain refuse it too (JSON is read in the main thread)', () => {
    const json = join(folder, 'pipe.json');
    spawnSync('mkfifo', [json]);
    const summary = jtaiBounded(['summarise', json, '--by', 'agency']);
    expect(summary.signal).toBeNull();
    expect(summary.stderr).toContain('pipe.json: not a file: it is a named pipe (FIFO)');
    const explained = jtaiBounded(['explain', json]);
    expect(explained.signal).toBeNull();
    expect(explained.code).toBe(1);
    expect(explained.stderr).toContain('not a file');
  }, ENDS_WITHIN);

  it('in --out-dir, a folder or pipe at an output\'s name is left alone and the output takes another name', () => {
    const out = tempDir('jtai-outdir-');
    mkdirSync(join(out, 'wokingham-2017-07-14.json'));
    const run = jtaiBounded(['parse', fixture('letters/wokingham-2017-07-14.txt'), fixture('letters/barnsley-2022-07-18.pdf'), '--out-dir', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('wokingham-2017-07-14.json is not an output of jtai, so it is left alone');
    expect(run.stderr).not.toContain('--out-dir DIR writes a file per letter');
  }, ENDS_WITHIN);
});

describe('a long PDF parsed in the main process', () => {
  it('is refused over the page limit, once its opening reads as a letter', async () => {
    const file = await manyPages('long.pdf', 201);
    const run = jtaiBounded(['parse', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('long.pdf: too large: it has 201 pages, over the 200-page limit');
  }, ENDS_WITHIN);

  it('is stopped at the time limit between pages, not when it is done', async () => {
    const file = await slowLetter();
    const run = jtaiBounded(['parse', file, '--timeout', '1']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    // A result later than the limit would say "took N s, over the 1 s limit".
    expect(run.stderr).toContain('slow.pdf: timed out: still parsing after 1 s');
  }, ENDS_WITHIN);

  it('ends on SIGTERM while it reads, with the signal\'s exit code and nothing written', async () => {
    const file = await slowLetter();
    const child = spawn(process.execPath, [`${root}bin/jtai.js`, 'parse', file, '--timeout', '600'], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // Signalled once it has spent more CPU than starting takes (so it is reading pages): by the
    // process's own CPU time, not the clock.
    const cpuSeconds = () => {
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return (Number(fields[11]) + Number(fields[12])) / 100;
    };
    const polling = setInterval(() => {
      try {
        if (cpuSeconds() > 1.5) {
          clearInterval(polling);
          child.kill('SIGTERM');
        }
      } catch {
        clearInterval(polling);
      }
    }, 50);
    const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
    clearInterval(polling);
    expect(code).toBe(143);
    expect(stderr).toContain('jtai: interrupted by SIGTERM: 0 of 1 input done');
    expect(stdout).toBe('');
  }, ENDS_WITHIN);
});

/**
 * Sends `signal` to `child` once it waits (its CPU time no longer grows, and `ready` holds): by the
 * process's own state, not the clock. Resolves to its exit code.
 */
async function signalledOnceStill(child: ChildProcess, signal: NodeJS.Signals, ready = () => true): Promise<number | null> {
  const cpuTicks = () => {
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return Number(fields[11]) + Number(fields[12]);
  };
  let last = -1;
  let still = 0;
  const polling = setInterval(() => {
    try {
      const ticks = cpuTicks();
      still = ticks === last ? still + 1 : 0;
      last = ticks;
      if (still >= 5 && ready()) {
        clearInterval(polling);
        child.kill(signal);
      }
    } catch {
      clearInterval(polling);
    }
  }, 100);
  const code = await new Promise<number | null>((resolve) => child.on('exit', (exit) => resolve(exit)));
  clearInterval(polling);
  return code;
}

describe('a signal before the run has its own handlers', () => {
  it.each([['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const)('%s, while explain waits on standard input, ends with one line and the signal\'s exit code, not silently', async (signal, exitCode) => {
    const child = spawn(process.execPath, [`${root}bin/jtai.js`, 'explain', '-'], { cwd: root, env: { ...process.env, NO_COLOR: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // Signalled once it waits (it has started, and reads standard input, which stays open).
    const code = await signalledOnceStill(child, signal);
    expect(code).toBe(exitCode);
    expect(stderr).toBe(`jtai: interrupted by ${signal}: no input done; no partial output left behind (each output is written whole, or not at all)\n`);
  }, ENDS_WITHIN);

  it('once explain has written explanations, a signal says how many, not that no input was done', async () => {
    const json = join(tempDir(), 'wokingham.json');
    expect(jtai(['parse', fixture('letters/wokingham-2017-07-14.txt'), '--format', 'json', '-o', json]).code).toBe(0);
    const child = spawn(process.execPath, [`${root}bin/jtai.js`, 'explain', json], { cwd: root, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // Its output is not read after the first chunk: once the pipe is full it waits to write, its
    // CPU time no longer growing, with some explanations written and most not.
    child.stdout.once('data', () => child.stdout.pause());
    const code = await signalledOnceStill(child, 'SIGTERM', () => child.stdout.isPaused());
    expect(code).toBe(143);
    expect(stderr).toMatch(/^jtai: interrupted by SIGTERM: [1-9]\d* of \d+ findings explained on standard output; no partial output left behind/);
  }, ENDS_WITHIN);

  it.each(['text', 'json'])('once rules list (--format %s) has begun its output, a signal says standard output is written in part, not that no input was done', async (format) => {
    // 3,000 rules of the user's: a list (0.5 MB) longer than a pipe holds.
    const dir = tempDir();
    const rules = Array.from({ length: 3000 }, (_, i) => `  - id: partner-${i}\n    label: Local partner ${i} of a long list\n    parent: police\n    acronyms: [LPN${i}]\n`);
    writeFileSync(join(dir, 'agencies-partners.yaml'), `kind: agency\nrules:\n${rules.join('')}`);
    const child = spawn(process.execPath, [`${root}bin/jtai.js`, 'rules', 'list', dir, '--format', format], { cwd: root, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // Its output is not read after the first chunk: it waits on a full pipe, part of the list written.
    child.stdout.once('data', () => child.stdout.pause());
    expect(await signalledOnceStill(child, 'SIGTERM', () => child.stdout.isPaused())).toBe(143);
    expect(stderr).toBe('jtai: interrupted by SIGTERM: standard output written in part; no partial output left behind (each output is written whole, or not at all)\n');
  }, ENDS_WITHIN);
});

describe('standard output that cannot be written', () => {
  it('a full disk is cannot write output (exit 1) in parse and summarise, with no stack trace', () => {
    const full = (args: string[]) => {
      const run = spawnSync('sh', ['-c', `"${process.execPath}" "${root}bin/jtai.js" ${args.map((arg) => `'${arg}'`).join(' ')} > /dev/full`], { cwd: root, encoding: 'utf8', timeout: ENDS_WITHIN });
      return { code: run.status, stderr: run.stderr };
    };
    const parsed = full(['parse', fixture('letters/wokingham-2017-07-14.txt')]);
    expect(parsed.code).toBe(1);
    expect(parsed.stderr).toContain('standard output: cannot write output: the disk is full');
    expect(parsed.stderr).not.toContain('parsed:');
    expect(parsed.stderr).not.toMatch(/\n\s+at /);
    const summary = full(['summarise', fixture('letters/wokingham-2017-07-14.txt'), '--by', 'agency']);
    expect(summary.code).toBe(1);
    // The text's own warning (its pages are unknown) comes first, then the one error line.
    expect(summary.stderr.split('\n').filter((line) => !line.startsWith('warning: '))).toEqual(['jtai: standard output: cannot write output: the disk is full (free some space, or write onto another disk)', '']);
  }, ENDS_WITHIN);

  it('-o on a full device says the output could not be written, not that nothing parsed', () => {
    const run = jtai(['parse', fixture('letters/wokingham-2017-07-14.txt'), '-o', '/dev/full']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('/dev/full: cannot write output: the disk is full');
    expect(run.stderr).not.toContain('no input parsed in this run');
  }, ENDS_WITHIN);
});

describe('JSON read back', () => {
  it('a letter date not on the calendar is not a letter as jtai parse writes it', () => {
    const folder = tempDir('jtai-date-');
    const good = jtai(['parse', fixture('letters/wokingham-2017-07-14.txt')]);
    const broken = JSON.parse(good.stdout);
    broken.letter.date = '2022-13-45';
    writeFileSync(join(folder, 'bad-date.json'), JSON.stringify(broken));
    const run = jtai(['summarise', join(folder, 'bad-date.json'), '--by', 'agency']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('letter.date is "2022-13-45", which is not a date on the calendar');
    expect(run.stdout).not.toContain('undefined');
  }, ENDS_WITHIN);

  it('explain skips a bad line of JSON Lines with its status, as summarise does, and exits 1', () => {
    const folder = tempDir('jtai-jsonl-');
    const line = JSON.stringify(JSON.parse(jtai(['parse', fixture('letters/wokingham-2017-07-14.txt')]).stdout));
    writeFileSync(join(folder, 'mixed.jsonl'), `{"broken\n${line}\n`);
    const run = jtai(['explain', join(folder, 'mixed.jsonl')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('mixed.jsonl:1: corrupt: not valid JSON');
    expect(run.stdout).toContain('KS-');
  }, ENDS_WITHIN);
});

describe('letters that cannot be read as they are set', () => {
  it('text set at a slant (45 degrees on every page) is rotated text, not "not a JTAI letter"', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const body = Array.from({ length: 20 }, () => 'The partnership shares what it knows about children at risk of harm.');
    for (const texts of [lines(800, FRONT), lines(800, body)]) {
      const page = pdf.addPage([595, 842]);
      for (const text of texts) if (typeof text.text === 'string') page.drawText(text.text, { x: 40 + (800 - text.y) * 0.7, y: text.y - 300, size: 9, font, rotate: degrees(45) });
    }
    const file = join(tempDir('jtai-slant-'), 'slanted.pdf');
    writeFileSync(file, await pdf.save());
    const run = jtai(['parse', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('slanted.pdf: rotated text: the text of 2 of its 2 pages is set at a slant');
  }, ENDS_WITHIN);

  it('a PDF of no pages is empty, not a scan to run OCR on', async () => {
    // Written by hand: pdf-lib adds a blank page to a document of none.
    const file = join(tempDir('jtai-nopages-'), 'no-pages.pdf');
    const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>'];
    let pdf = '%PDF-1.4\n';
    const offsets = objects.map((object, index) => {
      const offset = pdf.length;
      pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
      return offset;
    });
    const xref = pdf.length;
    pdf += `xref\n0 3\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
    pdf += `trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    writeFileSync(file, pdf);
    const run = jtai(['parse', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no-pages.pdf: empty: the PDF has no pages');
    expect(run.stderr).not.toContain('OCR');
  }, ENDS_WITHIN);
});

describe('a page box too small to show text', () => {
  it('is a damaged page box, not a scan to run OCR on', async () => {
    const pdf = await PDFDocument.load(readFileSync(fixture('letters/barnsley-2022-07-18.pdf')));
    for (const page of pdf.getPages()) page.setMediaBox(0, 0, 1, 1);
    const file = join(tempDir('jtai-tinybox-'), 'tiny-box.pdf');
    writeFileSync(file, await pdf.save());
    const run = jtai(['parse', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('tiny-box.pdf: corrupt: a page of it is 1 points across, too small to show any text');
    expect(run.stderr).not.toContain('OCR');
  }, ENDS_WITHIN);
});

describe('a text letter with one very long word', () => {
  it('is parsed in time that grows in line with the word, not as its square (400,000 letters)', () => {
    // Run-of-letters regexes tried from every letter rescanned the run to its end: 150,000 letters took
    // 72 s, so 400,000 would take over 8 minutes; scanned once, it takes well under a second.
    const file = join(tempDir('jtai-long-word-'), 'long-word.txt');
    writeFileSync(file, `${readFileSync(fixture('letters/wokingham-2017-07-14.txt'), 'utf8')}\n${'x'.repeat(400_000)}\n`);
    const run = jtaiBounded(['parse', file, '--timeout', '600', '-o', '/dev/null']);
    expect(run.signal).toBeNull();
    expect(run.stderr).toContain('long-word.txt -> /dev/null (2016-2020 layout, 91 findings)');
  }, ENDS_WITHIN + 10_000);
});

describe('direction controls in a text', () => {
  it('a right-to-left override inside the area name is dropped, not a cut in the name', () => {
    const text = readFileSync(fixture('letters/wokingham-2017-07-14.txt'), 'utf8').replace(/Wokingham/g, 'Woking\u202Eham');
    const run = jtai(['parse', '-'], text);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).letter.area).toBe('Wokingham');
  }, ENDS_WITHIN);
});

describe('option errors', () => {
  it('a bad option value is said in the jtai: form of every usage error', () => {
    const run = jtai(['summarise', fixture('letters/wokingham-2017-07-14.txt'), '--by', 'agency', '--since', '2024-02-30']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^jtai: option '--since <date>' argument '2024-02-30' is invalid/);
  }, ENDS_WITHIN);
});
