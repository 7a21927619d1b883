#!/usr/bin/env node
// Theme decisions over every dev set, for reading extras by label and by what fired, and for comparing two rule states
// (issue 9, forty-eighth step, helper 9bv). After `npm run build`:
// - `node tests/theme-extras-dump.mjs . OUT.json`: every (finding, theme) given or gold on sealed-round7..37 (no context; r30-r35 since helper 9gb, r36 since 9gf, r37 since 9gn)
//   and the 13 letters' gold (each letter with its own context), with the counted mentions (rule, words, span) of applyAll,
//   as the tests score (tagText); prints right / extra / missed per set. The four letters theme-decisions.mjs holds out
//   are stored without their text (counted, never listed).
// - `node tests/theme-extras-dump.mjs --list OUT.json`: the sealed sets' paragraph extras by label, each with its mentions.
// - `node tests/theme-extras-dump.mjs --diff A.json B.json`: every decision that moved between two dumps.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

if (process.argv[2] === '--list') { await list(process.argv[3]); process.exit(0); }
if (process.argv[2] === '--diff') { await diffOf(process.argv[3], process.argv[4]); process.exit(0); }
async function list(file) {
const rows = JSON.parse(readFileSync(file, 'utf8'));
const ex = rows.filter((r) => r.set === 'sealed' && r.style === 'paragraph' && r.given && !r.gold);
const by = new Map();
for (const r of ex) { const k = r.id; by.set(k, [...(by.get(k) ?? []), r]); }
for (const [k, list] of [...by].sort((a, b) => b[1].length - a[1].length)) {
  const right = rows.filter((r) => r.set === 'sealed' && r.style === 'paragraph' && r.given && r.gold && r.id === k).length;
  console.log(`== ${k}: ${right} right / ${list.length} extra`);
  for (const r of list) {
    const m = r.counted.map((c) => `${c.rule}:"${c.match}"`).join(' ; ');
    const c0 = r.counted[0];
    const ctx = c0 ? r.text.slice(Math.max(0, c0.span[0] - 110), c0.span[1] + 90).replace(/\n/g, ' ') : '';
    console.log(`  ${r.unit}-${r.fid} [${m}] ...${ctx}...`);
  }
}

}
async function diffOf(fa, fb) {
const [a, b] = [fa, fb].map((f) => JSON.parse(readFileSync(f, 'utf8')));
const key = (r) => `${r.unit}|${r.fid}|${r.id}`;
const A = new Map(a.map((r) => [key(r), r])); const B = new Map(b.map((r) => [key(r), r]));
let t = { rightLost: 0, rightGained: 0, extraLost: 0, extraGained: 0 };
for (const k of new Set([...A.keys(), ...B.keys()])) {
  const x = A.get(k), y = B.get(k); const g1 = !!x?.given, g2 = !!y?.given; if (g1 === g2) continue;
  const r = x ?? y; const gold = r.gold;
  const what = g1 ? (gold ? 'RIGHT LOST' : 'extra gone') : (gold ? 'right gained' : 'EXTRA ADDED');
  t[g1 ? (gold ? 'rightLost' : 'extraLost') : (gold ? 'rightGained' : 'extraGained')]++;
  console.log(`${what} ${r.unit} ${r.fid} ${r.id} ${r.set === 'four' ? '' : (x ?? y).text.slice(0, 140)}`);
}
console.log(t);

}
const root = (await import('node:path')).resolve(process.argv[2]);
const out = process.argv[3];
const { parseFile, defaultRules } = await import(join(root, 'dist/index.js'));
const { applyAll, letterContext, tokenize, tagText, NO_CONTEXT } = await import(join(root, 'dist/tag/match.js'));
const UNREAD = new Set(['hampshire-2017-02-01', 'kirklees-2022-08-18', 'sefton-2019-12-18', 'south-tyneside-2016-04-05']);
const { tagger } = defaultRules();
const topOf = (result) => tagger.rules.find((c) => c.rule === result.rule).path[0];
const units = [];
const goldDir = join(root, 'fixtures/gold/dev');
for (const name of readdirSync(goldDir).map((f) => /^([a-z-]+-\d{4}-\d{2}-\d{2})\.json$/.exec(f)?.[1]).filter(Boolean).sort()) {
  const parsed = await parseFile(join(root, `fixtures/letters/${name}.pdf`), { includeText: true, model: false });
  const findings = JSON.parse(readFileSync(join(goldDir, `${name}.json`), 'utf8')).findings.map((f, i) => ({ ...f, id: f.id ?? `#${i}`, style: f.section === 'main-findings' ? 'paragraph' : 'bullet' }));
  units.push({ name, set: UNREAD.has(name) ? 'four' : 'nine', context: letterContext(tagger, parsed.text, parsed.letter.theme), findings });
}
for (const round of [7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37]) {
  const { items } = parse(readFileSync(join(root, `fixtures/gold/challenge/sealed-round${round}.yaml`), 'utf8'));
  units.push({ name: `r${round}`, set: 'sealed', context: NO_CONTEXT, findings: items });
}
// The other dev theme challenge sets (no context, as the tests score them; set "challenge"; issue 9, 50th step, helper 9cf). The held-out
// themes-unseen.yaml is not read.
for (const file of ['themes', 'themes-paraphrase', 'themes-six-labels', 'themes-front-door-voice', 'themes-shared-aware', 'themes-in-passing', 'themes-r10-causes', 'themes-r12-causes', 'themes-r13-causes', 'themes-r14-causes', 'themes-r15-causes', 'themes-r16-causes', 'themes-r16-recall']) {
  const { items } = parse(readFileSync(join(root, `fixtures/gold/challenge/${file}.yaml`), 'utf8'));
  units.push({ name: file, set: 'challenge', context: NO_CONTEXT, findings: items.map((item, i) => ({ ...item, id: item.id ?? `#${i}`, style: item.style ?? 'challenge' })) });
}
const rows = [];
for (const unit of units) for (const finding of unit.findings) {
  const tokens = tokenize(finding.text);
  const given = new Set(tagText(tagger, finding.text, unit.context, tokens).themes.map((t) => t.path[0]));
  const mentions = new Map();
  for (const result of applyAll(tagger, 'theme', finding.text, tokens, unit.context)) {
    const id = topOf(result);
    const counted = result.mentions.filter((m) => m.status === 'counted').map((m) => ({ match: m.match, span: m.span, rule: result.rule.id }));
    mentions.set(id, [...(mentions.get(id) ?? []), ...counted]);
  }
  const gold = finding.themes ?? [];
  for (const id of new Set([...given, ...gold])) {
    rows.push({ unit: unit.name, set: unit.set, style: finding.style, fid: finding.id, id, given: given.has(id), gold: gold.includes(id), text: unit.set === 'four' ? '' : finding.text, counted: mentions.get(id) ?? [] });
  }
}
writeFileSync(out, JSON.stringify(rows));
const tot = {}; for (const r of rows) { const k = r.set === 'sealed' || r.set === 'challenge' ? r.unit : r.set; tot[k] ??= [0,0,0]; if (r.given && r.gold) tot[k][0]++; else if (r.given) tot[k][1]++; else tot[k][2]++; }
for (const [k, v] of Object.entries(tot)) console.log(k, v.join(' / '));
