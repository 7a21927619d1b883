#!/usr/bin/env node
// Front door from a bare "referral" (issue 9, forty-seventh step, third part, helper 9bu). Every front-door tag the rules give
// (tagText, as the tests score) on every dev set: the 13 letters' gold (each letter with its own context), the dev sealed sets
// r7-r16 and every theme challenge set the tests do not hold out (no context); with the counted mentions of applyAll that
// fired it. A tag is "from a referral" when every counted front-door mention is the noun alone ("referral(s)", "referrer(s)").
// Run after `npm run build`.
// - `node tests/front-door-referral.mjs [--list] [--show]`: the tags from a referral, right or extra, with the words around the mention
//   (the four letters theme-decisions.mjs holds out counted, never listed), and what each candidate reading would take on
//   the rules as built (after 9bu's change the kept readings take nothing more; serviceBefore and serviceSentence were not
//   kept). `--show` lists each candidate's tags.
// No held-out set is read.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { parseFile, defaultRules } from '../dist/index.js';
import { applyAll, letterContext, tokenize, tagText, NO_CONTEXT } from '../dist/tag/match.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const UNREAD = new Set(['hampshire-2017-02-01', 'kirklees-2022-08-18', 'sefton-2019-12-18', 'south-tyneside-2016-04-05']);
const { tagger } = defaultRules();
const topOf = (result) => tagger.rules.find((compiled) => compiled.rule === result.rule).path[0];
const ID = 'front-door';

const units = [];
const goldDir = join(root, 'fixtures/gold/dev');
for (const name of readdirSync(goldDir).map((file) => /^([a-z-]+-\d{4}-\d{2}-\d{2})\.json$/.exec(file)?.[1]).filter(Boolean).sort()) {
  const parsed = await parseFile(join(root, `fixtures/letters/${name}.pdf`), { includeText: true, model: false });
  const findings = JSON.parse(readFileSync(join(goldDir, `${name}.json`), 'utf8')).findings;
  units.push({ name, set: UNREAD.has(name) ? 'four' : 'nine', context: letterContext(tagger, parsed.text, parsed.letter.theme), findings });
}
const challenge = join(root, 'fixtures/gold/challenge');
const HELD = new Set(['themes-unseen.yaml']);
for (const file of readdirSync(challenge).filter((f) => /^(sealed-round\d+|themes.*)\.yaml$/.test(f) && !HELD.has(f)).sort()) {
  const { items } = parse(readFileSync(join(challenge, file), 'utf8'));
  units.push({ name: file.replace(/\.yaml$/, '').replace(/^sealed-round/, 'r'), set: /^sealed/.test(file) ? 'sealed' : 'challenge', context: NO_CONTEXT, findings: items });
}

const BARE = /^referr(?:al|als|er|ers)$/i;
export const rows = [];
for (const unit of units) {
  unit.findings.forEach((finding, index) => {
    const tokens = tokenize(finding.text);
    const given = tagText(tagger, finding.text, unit.context, tokens).themes.some((tag) => tag.path[0] === ID);
    if (!given) return;
    const counted = applyAll(tagger, 'theme', finding.text, tokens, unit.context)
      .filter((result) => topOf(result) === ID)
      .flatMap((result) => result.mentions.filter((mention) => mention.status === 'counted'));
    rows.push({ unit: unit.name, set: unit.set, id: finding.id ?? index, gold: finding.themes.includes(ID), text: finding.text, counted, bare: counted.length > 0 && counted.every((m) => BARE.test(m.match.trim())) });
  });
}
const cell = (list) => `${list.filter((r) => r.gold).length} / ${list.filter((r) => !r.gold).length}`;
const byUnit = new Map();
for (const row of rows) byUnit.set(row.unit, [...(byUnit.get(row.unit) ?? []), row]);
console.log('front door given, right / extra, every tag | from a bare referral:');
for (const [name, list] of byUnit) console.log(`  ${name.padEnd(26)} ${cell(list).padEnd(9)} | ${cell(list.filter((r) => r.bare))}`);
console.log(`  all                        ${cell(rows).padEnd(9)} | ${cell(rows.filter((r) => r.bare))}`);

const around = (row) => row.counted.map((m) => `...${row.text.slice(Math.max(0, m.span[0] - 90), m.span[0])}[${row.text.slice(m.span[0], m.span[1])}]${row.text.slice(m.span[1], m.span[1] + 90)}...`).join(' || ');
if (process.argv.includes('--list')) {
  for (const row of rows.filter((r) => r.bare)) {
    if (row.set === 'four') { console.log(`${row.gold ? 'RIGHT' : 'EXTRA'} (a held-out letter)`); continue; }
    console.log(`${row.gold ? 'RIGHT' : 'EXTRA'} ${row.unit}#${row.id}: ${around(row).replace(/\s+/g, ' ')}`);
  }
}

// Candidate readings: a bare referral mention is vetoed when the words before or after it read so; the tag goes when every
// counted mention is vetoed (a bare referral vetoed, every other mention standing).
const CANDIDATES = {
  // No referral needed: help without one ("without a formal referral", "without the need for referral").
  without: { before: /\bwithout (?:(?:a|any|the need for|needing)(?: an?)? )?(?:formal |prior )?$/i },
  // The destination named before the noun: a forum's or a specialist service's referrals ("MAPPA referrals", "Prevent referrals").
  destinationBefore: { before: /\b(?:MARAC|MAPPA|MACSE|Prevent|Channel|CAMHS|NRM|adult social care|court|specialist|therapeutic|counselling|medical|paediatric) $/i },
  // A named device, not the act: "referral mechanism", "risk and referral unit".
  mechanism: { after: /^ (?:mechanisms?|units?)\b/i },
  mechanismOnly: { after: /^ mechanisms?\b/i },
  // Counted: "the number of referrals", "an increase in referrals", "referral rates", "repeat referrals".
  counted: { before: /\b(?:number|numbers|volume|volumes|rate|rates|increase|increases|rise|rises|reduction|reductions|fall|falls|decrease|decreases) (?:of|in) (?:[\w'’-]+ ){0,2}$/i, after: /^ (?:rates?|numbers?|volumes?)\b/i },
  repeat: { before: /\b(?:repeat|re-) ?$/i },
  // The referral as a document an assessment repeats or copies: "a copy of the referral", "repeats the referral".
  document: { before: /\b(?:copy of|repeats?|repeated|repeating) (?:the |a )$/i },
  // Another service named earlier in the referral's sentence, the referral being that service's ("CAMHS responds promptly to
  // urgent referrals", "referred to adult social care ..., but referrals are often made late").
  serviceBefore: { before: /\b(?:CAMHS|child and adolescent mental health|specialist mental health|adult social care|adult (?:mental )?health|adult services|MARAC|MAPPA|MACSE|Prevent|Channel|programmes?|courses?|counselling|therapeutic|specialist)\b[^.;:]*$/i },
  serviceSentence: { before: /\b(?:CAMHS|child and adolescent mental health|specialist mental health|adult social care|adult (?:mental )?health|adult services|MARAC|MAPPA|MACSE|Prevent|Channel|programmes?|courses?|counselling|therapeutic|specialist)\b[^.;:]*$/i, after: /^[^.;:]*\b(?:CAMHS|child and adolescent mental health|specialist mental health|adult social care|adult (?:mental )?health|adult services|MARAC|MAPPA|MACSE|Prevent|Channel|programmes?|courses?|counselling|therapeutic|specialist)\b/i },
};
const vetoed = (row, cand) => row.counted.every((m) => {
  if (!BARE.test(m.match.trim())) return false;
  const before = row.text.slice(Math.max(0, m.span[0] - 80), m.span[0]);
  const after = row.text.slice(m.span[1], m.span[1] + 200);
  return (cand.before?.test(before) ?? false) || (cand.after?.test(after) ?? false);
});
console.log('\ncandidates: what each would take, right / extra (all dev sets; letters nine | four counted; sealed; other challenge sets)');
for (const [name, cand] of Object.entries(CANDIDATES)) {
  const taken = rows.filter((row) => vetoed(row, cand));
  const part = (set) => cell(taken.filter((r) => r.set === set));
  console.log(`  ${name.padEnd(18)} all ${cell(taken).padEnd(8)} nine ${part('nine')} | four ${part('four')} | sealed ${part('sealed')} | challenge ${part('challenge')}`);
  if (process.argv.includes('--show')) for (const row of taken.filter((r) => r.set !== 'four')) console.log(`      ${row.gold ? 'RIGHT' : 'EXTRA'} ${row.unit}#${row.id}: ${around(row).replace(/\s+/g, ' ').slice(0, 260)}`);
}
