#!/usr/bin/env node
// The theme errors against the dev gold, one letter left out at a time (issue 9): every false
// positive and false negative of the rules corrected by a model trained on the other twelve
// letters, each with its finding and a cause read off what the rules made of it. Run after
// `npm run build`: `node tests/theme-errors.mjs` prints the counts per cause and theme;
// `node tests/theme-errors.mjs --list` prints every error too (letter, section, cause, finding);
// `--without a,b` leaves those letters out altogether (not listed, not trained on), so letters kept
// for a final held-out score stay unread while the others' errors are studied.
//
// Causes (mechanical, from the rule's mentions; reading the finding decides finer ones):
// - FP "named, not the point": the rule counted a mention the readers did not take as the point,
//   "in the first sentence" or "only after it"; "a sibling id" when the gold has the neighbouring
//   theme instead (risk-assessment for assessment, children's for parental mental health);
//   "another form of the word" when every counted mention is a form the rule does not write
//   (matched by its stem); "added by the model" for a learned tag.
// - FN "no words of the rule": nothing matched (vocabulary, or a paraphrase); "the letter's deep
//   dive" when that theme is the letter's own; "too light": counted mentions weigh less than the
//   rule needs; "excluded" or "in passing": every mention was taken away.
// A theme counted only after the first sentence is split by what its first counting sentence does
// to the first one, read off its opening words: an example, a cause, a consequence, a contrast, an
// addition, or plain. `--roles` prints, for every practice theme the rules fired (errors or not),
// how often the gold has it by that sentence role: dropping a group pays only below F1/2 (~0.40).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFile, defaultRules } from '../dist/index.js';
import { applyAll, letterContext, tokenize } from '../dist/tag/match.js';
import { correct } from '../dist/tag/learned.js';
import { examplesOf, trainThemeModel, THEME_MODEL_SETTINGS } from '../dist/tag/learned-train.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const goldDir = join(root, 'fixtures/gold/dev');
const without = new Set(process.argv.includes('--without') ? process.argv[process.argv.indexOf('--without') + 1].split(',') : []);
const names = readdirSync(goldDir).filter((name) => /^[a-z-]+-\d{4}-\d{2}-\d{2}\.json$/.test(name)).map((name) => name.replace(/\.json$/, '')).filter((name) => !without.has(name)).sort();
const rules = defaultRules();
const tagger = rules.tagger;
const SIBLING = { assessment: 'risk-assessment', 'risk-assessment': 'assessment', 'children-mental-health': 'parental-mental-health', 'parental-mental-health': 'children-mental-health', exploitation: 'sexual-abuse', 'sexual-abuse': 'exploitation' };
const DEEP_DIVE = { 'sexual-abuse-in-the-family': 'sexual-abuse', 'child-sexual-exploitation': 'exploitation', 'criminal-exploitation': 'exploitation', 'child-exploitation': 'exploitation' };
const SENTENCE_END = /[.;!?](?:\s|$)/;
const HARMS = new Set(['neglect', 'domestic-abuse', 'exploitation', 'sexual-abuse', 'serious-youth-violence', 'children-mental-health', 'parental-mental-health', 'parental-substance-misuse', 'missing-children']);
/** A finding's sentences as [start, end) offsets: a stop followed by a capital (or the end). */
function sentencesOf(text) {
  const ends = [...text.matchAll(/[.!?](?=\s+[A-Z(\u2018'"]|\s*$)/g)].map((m) => m.index + 1);
  if (ends.length === 0 || ends[ends.length - 1] < text.length) ends.push(text.length);
  return ends.map((end, k) => [k === 0 ? 0 : ends[k - 1], end]);
}
/** What a later sentence does to the first, by its opening words. */
function roleOf(sentence) {
  const s = sentence.toLowerCase().replace(/^[\s(]+/, '');
  if (/^(for example|for instance|in one case|in some cases|in a number of cases|one example|an example|in particular|this includes|these include|examples include)\b/.test(s)) return 'example';
  if (/^(this is because|because|this is due|due to|this reflects|as a result of|the reason)\b/.test(s)) return 'cause';
  if (/^(this means|as a result|therefore|consequently|this has led|this leads|this results|this ensures|this helps|this enables|this has resulted|this approach|this has|this is|this provides|this supports|this allows|this contributes|which means|thus|hence)\b/.test(s)) return 'consequence';
  if (/^(however|but|although|despite|nevertheless|while|whilst|in contrast)\b/.test(s)) return 'contrast';
  if (/^(in addition|additionally|also|furthermore|moreover|similarly|likewise|equally)\b/.test(s)) return 'addition';
  return 'plain';
}
/** Where a theme's counted mentions stand: "first sentence", or the role of the first later sentence that holds one. */
function placeOf(text, counted) {
  const sentences = sentencesOf(text);
  const at = (offset) => sentences.findIndex(([start, end]) => offset >= start && offset < end);
  const first = Math.min(...counted.map((m) => at(m.span[0])));
  if (first <= 0) return 'first sentence';
  const [start, end] = sentences[first];
  return `after it: ${roleOf(text.slice(start, end))}`;
}
const roles = new Map();

const letters = [];
for (const name of names) {
  const parsed = await parseFile(join(root, `fixtures/letters/${name}.pdf`), { includeText: true, model: false });
  const findings = JSON.parse(readFileSync(join(goldDir, `${name}.json`), 'utf8')).findings;
  letters.push({ name, text: parsed.text, deepDive: DEEP_DIVE[parsed.letter.theme] ?? parsed.letter.theme, findings, theme: parsed.letter.theme, examples: examplesOf(name, parsed.text, findings, tagger, parsed.letter.theme) });
}

/** The written forms of a rule's phrases, to tell a mention matched only by its stem. */
const writtenForms = new Map();
for (const compiled of tagger.rules) {
  const forms = writtenForms.get(compiled.path[0]) ?? new Set();
  for (const phrase of [...compiled.rule.phrases, ...compiled.rule.acronyms]) forms.add(phrase.toLowerCase());
  for (const pattern of compiled.rule.patterns) forms.add(new RegExp(`^(?:${pattern})$`, 'iu'));
  writtenForms.set(compiled.path[0], forms);
}
const written = (id, match) => [...writtenForms.get(id)].some((form) => (typeof form === 'string' ? form === match.toLowerCase() : form.test(match)));

const errors = [];
for (const letter of letters) {
  const model = trainThemeModel(letters.filter((l) => l !== letter).flatMap((l) => l.examples), THEME_MODEL_SETTINGS, { inputs: '', themeRules: '', letters: letters.length - 1, findings: 0 });
  const context = letterContext(tagger, letter.text, letter.theme);
  letter.findings.forEach((finding, i) => {
    const example = letter.examples[i];
    const results = new Map();
    for (const result of applyAll(tagger, 'theme', finding.text, tokenize(finding.text), context)) {
      const id = tagger.rules.find((compiled) => compiled.rule === result.rule).path[0];
      const known = results.get(id);
      results.set(id, { fired: (known?.fired ?? false) || result.tag !== null, mentions: [...(known?.mentions ?? []), ...result.mentions], needs: result.rule.mentions });
    }
    const fired = new Set([...results].filter(([, r]) => r.fired).map(([id]) => id));
    const learned = new Set();
    for (const score of correct(model, example.features, (id) => example.excluded[id] ?? null)) {
      if (score.effect === 'added') learned.add(score.id);
      if (score.effect === 'dropped') fired.delete(score.id);
    }
    const got = new Set([...fired, ...learned]);
    const want = new Set(finding.themes);
    const firstEnd = SENTENCE_END.exec(finding.text)?.index ?? finding.text.length;
    for (const id of fired) {
      if (HARMS.has(id)) continue;
      const counted = results.get(id).mentions.filter((m) => m.status === 'counted');
      const key = `${placeOf(finding.text, counted)}, ${counted.length > 1 ? 'two or more mentions' : 'one mention'}`;
      const tally = roles.get(key) ?? { right: 0, extra: 0 };
      tally[want.has(id) ? 'right' : 'extra']++;
      roles.set(key, tally);
    }
    for (const id of new Set([...want, ...got])) {
      if (want.has(id) === got.has(id)) continue;
      const result = results.get(id);
      const counted = result?.mentions.filter((m) => m.status === 'counted') ?? [];
      let cause;
      if (got.has(id)) {
        if (learned.has(id)) cause = 'FP added by the model';
        else if (SIBLING[id] && want.has(SIBLING[id])) cause = 'FP a sibling id';
        else if (counted.every((m) => !written(id, m.match) && !m.match.includes(' '))) cause = 'FP another form of the word';
        else cause = counted[0].span[0] < firstEnd ? 'FP named, not the point (first sentence)' : `FP named, not the point (only ${placeOf(finding.text, counted)})`;
      } else if (!result) cause = id === letter.deepDive ? "FN no words of the rule (the letter's deep dive)" : 'FN no words of the rule';
      else if (counted.length > 0) cause = 'FN too light';
      else if (result.mentions.some((m) => m.status === 'excluded')) cause = 'FN excluded';
      else cause = 'FN in passing';
      errors.push({ letter: letter.name, section: finding.section, id, cause, mentions: (result?.mentions ?? []).map((m) => `${m.match} (${m.status})`), text: finding.text });
    }
  });
}

const causes = [...new Set(errors.map((e) => e.cause))].sort();
const ids = [...new Set(errors.map((e) => e.id))].sort();
const countOf = (cause, id) => errors.filter((e) => e.cause === cause && (id === undefined || e.id === id)).length;
console.log(`theme errors, each letter left out: ${errors.filter((e) => e.cause.startsWith('FP')).length} extra, ${errors.filter((e) => e.cause.startsWith('FN')).length} missed`);
for (const cause of causes) {
  const perTheme = ids.map((id) => [id, countOf(cause, id)]).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  console.log(`${cause}: ${countOf(cause)}  ${perTheme.map(([id, n]) => `${id} ${n}`).join(', ')}`);
}
if (process.argv.includes('--roles')) {
  console.log('\npractice themes the rules fired, by where their counted mentions stand (right / extra, share right):');
  for (const [key, { right, extra }] of [...roles].sort()) console.log(`  ${key.padEnd(50)} ${right} / ${extra}  ${(right / (right + extra)).toFixed(2)}`);
}
if (process.argv.includes('--list')) {
  for (const e of errors) console.log(`\n${e.cause} | ${e.id} | ${e.letter} ${e.section}\n  mentions: ${e.mentions.join('; ') || 'none'}\n  ${e.text}`);
}
