import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { observePageBreaks, type PageBreakRow } from '../src/segment/blocks.js';
import { breaksIn, HEIGHTS, PAGE_SETTINGS, type Reading, readAs, score, type Tally, table, tally } from './census-kit.js';
import { fixture, REAL_LETTERS, tempDir } from './helpers.js';
import type { PageBreak } from './typeset.js';
import { letterOf, reset } from './variation-kit.js';

// The census of re-set letters' page breaks (helpers 8br and 8bu wrote it as a scratch script; 8bz keeps it): the 13
// letters' own wording re-set with the kit (`reset`) in six settings at four page heights, 312 PDFs, each read as a PDF,
// as `pdftotext -layout` text and as plain `pdftotext` text. Every page break `endsAtPageBreak` reads (watched through
// `observePageBreaks`) is scored against the kit's break: a new page opening inside a piece should join, one opening
// with a new piece should end. It prints, for each reading and for each row of `readPageBreak` (each sign the rules
// use), how many breaks the row decided rightly and wrongly; the rows that weigh no sign (the letter's lengths, too few
// paragraphs, a word that leans back, not prose in text) are counted apart as undecided, with how many of them fell
// right. Then every break read wrongly or left undecided. The 13 letters' own -layout text is read too, each break
// scored against the same letter's PDF reading (the 13 PDFs read exactly).
//
// Slow (312 letters parsed three times: about 2.5 minutes on two cores alone, 7 under load), so opt-in:
//   JTAI_RESET_CENSUS=1 npx vitest run tests/reset-census.test.ts --testTimeout=3600000
// or some of the readings alone, named with commas (JTAI_RESET_CENSUS=layout,letters-layout; pdf, layout, plain,
// letters-layout), each checked against its own pinned totals.
// The totals are pinned (`CENSUS_COUNTS`): a change that moves a break must say so there. Seen failing (helper 8bz): with
// `text: first-line indent` turned the wrong way on a copy of src/segment/blocks.ts (`[false, ...]` for `[true, ...]`),
// `JTAI_RESET_CENSUS=layout` failed, 2231 right and 8 wrong (Kirklees indented at 842 pt, page 2, joined; tests/layout-
// notes.md, "A forty-first round").


/**
 * The census's totals at the rules of this commit (helper 8bz, on 8d201f2): breaks read, right, wrong, undecided and
 * of those right. The same as 8bu's scratch census gave after its round (-layout 2239 / 2232 / 7 / 33 (27), plain
 * 2239 / 2211 / 28 / 73 (46), the 13 letters' text 83 / 83 / 0 / 1 (1)) and 8br's for the PDFs (6 wrong, 31 undecided,
 * 26 of them right).
 * Helper 8cf (tests/layout-notes.md, "A forty-sixth round"): a text's last line measured in columns against its block's
 * lines, no room where the block refused as long a word, an unfinished last line with room twice over ended: -layout
 * 2232 / 7 / 33 (27) -> 2233 / 6 / 34 (28), plain 73 (46) -> 75 (47) undecided, its right and wrong unchanged; the
 * letters' own text unchanged. Seen failing: the run on this src with 8bz's pins failed on those figures.
 * Helper 8ch (tests/layout-notes.md, "A forty-eighth round"): plain 2211 / 28 / 75 (47) -> 2216 / 23 / 70 (47): five breaks
 * joined as undecided and wrong now read right by `text: a line over the next item` (a sub-heading over the next item's
 * glyph in plain text); -layout unchanged. Seen failing: the run on this src with 8cf's pins failed on those figures.
 */
const CENSUS_COUNTS: Record<Reading | 'letters-layout', { breaks: number } & Tally> = {
  pdf: { breaks: 2239, right: 2233, wrong: 6, undecided: 31, undecidedRight: 26 },
  layout: { breaks: 2239, right: 2233, wrong: 6, undecided: 34, undecidedRight: 28 },
  plain: { breaks: 2239, right: 2216, wrong: 23, undecided: 70, undecidedRight: 47 },
  'letters-layout': { breaks: 83, right: 83, wrong: 0, undecided: 1, undecidedRight: 1 },
};

type Counted = keyof typeof CENSUS_COUNTS;
const asked = process.env.JTAI_RESET_CENSUS ?? '';
/** The readings asked for: all where the variable is 1. */
const counted = (Object.keys(CENSUS_COUNTS) as Counted[]).filter((reading) => asked === '1' || asked.split(',').includes(reading));

describe.runIf(counted.length > 0 && spawnSync('pdftotext', ['-v']).error === undefined)('the census of re-set letters\' page breaks, row by row (opt-in: JTAI_RESET_CENSUS=1)', () => {
  it('312 re-set letters as PDF, -layout and plain text, and the 13 letters\' own -layout text', async () => {
    const dir = tempDir('jtai-reset-census-');
    const readings = counted.filter((reading): reading is Reading => reading !== 'letters-layout');
    const totals = Object.fromEntries(counted.map((reading) => [reading, { breaks: 0, ...tally() }])) as Partial<typeof CENSUS_COUNTS>;
    const rows = Object.fromEntries(counted.map((reading) => [reading, new Map<PageBreakRow, Tally>()])) as Record<Counted, Map<PageBreakRow, Tally>>;
    const listed = Object.fromEntries(counted.map((reading) => [reading, [] as string[]])) as Record<Counted, string[]>;
    for (const letter of REAL_LETTERS) {
      const original = await letterOf(letter);
      for (const [setting, change] of Object.entries(PAGE_SETTINGS)) {
        for (const height of HEIGHTS) {
          const { file, breaks } = await reset(original, `${letter}-${Object.keys(PAGE_SETTINGS).indexOf(setting)}-${height}`, { ...change, height }, dir);
          for (const reading of readings) {
            for (const read of await breaksIn(readAs(file, reading))) {
              const laid: PageBreak | undefined = breaks[read.page - 2];
              if (!laid) continue;
              totals[reading]!.breaks++;
              score(totals[reading]!, rows[reading], listed[reading], `${letter} ${setting} at ${height} pt`, read, !laid.within);
            }
          }
        }
      }
      // The letter's own -layout text, each break against the PDF's reading of the same page.
      if (!counted.includes('letters-layout')) continue;
      const truth = new Map((await breaksIn(fixture(`letters/${letter}.pdf`))).map((read) => [read.page, read.ends]));
      for (const read of await breaksIn(fixture(`layout-text/${letter}.txt`))) {
        const ends = truth.get(read.page);
        if (ends === undefined) continue;
        totals['letters-layout']!.breaks++;
        score(totals['letters-layout']!, rows['letters-layout'], listed['letters-layout'], `${letter}'s own -layout text`, read, ends);
      }
    }
    for (const reading of counted) console.info([`## ${reading}: ${JSON.stringify(totals[reading])}`, table(rows[reading]), ...listed[reading]].join('\n'));
    expect(totals).toEqual(Object.fromEntries(counted.map((reading) => [reading, CENSUS_COUNTS[reading]])));
  }, 3_600_000);
});
