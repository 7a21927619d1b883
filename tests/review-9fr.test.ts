import { describe, expect, it } from 'vitest';
import { defaultRules } from '../src/rules.js';
import { tagText } from '../src/tag/match.js';

// A second reader's points on 9fn's theme readings, 9fm's agency readings and 9fp's theme guards (issue 9, sixty-fifth step,
// helper 9fr; /work/prompts35/review-rules-report.md). The reader's own sentences and near misses written for this test, none
// from a letter or a gold set. The "not" and "now" cases failed on the rules before (35702ee3); the "still" cases are what the
// readings and guards were kept for and pass on both.
const tagger = defaultRules().tagger;
const agencies = (text: string) => [...new Set(tagText(tagger, text).agencies.map((tag) => tag.path[0]))].sort();
const themes = (text: string) => tagText(tagger, text).themes.map((tag) => tag.path[0]);

describe('T1 early help: sessions on a topic taught, not professionals\' own sessions, consent in sharing, or teaching staff', () => {
  it.each([
    'Health practitioners attend weekly sessions in the MASH, where information is shared without consent when risks are high.',
    'Supervision sessions do not consider whether parental consent was sought before information was shared.',
    'The programme of audits found that consent was not always recorded.',
    'Police and social workers meet in weekly sessions to discuss children found carrying weapons.',
    'Return home interviews and supervision sessions do not explore grooming or the risk of sexual extortion.',
    'Teaching staff are not always confident about what to do when a pupil brings weapons into school.',
    'Training sessions for GPs cover consent and information sharing.',
    'The audit programme found that weapons were found in two of the homes visited.',
  ])('not early help: %s', (text) => {
    expect(themes(text)).not.toContain('early-help');
  });
  it.each([
    'Schools deliver sessions on healthy relationships and online safety to all pupils.',
    'Youth workers run assemblies on the dangers of carrying knives.',
    'Assemblies on consent and healthy relationships are delivered in all secondary schools.',
    'The youth service runs workshops on knife crime in every secondary school.',
    'Teaching about online safety is not consistent across primary schools.',
    'Lessons about grooming help pupils to recognise when they are being exploited.',
  ])('still early help: %s', (text) => {
    expect(themes(text)).toContain('early-help');
  });
});

describe('T2 early help: a need found earlier than before, not "earlier" as a time before', () => {
  it.each([
    'Concerns that were raised earlier were not acted on.',
    'Information known earlier by the school was not shared with social workers.',
    'The child had been seen by the GP a week earlier, but no referral was made.',
    'The young person was supported by a youth worker earlier, but this ended when he moved school.',
    'The mother had been seen by the midwife two days earlier.',
  ])('not early help: %s', (text) => {
    expect(themes(text)).not.toContain('early-help');
  });
  it.each([
    'Health visitors now identify speech and language delay earlier than before.',
    'Health visitors identify speech delay earlier than they did two years ago.',
  ])('now early help: %s', (text) => {
    expect(themes(text)).toContain('early-help');
  });
  it.each([
    'Victims of domestic abuse are reached earlier through the new outreach service.',
    'Families are helped earlier, so fewer children need a statutory service.',
  ])('still early help: %s', (text) => {
    expect(themes(text)).toContain('early-help');
  });
});

describe('T3 family engagement: not "the family" describing another noun, nor foster carers told', () => {
  it.each([
    'The family hub staff were not told about the referral.',
    'The family court was told that the mother had engaged with treatment.',
    'The family social worker was not told about the arrest.',
    'The family support worker was not informed of the strategy discussion.',
    'Foster carers are not always told about a child\'s history of going missing.',
  ])('not family engagement: %s', (text) => {
    expect(themes(text)).not.toContain('family-engagement');
  });
  it.each([
    'Parents are not always told the outcome of the strategy discussion.',
    'Families receive a clear written explanation of why the police were called.',
    'The family was not told why the referral had been closed.',
  ])('still family engagement: %s', (text) => {
    expect(themes(text)).toContain('family-engagement');
  });
});

describe('A1 partnership: not one body\'s own safeguarding arrangements', () => {
  it.each([
    'Headteachers review the safeguarding arrangements with governors each term.',
    'Leaders in the college review the safeguarding arrangements every year.',
    'The hospital has strong processes, and the safeguarding arrangements are well understood by ward staff.',
    'The safeguarding arrangements are checked when a child joins the school, and staff follow them well.',
    'Contractors who work in schools are not always aware of the safeguarding arrangements that apply to them.',
  ])('not the partnership: %s', (text) => {
    expect(agencies(text)).not.toContain('safeguarding-partnership');
  });
  it.each([
    'Community groups are not well connected to the safeguarding arrangements.',
    'Independent scrutiny of the safeguarding arrangements is underdeveloped.',
    'The safeguarding arrangements have been revised since the last inspection, and partners are clear about their roles.',
  ])('still the partnership: %s', (text) => {
    expect(agencies(text)).toContain('safeguarding-partnership');
  });
});

describe('T4 joint working: co-located staff who decide, agree or discuss together', () => {
  it.each([
    'The co-located team of police, health and social care staff makes decisions together.',
    'Staff from the police and children\'s social care are co-located, which helps them to share information and agree actions quickly.',
    'Being co-located with police officers means that social workers can agree next steps with them straight away.',
    'Police officers co-located with social workers in the MASH enable immediate discussion of risk.',
  ])('now joint working: %s', (text) => {
    expect(themes(text)).toContain('joint-working');
  });
  it.each(['A health practitioner is co-located in the hub.', 'Funding for a co-located exploitation team has been agreed.'])(
    'still not joint working: %s',
    (text) => {
      expect(themes(text)).not.toContain('joint-working');
    },
  );
});

// Not fixed: "Referrals for children at risk of radicalisation are screened within a day by experienced social workers" (T5) still
// loses front door: "social" or "screened" as not-in-sentence words would bring back two dev extras (r17-35, r19-21).
describe('T5 front door: a referral beside Channel that is passed on or sent to children\'s social care', () => {
  it.each([
    'The Channel panel is well attended. Referrals from schools to children\'s social care are of good quality.',
    'Referrals from the police about children exposed to extremist material are passed to children\'s social care the same day.',
  ])('now front door: %s', (text) => {
    expect(themes(text)).toContain('front-door');
  });
  it.each([
    'Schools make appropriate referrals when pupils express extremist views.',
    'Referrals for children at risk of radicalisation are well handled.',
    'Few referrals come from schools, although concerns about radicalisation are rising.',
  ])('still not front door: %s', (text) => {
    expect(themes(text)).not.toContain('front-door');
  });
});

describe('T6 thresholds: a step down judged too soon is the level of need; a family\'s place after one is not', () => {
  it.each([
    'Children stepped down to early help too soon are often re-referred within months.',
    'Families stepped down from child protection plans too quickly often return to statutory services.',
  ])('now thresholds: %s', (text) => {
    expect(themes(text)).toContain('thresholds');
  });
  it.each([
    'Children who are stepped down from child in need plans keep their family support worker.',
    'Families who have been stepped down from child protection plans are offered early help.',
    'Step-down arrangements from social care to early help are effective.',
    'Families stepped down from statutory services do not receive the support they were promised.',
  ])('not thresholds: %s', (text) => {
    expect(themes(text)).not.toContain('thresholds');
  });
});

describe('T7 workforce: too few staff for the work, not too few attending; faith groups and volunteers in one sentence', () => {
  it.each([
    'Too few police officers attend initial child protection conferences.',
    'Too few health practitioners contribute to strategy discussions.',
    'The backlog of unallocated referrals has been reduced in size since the summer.',
    'Faith groups are represented on the partnership\'s community forum. Volunteers from a local charity run a youth club for young carers.',
    'Children who attend supplementary schools are safer because the police visit regularly; volunteers also patrol the park.',
  ])('not workforce: %s', (text) => {
    expect(themes(text)).not.toContain('workforce-training');
  });
  it.each([
    'There are too few health visitors to see every family at the new birth visit.',
    'Some social workers have too many cases to visit children as often as their plans require.',
    'The designated nurse\'s time is divided across three local authority areas.',
    'Mosques and churches have been helped to write safeguarding policies and to name a safeguarding lead.',
    'Sports clubs now have safeguarding champions who know how to raise a concern.',
  ])('still workforce: %s', (text) => {
    expect(themes(text)).toContain('workforce-training');
  });
});

describe('T8 assessment: not the partnership\'s assessment of demand, effectiveness or training needs', () => {
  it.each([
    'A recent assessment of demand in the MASH shows that police notifications have doubled.',
    'The partnership\'s assessment of its training needs identifies gaps in practitioners\' knowledge of neglect.',
    'The assessment of the partnership\'s effectiveness lacks independent challenge.',
    'Section 11 assessments from partner agencies show that most meet their duties.',
  ])('not assessment: %s', (text) => {
    expect(themes(text)).not.toContain('assessment');
  });
  it.each([
    'Assessments by social workers begin promptly and consider the child\'s history.',
    'Assessments in the early help service do not always consider the impact of domestic abuse.',
    'Health visitors\' assessments of new babies rarely record the father\'s views.',
    'Assessments of parenting capacity do not always consider the father.',
    'Assessments of the impact of abuse do not always consider the father.',
  ])('still assessment: %s', (text) => {
    expect(themes(text)).toContain('assessment');
  });
});

describe('A3 agencies: a predicate read past the place the subject is in and an aside after it', () => {
  it.each([
    ['Schools in the area, however, are not told when a child is arrested.', 'education'],
    ['Health visitors at the clinic, however, are not told when a family moves away.', 'health'],
    ['GPs across the area, for example, are not informed when a child protection plan ends.', 'health'],
  ])('in passing: %s', (text, id) => {
    expect(agencies(text)).not.toContain(id);
  });
  it.each([
    ['Schools, however, make appropriate referrals to children\'s social care.', 'education'],
    ['Health visitors in the team, however, receive regular supervision and say that it helps them.', 'health'],
  ])('still counted: %s', (text, id) => {
    expect(agencies(text)).toContain(id);
  });
});

describe('early help: youth work in hospital with injured young people, where help is named (the tenth both-ways round)', () => {
  it.each([
    'Youth workers in the emergency department meet young people injured in stabbings and offer them mentoring.',
    'A navigator based on the children\'s ward sees every teenager admitted after an assault. Many accept support after they leave hospital.',
  ])('early help: %s', (text) => {
    expect(themes(text)).toContain('early-help');
  });
  it.each([
    'Teenagers injured in street stabbings are seen by youth workers in the emergency department.',
    'Leaders seek help from one another. Data from the emergency department is shared with the youth offending service.',
  ])('not early help: %s', (text) => {
    expect(themes(text)).not.toContain('early-help');
  });
});
