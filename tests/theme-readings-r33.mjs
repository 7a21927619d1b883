#!/usr/bin/env node
// Candidate theme readings scored over every dev unit (issue 9, sixty-fourth step, helper 9fd): the dev sealed sets r7-r33,
// the other theme challenge sets (not themes-unseen, held out), the 13 letters' findings and the reports' rounds 1-2
// (no held-out round is read). For each candidate (a label and a pattern), where the built rules miss the label: right gained
// (the gold has it) and extras added (it has not), per unit; then leave one sealed set out on the three-set bar (a candidate
// is adopted on a fold only when, on the other sets, its gains fall in three sealed sets or more and outnumber its extras).
// Run after `npm run build`: `node tests/theme-readings-r33.mjs [--show name]` (--show lists the sealed and challenge hits).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { defaultRules } from '../dist/index.js';
import { tagText } from '../dist/tag/match.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const SHOW = args.includes('--show') ? args[args.indexOf('--show') + 1] : null;
const { tagger } = defaultRules();
const units = [];
const add = (set, id, text, themes) => units.push({ set, id, text, gold: new Set(themes), predicted: new Set(tagText(tagger, text).themes.map((t) => t.path[0])) });
const challenge = join(root, 'fixtures/gold/challenge');
for (const file of readdirSync(challenge).filter((f) => /^(?:sealed-round\d+|themes(?:-[a-z0-9-]+)?)\.yaml$/.test(f) && f !== 'themes-unseen.yaml')) {
  const { items } = parse(readFileSync(join(challenge, file), 'utf8'));
  const round = /^sealed-round(\d+)\.yaml$/.exec(file)?.[1];
  for (const item of items ?? []) if (item.themes) add(round ? `r${round}` : file.replace(/\.yaml$/, ''), item.id ?? '', item.text, item.themes);
}
for (const file of readdirSync(join(root, 'fixtures/gold/dev')).filter((f) => /^[a-z-]+-\d{4}-\d{2}-\d{2}\.json$/.test(f))) {
  const gold = JSON.parse(readFileSync(join(root, 'fixtures/gold/dev', file), 'utf8'));
  gold.findings.forEach((f, k) => add('letters', `${file.replace(/\.json$/, '')}#${k + 1}`, f.text, f.themes));
}
for (const file of readdirSync(join(root, 'fixtures/gold/reports')).filter((f) => /^[a-z0-9-]+\.json$/.test(f))) {
  const gold = JSON.parse(readFileSync(join(root, 'fixtures/gold/reports', file), 'utf8'));
  if (gold.round !== undefined) throw new Error('held-out round');
  for (const p of gold.paragraphs) add('reports', p.id, p.text, p.themes);
}
// `--aside n`: every unit's tags with the aside rule's count of clear themes set to n, against the built rules: right gained
// and lost, extras added and gone, per set.
if (args.includes('--aside')) {
  const n = Number(args[args.indexOf('--aside') + 1]);
  const before = tagger.aside.others;
  tagger.aside.others = n;
  const rows = new Map();
  for (const u of units) {
    const after = new Set(tagText(tagger, u.text).themes.map((t) => t.path[0]));
    const row = rows.get(u.set) ?? { gained: 0, lost: 0, added: 0, gone: 0 };
    for (const id of after) if (!u.predicted.has(id)) { if (u.gold.has(id)) row.gained++; else row.added++; }
    for (const id of u.predicted) if (!after.has(id)) { if (u.gold.has(id)) row.lost++; else row.gone++; }
    rows.set(u.set, row);
  }
  tagger.aside.others = before;
  const total = { gained: 0, lost: 0, added: 0, gone: 0 };
  for (const [set, row] of rows) { if (row.gained + row.lost + row.added + row.gone) console.log(`${set}: right +${row.gained} -${row.lost}, extras +${row.added} -${row.gone}`); for (const k of Object.keys(total)) total[k] += row[k]; }
  console.log(`aside others ${before} -> ${n}, every dev unit: right +${total.gained} -${total.lost}, extras +${total.added} -${total.gone}`);
  process.exit(0);
}
const CANDIDATES = (await import(process.env.CANDS ?? join(root, 'tests/theme-readings-r33-candidates.mjs'))).default;
const sealed = [...new Set(units.filter((u) => /^r\d+$/.test(u.set)).map((u) => u.set))];
for (const [name, { label, re }] of Object.entries(CANDIDATES)) {
  const hits = units.filter((u) => !u.predicted.has(label) && re.test(u.text));
  const by = (set) => hits.filter((u) => u.set === set);
  const tally = (list) => `${list.filter((u) => u.gold.has(label)).length}/${list.filter((u) => !u.gold.has(label)).length}`;
  const sets = [...new Set(hits.map((u) => u.set))];
  // leave one sealed set out, three-set bar
  let r = 0; let e = 0; let folds = 0;
  for (const held of sealed) {
    const train = hits.filter((u) => /^r\d+$/.test(u.set) && u.set !== held);
    const pos = train.filter((u) => u.gold.has(label));
    const ok = new Set(pos.map((u) => u.set)).size >= 3 && pos.length > train.length - pos.length;
    if (!ok) continue;
    folds++;
    r += by(held).filter((u) => u.gold.has(label)).length; e += by(held).filter((u) => !u.gold.has(label)).length;
  }
  const sealedHits = hits.filter((u) => /^r\d+$/.test(u.set));
  console.log(`${name} (${label}): in sample all ${tally(hits)}; sealed ${tally(sealedHits)} in ${new Set(sealedHits.filter((u) => u.gold.has(label)).map((u) => u.set)).size} sets; r32 ${tally(by('r32'))}, r33 ${tally(by('r33'))}; letters ${tally(by('letters'))}, reports ${tally(by('reports'))}; LOSO 3-set ${r}/${e} (${folds} folds adopt)`);
  console.log(`  ${sets.map((s) => `${s} ${tally(by(s))}`).join(', ')}`);
  if (SHOW === name || SHOW === 'all') for (const u of hits.filter((u) => u.set !== 'reports')) console.log(`    ${u.gold.has(label) ? '+' : '-'} ${u.set} ${u.id}: ${u.text.match(re)[0]} | ${u.text.slice(0, 160)}`);
}
