import { describe, expect, it } from 'vitest';
import { defaultRules } from '../src/rules.js';
import { count, fmt, goldLetters, letterOf, merge, micro, perLabelTable, predict, readGold, type Counts, type Kind } from './gold.js';

// The shipped rules against the gold files of fixtures/gold/ (see its README: who read them, how,
// and the readers' agreement). Micro-averaged F1 over (finding, top-level id) pairs, the agency
// figure without multi-agency as the issue measures it.
//
// The rules are hand-written, so "held out" means: letters whose gold the rules' author had not
// looked at while writing the rules. TUNED_ON lists the letters whose gold was looked at; the
// held-out figure is the one that says how the rules do on letters they were not fitted to.
const TUNED_ON = ['wokingham-2017-07-14', 'leeds-2024-05-16'];

const FLOORS: Record<Kind, { all: number; heldOut: number; letter: number }> = {
  agencies: { all: 0.88, heldOut: 0.8, letter: 0.75 },
  themes: { all: 0.78, heldOut: 0.65, letter: 0.65 },
};
const WITHOUT: Record<Kind, string[]> = { agencies: ['multi-agency'], themes: [] };

describe.each(['agencies', 'themes'] as const)('%s against the gold files', (kind) => {
  it(`score at least ${FLOORS[kind].all} on all gold letters, ${FLOORS[kind].heldOut} on held-out letters, ${FLOORS[kind].letter} on each`, async () => {
    const rules = defaultRules();
    const names = goldLetters();
    expect(names.length).toBeGreaterThanOrEqual(2);
    const byLetter = new Map<string, Counts>();
    const lines: string[] = [];
    for (const name of names) {
      const gold = readGold(name).findings;
      const counts = count(gold, await predict(name, rules), kind, { without: WITHOUT[kind] });
      byLetter.set(name, counts);
      lines.push(`${kind} ${name}${TUNED_ON.includes(name) ? ' (tuned on)' : ' (held out)'}: ${fmt(micro(counts))}`);
    }
    const all = merge(...byLetter.values());
    const heldOut = merge(...[...byLetter].filter(([name]) => !TUNED_ON.includes(name)).map(([, counts]) => counts));
    lines.push(`${kind} all letters: ${fmt(micro(all))}`, perLabelTable(all));
    if (heldOut.size > 0) lines.push(`${kind} held-out letters: ${fmt(micro(heldOut))}`, perLabelTable(heldOut));
    console.log(lines.join('\n'));
    expect(micro(all).f1).toBeGreaterThanOrEqual(FLOORS[kind].all);
    if (heldOut.size > 0) expect(micro(heldOut).f1).toBeGreaterThanOrEqual(FLOORS[kind].heldOut);
    for (const [name, counts] of byLetter) expect([name, micro(counts).f1 >= FLOORS[kind].letter]).toEqual([name, true]);
  });
});

it('the parser finds the gold findings, so the tags are scored on what users get', async () => {
  const key = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '').slice(0, 80);
  for (const name of goldLetters()) {
    const found = new Set((await letterOf(name)).findings.map((f) => key(f.text)));
    const missing = readGold(name).findings.filter((g) => !found.has(key(g.text))).map((g) => g.text.slice(0, 60));
    expect([name, missing]).toEqual([name, []]);
  }
});
