#!/usr/bin/env node
// Every dev unit's agency decisions in one file (issue 9, sixty-first step, helper 9ef), for judging an agency reading by
// leaving one set out: each dev challenge set (heldOut false or unset in tests/challenge-agencies.test.ts), each of the 13
// letters (none is in UNREAD_AGENCIES) and the reports' dev gold. Run after `npm run build`.
//   node tests/agency-units.mjs --dump FILE      write each unit's gold, prediction and mentions (JSON lines)
//   node tests/agency-units.mjs --compare A B    per set: right gained, extras gone, right lost, extras added (B against A),
//                                                and the units where an implied agency is newly tagged
//   node tests/agency-units.mjs --causes FILE [SET]  the errors of a dump (or of one set) sorted by cause: for an extra, the
//                                                words before its counted mention; for a miss, the roles its mentions took
//   node tests/agency-units.mjs --kinds FILE [SET]   the same errors by the codebook's causes (recipient, venue, forum,
//                                                document, audience, another's object; implied, passing roles), by cue words
//   node tests/agency-units.mjs --multi FILE [SET]   multi-agency alone (unscored in the challenge tests): TP/FP/FN and F1
//                                                over every unit, per kind of set and per set, then each error's unit
//   node tests/agency-units.mjs --multi-compare A B  multi-agency per set: right gained, extras gone, right lost, extras added
// Scored as the challenge tests score: top-level ids without `multi-agency`; a dump also keeps multi-agency apart (`multi`:
// in the gold, in the prediction) for --multi and --multi-compare (helper 9fs: before, a private copy with WITHOUT emptied).
// A held-out set or report is never read here.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const WITHOUT = new Set(['multi-agency']);
const args = process.argv.slice(2);

async function dump(out) {
  const { parseFile, defaultRules } = await import('../dist/index.js');
  const { applyAll, letterContext, tagText } = await import('../dist/tag/match.js');
  const { extract, readSource } = await import('../dist/extract/index.js');
  const { tagger } = defaultRules();
  const topOf = new Map(tagger.rules.filter((r) => r.rule.kind === 'agency').map((r) => [r.rule.id, r.path[0]]));
  const lines = [];
  const record = (set, id, text, gold, context, leadIn) => {
    const got = tagText(tagger, text, context, undefined, leadIn).agencies.map((t) => t.path[0]);
    const mentions = applyAll(tagger, 'agency', text, undefined, context, leadIn).flatMap((r) =>
      r.mentions.map((m) => ({ rule: r.rule.id, top: topOf.get(r.rule.id) ?? r.rule.id, match: m.match, role: m.role, status: m.status, why: m.why ?? '', span: m.span })),
    );
    const multi = { gold: gold.includes('multi-agency'), got: got.includes('multi-agency') };
    lines.push(JSON.stringify({ set, id, text, gold: [...new Set(gold)].filter((a) => !WITHOUT.has(a)).sort(), got: [...new Set(got)].filter((a) => !WITHOUT.has(a)).sort(), multi, mentions }));
  };
  const source = readFileSync(join(root, 'tests/challenge-agencies.test.ts'), 'utf8');
  const sets = [...source.matchAll(/\{ file: '([^']+)'([^}\n]*)\}/g)].filter((m) => !/heldOut: true/.test(m[2])).map((m) => m[1]);
  for (const file of sets) {
    const items = parse(readFileSync(join(root, 'fixtures/gold/challenge', file), 'utf8')).items;
    items.forEach((item, i) => record(file.replace(/\.yaml$/, ''), `#${i}`, item.text, item.agencies, undefined, null));
  }
  const goldDir = join(root, 'fixtures/gold/dev');
  for (const name of readdirSync(goldDir).map((f) => /^([a-z-]+-\d{4}-\d{2}-\d{2})\.json$/.exec(f)?.[1]).filter(Boolean).sort()) {
    const parsed = await parseFile(join(root, `fixtures/letters/${name}.pdf`), { includeText: true, model: false });
    const context = letterContext(tagger, parsed.text, parsed.letter.theme);
    const key = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '').slice(0, 80);
    const leadIns = new Map(parsed.findings.map((finding) => [key(finding.text), finding.leadIn]));
    JSON.parse(readFileSync(join(goldDir, `${name}.json`), 'utf8')).findings.forEach((f, i) =>
      record(`letter:${name}`, `#${i}`, f.text, f.agencies, context, leadIns.get(key(f.text)) ?? null),
    );
  }
  const reportDir = join(root, 'fixtures/gold/reports');
  for (const file of readdirSync(reportDir).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(reportDir, file), 'utf8'));
    if (gold.use !== 'dev') continue;
    const { text } = await extract(await readSource(join(root, `fixtures/not-letters/${gold.report}.pdf`)));
    const context = letterContext(tagger, text.text, null);
    gold.paragraphs.forEach((p) => record(`report:${gold.report}`, p.id, p.text, p.agencies, context, null));
  }
  writeFileSync(out, lines.join('\n') + '\n');
  console.log(`${lines.length} units written to ${out}`);
}

const load = (file) => readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));

function compare(a, b) {
  const A = load(a);
  const B = new Map(load(b).map((u) => [`${u.set} ${u.id}`, u]));
  const per = new Map();
  const changed = [];
  for (const u of A) {
    const v = B.get(`${u.set} ${u.id}`);
    const gold = new Set(u.gold);
    const before = new Set(u.got);
    const after = new Set(v.got);
    const c = per.get(u.set) ?? { gained: 0, gone: 0, lost: 0, added: 0 };
    for (const id of after) if (!before.has(id)) gold.has(id) ? c.gained++ : c.added++;
    for (const id of before) if (!after.has(id)) gold.has(id) ? c.lost++ : c.gone++;
    per.set(u.set, c);
    if ([...after].join() !== [...before].join()) changed.push(`${u.set} ${u.id}: ${[...before].join(',')} -> ${[...after].join(',')} (gold ${u.gold.join(',')})`);
  }
  const sum = { gained: 0, gone: 0, lost: 0, added: 0 };
  for (const [set, c] of per) {
    if (c.gained + c.gone + c.lost + c.added > 0) console.log(`${set.padEnd(50)} right +${c.gained} -${c.lost}, extras -${c.gone} +${c.added}`);
    for (const k of Object.keys(sum)) sum[k] += c[k];
  }
  console.log(`all dev units: right +${sum.gained} -${sum.lost}, extras -${sum.gone} +${sum.added}`);
  console.log(changed.join('\n'));
  // An agency tagged through an implied rule after the change and not before: a passing reading that takes away the only
  // agency named can hand the finding to an implied one ("In the meantime, health visitors are left to carry caseloads":
  // children's social care through "caseloads"; issue 9, sixty-second step, helper 9ep: a second reader's G1).
  const implied = (u) => new Set(u.mentions.filter((m) => m.status === 'counted' && m.why.startsWith('implied as')).map((m) => m.top));
  const handed = [];
  for (const u of A) {
    const v = B.get(`${u.set} ${u.id}`);
    const was = implied(u);
    for (const id of implied(v)) if (!was.has(id) && v.got.includes(id) && !u.got.includes(id)) handed.push(`${u.set} ${u.id}: ${id} (gold ${u.gold.join(',')})`);
  }
  console.log(`implied agencies newly tagged: ${handed.length}${handed.length > 0 ? `\n${handed.join('\n')}` : ''}`);
}

// The shape around a counted mention that the gold does not tag: the words before and after it.
const PREP = { to: 'recipient (to/for)', for: 'recipient (to/for)', in: 'venue (in/at/through/across/within)', at: 'venue (in/at/through/across/within)', through: 'venue (in/at/through/across/within)', across: 'venue (in/at/through/across/within)', within: 'venue (in/at/through/across/within)', with: 'partner (with)', of: 'object or owner (of)', by: 'agent (by)', from: 'source (from)', between: 'partner (with)', including: 'list (including/such as)', as: 'list (including/such as)', and: 'list member (and/or)', or: 'list member (and/or)' };
function shapeOf(text, m) {
  const before = text.slice(Math.max(0, m.span[0] - 60), m.span[0]).toLowerCase().replace(/[’']s\b/g, '').match(/[a-z]+|[,.;:]/g) ?? [];
  const after = text.slice(m.span[1], m.span[1] + 3);
  if (/^[’']s?\b/.test(after)) return 'owner (X’s ...)';
  const DET = new Set(['the', 'a', 'an', 'their', 'its', 'his', 'her', 'local', 'other', 'all', 'some', 'many', 'most', 'every', 'each', 'any', 'relevant', 'both', 'primary', 'secondary', 'specialist', 'senior', 'individual', 'frontline', 'these', 'those']);
  let k = before.length - 1;
  while (k >= 0 && DET.has(before[k])) k--;
  const w = before[k];
  if (w === undefined || w === '.' || w === ';' || w === ':') return 'subject (opens its sentence)';
  if (PREP[w]) return PREP[w];
  if (w === ',') return 'after a comma (list or clause)';
  return `other (after "${w}")`;
}

// A cause for each error, from what the role layer made of the mentions of that agency.
// A count per cause, with the sets it falls in and up to `room` examples (each as `example` writes it).
function tallyOf(room, example) {
  const tally = new Map();
  const bump = (cause, u, id) => {
    const t = tally.get(cause) ?? { n: 0, sets: new Set(), examples: [] };
    t.n++;
    t.sets.add(u.set);
    if (t.examples.length < room) t.examples.push(example(u, id));
    tally.set(cause, t);
  };
  return { tally, bump };
}

function causes(file, only) {
  const units = load(file).filter((u) => !only || u.set === only);
  const { tally, bump } = tallyOf(4, (u, id) => `${u.set} ${u.id} ${id}`);
  let tp = 0, fp = 0, fn = 0;
  for (const u of units) {
    const gold = new Set(u.gold);
    const got = new Set(u.got);
    for (const id of got) gold.has(id) ? tp++ : fp++;
    for (const id of gold) if (!got.has(id)) fn++;
    const of = (id) => u.mentions.filter((m) => m.top === id);
    for (const id of got) {
      if (gold.has(id)) continue;
      const ms = of(id).filter((m) => m.role === 'evaluated' || m.role === 'implied');
      const cause = ms.length === 0 ? 'extra: no counted mention (context/lead-in)' : `extra: ${[...new Set(ms.map((m) => (m.role === 'implied' ? 'implied' : shapeOf(u.text, m))))].sort().join('+')}`;
      bump(cause, u, id);
    }
    for (const id of gold) {
      if (got.has(id)) continue;
      const ms = of(id);
      const cause = ms.length === 0 ? 'missed: not named (implied)' : `missed: named as ${[...new Set(ms.map((m) => m.role))].sort().join('+')}`;
      bump(cause, u, id);
    }
  }
  console.log(`${units.length} units, ${tp} right, ${fp} extra, ${fn} missed`);
  for (const [cause, t] of [...tally].sort((x, y) => y[1].n - x[1].n)) console.log(`${String(t.n).padStart(4)} on ${String(t.sets.size).padStart(2)} sets  ${cause}   e.g. ${t.examples.join('; ')}`);
}

// The errors by the codebook's causes (the brief of issue 9's sixty-first step): an extra by the first cue word its counted
// mention's sentence holds, in this order; a miss by the roles its mentions took. Words of a sentence, not a parse: on r30 it
// agrees with a reading by hand on 12 of 22 extras (it folds a service's users into recipients, and one left out into forums).
const CAUSE_WORDS = [
  ['office-holders or partners acting jointly', /\b(chief constable|director of children|chief executive|chief officers?|safeguarding partners|executive group|statutory partners|three partners)\b/],
  ['forum (meeting, conference, panel, attends, takes part)', /\b(meeting|meetings|conference|conferences|panel|panels|forum|forums|attend\w*|take part|takes part|took part|represented|representation|core groups?|discussions?|subgroups?)\b/],
  ['document, policy or training carrying its name', /\b(protocol|policy|policies|guidance|procedures?|scheme|pathway|tool|toolkit|strategy|training|leaflets?|template|dataset|data|records?|report|reports|passports?|forms?)\b/],
  ['recipient (referred, told, sent, enquiries to, contact with)', /\b(refer\w*|referral\w*|told|tell|inform\w*|notif\w*|sent|send|passed|enquir\w*|contact\w*|communication|escalat\w*|report(?:ed|ing)? to|consult\w*|shared with|share\w* with|feedback)\b/],
  ["audience or users of another's service", /\b(campaign\w*|awareness|aimed|targeted|advice|helpline|line|offer|offers|sessions?|briefings?|callers?|referrers?|users?|reach\w*)\b/],
  ["object of another's work (funded, commissioned, worked with, left out)", /\b(fund\w*|commission\w*|work\w* (?:closely )?with|alongside|support\w*|leaving out|left out|without|include\w*|involv\w*|links? with|together with|jointly with)\b/],
  ['venue or place', /\b(in|at|between|near|around|outside|through)\b/],
];
const PASSING_AS_RECIPIENT = new Set(['recipient', 'told', 'asked', 'informant', 'source', 'reported', 'requester']);
function kinds(file, only) {
  const units = load(file).filter((u) => !only || u.set === only);
  const { tally, bump } = tallyOf(only ? Infinity : 3, (u, id) => `${only ? '' : `${u.set} `}${u.id} ${id}`);
  const sentenceOf = (text, at) => {
    let start = 0;
    for (const m of text.matchAll(/[.!?;]\s+/g)) if (m.index + m[0].length <= at) start = m.index + m[0].length;
    const end = text.indexOf('.', at);
    return text.slice(start, end < 0 ? text.length : end + 1).toLowerCase();
  };
  for (const u of units) {
    const gold = new Set(u.gold);
    const got = new Set(u.got);
    for (const id of got) {
      if (gold.has(id)) continue;
      const counted = u.mentions.filter((m) => m.top === id && m.status === 'counted');
      const own = counted.find((m) => m.role !== 'implied');
      let cause = counted.length === 0 ? 'extra: no counted mention (letter context or lead-in)' : !own ? "extra: implied work read as the agency's" : 'extra: evaluated, none of the cue words in its sentence';
      if (own) for (const [name, rx] of CAUSE_WORDS) if (rx.test(sentenceOf(u.text, own.span[0]))) { cause = `extra: ${name}`; break; }
      bump(cause, u, id);
    }
    for (const id of gold) {
      if (got.has(id)) continue;
      const roles = new Set(u.mentions.filter((m) => m.top === id).map((m) => m.role));
      const passing = [...roles].filter((r) => r !== 'implied' && r !== 'excluded');
      const cause = roles.size === 0 ? 'missed: implied, not named' : passing.length === 0 ? (roles.has('implied') ? 'missed: implied, blocked by another agency evaluated' : 'missed: named, excluded by a wider phrase') : PASSING_AS_RECIPIENT.has(passing.sort()[0]) ? 'missed: named as recipient, informant or source' : 'missed: named as venue, forum, member, document or another passing role';
      bump(cause, u, id);
    }
  }
  for (const [cause, t] of [...tally].sort((x, y) => y[1].n - x[1].n)) console.log(`${String(t.n).padStart(4)} on ${String(t.sets.size).padStart(2)} sets  ${cause}   e.g. ${t.examples.join('; ')}`);
}

// Multi-agency alone, from a dump's `multi` field: a dump written before the field existed is refused, not read as empty.
const multiUnits = (file) => {
  const units = load(file);
  if (units.some((u) => u.multi === undefined)) {
    console.error(`${file}: no multi-agency field; dump again with this script`);
    process.exit(2);
  }
  return units;
};
const f1 = (c) => (c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn));
const line = (name, c) => `${name.padEnd(50)} ${String(c.tp).padStart(4)}/${String(c.fp).padStart(3)}/${String(c.fn).padStart(3)}  F1 ${f1(c).toFixed(4)}`;
// A challenge set whose header says its `agencies` are "without multi-agency" does not label it: its extras are not errors,
// so it is counted apart ("sets without multi-agency labels") and left out of "labelled".
function unlabelled(set) {
  try {
    const head = readFileSync(join(root, 'fixtures/gold/challenge', `${set}.yaml`), 'utf8').split(/^items:/m)[0];
    return /without\s+(?:#\s*)?multi-agency/.test(head);
  } catch {
    return false;
  }
}
function multi(file, only) {
  const units = multiUnits(file).filter((u) => !only || u.set === only);
  const bare = new Map();
  const kindOf = (set) => {
    if (!bare.has(set)) bare.set(set, !set.includes(':') && unlabelled(set));
    return set.startsWith('letter:') ? 'the 13 letters' : set.startsWith('report:') ? 'reports (dev)' : bare.get(set) ? 'sets without multi-agency labels' : 'dev challenge sets labelling it';
  };
  const labelled = { tp: 0, fp: 0, fn: 0 };
  const all = { tp: 0, fp: 0, fn: 0 };
  const per = new Map();
  const kinds = new Map();
  const errors = [];
  for (const u of units) {
    const k = u.multi.gold && u.multi.got ? 'tp' : u.multi.got ? 'fp' : u.multi.gold ? 'fn' : null;
    if (!k) continue;
    for (const [map, name] of [[per, u.set], [kinds, kindOf(u.set)]]) {
      const c = map.get(name) ?? { tp: 0, fp: 0, fn: 0 };
      c[k]++;
      map.set(name, c);
    }
    all[k]++;
    if (!bare.get(u.set)) labelled[k]++;
    if (k !== 'tp') errors.push(`${k === 'fp' ? 'extra ' : 'missed'} ${u.set} ${u.id}: ${u.text.replace(/\s+/g, ' ')}`);
  }
  console.log(`multi-agency over ${units.length} units (TP/FP/FN)`);
  console.log(line('all', all));
  console.log(line('labelled (all but the sets without labels)', labelled));
  for (const [name, c] of [...kinds].sort()) console.log(line(name, c));
  console.log('');
  for (const [name, c] of [...per].sort()) console.log(line(name, c));
  console.log('');
  console.log(errors.join('\n'));
}
function multiCompare(a, b) {
  const B = new Map(multiUnits(b).map((u) => [`${u.set} ${u.id}`, u]));
  const per = new Map();
  const changed = [];
  for (const u of multiUnits(a)) {
    const v = B.get(`${u.set} ${u.id}`);
    if (!v || v.multi.got === u.multi.got) continue;
    const c = per.get(u.set) ?? { gained: 0, gone: 0, lost: 0, added: 0 };
    if (v.multi.got) u.multi.gold ? c.gained++ : c.added++;
    else u.multi.gold ? c.lost++ : c.gone++;
    per.set(u.set, c);
    changed.push(`${u.set} ${u.id}: ${u.multi.got ? 'multi-agency gone' : 'multi-agency added'} (gold ${u.multi.gold ? 'has' : 'has not'})`);
  }
  const sum = { gained: 0, gone: 0, lost: 0, added: 0 };
  for (const [set, c] of [...per].sort()) {
    console.log(`${set.padEnd(50)} right +${c.gained} -${c.lost}, extras -${c.gone} +${c.added}`);
    for (const k of Object.keys(sum)) sum[k] += c[k];
  }
  console.log(`all dev units, multi-agency: right +${sum.gained} -${sum.lost}, extras -${sum.gone} +${sum.added}`);
  console.log(changed.join('\n'));
}

if (args[0] === '--dump' && args[1]) await dump(args[1]);
else if (args[0] === '--multi' && args[1]) multi(args[1], args[2]);
else if (args[0] === '--multi-compare' && args[2]) multiCompare(args[1], args[2]);
else if (args[0] === '--kinds' && args[1]) kinds(args[1], args[2]);
else if (args[0] === '--compare' && args[2]) compare(args[1], args[2]);
else if (args[0] === '--causes' && args[1]) causes(args[1], args[2]);
else {
  console.error('usage: node tests/agency-units.mjs --dump FILE | --compare A B | --causes FILE [SET] | --kinds FILE [SET] | --multi FILE [SET] | --multi-compare A B');
  process.exit(2);
}
