#!/usr/bin/env node
// The word of judgement a theme's mention goes with (issue 9, forty-seventh step, second part, helper 9bt). Every theme the
// rules give (tagText, as the tests score) on the 13 letters' gold (each letter with its own context; Main findings as
// paragraphs) and on the dev sealed sets r7-r16 (no context), with what fired it (the counted mentions of applyAll: rule,
// matched words) and the words of judgement (an evaluative adjective, adverb or verb, a negation or scarcity word, a modal
// of need: a closed list in four kinds, matched by natural's Porter stem) near each counted mention: attached to it (the two
// words before it, or the first word after it past auxiliaries and adverbs), within 3 or 6 words in its sentence, in its
// comma clause, in its sentence. Run after `npm run build` (about 25 s a mode).
// - `node tests/theme-judgement.mjs`: what a veto "no counted mention has a judgement word of these kinds in W" would take
//   away, right / extra, on the sealed sets' paragraphs and bullets, the nine read letters' and the four once-unread ones'
//   (counts only), the pooled F1 change (every dev set and letter together) for the veto on every finding (the tagger does
//   not know a paragraph from a bullet) and on paragraphs alone; `--by-theme` per label, `--single` one counted mention only.
// - `--sets`: right / extra / missed per sealed set and style, and the letters pooled.
// - `--list`: the sealed sets' paragraph extras by label, by mentions counted and by what fired.
// - `--words`: per label, the share of right tags and of extras with a judgement word of each kind in a mention's clause.
// - `--show ID WINDOW KINDS`: the sealed sets' paragraphs one veto would take (the letters' only counted).
// No held-out challenge set or report is read; the four letters theme-decisions.mjs holds out are never listed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { parseFile, defaultRules } from '../dist/index.js';
import { applyAll, letterContext, tokenize, tagText, NO_CONTEXT } from '../dist/tag/match.js';
import { porter } from '../dist/natural-parts.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const UNREAD = new Set(['hampshire-2017-02-01', 'kirklees-2022-08-18', 'sefton-2019-12-18', 'south-tyneside-2016-04-05']);
const HARMS = new Set(['neglect', 'domestic-abuse', 'exploitation', 'sexual-abuse', 'serious-youth-violence', 'children-mental-health', 'parental-mental-health', 'parental-substance-misuse', 'missing-children']);
const { tagger } = defaultRules();
const topOf = (result) => tagger.rules.find((compiled) => compiled.rule === result.rule).path[0];
const ROUNDS = [7, 8, 9, 10, 11, 12, 13, 14, 15, 16];

const units = [];
const goldDir = join(root, 'fixtures/gold/dev');
for (const name of readdirSync(goldDir).map((file) => /^([a-z-]+-\d{4}-\d{2}-\d{2})\.json$/.exec(file)?.[1]).filter(Boolean).sort()) {
  const parsed = await parseFile(join(root, `fixtures/letters/${name}.pdf`), { includeText: true, model: false });
  const findings = JSON.parse(readFileSync(join(goldDir, `${name}.json`), 'utf8')).findings.map((finding) => ({ ...finding, style: finding.section === 'main-findings' ? 'paragraph' : 'bullet' }));
  units.push({ name, set: UNREAD.has(name) ? 'four' : 'nine', context: letterContext(tagger, parsed.text, parsed.letter.theme), findings });
}
for (const round of ROUNDS) {
  const { items } = parse(readFileSync(join(root, `fixtures/gold/challenge/sealed-round${round}.yaml`), 'utf8'));
  units.push({ name: `r${round}`, set: 'sealed', context: NO_CONTEXT, findings: items });
}

// Words of judgement, by stem. Kinds: good (praise), bad (criticism), neg (negation and scarcity), need (modals of need).
const WORDS = {
  good: 'good well better best effective effectively strong stronger strength strengths robust robustly timely prompt promptly quick quickly swift swiftly thorough thoroughly clear clearly comprehensive detailed consistent consistently appropriate appropriately proportionate rigorous rigorously impressive excellent outstanding exceptional positive positively helpful successful successfully valuable valued sensitive sensitively careful carefully skilled skilful skilfully confident confidently mature embedded focused purposeful meaningful regular regularly routinely secure sound improved improving responsive proactive creative innovative tenacious persistent reflective high-quality well-established efficient efficiently swift decisive decisively timeliness effectiveness benefit benefits benefited ensure ensures ensured enable enables enabled strengthen strengthened',
  bad: 'poor poorly weak weaker weakness weaknesses limited insufficient inconsistent inconsistently variable variably unclear delay delays delayed slow slowly late inadequate inadequately ineffective inappropriate inappropriately superficial underdeveloped under-developed narrow vague generic optimistic drift uneven patchy fragmented shortfall shortfalls deficit gaps gap concern concerns concerning fail fails failed failing unable absent overly too hinder hinders undermine undermines',
  neg: 'not never rarely seldom lack lacks lacking little few minimal no none without',
  need: 'need needs needed should must improve improvement improvements require requires',
};
const KIND = new Map();
for (const [kind, list] of Object.entries(WORDS)) for (const word of list.split(' ')) KIND.set(porter.stem(word), kind);
const judgementOf = (token) => KIND.get(token.stem) ?? (KIND.get(porter.stem(token.word)) ?? null);

const LINKING = new Set('is are was were be been being have has had do does did can could will would may might also always often usually now still generally mostly largely typically routinely consistently sometimes all each'.split(' '));
const gap = (text, tokens, i) => (i <= 0 ? '' : text.slice(tokens[i - 1].end, tokens[i].start));
const stop = (text, tokens, i) => /[.;:!?]/.test(gap(text, tokens, i));
const comma = (text, tokens, i) => stop(text, tokens, i) || /[,()\u2013\u2014]| - /.test(gap(text, tokens, i));
/** The judgement words around tokens first..last: within w words in the sentence, in the comma clause, in the sentence. */
function around(text, tokens, first, last) {
  let a = first; while (a > 0 && !stop(text, tokens, a)) a--;
  let b = last; while (b + 1 < tokens.length && !stop(text, tokens, b + 1)) b++;
  let ca = first; while (ca > 0 && !comma(text, tokens, ca)) ca--;
  let cb = last; while (cb + 1 < tokens.length && !comma(text, tokens, cb + 1)) cb++;
  const found = { attached: [], w3: [], w6: [], clause: [], sentence: [] };
  // Attached: one of the two words before the mention in its clause ("thorough assessments", "do not review plans"), or
  // the first word after it past auxiliaries, copulas and adverbs within four ("assessments are not always thorough",
  // "plans lack"); the noun with its own word of judgement, not a judgement elsewhere in the clause.
  for (let k = first - 1; k >= Math.max(ca, first - 2); k--) { const kind = judgementOf(tokens[k]); if (kind) found.attached.push(kind); }
  for (let k = last + 1; k <= Math.min(cb, last + 4); k++) {
    const kind = judgementOf(tokens[k]);
    if (kind) { found.attached.push(kind); break; }
    if (!LINKING.has(tokens[k].word) && !/ly$/.test(tokens[k].word)) break;
  }
  for (let k = a; k <= b; k++) {
    if (k >= first && k <= last) continue;
    const kind = judgementOf(tokens[k]);
    if (!kind) continue;
    const d = k < first ? first - k : k - last;
    found.sentence.push(kind);
    if (k >= ca && k <= cb) found.clause.push(kind);
    if (d <= 6) found.w6.push(kind);
    if (d <= 3) found.w3.push(kind);
  }
  return found;
}

const rows = [];
for (const unit of units) {
  for (const finding of unit.findings) {
    const tokens = tokenize(finding.text);
    const given = new Set(tagText(tagger, finding.text, unit.context, tokens).themes.map((tag) => tag.path[0]));
    const mentions = new Map();
    for (const result of applyAll(tagger, 'theme', finding.text, tokens, unit.context)) {
      const id = topOf(result);
      const counted = result.mentions.filter((mention) => mention.status === 'counted').map((mention) => ({ ...mention, rule: result.rule.id }));
      mentions.set(id, [...(mentions.get(id) ?? []), ...counted]);
    }
    for (const id of given) {
      const counted = mentions.get(id) ?? [];
      const near = counted.map((mention) => {
        const first = tokens.findIndex((token) => token.end > mention.span[0]);
        let last = first;
        while (last + 1 < tokens.length && tokens[last + 1].start < mention.span[1]) last++;
        return around(finding.text, tokens, first, last);
      });
      rows.push({ unit: unit.name, set: unit.set, style: finding.style, id: id, harm: HARMS.has(id), gold: finding.themes.includes(id), finding, counted, near });
    }
  }
}

const cell = (list) => `${list.filter((row) => row.gold).length} / ${list.filter((row) => !row.gold).length}`;
const GROUPS = {
  'sealed P': (row) => row.set === 'sealed' && row.style === 'paragraph',
  'sealed B': (row) => row.set === 'sealed' && row.style === 'bullet',
  'nine P': (row) => row.set === 'nine' && row.style === 'paragraph',
  'nine B': (row) => row.set === 'nine' && row.style === 'bullet',
  'four P': (row) => row.set === 'four' && row.style === 'paragraph',
  'four B': (row) => row.set === 'four' && row.style === 'bullet',
};
// Every gold theme, for F1: the pooled (item, theme) pairs of every dev set and letter.
let goldPairs = 0;
for (const unit of units) for (const finding of unit.findings) goldPairs += finding.themes.length;
const allRight = rows.filter((row) => row.gold).length;
const allExtra = rows.length - allRight;
/** The pooled F1 (sealed r7-r16 and the 13 letters together) after taking away `right` right tags and `extra` extras. */
const f1After = (right, extra) => (2 * (allRight - right)) / (2 * (allRight - right) + (allExtra - extra) + (goldPairs - allRight + right));

if (process.argv.includes('--sets')) {
  // Right / extra / missed per set and style (the sealed sets; the letters pooled as nine and four).
  const keyOf = (unit) => (unit.set === 'sealed' ? unit.name : unit.set);
  for (const key of [...ROUNDS.map((round) => `r${round}`), 'nine', 'four']) {
    const line = ['paragraph', 'bullet'].map((style) => {
      const mine = rows.filter((row) => (row.set === 'sealed' ? row.unit : row.set) === key && row.style === style);
      const gold = units.filter((unit) => keyOf(unit) === key).flatMap((unit) => unit.findings.filter((finding) => finding.style === style)).reduce((sum, finding) => sum + finding.themes.length, 0);
      const right = mine.filter((row) => row.gold).length;
      return `${style} ${right} / ${mine.length - right} / ${gold - right}`;
    });
    console.log(`  ${key.padEnd(5)} ${line.join(', ')}`);
  }
  process.exit(0);
}
if (process.argv.includes('--list')) {
  // The paragraph extras of the sealed sets, by label and by what fired (sealed sets are dev; the letters' extras pooled).
  const extras = rows.filter((row) => row.set === 'sealed' && row.style === 'paragraph' && !row.gold);
  console.log(`sealed r7-r16 paragraph extras: ${extras.length}; by label (right / extra on the same paragraphs):`);
  const ids = [...new Set(rows.map((row) => row.id))].sort();
  for (const id of ids) {
    const here = rows.filter((row) => row.set === 'sealed' && row.style === 'paragraph' && row.id === id);
    if (here.some((row) => !row.gold)) console.log(`  ${id.padEnd(32)} ${cell(here)}`);
  }
  console.log('by mentions counted: 1 / 2 / 3+');
  for (const n of [1, 2, 3]) console.log(`  ${n}: ${cell(rows.filter((row) => row.set === 'sealed' && row.style === 'paragraph' && (n === 3 ? row.counted.length >= 3 : row.counted.length === n)))}`);
  console.log('by rule (the first counted mention\'s):');
  const byRule = new Map();
  for (const row of extras) { const key = `${row.id} ${row.counted[0]?.rule ?? '(none)'}`; byRule.set(key, [...(byRule.get(key) ?? []), row]); }
  for (const [key, list] of [...byRule].sort((x, y) => y[1].length - x[1].length)) console.log(`  ${String(list.length).padStart(2)} ${key}: ${list.map((row) => `${row.finding.id} "${row.counted.map((mention) => mention.match).join('", "')}"`).join('; ')}`);
  process.exit(0);
}

// Vetoes: drop a given theme when no counted mention has a judgement word of the kinds in W's window.
const WINDOWS = ['attached', 'w3', 'w6', 'clause', 'sentence'];
const KINDSETS = { any: ['good', 'bad', 'neg', 'need'], 'good/bad': ['good', 'bad'], 'good/bad/neg': ['good', 'bad', 'neg'] };
const judged = (row, window, kinds) => row.near.some((near) => near[window].some((kind) => kinds.includes(kind)));
const scope = process.argv.includes('--single') ? (row) => row.counted.length === 1 : () => true;
console.log(`pooled F1 (sealed r7-r16 and the 13 letters, gold pairs ${goldPairs}, right ${allRight}, extra ${allExtra}): ${f1After(0, 0).toFixed(4)}`);
console.log(`the pool (every given theme${process.argv.includes('--single') ? ', one counted mention' : ''}), right / extra: ${Object.entries(GROUPS).map(([name, group]) => `${name} ${cell(rows.filter((row) => scope(row) && group(row)))}`).join(', ')}`);
if (process.argv.includes('--words')) { wordsTable(); process.exit(0); }
// `--show ID WINDOW KINDS`: the sealed sets' paragraphs a veto would take (dev; the letters counted, not listed).
const show = process.argv.indexOf('--show');
if (show > 0) {
  const [id, window, kname] = process.argv.slice(show + 1);
  for (const row of rows.filter((r) => r.id === id && r.style === 'paragraph' && !judged(r, window, KINDSETS[kname]))) {
    if (row.set === 'sealed') console.log(`${row.gold ? 'RIGHT' : 'EXTRA'} ${row.finding.id} [${row.counted.map((m) => m.match).join(' | ')}] ${row.finding.text}`);
    else console.log(`${row.gold ? 'RIGHT' : 'EXTRA'} (a letter)`);
  }
  process.exit(0);
}
const byId = process.argv.includes('--by-theme');
const ids = byId ? [...new Set(rows.map((row) => row.id))].sort() : ['(every theme)', '(practice themes)'];
for (const id of ids) {
  const mine = rows.filter((row) => scope(row) && (id === '(every theme)' || (id === '(practice themes)' ? !row.harm : row.id === id)));
  console.log(`${id}: pool ${Object.entries(GROUPS).map(([name, group]) => `${name} ${cell(mine.filter(group))}`).join(', ')}`);
  for (const [kname, kinds] of Object.entries(KINDSETS)) {
    for (const window of WINDOWS) {
      const taken = mine.filter((row) => !judged(row, window, kinds));
      const all = taken.filter((row) => row.set === 'sealed');
      const letters = taken.filter((row) => row.set !== 'sealed');
      const mark = all.filter((row) => !row.gold).length > all.filter((row) => row.gold).length ? (letters.filter((row) => !row.gold).length > letters.filter((row) => row.gold).length ? ' **' : ' *') : '';
      const paragraphs = taken.filter((row) => row.style === 'paragraph');
      const r = (list) => list.filter((row) => row.gold).length;
      const e = (list) => list.filter((row) => !row.gold).length;
      const delta = (list) => (f1After(r(list), e(list)) - f1After(0, 0)).toFixed(4);
      console.log(`  no ${kname.padEnd(13)} ${window.padEnd(9)} ${Object.values(GROUPS).map((group) => cell(taken.filter(group)).padEnd(10)).join(' ')} | all ${cell(taken).padEnd(10)} ${delta(taken)} | P ${cell(paragraphs).padEnd(10)} ${delta(paragraphs)}${mark}${e(paragraphs) > r(paragraphs) ? ' P>' : ''}`);
    }
  }
}
function wordsTable() {
  // Per label: the share of right tags and of extras with a judgement word of each kind in a mention's comma clause, and the
  // judgement words most unequal between them (paragraphs and bullets together; every dev set and letter pooled).
  console.log('per label: right / extra; share with a judgement word in a mention\'s clause (any, good, bad, neg, need), right vs extra; any attached to a mention');
  for (const id of [...new Set(rows.map((row) => row.id))].sort()) {
    const mine = rows.filter((row) => row.id === id);
    const right = mine.filter((row) => row.gold);
    const extra = mine.filter((row) => !row.gold);
    if (extra.length < 5) continue;
    const share = (list, kinds) => (list.length ? list.filter((row) => judged(row, 'clause', kinds)).length / list.length : 0).toFixed(2);
    const kinds = [['good', 'bad', 'neg', 'need'], ['good'], ['bad'], ['neg'], ['need']];
    const attached = (list) => (list.length ? list.filter((row) => judged(row, 'attached', kinds[0])).length / list.length : 0).toFixed(2);
    console.log(`  ${id.padEnd(30)} ${right.length} / ${extra.length}  ${kinds.map((k) => `${share(right, k)}-${share(extra, k)}`).join('  ')}  attached ${attached(right)}-${attached(extra)}`);
  }
}
