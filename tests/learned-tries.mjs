#!/usr/bin/env node
// The learned theme layer's data and form, measured by leaving one unit out (issue 9, helper 9ah).
// Run after `npm run build`. The units are the tuned sets only: the nine readable dev letters (the 13
// less the four of UNREAD_AGENCIES in tests/tagging-quality.test.ts, whose gold is never read) and
// report rounds 1-2 (fixtures/gold/reports/<name>.json, no round suffix); a held-out round is refused.
// Each unit is scored with models trained on a pool that leaves it out: the other letters of the
// nine, plus (as a try) the other reports and the challenge sets themes.yaml and themes-paraphrase.yaml.
// - `node tests/learned-tries.mjs`: every try of data, features and form, applied to the shipped
//   models (assessment and joint working, add at 0.9), and a model for every theme with its add
//   threshold chosen by nested leave-one-unit-out (each unit takes, per theme, the threshold best on
//   the other units). Themes micro F1, right / extra / missed.
// - `--sealed`: the sealed sets r7/r8/r9 (dev since issue 9's 37th-40th steps) as units too: the shipped two
//   models trained on the letters alone, or on the letters and the sealed sets (and the reports), each unit
//   (letter, report, sealed set) left out (issue 9, fortieth step, helper 9av).
// - `--every` (issue 9, forty-first step, helper 9ax): a model for every theme, trained on the 13 letters, reports 1-2
//   and the sealed sets r7-r10, each unit left out; add (and drop) thresholds per theme by nested leave-one-unit-out over
//   the dev units (9 letters, reports 1-2, r7-r10); the four unread letters and report rounds 3-6 scored pooled only.
//   DESIGNS=base,all,... (features; see OPTS), POOLS=..., CHOICE=1 prints the thresholds chosen on every dev unit.
//   The thresholds are chosen on the other units' left-out scores, whose models saw the unit scored (a model per pair
//   of units left out would cost 18 times as much): nearly, not strictly, nested.
// - `--leadership`: a leadership model that also reads whether its rule counted one mention and
//   whether one stood in the first sentence (the try of commit 07bf4ce, not kept).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { parseFile, defaultRules } from '../dist/index.js';
import { extract, readSource } from '../dist/extract/index.js';
import { applyAll, letterContext, tokenize } from '../dist/tag/match.js';
import { exclusionOf } from '../dist/tag/learned.js';

const require = createRequire(import.meta.url);
const stopwords = new Set(require('natural/lib/natural/util/stopwords.js').words);
const LogisticRegression = require('natural/lib/natural/classifiers/logistic_regression_classifier.js');
const Bayes = require('natural/lib/natural/classifiers/bayes_classifier.js');
const root = fileURLToPath(new URL('..', import.meta.url));
const UNREAD = new Set(['hampshire-2017-02-01', 'kirklees-2022-08-18', 'sefton-2019-12-18', 'south-tyneside-2016-04-05']);
const FIRST_SENTENCE_END = /[.!?](?=\s+[A-Z(\u2018'"]|\s*$)/;
const firstSentenceEnd = (text) => { const end = FIRST_SENTENCE_END.exec(text); return end ? end.index + 1 : text.length; };
const FIRST_CLAUSE_END = /[,;:\u2013\u2014(]|\.(?=\s|$)/;
const KIND = { 'key-strengths': 'strengths', strengths: 'strengths', 'areas-for-improvement': 'improve', 'what-needs-to-improve': 'improve', 'priority-actions': 'improve', 'main-findings': 'main', report: 'main', challenge: 'main' };
const isWord = (word) => !stopwords.has(word) && !/^\d+$/.test(word);

// ---- the units, read once
const { tagger } = defaultRules();
const themeIds = [...new Set(tagger.kinds.theme.map((index) => tagger.rules[index].path[0]))];
function findingOf(text, section, themes, context) {
  const tokens = tokenize(text);
  const all = applyAll(tagger, 'theme', text, tokens, context);
  const results = {};
  for (const result of all) {
    const id = tagger.rules.find((compiled) => compiled.rule === result.rule).path[0];
    const known = results[id] ?? { fired: false, mentions: [] };
    known.fired ||= result.tag !== null;
    known.mentions.push(...result.mentions);
    results[id] = known;
  }
  const excluded = {};
  for (const id of themeIds) { const why = exclusionOf(tagger, text, tokens, context, id); if (why) excluded[id] = why; }
  return { text, section, themes, tokens, results, excluded, fired: new Set(Object.entries(results).filter(([, r]) => r.fired).map(([id]) => id)) };
}
const units = [];
const goldDir = join(root, 'fixtures/gold/dev');
for (const name of readdirSync(goldDir).map((file) => /^([a-z-]+-\d{4}-\d{2}-\d{2})\.json$/.exec(file)?.[1]).filter((name) => name && !UNREAD.has(name)).sort()) {
  const parsed = await parseFile(join(root, `fixtures/letters/${name}.pdf`), { includeText: true, model: false });
  const context = letterContext(tagger, parsed.text, parsed.letter.theme);
  units.push({ name, kind: 'letter', findings: JSON.parse(readFileSync(join(goldDir, `${name}.json`), 'utf8')).findings.map((f) => findingOf(f.text, f.section, f.themes, context)) });
}
const reportDir = join(root, 'fixtures/gold/reports');
for (const file of readdirSync(reportDir).filter((file) => /^[a-z0-9-]+\.json$/.test(file)).sort()) {
  const gold = JSON.parse(readFileSync(join(reportDir, file), 'utf8'));
  if (gold.round !== undefined) throw new Error(`${file} is a held-out round: not read here`);
  const { text } = await extract(await readSource(join(root, `fixtures/not-letters/${gold.report}.pdf`)));
  const context = letterContext(tagger, text.text, null);
  units.push({ name: gold.report, kind: 'report', findings: gold.paragraphs.map((p) => findingOf(p.text, 'report', p.themes, context)) });
}
for (const file of ['themes.yaml', 'themes-paraphrase.yaml']) {
  const { items } = parseYaml(readFileSync(join(root, 'fixtures/gold/challenge', file), 'utf8'));
  units.push({ name: file, kind: 'challenge', findings: items.map((item) => findingOf(item.text, 'challenge', item.themes, undefined)) });
}
if (process.argv.includes('--sealed')) {
  for (const round of [7, 8, 9]) {
    const { items } = parseYaml(readFileSync(join(root, 'fixtures/gold/challenge', `sealed-round${round}.yaml`), 'utf8'));
    units.push({ name: `sealed-round${round}`, kind: 'sealed', findings: items.map((item) => findingOf(item.text, item.style === 'bullet' ? (/strength/i.test(item.section ?? '') ? 'key-strengths' : 'what-needs-to-improve') : 'main-findings', item.themes, undefined)) });
  }
}
// `--every`: the sealed sets r7-r10 as dev units, and, scored pooled only (never listed, never trained on), the four
// unread letters and the reports' held-out rounds 3-6 (issue 9, forty-first step, helper 9ax).
const EVERY = process.argv.includes('--every');
const sealedOf = (round) => {
  const { items } = parseYaml(readFileSync(join(root, 'fixtures/gold/challenge', `sealed-round${round}.yaml`), 'utf8'));
  return { name: `sealed-round${round}`, kind: 'sealed', findings: items.map((item) => findingOf(item.text, item.style === 'bullet' ? (/strength/i.test(item.section ?? '') ? 'key-strengths' : 'what-needs-to-improve') : 'main-findings', item.themes, undefined)) };
};
if (EVERY) {
  for (const round of [7, 8, 9, 10]) units.push(sealedOf(round));
  for (const name of [...UNREAD].sort()) {
    const parsed = await parseFile(join(root, `fixtures/letters/${name}.pdf`), { includeText: true, model: false });
    const context = letterContext(tagger, parsed.text, parsed.letter.theme);
    units.push({ name, kind: 'hidden-letter', findings: JSON.parse(readFileSync(join(goldDir, `${name}.json`), 'utf8')).findings.map((f) => findingOf(f.text, f.section, f.themes, context)) });
  }
  for (const file of readdirSync(reportDir).filter((file) => /^[a-z0-9-]+\.round[3-6]\.json$/.test(file)).sort()) {
    const gold = JSON.parse(readFileSync(join(reportDir, file), 'utf8'));
    const { text } = await extract(await readSource(join(root, `fixtures/not-letters/${gold.report}.pdf`)));
    const context = letterContext(tagger, text.text, null);
    units.push({ name: file.replace(/\.json$/, ''), kind: 'hidden-report', findings: gold.paragraphs.map((p) => findingOf(p.text, 'report', p.themes, context)) });
  }
}
const SEALED = units.filter((u) => u.kind === 'sealed').map((u) => u.name);
const LETTERS = units.filter((u) => u.kind === 'letter').map((u) => u.name);
const REPORTS = units.filter((u) => u.kind === 'report').map((u) => u.name);
const CHALLENGE = units.filter((u) => u.kind === 'challenge').map((u) => u.name);
const byName = new Map(units.map((u) => [u.name, u]));
const POOLS = {
  letters: (name) => LETTERS.filter((n) => n !== name),
  'letters + reports': (name) => [...LETTERS, ...REPORTS].filter((n) => n !== name),
  'letters + reports + challenge': (name) => [...LETTERS, ...REPORTS, ...CHALLENGE].filter((n) => n !== name),
  'letters + sealed': (name) => [...LETTERS, ...SEALED].filter((n) => n !== name),
  'letters + reports + sealed': (name) => [...LETTERS, ...REPORTS, ...SEALED].filter((n) => n !== name),
};

// ---- features: the shipped ones (stems, the rules fired, a bias) and the tries'
function featuresOf(f, o) {
  const features = new Set(['(bias)']);
  const words = f.tokens.filter((t) => isWord(t.word));
  for (const t of words) features.add(o.tokens ? t.word : t.stem);
  if (o.bigrams) for (let i = 0; i + 1 < f.tokens.length; i++) if (isWord(f.tokens[i].word) || isWord(f.tokens[i + 1].word)) features.add(`${f.tokens[i].stem}_${f.tokens[i + 1].stem}`);
  if (o.section) features.add(`section:${KIND[f.section] ?? f.section}`);
  if (o.firstClause) { const m = FIRST_CLAUSE_END.exec(f.text); const end = m ? m.index : f.text.length; for (const t of words) if (t.start < end) features.add(`first clause:${t.stem}`); }
  if (o.firstSentence) { const end = firstSentenceEnd(f.text); for (const t of words) if (t.start < end) features.add(`first sentence:${t.stem}`); }
  for (const [id, r] of Object.entries(f.results)) {
    if (r.fired) features.add(`(rule fired: ${id})`);
    if (o.otherRules && r.fired) features.add(`fired:${id}`);
    if (o.mentions) {
      if (r.mentions.some((m) => m.status === 'counted')) features.add(`counted:${id}`);
      if (r.mentions.some((m) => m.status !== 'counted')) features.add(`not counted:${id}`);
      if (r.mentions.some((m) => m.role === 'aside')) features.add(`aside:${id}`);
    }
  }
  return [...features];
}
/** The theme's own rule's mentions ("own"): always read by its model when the try says so. */
function ownOf(f, id, o) {
  if (!o.own) return [];
  const r = f.results[id];
  const out = [];
  if (!r) out.push('(own none)');
  else {
    const counted = r.mentions.filter((m) => m.status === 'counted');
    out.push(counted.length === 0 ? '(own uncounted)' : counted.length === 1 ? '(own once)' : '(own more)');
    if (r.mentions.some((m) => m.status === 'excluded')) out.push('(own excluded)');
    if (r.mentions.some((m) => m.status === 'passing')) out.push('(own passing)');
    if (counted.some((m) => m.span[0] < firstSentenceEnd(f.text))) out.push('(own first)');
  }
  return o.ownOnly ? out.filter((x) => o.ownOnly.includes(x)) : out;
}
const selectable = (feature) => !feature.startsWith('(');
/** The selectable features that best tell the theme's findings from the others (chi-squared on presence), as learned-train.ts selects stems. */
function select(examples, id, o) {
  const inAll = new Map(); const inYes = new Map(); let yes = 0;
  for (const e of examples) {
    const positive = e.f.themes.includes(id); if (positive) yes++;
    for (const x of e.features) { if (!selectable(x)) continue; inAll.set(x, (inAll.get(x) ?? 0) + 1); if (positive) inYes.set(x, (inYes.get(x) ?? 0) + 1); }
  }
  const n = examples.length; const scored = [];
  for (const [x, all] of inAll) {
    if (all < o.minFindings) continue;
    const a = inYes.get(x) ?? 0, b = all - a, c = yes - a, d = n - yes - b;
    const den = (a + b) * (c + d) * (a + c) * (b + d);
    scored.push([x, den === 0 ? 0 : (n * (a * d - b * c) ** 2) / den]);
  }
  scored.sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1));
  return new Set(scored.slice(0, o.stems).map(([x]) => x));
}
const labelFeatures = (e, id, chosen, o) => [...e.features.filter((x) => (selectable(x) ? chosen.has(x) : x === '(bias)' || x === `(rule fired: ${id})`)), ...ownOf(e.f, id, o)];
function train(examples, id, o) {
  const chosen = select(examples, id, o);
  const classifier = o.bayes ? new Bayes() : new LogisticRegression();
  for (const e of examples) if (!(o.onlyUnfired && e.f.fired.has(id))) classifier.addDocument(labelFeatures(e, id, chosen, o), e.f.themes.includes(id) ? 'yes' : 'no');
  classifier.train();
  return (e) => {
    const scores = classifier.getClassifications(labelFeatures(e, id, chosen, o));
    const [yes, no] = ['yes', 'no'].map((label) => scores.find((s) => s.label === label)?.value ?? 0);
    return yes + no === 0 ? 0 : yes / (yes + no);
  };
}
/** Each tested unit's scores per theme, the models trained on its pool. */
function scoresOf(o, ids, pool) {
  const examples = new Map(units.map((u) => [u.name, u.findings.map((f) => ({ f, features: featuresOf(f, o) }))]));
  const out = new Map();
  for (const name of [...LETTERS, ...REPORTS, ...SEALED]) {
    const trainOn = POOLS[pool](name).flatMap((n) => examples.get(n));
    const per = {};
    for (const id of ids) { const score = train(trainOn, id, o); per[id] = examples.get(name).map(score); }
    out.set(name, per);
  }
  return out;
}

// ---- counting
const zero = () => ({ tp: 0, fp: 0, fn: 0 });
const f1 = (c) => (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
const fmt = (c) => `${f1(c).toFixed(4)} (${c.tp}/${c.fp}/${c.fn})`;
/** Counts per unit and theme; `thresholds`: id -> add threshold (the rules' theme stays; an excluded theme is never added). */
function countsOf(scores, thresholds) {
  const byUnit = new Map();
  for (const [name, per] of scores) {
    const byTheme = new Map();
    byName.get(name).findings.forEach((f, i) => {
      const got = new Set(f.fired);
      for (const [id, add] of Object.entries(thresholds)) if (add !== null && !f.fired.has(id) && !f.excluded[id] && per[id][i] >= add) got.add(id);
      const want = new Set(f.themes);
      for (const id of new Set([...want, ...got])) { const c = byTheme.get(id) ?? zero(); if (got.has(id) && want.has(id)) c.tp++; else if (got.has(id)) c.fp++; else c.fn++; byTheme.set(id, c); }
    });
    byUnit.set(name, byTheme);
  }
  return byUnit;
}
const total = (counts, names, theme = null) => names.reduce((s, n) => { for (const [id, c] of counts.get(n) ?? []) if (theme === null || id === theme) { s.tp += c.tp; s.fp += c.fp; s.fn += c.fn; } return s; }, zero());
const GRID = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95];
const SHIPPED = { assessment: 0.9, 'joint-working': 0.9 };
/** Nested: each unit takes, per theme, the add threshold (or none) that scores best on every other unit, the other themes as the rules give them. */
function nested(scores, names) {
  const rules = countsOf(scores, {});
  const per = new Map(themeIds.map((id) => [id, new Map(GRID.map((t) => [t, countsOf(scores, { [id]: t })]))]));
  const all = [...LETTERS, ...REPORTS];
  const choose = (on) => {
    const base = total(rules, on); const choice = {};
    for (const id of themeIds) {
      const own = total(rules, on, id); let best = null; let bestF = f1(base);
      for (const t of GRID) { const c = total(per.get(id).get(t), on, id); const f = f1({ tp: base.tp - own.tp + c.tp, fp: base.fp - own.fp + c.fp, fn: base.fn - own.fn + c.fn }); if (f > bestF + 1e-9) [best, bestF] = [t, f]; }
      if (best !== null) choice[id] = best;
    }
    return choice;
  };
  const sum = names.reduce((s, n) => { const choice = choose(all.filter((x) => x !== n)); for (const id of new Set([...themeIds, ...(rules.get(n)?.keys() ?? [])])) { const c = total(choice[id] !== undefined ? per.get(id).get(choice[id]) : rules, [n], id); s.tp += c.tp; s.fp += c.fp; s.fn += c.fn; } return s; }, zero());
  return { sum, onAll: choose(all) };
}

const defaults = { minFindings: 3, stems: 25 };
if (EVERY) {
  // Every theme modelled; each unit scored by models trained on a pool without it; per theme an add threshold (a theme
  // the rules missed and nothing excluded) and a drop threshold (a rule's theme taken away) chosen by nested
  // leave-one-unit-out over the dev units (the 9 letters, reports 1-2, r7-r10), never on the unit scored. The hidden
  // units (the four unread letters, report rounds 3-6) take the thresholds chosen on every dev unit and are printed pooled only.
  const HIDDEN_LETTERS = units.filter((u) => u.kind === 'hidden-letter').map((u) => u.name);
  const HIDDEN_REPORTS = units.filter((u) => u.kind === 'hidden-report').map((u) => u.name);
  const DEV = [...LETTERS, ...REPORTS, ...SEALED];
  const SCORED = [...DEV, ...HIDDEN_LETTERS, ...HIDDEN_REPORTS];
  const ADD = [null, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95];
  const DROP = [null, 0.02, 0.05, 0.1, 0.2, 0.3];
  const POOL = {
    letters: [...LETTERS, ...HIDDEN_LETTERS],
    'letters + sealed': [...LETTERS, ...HIDDEN_LETTERS, ...SEALED],
    'letters + reports + sealed': [...LETTERS, ...HIDDEN_LETTERS, ...REPORTS, ...SEALED],
    sealed: SEALED,
  };
  const everyScores = (o, pool) => {
    const examples = new Map(units.map((u) => [u.name, u.findings.map((f) => ({ f, features: featuresOf(f, o) }))]));
    const out = new Map();
    for (const name of SCORED) {
      const trainOn = POOL[pool].filter((n) => n !== name).flatMap((n) => examples.get(n));
      const per = {};
      for (const id of themeIds) { const score = train(trainOn, id, o); per[id] = examples.get(name).map(score); }
      out.set(name, per);
    }
    return out;
  };
  /** Counts per unit and theme with per-theme { add, drop } (a missing theme: the rules' decision). */
  const counts2 = (scores, th) => {
    const byUnit = new Map();
    for (const [name, per] of scores) {
      const byTheme = new Map();
      byName.get(name).findings.forEach((f, i) => {
        const got = new Set(f.fired);
        for (const [id, t] of Object.entries(th)) {
          const s = per[id]?.[i];
          if (s === undefined) continue;
          if (t.add !== null && !f.fired.has(id) && !f.excluded[id] && s >= t.add) got.add(id);
          if (t.drop !== null && f.fired.has(id) && s < t.drop) got.delete(id);
        }
        const want = new Set(f.themes);
        for (const id of new Set([...want, ...got])) { const c = byTheme.get(id) ?? zero(); if (got.has(id) && want.has(id)) c.tp++; else if (got.has(id)) c.fp++; else c.fn++; byTheme.set(id, c); }
      });
      byUnit.set(name, byTheme);
    }
    return byUnit;
  };
  const nested2 = (scores, { drop, on }) => {
    const rules = counts2(scores, {});
    const combos = [];
    for (const add of ADD) for (const d of drop ? DROP : [null]) if (add !== null || d !== null) combos.push({ add, drop: d });
    const per = new Map(themeIds.map((id) => [id, combos.map((t) => [t, counts2(scores, { [id]: t })])]));
    const choose = (names) => {
      const base = total(rules, names); const choice = {};
      for (const id of themeIds) {
        const own = total(rules, names, id); let best = null; let bestF = f1(base);
        for (const [t, c0] of per.get(id)) { const c = total(c0, names, id); const f = f1({ tp: base.tp - own.tp + c.tp, fp: base.fp - own.fp + c.fp, fn: base.fn - own.fn + c.fn }); if (f > bestF + 1e-9) [best, bestF] = [t, f]; }
        if (best !== null) choice[id] = best;
      }
      return choice;
    };
    const result = new Map();
    const choices = new Map();
    const onAll = choose(on(null));
    for (const n of SCORED) {
      const choice = DEV.includes(n) ? choose(on(n)) : onAll;
      choices.set(n, choice);
      const byTheme = new Map();
      for (const id of new Set([...themeIds, ...(rules.get(n)?.keys() ?? [])])) byTheme.set(id, total(choice[id] !== undefined ? per.get(id).find(([t]) => t === choice[id])[1] : rules, [n], id));
      result.set(n, byTheme);
    }
    return { result, onAll, choices };
  };
  const head = ['nine letters', 'reports 1-2', 'r7-r10 pooled', 'r7', 'r8', 'r9', 'r10', 'unread letters', 'rounds 3-6'];
  console.log(`${'design'.padEnd(62)} ${head.map((h, i) => h.padEnd(i < 3 || i > 6 ? 22 : 7)).join(' ')}`);
  const row = (name, c) => console.log(`${name.padEnd(62)} ${[fmt(total(c, LETTERS)), fmt(total(c, REPORTS)), fmt(total(c, SEALED))].map((x) => x.padEnd(22)).join(' ')} ${SEALED.map((n) => f1(total(c, [n])).toFixed(3).padEnd(7)).join(' ')} ${fmt(total(c, HIDDEN_LETTERS)).padEnd(22)} ${fmt(total(c, HIDDEN_REPORTS))}`);
  row('rules alone', counts2(new Map(SCORED.map((n) => [n, {}])), {}));
  if (process.env.SHIPPED !== '0') {
    const examples = new Map(units.map((u) => [u.name, u.findings.map((f) => ({ f, features: featuresOf(f, defaults) }))]));
    const scores = new Map(SCORED.map((name) => {
      const trainOn = POOL.letters.filter((n) => n !== name).flatMap((n) => examples.get(n));
      return [name, Object.fromEntries(Object.keys(SHIPPED).map((id) => { const score = train(trainOn, id, defaults); return [id, examples.get(name).map(score)]; }))];
    }));
    row("today's layer (13 letters, assessment and joint working at 0.9)", counts2(scores, Object.fromEntries(Object.entries(SHIPPED).map(([id, add]) => [id, { add, drop: null }]))));
  }
  const DESIGNS = (process.env.DESIGNS ?? 'base').split(',');
  const OPTS = {
    base: {},
    bigrams: { bigrams: true },
    section: { section: true },
    mentions: { mentions: true, otherRules: true },
    own: { own: true },
    all: { bigrams: true, section: true, mentions: true, otherRules: true, own: true },
    all50: { bigrams: true, section: true, mentions: true, otherRules: true, own: true, stems: 50 },
    bayes: { bayes: true },
    allbayes: { bigrams: true, section: true, mentions: true, otherRules: true, own: true, bayes: true },
  };
  const POOLS_RUN = (process.env.POOLS ?? 'letters + reports + sealed').split(',');
  const onEvery = (n) => DEV.filter((x) => x !== n);
  const onSealed = (n) => SEALED.filter((x) => x !== n);
  for (const d of DESIGNS) for (const pool of POOLS_RUN) {
    const t0 = Date.now();
    const scores = everyScores({ ...defaults, ...OPTS[d] }, pool);
    for (const [label, drop, on] of [['add', false, onEvery], ['add + drop', true, onEvery], ['add, chosen on sealed', false, onSealed]]) {
      const { result, onAll } = nested2(scores, { drop, on });
      row(`${d} [${pool}] ${label}`, result);
      if (process.env.CHOICE) console.log(`   chosen on every dev unit: ${Object.entries(onAll).map(([id, t]) => `${id} ${t.add ?? '-'}/${t.drop ?? '-'}`).join(', ')}`);
    }
    console.error(`(${d} [${pool}]: ${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  }
  process.exit(0);
}
if (process.argv.includes('--sealed')) {
  const rulesAlone = countsOf(new Map([...LETTERS, ...REPORTS, ...SEALED].map((n) => [n, {}])), {});
  console.log(`${'shipped two models (add at 0.9), trained on'.padEnd(44)} ${'nine letters'.padEnd(22)} ${'reports 1-2'.padEnd(22)} ${'r7 + r8 + r9'.padEnd(22)} each sealed set`);
  const row = (name, c) => console.log(`${name.padEnd(44)} ${fmt(total(c, LETTERS)).padEnd(22)} ${fmt(total(c, REPORTS)).padEnd(22)} ${fmt(total(c, SEALED)).padEnd(22)} ${SEALED.map((n) => fmt(total(c, [n]))).join('  ')}`);
  row('rules alone', rulesAlone);
  for (const pool of ['letters', 'letters + sealed', 'letters + reports', 'letters + reports + sealed']) row(pool, countsOf(scoresOf(defaults, Object.keys(SHIPPED), pool), SHIPPED));
  process.exit(0);
}
if (process.argv.includes('--leadership')) {
  const designs = [
    ['shipped', []],
    ['+ leadership, stems only', [{}]],
    ['+ leadership reading its mentions (07bf4ce)', [{ own: true, ownOnly: ['(own once)', '(own first)'] }]],
    ['  the same, every own feature', [{ own: true }]],
    ...[15, 20, 30, 40].map((stems) => [`  the same, ${stems} stems`, [{ own: true, stems }]]),
  ];
  const shipped = scoresOf(defaults, Object.keys(SHIPPED), 'letters');
  console.log(`${'design'.padEnd(50)} ${'nine letters'.padEnd(22)} reports rounds 1-2     leadership (letters; reports)`);
  for (const [name, extra] of designs) {
    const scores = new Map([...shipped].map(([n, per]) => [n, { ...per }]));
    const thresholds = { ...SHIPPED };
    for (const o of extra) { const s = scoresOf({ ...defaults, ...o }, ['leadership-governance'], 'letters'); for (const [n, per] of s) scores.get(n)['leadership-governance'] = per['leadership-governance']; thresholds['leadership-governance'] = 0.9; }
    const c = countsOf(scores, thresholds);
    const lead = (names) => { const k = total(c, names, 'leadership-governance'); return `${k.tp}/${k.fp}/${k.fn}`; };
    console.log(`${name.padEnd(50)} ${fmt(total(c, LETTERS)).padEnd(22)} ${fmt(total(c, REPORTS)).padEnd(22)} ${lead(LETTERS)}; ${lead(REPORTS)}`);
  }
  process.exit(0);
}
const TRIES = [
  ['shipped: letters, stems, rule fired', 'letters', {}],
  ['+ the reports', 'letters + reports', {}],
  ['+ the reports and challenge sets', 'letters + reports + challenge', {}],
  ['word bigrams', 'letters', { bigrams: true }],
  ['section kind', 'letters', { section: true }],
  ['first clause apart', 'letters', { firstClause: true }],
  ['first sentence apart', 'letters', { firstSentence: true }],
  ['other themes fired', 'letters', { otherRules: true }],
  ['every theme\'s mentions: counted, not counted, aside', 'letters', { mentions: true }],
  ['own rule\'s mentions', 'letters', { own: true }],
  ['  the same + the reports', 'letters + reports', { own: true }],
  ['  the same + the reports and challenge sets', 'letters + reports + challenge', { own: true }],
  ['  the same + every theme\'s mentions', 'letters', { own: true, mentions: true }],
  ['  the same, trained only where the rule did not fire', 'letters', { own: true, onlyUnfired: true }],
  ['  the same, 15 stems', 'letters', { own: true, stems: 15 }],
  ['tokens, not stems', 'letters', { tokens: true }],
  ['50 stems', 'letters', { stems: 50 }],
  ['  the same + the reports', 'letters + reports', { stems: 50 }],
  ['trained only where the rule did not fire', 'letters', { onlyUnfired: true }],
  ['natural\'s BayesClassifier', 'letters', { bayes: true }],
];
const rulesAlone = countsOf(new Map([...LETTERS, ...REPORTS].map((n) => [n, {}])), {});
console.log(`${'try'.padEnd(54)} ${'shipped two, nine letters'.padEnd(24)} ${'reports 1-2'.padEnd(22)} ${'every theme, nested: letters'.padEnd(24)} ${'reports 1-2'.padEnd(22)} chosen on all 14`);
console.log(`${'rules alone'.padEnd(54)} ${fmt(total(rulesAlone, LETTERS)).padEnd(24)} ${fmt(total(rulesAlone, REPORTS))}`);
for (const [name, pool, o] of TRIES) {
  const scores = scoresOf({ ...defaults, ...o }, themeIds, pool);
  const shipped = countsOf(scores, SHIPPED);
  const { sum, onAll } = nested(scores, LETTERS);
  const reports = nested(scores, REPORTS).sum;
  console.log(`${name.padEnd(54)} ${fmt(total(shipped, LETTERS)).padEnd(24)} ${fmt(total(shipped, REPORTS)).padEnd(22)} ${fmt(sum).padEnd(24)} ${fmt(reports).padEnd(22)} ${Object.entries(onAll).map(([id, t]) => `${id} ${t}`).join(', ')}`);
}
