import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { parseFile } from '../src/parse.js';
import { observePageBreaks, type PageBreakReading } from '../src/segment/blocks.js';
import { endsSentence, startsUpper } from '../src/segment/lines.js';
import { fixture, parsed, REAL_LETTERS, tempDir } from './helpers.js';
import { A4_PAGE, layPieces, type PageBreak, piecesOf, settable } from './typeset.js';

// The page-break census: every page break where a sentence ends at the page's foot and the next
// page opens with a capital, the evidence row of `endsAtPageBreak` (src/segment/blocks.ts) that
// decided it, the decision, and the truth from outside jtai's decision. Two parts:
//
// 1. Every real input that is a letter (fixtures/letters, and ../shared/letters and ../shared/pdfs
//    where present; an input jtai refuses is no letter and is left out):
//   each such break listed with its truth, written by hand from reading the letter (`REAL_TRUTH`,
//    a reason each). The test fails on a break not listed, a listed one gone, or a decision that
//    differs from the truth.
// 2. The 13 letters' own wording re-set on A4's width in Helvetica 11 pt at page heights 842 down
//    to 700 pt every 6 pt (the fourteenth round's first draw) and 3 pt off those (its second draw):
//    the truth is whether the page break falls inside a piece (the paragraph runs on) or before one
//    (a new paragraph), as laid. The pieces are jtai's reading of the real letters, but no real
//    letter's break is decided by the letter's lengths (part 1: every one is decided by what its
//    page shows), so the truth here does not come from the rule being measured. The counts are
//    pinned (`RESET_COUNTS`): a change to the rule that moves them must say so here.
//
// Printed with JTAI_CENSUS=1 (each break of part 1, each error of part 2, and the tables).

interface Seen {
  file: string;
  page: number;
  row: PageBreakReading['row'];
  ends: boolean;
  last: string;
  next: string;
  /** The lengths' odds of two paragraphs against one (null where the letter shows too few or the block is no paragraph): watched, whatever row decided. */
  odds: number | null;
}

/** Parses a file, watching its page breaks where a sentence ends at the foot and a capital opens the next page. */
async function census(file: string): Promise<Seen[]> {
  const seen: Seen[] = [];
  observePageBreaks((reading) => {
    if (!endsSentence(reading.last.text) || !startsUpper(reading.next.text)) return;
    seen.push({ file, page: reading.next.page, row: reading.row, ends: reading.ends, last: reading.last.text.trim().slice(-40), next: reading.next.text.trim().slice(0, 40), odds: reading.odds });
  });
  try {
    await parseFile(file);
  } catch {
    // A refused input is no letter (../shared/pdfs holds other reports): no break of it is counted.
    return [];
  } finally {
    observePageBreaks(null);
  }
  return seen;
}

afterEach(() => observePageBreaks(null));

const print = process.env.JTAI_CENSUS === '1';

/**
 * The truth of each real break, written by hand from the letter's page (file, the new page's
 * number, and the next page's opening words, which pin the break): 'end' a new paragraph, 'on' the
 * same paragraph; each with the reason read.
 */
const REAL_TRUTH: Array<{ file: string; page: number; opens: string; truth: 'end' | 'on'; why: string }> = [
  { file: 'derby-2019-05-08.pdf', page: 2, opens: 'The DSCB has successfully engaged', truth: 'end', why: 'the last line stops short of the measure after "(DSCB)."; the new page opens another point (the board\'s engagement)' },
  { file: 'hampshire-2017-02-01.pdf', page: 2, opens: 'Strategic arrangements for responding', truth: 'end', why: 'the last line is "of the work." alone, far short; the new page opens the next topic' },
  { file: 'hertfordshire-2024-12-12.pdf', page: 6, opens: 'Alongside other agencies, the local', truth: 'end', why: 'a quotation ("life changing") closes a practice example; the new page stands a paragraph\'s space below the top and opens another agency\'s work' },
  { file: 'hertfordshire-2024-12-12.pdf', page: 7, opens: 'The application of knowledge and learnin', truth: 'end', why: 'the new page stands a paragraph\'s space low and opens a new point (practitioners\' learning)' },
  { file: 'hertfordshire-2024-12-12.pdf', page: 9, opens: 'The out-of-hours social work service', truth: 'end', why: 'the last line "for next steps." stops far short; a new service is the subject' },
  { file: 'hertfordshire-2024-12-12.pdf', page: 11, opens: 'Practitioners create safety plans with', truth: 'end', why: 'the last line "centres." is one word; a new point follows' },
  { file: 'kirklees-2022-08-18.pdf', page: 3, opens: 'Individual agencies singularly provide', truth: 'end', why: 'the new page stands a paragraph\'s space low; the sentence before closes a point on performance data' },
  { file: 'kirklees-2022-08-18.pdf', page: 4, opens: 'The police force\'s children vulnerable', truth: 'end', why: 'the last line stops short; the police\'s own team is a new point' },
  { file: 'leeds-2024-05-16.pdf', page: 7, opens: 'There are multiple regular professional', truth: 'end', why: 'the last line "and sustainable." stops far short' },
  { file: 'liverpool-2016-08-03.pdf', page: 10, opens: 'These girls and young women are now', truth: 'end', why: 'a quotation\'s last line stops short; the case study\'s outcome follows as its own paragraph' },
  { file: 'liverpool-2016-08-03.pdf', page: 11, opens: 'The local authority should send the writ', truth: 'end', why: 'the next-steps paragraph ends short; the statement\'s deadline is the letter\'s closing paragraph' },
  { file: 'medway-2018-08-03.pdf', page: 5, opens: 'However, progress has been slow since th', truth: 'on', why: 'a bullet\'s second paragraph, set at the bullet\'s text indent ("However" answers the sentence before)' },
  { file: 'sefton-2019-12-18.pdf', page: 14, opens: 'Children are appropriately seen out of h', truth: 'on', why: 'set at the item\'s text indent, no glyph: the same finding on out-of-hours work goes on' },
  { file: 'wokingham-2017-07-14.pdf', page: 3, opens: 'A small number of examples were identifie', truth: 'end', why: 'the last line stops short after "such as the police."; the text version (wokingham-2017-07-14.txt) has a blank line here' },
  { file: 'wokingham-2017-07-14.typeset.pdf', page: 3, opens: 'A small number of examples were identifie', truth: 'end', why: 'as in the original PDF: the text version has a blank line here' },
  { file: 'wokingham-2017-07-14.typeset.pdf', page: 11, opens: 'Children\'s social care commenced work wi', truth: 'on', why: 'the text version runs this sentence on in the same item (no blank line, no glyph)' },
];

/** Every real input that is present: the repository's letters and the shared folders beside it. */
function realInputs(): string[] {
  const files = readdirSync(fixture('letters')).map((name) => fixture(`letters/${name}`));
  for (const dir of [join(fixture('letters'), '../../../shared/letters'), join(fixture('letters'), '../../../shared/pdfs')]) {
    try {
      for (const name of readdirSync(dir)) if (/\.(pdf|txt)$/.test(name) && !readdirSync(fixture('letters')).includes(name)) files.push(join(dir, name));
    } catch {
      // Not on this machine.
    }
  }
  return files;
}

describe('page-break census', () => {
  it('every real input: each break where a sentence ends at the foot, its evidence row, decision and truth', async () => {
    const seen: Seen[] = [];
    for (const file of realInputs()) seen.push(...(await census(file)));
    const name = (file: string) => file.split('/').pop()!;
    const rows: string[] = [];
    const unlisted: string[] = [];
    for (const each of seen) {
      const truth = REAL_TRUTH.find((t) => t.file === name(each.file) && t.page === each.page && each.next.startsWith(t.opens.slice(0, 30)));
      if (!truth) unlisted.push(`${name(each.file)} p${each.page} "${each.next}"`);
      rows.push(`| ${name(each.file)} | ${each.page} | ...${each.last} / ${each.next}... | ${each.row} | ${each.ends ? 'end' : 'on'} | ${truth?.truth ?? '?'} | ${each.odds?.toFixed(2) ?? '-'} |`);
    }
    if (print) console.log(['| input | page | break | row | read | truth | lengths\' odds |', '|---|---|---|---|---|---|---|', ...rows].join('\n'));
    expect(unlisted).toEqual([]);
    // Every listed break is still there (shared folders absent on a clean clone are not asked for).
    const present = new Set(realInputs().map(name));
    const gone = REAL_TRUTH.filter((t) => present.has(t.file) && !seen.some((s) => name(s.file) === t.file && s.page === t.page));
    expect(gone.map((t) => `${t.file} p${t.page}`)).toEqual([]);
    const wrong = seen.filter((s) => REAL_TRUTH.some((t) => t.file === name(s.file) && t.page === s.page && (t.truth === 'end') !== s.ends));
    expect(wrong.map((s) => `${name(s.file)} p${s.page} ${s.row}`)).toEqual([]);
  }, 600_000);

  it('the 13 letters re-set at page heights 842-700 pt: true ends and run-ons, row by row', async () => {
    const dir = tempDir('jtai-page-break-census-');
    const { WIDTH, MARGIN, SIZE, STEP } = A4_PAGE;
    const tally = new Map<string, { endEnd: number; endOn: number; onOn: number; onEnd: number }>();
    const errors: string[] = [];
    const draws: Record<string, number[]> = { first: [], second: [] };
    for (let height = 842; height >= 700; height -= 6) draws.first!.push(height);
    for (let height = 839; height >= 703; height -= 6) draws.second!.push(height);
    const totals: Record<string, { falseJoins: number; falseSplits: number; right: number }> = {};
    for (const [draw, heights] of Object.entries(draws)) {
      totals[draw] = { falseJoins: 0, falseSplits: 0, right: 0 };
      for (const letter of REAL_LETTERS) {
        const pieces = piecesOf(await parsed(`letters/${letter}.pdf`));
        for (const height of heights) {
          const pdf = await PDFDocument.create();
          const font = await pdf.embedFont(StandardFonts.Helvetica);
          const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
          const breaks: PageBreak[] = [];
          const pages = layPieces(pdf, pieces, { width: WIDTH, height, margin: MARGIN, size: SIZE, step: STEP }, {
            clean: settable(font, SIZE), fontOf: (piece) => (piece.bold ? bold : font), sizeOf: (piece) => (piece.heading ? SIZE * 1.15 : SIZE), glyphFont: font, breaks,
          });
          pages.forEach((page, i) => page.drawText(String(i + 1), { x: WIDTH / 2, y: MARGIN / 2, size: 9, font }));
          const file = join(dir, `${letter}-${height}.pdf`);
          writeFileSync(file, await pdf.save({ useObjectStreams: false }));
          for (const each of await census(file)) {
            const laid = breaks[each.page - 2];
            if (!laid) continue;
            const truth = laid.within ? 'on' : 'end';
            const key = `${each.row}${pieces[laid.piece]?.finding?.form === 'paragraph' || !pieces[laid.piece]?.finding ? '' : ' (a bullet)'}`;
            const row = tally.get(key) ?? { endEnd: 0, endOn: 0, onOn: 0, onEnd: 0 };
            if (truth === 'end') each.ends ? row.endEnd++ : row.endOn++;
            else each.ends ? row.onEnd++ : row.onOn++;
            tally.set(key, row);
            const total = totals[draw]!;
            if ((truth === 'end') === each.ends) total.right++;
            else {
              truth === 'end' ? total.falseJoins++ : total.falseSplits++;
              errors.push(`${draw} ${letter} at ${height} pt, page ${each.page}: ${each.row} (odds ${each.odds?.toFixed(2) ?? '-'}), read ${each.ends ? 'end' : 'on'}, truth ${truth}: "...${each.last}" / "${each.next}..."`);
            }
          }
        }
      }
    }
    if (print) {
      console.log(['| row | true ends read as ends | true ends joined | true run-ons read on | true run-ons split |', '|---|---|---|---|---|',
        ...[...tally].sort().map(([row, t]) => `| ${row} | ${t.endEnd} | ${t.endOn} | ${t.onOn} | ${t.onEnd} |`)].join('\n'));
      console.log(errors.join('\n'));
      console.log(JSON.stringify(totals));
    }
    expect(totals).toEqual(RESET_COUNTS);
  }, 1_800_000);
});

/**
 * The re-settings' figures at the rules of this commit: right, false joins (a true end read as going
 * on), false splits. At the lengths' bar of 1 (before the twenty-fifth round) 279, 17, 0 and 267,
 * 10, 0; with one paragraph required likelier than two by 1.3 (src/segment/paragraph-lengths.ts
 * SPLIT_FACTOR) Kirklees's "Children and young people's voice" break (odds 0.88 to 0.90, met at
 * four heights) and Hertfordshire's "While the probation service" (0.96) read as the paragraph ends
 * they are: 282, 14, 0 and 269, 8, 0. With the lower bar of 2.5 where the sentences across the
 * break share no content word (UNLINKED_SPLIT_FACTOR, the twenty-sixth round) Derby's summary
 * ("Partners demonstrate working in", odds 0.62 to 0.65, met at three heights of the first draw and
 * two of the second) and Sefton's study ("Professionals working together", 0.44, first draw at 704)
 * read as the paragraph ends they are: 286, 10, 0 and 271, 6, 0.
 */
const RESET_COUNTS = {
  first: { right: 286, falseJoins: 10, falseSplits: 0 },
  second: { right: 271, falseJoins: 6, falseSplits: 0 },
};
