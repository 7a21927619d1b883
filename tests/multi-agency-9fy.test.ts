import { describe, expect, it } from 'vitest';
import { defaultRules } from '../src/rules.js';
import { tagText } from '../src/tag/match.js';

// Multi-agency readings of issue 9's sixty-sixth step (helper 9fy), each on sentences written for this test, none from a
// letter or a gold set. The "not" cases failed on the rules before (8850e5e1); the "still" cases pass on both.
const tagger = defaultRules().tagger;
const agencies = (text: string) => [...new Set(tagText(tagger, text).agencies.map((tag) => tag.path[0]))].sort();

describe('agency staff are temporary workers hired through a staffing agency, not agencies in general', () => {
  it.each([
    'Reliance on agency staff has fallen, and most social workers now stay for more than two years.',
    'A quarter of the team are agency workers, so children often see a new face.',
    'The council has cut its use of agency social workers by half since the spring.',
    'Two agency managers cover the assessment teams until permanent posts are filled.',
  ])('not multi-agency: %s', (text) => {
    expect(agencies(text)).not.toContain('multi-agency');
  });
  it.each([
    'Agencies do not always tell one another when a child moves school.',
    'Staff from every agency attend the weekly risk meeting.',
    'Multi-agency staff in the hub check records within hours.',
  ])('still multi-agency: %s', (text) => {
    expect(agencies(text)).toContain('multi-agency');
  });
});

describe("the partnership's multi-agency audits, dataset and courses are its own quality assurance, not agencies at work", () => {
  it.each([
    'The board has not completed a multi-agency audit of neglect for two years.',
    'Findings from multi-agency case audits are not followed up by the board.',
    'The safeguarding partners have built a multi-agency dataset, but it counts activity rather than impact.',
    'Few dentists attend the board’s multi-agency safeguarding courses on neglect.',
  ])('not multi-agency: %s', (text) => {
    expect(agencies(text)).not.toContain('multi-agency');
  });
  it.each([
    'Multi-agency working at the front door is strong.',
    'Multi-agency plans say who will do what by when.',
  ])('still multi-agency: %s', (text) => {
    expect(agencies(text)).toContain('multi-agency');
  });
});

describe('"the partners", "statutory partners" and "lead partners" are the statutory safeguarding partners, not agencies in general', () => {
  it.each([
    'The three statutory partners meet every month and keep to their decisions.',
    'The scrutineer has won the trust of the lead partners in the city.',
    "The partners' joint dataset now draws on figures from each of them.",
  ])('not multi-agency: %s', (text) => {
    expect(agencies(text)).not.toContain('multi-agency');
  });
  it.each([
    'Partners have a shared grasp of the threshold for help.',
    'Not all partners use the referral form.',
    'Partner agencies contribute reports to every review.',
  ])('still multi-agency: %s', (text) => {
    expect(agencies(text)).toContain('multi-agency');
  });
});

describe('the Channel panel and an exploitation panel or meeting are multi-agency forums, as strategy meetings are', () => {
  it.each([
    'The Channel panel gives careful thought to each young person and agrees support quickly.',
    'Decisions of the Channel panel are not always passed on to the young person’s school.',
    'The weekly exploitation meeting agrees clear actions for each child it discusses.',
  ])('multi-agency: %s', (text) => {
    expect(agencies(text)).toContain('multi-agency');
  });
  it.each(['The television channel ran a campaign about online safety for parents.'])('not multi-agency: %s', (text) => {
    expect(agencies(text)).not.toContain('multi-agency');
  });
});

describe("a multi-agency, joint or core group meeting or panel is multi-agency's own forum, not a forum named in passing", () => {
  it.each([
    'A multi-agency panel reviews every child at risk of exploitation each month.',
    'Joint meetings between the youth justice service and probation are held well before a young person turns 18.',
    'Core group meetings are held on time, but actions are carried forward without review.',
  ])('multi-agency: %s', (text) => {
    expect(agencies(text)).toContain('multi-agency');
  });
  it.each([
    'Social workers present each case at weekly police meetings.',
    'School nurses bring every concern to the monthly health panel.',
  ])("still another agency's forum in passing: %s", (text) => {
    expect(agencies(text)).toHaveLength(1);
  });
});

describe("health agencies are health's own; social workers employed through agencies are a staffing agency's", () => {
  it.each([
    'All local health agencies give priority to training on female genital mutilation.',
    'Half of the social workers in the duty team are employed through agencies.',
  ])('not multi-agency: %s', (text) => {
    expect(agencies(text)).not.toContain('multi-agency');
  });
  it.each(['Agencies across the county do not share a common view of neglect.', 'Practitioners in all agencies record the views of children well.'])(
    'still multi-agency: %s',
    (text) => {
      expect(agencies(text)).toContain('multi-agency');
    },
  );
});

describe('partners after the safeguarding partners named before them are those partners', () => {
  it.each([
    'The scrutineer has challenged the three safeguarding partners on their neglect strategy, and partners have responded well.',
    'The statutory partners meet every month. Partners have agreed a shared budget for training.',
  ])('not multi-agency: %s', (text) => {
    expect(agencies(text)).not.toContain('multi-agency');
  });
  it.each([
    'Partners have responded well to the rise in knife crime.',
    'Partner agencies attend every meeting, and partners share information promptly.',
  ])('still multi-agency: %s', (text) => {
    expect(agencies(text)).toContain('multi-agency');
  });
});
