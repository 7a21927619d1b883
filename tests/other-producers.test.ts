import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../src/types.js';
import { fixture, parsed } from './helpers.js';

// A letter written again by another PDF producer reads as the published letter does. Each PDF in
// fixtures/other-producers is a letter of fixtures/letters re-written by a producer (named before
// `.pdf`): cairo (`pdftocairo -pdf`, as a Linux desktop's "print to file" writes) sets every glyph
// run apart and draws a space item narrower than any space where the font changes.

const rewritten = readdirSync(fixture('other-producers')).filter((name) => name.endsWith('.pdf')).sort();

const reading = (result: ParseResult) => ({
  letter: result.letter,
  findings: result.findings.map((f) => ({ section: f.section, subsection: f.subsection, text: f.text, pages: f.pages, footnotes: f.footnotes ?? [] })),
});

describe('a letter re-written by another producer', () => {
  it('has fixtures', () => {
    expect(rewritten.length).toBeGreaterThan(0);
  });

  it.each(rewritten)('%s reads as the published letter', async (name) => {
    const original = name.replace(/\.[a-z]+\.pdf$/, '.pdf');
    const again = await parsed(`other-producers/${name}`);
    expect(reading(again)).toEqual(reading(await parsed(`letters/${original}`)));
    expect(again.accounting.balanced).toBe(true);
  });
});
