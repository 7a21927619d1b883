#!/usr/bin/env node
// npm run bench: jtai against `pdftotext -layout`, like for like, on this machine.
// - The same real letters (fixtures/letters/*.pdf, not the typeset one) copied to 52 and 208.
// - A batch: pdftotext two at a time per core (xargs -P) against jtai on all cores.
// - One letter: each letter in a process of its own, one after another, for both.
// - Wall time, CPU time (user + system of every process: steadier on a shared machine) and the
//   peak memory of the whole process tree (RSS summed over the tree, sampled from /proc).
// - Each measure run 3 times (BENCH_RUNS), the order of the two tools alternated; best and median.
// Needs pdftotext (Debian: apt-get install poppler-utils) and GNU time (apt-get install time).
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchCorpus } from './bench-corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const jtai = join(root, 'bin/jtai.js');
const runs = Number(process.env.BENCH_RUNS ?? 3);
/** Batch sizes (BENCH_SIZES=52 for a quicker run). */
const sizes = (process.env.BENCH_SIZES ?? '52,208').split(',').map(Number);
const cores = availableParallelism();
for (const [tool, install] of [['pdftotext', 'apt-get install poppler-utils'], ['/usr/bin/time', 'apt-get install time']]) {
  if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) {
    console.error(`bench needs ${tool} (${install})`);
    process.exit(1);
  }
}

const { letters, tempDir, corpus: corpusOf, removeAll } = benchCorpus(root);
const corpus = (count) => corpusOf(count, 'jtai-bench-');

const PAGE = 4096;
/** RSS in bytes of `pid` and all its descendants, from /proc. */
function treeRss(pid) {
  const children = new Map();
  const rss = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      if (!children.has(parent)) children.set(parent, []);
      children.get(parent).push(Number(entry));
      rss.set(Number(entry), Number(fields[21]) * PAGE);
    } catch {
      // The process ended while being read.
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop();
    total += rss.get(current) ?? 0;
    stack.push(...(children.get(current) ?? []));
  }
  return total;
}

/** Wall and CPU seconds (GNU time, over every process it waited for) and peak tree memory in MB. */
function measure(command) {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', 'BENCH %e %U %S', 'sh', '-c', command], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (data) => (stderr += data));
    let peak = 0;
    const poll = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 25);
    child.on('exit', (code) => {
      clearInterval(poll);
      const line = stderr.split('\n').find((l) => l.startsWith('BENCH '));
      if (!line) return reject(new Error(`${command} failed (${code}): ${stderr}`));
      const [, wall, user, system] = line.split(' ').map(Number);
      resolve({ wall, cpu: user + system, mb: peak / 1048576 });
    });
  });
}

const sq = (text) => `'${text.replace(/'/g, "'\\''")}'`;

/** The commands for a batch: each tool reads its own copy of the folder and writes files. */
function batchCommands(count) {
  const forJtai = corpus(count);
  const forPdftotext = corpus(count);
  return {
    files: count,
    jtai: () => {
      const out = tempDir('jtai-bench-out-');
      return `node ${sq(jtai)} parse ${sq(forJtai)} --out-dir ${sq(out)} --quiet`;
    },
    pdftotext: () => `printf '%s\\0' ${sq(forPdftotext)}/*.pdf | xargs -0 -n1 -P${cores} pdftotext -layout`,
  };
}

/** The commands for one letter at a time: every letter once, each in a process of its own. */
function singleCommands() {
  const dir = corpus(letters.length);
  const out = tempDir('jtai-bench-one-');
  const each = (make) => readdirSync(dir).map((name) => make(join(dir, name), join(out, name))).join(' && ');
  return {
    files: letters.length,
    jtai: () => each((pdf, target) => `node ${sq(jtai)} parse ${sq(pdf)} --format json > ${sq(`${target}.json`)}`),
    pdftotext: () => each((pdf, target) => `pdftotext -layout ${sq(pdf)} ${sq(`${target}.txt`)}`),
  };
}

const best = (values) => Math.min(...values);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function compare(label, commands) {
  const samples = { jtai: [], pdftotext: [] };
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? ['pdftotext', 'jtai'] : ['jtai', 'pdftotext'];
    for (const tool of order) samples[tool].push(await measure(commands[tool]()));
  }
  const stats = (tool, key) => ({ best: best(samples[tool].map((s) => s[key])), median: median(samples[tool].map((s) => s[key])) });
  const row = {
    label,
    files: commands.files,
    jtai: { wall: stats('jtai', 'wall'), cpu: stats('jtai', 'cpu'), mb: Math.max(...samples.jtai.map((s) => s.mb)) },
    pdftotext: { wall: stats('pdftotext', 'wall'), cpu: stats('pdftotext', 'cpu'), mb: Math.max(...samples.pdftotext.map((s) => s.mb)) },
  };
  console.error(`${label}: done`);
  return row;
}

function coldStart() {
  const times = [];
  for (let i = 0; i < 11; i++) {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, [jtai, '--version']);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

function allParsed(count) {
  const dir = corpus(count);
  const run = spawnSync(process.execPath, [jtai, 'parse', dir, '--format', 'jsonl'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (run.status !== 0) throw new Error(`jtai did not parse every letter: ${run.stderr}`);
}

allParsed(letters.length);
// Other work on the machine slows both tools; say how much there was (1-minute load average).
const loadBefore = loadavg()[0];
const rows = [];
rows.push(await compare(`one letter at a time (${letters.length} letters, one process each)`, singleCommands()));
for (const count of sizes) rows.push(await compare(`${count} letters, all cores`, batchCommands(count)));

const s = (value) => value.toFixed(2);
const pair = (stat) => `${s(stat.best)} / ${s(stat.median)}`;
console.log(`jtai bench: ${cores} cores, Node ${process.version}, ${runs} runs each (best / median); pdftotext -layout ${spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).stderr.split('\n')[0].replace('pdftotext version ', '')}, ${cores} at a time in batches`);
console.log(`Load average (1 minute) ${loadBefore.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end.`);
console.log('');
console.log('| | jtai wall s | jtai CPU s | jtai peak MB | pdftotext wall s | pdftotext CPU s | pdftotext peak MB | wall ratio | CPU ratio |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const row of rows) {
  const ratio = (key) => `${s(row.jtai[key].best / row.pdftotext[key].best)} / ${s(row.jtai[key].median / row.pdftotext[key].median)}`;
  console.log(
    `| ${row.label} | ${pair(row.jtai.wall)} | ${pair(row.jtai.cpu)} | ${row.jtai.mb.toFixed(0)} | ${pair(row.pdftotext.wall)} | ${pair(row.pdftotext.cpu)} | ${row.pdftotext.mb.toFixed(0)} | ${ratio('wall')} | ${ratio('cpu')} |`,
  );
}
console.log('');
console.log(`Cold start of \`jtai --version\`: median of 11, ${coldStart().toFixed(0)} ms.`);
removeAll();
