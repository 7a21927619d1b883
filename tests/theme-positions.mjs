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
// - `--single` (issue 9, forty-sixth step, second part, helper 9bn): every theme (harms too) the rules fire from exactly
//   one counted mention, on all 13 letters' gold (nine read + four once-unread; Main findings as paragraphs) and the
//   sealed sets r7-r15 (dev since the forty-sixth step), and what each clause reading of that mention would take away,
//   right / extra: R1 the position above not "judged"; R2 its noun phrase opened by a preposition (R2b: not "of"); R3 not
//   the main clause's subject, verb or object (R3b: not subject or verb); R4-R7 unions and no evaluative word in its
//   clause. `--single --by-theme` adds a line per theme. Counts only: the four letters theme-decisions.mjs holds out
//   (UNREAD) are printed pooled, never finding by finding; no held-out challenge set or report is read.
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
const SINGLE = process.argv.includes('--single');
const SETS = SINGLE ? ['nine', 'four', 'sealed'] : ['nine', 'r7', 'r8'];
const { tagger } = defaultRules();
const topOf = (result) => tagger.rules.find((compiled) => compiled.rule === result.rule).path[0];

const units = [];
const goldDir = join(root, 'fixtures/gold/dev');
for (const name of readdirSync(goldDir).map((file) => /^([a-z-]+-\d{4}-\d{2}-\d{2})\.json$/.exec(file)?.[1]).filter((name) => name && (SINGLE || !UNREAD.has(name))).sort()) {
  const parsed = await parseFile(join(root, `fixtures/letters/${name}.pdf`), { includeText: true, model: false });
  const findings = JSON.parse(readFileSync(join(goldDir, `${name}.json`), 'utf8')).findings.map((finding) => ({ ...finding, style: finding.section === 'main-findings' ? 'paragraph' : 'bullet' }));
  units.push({ name, set: UNREAD.has(name) ? 'four' : 'nine', context: letterContext(tagger, parsed.text, parsed.letter.theme), findings });
}
for (const round of SINGLE ? [7, 8, 9, 10, 11, 12, 13, 14, 15] : [7, 8]) {
  const { items } = parse(readFileSync(join(root, `fixtures/gold/challenge/sealed-round${round}.yaml`), 'utf8'));
  units.push({ name: `r${round}`, set: SINGLE ? 'sealed' : `r${round}`, context: NO_CONTEXT, findings: items });
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

if (SINGLE) {
  const gap = (text, tokens, i) => (i <= 0 ? '' : gapBefore(text, tokens, i));
  // A noun phrase's opening preposition: walking back from the mention over determiners, adjectives, nouns, -ing words and
  // possessives ("and", "or" too), within its comma clause; the first other word, when it is a preposition.
  const PREPOSITIONS = new Set(['to', 'into', 'at', 'on', 'with', 'from', 'by', 'for', 'in', 'about', 'within', 'through', 'across', 'between', 'without', 'under', 'over', 'after', 'before', 'during', 'than', 'of', 'as', 'including', 'following', 'via', 'around', 'among', 'like', 'such']);
  const PHRASE_CLASS = /^(JJ[RS]?|NNS?|NNPS?|NN\+VB|DT|PRP\$|CD|VBG|POS)$/;
  const PHRASE_WORDS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'all', 'each', 'every', 'some', 'any', 'other', 'many', 'most', 'few', 'more', 'and', 'or', 'both']);
  const inPhrase = (word) => PHRASE_WORDS.has(word) || PHRASE_CLASS.test(wordClassOf(word) ?? '') || /'s$/.test(word);
  const clauseEnd = (text, tokens, i) => BREAK.test(gap(text, tokens, i)) || gap(text, tokens, i).includes(',');
  const stop = (text, tokens, i) => /[.;:!?]/.test(gap(text, tokens, i));
  const opener = (text, tokens, first) => {
    for (let k = first; k > 0 && !clauseEnd(text, tokens, k); k--) {
      const word = tokens[k - 1].word;
      if (PREPOSITIONS.has(word)) return word;
      if (!inPhrase(word)) return null;
    }
    return null;
  };
  // The mention's part of its main clause: after a fronted phrase (a preposition, a subordinator or an -ly word up to its
  // comma) and after ", and / but / so / yet / while" (a coordinated clause); the verb is the first finite verb, relative
  // clauses skipped; before it (not after a preposition) the subject, in its verb group the verb, straight after it the object.
  const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'be', 'been']);
  const finite = (word) => AUXILIARIES.has(word) || /^(VBZ|VBP|VBD|MD)/.test(wordClassOf(word) ?? '');
  const COORDINATORS = new Set(['and', 'but', 'so', 'while', 'whilst', 'yet']);
  const roleOf = (text, tokens, first) => {
    let s = first;
    while (s > 0 && !stop(text, tokens, s) && !(gap(text, tokens, s).includes(',') && COORDINATORS.has(tokens[s].word))) s--;
    if (['and', 'but', 'so', 'yet'].includes(tokens[s].word) && s < first && gap(text, tokens, s).includes(',')) s++;
    let from = s;
    const opening = tokens[s].word;
    if (PREPOSITIONS.has(opening) || SUBORDINATORS.has(opening) || /ly$/.test(opening)) {
      let k = s + 1;
      while (k < tokens.length && !gap(text, tokens, k).includes(',') && !stop(text, tokens, k)) k++;
      if (k < tokens.length && gap(text, tokens, k).includes(',')) from = k;
      if (first < from) return 'fronted';
    }
    let verb = -1;
    for (let k = from; (k < tokens.length && !stop(text, tokens, k)) || k === from; k++) {
      if (RELATIVES.has(tokens[k].word)) { let j = k + 1; while (j < tokens.length && !finite(tokens[j].word)) j++; k = j; continue; }
      if (finite(tokens[k].word) && k > from) { verb = k; break; }
    }
    if (verb < 0) return 'no verb';
    if (first < verb) return opener(text, tokens, first) ? 'other' : 'subject';
    let group = verb;
    while (group + 1 < tokens.length && (AUXILIARIES.has(tokens[group + 1].word) || /^(RB|VB)/.test(wordClassOf(tokens[group + 1].word) ?? '') || tokens[group + 1].word === 'not') && !BREAK.test(gap(text, tokens, group + 1))) group++;
    if (first <= group) return 'verb';
    for (let k = group + 1; k <= first; k++) {
      if (k === first) return 'object';
      const word = tokens[k].word;
      if (clauseEnd(text, tokens, k) || PREPOSITIONS.has(word) || RELATIVES.has(word) || SUBORDINATORS.has(word) || !inPhrase(word)) break;
    }
    return 'other';
  };
  const evaluatedSentence = (text, tokens, first, last) => {
    let a = first; while (a > 0 && !stop(text, tokens, a)) a--;
    let b = last; while (b + 1 < tokens.length && !stop(text, tokens, b + 1)) b++;
    return tokens.slice(a, b + 1).some((token) => EVALUATIVE.has(token.word));
  };
  const single = [];
  for (const unit of units) {
    for (const finding of unit.findings) {
      const tokens = tokenize(finding.text);
      const themes = new Map();
      for (const result of applyAll(tagger, 'theme', finding.text, tokens, unit.context)) {
        const known = themes.get(topOf(result)) ?? { fired: false, mentions: [] };
        known.fired ||= result.tag !== null;
        known.mentions.push(...result.mentions.filter((mention) => mention.status === 'counted'));
        themes.set(topOf(result), known);
      }
      for (const [id, theme] of themes) {
        if (!theme.fired || theme.mentions.length !== 1) continue;
        const [mention] = theme.mentions;
        const first = tokens.findIndex((token) => token.end > mention.span[0]);
        let last = first;
        while (last + 1 < tokens.length && tokens[last + 1].start < mention.span[1]) last++;
        const later = [...finding.text.matchAll(/[.!?](?=\s+[A-Z(\u2018'"])/g)].some((stopAt) => stopAt.index < mention.span[0]);
        single.push({ set: unit.set, style: finding.style, id, harm: HARMS.has(id), gold: finding.themes.includes(id), later, position: positionOf(finding.text, tokens, first, last), opener: opener(finding.text, tokens, first), role: roleOf(finding.text, tokens, first), inClause: evaluated(finding.text, tokens, first, last), inSentence: evaluatedSentence(finding.text, tokens, first, last) });
      }
    }
  }
  const passing = (row) => !judged(row.position);
  const notCore = (row) => row.role === 'other' || row.role === 'fronted';
  const READINGS = {
    'the pool': () => true,
    'R1 passing position': passing,
    'R2 prepositional phrase': (row) => row.opener !== null,
    'R2b the same, not "of"': (row) => row.opener !== null && row.opener !== 'of',
    'R3 not subject, verb or object': notCore,
    'R3b not subject or verb': (row) => !['subject', 'verb', 'no verb'].includes(row.role),
    'R4 R1 or R2b': (row) => passing(row) || (row.opener !== null && row.opener !== 'of'),
    'R5 R1 and R3': (row) => passing(row) && notCore(row),
    'R6 R3, no evaluative word in its clause': (row) => notCore(row) && !row.inClause,
    'R7 R1, no evaluative word in its clause': (row) => passing(row) && !row.inClause,
    'no evaluative word in its clause': (row) => !row.inClause,
    'no evaluative word in its sentence': (row) => !row.inSentence,
  };
  const GROUPS = { nine: (row) => row.set === 'nine', four: (row) => row.set === 'four', letters: (row) => row.set !== 'sealed', 'letters P': (row) => row.set !== 'sealed' && row.style === 'paragraph', sealed: (row) => row.set === 'sealed', 'sealed P': (row) => row.set === 'sealed' && row.style === 'paragraph', 'sealed B': (row) => row.set === 'sealed' && row.style === 'bullet' };
  const cell = (rows) => `${rows.filter((row) => row.gold).length} / ${rows.filter((row) => !row.gold).length}`;
  const SCOPES = { 'every single-mention tag': () => true, 'practice themes': (row) => !row.harm, 'paragraphs, later sentences': (row) => row.style === 'paragraph' && row.later };
  for (const [scope, inScope] of Object.entries(SCOPES)) {
    console.log(`${scope}: what each reading would take away, right / extra`);
    console.log(`  ${''.padEnd(42)} ${Object.keys(GROUPS).map((group) => group.padEnd(11)).join(' ')}`);
    for (const [name, reading] of Object.entries(READINGS)) console.log(`  ${name.padEnd(42)} ${Object.values(GROUPS).map((group) => cell(single.filter((row) => inScope(row) && group(row) && reading(row))).padEnd(11)).join(' ')}`);
  }
  console.log(`by R3's role, right / extra: letters, sealed`);
  for (const role of ['subject', 'verb', 'object', 'other', 'fronted', 'no verb']) console.log(`  ${role.padEnd(10)} ${cell(single.filter((row) => row.set !== 'sealed' && row.role === role)).padEnd(11)} ${cell(single.filter((row) => row.set === 'sealed' && row.role === role))}`);
  if (process.argv.includes('--by-theme')) {
    for (const [name, reading] of Object.entries(READINGS)) {
      console.log(`${name}, per theme: letters, sealed (* more extras than right on both)`);
      for (const id of [...new Set(single.map((row) => row.id))].sort()) {
        const letters = single.filter((row) => row.id === id && row.set !== 'sealed' && reading(row));
        const sealed = single.filter((row) => row.id === id && row.set === 'sealed' && reading(row));
        const more = (rows) => rows.filter((row) => !row.gold).length > rows.filter((row) => row.gold).length;
        if (letters.length + sealed.length > 0) console.log(`  ${id.padEnd(32)} ${cell(letters).padEnd(11)} ${cell(sealed).padEnd(11)}${more(letters) && more(sealed) ? ' *' : ''}`);
      }
    }
  }
  process.exit(0);
}
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
