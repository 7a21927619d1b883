#!/usr/bin/env node
// Theme recall that carries across writers (issue 9, fifty-first step, helper 9cg). Each sealed set r7-r20 was written by a
// different blind writer; a recall wording learnt from some of them is worth keeping only if it finds the theme in the text of
// a writer it was not learnt from. This harness scores candidate recall features leave one set out: for each held set, the
// feature is FOUND (mined, or adopted) from the other thirteen sets only, then scored on the held set where the built rules
// miss the label: right gained (the gold has the label) and extras added (it has not). It reports each held set and the
// pooled figures, and the in-sample figures (found from all fourteen) beside them, which show how much of a list is fitted.
// Run after `npm run build`: `node tests/theme-recall-carry.mjs [--labels a,b] [--kinds a,b] [--last n] [--show kind] [--cache f]`.
// Since the fifty-second step (helper 9cj) it reads r7-r21 by default (`--last 20` for 9cg's fourteen sets) and scores the
// clause kinds (tests/clause-features.mjs: a theme noun as a judged clause's subject or object, a clause's head verb, a learned
// layer over those features with natural's logistic regression) beside 9cg's; the learned kinds take some minutes each.
// Since the fifty-third step (helper 9cn) it reads r7-r22 and scores event kinds read from the agency role layer (the agency told,
// sent or asked what another knows, as src/tag/roles.ts reads each agency mention's role and cue; `--kinds event-told,...`); the
// rules kept from them (agencies.yaml's `told` and `asked` roles, themes.yaml's `agency-roles`) now tag what they found, so on
// the built rules they add nearly nothing.
// Since the fifty-fourth step (helper 9co) it reads r7-r23 and scores joint working read from events (the agency worked with,
// alongside, involved or brought together, counted or in passing: `--kinds event-with,event-involved,...`) and feedback to
// referrers (`event-feedback`); `--probe kind` lists what a fixed class finds where the rules miss its label, in sample.
// Since the fifty-fifth step (helper 9cv) it reads r7-r24 (the twenty-fourth set made dev).
// Since the fifty-sixth step (helper 9cz) it reads r7-r25 (the twenty-fifth set made dev), and scores the twenty-fifth set's
// causes (`--kinds r25-own-experience,...`, each also on the two-set bar as `r25-...-2sets`; `r25-causes` takes them all).
// Since the fifty-sixth step's readings (helper 9df) it scores the readings three blind readers applied to five codebook questions
// (`--kinds r56-notice-signs,r56-leaders-recognise,r56-fathers,r56-when-to-refer,r56-transfer-agreed-coordinated`).
// Since the fifty-seventh step (helper 9di) it reads r7-r26 (the twenty-sixth set made dev), and scores the twenty-sixth set's
// causes (`--kinds r26-against-a-partner,...`, each also as `r26-...-2sets`; pass `--labels domestic-abuse,...` for the harms).
// Since the fifty-eighth step (helper 9dn) it reads r7-r27 (the twenty-seventh set made dev), and scores the twenty-seventh set's
// causes (`--kinds r27-sexualised-behaviour,...`, each also as `r27-...-2sets`; pass `--labels sexual-abuse,...` for the harms).
// Since the fifty-ninth step (helper 9dt) it reads r7-r28 (the twenty-eighth set made dev), and scores the twenty-eighth set's
// causes (`--kinds r28-case-forum,...`, each also as `r28-...-2sets` and `r28-...-3sets`).
// Since the sixtieth step (helper 9dy) it reads r7-r29 (the twenty-ninth set made dev), and scores the twenty-ninth set's
// causes (`--kinds r29-young-carers,...`, each also as `r29-...-2sets` and `r29-...-3sets`); with `--cache` holding the start's
// tags, a class is scored where the rules before it missed its label.
// Since the sixty-first step (helper 9ee) it reads r7-r30 (the thirtieth set made dev), and scores the thirtieth set's causes
// (`--kinds r30-...`, each also as `r30-...-2sets` and `r30-...-3sets`).
// Since the sixty-second step (helper 9em) it reads r7-r31 (the thirty-first set made dev), and scores the thirty-first set's
// causes (`--kinds r31-...`, each also as `r31-...-2sets` and `r31-...-3sets`); 9er added what 9em left of r31 (voice,
// planning, joint working: `--labels voice-of-the-child,planning,joint-working`, since LABELS does not hold them by default).
// 9ev (sixty-second step) scored helper 9es's readers' question c (what parents, carers or families told inspectors or say:
// `--kinds ev-families-say,ev-families-say-active,ev-families-views,ev-families-both`, each also as `-2sets` and `-3sets`;
// `--ev-shape name` lists every unit a class fires on, + gold has family engagement, * the built rules tag it). Not kept: the
// built rules already tag 42 of the 44 units with the theme it fires on; what it adds is r21-61 and r26-60, two sets only.
// Since the sixty-third step (helper 9ey) it reads r7-r32 (the thirty-second set made dev), and scores the thirty-second set's
// causes (`--kinds r32-...`, each also as `r32-...-2sets` and `r32-...-3sets`).
// Since the sixty-fourth step (helper 9ff) it reads r7-r33 (the thirty-third set made dev) and finishes in minutes: each set's
// built tags and agency events are worked once and kept in a cache keyed by the rules hash, the dist's tagging code and the gold
// file's text (os.tmpdir()/jtai-theme-recall-carry; `--no-tag-cache` to bypass), so a stale cache is never read; a fixed class's
// verdict on a finding is worked once per label and reused by every fold; a mined kind's counts are worked once per label and
// each fold takes the held set's away; the learned kinds (clause-learned*, cooc-learned) run only when named in `--kinds` or
// with `--learned`. Same figures as before on the same build (9ff's report has the diff).
// `--candidate file.mjs` (9ff): score one candidate reading before writing it as a rule. The module's default export (or its
// `candidate`) is a function `(text, item) => ({ add: [theme, ...], remove: [theme, ...] })`, where item holds the finding's
// id, set, words and `tags` (the top-level themes the built rules give it); it is scored on every dev set against the built
// rules' tags: right gained, extras added, right lost, extras taken away, per set (the two newest sets shown apart: r36 and r37), pooled, and leave
// one set out (each theme's change kept for a held set only if it nets positive on the other sets); `--found r32,r33` names the
// sets the reading was written from and adds its figures on the others (the sets that prompted a reading are in sample however
// the folds fall); `--show-hits` lists each unit it changes. Exits 1 when the reading does not carry (left out: net positive,
// extras added and right lost under a third of what it gets right; net positive on more sets than negative), 2 on a bad file.
// Only the sealed sets are read: what a rule does to the letters is tests/tagging-quality.test.ts's to say.
// E.g. `node tests/theme-recall-carry.mjs --candidate /tmp/my-reading.mjs --found r33 --show-hits`. `--list-kinds` lists the kinds.
// Since the sixty-fifth step (helper 9fn) it reads r7-r34 (the thirty-fourth set made dev): the candidate mode shows r33 and r34
// apart as the two newest sets.
// Since the sixty-sixth step (helper 9fw) it reads r7-r35 (the thirty-fifth set made dev): the candidate mode shows r34 and r35
// apart as the two newest sets.
// Since the sixty-seventh step (helper 9gf) it reads r7-r36 (the thirty-sixth set made dev): the candidate mode shows r35 and r36
// apart as the two newest sets.
// Since the sixty-eighth step (helper 9gn) it reads r7-r37 (the thirty-seventh set made dev): the candidate mode shows r36 and r37
// apart as the two newest sets.
// Only the dev sealed sets r7-r37 are read (no held-out set).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { applyAll, defaultRules } from '../dist/index.js';
import { tagText } from '../dist/tag/match.js';
import { clauseRoles, clausesOf, headVerbs, JUDGEMENT } from './clause-features.mjs';
import { createRequire } from 'node:module';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
// The fifty-first step's seven labels (9cg) and performance and quality assurance, which the twenty-first set misses too (9cj).
// 9cg's table: `--last 20 --labels information-sharing,workforce-training,joint-working,family-engagement,risk-assessment,early-help,assessment`.
const LABELS = (opt('--labels') ?? 'information-sharing,workforce-training,joint-working,family-engagement,risk-assessment,early-help,assessment,performance-quality-assurance').split(',');
// `--kinds a,b`: only these kinds (all by default).
const ONLY = opt('--kinds')?.split(',');
const SHOW = opt('--show');
// `--forward`: each set scored with the feature found from the sets written before it only (r9 from r7-r8, ..., r20 from r7-r19),
// as the project meets a new set; r7 and r8 are not scored.
const FORWARD = args.includes('--forward');
// `--last n`: the sets r7 to rn (every dev sealed set: r37 since the sixty-eighth step, by default).
const LAST = Number(opt('--last') ?? 37);
const ROUNDS = Array.from({ length: LAST - 6 }, (_, i) => i + 7);

const rules = defaultRules();
const { tagger } = rules;
const words = (text) => text.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z][a-z'-]*/g) ?? [];
// `--cache file`: the built rules' tags kept between runs while the features change (delete it after a rules change).
const CACHE = opt('--cache');
const cached = CACHE && existsSync(CACHE) ? JSON.parse(readFileSync(CACHE, 'utf8')) : null;
// G (9cn): the agency role layer's reading of events. Each passing mention of an agency, with its role and the cue that gave
// it ("recipient" after "passed ... to", "told", "enquiries of" ...), and the agencies whose work the finding evaluates, by
// sentence: who was told, sent, asked or consulted by whom, read from src/tag/roles.ts's mentions rather than from words.
const cueOf = (why) => why?.match(/"([^"]*)"/)?.[1].toLowerCase() ?? '';
const sentenceEnds = (text) => [...text.matchAll(/[.;!?](\s|$)/g)].map((m) => m.index);
function eventsOf(text) {
  const ends = sentenceEnds(text);
  const sentenceOf = (at) => ends.filter((e) => e < at).length;
  return applyAll(tagger, 'agency', text).flatMap((result) => result.mentions.map((m) => ({
    agency: result.rule.id, status: m.status, role: m.role, cue: cueOf(m.why), sentence: sentenceOf(m.span[0]), span: m.span,
  })));
}
// 9ff: each set's built tags and events, worked once per build and gold file: the cache's name is a hash of the rules hash,
// every dist/**/*.js (tagging reaches past dist/tag: text/sentences.js, render/words.js, segment/layout-rules.js ...), this
// script's own text (eventsOf and cueOf make the cached events) and the gold file's text, so a rules, code or gold change is
// never read stale (8cj). Writing a key's file removes other keys' files for the same gold file written over two days before.
const TAG_CACHE = args.includes('--no-tag-cache') ? null : join(tmpdir(), 'jtai-theme-recall-carry');
const jsUnder = (dir) => readdirSync(dir, { withFileTypes: true })
  .flatMap((entry) => entry.isDirectory() ? jsUnder(join(dir, entry.name)) : entry.name.endsWith('.js') ? [join(dir, entry.name)] : []);
const buildKey = (() => {
  const h = createHash('sha256').update(rules.hash ?? '');
  const dist = join(root, 'dist');
  for (const f of jsUnder(dist).map((path) => path.slice(dist.length + 1).split('\\').join('/')).sort()) h.update(f).update('\0').update(readFileSync(join(dist, f)));
  h.update('\0').update(readFileSync(fileURLToPath(import.meta.url)));
  return h.digest('hex');
})();
const builtOf = (file, text, list) => {
  const key = createHash('sha256').update('theme-recall-carry 1\0').update(buildKey).update('\0').update(text).digest('hex').slice(0, 32);
  const at = TAG_CACHE && join(TAG_CACHE, `${file.replace(/\.yaml$/, '')}-${key}.json`);
  if (at && existsSync(at)) return JSON.parse(readFileSync(at, 'utf8'));
  const built = Object.fromEntries(list.map((item) => [item.id, { themes: tagText(tagger, item.text).themes.map((tag) => tag.path[0]), events: eventsOf(item.text) }]));
  if (at) {
    mkdirSync(TAG_CACHE, { recursive: true });
    writeFileSync(`${at}.${process.pid}`, JSON.stringify(built));
    renameSync(`${at}.${process.pid}`, at);
    // Other builds' files for this gold file go once written over two days ago: the folder is shared by every worktree on the
    // machine, so a newer one may be another build's, still in use (at worst, a build not run for two days tags its sets again).
    const stem = `${file.replace(/\.yaml$/, '')}-`;
    const stale = Date.now() - 2 * 24 * 3600 * 1000;
    for (const old of readdirSync(TAG_CACHE)) {
      const path = join(TAG_CACHE, old);
      if (old.startsWith(stem) && /^[0-9a-f]{32}\.json$/.test(old.slice(stem.length)) && path !== at && statSync(path, { throwIfNoEntry: false })?.mtimeMs < stale) rmSync(path, { force: true });
    }
  }
  return built;
};
const items = [];
for (const round of ROUNDS) {
  const file = `sealed-round${round}.yaml`;
  const text = readFileSync(join(root, 'fixtures/gold/challenge', file), 'utf8');
  const { items: list } = parse(text);
  const built = builtOf(file, text, list);
  for (const item of list) {
    const predicted = new Set(cached ? cached[item.id] : built[item.id].themes);
    items.push({ idx: items.length, set: `r${round}`, id: item.id, text: item.text, words: words(item.text), clauses: clausesOf(item.text), gold: new Set(item.themes), predicted, events: built[item.id].events });
  }
}
if (CACHE && !cached) writeFileSync(CACHE, JSON.stringify(Object.fromEntries(items.map((it) => [it.id, [...it.predicted]]))));
const SETS = ROUNDS.map((r) => `r${r}`);

// The theme's own nouns, from the codebook's row for it (fixed before any set was read; never mined).
const NOUNS = {
  'information-sharing': ['information', 'intelligence', 'record', 'records', 'chronology', 'chronologies', 'feedback', 'details', 'history', 'knowledge', 'minutes', 'outcome', 'outcomes', 'notes'],
  'workforce-training': ['staff', 'practitioners', 'practitioner', 'workers', 'worker', 'workforce', 'team', 'teams', 'caseload', 'caseloads', 'training', 'officers', 'nurses', 'visitors', 'professionals', 'leads', 'recruitment', 'vacancies', 'turnover'],
  'joint-working': ['partners', 'agencies', 'agency', 'professionals', 'services', 'together', 'jointly', 'joint', 'colleagues', 'police', 'health', 'schools', 'school', 'alongside'],
  'family-engagement': ['parents', 'parent', 'carers', 'carer', 'families', 'family', 'mothers', 'mother', 'fathers', 'father', "family's", "parents'"],
  'risk-assessment': ['risk', 'risks', 'harm', 'danger', 'dangers', 'safety', 'vulnerability', 'vulnerable', 'threat', 'concerns', 'worries'],
  'early-help': ['early', 'help', 'prevention', 'preventative', 'preventive', 'support', 'sooner', 'emerging'],
  'assessment': ['assessment', 'assessments', 'assess', 'assessed', 'assessing', 'screening', 'analysis'],
  'performance-quality-assurance': ['audit', 'audits', 'auditing', 'data', 'performance', 'quality', 'assurance', 'dashboard', 'dashboards', 'scorecard', 'reviews', 'learning', 'evaluation', 'monitoring', 'scrutiny', 'evidence'],
};
// A stem-level class of judgement words (fixed, from the brief's example and the letters' usual verdict words).
const JUDGE_STEMS = ['confiden', 'skil', 'train', 'support', 'stretch', 'equip', 'knowledg', 'experien', 'unsure', 'uncertain', 'aware', 'unaware', 'understand', 'understood', 'clear', 'unclear', 'effective', 'ineffective', 'strong', 'weak', 'poor', 'limited', 'inconsisten', 'consisten', 'timel', 'prompt', 'swift', 'quick', 'robust', 'thorough', 'careful', 'detailed', 'regular', 'overwhelm', 'manageab', 'stable', 'unstable', 'good', 'rarely', 'seldom', 'routinely', 'reliabl', 'adept', 'alert', 'attentive', 'capab', 'competen', 'tenacious', 'persisten'];
const stemOf = (w) => JUDGE_STEMS.find((j) => w.startsWith(j));
// A priori pairs of word classes (the brief's "<sharing verb> ... <information noun>"): the practice the theme names, said as an
// action on the theme's object, within 5 words either way. Fixed before any set was read.
const PAIRS = {
  'information-sharing': [['share', 'shared', 'sharing', 'shares', 'pass', 'passed', 'passes', 'passing', 'told', 'tell', 'tells', 'inform', 'informed', 'notify', 'notified', 'know', 'knew', 'known', 'aware', 'hear', 'heard', 'hears', 'reach', 'reached', 'reaches', 'copied', 'sent', 'send', 'receive', 'received', 'receives', 'updated', 'update', 'alerted', 'alert', 'recorded', 'record', 'records', 'written', 'lost', 'held'], ['information', 'intelligence', 'records', 'record', 'chronology', 'chronologies', 'feedback', 'details', 'history', 'knowledge', 'minutes', 'outcome', 'outcomes', 'notes', 'what', 'concerns', 'worries', 'insight', 'picture']],
  'workforce-training': [['staff', 'practitioners', 'practitioner', 'workers', 'workforce', 'team', 'teams', 'officers', 'nurses', 'visitors', 'leads', 'caseload', 'caseloads'], ['training', 'trained', 'learning', 'skilled', 'skills', 'confident', 'confidence', 'experienced', 'inexperienced', 'knowledgeable', 'equipped', 'capacity', 'stretched', 'vacancies', 'turnover', 'recruited', 'recruitment', 'retained', 'retention', 'newly', 'qualified', 'unsure', 'supervised', 'briefed', 'briefings', 'programme', 'sessions', 'workshops']],
  'joint-working': [['together', 'jointly', 'joint', 'alongside', 'closely', 'collaboratively', 'collaboration', 'partnership', 'shared'], ['partners', 'agencies', 'agency', 'professionals', 'services', 'police', 'health', 'schools', 'school', 'colleagues', 'officers', 'nurses', 'workers', 'teams', 'leads']],
  'family-engagement': [['work', 'worked', 'working', 'works', 'engage', 'engaged', 'engagement', 'involve', 'involved', 'listen', 'listened', 'consult', 'consulted', 'explain', 'explained', 'contact', 'contacted', 'visit', 'visited', 'reassure', 'reassured', 'agreement', 'consent', 'speak', 'spoke', 'spoken', 'meet', 'met', 'build', 'built', 'trust', 'relationships', 'relationship', 'persist', 'persistent', 'tenacious', 'included', 'include'], ['parents', 'parent', 'carers', 'carer', 'families', 'family', 'mothers', 'mother', 'fathers', 'father', "family's", "parents'"]],
  'risk-assessment': [['identify', 'identified', 'recognise', 'recognised', 'recognising', 'spot', 'spotted', 'notice', 'noticed', 'noticing', 'weigh', 'weighed', 'judge', 'judged', 'consider', 'considered', 'understand', 'understood', 'missed', 'unnoticed', 'overlooked', 'gauge', 'signs', 'indicators', 'warning'], ['risk', 'risks', 'harm', 'danger', 'dangers', 'safety', 'vulnerability', 'vulnerable', 'threat', 'unsafe', 'abuse', 'exploited', 'groomed', 'hurt', 'injury', 'injuries']],
  'early-help': [['early', 'earlier', 'sooner', 'before', 'prevent', 'prevents', 'prevention', 'preventative', 'emerging', 'first'], ['help', 'support', 'difficulties', 'needs', 'problems', 'signs', 'worries', 'escalate', 'escalating', 'escalation', 'crisis', 'statutory']],
  'performance-quality-assurance': [['audit', 'audits', 'audited', 'data', 'performance', 'quality', 'assurance', 'dashboard', 'scorecard', 'learning', 'evaluation'], ['show', 'shows', 'showed', 'used', 'use', 'analysed', 'analysis', 'monitor', 'monitored', 'monitoring', 'understand', 'understanding', 'evaluate', 'evaluated', 'tested', 'reviewed', 'identify', 'identified', 'inform', 'informed', 'collated', 'scrutiny', 'scrutinised', 'impact', 'improve', 'improved']],
  'assessment': [['assess', 'assessed', 'assessment', 'assessments', 'assessing', 'screening', 'screened', 'analysis', 'analyse', 'analysed', 'evaluate', 'evaluated'], ['needs', 'need', 'family', 'families', 'child', 'children', 'parenting', 'capacity', 'circumstances', 'history', 'development', 'impact']],
};
const STOP = new Set('a an the and or of to in on at by for with from as is are was were be been being this that these those it its their they them there which who whom whose what when where while than then so such not no but if into onto about over under after before also more most less very all any some each other own can could would should may might will shall do does did has have had s'.split(' '));

// The bar a mined wording must meet on the training sets: found in the misses of `sets` sets at least, and more misses than
// `ratio` times the items without the label it would tag (the earlier recall steps' bar: two sets, more right than extra).
let bar = { sets: 2, ratio: 1 };
const passes = (s) => s.sets.size >= bar.sets && s.pos > s.neg * bar.ratio;
const strict = (kind, train, label) => { bar = { sets: 3, ratio: 3 }; try { return kind(train, label); } finally { bar = { sets: 2, ratio: 1 }; } };
const within = (ws, i, n) => ws.slice(Math.max(0, i - n), i + n + 1);
// A fixed cue adopted for the label when it finds more misses than items without the label where the rules miss it over the
// training sets (judge, pair, noun and the fixed clause kinds).
// 9ff: a fixed class's verdict on a finding does not depend on the fold, so it is worked once per kind, label and call (the
// main loop names the kind and label in MEMO before each find) and every fold and the held set's scoring read it back.
const MEMO = { key: null, n: 0, slots: new Map() };
const memoised = (fn) => {
  if (MEMO.key === null) return fn;
  const name = `${MEMO.key}\0${MEMO.n++}`;
  let slot = MEMO.slots.get(name);
  if (!slot) MEMO.slots.set(name, (slot = []));
  return (ws, item) => { let v = slot[item.idx]; if (v === undefined) v = slot[item.idx] = Boolean(fn(ws, item)); return v; };
};
const adopted = (train, label, fn) => {
  const match = memoised(fn);
  let pos = 0;
  let neg = 0;
  for (const item of train) if (!item.predicted.has(label) && match(item.words, item)) item.gold.has(label) ? pos++ : neg++;
  return { match: pos > neg ? match : () => false, kept: pos > neg ? [`adopted (${pos} / ${neg} on training)`] : [`refused (${pos} / ${neg})`] };
};
// 9ff: the mined kinds' keys of a finding (each worked once per finding and label) and their counts over every set where the rules
// miss the label, worked once per label: a fold's counts are the training sets' (the held set's taken away), so the kept keys are
// the ones the per-fold count found (the same order: first met over the items in order), and a held finding matches when one of
// its keys is kept (for the phrases, the same as the run being in its text; for near, the same as a kept word within 5 words of a
// theme noun, the kept words being those keys).
const phraseRuns = [];
const phraseKeys = (item) => {
  if (phraseRuns[item.idx]) return phraseRuns[item.idx];
  const seen = new Set();
  phraseRuns[item.idx] = seen;
  for (let n = 2; n <= 4; n++) for (let i = 0; i + n <= item.words.length; i++) {
    const run = item.words.slice(i, i + n);
    if (run.every((w) => STOP.has(w) || w.length < 3)) continue;
    seen.add(run.join(' '));
  }
  return seen;
};
const nearKeys = (item, label) => {
  const nouns = new Set(NOUNS[label]);
  const seen = new Set();
  item.words.forEach((w, i) => { if (nouns.has(w)) for (const v of within(item.words, i, 5)) if (!STOP.has(v) && !nouns.has(v) && v.length > 2) seen.add(v); });
  return seen;
};
const judgeStemKeys = (item, label) => {
  const nouns = new Set(NOUNS[label]);
  const ws = item.words;
  return new Set(ws.flatMap((w, i) => (nouns.has(w) ? ws.slice(i + 1, i + 5).map(stemOf).filter(Boolean) : [])));
};
const minedStats = new Map();
const minedStat = (keysOf, label) => {
  let byLabel = minedStats.get(keysOf);
  if (!byLabel) minedStats.set(keysOf, (byLabel = new Map()));
  let st = byLabel.get(label);
  if (st) return st;
  const keys = [];
  const keysFor = (item) => keys[item.idx] ?? (keys[item.idx] = keysOf(item, label));
  // only a key found in a miss can pass the bar: the others are not counted (their order would not change the kept list's)
  const inMisses = new Set();
  for (const item of items) if (!item.predicted.has(label) && item.gold.has(label)) for (const k of keysFor(item)) inMisses.add(k);
  const stat = new Map();
  for (const item of items) {
    if (item.predicted.has(label)) continue;
    const pos = item.gold.has(label);
    for (const k of keysFor(item)) {
      if (!inMisses.has(k)) continue;
      let s = stat.get(k);
      if (!s) stat.set(k, (s = { posBy: new Map(), negBy: new Map() }));
      const by = pos ? s.posBy : s.negBy;
      by.set(item.set, (by.get(item.set) ?? 0) + 1);
    }
  }
  st = { stat, keysFor };
  byLabel.set(label, st);
  return st;
};
const mined = (train, label, keysOf) => {
  const { stat, keysFor } = minedStat(keysOf, label);
  const trainSets = new Set(train.map((it) => it.set));
  const kept = [];
  for (const [k, s] of stat) {
    if (s.posBy.size < bar.sets) continue;
    let pos = 0;
    let sets = 0;
    for (const [set, n] of s.posBy) if (trainSets.has(set)) { pos += n; sets++; }
    if (sets < bar.sets) continue;
    let neg = 0;
    for (const [set, n] of s.negBy) if (trainSets.has(set)) neg += n;
    if (passes({ sets: { size: sets }, pos, neg })) kept.push(k);
  }
  const keptSet = new Set(kept);
  return { match: (_, item) => { for (const k of keysFor(item)) if (keptSet.has(k)) return true; return false; }, kept };
};
// Feature kinds: each `find(train, label)` returns a matcher (words -> boolean) and a description, built from `train` only.
const KINDS = {
  // A: a plain phrase list, the 2-4 word runs of the training sets' misses of the label that recur in two sets at least and
  // find more misses than items without the label where the rules miss it (the criterion the earlier recall steps used).
  phrases: (train, label) => mined(train, label, phraseKeys),
  // B: a bounded near pair, the theme's own nouns (fixed) with a partner word mined from the training misses: a word within 5
  // words of a theme noun in two sets' misses at least, the pair finding more misses than items without the label.
  near: (train, label) => mined(train, label, nearKeys),
  // C: a stem-level class of judgement words (fixed) within 4 words after a theme noun (fixed); the training sets only decide
  // whether the label takes the cue at all (it must find more misses than items without the label over the thirteen).
  judge: (train, label) => {
    const nouns = new Set(NOUNS[label]);
    const match = (ws) => ws.some((w, i) => nouns.has(w) && ws.slice(i + 1, i + 5).some((v) => stemOf(v)));
    return adopted(train, label, match);
  },
  // C2: the same class, each judgement stem adopted for the label on its own (two training sets' misses, more misses than
  // items without the label).
  'judge-stems': (train, label) => mined(train, label, judgeStemKeys),
  // D: the a priori pair of word classes for the label (PAIRS), within 5 words either way, adopted for the label when it finds
  // more misses than items without the label over the training sets.
  pair: (train, label) => {
    const [one, two] = PAIRS[label].map((list) => new Set(list));
    const match = (ws) => ws.some((w, i) => one.has(w) && within(ws, i, 5).some((v) => v !== w && two.has(v)));
    return adopted(train, label, match);
  },
  // E (a ceiling, not a candidate): any of the theme's own nouns anywhere in the finding, adopted as D is. What no cue anchored
  // on the theme's words can pass: how many misses hold such a word at all, and how many items without the label do too.
  noun: (train, label) => {
    const nouns = new Set(NOUNS[label]);
    const match = (ws) => ws.some((w) => nouns.has(w));
    return adopted(train, label, match);
  },
};
// F (9cj): the clause reading (tests/clause-features.mjs): one of the label's nouns (fixed) as the subject of a judged predicate
// (`clause-subject`), the object of a judged verb (`clause-object`), or either (`clause`); adopted for the label as judge is.
const roleMatch = (label, roles) => (_, item) => clauseRoles(item.clauses, new Set(NOUNS[label])).some((r) => roles.includes(r.role));
KINDS['clause-subject'] = (train, label) => adopted(train, label, roleMatch(label, ['subject']));
KINDS['clause-object'] = (train, label) => adopted(train, label, roleMatch(label, ['object']));
KINDS.clause = (train, label) => adopted(train, label, roleMatch(label, ['subject', 'object']));
// Each key of a finding (keysOf(item, label)) adopted for the label on its own, on the mined kinds' bar.
const minedKeys = (keysOf) => (train, label) => mined(train, label, keysOf);
// F4: the finding's topic: one of the label's nouns in the subject of the finding's first clause with a verb (what the finding
// is about, where a finding says it first), judged or not.
const topicOf = (item) => { const c = item.clauses.find((cl) => cl.verb > 0); return c ? c.words.slice(0, c.verb) : []; };
KINDS['clause-topic'] = (train, label) => { const nouns = new Set(NOUNS[label]); return adopted(train, label, (_, item) => topicOf(item).some((w) => nouns.has(w))); };
// F5: the practice the theme names as a clause's head verb ("the discussion ... was clearly [recorded]", "risks ... are
// [overlooked]"): a fixed verb class per label (written before any count was read), the clause's head verb in it (`clause-verb`)
// and a judgement in that clause (`clause-verb-judged`); for family engagement the clause must also name a parent. Adopted as judge is.
const VERBS = {
  'information-sharing': ['share', 'shared', 'shares', 'pass', 'passed', 'passes', 'told', 'tell', 'tells', 'inform', 'informed', 'informs', 'notify', 'notified', 'reach', 'reached', 'reaches', 'send', 'sent', 'sends', 'receive', 'received', 'receives', 'record', 'recorded', 'records', 'copied', 'update', 'updated', 'alert', 'alerted', 'circulate', 'circulated', 'exchange', 'exchanged', 'report', 'reported', 'hear', 'heard', 'hears'],
  'risk-assessment': ['identify', 'identified', 'identifies', 'recognise', 'recognised', 'recognises', 'assess', 'assessed', 'consider', 'considered', 'considers', 'review', 'reviewed', 'reconsider', 'reconsidered', 'weigh', 'weighed', 'overlook', 'overlooked', 'miss', 'missed', 'spot', 'spotted', 'notice', 'noticed', 'analyse', 'analysed', 'understand', 'understood', 'escalate', 'escalated', 'manage', 'managed'],
  'workforce-training': ['train', 'trained', 'recruit', 'recruited', 'brief', 'briefed', 'equip', 'equipped', 'stretched', 'overwhelmed', 'retain', 'retained', 'qualified', 'upskilled', 'learn', 'learned', 'learnt', 'attend', 'attended'],
  'joint-working': ['work', 'worked', 'works', 'collaborate', 'collaborated', 'meet', 'met', 'meets', 'liaise', 'liaised', 'consult', 'consulted', 'agree', 'agreed', 'challenge', 'challenged', 'convene', 'convened', 'co-located', 'sit', 'sits', 'sat', 'visit', 'visited', 'plan', 'planned'],
  'family-engagement': ['engage', 'engaged', 'involve', 'involved', 'listen', 'listened', 'consult', 'consulted', 'explain', 'explained', 'reassure', 'reassured', 'include', 'included', 'contact', 'contacted', 'visit', 'visited', 'support', 'supported', 'work', 'worked', 'help', 'helped', 'tell', 'told', 'ask', 'asked', 'speak', 'spoke', 'meet', 'met'],
  'early-help': ['prevent', 'prevented', 'intervene', 'intervened', 'divert', 'diverted', 'offer', 'offered', 'offers', 'escalate', 'escalated', 'step', 'stepped'],
  'assessment': ['assess', 'assessed', 'assesses', 'screen', 'screened', 'analyse', 'analysed', 'evaluate', 'evaluated', 'explore', 'explored', 'consider', 'considered'],
  'performance-quality-assurance': ['audit', 'audited', 'audits', 'monitor', 'monitored', 'monitors', 'evaluate', 'evaluated', 'measure', 'measured', 'track', 'tracked', 'scrutinise', 'scrutinised', 'collate', 'collated', 'analyse', 'analysed', 'review', 'reviewed', 'test', 'tested', 'count', 'counted', 'know', 'knows', 'show', 'shows', 'showed'],
};
const PARENTS = new Set(NOUNS['family-engagement']);
const verbMatch = (label, judged) => (_, item) => headVerbs(item.clauses).some((h) => VERBS[label].includes(h.verb) && (!judged || h.judged) && (label !== 'family-engagement' || h.words.some((w) => PARENTS.has(w))));
KINDS['clause-verb'] = (train, label) => adopted(train, label, verbMatch(label, false));
KINDS['clause-verb-judged'] = (train, label) => adopted(train, label, verbMatch(label, true));
// F6: each clause head verb (any verb, not a fixed class) adopted for the label on its own, on the mined kinds' bar (two training
// sets' misses, more misses than items without the label; `-strict`: three sets, extras under a third).
const verbKeys = (item) => new Set(headVerbs(item.clauses).map((h) => h.verb));
KINDS['clause-verb-mined'] = minedKeys(verbKeys);
KINDS['clause-verb-mined-strict'] = (train, label) => strict(KINDS['clause-verb-mined'], train, label);
// F7: two agencies in one clause, the second after "to", "with" or "from" (one agency's work reaching another's: "the
// paediatrician's findings reached the MASH", "officers contacted his home authority"), by a fixed agency word map written
// before any count was read; for information sharing and joint working, adopted as judge is.
const AGENCY_WORDS = {
  police: ['police', 'officers', 'officer', 'detectives', 'detective', 'constabulary'],
  csc: ['social', 'mash', 'authority', "authority's", 'duty', 'iro', 'conference'],
  health: ['gp', 'gps', 'health', 'hospital', 'paediatrician', "paediatrician's", 'midwife', 'midwives', 'nurse', 'nurses', 'visitor', 'visitors', 'camhs', 'clinicians', 'nhs', 'icb'],
  education: ['school', 'schools', 'college', 'teachers', 'teacher', 'nursery', 'education'],
  probation: ['probation'],
  youth: ['youth'],
  voluntary: ['charity', 'charities', 'voluntary'],
};
const agencyOf = (w) => Object.keys(AGENCY_WORDS).find((a) => AGENCY_WORDS[a].includes(w));
const twoAgencies = (_, item) => item.clauses.some(({ words }) => {
  const first = words.findIndex((w) => agencyOf(w));
  if (first < 0) return false;
  return words.some((w, k) => k > first + 1 && /^(to|with|from)$/.test(words[k - 1] === 'the' ? words[k - 2] : words[k - 1]) && agencyOf(w) && agencyOf(w) !== agencyOf(words[first]));
});
KINDS['clause-agencies'] = (train, label) => (['information-sharing', 'joint-working'].includes(label) ? adopted(train, label, twoAgencies) : { match: () => false, kept: ['not this label'] });
// F2: each (role, noun, judgement) of the clause reading adopted for the label on its own, on the mined kinds' bar.
const judgementOf = (w) => JUDGEMENT.find((j) => w.startsWith(j));
const clauseKeys = (item, label) => new Set(clauseRoles(item.clauses, new Set(NOUNS[label])).flatMap((r) => r.judged.map((j) => `${r.role} ${r.noun} ${judgementOf(j)}`)));
KINDS['clause-mined'] = minedKeys(clauseKeys);
// F3: a small learned layer over the clause features (natural's LogisticRegressionClassifier, as src/tag/learned-train.ts uses
// it), trained per label on the training sets' items where the rules miss the label; it adds the label past the lowest of the
// thresholds 0.5-0.9 whose precision on the training items is 0.75 or more (the bar's extras under a third), else never.
const requireCjs = createRequire(import.meta.url);
const LR = requireCjs('natural/lib/natural/classifiers/logistic_regression_classifier.js');
// `lean`: the roles and judgement classes only (no noun, no verb word), fewer features to fit the training writers' words.
// `cooc`: the lean features and the themes the rules gave the finding (a finding's other themes say what it is about).
const clauseFeatures = (item, label, lean, cooc) => {
  const f = new Set(['(bias)']);
  if (cooc) for (const t of item.predicted) f.add(`fired ${t}`);
  if (cooc === 'only') return [...f];
  for (const r of clauseRoles(item.clauses, new Set(NOUNS[label]))) {
    f.add(`role ${r.role}`);
    if (!lean) { f.add(`${r.role} ${r.noun}`); f.add(`verb ${r.verb}`); }
    for (const j of r.judged) { if (!lean) f.add(`judged ${judgementOf(j)}`); f.add(`${r.role} judged ${judgementOf(j)}`); }
  }
  return [...f];
};
const learned = (lean, cooc) => (train, label) => {
  const pool = train.filter((it) => !it.predicted.has(label));
  if (!pool.some((it) => it.gold.has(label))) return { match: () => false, kept: ['no positive'] };
  const lr = new LR();
  for (const it of pool) lr.addDocument(clauseFeatures(it, label, lean, cooc), it.gold.has(label) ? 'yes' : 'no');
  lr.train();
  const yes = (it) => { const c = lr.getClassifications(clauseFeatures(it, label, lean, cooc)); const y = c.find((x) => x.label === 'yes')?.value ?? 0; const n = c.find((x) => x.label === 'no')?.value ?? 0; return y / (y + n || 1); };
  const scores = pool.map((it) => [yes(it), it.gold.has(label)]);
  const t = [0.5, 0.6, 0.7, 0.8, 0.9].find((th) => { const hit = scores.filter(([s]) => s >= th); return hit.length > 0 && hit.filter(([, g]) => g).length >= 0.75 * hit.length; });
  return t === undefined ? { match: () => false, kept: ['no threshold'] } : { match: (_, it) => yes(it) >= t, kept: [`threshold ${t}`] };
};
KINDS['clause-mined-strict'] = (train, label) => strict(KINDS['clause-mined'], train, label);
KINDS['clause-learned'] = learned(false);
KINDS['clause-learned-lean'] = learned(true);
KINDS['clause-learned-cooc'] = learned(true, true);
// The rules' other themes alone (no clause feature): what of clause-learned-cooc is the clause reading's.
KINDS['cooc-learned'] = learned(true, 'only');
// The mined kinds again with the bar a kept wording must meet on the training sets raised: three sets, extras under a third.
KINDS['phrases-strict'] = (train, label) => strict(KINDS.phrases, train, label);
KINDS['near-strict'] = (train, label) => strict(KINDS.near, train, label);

// G1 (9cn): an agency that is told, sent, notified, copied in or given what another knows, as the role layer reads it: a
// passing "recipient" whose cue is a verb of telling or passing on (fixed from the codebook's row, written before the counts;
// a referral's cues, "referred to", "referral to", "concerns to", "report to", "escalate to", are the front door's and left out).
const TOLD = /^(tell|tells|telling|told( .*)?|inform\w*( .*)?|notif\w*( .*)?|not (informed|notified)|(rarely|seldom|never) (informed|notified)|alert\w*|(is|are|was|were|be|been) \.\.\. (alerted|made aware)|made aware|unaware .*|know|(share|shares|shared|sharing) \.\.\. with|with \.\.\. shared|pass\w*( on)?( \.\.\.)? to|sen[dt]s?( \.\.\.)? to|communicated( \.\.\.)? to|reach\w*|mentioned to|copied\w*( .*)?|given the outcome)$/;
// G2: the agency asked for what it knows: contacted, called, enquired of, checked with, asked for (information), sought.
const ASKED = /^(contact\w*|call\w*|enquir\w* (of|with)|check\w* with|(is|are|was|were) \.\.\. (asked for|sought|requested))$/;
// G3: the one consulted or a case discussed with: consulted, discussed with, concerns with.
const CONSULTED = /^(consult\w*( .*)?|discussed with|considered with|concerns with)$/;
const eventMatch = (cue) => (_, item) => item.events.some((e) => e.status === 'passing' && e.role === 'recipient' && cue.test(e.cue));
const isLabel = (label, fn) => (train) => (label === 'information-sharing' ? adopted(train, label, fn) : { match: () => false, kept: ['not this label'] });
KINDS['event-told'] = (train, label) => isLabel(label, eventMatch(TOLD))(train);
KINDS['event-asked'] = (train, label) => isLabel(label, eventMatch(ASKED))(train);
KINDS['event-consulted'] = (train, label) => isLabel(label, eventMatch(CONSULTED))(train);
KINDS['event-told-asked'] = (train, label) => isLabel(label, (w, item) => eventMatch(TOLD)(w, item) || eventMatch(ASKED)(w, item))(train);
// G4: two different agencies evaluated in one sentence with a verb of exchanging what they know between them ("the police and
// schools do not share what they know", "health and social care exchange updates").
const EXCHANGE = new Set(['share', 'shares', 'shared', 'sharing', 'exchange', 'exchanges', 'exchanged', 'exchanging', 'swap', 'swaps', 'swapped', 'pass', 'passes', 'passed', 'tell', 'tells', 'told', 'inform', 'informs', 'informed', 'notify', 'notifies', 'notified', 'update', 'updates', 'updated']);
const exchange = (_, item) => {
  const ends = sentenceEnds(item.text);
  const sentenceWords = item.text.split(/[.;!?](?:\s|$)/).map(words);
  const by = new Map();
  for (const e of item.events) if (e.status === 'counted') by.set(e.sentence, (by.get(e.sentence) ?? new Set()).add(e.agency));
  return [...by].some(([k, agencies]) => agencies.size > 1 && (sentenceWords[k] ?? []).some((w) => EXCHANGE.has(w))) && ends !== null;
};
KINDS['event-exchange'] = (train, label) => isLabel(label, exchange)(train);
// G5: each role-layer cue of a passing mention (role and cue) adopted for the label on its own, on the mined kinds' bar: what the
// training sets say of every event the role layer reads, not a class fixed in advance.
KINDS['event-cues-mined'] = minedKeys((item) => new Set(item.events.filter((e) => e.status === 'passing').map((e) => `${e.role} ${e.cue}`)));
KINDS['event-cues-mined-strict'] = (train, label) => strict(KINDS['event-cues-mined'], train, label);

// G6 (9co, fifty-fourth step): joint working read from events, the agency in a role of working with the actor, whatever its
// status (a partner worked with is as often evaluated as named in passing, so these read any mention the agency layer finds,
// not its passing roles): the words of the mention's sentence before it and after it. Fixed from the codebook's row ("agencies
// working together: strategy discussions and joint decisions, joint visits and investigations") before any count was read.
const sentenceStart = (text, at) => { const ends = sentenceEnds(text).filter((e) => e < at); return ends.length ? ends[ends.length - 1] + 1 : 0; };
const wordsBefore = (item, e) => words(item.text.slice(sentenceStart(item.text, e.span[0]), e.span[0]));
const wordsAfter = (item, e) => { const rest = item.text.slice(e.span[1]); const end = rest.search(/[.;!?](\s|$)/); return words(end < 0 ? rest : rest.slice(0, end)); };
// The partner after "with", "alongside" or "together with", at most three words between ("consult readily with on-call police
// sergeants"), a verb or noun of working together at most three words before "with" ("work closely with", "joint visits with",
// "meet monthly with", "agreed with", "reviews patterns weekly with"); "alongside" alone ("work alongside designated leads").
const PARTNER_HEADS = /^(work|works|worked|working|liaise[sd]?|liaising|liaison|collaborat\w*|co-?operat\w*|partner\w*|joint\w*|together|closely|visit\w*|meet|meets|met|meeting|meetings|agree[sd]?|agreed|agreeing|plan|plans|planned|planning|review\w*|discuss\w*|consult\w*|weigh|weighs|weighed|decid\w*|decision\w*|investigat\w*|interview\w*|strategy|co-located|colocated|sits?|sat)$/;
const partnerWith = (item, e) => {
  const ws = wordsBefore(item, e).slice(-4);
  const at = Math.max(ws.lastIndexOf('with'), ws.lastIndexOf('alongside'));
  if (at < 0) return false;
  if (ws[at] === 'alongside') return true;
  const heads = wordsBefore(item, e).slice(0, -(ws.length - at)).slice(-3);
  return heads.some((w) => PARTNER_HEADS.test(w));
};
// The agency involved, included or brought together by another's work: "involve the school nurse", "does not routinely involve
// health visitors", "brings together children's social care, adult social care and probation", "the police's unit is not routinely
// involved", "do not always include the perinatal mental health team".
const involved = (item, e) => {
  const back = wordsBefore(item, e).slice(-4);
  const ahead = wordsAfter(item, e).slice(0, 5);
  return back.some((w) => /^(involve|involves|involving|include|includes)$/.test(w)) || back.join(' ').includes('together')
    || /\b(brings?|brought|bringing)\b/.test(back.join(' ')) && ahead.includes('together')
    || /^(?:\w+ ){0,3}(?:(?:not|rarely|seldom|never|always|routinely|fully|closely|actively) )*(involved|included)\b/.test(ahead.join(' '));
};
// The agency invited to, attending or represented at another's meeting: the venue role of the agency layer ("attend", "represented
// on") and "invited" after the mention ("social workers are not always invited"); 9ce counted attendance 4 / 5 in sample.
const attends = (item, e) => (e.status === 'passing' && e.role === 'venue' && /^(attend|attends|attending|attended|attendance at|represented|representation|presence on)/.test(e.cue))
  || /^(?:\w+ ){0,3}(?:(?:not|rarely|seldom|never|always|routinely|often|sometimes) )*(invited|attend|attends|attended)\b/.test(wordsAfter(item, e).slice(0, 6).join(' '));
const mentioned = (item) => item.events.filter((e) => e.status !== 'excluded');
const jwEvent = (fn) => (_, item) => mentioned(item).some((e) => fn(item, e));
const forJW = (fn) => (train, label) => (label === 'joint-working' ? adopted(train, label, fn) : { match: () => false, kept: ['not this label'] });
KINDS['event-with'] = forJW(jwEvent(partnerWith));
KINDS['event-involved'] = forJW(jwEvent(involved));
KINDS['event-attends'] = forJW(jwEvent(attends));
KINDS['event-consulted-jw'] = forJW(eventMatch(CONSULTED));
KINDS['event-with-involved'] = forJW(jwEvent((item, e) => partnerWith(item, e) || involved(item, e)));
// G6c: the two classes narrowed to verbs (written after reading `--probe event-with` and `--probe event-involved` over r7-r23, so
// in sample whatever the folds say): the partner of a verb of working together ("worked patiently with", "agreed with", "consult
// readily with", "work alongside"), not a noun's ("its work with", "regular meetings with", "discussed with": 0 right of 11 there);
// the one involved by the verb ("involve the school nurse", "brings together", "became involved"), not included ("the data does not
// include information from schools": 1 right of 6).
const WORK_VERBS = /^(work|works|worked|working|liaise[sd]?|liaising|collaborat\w*|co-?operat\w*|agree[sd]?|agreeing|consult\w*|jointly)$/;
const NOT_BEFORE_WORK = new Set(['its', 'their', 'his', 'her', 'the', 'a', 'this', 'that', 'of', 'targeted', 'direct', 'joint', 'further', 'more', 'such', 'our']);
const partnerOfVerb = (item, e) => {
  const all = wordsBefore(item, e);
  const ws = all.slice(-4);
  const at = Math.max(ws.lastIndexOf('with'), ws.lastIndexOf('alongside'));
  if (at < 0) return false;
  const heads = all.slice(0, all.length - (ws.length - at));
  return heads.slice(-3).some((w, k, three) => WORK_VERBS.test(w) && !NOT_BEFORE_WORK.has(three[k - 1] ?? heads[heads.length - 4]));
};
const involvedByVerb = (item, e) => {
  const back = wordsBefore(item, e).slice(-4);
  return back.some((w) => /^(involve|involves|involving)$/.test(w)) || /\b(brings?|brought|bringing) together$/.test(back.join(' '));
};
// and the one "involved" after the mention ("any other agency became involved"): 1 right, 4 extra ("where school nurses are
// involved" with a child, "the images involved"), scored apart and not in the class.
const involvedAfter = (item, e) => /^(?:\w+ ){0,3}(?:(?:not|rarely|seldom|never|always|routinely|fully|closely|actively) )*involved\b/.test(wordsAfter(item, e).slice(0, 5).join(' '));
KINDS['event-involved-after'] = forJW(jwEvent(involvedAfter));
KINDS['event-with-verbs'] = forJW(jwEvent(partnerOfVerb));
KINDS['event-involved-verbs'] = forJW(jwEvent(involvedByVerb));
KINDS['event-with-involved-verbs'] = forJW(jwEvent((item, e) => partnerOfVerb(item, e) || involvedByVerb(item, e)));
// G6d: the partner judged too (written after the classes above were built and measured out of sample, before this one was
// counted): event-with or event-involved only where the partner is counted (evaluated, not in passing) and another agency is
// counted in the same sentence, the two agencies' joint work being what the finding judges.
const judgedPair = (fn) => (_, item) => item.events.some((e) => e.status === 'counted' && fn(item, e)
  && item.events.some((o) => o.status === 'counted' && o.agency !== e.agency && o.sentence === e.sentence && o.span[0] !== e.span[0]));
KINDS['event-with-judged'] = forJW(judgedPair(partnerWith));
KINDS['event-involved-judged'] = forJW(judgedPair(involved));
KINDS['event-with-involved-judged'] = forJW(judgedPair((item, e) => partnerWith(item, e) || involved(item, e)));
// G6b: the same events with the training sets choosing the words: each word at most three before the partner's "with" or
// "alongside" (`with <word>`), and each word of involving before or after the mention (`involve <word>`), adopted for joint working
// on the mined kinds' bar; what the fixed classes above would keep if the writers, not I, chose their heads.
const partnerKeys = (item) => {
  const keys = new Set();
  for (const e of mentioned(item)) {
    const all = wordsBefore(item, e);
    const ws = all.slice(-4);
    const at = Math.max(ws.lastIndexOf('with'), ws.lastIndexOf('alongside'));
    if (at >= 0) for (const w of all.slice(0, all.length - (ws.length - at)).slice(-3)) if (!STOP.has(w)) keys.add(`${ws[at]} <- ${w}`);
    for (const w of ws) if (/^(involv|includ|together|brought|bring)/.test(w)) keys.add(`involve <- ${w}`);
    for (const w of wordsAfter(item, e).slice(0, 5)) if (/^(involved|included|together|invited|attend\w*)$/.test(w)) keys.add(`involve -> ${w}`);
  }
  return keys;
};
KINDS['event-partner-mined'] = (train, label) => (label === 'joint-working' ? minedKeys(partnerKeys)(train, label) : { match: () => false, kept: ['not this label'] });
KINDS['event-partner-mined-strict'] = (train, label) => strict(KINDS['event-partner-mined'], train, label);
// G7 (9co): feedback to referrers, the agency told the outcome of its referral: "feedback to schools is inconsistent", "no route
// for telling the referring school", "GPs are not told the outcome"; for information sharing (the codebook's "feedback on referrals").
const feedback = (item, e) => {
  const back = wordsBefore(item, e).slice(-4).join(' ');
  const ahead = wordsAfter(item, e).slice(0, 8).join(' ');
  return /\b(feedback|outcomes?) (to|for)\b/.test(back) || /\b(telling|tell|told|inform\w*|notify\w*) (the )?referring\b/.test(back) || /\b(the )?referring$/.test(back)
    || /\b(told|informed|given|receive|receives|received|get|gets) (\w+ ){0,2}(feedback|outcomes?)\b/.test(ahead);
};
KINDS['event-feedback'] = (train, label) => isLabel(label, (_, item) => mentioned(item).some((e) => feedback(item, e)))(train);

// H (9cv, fifty-fifth step): the twenty-fourth set's misses of its largest missed themes sorted by cause, each cause a fixed class
// written from r24's words and the codebook's row for the label (so r24 is in sample for every one of them), adopted for its label
// on a fold as the fixed kinds are (more misses than items without the label over the training sets); `causes` takes every cause
// of a label as one class. Each class is a regular expression on the finding's text.
const CAUSES = {
  'information-sharing': {
    'records-seen': /\b(?:see|sees|saw|seen|access|accesses|accessed|check|checks|checked|checking|view|viewed|search|searched|searching|read|reads) (?:[\w’'-]+ ){0,4}?records\b/i,
    'recorded': /\brecord(?:s|ed|ing)? (?:the |their )?(?:names?|ages|details)\b/i,
    // as first written, before r8-49's extra narrowed it to what identifies the children (so r8 is in sample for the narrowing)
    'recorded-as-first-written': /\b(?:record|records|recording|recorded) (?:the |their |any )?(?:names?|details|ages|safeguarding concerns|concerns)\b|\bway of recording\b/i,
    'handover': /\bhandovers?\b|\btransfer (?:meetings?|of (?:information|records|cases))\b/i,
    'informs-another-area': /\binform(?:s|ed)? (?:the )?(?:home|host|receiving|placing|other) (?:force|area|authority|council)\b/i,
    'without-information': /\bwithout (?:any |the )?(?:information|knowledge)\b/i,
  },
  'risk-assessment': {
    'vulnerability-identified': /\b(?:identif\w+|recognis\w+|spot\w*) (?:\w+ ){0,2}vulnerab|\basked (?:\w+ )?about (?:her|his|their) safety\b/i,
    'mapped-at-risk': /\bmap(?:s|ped|ping)? (?:[\w’'-]+ ){0,6}?(?:at risk|risks?)\b/i,
    'view-of-risk': /\bview of (?:the )?risks?\b/i,
    'refreshed-when-circumstances-change': /\bcircumstances change|\b(?:refresh|update|revisit|reconsider)\w* (?:\w+ ){0,3}(?:when|as|after)\b/i,
    'recognised-as-victim': /\brecognis\w+ (?:\w+ ){0,3}(?:as|may also be|is also) (?:a )?victims?\b/i,
    'fabricated-or-induced': /\b(?:fabricat\w*|induc(?:e|es|ed|ing)) (?:\w+ ){0,3}(?:illness|symptoms)\b|\bexaggerat\w+ or induc\w+/i,
  },
  'workforce-training': {
    'staff-unaware-or-clear': /\b(?:staff|practitioners|officers|teachers|professionals|workers|dentists|practices)\b[^.]{0,80}\b(?:unaware|unclear|unsure|could describe|did not know)\b/i,
    'skilled-at': /\bskilled (?:at|in)\b/i,
    'staff-added-or-experienced': /\b(?:experienced|additional|second|extra) (?:\w+ )?(?:practitioners|managers?|staff|workers|social workers)\b/i,
    'families-on-the-list': /\bhas (?:more than |over )?\d+ (?:families|children|cases)\b/i,
  },
  'joint-working': {
    'accompanies': /\baccompan(?:y|ies|ied)\b/i,
    'attended-by': /\battended by\b|\bwell attended\b/i,
    'agreed-arrangements': /\bhave agreed (?:arrangements|plans?)\b|\bagreed arrangements\b/i,
    'seldom-involved': /\b(?:seldom|rarely|not|never) (?:always )?involved\b/i,
  },
  'leadership-governance': {
    'leaders-recognise': /\bleaders (?:in \w+ )?(?:recognise|understand|have strengthened|know)\b/i,
    'scrutineer': /\bscrutineers?\b/i,
    'partnership-response': /\bpartnership(?:'|’)s response\b/i,
  },
  assessment: {
    'assessed-well': /\bassessed (?:well|quickly|promptly|thoroughly|sensitively|swiftly)\b/i,
    'diagnostic-or-early-help': /\b(?:diagnostic|early help) assessments?\b/i,
    'assessments-concentrate': /\bassessments? (?:concentrate|focus|rely|relies|focuses|concentrates)\b|\bassessments have (?:identified|found|shown)\b/i,
  },
};
const forLabel = (owner, fn) => (train, label) => (label === owner ? adopted(train, label, fn) : { match: () => false, kept: ['not this label'] });
for (const [owner, causes] of Object.entries(CAUSES)) {
  for (const [name, re] of Object.entries(causes)) KINDS[`cause-${name}`] = forLabel(owner, (_, item) => re.test(item.text));
}
KINDS.causes = (train, label) => (CAUSES[label] ? adopted(train, label, (_, item) => Object.values(CAUSES[label]).some((re) => re.test(item.text))) : { match: () => false, kept: ['not this label'] });

// I (9cz, fifty-sixth step): the twenty-fifth set's misses sorted by cause, each W cause (the codebook's words the rules lack) a
// fixed class written from r25's words and the codebook's row for its label, so r25 is in sample for every one; adopted on a fold
// as H's are, or on the two-set bar (`-2sets`: the class's training misses in two sets at least, and more than the items
// without the label it would tag).
const CAUSES_R25 = {
  'voice-of-the-child': {
    // the codebook's "views, wishes, experiences": the child's own experience, words or account
    'own-experience': /\b(?:child|children|young (?:person|people)|girls?|boys?|teenagers?)(?:['’]s?)? own (?:experiences?|views|wishes|words|accounts?|feelings)\b/i,
    // what children experience or have experienced (the rules read "what children said / saw / told")
    'what-children-experience': /\bwhat (?:the |a |each |these |those |their )?(?:child|children|young (?:person|people)|girls?|boys?|teenagers?|pupils) (?:have |has |had )?(?:experience|experiences|experienced|go through|goes through|went through|gone through)\b/i,
    'seen-alone-or-beforehand': /\b(?:child|children|young people)\b[^.;]{0,40}\b(?:are|is|were|was) seen alone\b|\b(?:meet|meets|met|see|sees|saw) (?:the )?(?:child|children|young people) (?:beforehand|before)\b/i,
    'accounts': /\b(?:children|child|young people|young person|girls|boys)(?:['’]s?)? (?:own )?accounts?\b|\btheir accounts\b/i,
    'intermediaries': /\bintermediar(?:y|ies)\b/i,
  },
  'workforce-training': {
    // the codebook's "training": a course the workforce attends (not a course of action, a parenting course)
    'course': /(?<!\b(?:of|due|on|parenting|this|that) )\bcourses?\b(?! of\b)/i,
    'grasp-of': /\bgrasp of\b/i,
    'shown-how': /\bshown how to\b/i,
  },
  assessment: {
    // the codebook's assessments as the subject of what they follow, identify or concentrate on
    'assessments-follow': /(?<!\brisk[ -])(?<!\bneeds )\bassessments? (?:follows?|identify|identifies|concentrates?)\b/i,
    'assessments-draw-on': /(?<!\brisk[ -])(?<!\bneeds )\bassessments? draws? on\b/i,
  },
  'family-engagement': {
    // the codebook's "parents": fathers as the parents the work reaches or leaves out
    'fathers': /(?<!\b(?:whose|about) )\b(?:fathers|stepfathers)\b(?!-to-be)/i,
  },
  'information-sharing': {
    'presence-recorded': /\brecord(?:s|ed|ing)? the presence of\b/i,
    'disclosures-passed': /\bdisclosures?\b[^.;]{0,80}\bpassed\b/i,
  },
  'early-help': {
    'young-carers': /young carers|caring (?:role|responsibilit)|look(?:s|ed)? after an? (?:ill|disabled|sick)/i,
  },
  'leadership-governance': {
    'board-receives-reports': /\b(?:received|receives|receive|had|has|seen|sees) (?:no |a |regular |any |few )?reports? (?:on|about)\b/i,
  },
};
// A class adopted when its training misses fall in `least` sets at least and outnumber the items without the label it would
// tag (two sets: 9ck's bar; three: the fifty-ninth step's brief).
const adoptedOnSets = (least) => (train, label, unmemoised) => {
  const fn = memoised(unmemoised);
  const sets = new Set();
  let pos = 0;
  let neg = 0;
  for (const item of train) {
    if (item.predicted.has(label) || !fn(item.words, item)) continue;
    if (item.gold.has(label)) { pos++; sets.add(item.set); } else neg++;
  }
  const ok = sets.size >= least && pos > neg;
  return { match: ok ? fn : () => false, kept: [`${ok ? 'adopted' : 'refused'} (${pos} / ${neg} in ${sets.size} sets on training)`] };
};
const adoptedOnTwoSets = adoptedOnSets(2);
for (const [owner, causes] of Object.entries(CAUSES_R25)) {
  for (const [name, re] of Object.entries(causes)) {
    KINDS[`r25-${name}`] = forLabel(owner, (_, item) => re.test(item.text));
    KINDS[`r25-${name}-2sets`] = (train, label) => (label === owner ? adoptedOnTwoSets(train, label, (_, item) => re.test(item.text)) : { match: () => false, kept: ['not this label'] });
  }
}
KINDS['r25-causes'] = (train, label) => (CAUSES_R25[label] ? adopted(train, label, (_, item) => Object.values(CAUSES_R25[label]).some((re) => re.test(item.text))) : { match: () => false, kept: ['not this label'] });

// J (9df, fifty-sixth step): the readings three blind readers applied to five codebook questions (helpers 9db, 9dd, 9dc; their
// general readings end each answer file in fixtures/gold/challenge/readings/both-ways-2026-12-06-fourth/ and -fifth/), each a
// fixed class written from the codebook's row and the readers' reading, not from the packets' words; adopted on a fold as H's are.
const READINGS = {
  // front-door: when or whether a concern is referred to the statutory front door (not referrals to other pathways)
  'front-door': {
    'when-to-refer': /\b(?:when|whether|how) to refer\b|\breferred (?:before|by|at) (?:\d+|twenty|sixteen) weeks\b|\boutcomes? of (?:their |these |its )?referrals\b/i,
  },
  // risk-assessment: practitioners noticing, being alert to or recognising signs of harm to children
  'risk-assessment': {
    'notice-signs': /\b(?:alert to|notic(?:e|es|ed|ing)|spot(?:s|ted|ting)?|recognis(?:e|es|ed|ing)|screen(?:s|ed|ing)? (?:\w+ )?for) (?:[\w'’-]+ ){0,4}?(?:signs?|indicators|changes in (?:[\w'’-]+ ){0,3}?(?:presentation|behaviour|attendance)|trafficking|controlling behaviour|when (?:a |the )?(?:child|children|young (?:person|people)|babies|someone)(?:['’]s)?)\b/i,
  },
  // leadership-governance: what leaders, commissioners, the board or the partnership recognise, acknowledge or (do not) know
  'leadership-governance': {
    'leaders-recognise': /\b(?:leaders|commissioners|the (?:ICB|CCG|board|partnership|safeguarding partners)|(?:safeguarding |strategic |statutory )?partners)\b (?:(?:across|in|of) (?:the )?(?:[\w-]+ ){0,2})?(?:have |had |now |also |clearly |rightly |already )?(?:(?:recognise|recognised|acknowledge|acknowledged|know|knew)\b|(?:are|were|is|was) (?:not )?(?:fully )?aware\b|(?:does|do|did) not (?:yet )?know\b)/i,
  },
  // family-engagement: fathers and men in the household as parents the work reaches, asks about, includes or leaves out
  'family-engagement': {
    'fathers': /(?<!\bwhose )\b(?:fathers|stepfathers|fathers-to-be|male carers)\b/i,
  },
  // joint-working at a move to adult services: a joint mechanism between children's and adults' services
  'joint-working': {
    'transfer-agreed-coordinated': /\btransfers? (?:meetings?|(?:to (?:the )?[\w\s]{0,40}? )?(?:are|is|were|was) (?:often |usually )?agreed)\b|\b(?:preparation for adulthood|transition(?:s)?(?: to adult(?:hood| services))?) (?:is|are) (?:poorly|well|not) coordinated\b|\bworks? closely with adult services\b/i,
  },
};
for (const [owner, readings] of Object.entries(READINGS)) {
  for (const [name, re] of Object.entries(readings)) KINDS[`r56-${name}`] = forLabel(owner, (_, item) => re.test(item.text));
}

// K (9di, fifty-seventh step): the twenty-sixth set's misses sorted by cause, each W cause (the codebook's words the rules lack)
// a fixed class written from r26's words and the codebook's row for its label, so r26 is in sample for every one; adopted on a
// fold as H's are, or on the two-set bar (`-2sets`). The harms are tagged "whenever the finding names that harm": domestic abuse
// named as violence or offences against a partner, or as abuse within (young people's) relationships; exploitation named as
// drug supply or coercion by adults.
const CAUSES_R26 = {
  'domestic-abuse': {
    'against-a-partner': /\b(?:violence|abuse|offences?|offending|assaults?) (?:towards?|against) (?:a |an |her |his |their |the )?(?:new |former |current |previous )?(?:ex-)?(?:partners?|wife|husband|girlfriend|boyfriend|spouse)\b(?!['’]s?\b| (?:agenc(?:y|ies)|staff|organisations?|services?|workers|professionals)\b)/i,
    'abuse-in-relationships': /\babuse (?:with)?in (?:[\w'’-]+ ){0,4}?relationships?\b/i,
  },
  'information-sharing': {
    'without-knowledge-of': /\b(?:made|taken|went ahead|proceeds?|proceeded|held) without (?:any |the |full |up-to-date )?knowledge of\b/i,
    'discussed-with-agency': /\bdiscuss(?:es|ed|ing)? (?:[\w'’-]+ ){0,3}?with (?:the )?(?:children['’]s (?:social care|services)|social care|social workers?|police|health visitors?|GPs?|schools?)\b/i,
    'ask-agency-whether': /(?=\bask)(?<!\b(?:children|young people|teenagers|pupils|parents|families|carers|mothers|fathers|residents|victims|girls|boys)\b[^.;]{0,30})\bask(?:s|ed)? (?:the )?(?:children['’]s (?:social care|services)|social care|police)\b[^.;]{0,80}?\b(?:whether|about|information|what)\b/i,
  },
  'joint-working': {
    'work-alongside': /\bwork(?:s|ed|ing)? alongside\b/i,
    'brought-together': /\bbring(?:s|ing)? (?:[\w-]+ ){0,3}?together\b|\bbrought (?:[\w-]+ ){0,3}?together\b/i,
    'contribute-to-conferences': /\bcontribute(?:s|d)? (?:well )?to (?:[\w-]+ ){0,3}?(?:conferences|meetings|strategy)/i,
    'well-attended': /\b(?:well|poorly|rarely|consistently) attended\b|\battended by\b/i,
  },
  'workforce-training': {
    'staffed-by': /\bstaffed by\b/i,
  },
  exploitation: {
    'drug-supply': /(?=\b(?:supply|supplying|dealing|drug)\b)(?<!\b(?:parents?|mothers?|fathers?|carers?|partners?|adults?|pharmac(?:y|ies|ists?)|hospitals?|prescribers?|GPs?|doctors?|nurses?)\b[^.;]{0,30})(?:\b(?:supply|supplying|dealing) (?:class a )?drugs\b|\bdrug (?:supply|dealing)\b)(?![^.;]{0,40}\b(?:pharmac\w*|prescri\w*|medicines?|medication|wards?|patients|hospitals?)\b)/i,
    'coercion-by-adults': /\bcoerc(?:ion|ed) by (?:older |other )?(?:adults|gangs|others|older (?:young )?people|criminals)\b/i,
  },
  'risk-assessment': {
    'alert-to-risk': /\balert to (?:the |any |possible |potential )?(?:[\w-]+ )?risks?\b/i,
    'safety-plan': /\bsafety plans?\b/i,
    'consider-the-impact': /\bconsider(?:s|ed)? (?:[\w-]+ ){0,2}?(?:the effect|the impact|the potential impact)\b/i,
  },
};
for (const [owner, causes] of Object.entries(CAUSES_R26)) {
  for (const [name, re] of Object.entries(causes)) {
    KINDS[`r26-${name}`] = forLabel(owner, (_, item) => re.test(item.text));
    KINDS[`r26-${name}-2sets`] = (train, label) => (label === owner ? adoptedOnTwoSets(train, label, (_, item) => re.test(item.text)) : { match: () => false, kept: ['not this label'] });
  }
}

// L (9dn, fifty-eighth step): the twenty-seventh set's misses sorted by cause, each W cause (the codebook's words the rules lack,
// in three sets or more) a fixed class written from r27's words and the codebook's row for its label, so r27 is in sample for
// every one; adopted on a fold as H's are, or on the two-set bar (`-2sets`). The B classes (the same words with and without the
// label in the gold) are scored beside them to show what they would cost. Pass `--labels sexual-abuse,...` for the harms.
const CAUSES_R27 = {
  // the harm named: sexualised behaviour between children, or a child's sexual behaviour that harms others (the codebook's
  // sexual abuse, which the rules read only as "harmful sexual behaviour")
  'sexual-abuse': {
    'sexualised-behaviour': /\bsexuali[sz]ed behaviours?\b|\bsexual behaviours? (?:towards others |towards other children )?(?:is|are|was|were) harmful\b/i,
  },
  // the codebook's "children's own emotional and mental health": trauma screened for or explored in a child's health assessment
  'children-mental-health': {
    'screened-for-trauma': /\bscreen(?:s|ed|ing)? (?:[\w-]+ ){0,4}?for (?:[\w,-]+ ){0,4}?trauma\b|\bexplores? (?:the child['’]s |children['’]s |each child['’]s )?trauma\b/i,
    // B: a child's distress (4 with / 2 without where the rules miss it)
    'distress': /\b(?:continuing|emotional|acute|their|children['’]s|child['’]s) distress\b/i,
  },
  // the codebook's disability: a child's learning needs (B: communication needs, 6 with / 3 without)
  'identity-diversity': {
    'learning-needs': /\blearning needs?\b/i,
    'communication-needs': /\bcommunication needs\b/i,
  },
  // B: parents helped to understand, plans that parents understand (3 with / 1 without)
  'family-engagement': {
    'parents-understand': /\bparents understand\b/i,
  },
  // B: a service's criteria (5 with / 3 without)
  thresholds: {
    'criteria': /\bcriteria\b(?! are met)/i,
  },
  // B: contributions to conferences (4 with / 7 without)
  'joint-working': {
    'contributions-to-conferences': /\bcontribut(?:e|es|ed|ion|ions) to (?:[\w-]+ ){0,3}?(?:conferences?|core groups?|strategy)/i,
  },
  // B: the partnership that does not or has not (10 with / 10 without)
  'leadership-governance': {
    'partnership-does-not': /\bpartners have not\b|\bpartnership (?:does|has) not\b/i,
  },
};
for (const [owner, causes] of Object.entries(CAUSES_R27)) {
  for (const [name, re] of Object.entries(causes)) {
    KINDS[`r27-${name}`] = forLabel(owner, (_, item) => re.test(item.text));
    KINDS[`r27-${name}-2sets`] = (train, label) => (label === owner ? adoptedOnTwoSets(train, label, (_, item) => re.test(item.text)) : { match: () => false, kept: ['not this label'] });
  }
}

// M (9dt, fifty-ninth step): the twenty-eighth set's misses sorted by cause. Joint working first: one agency's attendance at,
// part in, inclusion in or absence from a named multi-agency case forum (a conference, core group, strategy discussion or
// meeting, child in need meeting or review, MARAC, MAPPA, a Channel, exploitation, diversion, pre-birth or missing panel; not a
// board, subgroup, training event or single-agency forum), the reading three blind readers gave 9dp's and 9dr's question a
// (105 units, joint-working now on 92). Two shapes: the participation verb before the forum ("rarely attend child in need
// meetings", "take part in core groups", "not been included in the partnership's exploitation panel"), and the forum before
// its attendance or representation ("core groups meet regularly, but attendance by key partners is variable"); not a parent or
// a child as the one attending (the attendance of parents is family engagement), nor attendance at appointments or school.
// Written from the codebook's row, the readers' general reading and r28's words, so r28 is in sample; adopted on a fold as H's
// are, on the two-set bar (`-2sets`), or on the brief's three-set bar (`-3sets`: the training misses in three sets at least).
// The other W causes of r28 (the harms' other word orders) are beside it.
const CASE_FORUM = {
  // rules/themes.yaml's two joint-working patterns, the word class child-or-parent written out
  attends: /(?<!\b(?:parents?|carers|famil(?:y|ies)|child|children|young people|young person|young carers|pupils?|students|girls|boys|mothers|fathers|teenagers|adolescents|victims) (?:[\w'’-]+ ){0,2})\b(?:attend(?:s|ed|ing)?|attendance at|(?:take|takes|took|taking) part in|included in|represented at|absent from|present at) (?:[\w'’-]+ ){0,3}?(?:(?:(?:child )?protection|initial|review|case|(?:risk )?assessment) conferences?|(?<!(?:annual|national|regional|learning|training|practice|safeguarding|partnership|board) )conferences|child protection meetings?|core groups?|strategy (?:discussions?|meetings?)|child in need (?:meetings?|reviews?)|MARACs?|MAPPA|MATAC|(?:Channel|exploitation|diversion|pre-birth|missing) panels?)\b/i,
  attended: /\b(?:(?:(?:child )?protection|initial|review|case|(?:risk )?assessment) conferences?|(?<!(?:annual|national|regional|learning|training|practice|safeguarding|partnership|board) )conferences|child protection meetings?|core groups?|strategy (?:discussions?|meetings?)|child in need (?:meetings?|reviews?)|MARACs?|MAPPA|MATAC|(?:Channel|exploitation|diversion|pre-birth|missing) panels?)(?: meetings?)?\b[^.;]{0,60}?(?<!over-|under-)\b(?:attended|attendance|represented|representation)\b(?! (?:at|of) (?:appointments?|school|clinics?))(?! by (?:the |their )?(?:parents?|carers|famil(?:y|ies)|child|children|young people|young person|young carers|pupils?|students|girls|boys|mothers|fathers|teenagers|adolescents|victims)\b)/i,
};
const CAUSES_R28 = {
  'joint-working': {
    'case-forum': new RegExp(`${CASE_FORUM.attends.source}|${CASE_FORUM.attended.source}`, 'i'),
    'case-forum-attends': CASE_FORUM.attends,
    'case-forum-attended': CASE_FORUM.attended,
  },
  // the codebook's "audits, quality assurance": a provider's or a practice's self-assessment (a self-audit the commissioner or
  // board relies on), not a child's or a parent's
  'performance-quality-assurance': {
    'self-assessment': /(?<!\b(?:parents?|carers|famil(?:y|ies)|child|children|young people|young person|young carers|pupils?|students|girls|boys|mothers|fathers|teenagers|adolescents|victims)['’]? (?:[\w'’-]+ ){0,3})\bself-assessments?\b/i,
    // a body that cannot (readily, therefore) tell, say or show whether its work or its children's outcomes change: the rules
    // read "cannot tell whether" with no word between and no "say" or "show"
    'cannot-say-whether': /\b(?:partnership|partners|leaders|board|boards|LSCB|LSCP|council|local authority|force|service|ICB|executive|managers|commissioners)\b(?: [\w'’-]+){0,2} (?:cannot|could not|can not|is unable to|are unable to|were unable to|was unable to) (?:therefore |yet |easily |currently |reliably |readily )?(?:tell|say|show) (?:inspectors )?(?:whether|which|if|how)\b/i,
  },
  // the codebook's "sharing ... information between agencies": something shared with a named agency, team, ward or panel
  // ("share their worries with the exploitation team", "share this picture with the panel", birth plans "shared with the
  // maternity ward"), not by a child or a parent, not "shared supervision with" (an adjective), nor an office or a building, nor with practitioners
  // (findings or learning passed to staff: quality assurance)
  'information-sharing': {
    'shared-with-agency': /(?<!\b(?:parents?|carers|famil(?:y|ies)|child|children|young people|young person|young carers|pupils?|students|girls|boys|mothers|fathers|teenagers|adolescents|victims) (?:[\w'’-]+ ){0,2})\b(?:(?:share|shares|sharing) (?!(?:a|an|the same|their|its|one) (?:[\w-]+ )?(?:office|building|premises|space|base|site|room|desk)s?\b)(?:[\w'’-]+ ){0,4}?|shared )with (?:the |their |a |an )?(?:[\w-]+ ){0,2}?(?:team|teams|panel|ward|hub|MASH|police|school|schools|GPs?|social workers?|agencies|partners|services?|nurses?|midwives|health visitors?|probation|social care)\b/i,
  },
  // the words of harmful sexual behaviour in other orders than 9dn's ("sexual behaviour towards younger children is harmful",
  // "sexual behaviour that is harmful to others")
  'sexual-abuse': {
    'sexual-behaviour-harmful': /\bsexual behaviours? (?:(?:towards|to|with) (?:[\w'’-]+ ){1,3}?)?(?:(?:that|which) )?(?:is|are|was|were|has been|have been|had been|can be|may be) (?:also |potentially |sometimes |often )?harmful\b/i,
  },
};
const adoptedOnThreeSets = adoptedOnSets(3);
for (const [owner, causes] of Object.entries(CAUSES_R28)) {
  for (const [name, re] of Object.entries(causes)) {
    KINDS[`r28-${name}`] = forLabel(owner, (_, item) => re.test(item.text));
    KINDS[`r28-${name}-2sets`] = (train, label) => (label === owner ? adoptedOnTwoSets(train, label, (_, item) => re.test(item.text)) : { match: () => false, kept: ['not this label'] });
    KINDS[`r28-${name}-3sets`] = (train, label) => (label === owner ? adoptedOnThreeSets(train, label, (_, item) => re.test(item.text)) : { match: () => false, kept: ['not this label'] });
  }
}

// N (9dy, sixtieth step): the twenty-ninth set's misses sorted by cause; the W causes (the codebook's words, or three blind
// readers' general reading of a codebook question, that the rules lack, in three sets or more) as fixed classes written from
// r29's words and the codebook's row for the label, so r29 is in sample; the B and W2 classes beside them to show what they
// would cost or how few sets hold them.
const CHILD_WHO = String.raw`(?:children|pupils|young people|teenagers|girls|boys)`;
const CAUSES_R29 = {
  // question d's reading (9dp): young carers as early help, however the finding names them, not as the ones who speak (their
  // voice); the rules read "young carers" only when identified or served ("for young carers")
  'early-help': {
    'young-carers': new RegExp(String.raw`(?:\byoung carers?\b|\b${CHILD_WHO}\b(?: [\w’'-]+){0,2}? (?:who|whose|that) (?:[\w-]+ )?(?:look|looks|looked|looking|care|cares|cared|caring) (?:after|for) (?:a |an |their |his |her )?(?:[\w-]+ )?(?:parents?|mothers?|fathers?|siblings?|brothers?|sisters?)\b|\b(?:children|pupils|young people|teenagers)(?:[’']s?)? (?:whose )?caring (?:role|roles|responsibilities)\b)(?! (?:[\w’'-]+ ){0,3}?(?:said|say|says|told|tell|tells|describe|describes|described|spoke|speak|speaks|explained|explain|explains|reported|report|reports|feel|feels|felt|valued|value|values|enjoy|enjoys|enjoyed)\b)`, 'i'),
    // W2: need identified earlier (r26, r29: 2 / 0)
    'identified-earlier': /\bidentif(?:y|ies|ied|ying) (?:[\w’'-]+ ){0,8}?(?:earlier|sooner)\b/i,
  },
  // the codebook's "performance information": a body's annual report of its work
  'performance-quality-assurance': {
    'annual-report': /(?<!\b(?:parents?|carers|famil(?:y|ies)|child|children|young people|young person|young carers|pupils?|students|girls|boys|mothers|fathers|teenagers|adolescents|victims)[’']?s?[’']? (?:[\w’'-]+ ){0,2})\bannual reports?\b/i,
  },
  'risk-assessment': {
    // B: a person who poses or presents a risk, the risk posed (5 with / 3 without, four sets)
    'poses-a-risk': /\b(?:pose|poses|posed|posing|present|presents|presented|presenting) (?:a |an |the |any |no |little |significant |serious |ongoing |continuing |potential )?(?:[\w-]+ )?(?:risks?|danger|dangers|threat)\b|\b(?:risks?|danger|threat) (?:they |he |she |adults |men |offenders |parents )?(?:posed|presented|poses|pose|present|presents)\b/i,
  },
  'information-sharing': {
    // W2: an agency that learns of something by chance, late or only from the parent (r21, r29: 3 / 0)
    'found-out-by-chance': /\b(?:found|find|finds|hear|heard|hears|learn|learns|learned|learnt) (?:out )?(?:about |of )?[^.;]{0,50}?\b(?:by chance|only (?:from|through|when|after|by)|too late|weeks later|months later|afterwards|second-hand|from the (?:parent|mother|father|family|child|media|newspaper))\b/i,
    // W2: something sent to a named agency ("sends schools a summary", "send GP practices invitations or minutes"; r26, r29: 2 / 0)
    'sends-agency': /\b(?:send|sends|sent)\b (?:the |a |each |all )?(?:schools?|GPs?|GP practices|police|health visitors?|social workers?|partners|agencies|nurser(?:y|ies)|settings?|practices|professionals)\b/i,
  },
  'assessment': {
    // B: a diagnostic, autism, ADHD or neurodevelopmental assessment waited for (4 with / 3 without)
    'diagnostic-assessment': /\bdiagnostic assessments?\b|\b(?:autism|ADHD|neurodevelopmental|developmental) assessments?\b/i,
  },
};
for (const [owner, causes] of Object.entries(CAUSES_R29)) {
  for (const [name, re] of Object.entries(causes)) {
    KINDS[`r29-${name}`] = forLabel(owner, (_, item) => re.test(item.text));
    KINDS[`r29-${name}-2sets`] = (train, label) => (label === owner ? adoptedOnTwoSets(train, label, (_, item) => re.test(item.text)) : { match: () => false, kept: ['not this label'] });
    KINDS[`r29-${name}-3sets`] = (train, label) => (label === owner ? adoptedOnThreeSets(train, label, (_, item) => re.test(item.text)) : { match: () => false, kept: ['not this label'] });
  }
}

// O (9ee, sixty-first step): the thirtieth set's misses sorted by cause, as fixed classes written from r30's words and the
// codebook's row for the label (r30 is in sample for each), each also on the two- and three-set bars.
const CAUSES_R30 = {
  'information-sharing': {
    // an agency or its staff not told, past a phrase after the subject ("Workers from the substance misuse provider are not
    // always told", "Officers responsible for tracing children ... are not always told") or said by them ("Schools and
    // colleges say they are seldom informed"); the role layer reads the plain subject only (r17, r27, r30: 3 / 0)
    'agency-not-told': /\b(?:workers|officers|staff|schools|colleges|nurseries|settings|practitioners|nurses|visitors|GPs|teachers|professionals|agencies|services|partners|clinicians|doctors|midwives|police)\b[^.,;:]{0,60}? (?:are|were|is|was|say they are|said they were|say that they are) (?:not|seldom|rarely|never)(?: always| routinely| consistently| promptly| often)? (?:told|informed|notified)\b(?! (?:by|of (?:their|his|her) right))/i,
    // W2 / B: a professional who does not record what they saw, who cares for the children, whether a patient has children
    // (r10, r23, r30 with; r12-45 without: 3 / 1)
    'record-what': /\b(?:do not|does not|did not|seldom|rarely|not) (?:always |consistently |routinely )?record (?:what|how|who|whether)\b/i,
  },
  'assessment': {
    // a private foster carer's suitability checked, or checks on the carer (r24, r28, r29, r30: 4 / 0)
    'carer-checked': /\b(?:suitability of (?:the )?carers?|checks on (?:the )?carers?)\b/i,
    // the same with the carer's suitability after "assessment of" (r22, r23 added, seen when counting: 6 / 0)
    'carer-suitability': /\bsuitability of (?:the )?(?:carers?|foster carers?|relatives?|kinship carers?)\b|\bcarers?[’']?s? suitability\b|\bchecks on (?:the )?(?:carers?|foster carers?)\b/i,
  },
};
for (const [owner, causes] of Object.entries(CAUSES_R30)) {
  for (const [name, re] of Object.entries(causes)) {
    KINDS[`r30-${name}`] = forLabel(owner, (_, item) => re.test(item.text));
    KINDS[`r30-${name}-2sets`] = (train, label) => (label === owner ? adoptedOnTwoSets(train, label, (_, item) => re.test(item.text)) : { match: () => false, kept: ['not this label'] });
    KINDS[`r30-${name}-3sets`] = (train, label) => (label === owner ? adoptedOnThreeSets(train, label, (_, item) => re.test(item.text)) : { match: () => false, kept: ['not this label'] });
  }
}

// P (9em, sixty-second step): the thirty-first set's misses sorted by cause, as fixed classes written from r31's words and the
// codebook's row for the label (r31 is in sample for each), each also on the two- and three-set bars.
const AGENCY_WHO = String.raw`(?:officers|police|schools?|colleges|nurseries|settings|staff|teachers|GPs|GP practices|nurses|health visitors|midwives|social workers|practitioners|professionals|agencies|services|partners|clinicians|doctors|paediatricians|the local authority|the council|children['’]s social care|children['’]s services|the front door|the MASH|the hub)`;
const CAUSES_R31 = {
  'information-sharing': {
    // an agency that learns, finds out or hears of something, or does not (late, only when): "officers do not routinely learn
    // when a family ... withdraws a child", "schools sometimes learn of an investigation only when a child is absent"
    'agency-learns': new RegExp(String.raw`\b${AGENCY_WHO}\b(?: [\w'’-]+){0,3}? (?:learn|learns|learned|learnt|find out|finds out|found out) (?:of|about|that|when|whether)\b`, 'i'),
    // an agency unaware or not aware of what another knows: "health visitors and GPs are therefore often unaware that"
    'agency-unaware': new RegExp(String.raw`\b${AGENCY_WHO}\b(?: [\w'’-]+){0,3}? (?:are|is|were|was|remain|remains|remained) (?:therefore |often |sometimes |frequently |still |not |always |consistently |routinely )*(?:unaware|not aware|not made aware)\b`, 'i'),
    // something known not passed on, with no information noun: "record this carefully but do not reliably pass it on"
    'pass-it-on': /\b(?:not|seldom|rarely|never|should|must|who will|who should)(?: \w+ly)? pass(?:es|ed)? (?:it|this|that|them|these|those|the information|this information) on\b/i,
    // who must be told: "birth plans are explicit about who must be told when labour begins"
    'who-told': /\bwho (?:must|should|needs to|need to|is to|are to|will|would) (?:be )?(?:told|informed|notified|alerted)\b/i,
    // a child or concern discussed with another agency, past a phrase ("every such baby is discussed with a paediatrician
    // and with children's social care")
    'discussed-with-agency': /\b(?:is|are|was|were|be|been|being) (?:\w+ly )?discussed with (?:a |an |the )?(?:[\w'’-]+ ){0,2}?(?:paediatricians?|children['’]s social care|social care|social workers?|police|GPs?|health visitors?|schools?|MASH|hub|midwives|midwife|nurses?)\b/i,
    // something known to one agency that another is not told: "known to the school and health visitor but was never
    // discussed", "not known to the local authority unless a school chooses to say so"
    'known-to-agency-but': new RegExp(String.raw`\bknown to ${AGENCY_WHO}\b[^.;]{0,40}?\b(?:but|unless)\b`, 'i'),
    // an authority or agency notified: "they do not consistently notify the child's home authority"
    'notify-authority': /\bnotify (?:the |a |their )?(?:[\w'’-]+ ){0,2}?(?:authority|authorities|council|councils|local authority)\b/i,
  },
  'assessment': {
    // a child or a need assessed by children's social care or a social worker ("without first being assessed by children's
    // services", "these are not consistently assessed by children's social care")
    'assessed-by-agency': /\b(?:assessed|reassessed) by (?:a |the |an )?(?:children['’]s social care|children['’]s services|social care|social workers?|a qualified social worker|the local authority)\b/i,
    // an assessment of autism or ADHD (9ee's diagnostic class in the other order)
    'assessment-of-condition': /\bassessments? (?:of|for) (?:autism|ADHD|attention deficit|neurodevelopmental|autistic)\b/i,
    // a pre-birth assessment, however its verb
    'pre-birth': /\bpre-birth assessments?\b/i,
    // an assessment offered or provided with no article ("offers assessment and therapeutic work")
    'offers-assessment': /\b(?:offer|offers|offered|offering|provide|provides|provided|providing) (?:specialist |therapeutic |timely |prompt |holistic )?assessments?\b/i,
  },
  'planning': {
    // a core group attended or someone invited to one: the codebook's row for planning names core groups, so the forum is
    // planning's own, not a forum in passing ("probation practitioners are now routinely invited to core groups", "attending
    // core groups"); conferences stay a forum in passing (they go the other way in the gold)
    'core-group-attended': /\b(?:attend|attends|attended|attending|attendance at|invited to|invitations to)\b(?: [\w'’-]+){0,4}? core groups?\b/i,
  },
};
for (const [owner, causes] of Object.entries(CAUSES_R31)) {
  for (const [name, re] of Object.entries(causes)) {
    KINDS[`r31-${name}`] = forLabel(owner, (_, item) => re.test(item.text));
    KINDS[`r31-${name}-2sets`] = (train, label) => (label === owner ? adoptedOnTwoSets(train, label, (_, item) => re.test(item.text)) : { match: () => false, kept: ['not this label'] });
    KINDS[`r31-${name}-3sets`] = (train, label) => (label === owner ? adoptedOnThreeSets(train, label, (_, item) => re.test(item.text)) : { match: () => false, kept: ['not this label'] });
  }
}

// Q (9er, sixty-second step): what 9em left of the thirty-first set (planning, voice and joint working missed), sorted by cause
// as fixed classes written from r31's words and the codebook's row for the label (r31 is in sample for each).
const CHILD_SPOKEN = String.raw`(?:child|children|young (?:people|person)|pupils?|teenagers?|girls?|boys?)`;
const CAUSES_R31B = {
  'voice-of-the-child': {
    // a child spoken or talked to, "them" after the child named in the sentence with no adult near before it, or with an
    // adverb between the verb and the child ("without anyone having talked with them about how they were drawn in",
    // "officers speaking directly to children"): r24, r28, r31, 3 / 0; every dev unit it fires on has the theme (7 of 7), but
    // in three sets exactly it carries on the one- and two-set bars only (0 on the three-set bar), so not kept (9er)
    'children-spoken-to': new RegExp(String.raw`\b(?:talk|talks|talking|talked|speak|speaks|speaking|spoke|spoken) (?:directly |properly |individually |alone |privately |separately |sensitively )?(?:to|with) (?:(?<=\b${CHILD_SPOKEN}\b[^.;]{0,120})(?<!\b(?:parents?|carers?|mothers?|fathers?|adults?|victims?|patients?|staff|teachers?|professionals|wom[ae]n|m[ae]n|practitioners|colleagues)\b[^.;]{0,40})them\b|(?<=\b(?:talk|talks|talking|talked|speak|speaks|speaking|spoke|spoken) (?:directly|properly|individually|alone|privately|separately|sensitively) (?:to|with) )(?:the |each |a |these |those |any )?${CHILD_SPOKEN}\b(?!['’]s?\b))`, 'i'),
    // what a child sees and hears, or saw or heard ("what the child sees, hears or has to do", "what they saw or heard"):
    // r18, r31 (4 / 0, two sets); "what they see" alone is a professional's observation as often (6 with / 6 without)
    'saw-and-heard': /\bwhat (?:[\w'’-]+ ){0,2}(?:see|sees|saw|seen)(?:,| and| or) (?:[\w'’-]+ )?(?:hear|hears|heard)\b/i,
    // children who shaped a partnership's priorities, a youth panel (r31 alone)
    'children-shaped': /\b(?:children|young people)\b(?: [\w'’-]+){0,3} (?:shape|shaped|shaping|influence|influenced) (?:the |its |their )?(?:[\w'’-]+ ){0,2}(?:priorities|services|strategy|plans|work|design)\b|\byouth (?:panel|forum|council|parliament)s?\b/i,
    // a child helped to give an account, an account taken (r31-47 with, r31-02 without)
    'give-account': /\b(?:give|gave|giving|gives) (?:their|his|her) (?:own )?accounts?\b|\baccounts? (?:are|is|were|was) taken\b/i,
  },
  'planning': {
    // no clear plan to return a child to school, plans that address one thing but not another, planning begun with young
    // people (each r31 alone; "no plan to" is an organisation's plan three times of four)
    'no-plan-to': /\bno (?:clear |agreed |real )?plan (?:to|for)\b/i,
    'plans-that-address': /\bplans? (?:that|which) (?:address|cover|focus|set out|reflect|say)\b/i,
    'planning-with': /\bplann\w+ with (?:young people|children|the young person|the child|families|parents)\b|\bbegins? planning\b/i,
  },
  'joint-working': {
    // a forum's attendance and actions (r31-36), a service under one roof (r31-47), officers attend a conference (r31-09)
    'attendance-consistent': /\battendance (?:\w+ )?(?:is|was|has been) (?:consistent|good|high|strong|regular)\b/i,
    'under-one-roof': /\bunder one roof\b|\bin one place\b|\bsame building\b/i,
    'attend-or-send': /\b(?:attend|attends|attended) or send\b|\bsend (?:a )?written (?:contribution|report)s?\b/i,
  },
};
for (const [owner, causes] of Object.entries(CAUSES_R31B)) {
  for (const [name, re] of Object.entries(causes)) {
    KINDS[`r31-${name}`] = forLabel(owner, (_, item) => re.test(item.text));
    KINDS[`r31-${name}-2sets`] = (train, label) => (label === owner ? adoptedOnTwoSets(train, label, (_, item) => re.test(item.text)) : { match: () => false, kept: ['not this label'] });
    KINDS[`r31-${name}-3sets`] = (train, label) => (label === owner ? adoptedOnThreeSets(train, label, (_, item) => re.test(item.text)) : { match: () => false, kept: ['not this label'] });
  }
}

// 9ev (sixty-second step): what parents, carers or families told inspectors or say about a service or their experience of
// it (helper 9es's blind readers, both-ways fifth round, question c: 3 of 3 on 19 units); the relabelled units are in sample.
// Over r7-r31 on main's rules: families-both fires on 51 units, 44 with the theme (42 already tagged, 8 of them relabelled
// by the readers) and 7 without (5 already tagged); where the rules miss it, 2 right (r21-61, r26-60) / 2 extra (r8-41,
// r19-34), refused on the three-set bar; families-say-active 2 / 0 there, in two sets only, so refused on the three-set bar
// too. In themes.yaml: say+views 13 letters and reports unchanged, challenge themes.yaml 0.880 -> 0.877 (under its floor);
// say-active 13 letters and reports unchanged, r21 and r26 one right each, nothing else moved.
const FAMILY_SAYS = String.raw`\b(?:parents|carers|families|mothers|fathers|parent|carer)\b(?: (?:and|or) (?:carers|parents|families|young people|children))?(?: (?:who|that|we|inspectors) [^.;,]{0,40}?)?(?: [\w'’-]+){0,2}? (?:told|tell|tells|said|say|says|describe|described|describes|report|reported|reports|feel|felt|feels|commented|comment|comments|expressed|express|value|valued|values|appreciate|appreciated|praise|praised)\b`;
const CAUSES_EV = {
  'family-engagement': {
    'families-say': new RegExp(FAMILY_SAYS, 'i'),
    // active voice only: not "was reported by", "have been told" (the parents told, not telling)
    'families-say-active': new RegExp(FAMILY_SAYS.replace(String.raw`(?: [\w'’-]+){0,2}? (?:told`, String.raw`(?: (?!(?:is|are|was|were|be|been|being|have|has|had)\b)[\w'’-]+){0,2}? (?<!\b(?:is|are|was|were|be|been|being) )(?:told`), 'i'),
    'families-views': /\b(?:parents|carers|families|family)['’]s? (?:views|experiences?|feedback|voices?|comments)\b|\b(?:views|experiences?|feedback|voices?) (?:of|from) (?:the |their )?(?:parents|carers|families)\b/i,
    'families-both': new RegExp(FAMILY_SAYS + String.raw`|\b(?:parents|carers|families|family)['’]s? (?:views|experiences?|feedback|voices?|comments)\b|\b(?:views|experiences?|feedback|voices?) (?:of|from) (?:the |their )?(?:parents|carers|families)\b`, 'i'),
  },
};
for (const [owner, causes] of Object.entries(CAUSES_EV)) {
  for (const [name, re] of Object.entries(causes)) {
    KINDS[`ev-${name}`] = forLabel(owner, (_, item) => re.test(item.text));
    KINDS[`ev-${name}-2sets`] = (train, label) => (label === owner ? adoptedOnTwoSets(train, label, (_, item) => re.test(item.text)) : { match: () => false, kept: ['not this label'] });
    KINDS[`ev-${name}-3sets`] = (train, label) => (label === owner ? adoptedOnThreeSets(train, label, (_, item) => re.test(item.text)) : { match: () => false, kept: ['not this label'] });
  }
}

// R (9ey, sixty-third step): the thirty-second set's misses sorted by cause (information sharing's first, then joint working's,
// risk assessment's and assessment's), as fixed classes written from r32's words and the codebook's row for the label (r32 is in
// sample for each), each also on the two- and three-set bars. A class with right tags in four sealed sets or more can pass the
// three-set bar in every fold; one in three sets or fewer cannot (each fold sees two). With --cache holding the start's tags,
// leave one sealed set out over r7-r32: joint-noun 5 right / 0 extra on the three-set bar (r25, r26, r28, r29, r32), kept in
// themes.yaml; assessment-of-person 6 / 0 on the three-set bar (r12, r17, r20 twice, r21, r28), not kept: in themes.yaml it
// also tags an unread held-out letter's finding without the theme, which takes tagging-quality's held-out letters under
// their floor (662/167/115 -> 662/168/115, 0.8244 -> 0.8239). Every other class is in three sealed sets or fewer, so 0 on
// the three-set bar: agency-not-tell 3 / 0 on the one-set bar (r31, r32), agency-alerted 4 / 0 (r29, r31, r32),
// information-follows, information-circulated, draws-on-records, grasp-of-risks 2 / 0 each (two sets), put-down-to 4 / 1
// (r23, r30, r32; r26-60 without), agreed-with-agency 3 / 0 (r19, r32), assessments-do 5 / 0 (r30, r32); asked-what-they-know,
// hear-little, shared-understanding-between, considered-as-possibly and assessed-by-worker r32 alone.
const CAUSES_R32 = {
  'information-sharing': {
    // an agency that does not tell, inform, notify or alert another ("some settings do not tell anyone promptly when a child
    // fails to arrive", "did not alert the receiving authority"); 9em's notify-authority took one of its verbs and one object
    'agency-not-tell': /\b(?:(?:do|does|did) not|rarely|seldom|never|fail(?:s|ed)? to)(?: always| routinely| consistently| promptly)? (?:tell|inform|notify|alert|update) (?:anyone|anybody|other|the|their|schools?|police|health|GPs?|social|children['’]s)\b/i,
    // an agency asked what it knows, in the passive ("schools are not asked what they know"); not a child asked what they think
    'asked-what-they-know': /\b(?:is|are|was|were) (?:not |rarely |seldom |never )?(?:always |routinely |consistently |often )?asked (?:what (?:they|it) (?:know|knows|hold|holds)|for (?:information|records|details|what))\b/i,
    // information or a record that follows a family or reaches a new team ("important information does not always follow
    // them", "health records can take weeks to reach the new health visiting team")
    'information-follows': /\b(?:information|records?|files?|notes|histor(?:y|ies))\b[^.;]{0,50}?\b(?:follow|follows|followed|reach|reaches|reached)\b(?! (?:without exception|the (?:guidance|protocol|procedure)))/i,
    // information, reports or details circulated before a meeting ("the information circulated in advance"); not lessons,
    // learning or findings circulated (quality assurance)
    'information-circulated': /\b(?:information|reports?|details|minutes|notes|records|names)\b[^.;]{0,30}?\bcirculated\b/i,
    // a referrer that hears little or nothing about what happens next (feedback on referrals, past "little")
    'hear-little': /\b(?:hear|hears|heard|told|learn|learns) (?:little|nothing|less)(?: \w+)? (?:about|of) what (?:has |had )?happen(?:s|ed)\b/i,
    // records of several sources drawn on ("draws on a range of sources, including council tax records")
    'draws-on-records': /\bdraw(?:s|n|ing)? on\b[^.;]{0,60}?\brecords\b/i,
    // agency-not-tell in both polarities: an agency that tells, informs, notifies or alerts another or anyone ("promptly
    // alerted the receiving authority"), not a child or a parent telling
    'agency-alerted': /(?<!\b(?:children|child|young people|parents?|famil(?:y|ies)|mothers?|fathers?|carers?|girls?|boys?|pupils?|he|she|victims?) (?:\w+ ){0,2})\b(?:tell|tells|told|inform|informs|informed|notify|notifies|notified|alert|alerts|alerted) (?:anyone|anybody|(?:the |their |a |an |other )(?:[\w'’-]+ ){0,2}?(?:school|schools|police|GPs?|health visitors?|nurses?|midwives|authority|authorities|hub|MASH|team|teams|social workers?|agencies|services?|professionals|practitioners|ward|council|probation|provider|providers))\b/i,
  },
  'joint-working': {
    // a joint response, plan, planning, meeting, decision, approach or assessment (the codebook's "joint decisions, joint visits
    // and investigations" in other nouns); not a joint review (leaders', governance) or joint training (the workforce's)
    'joint-noun': /\bjoint (?:response|responses|approach|approaches|plan|plans|planning|meeting|meetings|decision|decisions|assessment|assessments)\b/i,
    // something agreed with another agency ("plans ... agreed with the maternity ward", "has not agreed expectations with
    // providers")
    'agreed-with-agency': /\bagree[sd]? (?:[\w'’-]+ ){0,3}?with (?:the |their |a |an )?(?:[\w'’-]+ ){0,2}?(?:ward|police|schools?|providers?|agenc(?:y|ies)|partners|health|social care|hospital|GPs?|midwives|services?)\b/i,
    // no shared understanding between two professions
    'shared-understanding-between': /\bshared understanding (?:between|across|among)\b/i,
  },
  'risk-assessment': {
    // signs of harm put down to or attributed to a condition, parenting or a choice ("behaviour that signals distress or
    // exploitation is too readily put down to the suspected condition", "attributing them to the child's condition")
    'put-down-to': /\b(?:put down to|attribut(?:ed|ing|e|es) (?:\w+ ){0,3}?to|explained away)\b/i,
    // a grasp, understanding or knowledge of the risks ("a sound grasp of the risks children face online")
    'grasp-of-risks': /\b(?:grasp|understanding|knowledge|awareness|appreciation) of (?:the )?(?:[\w-]+ )?(?:risks?|dangers?)\b/i,
    // children considered as possibly harmed, or rarely so ("are rarely considered as possibly neglected")
    'considered-as-possibly': /\bconsidered (?:as )?(?:possibly|potentially|possible|potential) (?:neglected|abused|harmed|exploited|victims?|signs?)\b/i,
  },
  'assessment': {
    // assessments as the subject of what they do or fail to do, past an agency after "by" or an adverb, or in the past tense
    // ("assessments by social workers begin", "assessments note whether", "assessments concentrated on", "assessments
    // sometimes miss the risks")
    'assessments-do': /(?<!\b(?:risk|needs|risk-) )\bassessments (?:by [^.;,]{0,40}? )?(?:(?:\w+ly|sometimes|often|rarely|seldom|also|still|now|not) )?(?:note|noted|miss|missed|concentrated|focused|considered|explored|begin|began|started|look|looked|lack|lacked|set out|took|describe|described|fail|failed)\b/i,
    // a child or an arrangement assessed by a practitioner ("each one is assessed by a social worker")
    // an assessment of a person with up to three words between (9cj's "assessments of children|families|..." past a modifier:
    // "assessments of kinship carers", "assessments of some children from ...", "their assessments of boys drawn into"), not
    // of a child's risk (risk assessment's); written while sorting r32's assessment misses, none of which it holds
    'assessment-of-person': /(?<!\b(?:risk|needs|risk-|strategic) )\bassessments? (?:of|for) (?:the |their |a |an |some |many |all |these |those )?(?:[\w'’-]+ ){0,3}?(?:children|child|families|family|parents?|carers?|mothers?|fathers?|boys|girls|young people|babies|baby|adults)\b(?!['’]?s? (?:[\w-]+ )?risks?\b)/i,
    'assessed-by-worker': /\b(?:is|are|was|were|been|being) (?:\w+ly )?assessed by (?:a |an |the |their )?(?:social workers?|practitioners?|nurses?|health visitors?|paediatricians?|clinicians?|doctors?)\b/i,
  },
};
for (const [owner, causes] of Object.entries(CAUSES_R32)) {
  for (const [name, re] of Object.entries(causes)) {
    KINDS[`r32-${name}`] = forLabel(owner, (_, item) => re.test(item.text));
    KINDS[`r32-${name}-2sets`] = (train, label) => (label === owner ? adoptedOnTwoSets(train, label, (_, item) => re.test(item.text)) : { match: () => false, kept: ['not this label'] });
    KINDS[`r32-${name}-3sets`] = (train, label) => (label === owner ? adoptedOnThreeSets(train, label, (_, item) => re.test(item.text)) : { match: () => false, kept: ['not this label'] });
  }
}

// `--probe name`: every finding where one of these fixed matchers fires and the built rules miss its label, marked + (the gold has
// the label) or - (it has not), with the mention that set it off: what a class finds before any fold (in sample, to read).
const PROBES = {
  'event-with': ['joint-working', partnerWith], 'event-with-verbs': ['joint-working', (i, e) => partnerOfVerb(i, e)], 'event-involved-verbs': ['joint-working', (i, e) => involvedByVerb(i, e)], 'event-involved': ['joint-working', involved], 'event-attends': ['joint-working', attends], 'event-feedback': ['information-sharing', feedback],
};
if (opt('--ev-shape')) {
  // 9ev: every dev sealed unit the families-say shape fires on, tagged or not: + gold has it, * built rules tag it
  const re = CAUSES_EV['family-engagement'][opt('--ev-shape')];
  for (const item of items) {
    const m = item.text.match(re);
    if (m) console.log(`${item.gold.has('family-engagement') ? '+' : '-'}${item.predicted.has('family-engagement') ? '*' : ' '} ${item.id} "${m[0]}"`);
  }
  process.exit(0);
}
if (opt('--probe')) {
  const [label, fn] = PROBES[opt('--probe')];
  for (const item of items) {
    if (item.predicted.has(label)) continue;
    const hit = mentioned(item).find((e) => fn(item, e));
    if (hit) console.log(`${item.gold.has(label) ? '+' : '-'} ${item.id} [${hit.agency} ${hit.status} ${hit.role} "${item.text.slice(Math.max(0, hit.span[0] - 50), hit.span[1]).replace(/\s+/g, ' ')}"]`);
  }
  process.exit(0);
}

// 9ff: `--candidate file.mjs`: one candidate reading scored against the built rules' tags on every dev set (see the header).
if (opt('--candidate')) {
  const file = resolve(opt('--candidate'));
  let fn;
  try {
    const mod = await import(pathToFileURL(file).href);
    fn = typeof mod.candidate === 'function' ? mod.candidate : mod.default;
  } catch (err) {
    console.error(`theme-recall-carry: cannot load ${file}: ${err.message}`);
    process.exit(2);
  }
  if (typeof fn !== 'function') { console.error(`theme-recall-carry: ${file} exports no function (default or candidate)`); process.exit(2); }
  const known = new Set(items.flatMap((it) => [...it.gold, ...it.predicted]));
  const unknownThemes = new Set();
  // each finding's changes: [theme, 'gained' | 'extra' | 'lost' | 'cleared']
  const changes = items.map((item) => {
    let out;
    try {
      out = fn(item.text, { id: item.id, set: item.set, text: item.text, words: item.words, tags: [...item.predicted], events: item.events }) ?? {};
    } catch (err) {
      console.error(`theme-recall-carry: the candidate failed on ${item.id}: ${err.message}`);
      process.exit(2);
    }
    const list = (x) => (Array.isArray(x) ? x : x ? [x] : []);
    const remove = new Set(list(out.remove));
    const found = [];
    for (const t of new Set(list(out.add))) {
      if (!known.has(t)) unknownThemes.add(t);
      if (!remove.has(t) && !item.predicted.has(t)) found.push([t, item.gold.has(t) ? 'gained' : 'extra']);
    }
    for (const t of remove) {
      if (!known.has(t)) unknownThemes.add(t);
      if (item.predicted.has(t)) found.push([t, item.gold.has(t) ? 'lost' : 'cleared']);
    }
    return found;
  });
  if (unknownThemes.size) console.error(`theme-recall-carry: themes no dev unit has or is tagged with (a typo?): ${[...unknownThemes].sort().join(', ')}`);
  const zero = () => ({ gained: 0, extra: 0, lost: 0, cleared: 0 });
  const add = (a, b) => { for (const k of Object.keys(a)) a[k] += b[k]; return a; };
  const net = (c) => c.gained + c.cleared - c.extra - c.lost;
  const fmt = (c) => `right gained ${String(c.gained).padStart(3)}, extras added ${String(c.extra).padStart(3)}, right lost ${String(c.lost).padStart(3)}, extras taken away ${String(c.cleared).padStart(3)} (net ${net(c) >= 0 ? '+' : ''}${net(c)})`;
  // in sample: every change the candidate makes
  const perSet = new Map(SETS.map((set) => [set, zero()]));
  items.forEach((item, i) => { for (const [, what] of changes[i]) perSet.get(item.set)[what]++; });
  // leave one set out: a theme's adding (or removing) kept for a held set only if, on the other sets, it nets positive
  const moves = [...new Set(changes.flatMap((c) => c.map(([t, what]) => `${t} ${what === 'gained' || what === 'extra' ? 'add' : 'remove'}`)))].sort();
  const moveOf = (t, what) => `${t} ${what === 'gained' || what === 'extra' ? 'add' : 'remove'}`;
  const byMoveSet = new Map(moves.map((m) => [m, new Map(SETS.map((set) => [set, zero()]))]));
  items.forEach((item, i) => { for (const [t, what] of changes[i]) byMoveSet.get(moveOf(t, what)).get(item.set)[what]++; });
  const heldSet = new Map(SETS.map((set) => [set, zero()]));
  const moveRows = [];
  for (const m of moves) {
    const sets = byMoveSet.get(m);
    const all = [...sets.values()].reduce((a, c) => add(a, c), zero());
    const held = zero();
    let folds = 0;
    for (const set of SETS) {
      const other = add(zero(), all);
      for (const k of Object.keys(other)) other[k] -= sets.get(set)[k];
      if (net(other) > 0) { folds++; add(held, sets.get(set)); add(heldSet.get(set), sets.get(set)); }
    }
    moveRows.push(`  ${m.padEnd(40)} in sample: ${fmt(all)}\n  ${''.padEnd(40)} held out:  ${fmt(held)}; kept in ${folds} of ${SETS.length} folds`);
  }
  const sum = (map, keep) => [...map].filter(([set]) => keep(set)).reduce((a, [, c]) => add(a, c), zero());
  const newest = SETS.slice(-2);
  const older = (set) => !newest.includes(set);
  // `--found r32,r33`: the sets the reading was written from; the others are where it is scored out of sample
  const found = opt('--found')?.split(',') ?? [];
  const badFound = found.filter((set) => !SETS.includes(set));
  if (badFound.length) { console.error(`theme-recall-carry: --found names no dev set read: ${badFound.join(', ')}`); process.exit(2); }
  const before = { tp: 0, fp: 0, fn: 0 };
  const after = { tp: 0, fp: 0, fn: 0 };
  items.forEach((item, i) => {
    for (const t of item.predicted) item.gold.has(t) ? before.tp++ : before.fp++;
    for (const t of item.gold) if (!item.predicted.has(t)) before.fn++;
  });
  const inAll = sum(perSet, () => true);
  Object.assign(after, { tp: before.tp + inAll.gained - inAll.lost, fp: before.fp + inAll.extra - inAll.cleared, fn: before.fn - inAll.gained + inAll.lost });
  const f1 = (c) => (2 * c.tp / (2 * c.tp + c.fp + c.fn || 1)).toFixed(4);
  const heldAll = sum(heldSet, () => true);
  const positive = SETS.filter((set) => net(perSet.get(set)) > 0).length;
  const negative = SETS.filter((set) => net(perSet.get(set)) < 0).length;
  const carries = net(heldAll) > 0 && heldAll.extra + heldAll.lost < (heldAll.gained + heldAll.cleared) / 3 && positive > negative;
  const lines = [
    `candidate ${opt('--candidate')} on r7-r${LAST} (${items.length} dev units), against the built rules' top-level themes:`,
    `in sample, every change it makes:`,
    `  ${`r7-${SETS[SETS.length - 3]} pooled:`.padEnd(16)}${fmt(sum(perSet, older))}`,
    ...SETS.filter((set) => !older(set)).map((set) => `  ${set.padEnd(16)}${fmt(perSet.get(set))}`),
    `  all pooled:     ${fmt(inAll)}; net positive on ${positive} sets, negative on ${negative}, of ${SETS.length}`,
    ...(found.length ? [`  on the sets it was not written from (all but ${found.join(', ')}): ${fmt(sum(perSet, (set) => !found.includes(set)))}`] : []),
    `  themes micro F1 over the dev units: ${f1(before)} -> ${f1(after)}`,
    `  per set (gained/extras/lost/taken away): ${SETS.map((set) => { const c = perSet.get(set); return `${set} ${c.gained}/${c.extra}/${c.lost}/${c.cleared}`; }).join(', ')}`,
    `leave one set out (a theme's change kept for a held set only if it nets positive on the other sets):`,
    `  ${`r7-${SETS[SETS.length - 3]} pooled:`.padEnd(16)}${fmt(sum(heldSet, older))}`,
    ...SETS.filter((set) => !older(set)).map((set) => `  ${set.padEnd(16)}${fmt(heldSet.get(set))}`),
    `  all pooled:     ${fmt(heldAll)}`,
    `by theme:`,
    ...(moveRows.length ? moveRows : ['  (no change on any dev unit)']),
    `verdict: ${carries ? 'carries' : 'does not carry'} (left out: net positive, extras added and right lost under a third of the right gained and extras taken away; in sample: net positive on more sets than negative)`,
  ];
  if (args.includes('--show-hits')) {
    lines.push('changes (+ the gold agrees, - it does not):');
    items.forEach((item, i) => { for (const [t, what] of changes[i]) lines.push(`  ${what === 'gained' || what === 'cleared' ? '+' : '-'} ${item.id} ${what} ${t}`); });
  }
  console.log(lines.join('\n'));
  process.exit(carries ? 0 : 1);
}

const score = (held, label, match) => {
  let right = 0;
  let extra = 0;
  const hits = [];
  for (const item of held) {
    if (item.predicted.has(label) || !match(item.words, item)) continue;
    if (item.gold.has(label)) right++; else extra++;
    hits.push(`${item.gold.has(label) ? '+' : '-'} ${item.id}`);
  }
  return { right, extra, hits };
};

const misses = (label, set) => items.filter((it) => it.set === set && it.gold.has(label) && !it.predicted.has(label)).length;
const out = [];
const summary = [];
// 9ff: the learned kinds train a classifier per fold and label (minutes each); they run only when named or with `--learned`.
const LEARNED = new Set(['clause-learned', 'clause-learned-lean', 'clause-learned-cooc', 'cooc-learned']);
const wanted = (k) => (ONLY ? ONLY.includes(k) : !LEARNED.has(k) || args.includes('--learned'));
if (args.includes('--list-kinds')) { console.log(Object.keys(KINDS).filter((k) => wanted(k)).join(',')); process.exit(0); }
const unknown = (ONLY ?? []).filter((k) => !KINDS[k]);
if (unknown.length) { console.error(`theme-recall-carry: no kind ${unknown.join(', ')}`); process.exit(2); }
const TRAIN = new Map(SETS.map((set) => {
  const at = Number(set.slice(1));
  return [set, items.filter((it) => (FORWARD ? Number(it.set.slice(1)) < at : it.set !== set))];
}));
const HELD = new Map(SETS.map((set) => [set, items.filter((it) => it.set === set)]));
for (const [kind, find] of Object.entries(KINDS).filter(([k]) => wanted(k))) {
  MEMO.slots.clear();
  const pooled = { right: 0, extra: 0, positive: 0, rows: [] };
  const perSet = Object.fromEntries(SETS.map((s) => [s, { right: 0, extra: 0 }]));
  const inSample = { right: 0, extra: 0 };
  for (const label of LABELS) {
    let r = 0;
    let e = 0;
    for (const set of SETS) {
      const at = Number(set.slice(1));
      if (FORWARD && at < 9) continue;
      const train = TRAIN.get(set);
      const held = HELD.get(set);
      MEMO.key = `${kind}\0${label}`; MEMO.n = 0;
      const { match } = find(train, label);
      const s = score(held, label, match);
      r += s.right; e += s.extra;
      perSet[set].right += s.right; perSet[set].extra += s.extra;
      if (SHOW === kind && s.hits.length) out.push(`  ${kind} ${label} ${set}: ${s.hits.join(', ')}`);
    }
    MEMO.key = `${kind}\0${label}`; MEMO.n = 0;
    const all = find(items, label);
    MEMO.key = null;
    const ins = score(items, label, all.match);
    inSample.right += ins.right; inSample.extra += ins.extra;
    pooled.rows.push(`  ${label.padEnd(22)} held out ${String(r).padStart(3)} right / ${String(e).padStart(3)} extra; in sample ${String(ins.right).padStart(3)} / ${String(ins.extra).padStart(3)} (${all.kept.length} kept: ${all.kept.slice(0, 12).join(' | ')}${all.kept.length > 12 ? ' ...' : ''})`);
  }
  for (const s of SETS.filter((set) => !FORWARD || Number(set.slice(1)) >= 9)) { pooled.right += perSet[s].right; pooled.extra += perSet[s].extra; if (perSet[s].right > perSet[s].extra) pooled.positive++; }
  out.push(`${kind}: held out, pooled ${pooled.right} right / ${pooled.extra} extra (net ${pooled.right - pooled.extra}); net positive on ${pooled.positive} of ${FORWARD ? SETS.length - 2 : SETS.length} held sets; in sample ${inSample.right} / ${inSample.extra}`);
  out.push(`  per held set (right / extra): ${SETS.map((s) => `${s} ${perSet[s].right}/${perSet[s].extra}`).join(', ')}`);
  out.push(...pooled.rows);
  const keep = pooled.positive > (FORWARD ? SETS.length - 2 : SETS.length) / 2 && pooled.extra < pooled.right / 3;
  summary.push(`${kind}: ${keep ? 'passes' : 'fails'} the bar (net positive on most held sets, pooled extras under a third of the gains)`);
}
const missed = `${LABELS.map((l) => `${l} ${SETS.reduce((n, s) => n + misses(l, s), 0)}`).join(', ')}\n  by set (these labels): ${SETS.map((s) => `${s} ${LABELS.reduce((n, l) => n + misses(l, s), 0)}`).join(', ')}`;
console.log([`misses on r7-r${LAST} under the built rules: ${missed}`, ...out, ...summary].join('\n'));
