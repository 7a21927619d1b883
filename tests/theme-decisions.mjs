#!/usr/bin/env node
// The themes' decisions (not their words) measured by leaving one unit out (issue 9, helper 9ag):
// how many mentions a theme needs, the aside rule, the windows of concepts and near pairs, the deep
// dive's one mention, the learned layer's threshold. Run after `npm run build`.
// The units are the tuned sets only: the nine readable dev letters (the 13 less the four of
// UNREAD_AGENCIES in tests/tagging-quality.test.ts, whose gold is never read), each scored with the
// learned layer trained on the other eight, and report rounds 1-2 (fixtures/gold/reports/<name>.json,
// no round suffix) with the shipped layer. No held-out round is read.
// - `node tests/theme-decisions.mjs`: each option applied to every theme (one global change), then
//   chosen per theme by nested leave-one-unit-out (each unit's themes take the options that score best
//   on all the other units): the figure a per-theme threshold or window has to beat.
// - `--causes`: the shipped decisions' errors, extra and missed, by the decision that made each.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFile, defaultRules } from '../dist/index.js';
import { extract, readSource } from '../dist/extract/index.js';
import { applyAll, letterContext, tokenize } from '../dist/tag/match.js';
import { correct, exclusionOf, featuresOf } from '../dist/tag/learned.js';
import { examplesOf, trainThemeModel, THEME_MODEL_SETTINGS } from '../dist/tag/learned-train.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const UNREAD = new Set(['hampshire-2017-02-01', 'kirklees-2022-08-18', 'sefton-2019-12-18', 'south-tyneside-2016-04-05']);
const DEEP_DIVE = { 'sexual-abuse-in-the-family': 'sexual-abuse', 'child-sexual-exploitation': 'exploitation', 'criminal-exploitation': 'exploitation', 'child-exploitation': 'exploitation' };
const HARMS = new Set(['neglect', 'domestic-abuse', 'exploitation', 'sexual-abuse', 'serious-youth-violence', 'children-mental-health', 'parental-mental-health', 'parental-substance-misuse', 'missing-children']);
const FIRST_SENTENCE_END = /[.!?](?=\s+[A-Z(\u2018'"]|\s*$)/;
const firstSentenceEnd = (text) => { const end = FIRST_SENTENCE_END.exec(text); return end ? end.index + 1 : text.length; };

const { tagger } = defaultRules();
const units = [];
const goldDir = join(root, 'fixtures/gold/dev');
for (const name of readdirSync(goldDir).map((file) => /^([a-z-]+-\d{4}-\d{2}-\d{2})\.json$/.exec(file)?.[1]).filter((name) => name && !UNREAD.has(name)).sort()) {
  const parsed = await parseFile(join(root, `fixtures/letters/${name}.pdf`), { includeText: true, model: false });
  const findings = JSON.parse(readFileSync(join(goldDir, `${name}.json`), 'utf8')).findings;
  const examples = examplesOf(name, parsed.text, findings, tagger, parsed.letter.theme);
  units.push({ name, letter: true, context: letterContext(tagger, parsed.text, parsed.letter.theme), examples, findings: findings.map((f) => ({ text: f.text, section: f.section, themes: f.themes, tokens: tokenize(f.text) })) });
}
for (const unit of units) unit.model = trainThemeModel(units.filter((other) => other !== unit).flatMap((other) => other.examples), THEME_MODEL_SETTINGS, { inputs: '', themeRules: '', letters: units.length - 1, findings: 0 });
const reportDir = join(root, 'fixtures/gold/reports');
for (const file of readdirSync(reportDir).filter((file) => /^[a-z0-9-]+\.json$/.test(file)).sort()) {
  const gold = JSON.parse(readFileSync(join(reportDir, file), 'utf8'));
  if (gold.round !== undefined) throw new Error(`${file} is a held-out round: not read here`);
  const { text } = await extract(await readSource(join(root, `fixtures/not-letters/${gold.report}.pdf`)));
  units.push({ name: gold.report, letter: false, context: letterContext(tagger, text.text, null), model: defaultRules().model, findings: gold.paragraphs.map((p) => ({ text: p.text, section: 'report', themes: p.themes, tokens: tokenize(p.text) })) });
}

/** Every finding's theme results and themes under the tagger as it stands; `keep` may take fired themes away, `addAt` moves the layer's threshold. */
function run({ keep = null, layer = true, addAt = null, deepDive = true } = {}) {
  const rows = [];
  for (const unit of units) {
    const context = deepDive ? unit.context : { ...unit.context, deepDive: null };
    const model = addAt === null ? unit.model : { ...unit.model, labels: unit.model.labels.map((label) => ({ ...label, add: addAt })) };
    for (const finding of unit.findings) {
      const results = new Map();
      for (const result of applyAll(tagger, 'theme', finding.text, finding.tokens, context)) {
        const id = tagger.rules.find((compiled) => compiled.rule === result.rule).path[0];
        const known = results.get(id);
        results.set(id, { fired: (known?.fired ?? false) || result.tag !== null, mentions: [...(known?.mentions ?? []), ...result.mentions], needs: result.rule.mentions });
      }
      const fired = new Set([...results].filter(([id, r]) => r.fired && (!keep || keep(id, r, finding))).map(([id]) => id));
      const learned = new Set();
      if (layer && model) for (const score of correct(model, featuresOf(finding.tokens, fired), (id) => exclusionOf(tagger, finding.text, finding.tokens, context, id))) if (score.effect === 'added') learned.add(score.id);
      rows.push({ unit, finding, results, fired, learned, got: new Set([...fired, ...learned]), want: new Set(finding.themes) });
    }
  }
  return rows;
}

/** A run with the tagger's settings changed for its length. */
function withSettings(change, options) {
  const undo = change();
  try {
    return run(options);
  } finally {
    undo();
  }
}
const asideOthers = (others) => () => { const before = tagger.aside.others; tagger.aside.others = others; return () => { tagger.aside.others = before; }; };
const windows = (field, by) => () => {
  const before = [];
  for (const compiled of tagger.rules) if (compiled.rule.kind === 'theme') for (const entry of compiled.rule[field]) { before.push([entry, entry.within]); entry.within = Math.min(12, Math.max(1, entry.within + by)); }
  return () => { for (const [entry, within] of before) entry.within = within; };
};
const counted = (result) => result.mentions.filter((mention) => mention.status === 'counted');

const zero = () => ({ tp: 0, fp: 0, fn: 0 });
const add = (into, from) => { into.tp += from.tp; into.fp += from.fp; into.fn += from.fn; return into; };
const f1 = (c) => (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
const fmt = (c) => `${f1(c).toFixed(4)} (${c.tp}/${c.fp}/${c.fn})`;
/** counts per unit and theme: Map unit -> Map theme -> {tp, fp, fn} */
function countsOf(rows) {
  const byUnit = new Map();
  for (const row of rows) {
    const byTheme = byUnit.get(row.unit.name) ?? new Map();
    for (const id of new Set([...row.want, ...row.got])) {
      const c = byTheme.get(id) ?? zero();
      if (row.got.has(id) && row.want.has(id)) c.tp++;
      else if (row.got.has(id)) c.fp++;
      else c.fn++;
      byTheme.set(id, c);
    }
    byUnit.set(row.unit.name, byTheme);
  }
  return byUnit;
}
const total = (counts, names, theme = null) => names.reduce((sum, name) => { for (const [id, c] of counts.get(name) ?? []) if (theme === null || id === theme) add(sum, c); return sum; }, zero());
const letters = units.filter((unit) => unit.letter).map((unit) => unit.name);
const reports = units.filter((unit) => !unit.letter).map((unit) => unit.name);

const base = run();
if (process.argv.includes('--causes')) {
  const wide = withSettings(() => { const concepts = windows('concepts', 12)(); const near = windows('near', 4)(); return () => { concepts(); near(); }; });
  const noAside = withSettings(asideOthers(Infinity));
  const tally = new Map();
  base.forEach((row, i) => {
    for (const id of new Set([...row.want, ...row.got])) {
      if (row.want.has(id) === row.got.has(id)) continue;
      const result = row.results.get(id);
      const mentions = result ? counted(result) : [];
      const place = mentions.length > 0 && mentions[0].span[0] < firstSentenceEnd(row.finding.text) ? 'first sentence' : 'later sentence';
      const by = mentions.every((m) => /^concept/.test(m.why ?? '')) ? 'concept' : mentions.every((m) => /^near/.test(m.why ?? '')) ? 'near pair' : 'phrase';
      let cause;
      if (row.learned.has(id)) cause = 'extra: the learned layer added it';
      else if (row.got.has(id) && mentions.reduce((sum, m) => sum + m.weight, 0) < result.needs) cause = "extra: the deep dive's one mention";
      else if (row.got.has(id)) cause = `extra: ${HARMS.has(id) ? 'a harm' : 'a practice theme'} counted ${mentions.length === 1 ? `once (${place}, ${by})` : `twice or more (${place})`}`;
      else if (!result) cause = wide[i].fired.has(id) ? 'missed: a concept or near window' : 'missed: no word of the rule';
      else if (noAside[i].fired.has(id) && result.mentions.some((m) => m.role === tagger.aside.role)) cause = 'missed: the aside rule';
      else if (mentions.length > 0) cause = 'missed: too light for its mentions';
      else if (result.mentions.some((m) => m.status === 'excluded')) cause = 'missed: excluded';
      else cause = wide[i].fired.has(id) ? 'missed: a concept or near window' : `missed: in passing (${[...new Set(result.mentions.map((m) => m.role))].join(', ')})`;
      const key = `${row.unit.letter ? 'letters' : 'reports'} | ${cause}`;
      const entry = tally.get(key) ?? new Map();
      entry.set(id, (entry.get(id) ?? 0) + 1);
      tally.set(key, entry);
    }
  });
  for (const [key, ids] of [...tally].sort()) console.log(`${key}: ${[...ids.values()].reduce((a, b) => a + b, 0)}  ${[...ids].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id, n]) => `${id} ${n}`).join(', ')}`);
  // What one mention is worth by section kind: dropping a cell pays only where it is right less than about F1 / 2.
  const KIND = { 'key-strengths': 'strengths', strengths: 'strengths', 'areas-for-improvement': 'to improve', 'what-needs-to-improve': 'to improve', 'priority-actions': 'to improve', 'main-findings': 'main findings', report: 'report paragraphs' };
  const cells = new Map();
  for (const row of base) {
    for (const id of row.fired) {
      if (HARMS.has(id)) continue;
      const mentions = counted(row.results.get(id));
      const key = `${KIND[row.finding.section] ?? row.finding.section}, ${mentions.length > 1 ? 'twice or more' : 'once'}, ${mentions[0].span[0] < firstSentenceEnd(row.finding.text) ? 'in the first sentence' : 'only later'}`;
      const cell = cells.get(key) ?? { right: 0, extra: 0 };
      cell[row.want.has(id) ? 'right' : 'extra']++;
      cells.set(key, cell);
    }
  }
  console.log('\npractice themes fired, by section kind, mentions and place (right / extra, share right):');
  for (const [key, { right, extra }] of [...cells].sort()) console.log(`  ${key.padEnd(56)} ${right} / ${extra}  ${(right / (right + extra)).toFixed(2)}`);
  process.exit(0);
}

const options = {
  shipped: base,
  'aside others 2': withSettings(asideOthers(2)),
  'aside others 4': withSettings(asideOthers(4)),
  'no aside rule': withSettings(asideOthers(Infinity)),
  'concept windows -1': withSettings(windows('concepts', -1)),
  'concept windows +1': withSettings(windows('concepts', 1)),
  'near windows -1': withSettings(windows('near', -1)),
  'near windows +1': withSettings(windows('near', 1)),
  'one mention after the first sentence not enough': run({ keep: (id, result, finding) => HARMS.has(id) || counted(result).length > 1 || counted(result)[0].span[0] < firstSentenceEnd(finding.text) }),
  'no one-mention rule for the deep dive': run({ deepDive: false }),
  'layer adds at 0.8': run({ addAt: 0.8 }),
  'layer adds at 0.95': run({ addAt: 0.95 }),
  'no learned layer': run({ layer: false }),
};
const counts = Object.fromEntries(Object.entries(options).map(([name, rows]) => [name, countsOf(rows)]));
const themes = [...new Set(base.flatMap((row) => [...row.want, ...row.got]))].sort();
console.log(`${'option, every theme'.padEnd(50)} ${'nine letters'.padEnd(22)} reports rounds 1-2`);
for (const name of Object.keys(options)) console.log(`${name.padEnd(50)} ${fmt(total(counts[name], letters)).padEnd(22)} ${fmt(total(counts[name], reports))}`);

/**
 * Each theme's option chosen on `on` (the units), judged by their pooled micro F1 with every other theme
 * shipped. A theme's tags come from its option's run over every theme: exact for the aside rule (it
 * decides each theme apart), near-exact for windows (one theme's window reaches another only through the
 * aside rule's count of clear themes and the layer's features).
 */
function choose(on, allowed) {
  const shipped = total(counts.shipped, on);
  const choice = new Map();
  for (const id of themes) {
    const own = total(counts.shipped, on, id);
    let best = 'shipped';
    let bestF1 = f1(shipped);
    for (const name of allowed) {
      const changed = add(add(zero(), shipped), total(counts[name], on, id));
      changed.tp -= own.tp; changed.fp -= own.fp; changed.fn -= own.fn;
      if (f1(changed) > bestF1 + 1e-9) [best, bestF1] = [name, f1(changed)];
    }
    choice.set(id, best);
  }
  return choice;
}
/** Nested: each unit of `scored` takes the options chosen on every other unit. */
const nested = (scored, allowed) => scored.reduce((sum, name) => {
  const choice = choose(units.map((unit) => unit.name).filter((other) => other !== name), allowed);
  for (const id of themes) add(sum, total(counts[choice.get(id)], [name], id));
  return sum;
}, zero());
const families = {
  'every option': Object.keys(options).filter((name) => name !== 'shipped'),
  'the aside rule': ['aside others 2', 'aside others 4', 'no aside rule'],
  'concept windows': ['concept windows -1', 'concept windows +1'],
  'near windows': ['near windows -1', 'near windows +1'],
  'one mention after the first sentence': ['one mention after the first sentence not enough'],
};
console.log(`\n${'chosen per theme, each unit left out'.padEnd(50)} ${'nine letters'.padEnd(22)} reports rounds 1-2`);
console.log(`${'shipped'.padEnd(50)} ${fmt(total(counts.shipped, letters)).padEnd(22)} ${fmt(total(counts.shipped, reports))}`);
for (const [family, allowed] of Object.entries(families)) {
  const onAll = [...choose(units.map((unit) => unit.name), allowed)].filter(([, name]) => name !== 'shipped');
  console.log(`${family.padEnd(50)} ${fmt(nested(letters, allowed)).padEnd(22)} ${fmt(nested(reports, allowed))}   chosen on all: ${onAll.map(([id, name]) => `${id} ${name}`).join('; ') || 'none'}`);
}
