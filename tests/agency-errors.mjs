#!/usr/bin/env node
// The agency errors against the dev gold (issue 9), for tuning the agency rules on some letters
// while others stay unread. Run after `npm run build`.
//   node tests/agency-errors.mjs            the tuned-on letters: score, per label, every error with
//                                           its finding and what the role layer made of each mention
//   node tests/agency-errors.mjs --held-out the held-out letters: pooled and per-label figures and
//                                           per-letter F1 only (never their findings or errors), then
//                                           the tuned-on and all-13 figures, for the final score
// Scored as tests/tagging-quality.test.ts scores it: micro F1 over (finding, top-level id), without
// `multi-agency`. The letter groups are that test's: TUNED_ON there, the other six held out.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFile, defaultRules } from '../dist/index.js';
import { applyAll, letterContext, tagText } from '../dist/tag/match.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const goldDir = join(root, 'fixtures/gold/dev');
const testSource = readFileSync(join(root, 'tests/tagging-quality.test.ts'), 'utf8');
const TUNED_ON = [...testSource.match(/TUNED_ON = \[([^\]]*)\]/)[1].matchAll(/'([^']+)'/g)].map((m) => m[1]);
const names = readdirSync(goldDir).filter((name) => /^[a-z-]+-\d{4}-\d{2}-\d{2}\.json$/.test(name)).map((name) => name.replace(/\.json$/, '')).sort();
const heldOut = process.argv.includes('--held-out');
const WITHOUT = new Set(['multi-agency']);
const tagger = defaultRules().tagger;

const zero = () => ({ tp: 0, fp: 0, fn: 0 });
const add = (into, label, key) => {
  if (!into.has(label)) into.set(label, zero());
  into.get(label)[key]++;
};
const f1 = (c) => (c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn));
const total = (counts) => [...counts.values()].reduce((sum, c) => ({ tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn }), zero());
const line = (c) => `F1 ${f1(c).toFixed(3)} (${c.tp}/${c.fp}/${c.fn})`;
const table = (counts) =>
  [...counts]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([label, c]) => `  ${label.padEnd(26)} ${line(c)}`)
    .join('\n');

async function score(name, listErrors) {
  const parsed = await parseFile(join(root, `fixtures/letters/${name}.pdf`), { includeText: true, model: false });
  const context = letterContext(tagger, parsed.text, parsed.letter.theme);
  const findings = JSON.parse(readFileSync(join(goldDir, `${name}.json`), 'utf8')).findings;
  const counts = new Map();
  const errors = [];
  findings.forEach((finding, i) => {
    const got = new Set(tagText(tagger, finding.text, context).agencies.map((t) => t.path[0]).filter((id) => !WITHOUT.has(id)));
    const want = new Set(finding.agencies.filter((id) => !WITHOUT.has(id)));
    for (const id of want) add(counts, id, got.has(id) ? 'tp' : 'fn');
    for (const id of got) if (!want.has(id)) add(counts, id, 'fp');
    if (!listErrors) return;
    const wrong = [...[...got].filter((id) => !want.has(id)).map((id) => `extra ${id}`), ...[...want].filter((id) => !got.has(id)).map((id) => `missed ${id}`)];
    if (wrong.length === 0) return;
    const mentions = applyAll(tagger, 'agency', finding.text, undefined, context).map(
      (r) => `    ${r.rule.id}: ${r.mentions.map((m) => `"${m.match}" ${m.role}${m.why ? ` (${m.why})` : ''}`).join('; ')}`,
    );
    errors.push(`${name} #${i} [${finding.section}] ${wrong.join(', ')} (gold: ${finding.agencies.join(', ')})\n  ${finding.text}\n${mentions.join('\n')}`);
  });
  return { counts, errors };
}

const groups = { tuned: new Map(), held: new Map() };
const perLetter = [];
for (const name of names) {
  const tuned = TUNED_ON.includes(name);
  if (!tuned && !heldOut) continue;
  const { counts, errors } = await score(name, tuned && !heldOut);
  for (const [label, c] of counts) for (const key of ['tp', 'fp', 'fn']) for (let k = 0; k < c[key]; k++) add(groups[tuned ? 'tuned' : 'held'], label, key);
  perLetter.push(`${name}${tuned ? ' (tuned on)' : ' (held out)'}: ${line(total(counts))}`);
  for (const error of errors) console.log(`${error}\n`);
}
console.log(perLetter.join('\n'));
console.log(`tuned on (${TUNED_ON.length}): ${line(total(groups.tuned))}\n${table(groups.tuned)}`);
if (heldOut) {
  const all = new Map();
  for (const counts of [groups.tuned, groups.held]) for (const [label, c] of counts) all.set(label, { tp: (all.get(label)?.tp ?? 0) + c.tp, fp: (all.get(label)?.fp ?? 0) + c.fp, fn: (all.get(label)?.fn ?? 0) + c.fn });
  console.log(`held out (${names.length - TUNED_ON.length}): ${line(total(groups.held))}\n${table(groups.held)}`);
  console.log(`all ${names.length}: ${line(total(all))}\n${table(all)}`);
}
