import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultRules } from '../src/rules.js';
import { count, errorsOf, findingKey, fmt, goldLetters, letterOf, merge, micro, perLabelTable, predict, readGold, type Counts, type Kind } from './gold.js';

// The shipped rules against the dev gold of fixtures/gold/dev/ (see its README: who read it, how,
// and the readers' agreement). Micro-averaged F1 over (finding, top-level id) pairs, the agency
// figure without multi-agency as the issue measures it.
//
// The rules are hand-written, so "held out" means: letters whose gold the rules' author did not
// look at while writing the rules. The rules were tuned on the gold of TUNED_ON only; the other six
// letters' gold was first read by a score, once, after the last change to the rules (the figures
// are in fixtures/gold/dev/README.md). Change the rules while looking at a held-out letter's gold
// and it is held out no more: move it to TUNED_ON and say so there.
// The agency rules have since been changed with all 13 letters' errors in view (issue 9, third
// step, in that README): for agencies the six are a second group guarded against regressions, no
// longer an estimate for unseen letters. The themes were tuned on the seven, then (issue 9's fifth
// step) on nine: the seven with Leeds swapped for Hertfordshire, Medway and South Tyneside, while
// Hampshire, Kirklees, Leeds and Sefton were held out and scored once (0.774 rules alone, each
// letter left out; see the README): the floors below are not raised past what that supports.
export const TUNED_ON = [
  'barnsley-2022-07-18', 'derby-2019-05-08', 'haringey-2018-01-30', 'leeds-2024-05-16',
  'liverpool-2016-08-03', 'surrey-2023-05-02', 'wokingham-2017-07-14',
];
// The letters whose agency errors no step since the eighth (agencies) has read: scored once per step,
// after its last rule change (`node tests/agency-errors.mjs --held-out`), never listed finding by
// finding (agency-errors.mjs and JTAI_GOLD_ERRORS below refuse them). Read one and it leaves this list. Empty since issue
// 9's forty-fifth agency step (helper 9bh), whose scans printed the extras of the four it held (Hampshire, Kirklees,
// Sefton, South Tyneside; one of its cue's six cases is Sefton #61): their agency figures are in sample from then on, and
// the sealed sets are the estimate for unseen text. The themes' held-out letters (theme-decisions.mjs) are not affected.
export const UNREAD_AGENCIES: string[] = [];

// Floors just below the figures measured (agencies 0.917 all, 0.896 on the six first held out, the
// lowest letter 0.815, since issue 9's sixth step, whose changes were tuned on TUNED_ON alone and
// scored on the six once (`node tests/agency-errors.mjs --held-out`); with the fifth step's rules
// the all-letters floor fails at 0.914; themes
// 0.788, 0.755 since the second round of theme rules): without the third step's cues and exclusions
// the agency test fails (see fixtures/gold/dev/README.md for the figures). Issue 9's seventh step
// read Hertfordshire's and Medway's agency errors and scored the other four once: unchanged there
// (0.920), so these floors stay where they were. Issue 9's eighth step (agencies) tuned on nine
// letters (TUNED_ON, Hertfordshire and Medway) and scored Hampshire, Kirklees, Sefton and South
// Tyneside once: 0.920 before and after; all 13 0.920 -> 0.926, the six first held out 0.903 ->
// 0.908, so the floors are raised to just under those (with that step's challenged and member cues
// taken out, all 13 falls to 0.923 and the test fails). Issue 9's review fixes (one list walk that
// stops where a mention opens its own clause, no cue across a comma, membership only where the
// members' phrase ends, the appropriate adult no longer the police's) take all 13 from 0.926 to
// 0.9246 (591/61/33 -> 589/61/35): one finding is Barnsley's appropriate adult service, which the
// gold gives the police but the codebook does not (the local authority secures appropriate adults
// for children; the police only call one), so the all-13 floor is lowered to 0.924 for that.
// Issue 9's tenth step (agencies: one list walk both ways, health services said in other words; the
// gold's appropriate adult now youth justice) takes all 13 from 0.924 (590/63/34) to 0.926 (592/63/32)
// and the six first held out from 0.906 to 0.910 (both gains Medway's, a tuned-on letter; the four
// unread letters 0.918 before and after): floors 0.925 and 0.909, which the rules before fail (0.924).
// Issue 9's twelfth step (agencies, helper 9o: an infinitive "to" governs nothing, the one contacted,
// input from another agency, casework judged with no agency named) takes all 13 from 0.927 (606/68/27)
// to 0.930 (607/65/26) and the six first held out from 0.918 to 0.919 (the four unread letters 0.919
// before and after): floors 0.929 and 0.918, which the rules before fail.
// These are the rules alone: the learned theme layer is scored in tests/learned.test.ts.
// Issue 9's sixteenth step (agencies, helper 9c: children in care implied, a list's lead-in as actor; the four
// unread letters scored once at its end, 0.921 -> 0.927) takes all 13 from 0.931 (607/64/26) to 0.933 (609/64/24)
// and the six first held out to 0.924 (281/34/12): floors 0.932 and 0.923, which the rules before fail.
// Issue 9's seventeenth step (agencies, helper 9a: named in passing by design; the four unread letters scored once at its
// end, 0.927 before and after) takes all 13 from 0.933 (609/64/24) to 0.934 (609/62/24): floor 0.933, which the rules before fail.
// Issue 9's twenty-first step (agencies, helper 9w: the council's care beside an agency judged in another sentence, its
// early help and care work by name; tuned on the nine and report rounds 1-2) takes all 13 from 0.934 (609/62/24) to
// 0.935 (610/62/23), the six first held out 0.924 (281/34/12) unchanged: one tag, so the floors stay.
// Issue 9's forty-fifth step (agencies, helper 9bh): 12 labels dropped on a codebook question a blind adjudicator settled
// (MAPPA named alone implies neither the police nor probation; fixtures/gold/dev/readings/mappa-r45.*) take the start's
// rules (e267eb0) from 0.947 (612/43/25) to 0.938 (600/55/25) on all 13 and from 0.933 to 0.924 on the six held out; the
// rules then read MAPPA as the adjudicator did: 0.949 (600/40/25) and 0.935 (275/25/13). Floors 0.948 and 0.934, which
// the start's rules on the relabelled gold fail. Then a school named as where another's team or worker sits read as a
// venue (Sefton's "work in schools"): all 13 0.9486 -> 0.9494 (600/39/25), the six held out 0.9357 -> 0.9370 (275/24/13):
// held-out floor 0.936, which the code before (05a724d) fails. Issue 9's forty-fifth step, second part (helper 9bj: multi-agency
// audits as the partnership's own scrutiny, Barnsley's and Surrey's): all 13 0.9494 -> 0.9510 (602/39/23), the six held out
// unchanged (0.9370): all-letters floor 0.950, which the code before (e0fde30) fails.
// Issue 9's sixty-seventh step (helper 9gg, gold that goes both ways, thirteenth round; fixtures/gold/challenge/readings/
// both-ways-2026-12-07-thirteenth): Haringey #52 relabelled where two of three blind readers contradicted the gold, the rules
// unchanged (safeguarding-partnership added: the health landscape "not fully understood by the multi-agency partnership"; a new
// miss): 0.9504 (603/37/26) -> 0.9496 (603/37/27), held out unchanged 0.937; the all-letters floor lowered to the new figure
// because the gold moved, the rules did not (the gold after fails 0.95).
const FLOORS: Record<Kind, { all: number; heldOut: number; letter: number }> = {
  agencies: { all: 0.9496, heldOut: 0.936, letter: 0.81 },
  // Themes, rules alone: 0.805 on all 13 after issue 9's eighth step (0.799 before it, which fails);
  // 0.804 once a harm named in a unit's or tool's name counts again, as the codebook says; 0.8073
  // after the ninth step (asides, early help in other words; 0.8035 before it, which fails).
  // 0.815 (1412/383/257) after the concept layer (issue 9, helper 9n; 0.8093 before it, which fails
  // both floors), the letters outside TUNED_ON 0.781; tuned on the nine, the four scored once.
  // 0.822 (1432/382/237) after issue 9's thirteenth step (helper 9q: concepts for risk, information,
  // skills, quality assurance, parents' views; review and profile as written), the letters outside
  // TUNED_ON 0.791; the rules before it give 0.815 and 0.781 and fail both.
  // 0.829 (1441/368/228) after issue 9's fourteenth step (helper 9u: concepts for joint working,
  // family engagement, management oversight, risk), the letters outside TUNED_ON 0.797 (639/197/129);
  // the rules before it give 0.822 and 0.791 and fail both.
  // 0.830 (1450/375/219) after helper 9z's paraphrase families (the rules before give 0.8286 and fail);
  // the letters outside TUNED_ON 0.797 before and after (639/197/129 -> 643/202/125), so that floor stays.
  // 0.833 (1455/371/214) after helper 9t (a child's state and a service's projects are not the
  // theme, a body assuring itself, children heard and seen alone, communication between agencies,
  // leaders who lead, referrals sent on to a specialist forum); the letters outside TUNED_ON 0.800
  // (645/200/123); the rules before give 0.830 and 0.797 and fail both.
  // 0.836 (1453/352/216) after helper 9t2 (a harm named only in a service's or another harm's
  // words: adult mental health services' staff, trauma-informed practice, perpetrators of other
  // harms, an area's needs assessment); the letters outside TUNED_ON 0.804 (644/190/124); the rules
  // before give 0.833 and 0.800 and fail both.
  // 0.8379 (1458/353/211) after helper 9v (families as partners, needs seen early, trends watched,
  // thresholds understood and applied, in other words); the letters outside TUNED_ON 0.805
  // (644/190/124 -> 646/191/122); the rules before give 0.836 and fail the all-letters floor.
  // 0.840 (1456/342/213) after helper 9y (an insertion does not part a near pair or a concept;
  // information sharing's near pairs by exact forms; a missing child and a parent's mental health
  // named once); the letters outside TUNED_ON 0.807 (644/185/124); the rules before give 0.8379 and
  // 0.805 and fail both.
  // 0.844 (1468/342/201) after helper 9ab (consent to share, staff's awareness, plans judged, management
  // judged, external reviews, children's experiences central, joint agency thinking); the letters outside
  // TUNED_ON 0.811 (650/185/118); the rules before give 0.840 and 0.807 and fail both.
  // 0.846 (1468/335/201) after helper 9ak (a concern understood is not risk judged; a family or a child as the
  // partner is not joint working); the letters outside TUNED_ON 0.811 -> 0.813 (650/181/118), three extras fewer,
  // all of them in Hertfordshire and Medway, so that floor stays; the rules before give 0.844 and fail.
  // 0.8505 (1476/326/193) after helper 9bc (a harm at the incident a child was present at, the adult mental health or
  // substance misuse service as the finding's subject, joint assessments, interviews, home visits and enquiries); the
  // letters outside TUNED_ON unchanged (0.817, 652/177/116); the rules before give 0.849 (1471/326/198) and fail.
  // 0.8511 (1478/326/191) after helper 9bi (who is invited to a strategy discussion as joint working: Derby); the letters
  // outside TUNED_ON unchanged (0.817, 653/177/115); the start's rules (e267eb0) give 0.8508 (1477/326/192) and fail.
  // 0.8519 (1478/323/191) after helper 9bm (an adult told about a child not the voice, a parent's capacity not the workforce:
  // three extras gone, all in letters outside TUNED_ON, 0.819, 653/174/115); the start's rules (224e71d) give 0.8511 and fail.
  // 0.8529 (1478/319/191) after helper 9bu (a bare referral not needed, counted, named for its forum, a mechanism or a
  // document copied is no front door: four extras gone, Haringey, Leeds, Liverpool and Surrey, all in TUNED_ON; outside it
  // unchanged, 0.819, 653/174/115); the start's rules (a7085b1) give 0.8519 and fail.
  // 0.8526 (1481/324/188) after helper 9bs (issue 9, 47th step: information sharing, risk, joint working and early help in
  // other words; Medway +1 right, Derby +1 right +1 extra, Haringey +1 right; the letters outside TUNED_ON 0.819 -> 0.820,
  // 654/174/114); the start's rules (367f3b3) give 0.8519 and fail.
  // 0.8536 (1481/320/188) with both (merged at the forty-seventh steps; outside TUNED_ON 0.820, 654/174/114); 9bs's rules
  // alone give 0.8526 and 9bu's alone 0.8529, and both fail.
  // 0.8543 (1483/320/186) after helper 9bw (issue 9, 48th step, second part: Sefton +1 workforce right, South Tyneside +1
  // leadership right, both outside TUNED_ON, whose gold was read for this step: 0.8195 -> 0.821, 654/174/114 -> 656/174/112);
  // the start's rules (c03408a) give 0.8536 and 0.8195 and fail both.
  // 0.8550 (1483/317/186) after helper 9bz (issue 9, 49th step, second part: Barnsley #2 and #17 lose front door, Sefton #18
  // workforce, three extras; outside TUNED_ON 0.8210 -> 0.8215, 656/174/112 -> 656/173/112); the start's rules (d6a2e18) give
  // 0.8543 and 0.8210 and fail both.
  // Issue 9's forty-ninth step (helper 9by, theme recall; in sample): all 0.8543 (1483/320/186) -> 0.8549 (1485/320/184), held
  // out 0.8210 (656/174/112) -> 0.8225 (658/174/110); the start's rules (d6a2e18) fail both new floors.
  // Both merged (issue 9's forty-ninth steps, in sample): 0.8557 (1485/317/184), outside TUNED_ON 0.8230 (658/173/110); 9by's
  // rules alone (0.8549, 0.8225) and 9bz's alone (0.8550, 0.8215) fail both.
  // Issue 9's fiftieth step (helper 9ce, theme recall; in sample, the letters' gold read): 0.8557 (1485/317/184) -> 0.8564
  // (1488/318/181), outside TUNED_ON 0.8230 (658/173/110) -> 0.8238 (659/173/109); the start's rules (8de7ac9) fail both floors.
  // Issue 9's fifty-fifth step (helper 9ct; fixtures/gold/dev/README.md): the letters' gold relabelled where at least two of
  // three blind readers contradicted it, the rules unchanged (Liverpool #3, Hertfordshire #18, Medway #6 workforce-training
  // added, Medway #33 dropped; Medway #3, Wokingham #15 family-engagement added): 0.8562 (1488/319/181) -> 0.8563 (1490/317/183),
  // outside TUNED_ON 0.8237 (659/173/109) -> 0.8240 (660/172/110); the gold before (e2fb558) fails the raised floor (run:
  // 0.85616 < 0.8563, the first assertion; outside TUNED_ON 0.82375 < 0.8239 by the counts).
  // Issue 9's fifty-sixth step (helper 9db; fixtures/gold/dev/README.md): the letters' gold relabelled where at least two of
  // three blind readers contradicted it, the rules unchanged (Derby #4, #8, Medway #22, Wokingham #58 risk-assessment added):
  // 0.8563 (1490/317/183) -> 0.8571 (1493/314/184), outside TUNED_ON 0.8240 (660/172/110) -> 0.8247 (661/171/110); the gold
  // before (b01674b) fails both raised floors.
  // Issue 9's fifty-sixth step, the rest of 9db's two questions (helper 9dd; fixtures/gold/dev/README.md): the letters' gold
  // relabelled where at least two of three blind readers contradicted it, the rules unchanged (front-door added: Barnsley #2,
  // Derby #11, #43, Leeds #18, Liverpool #15, Wokingham #50; risk-assessment added: Haringey #22, Hertfordshire #46, Leeds #16,
  // Medway #26, Wokingham #31): 0.8571 (1493/314/184) -> 0.8578 (1499/308/189), outside TUNED_ON 0.8247 (661/171/110) -> 0.8249
  // (662/170/111); the gold before (803bd28) fails both raised floors.
  // Issue 9's fifty-sixth step (helper 9dc; fixtures/gold/dev/README.md): the letters' gold relabelled where at least two of
  // three blind readers contradicted it, the rules unchanged (leadership-governance added: Leeds #22, #28, #32, Medway #1, #7,
  // Surrey #7, #23, Wokingham #63): 0.8571 (1493/314/184) -> 0.8574 (1497/310/188), outside TUNED_ON 0.8247 (661/171/110) ->
  // 0.8249 (662/170/111); the gold before (803bd28) fails both raised floors (0.85706 < 0.8573; 0.82470 < 0.8249).
  // 9dd's and 9dc's relabellings together, merged on main: 0.8581 (1503/304/193), outside TUNED_ON 0.8251 (663/169/112).
  // Issue 9's fifty-eighth step (helper 9dp; fixtures/gold/dev/README.md): the letters' gold relabelled where at least two of
  // three blind readers contradicted it, the rules unchanged (joint-working added: Leeds #20, Surrey #11, both extras of the rules
  // made right): 0.8581 (1503/304/193) -> 0.8588 (1505/302/193), outside TUNED_ON unchanged 0.8251 (663/169/112); the gold
  // before (a0ea48a) fails the raised floor (0.85812 < 0.8587).
  // Issue 9's fifty-ninth step (helper 9dt, theme recall; fixtures/gold/dev/README.md): 0.8588 (1505/302/193) -> 0.8591
  // (1506/302/192), outside TUNED_ON 0.8251 (663/169/112) -> 0.8259 (664/169/111: Medway, information shared with a named
  // agency's team, out of sample); the code before (8cb2da8) fails both raised floors.
  // Issue 9's fifty-ninth step (the lead, keeping 9dt's case forum reading, 9dv's scoring): outside TUNED_ON 0.8259
  // (664/169/111) -> 0.8249 (662/168/113), lowered: Medway #23 loses two right tags and two extras to the aside rule (the
  // forum named twice makes joint working the finding's clear theme), Hampshire #6 takes an extra (its gold was never put
  // to the joint-meetings question; not read). Kept for the sealed sets: leaving one set out over r7-r28, 32 right / 0
  // extra on the gold three blind readers relabelled (28 / 4 before it), every fold adopting it.
  // Issue 9's sixtieth step (helper 9ec, gold that goes both ways; fixtures/gold/dev/README.md): the letters' gold relabelled
  // where at least two of three blind readers contradicted it, the rules unchanged (risk-assessment added: Hertfordshire #35,
  // consent sought from alleged perpetrators balanced against the risk posed to children; a new miss): 0.8590 (1505/301/193)
  // -> 0.8588 (1505/301/194), outside TUNED_ON 0.8249 (662/168/113) -> 0.8244 (662/168/114); both floors lowered
  // to the new figures (the gold changed, the rules did not).
  // Issue 9's sixty-first step (helper 9eh, gold that goes both ways, second round; fixtures/gold/challenge/readings/
  // both-ways-2026-12-07-second): Haringey #23 relabelled where two of three blind readers contradicted it, the rules unchanged
  // (workforce-training added: probation staff not clear about a check and a referral; an extra of the rules made right):
  // 0.8588 (1505/301/194) -> 0.8591 (1506/300/194), outside TUNED_ON unchanged 0.8244; the gold before fails the raised floor.
  // Issue 9's sixty-fifth step (helper 9fq, gold that goes both ways, tenth round; fixtures/gold/challenge/readings/
  // both-ways-2026-12-07-tenth): Haringey #19 and Leeds #17 relabelled where three of three blind readers contradicted the gold,
  // the rules unchanged (early-help added: youth workers or navigators offering help to young people injured by violence in
  // hospital; two new misses): 0.8593 (1509/296/198) -> 0.8588 (1509/296/200), outside TUNED_ON unchanged 0.8244 (662/167/115);
  // the floor lowered to the new figure because the gold moved (the gold after fails 0.859).
  // Issue 9's sixty-seventh step (helper 9gg, gold that goes both ways, thirteenth round; fixtures/gold/challenge/readings/
  // both-ways-2026-12-07-thirteenth): Barnsley #18, Leeds #24 and Leeds #25 relabelled where three of three blind readers
  // contradicted the gold, the rules unchanged (joint-working added: daily MASH, formulation and MACE meetings judged for what the
  // agencies decide in them; three new misses): 0.8588 (1511/296/198) -> 0.8587 (1511/296/201), outside TUNED_ON unchanged
  // 0.8244; the floor lowered to the new figure because the gold moved (the gold after fails 0.8588).
  themes: { all: 0.8587, heldOut: 0.8244, letter: 0.7 },
};
const WITHOUT: Record<Kind, string[]> = { agencies: ['multi-agency'], themes: [] };

describe.each(['agencies', 'themes'] as const)('%s against the gold files', (kind) => {
  it(`score at least ${FLOORS[kind].all} on all gold letters, ${FLOORS[kind].heldOut} on held-out letters, ${FLOORS[kind].letter} on each`, async () => {
    const rules = defaultRules();
    const names = goldLetters();
    expect(names.length).toBe(13);
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
    // The inventory of errors by cause (fixtures/gold/dev/README.md) starts from this list.
    if (process.env.JTAI_GOLD_ERRORS) for (const name of names.filter((n) => kind !== 'agencies' || !UNREAD_AGENCIES.includes(n))) console.log((await errorsOf(name, rules, kind, { without: WITHOUT[kind] })).join('\n\n'));
    expect(micro(all).f1).toBeGreaterThanOrEqual(FLOORS[kind].all);
    if (heldOut.size > 0) expect(micro(heldOut).f1).toBeGreaterThanOrEqual(FLOORS[kind].heldOut);
    for (const [name, counts] of byLetter) expect([name, micro(counts).f1 >= FLOORS[kind].letter]).toEqual([name, true]);
  });
});

it('the parser finds nearly every gold finding, so the tags are scored on what users get', async () => {
  let all = 0;
  let found = 0;
  for (const name of goldLetters()) {
    const parsedKeys = new Set((await letterOf(name)).findings.map((f) => findingKey(f.text)));
    const gold = readGold(name).findings;
    all += gold.length;
    found += gold.filter((g) => parsedKeys.has(findingKey(g.text))).length;
  }
  console.log(`the parser finds ${found} of the ${all} gold findings`);
  expect(found / all).toBeGreaterThanOrEqual(0.97);
});

it.skipIf(UNREAD_AGENCIES.length === 0)('the agency error lister refuses to list a held-out letter unless asked to read it', () => {
  // Holding letters out is what makes their score an estimate for unseen letters (fixtures/gold/dev/README.md).
  const unread = UNREAD_AGENCIES[0]!;
  const run = spawnSync(process.execPath, [fileURLToPath(new URL('./agency-errors.mjs', import.meta.url)), '--letter', unread], { encoding: 'utf8' });
  expect(run.status).toBe(2);
  expect(run.stderr).toContain(`${unread} held out`);
  expect(run.stdout).toBe('');
});
