// npm run bench (second part): the tag stage alone, per letter. Each of the real letters is parsed
// once; then its letter context and every finding's tags are computed again and again, and the
// median time per letter is printed, for the rules alone and with the learned theme layer
// (src/tag/learned.ts), the two alternating round by round. The budget is 20 ms per letter.
// Then the same stage cold, as one letter pays it: each letter in a process of its own (this script with
// --cold FILE), parsed untagged as `jtai parse x.pdf` parses one input (src/short-run.ts: parsingOneInput, so the
// rules' whole expressions and, once the pages are read, V8 with no optimising compiler), and its findings then
// tagged once (tagFindings: the letter context, every finding's tags and the learned layer), the CPU of the process
// (all its threads) from that call's start to its end. Nothing of the tagger has run before it: its expressions are
// compiled to machine code, its stems, sets and memos made, its code compiled, for the first time. The figure is the
// median over the letters; its budget is COLD_BUDGET_MS. (The command line runs a bundle compiled from a code cache,
// this the modules of dist/: the same code, compiled on first use here.)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** CPU time of this process (every thread), in ms. */
const processCpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
// The modules of dist/ are imported only where they are used: --cold-cli loads the command line's bundle alone, as
// bin/jtai.js does, and --phases loads neither.
if (process.argv[2] === '--cold') {
  const [{ parseFile, defaultRules }, { tagFindings }, { parsingOneInput }] = await Promise.all([import('../dist/index.js'), import('../dist/parse.js'), import('../dist/short-run.js')]);
  parsingOneInput();
  const coldRules = defaultRules();
  const letter = await parseFile(process.argv[3], { rules: coldRules, includeText: true, untagged: true });
  const start = processCpuMs();
  await tagFindings(letter.findings, letter.text, letter.letter.theme, coldRules);
  const ms = processCpuMs() - start;
  console.log(JSON.stringify({ ms, findings: letter.findings.length }));
  process.exit(0);
}

// The same window as --cold, from the command line's bundle compiled from its code cache (dist/cli-bundle.cjs and
// dist/cli-code-cache.bin, loaded by dist/start.js as bin/jtai.js loads them), tuned as `jtai parse x.pdf` tunes a
// run of one input (src/run/batch.ts: parseMany): what a user's run pays to tag, where --cold also pays the first
// compile of every function of the tagger (the bundle's cache holds them) and loads dist's ES modules from source.
if (process.argv[2] === '--cold-cli') {
  const { loadCliBundle } = await import('../dist/start.js');
  const bundle = loadCliBundle();
  if (!bundle?.fromCache) {
    console.error('bench-tagging --cold-cli: the command line\'s bundle did not load from its code cache (npm run build)');
    process.exit(1);
  }
  if (typeof bundle.cli.coldTagging !== 'function') {
    console.error('bench-tagging --cold-cli: this bundle has none of what --cold-cli calls (built before 7 December 2026, helper 12bs)');
    process.exit(3);
  }
  const cli = await bundle.cli.coldTagging();
  cli.parsingOneInput();
  if (cli.noSpareCore()) cli.tuneForShortRun();
  const coldRules = cli.defaultRules();
  const letter = await cli.parseFile(process.argv[3], { rules: coldRules, includeText: true, untagged: true });
  const start = processCpuMs();
  await cli.tagFindings(letter.findings, letter.text, letter.letter.theme, coldRules);
  const ms = processCpuMs() - start;
  console.log(JSON.stringify({ ms, findings: letter.findings.length }));
  process.exit(0);
}

/**
 * A whole `jtai parse FILE --format json` split by phase, from V8's CPU profile of its main thread (`--cpu-prof`,
 * a sample each 100 µs of wall time). One input is parsed on the main thread, one phase after another, but much of
 * it in promise jobs whose stacks do not hold the function that awaits them (pdf.js's pages): so each phase is the
 * time from the first to the last sample with its function on the stack, and each sample goes to the innermost
 * phase whose time holds it, garbage collection and promise jobs included (the window --cold times for the tag).
 * Samples before the bundle's load are Node's start and start.js's modules (the profile starts once Node has
 * started: Node's first 40-60 ms are in the process's CPU only); samples in no phase after it, the command line's
 * own (arguments, the output written, the exit). Idle samples (the main thread waiting) are counted apart.
 */
const PHASES = [
  ['loadCliBundle', 'the bundle loaded (read, checked, compiled from its code cache)'],
  ['defaultRules', 'rules loaded (the compiled form, the model)'],
  ['loadPdfJs', 'pdf.js loaded (from its code cache)'],
  ['extractPdf', 'pages read (pdf.js, the layout)'],
  ['extractText', 'text read'],
  ['parseSource', 'segment and metadata (the rest of parseSource)'],
  ['tagFindings', 'tag: the findings tagged (the window of --cold and --cold-cli)'],
];
const BEFORE = "before the bundle (Node's start, start.js)";
const REST = 'the command line (arguments, the output written, the exit)';
const IDLE = 'idle (the main thread waiting)';
function phasesOf(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const names = new Map(PHASES.map(([name], index) => [name, index]));
  // Each sample's time (its end) and length, and the phases' windows [first, last] by sample index.
  const windows = PHASES.map(() => null);
  profile.samples.forEach((id, index) => {
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const phase = names.get(byId.get(at).callFrame.functionName);
      if (phase === undefined) continue;
      windows[phase] = windows[phase] ? [windows[phase][0], index] : [index, index];
    }
  });
  const ms = new Map();
  const gc = new Map();
  const add = (map, phase, delta) => map.set(phase, (map.get(phase) ?? 0) + delta);
  const firstWindow = Math.min(...windows.filter(Boolean).map(([first]) => first));
  profile.samples.forEach((id, index) => {
    const delta = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const name = byId.get(id).callFrame.functionName;
    let phase = index < firstWindow ? BEFORE : REST;
    let width = Infinity;
    windows.forEach((window, at) => {
      if (window && window[0] <= index && index <= window[1] && window[1] - window[0] < width) [phase, width] = [PHASES[at][1], window[1] - window[0]];
    });
    if (name === '(idle)') phase = IDLE;
    add(ms, phase, delta);
    if (name === '(garbage collector)') add(gc, phase, delta);
  });
  return { ms, gc };
}
if (process.argv[2] === '--phases') {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const given = process.argv.slice(3);
  const inputs = given.length > 0 ? given : [join(root, 'fixtures/letters/wokingham-2017-07-14.txt')];
  const runs = Number(process.env.BENCH_PHASES_RUNS ?? 5);
  const gnuTime = spawnSync('sh', ['-c', 'command -v /usr/bin/time']).status === 0;
  for (const input of inputs) {
    const sums = new Map();
    const gcSums = new Map();
    const cpu = [];
    let profiled = 0;
    for (let run = 0; run < runs; run++) {
      const dir = mkdtempSync(join(tmpdir(), 'jtai-phases-'));
      try {
        const node = [process.execPath, '--cpu-prof', '--cpu-prof-interval', '100', '--cpu-prof-dir', dir, join(root, 'bin/jtai.js'), 'parse', input, '--format', 'json'];
        const child = gnuTime ? spawnSync('/usr/bin/time', ['-f', 'CPU %U %S', ...node], { encoding: 'utf8', maxBuffer: 1 << 28 }) : spawnSync(node[0], node.slice(1), { encoding: 'utf8', maxBuffer: 1 << 28 });
        if (child.status !== 0) throw new Error(`jtai parse ${input} failed: ${child.stderr}`);
        const times = /^CPU ([\d.]+) ([\d.]+)$/m.exec(child.stderr);
        if (times) cpu.push((Number(times[1]) + Number(times[2])) * 1000);
        const [file] = readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'));
        const { ms: phases, gc } = phasesOf(JSON.parse(readFileSync(join(dir, file), 'utf8')));
        for (const [phase, ms] of phases) {
          sums.set(phase, (sums.get(phase) ?? 0) + ms);
          profiled += ms;
        }
        for (const [phase, ms] of gc) gcSums.set(phase, (gcSums.get(phase) ?? 0) + ms);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    const sortedCpu = [...cpu].sort((a, b) => a - b);
    const cpuText = cpu.length ? `; the process's CPU (every thread, GNU time) median ${sortedCpu[Math.floor(cpu.length / 2)].toFixed(0)} ms (${sortedCpu[0].toFixed(0)}-${sortedCpu.at(-1).toFixed(0)})` : '';
    console.log(`phases of \`jtai parse ${input.split('/').at(-1)} --format json\`, ${runs} runs: ${(profiled / runs).toFixed(1)} profiled ms a run${cpuText}`);
    for (const [phase, ms] of [...sums].sort((a, b) => b[1] - a[1])) {
      const gcMs = gcSums.get(phase) ?? 0;
      console.log(`  ${(ms / runs).toFixed(1).padStart(7)} ms ${((100 * ms) / profiled).toFixed(1).padStart(5)}%  ${phase}${gcMs > 0 ? ` (garbage collection ${(gcMs / runs).toFixed(1)} ms of it)` : ''}`);
    }
  }
  process.exit(0);
}

const [{ parseFile, defaultRules }, { letterContext, tagText, tokenize }, { themesOf }] = await Promise.all([import('../dist/index.js'), import('../dist/tag/match.js'), import('../dist/tag/learned.js')]);

/**
 * The budget of tagging cold, ms of CPU a letter (median of the 13 letters, each in a process of its own): what a
 * one-letter run pays to tag. Set at its first measure, 6 December 2026 (tests/bench-history.md, helper 12ao): 326 ms
 * at load 5-8, while the warm figure read 24.3 against 19.5 at the quiet bench, so about 260 quiet; 300 leaves the
 * room the warm budget leaves (20 against 18). The lead's quiet bench is the figure it is judged by.
 */
const COLD_BUDGET_MS = 300;

const folder = fileURLToPath(new URL('../fixtures/letters/', import.meta.url));
/** The real letter given as text, as pdftotext -layout writes it. */
const TEXT_LETTER = 'wokingham-2017-07-14.txt';
const files = readdirSync(folder).filter((name) => /^[a-z-]+-\d{4}-\d{2}-\d{2}\.pdf$/.test(name)).sort();
const rules = defaultRules();
const letters = [];
for (const name of files) letters.push(await parseFile(folder + name, { rules, includeText: true }));

const model = rules.model;
function tagLetter(letter, withModel) {
  const context = letterContext(rules.tagger, letter.text, letter.letter.theme);
  let tags = 0;
  for (const finding of letter.findings) {
    const tokens = tokenize(finding.text);
    const { agencies, themes } = tagText(rules.tagger, finding.text, context, tokens, finding.leadIn);
    const corrected = withModel ? themesOf(model, rules.tagger, finding.text, tokens, context, themes) : themes;
    tags += agencies.length + corrected.length;
  }
  return tags;
}

// That tagText's tags are those of the whole reading (applyAll) on every finding is checked in tests/tag-paths.test.ts.
for (const letter of letters) tagLetter(letter, true); // warm: stems cached, code compiled
// BENCH_TAGGING_ROUNDS: fewer rounds for a quicker figure (tests/bench-ab.mjs runs it many times).
const ROUNDS = Number(process.env.BENCH_TAGGING_ROUNDS ?? 30);
// CPU time of this process, steadier than wall time on a shared machine (warm, tagging runs on the main thread alone).
const cpuMs = processCpuMs;
const timesOf = { rules: [], model: [] };
for (let round = 0; round < ROUNDS; round++) {
  for (const withModel of round % 2 ? [true, false] : [false, true]) {
    const start = cpuMs();
    for (const letter of letters) tagLetter(letter, withModel);
    timesOf[withModel ? 'model' : 'rules'].push((cpuMs() - start) / letters.length);
  }
}
for (const list of Object.values(timesOf)) list.sort((a, b) => a - b);
const times = timesOf.rules;
const findings = letters.reduce((n, letter) => n + letter.findings.length, 0);
const median = times[Math.floor(ROUNDS / 2)];
console.log(`tagging: ${letters.length} letters, ${findings} findings, ${rules.tags.length} rules: median ${median.toFixed(2)} ms of CPU per letter (best ${times[0].toFixed(2)}), budget 20 ms`);
const withModel = timesOf.model[Math.floor(ROUNDS / 2)];
console.log(`tagging with the learned theme layer (${model ? model.labels.length : 0} themes): median ${withModel.toFixed(2)} ms of CPU per letter (best ${timesOf.model[0].toFixed(2)})`);

// Cold: each letter in a process of its own, one after another (BENCH_TAGGING_COLD=0 leaves it out).
if (process.env.BENCH_TAGGING_COLD !== '0') {
  const script = fileURLToPath(import.meta.url);
  const coldRun = (mode, file) => {
    const run = spawnSync(process.execPath, [script, mode, file], { encoding: 'utf8' });
    if (run.status === 3) return null; // a bundle without --cold-cli's calls: its figures are left out
    if (run.status !== 0) throw new Error(`cold tagging (${mode}) of ${file} failed: ${run.stderr}`);
    return JSON.parse(run.stdout.trim().split('\n').at(-1)).ms;
  };
  const cold = files.map((name) => coldRun('--cold', folder + name));
  const sorted = [...cold].sort((a, b) => a - b);
  const coldMedian = sorted[Math.floor(sorted.length / 2)];
  const total = cold.reduce((sum, ms) => sum + ms, 0);
  console.log(`tagging cold, one process a letter (as \`jtai parse x.pdf\` tags): median ${coldMedian.toFixed(2)} ms of CPU a letter (least ${sorted[0].toFixed(2)}, most ${sorted.at(-1).toFixed(2)}, ${total.toFixed(0)} ms over the ${cold.length}), budget ${COLD_BUDGET_MS} ms`);
  // The same, from the command line's bundle and its code cache (--cold-cli): what a user's run pays. Then the letter
  // given as text (fixtures/letters/*.txt's letter, Wokingham), the median of 3 runs: a text's run is tuned as a PDF's
  // once its text is read (src/short-run.ts, textRead).
  const cli = files.map((name) => coldRun('--cold-cli', folder + name));
  if (cli.every((ms) => ms !== null)) {
    const cliSorted = [...cli].sort((a, b) => a - b);
    const cliTotal = cli.reduce((sum, ms) => sum + ms, 0);
    console.log(`tagging cold from the command line's bundle (its code cache, as a user's run tags): median ${cliSorted[Math.floor(cliSorted.length / 2)].toFixed(2)} ms of CPU a letter (least ${cliSorted[0].toFixed(2)}, most ${cliSorted.at(-1).toFixed(2)}, ${cliTotal.toFixed(0)} ms over the ${cli.length})`);
    const text = [0, 1, 2].map(() => coldRun('--cold-cli', `${folder}${TEXT_LETTER}`)).sort((a, b) => a - b);
    console.log(`tagging cold from the command line's bundle, the letter as text (${TEXT_LETTER}): median ${text[1].toFixed(2)} ms of CPU (of 3 runs: ${text.map((ms) => ms.toFixed(2)).join(', ')})`);
  }
}
