import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers.js';
import type { Piece } from './typeset.js';
import { differencesOf, MARGIN, MEDWAY_ALL, NOTE, of, type Pair, sectionPieces, type Setting, SIZE, WIDTH, WOKINGHAM_ALL } from './variation-kit.js';

// Footnote markers drawn apart from their lines with no box (helper 8bh; tests/layout-notes.md, "A thirtieth
// round: markers drawn apart from their lines"). 8bg's `markersOnTheirLines` (src/extract/pdf.ts) was found
// only with a box's text drawn after its page while the marker was drawn with the page. Here a real letter's
// text (as jtai reads the real PDF) is set with no box, its markers drawn in a pass of their own: every marker
// before any of the text's lines, or every marker after them. What each must read was written by hand before
// jtai ran on it: the letter's own sections and counts (`differencesOf`: kinds, counts, sub-headings, first
// and last words, nothing lost), and each note kept on the finding carrying its marker. And a raised number
// near a line's end that is no marker (a page's number set small at the head's right, just above the end of
// the page's first line, drawn apart) must stay out of the text and attach no note.

const dir = tempDir('jtai-apart-markers-');
const PPN = 'PPNs are police protection notifications, shared with the front door.';
const kept = (marker: string, text: string) => [{ marker, page: expect.any(Number), text }];

interface Mark { section: string; nth: number; marker: string; note: string }

/**
 * Markers raised after the last line of the chosen findings (as layPieces sets a piece's marker: 0.5 pt after
 * the line's end, 4 pt up, 0.6 of the body's size), drawn apart from their lines: `before`, every line of
 * text is held back and drawn after the markers (the glyphs and page numbers stay where layPieces draws them);
 * `after`, the markers are drawn once the page's text is all down. Each note at the foot of its marker's page,
 * stacked when two share a page.
 */
const markersApart = (when: 'before' | 'after', marks: Mark[]): Setting => {
  const held: Array<() => void> = [];
  return {
    lay: () => (when === 'before' ? { drawLine: (page, text, at) => { held.push(() => page.drawText(text, at)); } } : {}),
    after: (pages, placed, pieces, { regular }) => {
      const onPage = new Map<number, number>();
      for (const mark of marks) {
        const last = placed.filter((p) => p.piece === sectionPieces(pieces, mark.section)[mark.nth]).at(-1)!;
        pages[last.page]!.drawText(mark.marker, { x: last.end + 0.5, y: last.bottom + 4, size: SIZE * 0.6, font: regular });
        const k = onPage.get(last.page) ?? 0;
        onPage.set(last.page, k + 1);
        pages[last.page]!.drawText(`${mark.marker} ${mark.note}`, { x: MARGIN, y: MARGIN - 16 - k * 10, size: 8, font: regular });
      }
      held.forEach((draw) => draw());
    },
  };
};

const wokingham = 'wokingham-2017-07-14';
const medway = 'medway-2018-08-03';

/** A case: the marks drawn apart from their lines (`when`), each note kept, marker and text, on the finding carrying its marker, and no other finding noted. */
const notesApart = (name: string, letter: string, want: string[], when: 'before' | 'after', marks: Mark[]): Pair => ({
  name, letter, want,
  setting: markersApart(when, marks),
  check: (result) => {
    expect(marks.map((mark) => of(result, mark.section)[mark.nth]!.footnotes)).toEqual(marks.map((mark) => kept(mark.marker, mark.note)));
    expect(result.findings.filter((f) => (f.footnotes ?? []).length > 0)).toHaveLength(marks.length);
  },
});
const WOKINGHAM_MARKS: Mark[] = [{ section: 'key-strengths', nth: 9, marker: '1', note: PPN }, { section: 'areas-for-improvement', nth: 14, marker: '2', note: NOTE }];

const CASES: Pair[] = [
  notesApart('markers drawn before every line of text, notes on a key strength and an area for improvement', wokingham, WOKINGHAM_ALL, 'before', WOKINGHAM_MARKS),
  notesApart('markers drawn before every line of text, two notes stacked on neighbouring areas for improvement', medway, MEDWAY_ALL, 'before', [
    { section: 'areas-for-improvement', nth: 4, marker: '*', note: PPN }, { section: 'areas-for-improvement', nth: 5, marker: '\u2020', note: NOTE },
  ]),
  notesApart('markers drawn after every line of text, notes on a key strength and an area for improvement', wokingham, WOKINGHAM_ALL, 'after', WOKINGHAM_MARKS),
  {
    // No marker: each page's number (counted from 3, as in a letter bound after two pages) set small at the head's right, drawn after the page's text, 8 pt above where the page's
    // first line ends (a one-line piece's, its end exact) and 1 pt after it: raised just after a line's end as a marker is,
    // but no note on the page carries it. It must stay out of the text, attached to nothing.
    name: 'a page number set small and raised just after the end of its page\'s first line, no note carrying it', letter: wokingham,
    setting: {
      after: (pages, placed, _pieces, { regular }) => {
        pages.forEach((page, p) => {
          const first = placed.find((at) => at.page === p);
          if (first && first.top === first.bottom) page.drawText(String(p + 3), { x: first.end + 1, y: first.top + 8, size: 8, font: regular });
        });
      },
      pageNumber: 'none',
    },
    want: WOKINGHAM_ALL,
    check: (result) => {
      expect(result.findings.filter((f) => (f.footnotes ?? []).length > 0)).toEqual([]);
      expect(result.findings.filter((f) => /[\u00B9\u00B2\u00B3\u2070-\u2079]/.test(f.text)).map((f) => f.text.slice(-40))).toEqual([]);
      // Taken out as the page numbers they are (on 8bg's pass, which joined them to their lines as markers, "footnote-marker" 3 and 12).
      expect(result.removed.filter((r) => r.page === 1 || r.page === 10).map((r) => [r.kind, r.text])).toEqual([['page-number', '3'], ['page-number', '12']]);
    },
  },
];

describe('footnote markers drawn apart from their lines, no box', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (name, c) => {
    const found = await differencesOf(c, dir);
    if (process.env.JTAI_SHOW_VARIATIONS) console.info([name, ...found].join('\n'));
    expect(found).toEqual([]);
  }, 300_000);
});
