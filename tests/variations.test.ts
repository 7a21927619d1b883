import { describe, expect, it } from 'vitest';
import { parseSource } from '../src/parse.js';

// Variations that CONTEXT.md says occur across the published letters but that the thirteen
// samples do not all show. Each case is a small letter in the real wording, through the real
// pipeline (as a text file, as a user might paste it).
async function parseText(text: string) {
  return parseSource({ file: 'variation.txt', bytes: new TextEncoder().encode(text) });
}

const front = (title: string) => `3 August 2018

Jane Smith, Director of Children's Services, Medway Council
John Brown, Chief Constable, Kent Police

Dear local partnership

${title}
`;

describe('letter variations', () => {
  it('findings printed as plain paragraphs, with no bullet glyphs', async () => {
    const result = await parseText(`${front('Joint targeted area inspection of the multi-agency response to domestic abuse in Medway')}
Between 18 June and 22 June 2018, Ofsted, the Care Quality Commission (CQC), HMI Constabulary (HMIC) and HMI Probation (HMI Prob) undertook a joint inspection.

Key strengths

Leaders across the partnership are ambitious for children.

Social workers see children regularly and know them well.

Areas for improvement

Police officers do not always record the presence of children at domestic abuse incidents.
`);
    expect(result.findings.filter((f) => f.section === 'key-strengths').map((f) => [f.form, f.stance])).toEqual([
      ['paragraph', 'strength'],
      ['paragraph', 'strength'],
    ]);
    expect(result.findings.filter((f) => f.section === 'areas-for-improvement')).toHaveLength(1);
  });

  it('"there are no areas for priority action" as a bullet is no finding, and marks the section', async () => {
    const result = await parseText(`${front('Joint targeted area inspection of the multi-agency response to domestic abuse in Medway')}
Between 18 and 22 June 2018, inspectors visited.

Areas for priority actions

■ There are no areas for priority action.

Key Strengths

■ Leaders are ambitious for children.
`);
    const priority = result.sections.find((s) => s.kind === 'priority-actions')!;
    expect(priority.none).toBe(true);
    expect(result.findings.filter((f) => f.section === 'priority-actions')).toEqual([]);
    expect(result.findings.filter((f) => f.section === 'key-strengths')).toHaveLength(1);
  });

  it('numbered main-findings paragraphs, nested sub-bullets, and a lead-in', async () => {
    const result = await parseText(`${front('Joint targeted area inspection of Medway')}
This letter summarises the findings of the joint targeted area inspection (JTAI) of the multi-agency response to criminal exploitation in Medway.

This inspection took place from 16 May to 20 May.

What needs to improve?

Leaders need to ensure that:

◼ information is shared promptly between agencies, including:
− the police and children's social care
− schools and health services
◼ children are seen alone.

Main findings

1. Strategic leaders know their communities well.

2. Practitioners in the MASH make timely decisions.
`);
    const improve = result.findings.filter((f) => f.section === 'what-needs-to-improve');
    expect(improve.map((f) => [f.text, f.parent === null])).toEqual([
      ['information is shared promptly between agencies, including:', true],
      ["the police and children's social care", false],
      ['schools and health services', false],
      ['children are seen alone.', true],
    ]);
    expect(improve[1]!.parent).toBe(improve[0]!.id);
    expect(improve[0]!.leadIn).toBe('Leaders need to ensure that:');
    expect(result.findings.filter((f) => f.section === 'main-findings').map((f) => f.text)).toEqual([
      'Strategic leaders know their communities well.',
      'Practitioners in the MASH make timely decisions.',
    ]);
    // A fieldwork range with no year takes the letter's.
    expect([result.letter.inspectionStart, result.letter.inspectionEnd]).toEqual(['2018-05-16', '2018-05-20']);
    expect(result.letter.layout).toBe('2022+');
  });

  it('a title that names no area, a two-digit year, and a weekday kept as written', async () => {
    const result = await parseText(`${front('Joint targeted area inspection of the multi-agency response to abuse and neglect')}
Between 18 and 22 June 18, Ofsted, the Care Quality Commission (CQC) and HMI Constabulary (HMIC) undertook a joint inspection of the multi-agency response to abuse and neglect in Medway.

Key strengths

 Leaders are ambitious for children.

Next steps

The director of children's services should send the written statement of action to ProtectionOfChildren@ofsted.gov.uk by Tuesday 12 November 18.
`);
    // "abuse and neglect" is the 2016-19 programme's scope, not a theme (755c6113): with no deep-dive sentence the theme is null.
    expect(result.letter).toMatchObject({ area: 'Medway', inspectionStart: '2018-06-18', inspectionEnd: '2018-06-22', statementDue: '2018-11-12', theme: null });
    expect(result.warnings).toContainEqual(expect.stringMatching(/theme is null/));
    expect(result.letter.inspectorates).toEqual(['Ofsted', 'CQC', 'HMICFRS']);
  });

  it('a wrapped line that reads like a partnership heading stays in its bullet', async () => {
    const result = await parseText(`${front('Joint targeted area inspection of Kirklees')}
This letter summarises the findings of the joint targeted area inspection (JTAI) of the multi-agency response to criminal exploitation in Kirklees.

What needs to improve?

◼ The recording of the work and decision-making of the
Kirklees Safeguarding Children Partnership (KSCP).
◼ Contingency planning for children in care.

Kirklees Safeguarding Children Partnership (KSCP)

The partners know their area well.
`);
    expect(result.findings.filter((f) => f.section === 'what-needs-to-improve').map((f) => f.text)).toEqual([
      'The recording of the work and decision-making of the Kirklees Safeguarding Children Partnership (KSCP).',
      'Contingency planning for children in care.',
    ]);
    expect(result.sections.map((s) => s.kind)).toEqual(['summary', 'what-needs-to-improve', 'partnership']);
  });

  it('a letter with no deadline for the statement of action', async () => {
    const result = await parseText(`${front('Joint targeted area inspection of Medway')}
This letter summarises the findings of the joint targeted area inspection (JTAI) of the multi-agency response to serious youth violence in Medway.

Headline findings

Children are safer.

Next steps

We have determined that Medway is the principal authority.
`);
    expect(result.letter.statementDue).toBeNull();
  });

  it('a dash that wraps to the start of a line is running text, not a sub-bullet', async () => {
    const result = await parseText(`${front('Joint targeted area inspection of the multi-agency response to abuse and neglect in Liverpool')}
Between 20 and 24 June, inspectors visited.

Areas for improvement

■ Ineffective performance management and quality assurance
– particularly within children's social care – prevent senior managers from acting.
■ Plans are not updated.
`);
    expect(result.findings.filter((f) => f.section === 'areas-for-improvement').map((f) => [f.text.slice(0, 40), f.parent])).toEqual([
      ['Ineffective performance management and q', null],
      ['Plans are not updated.', null],
    ]);
    expect(result.letter.inspectionStart).toBe('2018-06-20');
  });

  it('a bare "Practice study:" heading opens a case study, titled by the line after it', async () => {
    const result = await parseText(`${front('Joint targeted area inspection of Medway')}
This letter summarises the findings of the joint targeted area inspection (JTAI) of the multi-agency response to serious youth violence in Medway.

Main findings

Leaders know their area well.

Practice study:

Support for Sam

Sam was helped quickly.

Next steps

Medway should send the written statement of action by 9 August 2023.
`);
    const study = result.sections.find((s) => s.kind === 'case-study-practice')!;
    expect(study.title).toBe('Support for Sam');
    expect(result.findings.filter((f) => f.section === 'case-study-practice').map((f) => f.text)).toEqual(['Sam was helped quickly.']);
  });

  it('a later letter with its opening but no known heading has no sections', async () => {
    await expect(parseText(`${front('Joint targeted area inspection of Medway')}
This letter summarises the findings of the joint targeted area inspection (JTAI) of the multi-agency response to serious youth violence in Medway.

Some notes with no headings at all.
`)).rejects.toMatchObject({ code: 'no-sections' });
  });
});
