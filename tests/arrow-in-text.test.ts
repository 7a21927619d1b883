// An arrow is a bullet's glyph (helper 8at read the arrows block as one) but also a word of running text
// ("rose from 120 in 2019 → 150 in 2020"): wrapped to a line's start, it must not open a bullet, as a dash
// does not (blocks.ts, dashInText). Reviewer rv18.
import { describe, expect, it } from 'vitest';
import { parseSource } from '../src/parse.js';

const FRONT = ['1 March 2024', '', 'Dear Testshire Safeguarding Partnership', '', 'Joint targeted area inspection of Testshire', '', 'Main findings', ''];
const CLOSE = ['', 'Next steps', '', 'The local authority should prepare a written statement of proposed action by 1 July 2024.', '', 'Yours sincerely'];
const main = async (body: string[]) => {
  const result = await parseSource({ file: 'arrow.txt', bytes: new TextEncoder().encode([...FRONT, ...body, ...CLOSE].join('\n')) });
  return result.findings.filter((f) => f.section === 'main-findings').map((f) => [f.form, f.text]);
};

describe('an arrow wrapped to the start of a line of running text', () => {
  // Before: "150 in 2020, ..." read as a bullet of its own, the sentence cut at the arrow.
  it.each([['\u2192'], ['\u21D2'], ['\u2191']])('%s stays in its sentence', async (arrow) => {
    expect(await main([
      'Leaders know their area well. Referrals to the front door rose from 120 in 2019',
      `${arrow} 150 in 2020, and partners have planned for that rise well together.`,
      '',
      'Referrals to the front door are mostly timely and well made.',
    ])).toEqual([
      ['paragraph', `Leaders know their area well. Referrals to the front door rose from 120 in 2019 ${arrow} 150 in 2020, and partners have planned for that rise well together.`],
      ['paragraph', 'Referrals to the front door are mostly timely and well made.'],
    ]);
  }, 30_000);

  it('still opens each item of a list of arrows, items without punctuation included', async () => {
    expect(await main([
      'Partners have planned well together:',
      '\u2192 leaders know their area well',
      '\u2192 referrals to the front door are mostly timely and well made',
      '\u2192 health visitors share what they know with social workers.',
    ])).toEqual([
      ['paragraph', 'Partners have planned well together:'],
      ['bullet', 'leaders know their area well'],
      ['bullet', 'referrals to the front door are mostly timely and well made'],
      ['bullet', 'health visitors share what they know with social workers.'],
    ]);
  }, 30_000);
});
