import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPdf, deflateBomb, gapsApartPage, labelsPage, repeatedLinePage, runOnTablePage, scatteredPage, tallPage, textPage } from './hostile.js';
import { jtai, root } from './helpers.js';
import { JtaiError } from '../src/errors.js';
import { parseSource, type ParseOptions } from '../src/parse.js';
import { insertAll, largest, pushAll, smallest } from '../src/long-arrays.js';

// Hostile inputs, built here (nothing large is committed): each ends in one clear status line,
// the rest of the batch is parsed and reported, memory stays bounded, and nothing is left behind.

const folders: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'jtai-limits-'));
  folders.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

const GOOD = ['fixtures/letters/surrey-2023-05-02.pdf', 'fixtures/letters/kirklees-2022-08-18.pdf'];
const OPENING = ['Joint targeted area inspection of the multi-agency response to abuse and neglect in Testshire', 'Summary', 'This is a finding.'];
const MB = 1048576;

/**
 * The built command line, with its peak memory read from standard error: every thread, and every
 * process (a batch runs in a child process, src/run/batch-process.ts), their peaks added up.
 */
function jtaiMeasured(args: string[], options: { input?: Buffer | string; shell?: string } = {}) {
  const node = [process.execPath, '--import', './tests/peak-memory.mjs', 'bin/jtai.js', ...args];
  const run = options.shell
    ? spawnSync('bash', ['-c', `${options.shell}; exec "$@"`, 'bash', ...node], { cwd: root, encoding: 'utf8', input: options.input, maxBuffer: 1 << 28 })
    : spawnSync(node[0]!, node.slice(1), { cwd: root, encoding: 'utf8', input: options.input, maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } });
  const peaks = [...run.stderr.matchAll(/peak-rss-kb (\d+)/g)].map((match) => Number(match[1]));
  const stderr = run.stderr.replace(/\npeak-rss-kb \d+\n/g, '');
  // A process killed by a signal has no exit code: say which signal, and what it printed, so a failure can be diagnosed.
  const code = run.status ?? `killed by ${run.signal}: ${stderr.slice(-2000)}`;
  return { code, stdout: run.stdout, stderr, peakMb: peaks.length > 0 ? peaks.reduce((sum, kb) => sum + kb, 0) / 1024 : NaN };
}

const statuses = (reportFile: string) =>
  Object.fromEntries(JSON.parse(readFileSync(reportFile, 'utf8')).entries.map((e: { input: string; status: string }) => [e.input, e.status]));

describe('hostile PDFs in a batch', () => {
  it('one 10 MB run of text is refused as too large, and the rest of the batch is parsed and reported', () => {
    const dir = tempDir();
    const hostile = join(dir, 'long-run.pdf');
    writeFileSync(hostile, buildPdf([textPage(OPENING), { content: Buffer.from(`BT /F1 11 Tf 72 700 Td (${'word '.repeat((10 * MB) / 5)}) Tj ET`) }]));
    const report = join(dir, 'report.json');
    const run = jtaiMeasured(['parse', GOOD[0]!, hostile, GOOD[1]!, '--format', 'jsonl', '--report', report]);
    expect(run.code).toBe(1);
    expect(statuses(report)).toEqual({ [GOOD[0]!]: 'parsed', [hostile]: 'too-large', [GOOD[1]!]: 'parsed' });
    expect(run.stderr).toContain(`${hostile}: too large: one of its streams decodes to 10 MB, over the 2 MB limit for one stream`);
    expect(run.stdout.trim().split('\n')).toHaveLength(2);
    expect(run.peakMb).toBeLessThan(400);
  });

  it('decompression bombs are refused by decoded size, within bounded memory, with --jobs 4', () => {
    const dir = tempDir();
    // 1 MB on disk, 1 GB once inflated; and a stream compressed twice over.
    const bomb = join(dir, 'bomb.pdf');
    writeFileSync(bomb, buildPdf([textPage(OPENING), { content: Buffer.alloc(0), flate: deflateBomb(1024) }]));
    const inputs = [bomb, ...GOOD];
    for (let i = 2; i <= 4; i++) {
      copyFileSync(bomb, join(dir, `bomb-${i}.pdf`));
      inputs.push(join(dir, `bomb-${i}.pdf`));
    }
    const report = join(dir, 'report.json');
    const run = jtaiMeasured(['parse', ...inputs, '--jobs', '4', '--format', 'jsonl', '--report', report]);
    expect(run.code).toBe(1);
    const status = statuses(report);
    expect(inputs.map((input) => status[input])).toEqual(['too-large', 'parsed', 'parsed', 'too-large', 'too-large', 'too-large']);
    expect(run.stderr).toContain(`${bomb}: too large: one of its streams decodes to more than 2 MB, over the 2 MB limit for one stream`);
    expect(run.peakMb).toBeLessThan(400);
  });

  it('a bomb passed off as an image counts against the limit for the whole file', () => {
    const dir = tempDir();
    const bomb = join(dir, 'image-bomb.pdf');
    writeFileSync(bomb, buildPdf([textPage(OPENING), { content: Buffer.alloc(0), flate: deflateBomb(1024), dictionary: '/Subtype /Image /Width 1 /Height 1' }]));
    const run = jtaiMeasured(['parse', bomb, GOOD[0]!, '--format', 'jsonl']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${bomb}: too large: its streams decode to more than 256 MB`);
    expect(run.peakMb).toBeLessThan(400);
  });

  it('the same bomb alone, parsed without a worker thread, is refused the same way', () => {
    const dir = tempDir();
    const bomb = join(dir, 'bomb.pdf');
    writeFileSync(bomb, buildPdf([textPage(OPENING), { content: Buffer.alloc(0), flate: deflateBomb(512) }]));
    const run = jtaiMeasured(['parse', bomb]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bomb\.pdf: too large: one of its streams decodes to more than 2 MB, over the 2 MB limit for one stream/);
    expect(run.peakMb).toBeLessThan(400);
  });
});

describe('a page of far more pieces of text than a letter\'s', () => {
  it('is refused as too large, not as a damaged PDF (page assembly overflowed the stack)', async () => {
    // 150,000 short lines, each a piece of text, in one stream under the 2 MB limit (a letter's page holds 511 at most).
    const page = { content: Buffer.from(`BT /F1 1 Tf 72 800 Td 0.005 TL\n${"(we saw) '\n".repeat(150_000)}ET`, 'latin1') };
    const bytes = buildPdf([textPage(OPENING), page]);
    const error = await parseSource({ file: 'crowded.pdf', bytes }).then(() => null, (thrown: JtaiError) => thrown);
    expect(error?.describe()).toBe("crowded.pdf: too large: page 2 holds 150,000 pieces of text, over the 50,000 limit for a page (a letter's page holds a few hundred; check this file is a letter)");
  });
});

describe('a finding of thousands of lines in a PDF', () => {
  it('is put into blocks in time that grows with its lines, not their square', async () => {
    // 20,000 one-word lines under a heading: one finding. Each line's first-line indent was
    // measured against all the paragraph's lines so far: 29.5 s of CPU (12,000 lines: 10.7 s), now 1.4 s.
    const bytes = buildPdf([textPage(OPENING), tallPage(20_000, ['Key strengths', ''])]);
    const started = process.cpuUsage();
    const result = await parseSource({ file: 'long-finding.pdf', bytes });
    const used = process.cpuUsage(started);
    expect(result.findings.some((finding) => finding.text.length > 100_000)).toBe(true);
    expect((used.user + used.system) / 1e6).toBeLessThan(await cpuLimit(10));
  });
});

describe('a section heading whose bold lines run on for thousands of lines', () => {
  it('is read in time that grows with its lines, not their square', async () => {
    // 16,000 bold lines, each filling its line, under a study's heading (then 32,000 lines of body
    // type, so that bold sets them apart): each line the heading took joined all its lines again to
    // match it whole (is it a heading of its kind?): 83 s of CPU, now 5 s.
    const heading = 'Practice study: effective practice where work work work work work';
    const body = 'Social workers visit children often and record what they see in their notes each week and day';
    const bytes = buildPdf([textPage(OPENING), repeatedLinePage(16_000, heading, '/F2', 14), repeatedLinePage(16_000, body, '/F1', 11), repeatedLinePage(16_000, body, '/F1', 11)]);
    const started = process.cpuUsage();
    const result = await parseSource({ file: 'long-heading.pdf', bytes });
    const used = process.cpuUsage(started);
    expect(result.accounting.headings).toBeGreaterThan(16_000 * heading.replace(/\s/g, '').length);
    expect(result.findings.some((finding) => finding.section === 'case-study-practice')).toBe(true);
    expect((used.user + used.system) / 1e6).toBeLessThan(await cpuLimit(20));
  });
});

describe('a table without rules of thousands of lines whose cells run on together', () => {
  it('is read in time that grows with its lines, not their square, and costs about what the same table in one face costs', async () => {
    // 16,000 lines, each holding both cells, that stay in one row: each line's faces were compared
    // with every line of the row above it (is the row a header?): 8.5 to 9.7 s of CPU (this test, three runs), now 2.8 to 3.3 s.
    // The walk stops at the first line of the row above that shares a face with this one, so the
    // same table set in one face throughout (no change to bold at half) is put together as this one
    // is but for the square: the two in one process, the least of two runs each, and the one over
    // the other does not depend on the machine's speed or load. Helper 12aj (5 December 2026, load
    // 9-18, each its own process): main 0.96, 0.97, 0.81, 0.95, 0.88 (one face 2.73 to 3.48 s, two
    // faces 2.43 to 3.29 s); the walk over the row above put back into today's code (inOtherFaces for
    // facesOf) 2.79, 3.85, 2.82, 2.23, 2.30 (two faces 6.41 to 10.02 s): fails. The bound 1.5 is
    // about the geometric middle of 0.97 and 2.23, 1.5 times from either. The 6 s limit is gone: main took 2.9 to 3.9 s
    // against it at load 11-26 (1.5 times room), and the ratio guards the square whatever the load.
    const table = (face: '/F1' | '/F2') => buildPdf([textPage(OPENING), runOnTablePage(16_000, 'Key strengths', face)]);
    const cpu = await leastCpuSeconds({ oneFace: table('/F1'), twoFaces: table('/F2') });
    expect(cpu.twoFaces / cpu.oneFace, cpu.figures).toBeLessThan(1.5);
  }, 600_000);
});

describe('a page as wide as it takes for thousands of lines each with a wide gap, no two gaps within 2 points', () => {
  it('is read in time that grows with its lines, not their square, and costs about what the same page with no word before its gaps costs', async () => {
    // Two pages of 16,000 lines (48,000 pieces each, under a page's limit): each line's gap was
    // compared with every other line's, looking for a table's divider (unruledTables) and for cells
    // side by side (columnGapsInLine): 8.0 to 10.5 s of CPU, now 2.9 to 4.9 s (assemblePage alone,
    // one page of 40,000 lines: 7.9 to 9.2 s, now 0.8 s).
    // A gap counts as a cell's only after a word (two letters in a row, cellGapStarts): the same
    // page with its left cells' letters set apart by stops ("W.o.r.k") has the same lines, gaps and
    // findings (one for every two lines) and no gap start to compare. Both in one process, the least
    // of two runs each, one page of 12,000 lines each (a page's square is its own): the one over the
    // other does not depend on the machine's speed or load. Helper 12aj (5 December 2026, load 9-21,
    // each its own process): main 1.11, 0.93, 0.98, 1.29, 1.31 (stops 1.51 to 1.89 s, words 1.76 to
    // 1.99 s; with the words parsed first, 1.29 to 1.51 in five); sharedGapStart's search put back as
    // it was (each start counted against every other) 4.15, 3.86, 4.03, 4.33, 4.36 (words 5.37 to 7.02
    // s): fails. The bound 2.2 is 1.5 times main's most (1.51) and 1.75 times under the square's least.
    // The 9 s limit is gone: main took 6.1 to 7.2 s against it at load 11-26 (1.3 times room).
    const page = (left: string) => buildPdf([textPage(OPENING), gapsApartPage(12_000, 'Key strengths', left)]);
    const cpu = await leastCpuSeconds({ stops: page('W.o.r.k w.i.t.h f.a.m.i.l.i.e.s'), words: page('Work with families') });
    expect(cpu.words / cpu.stops, cpu.figures).toBeLessThan(2.2);
  }, 600_000);
});

describe('a block of thousands of labels and values, a table without rules of a row a line', () => {
  it('is put in reading order in time that grows with its rows, not their square, and costs about what the same lines with no label block cost', async () => {
    // 16,000 lines "Lead inspector:" and a name: each line's row was counted over every row's top in
    // each comparison of the sort into rows, and each line looked for among the table's (tableOrder):
    // 9.9 to 10.9 s of CPU, now 3.3 s (assemblePage alone at 32,000 lines: 42.7 s, now 1.4 s).
    // Later each of its 16,000 sub-headings asked whether its section had a bullet yet by walking
    // every finding so far (headsProseAfterItems): 5.1 to 7.2 s, now 3.3 to 5.3 s.
    // A block of labels is a table only where every label ends ":" (or a value wraps): the same
    // lines with the label "Lead inspector" (real words, not refused as no language) have the same
    // pieces, places and gaps, and run on as one paragraph that no table puts in order. Both in one
    // process, the least of two runs each, the words first: the labels' cost over the words' does
    // not depend on the machine's speed or load. Helper 12ak (5 December 2026, load 5-9, each its own
    // process): main 1.16, 0.97, 1.21, 1.16, 1.13 (words 2.51 to 3.91 s, labels 3.03 to 4.52 s; a
    // process's first parse, the words', cold: 6.1 to 7.5 s); tableOrder's row counted over every
    // row's top in each comparison and inside.includes put back into today's code 2.85, 3.28, 4.12,
    // 3.31, 3.56 (labels 9.95 to 14.60 s): fails. The bound 1.85 was about the geometric middle of 1.21
    // and 2.85, 1.5 times from either. The cpuLimit(10) is gone (main had 2.1 times room at load 10-18).
    // headsProseAfterItems' walk put back costs today's code only about 0.5 s here (helper 12aj:
    // 3.9 and 4.5 s; over the same page under a prose section's heading, which never asks, 1.09
    // with the walk and 1.00 on main): neither this ratio nor any limit of this page tells it from
    // the machine's load.
    // Both pages are parsed untagged (the layout's work alone): tagging the labels' 16,001 findings
    // costs more than the words' 2, and grew with the rules, which this test is not about; a
    // clean-clone CI run failed the 1.85 it had then at 1.885 (words 1.19 and 0.93 s, labels 1.79 and
    // 1.75 s, tagged). Untagged, helper 12bn (7 December 2026, load 6.5-11, other helpers' tests and
    // builds running, each a process of its own): 1.33, 1.22, 1.29, 1.39, 1.21 (words 1.23 to 1.47 s
    // warm, labels 1.64 to 1.87 s), and 1.10 to 1.47 in five more processes that tagged too; three
    // rounds a kind instead of two, 1.07 to 1.42 in five, so two are kept. tableOrder's row counted
    // over every row's top in each comparison and inside.includes put back (the code before
    // 29e1ff6d): 4.31, 4.28, 4.38 (labels 5.77 to 5.93 s): fails. The bound 2.5 is about the
    // geometric middle of 1.47 and 4.28, 1.7 times from either.
    const page = (label: string) => buildPdf([textPage(OPENING), labelsPage(16_000, 'Key strengths', label)]);
    const cpu = await leastCpuSeconds({ words: page('Lead inspector'), labels: page('Lead inspector:') }, undefined, { untagged: true });
    expect(cpu.labels / cpu.words, cpu.figures).toBeLessThan(2.5);
  }, 600_000);
});

describe('a page of pieces of text scattered over it, each drawn apart from the one before', () => {
  it('is put in reading order in time that grows with its pieces, not their square, and costs about what the same page of commas costs', async () => {
    // 40,000 pieces: each run of lines drawn down the page was compared with every line put in
    // order before it, 4.3 to 9.5 s of CPU; kept in drawing order past a letter's most runs, 1.0 s.
    // Then each one-letter piece, a lone footnote marker to markersOnTheirLines, was looked for a
    // host among every line of the page: 3.0 to 4.6 s (the project's CI failed on it at 3.003 s);
    // looked for among the lines ending near it, 0.9 to 1.7 s.
    // The page's 7,000 or so lines are nearly all one letter, each a lone marker; a comma is no
    // marker, and the same page of commas is put together as this one is but for the markers (then
    // parsed: commas are not refused as no language). Each page parsed twice in this process, the
    // least of each (the first run of a process compiles pdf.js): the letters' cost over the commas'
    // does not depend on the machine's speed or load, so it guards the markers' square with a margin
    // either side; the cpuLimit guards the runs put back in order (MOST_RUNS_PUT_BACK), which cost
    // both pages alike. Helper 12ai (5 December 2026, load 16-24): main 0.74, 0.76, 0.65 and 0.88
    // in four processes (letters 0.76 to 1.59 s, commas 1.05 to 3.28 s, the first of a process
    // cold), and this test as written passes; 625b401 (each marker tested against every line, before
    // f316676) 2.05, 2.23, 2.18, 2.62 and, as written, 1.97 (letters 2.63 to 4.30 s), of which the
    // cpuLimit alone let four pass (least 2.63, 2.70 and 2.75 s against 3.00; 4.01 s against 4.87,
    // scaled by the reference at load 24). The limit 1.35 is about the geometric middle of 0.88 and
    // 1.97 (1.5 times from either). Measured alone and cold, as this test was before, main's page
    // took 3.84 s against a scaled 3.29 and failed.
    const pieces = (piece: string) => buildPdf([textPage(OPENING), scatteredPage(40_000, 'Key strengths', piece)]);
    // The letters read as no language, refused once the page is put together; the commas are parsed.
    const cpu = await leastCpuSeconds({ commas: pieces(','), letters: pieces('w') }, 'letters');
    expect(cpu.letters, cpu.figures).toBeLessThan(await cpuLimit(3));
    expect(cpu.letters / cpu.commas, cpu.figures).toBeLessThan(1.35);
    // Four parses of about 1 to 2 s of CPU each: 84 to 106 s of wall time at load 20-24.
  }, 600_000);
});

describe('one PDF given alone, with a page of far more pieces of text than a letter\'s', () => {
  it('is stopped at --timeout, not once the page is put together: it is parsed in a thread', () => {
    const dir = tempDir();
    const crowded = join(dir, 'crowded.pdf');
    // 40,000 pieces scattered over one page: putting it together took 37 s of CPU on the main
    // thread, which --timeout 2 could stop only after the page (85 s on a busy machine). It takes
    // 1.0 s since (MOST_RUNS_PUT_BACK), so the limit here is a quarter of that: the page is still
    // being put together when the limit falls, and only a thread can be stopped there.
    writeFileSync(crowded, buildPdf([textPage(OPENING), scatteredPage(40_000, 'Key strengths')]));
    const report = join(dir, 'report.json');
    const started = performance.now();
    const run = jtai(['parse', crowded, '--timeout', '0.25', '--report', report]);
    const seconds = (performance.now() - started) / 1000;
    expect(run.code).toBe(1);
    expect(statuses(report)).toEqual({ [crowded]: 'timed-out' });
    expect(run.stderr).toContain(`${crowded}: timed out: still parsing after 0.25 s (raise --timeout`);
    // Starting jtai, then the thread and pdf.js, then the 2 s: a few seconds; generous for a busy machine.
    expect(seconds).toBeLessThan(25);
  });

  it('is parsed in that thread as the library parses it, when in time', async () => {
    // 3,000 lines: over the 2,000 pieces a page put together on the main thread, well within the limit.
    const file = join(tempDir(), 'crowded-in-time.pdf');
    const bytes = buildPdf([textPage(OPENING), tallPage(3_000, ['Key strengths', ''])]);
    writeFileSync(file, bytes);
    const run = jtai(['parse', file, '--timeout', '120', '--format', 'json', '-q']);
    expect(run.code).toBe(0);
    const library = await parseSource({ file, bytes });
    const ids = (findings: Array<{ id: string; text: string }>) => findings.map((finding) => `${finding.id} ${finding.text.length}`);
    expect(ids(JSON.parse(run.stdout).findings)).toEqual(ids(library.findings));
  });
});

describe('one letter, parsed without a thread', () => {
  it('is refused when its result comes later than --timeout, and kept when in time', () => {
    const late = jtai(['parse', GOOD[0]!, '--timeout', '0.001', '--format', 'json']);
    expect(late.code).toBe(1);
    expect(late.stdout).toBe('');
    // A PDF is stopped between its pages once over the limit (a text, or a last page, by its result's time).
    expect(late.stderr).toMatch(/^fixtures\/letters\/surrey-2023-05-02\.pdf: timed out: (?:still parsing after 0\.001 s|took \d+\.\d s, over the 0\.001 s limit)/m);
    const inTime = jtai(['parse', GOOD[0]!, '--timeout', '600', '--format', 'json']);
    expect(inTime.code).toBe(0);
    expect(inTime.stdout).toMatch(/^\{/);
  });

  it('a text is stopped between its stages once its signal is aborted (a time limit, or Ctrl-C), as a PDF is between pages', async () => {
    const file = join(root, 'fixtures/letters/wokingham-2017-07-14.txt');
    const bytes = new Uint8Array(readFileSync(file));
    const limit = new AbortController();
    // Queued before the parse starts: it runs at the parse's first turn of the event loop, which a
    // text parsed in one go never gave (its time limit then only refused the result at the end).
    setImmediate(() => limit.abort(new JtaiError('timed-out', 'still parsing after 1 s', file)));
    const outcome: string[] = [];
    const parsing = parseSource({ file, bytes }, { signal: limit.signal }).then(() => outcome.push('parsed'), (error: JtaiError) => outcome.push(error.describe()));
    await parsing;
    expect(outcome).toEqual([`${file}: timed out: still parsing after 1 s (raise --timeout, or check the file is a normal letter)`]);
  });
});

describe('a text whose one stage would outlast --timeout', () => {
  // 500 KB in one paragraph: one finding, whose tagging (a stage no stop point splits) takes about
  // 1.5 s of CPU. Parsed on the main thread, as texts up to 512 KB were, it ran to its end before
  // the time limit could refuse it. The sentence names many agencies and cues: a plainer one (the police and health
  // visitors sharing information) took 1.7 s once, but about 0.3 s after 7 December's tagging cuts, so that a limit of
  // 0.3 s no longer stopped it on a quiet machine (the clean-clone CI of 7 December failed so).
  const oneParagraph = () => {
    const file = join(tempDir(), 'one-paragraph.txt');
    const sentence = "Because the school told the police and the GP, health visitors, probation officers, youth justice workers and social workers in the MASH shared information; they assessed risk, planned, reviewed plans, supervised practice and sought the child's views, although the board's audit and the designated nurse's training were not checked. ";
    writeFileSync(file, `${OPENING[0]}\n\nSummary\n\nThis is a finding.\n\nKey strengths\n\n${sentence.repeat(Math.floor((500 * 1024) / sentence.length))}\n`);
    return file;
  };

  it('is parsed in a thread, which the limit stops where it stands: the main thread is never held for the stage', async () => {
    const file = oneParagraph();
    const { parseMany } = await import('../dist/run/batch.js');
    // The longest the main thread's event loop was held while the input was parsed.
    let last = performance.now();
    let longest = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 20);
    const statuses: string[] = [];
    try {
      for await (const outcome of parseMany([file], { timeoutMs: 300 })) statuses.push(outcome.status);
    } finally {
      clearInterval(ticker);
    }
    expect(statuses).toEqual(['timed-out']);
    // Held for the whole tagging stage before (at least its 1.7 s of CPU).
    expect(longest).toBeLessThan(1000);
  });

  it('times out with its status line, and the batch goes on (exit code 1)', () => {
    const file = oneParagraph();
    const report = join(tempDir(), 'report.json');
    const run = jtai(['parse', file, 'fixtures/letters/wokingham-2017-07-14.txt', '--timeout', '0.3', '--format', 'jsonl', '--report', report]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/one-paragraph\.txt: timed out: still parsing after 0\.3 s/);
    expect(Object.keys(statuses(report))).toEqual([file, 'fixtures/letters/wokingham-2017-07-14.txt']);
    expect(statuses(report)[file]).toBe('timed-out');
  });
});

describe('a finding far longer than a real letter\'s', () => {
  it('is parsed with a warning that names it and its size', async () => {
    const lines = readFileSync(join(root, 'fixtures/letters/wokingham-2017-07-14.txt'), 'utf8').split('\n');
    // The letter up to its first section, then one paragraph of 30,000 characters: no line breaks, no bullets.
    const opening = lines.slice(0, lines.indexOf('Key strengths') + 1).join('\n');
    const sentence = 'The partnership works together to keep children safe from harm. ';
    const text = `${opening}\n\n${sentence.repeat(Math.ceil(30_000 / sentence.length)).trim()}\n`;
    const result = await parseSource({ file: 'run-together.txt', bytes: new TextEncoder().encode(text) });
    const long = result.findings.filter((finding) => finding.text.length > 8_000);
    expect(long).toHaveLength(1);
    // What is wrong and what to do; the corpus figures behind the limit are in MAX_FINDING_CHARS's comment and the README.
    expect(result.warnings).toContain(`a finding is over 8,000 characters, far longer than any in a real letter: ${long[0]!.id} (${long[0]!.text.length.toLocaleString('en-GB')} characters): the text may have run together (no line breaks or bullets, or tiny text in a PDF); check the input`);
  });
});

/**
 * Each page parsed twice in this process, alternated, and the least CPU seconds of each kept (the
 * first parse of a process compiles pdf.js, and a loaded machine slows one run more than another);
 * `figures` says every run, for a failure's message. The `refused` page must be refused as no
 * language (its cost is that of putting it together). `options` are parseSource's (untagged: the
 * layout's cost alone).
 */
async function leastCpuSeconds<K extends string>(pages: Record<K, Uint8Array>, refused?: K, options: ParseOptions = {}): Promise<Record<K, number> & { figures: string }> {
  const runs = new Map<K, number[]>();
  for (let round = 0; round < 2; round++) {
    for (const [kind, bytes] of Object.entries(pages) as [K, Uint8Array][]) {
      const started = process.cpuUsage();
      const parsing = parseSource({ file: `${kind}.pdf`, bytes }, options);
      await (kind === refused ? expect(parsing).rejects.toMatchObject({ code: 'garbled-text' }) : parsing);
      const used = process.cpuUsage(started);
      runs.set(kind, [...(runs.get(kind) ?? []), (used.user + used.system) / 1e6]);
    }
  }
  const least = Object.fromEntries([...runs].map(([kind, seconds]) => [kind, Math.min(...seconds)])) as Record<K, number>;
  const figures = [...runs].map(([kind, seconds]) => `${kind} ${seconds.map((s) => s.toFixed(2)).join(', ')} s`).join('; ');
  return { ...least, figures };
}

/** The wokingham letter's text up to its first section, then `body` and a sign-off: a letter around one hostile paragraph. */
function letterAround(body: string): Uint8Array {
  const lines = readFileSync(join(root, 'fixtures/letters/wokingham-2017-07-14.txt'), 'utf8').split('\n');
  const opening = lines.slice(0, lines.indexOf('Key strengths') + 1).join('\n');
  return new TextEncoder().encode(`${opening}\n\n${body}\n\nYours sincerely\n`);
}

/**
 * A CPU limit in seconds set on a quiet machine, scaled to this one: where a real letter takes
 * longer to parse than its REFERENCE_CPU_SECONDS (a loaded CI runner, its CPU time inflated by
 * other guests and by threads compiling and collecting), each limit grows by the same factor, never
 * shrinks. A square-time regression costs many times a limit's margin, so it fails either way.
 */
async function cpuLimit(quietSeconds: number): Promise<number> {
  referenceCpuSeconds ??= measureReference();
  return quietSeconds * Math.max(1, (await referenceCpuSeconds) / REFERENCE_CPU_SECONDS);
}
// The surrey letter's PDF parsed in this process after two warm-up runs, the least of four:
// 0.29 to 0.34 s on a quiet machine (three processes, 3 December 2026); 0.6 s and more when loaded.
const REFERENCE_CPU_SECONDS = 0.32;
let referenceCpuSeconds: Promise<number> | undefined;
async function measureReference(): Promise<number> {
  const bytes = new Uint8Array(readFileSync(join(root, GOOD[0]!)));
  const runs: number[] = [];
  for (let run = 0; run < 6; run++) runs.push(await cpuSecondsToParse(GOOD[0]!, bytes));
  return Math.min(...runs.slice(2));
}

/** The CPU seconds (user and system; not wall time, as the machine may be loaded) that parsing a text or PDF takes. */
async function cpuSecondsToParse(file: string, bytes: Uint8Array): Promise<number> {
  const started = process.cpuUsage();
  await parseSource({ file, bytes });
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
}

describe('a letter-spaced line far longer than a heading', () => {
  it('is parsed in time that grows with its length, not its square (a 16 KB text of one spaced line took minutes)', async () => {
    // 6,000 single letters a space apart: one line that reads as letter-spaced, of no word known.
    const spaced = Array.from({ length: 6_000 }, (_, i) => 'abcdefghijklmnopqrstuvwxyz'[(i * 7) % 26]).join(' ');
    // A few hundred ms; splitting every stretch of the line was over a minute.
    expect(await cpuSecondsToParse('spaced.txt', letterAround(spaced))).toBeLessThan(await cpuLimit(15));
  });
});

describe('a finding of one sentence of thousands of words that names agencies and has no verb of its own', () => {
  it('is tagged in time that grows with its length, not its square', async () => {
    // 8,000 lines of "the partners work with the nurses see them and", one sentence: each mention's
    // role walked back to the sentence's start for an auxiliary (finiteVerbBefore): 18.8 s of CPU,
    // now 1.3 s (the built CLI: 26.7 s, now 0.85 s; 4,000 lines 5.4 s, now 0.7 s).
    const sentence = `${Array.from({ length: 8_000 }, () => 'the partners work with the nurses see them and').join('\n')} the police.`;
    const used = await cpuSecondsToParse('run-on-sentence.txt', letterAround(sentence));
    expect(used).toBeLessThan(await cpuLimit(5));
  });
});

describe('a finding of one sentence that lists thousands of agencies', () => {
  it('is tagged in time that grows with its length, not its square', async () => {
    // 2,000 lines of "partners challenge the police, the nurses and the schools and": each mention
    // walked the whole list back to its start and on to its end (listStartOver, listEndOver): the built
    // CLI took 12.0 s of CPU, now 0.9 s ("the police, the nurses, and the schools, and": 4.4, now 0.7 s).
    const sentence = `Children were referred to ${Array.from({ length: 2_000 }, () => 'partners challenge the police, the nurses and the schools and').join('\n')} the police.`;
    expect(await cpuSecondsToParse('listed-agencies.txt', letterAround(sentence))).toBeLessThan(await cpuLimit(5));
  });
});

describe('a line opening "# " with a long run of spaces inside it', () => {
  it('is parsed in time that grows with its length, not its square (the Markdown heading pattern tried every place in the run)', async () => {
    // A heading-like line whose words stand 150,000 spaces apart: no closing hashes after them.
    const line = `# a${' '.repeat(150_000)}b`;
    // Under a second; the pattern's lazy text before optional closing hashes was about 35 s.
    expect(await cpuSecondsToParse('spaced-heading.txt', letterAround(line))).toBeLessThan(await cpuLimit(15));
  });
});

describe('a verb joined by "and" after thousands of adverbs', () => {
  it('is read without overflowing the stack (each adverb was one more nested call)', async () => {
    // A relative clause after a mention in passing, then "and" with 20,000 adverbs before its verb.
    const finding = `Concerns were raised with the police, who were aware of the risks and ${'very '.repeat(20_000)}quickly acted to protect the child.`;
    const result = await parseSource({ file: 'adverbs.txt', bytes: letterAround(finding) });
    expect(result.findings.some((found) => found.text.startsWith('Concerns were raised with the police'))).toBe(true);
  });
});

describe('a finding far longer than a real letter\'s, full of insertions', () => {
  it('is tagged in time that grows with its length, not its square', async () => {
    // 500,000 characters in one paragraph, three insertions (a bracket, phrases between commas) a sentence.
    const sentence = 'Social workers understand the risks, including those of neglect, and (in most cases) plans are based on information, such as school reports, and developed alongside families. ';
    // About 1.5 s; the text was blanked again and every token checked against every insertion, for each theme with concepts: 15 s and more.
    expect(await cpuSecondsToParse('insertions.txt', letterAround(sentence.repeat(Math.ceil(500_000 / sentence.length)).trim()))).toBeLessThan(await cpuLimit(6));
  });
});

describe('a lead-in far longer than a real letter\'s', () => {
  it('is warned of once, with its page, not once for each bullet it stands in', async () => {
    const lines = readFileSync(join(root, 'fixtures/letters/wokingham-2017-07-14.txt'), 'utf8').split('\n');
    // The letter up to its first section, then on the next page (a form feed) a lead-in of 9,000 characters (no line breaks) and three bullets under it.
    const opening = lines.slice(0, lines.indexOf('Key strengths') + 1).join('\n');
    const sentence = 'The partnership works together to keep children safe from harm. ';
    const leadIn = `${sentence.repeat(Math.ceil(9_000 / sentence.length)).trim()} The strengths are as follows:`;
    const bullets = ['Leaders know their services well.', 'Health visitors see families early.', 'The police share information quickly.'].map((item) => `- ${item}`).join('\n');
    const text = `${opening}\n\f${leadIn}\n${bullets}\n`;
    const result = await parseSource({ file: 'long-lead-in.txt', bytes: new TextEncoder().encode(text) });
    const under = result.findings.filter((finding) => finding.leadIn === leadIn);
    expect(under).toHaveLength(3);
    const warned = (result.warnings ?? []).filter((warning) => warning.includes('lead-in'));
    expect(warned).toEqual([`a lead-in is over 8,000 characters, far longer than any in a real letter: on page 2 (${leadIn.length.toLocaleString('en-GB')} characters), before ${under[0]!.id}: it stands in the tags of every finding under it, and the text may have run together (no line breaks or bullets, or tiny text in a PDF); check the input`]);
  });
});

describe('standard input among files', () => {
  it('is held to the same time limit as the files', () => {
    const big = readFileSync(join(root, 'fixtures/large/wokingham-16-times.pdf'));
    const report = join(tempDir(), 'report.json');
    const run = jtaiMeasured(['parse', '-', GOOD[0]!, '--timeout', '0.05', '--format', 'jsonl', '--report', report], { input: big });
    expect(run.code).toBe(1);
    expect(statuses(report)).toEqual({ '-': 'timed-out', [GOOD[0]!]: 'timed-out' });
    // Named as every other line about standard input names it (errors.ts inputName), as a thread that parses it does.
    expect(run.stderr).toMatch(/^standard input: timed out: still parsing after 0\.05 s/m);
  });

  it('is held to the same decoded-size limit (a bomb on standard input)', () => {
    const bomb = buildPdf([textPage(OPENING), { content: Buffer.alloc(0), flate: deflateBomb(512) }]);
    const report = join(tempDir(), 'report.json');
    const run = jtaiMeasured(['parse', GOOD[0]!, '-', '--format', 'jsonl', '--report', report], { input: bomb });
    expect(statuses(report)).toEqual({ [GOOD[0]!]: 'parsed', '-': 'too-large' });
    expect(run.peakMb).toBeLessThan(400);
  });

  it('is held to the same size limit as a file (100 MB)', () => {
    const report = join(tempDir(), 'report.json');
    // A PDF's opening: text has a lower limit of its own (below).
    const input = Buffer.alloc(101 * MB, 'a');
    input.write('%PDF-1.4\n');
    const run = jtaiMeasured(['parse', '-', GOOD[0]!, '--format', 'jsonl', '--report', report], { input });
    expect(statuses(report)).toEqual({ '-': 'too-large', [GOOD[0]!]: 'parsed' });
    expect(run.stderr).toMatch(/^standard input: too large: more than 100 MB came on standard input, over the limit/m);
    expect(run.peakMb).toBeLessThan(400);
  });

  it.each([['SIGTERM', 143], ['SIGHUP', 129]] as const)('a run reading standard input stops on %s, leaving no output and no temporary file', async (signal, exitCode) => {
    const out = tempDir();
    const child = spawn(process.execPath, ['bin/jtai.js', 'parse', '-', 'fixtures/large/wokingham-16-times.pdf', '--format', 'jsonl', '-o', join(out, 'all.jsonl')], { cwd: root, stdio: ['pipe', 'ignore', 'pipe'] });
    // Stopped, it may not have read all of its input: the pipe then breaks, which is expected here.
    child.stdin.on('error', () => undefined);
    // Once standard input is read (all but what the pipe holds), the run is under way; no temporary
    // output exists yet: it is made when the first letter parses, and neither of these does.
    await new Promise((resolve) => child.stdin.end(readFileSync(join(root, 'fixtures/large/wokingham-16-times.pdf')), resolve));
    child.kill(signal);
    const code = await new Promise((resolve) => child.on('exit', (code, ended) => resolve(code ?? ended)));
    expect(code).toBe(exitCode);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('a text over the 4 MB limit for a letter\'s text', () => {
  // A real letter with one 5 MB line after it: parsed in about 5 s before this limit (a 50 MB one
  // ran into the time limit); now refused from its size and first bytes, before it is parsed.
  const letter = readFileSync(join(root, 'fixtures/letters/wokingham-2017-07-14.txt'));
  const longText = Buffer.concat([letter, Buffer.from('\n'), Buffer.alloc(5 * MB, 'x'), Buffer.from('\n')]);
  const advice = "(a letter's text is under 100 KB; check this is one letter saved as text, as pdftotext -layout LETTER.pdf writes it, or give the PDF itself)";

  it('is refused at once as a file, and the rest of the batch is parsed', () => {
    const dir = tempDir();
    const long = join(dir, 'long.txt');
    writeFileSync(long, longText);
    const report = join(dir, 'report.json');
    const run = jtaiMeasured(['parse', long, GOOD[0]!, '--format', 'jsonl', '--report', report]);
    expect(run.code).toBe(1);
    expect(statuses(report)).toEqual({ [long]: 'too-large', [GOOD[0]!]: 'parsed' });
    expect(run.stderr).toContain(`${long}: too large: it is 5 MB of text, over the 4 MB limit for a letter's text ${advice}`);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('is refused from its first bytes, without reading it whole', () => {
    // 90 MB: under the 100 MB limit for any file. Read whole, it adds as much to the peak (about 80 MB for one letter).
    const huge = join(tempDir(), 'huge.txt');
    writeFileSync(huge, Buffer.alloc(90 * MB, 'x'));
    const run = jtaiMeasured(['parse', huge, '--format', 'jsonl']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${huge}: too large: it is 90 MB of text, over the 4 MB limit`);
    expect(run.peakMb, run.stderr).toBeLessThan(130);
  });

  it('is refused on standard input as soon as 4 MB have come', () => {
    const run = jtaiMeasured(['parse', '-', '--format', 'jsonl'], { input: longText });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^standard input: too large: more than 4 MB of text came on standard input, over the 4 MB limit for a letter's text`, 'm'));
  });

  it('holds JSON Lines on standard input to the limit for JSON, not text', () => {
    const lines = jtai(['parse', 'fixtures/letters/wokingham-2017-07-14.txt', '--format', 'jsonl']).stdout;
    const copies = Math.ceil((4 * MB) / Buffer.byteLength(lines)) + 1;
    const run = jtaiMeasured(['summarise', '-', '--by', 'agency', '--format', 'json'], { input: lines.repeat(copies) });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/too large/);
    // The same letter each time: summarised once.
    expect(JSON.parse(run.stdout).letters).toHaveLength(1);
  });
});

describe('a file that is no text and no PDF (a Word document, an image)', () => {
  // A .docx is a zip: its first bytes hold NULs, as an image's do. It was told "not valid UTF-8:
  // save the text as UTF-8", and over 4 MB "5 MB of text": neither says what it is.
  const zip = (size: number) => Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00', 'latin1'), Buffer.alloc(size, 'ab\x00\xff', 'latin1')]);
  const binary = "not UTF-8: the file is binary, not text (jtai reads a letter's PDF or its text: give the PDF, or its text as pdftotext -layout LETTER.pdf writes it)";

  it('is told binary, small or over the 4 MB limit for a text, from a file or standard input', () => {
    const dir = tempDir();
    const small = join(dir, 'letter.docx');
    const large = join(dir, 'large.docx');
    writeFileSync(small, zip(300_000));
    writeFileSync(large, zip(5 * MB));
    const run = jtai(['parse', small, large, '--format', 'jsonl']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${small}: ${binary}`);
    expect(run.stderr).toContain(`${large}: ${binary}`);
    expect(run.stderr).not.toContain('of text');
    const piped = jtaiMeasured(['parse', '-', '--format', 'jsonl'], { input: zip(5 * MB) });
    expect(piped.stderr).toMatch(new RegExp(`^standard input: ${binary.replace(/[()]/g, '\\$&')}`, 'm'));
  });
});

describe('more jobs than cores', () => {
  it('runs at most one thread per core: memory stays bounded and every letter parses', () => {
    const dir = tempDir();
    const letters = readdirSync(join(root, 'fixtures/letters')).filter((name) => name.endsWith('.pdf') && !name.includes('typeset'));
    for (const name of letters) copyFileSync(join(root, 'fixtures/letters', name), join(dir, name));
    const report = join(dir, 'report.json');
    const run = jtaiMeasured(['parse', dir, '--jobs', '64', '--format', 'jsonl', '--report', report]);
    expect(run.code).toBe(0);
    expect(Object.values(statuses(report))).toEqual(letters.map(() => 'parsed'));
    // One thread per core costs well under 200 MB each; 13 threads would need more than a GB.
    expect(run.peakMb).toBeLessThan(150 + 120 * availableParallelism());
  });
});

describe('a full disk', () => {
  it('with -f jsonl -o, fails with one line and leaves no temporary file', () => {
    const out = tempDir();
    // A limit on the size of files this process may write: the kernel refuses the write past 64 KB.
    const run = jtaiMeasured(['parse', ...GOOD, '--format', 'jsonl', '-o', join(out, 'all.jsonl')], { shell: 'ulimit -f 64' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/all\.jsonl: cannot write output: the file is larger than this process may write/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(out)).toEqual([]);
  });

  it.runIf(canMountTmpfs())('on a real full file system (tmpfs of 64 KB), the same', () => {
    const out = tempDir();
    spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', out]);
    try {
      const run = jtaiMeasured(['parse', ...GOOD, '--format', 'jsonl', '-o', join(out, 'all.jsonl')]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/all\.jsonl: cannot write output: the disk is full/);
      expect(readdirSync(out)).toEqual([]);
    } finally {
      spawnSync('umount', [out]);
    }
  });
});

function canMountTmpfs(): boolean {
  if (process.getuid?.() !== 0) return false;
  const probe = mkdtempSync(join(tmpdir(), 'jtai-mount-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', probe]).status === 0;
  if (mounted) spawnSync('umount', [probe]);
  rmSync(probe, { recursive: true, force: true });
  return mounted && existsSync(probe) === false;
}

// With a page's pieces bounded (50,000), no page reaches the ~125,000 arguments a call can take; the
// helpers that replace spreads into calls keep any longer array (a letter's lines or findings) safe.
describe('arrays longer than a call can take as arguments', () => {
  it('smallest, largest, pushAll and insertAll take 200,000 elements', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => i);
    expect(smallest(many)).toBe(0);
    expect(largest(many)).toBe(199_999);
    const list = [-2, -1];
    pushAll(list, many);
    expect(list.length).toBe(200_002);
    insertAll(list, 1, many);
    expect([list.length, list[0], list[1], list[200_001], list[200_002]]).toEqual([400_002, -2, 0, -1, 0]);
  });
});

describe('a page of thousands of lines that open with a superscript number', () => {
  it('is parsed in time that grows with its length, not its square (each was a note whose marker was looked for up the page)', async () => {
    // 40,000 notes in mid-page, one a line, with no marker in the text to find.
    const notes = Array.from({ length: 40_000 }, () => '¹ A note on the text.').join('\n');
    // About a second; reading each note's marker from the page's top was 12 s and more.
    expect(await cpuSecondsToParse('notes.txt', letterAround(notes))).toBeLessThan(await cpuLimit(5));
  });
});

describe('a page of thousands of lone numbers, each over a line opening with a capital', () => {
  it.each([
    ['with no reference to them', ''],
    ['after one reference glued to a word', 'The Borough.7 was seen.\n'],
  ])('is parsed in time that grows with its length, not its square (%s)', async (_name, reference) => {
    // A text with no page breaks is one page: each lone "7" was a mid-page note whose reference
    // was looked for up the page (joinMidPageNotes), and each joined one again (stripFootnotes).
    const lines = Array.from({ length: 20_000 }, () => '7\nAnother line here.');
    // Under a second; each search from the page's top took 20 s and more.
    expect(await cpuSecondsToParse('numbers.txt', letterAround(reference + lines.join('\n')))).toBeLessThan(await cpuLimit(5));
  });
});

describe('a text without page breaks of thousands of note references to one number', () => {
  it('is parsed in time that grows with its length, not its square (each reference copied the list of those before it)', async () => {
    // 58,000 lines "The area1 was seen.", a page number alone under every 60: the pages' run of
    // numbers is found, then noteMarkerLines reads every reference glued to a word.
    const lines = Array.from({ length: 58_000 }, (_, i) => `The area1 was seen.${i % 60 === 59 ? `\n\n${(i + 1) / 60}\n` : ''}`);
    // About a second; copying the references to "1" at each one took the square of their number.
    expect(await cpuSecondsToParse('references.txt', letterAround(lines.join('\n')))).toBeLessThan(await cpuLimit(5));
  });
});

describe('a sentence of thousands of mentions, each in brackets after the one before', () => {
  it('is tagged in time that grows with its length, not its square (each took the role of the one before, and that one of its own)', async () => {
    // "shared with the police (the police) (the police) ...": a bracket renaming the mention before
    // it takes that mention's role (passingRole), which followed every bracket back to the first.
    const sentence = `Information was shared with the police${' (the police)'.repeat(6_000)}.`;
    // Under a second; following the chain back took 9 s and more, and 8,000 over 1.5 GB.
    expect(await cpuSecondsToParse('brackets.txt', letterAround(sentence))).toBeLessThan(await cpuLimit(3));
  });
});

describe('a page of thousands of lines that open with an asterisk', () => {
  it.each([
    ['with no marker before them', Array.from({ length: 10_000 }, () => '*A note on the text.')],
    ['each after a line with a marker', Array.from({ length: 4_000 }, () => 'Hannah* was seen.\n*A note on the text.')],
  ])('is parsed in time that grows with its length, not its square (%s)', async (_name, lines) => {
    // About a second; each asterisk note read the page up to it again for a marker: 26 s and more.
    expect(await cpuSecondsToParse('asterisks.txt', letterAround(lines.join('\n')))).toBeLessThan(await cpuLimit(5));
  });
});

describe('thousands of findings, each with a note', () => {
  it('is parsed in time that grows with their number, not its square (each finding was matched with every note)', async () => {
    // 15,000 findings "Hannah* was seen.", each with its own "*" note under it.
    const lines = Array.from({ length: 15_000 }, () => 'Hannah* was seen.\n*A note on the text.');
    // About 2 s; matching every finding with every note took 16 s and more.
    expect(await cpuSecondsToParse('noted.txt', letterAround(lines.join('\n')))).toBeLessThan(await cpuLimit(6));
  });
});
