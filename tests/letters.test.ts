import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture, parsed } from './helpers.js';

// Every real letter, against counts established by reading the PDFs by eye (fixtures/COUNTS.md
// says how), without the tool: bullets per section and sub-heading, main-findings paragraphs,
// dates, deadline and theme.
interface Expected {
  layout: string;
  letterDate: string;
  inspectionStart: string;
  inspectionEnd: string;
  statementDue: string | null;
  theme: string;
  bullets: Record<string, number | Record<string, number>>;
  mainFindingsParagraphs: number | null;
  mainFindingsParagraphsBySubheading?: Record<string, number> | null;
}
const expected = JSON.parse(readFileSync(fixture('expected-counts.json'), 'utf8')) as Record<string, Expected>;
const letters = Object.keys(expected).sort();

// Our theme ids name the deep-dive series; the counts file spells two of them out in full.
const THEME_IDS: Record<string, string> = {
  'child-sexual-exploitation-and-missing': 'child-sexual-exploitation',
  'child-sexual-abuse-in-the-family-environment': 'sexual-abuse-in-the-family',
};

const plainQuotes = (text: string) => text.replace(/[\u2018\u2019]/g, "'");

describe.each(letters)('%s', (name) => {
  const want = expected[name]!;

  it('has its layout, dates, deadline and theme', async () => {
    const { letter, unknownHeadings } = await parsed(`letters/${name}.pdf`);
    expect(letter.layout).toBe(want.layout);
    expect(letter.date).toBe(want.letterDate);
    expect(letter.inspectionStart).toBe(want.inspectionStart);
    expect(letter.inspectionEnd).toBe(want.inspectionEnd);
    expect(letter.statementDue).toBe(want.statementDue);
    expect(letter.theme).toBe(THEME_IDS[want.theme] ?? want.theme);
    expect(letter.area).toBeTruthy();
    expect(unknownHeadings).toEqual([]);
  });

  it('has the bullets counted by eye, per section and sub-heading', async () => {
    const result = await parsed(`letters/${name}.pdf`);
    for (const [section, count] of Object.entries(want.bullets)) {
      const bullets = result.findings.filter((f) => f.section === section && f.form === 'bullet');
      if (typeof count === 'number') {
        expect(bullets.length, section).toBe(count);
      } else {
        const bySubsection: Record<string, number> = {};
        for (const f of bullets) bySubsection[f.subsection ?? ''] = (bySubsection[f.subsection ?? ''] ?? 0) + 1;
        const wanted = Object.fromEntries(Object.entries(count).map(([heading, n]) => [plainQuotes(heading), n]));
        expect(bySubsection, section).toEqual(wanted);
      }
    }
  });

  it.runIf(want.mainFindingsParagraphs !== null)('has the main-findings paragraphs counted by eye', async () => {
    const result = await parsed(`letters/${name}.pdf`);
    const mainSections = result.sections.filter((s) => s.kind === 'main-findings' && /^main findings$/i.test(s.heading));
    const paragraphs = result.findings.filter(
      (f) => f.section === 'main-findings' && mainSections.some((s) => f.span[0] >= s.span[0] && f.span[1] <= s.span[1]),
    );
    expect(paragraphs.length).toBe(want.mainFindingsParagraphs!);
    if (want.mainFindingsParagraphsBySubheading) {
      const bySubsection: Record<string, number> = {};
      for (const f of paragraphs) bySubsection[f.subsection ?? ''] = (bySubsection[f.subsection ?? ''] ?? 0) + 1;
      expect(bySubsection).toEqual(want.mainFindingsParagraphsBySubheading);
    }
  });

  it('keeps footnotes, their markers and page numbers out of the findings', async () => {
    const { findings, letter } = await parsed(`letters/${name}.pdf`);
    for (const finding of findings) {
      expect(finding.text).not.toMatch(/section 20 of the Children Act|Joint Area Reviews\) Regulations|Pseudonym used|^\d{1,3}$|[A-Za-z]\*(?=\s|$)|[¹²³]/);
    }
    // Every recipient is a person: no line of a wrapped role taken for a name.
    for (const recipient of letter.recipients) expect(recipient.name).toMatch(/^(?:Dr |Cllr |Professor )?[A-Z][A-Za-z'-]+ /);
  });

  it('sets no space before a colon, semicolon or comma that follows a word', async () => {
    // Liverpool's 'an abusive relationship: ‘The group...', its colon set slanted and pdf.js ending the line before it, read 'relationship :'.
    const { findings } = await parsed(`letters/${name}.pdf`);
    for (const finding of findings) expect(finding.text, finding.id).not.toMatch(/\w [:;,](?=\s|$)/);
  });

  it('accounts for every character of every page exactly once (nothing lost)', async () => {
    const { accounting } = await parsed(`letters/${name}.pdf`);
    expect(accounting.unassigned).toEqual([]);
    expect(accounting.claimedTwice).toBe(0);
    expect(accounting.balanced).toBe(true);
    expect(accounting.findings / accounting.pageChars).toBeGreaterThan(0.9);
  });

  it('puts nearly every character of the body in a finding, heading or lead-in', async () => {
    const { coverage } = await parsed(`letters/${name}.pdf`);
    expect(coverage.bodyChars).toBeGreaterThan(5000);
    expect(coverage.unassignedChars / coverage.bodyChars).toBeLessThan(0.005);
  });
});
