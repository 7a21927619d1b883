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
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseFile, defaultRules } from '../dist/index.js';
import { letterContext, tagText, tokenize } from '../dist/tag/match.js';
import { themesOf } from '../dist/tag/learned.js';
import { tagFindings } from '../dist/parse.js';
import { parsingOneInput } from '../dist/short-run.js';

/** CPU time of this process (every thread), in ms. */
const processCpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
if (process.argv[2] === '--cold') {
  parsingOneInput();
  const coldRules = defaultRules();
  const letter = await parseFile(process.argv[3], { rules: coldRules, includeText: true, untagged: true });
  const start = processCpuMs();
  await tagFindings(letter.findings, letter.text, letter.letter.theme, coldRules);
  const ms = processCpuMs() - start;
  console.log(JSON.stringify({ ms, findings: letter.findings.length }));
  process.exit(0);
}

/**
 * The budget of tagging cold, ms of CPU a letter (median of the 13 letters, each in a process of its own): what a
 * one-letter run pays to tag. Set at its first measure, 6 December 2026 (tests/bench-history.md, helper 12ao): 326 ms
 * at load 5-8, while the warm figure read 24.3 against 19.5 at the quiet bench, so about 260 quiet; 300 leaves the
 * room the warm budget leaves (20 against 18). The lead's quiet bench is the figure it is judged by.
 */
const COLD_BUDGET_MS = 300;

const folder = fileURLToPath(new URL('../fixtures/letters/', import.meta.url));
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
  const cold = files.map((name) => {
    const run = spawnSync(process.execPath, [script, '--cold', folder + name], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`cold tagging of ${name} failed: ${run.stderr}`);
    return JSON.parse(run.stdout.trim().split('\n').at(-1)).ms;
  });
  const sorted = [...cold].sort((a, b) => a - b);
  const coldMedian = sorted[Math.floor(sorted.length / 2)];
  const total = cold.reduce((sum, ms) => sum + ms, 0);
  console.log(`tagging cold, one process a letter (as \`jtai parse x.pdf\` tags): median ${coldMedian.toFixed(2)} ms of CPU a letter (least ${sorted[0].toFixed(2)}, most ${sorted.at(-1).toFixed(2)}, ${total.toFixed(0)} ms over the ${cold.length}), budget ${COLD_BUDGET_MS} ms`);
}
