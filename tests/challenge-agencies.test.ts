import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { defaultRules } from '../src/rules.js';
import { applyAll, tagText } from '../src/tag/match.js';
import { count, fmt, micro, perLabelTable, type GoldFinding } from './gold.js';
import { fixture } from './helpers.js';

// The agency challenge set (fixtures/gold/challenge/: short sentences written in the letters' style,
// none from a letter, labelled by the codebook): the kinds of sentence on which the rules met unseen
// letters worse than the dev gold (issue 9): passives, nominalisations, lists, implied agencies, an
// agency named as a recipient, venue, forum, document or role. Scored as the dev gold is (micro F1
// over (sentence, top-level id), without multi-agency), on every item and on the undisputed ones;
// every miss is printed with what the role layer made of each mention.

interface ChallengeItem {
  text: string;
  agencies: string[];
  why: string;
  disputable?: string;
}

const readItems = (file: string) => (parse(readFileSync(fixture(`gold/challenge/${file}`), 'utf8')) as { items: ChallengeItem[] }).items;
const WITHOUT = ['multi-agency'];
// Just under the figures measured (fixtures/gold/challenge/README.md: which set was in view when).
// Raised after issue 9's twelfth step (helper 9o; the second and third sets scored once, at its end):
// 0.938 / 0.972, 0.892 / 0.898, 0.875 / 0.978, against 0.925, 0.875, 0.861 for the rules before.
// Raised after the thirteenth step (helper 9r; second and third scored once at its end): 0.906 and
// 0.886; the new agencies-named.yaml (in view while changing) 0.872 / 0.972, against 0.730 / 0.800.
// Lowered after the reviewer's fixes to the thirteenth step (helper 9s: cues narrowed so the agencies whose
// work a sentence evaluates are kept, not re-tuned to these sets): 0.892, 0.875, named 0.841 / 0.929.
// agencies-named.yaml's labels then read blind a second time and adjudicated (README.md there: 5 of its
// 65 items changed); the same rules score 0.823 / 0.911 on it, so its floors follow the labels, not the rules.
// Raised after issue 9's fifteenth step (agencies, helper 9y; second and third scored once, at its end):
// agencies.yaml 0.938 -> 0.945, second 0.892 -> 0.906 (undisputed 0.898 -> 0.917), third 0.875 -> 0.886,
// named 0.823 -> 0.835 (undisputed 0.911 -> 0.927); the rules before fail each raised floor.
const SETS = [
  // Raised after issue 9's forty-second step (helper 9az: the one alerted, the strategy meeting that is convened):
  // 0.957 -> 0.963; the rules before fail the raised floor.
  // Issue 9's fiftieth step (helper 9cd, agency precision; fixtures/gold/dev/README.md): 0.963 -> 0.969 (78/4/1): #53, the appropriate adult requested; the code before (8de7ac9) fails the raised floor.
  // Issue 9's fifty-fourth step (9cq's units, the lead): relabelled on a blind adjudicator's answer to a codebook question where
  // the gold went both ways, the rules unchanged: agencies #29 (education dropped); 0.969 -> 0.963 (undisputed unchanged, 0.979); a floor lowered to the new figure, not a change of the rules.
  // Issue 9's fifty-fifth step (helper 9cu, agency precision; fixtures/gold/dev/README.md): 0.963 -> 0.969 (77/4/1: #54, a child's arrest as a status); the code before (e2fb558) fails the raised floor.
  { file: 'agencies.yaml', all: 0.968, undisputed: 0.97 },
  // Held out: scored in total only, their misses never printed (whoever tunes the rules must not read them).
  { file: 'agencies-second.yaml', all: 0.9, undisputed: 0.91, heldOut: true },
  { file: 'agencies-third.yaml', all: 0.88, undisputed: 0.97, heldOut: true },
  // Raised after issue 9's sixteenth step (helper 9c; second and third scored once at its end, unchanged at 0.906
  // and 0.886): named 0.835 -> 0.843 (the edge of care team), undisputed 0.927 -> 0.937; the rules before fail both.
  // Issue 9's forty-fifth step (helper 9bh: a school named as where another's team or worker sits is a venue, #49's "seen ...
  // often in school"): 0.843 / 0.937 -> 0.849 / 0.945; the code before (05a724d) fails both raised floors.
  // Issue 9's forty-fifth step, second part (helper 9bj: implied agencies, family hubs, multi-agency audits, specialist mental
  // health and the crisis team): 0.849 -> 0.857 (60/16/4; undisputed unchanged, 0.945); the code before (e0fde30) fails the raised floor.
  // Issue 9's forty-eighth step, third part (helper 9bx: sessions "at" a building, bare "officers" referring back, the one linked or
  // enquired "of", told or discussed with, the host's subject within its clause): 0.857 -> 0.870 (60/14/4, #34); the code before (c03408a) fails the raised floor.
  // Issue 9's forty-ninth step, fifth part (helper 9cc, five agency readings for paragraph extras; fixtures/gold/dev/README.md): 0.870 -> 0.889 (60/11/4: #7 x3);
  // the code before (998dc09) fails the raised floor.
  // Issue 9's fiftieth step (helper 9cd, agency precision; fixtures/gold/dev/README.md): 0.889 -> 0.909 (60/8/4): #29, #45, #50; the code before (8de7ac9) fails the raised floor.
  // Issue 9's fifty-fourth step (helper 9cp, agency precision; fixtures/gold/dev/README.md): 0.909 -> 0.916 (60/7/4: #51, appointments in schools); the code before (3fe438a) fails the raised floor.
  // Issue 9's fifty-fourth step (9cq's units, the lead): relabelled on a blind adjudicator's answer to a codebook question where
  // the gold went both ways, the rules unchanged: agencies-named #31 (education dropped); 0.916 -> 0.908; a floor lowered to the new figure, not a change of the rules.
  { file: 'agencies-named.yaml', all: 0.907, undisputed: 0.94 },
  // Sealed for a session (README.md there, "The seventh set"): 0.774 at the session's start (ea77c9d) and at its end.
  // Dev from the next session: issue 9's thirty-seventh step (helper 9ao) read its errors and changed the rules with them
  // in view, 0.774 -> 0.842 (in-sample); the rules before fail the raised floor.
  // Issue 9's thirty-ninth step (helper 9as: home education as the council's education service, safeguarding enquiries
  // by another agency, the one enquired with): 0.842 -> 0.848 (in-sample); the rules before fail the raised floor.
  // Issue 9's forty-first step (helper 9aw): the gold relabelled on the codebook questions a blind adjudicator settled
  // (0.848 -> 0.854 with the rules before), then the convener of a strategy discussion another is not invited to: 0.860
  // (92/16/14, in-sample); the rules before fail the raised floor, and so does one right item's labels taken away.
  // Issue 9's forty-fourth step (helper 9bf: the one affected, in a sentence that opens with a consequence, r7-53's police and
  // children's social care): 0.860 -> 0.868 (92/14/14, in-sample); the code before (e98f704) fails the raised floor.
  // Issue 9's forty-fifth step (helper 9bh: MAPPA named alone is multi-agency, a blind adjudicator's answer; r7-28's police and
  // probation): 0.868 -> 0.876 (92/12/14); the code before (e267eb0) fails the raised floor.
  // Issue 9's forty-sixth step (helper 9bl: "Attendance from children's social care, the youth justice service, schools and
  // health is consistent" judges the attendees, r7-36): 0.876 -> 0.892 (95/12/11); the code before (2952939) fails the raised floor.
  // Issue 9's forty-sixth step, third part (helper 9bo: tellers who say what another's work leaves them to bear, "told inspectors
  // that they are holding risk / are not told / have to chase", as affected): 0.892 -> 0.900 (95/10/11, r7-40); the code before (44208e3) fails the raised floor.
  // Issue 9's forty-ninth step, third part (helper 9ca, twelve agency readings; fixtures/gold/dev/README.md): 0.900 -> 0.914 (96/8/10: r7-18, r7-21, r7-44);
  // the code before (d6a2e18) fails the raised floor.
  // Issue 9's forty-ninth step, fifth part (helper 9cc, five agency readings for paragraph extras; fixtures/gold/dev/README.md): 0.914 -> 0.904 (94/8/12), LOWERED to 0.90:
  // r7-44's gold tags schools and the voluntary sector for "Relevant agencies, including schools and the voluntary sector, are represented
  // on subgroups", the sentence r13-64's gold leaves untagged ("represented in subgroups"); the member cue follows r13-64, the codebook's
  // forum in passing and four in-view items (agencies-named #7, r14-causes #21, r16-roles #21): 8 extras fewer, 2 right fewer over the dev sets.
  // Issue 9's fiftieth step (helper 9cd, agency precision; fixtures/gold/dev/README.md): 0.904 -> 0.908 (94/7/12): r7-50; the code before (8de7ac9) fails the raised floor.
  // Issue 9's fifty-second step, third part (helper 9cl, agency readings; fixtures/gold/dev/README.md): 0.908 -> 0.913 (95/7/11: r7-33, the partnership that commissioned a service); the code before (855d580) fails the raised floor.
  // Issue 9's fifty-seventh step (helper 9dg, agency precision; fixtures/gold/dev/README.md): 0.913 -> 0.918 (96/7/10: r7-31, no multi-agency guidance as the partnership's gap); the code before (8d201f2) fails the raised floor.
  // Issue 9's sixtieth step (helper 9dx, agencies; fixtures/gold/dev/README.md): 0.918 -> 0.923 (96/6/10: r7-57, the language schools a campaign has not reached); the code before (858cfe3) fails the raised floor.
  { file: 'sealed-round7.yaml', all: 0.923, undisputed: 0.923, heldOut: false },
  // Dev from the next session: issue 9's thirty-eighth step (helper 9aq) read its errors and changed the rules with them
  // in view, 0.796 -> 0.828 (in-sample); the rules before fail the raised floor.
  // Issue 9's forty-third step (helper 9bb: a later item after a repeated preposition, r8-38): 0.862 -> 0.866 (97/14/16);
  // the code before (27f0dfc) fails the raised floor.
  // Issue 9's thirty-ninth step (helper 9as): 0.828 -> 0.844 (in-sample); the rules before fail the raised floor.
  // Issue 9's fortieth step (helper 9au: sessions delivered in schools as a venue): 0.844 -> 0.848 (in-sample); the rules
  // before fail the raised floor, and so does one right item's labels taken away (0.843).
  // Issue 9's forty-first step (helper 9aw): the gold relabelled (0.848 -> 0.862, 97/15/16, the rules' tags unchanged);
  // one right item's labels taken away fails the raised floor.
  // Issue 9's forty-fifth step (helper 9bh: MAPPA named alone is multi-agency; r8-39's police): 0.866 -> 0.870 (97/13/16);
  // the code before (e267eb0) fails the raised floor.
  // Issue 9's forty-fifth step, second part (helper 9bj: implied agencies, family hubs, multi-agency audits, specialist mental
  // health and the crisis team): 0.870 -> 0.875 (98/13/15, r8-42); the code before (e0fde30) fails the raised floor.
  // Issue 9's forty-sixth step (helper 9bl: "receive a prompt assessment from the CAMHS liaison team", r8-09): 0.875 -> 0.880
  // (99/13/14); the code before (2952939) fails the raised floor.
  // Issue 9's forty-sixth step, third part (helper 9bo: tellers who say what another's work leaves them to bear, "told inspectors
  // that they are holding risk / are not told / have to chase", as affected): 0.880 -> 0.884 (99/12/14, r8-46); the code before (44208e3) fails the raised floor.
  // Issue 9's forty-sixth step, fifth part (helper 9bq: no list read across ", and" where it opens a clause with its own subject
  // and verb): 0.884 -> 0.889 (100/12/13, r8-51's police); the code before (bbd2374) fails the raised floor.
  // Issue 9's fifty-first step, third part (helper 9ci, agency readings; fixtures/gold/dev/README.md): 0.889 -> 0.903 (102/11/11: r8-16, r8-63 'not routinely invited', r8-61's paediatrician left out); the code before (b8a1979) fails the raised floor.
  // Issue 9's fifty-fifth step (helper 9cu, agency precision; fixtures/gold/dev/README.md): 0.903 -> 0.899 (102/12/11), LOWERED to 0.898: r8-59's
  // regional sexual assault referral centre, which the partnership "worked with", is now a health mention (the partner of another's work
  // goes both ways in the gold: 9cp); the reading gains three elsewhere (r13-44, r21-47, r24-60) and is adopted on every held set.
  // Issue 9's fifty-sixth step (helper 9cy, children's social care both ways; fixtures/gold/dev/README.md): 0.899 -> 0.903 (102/11/11: r8-33, a plan the children were already subject to); the code before (b01674b) fails the raised floor.
  // Issue 9's fifty-seventh step (helper 9dg, agency precision; fixtures/gold/dev/README.md): 0.903 -> 0.907 (103/11/10: r8-52, "no partnership strategy"); the code before (8d201f2) fails the raised floor.
  // Issue 9's fifty-ninth step (helper 9ds, agencies; fixtures/gold/dev/README.md): 0.907 -> 0.912 (104/11/9: r8-13, chief officers who attend in person and hold one another to account); the code before (8cb2da8) fails the raised floor.
  { file: 'sealed-round8.yaml', all: 0.912, undisputed: 0.912, heldOut: false },
  // Sealed for a session (README.md there, "The ninth set"): 0.795 (70/22/14) once the session's rules were merged
  // (issue 9's thirty-eighth and thirty-ninth steps, the reviewer's fixes). Held out: the labels of one item jtai tags
  // right taken away (r9-01) give 0.789, which fails.
  // Dev from the next session: issue 9's fortieth step (helper 9au) read its errors and changed the rules with them in
  // view, 0.795 -> 0.846 (74/17/10, in-sample); the rules before fail the raised floor, and so does r9-01's labels taken
  // away (0.839).
  // Issue 9's forty-first step (helper 9aw): the gold relabelled (0.855 -> 0.888 with the rules before), and the one left
  // out by "without": 0.898 (79/10/8, in-sample); the rules before fail the raised floor, and so does one right item's
  // labels taken away.
  // Issue 9's forty-second step (helper 9az): 0.898 -> 0.909 (80/9/7, in-sample); the rules before fail the raised floor.
  // Issue 9's forty-third step (helper 9bb: a later item after a repeated preposition, r9-51): 0.909 -> 0.914 (80/8/7);
  // the code before (27f0dfc) fails the raised floor.
  // Lowered by issue 9's forty-fourth step (helper 9bf): the one affected in a consequence sentence loses r9-33's schools
  // ("As a result, some professionals, particularly in schools, make repeated referrals", which the gold tags), 0.914 ->
  // 0.908 (79/8/8), against 8 extras removed on the dev gold (README.md there, the forty-fourth step); the floor is
  // just under the new figure, and r9-01's labels taken away fail it.
  // Issue 9's forty-fifth step (helper 9bh: MAPPA named alone is multi-agency; r9-47's probation): 0.908 -> 0.913 (79/7/8);
  // the code before (e267eb0) fails the raised floor.
  // Issue 9's forty-fifth step, second part (helper 9bj: implied agencies, family hubs, multi-agency audits, specialist mental
  // health and the crisis team): 0.913 -> 0.920 (80/7/7, r9-05); the code before (e0fde30) fails the raised floor.
  // Issue 9's forty-ninth step, fifth part (helper 9cc, five agency readings for paragraph extras; fixtures/gold/dev/README.md): 0.920 -> 0.925 (80/6/7: r9-50);
  // the code before (998dc09) fails the raised floor.
  // Issue 9's fifty-second step, third part (helper 9cl, agency readings; fixtures/gold/dev/README.md): 0.925 -> 0.930 (80/5/7: r9-17, children "subject to plans" as a status); the code before (855d580) fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9cy, children's social care both ways; fixtures/gold/dev/README.md): 0.930 -> 0.942 (81/4/6: r9-63's pre-birth assessments, r9-18's conference without reports); the code before (b01674b) fails the raised floor.
  // Issue 9's sixtieth step (helper 9dx, agencies; fixtures/gold/dev/README.md): 0.941 -> 0.947 (81/3/6: r9-47, the schools a nurse covers); the code before (858cfe3) fails the raised floor.
  // Issue 9's sixtieth step (helper 9ec, gold that goes both ways; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: r9-41 (education dropped: school staff left holding risk while CAMHS is missing, their own role not judged); 0.9474 -> 0.9412 (80/4/6); a floor lowered to the new figure (the gold changed, the rules did not).
  // Issue 9's sixty-sixth step (helper 9fx, gold that goes both ways, eleventh round; fixtures/gold/challenge/readings/both-ways-2026-12-07-eleventh/): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: r9-36 (safeguarding-partnership added: no agreed multi-agency pathway, no agency named its author); 0.9412 -> 0.9357 (80/4/7); a floor lowered to the new figure (the gold changed, the rules did not).
  { file: 'sealed-round9.yaml', all: 0.935, undisputed: 0.935, heldOut: false },
  // Sealed for a session (README.md there, "The tenth set"): 0.828 (77/22/10) on the session's starting rules (93df0da),
  // 0.832 (77/21/10) once its rules were merged (issue 9's fortieth steps). Held out: the labels of one item jtai tags
  // right taken away (r10-02) give 0.826, which fails.
  // Dev from the next session: issue 9's forty-first step (helper 9aw) read its errors, had the gold relabelled on the
  // codebook questions a blind adjudicator settled (0.832 -> 0.840 with the rules before) and changed the rules with them
  // in view: 0.880 (81/13/9, in-sample); the rules before fail the raised floor, and so does one right item's labels taken away.
  // Issue 9's forty-second step (helper 9az): 0.880 -> 0.892 (83/13/7, in-sample); the rules before fail the raised floor.
  // Issue 9's forty-fifth step, second part (helper 9bj: implied agencies, family hubs, multi-agency audits, specialist mental
  // health and the crisis team): 0.892 -> 0.904 (85/13/5, r10-32, r10-59); the code before (e0fde30) fails the raised floor.
  // Issue 9's forty-sixth step, third part (helper 9bo: tellers who say what another's work leaves them to bear, "told inspectors
  // that they are holding risk / are not told / have to chase", as affected): 0.904 -> 0.914 (85/11/5, r10-57); the code before (44208e3) fails the raised floor.
  // Issue 9's forty-ninth step, third part (helper 9ca, twelve agency readings; fixtures/gold/dev/README.md): 0.914 -> 0.919 (85/10/5: r10-21);
  // the code before (d6a2e18) fails the raised floor.
  // Issue 9's forty-ninth step, fifth part (helper 9cc, five agency readings for paragraph extras; fixtures/gold/dev/README.md): 0.919 -> 0.924 (85/9/5: r10-07);
  // the code before (998dc09) fails the raised floor.
  // Issue 9's fiftieth step (helper 9cd, agency precision; fixtures/gold/dev/README.md): 0.924 -> 0.929 (85/8/5): r10-01; the code before (8de7ac9) fails the raised floor.
  // Issue 9's fifty-seventh step (helper 9dg, agency precision; fixtures/gold/dev/README.md): 0.929 -> 0.940 (87/6/5: r10-56, schools that only learn of decisions and a school not told, the council's feedback implied); the code before (8d201f2) fails the raised floor.
  // Issue 9's sixty-second step (helper 9es, both-ways fifth round, training attended by several agencies' staff): the gold moved,
  // not the rules: r10-11's education and health dropped (2 of 3 blind readers: named only as attendees), 0.9405 -> 0.9399
  // (86/7/4), so the floor is lowered to 0.939 with it; 0.9399 fails a floor of 0.940.
  { file: 'sealed-round10.yaml', all: 0.939, undisputed: 0.939, heldOut: false },
  // Sealed for a session (README.md there, "The eleventh set"): 0.881 (78/10/11) on the session's starting rules
  // (0dd7781), 0.893 (79/9/10) once its rules were merged (issue 9's forty-first steps). Held out: the labels of one
  // item jtai tags right taken away (r11-02) give 0.886, which fails. Dev from issue 9's forty-second steps: its errors
  // are listed. Issue 9's forty-second step (helper 9az) read them and changed the rules with them in view: 0.893 -> 0.921
  // (82/7/7, in-sample; one of the gains by the passive's not-near in src/tag/roles.ts); the rules before fail the raised floor.
  // Issue 9's forty-fifth step, second part (helper 9bj: implied agencies, family hubs, multi-agency audits, specialist mental
  // health and the crisis team): 0.927 -> 0.933 (83/7/5, r11-37); the code before (e0fde30) fails the raised floor.
  // Issue 9's forty-seventh step (helper 9br: the partnership's escalation protocol "is rarely used", r11-64): 0.933 -> 0.938
  // (83/6/5); the code before (367f3b3) fails the raised floor.
  // Issue 9's forty-ninth step, third part (helper 9ca, twelve agency readings; fixtures/gold/dev/README.md): 0.938 -> 0.943 (83/5/5: r11-19);
  // the code before (d6a2e18) fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9cy, children's social care both ways; fixtures/gold/dev/README.md): 0.943 -> 0.949 (83/4/5: r11-20's conference not quorate); the code before (b01674b) fails the raised floor.
  { file: 'sealed-round11.yaml', all: 0.948, undisputed: 0.948, heldOut: false },
  // Sealed for a session (README.md there, "The twelfth set"): 0.857 (69/17/6) on the session's starting rules
  // (7427f57), 0.857 (69/17/6) once its rules were merged (issue 9's forty-second steps and two reviewers). Held out:
  // the labels of one item jtai tags right taken away (r12-01) give 0.850, which fails. Dev from issue 9's forty-third
  // steps: its errors are listed. Issue 9's forty-third step (helper 9bb) read them (extra tags on Main findings paragraphs
  // by cause): 0.857 -> 0.863 (69/16/6, in-sample; r12-38, a later item after a repeated preposition); the code before
  // (27f0dfc) fails the raised floor.
  // Issue 9's forty-fourth step (helper 9bf: the one affected in a consequence sentence, r12-37's social workers and school
  // staff): 0.863 -> 0.873 (69/14/6); the code before (e98f704) fails the raised floor.
  // Issue 9's forty-sixth step (helper 9bl: "do not always receive reports from health and education partners", "the help that
  // they receive from a family support charity", r12-27 and r12-55): 0.873 -> 0.887 (71/14/4); the code before (2952939) fails
  // the raised floor.
  // Issue 9's fiftieth step (helper 9cd, agency precision; fixtures/gold/dev/README.md): 0.887 -> 0.893 (71/13/4): r12-11; the code before (8de7ac9) fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9cy, children's social care both ways; fixtures/gold/dev/README.md): 0.893 -> 0.899 (71/12/4: r12-26's conference without reports); the code before (b01674b) fails the raised floor.
  { file: 'sealed-round12.yaml', all: 0.898, undisputed: 0.898, heldOut: false },
  // Sealed for a session (README.md there, "The thirteenth set"): 0.862 (78/19/6) on the forty-second steps' starting
  // rules (7427f57), 0.868 (79/19/5) once they were merged, and 0.868 (79/19/5) after the forty-third steps (9bb, 9bc,
  // rv24). Held out: the labels of one item jtai tags right taken away (r13-01) give 0.862, which fails. Dev from issue
  // 9's forty-fourth steps: its errors are listed. Issue 9's forty-fourth step (helper 9bf: the one affected in a consequence
  // sentence, r13-35's and r13-50's social workers): 0.868 -> 0.878 (79/17/5, in-sample); the code before (e98f704) fails
  // the raised floor.
  // Issue 9's forty-fifth step (helper 9bh: a school named as where another's worker is placed, r13-52): 0.878 -> 0.883
  // (79/16/5); the code before (05a724d) fails the raised floor.
  // Issue 9's forty-fifth step, second part (helper 9bj: implied agencies, family hubs, multi-agency audits, specialist mental
  // health and the crisis team): 0.883 -> 0.890 (81/17/3: r13-10 and r13-32 right, r13-60 an extra); the code before (e0fde30) fails the raised floor.
  // Issue 9's forty-sixth step, third part (helper 9bo: "contributions from" as a source, the guidance's contributors): 0.890 -> 0.900 (81/15/3, r13-51);
  // the code before (44208e3) fails the raised floor.
  // Issue 9's forty-eighth step, third part (helper 9bx: sessions "at" a building, bare "officers" referring back, the one linked or
  // enquired "of", told or discussed with, the host's subject within its clause): 0.900 -> 0.910 (81/13/3, r13-59); the code before (c03408a) fails the raised floor.
  // Issue 9's forty-ninth step, fifth part (helper 9cc, five agency readings for paragraph extras; fixtures/gold/dev/README.md): 0.910 -> 0.936 (81/8/3: r13-44, r13-48, r13-51, r13-64 x2);
  // the code before (998dc09) fails the raised floor.
  // Issue 9's fifty-fourth step (9cq's units, the lead): relabelled on a blind adjudicator's answer to a codebook question where
  // the gold went both ways, the rules unchanged: r13-55 (police dropped); 0.936 -> 0.930; a floor lowered to the new figure, not a change of the rules.
  // Issue 9's fifty-fifth step (helper 9cu, agency precision; fixtures/gold/dev/README.md): 0.930 -> 0.936 (80/8/3: #44, an examination offered at a place); the code before (e2fb558) fails the raised floor.
  // Issue 9's fifty-ninth step (helper 9ds, agencies; fixtures/gold/dev/README.md): 0.936 -> 0.942 (81/8/2: r13-56, a team manager as the council's); the code before (8cb2da8) fails the raised floor.
  { file: 'sealed-round13.yaml', all: 0.941, undisputed: 0.941, heldOut: false },
  // Sealed for a session (README.md there, "The fourteenth set"): 0.838 (70/18/9) on the forty-third steps' start
  // (0c678ac) and after them, 0.848 (70/16/9) after the forty-fourth steps (9bf, 9bg, 8ba, 8bb, 12ae, rv25). Held out:
  // the labels of one item jtai tags right taken away (r14-01) give 0.841, which fails. Dev from issue 9's forty-fifth
  // steps: its errors are listed. Issue 9's forty-fifth step (helper 9bh: a school named as where another's officers are
  // based, r14-59): 0.848 -> 0.854 (70/15/9, in-sample); the code before (05a724d) fails the raised floor.
  // Issue 9's forty-sixth step, third part (helper 9bo: tellers who say what another's work leaves them to bear, "told inspectors
  // that they are holding risk / are not told / have to chase", as affected): 0.854 -> 0.870 (70/12/9, r14-53); the code before (44208e3) fails the raised floor.
  // Issue 9's forty-eighth step, third part (helper 9bx: sessions "at" a building, bare "officers" referring back, the one linked or
  // enquired "of", told or discussed with, the host's subject within its clause): 0.870 -> 0.875 (70/11/9, r14-44); the code before (c03408a) fails the raised floor.
  // Issue 9's forty-ninth step, third part (helper 9ca, twelve agency readings; fixtures/gold/dev/README.md): 0.875 -> 0.893 (71/9/8: r14-42, r14-49, r14-59);
  // the code before (d6a2e18) fails the raised floor.
  // Issue 9's forty-ninth step, fifth part (helper 9cc, five agency readings for paragraph extras; fixtures/gold/dev/README.md): 0.893 -> 0.904 (71/7/8: r14-38 x2);
  // the code before (998dc09) fails the raised floor.
  // Issue 9's fiftieth step (helper 9cd, agency precision; fixtures/gold/dev/README.md): 0.904 -> 0.910 (71/6/8): r14-01; the code before (8de7ac9) fails the raised floor.
  // Issue 9's fifty-seventh step (helper 9dg, agency precision; fixtures/gold/dev/README.md): 0.910 -> 0.917 (72/6/7: r14-53, "Partnership guidance ... has not been updated"); the code before (8d201f2) fails the raised floor.
  // Issue 9's fifty-eighth step (helper 9dl, agency readings; fixtures/gold/dev/README.md): 0.917 -> 0.931 (74/6/5: r14-53 managers in the MASH, r14-57 experiences not reviewed by the partnership); the code before (a0ea48a) fails the raised floor.
  // Issue 9's sixty-sixth step (helper 9ga, gold that goes both ways, twelfth round; fixtures/gold/challenge/readings/both-ways-2026-12-07-twelfth/): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: r14-64 (safeguarding-partnership added, 2 of 3: the partnership's training, available in the evenings and at weekends, as its own provision); 0.930 -> 0.924 (74/5/7, 0.92499...); a floor lowered to the new figure because the gold moved, not a change of the rules.
  { file: 'sealed-round14.yaml', all: 0.924, undisputed: 0.924, heldOut: false },
  // Sealed for a session (README.md there, "The fifteenth set"): 0.876 (74/10/11) on the forty-fourth steps' start
  // (e98f704) and after them, and on the forty-fifth steps' start (e267eb0); 0.889 (76/10/9) after the forty-fifth steps
  // (9bh, 9bi, 9bj, rv27-rv29). Held out: the labels of one item jtai tags right taken away (r15-01) give 0.882, which fails. Dev from issue 9's forty-sixth
  // steps: its errors are listed.
  // Issue 9's forty-sixth step, fifth part (helper 9bq: the one "asked for" information read as consulted, once no list is read
  // across a ", and" that opens a clause): 0.889 -> 0.899 (76/8/9, r15-36); the code before (bbd2374) fails the raised floor.
  // Issue 9's fiftieth step (helper 9cd, agency precision; fixtures/gold/dev/README.md): 0.899 -> 0.905 (76/7/9): r15-53; the code before (8de7ac9) fails the raised floor.
  // Issue 9's fifty-first step, third part (helper 9ci, agency readings; fixtures/gold/dev/README.md): 0.905 -> 0.911 (77/7/8: r15-20 'not routinely invited'); the code before (b8a1979) fails the raised floor.
  // Issue 9's fifty-fourth step (9cq's units, the lead): relabelled on a blind adjudicator's answer to a codebook question where
  // the gold went both ways, the rules unchanged: r15-26 (education dropped); 0.911 -> 0.905; a floor lowered to the new figure, not a change of the rules.
  { file: 'sealed-round15.yaml', all: 0.904, undisputed: 0.904, heldOut: false },
  // Sealed for a session (README.md there, "The sixteenth set", written and labelled blind at the forty-sixth steps' start):
  // 0.806 (83/26/14) on the start's rules (224e71d) and after the forty-sixth steps (9bl, 9bm, 9bn, 9bo, 9bp, 9bq,
  // rv30, 12af, 8be). Held out: the labels of one item jtai tags right taken away (r16-01) give 0.800, which fails. Dev from
  // issue 9's forty-seventh steps: its errors are listed.
  // Issue 9's forty-seventh step (helper 9br: "the partnership" as the subject of any past act; its document as what others
  // use; the one not informed): 0.806 -> 0.849 (87/21/10, in-sample); the code before (367f3b3) fails the raised floor.
  // Issue 9's forty-eighth step, third part (helper 9bx: sessions "at" a building, bare "officers" referring back, the one linked or
  // enquired "of", told or discussed with, the host's subject within its clause): 0.849 -> 0.853 (87/20/10, r16-20); the code before (c03408a) fails the raised floor.
  // Issue 9's forty-ninth step, third part (helper 9ca, twelve agency readings; fixtures/gold/dev/README.md): 0.853 -> 0.884 (88/14/9: r16-02, r16-04,
  // r16-05 x3, r16-38, r16-57); the code before (d6a2e18) fails the raised floor.
  // Issue 9's fiftieth step (helper 9cd, agency precision; fixtures/gold/dev/README.md): 0.884 -> 0.893 (88/12/9): r16-09, r16-46; the code before (8de7ac9) fails the raised floor.
  // Issue 9's fifty-fourth step (9cq's units, the lead): relabelled on a blind adjudicator's answer to a codebook question where
  // the gold went both ways, the rules unchanged: r16-30 (health dropped); 0.893 -> 0.888; a floor lowered to the new figure, not a change of the rules.
  // Issue 9's fifty-eighth step (helper 9dl, agency readings; fixtures/gold/dev/README.md): 0.888 -> 0.893 (88/13/8: r16-57, a network supported by the partnership's business unit); the code before (a0ea48a) fails the raised floor.
  // Issue 9's fifty-ninth step (helper 9ds, agencies; fixtures/gold/dev/README.md): 0.893 -> 0.898 (88/12/8: r16-06, a call to the duty social work team); the code before (8cb2da8) fails the raised floor.
  // Issue 9's sixty-eighth step (helper 9gm, agencies): 0.9091 (90/11/7) -> 0.9137 (90/10/7: r16-29 a training room at police headquarters, a venue); the rules before (af7ea9e2) fail it.
  { file: 'sealed-round16.yaml', all: 0.913, undisputed: 0.913, heldOut: false },
  // Sealed for a session (README.md there, "The seventeenth set", written and labelled blind at the forty-seventh steps'
  // start): 0.870 (90/21/6) on the start's rules (367f3b3), 0.874 (90/20/6) after the forty-seventh steps (9br, 9bs, 9bt,
  // 9bu, rv31, 12ag, 8bg). Held out: the labels of one item jtai tags right taken away (r17-01) give 0.851, which fails. Dev from
  // issue 9's forty-eighth steps: its errors are listed.
  // Issue 9's forty-eighth step, third part (helper 9bx: sessions "at" a building, bare "officers" referring back, the one linked or
  // enquired "of", told or discussed with, the host's subject within its clause): 0.874 -> 0.909 (90/12/6, in-sample); the code before (c03408a) fails the raised floor.
  // Issue 9's forty-ninth step, third part (helper 9ca, twelve agency readings; fixtures/gold/dev/README.md): 0.909 -> 0.919 (91/11/5: r17-21, r17-56);
  // the code before (d6a2e18) fails the raised floor.
  // Issue 9's fifty-first step, third part (helper 9ci, agency readings; fixtures/gold/dev/README.md): 0.919 -> 0.924 (91/10/5: r17-08 'to the attention of'); the code before (b8a1979) fails the raised floor.
  // Issue 9's fifty-third step (helper 9cm, agency readings; fixtures/gold/dev/README.md): 0.924 -> 0.929 (92/10/4: r17-59, the giver of a service received); the code before (e616261) fails the raised floor.
  // Issue 9's fifty-ninth step (helper 9ds, agencies; fixtures/gold/dev/README.md): 0.929 -> 0.934 (92/9/4: r17-21, school staff asked how to talk with a child); the code before (8cb2da8) fails the raised floor.
  { file: 'sealed-round17.yaml', all: 0.933, undisputed: 0.933, heldOut: false },
  // Sealed for a session (README.md there, "The eighteenth set", written and labelled blind at the forty-eighth steps'
  // start): 0.858 (97/23/9) on the start's rules (c03408a), 0.862 (97/22/9) after the forty-eighth steps (9bv, 9bw, 9bx,
  // 12ai, 8bi; 9bx's one extra fewer). Held out: the labels of one item taken away (r18-01, two right) give 0.852,
  // which fails. Dev from issue 9's forty-ninth steps: its errors are listed.
  // Issue 9's forty-ninth step, third part (helper 9ca, twelve agency readings; fixtures/gold/dev/README.md): 0.862 -> 0.917 (99/11/7, in-sample);
  // the code before (d6a2e18) fails the raised floor.
  // Issue 9's forty-ninth step, fifth part (helper 9cc, five agency readings for paragraph extras; fixtures/gold/dev/README.md): 0.917 -> 0.921 (99/10/7: r18-41);
  // the code before (998dc09) fails the raised floor.
  // Issue 9's fifty-fourth step (helper 9cp, agency precision; fixtures/gold/dev/README.md): 0.921 -> 0.930 (99/8/7: r18-32, the tellers consulted); the code before (3fe438a) fails the raised floor.
  // Issue 9's fifty-fourth step (9cq's units, the lead): relabelled on a blind adjudicator's answer to a codebook question where
  // the gold went both ways, the rules unchanged: r18-23 (health dropped); 0.930 -> 0.925; a floor lowered to the new figure, not a change of the rules.
  // Issue 9's fifty-fifth step (helper 9cu, agency precision; fixtures/gold/dev/README.md): 0.925 -> 0.930 (99/9/6: #26, the partnership's risk register); the code before (e2fb558) fails the raised floor.
  // Issue 9's sixty-sixth step (helper 9fx, gold that goes both ways, eleventh round; fixtures/gold/challenge/readings/both-ways-2026-12-07-eleventh/): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: r18-20 (safeguarding-partnership added: local guidance out of date, no agency named its author) and r18-52 (children-social-care dropped: the council's public health commissioning is not children's social care); 0.9352 -> 0.9259 (100/7/9); a floor lowered to the new figure (the gold changed, the rules did not).
  // Issue 9's sixty-sixth step (helper 9ga, gold that goes both ways, twelfth round; fixtures/gold/challenge/readings/both-ways-2026-12-07-twelfth/): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: r18-07 (safeguarding-partnership added, 3 of 3: designated safeguarding leads' practice credited to the partnership's recent training); 0.925 -> 0.921 (100/7/10); a floor lowered to the new figure because the gold moved, not a change of the rules.
  { file: 'sealed-round18.yaml', all: 0.921, undisputed: 0.921, heldOut: false },
  // Sealed for a session (README.md there, "The nineteenth set", written and labelled blind at the forty-ninth steps'
  // start): 0.814 (90/34/7) on the start's rules (d6a2e18), 0.831 (91/31/6) after the forty-ninth steps (9ca's agency
  // readings: one right more, three extras fewer; 9by, 9bz, 9cb, 8bk, 12aj moved none). Held out: the labels of one item
  // taken away (r19-03) give 0.820, which fails. Dev from issue 9's fiftieth steps: its errors are listed.
  // Issue 9's fiftieth step (helper 9cd, agency precision; fixtures/gold/dev/README.md): 0.831 -> 0.875 (91/20/6): r19-03, -08, -15, -28, -39, -45, -46, -57 x3, -63; the code before (8de7ac9) fails the raised floor.
  // Issue 9's fifty-first step, third part (helper 9ci, agency readings; fixtures/gold/dev/README.md): 0.875 -> 0.879 (91/19/6: r19-01); the code before (b8a1979) fails the raised floor.
  // Issue 9's fifty-fourth step (helper 9cp, agency precision; fixtures/gold/dev/README.md): 0.879 -> 0.888 (91/17/6: r19-42, a voice in setting priorities); the code before (3fe438a) fails the raised floor.
  // Issue 9's fifty-fourth step (9cq's units, the lead): relabelled on a blind adjudicator's answer to a codebook question where
  // the gold went both ways, the rules unchanged: r19-63 (health dropped); 0.888 -> 0.882; a floor lowered to the new figure, not a change of the rules.
  // Issue 9's fifty-ninth step (helper 9ds, agencies; fixtures/gold/dev/README.md): 0.882 -> 0.887 (90/17/6: r19-09, the one spoken with past "directly"); the code before (8cb2da8) fails the raised floor.
  { file: 'sealed-round19.yaml', all: 0.886, undisputed: 0.886, heldOut: false },
  // Sealed for a session (README.md there, "The twentieth set", written and labelled blind at the fiftieth steps' start):
  // 0.869 (76/19/4) on the start's rules (8de7ac9) and the same after the fiftieth steps (9cd's eight agency readings, 25
  // extras fewer over the dev sets in sample, moved none here). Held out: the labels of one item taken away (r20-07) give
  // 0.855, which fails. Dev from issue 9's fifty-first steps: its errors are listed.
  // Issue 9's fifty-first step, third part (helper 9ci, agency readings; fixtures/gold/dev/README.md): 0.869 -> 0.906 (77/13/3, in-sample: read for the first time here); the code before (b8a1979) fails the raised floor.
  // Issue 9's fifty-fourth step (helper 9cp, agency precision; fixtures/gold/dev/README.md): 0.906 -> 0.917 (77/11/3: r20-62, data presented); the code before (3fe438a) fails the raised floor.
  // Issue 9's fifty-fourth step (9cq's units, the lead): relabelled on a blind adjudicator's answer to a codebook question where
  // the gold went both ways, the rules unchanged: r20-06 (education, voluntary-sector added), r20-63 (health added); 0.917 -> 0.936; the gold before gives the old figure and fails the raised floor.
  { file: 'sealed-round20.yaml', all: 0.935, undisputed: 0.935, heldOut: false },
  // Sealed for a session (README.md there, "The twenty-first set", written and labelled blind at the fifty-first steps'
  // start): 0.890 (101/17/8) on the start's rules (0beeb1c) and the same after the fifty-first steps (9ci's agency readings,
  // every dev set 11 extras fewer and 4 right more in sample, moved none here). Held out: the labels of one item taken away
  // (r21-01) give 0.8889 (100/18/7), which fails. Dev from issue 9's fifty-second steps: its errors are listed.
  // Issue 9's fifty-second step, third part (helper 9cl, agency readings; fixtures/gold/dev/README.md): 0.890 -> 0.899 (102/16/7: #03 gained, #55 extra gone); the code before (855d580) fails the raised floor.
  // Issue 9's fifty-third step (helper 9cm, agency readings; fixtures/gold/dev/README.md): 0.899 -> 0.903 (102/15/7: r21-05, the one checked with past a word before "with"); the code before (e616261) fails the raised floor.
  // Issue 9's fifty-fourth step (helper 9cp, agency precision; fixtures/gold/dev/README.md): 0.903 -> 0.907 (102/14/7: r21-45, programmes in schools); the code before (3fe438a) fails the raised floor.
  // Issue 9's fifty-fourth step (9cq's units, the lead): relabelled on a blind adjudicator's answer to a codebook question where
  // the gold went both ways, the rules unchanged: r21-21 (health, probation dropped); 0.907 -> 0.897; a floor lowered to the new figure, not a change of the rules.
  // Issue 9's fifty-fifth step (helper 9cu, agency precision; fixtures/gold/dev/README.md): 0.897 -> 0.902 (101/16/6: #47, the sexual assault referral centre); the code before (e2fb558) fails the raised floor.
  // Issue 9's fifty-ninth step (helper 9ds, agencies; fixtures/gold/dev/README.md): 0.902 -> 0.907 (102/16/5: r21-00, a discussion with the police as joint work); the code before (8cb2da8) fails the raised floor.
  // and its later readings: 0.907 -> 0.911 (102/15/5: r21-04, what young people explain to teachers); the code before (8cb2da8) fails the raised floor.
  { file: 'sealed-round21.yaml', all: 0.91, undisputed: 0.91, heldOut: false },
  // Sealed for a session (README.md there, "The twenty-second set", written and labelled blind at the fifty-second steps'
  // start): 0.854 (79/14/13) on the start's rules (855d580) and the same after the fifty-second steps (9cl's agency readings,
  // every dev set 2 extras fewer and 2 right more in sample, moved none here). Held out: the labels of one item taken away
  // (r22-01) give 0.848 (78/15/13), which fails. Dev from issue 9's fifty-third steps: its errors are listed.
  // Issue 9's fifty-third step (helper 9cm, agency readings; fixtures/gold/dev/README.md): 0.854 -> 0.865 (80/13/12, in-sample: read for the first time here; #42 gained, #44 extra gone); the code before (e616261) fails the raised floor.
  // Issue 9's fifty-fourth step (helper 9cp, agency precision; fixtures/gold/dev/README.md): 0.865 -> 0.870 (80/12/12: r22-11, the one involved); the code before (3fe438a) fails the raised floor.
  // Issue 9's fifty-fourth step (9cq's units, the lead): relabelled on a blind adjudicator's answer to a codebook question where
  // the gold went both ways, the rules unchanged: r22-03 (education, voluntary-sector added), r22-54 (safeguarding-partnership dropped); 0.870 -> 0.876; the gold before gives the old figure and fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9cy, children's social care both ways; fixtures/gold/dev/README.md): 0.876 -> 0.882 (82/11/11: r22-01's pre-birth assessments); the code before (b01674b) fails the raised floor.
  // Issue 9's sixty-first step (helper 9eh, gold that goes both ways, second round; fixtures/gold/challenge/readings/both-ways-2026-12-07-second): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: r22-03 (education dropped: language schools that helped devise the board's campaign, named in passing; 9cq's adjudicator had added it); 0.8817 -> 0.8757 (81/12/11); a floor lowered to the new figure (the gold changed, the rules did not).
  { file: 'sealed-round22.yaml', all: 0.875, undisputed: 0.875, heldOut: false },
  // Sealed for a session (README.md there, "The twenty-third set", written and labelled blind at the fifty-third steps'
  // start): 0.862 (97/21/10) on the start's rules (e616261) and the same after the fifty-third steps (9cm's agency readings,
  // every dev set 3 extras fewer and 9 right more in sample, moved none here). Held out: the labels of one item taken away
  // (r23-01) give 0.857 (96/22/10), which fails. Dev from issue 9's fifty-fourth steps: its errors are listed.
  // Issue 9's fifty-fourth step (helper 9cp, agency precision; fixtures/gold/dev/README.md): 0.862 -> 0.882 (97/16/10: r23-15, r23-24, r23-61); the code before (3fe438a) fails the raised floor.
  // Issue 9's fifty-fourth step (9cq's units, the lead): relabelled on a blind adjudicator's answer to a codebook question where
  // the gold went both ways, the rules unchanged: r23-53 (education dropped); 0.882 -> 0.877; a floor lowered to the new figure, not a change of the rules.
  // Issue 9's fifty-fifth step (helper 9cu, agency precision; fixtures/gold/dev/README.md): 0.877 -> 0.882 (97/17/9: #62, the partnership that cannot show); the code before (e2fb558) fails the raised floor.
  // Issue 9's fifty-ninth step (helper 9ds, agencies; fixtures/gold/dev/README.md): 0.882 -> 0.887 (98/17/8: r23-07, a strategy discussion with an on-call police inspector); the code before (8cb2da8) fails the raised floor.
  // Issue 9's sixtieth step (helper 9ec, gold that goes both ways; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: r23-28 (education added: schools' exclusions and reduced timetables while children wait); 0.8869 -> 0.8919 (99/16/8); the gold before fails the raised floor.
  { file: 'sealed-round23.yaml', all: 0.891, undisputed: 0.891, heldOut: false },
  // Sealed for a session (README.md there, "The twenty-fourth set", written and labelled blind at the fifty-fourth steps'
  // start): 0.869 (83/16/9) on the start's rules (3fe438a) and the same after the fifty-fourth steps (9cp's agency readings,
  // every dev set 14 extras fewer in sample, moved none here; 9cs's reading, 0.857 here, was reverted, informed by this
  // set's totals: fixtures/gold/dev/README.md). Held out: the labels of one item taken away (r24-02) give 0.851 (80/19/9),
  // which fails. Dev from issue 9's fifty-fifth steps: its errors are listed.
  // Issue 9's fifty-fifth step (helper 9cu, agency precision; fixtures/gold/dev/README.md): 0.869 -> 0.885 (85/15/7: #39, #41, #60; in-sample, read
  // for the first time here; #41 by Derby #14's words too, #60 by r21-47's); the code before (e2fb558) fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9cy, children's social care both ways; fixtures/gold/dev/README.md): 0.885 -> 0.891 (86/15/6: r24-42's pre-birth assessments); the code before (b01674b) fails the raised floor.
  // Issue 9's sixtieth step (helper 9ec, gold that goes both ways; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: r24-30 (education added: children excluded while they wait); 0.8912 -> 0.8969 (87/14/6); the gold before fails the raised floor.
  { file: 'sealed-round24.yaml', all: 0.896, undisputed: 0.896, heldOut: false },
  // Sealed for a session (README.md there, "The twenty-fifth set", written and labelled blind at the fifty-fifth steps'
  // start): 0.876 (95/15/12) on the start's rules (e2fb558) and the same after the fifty-fifth steps (9cu's agency readings,
  // every dev set 0.906 -> 0.909 in sample, moved none here; 9ct's and 9cw's blind readings relabelled no agency). Held out:
  // the labels of one item taken away (r25-02) give 0.870 (94/16/12), which fails. Dev from issue 9's fifty-sixth steps: its errors are listed.
  // Issue 9's fifty-seventh step (helper 9dg, agency precision; fixtures/gold/dev/README.md): 0.876 -> 0.881 (96/15/11: r25-27's adult drug and alcohol treatment services); the code before (8d201f2) fails the raised floor.
  // Issue 9's sixty-first step (helper 9eh, gold that goes both ways, second round; fixtures/gold/challenge/readings/both-ways-2026-12-07-second): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: r25-55 (health dropped: health professionals seldom invited to strategy discussions, nothing health did judged); 0.8807 -> 0.8756 (95/16/11); a floor lowered to the new figure (the gold changed, the rules did not).
  { file: 'sealed-round25.yaml', all: 0.875, undisputed: 0.875, heldOut: false },
  // Sealed for a session (README.md there, "The twenty-sixth set", written and labelled blind at the fifty-sixth steps'
  // start): 0.813 (85/27/12) on the start's rules (b01674b) and the same after the fifty-sixth steps (9cy's children's social
  // care readings, every dev unit 0.917 -> 0.918 in sample, moved none here). Held out: the labels of one item taken away
  // (r26-01) give 0.808 (84/28/12), which fails. Dev from issue 9's fifty-seventh steps: its errors are listed.
  // Issue 9's fifty-seventh step (helper 9dg, agency precision; fixtures/gold/dev/README.md): 0.813 -> 0.848 (89/24/8: r26-38, r26-43 the partnership's guidance or plan, r26-20 no multi-agency guidance, r26-30 and r26-53 the ones who learn only late, r26-30's drug and alcohol treatment service); the code before (8d201f2) fails the raised floor.
  // Issue 9's fifty-eighth step (helper 9dl, agency readings; fixtures/gold/dev/README.md): 0.848 -> 0.857 (90/23/7: r26-50, a worker employed by the partnership, and communities with little contact with statutory services); the code before (a0ea48a) fails the raised floor.
  // Issue 9's fifty-ninth step (helper 9ds, agencies; fixtures/gold/dev/README.md): 0.857 -> 0.865 (90/21/7: r26-03, children's services and the police asked whether there are concerns); the code before (8cb2da8) fails the raised floor.
  // Issue 9's sixtieth step (helper 9dx, agencies; fixtures/gold/dev/README.md): 0.865 -> 0.873 (90/19/7: r26-10, a campaign aimed at language schools; r26-29, the schools a nurse covers); the code before (858cfe3) fails the raised floor.
  { file: 'sealed-round26.yaml', all: 0.873, undisputed: 0.873, heldOut: false },
  // Sealed for a session (README.md there, "The twenty-seventh set", written and labelled blind at the fifty-seventh steps'
  // start): 0.831 (86/21/14) on the start's rules (8d201f2) and the same after the fifty-seventh steps (9dg's and 9dj's
  // agency readings, every dev unit 0.915 -> 0.917 in sample, moved none here). Held out: the labels of one item taken away
  // (r27-01) give 0.825 (85/22/14), which fails. Dev from issue 9's fifty-eighth steps: its errors are listed.
  // Issue 9's fifty-eighth step (helper 9dl, agency readings; fixtures/gold/dev/README.md): 0.831 -> 0.852 (89/20/11: r27-32 managers in the MASH, r27-37 young people who avoid statutory services, r27-50 and r27-61 the partnership as the agent of its own work); the code before (a0ea48a) fails the raised floor.
  // Issue 9's fifty-ninth step (helper 9ds, agencies; fixtures/gold/dev/README.md): 0.852 -> 0.861 (90/19/10: r27-49, leaders who hold one another to account; r27-26, the police's information not acted upon); the code before (8cb2da8) fails the raised floor.
  // Issue 9's sixtieth step (helper 9dx, agencies; fixtures/gold/dev/README.md): 0.861 -> 0.870 (91/18/9: r27-21, the officers responsible for tracing children missing education as the council's); the code before (858cfe3) fails the raised floor.
  { file: 'sealed-round27.yaml', all: 0.87, undisputed: 0.87, heldOut: false },
  // Sealed for a session (README.md there, "The twenty-eighth set", written and labelled blind at the fifty-eighth steps'
  // start): 0.890 (105/17/9) on the start's rules (a0ea48a) and the same after the fifty-eighth steps (9dl's agency readings,
  // every dev unit 0.914 -> 0.916 in sample, and 9dq's narrowings moved none here). Held out: the labels of one item taken
  // away (r28-01) give 0.8889 (104/18/8), which fails. Dev from issue 9's fifty-ninth steps: its errors are listed.
  // Issue 9's fifty-ninth step (helper 9ds, agencies; fixtures/gold/dev/README.md): 0.890 -> 0.895 (106/17/8: r28-09, strategy discussions with on-call police sergeants); the code before (8cb2da8) fails the raised floor.
  // and its later readings: 0.895 -> 0.907 (107/15/7: r28-02 a call to the duty team, r28-06 explained to teachers, r28-31 a team manager); the code before (8cb2da8) fails the raised floor.
  // Issue 9's sixtieth step (helper 9ec, gold that goes both ways; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: r28-44 (police dropped: not told when children placed from elsewhere arrive, nothing the police did judged); 0.9068 -> 0.9021 (106/16/7); a floor lowered to the new figure (the gold changed, the rules did not).
  { file: 'sealed-round28.yaml', all: 0.902, undisputed: 0.902, heldOut: false },
  // Sealed for a session (README.md there, "The twenty-ninth set", written and labelled blind at the fifty-ninth steps'
  // start): 0.819 (79/26/9) on the start's rules (8cb2da8) and the same after the fifty-ninth steps (9ds's agency readings,
  // every dev unit 0.9147 -> 0.9172 in sample, 16 errors gone and 0 added leaving one set out, and 9dw's narrowings moved
  // none here). Held out: the labels of one item taken away (r29-01) give 0.8125 (78/27/9), which fails. Dev from issue 9's sixtieth steps: its errors are listed.
  // Issue 9's sixtieth step (helper 9dx, agencies; fixtures/gold/dev/README.md): 0.818 -> 0.837 (80/23/8: r29-00, a campaign aimed at faith groups and language schools; r29-19, the officer responsible for children missing education); the code before (858cfe3) fails the raised floor.
  // Issue 9's sixtieth step (helper 9ec, gold that goes both ways; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: r29-08, r29-61 (education added: teachers' and school staff's own practice told); 0.8377 -> 0.8497 (82/21/8); the gold before fails the raised floor.
  // Issue 9's sixty-first step (helper 9eh, gold that goes both ways, second round; fixtures/gold/challenge/readings/both-ways-2026-12-07-second): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: r29-28 (education dropped: nursery staff seldom invited to core groups, their own work not judged); 0.8497 -> 0.8438 (81/22/8); a floor lowered to the new figure (the gold changed, the rules did not).
  // Issue 9's sixty-fourth step (helper 9fe, gold that goes both ways, seventh round; fixtures/gold/challenge/readings/both-ways-2026-12-07-seventh): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: r29-08 (education dropped, 3 of 3: teachers saying a charity's advice changed how they respond credits the charity; 9ec's readers had added it); 0.8482 -> 0.8421 (80/22/8); a floor lowered to the new figure (the gold changed, the rules did not).
  // Issue 9's sixty-fifth step (helper 9fm, agencies): 0.842 -> 0.848 (81/22/7: r29-42, independent scrutiny of "the safeguarding
  // arrangements" as the partnership's; left out, the reading read off r34-30); the code before (81e99bdf) fails the raised floor.
  { file: 'sealed-round29.yaml', all: 0.848, undisputed: 0.848, heldOut: false },
  // Sealed for a session (README.md there, "The thirtieth set", written and labelled blind at the sixtieth steps' start):
  // 0.856 (95/22/10) on the start's rules (858cfe3) and the same after the sixtieth steps (9dx's agency readings, every
  // dev unit 0.9145 -> 0.9159 in sample, 10 errors gone and 0 added leaving one set out; 9ea's, 9eb's and 9ed's
  // narrowings moved none here). Held out: the labels of one item taken away (r30-01) give 0.8455 (93/24/10), which fails.
  // Dev from issue 9's sixty-first steps: its errors are listed.
  { file: 'sealed-round30.yaml', all: 0.855, undisputed: 0.855, heldOut: false },
  // Sealed for a session (README.md there, "The thirty-first set", written and labelled blind at the sixty-first steps' start):
  // 0.8543 (85/20/9) on the start's rules (09b1e94) and the same after the sixty-first steps (no merged change moved a tag here).
  // Held out: the labels of one item taken away (r31-02) give 0.8485 (84/21/9), which fails.
  // Dev from issue 9's sixty-second steps: its errors are listed.
  // Issue 9's sixty-second step (helper 9el, agencies): 0.854 -> 0.867 (85/17/9: r31-01 and r31-03 a child's own school, r31-10 calls
  // from hospitals that another answers; bullets 0.814 -> 0.843, paragraphs 0.885 unchanged); the code before (fdbbbd7) fails the raised floor.
  { file: 'sealed-round31.yaml', all: 0.867, undisputed: 0.867, heldOut: false },
  // Sealed for a session (README.md there, "The thirty-second set", written and labelled blind at the sixty-second steps' start):
  // 0.8507 (94/23/10) on the start's rules (fdbbbd7) and the same after the sixty-second steps (no merged change moved a tag here).
  // Held out: the labels of one item taken away (r32-01) give 0.8455 (93/24/10), which fails.
  // Dev from issue 9's sixty-third steps: its errors are listed.
  // Issue 9's sixty-third step (helper 9ex, agencies): 0.851 -> 0.8739 (97/21/7: r32-21 and r32-22 the one not asked left out,
  // r32-22's council implied again, r32-37 home staff as children's social care, r32-47 ambulance crews as health; bullets
  // 0.835 -> 0.867, paragraphs 0.862 -> 0.879); the code before (013661ac) fails the raised floor.
  // After every sixty-third step's merge (9ez's sixth both-ways round added r32-06's and r32-51's trainee agencies; 9fa's and
  // 9fb's readings): 0.8938 (101/17/7); the start's rules (013661ac) on this gold give 0.8711 (98/19/10) and fail the raised floor.
  // Issue 9's sixty-fourth step (helper 9fc, agencies): 0.8938 -> 0.9067 (102/15/6: r32-03 a campaign's posters and leaflets
  // put up in GP surgeries and sent to language schools, r32-28 chronologies as the council's casework); the code before
  // (90fd2c15) fails the raised floor.
  // After every sixty-fourth step's merge (9fe's and 9fj's relabelling, 9fg's, 9fh's, 9fk's and 9fl's readings after 9fc's):
  // 0.9258 (106/11/6); the start's rules (90fd2c15) on this gold give 0.9130 (105/13/7) and fail the raised floor.
  // Issue 9's sixty-eighth step (helper 9gm, agencies): 0.9351 (108/11/4) -> 0.9391 (108/10/4: r32-36 a hub's services brought under one roof); the rules before (af7ea9e2) fail it.
  { file: 'sealed-round32.yaml', all: 0.939, undisputed: 0.939, heldOut: false },
  // Sealed for a session (README.md there, "The thirty-third set", written and labelled blind at the sixty-third steps' start):
  // 0.8598 (92/23/7) on the start's rules (013661ac) and the same after the sixty-third steps (no merged change moved a tag here).
  // Held out: the labels of one item taken away (r33-01) give 0.8545 (91/24/7), which fails.
  // Dev from issue 9's sixty-fourth steps: its errors are listed.
  // Issue 9's sixty-fourth step (helper 9fc, agencies): 0.8598 -> 0.8815 (93/19/6: r33-02 an awareness drive's partners,
  // r33-03 a school told in a bare passive, r33-51 a child at school, r33-58 back in education, r33-34 a case closed as the
  // council's; bullets 0.911 -> 0.932, paragraphs 0.823 -> 0.846); the code before (90fd2c15) fails the raised floor.
  // After every sixty-fourth step's merge (9fe's relabelling of r33-33's three partners, the other helpers' readings):
  // 0.8972 (96/16/6); the start's rules (90fd2c15) on this gold give 0.8756 (95/20/7) and fail the raised floor.
  // Issue 9's sixty-fifth step (helper 9fm, agencies): 0.897 -> 0.901 (96/15/6: r33-15, the designated safeguarding lead "at their
  // school is told", the predicate read past a place the subject is at); the code before (81e99bdf) fails the raised floor.
  // After every sixty-fifth step's merge (9fm's, 9fr's and 9fs's readings): 0.9065 (97/14/6); the start's rules (81e99bdf) on this
  // gold give 0.9023 (97/15/6) and fail the raised floor.
  // After every sixty-seventh step's merge (9ge, 9gi, 9gl): 0.9159 (98/12/6); the start's rules (1f438a08) on this gold give 0.9116 (98/13/6) and fail
  // the raised floor.
  // Issue 9's sixty-eighth step (helper 9gm, agencies): 0.9159 (98/12/6) -> 0.9202 (98/11/6: r33-39 a hub's services brought under one roof); the rules before (af7ea9e2) fail it.
  { file: 'sealed-round33.yaml', all: 0.920, undisputed: 0.920, heldOut: false },
  // Sealed for a session (README.md there, "The thirty-fourth set", written and labelled blind at the sixty-fourth steps' start):
  // 0.8302 (88/22/14) on the start's rules (90fd2c15), 0.8341 (88/21/14) after the sixty-fourth steps.
  // Held out: the labels of one item taken away (r34-01) give 0.8286 (87/22/14), which fails.
  // Dev from issue 9's sixty-fifth steps: its errors are listed.
  // Issue 9's sixty-fifth step (helper 9fm, agencies): 0.834 -> 0.853 (90/19/12: r34-45 the safeguarding partners as the
  // commissioner of their own analysis, r34-30 "the safeguarding arrangements" as the partnership's, r34-62 two extras gone, those
  // "in the new area" told); the code before (81e99bdf) fails the raised floor.
  // After every sixty-seventh step's merge (9ge, 9gi, 9gl): 0.8571 (90/18/12); the start's rules (1f438a08) on this gold give 0.8531 (90/19/12) and fail
  // the raised floor.
  { file: 'sealed-round34.yaml', all: 0.857, undisputed: 0.857, heldOut: false },
  // Sealed for a session (README.md there, "The thirty-fifth set", written and labelled blind at the sixty-fifth steps' start):
  // 0.8348 (96/24/14) on the start's rules (81e99bdf) and after the sixty-fifth steps alike (no scored tag moved).
  // Held out: the labels of one item taken away (r35-01) give 0.8246 (94/26/14), which fails.
  // Dev from issue 9's sixty-sixth steps: its errors are listed.
  // Issue 9's sixty-sixth step (helper 9fv, agencies): 0.835 -> 0.8448 (98/24/12: r35-30 the partnership whose subgroups the
  // charities are not represented on, r35-58 "the partnership's performance framework"); the rules before (8850e5e1) fail it.
  // Issue 9's sixty-sixth step (helper 9fz, agencies): 0.8448 -> 0.8584 (100/24/9: r35-39 the threshold document rewritten and
  // clear, r35-33 "no single pathway", area-wide guidance with no single agency its author as the partnership's); the rules
  // before (fd322a5e) give 0.8485 and fail it.
  // Issue 9's sixty-seventh step (helper 9ge, agencies): 0.8584 -> 0.8621 (100/23/9: r35-50 the knowledge of special school
  // staff left unused, a source, read on r36-14); the rules before (1f438a08) fail it.
  // Issue 9's sixty-eighth step (helper 9gm, agencies): 0.8621 (100/23/9) -> 0.8658 (100/22/9: r35-39 a hub's services brought under one roof); the rules before (af7ea9e2) fail it.
  { file: 'sealed-round35.yaml', all: 0.865, undisputed: 0.865, heldOut: false },
  // Sealed for a session (README.md there, "The thirty-sixth set", written and labelled blind at the sixty-sixth steps' start):
  // 0.8431 (86/22/10) on the start's rules (8850e5e1) and after the sixty-sixth steps alike (no scored tag moved).
  // Held out: the labels of one item taken away (r36-03) give 0.8374 (85/23/10), which fails.
  // Dev from issue 9's sixty-seventh steps: its errors are listed.
  // Issue 9's sixty-seventh step (helper 9ge, agencies): 0.8431 -> 0.8713 (88/18/8: r36-15 the disabled children's team, r36-29
  // early help coordinators, r36-14 knowledge drawn on as a source, r36-25 the ones not invited past a relative clause, r36-30
  // an adult's care plan and a parent who looks after children); the rules before (1f438a08) fail it.
  // Issue 9's sixty-eighth step (helper 9gm, agencies): 0.8713 (88/18/8) -> 0.8756 (88/17/8: r36-57 a training room at the council offices, a venue); the rules before (af7ea9e2) fail it.
  { file: 'sealed-round36.yaml', all: 0.875, undisputed: 0.875, heldOut: false },
  // Sealed for a session (README.md there, "The thirty-seventh set", written and labelled blind at the sixty-seventh steps' start):
  // 0.8476 (89/25/7) on the start's rules (1f438a08) and after the sixty-seventh steps alike (no scored agency moved).
  // Held out: the labels of one item taken away (r37-01) give 0.8421 (88/26/7), which fails.
  // Dev from issue 9's sixty-eighth steps: its errors are listed.
  // Issue 9's sixty-eighth step (helper 9gm, agencies): 0.8476 (89/25/7) -> 0.8558 (89/23/7: r37-46 knowledge held by the child's special school, r37-49 a training room in the police headquarters); the rules before (af7ea9e2) fail it.
  { file: 'sealed-round37.yaml', all: 0.855, undisputed: 0.855, heldOut: false },
  // Sealed for a session (README.md there, "The thirty-eighth set", written and labelled blind at the sixty-eighth steps' start):
  // 0.8869 (98/13/12) on the start's rules (af7ea9e2) and after the sixty-eighth steps alike (no item moved).
  // Held out: the labels of one item taken away (r38-01) give 0.8818 (97/14/12), which fails.
  { file: 'sealed-round38.yaml', all: 0.886, undisputed: 0.886, heldOut: true },
  // Issue 9's thirty-sixth step (helper 9am): the agency evaluated or the object of another's work, written and
  // labelled before the step's change and in view while changing (README.md there): 0.759 / 0.800 on the rules before,
  // 0.904 / 0.945 after (in-sample); the rules before fail both floors.
  // Issue 9's forty-ninth step, fifth part (helper 9cc, five agency readings for paragraph extras; fixtures/gold/dev/README.md): 0.904 -> 0.917 (33/5/1: #28);
  // the code before (998dc09) fails the raised floor.
  // Issue 9's fifty-fourth step (9cq's units, the lead): relabelled on a blind adjudicator's answer to a codebook question where
  // the gold went both ways, the rules unchanged: agencies-objects #29 (education added); 0.917 -> 0.932; the gold before gives the old figure and fails the raised floor.
  { file: 'agencies-objects.yaml', all: 0.931, undisputed: 0.94 },
  // Issue 9's thirty-seventh step (helper 9ao): the seventh set's recurring causes, written and labelled before the
  // step's change and in view while changing (README.md there, "The sixth set"): 0.667 / 0.657 on the rules before,
  // 0.943 / 0.941 after (in-sample); the rules before fail both floors.
  // Issue 9's fiftieth step (helper 9cd, agency precision; fixtures/gold/dev/README.md): 0.943 -> 0.957 (33/3/0): #15; the code before (8de7ac9) fails the raised floor.
  // Issue 9's fifty-first step, third part (helper 9ci, agency readings; fixtures/gold/dev/README.md): 0.957 -> 0.971 (33/2/0: #32, the designated nurse consulted); the code before (b8a1979) fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9cy, children's social care both ways; fixtures/gold/dev/README.md): 0.971 -> 0.985 (33/1/0: #25, siblings subject to a child in need plan); the code before (b01674b) fails the raised floor.
  { file: 'agencies-r7-causes.yaml', all: 0.984, undisputed: 0.94 },
  // Issue 9's thirty-eighth step (helper 9aq): the eighth set's causes that are a clause shape or a word's meaning, written
  // and labelled before the step's change and in view while changing (README.md there, "The seventh agency set"): 0.732 /
  // 0.794 on the rules before, 0.917 / 0.985 after (in-sample); the rules before fail both floors.
  // Issue 9's fifty-first step, third part (helper 9ci, agency readings; fixtures/gold/dev/README.md): 0.917 -> 0.930 (33/4/1: #15, the adult mental health service left out); the code before (b8a1979) fails the raised floor.
  { file: 'agencies-r8-causes.yaml', all: 0.925, undisputed: 0.98 },
  // Issue 9's thirty-ninth step (helper 9as): home education and safeguarding enquiries, written and labelled before the
  // step's change and in view while changing (README.md there, "The eighth agency set"): 0.737 / 0.747 on the rules
  // before, 0.960 / 0.959 after (in-sample); the rules before fail both floors.
  // Issue 9's forty-third step (helper 9bb: "with children's social care and with the police", a later item after a
  // repeated preposition): 0.960 / 0.959 -> 0.973 / 0.972; the code before (27f0dfc) fails both raised floors.
  { file: 'agencies-r9-causes.yaml', all: 0.97, undisputed: 0.97 },
  // Issue 9's fortieth step (helper 9au): six causes of the ninth set's errors that the dev gold reads one way, written and
  // labelled before the step's change and in view while changing (README.md there, "The ninth agency set"): 0.621 on
  // the rules before, 0.943 after (in-sample; no item is disputable); the rules before fail, and so does one right
  // item's labels taken away (0.923).
  { file: 'agencies-r10-causes.yaml', all: 0.94, undisputed: 0.94 },
  // Issue 9's forty-first step (helper 9aw): six causes of the tenth set's errors that the dev gold reads one way, written
  // and labelled before the step's change and in view while changing (README.md there, "The tenth agency set"): 0.613 /
  // 0.566 on the rules before, 0.885 / 0.906 after (in-sample); the rules before fail, and so does one right item's labels
  // taken away.
  { file: 'agencies-r11-causes.yaml', all: 0.88, undisputed: 0.9 },
  // Issue 9's forty-second step (helper 9az): five causes of the eleventh set's errors that the dev gold reads one way,
  // written and labelled before the step's change (28 items committed first, two added after a run that printed totals
  // only) and in view while changing (README.md there, "The eleventh agency set"): 0.746 / 0.731 on the rules before,
  // 0.933 / 0.943 after (in-sample); the rules before fail both floors.
  { file: 'agencies-r12-causes.yaml', all: 0.93, undisputed: 0.94 },
  // Issue 9's forty-third step (helper 9bb): causes of extra tags on Main findings paragraphs (a later item after a
  // repeated preposition, the one offered advice, and shapes counted and left), written and labelled before the step's
  // change and in view while changing (README.md there, "The twelfth agency set"): 0.698 / 0.818 on the rules before
  // (27f0dfc), 0.741 / 0.871 after (in-sample); the rules before fail both floors.
  // Issue 9's forty-seventh step (helper 9br: "the partnership" as the subject of any past act, #17): 0.741 -> 0.756 (31/17/3);
  // the code before (367f3b3) fails the raised floor.
  // Issue 9's fiftieth step (helper 9cd, agency precision; fixtures/gold/dev/README.md): 0.756 -> 0.765 (31/16/3): #18; the code before (8de7ac9) fails the raised floor.
  // Issue 9's fifty-third step (helper 9cm, agency readings; fixtures/gold/dev/README.md): 0.765 / 0.871 -> 0.775 / 0.885 (31/15/3: #3, the one checked with past a word before "with"); the code before (e616261) fails the raised floors.
  { file: 'agencies-r13-causes.yaml', all: 0.77, undisputed: 0.88 },
  // Issue 9's forty-fourth step (helper 9bf): causes B, D and F of the thirteenth set's extra tags (the one affected in a
  // consequence sentence, an agency named by its data, a partner in another's arrangements), written and labelled before
  // the step's change and in view while changing (README.md there, "The fourteenth agency set"): 0.684 / 0.791 on the code
  // before (e98f704), 0.776 / 0.971 after (in-sample); the code before fails both floors.
  // Issue 9's forty-fifth step (helper 9bh: a school named as where another's mentors work, #22): 0.789 -> 0.800; the code
  // before (05a724d) fails the raised floor.
  // Issue 9's forty-sixth step, third part (helper 9bo: "contributions from" as a source, the guidance's contributors): 0.800 -> 0.836 (28/8/3, #19);
  // the code before (44208e3) fails the raised floor.
  // Issue 9's forty-eighth step, third part (helper 9bx: sessions "at" a building, bare "officers" referring back, the one linked or
  // enquired "of", told or discussed with, the host's subject within its clause): 0.836 -> 0.848 (28/7/3, #20); the code before (c03408a) fails the raised floor.
  // Issue 9's forty-ninth step, fifth part (helper 9cc, five agency readings for paragraph extras; fixtures/gold/dev/README.md): 0.848 -> 0.862 (28/6/3: #21);
  // the code before (998dc09) fails the raised floor.
  // Issue 9's fifty-fourth step (9cq's units, the lead): relabelled on a blind adjudicator's answer to a codebook question where
  // the gold went both ways, the rules unchanged: agencies-r14-causes #2 (education dropped); 0.862 -> 0.844; a floor lowered to the new figure, not a change of the rules.
  // Issue 9's fifty-fifth step (helper 9cu, agency precision; fixtures/gold/dev/README.md): 0.844 -> 0.862 (28/7/2: #14, the partnership's dashboard); the code before (e2fb558) fails the raised floor.
  { file: 'agencies-r14-causes.yaml', all: 0.861, undisputed: 0.97 },
  // Issue 9's forty-fifth step (helper 9bh): a school, college or nursery named as where another agency's team or worker
  // sits or information is gathered, against the school's own staff in it, written and labelled before the step's change
  // (05a724d) and in view while changing (README.md there, "The fifteenth agency set"): 0.738 / 0.792 on the code before,
  // 0.857 / 0.884 after (in-sample); the code before fails both floors.
  // Issue 9's sixty-sixth step (helper 9fx, gold that goes both ways, eleventh round; fixtures/gold/challenge/readings/both-ways-2026-12-07-eleventh/): relabelled where three of three blind readers contradicted the gold, the rules unchanged: #16 (education dropped: police officers based in schools, head teachers inviting them back read as the service valued, not schools' own work); 0.8571 -> 0.8364 (23/6/3; undisputed unchanged, 0.884); a floor lowered to the new figure, not a change of the rules.
  { file: 'agencies-r15-causes.yaml', all: 0.836, undisputed: 0.88 },
  // Issue 9's forty-fifth step, second part (helper 9bj): implied agencies (cause E), a role, team or process one agency
  // owns, against the same words where that agency is not judged, written and labelled before the step's change and in
  // view while changing (README.md there, "The sixteenth agency set"): 0.755 / 0.788 on the code before (e0fde30), 0.831 /
  // 0.900 after (in-sample); the code before fails both floors.
  // Issue 9's fiftieth step (helper 9cd, agency precision; fixtures/gold/dev/README.md): 0.831 -> 0.844 (27/5/5): #23; the code before (8de7ac9) fails the raised floor.
  // Issue 9's fifty-fifth step (helper 9cu, agency precision; fixtures/gold/dev/README.md): 0.844 -> 0.862 (28/5/4: #20, the partnership's learning events); the code before (e2fb558) fails the raised floor.
  { file: 'agencies-r15-implied.yaml', all: 0.861, undisputed: 0.89 },
  // Issue 9's forty-sixth step (helper 9bl): cause (c), an agency named after "from" whose own act or product is judged
  // (an assessment, help, reports received from it; attendance or engagement from it), against information, data, learning
  // or attendees another uses, written and labelled before the step's change (2952939) and in view while changing (README.md
  // there, "The seventeenth agency set"): 0.553 / 0.611 on the code before (2952939), 0.786 / 0.810 after (in-sample); the
  // code before fails both floors.
  // Issue 9's fifty-third step (helper 9cm, agency readings; fixtures/gold/dev/README.md): 0.786 / 0.810 -> 0.921 / 0.958 (29/3/2: #3-#7, #10, #29, the giver of a service received); the code before (e616261) fails the raised floors.
  // Issue 9's fifty-fifth step (helper 9cu, agency precision; fixtures/gold/dev/README.md): 0.921 -> 0.937 (30/3/1: #18, the partnership's dashboard); the code before (e2fb558) fails the raised floor.
  // Issue 9's sixty-first step (helper 9ej's three blind readers, training-attended packet; fixtures/gold/challenge/readings/
  // both-ways-2026-12-07-third): the gold moved, the rules unchanged: #26 education added (staff from schools attended the training);
  // 0.937 -> 0.923 (30/3/2), undisputed 0.960 unchanged; a floor lowered to the new figure, not a change of the rules.
  // Issue 9's sixty-third step (helper 9ez's three blind readers, training-both-framings packet; fixtures/gold/challenge/readings/
  // both-ways-2026-12-07-sixth): the gold moved, the rules unchanged: #26 police, health and education added (staff from schools,
  // the police and health attended the training: the fourth round's reading, read side by side with the fifth's); 0.938 -> 0.896
  // (30/3/4), undisputed -> 0.923 (24/1/3); floors lowered to the new figures, not a change of the rules.
  { file: 'agencies-r16-causes.yaml', all: 0.895, undisputed: 0.923 },
  // Issue 9's forty-sixth step, third part (helper 9bo): cause A of the agency extras, five role shapes (tellers bearing another's
  // shortfall, the one asked, the one advised or helped, a forum's member, a partner beside another's work), written and labelled
  // before the step's change (65fffa4) and in view while changing (README.md there, "The eighteenth agency set"): 0.716 / 0.792 on
  // the code before (44208e3), 0.744 / 0.824 after (in-sample); the code before fails both floors.
  // Helper 9bq (the fifth part: no list across a ", and" that opens a clause; "asked for" as consulted): 0.747 / 0.857 (in-sample;
  // #7 and #11 right, #8 lost); the code before (bbd2374) fails both raised floors.
  // Issue 9's forty-ninth step, third part (helper 9ca, twelve agency readings; fixtures/gold/dev/README.md): 0.747 / 0.857 -> 0.757 / 0.875 (28/11/7, #18);
  // the code before (d6a2e18) fails both raised floors.
  // Issue 9's forty-ninth step, fifth part (helper 9cc, five agency readings for paragraph extras; fixtures/gold/dev/README.md): 0.757 -> 0.778 (28/9/7: #21 x2);
  // the code before (998dc09) fails the raised floor.
  // Issue 9's fifty-fourth step (9cq's units, the lead): relabelled on a blind adjudicator's answer to a codebook question where
  // the gold went both ways, the rules unchanged: agencies-r16-roles #15 (education added), #27 (education, voluntary-sector added); 0.778 -> 0.827 (undisputed 0.875 -> 0.941); the gold before gives the old figure and fails the raised floor.
  // Issue 9's fifty-ninth step (helper 9ds, agencies; fixtures/gold/dev/README.md): 0.827 -> 0.838 (31/5/7: #9, a team's knowledge "about" a child, seldom sought); the code before (8cb2da8) fails the raised floor.
  { file: 'agencies-r16-roles.yaml', all: 0.837, undisputed: 0.941 },
];

describe.each(SETS)('the agency challenge set $file', ({ file, all: allFloor, undisputed: undisputedFloor, heldOut }) => {
  it(`scores at least ${allFloor} (${undisputedFloor} on the undisputed items)`, () => {
    const items = readItems(file);
    const { tagger } = defaultRules();
    const asGold = (item: ChallengeItem): GoldFinding => ({ section: 'challenge', subsection: null, text: item.text, agencies: item.agencies, themes: [] });
    const predicted = items.map((item) => ({ agencies: new Set(tagText(tagger, item.text).agencies.map((t) => t.path[0]!)), themes: new Set<string>() }));
    const all = count(items.map(asGold), predicted, 'agencies', { without: WITHOUT });
    const undisputedAt = items.flatMap((item, i) => (item.disputable ? [] : [i]));
    const undisputed = count(undisputedAt.map((i) => asGold(items[i]!)), undisputedAt.map((i) => predicted[i]!), 'agencies', { without: WITHOUT });
    const misses = items.flatMap((item, i) => {
      const want = new Set(item.agencies);
      const got = [...predicted[i]!.agencies].filter((id) => !WITHOUT.includes(id));
      // The unscored ids' own errors too, against the whole prediction, marked so: the gold's multi-agency was once listed as
      // missed on every item that had it, whatever the rules tagged (issue 9, sixty-third step, helper 9ex: r32 listed 22, of
      // which the rules tagged 10).
      const whole = [...predicted[i]!.agencies];
      const unscored = [...whole.filter((id) => WITHOUT.includes(id) && !want.has(id)).map((id) => `extra ${id} (unscored)`), ...item.agencies.filter((id) => WITHOUT.includes(id) && !whole.includes(id)).map((id) => `missed ${id} (unscored)`)];
      const wrong = [...got.filter((id) => !want.has(id)).map((id) => `extra ${id}`), ...item.agencies.filter((id) => !WITHOUT.includes(id) && !got.includes(id)).map((id) => `missed ${id}`), ...unscored];
      if (wrong.length === 0) return [];
      const mentions = applyAll(tagger, 'agency', item.text).map((r) => `    ${r.rule.id}: ${r.mentions.map((m) => `"${m.match}" ${m.role}${m.why ? ` (${m.why})` : ''}`).join('; ')}`);
      return [`#${i} ${wrong.join(', ')}${item.disputable ? ' (disputable)' : ''}\n  ${item.text}\n  gold: ${item.why}\n${mentions.join('\n')}`];
    });
    console.log([...(heldOut ? [] : misses), `${file}, ${items.length} items: ${fmt(micro(all))}`, ...(heldOut ? [] : [perLabelTable(all)]), `undisputed, ${undisputedAt.length} items: ${fmt(micro(undisputed))}`].join('\n'));
    expect(items.length).toBeGreaterThanOrEqual(30);
    expect(micro(all).f1).toBeGreaterThanOrEqual(allFloor);
    expect(micro(undisputed).f1).toBeGreaterThanOrEqual(undisputedFloor);
  });
});
