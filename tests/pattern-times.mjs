// Where the regular-expression part of tagging goes, rule by rule and pattern by pattern (helper 12al, tests/bench-history.md).
// node tests/pattern-times.mjs OUTDIR [ROUNDS] [RULE-ID ...]
// OUTDIR: JSON outputs of `jtai parse` (/work/tools/outs.sh makes them from the 21 real inputs); their findings are
// the texts. Reads dist/ (npm run build). CPU time, median of ROUNDS (default 5), each part timed alone in turn:
// - each patterned rule as the scan searches it (searchedBy: its whole expression, or a cached subset of its patterns;
//   under /gi on plain text), over the findings whose pattern words it may match;
// - each pattern alone, over every finding (wrapped as the tagger wraps it);
// - for each RULE-ID given, its whole expression without each of its patterns in turn (what each costs among the others).
import { readdirSync, readFileSync } from 'node:fs';
import { defaultRules } from '../dist/index.js';
import { isPlainText, regexHits, searchedBy, withoutUnicodeFlag, wrapPatterns } from '../dist/tag/match.js';
import { lowerForPatterns } from '../dist/tag/pattern-words.js';

const [outdir, roundsArg = '5', ...ids] = process.argv.slice(2);
if (!outdir) throw new Error('usage: node tests/pattern-times.mjs OUTDIR [ROUNDS] [RULE-ID ...]');
const ROUNDS = Number(roundsArg);
const texts = [];
for (const name of readdirSync(outdir).filter((name) => name.endsWith('.json'))) for (const finding of JSON.parse(readFileSync(`${outdir}/${name}`, 'utf8')).findings ?? []) texts.push(finding.text);
const rules = defaultRules();
const { tagger } = rules;
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
/** Every match of an expression over every text, `rounds` times: the median CPU ms of a round. */
const timeOf = (expression, over = texts) => {
  const times = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = cpuMs();
    for (const text of over) regexHits(text, expression);
    times.push(cpuMs() - start);
  }
  return median(times);
};
const name = (rule) => `${rule.kind}:${rule.id}`;

// The rules as the scan searches them.
const held = texts.map((text) => tagger.alternativeSets.held(lowerForPatterns(text)));
const byRule = tagger.patterned.map(() => []);
for (let round = -1; round < ROUNDS; round++) {
  tagger.patterned.forEach((_, p) => {
    const start = cpuMs();
    texts.forEach((text, k) => {
      const pattern = searchedBy(tagger, p, held[k]);
      if (pattern) regexHits(text, isPlainText(text) ? withoutUnicodeFlag(pattern) : pattern);
    });
    if (round >= 0) byRule[p].push(cpuMs() - start);
  });
}
const ruleRows = tagger.patterned.map((index, p) => ({ rule: tagger.rules[index].rule, ms: median(byRule[p]) })).sort((a, b) => b.ms - a.ms);
console.log(`${texts.length} findings, ${ROUNDS} rounds. The rules as the scan searches them: ${ruleRows.reduce((sum, row) => sum + row.ms, 0).toFixed(1)} ms in all`);
for (const row of ruleRows.slice(0, 12)) console.log(`${row.ms.toFixed(1).padStart(8)}  ${name(row.rule)} (${row.rule.patterns.length} patterns)`);

// Each pattern alone.
const patternRows = rules.tags.flatMap((rule) => rule.patterns.map((source, i) => ({ rule, i, source, ms: timeOf(new RegExp(wrapPatterns(source), 'gi')) }))).sort((a, b) => b.ms - a.ms);
console.log(`Each pattern alone over every finding: ${patternRows.length} patterns, ${patternRows.reduce((sum, row) => sum + row.ms, 0).toFixed(1)} ms in all; the costliest`);
for (const row of patternRows.slice(0, 12)) console.log(`${row.ms.toFixed(1).padStart(8)}  ${name(row.rule)} pattern ${row.i + 1}: ${row.source.slice(0, 100)}`);

// Each pattern among its rule's others.
for (const id of ids) {
  const rule = rules.tags.find((tag) => tag.id === id && tag.patterns.length > 0);
  if (!rule) throw new Error(`no rule ${id} with patterns`);
  const whole = timeOf(new RegExp(wrapPatterns(rule.patterns.join('|')), 'gi'));
  console.log(`${name(rule)}: its whole expression ${whole.toFixed(1)} ms over every finding; saved without each pattern, the most first`);
  const rows = rule.patterns.map((source, i) => ({ i, source, ms: whole - timeOf(new RegExp(wrapPatterns(rule.patterns.filter((_, j) => j !== i).join('|')), 'gi')) }));
  for (const row of rows.sort((a, b) => b.ms - a.ms).slice(0, 6)) console.log(`${row.ms.toFixed(1).padStart(8)}  pattern ${row.i + 1}: ${row.source.slice(0, 100)}`);
}
