#!/usr/bin/env node
// A against B: the same measures on two built trees, taking turns, to tell a change of the code from a
// change of the machine. Run by hand, not by npm test or npm run bench.
//
//   node tests/bench-ab.mjs [--a TREE | --a-commit COMMIT] [--b TREE] [--c TREE] [--rounds N] [--measures one,batch,tagging]
//
// - A and B are working trees with dist/ built (`npm run build`). --b defaults to this tree. --a-commit
//   makes A itself: a git worktree of COMMIT in the system's temporary folder, node_modules linked from
//   this tree, built; pass --remove to take it away at the end (else it is kept and reused next time).
// - Measures (each a command run under GNU time; CPU = user + system of every process it waited for):
//   one      every letter of fixtures/letters (not the typeset one) in a process of its own, one after
//            another: `node bin/jtai.js parse x.pdf --format json` (what `npm run bench`'s first row runs);
//   batch    52 copies of those letters in one `parse DIR --out-dir OUT --quiet` on all cores;
//   tagging  B's tests/bench-tagging.mjs run against each tree's dist/ (its median ms of CPU a letter,
//            the rules alone: the figure the bench prints, `ms`; and its figure of tagging cold, one process
//            a letter, `cold`; the same from the command line's bundle and its code cache, `cli` (what a user's run
//            pays), and of the letter given as text, `text`: trees built before helper 12bs print neither; wall and
//            CPU of that process are not used), with BENCH_TAGGING_ROUNDS rounds (10 here unless set; the bench's own is 30).
// - Rounds alternate the order A B, B A, A B, ... (so each side goes first as often), after one
//   unmeasured warm-up of each side. Each side's median and spread (least - most) are printed, and
//   the ratio B / A per round: its median, a 95% interval of that median (bootstrap over the rounds,
//   fixed seed) and how many rounds B was the lower. Main against itself gives the noise floor: a
//   change whose interval stays inside the floor's is not told from the machine.
// - --c TREE adds a third side, run in the same rounds (every order in turn: A B C, C B A, B C A, ...; use a
//   multiple of 6 rounds), and prints C / B too:
//   with --c the same tree as --b, one run gives the change (B / A) and its noise floor (C / B)
//   under the same load.
// - --floor is --c the same tree as --b. Either way (C and B the same folder), each figure's row is followed by the
//   floor's verdict: the spread of the same build's per-round ratios C / B (least - most) and whether B / A's 95%
//   interval lies outside it ("told apart") or not. Same-build runs on this 2-core machine, shared with other
//   helpers (12bp, 7 December 2026, tagging, 6 rounds, load 4.5-11.4): per-round warm ms ratios 0.889-1.119 (median
//   0.963, interval 0.896-1.116) and cold 0.861-1.187 (median 0.947), so a change of 5% in a median is not told apart
//   by one run.
// - --json FILE writes every sample, for a later look.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchCorpus } from './bench-corpus.mjs';

const here = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? argv[at + 1] : fallback;
};
const flag = (name) => argv.includes(`--${name}`);
const rounds = Number(option('rounds', 8));
const measures = option('measures', 'one,batch,tagging').split(',');
const jsonOut = option('json');

if (spawnSync('sh', ['-c', 'command -v /usr/bin/time']).status !== 0) {
  console.error('bench-ab needs GNU time (apt-get install time)');
  process.exit(1);
}

/** A built worktree of `commit`, made once in the temporary folder and reused. */
function treeOf(commit) {
  const full = spawnSync('git', ['-C', here, 'rev-parse', commit], { encoding: 'utf8' }).stdout.trim();
  if (!full) throw new Error(`no commit ${commit}`);
  const dir = join(tmpdir(), `jtai-ab-${full.slice(0, 12)}`);
  if (!existsSync(dir)) {
    const add = spawnSync('git', ['-C', here, 'worktree', 'add', '--detach', dir, full], { stdio: 'inherit' });
    if (add.status !== 0) throw new Error(`git worktree add ${dir} failed`);
    symlinkSync(join(here, 'node_modules'), join(dir, 'node_modules'));
  }
  if (!existsSync(join(dir, 'dist/index.js')) || !existsSync(join(dir, 'dist/.ab-built'))) {
    console.error(`building ${commit} in ${dir} ...`);
    const build = spawnSync('npm', ['run', 'build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) throw new Error(`npm run build failed in ${dir}`);
    writeFileSync(join(dir, 'dist/.ab-built'), `${full}\n`);
  }
  return dir;
}

// --floor makes C B's own tree; --c names another: the two together would silently drop --floor.
if (flag('floor') && option('c') !== undefined && resolve(option('c')) !== resolve(option('b') ?? here)) {
  console.error('bench-ab: --floor sets C to B\'s own tree; give --floor or --c OTHER, not both');
  process.exit(2);
}

const madeA = !option('a') && option('a-commit');
const trees = {
  A: resolve(option('a') ?? (option('a-commit') ? treeOf(option('a-commit')) : here)),
  B: resolve(option('b') ?? here),
  ...(option('c') ? { C: resolve(option('c')) } : flag('floor') ? { C: resolve(option('b') ?? here) } : {}),
};
/** C is B's own tree: C / B is the same build's ratio, the noise floor B / A is read against. */
const floor = trees.C !== undefined && trees.C === trees.B;
const sides = Object.keys(trees);
/**
 * The orders the rounds take in turn: with two sides A B, B A; with three, every order (A B C, C B A, B C A, A C B,
 * C A B, B A C), so that over six rounds each side runs first, second and last as often. (A B C / C B A alone kept B
 * in the middle: in its first runs, B and C the same build, B was the dearer in 9 rounds of 11, by 5-8% in CPU.)
 */
const orders = sides.length === 3 ? ['ABC', 'CBA', 'BCA', 'ACB', 'CAB', 'BAC'].map((order) => [...order]) : [['A', 'B'], ['B', 'A']];
const pairs = sides.length === 3 ? [['B', 'A'], ['C', 'B'], ['C', 'A']] : [['B', 'A']];
for (const [side, dir] of Object.entries(trees)) {
  if (!existsSync(join(dir, 'dist/index.js'))) throw new Error(`${side} (${dir}) has no dist/: npm run build there first`);
}
const describe = (dir) => spawnSync('git', ['-C', dir, 'log', '-1', '--format=%h %s'], { encoding: 'utf8' }).stdout.trim().slice(0, 90);

const { letters, tempDir, corpus: corpusOf, removeAll } = benchCorpus(here);
const corpus = (count) => corpusOf(count, 'jtai-ab-in-');
const sq = (text) => `'${text.replace(/'/g, "'\\''")}'`;

/** Wall and CPU seconds of a shell command (GNU time), and its stdout. */
function timed(command) {
  return new Promise((done, fail) => {
    const child = spawn('/usr/bin/time', ['-f', 'AB %e %U %S', 'sh', '-c', command], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (data) => (stdout += data));
    child.stderr.on('data', (data) => (stderr += data));
    child.on('exit', (code) => {
      const line = stderr.split('\n').find((l) => l.startsWith('AB '));
      if (code !== 0 || !line) return fail(new Error(`${command} failed (${code}): ${stderr.slice(-2000)}`));
      const [, wall, user, system] = line.split(' ').map(Number);
      done({ wall, cpu: user + system, stdout });
    });
  });
}

const oneIn = corpus(letters.length);
const batchIn = corpus(52);
const tagging = join(here, 'tests/bench-tagging.mjs');
/** Each measure: what it runs for a tree, and the figures it keeps (unit, values). */
const MEASURES = {
  one: {
    label: `one letter at a time (${letters.length} letters, a process each), s`,
    run: async (tree) => {
      const out = tempDir('jtai-ab-one-');
      const jtai = join(tree, 'bin/jtai.js');
      const command = readdirSync(oneIn)
        .map((name) => `node ${sq(jtai)} parse ${sq(join(oneIn, name))} --format json > ${sq(join(out, `${name}.json`))}`)
        .join(' && ');
      const { wall, cpu } = await timed(command);
      rmSync(out, { recursive: true, force: true });
      return { wall, cpu };
    },
  },
  batch: {
    label: '52 letters, all cores, s',
    run: async (tree) => {
      const out = tempDir('jtai-ab-batch-');
      const { wall, cpu } = await timed(`node ${sq(join(tree, 'bin/jtai.js'))} parse ${sq(batchIn)} --out-dir ${sq(out)} --quiet`);
      rmSync(out, { recursive: true, force: true });
      return { wall, cpu };
    },
  },
  tagging: {
    label: `bench-tagging, ms of CPU a letter (median of its ${process.env.BENCH_TAGGING_ROUNDS ?? 10} rounds)`,
    run: async (tree) => {
      // B's script, pointed at the tree's dist/ by a copy placed in the tree's tests/ folder, named by this process: two
      // bench-ab runs on one tree each remove their own copy (one name for both, one run's removal failed the other's
      // cold tagging midway: helper 12bp).
      const copy = join(tree, 'tests', `.bench-tagging-ab-${process.pid}.mjs`);
      copyFileSync(tagging, copy);
      try {
        const { stdout } = await timed(`BENCH_TAGGING_ROUNDS=${process.env.BENCH_TAGGING_ROUNDS ?? 10} node ${sq(copy)}`);
        const match = /median ([\d.]+) ms of CPU per letter/.exec(stdout);
        const cold = /tagging cold, one process.*?: median ([\d.]+) ms of CPU a letter/.exec(stdout);
        const cli = /tagging cold from the command line's bundle \(.*?: median ([\d.]+) ms of CPU a letter/.exec(stdout);
        const text = /tagging cold from the command line's bundle, the letter as text.*?: median ([\d.]+) ms of CPU/.exec(stdout);
        if (!match) throw new Error(`bench-tagging printed no median: ${stdout}`);
        // BENCH_TAGGING_COLD=0 leaves the cold figures out (and the minute they take); a tree built before 12bs has
        // no `cli` and `text` (bench-tagging --cold-cli needs its bundle's coldTagging), and then A / B prints none.
        return { ms: Number(match[1]), ...(cold ? { cold: Number(cold[1]) } : {}), ...(cli ? { cli: Number(cli[1]) } : {}), ...(text ? { text: Number(text[1]) } : {}) };
      } finally {
        rmSync(copy, { force: true });
      }
    },
  },
};
for (const name of measures) if (!MEASURES[name]) throw new Error(`no measure ${name} (one, batch, tagging)`);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
};
/** A 95% interval of the median of `values` by bootstrap (fixed seed: the same samples print the same). */
function interval(values) {
  let seed = 12345;
  // mulberry32: 32-bit integer steps, so the draws are exact and the same on every run.
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const medians = [];
  for (let i = 0; i < 4000; i++) medians.push(median(values.map(() => values[Math.floor(random() * values.length)])));
  medians.sort((a, b) => a - b);
  return [medians[Math.floor(0.025 * medians.length)], medians[Math.ceil(0.975 * medians.length) - 1]];
}

console.log(`bench-ab: ${rounds} rounds, in the orders ${orders.map((order) => order.join(' ')).join(', ')} in turn; load (1 min) ${loadavg()[0].toFixed(1)} at the start`);
for (const side of sides) console.log(`${side}: ${trees[side]} (${describe(trees[side])})`);
const f = (value, digits = 2) => value.toFixed(digits);
const samples = {};
const spread = (values) => `${f(median(values))} (${f(Math.min(...values))} - ${f(Math.max(...values))})`;
for (const name of measures) {
  const measure = MEASURES[name];
  samples[name] = { load: [] };
  for (const side of sides) samples[name][side] = [];
  for (const side of sides) await measure.run(trees[side]); // warm-up: file cache, code caches
  for (let round = 0; round < rounds; round++) {
    for (const side of orders[round % orders.length]) samples[name][side].push(await measure.run(trees[side]));
    samples[name].load.push(loadavg()[0]);
    const last = (side) => `${side} ${Object.entries(samples[name][side].at(-1)).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(' ')}`;
    console.error(`${name} round ${round}: ${sides.map(last).join(' | ')} | load ${loadavg()[0].toFixed(1)}`);
  }
  // The table of this measure, printed as soon as it is done.
  const load = samples[name].load;
  console.log('');
  console.log(`${measure.label}; load ${f(Math.min(...load), 1)} - ${f(Math.max(...load), 1)}`);
  console.log(`| figure | ${sides.map((side) => `${side} median (least - most)`).join(' | ')} | ${pairs.map(([x, y]) => `${x} / ${y}: median of rounds (95% interval), ${x} lower in`).join(' | ')} |`);
  console.log(`|---|${sides.map(() => '---|').join('')}${pairs.map(() => '---|').join('')}`);
  // The figures every side printed (a tree from before a figure was added prints none of it).
  const keys = Object.keys(samples[name].A[0]).filter((key) => sides.every((side) => samples[name][side].every((sample) => key in sample)));
  for (const key of keys) {
    const values = (side) => samples[name][side].map((s) => s[key]);
    const cells = pairs.map(([x, y]) => {
      const ratios = values(x).map((value, i) => value / values(y)[i]);
      const [low, high] = interval(ratios);
      return `${f(median(ratios), 3)} (${f(low, 3)} - ${f(high, 3)}), ${ratios.filter((r) => r < 1).length} of ${ratios.length}`;
    });
    console.log(`| ${key} | ${sides.map((side) => spread(values(side))).join(' | ')} | ${cells.join(' | ')} |`);
  }
  if (floor) {
    // The verdict sets B / A's bootstrap interval of the median against the per-round least-to-most of the
    // same build's C / B: a conservative test. "Not told apart" means the change is within the machine's noise, not "no change".
    for (const key of keys) {
      const values = (side) => samples[name][side].map((s) => s[key]);
      const ratios = (x, y) => values(x).map((value, i) => value / values(y)[i]);
      const same = ratios('C', 'B');
      const [least, most] = [Math.min(...same), Math.max(...same)];
      const [low, high] = interval(ratios('B', 'A'));
      const apart = high < least || low > most;
      console.log(`floor, ${key}: the same build's C / B ${f(least, 3)} - ${f(most, 3)} (median ${f(median(same), 3)}); B / A's interval ${f(low, 3)} - ${f(high, 3)} ${apart ? 'lies outside it: told apart' : 'overlaps it: not told apart'}`);
    }
  }
}

if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify({ trees, rounds, samples }, null, 1)}\n`);
removeAll();
if (madeA && flag('remove')) {
  spawnSync('git', ['-C', here, 'worktree', 'remove', '--force', trees.A], { stdio: 'inherit' });
}
