#!/usr/bin/env node
// The agency errors against the dev gold (issue 9), for tuning the agency rules on some letters
// while others stay unread. Run after `npm run build`.
//   node tests/agency-errors.mjs                  the letters tuned on (all but UNREAD_AGENCIES): every
//                                                 error with its finding and what the role layer made of
//                                                 each mention, then per-letter, pooled and per-label figures
//   node tests/agency-errors.mjs --letter a,b     only these letters; an unread letter is refused
//   node tests/agency-errors.mjs --held-out       the unread letters' pooled, per-label and per-letter
//                                                 figures only (never a finding or an error), then the tuned-on
//                                                 and all-13 figures: the final score, once per step
//   ... --read-unread                             also list an unread letter's errors: it is then read, and
//                                                 must move out of UNREAD_AGENCIES (say so in the gold README)
// Scored as tests/tagging-quality.test.ts scores it: micro F1 over (finding, top-level id), without
// `multi-agency`. The unread letters are that test's UNREAD_AGENCIES, read from its source.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFile, defaultRules } from '../dist/index.js';
import { applyAll, letterContext, tagText } from '../dist/tag/match.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const goldDir = join(root, 'fixtures/gold/dev');
const testSource = readFileSync(join(root, 'tests/tagging-quality.test.ts'), 'utf8');
const UNREAD = [...testSource.match(/UNREAD_AGENCIES(?:: string\[\])? = \[([^\]]*)\]/)[1].matchAll(/'([^']+)'/g)].map((m) => m[1]);
const names = readdirSync(goldDir).filter((name) => /^[a-z-]+-\d{4}-\d{2}-\d{2}\.json$/.test(name)).map((name) => name.replace(/\.json$/, '')).sort();
const args = process.argv.slice(2);
const heldOut = args.includes('--held-out');
const readUnread = args.includes('--read-unread');
const letterArg = args.indexOf('--letter');
const asked = letterArg >= 0 ? (args[letterArg + 1] ?? '').split(',').filter(Boolean) : null;
const known = new Set(['--held-out', '--read-unread', '--letter']);
const unknown = args.filter((arg, i) => arg.startsWith('--') && !known.has(arg)).concat(asked?.filter((name) => !names.includes(name)) ?? []);
if (unknown.length > 0) {
  console.error(`agency-errors: unknown option or letter: ${unknown.join(', ')}`);
  process.exit(2);
}
const refused = (asked ?? []).filter((name) => UNREAD.includes(name));
if (refused.length > 0 && !readUnread) {
  console.error(`agency-errors: ${refused.join(', ')} held out (UNREAD_AGENCIES in tests/tagging-quality.test.ts): its errors are not listed; --held-out scores the held-out letters without them, --read-unread reads them (and ends their holding out)`);
  process.exit(2);
}
const WITHOUT = new Set(['multi-agency']);
const tagger = defaultRules().tagger;

const zero = () => ({ tp: 0, fp: 0, fn: 0 });
const add = (into, label, key, n = 1) => {
  if (!into.has(label)) into.set(label, zero());
  into.get(label)[key] += n;
};
const f1 = (c) => (c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn));
const total = (counts) => [...counts.values()].reduce((sum, c) => ({ tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn }), zero());
const line = (c) => `F1 ${f1(c).toFixed(3)} (${c.tp}/${c.fp}/${c.fn})`;
const table = (counts) =>
  [...counts]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([label, c]) => `  ${label.padEnd(26)} ${line(c)}`)
    .join('\n');

async function score(name, listErrors) {
  const parsed = await parseFile(join(root, `fixtures/letters/${name}.pdf`), { includeText: true, model: false });
  const context = letterContext(tagger, parsed.text, parsed.letter.theme);
  const findings = JSON.parse(readFileSync(join(goldDir, `${name}.json`), 'utf8')).findings;
  // The lead-in of each finding's list, as the parser found it (tests/gold.ts, findingKey): its agencies act for a bullet that names none.
  const key = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '').slice(0, 80);
  const leadIns = new Map(parsed.findings.map((finding) => [key(finding.text), finding.leadIn]));
  const counts = new Map();
  const errors = [];
  findings.forEach((finding, i) => {
    const leadIn = leadIns.get(key(finding.text)) ?? null;
    const got = new Set(tagText(tagger, finding.text, context, undefined, leadIn).agencies.map((t) => t.path[0]).filter((id) => !WITHOUT.has(id)));
    const want = new Set(finding.agencies.filter((id) => !WITHOUT.has(id)));
    for (const id of want) add(counts, id, got.has(id) ? 'tp' : 'fn');
    for (const id of got) if (!want.has(id)) add(counts, id, 'fp');
    if (!listErrors) return;
    const wrong = [...[...got].filter((id) => !want.has(id)).map((id) => `extra ${id}`), ...[...want].filter((id) => !got.has(id)).map((id) => `missed ${id}`)];
    if (wrong.length === 0) return;
    const mentions = applyAll(tagger, 'agency', finding.text, undefined, context, leadIn).map(
      (r) => `    ${r.rule.id}: ${r.mentions.map((m) => `"${m.match}" ${m.role}${m.why ? ` (${m.why})` : ''}`).join('; ')}`,
    );
    errors.push(`${name} #${i} [${finding.section}] ${wrong.join(', ')} (gold: ${finding.agencies.join(', ')})\n  ${finding.text}\n${mentions.join('\n')}`);
  });
  return { counts, errors };
}

const groups = { tuned: new Map(), unread: new Map() };
const perLetter = [];
for (const name of asked ?? names) {
  const unread = UNREAD.includes(name);
  // By default only the letters tuned on; an unread letter is scored only when asked by name or by --held-out.
  if (unread && !heldOut && !asked) continue;
  const { counts, errors } = await score(name, !heldOut && (!unread || readUnread));
  for (const [label, c] of counts) for (const key of ['tp', 'fp', 'fn']) add(groups[unread ? 'unread' : 'tuned'], label, key, c[key]);
  perLetter.push(`${name}${unread ? ' (held out)' : ' (tuned on)'}: ${line(total(counts))}`);
  for (const error of errors) console.log(`${error}\n`);
}
console.log(perLetter.join('\n'));
const tunedCount = (asked ?? names).filter((name) => !UNREAD.includes(name)).length;
if (groups.tuned.size > 0) console.log(`tuned on (${tunedCount}): ${line(total(groups.tuned))}\n${table(groups.tuned)}`);
if (groups.unread.size > 0) {
  const all = new Map();
  for (const counts of [groups.tuned, groups.unread]) for (const [label, c] of counts) for (const key of ['tp', 'fp', 'fn']) add(all, label, key, c[key]);
  console.log(`held out (${(asked ?? names).length - tunedCount}): ${line(total(groups.unread))}\n${table(groups.unread)}`);
  if (groups.tuned.size > 0) console.log(`all ${(asked ?? names).length}: ${line(total(all))}\n${table(all)}`);
}
