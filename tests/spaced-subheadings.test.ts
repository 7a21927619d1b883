import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/parse.js';
import type { ParseResult } from '../src/types.js';
import { buildPdf, CLOSE, expectBalanced, FRONT, lines, type Text } from './letter-pdf.js';

// Sub-headings set apart by space alone (regular face, body size): a one-line paragraph with more
// space above it than the letter's usual gap between prose paragraphs. Each case is a small PDF
// built with the spacing that misled the rule, and what it must read is written by hand.

const heading = (text: string): Text => ({ text, bold: true, size: 13, y: 0 });
const STEP = 14;

/** Lines 14 pt apart from `top`; a number stands for that much more space before the next line. */
function spaced(top: number, entries: Array<string | Text | number>): Text[] {
  const out: Text[] = [];
  let y = top;
  for (const entry of entries) {
    if (typeof entry === 'number') {
      y -= entry;
      continue;
    }
    out.push(typeof entry === 'string' ? { text: entry, y } : { ...entry, y });
    y -= STEP;
  }
  return out;
}

const mainFindings = (result: ParseResult) => result.findings.filter((f) => f.section === 'main-findings').map((f) => [f.subsection, f.text]);
const P1 = ['Leaders know their area well and the partnership works closely together, and they', 'share one plan for the front door.'];
const P3 = ['Health visitors share what they know about families with social workers, and the', 'police attend strategy meetings.'];
const P4 = ['Children are seen quickly and their views are recorded well by the social workers', 'who visit them.'];

describe('the usual gap between paragraphs, in a letter that spaces its bullets closer than its paragraphs', () => {
  // As Haringey, Liverpool and Sefton do: bullets 20.5 pt apart (baseline to baseline), paragraphs 27 to 30.
  const BULLET_GAP = 7;
  const PROSE_GAP = 16;
  const SHORT = 'Leaders know the quality of practice in the front door';

  it('is measured over prose alone: a short paragraph after the usual prose gap is text, not a sub-heading', async () => {
    const bullets = ['The quality of referrals from schools', 'The timeliness of strategy meetings', 'Health attendance at case conferences', 'The use of chronologies in the front door', 'Supervision of social workers', 'Training for GPs on neglect'];
    const front = lines(780, FRONT);
    const texts = [...front, ...spaced(front[front.length - 1]!.y - 26, [
      heading('What needs to improve?'), 12,
      ...bullets.flatMap((text, i) => (i === 0 ? [`\u2022 ${text}`] : [BULLET_GAP, `\u2022 ${text}`])), 12,
      heading('Main findings'), 12,
      ...P1, PROSE_GAP, SHORT, PROSE_GAP, ...P3, PROSE_GAP, ...P4, 12,
    ])];
    const last = texts[texts.length - 1]!.y;
    const result = await parseFile(await buildPdf('spaced-bullets-closer.pdf', [{ texts: [...texts, ...lines(last - 14, CLOSE.slice(1))] }]));
    expect(result.findings.filter((f) => f.section === 'what-needs-to-improve')).toHaveLength(6);
    expect(SHORT.split(' ').length).toBeLessThanOrEqual(12);
    // Measured over the bullets too, the usual gap was theirs (5 gaps against 3), and the short
    // paragraph, half a line further from the one above, headed the last two as a sub-heading.
    expect(mainFindings(result)).toEqual([[null, P1.join(' ')], [null, SHORT], [null, P3.join(' ')], [null, P4.join(' ')]]);
    expectBalanced(result);
  });
});

describe('a line set apart by space alone, whatever its length', () => {
  // Length cannot tell: the real letters' longest sub-heading (Kirklees, 94 characters and 13 words,
  // on one line when set in the body's size) is longer than their shortest prose paragraph (88
  // characters, 13 words: "Leaders have acknowledged the learning for this child and are taking
  // appropriate action."). What tells is the full stop: all but one of their 334 prose paragraphs
  // end a sentence, and that one runs over several lines. This guards the rule as it stands.
  const LONGEST = 'Multi-agency practice with children who are at risk of, or experiencing, criminal exploitation';
  const build = async (name: string, line: string) => {
    const texts = lines(780, [...FRONT, heading('Main findings'), '', ...P1, '', '', line, '', ...P3, '', ...P4, ...CLOSE]);
    return parseFile(await buildPdf(name, [{ texts }]));
  };

  it('as long as the real letters\' longest sub-heading is a sub-heading', async () => {
    expect([LONGEST.length, LONGEST.split(' ').length]).toEqual([94, 13]);
    const result = await build('spaced-subheading-longest.pdf', LONGEST);
    expect(mainFindings(result)).toEqual([[null, P1.join(' ')], [LONGEST, P3.join(' ')], [LONGEST, P4.join(' ')]]);
    expectBalanced(result);
  });

  it('ending a sentence, it is a paragraph, however much space stands above it', async () => {
    const sentence = 'Leaders have acknowledged the learning for this child and are taking appropriate action.';
    const result = await build('spaced-line-sentence.pdf', sentence);
    expect(mainFindings(result)).toEqual([[null, P1.join(' ')], [null, sentence], [null, P3.join(' ')], [null, P4.join(' ')]]);
    expectBalanced(result);
  });
});
