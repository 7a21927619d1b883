import { afterEach, describe, expect, it } from 'vitest';
import { parseFile } from '../src/parse.js';
import { observePageBreaks, type PageBreakReading } from '../src/segment/blocks.js';
import type { ParseResult } from '../src/types.js';
import { tempDir } from './helpers.js';
import type { Piece } from './typeset.js';
import { glyphless, letterOf, reset } from './variation-kit.js';

// Issue 8 (8): where the page cannot tell a page break (the page before filled to its foot, its last line full and ending
// a sentence, the next page opening flush with a capital and no space above), jtai keeps the text whole and joins it
// (helper 8bm's `keptWhole`); the JSON now says so (helper 8bn; tests/layout-notes.md, "A thirty-fifth round"): one
// warning for each such join, naming the new page, the finding that holds the join, and why the page could not tell.
// On real letters' wording (2016-2019 letters: Wokingham, Medway, Derby; 2022+ letters: Kirklees, Surrey, Hertfordshire)
// re-set on A4's width at the first page height from 842 pt down, every 6 pt, at which some break is joined on a row that
// weighs no sign of the page (`lengths`, `too few paragraphs`: src/segment/blocks.ts's UNDECIDED_JOINS). Every break is
// watched (`observePageBreaks`): each such join must have its warning, and no other break one. What must hold was written
// before jtai warned of any: on the code before, every case failed at its first check (no such warning at all).

const dir = tempDir('jtai-undecided-joins-');
afterEach(() => observePageBreaks(null));

const UNDECIDED: ReadonlyArray<PageBreakReading['row']> = ['lengths', 'too few paragraphs', 'leans back'];
const JOINED = /^page (\d+)'s first line was joined to the text before it in (\S+) \(pages? (\d+)(?:-(\d+))?\), at a break the page cannot decide: /;

/** The re-set letter parsed at `height`, and each break it joined on a row the page shows nothing for: the new page and its first line. */
async function parsedAt(letter: string, height: number, pieces?: (pieces: Piece[]) => Piece[]): Promise<{ result: ParseResult; joins: Array<{ page: number; first: string }> }> {
  const { file } = await reset(await letterOf(letter), `${letter}-${height}`, { height, ...(pieces ? { pieces } : {}) }, dir);
  const joins: Array<{ page: number; first: string }> = [];
  observePageBreaks((reading) => {
    if (!reading.ends && UNDECIDED.includes(reading.row)) joins.push({ page: reading.next.page, first: reading.next.text.trim() });
  });
  try {
    return { result: await parseFile(file), joins };
  } finally {
    observePageBreaks(null);
  }
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('a join at a page break the page cannot decide is said in the JSON', () => {
  // The 2016-2019 letters' prose is short; their areas for improvement are set as items with no glyph (each a paragraph,
  // issue 8 (3)), as the pairs set Medway's (tests/paired-variations.test.ts), so that the item breaks weigh as prose.
  const items = glyphless(['areas-for-improvement', 'key-strengths']);
  it.each([
    ['wokingham-2017-07-14', items], ['medway-2018-08-03', items], ['derby-2019-05-08', undefined],
    ['kirklees-2022-08-18', undefined], ['surrey-2023-05-02', undefined], ['hertfordshire-2024-12-12', undefined],
  ] as const)('%s', async (letter, pieces) => {
    let found: Awaited<ReturnType<typeof parsedAt>> | null = null;
    let height = 842;
    for (; height >= 700 && found === null; height -= 6) {
      const at = await parsedAt(letter, height, pieces);
      if (at.joins.length > 0) found = at;
    }
    if (found === null) throw new Error(`${letter}: no height from 842 to 700 pt joins a break on a row the page shows nothing for`);
    const { result, joins } = found;
    console.info(`${letter}: ${height + 6} pt, ${joins.map((j) => `page ${j.page} "${j.first.slice(0, 30)}"`).join(", ")}; ${(result.warnings ?? []).filter((w) => w.includes("cannot decide")).map((w) => w.slice(0, 80)).join(" / ")}`);
    const said = (result.warnings ?? []).filter((warning) => warning.includes('at a break the page cannot decide'));
    // One warning a join, in order, and none for any other break.
    expect(said.length, `${letter} at ${height + 6} pt: ${joins.length} joins, warnings ${JSON.stringify(said)}`).toBe(joins.length);
    joins.forEach((join, i) => {
      const match = JOINED.exec(said[i]!);
      expect(match, said[i]).not.toBeNull();
      const [page, id, from, to] = [Number(match![1]), match![2]!, Number(match![3]), Number(match![4] ?? match![3])];
      expect(page).toBe(join.page);
      // The finding named runs over the break and holds the new page's first line, its pages as the warning gives them.
      const finding = result.findings.find((f) => f.id === id);
      expect(finding, id).toBeDefined();
      expect([finding!.pages[0], finding!.pages[1]]).toEqual([from, to]);
      expect(from < page && page <= to).toBe(true);
      expect(squeeze(finding!.text)).toContain(squeeze(join.first).replace(/^\W+/, '').slice(0, 40));
      expect(said[i]).toMatch(/: no indent, gap,? (?:short line or room at the foot|or short line) tells, and /);
    });
  }, 600_000);
});
