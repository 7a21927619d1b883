#!/usr/bin/env node
// Where a theme's word stands, and how often the gold tags the theme there (issue 9, thirty-ninth step,
// helper 9at). The agency tags decide a mention's role in its clause (src/tag/roles.ts); this measures
// whether the same idea holds for themes: a practice theme whose every counted mention stands in a
// passing position (a purpose clause, a relative clause describing a noun, a "when" clause, the topic
// of a course or an audit, the name of a forum or unit, a document's name or title) against one with a
// mention in the clause the finding judges. A position is a rule only where the gold reads it against
// the theme (dropping a tag pays only where it is right less than about half as often as the micro F1).
// Run after `npm run build`. Reads the tuned sets only: the nine readable dev letters (the 13 less the
// four of UNREAD_AGENCIES in tests/tagging-quality.test.ts) and the seventh and eighth sealed sets,
// opened as dev by the thirty-seventh and thirty-eighth steps. No held-out letter or report is read.
// - `node tests/theme-positions.mjs`: fired practice themes by the positions of their counted mentions,
//   tagged / not by the gold, per set; `--by-theme` adds a line per theme.
// - `--others`: the same by mentions (once / more) and how many other themes have a mention in a
//   judged clause (the aside rule's question, src/tag/aside.ts).
// - `--evaluated`: by whether an evaluative word (good, timely, not, limited ...) stands in the
//   mention's clause (between commas or breaks).
// - `--combined`: the two cuts above together.
// - `--learned`: the learned layer as the judge of the point: for each theme a model of the finding's
//   words alone (its own rule's feature left out), each letter left out (trained on the other eight; the
//   sealed sets on all nine), and what dropping a fired theme below a score would take away, right /
//   extra, by gate (passing-only, named once, both, any).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { parseFile, defaultRules } from '../dist/index.js';
import { applyAll, letterContext, tokenize, NO_CONTEXT } from '../dist/tag/match.js';
import { wordClassOf } from '../dist/tag/word-classes.js';
import { featuresOf, scoreLabel } from '../dist/tag/learned.js';
import { trainThemeModel, THEME_MODEL_SETTINGS } from '../dist/tag/learned-train.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const UNREAD = new Set(['hampshire-2017-02-01', 'kirklees-2022-08-18', 'sefton-2019-12-18', 'south-tyneside-2016-04-05']);
const HARMS = new Set(['neglect', 'domestic-abuse', 'exploitation', 'sexual-abuse', 'serious-youth-violence', 'children-mental-health', 'parental-mental-health', 'parental-substance-misuse', 'missing-children']);
const SETS = ['nine', 'r7', 'r8'];
const { tagger } = defaultRules();
const topOf = (result) => tagger.rules.find((compiled) => compiled.rule === result.rule).path[0];

const units = [];
const goldDir = join(root, 'fixtures/gold/dev');
for (const name of readdirSync(goldDir).map((file) => /^([a-z-]+-\d{4}-\d{2}-\d{2})\.json$/.exec(file)?.[1]).filter((name) => name && !UNREAD.has(name)).sort()) {
  const parsed = await parseFile(join(root, `fixtures/letters/${name}.pdf`), { includeText: true, model: false });
  units.push({ name, set: 'nine', context: letterContext(tagger, parsed.text, parsed.letter.theme), findings: JSON.parse(readFileSync(join(goldDir, `${name}.json`), 'utf8')).findings });
}
for (const round of [7, 8]) {
  const { items } = parse(readFileSync(join(root, `fixtures/gold/challenge/sealed-round${round}.yaml`), 'utf8'));
  units.push({ name: `r${round}`, set: `r${round}`, context: NO_CONTEXT, findings: items });
}

// The clause around a mention: breaks end it; a comma ends the comma clause.
const BREAK = /[.;:!?()\u2013\u2014]| - /;
const gapBefore = (text, tokens, i) => text.slice(tokens[i - 1].end, tokens[i].start);
const FORUMS = new Set(['meeting', 'meetings', 'conference', 'conferences', 'panel', 'panels', 'forum', 'forums', 'group', 'groups', 'subgroup', 'subgroups', 'board', 'boards', 'unit', 'units', 'team', 'teams', 'hub', 'hubs', 'service', 'services', 'partnership', 'committee']);
const DOCUMENTS = new Set(['strategy', 'strategies', 'protocol', 'protocols', 'policy', 'policies', 'procedure', 'procedures', 'guidance', 'toolkit', 'toolkits', 'pathway', 'pathways', 'framework', 'frameworks', 'document', 'documents', 'form', 'forms', 'template', 'templates', 'tool', 'tools', 'model']);
const COURSES = new Set(['training', 'trained', 'course', 'courses', 'audit', 'audits', 'audited', 'auditing', 'workshop', 'workshops', 'session', 'sessions', 'briefing', 'briefings']);
const TOPIC_WORDS = new Set(['on', 'in', 'about', 'of', 'including', 'covering', 'such', 'into', 'around', 'regarding']);
/** Words before "to" that make what follows their complement, not a purpose: "are able to share", "fail to assess". */
const COMPLEMENT_OF = new Set(['able', 'unable', 'fail', 'fails', 'failed', 'failing', 'need', 'needs', 'needed', 'continue', 'continues', 'begin', 'began', 'begun', 'start', 'started', 'want', 'try', 'tried', 'seek', 'struggle', 'struggled', 'struggles', 'have', 'has', 'had', 'required', 'expected', 'likely', 'unlikely', 'how', 'when', 'what', 'whether', 'where', 'not', 'yet', 'opportunity', 'ability', 'capacity', 'confident', 'willing', 'reluctant', 'used', 'due', 'time', 'too', 'enough', 'first', 'placed', 'equipped', 'helped', 'help', 'helps', 'encouraged', 'supported', 'enable', 'enables', 'enabled', 'allow', 'allows', 'allowed']);
const SUBORDINATORS = new Set(['when', 'where', 'if', 'although', 'though', 'while', 'whilst', 'because', 'once', 'until', 'unless', 'since', 'despite', 'after', 'before', 'whereas']);
const RELATIVES = new Set(['which', 'who', 'whose', 'whom']);
const EVALUATIVE = new Set('good well better best effective effectively ineffective strong stronger strength strengths robust robustly timely untimely prompt promptly quickly swift swiftly slow slowly late delay delays delayed consistent consistently inconsistent inconsistently thorough thoroughly clear clearly unclear poor poorly weak weaker weakness weaknesses limited insufficient sufficient lack lacks lacking not never rarely seldom always sometimes variable appropriate appropriately inappropriate comprehensive detailed gaps gap improved improving improve improvement improvements impressive excellent positive positively effectiveness quality high-quality valued value values helpful successful successfully failed fail fails failing unable able confident should must need needs needed ensure ensures routinely routine adequate adequately inadequate proportionate responsive outstanding exceptional skilled skilfully sensitive sensitively careful carefully'.split(' '));
const isVerb = (word) => /VB|MD/.test(wordClassOf(word));
const isNoun = (word) => /^NN/.test(wordClassOf(word)) && !isVerb(word);

/** The position of a mention (tokens first..last): one of the passing positions, or "judged" (the clause the finding judges). */
function positionOf(text, tokens, first, last) {
  const next = tokens[last + 1]?.word;
  const joined = last + 1 < tokens.length && !BREAK.test(gapBefore(text, tokens, last + 1)) && !gapBefore(text, tokens, last + 1).includes(',');
  if (joined && FORUMS.has(next)) return 'forum or unit name';
  if (joined && DOCUMENTS.has(next)) return 'document name';
  if (joined && COURSES.has(next)) return 'topic of a course or audit';
  if (/[‘“'"]\s*$/.test(text.slice(Math.max(0, tokens[first].start - 2), tokens[first].start))) return 'title';
  // The sentence's words before the mention, back to a break, and the comma clause the mention is in.
  let start = first;
  while (start > 0 && !BREAK.test(gapBefore(text, tokens, start))) start--;
  let clause = start;
  for (let k = first; k > start; k--) if (gapBefore(text, tokens, k).includes(',')) { clause = k; break; }
  const words = tokens.slice(clause, first).map((token) => token.word);
  for (let k = words.length - 1; k >= Math.max(0, words.length - 7); k--) if (COURSES.has(words[k]) && (k === words.length - 1 || TOPIC_WORDS.has(words[k + 1]))) return 'topic of a course or audit';
  const subordinate = words.findLastIndex((word) => SUBORDINATORS.has(word));
  const relative = words.findLastIndex((word, k) => RELATIVES.has(word) || (word === 'that' && k > 0 && isNoun(words[k - 1])));
  const purpose = words.findLastIndex((word, k) => (word === 'to' && isVerb(words[k + 1] ?? tokens[first].word)) || (word === 'order' && words[k + 1] === 'to') || (word === 'so' && words[k + 1] === 'that'));
  const latest = Math.max(subordinate, relative, purpose);
  if (latest < 0) return clause > start && SUBORDINATORS.has(tokens[start].word) ? 'fronted clause' : 'judged';
  if (latest === purpose) return COMPLEMENT_OF.has(words[purpose - 1] ?? '') ? 'judged (a verb\'s complement)' : 'purpose clause';
  if (latest === relative) return 'relative clause';
  return 'subordinate clause';
}

/** Does an evaluative word stand in the mention's comma clause? */
function evaluated(text, tokens, first, last) {
  const ends = (i) => BREAK.test(gapBefore(text, tokens, i)) || gapBefore(text, tokens, i).includes(',');
  let a = first;
  while (a > 0 && !ends(a)) a--;
  let b = last;
  while (b + 1 < tokens.length && !ends(b + 1)) b++;
  return tokens.slice(a, b + 1).some((token) => EVALUATIVE.has(token.word));
}

const judged = (position) => position.startsWith('judged');
const rows = [];
for (const unit of units) {
  for (const finding of unit.findings) {
    const tokens = tokenize(finding.text);
    const themes = new Map();
    for (const result of applyAll(tagger, 'theme', finding.text, tokens, unit.context)) {
      const id = topOf(result);
      const known = themes.get(id) ?? { fired: false, mentions: [] };
      known.fired ||= result.tag !== null;
      known.mentions.push(...result.mentions.filter((mention) => mention.status === 'counted'));
      themes.set(id, known);
    }
    for (const theme of themes.values()) {
      theme.places = theme.mentions.map((mention) => {
        const first = tokens.findIndex((token) => token.end > mention.span[0]);
        let last = first;
        while (last + 1 < tokens.length && tokens[last + 1].start < mention.span[1]) last++;
        return { position: positionOf(finding.text, tokens, first, last), evaluated: evaluated(finding.text, tokens, first, last) };
      });
    }
    const fired = [...themes].filter(([, theme]) => theme.fired).map(([id]) => id);
    const features = featuresOf(tokens, fired);
    for (const [id, theme] of themes) {
      if (!theme.fired || HARMS.has(id)) continue;
      const others = [...themes].filter(([other, t]) => other !== id && t.fired && t.places.some((place) => judged(place.position))).length;
      rows.push({ unit, finding, id, features, once: theme.mentions.length === 1, places: theme.places, others, gold: finding.themes.includes(id) });
    }
  }
}

const tally = new Map();
const bump = (key, row) => {
  const cell = tally.get(key) ?? Object.fromEntries(SETS.map((set) => [set, { right: 0, extra: 0 }]));
  cell[row.unit.set][row.gold ? 'right' : 'extra']++;
  tally.set(key, cell);
};
const byTheme = process.argv.includes('--by-theme');
for (const row of rows) {
  const positions = [...new Set(row.places.map((place) => place.position))].sort();
  let key;
  if (process.argv.includes('--others')) key = `${row.places.some((place) => judged(place.position)) ? 'a mention judged' : 'passing only'}, ${row.once ? 'once' : 'twice or more'}, others judged ${Math.min(row.others, 3)}${row.others >= 3 ? '+' : ''}`;
  else if (process.argv.includes('--combined')) key = `${row.places.some((place) => judged(place.position)) ? 'a mention judged' : 'passing only'}, ${row.once ? 'once' : 'twice or more'}, others judged ${Math.min(row.others, 3)}${row.others >= 3 ? '+' : ''}, ${row.places.some((place) => place.evaluated) ? 'an evaluative word' : 'no evaluative word'}`;
  else if (process.argv.includes('--evaluated')) key = `${row.places.some((place) => place.evaluated) ? 'an evaluative word in its clause' : 'no evaluative word in its clause'}, ${row.once ? 'once' : 'twice or more'}`;
  else key = positions.length === 1 ? `only: ${positions[0]}` : positions.some(judged) ? 'one judged, others passing' : `passing only, mixed (${positions.join(' + ')})`;
  bump(key, row);
  if (byTheme) bump(`${key} | ${row.id}`, row);
}

if (!process.argv.includes('--learned')) {
  console.log(`fired practice themes by the positions of their counted mentions: right / extra (share right) on ${SETS.join(', ')}`);
  for (const [key, cell] of [...tally].sort()) console.log(`  ${key.padEnd(byTheme ? 90 : 64)} ${SETS.map((set) => { const { right, extra } = cell[set]; return `${right} / ${extra}${right + extra > 0 ? ` (${(right / (right + extra)).toFixed(2)})` : ''}`.padEnd(18); }).join(' ')}`);
  process.exit(0);
}

// The learned judge: one model per practice theme on the finding's words and the other themes' rules, its own left out.
const PRACTICE = [...new Set(rows.map((row) => row.id))].sort();
const examplesOf = (unit, id) => unit.findings.map((finding) => {
  const tokens = tokenize(finding.text);
  const fired = applyAll(tagger, 'theme', finding.text, tokens, unit.context).filter((result) => result.tag !== null).map(topOf).filter((other) => other !== id);
  return { letter: unit.name, features: featuresOf(tokens, fired), themes: finding.themes, excluded: {} };
});
const nine = units.filter((unit) => unit.set === 'nine');
const scores = new Map();
for (const id of PRACTICE) {
  const examples = new Map(nine.map((unit) => [unit, examplesOf(unit, id)]));
  for (const unit of units) {
    const training = nine.filter((other) => other !== unit).flatMap((other) => examples.get(other));
    const settings = { ...THEME_MODEL_SETTINGS, labels: [{ id, add: null, drop: null }] };
    const label = trainThemeModel(training, settings, { inputs: '', themeRules: '', letters: training.length, findings: 0 }).labels[0];
    for (const row of rows.filter((r) => r.unit === unit && r.id === id)) scores.set(row, scoreLabel(label, row.features.filter((feature) => feature !== `(rule fired: ${id})`)));
  }
}
const gates = { 'passing only': (row) => !row.places.some((place) => judged(place.position)), 'named once': (row) => row.once, 'passing only, once': (row) => row.once && !row.places.some((place) => judged(place.position)), 'any fired theme': () => true };
console.log(`dropping a fired practice theme when the words-only model scores it below t: right / extra taken away on ${SETS.join(', ')}`);
for (const [name, gate] of Object.entries(gates)) {
  for (const t of [0.05, 0.1, 0.15, 0.2, 0.3]) {
    const cells = SETS.map((set) => {
      const dropped = rows.filter((row) => row.unit.set === set && gate(row) && scores.get(row) < t);
      return `${dropped.filter((row) => row.gold).length} / ${dropped.filter((row) => !row.gold).length}`.padEnd(10);
    });
    console.log(`  ${name.padEnd(20)} t ${String(t).padEnd(5)} ${cells.join(' ')}`);
  }
}
