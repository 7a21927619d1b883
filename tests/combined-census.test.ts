import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/parse.js';
import type { ParseResult } from '../src/types.js';
import { REAL_LETTERS, tempDir } from './helpers.js';
import { type Piece, type PageBreak, type Placed, piecesOf } from './typeset.js';
import { PAGE_SETTINGS, type Read, readWithBreaks, UNDECIDED_ROWS } from './census-kit.js';
import { boxRound, combine, drawnLast, findingsByText, layAt, letterOf, nestUnder, NOTE, NOTE_MORE, notesAtFoot, reset, type Setting, SHORTER_NOTES, sectionPieces, withFootnotes } from './variation-kit.js';

// The census of phenomena combined (helper 8co; tests/layout-notes.md, "A forty-ninth round"): nine pairings of issue 8's
// phenomena that no other test sets together, each built on every one of the 13 letters whose wording can carry it, at up
// to three page heights, and scored by the judged measures: every finding set whole, once, in a finding read in its own
// section (so each section's count and its first and last finding), the notes where they belong, the area and the theme.
// JTAI_COMBINED_PAGE names one of the censuses' page settings to set them under too; JTAI_COMBINED_VARIANTS the heights.
//
// Slow (about 200 parses, 5 minutes), so opt-in (a comma-separated list of the cases' short names runs those alone):
//   JTAI_COMBINED_CENSUS=1 npx vitest run tests/combined-census.test.ts --testTimeout=3600000

const dir = tempDir('jtai-combined-census-');
const PSEUDONYM = 'All names are pseudonyms.';
const PSEUDONYM_FOOT = '*Pseudonym used to protect confidentiality.';
const THIRD_NOTE = 'Early help is support given to a child or family when a problem first emerges, before it meets the threshold for a statutory service.';
const CONTEXT_HEADING = 'Context';
const CONTEXT_PARAGRAPHS = [
  'The findings in this letter evaluate the effectiveness of the multi-agency response to children in the area. Inspectors looked at the work of every agency that helps children and their families, and at how well the safeguarding partners lead that work together across the area.',
  'The inspectorates recognise the complexities for agencies in responding to children whose needs are changing quickly, and the pressures that services have faced in recent years. Those pressures are taken into account in what follows, but they do not change what inspectors found.',
];

/** What a combined case must read besides its findings: footnotes on the nth finding of a section, notes among a section's notes. */
interface Wanted { footnotes: Array<{ section: string; nth: number; marker: string; text: string }>; notes: Array<{ section: string; text: string }> }
export interface Case {
  heights: number[]; phenomenon: string; letter: string; setting: Setting; wanted: Wanted;
  /** Where the setting moves the breaks (notes whose room the body keeps): whether the laid file shows what the case is for; heights where it does not are passed over. */
  holds?: (made: { pieces: Piece[]; breaks: readonly PageBreak[]; placed: readonly Placed[] }) => boolean;
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
const bulletSections = (pieces: Piece[]) => [...new Set(pieces.flatMap((p) => (p.finding?.form === 'bullet' && p.indent === 18 ? [p.finding.section] : [])))];
const firstPage = (placed: readonly Placed[], piece: number) => placed.find((p) => p.piece === piece)?.page ?? -1;
const lastPage = (placed: readonly Placed[], piece: number) => placed.filter((p) => p.piece === piece).at(-1)?.page ?? -1;
const runsOver = (breaks: readonly PageBreak[], piece: number) => breaks.some((b) => b.piece === piece && b.within);
/** The study's pieces: its heading (and any title under it) and its paragraphs. */
const studyRange = (pieces: Piece[], kind: string): number[] => {
  const paragraphs = sectionPieces(pieces, kind);
  let start = paragraphs[0]! - 1;
  while (start > 0 && !pieces[start]!.heading) start--;
  return Array.from({ length: paragraphs.at(-1)! - start + 1 }, (_, k) => start + k);
};
const firstStudy = (original: ParseResult) => original.sections.find((s) => s.kind.startsWith('case-study') && original.findings.some((f) => f.section === s.kind))?.kind;
const later = (original: ParseResult) => Number((original.letter.date ?? '2020').slice(0, 4)) >= 2022;

/** Up to `VARIANTS` page heights (from 842 pt down to 620 pt, 15 pt apart at least) at which the laid letter shows what `wanted` looks for, for the first candidate that any height lays so. */
const VARIANTS = Number(process.env.JTAI_COMBINED_VARIANTS ?? 3);
async function firstHeights(original: ParseResult, candidates: number[], wanted: (nth: number) => (laid: { pieces: Piece[]; breaks: readonly PageBreak[]; placed: readonly Placed[] }) => boolean, change?: (pieces: Piece[]) => Piece[], count = VARIANTS, apart = 15): Promise<{ nth: number; heights: number[] } | null> {
  for (const nth of candidates) {
    const heights: number[] = [];
    for (let height = 842; height > 620 && heights.length < count; height--) {
      if (heights.length > 0 && heights.at(-1)! - height < apart) continue;
      if (wanted(nth)(await layAt(original, height, change, true))) heights.push(height);
    }
    if (heights.length > 0) return { nth, heights };
  }
  return null;
}

/** Each phenomenon's case on a letter, or null where the letter's wording cannot carry it. */
const PHENOMENA: Record<string, (original: ParseResult, letter: string) => Promise<Case | null>> = {
  async 'two notes stacked at a page\'s foot, a list item running on over its break'(original, letter) {
    const pieces = piecesOf(original);
    const section = bulletSections(pieces).sort((a, b) => sectionPieces(pieces, b).length - sectionPieces(pieces, a).length)[0];
    if (!section) return null;
    const count = sectionPieces(pieces, section).length;
    if (count < 4) return null;
    const found = await firstHeights(original, Array.from({ length: count - 2 }, (_, k) => k), (nth) => ({ pieces: set, breaks, placed }) => {
      const items = sectionPieces(set, section);
      return runsOver(breaks, items[nth + 2]!) && lastPage(placed, items[nth]!) === firstPage(placed, items[nth + 2]!) && lastPage(placed, items[nth + 1]!) === firstPage(placed, items[nth + 2]!);
    });
    if (!found) return null;
    return {
      heights: found.heights, phenomenon: 'notes-over-item', letter,
      setting: notesAtFoot(section, [found.nth, found.nth + 1], ['1', '2'], [NOTE, NOTE_MORE]),
      wanted: { footnotes: [{ section, nth: found.nth, marker: '1', text: NOTE }, { section, nth: found.nth + 1, marker: '2', text: NOTE_MORE }], notes: [] },
    };
  },
  async 'a study boxed between two paragraphs, its page ending mid-sentence'(original, letter) {
    const study = firstStudy(original);
    if (!study) return null;
    // In a 2022+ letter the study moved between two main findings (where it is not already).
    const move = (pieces: Piece[]): Piece[] => {
      if (!later(original)) return pieces;
      const range = studyRange(pieces, study);
      const main = sectionPieces(pieces, 'main-findings');
      if (!main || main.length < 4 || (range[0]! > main[0]! && range[0]! < main.at(-1)!)) return pieces;
      const rest = pieces.filter((_, i) => !range.includes(i));
      const at = sectionPieces(rest, 'main-findings')[Math.floor(main.length / 2)]!;
      return [...rest.slice(0, at + 1), ...range.map((i) => pieces[i]!), ...rest.slice(at + 1)];
    };
    const found = await firstHeights(original, [0], () => ({ pieces: set, breaks, placed }) => {
      const range = studyRange(set, study);
      const page = firstPage(placed, range[0]!);
      if (range.some((i) => firstPage(placed, i) !== page || lastPage(placed, i) !== page)) return false;
      const after = range.at(-1)! + 1 + set.slice(range.at(-1)! + 1).findIndex((p) => p.finding);
      return set[after]?.finding !== undefined && runsOver(breaks, after) && firstPage(placed, after) === page;
    }, move);
    if (!found) return null;
    return { heights: found.heights, phenomenon: 'box-mid-sentence', letter, setting: { pieces: move, after: (pages, placed, pieces) => boxRound(pages, placed, studyRange(pieces, study)) }, wanted: { footnotes: [], notes: [] } };
  },
  async 'a sub-heading last on its page, a note on the item above it'(original, letter) {
    const pieces = piecesOf(original);
    const subs = pieces.flatMap((p, i) => (p.bold && !p.heading && i > 0 && pieces[i + 1]?.finding && pieces.slice(0, i).some((q) => q.heading) ? [i] : []));
    const found = await firstHeights(original, subs, (sub) => ({ breaks, placed }) => breaks.some((b) => b.piece === sub + 1 && !b.within) && lastPage(placed, sub) === lastPage(placed, sub - 1));
    if (!found) return null;
    const before = pieces[found.nth - 1]!.finding?.section;
    const nth = before ? sectionPieces(pieces, before, 0).indexOf(found.nth - 1) : -1;
    if (!before || nth < 0) return { heights: found.heights, phenomenon: 'subheading-last', letter, setting: {}, wanted: { footnotes: [], notes: [] } };
    return { heights: found.heights, phenomenon: 'subheading-last', letter, setting: notesAtFoot(before, [nth], ['1'], [NOTE]), wanted: { footnotes: [{ section: before, nth, marker: '1', text: NOTE }], notes: [] } };
  },
  async 'a nested list whose inner items run on over a page break'(original, letter) {
    const pieces = piecesOf(original);
    for (const section of bulletSections(pieces)) {
      const count = sectionPieces(pieces, section).length;
      if (count < 2) continue;
      let nest: (pieces: Piece[]) => Piece[];
      try {
        ({ nest } = nestUnder(section, 0));
        nest(pieces);
      } catch { continue; }
      const found = await firstHeights(original, [0], () => ({ pieces: set, breaks }) => set.some((p, i) => p.indent === 36 && p.finding?.section === section && runsOver(breaks, i)), nest);
      if (found) return { heights: found.heights, phenomenon: 'nested-over-break', letter, setting: { pieces: nest }, wanted: { footnotes: [], notes: [] } };
    }
    return null;
  },
  async 'a Context section before the main findings, its last paragraph running on over a page break'(original, letter) {
    if (!later(original)) return null;
    const move = (pieces: Piece[]): Piece[] => {
      const own = sectionPieces(pieces, 'context');
      const range = own ? studyRange(pieces, 'context') : [];
      const rest = pieces.filter((_, i) => !range.includes(i));
      const section = own ? range.map((i) => pieces[i]!) : [{ text: CONTEXT_HEADING, indent: 0, glyph: null, gapBefore: 15, bold: true, heading: true }, ...CONTEXT_PARAGRAPHS.map((text): Piece => ({ text, indent: 0, glyph: null, gapBefore: 10, finding: { section: 'context', form: 'paragraph' } }))];
      const at = rest.findIndex((p) => p.heading && /^Main findings/i.test(p.text));
      return at < 0 ? pieces : [...rest.slice(0, at), ...section, ...rest.slice(at)];
    };
    const found = await firstHeights(original, [0], () => ({ pieces: set, breaks }) => runsOver(breaks, sectionPieces(set, 'context').at(-1)!), move);
    if (!found) return null;
    return { heights: found.heights, phenomenon: 'context-before-main', letter, setting: { pieces: move }, wanted: { footnotes: [], notes: [] } };
  },
  async 'a pseudonym note after a case study that runs on over a page break'(original, letter) {
    const study = firstStudy(original);
    if (!study) return null;
    const add = (pieces: Piece[]) => pieces.flatMap((piece, i) => (i === sectionPieces(pieces, study).at(-1) ? [piece, { text: PSEUDONYM, indent: 0, glyph: null, gapBefore: 10 }] : [piece]));
    const found = await firstHeights(original, [0], () => ({ pieces: set, breaks }) => runsOver(breaks, sectionPieces(set, study).at(-1)!), add);
    if (!found) return null;
    return { heights: found.heights, phenomenon: 'pseudonym-after-study-over-break', letter, setting: { pieces: add }, wanted: { footnotes: [], notes: [{ section: study, text: PSEUDONYM }] } };
  },
  async 'three notes of two lines stacked, the body keeping their room, a list item running on over the break'(original, letter) {
    const pieces = piecesOf(original);
    const section = bulletSections(pieces).sort((a, b) => sectionPieces(pieces, b).length - sectionPieces(pieces, a).length)[0];
    if (!section || sectionPieces(pieces, section).length < 6) return null;
    const count = sectionPieces(pieces, section).length;
    const onPage = (nth: number) => ({ pieces: set, breaks, placed }: { pieces: Piece[]; breaks: readonly PageBreak[]; placed: readonly Placed[] }) => {
      const items = sectionPieces(set, section);
      return runsOver(breaks, items[nth + 3]!) && [0, 1, 2].every((k) => lastPage(placed, items[nth + k]!) === firstPage(placed, items[nth + 3]!));
    };
    // The notes take room: the heights where the four stand so with no notes are only a start; `holds` checks the file.
    const found = await firstHeights(original, Array.from({ length: count - 3 }, (_, k) => k).filter((k) => k % 3 === 0), (nth) => (laid) => laid.breaks.some((b) => b.within && sectionPieces(laid.pieces, section).slice(nth, nth + 6).includes(b.piece)), undefined, 40, 3);
    if (!found) return null;
    const notes: Array<[number, string, string]> = [[found.nth, '1', SHORTER_NOTES[0]!], [found.nth + 1, '2', SHORTER_NOTES[1]!], [found.nth + 2, '3', THIRD_NOTE]];
    return {
      heights: found.heights, phenomenon: 'three-notes-room-over-item', letter, setting: withFootnotes(section, notes, { room: true }), holds: onPage(found.nth),
      wanted: { footnotes: notes.map(([nth, marker, text]) => ({ section, nth, marker, text })), notes: [] },
    };
  },
  async 'a study shaded and drawn after its page between two paragraphs, its page ending mid-sentence'(original, letter) {
    const boxed = await PHENOMENA['a study boxed between two paragraphs, its page ending mid-sentence']!(original, letter);
    if (!boxed) return null;
    const study = firstStudy(original)!;
    const late = drawnLast();
    const move = boxed.setting.pieces!;
    return {
      ...boxed, phenomenon: 'shaded-drawn-last-mid-sentence',
      setting: {
        pieces: (pieces) => { const set = move(pieces); const range = studyRange(set, study); return set.map((piece, i) => (range.includes(i) ? late.mark(piece) : piece)); },
        lay: late.lay,
        after: (pages, placed, pieces) => { boxRound(pages, placed, studyRange(pieces, study), { filled: true }); late.flush(); },
      },
    };
  },
  async 'a pseudonym note at the foot of the page a study ends on, the study running on over the break'(original, letter) {
    const study = firstStudy(original);
    if (!study) return null;
    const found = await firstHeights(original, [0], () => (laid) => laid.breaks.some((b) => b.within && sectionPieces(laid.pieces, study).slice(-2).includes(b.piece)), undefined, 40, 3);
    if (!found) return null;
    const last = sectionPieces(piecesOf(original), study).length - 1;
    return {
      heights: found.heights, phenomenon: 'pseudonym-foot-study-over-break', letter, setting: withFootnotes(study, [[last, '', PSEUDONYM_FOOT]], { room: true }),
      holds: (laid) => laid.breaks.some((b) => b.within && sectionPieces(laid.pieces, study).slice(-2).includes(b.piece)),
      wanted: { footnotes: [], notes: [{ section: study, text: PSEUDONYM_FOOT }] },
    };
  },
};

/** The census's figures (variants, wrong) with every letter, three heights each, the pages as they stand (helper 8co). */
const PINNED: Record<string, [number, number]> = {
  'two notes stacked at a page\'s foot, a list item running on over its break': [25, 0],
  'a study boxed between two paragraphs, its page ending mid-sentence': [31, 3],
  'a sub-heading last on its page, a note on the item above it': [7, 1],
  'a nested list whose inner items run on over a page break': [22, 1],
  'a Context section before the main findings, its last paragraph running on over a page break': [8, 1],
  'a pseudonym note after a case study that runs on over a page break': [28, 3],
  'three notes of two lines stacked, the body keeping their room, a list item running on over the break': [15, 2],
  'a study shaded and drawn after its page between two paragraphs, its page ending mid-sentence': [31, 3],
  'a pseudonym note at the foot of the page a study ends on, the study running on over the break': [36, 9],
};

/** What a reading reads otherwise than the judged measures want, one line each. */
export function judged(result: ParseResult, original: ParseResult, pieces: readonly Piece[], placed: readonly Placed[], wanted: Wanted, clean: (text: string) => string): string[] {
  const out = findingsByText(result, pieces, clean).map((line) => `by text: ${line}`);
  const words = (text: string) => squeeze(clean(text));
  // Each finding set read in its own section.
  let at = 0;
  for (const piece of pieces) {
    if (!piece.finding) continue;
    const want = ` ${words(piece.text).replace(/^\d+\.\s+/, '')} `;
    const k = result.findings.findIndex((f, j) => j >= at && ` ${words(f.text).replace(/^\d+\.\s+/, '')} `.includes(want));
    if (k < 0) continue;
    at = k;
    if (result.findings[k]!.section !== piece.finding.section) out.push(`section: "${want.slice(1, 50)}" read in ${result.findings[k]!.section}, set in ${piece.finding.section}`);
  }
  for (const want of wanted.footnotes) {
    const i = sectionPieces([...pieces], want.section)[want.nth]!;
    const page = lastPage(placed, i) + 1;
    const end = words(pieces[i]!.text).slice(-40);
    const holder = result.findings.find((f) => words(f.text).includes(end));
    const own = holder?.footnotes?.find((n) => n.marker === want.marker);
    if (!own) out.push(`footnote ${want.marker}: not on the finding holding its marker`);
    else if (squeeze(own.text) !== words(want.text) || own.page !== page) out.push(`footnote ${want.marker}: read "${squeeze(own.text).slice(0, 40)}" page ${own.page}`);
  }
  for (const want of wanted.notes) if (!result.sections.some((s) => s.kind === want.section && (s.notes ?? []).some((n) => squeeze(n) === words(want.text)))) out.push(`note "${want.text}" not among ${want.section}'s notes`);
  for (const key of ['area', 'theme'] as const) if (result.letter[key] !== original.letter[key]) out.push(`${key}: ${JSON.stringify(result.letter[key])} for ${JSON.stringify(original.letter[key])}`);
  return out;
}

/** A case read at a height: what it reads otherwise, and its page breaks read wrong (with their rows). */
export async function runCase(c: Case, height: number): Promise<{ found: string[]; wrongBreaks: string[]; undecidedOnly: boolean } | null> {
  const original = await letterOf(c.letter);
  // Under one of the censuses' page settings as well (JTAI_COMBINED_PAGE), where one is named.
  const page = PAGE_SETTINGS[process.env.JTAI_COMBINED_PAGE ?? 'as they stand'] ?? {};
  const made = await reset(original, `${c.phenomenon}-${c.letter}-${height}`, { ...combine(page, c.setting), height }, dir);
  if (c.holds && !c.holds(made)) return null;
  let read: { result: ParseResult; breaks: Read[] };
  try {
    read = await readWithBreaks(made.file);
  } catch (error) {
    return { found: [`refused: ${(error as Error).message}`], wrongBreaks: [], undecidedOnly: false };
  }
  const wrong = read.breaks.filter((b) => { const laid = made.breaks[b.page - 2]; return laid !== undefined && b.ends !== !laid.within; });
  return {
    found: judged(read.result, original, made.pieces, made.placed, c.wanted, made.clean),
    wrongBreaks: wrong.map((b) => `page ${b.page}: ${b.row}, read ${b.ends ? 'end' : 'on'}${UNDECIDED_ROWS.has(b.row) ? ' (undecided)' : ''}: "...${b.last}" / "${b.next}..."`),
    undecidedOnly: wrong.length > 0 && wrong.every((b) => UNDECIDED_ROWS.has(b.row)),
  };
}

describe.skipIf(!process.env.JTAI_COMBINED_CENSUS)('the census of phenomena combined', () => {
  it('counts per phenomenon the letters read wrong by the judged measures', async () => {
    const only = process.env.JTAI_COMBINED_CENSUS === '1' ? null : process.env.JTAI_COMBINED_CENSUS!.split(',');
    const rows: string[] = [];
    const counted: Record<string, [number, number]> = {};
    for (const [name, make] of Object.entries(PHENOMENA)) {
      let [made, wrong, early, lateCount, earlyWrong, lateWrong, undecided] = [0, 0, 0, 0, 0, 0, 0];
      for (const letter of REAL_LETTERS) {
        const original = await letterOf(letter);
        const c = await make(original, letter);
        if (!c || (only && !only.includes(c.phenomenon))) continue;
        let laid = 0;
        for (const height of c.heights) {
          if (laid >= VARIANTS) break;
          const ran = await runCase(c, height);
          if (!ran) continue;
          laid++;
          made++;
          const isLate = later(original);
          isLate ? lateCount++ : early++;
          const { found, wrongBreaks, undecidedOnly } = ran;
          if (found.length > 0) {
            wrong++;
            isLate ? lateWrong++ : earlyWrong++;
            if (undecidedOnly) undecided++;
          }
          console.info(`${c.phenomenon} ${letter} @${height}: ${found.length === 0 ? 'right' : `WRONG\n  ${[...found, ...wrongBreaks.map((b) => `break ${b}`)].join('\n  ')}`}`);
        }
      }
      counted[name] = [made, wrong];
      rows.push(`| ${name} | ${made} (${early} 2016-19, ${lateCount} 2022+) | ${wrong} (${earlyWrong}, ${lateWrong}; ${undecided} by undecided breaks alone) |`);
    }
    console.info(['| phenomenon | variants | wrong |', '|---|---|---|', ...rows].join('\n'));
    // Pinned for the whole census as the letters stand, three heights each (8co's figures: variants, wrong).
    if (only === null && !process.env.JTAI_COMBINED_PAGE && VARIANTS === 3) expect(counted).toEqual(PINNED);
    expect(rows.length).toBeGreaterThan(0);
  }, 3_600_000);
});

// Always run: the census's scorer seen failing on a broken reading, and a break the page cannot decide warned of whichever
// way it fell (helper 8co). Hertfordshire's wording, its practice study boxed between two main findings at 759 pt: page 9's
// break ("... at every midwifery and health visiting contact." / "Practitioners understand ...") is a full last line at a
// page filled to its foot, a flush capital at the top; the letter's lengths end it, and the paragraph is split in two.
describe('the census of phenomena combined: its scorer, and an undecided break ended warned of', () => {
  const hertfordshire = async () => (await PHENOMENA['a study boxed between two paragraphs, its page ending mid-sentence']!(await letterOf('hertfordshire-2024-12-12'), 'hertfordshire-2024-12-12'))!;
  it('reads Hertfordshire\'s study boxed between main findings right but for the undecided break, and warns of the split', async () => {
    const c = await hertfordshire();
    expect(c.heights[0]).toBe(759);
    const original = await letterOf(c.letter);
    const made = await reset(original, 'warned-split-hertfordshire', { ...c.setting, height: 759 }, dir);
    const { result, breaks } = await readWithBreaks(made.file);
    expect(breaks.find((b) => b.page === 9)).toMatchObject({ row: 'lengths', ends: true });
    const wrong = judged(result, original, made.pieces, made.placed, c.wanted, made.clean);
    expect(wrong).toEqual([
      expect.stringMatching(/^by text: main-findings 25 \("There is strong and sensitive multi-agency work to"\) not whole in any finding/),
      expect.stringMatching(/^by text: MF-\w+ holds no finding whole \("There is strong/),
      expect.stringMatching(/^by text: MF-\w+ holds no finding whole \("Practitioners understand/),
    ]);
    const split = result.findings.find((f) => f.text.startsWith('Practitioners understand the nature of risk'))!;
    const before = result.findings[result.findings.indexOf(split) - 1]!;
    expect(result.warnings ?? []).toContainEqual(`page 9's first line was taken as a new paragraph, ${split.id} (page 9) after ${before.id} (page 8), at a break the page cannot decide: the page before is filled to its foot and its last line is full and ends a sentence, and the next page opens flush with a capital and no space above it: no indent, gap, short line or room at the foot tells, and the letter's paragraph lengths made the two paragraphs; if the paragraph runs on there, the two findings are one`);
  }, 600_000);

  it('scores a reading with a finding filed under another section, a footnote lost and another area as wrong', async () => {
    const wokingham = (await PHENOMENA['two notes stacked at a page\'s foot, a list item running on over its break']!(await letterOf('wokingham-2017-07-14'), 'wokingham-2017-07-14'))!;
    const original = await letterOf(wokingham.letter);
    const made = await reset(original, 'scorer-wokingham', { ...wokingham.setting, height: wokingham.heights[0]! }, dir);
    const result = await parseFile(made.file);
    expect(judged(result, original, made.pieces, made.placed, wokingham.wanted, made.clean)).toEqual([]);
    const broken: ParseResult = structuredClone(result);
    const noted = broken.findings.find((f) => (f.footnotes ?? []).length > 0)!;
    noted.footnotes = [];
    broken.findings.at(-1)!.section = 'main-findings';
    broken.letter.area = 'Testshire';
    expect(judged(broken, original, made.pieces, made.placed, wokingham.wanted, made.clean)).toEqual([
      expect.stringMatching(/^section: ".*" read in main-findings, set in next-steps$/),
      'footnote 1: not on the finding holding its marker',
      `area: "Testshire" for ${JSON.stringify(original.letter.area)}`,
    ]);
  }, 600_000);
});
