import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../src/types.js';
import type { PDFFont } from 'pdf-lib';
import { tempDir } from './helpers.js';
import type { Piece } from './typeset.js';
import { breakAt, DERBY_ALL, differencesOf, heightWhere, HERTFORDSHIRE_ALL, letterOf, KIRKLEES_ALL, MARGIN, NOTE, NOTE_MORE, of, type Pair, sectionPieces, type Setting, SIZE, SURREY_ALL, WIDTH, WOKINGHAM_ALL, passes, type When } from './variation-kit.js';

// The three cases 8bi's round left untried (helper 8bk; tests/layout-notes.md, "A thirty-second round"), each on
// real letters' text (2016-2019 letters' bullets: Wokingham, Derby; 2022+ letters' paragraphs: Surrey,
// Hertfordshire) set again through tests/variation-kit.ts:
// (a) a note run on over a page break: its first line at one page's foot, stopping mid-sentence, the rest at the
//     top of the next page's foot with no marker (footnotesOf's `carried`, joinCarriedNotes);
// (b) notes stacked at a page's foot, one of them the note of another page's marker (the marker on the page
//     before's last line, or on a finding run on to the next page);
// (c) symbol markers (*, dagger, double dagger) whose note stands on another page than the marker.
// Markers drawn with their lines, or in a pass of their own before every line of text or after them all. What each
// must read was written by hand before jtai ran on it: the letter's own sections, counts and sub-headings
// (`differencesOf`, nothing lost by `expectBalanced`); each note kept whole, marker and text, on the finding carrying
// its marker and on no other; `removed` holding each note once as `footnote` on the page its first line stands on
// and each marker once as `footnote-marker` on its own page, and no other entry carrying a marker or a note's words.

const dir = tempDir('jtai-notes-across-');

/** Each case read as it must be: nothing differs (JTAI_SHOW_VARIATIONS prints what does). */
const readsRight = (title: string, cases: Pair[]) => describe(title, () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (name, c) => {
    const found = await differencesOf(c, dir);
    if (process.env.JTAI_SHOW_VARIATIONS) console.info([name, ...found].join('\n'));
    expect(found).toEqual([]);
  }, 600_000);
});
const THIRD = 'Early help is the support given to a family as soon as a need shows, before it grows.';
const TEXTS = [NOTE, NOTE_MORE, THIRD];


interface Mark {
  /** The finding marked: the chosen one (0), the one before it (-1) or after it (1). */
  at: number;
  marker: string;
  /** Whose foot holds the note: the page the finding ends on, the next page, or the page it opens on. */
  foot: 'own' | 'next' | 'first';
  /** Run on over the break: the note's first line at that foot, stopping mid-sentence, the rest at the top of the next page's foot. */
  carried?: true;
  /** Carried, its first part one full line of the notes' measure that ends a sentence (the break falls after a stop). */
  fullStop?: true;
  /** Not carried: the note one full line ending a sentence, and the next page's foot opening with a small address at the notes' edge (a footer, no sentence). */
  addressAfter?: true;
  /** Carried over two page breaks: its first third at that foot, the second at the top of the next page's foot (all that foot holds), the rest at the top of the foot after (helper 8bl). */
  twice?: true;
  /** Set beside the note before it at the same foot, in a second column of notes (its first line on that note's baseline, half the measure in: noteColumns), not under it (helper 8bl). */
  beside?: true;
  /** The note's words, if not the kit's k-th. */
  text?: string;
  /** The note drawn, but no marker on the finding (a note no marker of the page carries): undecidable which of two notes of one marker is the marked one's. */
  unmarked?: true;  /** The marker drawn after the finding's first line, not its last (a finding run on over a break citing a note on each page; drawn after every line or before them all, helper 8bm). */
  onFirst?: true;
  /** Run on within its foot from the left-hand column of two into the right-hand one: its first two thirds the left column's lines, the rest the right column's top, a note `beside` it under that (helper 8bm). */
  intoColumn?: true;
  /** A marker alone, no note of its own: it cites the note of the mark before it with the same marker (one note, two markers; helper 8bn). */
  again?: true;
}

interface Across {
  letter: string;
  want: string[];
  section: string;
  /** The chosen finding runs on over a page break (else it is the last on its page). */
  runOn: boolean;
  when: When;
  marks: Mark[];
  /** The notes must stand at one page's foot (a stack). */
  stacked?: true;
  /** The second note must stand at the foot of the page after the first's (the middle page of a note carried over two breaks). */
  middle?: true;
  from?: number;
}

/** A note's words cut in two for a note run on: the first part ends mid-sentence. */
const halves = (text: string): [string, string] => {
  const words = text.split(' ');
  const cut = Math.ceil(words.length / 2);
  return [words.slice(0, cut).join(' '), words.slice(cut).join(' ')];
};
/** A note's words cut in three for a note carried over two breaks: the first two parts end mid-sentence. */
const thirds = (text: string): [string, string, string] => {
  const words = text.split(' ');
  const [a, b] = [Math.ceil(words.length / 3), Math.ceil((2 * words.length) / 3)];
  return [words.slice(0, a).join(' '), words.slice(a, b).join(' '), words.slice(b).join(' ')];
};
/** A note short enough to stand in the left column of two, the right column's note beside it. */
const SHORT = 'CSPA is the single point of access.';
/** The first part of a note run on that fills the measure (the body's, 8 pt) and ends a sentence, and the rest, a sentence of its own. */
const FULL_WORDS = 'where agencies decide together on each referral and agree at once who is to act on it next and how soon they will do so for the child'.split(' ');
const fullLine = (marker: string, font: PDFFont): [string, string] => {
  const measure = WIDTH - 2 * MARGIN;
  const width = (text: string) => font.widthOfTextAtSize(`${marker} ${text}.`, 8);
  let head = 'The MASH is the multi-agency safeguarding hub,';
  for (const word of FULL_WORDS) if (width(`${head} ${word}`) <= measure) head = `${head} ${word}`;
  const tail = 'Referrals are decided on within one working day.';
  // Full: no room left for the next part's first word.
  if (measure - width(head) > font.widthOfTextAtSize('Referrals ', 8)) throw new Error(`the line leaves room: ${head}`);
  return [`${head}.`, tail];
};
const ADDRESS = 'Ofsted, Piccadilly Gate, Store Street, Manchester M1 2WD';
const RAISED: Record<string, string> = { 1: '\u00B9', 2: '\u00B2', 3: '\u00B3', a: '\u1D43', b: '\u1D47' };

interface Expected { notes: Array<{ page: number; printed: string }>; markers: Array<{ page: number; text: string }>; pieces: string[] }

const across = ({ letter, want, section, runOn, when, marks, stacked, middle, from = 5 }: Across, name: string): Pair => {
  let nth = 0;
  const expected: Expected = { notes: [], markers: [], pieces: [] };
  return {
    name, letter, want,
    setting: async (): Promise<Setting> => {
      const at = await breakAt(letter, section, runOn, from);
      nth = at.nth;
      const pass = passes(when);
      return {
        height: at.height,
        pieces: (pieces) => (when === 'with' ? pieces.map((piece, i) => { const mark = marks.find((m) => !m.unmarked && sectionPieces(pieces, section)[nth + m.at] === i); return mark ? { ...piece, marker: mark.marker } : piece; }) : pieces),
        lay: () => ({ drawLine: (page, text, place) => pass.line(() => page.drawText(text, place)) }),
        after: (pages, placed, pieces, { regular }) => {
          expected.notes = [];
          expected.markers = [];
          expected.pieces = [];
          const feet = new Map<number, { carried: string[]; own: Array<{ text: string; beside?: true }>; right: string[]; rightFrom: number }>();
          const footOf = (page: number) => feet.get(page) ?? feet.set(page, { carried: [], own: [], right: [], rightFrom: -1 }).get(page)!;
          marks.forEach((mark, k) => {
            const on = placed.filter((p) => p.piece === sectionPieces(pieces, section)[nth + mark.at]);
            if (mark.onFirst && when === 'with') throw new Error('a marker after a first line is drawn in a pass of its own');
            const last = mark.onFirst ? on[0]! : on.at(-1)!;
            if (when !== 'with' && !mark.unmarked) pass.raised(() => pages[last.page]!.drawText(mark.marker, { x: last.end + 0.5, y: last.bottom + 4, size: SIZE * 0.6, font: regular }));
            const page = mark.foot === 'own' ? last.page : mark.foot === 'next' ? last.page + 1 : on[0]!.page;
            if (mark.again) {
              // The note cited is the one before it with this marker, whole.
              const cited = marks.findLastIndex((other, j) => j < k && other.marker === mark.marker && !other.again);
              expected.markers.push({ page: last.page + 1, text: RAISED[mark.marker] ?? mark.marker });
              expected.pieces.push(expected.pieces[cited]!);
              expected.notes.push({ page: -1, printed: '' });
              return;
            }
            const words = mark.text ?? TEXTS[k]!;
            const [head, tail] = mark.fullStop || mark.addressAfter ? fullLine(mark.marker, regular) : halves(words);
            const text = mark.fullStop ? `${head} ${tail}` : mark.addressAfter ? head : words;
            const foot = footOf(page);
            const own = (line: string) => (mark.beside && foot.rightFrom >= 0 ? foot.right.push(line) : foot.own.push({ text: line, ...(mark.beside ? { beside: true as const } : {}) }));
            if (mark.intoColumn) {
              const [first, middle, rest] = thirds(words);
              foot.rightFrom = foot.carried.length + foot.own.length;
              own(`${mark.marker} ${first}`);
              own(middle);
              foot.right.push(rest);
            } else if (mark.addressAfter) {
              own(`${mark.marker} ${head}`);
              footOf(page + 1).carried.push(ADDRESS);
            } else if (mark.twice) {
              const [first, middle, last] = thirds(words);
              own(`${mark.marker} ${first}`);
              footOf(page + 1).carried.push(middle);
              footOf(page + 2).carried.push(last);
            } else if (mark.carried) {
              own(`${mark.marker} ${head}`);
              footOf(page + 1).carried.push(tail);
            } else {
              own(`${mark.marker} ${text}`);
            }
            expected.notes.push({ page: page + 1, printed: `${mark.marker} ${text}` });
            if (!mark.unmarked) expected.markers.push({ page: last.page + 1, text: RAISED[mark.marker] ?? mark.marker });
            expected.pieces.push(text);
          });
          if (stacked && new Set(expected.notes.map((n) => n.page)).size !== 1) throw new Error(`not stacked: notes on pages ${expected.notes.map((n) => n.page).join(', ')}`);
          if (middle && expected.notes[1]!.page !== expected.notes[0]!.page + 1) throw new Error(`not on the middle page: notes on pages ${expected.notes.map((n) => n.page).join(', ')}`);
          // Notes of one marker are notes numbered afresh on each page: on two pages (helper 8bl: a Haringey setting laid both at one foot).
          if (marks.some((m, j) => !m.again && marks.some((o, i) => i < j && !o.again && o.marker === m.marker && expected.notes[i]!.page === expected.notes[j]!.page))) throw new Error('notes of one marker at one foot');
          if (marks.some((m) => m.again)) {
            // A marker cited again stands on the page of the note's own marker (one page's citations of one note).
            const pageOf = (k: number) => expected.markers[marks.slice(0, k).filter((o) => !o.unmarked).length]!.page;
            marks.forEach((m, k) => { if (m.again && pageOf(k) !== pageOf(marks.findLastIndex((o, j) => j < k && o.marker === m.marker && !o.again))) throw new Error('a marker cited again on another page'); });
          }
          // A foot's lines, top down; a note set beside shares the row of the line before, half the measure in.
          const column = MARGIN + (WIDTH - 2 * MARGIN) / 2;
          for (const [page, foot] of feet) {
            const rows: Array<Array<{ text: string; x: number }>> = foot.carried.map((text) => [{ text, x: MARGIN }]);
            for (const line of foot.own) {
              if (line.beside && rows.length > 0) {
                const left = rows.at(-1)![0]!;
                if (MARGIN + regular.widthOfTextAtSize(left.text, 8) > column - 24 || column + regular.widthOfTextAtSize(line.text, 8) > WIDTH - MARGIN) throw new Error(`the notes do not fit side by side: ${left.text} | ${line.text}`);
                rows.at(-1)!.push({ text: line.text, x: column });
              } else rows.push([{ text: line.text, x: MARGIN }]);
            }
            foot.right.forEach((text, j) => { const row = rows[foot.rightFrom + j] ?? (rows[foot.rightFrom + j] = []); row.push({ text, x: column }); });
            if (rows.length > 2) throw new Error('more than two lines at a foot');
            rows.forEach((row, k) => row.forEach(({ text, x }) => pages[page]!.drawText(text, { x, y: MARGIN - 16 + (rows.length - 1 - k) * 10, size: 8, font: regular })));
          }
          pass.flush();
        },
      };
    },
    check: (result: ParseResult) => {
      // Each note whole on the finding carrying its marker, and on no other.
      // A marked note's text may be that of an unmarked note of the same marker (which is the marker's is undecidable), no other.
      const either = (k: number) => [expected.pieces[k], ...marks.flatMap((other, j) => (other.unmarked && other.marker === marks[k]!.marker ? [expected.pieces[j]] : []))];
      const found = result.findings.flatMap((f) => (f.footnotes ?? []).map((note) => [f.section, of(result, f.section).indexOf(f), note.marker, note.text])).sort();
      const wanted = marks.flatMap((mark, k) => (mark.unmarked ? [] : [[section, nth + mark.at, mark.marker, either(k).includes(found.find((row) => row[1] === nth + mark.at)?.[3] as string) ? found.find((row) => row[1] === nth + mark.at)![3] : expected.pieces[k]]])).sort();
      expect(found).toEqual(wanted);
      const markerTexts = new Set([...marks.map((m) => m.marker), ...expected.markers.map((m) => m.text)]);
      const words = expected.pieces.flatMap((text) => [...halves(text), ...thirds(text), ...text.split(/(?<=\.) /)].map((part) => part.slice(0, 24)));
      const carrying = result.removed.filter((r) => r.kind === 'footnote' || r.kind === 'footnote-marker' || (r.kind !== 'page-number' && markerTexts.has(r.text)) || words.some((w) => r.text.includes(w)));
      const want = [...expected.notes.filter((n) => n.page >= 0).map((n) => ['footnote', n.page, n.printed]), ...expected.markers.map((m) => ['footnote-marker', m.page, m.text])];
      expect(carrying.map((r) => [r.kind, r.page, r.text]).sort()).toEqual(want.sort());
      if (marks.some((mark) => mark.addressAfter)) expect(result.removed.filter((r) => r.text === ADDRESS).map((r) => [r.kind, r.page])).toEqual([['footer', expected.notes[0]!.page + 1]]);
    },
  };
};

const AREA = 'areas-for-improvement';
const MAIN = 'main-findings';
const KEY = 'key-strengths';
const DAGGER = '\u2020';
const DOUBLE_DAGGER = '\u2021';

const CASES: Pair[] = [
  // (a) A note run on over a page break.
  across({ letter: 'wokingham-2017-07-14', want: WOKINGHAM_ALL, section: AREA, runOn: false, when: 'with', marks: [{ at: 0, marker: '1', foot: 'own', carried: true }] },
    'Wokingham: a marker with its line on an area last on its page, its note run on from that page\'s foot to the next\'s'),
  across({ letter: 'surrey-2023-05-02', want: SURREY_ALL, section: MAIN, runOn: false, when: 'after', marks: [{ at: 0, marker: '1', foot: 'own', carried: true }] },
    'Surrey: a marker drawn after every line on a main finding last on its page, its note run on from that page\'s foot to the next\'s'),
  across({ letter: 'derby-2019-05-08', want: DERBY_ALL, section: KEY, runOn: true, when: 'before', marks: [{ at: 0, marker: '1', foot: 'first', carried: true }] },
    'Derby: a marker drawn before every line on a key strength run on over a break, its note run on from the foot of the page it opens on to the marker\'s page\'s foot'),
  across({ letter: 'hertfordshire-2024-12-12', want: HERTFORDSHIRE_ALL, section: MAIN, runOn: false, when: 'with', marks: [{ at: 0, marker: '1', foot: 'own', carried: true, fullStop: true }] },
    'Hertfordshire: a note run on whose part at its page\'s foot is a full line ending a sentence, marker with its line'),
  across({ letter: 'wokingham-2017-07-14', want: WOKINGHAM_ALL, section: AREA, runOn: false, when: 'after', marks: [{ at: 0, marker: '1', foot: 'own', carried: true, fullStop: true }] },
    'Wokingham: a note run on whose part at its page\'s foot is a full line ending a sentence, marker drawn after every line'),
  // The guard on the join after a stop: a small address opening the next page's foot, no sentence, stays its footer.
  across({ letter: 'wokingham-2017-07-14', want: WOKINGHAM_ALL, section: AREA, runOn: false, when: 'with', marks: [{ at: 0, marker: '1', foot: 'own', addressAfter: true }] },
    'Wokingham: a note of one full line ending a sentence, the next page\'s foot opening with a small address at the notes\' edge'),
  // (b) Notes stacked at a page's foot, one another page's.
  across({ letter: 'wokingham-2017-07-14', want: WOKINGHAM_ALL, section: AREA, runOn: false, when: 'with', stacked: true, marks: [{ at: 0, marker: '1', foot: 'next' }, { at: 1, marker: '2', foot: 'own' }] },
    'Wokingham: notes stacked at a page\'s foot, the first of a marker on the page before\'s last area, the second of the page\'s first area'),
  across({ letter: 'hertfordshire-2024-12-12', want: HERTFORDSHIRE_ALL, section: MAIN, runOn: true, when: 'after', stacked: true, marks: [{ at: -1, marker: '1', foot: 'own' }, { at: 0, marker: '2', foot: 'first' }] },
    'Hertfordshire: notes stacked at a page\'s foot, the first of a main finding on it, the second of one run on to the next page with its marker there, drawn after every line'),
  across({ letter: 'derby-2019-05-08', want: DERBY_ALL, section: KEY, runOn: false, when: 'before', marks: [{ at: 0, marker: '1', foot: 'own', carried: true }, { at: 1, marker: '2', foot: 'own' }] },
    'Derby: a note run on to the next page\'s foot above that page\'s own note, markers drawn before every line'),
  across({ letter: 'wokingham-2017-07-14', want: WOKINGHAM_ALL, section: AREA, runOn: false, when: 'before', stacked: true, marks: [{ at: 0, marker: '1', foot: 'next' }, { at: 1, marker: '2', foot: 'own' }] },
    'Wokingham: notes stacked at a page\'s foot, the first of a marker on the page before\'s last area, the second of the page\'s first area, markers drawn before every line'),
  // (c) Symbol markers, their notes on another page.
  across({ letter: 'wokingham-2017-07-14', want: WOKINGHAM_ALL, section: AREA, runOn: false, when: 'with', marks: [{ at: 0, marker: '*', foot: 'next' }] },
    'Wokingham: an asterisk with its line on an area last on its page, its note at the next page\'s foot'),
  across({ letter: 'surrey-2023-05-02', want: SURREY_ALL, section: MAIN, runOn: true, when: 'with', marks: [{ at: 0, marker: DAGGER, foot: 'first' }] },
    'Surrey: a dagger with its line on a main finding run on over a break, its note at the foot of the page it opens on'),
  across({ letter: 'hertfordshire-2024-12-12', want: HERTFORDSHIRE_ALL, section: MAIN, runOn: false, when: 'after', stacked: true, marks: [{ at: 0, marker: '*', foot: 'next' }, { at: 1, marker: DAGGER, foot: 'own' }] },
    'Hertfordshire: an asterisk on a main finding last on its page and a dagger on the next page\'s first, drawn after every line, both notes at the next page\'s foot'),
  across({ letter: 'derby-2019-05-08', want: DERBY_ALL, section: KEY, runOn: true, when: 'before', marks: [{ at: 0, marker: DOUBLE_DAGGER, foot: 'first' }] },
    'Derby: a double dagger drawn before every line on a key strength run on over a break, its note at the foot of the page it opens on'),
  across({ letter: 'surrey-2023-05-02', want: SURREY_ALL, section: MAIN, runOn: true, when: 'after', stacked: true, marks: [{ at: -1, marker: '1', foot: 'own' }, { at: 0, marker: '*', foot: 'first' }] },
    'Surrey: a numbered note and an asterisk\'s stacked at a page\'s foot, the asterisk drawn after every line on a main finding run on to the next page'),
];

// The cases 8bk's round left untried (helper 8bl; tests/layout-notes.md, "A thirty-third round"), as above:
// (d) notes numbered afresh on each page (Word's "restart each page"): the note of a marker on a finding run on over a
//     break stands at the foot of the page the finding opens on, and the next page's own note carries the same marker;
// (e) a note carried over two page breaks: a third at one page's foot, a third all the next page's foot holds, the
//     rest at the top of the foot after;
// (f) a note run on whose first part stands in the right-hand column of two columns of notes (noteColumns), the
//     rest at the top of the next page's foot, at the notes' left edge.
const FURTHER: Pair[] = [
  // (d) One marker for two pages' notes.
  across({ letter: 'surrey-2023-05-02', want: SURREY_ALL, section: MAIN, runOn: true, when: 'with', marks: [{ at: 0, marker: '1', foot: 'first' }, { at: 1, marker: '1', foot: 'own' }] },
    'Surrey: notes numbered afresh on each page, "1" on a main finding run on over a break with its note on the page it opens on, "1" on the next finding with its note at its own page\'s foot'),
  across({ letter: 'derby-2019-05-08', want: DERBY_ALL, section: KEY, runOn: true, when: 'before', marks: [{ at: 0, marker: '*', foot: 'first' }, { at: 1, marker: '*', foot: 'own' }] },
    'Derby: asterisks on each page, one drawn before every line on a key strength run on over a break with its note on the page it opens on, one on the next key strength with its note at its own page\'s foot'),
  across({ letter: 'wokingham-2017-07-14', want: WOKINGHAM_ALL, section: AREA, runOn: true, when: 'after', marks: [{ at: 0, marker: DAGGER, foot: 'first' }, { at: 1, marker: DAGGER, foot: 'own' }] },
    'Wokingham: daggers on each page, drawn after every line, one on an area run on over a break with its note on the page it opens on, one on the next area'),
  across({ letter: 'hertfordshire-2024-12-12', want: HERTFORDSHIRE_ALL, section: MAIN, runOn: true, when: 'after', marks: [{ at: 0, marker: '1', foot: 'first' }, { at: 1, marker: '1', foot: 'own' }] },
    'Hertfordshire: notes numbered afresh on each page, markers drawn after every line, "1" on a main finding run on over a break, "1" on the next'),
  // Undecidable from the page: two notes of one marker, on the page the finding opens on and on the next, and one marker,
  // on the finding run on to the next page: either note may be its. Both kept whole as footnotes, the marker's on that
  // finding alone, none on the next finding (which carries no marker).
  across({ letter: 'surrey-2023-05-02', want: SURREY_ALL, section: MAIN, runOn: true, when: 'with', marks: [{ at: 0, marker: '1', foot: 'first' }, { at: 1, marker: '1', foot: 'own', unmarked: true }] },
    'Surrey: notes "1" at two pages\' feet and one marker, on a main finding run on over the break: undecidable, both kept, one attached'),
  across({ letter: 'derby-2019-05-08', want: DERBY_ALL, section: KEY, runOn: true, when: 'after', marks: [{ at: 0, marker: '*', foot: 'first' }, { at: 1, marker: '*', foot: 'own', unmarked: true }] },
    'Derby: asterisk notes at two pages\' feet and one asterisk, drawn after every line on a key strength run on over the break: undecidable, both kept, one attached'),
  // (e) A note carried over two page breaks.
  across({ letter: 'wokingham-2017-07-14', want: WOKINGHAM_ALL, section: AREA, runOn: false, when: 'with', marks: [{ at: 0, marker: '1', foot: 'own', twice: true, text: NOTE }] },
    'Wokingham: a marker with its line on an area last on its page, its note carried over two page breaks'),
  across({ letter: 'surrey-2023-05-02', want: SURREY_ALL, section: MAIN, runOn: false, when: 'after', marks: [{ at: 0, marker: '1', foot: 'own', twice: true, text: NOTE }] },
    'Surrey: a marker drawn after every line on a main finding last on its page, its note carried over two page breaks'),
  across({ letter: 'derby-2019-05-08', want: DERBY_ALL, section: KEY, runOn: true, when: 'before', marks: [{ at: 0, marker: '*', foot: 'first', twice: true, text: NOTE }] },
    'Derby: an asterisk drawn before every line on a key strength run on over a break, its note carried from the page it opens on over two page breaks'),
  // (f) A note run on from the right-hand column of two.
  across({ letter: 'wokingham-2017-07-14', want: WOKINGHAM_ALL, section: AREA, runOn: false, when: 'with', stacked: true, marks: [{ at: -1, marker: '1', foot: 'own', text: SHORT }, { at: 0, marker: '2', foot: 'own', carried: true, beside: true }] },
    'Wokingham: two columns of notes at a page\'s foot, the right-hand note run on to the next page\'s foot, markers with their lines'),
  across({ letter: 'hertfordshire-2024-12-12', want: HERTFORDSHIRE_ALL, section: MAIN, runOn: false, when: 'after', stacked: true, marks: [{ at: -1, marker: '1', foot: 'own', text: SHORT }, { at: 0, marker: '2', foot: 'own', carried: true, beside: true }] },
    'Hertfordshire: two columns of notes at a page\'s foot, the right-hand note run on to the next page\'s foot, markers drawn after every line'),
  across({ letter: 'derby-2019-05-08', want: DERBY_ALL, section: KEY, runOn: false, when: 'before', stacked: true, marks: [{ at: -1, marker: '1', foot: 'own', text: SHORT }, { at: 0, marker: '2', foot: 'own', carried: true, beside: true }] },
    'Derby: two columns of notes at a page\'s foot, the right-hand note run on to the next page\'s foot, markers drawn before every line'),
  across({ letter: 'kirklees-2022-08-18', want: KIRKLEES_ALL, section: MAIN, runOn: false, when: 'with', marks: [{ at: 0, marker: '1', foot: 'own', twice: true, text: NOTE }] },
    'Kirklees: a marker with its line on a main finding last on its page, its note carried over two page breaks'),
];

readsRight('notes run on, stacked with another page\'s, and symbol notes on another page than their markers', CASES);

readsRight('notes numbered afresh on each page, carried over two breaks, and run on from a second column', FURTHER);

// The cases 8bl's round left untried (helper 8bm; tests/layout-notes.md, "A thirty-fourth round"), as above:
// (g) a note carried over two page breaks whose middle page has a note of its own, under the carried part;
// (h) two columns of notes, the left-hand note run on into the right-hand column (its rest the right column's unmarked
//     top, the right-hand note under it);
// (i) notes numbered afresh on each page, a finding run on over a break citing "1" on each page (the page's own note);
// (j) lettered markers (a, b) numbered afresh on each page.
const FOURTH: Pair[] = [
  // (g) The middle page's own note.
  across({ letter: 'wokingham-2017-07-14', want: WOKINGHAM_ALL, section: AREA, runOn: false, when: 'with', middle: true, marks: [{ at: 0, marker: '1', foot: 'own', twice: true, text: NOTE }, { at: 1, marker: '2', foot: 'own', text: SHORT }] },
    'Wokingham: a note carried over two page breaks, the middle page\'s own note under its carried part, markers with their lines'),
  across({ letter: 'surrey-2023-05-02', want: SURREY_ALL, section: MAIN, runOn: false, when: 'after', middle: true, marks: [{ at: 0, marker: '1', foot: 'own', twice: true, text: NOTE }, { at: 1, marker: '2', foot: 'own', text: SHORT }] },
    'Surrey: a note carried over two page breaks, the middle page\'s own note under its carried part, markers drawn after every line'),
  across({ letter: 'derby-2019-05-08', want: DERBY_ALL, section: KEY, runOn: false, when: 'before', middle: true, marks: [{ at: 0, marker: '1', foot: 'own', twice: true, text: NOTE }, { at: 1, marker: '2', foot: 'own', text: SHORT }] },
    'Derby: a note carried over two page breaks, the middle page\'s own note under its carried part, markers drawn before every line'),
  // (h) The left-hand column's note run on into the right-hand one.
  across({ letter: 'wokingham-2017-07-14', want: WOKINGHAM_ALL, section: AREA, runOn: false, when: 'with', stacked: true, marks: [{ at: -1, marker: '1', foot: 'own', intoColumn: true, text: NOTE }, { at: 0, marker: '2', foot: 'own', beside: true, text: SHORT }] },
    'Wokingham: two columns of notes, the left-hand note run on into the right-hand column above its note, markers with their lines'),
  across({ letter: 'hertfordshire-2024-12-12', want: HERTFORDSHIRE_ALL, section: MAIN, runOn: false, when: 'after', stacked: true, marks: [{ at: -1, marker: '1', foot: 'own', intoColumn: true, text: NOTE }, { at: 0, marker: '2', foot: 'own', beside: true, text: SHORT }] },
    'Hertfordshire: two columns of notes, the left-hand note run on into the right-hand column above its note, markers drawn after every line'),
  across({ letter: 'derby-2019-05-08', want: DERBY_ALL, section: KEY, runOn: false, when: 'before', stacked: true, marks: [{ at: -1, marker: '1', foot: 'own', intoColumn: true, text: NOTE }, { at: 0, marker: '2', foot: 'own', beside: true, text: SHORT }] },
    'Derby: two columns of notes, the left-hand note run on into the right-hand column above its note, markers drawn before every line'),
  // (i) "1" twice in one run-on finding, once on each page, each page's own note.
  across({ letter: 'surrey-2023-05-02', want: SURREY_ALL, section: MAIN, runOn: true, when: 'after', marks: [{ at: 0, marker: '1', foot: 'first', onFirst: true }, { at: 0, marker: '1', foot: 'own' }] },
    'Surrey: notes numbered afresh on each page, a main finding run on over a break citing "1" on each page, drawn after every line'),
  across({ letter: 'derby-2019-05-08', want: DERBY_ALL, section: KEY, runOn: true, when: 'before', marks: [{ at: 0, marker: '1', foot: 'first', onFirst: true }, { at: 0, marker: '1', foot: 'own' }] },
    'Derby: notes numbered afresh on each page, a key strength run on over a break citing "1" on each page, drawn before every line'),
  across({ letter: 'kirklees-2022-08-18', want: KIRKLEES_ALL, section: MAIN, runOn: true, when: 'after', marks: [{ at: 0, marker: '1', foot: 'first', onFirst: true }, { at: 0, marker: '1', foot: 'own' }] },
    'Kirklees: notes numbered afresh on each page, a main finding run on over a break citing "1" on each page, drawn after every line'),
  // (j) Lettered markers numbered afresh on each page.
  across({ letter: 'surrey-2023-05-02', want: SURREY_ALL, section: MAIN, runOn: true, when: 'with', marks: [{ at: 0, marker: 'a', foot: 'first' }, { at: 1, marker: 'a', foot: 'own' }] },
    'Surrey: lettered notes afresh on each page, "a" on a main finding run on over a break with its note on the page it opens on, "a" on the next'),
  across({ letter: 'wokingham-2017-07-14', want: WOKINGHAM_ALL, section: AREA, runOn: true, when: 'after', marks: [{ at: 0, marker: 'a', foot: 'first' }, { at: 1, marker: 'a', foot: 'own' }] },
    'Wokingham: lettered notes afresh on each page, drawn after every line, "a" on an area run on over a break, "a" on the next'),
  across({ letter: 'derby-2019-05-08', want: DERBY_ALL, section: KEY, runOn: false, when: 'before', marks: [{ at: -1, marker: 'a', foot: 'own' }, { at: 0, marker: 'b', foot: 'own' }, { at: 1, marker: 'a', foot: 'own' }] },
    'Derby: lettered notes "a" and "b" at one page\'s foot and "a" again at the next, drawn before every line'),
];

readsRight('notes carried past a page with its own, run on into a second column, cited on each page, and lettered afresh', FOURTH);

// A case 8bm's round left untried (helper 8bn; tests/layout-notes.md, "A thirty-fifth round"), as above:
// (k) a note run on over a page break whose marker is cited twice on the page before it: on the finding last on that
//     page and on the finding before it (one note, two markers on one page; the note's first half at that page's foot,
//     its rest at the top of the next page's foot). Each finding carrying the marker must carry the note whole.
const FIFTH: Pair[] = [
  across({ letter: 'wokingham-2017-07-14', want: WOKINGHAM_ALL, section: AREA, runOn: false, when: 'with', marks: [{ at: 0, marker: '1', foot: 'own', carried: true }, { at: -1, marker: '1', foot: 'own', again: true }] },
    'Wokingham: a note run on over a break, its marker cited on the area last on its page and on the area before, markers with their lines'),
  across({ letter: 'surrey-2023-05-02', want: SURREY_ALL, section: MAIN, runOn: false, when: 'after', marks: [{ at: 0, marker: '1', foot: 'own', carried: true }, { at: -1, marker: '1', foot: 'own', again: true }] },
    'Surrey: a note run on over a break, its marker cited on the main finding last on its page and on the one before, drawn after every line'),
  across({ letter: 'derby-2019-05-08', want: DERBY_ALL, section: KEY, runOn: false, when: 'before', marks: [{ at: 0, marker: '1', foot: 'own', carried: true }, { at: -1, marker: '1', foot: 'own', again: true }] },
    'Derby: a note run on over a break, its marker cited on the key strength last on its page and on the one before, drawn before every line'),
  across({ letter: 'kirklees-2022-08-18', want: KIRKLEES_ALL, section: MAIN, runOn: false, when: 'with', marks: [{ at: 0, marker: '1', foot: 'own', carried: true }, { at: -1, marker: '1', foot: 'own', again: true }] },
    'Kirklees: a note run on over a break, its marker cited on the main finding last on its page and on the one before, markers with their lines'),
];

readsRight('a note run on over a break, its marker cited twice on one page', FIFTH);

// A case 8bn's round left untried (helper 8bo; tests/layout-notes.md, "A thirty-seventh round"):
// (l) a note carried over two page breaks (a third at page P's foot, a third at the top of P+1's foot, the rest at the
//     top of P+2's foot) whose middle page's own last note is unfinished too: it runs on to P+2's foot, under the first
//     note's last third; and the finding that carries that note's marker runs over the same break (P+1 to P+2). The
//     height: the first from 842 pt down at which a finding of the section (its fourth or later) is last on its page and
//     the next page break falls inside a later finding of it. Markers with their lines. On the code before (2ddf6f3) all
//     three failed the check: the middle page's note took both runs at P+2's foot ("... within one working together on
//     each referral. day, as ..."), and the first note lost its last third.
const middleOpen = (letter: string, section: string, want: string[], name: string, { when = 'with', three = false }: { when?: When; three?: boolean } = {}): Pair => {
  const expected = { pieces: [] as number[], notes: [] as Array<[string, number, string]>, markers: [] as Array<[string, number, string]> };
  // With `three`, the middle page's foot holds three notes: the carried part, a whole note "2" on the finding before the one
  // run over (on the middle page), and the open note, "3" (helper 8bq).
  const [closed, open] = three ? ['2', '3'] : [null, '2'];
  const texts = [NOTE, ...(three ? [THIRD] : []), NOTE_MORE];
  return {
    name, letter, want,
    setting: async (): Promise<Setting> => {
      let chosen: [number, number] = [-1, -1];
      const height = await heightWhere(await letterOf(letter), ({ pieces, breaks }) => {
        const own = sectionPieces(pieces, section);
        const k = breaks.findIndex((one, j) => !one.within && own.indexOf(one.piece - 1) >= 3 && breaks[j + 1]?.within === true && own.includes(breaks[j + 1]!.piece) && breaks[j + 1]!.piece !== one.piece && (!three || own.indexOf(breaks[j + 1]!.piece) - own.indexOf(one.piece - 1) >= 2));
        if (k >= 0) chosen = [breaks[k]!.piece - 1, breaks[k + 1]!.piece];
        return k >= 0;
      });
      const [first, over] = chosen;
      if (process.env.JTAI_SHOW_VARIATIONS) console.info(`${name}: ${height} pt, pieces ${first} and ${over}`);
      const marks = (pieces: Piece[]): Array<[number, string]> => { const own = sectionPieces(pieces, section); return [[first, '1'], ...(closed ? [[own[own.indexOf(over) - 1]!, closed] as [number, string]] : []), [over, open]]; };
      const pass = passes(when);
      return {
        height,
        pieces: (pieces) => (when === 'with' ? pieces.map((piece, i) => { const mark = marks(pieces).find(([at]) => at === i); return mark ? { ...piece, marker: mark[1] } : piece; }) : pieces),
        lay: () => ({ drawLine: (page, text, place) => pass.line(() => page.drawText(text, place)) }),
        after: (pages, placed, pieces, { regular }) => {
          const page = placed.filter((p) => p.piece === first).at(-1)!.page;
          if (placed.find((p) => p.piece === over)!.page !== page + 1) throw new Error('the finding run over is not on the middle page');
          const lastOf = (piece: number) => placed.filter((p) => p.piece === piece).at(-1)!;
          if (when !== 'with') for (const [piece, marker] of marks(pieces)) { const last = lastOf(piece); pass.raised(() => pages[last.page]!.drawText(marker, { x: last.end + 0.5, y: last.bottom + 4, size: SIZE * 0.6, font: regular })); }
          const [n1, n2, n3] = thirds(NOTE);
          const [m1, m2] = halves(NOTE_MORE);
          // Two lines at a foot from MARGIN - 16 up; three from 10 pt lower, all under the body.
          const foot = (at: number, rows: string[]) => rows.forEach((text, k) => pages[at]!.drawText(text, { x: MARGIN, y: MARGIN - 16 - (rows.length > 2 ? 10 : 0) + (rows.length - 1 - k) * 10, size: 8, font: regular }));
          foot(page, [`1 ${n1}`]);
          foot(page + 1, [n2, ...(closed ? [`${closed} ${THIRD}`] : []), `${open} ${m1}`]);
          foot(page + 2, [n3, m2]);
          pass.flush();
          const own = sectionPieces(pieces, section);
          expected.pieces = marks(pieces).map(([piece]) => own.indexOf(piece));
          expected.notes = marks(pieces).map(([, marker], k) => ['footnote', k === 0 ? page + 1 : page + 2, `${marker} ${texts[k]}`]);
          expected.markers = marks(pieces).map(([piece, marker]) => ['footnote-marker', lastOf(piece).page + 1, RAISED[marker]!]);
          if (closed && lastOf(marks(pieces)[1]![0]).page !== page + 1) throw new Error('the whole note\'s finding is not on the middle page');
        },
      };
    },
    check: (result: ParseResult) => {
      const found = result.findings.flatMap((f) => (f.footnotes ?? []).map((note) => [f.section, of(result, f.section).indexOf(f), note.marker, note.text]));
      expect(found).toEqual(expected.pieces.map((piece, k) => [section, piece, k === 0 ? '1' : k === expected.pieces.length - 1 ? open : closed, texts[k]]));
      const carrying = result.removed.filter((r) => r.kind === 'footnote' || r.kind === 'footnote-marker').map((r) => [r.kind, r.page, r.text]);
      expect(carrying.sort()).toEqual([...expected.notes, ...expected.markers].sort());
    },
  };
};

const SIXTH: Pair[] = [
  middleOpen('wokingham-2017-07-14', AREA, WOKINGHAM_ALL, 'Wokingham: a note over two breaks, the middle page\'s own note run on under it, its finding run over the same break'),
  middleOpen('derby-2019-05-08', KEY, DERBY_ALL, 'Derby: a note over two breaks, the middle page\'s own note run on under it, its finding run over the same break'),
  middleOpen('surrey-2023-05-02', MAIN, SURREY_ALL, 'Surrey: a note over two breaks, the middle page\'s own note run on under it, its finding run over the same break'),
];

readsRight('a note carried past a middle page whose own note runs on too, with a finding over the same break', SIXTH);

// (l) again (helper 8bq; tests/layout-notes.md, "A thirty-eighth round"): the markers drawn in a pass of their own, before
// every line of text or after them all; and three notes at the middle page's foot, the carried part, a whole note and the
// open one (only a foot's last note runs on, as a word processor sets them), its rest at the next foot under the carried
// note's last third.
const SEVENTH: Pair[] = [
  middleOpen('wokingham-2017-07-14', AREA, WOKINGHAM_ALL, 'Wokingham: (l) with the markers drawn before every line', { when: 'before' }),
  middleOpen('derby-2019-05-08', KEY, DERBY_ALL, 'Derby: (l) with the markers drawn after every line', { when: 'after' }),
  middleOpen('surrey-2023-05-02', MAIN, SURREY_ALL, 'Surrey: (l) with the markers drawn before every line', { when: 'before' }),
  middleOpen('wokingham-2017-07-14', AREA, WOKINGHAM_ALL, 'Wokingham: (l) with three notes at the middle page\'s foot, the last open', { three: true }),
  middleOpen('derby-2019-05-08', KEY, DERBY_ALL, 'Derby: (l) with three notes at the middle page\'s foot, the last open, markers drawn after every line', { three: true, when: 'after' }),
  middleOpen('surrey-2023-05-02', MAIN, SURREY_ALL, 'Surrey: (l) with three notes at the middle page\'s foot, the last open', { three: true }),
];

readsRight('a note carried past a middle page whose own note runs on too, markers drawn apart or three notes at that foot', SEVENTH);
