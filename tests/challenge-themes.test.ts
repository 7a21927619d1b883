import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { defaultRules } from '../src/rules.js';
import { tagText } from '../src/tag/match.js';
import { count, fmt, micro, perLabelTable, type GoldFinding } from './gold.js';
import { fixture } from './helpers.js';

// The theme challenge sets (fixtures/gold/challenge/): sentences written for them, not copied from
// a letter, each labelled from the codebook, that say a theme in other words than the rules'
// phrases or name a theme word where the theme is not the point. They measure whether the rules
// generalise beyond the dev gold's letters (issue 9: 0.68-0.70 on unseen letters against 0.82 on
// the dev gold). themes.yaml was written first and the rules changed with its misses in view
// (so it is in-sample now); themes-unseen.yaml was written after that change and scored once.
// Micro F1 over (item, theme), the rules alone; floors just under what the rules reach
// (fixtures/gold/dev/README.md, step 9l).
const SETS = [
  // Issue 9's fiftieth step, second part (helper 9cf, theme precision: online grooming as sexual abuse, professionals who know
  // the family, people supervised for offences, a senior officer reviewing cases, leaders' recent fixes, plans for a project
  // or an intention, trained doctors, referrals under the National Referral Mechanism, vulnerability recognised early, an
  // adult's illness or disability; 22 extras gone, 2 right gained, 0 lost over every dev set) raised, in sample: r7 0.8436 ->
  // 0.8483, r10 0.8162 -> 0.8184, r13 0.8250 -> 0.8276, r14 0.8150 -> 0.8174, r16 0.7634 -> 0.7655, r17 0.7629 -> 0.7720, r18
  // 0.6992 -> 0.7010, r19 0.6937 -> 0.7117, themes-in-passing 0.6957 -> 0.7033, themes-r14-causes 0.6176 -> 0.6471; floors
  // just under, each failing on the start's rules (8de7ac9), whose figure is the first.
  // Issue 9's forty-ninth step (helper 9by, theme recall: information sharing, risk, the child's voice, early help and family
  // engagement in wordings that recur over the dev sets; every dev set in sample) raised: themes.yaml 0.854 -> 0.872,
  // themes-paraphrase 0.828 -> 0.869, r7 0.837 -> 0.841, r9 0.808 -> 0.823, r10 0.794 -> 0.810, r11 0.806 -> 0.824, r12 0.833
  // -> 0.841, r13 0.8202 -> 0.8224, r14 0.794 -> 0.813, r15 0.771 -> 0.778, r16 0.725 -> 0.759, r17 0.748 -> 0.761, r18 0.644 ->
  // 0.689, themes-front-door-voice 0.722 -> 0.796, -shared-aware 0.835 -> 0.846, -r12-causes 0.729 -> 0.800, -r13-causes 0.676
  // -> 0.790, -r14-causes 0.576 -> 0.618, -r16-causes 0.734 -> 0.795, -r16-recall 0.659 -> 0.674, -six-labels 0.699 -> 0.736;
  // floors just under, each failing on the start's rules (d6a2e18), whose figure is the first.
  // Issue 9's forty-seventh step, third part (helper 9bu: a bare referral not needed, counted, named for its forum ("MAPPA
  // referrals"), a referral mechanism or the text an assessment copies, no front door; 0 right / 12 extras over every dev set)
  // raised, in sample: themes.yaml 0.850 -> 0.854, themes-paraphrase 0.817 -> 0.821, r7 0.831 -> 0.833, r8 0.840 -> 0.842, r9
  // 0.786 -> 0.788, r11 0.785 -> 0.787, r14 0.757 -> 0.759, themes-r10-causes 0.809 -> 0.818; floors just under, each failing
  // on the start's rules (a7085b1).
  // Issue 9's forty-sixth step, fourth part (helper 9bp: a body that does not know, or has not analysed, evaluated, monitored
  // or tracked, as quality assurance; what an agency knows lost, unavailable or not considered, or contributed, as information
  // sharing) raised, in sample: r7 0.817 -> 0.830, r8 0.837 -> 0.840, r10 0.765 -> 0.768, r11 0.777 -> 0.785, r12 0.780 ->
  // 0.788, r13 0.790 -> 0.794, r14 0.745 -> 0.757, r15 0.742 -> 0.754, themes-in-passing 0.681 -> 0.696; floors just under, each failing on the start's
  // rules (e7e88a7).
  // Issue 9's forty-sixth step (helper 9bm: an adult or an agency told about a child as information sharing, not the voice;
  // a parent's capacity, not the workforce; a parent's harm after "struggling with", "drink heavily", "misuse of drugs or
  // alcohol"; referrals through the National Referral Mechanism, to liaison and diversion, or to CAMHS screened, not the
  // front door) raised, in sample: r7 0.815 -> 0.817, r8 0.835 -> 0.837, r9 0.781 -> 0.786, r12 0.774 -> 0.780, r13 0.787 ->
  // 0.790, r14 0.743 -> 0.745, r15 0.721 -> 0.742, themes-six-labels 0.692 -> 0.699, themes-front-door-voice 0.714 -> 0.722,
  // themes-paraphrase 0.812 -> 0.817; floors just under, each failing on the start's rules (224e71d).
  // Issue 9's forty-fifth step, third part (helper 9bk: leaders, a board or the safeguarding partners as the subject of
  // "have", as leadership; a professional's worries about children, not the voice; a parent "subject to supervision" and
  // someone probation "begin(s) to supervise", not management oversight) raised, in sample: r7 0.811 -> 0.815, r8 0.834 ->
  // 0.835, r10 0.761 -> 0.765, r11 0.773 -> 0.777, r12 0.773 -> 0.774, r13 0.783 -> 0.787, r14 0.737 -> 0.743, themes.yaml
  // 0.841 -> 0.850, themes-paraphrase 0.805 -> 0.812, themes-in-passing 0.667 -> 0.681; floors just under, each failing
  // on the start's rules (a35d6a9). Lowered: themes-front-door-voice 0.722 -> 0.714 (35/7/21), one extra ("Leaders have
  // completed a self-assessment", the readers' quality assurance): floor 0.72 -> 0.71, a trade written down in
  // ../fixtures/gold/dev/README.md (the challenge sets pooled: 4 right and 1 extra added).
  // Issue 9's forty-fifth step (helper 9bi: who is invited to a strategy discussion as joint working, a professional weighing
  // whether a child is harmed as risk assessment, information passed to another agency) raised, in sample: r7 0.808 -> 0.811,
  // r9 0.780 -> 0.781, r10 0.747 -> 0.761, r11 0.765 -> 0.773, r12 0.762 -> 0.773, r13 0.772 -> 0.783, r14 0.726 -> 0.737,
  // themes-front-door-voice 0.695 -> 0.722, themes-r12-causes 0.699 -> 0.714; floors just under, each failing on the start's
  // rules (e267eb0).
  // Issue 9's forty-fourth step (helper 9bg: probation's supervision of its caseload, a professional's worry about a child,
  // parents misusing drugs or alcohol, a risk named after a shortfall in its sentence) raised, in sample: r8 0.832 -> 0.834,
  // r9 0.776 -> 0.780, r10 0.741 -> 0.747, r11 0.761 -> 0.765, r12 0.755 -> 0.762, r13 0.750 -> 0.772, themes-r10-causes
  // 0.800 -> 0.809, and the held-out themes-unseen 0.426 -> 0.433 (one extra gone); floors just under, each failing on the
  // start's rules (e98f704).
  // 0.798 on the adjudicated labels with the concept layer (helper 9n; 0.783 before it, which fails).
  // 0.818 and 0.400 after issue 9's thirteenth step (helper 9q; 0.798 and 0.286 before it, which fail).
  // 0.832 and 0.426 after helper 9z's paraphrase families (0.818 and 0.400 before, which fail).
  // Issue 9's fiftieth step (helper 9ce, theme recall: workforce, joint working, assessment, the child's voice and quality
  // assurance in wordings pooled over every dev set; in sample) raised this floor: 0.872 -> 0.876; the start's rules (8de7ac9) give
  // the first figure and fail it.
  // Issue 9's fifty-sixth step, the rest of 9db's two questions (helper 9dd; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: themes #54 (risk-assessment added); 0.8760 -> 0.8803; the gold before (803bd28) fails the raised floor.
  { file: 'themes.yaml', floor: 0.88, items: 80 },
  // Held out: scored in total only, its errors never printed (whoever tunes the rules must not read them).
  { file: 'themes-unseen.yaml', floor: 0.43, items: 30, heldOut: true },
  // Paraphrases written by helper 9z (every practice theme without its usual word), in view while
  // the rules were changed, so in-sample: 0.341 with the rules before, 0.798 after (which fail it).
  // Issue 9's forty-eighth step, second part (helper 9bw, theme recall: supervisors, a detective superintendent, commissioners
  // who have not acted, a team too small or stretched, briefings; every dev set in sample) raised this floor: 0.821 -> 0.828; the
  // start's rules (c03408a) give the first figure and fail it.
  // Issue 9's fiftieth step (helper 9ce, theme recall: workforce, joint working, assessment, the child's voice and quality
  // assurance in wordings pooled over every dev set; in sample) raised this floor: 0.869 -> 0.875; the start's rules (8de7ac9) give
  // the first figure and fail it.
  // Issue 9's sixty-fourth step, the eighth both-ways round (helper 9fj; readings/both-ways-2026-12-07-eighth/): the gold moved,
  // the rules unchanged: assessment added to themes-paraphrase #81 (a child seen or assessed by a named service, 2 or 3 of 3 blind readers),
  // which the rules miss: 0.8750 (77/2/20) -> 0.8701 (77/2/21); 0.873 fails on the moved gold.
  { file: 'themes-paraphrase.yaml', floor: 0.870, items: 80 },
  // Sealed for a session (README.md there, "The seventh set"): 0.751 at the session's start (ea77c9d) and at its end.
  // Dev from issue 9's thirty-seventh step (helper 9ap), which changed the rules with its errors in view: 0.801
  // (137/42/26) after it, in-sample; main's rules before it (cac8837) give 0.751 and fail.
  // Issue 9's forty-ninth step, second part (helper 9bz, theme extras by role; in sample): floor 0.835 -> 0.838; the start's rules
  // (d6a2e18) give 0.8371 and fail it.
  // Issue 9's forty-ninth steps merged (9by's recall and 9bz's guards together, in sample): 0.844 (151/44/12); 9by's rules alone give
  // 0.841 and 9bz's alone 0.839, and both fail.
  // Issue 9's fiftieth step (helper 9ce, theme recall: workforce, joint working, assessment, the child's voice and quality
  // assurance in wordings pooled over every dev set; in sample) raised this floor: 0.844 -> 0.847; the start's rules (8de7ac9) give
  // the first figure and fail it.
  // Issue 9's fiftieth steps merged (9ce's recall and 9cf's guards together, in sample): 0.852 (152/42/11); 9ce's rules alone give
  // 0.847 and 9cf's alone 0.848, and both fail.
  // Issue 9's fifty-fifth step (helper 9ct; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r7-61 (voice-of-the-child added); 0.8515 -> 0.8547; the gold before (e2fb558) fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9da, theme precision: "minor" no minority, a liaison service named by its runner, joint
  // funding, a trebled count of notifications, probation's and a baby's supervision, parents relied on to interpret a child; leave one set out in the README): 0.8547 -> 0.8571; the code before (b01674b) fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9db; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r7-37 (risk-assessment added); 0.8548 -> 0.8524; lowered because the gold changed, the rules unchanged: an added label the rules do not give is a new miss.
  // The fifty-sixth step's rules (9cz, 9da) and relabelling (9db) together, merged on main: 0.8547.
  // Issue 9's fifty-sixth step, the rest of 9db's two questions (helper 9dd; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: r7-52, r7-35, r7-47, r7-41, r7-49, r7-05 (front-door added); 0.8547 -> 0.8736; the gold before (803bd28) fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9dc; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r7-19 (leadership-governance added); 0.8547 -> 0.8524; lowered because the gold changed, the rules unchanged: an added label the rules do not give is a new miss.
  // The fifty-sixth steps' relabellings (9db, 9dd, 9dc) and rules (9cz, 9da) together, merged on main: 0.8712.
  // Issue 9's fifty-eighth step (helper 9dp; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r7-38, r7-42, r7-62 (joint-working added); 0.8712 -> 0.8641; lowered because the gold changed, the rules unchanged: an added label the rules do not give is a new miss.
  { file: 'sealed-round7.yaml', floor: 0.864, items: 64, heldOut: false },
  // Dev from issue 9's thirty-eighth step (helper 9ar), which changed the rules with its errors in view: 0.802
  // (144/36/35) after it, in-sample; main's rules before it (b2f6cfa) give 0.741 and fail.
  // After issue 9's fortieth step (helper 9av: checks and enquiries with another agency, adults asked about a harm,
  // agencies told or let know, pathways agreed between agencies): 0.815 (148/36/31); the start's rules (93df0da) give
  // 0.802 and fail.
  // After issue 9's forty-second step (helper 9ay: domestic abuse in other words and incidents attended, neglect by its
  // definition's words, feedback to referrers, adults asked whether they are parents, a parent's mental health listed
  // after their drinking): 0.822 (150/36/29); the start's rules (5ff5ad0) give 0.815 and fail.
  // Issue 9's forty-eighth step, second part (helper 9bw, theme recall: supervisors, a detective superintendent, commissioners
  // who have not acted, a team too small or stretched, briefings; every dev set in sample) raised this floor: 0.8455 -> 0.8464; the
  // start's rules (c03408a) give the first figure and fail it.
  // Its second commit (assessments as a subject; a panel well attended, staff in the same office, a move at 18 as joint
  // working) raised it again: 0.846 -> 0.849; the first commit's rules (5656450) fail it.
  // Issue 9's forty-eighth step (helper 9bv): floor 0.842 -> 0.847, in sample; the start's rules (c03408a) fail it.
  // Issue 9's fiftieth step (helper 9ce, theme recall: workforce, joint working, assessment, the child's voice and quality
  // assurance in wordings pooled over every dev set; in sample) raised this floor: 0.8518 -> 0.8525; the start's rules (8de7ac9) give
  // the first figure and fail it.
  // Issue 9's fifty-first step, second part (helper 9ch, theme precision: probation's caseload supervised, "a minority of", a count
  // of notifications, a specialist assessment framework or centre, the mandated contacts; every dev set in sample) raised this floor: 0.8525 -> 0.8548;
  // the start's rules (b8a1979) give the first figure and fail it.
  // Issue 9's fifty-fifth step (helper 9ct; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r8-15, r8-36 (voice-of-the-child added); 0.8548 -> 0.8556; the gold before (e2fb558) fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9db; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r8-38 (risk-assessment added), r8-52 (risk-assessment added); 0.8556 -> 0.8617; the gold before (b01674b) fails the raised floor.
  // Issue 9's fifty-sixth step, the rest of 9db's two questions (helper 9dd; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: r8-43 (risk-assessment added); 0.8617 -> 0.8647; the gold before (803bd28) fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9dc; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r8-40 (joint-working added); 0.8617 -> 0.8647; the gold before (803bd28) fails the raised floor.
  // Issue 9's fifty-eighth step (helper 9dp; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r8-32, r8-44 (joint-working added); 0.8677 -> 0.8632; lowered because the gold changed, the rules unchanged: an added label the rules do not give is a new miss.
  { file: 'sealed-round8.yaml', floor: 0.863, items: 64, heldOut: false },
  // Sealed for a session (README.md there, "The ninth set"): 0.722 on the rules before issue 9's thirty-eighth step,
  // 0.733 (121/33/55) once the session's rules were merged. Dev from issue 9's fortieth step (helper 9av), which
  // changed the rules with its errors in view: 0.766 (129/32/47) after it, in-sample; the start's rules (93df0da)
  // give 0.733 and fail.
  // Issue 9's forty-seventh step (helper 9bs, themes in bullets; r7-r16 in sample) raised the floors of r9-r16: r9 0.786 -> 0.789,
  // r10 0.768 -> 0.781, r11 0.785 -> 0.792, r12 0.788 -> 0.795, r13 0.794 -> 0.797, r14 0.757 -> 0.768, r15 0.754 -> 0.756, r16
  // 0.693 -> 0.708; the start's rules (367f3b3) give the first figures and fail each floor. Its second commit (joint working: an
  // agency invited to contribute, planning together; early help: young carers identified or served, help before difficulties
  // escalate) raised r7 0.831 -> 0.837, r8 0.840 -> 0.843, r9 0.789 -> 0.793, r12 0.795 -> 0.802, r14 0.768 -> 0.782, r15 0.756 -> 0.759:
  // the floors of r7, r8, r9, r12, r14 and r15 are set under those, and the start's rules fail them too.
  // Issue 9's forty-eighth step, second part (helper 9bw, theme recall: supervisors, a detective superintendent, commissioners
  // who have not acted, a team too small or stretched, briefings; every dev set in sample) raised this floor: 0.795 -> 0.802; the
  // start's rules (c03408a) give the first figure and fail it.
  // Its second commit (assessments as a subject; a panel well attended, staff in the same office, a move at 18 as joint
  // working) raised it again: 0.802 -> 0.808; the first commit's rules (5656450) fail it.
  // Issue 9's fiftieth step (helper 9ce, theme recall: workforce, joint working, assessment, the child's voice and quality
  // assurance in wordings pooled over every dev set; in sample) raised this floor: 0.823 -> 0.846; the start's rules (8de7ac9) give
  // the first figure and fail it.
  // Issue 9's fifty-fourth step (helper 9co, risk assessment's "concerns" near "considered" guarded: r9-31's extra gone; in sample,
  // the same leave one set out): 0.8462 -> 0.8485; the code before (86d3212) fails the raised floor.
  // Issue 9's fifty-fifth step (helper 9ct; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r9-41, r9-63 (voice-of-the-child added); r9-64 (risk-assessment added); 0.8485 -> 0.8525; the gold before (e2fb558) fails the raised floor.
  // Issue 9's fifty-fifth step (helper 9cv, theme recall: a handover or transfer, the children's names recorded, the independent
  // scrutineer; leave one set out in the README): 0.8485 -> 0.8516; the code before (e2fb558) fails the raised floor.
  // The lead, merging 9ct's relabelling and 9cv's rules: both together 0.8556; either alone fails the raised floor.
  // Issue 9's fifty-sixth step, the rest of 9db's two questions (helper 9dd; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: r9-49, r9-11, r9-36 (risk-assessment added); 0.8556 -> 0.8595; the gold before (803bd28) fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9dc; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r9-34 (leadership-governance added), r9-48 (leadership-governance added), r9-42 (leadership-governance added); 0.8556 -> 0.8486; lowered because the gold changed, the rules unchanged: an added label the rules do not give is a new miss.
  // The fifty-sixth steps' relabellings (9db, 9dd, 9dc) and rules (9cz, 9da) together, merged on main: 0.8525.
  // Issue 9's fifty-sixth step (helper 9df, the readings the relabelled gold supports: practitioners noticing signs of harm as risk-assessment, fathers as family-engagement): 0.8525 -> 0.8556 (r9-49); the code before (6b82e0d) fails the raised floor.
  // Issue 9's fifty-seventh step, second commit (helper 9dh, theme precision: who is left holding a child's risk while the child waits for a service; leave one set out in the README): 0.8556 -> 0.8579 (r9-41); the first commit's rules (583a25c) fail the raised floor.
  // Issue 9's fifty-eighth step (helper 9dp; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r9-27 (joint-working added, an extra of the rules made right); 0.8579 -> 0.8610 (0.86096); the gold before (a0ea48a) fails the raised floor.
  // Issue 9's fifty-ninth step (helper 9dv; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question (the units where 9dt's case forum reading fires that question a had not asked), the rules unchanged: r9-46 (joint-working added); 0.8640 -> 0.8617; the floor (0.8609) holds.
  { file: 'sealed-round9.yaml', floor: 0.8609, items: 64, heldOut: false },
  // Sealed for a session (README.md there, "The tenth set"): 0.731 (129/45/50) on the session's starting rules
  // (93df0da), 0.727 (129/47/50) once its rules were merged (issue 9's fortieth steps). Held out: the labels of one
  // item jtai tags right taken away (r10-02) give 0.7252, which fails. Dev from issue 9's forty-first step (helper 9ax):
  // its errors are listed; 0.727 (129/47/50) there.
  // After issue 9's forty-second step (helper 9ay): 0.737 (132/47/47); the start's rules (5ff5ad0) give 0.727 and fail.
  // Issue 9's forty-eighth step, second part (helper 9bw, theme recall: supervisors, a detective superintendent, commissioners
  // who have not acted, a team too small or stretched, briefings; every dev set in sample) raised this floor: 0.781 -> 0.785; the
  // start's rules (c03408a) give the first figure and fail it.
  // Its second commit (assessments as a subject; a panel well attended, staff in the same office, a move at 18 as joint
  // working) raised it again: 0.785 -> 0.791; the first commit's rules (5656450) fail it.
  // Issue 9's forty-eighth step (helper 9bv): floor 0.78 -> 0.783, in sample; the start's rules (c03408a) fail it.
  // Issue 9's forty-ninth step, second part (helper 9bz, theme extras by role; in sample): floor 0.783 -> 0.799; the start's rules
  // (d6a2e18) give 0.7935 and fail it.
  // Issue 9's forty-ninth steps merged (9by's recall and 9bz's guards together, in sample): 0.816 (151/40/28); 9by's rules alone give
  // 0.810 and 9bz's alone 0.800, and both fail.
  // Issue 9's fiftieth step (helper 9ce, theme recall: workforce, joint working, assessment, the child's voice and quality
  // assurance in wordings pooled over every dev set; in sample) raised this floor: 0.816 -> 0.823; the start's rules (8de7ac9) give
  // the first figure and fail it.
  // Issue 9's fiftieth steps merged (9ce's recall and 9cf's guards together, in sample): 0.825 (153/39/26); 9ce's rules alone give
  // 0.823 and 9cf's alone 0.818, and both fail.
  // Issue 9's fifty-first step, second part (helper 9ch, theme precision: probation's caseload supervised, "a minority of", a count
  // of notifications, a specialist assessment framework or centre, the mandated contacts; every dev set in sample) raised this floor: 0.8248 -> 0.8270;
  // the start's rules (b8a1979) give the first figure and fail it.
  // Issue 9's fifty-second step, second part (helper 9ck, theme precision: the referrer named by its past act, a meeting's "actions
  // are specific", a family support service at a prison; every dev set in sample) raised this floor: 0.8270 -> 0.8293; the start's rules
  // (855d580) give the first figure and fail it.
  // Issue 9's fifty-fifth step (helper 9cx, theme precision: a concern received, of no one in particular, as no information
  // sharing; leave one set out in the README): 0.8324 -> 0.8347; the code before (3f009b3) fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9db; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r10-46 (risk-assessment added), r10-11 (risk-assessment added), r10-42 (risk-assessment added); 0.8347 -> 0.8333; lowered because the gold changed, the rules unchanged: an added label the rules do not give is a new miss.
  // Issue 9's fifty-sixth step, the rest of 9db's two questions (helper 9dd; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: r10-55, r10-49, r10-35, r10-48 (front-door added); r10-18 (risk-assessment added); 0.8333 -> 0.8488; the gold before (803bd28) fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9df, the readings the relabelled gold supports: practitioners noticing signs of harm as risk-assessment, fathers as family-engagement): 0.8488 -> 0.8579 (r10-42, r10-46 risk-assessment; r10-61 family-engagement); the code before (6b82e0d) fails the raised floor.
  // The lead took 9df's fathers reading back (a bare mention fired; tests/concepts.test.ts): 0.8549, a floor lowered to it.
  // Issue 9's fifty-eighth step, second commit (helper 9dm, theme precision: an adult patient's care plan; leave one set out in the README): 0.8609 -> 0.8632 (r10-55); the first commit's rules (b5dfd62) fail the raised floor.
  // 9dm's guards and 9dp's relabelling (a joint-working label added) merged on main: 0.8609 (164/29/24).
  { file: 'sealed-round10.yaml', floor: 0.860, items: 64, heldOut: false },
  // Sealed for a session (README.md there, "The eleventh set"): 0.711 (106/27/59) on the session's starting rules
  // (0dd7781) and the same once its rules were merged (issue 9's forty-first steps changed no theme rule). Held out:
  // the themes of one item jtai tags right taken away (r11-05) give 0.703, which fails. Dev from issue 9's forty-second
  // steps: its errors are listed.
  // Issue 9's forty-second step (helper 9ay) changed the rules with its errors in view: 0.757 (117/27/48) after it,
  // in-sample; the start's rules (5ff5ad0) give 0.711 and fail, and so does r11-03's themes taken away (0.745).
  // Issue 9's forty-eighth step, second part (helper 9bw, theme recall: supervisors, a detective superintendent, commissioners
  // who have not acted, a team too small or stretched, briefings; every dev set in sample) raised this floor: 0.795 -> 0.799; the
  // start's rules (c03408a) give the first figure and fail it.
  // Its second commit (assessments as a subject; a panel well attended, staff in the same office, a move at 18 as joint
  // working) raised it again: 0.799 -> 0.810; the first commit's rules (5656450) fail it.
  // With helper 9bv's step merged after 9bw's (r11-47's information sharing lost: information from agencies read as an
  // assessment's material), 0.806: floor 0.805.
  // Issue 9's forty-ninth step, second part (helper 9bz, theme extras by role; in sample): floor 0.805 -> 0.808; the start's rules
  // (d6a2e18) give 0.8063 and fail it.
  // Issue 9's forty-ninth steps merged (9by's recall and 9bz's guards together, in sample): 0.827 (136/28/29); 9by's rules alone give
  // 0.824 and 9bz's alone 0.809, and both fail.
  // Issue 9's fiftieth step (helper 9ce, theme recall: workforce, joint working, assessment, the child's voice and quality
  // assurance in wordings pooled over every dev set; in sample) raised this floor: 0.827 -> 0.834; the start's rules (8de7ac9) give
  // the first figure and fail it.
  // Issue 9's fifty-fifth step (helper 9ct; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r11-59 (voice-of-the-child added); 0.8348 -> 0.8383; the gold before (e2fb558) fails the raised floor.
  // Issue 9's fifty-fifth step (helper 9cx, theme precision: a concern received, of no one in particular, as no information
  // sharing; leave one set out in the README): 0.8383 -> 0.8408; the code before (3f009b3) fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9db; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r11-60 (risk-assessment added), r11-10 (risk-assessment added); 0.8408 -> 0.8418; the gold before (b01674b) fails the raised floor.
  // Issue 9's fifty-sixth step, the rest of 9db's two questions (helper 9dd; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: r11-47, r11-38 (front-door added); r11-11 (risk-assessment added); 0.8418 -> 0.8521; the gold before (803bd28) fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9df, the readings the relabelled gold supports: practitioners noticing signs of harm as risk-assessment, fathers as family-engagement): 0.8521 -> 0.8555 (r11-60); the code before (6b82e0d) fails the raised floor.
  { file: 'sealed-round11.yaml', floor: 0.855, items: 64, heldOut: false },
  // Sealed for a session (README.md there, "The twelfth set"): 0.744 (119/24/58) on the session's starting rules
  // (7427f57), 0.748 (120/24/57) once its rules were merged (issue 9's forty-second steps and two reviewers). Held out:
  // the themes of one item jtai tags right taken away (r12-01) give 0.732, which fails. Dev from issue 9's forty-third
  // steps: its errors are listed.
  // Issue 9's forty-eighth step, second part (helper 9bw, theme recall: supervisors, a detective superintendent, commissioners
  // who have not acted, a team too small or stretched, briefings; every dev set in sample) raised this floor: 0.802 -> 0.813; the
  // start's rules (c03408a) give the first figure and fail it.
  // Its second commit (assessments as a subject; a panel well attended, staff in the same office, a move at 18 as joint
  // working) raised it again: 0.813 -> 0.824; the first commit's rules (5656450) fail it.
  // Issue 9's forty-eighth step (helper 9bv): floor 0.8 -> 0.812, in sample; the start's rules (c03408a) fail it.
  // Issue 9's fiftieth step (helper 9ce, theme recall: workforce, joint working, assessment, the child's voice and quality
  // assurance in wordings pooled over every dev set; in sample) raised this floor: 0.841 -> 0.855; the start's rules (8de7ac9) give
  // the first figure and fail it.
  // Issue 9's fifty-fifth step (helper 9ct; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r12-45 (risk-assessment added); 0.8547 -> 0.8580; the gold before (e2fb558) fails the raised floor.
  // Issue 9's fifty-sixth step, the rest of 9db's two questions (helper 9dd; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: r12-11, r12-05, r12-43 (risk-assessment added); 0.8580 -> 0.8563; lowered because the gold changed, the rules unchanged: an added label the rules do not give is a new miss.
  // Issue 9's fifty-sixth step (helper 9dc; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r12-63 (leadership-governance added); 0.8580 -> 0.8555; lowered because the gold changed, the rules unchanged: an added label the rules do not give is a new miss.
  // The fifty-sixth steps' relabellings (9db, 9dd, 9dc) and rules (9cz, 9da) together, merged on main: 0.8539.
  // Issue 9's fifty-sixth step (helper 9df, the readings the relabelled gold supports: practitioners noticing signs of harm as risk-assessment, fathers as family-engagement): 0.8539 -> 0.8636 (r12-05, r12-11 risk-assessment; r12-60 family-engagement); the code before (6b82e0d) fails the raised floor.
  // The lead took 9df's fathers reading back (a bare mention fired; tests/concepts.test.ts): 0.8604, a floor lowered to it.
  // Issue 9's sixty-third step (helper 9ez's three blind readers, staff-understanding-workforce packet; fixtures/gold/challenge/
  // readings/both-ways-2026-12-07-sixth): the gold moved, the rules unchanged: r12-38, r12-40, r12-52 workforce-training added
  // (practitioners' understanding of something as their skills; 2 of 3 each); 0.8612 -> 0.8596, a floor lowered to the new figure.
  { file: 'sealed-round12.yaml', floor: 0.859, items: 64, heldOut: false },
  // Sealed for a session (README.md there, "The thirteenth set"): 0.738 (114/32/49) on the forty-second steps' starting
  // rules (7427f57), 0.742 (115/32/48) once they were merged, and 0.750 (117/32/46) after the forty-third steps (9bb,
  // 9bc, rv24). Held out: the themes of one item jtai tags right taken away (r13-01) give 0.748, which fails. Dev from
  // issue 9's forty-fourth steps: its errors are listed.
  // Issue 9's forty-eighth step, second part (helper 9bw, theme recall: supervisors, a detective superintendent, commissioners
  // who have not acted, a team too small or stretched, briefings; every dev set in sample) raised this floor: 0.798 -> 0.809; the
  // start's rules (c03408a) give the first figure and fail it.
  // Its second commit (assessments as a subject; a panel well attended, staff in the same office, a move at 18 as joint
  // working) raised it again: 0.809 -> 0.813; the first commit's rules (5656450) fail it.
  // Issue 9's forty-eighth step (helper 9bv): floor 0.796 -> 0.805, in sample; the start's rules (c03408a) fail it.
  // Issue 9's forty-ninth step, second part (helper 9bz, theme extras by role; in sample): floor 0.805 -> 0.822; the start's rules
  // (d6a2e18) give 0.8202 and fail it.
  // Issue 9's forty-ninth steps merged (9by's recall and 9bz's guards together, in sample): 0.825 (132/25/31); 9by's rules alone give
  // 0.822 and 9bz's alone 0.823, and both fail.
  // Issue 9's fiftieth step (helper 9ce, theme recall: workforce, joint working, assessment, the child's voice and quality
  // assurance in wordings pooled over every dev set; in sample) raised this floor: 0.825 -> 0.843; the start's rules (8de7ac9) give
  // the first figure and fail it.
  // Issue 9's fiftieth steps merged (9ce's recall and 9cf's guards together, in sample): 0.846 (137/24/26); 9ce's rules alone give
  // 0.843 and 9cf's alone 0.828, and both fail.
  // Issue 9's fifty-sixth step (helper 9dc; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r13-55 (leadership-governance added); 0.8466 -> 0.8440; lowered because the gold changed, the rules unchanged: an added label the rules do not give is a new miss.
  // Issue 9's fifty-sixth step (helper 9df, the readings the relabelled gold supports: practitioners noticing signs of harm as risk-assessment, fathers as family-engagement): 0.8440 -> 0.8511 (r13-39 risk-assessment; r13-42 family-engagement); the code before (6b82e0d) fails the raised floor.
  // The lead took 9df's fathers reading back (a bare mention fired; tests/concepts.test.ts): 0.8476, a floor lowered to it.
  // Issue 9's fifty-eighth step (helper 9dp; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r13-40, r13-53 (joint-working added); 0.8511 -> 0.8459; lowered because the gold changed, the rules unchanged: an added label the rules do not give is a new miss.
  // Issue 9's fifty-eighth step, the rest of 9dp's question a (helper 9dr; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r13-62 (joint-working added); 0.8459 -> 0.8434; lowered because the gold changed, the rules unchanged: an added label the rules do not give is a new miss.
  { file: 'sealed-round13.yaml', floor: 0.843, items: 64, heldOut: false },
  // Sealed for a session (README.md there, "The fourteenth set"): 0.718 (116/30/61) on the forty-third steps' start
  // (0c678ac), 0.730 (119/30/58) after them, 0.726 (119/32/58) after the forty-fourth steps (9bf, 9bg, 8ba, 8bb, 12ae,
  // rv25). Held out: the themes of one item jtai tags right taken away (r14-01) give 0.714, which fails. Dev from issue
  // 9's forty-fifth steps: its errors are listed.
  // Issue 9's forty-eighth step, second part (helper 9bw, theme recall; every dev set in sample) raised this floor in its
  // second commit (assessments as a subject; a panel well attended, staff in the same office, a move at 18 as joint
  // working): 0.782 -> 0.789; the first commit's rules (5656450) fail it.
  // Issue 9's forty-eighth step (helper 9bv): floor 0.78 -> 0.789, in sample; the start's rules (c03408a) fail it.
  // Issue 9's forty-ninth step, second part (helper 9bz, theme extras by role; in sample): floor 0.787 -> 0.795; the start's rules
  // (d6a2e18) give 0.7941 and fail it.
  // Issue 9's forty-ninth steps merged (9by's recall and 9bz's guards together, in sample): 0.815 (141/28/36); 9by's rules alone give
  // 0.813 and 9bz's alone 0.796, and both fail.
  // Issue 9's fiftieth step (helper 9ce, theme recall: workforce, joint working, assessment, the child's voice and quality
  // assurance in wordings pooled over every dev set; in sample) raised this floor: 0.815 -> 0.822; the start's rules (8de7ac9) give
  // the first figure and fail it.
  // Issue 9's fiftieth steps merged (9ce's recall and 9cf's guards together, in sample): 0.824 (143/27/34); 9ce's rules alone give
  // 0.822 and 9cf's alone 0.817, and both fail.
  // Issue 9's fifty-first step, second part (helper 9ch, theme precision: probation's caseload supervised, "a minority of", a count
  // of notifications, a specialist assessment framework or centre, the mandated contacts; every dev set in sample) raised this floor: 0.8242 -> 0.8266;
  // the start's rules (b8a1979) give the first figure and fail it.
  // Issue 9's fifty-sixth step (helper 9cz, theme recall: what children experience and the child's own experience or words as the
  // child's voice, assessments that follow, identify or concentrate; leave one set out in the README): 0.8276 -> 0.8309; the code before
  // (b01674b) fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9da, theme precision: "minor" no minority, a liaison service named by its runner, joint
  // funding, a trebled count of notifications, probation's and a baby's supervision, parents relied on to interpret a child; leave one set out in the README): 0.8276 -> 0.8300; the code before (b01674b) fails the raised floor.
  // 9cz's and 9da's steps together (merged on main): 0.8333.
  // Issue 9's fifty-sixth step, the rest of 9db's two questions (helper 9dd; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: r14-53 (risk-assessment added); 0.8333 -> 0.8309; lowered because the gold changed, the rules unchanged: an added label the rules do not give is a new miss.
  // Issue 9's fifty-sixth step (helper 9dc; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r14-43 (leadership-governance added); 0.8333 -> 0.8309; lowered because the gold changed, the rules unchanged: an added label the rules do not give is a new miss.
  // The fifty-sixth steps' relabellings (9db, 9dd, 9dc) and rules (9cz, 9da) together, merged on main: 0.8286.
  // Issue 9's fifty-eighth step, the rest of 9dp's question a (helper 9dr; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r14-56 (joint-working added); 0.8295 -> 0.8272; lowered because the gold changed, the rules unchanged: an added label the rules do not give is a new miss.
  { file: 'sealed-round14.yaml', floor: 0.827, items: 64, heldOut: false },
  // Sealed for a session (README.md there, "The fifteenth set"): 0.704 (107/38/52) on the forty-fourth steps' start
  // (e98f704), 0.711 (108/37/51) after them and at the forty-fifth steps' start, 0.719 (110/37/49) after the forty-fifth
  // steps' first two waves, 0.721 (111/38/48) after the third (9bk). Held out: the themes of one item jtai tags right
  // taken away (r15-01) give 0.719, which fails. Dev from issue 9's forty-sixth steps: its errors are listed.
  // Issue 9's forty-eighth step, second part (helper 9bw, theme recall: supervisors, a detective superintendent, commissioners
  // who have not acted, a team too small or stretched, briefings; every dev set in sample) raised this floor: 0.760 -> 0.775; the
  // start's rules (c03408a) give the first figure and fail it.
  // Issue 9's forty-eighth step (helper 9bv) lowers this floor from 0.758 to 0.755: 0.7556 (119/37/40) after it, r15-56's
  // information sharing lost (an assessment that draws on information from agencies, read as sharing by r15's reader and as
  // the assessment's matter by r10, r12, r13, r14 and r17's); every dev set together gains (fixtures/gold/dev/README.md).
  // Issue 9's forty-ninth step, second part (helper 9bz, theme extras by role; in sample): floor 0.755 -> 0.773; the start's rules
  // (d6a2e18) give 0.7712 and fail it.
  // Issue 9's forty-ninth steps merged (9by's recall and 9bz's guards together, in sample): 0.780 (126/38/33); 9by's rules alone give
  // 0.778 and 9bz's alone 0.774, and both fail.
  // Issue 9's fiftieth step (helper 9ce, theme recall: workforce, joint working, assessment, the child's voice and quality
  // assurance in wordings pooled over every dev set; in sample) raised this floor: 0.780 -> 0.793; the start's rules (8de7ac9) give
  // the first figure and fail it.
  // Issue 9's fifty-first step, second part (helper 9ch, theme precision: probation's caseload supervised, "a minority of", a count
  // of notifications, a specialist assessment framework or centre, the mandated contacts; every dev set in sample) raised this floor: 0.7927 -> 0.7951;
  // the start's rules (b8a1979) give the first figure and fail it.
  // Issue 9's fifty-fifth step (helper 9ct; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r15-35 (risk-assessment added); r15-23 (workforce-training added); r15-12 (voice-of-the-child dropped); 0.7951 -> 0.7988; the gold before (e2fb558) fails the raised floor.
  // Issue 9's fifty-sixth step, the rest of 9db's two questions (helper 9dd; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: r15-44 (front-door added); r15-46, r15-22 (risk-assessment added); 0.7988 -> 0.8036; the gold before (803bd28) fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9df, the readings the relabelled gold supports: practitioners noticing signs of harm as risk-assessment, fathers as family-engagement): 0.8036 -> 0.8048 (r15-22 right, r15-10 extra (the readers' sense: noticing when home life deteriorates)); the code before (6b82e0d) fails the raised floor.
  // Issue 9's fifty-eighth step, the rest of 9dp's question a (helper 9dr; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r15-41, r15-49 (joint-working added); 0.8048 -> 0.8000; lowered because the gold changed, the rules unchanged: an added label the rules do not give is a new miss.
  // Issue 9's sixtieth step (helper 9ec, gold that goes both ways; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: r15-49 (risk assessment added: probation's home visits and checks for people who pose a risk); 0.8095 -> 0.8131 (137/34/29); the gold before fails the raised floor.
  { file: 'sealed-round15.yaml', floor: 0.813, items: 64, heldOut: false },
  // Sealed for a session (README.md there, "The sixteenth set", written and labelled blind at the forty-sixth steps' start):
  // 0.691 (123/44/66) on the start's rules (224e71d), 0.693 (123/43/66) after the forty-sixth steps (9bm's one extra
  // fewer). Held out: the themes of one item taken away (r16-04: two right, one missed) give 0.687, which fails. Dev from
  // issue 9's forty-seventh steps: its errors are listed.
  // Issue 9's forty-eighth step, second part (helper 9bw, theme recall: supervisors, a detective superintendent, commissioners
  // who have not acted, a team too small or stretched, briefings; every dev set in sample) raised this floor: 0.708 -> 0.716; the
  // start's rules (c03408a) give the first figure and fail it.
  // Its second commit (assessments as a subject; a panel well attended, staff in the same office, a move at 18 as joint
  // working) raised it again: 0.716 -> 0.723; the first commit's rules (5656450) fail it.
  // Issue 9's forty-eighth step (helper 9bv): floor 0.705 -> 0.709, in sample; the start's rules (c03408a) fail it.
  // Issue 9's forty-ninth step, second part (helper 9bz, theme extras by role; in sample): floor 0.709 -> 0.727; the start's rules
  // (d6a2e18) give 0.7253 and fail it.
  // Issue 9's forty-ninth steps merged (9by's recall and 9bz's guards together, in sample): 0.763 (142/41/47); 9by's rules alone give
  // 0.759 and 9bz's alone 0.729, and both fail.
  // Issue 9's fiftieth step (helper 9ce, theme recall: workforce, joint working, assessment, the child's voice and quality
  // assurance in wordings pooled over every dev set; in sample) raised this floor: 0.763 -> 0.784; the start's rules (8de7ac9) give
  // the first figure and fail it.
  // Issue 9's fiftieth steps merged (9ce's recall and 9cf's guards together, in sample): 0.786 (149/41/40); 9ce's rules alone give
  // 0.784 and 9cf's alone 0.766, and both fail.
  // Issue 9's fifty-first step, second part (helper 9ch, theme precision: probation's caseload supervised, "a minority of", a count
  // of notifications, a specialist assessment framework or centre, the mandated contacts; every dev set in sample) raised this floor: 0.7863 -> 0.7905;
  // the start's rules (b8a1979) give the first figure and fail it.
  // Issue 9's fifty-fourth step (helper 9cr, theme precision: a view of something as an overview, not a child's view; a trained
  // interpreter or security staff and bought assessment capacity as no workforce; in sample, leave one set
  // out in the README): 0.7905 -> 0.7926; the code before (89bfa14) fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9db; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r16-15 (front-door added); 0.7926 -> 0.7905; lowered because the gold changed, the rules unchanged: an added label the rules do not give is a new miss.
  // Issue 9's fifty-sixth step, the rest of 9db's two questions (helper 9dd; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: r16-37 (front-door added); 0.7905 -> 0.7937; the gold before (803bd28) fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9dc; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r16-42 (leadership-governance added); 0.7905 -> 0.7884; lowered because the gold changed, the rules unchanged: an added label the rules do not give is a new miss.
  // The fifty-sixth steps' relabellings (9db, 9dd, 9dc) and rules (9cz, 9da) together, merged on main: 0.7916.
  // Issue 9's fifty-eighth step (helper 9dm, theme precision: a safeguarding board receiving no report, a health service's helpline, the disabled children's team named as a team; leave one set out in the README): 0.7916 -> 0.7937 (r16-13); the code before (a0ea48a) fails the raised floor.
  // Issue 9's fifty-eighth step (helper 9dp; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r16-56 (joint-working added), r16-05 (early-help added); 0.7916 -> 0.7874; lowered because the gold changed, the rules unchanged: an added label the rules do not give is a new miss.
  // 9dm's guards and 9dp's relabelling merged on main: 0.7926 (151/36/43).
  // Issue 9's fifty-eighth step, the rest of 9dp's question a (helper 9dr; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r16-54, r16-55, r16-57 (joint-working added); 0.7927 -> 0.7865; lowered because the gold changed, the rules unchanged: an added label the rules do not give is a new miss.
  // Issue 9's sixtieth step (helper 9ec, gold that goes both ways; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: r16-13 (assessment added: waits for autism and ADHD assessment), r16-40 (joint working added: links with other professionals); 0.8051 -> 0.8061 (158/35/41); the gold before fails the raised floor.
  { file: 'sealed-round16.yaml', floor: 0.806, items: 64, heldOut: false },
  // Sealed for a session (README.md there, "The seventeenth set", written and labelled blind at the forty-seventh steps'
  // start): 0.718 (136/42/65) on the start's rules (367f3b3), 0.721 (137/42/64) after the forty-seventh steps (9bs's one
  // right tag more). Held out: the themes of one item taken away (r17-01) give 0.7196, which fails. Dev from
  // issue 9's forty-eighth steps: its errors are listed.
  // Issue 9's forty-eighth step, second part (helper 9bw, theme recall: supervisors, a detective superintendent, commissioners
  // who have not acted, a team too small or stretched, briefings; every dev set in sample) raised this floor: 0.721 -> 0.738; the
  // start's rules (c03408a) give the first figure and fail it.
  // Its second commit (assessments as a subject; a panel well attended, staff in the same office, a move at 18 as joint
  // working) raised it again: 0.738 -> 0.744; the first commit's rules (5656450) fail it.
  // Issue 9's forty-eighth step (helper 9bv): floor 0.72 -> 0.724, in sample; the start's rules (c03408a) fail it.
  // Issue 9's forty-ninth step, second part (helper 9bz, theme extras by role; in sample): floor 0.724 -> 0.749; the start's rules
  // (d6a2e18) give 0.7481 and fail it.
  // Issue 9's forty-ninth steps merged (9by's recall and 9bz's guards together, in sample): 0.763 (148/39/53); 9by's rules alone give
  // 0.761 and 9bz's alone 0.750, and both fail.
  // Issue 9's fiftieth step (helper 9ce, theme recall: workforce, joint working, assessment, the child's voice and quality
  // assurance in wordings pooled over every dev set; in sample) raised this floor: 0.763 -> 0.776; the start's rules (8de7ac9) give
  // the first figure and fail it.
  // Issue 9's fiftieth steps merged (9ce's recall and 9cf's guards together, in sample): 0.785 (153/36/48); 9ce's rules alone give
  // 0.776 and 9cf's alone 0.772, and both fail.
  // Issue 9's fifty-second step, second part (helper 9ck, theme precision: the referrer named by its past act, a meeting's "actions
  // are specific", a family support service at a prison; every dev set in sample) raised this floor: 0.7846 -> 0.7887; the start's rules
  // (855d580) give the first figure and fail it.
  // Issue 9's fifty-sixth step (helper 9cz, theme recall: what children experience and the child's own experience or words as the
  // child's voice, assessments that follow, identify or concentrate; leave one set out in the README): 0.7887 -> 0.7918; the code before
  // (b01674b) fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9db; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r17-50 (front-door added); 0.7887 -> 0.7866; lowered because the gold changed, the rules unchanged: an added label the rules do not give is a new miss.
  // The fifty-sixth step's rules (9cz, 9da) and relabelling (9db) together, merged on main: 0.7897.
  // Issue 9's fifty-sixth step, the rest of 9db's two questions (helper 9dd; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: r17-16, r17-54 (front-door added); r17-07 (risk-assessment added); 0.7897 -> 0.7990; the gold before (803bd28) fails the raised floor.
  // Issue 9's fifty-seventh step (helper 9dh, theme precision: a person on a worker's caseload, a neurodevelopmental condition, a business's staff trained; leave one set out in the README): 0.7990 -> 0.8010 (r17-22); the code before (8d201f2) fails the raised floor.
  // Issue 9's fifty-eighth step, the rest of 9dp's question a (helper 9dr; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r17-63 (joint-working added, an extra of the rules made right); 0.8071 -> 0.8101; the gold before (4a33b6f) fails the raised floor.
  { file: 'sealed-round17.yaml', floor: 0.810, items: 64, heldOut: false },
  // Sealed for a session (README.md there, "The eighteenth set", written and labelled blind at the forty-eighth steps'
  // start): 0.629 (118/45/94) on the start's rules (c03408a), 0.644 (123/47/89) after the forty-eighth steps (9bw's five
  // right tags and two extras more). Held out: the themes of one item taken away (r18-01: three right, one missed) give
  // 0.635, which fails. Dev from issue 9's forty-ninth steps: its errors are listed.
  // Issue 9's forty-ninth step, second part (helper 9bz, theme extras by role; in sample): floor 0.64 -> 0.654; the start's rules
  // (d6a2e18) give 0.6440 and fail it.
  // Issue 9's forty-ninth steps merged (9by's recall and 9bz's guards together, in sample): 0.699 (136/41/76); 9by's rules alone give
  // 0.689 and 9bz's alone 0.654, and both fail.
  // Issue 9's fiftieth step (helper 9ce, theme recall: workforce, joint working, assessment, the child's voice and quality
  // assurance in wordings pooled over every dev set; in sample) raised this floor: 0.699 -> 0.738; the start's rules (8de7ac9) give
  // the first figure and fail it.
  // Issue 9's fiftieth steps merged (9ce's recall and 9cf's guards together, in sample): 0.740 (148/40/64); 9ce's rules alone give
  // 0.738 and 9cf's alone 0.701, and both fail.
  // Issue 9's fifty-first step, second part (helper 9ch, theme precision: probation's caseload supervised, "a minority of", a count
  // of notifications, a specialist assessment framework or centre, the mandated contacts; every dev set in sample) raised this floor: 0.7400 -> 0.7437;
  // the start's rules (b8a1979) give the first figure and fail it.
  // Issue 9's fifty-second step, second part (helper 9ck, theme precision: the referrer named by its past act, a meeting's "actions
  // are specific", a family support service at a prison; every dev set in sample) raised this floor: 0.7437 -> 0.7475; the start's rules
  // (855d580) give the first figure and fail it.
  // Issue 9's fifty-third step (helper 9cn, theme recall by events: an agency told, sent or asked what another knows, read from
  // the agency role layer's `told` and `asked` roles; every dev set in sample, 17 / 5 leave one set out) raised this floor: 0.7475 -> 0.7569; the
  // code before (e616261) fails the raised floor.
  // Issue 9's fifty-fifth step (helper 9ct; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r18-61 (workforce-training added); 0.7569 -> 0.7600; the gold before (e2fb558) fails the raised floor.
  // Issue 9's fifty-fifth step (helper 9cx, theme precision: whether a service, a status or a carer is needed read as no risk
  // assessment; communicating with teenagers or described children as no information sharing; leave one set out in the README): 0.7600 -> 0.7619; the code before (2681052) fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9da, theme precision: "minor" no minority, a liaison service named by its runner, joint
  // funding, a trebled count of notifications, probation's and a baby's supervision, parents relied on to interpret a child; leave one set out in the README): 0.7619 -> 0.7638; the code before (b01674b) fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9db; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r18-44 (front-door added), r18-28 (front-door added); 0.7619 -> 0.7631; the gold before (b01674b) fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9db; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged, its second question: r18-35 (risk-assessment added); 0.7631 -> 0.7662; the gold before (b01674b) fails the raised floor.
  // The fifty-sixth step's rules (9cz, 9da) and relabelling (9db) together, merged on main: 0.7681.
  // Issue 9's fifty-sixth step, the rest of 9db's two questions (helper 9dd; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: r18-56 (front-door added); r18-15, r18-11, r18-02 (risk-assessment added); 0.7681 -> 0.7704; the gold before (803bd28) fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9dc; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r18-14 (family-engagement added), r18-36 (leadership-governance added); 0.7681 -> 0.7643; lowered because the gold changed, the rules unchanged: an added label the rules do not give is a new miss.
  // The fifty-sixth steps' relabellings (9db, 9dd, 9dc) and rules (9cz, 9da) together, merged on main: 0.7666.
  // Issue 9's fifty-sixth step (helper 9df, the readings the relabelled gold supports: practitioners noticing signs of harm as risk-assessment, fathers as family-engagement): 0.7666 -> 0.7726 (r18-14, r18-15 family-engagement); the code before (6b82e0d) fails the raised floor.
  // The lead took 9df's fathers reading back (a bare mention fired; tests/concepts.test.ts): 0.7666, a floor lowered to it.
  // Issue 9's fifty-seventh step (helper 9dh, theme precision: a person on a worker's caseload, a neurodevelopmental condition, a business's staff trained; leave one set out in the README): 0.7666 -> 0.7685 (r18-60); the code before (8d201f2) fails the raised floor.
  // Issue 9's fifty-eighth step (helper 9dm, theme precision: a safeguarding board receiving no report, a health service's helpline, the disabled children's team named as a team; leave one set out in the README): 0.7745 -> 0.7764 (r18-34); the code before (a0ea48a) fails the raised floor.
  { file: 'sealed-round18.yaml', floor: 0.776, items: 64, heldOut: false },
  // Sealed for a session (README.md there, "The nineteenth set", written and labelled blind at the forty-ninth steps'
  // start): 0.689 (135/53/69) on the start's rules (d6a2e18), 0.694 (137/54/67) after the forty-ninth steps (9by's recall
  // wordings: two right more, one extra more; 9bz's guards moved none). Held out: the themes of one item taken away
  // (r19-03) give 0.689, which fails. Dev from issue 9's fiftieth steps: its errors are listed.
  // Issue 9's fiftieth step (helper 9ce, theme recall: workforce, joint working, assessment, the child's voice and quality
  // assurance in wordings pooled over every dev set; in sample) raised this floor: 0.694 -> 0.748; the start's rules (8de7ac9) give
  // the first figure and fail it.
  // Issue 9's fiftieth steps merged (9ce's recall and 9cf's guards together, in sample): 0.766 (154/44/50); 9ce's rules alone give
  // 0.748 and 9cf's alone 0.712, and both fail.
  // Issue 9's fifty-first step, second part (helper 9ch, theme precision: probation's caseload supervised, "a minority of", a count
  // of notifications, a specialist assessment framework or centre, the mandated contacts; every dev set in sample) raised this floor: 0.7662 -> 0.7700;
  // the start's rules (b8a1979) give the first figure and fail it.
  // Issue 9's fifty-fourth step (helper 9cr, theme precision: a view of something as an overview, not a child's view; a trained
  // interpreter or security staff and bought assessment capacity as no workforce; in sample, leave one set
  // out in the README): 0.7711 -> 0.7769; the code before (89bfa14) fails the raised floor.
  // Issue 9's fifty-fifth step (helper 9ct; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r19-40 (workforce-training added); 0.7769 -> 0.7750; a floor lowered to the new figure, not a change of the rules.
  // Issue 9's fifty-sixth step (helper 9cz, theme recall: what children experience and the child's own experience or words as the
  // child's voice, assessments that follow, identify or concentrate; leave one set out in the README): 0.7750 -> 0.7781; the code before
  // (b01674b) fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9db; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r19-13 (risk-assessment added), r19-57 (risk-assessment added); 0.7750 -> 0.7711; lowered because the gold changed, the rules unchanged: an added label the rules do not give is a new miss.
  // The fifty-sixth step's rules (9cz, 9da) and relabelling (9db) together, merged on main: 0.7742.
  // Issue 9's fifty-sixth step, the rest of 9db's two questions (helper 9dd; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: r19-43 (front-door added); r19-01, r19-55, r19-14, r19-62, r19-36 (risk-assessment added); 0.7742 -> 0.7726; lowered because the gold changed, the rules unchanged: an added label the rules do not give is a new miss.
  // Issue 9's fifty-sixth step (helper 9dc; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r19-38 (leadership-governance added); 0.7742 -> 0.7723; lowered because the gold changed, the rules unchanged: an added label the rules do not give is a new miss.
  // The fifty-sixth steps' relabellings (9db, 9dd, 9dc) and rules (9cz, 9da) together, merged on main: 0.7707.
  // Issue 9's fifty-sixth step (helper 9df, the readings the relabelled gold supports: practitioners noticing signs of harm as risk-assessment, fathers as family-engagement): 0.7707 -> 0.7797 (r19-14, r19-55, r19-57); the code before (6b82e0d) fails the raised floor.
  // Issue 9's fifty-ninth step (helper 9dv; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question (the units where 9dt's case forum reading fires that question a had not asked), the rules unchanged: r19-08 (joint-working added); 0.7885 -> 0.7866; the floor (0.779) holds.
  { file: 'sealed-round19.yaml', floor: 0.779, items: 64, heldOut: false },
  // Sealed for a session (README.md there, "The twentieth set", written and labelled blind at the fiftieth steps' start):
  // 0.661 (116/41/78) on the start's rules (8de7ac9), 0.670 (118/40/76) after the fiftieth steps (9cf's guards: one right
  // more, one extra fewer; 9ce's recall wordings: one right more; rv34's narrowings moved none). Held out: the themes of
  // one item taken away (r20-07) give 0.663, which fails. Dev from issue 9's fifty-first steps: its errors are listed.
  // Issue 9's fifty-first step, second part (helper 9ch, theme precision: probation's caseload supervised, "a minority of", a count
  // of notifications, a specialist assessment framework or centre, the mandated contacts; every dev set in sample) raised this floor: 0.6705 -> 0.6841;
  // the start's rules (b8a1979) give the first figure and fail it.
  // Issue 9's fifty-third step (helper 9cn, theme recall by events: an agency told, sent or asked what another knows, read from
  // the agency role layer's `told` and `asked` roles; every dev set in sample, 17 / 5 leave one set out) raised this floor: 0.6841 -> 0.7029; the
  // code before (e616261) fails the raised floor.
  // Issue 9's fifty-fourth step (helper 9cr, theme precision: a view of something as an overview, not a child's view; a trained
  // interpreter or security staff and bought assessment capacity as no workforce; in sample, leave one set
  // out in the README): 0.7029 -> 0.7049; the code before (89bfa14) fails the raised floor.
  // Issue 9's fifty-fifth step (helper 9cv, theme recall: a handover or transfer, the children's names recorded, the independent
  // scrutineer; leave one set out in the README): 0.7049 -> 0.7086; the code before (e2fb558) fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9db; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r20-39 (front-door added); 0.7082 -> 0.7119; the gold before (b01674b) fails the raised floor.
  // Issue 9's fifty-sixth step, the rest of 9db's two questions (helper 9dd; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: r20-21, r20-46, r20-27, r20-11 (front-door added); r20-11, r20-45, r20-38 (risk-assessment added); 0.7119 -> 0.7313; the gold before (803bd28) fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9dc; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r20-48 (leadership-governance added), r20-57 (leadership-governance added), r20-26 (joint-working added); 0.7119 -> 0.7171; the gold before (803bd28) fails the raised floor.
  // The fifty-sixth steps' relabellings (9db, 9dd, 9dc) and rules (9cz, 9da) together, merged on main: 0.7363.
  // Issue 9's sixty-fourth step (helper 9fd: agency-alerted, put-down-to, a council that does not know how many) raised it, in
  // sample: 0.7527 (140/21/71) -> 0.7560 (141/21/70); the start's rules (90fd2c1) fail it.
  // Issue 9's sixty-fourth step, the eighth both-ways round (helper 9fj; readings/both-ways-2026-12-07-eighth/): the gold moved,
  // the rules unchanged: workforce-training added to r20-32 (2 of 3 blind readers: partners unclear how to request support from
  // the family hubs), which the rules miss: 0.7560 (141/21/70) -> 0.7540 (141/21/71); 0.756 fails on the moved gold.
  // Issue 9's sixty-fourth step, the eighth both-ways round (helper 9fj; readings/both-ways-2026-12-07-eighth/): the gold moved,
  // the rules unchanged: assessment added to r20-07 (a child seen or assessed by a named service, 2 or 3 of 3 blind readers),
  // which the rules miss: 0.7540 (141/21/71) -> 0.7520 (141/21/72); 0.754 fails on the moved gold.
  { file: 'sealed-round20.yaml', floor: 0.752, items: 64, heldOut: false },
  // Sealed for a session (README.md there, "The twenty-first set", written and labelled blind at the fifty-first steps'
  // start): 0.740 (131/35/57) on the start's rules (0beeb1c), 0.744 (131/33/57) after the fifty-first steps (9ch's guards:
  // two extras fewer; 9cg's harness added no rule; 9ci's agency readings moved none). Held out: the themes of one item taken
  // away (r21-01) give 0.741 (129/35/55), which fails. Dev from issue 9's fifty-second steps: its errors are listed.
  // Issue 9's fifty-second step, second part (helper 9ck, theme precision: the referrer named by its past act, a meeting's "actions
  // are specific", a family support service at a prison; every dev set in sample) raised this floor: 0.7443 -> 0.7507; the start's rules
  // (855d580) give the first figure and fail it.
  // Issue 9's fifty-fifth step (helper 9ct; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r21-55 (voice-of-the-child added); 0.7543 -> 0.7578; the gold before (e2fb558) fails the raised floor.
  // Issue 9's fifty-fifth step (helper 9cv, theme recall: a handover or transfer, the children's names recorded, the independent
  // scrutineer; leave one set out in the README): 0.7543 -> 0.7578; the code before (e2fb558) fails the raised floor.
  // The lead, merging 9ct's relabelling and 9cv's rules: both together 0.7614; either alone fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9da, theme precision: "minor" no minority, a liaison service named by its runner, joint
  // funding, a trebled count of notifications, probation's and a baby's supervision, parents relied on to interpret a child; leave one set out in the README): 0.7614 -> 0.7679; the code before (b01674b) fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9db; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r21-16 (risk-assessment added); 0.7614 -> 0.7592; lowered because the gold changed, the rules unchanged: an added label the rules do not give is a new miss.
  // The fifty-sixth step's rules (9cz, 9da) and relabelling (9db) together, merged on main: 0.7657.
  // Issue 9's fifty-sixth step, the rest of 9db's two questions (helper 9dd; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: r21-42, r21-08 (front-door added); 0.7657 -> 0.7670; the gold before (803bd28) fails the raised floor.
  // Issue 9's fifty-eighth step (helper 9dp; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r21-03, r21-56 (joint-working added), r21-22 (leadership-governance added); 0.7705 -> 0.7640; lowered because the gold changed, the rules unchanged: an added label the rules do not give is a new miss.
  // Issue 9's sixty-fourth step (helper 9fd: agency-alerted, put-down-to, a council that does not know how many) raised it, in
  // sample: 0.7800 (140/23/56) -> 0.7833 (141/23/55); the start's rules (90fd2c1) fail it.
  { file: 'sealed-round21.yaml', floor: 0.783, items: 64, heldOut: false },
  // Sealed for a session (README.md there, "The twenty-second set", written and labelled blind at the fifty-second steps'
  // start): 0.740 (145/45/57) on the start's rules (855d580) and the same after the fifty-second steps (9ck's guards and 9cl's
  // agency readings moved no theme here; 9cj's clause readings added no rule). Held out: the themes of one item taken away
  // (r22-01) give 0.735 (143/47/56), which fails. Dev from issue 9's fifty-third steps: its errors are listed.
  // Issue 9's fifty-third step (helper 9cn, theme recall by events: an agency told, sent or asked what another knows, read from
  // the agency role layer's `told` and `asked` roles; every dev set in sample, 17 / 5 leave one set out) raised this floor: 0.7398 -> 0.7430; the
  // code before (e616261) fails the raised floor.
  // Issue 9's fifty-fourth step (helper 9co, risk assessment's "concerns" near "considered" guarded: r22-39's extra gone; in sample,
  // the same leave one set out): 0.7430 -> 0.7449; the code before (86d3212) fails the raised floor.
  // Issue 9's fifty-fourth step (helper 9cr, theme precision: a view of something as an overview, not a child's view; a trained
  // interpreter or security staff and bought assessment capacity as no workforce; in sample, leave one set
  // out in the README): 0.7449 -> 0.7468; the code before (89bfa14) fails the raised floor.
  // Issue 9's fifty-fifth step (helper 9ct; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r22-48, r22-40 (voice-of-the-child added); 0.7468 -> 0.7532; the gold before (e2fb558) fails the raised floor.
  // Issue 9's fifty-fifth step (helper 9cx, theme precision: whether a service, a status or a carer is needed read as no risk
  // assessment; communicating with teenagers or described children as no information sharing; leave one set out in the README): 0.7532 -> 0.7590; the code before (2681052) fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9cz, theme recall: what children experience and the child's own experience or words as the
  // child's voice, assessments that follow, identify or concentrate; leave one set out in the README): 0.7590 -> 0.7609; the code before
  // (b01674b) fails the raised floor. No right tag here: r22-36's identity extra goes, its "special educational needs" read
  // as an aside once the voice has a second mention ("what pupils have said") and three themes are the finding's point.
  // Issue 9's fifty-sixth step (helper 9da, theme precision: "minor" no minority, a liaison service named by its runner, joint
  // funding, a trebled count of notifications, probation's and a baby's supervision, parents relied on to interpret a child; leave one set out in the README): 0.7590 -> 0.7609; the code before (b01674b) fails the raised floor.
  // 9cz's and 9da's steps together (merged on main): 0.7629.
  // Issue 9's fifty-sixth step (helper 9db; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r22-37 (risk-assessment added), r22-09 (risk-assessment added); 0.7590 -> 0.7602; the gold before (b01674b) fails the raised floor.
  // The fifty-sixth step's rules (9cz, 9da) and relabelling (9db) together, merged on main: 0.7641.
  // Issue 9's fifty-sixth step, the rest of 9db's two questions (helper 9dd; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: r22-30 (front-door added); r22-30, r22-04 (risk-assessment added); 0.7641 -> 0.7684; the gold before (803bd28) fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9dc; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r22-53 (family-engagement added), r22-51 (leadership-governance added), r22-46 (leadership-governance added); 0.7641 -> 0.7634; lowered because the gold changed, the rules unchanged: an added label the rules do not give is a new miss.
  // The fifty-sixth steps' relabellings (9db, 9dd, 9dc) and rules (9cz, 9da) together, merged on main: 0.7677.
  // Issue 9's fifty-sixth step (helper 9df, the readings the relabelled gold supports: practitioners noticing signs of harm as risk-assessment, fathers as family-engagement): 0.7677 -> 0.7708 (r22-53 family-engagement); the code before (6b82e0d) fails the raised floor.
  // The lead took 9df's fathers reading back (a bare mention fired; tests/concepts.test.ts): 0.7677, a floor lowered to it.
  { file: 'sealed-round22.yaml', floor: 0.767, items: 64, heldOut: false },
  // Sealed for a session (README.md there, "The twenty-third set", written and labelled blind at the fifty-third steps'
  // start): 0.681 (125/49/68) on the start's rules (e616261), 0.688 (127/49/66) after the fifty-third steps (9cn's
  // information sharing read from events, an agency told or asked by another: two right gained here, no extra). Held out:
  // the themes of one item taken away (r23-01) give 0.678 (124/52/66), which fails. Dev from issue 9's fifty-fourth steps: its errors are listed.
  // Issue 9's fifty-fourth step (helper 9cr, theme precision: a view of something as an overview, not a child's view; a trained
  // interpreter or security staff and bought assessment capacity as no workforce; in sample, leave one set
  // out in the README): 0.6883 -> 0.6940; the code before (89bfa14) fails the raised floor.
  // Issue 9's fifty-fifth step (helper 9ct; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r23-13, r23-36 (voice-of-the-child added); 0.6940 -> 0.7011; the gold before (e2fb558) fails the raised floor.
  // Issue 9's fifty-fifth step (helper 9cv, theme recall: a handover or transfer, the children's names recorded, the independent
  // scrutineer; leave one set out in the README): 0.6940 -> 0.6975; the code before (e2fb558) fails the raised floor.
  // The lead, merging 9ct's relabelling and 9cv's rules: both together 0.7046; either alone fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9da, theme precision: "minor" no minority, a liaison service named by its runner, joint
  // funding, a trebled count of notifications, probation's and a baby's supervision, parents relied on to interpret a child; leave one set out in the README): 0.7046 -> 0.7084; the code before (b01674b) fails the raised floor.
  // Issue 9's fifty-sixth step, the rest of 9db's two questions (helper 9dd; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: r23-40 (front-door added); r23-10, r23-06 (risk-assessment added); 0.7084 -> 0.7081; the floor 0.708 stays.
  // Issue 9's fifty-sixth step (helper 9dc; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r23-32 (leadership-governance added), r23-41 (leadership-governance added), r23-59 (leadership-governance added); 0.7084 -> 0.7027; lowered because the gold changed, the rules unchanged: an added label the rules do not give is a new miss.
  // The fifty-sixth steps' relabellings (9db, 9dd, 9dc) and rules (9cz, 9da) together, merged on main: 0.7024.
  // Issue 9's fifty-sixth step (helper 9df, the readings the relabelled gold supports: practitioners noticing signs of harm as risk-assessment, fathers as family-engagement): 0.7024 -> 0.7128 (r23-06 risk-assessment; r23-37, r23-43 family-engagement); the code before (6b82e0d) fails the raised floor.
  // The lead took 9df's fathers reading back (a bare mention fired; tests/concepts.test.ts): 0.7059, a floor lowered to it.
  // Issue 9's fifty-eighth step, second commit (helper 9dm, theme precision: an adult patient's care plan; leave one set out in the README): 0.7128 -> 0.7147 (r23-25); the first commit's rules (b5dfd62) fail the raised floor.
  // Issue 9's sixty-fourth step (helper 9fd: agency-alerted, put-down-to, a council that does not know how many) raised it, in
  // sample: 0.7368 (140/38/62) -> 0.7402 (141/38/61); the start's rules (90fd2c1) fail it.
  { file: 'sealed-round23.yaml', floor: 0.740, items: 64, heldOut: false },
  // Sealed for a session (README.md there, "The twenty-fourth set", written and labelled blind at the fifty-fourth steps'
  // start): 0.683 (123/39/75) on the start's rules (3fe438a) and the same after the fifty-fourth steps (9co's and 9cr's
  // guards, 11 extras fewer over r7-r23 in sample, moved none here). Held out: the themes of one item taken away (r24-02)
  // give 0.674 (120/42/74), which fails. Dev from issue 9's fifty-fifth steps: its errors are listed.
  // Issue 9's fifty-fifth step (helper 9cv, theme recall: a handover or transfer, the children's names recorded, the independent
  // scrutineer; leave one set out in the README): 0.6833 -> 0.6978; the code before (e2fb558) fails the raised floor.
  // Issue 9's fifty-fifth step (helper 9cx, theme precision: whether a service, a status or a carer is needed read as no risk
  // assessment; communicating with teenagers or described children as no information sharing; leave one set out in the README): 0.6978 -> 0.6997; the code before (2681052) fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9cz, theme recall: what children experience and the child's own experience or words as the
  // child's voice, assessments that follow, identify or concentrate; leave one set out in the README): 0.6997 -> 0.7068; the code before
  // (b01674b) fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9db; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r24-12 (risk-assessment added), r24-09 (risk-assessment added); 0.6997 -> 0.7014; the gold before (b01674b) fails the raised floor.
  // The fifty-sixth step's rules (9cz, 9da) and relabelling (9db) together, merged on main: 0.7084.
  // Issue 9's fifty-sixth step, the rest of 9db's two questions (helper 9dd; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: r24-23 (front-door added); r24-24, r24-59 (risk-assessment added); 0.7084 -> 0.7189; the gold before (803bd28) fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9dc; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r24-50 (joint-working added); 0.7084 -> 0.7120; the gold before (803bd28) fails the raised floor.
  // The fifty-sixth steps' relabellings (9db, 9dd, 9dc) and rules (9cz, 9da) together, merged on main: 0.7224.
  // Issue 9's fifty-sixth step (helper 9df, the readings the relabelled gold supports: practitioners noticing signs of harm as risk-assessment, fathers as family-engagement): 0.7224 -> 0.7258 (r24-12); the code before (6b82e0d) fails the raised floor.
  // Issue 9's fifty-seventh step (helper 9dh, theme precision: a person on a worker's caseload, a neurodevelopmental condition, a business's staff trained; leave one set out in the README): 0.7258 -> 0.7278 (r24-46); the code before (8d201f2) fails the raised floor.
  // Issue 9's fifty-eighth step (helper 9dp; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r24-21 (joint-working added), r24-08 (early-help added, an extra of the rules made right); 0.7278 -> 0.7292; the gold before (a0ea48a) fails the raised floor.
  { file: 'sealed-round24.yaml', floor: 0.729, items: 64, heldOut: false },
  // Sealed for a session (README.md there, "The twenty-fifth set", written and labelled blind at the fifty-fifth steps'
  // start): 0.695 (115/44/57) on the start's rules (e2fb558), 0.703 (117/44/55) after the fifty-fifth steps (9cv's readings
  // of handovers, transfers, names recorded and the scrutineer: two right gained here, no extra; 9cx's guards moved none).
  // Held out: the themes of one item taken away (r25-02) give 0.695 (115/46/55), which fails. Dev from issue 9's fifty-sixth steps: its errors are listed.
  // Issue 9's fifty-sixth step (helper 9cz, theme recall: what children experience and the child's own experience or words as the
  // child's voice, assessments that follow, identify or concentrate; leave one set out in the README): 0.7027 -> 0.7143; the code before
  // (b01674b) fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9da, theme precision: "minor" no minority, a liaison service named by its runner, joint
  // funding, a trebled count of notifications, probation's and a baby's supervision, parents relied on to interpret a child; leave one set out in the README): 0.7027 -> 0.7156; the code before (b01674b) fails the raised floor.
  // 9cz's and 9da's steps together (merged on main): 0.7273.
  // Issue 9's fifty-sixth step (helper 9db; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r25-60 (risk-assessment added); 0.7027 -> 0.7006; lowered because the gold changed, the rules unchanged: an added label the rules do not give is a new miss.
  // The fifty-sixth step's rules (9cz, 9da) and relabelling (9db) together, merged on main: 0.7251.
  // Issue 9's fifty-sixth step, the rest of 9db's two questions (helper 9dd; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: r25-09 (front-door added); r25-34 (risk-assessment added); 0.7251 -> 0.7327; the gold before (803bd28) fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9dc; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r25-21 (leadership-governance added), r25-45 (leadership-governance added); 0.7251 -> 0.7327; the gold before (803bd28) fails the raised floor.
  // The fifty-sixth steps' relabellings (9db, 9dd, 9dc) and rules (9cz, 9da) together, merged on main: 0.7403.
  // Issue 9's fifty-sixth step (helper 9df, the readings the relabelled gold supports: practitioners noticing signs of harm as risk-assessment, fathers as family-engagement): 0.7403 -> 0.7478 (r25-60 risk-assessment; r25-44 family-engagement); the code before (6b82e0d) fails the raised floor.
  // The lead took 9df's fathers reading back (a bare mention fired; tests/concepts.test.ts): 0.7440, a floor lowered to it.
  // Issue 9's fifty-eighth step (helper 9dm, theme precision: a safeguarding board receiving no report, a health service's helpline, the disabled children's team named as a team; leave one set out in the README): 0.7552 -> 0.7574 (r25-25); the code before (a0ea48a) fails the raised floor.
  // 9dm's guards and 9dp's relabelling merged on main: 0.7552 (128/33/50).
  // Issue 9's fifty-eighth step, the rest of 9dp's question a (helper 9dr; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r25-37 (joint-working added, an extra of the rules made right); 0.7552 -> 0.7588; the gold before (4a33b6f) fails the raised floor.
  // Issue 9's fifty-ninth step (helper 9dv; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question (the units where 9dt's case forum reading fires that question a had not asked), the rules unchanged: r25-28 (joint-working added); 0.7588 -> 0.7566; lowered because the gold changed, the rules unchanged: an added label the rules do not give is a new miss.
  // Issue 9's sixty-fourth step (helper 9fd: agency-alerted, put-down-to, a council that does not know how many) raised it, in
  // sample: 0.7839 (136/29/46) -> 0.7874 (137/29/45); the start's rules (90fd2c1) fail it.
  { file: 'sealed-round25.yaml', floor: 0.787, items: 64, heldOut: false },
  // Sealed for a session (README.md there, "The twenty-sixth set", written and labelled blind at the fifty-sixth steps'
  // start): 0.678 (116/43/67) on the start's rules (b01674b), 0.680 (116/42/67) after the fifty-sixth steps (9da's guards: one
  // extra fewer; 9cz's and 9df's readings and the relabellings of 9db, 9dd and 9dc moved none). Held out: the themes of one
  // item taken away (r26-01) give 0.673 (114/44/67), which fails. Dev from issue 9's fifty-seventh steps: its errors are listed.
  // Issue 9's fifty-seventh step (helper 9dh, theme precision: a person on a worker's caseload, a neurodevelopmental condition, a business's staff trained; leave one set out in the README): 0.6804 -> 0.6844 (r26-45, r26-60); the code before (8d201f2) fails the raised floor.
  // Issue 9's fifty-seventh step, second commit (helper 9dh, theme precision: who is left holding a child's risk while the child waits for a service; leave one set out in the README): 0.6844 -> 0.6864 (r26-47); the first commit's rules (583a25c) fail the raised floor.
  // Issue 9's fifty-seventh step (helper 9di, theme recall: domestic abuse named as violence or offences against a partner or as
  // abuse within relationships, exploitation as drug supply or coercion by adults, information sharing as decisions made without
  // knowledge, a concern discussed with or the police asked, alert to the risk; leave one set out in the README): 0.6804 -> 0.7143;
  // the code before (8d201f2) fails the raised floor.
  // The two merged on main (9dh's guards and 9di's readings): 0.7205 (125/39/58).
  // Issue 9's sixty-fourth step (helper 9fd: agency-alerted, put-down-to, a council that does not know how many) raised it, in
  // sample: 0.7314 (128/39/55) -> 0.7330 (129/40/54); the start's rules (90fd2c1) fail it.
  { file: 'sealed-round26.yaml', floor: 0.732, items: 64, heldOut: false },
  // Sealed for a session (README.md there, "The twenty-seventh set", written and labelled blind at the fifty-seventh steps'
  // start): 0.698 (118/36/66) on the start's rules (8d201f2) and the same after the fifty-seventh steps (9dh's guards, 9di's
  // readings and 9dk's fixes, r7-r26 0.7952 -> about 0.800 in sample, moved none here). Held out: the themes of one item taken
  // away (r27-02) give 0.693 (116/38/65), which fails. Dev from issue 9's fifty-eighth steps: its errors are listed.
  // Issue 9's fifty-eighth step (helper 9dn, theme recall: sexualised behaviour or a child's harmful sexual behaviour as sexual
  // abuse, trauma screened for or explored as children's mental health, a child with learning needs as identity; leave one set
  // out in the README): 0.698 -> 0.709 (121/36/63); the code before (a0ea48a) fails the raised floor.
  // Issue 9's fifty-eighth step (helper 9dm, theme precision: a safeguarding board receiving no report, a health service's helpline, the disabled children's team named as a team; leave one set out in the README): 0.6982 -> 0.7024 (r27-30, r27-49); the code before (a0ea48a) fails the raised floor.
  // The two merged on main (9dn's readings and 9dm's guards): 0.7139 (121/34/63).
  // Issue 9's fifty-eighth step (helper 9dp; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r27-21 (leadership-governance added); 0.6982 -> 0.6962; lowered because the gold changed, the rules unchanged: an added label the rules do not give is a new miss.
  // 9dn's readings, 9dm's guards and 9dp's relabelling merged on main: 0.7117 (121/34/64).
  // Issue 9's fifty-eighth step, the rest of 9dp's question a (helper 9dr; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: r27-43 (joint-working added); 0.7118 -> 0.7097; lowered because the gold changed, the rules unchanged: an added label the rules do not give is a new miss.
  // Issue 9's fifty-ninth step (helper 9du, theme precision: the police contacted with nothing asked, no information sharing; leave one set out in the README): 0.7097 -> 0.7118 (r27-40); the code before (8cb2da8) fails the raised floor.
  { file: 'sealed-round27.yaml', floor: 0.711, items: 64, heldOut: false },
  // Sealed for a session (README.md there, "The twenty-eighth set", written and labelled blind at the fifty-eighth steps'
  // start): 0.683 (129/56/64) on the start's rules (a0ea48a), 0.6895 (131/56/62) after the fifty-eighth steps (9dn's readings
  // gave two right tags, no extra; 9dm's guards, 9do's and 9dq's fixes and the relabellings of 9dp and 9dr moved none). Held
  // out: the themes of one item taken away (r28-01) give 0.6844 (129/58/61), which fails. Dev from issue 9's fifty-ninth steps: its errors are listed.
  // Issue 9's fifty-ninth step (helper 9du, theme precision: the front door and the disabled children's team named for their staffing, a child who has a protection plan as a status, therapy as a provider's business; leave one set out in the README): 0.6895 -> 0.6968 (r28-24, r28-34, r28-36 twice); the code before (8cb2da8) fails the raised floor.
  // Issue 9's fifty-ninth step (helper 9dt, theme recall: a provider's self-assessment and a body that cannot readily tell or
  // say whether as quality assurance, something shared with a named agency, team or panel as information sharing; leave one
  // set out in the README): 0.6895 -> 0.6997 (134/56/59: r28-29, r28-34, r28-35); the code before (8cb2da8) fails the raised floor.
  // The two merged on main (9du's guards and 9dt's readings): 0.7073 (134/52/59).
  // Issue 9's fifty-ninth step (helper 9dv; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question (the units where 9dt's case forum reading fires that question a had not asked), the rules unchanged: r28-13 (joint-working added); 0.7071 -> 0.7053 (134/52/60); lowered because the gold changed, the rules unchanged: an added label the rules do not give is a new miss.
  { file: 'sealed-round28.yaml', floor: 0.705, items: 64, heldOut: false },
  // Sealed for a session (README.md there, "The twenty-ninth set", written and labelled blind at the fifty-ninth steps'
  // start): 0.7335 (128/32/61) on the start's rules (8cb2da8), 0.7330 (129/34/60) after the fifty-ninth steps (9dt's readings
  // gave a right tag, the case forum reading two extras; 9du's guards and 9dw's narrowings moved none). Held out: the themes
  // of one item taken away (r29-01) give 0.7314, which fails. Dev from issue 9's sixtieth steps: its errors are listed.
  // Issue 9's sixtieth step (helper 9dy, theme recall: young carers however named as early help, a body's annual report as
  // quality assurance; leave one set out in the README): 0.7330 -> 0.7472 (133/34/56: r29-07, r29-08, r29-15, r29-43); the code
  // before (858cfe3) fails the raised floor.
  // Issue 9's sixtieth step (helper 9dz, theme precision: a pupil referral unit, a school's supervision of pupils, a parent's
  // own treatment and "family support" as a service's name; leave one set out in the README): 0.732 -> 0.741 (0.7414,
  // 129/30/60: r29-13, r29-31, r29-37, r29-52); the code before (858cfe3) fails the raised floor.
  // The two merged on main (9dy's readings and 9dz's guards): 0.7557 (133/30/56).
  // Issue 9's sixtieth step (helper 9ec, gold that goes both ways; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: r29-49 (joint working added: probation officers seldom present at core groups); 0.7557 -> 0.7592 (134/29/56); the gold before fails the raised floor.
  // Issue 9's sixty-fourth step (helper 9fd: agency-alerted, put-down-to, a council that does not know how many) raised it, in
  // sample: 0.7697 (137/28/54) -> 0.7731 (138/28/53); the start's rules (90fd2c1) fail it.
  { file: 'sealed-round29.yaml', floor: 0.773, items: 64, heldOut: false },
  // Sealed for a session (README.md there, "The thirtieth set", written and labelled blind at the sixtieth steps' start):
  // 0.6829 (126/51/66) on the start's rules (858cfe3), 0.6900 (128/51/64) after the sixtieth steps (9dy's readings gave
  // two right tags and one extra, 9eb's narrowing of them took one extra away; 9dz's guards and 9ea's and 9ed's changes
  // moved none). Held out: the themes of one item taken away (r30-01) give 0.6866 (126/53/62), which fails.
  // Dev from issue 9's sixty-first steps: its errors are listed.
  // Issue 9's sixty-first step (helper 9eh, gold that goes both ways, second round; fixtures/gold/challenge/readings/both-ways-2026-12-07-second): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: r30-17 (workforce-training dropped: practitioners who did not know the protocol existed explain why it is not applied, 2 of 3); 0.6900 -> 0.6919 (128/51/63); the gold before fails the raised floor.
  // Issue 9's sixty-first step (helper 9ee: a diagnostic or neurodevelopmental assessment, a carer's suitability checked, the
  // national process for trafficked people in its other names) raised it, in sample: 0.6900 (128/51/64) -> 0.6989
  // (130/50/62); the start's rules (09b1e94) give the first figure and fail it.
  // The two merged on main (9eh's gold and 9ee's rules): 0.7008 (130/50/61); either alone (0.6919, 0.6989) fails.
  // Issue 9's sixty-fourth step (helper 9fd: agency-alerted, put-down-to, a council that does not know how many) raised it, in
  // sample: 0.7024 (131/50/61) -> 0.7059 (132/50/60); the start's rules (90fd2c1) fail it.
  // Issue 9's sixty-fourth step, the eighth both-ways round (helper 9fj; readings/both-ways-2026-12-07-eighth/): the gold moved,
  // the rules unchanged: assessment added to r30-42 (a child seen or assessed by a named service, 2 or 3 of 3 blind readers),
  // which the rules miss: 0.7059 (132/50/60) -> 0.7040 (132/50/61); 0.705 fails on the moved gold.
  { file: 'sealed-round30.yaml', floor: 0.704, items: 64, heldOut: false },
  // Sealed for a session (README.md there, "The thirty-first set", written and labelled blind at the sixty-first steps' start):
  // 0.6835 (122/50/63) on the start's rules (09b1e94) and the same after the sixty-first steps (no merged change moved a tag here).
  // Held out: the themes of one item taken away (r31-02) give 0.6817 (121/51/62), which fails.
  // Dev from issue 9's sixty-second steps: its errors are listed.
  // Issue 9's sixty-second step (helper 9em: an agency not told past a phrase after its name, 9ee's reading on the three-set
  // bar with r31; a core group attended or invited to as planning) raised it, in sample: 0.6835 (122/50/63) -> 0.6872
  // (123/50/62) -> 0.6908 (124/50/61); the start's rules (fdbbbd7) fail it, and so do the first reading's alone.
  // Helper 9er (the same step: "recruit" of children recruited by those who exploit them, not staff, as no workforce) raised
  // it again: 0.6908 (124/50/61) -> 0.6927 (124/49/61); the start's rules (77fe4e9) fail it.
  // Issue 9's sixty-fourth step (helper 9fd: agency-alerted, put-down-to, a council that does not know how many) raised it, in
  // sample: 0.7017 (127/46/62) -> 0.7052 (128/46/61); the start's rules (90fd2c1) fail it.
  { file: 'sealed-round31.yaml', floor: 0.705, items: 64, heldOut: false },
  // Sealed for a session (README.md there, "The thirty-second set", written and labelled blind at the sixty-second steps' start):
  // 0.7760 (149/37/49) on the start's rules (fdbbbd7) and the same after the sixty-second steps (no merged change moved a tag here).
  // Held out: the themes of one item taken away (r32-01) give 0.7696 (147/39/49), which fails.
  // Dev from issue 9's sixty-third steps: its errors are listed.
  // Issue 9's sixty-third step (helper 9ey: a joint response, plan, planning, meeting or decision as joint working; a concept's
  // argument that owns a professional is not it; data that tells leaders no information sharing) raised it, in sample: 0.7760
  // (149/37/49) -> 0.7833 (150/35/48); the start's rules (013661a) fail it.
  // After every sixty-third step's merge (9fa's and 9fb's readings after 9ey's): 0.7865 (151/35/47); the start's rules
  // (013661ac) give 0.7760 (149/37/49) and fail the raised floor.
  // Issue 9's sixty-fourth step (helper 9fd: an agency that tells, informs, notifies or alerts another as information sharing;
  // signs put down to or attributed to a condition, behaviour or choices as risk assessment) raised it, in sample: 0.7864 (151/35/47) -> 0.7990 (155/35/43), floor 0.798; the
  // start's rules (90fd2c1) fail it.
  // Issue 9's sixty-fourth step, the eighth both-ways round (helper 9fj; readings/both-ways-2026-12-07-eighth/): the gold moved,
  // the rules unchanged: assessment added to r32-02 (a child seen or assessed by a named service, 2 or 3 of 3 blind readers),
  // which the rules miss: 0.7990 (155/35/43) -> 0.7969 (155/35/44); 0.798 fails on the moved gold.
  // After every sixty-fourth step's merge (9fi's, 9fk's and 9fl's readings after 9fd's): 0.7990 (0.79897; 155/34/44); the start's rules
  // (90fd2c15) on this gold give 0.7844 (151/35/48) and fail the raised floor.
  // After every sixty-fifth step's merge (9fn's readings, 9fp's guards, 9fr's fixes, the tenth both-ways round): 0.8133 (159/33/40); the start's
  // rules (81e99bdf) on this gold give 0.7990 (155/34/44) and fail the raised floor.
  { file: 'sealed-round32.yaml', floor: 0.813, items: 64, heldOut: false },
  // Sealed for a session (README.md there, "The thirty-third set", written and labelled blind at the sixty-third steps' start):
  // 0.6782 (118/40/72) on the start's rules (013661ac) and the same after the sixty-third steps (no merged change moved a tag here).
  // Held out: the themes of one item taken away (r33-01) give 0.6647 (114/44/71), which fails.
  // Dev from issue 9's sixty-fourth steps: its errors are listed.
  // Issue 9's sixty-fourth step (helper 9fd: an agency that tells, informs, notifies or alerts another as information sharing;
  // signs put down to or attributed to a condition, behaviour or choices as risk assessment) raised it, in sample: 0.6782 (118/40/72) -> 0.6857 (120/40/70), floor 0.685; the
  // start's rules (90fd2c1) fail it.
  // After every sixty-fourth step's merge (9fi's readings of the child's voice, parents and a parent's illness; 9fk's and 9fl's
  // fixes): 0.7062 (125/39/65); the start's rules (90fd2c15) on this gold give 0.6782 (118/40/72) and fail the raised floor.
  // After every sixty-fifth step's merge (9fn's readings, 9fp's guards, 9fr's fixes, the tenth both-ways round): 0.7171 (128/39/62); the start's
  // rules (81e99bdf) on this gold give 0.7062 (125/39/65) and fail the raised floor.
  // After every sixty-sixth step's merge (9fw's and 9gc's readings, 9gb's fixes, the eleventh and twelfth both-ways rounds): 0.7348
  // (133/39/57); the start's rules (8850e5e1) on this gold give 0.7207 (129/39/61) and fail the raised floor.
  // After every sixty-seventh step's merge (9gf, 9gh, 9gi, 9gl and the thirteenth to fifteenth both-ways rounds): 0.7438 (135/39/54); the start's
  // rules (1f438a08) on this gold give 0.7368 (133/39/56) and fail the raised floor.
  // After every sixty-eighth step's merge (9gn, 9gp, 9gq, 9gs and the sixteenth both-ways round): 0.7534; the start's rules (af7ea9e2)
  // on this gold give 0.7432 and fail the raised floor.
  { file: 'sealed-round33.yaml', floor: 0.753, items: 64, heldOut: false },
  // Sealed for a session (README.md there, "The thirty-fourth set", written and labelled blind at the sixty-fourth steps' start):
  // 0.7225 (138/48/58) on the start's rules (90fd2c15), 0.7292 (140/48/56) after the sixty-fourth steps.
  // Held out: the themes of one item taken away (r34-01) give 0.7225 (138/50/56), which fails.
  // Dev from issue 9's sixty-fifth steps: its errors are listed.
  // Issue 9's sixty-fifth step, the ninth both-ways round (helper 9fo; readings/both-ways-2026-12-07-ninth/): the gold moved,
  // the rules unchanged: assessment added to r34-03 (a child seen by a service, "seen" apart from "assessed", 2 of 3 blind readers),
  // which the rules miss: 0.7292 (140/48/56) -> 0.7273 (140/48/57); 0.729 fails on the moved gold.
  // After every sixty-fifth step's merge (9fn's readings, 9fp's guards, 9fr's fixes, the tenth both-ways round): 0.7468 (146/48/51); the start's
  // rules (81e99bdf) on this gold give 0.7273 (140/48/57) and fail the raised floor.
  // Issue 9's sixty-sixth step (helper 9ga, gold that goes both ways, twelfth round; fixtures/gold/challenge/readings/both-ways-2026-12-07-twelfth/): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: r34-54 (assessment added, 3 of 3: a parent's capacity to protect not jointly assessed with children's social care); 0.746 -> 0.744 (146/48/52); a floor lowered to the new figure because the gold moved, not a change of the rules.
  // After every sixty-seventh step's merge (9gf, 9gh, 9gi, 9gl and the thirteenth to fifteenth both-ways rounds): 0.7563 (149/46/50); the start's
  // rules (1f438a08) on this gold give 0.7481 (147/47/52) and fail the raised floor.
  // After every sixty-eighth step's merge (9gn, 9gp, 9gq, 9gs and the sixteenth both-ways round): 0.7700; the start's rules (af7ea9e2)
  // on this gold give 0.7576 and fail the raised floor.
  { file: 'sealed-round34.yaml', floor: 0.770, items: 64, heldOut: false },
  // Sealed for a session (README.md there, "The thirty-fifth set", written and labelled blind at the sixty-fifth steps' start):
  // 0.7297 (135/40/60) on the start's rules (81e99bdf) and after the sixty-fifth steps alike (no theme moved).
  // Held out: the themes of one item taken away (r35-01) give 0.7248 (133/42/59), which fails.
  // Dev from issue 9's sixty-sixth steps: its errors are listed.
  // After every sixty-sixth step's merge (9fw's information sharing, workforce and quality assurance readings, 9gc's children
  // assessed by a service, 9gb's fixes, the eleventh and twelfth both-ways rounds): 0.7566 (143/40/52); the start's rules
  // (8850e5e1) on this gold give 0.7297 (135/40/60) and fail the raised floor.
  // After every sixty-seventh step's merge (9gf, 9gh, 9gi, 9gl and the thirteenth to fifteenth both-ways rounds): 0.7652 (145/39/50); the start's
  // rules (1f438a08) on this gold give 0.7566 (143/40/52) and fail the raised floor.
  // Issue 9's sixty-eighth step (helper 9go, gold that goes both ways, sixteenth round; fixtures/gold/challenge/readings/both-ways-2026-12-07-sixteenth/):
  // the gold moved, the rules unchanged: workforce-training added to r35-51 (staff "often skilled in observing" the children, 3 of 3)
  // and planning to r35-49 (drug and alcohol workers' reports to conferences, 3 of 3), both missed by the rules: 0.7652 (145/39/50)
  // -> 0.7612 (145/39/52); 0.765 fails on the moved gold, so the floor moves to 0.761 (r35-01's themes taken away fail it).
  // After every sixty-eighth step's merge (9gn, 9gp, 9gq, 9gs and the sixteenth both-ways round): 0.7804; the start's rules (af7ea9e2)
  // on this gold give 0.7612 and fail the raised floor.
  { file: 'sealed-round35.yaml', floor: 0.780, items: 64, heldOut: false },
  // Sealed for a session (README.md there, "The thirty-sixth set", written and labelled blind at the sixty-sixth steps' start):
  // 0.7469 (149/48/53) on the start's rules (8850e5e1) and after the sixty-sixth steps alike (no theme moved).
  // Held out: the themes of one item taken away (r36-03) give 0.7406 (147/50/53), which fails.
  // Dev from issue 9's sixty-seventh steps: its errors are listed.
  // After every sixty-seventh step's merge (9gf, 9gh, 9gi, 9gl and the thirteenth to fifteenth both-ways rounds): 0.7802 (158/46/43); the start's
  // rules (1f438a08) on this gold give 0.7487 (149/48/52) and fail the raised floor.
  // After every sixty-eighth step's merge (9gn, 9gp, 9gq, 9gs and the sixteenth both-ways round): 0.7951; the start's rules (af7ea9e2)
  // on this gold give 0.7833 and fail the raised floor.
  { file: 'sealed-round36.yaml', floor: 0.795, items: 64, heldOut: false },
  // Sealed for a session (README.md there, "The thirty-seventh set", written and labelled blind at the sixty-seventh steps' start):
  // 0.7594 (131/37/46) on the start's rules (1f438a08) and after the sixty-seventh steps alike (two items moved, one right
  // tag lost and one gained). Held out: the themes of one item taken away (r37-01) give 0.7522 (129/39/46), which fails.
  // Dev from issue 9's sixty-eighth steps: its errors are listed.
  // After every sixty-eighth step's merge (9gn, 9gp, 9gq, 9gs and the sixteenth both-ways round): 0.8067; the start's rules (af7ea9e2)
  // on this gold give 0.7630 and fail the raised floor.
  { file: 'sealed-round37.yaml', floor: 0.806, items: 64, heldOut: false },
  // Sealed for a session (README.md there, "The thirty-eighth set", written and labelled blind at the sixty-eighth steps' start):
  // 0.7399 (138/49/48) on the start's rules (af7ea9e2) and after the sixty-eighth steps alike (no item moved).
  // Held out: the themes of one item taken away (r38-01) give 0.7297 (135/52/48), which fails.
  { file: 'sealed-round38.yaml', floor: 0.739, items: 64, heldOut: true },
  // Six labels' paraphrases and passing shapes (helper 9an, issue 9's thirty-sixth step), written before
  // that step's change and scored on main first, then in view while the rules were changed: in-sample.
  // 0.610 with main's rules (ea77c9d), which fail; 0.653 after the step.
  // Issue 9's fifty-sixth step, the rest of 9db's two questions (helper 9dd; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: themes-six-labels #4 (risk-assessment added); 0.7358 -> 0.7477; the gold before (803bd28) fails the raised floor.
  // Issue 9's sixty-fifth step, the ninth both-ways round (helper 9fo; readings/both-ways-2026-12-07-ninth/): the gold moved,
  // the rules unchanged: assessment added to themes-six-labels #45 (a child seen by a service, "seen" apart from "assessed", 2 of 3 blind readers),
  // which the rules miss: 0.7477 (40/11/16) -> 0.7407 (40/11/17); 0.747 fails on the moved gold.
  { file: 'themes-six-labels.yaml', floor: 0.740, items: 50 },
  // Front door, voice, risk, information and assessment (helper 9ap, issue 9's thirty-seventh step), written
  // before that step's change and scored on main first (0.440, cac8837, which fails), then in view: in-sample.
  // Issue 9's fifty-fifth step (helper 9cx, theme precision: whether a service, a status or a carer is needed read as no risk
  // assessment; communicating with teenagers or described children as no information sharing; leave one set out in the README): 0.7961 -> 0.8039; the code before (2681052) fails the raised floor.
  { file: 'themes-front-door-voice.yaml', floor: 0.803, items: 42 },
  // Information moved by other words, the workforce's understanding, self-harm, referrals by verb or sent on
  // (helper 9ar, issue 9's thirty-eighth step), written before that step's change and scored on main first
  // (0.607, b2f6cfa, which fails), then in view: in-sample.
  // Issue 9's fortieth step (helper 9av) reads a check or an enquiry with another agency as risk identified too, as
  // the readers of the three sealed sets do (5 of 5) and the letters' gold (1 of 1); this set's one reader read three
  // such items as sharing only: 0.837 -> 0.812 (41/4/15), a trade written down in ../fixtures/gold/dev/README.md.
  // Issue 9's forty-eighth step, second part (helper 9bw, theme recall; every dev set in sample) raised this floor in its
  // second commit (assessments as a subject; a panel well attended, staff in the same office, a move at 18 as joint
  // working): 0.824 -> 0.835; the first commit's rules (5656450) fail it.
  // Issue 9's fiftieth step (helper 9ce, theme recall: workforce, joint working, assessment, the child's voice and quality
  // assurance in wordings pooled over every dev set; in sample) raised this floor: 0.846 -> 0.857; the start's rules (8de7ac9) give
  // the first figure and fail it.
  // Issue 9's fifty-sixth step, the rest of 9db's two questions (helper 9dd; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold, the rules unchanged: themes-shared-aware #23 (risk-assessment added); 0.8598 -> 0.8704; the gold before (803bd28) fails the raised floor.
  // Issue 9's fifty-sixth step (helper 9dc; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: themes-shared-aware #37 (family-engagement added); 0.8598 -> 0.8519; lowered because the gold changed, the rules unchanged: an added label the rules do not give is a new miss.
  // The fifty-sixth steps' relabellings (9db, 9dd, 9dc) and rules (9cz, 9da) together, merged on main: 0.8624.
  // Issue 9's fifty-sixth step (helper 9df, the readings the relabelled gold supports: practitioners noticing signs of harm as risk-assessment, fathers as family-engagement): 0.8624 -> 0.8727 (one fathers finding, family-engagement); the code before (6b82e0d) fails the raised floor.
  // The lead took 9df's fathers reading back (a bare mention fired; tests/concepts.test.ts): 0.8624, a floor lowered to it.
  // Issue 9's sixty-fourth step, the eighth both-ways round (helper 9fj; readings/both-ways-2026-12-07-eighth/): the gold moved,
  // the rules unchanged: assessment added to themes-shared-aware #26 (a child seen or assessed by a named service, 2 or 3 of 3 blind readers),
  // which the rules miss: 0.8624 (47/3/12) -> 0.8545 (47/3/13); 0.862 fails on the moved gold.
  { file: 'themes-shared-aware.yaml', floor: 0.854, items: 42 },
  // The theme word in passing against the theme as the point (helper 9at, issue 9's thirty-ninth step), written
  // before that step and scored on main first: 0.667 (30/20/10) on 50d6b56's rules, the same after the step, which
  // changed no rule; no rule was changed with its misses in view, so it is still out of sample for the rules.
  // Issue 9's forty-sixth step, fourth part (helper 9bp) added one right tag, in view but not written for or read while that
  // step's rules were changed: 0.681 -> 0.696 (32/20/8) ("teachers' knowledge of them is lost", information sharing); the
  // start's rules (e7e88a7) give 0.681 and fail.
  // Issue 9's fifty-ninth step (helper 9dv; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question (the units where 9dt's case forum reading fires that question a had not asked), the rules unchanged: #26 (joint-working added, an extra of the rules made right); 0.7033 -> 0.7174 (33/18/8); the gold before (aef074e) fails the raised floor.
  { file: 'themes-in-passing.yaml', floor: 0.717, items: 34 },
  // Checks and enquiries with another agency, adults asked about a harm or their children, agencies told or let
  // know, pathways and protocols agreed between agencies (helper 9av, issue 9's fortieth step), written before that
  // step's change and scored on main first (0.541, 93df0da, which fails), then in view while the rules were changed:
  // in-sample, 0.787 (35/5/14) after it.
  // Issue 9's fifty-sixth step (helper 9dc; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: themes-r10-causes #7 (family-engagement added); 0.8182 -> 0.8090; lowered because the gold changed, the rules unchanged: an added label the rules do not give is a new miss.
  // Issue 9's fifty-sixth step (helper 9df, the readings the relabelled gold supports: practitioners noticing signs of harm as risk-assessment, fathers as family-engagement): 0.8090 -> 0.8222 (one fathers-to-be finding, family-engagement); the code before (6b82e0d) fails the raised floor.
  // The lead took 9df's fathers reading back (a bare mention fired; tests/concepts.test.ts): 0.8090, a floor lowered to it.
  // Issue 9's sixty-fifth step, the ninth both-ways round (helper 9fo; readings/both-ways-2026-12-07-ninth/): the gold moved,
  // the rules unchanged: assessment added to themes-r10-causes #16 (a child seen by a service, "seen" apart from "assessed", 2 of 3 blind readers),
  // which the rules miss: 0.8090 (36/3/14) -> 0.8000 (36/3/15); 0.808 fails on the moved gold.
  { file: 'themes-r10-causes.yaml', floor: 0.800, items: 31 },
  // Domestic abuse in other words and incidents attended, neglect by its definition's words, feedback to referrers,
  // adults asked whether they are parents, a parent's mental health listed after their drinking or drug use (helper
  // 9ay, issue 9's forty-second step), written before that step's change and scored on main first (0.313, 5ff5ad0,
  // which fails), then in view while the rules were changed: in-sample, 0.699 (29/2/23) after it.
  // Issue 9's forty-eighth step, second part (helper 9bw, theme recall; every dev set in sample) raised this floor in its
  // second commit (assessments as a subject; a panel well attended, staff in the same office, a move at 18 as joint
  // working): 0.714 -> 0.729; the first commit's rules (5656450) fail it.
  // Issue 9's fifty-eighth step (helper 9dm, theme precision: a safeguarding board receiving no report, a health service's helpline, the disabled children's team named as a team; leave one set out in the README): 0.8000 -> 0.8090 (#28); the code before (a0ea48a) fails the raised floor.
  // Issue 9's sixty-fourth step (helper 9fd: agency-alerted, put-down-to, a council that does not know how many) raised it, in
  // sample: 0.8090 (36/1/16) -> 0.8222 (37/1/15); the start's rules (90fd2c1) fail it.
  // Issue 9's sixty-fourth step, the eighth both-ways round (helper 9fj; readings/both-ways-2026-12-07-eighth/): the gold moved,
  // the rules unchanged: assessment added to themes-r12-causes #9 (a child seen or assessed by a named service, 2 or 3 of 3 blind readers),
  // which the rules miss: 0.8222 (37/1/15) -> 0.8132 (37/1/16); 0.822 fails on the moved gold.
  { file: 'themes-r12-causes.yaml', floor: 0.813, items: 29 },
  // A harm at the incident a child was present at, the adult mental health or substance misuse service as the finding's
  // subject, joint assessments, interviews, home visits and enquiries (helper 9bc, issue 9's forty-third step), written
  // before that step's change and scored on main first (0.426 (13/1/34), 27f0dfc, which fails), then in view while the rules were
  // changed: in-sample.
  // Issue 9's fiftieth step (helper 9ce, theme recall: workforce, joint working, assessment, the child's voice and quality
  // assurance in wordings pooled over every dev set; in sample) raised this floor: 0.790 -> 0.810; the start's rules (8de7ac9) give
  // the first figure and fail it.
  // Issue 9's fifty-fifth step (helper 9cv, theme recall: a handover or transfer, the children's names recorded, the independent
  // scrutineer; leave one set out in the README): 0.8095 -> 0.8235; the code before (e2fb558) fails the raised floor.
  // Issue 9's fifty-seventh step (helper 9dh, theme precision: a person on a worker's caseload, a neurodevelopmental condition, a business's staff trained; leave one set out in the README): 0.8235 -> 0.8333 (#8); the code before (8d201f2) fails the raised floor.
  { file: 'themes-r13-causes.yaml', floor: 0.833, items: 27 },
  // Probation's supervision of its caseload, a professional's worry about a child, parents misusing drugs or alcohol, and
  // two shapes measured and not kept (helper 9bg, issue 9's forty-fourth step), written before that step's change and
  // scored on main first (0.466 (17/12/27), e98f704, which fails), then in view while the rules were changed: in-sample.
  // Issue 9's forty-eighth step, second part (helper 9bw, theme recall; every dev set in sample) raised this floor in its
  // second commit (assessments as a subject; a panel well attended, staff in the same office, a move at 18 as joint
  // working): 0.554 -> 0.576; the first commit's rules (5656450) fail it.
  // Issue 9's fifty-first step, second part (helper 9ch, theme precision: probation's caseload supervised, "a minority of", a count
  // of notifications, a specialist assessment framework or centre, the mandated contacts; every dev set in sample) raised this floor: 0.6471 -> 0.6567;
  // the start's rules (b8a1979) give the first figure and fail it.
  { file: 'themes-r14-causes.yaml', floor: 0.656, items: 27 },
  // A professional weighing whether a child is harmed or at risk, an agency invited to a strategy discussion, information
  // passed to another agency, with negatives in the same words (helper 9bi, issue 9's forty-fifth step), written before that
  // step's change and scored on main first (0.400 (13/7/32), e267eb0, which fails), then in view while the rules were
  // changed: in-sample, 0.667 (26/7/19) after it.
  // Issue 9's fifty-fifth step (helper 9ct; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: themes-r15-causes #20 (voice-of-the-child dropped); 0.6667 -> 0.6494; a floor lowered to the new figure, not a change of the rules.
  // Issue 9's fifty-seventh step (helper 9dh, theme precision: a person on a worker's caseload, a neurodevelopmental condition, a business's staff trained; leave one set out in the README): 0.6494 -> 0.6579 (#16); the code before (8d201f2) fails the raised floor.
  { file: 'themes-r15-causes.yaml', floor: 0.657, items: 27 },
  // An adult or an agency told about a child, a parent's capacity, a parent's harm after "struggling with", "drink heavily"
  // or "misuse of drugs or alcohol", with negatives in the same words (helper 9bm, issue 9's forty-sixth step), written and
  // committed before that step's change and scored on main first (0.593 (24/12/21), 224e71d, which fails), then in view while
  // the rules were changed: in-sample, 0.718 (28/5/17) after it.
  // Issue 9's forty-eighth step, second part (helper 9bw, theme recall; every dev set in sample) raised this floor in its
  // second commit (assessments as a subject; a panel well attended, staff in the same office, a move at 18 as joint
  // working): 0.718 -> 0.734; the first commit's rules (5656450) fail it.
  // Issue 9's fifty-seventh step (helper 9dh, theme precision: a person on a worker's caseload, a neurodevelopmental condition, a business's staff trained; leave one set out in the README): 0.7952 -> 0.8049 (#2); the code before (8d201f2) fails the raised floor.
  { file: 'themes-r16-causes.yaml', floor: 0.804, items: 28 },
  // A body that does not know or has not analysed, evaluated, monitored or tracked; what an agency knows lost, unavailable,
  // not considered or contributed; with negatives in the same words (helper 9bp, issue 9's forty-sixth step, fourth part),
  // written and committed before that step's change and scored on main first (0.361 (13/11/35), e7e88a7, which fails), then
  // in view while the rules were changed: in-sample, 0.659 (29/11/19) after it.
  // Issue 9's fiftieth step (helper 9ce, theme recall: workforce, joint working, assessment, the child's voice and quality
  // assurance in wordings pooled over every dev set; in sample) raised this floor: 0.674 -> 0.703; the start's rules (8de7ac9) give
  // the first figure and fail it.
  // Issue 9's fifty-sixth step (helper 9db; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: themes-r16-recall #5 (front-door added); 0.7033 -> 0.6957; lowered because the gold changed, the rules unchanged: an added label the rules do not give is a new miss.
  // Issue 9's fifty-sixth step (helper 9dc; fixtures/gold/dev/README.md): relabelled where at least two of three blind readers contradicted the gold on a codebook question, the rules unchanged: themes-r16-recall #5 (leadership-governance added); 0.6957 -> 0.6882; lowered because the gold changed, the rules unchanged: an added label the rules do not give is a new miss.
  { file: 'themes-r16-recall.yaml', floor: 0.688, items: 29 },
];

interface Item { text: string; themes: string[]; why: string }

describe.each(SETS)('the theme challenge set $file', ({ file, floor, items: least, heldOut }) => {
  it(`scores at least ${floor} with the rules, and lists what they miss`, () => {
    const { items } = parse(readFileSync(fixture(`gold/challenge/${file}`), 'utf8')) as { items: Item[] };
    expect(items.length).toBeGreaterThanOrEqual(least);
    const tagger = defaultRules().tagger;
    const gold: GoldFinding[] = items.map((item) => ({ section: 'challenge', subsection: null, text: item.text, agencies: [], themes: item.themes }));
    const predicted = items.map((item) => ({ agencies: new Set<string>(), themes: new Set(tagText(tagger, item.text).themes.map((tag) => tag.path[0]!)) }));
    const counts = count(gold, predicted, 'themes');
    const errors = items.flatMap((item, i) => {
      const got = predicted[i]!.themes;
      const want = new Set(item.themes);
      const wrong = [...[...got].filter((id) => !want.has(id)).map((id) => `extra ${id}`), ...item.themes.filter((id) => !got.has(id)).map((id) => `missed ${id}`)];
      return wrong.length ? [`  ${wrong.join(', ')}: ${item.text}`] : [];
    });
    console.log([`themes, challenge set ${file} (${items.length} items): ${fmt(micro(counts))}`, ...(heldOut ? [] : [perLabelTable(counts), 'errors:', ...errors])].join('\n'));
    expect(micro(counts).f1).toBeGreaterThanOrEqual(floor);
  });
});
