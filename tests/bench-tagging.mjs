// npm run bench (second part): the tag stage alone, per letter. Each of the real letters is parsed
// once; then its letter context and every finding's tags are computed again and again, and the
// median time per letter is printed, for the rules alone and with the learned theme layer
// (src/tag/learned.ts), the two alternating round by round. The budget is 20 ms per letter.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseFile, defaultRules } from '../dist/index.js';
import { letterContext, tagText, tokenize } from '../dist/tag/match.js';
import { themesOf } from '../dist/tag/learned.js';

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
// CPU time of this thread, steadier than wall time on a shared machine.
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
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
