import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../src/types.js';
import { tempDir } from './helpers.js';
import { breakAt, combine, DERBY_ALL, differencesOf, glyphless, HARINGEY_ALL, HERTFORDSHIRE_ALL, leadIn, numberedMainFindings, LEEDS_ALL, MARGIN, NOTE, of, type Pair, sectionPieces, SEFTON_ALL, type Setting, SIZE, SURREY_ALL, WOKINGHAM_ALL, passes, type When } from './variation-kit.js';

// The two cases 8bh's round left untried (helper 8bi; tests/layout-notes.md, "A thirty-first round"): (a) a
// raised ordinal ("86th", its "th" raised, in Leeds's own main findings: no other real letter has one) drawn
// apart from its line, before every line of text or after them all; (b) a footnote whose note stands on another
// page than its marker, the marker drawn apart from its line: the marker on a page's last line and its note at
// the next page's foot, or the marker on a finding's last line run on to the next page with its note at the foot
// of the page the finding opens on. Each with its control, the marker or ordinal drawn straight after its line.
// What each must read was written by hand before jtai ran on it: the letter's own sections, counts and
// sub-headings (`differencesOf`, nothing lost by `expectBalanced`); the note kept, marker and text, on the
// finding carrying the marker and on no other; `removed` listing the note as a footnote and the marker as a
// footnote's marker, each on its own page, and nothing else carrying them; the ordinal kept in its finding's text
// and in no `removed`.

const dir = tempDir('jtai-apart-elsewhere-');
const wokingham = 'wokingham-2017-07-14';
const leeds = 'leeds-2024-05-16';

// (a) The ordinal: the line holding "86th" drawn as "... 86", "th" raised 4 pt at 0.6 of the body's size, and the rest.
const ORDINAL = '86th';
const ordinalApart = (when: When): Setting => {
  const pass = passes(when);
  return {
    lay: () => ({
      drawLine: (page, text, at) => {
        const cut = text.indexOf(ORDINAL);
        if (cut < 0) return pass.line(() => page.drawText(text, at));
        const before = text.slice(0, cut + 2);
        const after = text.slice(cut + ORDINAL.length);
        const x = at.x + at.font.widthOfTextAtSize(before, at.size);
        const small = at.size * 0.6;
        pass.line(() => page.drawText(before, at));
        pass.raised(() => page.drawText('th', { ...at, x, y: at.y + 4, size: small }));
        pass.line(() => page.drawText(after, { ...at, x: x + at.font.widthOfTextAtSize('th', small) }));
      },
    }),
    after: () => pass.flush(),
  };
};
const ordinalCase = (when: When): Pair => ({
  name: `a raised ordinal drawn ${when === 'with' ? 'with its line' : `${when} every line of text`}`, letter: leeds, want: LEEDS_ALL,
  setting: ordinalApart(when),
  check: (result) => {
    expect(of(result, 'main-findings')[0]!.text).toMatch(/^Leeds is the 86(?:th|\u1D57\u02B0) most deprived local authority in England\./);
    expect(result.findings.filter((f) => (f.footnotes ?? []).length > 0)).toEqual([]);
    expect(result.removed.filter((r) => /^(?:th|\u1D57\u02B0)$/.test(r.text) || r.kind === 'footnote' || r.kind === 'footnote-marker')).toEqual([]);
  },
});

// (b) A note on another page than its marker.
const MARKER = '1';
/** The marker after the nth finding of the section, drawn by `when`, its note at the foot of the page `notePage` picks. */
const noteElsewhere = (section: string, nth: number, when: When, notePage: (pages: number[]) => number, height: number): Setting => {
  const pass = passes(when);
  return {
    height,
    // Drawn with its line: layPieces sets the piece's marker straight after its last line.
    pieces: (pieces) => (when === 'with' ? pieces.map((piece, i) => (i === sectionPieces(pieces, section)[nth] ? { ...piece, marker: MARKER } : piece)) : pieces),
    lay: () => ({ drawLine: (page, text, at) => pass.line(() => page.drawText(text, at)) }),
    after: (pages, placed, pieces, { regular }) => {
      const on = placed.filter((p) => p.piece === sectionPieces(pieces, section)[nth]);
      const last = on.at(-1)!;
      if (when !== 'with') pass.raised(() => pages[last.page]!.drawText(MARKER, { x: last.end + 0.5, y: last.bottom + 4, size: SIZE * 0.6, font: regular }));
      pages[notePage(on.map((p) => p.page))]!.drawText(`${MARKER} ${NOTE}`, { x: MARGIN, y: MARGIN - 16, size: 8, font: regular });
      pass.flush();
    },
  };
};
/** The note kept on the nth finding of the section and no other; removed as a footnote on `notePage`, its marker as a footnote's on `markerPage` (1-based), nothing else carrying either. */
const keptElsewhere = (section: string, nth: number, pages: () => { note: number; marker: number }) => (result: ParseResult) => {
  expect(of(result, section)[nth]!.footnotes).toEqual([{ marker: MARKER, page: expect.any(Number), text: NOTE }]);
  expect(result.findings.filter((f) => (f.footnotes ?? []).length > 0)).toHaveLength(1);
  const { note, marker } = pages();
  const carrying = result.removed.filter((r) => r.kind === 'footnote' || r.kind === 'footnote-marker' || (r.kind !== 'page-number' && r.text === MARKER) || r.text.includes(NOTE.slice(0, 20)));
  expect(carrying.map((r) => [r.kind, r.page, r.text]).sort()).toEqual([['footnote', note, `${MARKER} ${NOTE}`], ['footnote-marker', marker, '\u00B9']]);
};

const AREA = 'areas-for-improvement';
interface Elsewhere {
  letter: string;
  want: string[];
  section: string;
  /** The marker on a finding run on over a page break, its note at the foot of the page it opens on; or (false) on a finding last on its page, its note at the next page's foot. */
  runOn: boolean;
  when: When;
  /** Another variation set with it. */
  more?: Setting;
  /** The first of the section's findings tried (the 6th unless given). */
  from?: number;
}

/** A note on another page than its marker, the marker drawn by `when`; kept on its finding, listed in `removed` on the pages it stands on. */
const elsewhere = ({ letter, want, section, runOn, when, more, from = 5 }: Elsewhere, name: string): Pair => {
  const pages = { marker: 0, note: 0 };
  let nth = 0;
  return {
    name, letter, want,
    setting: async () => {
      const at = await breakAt(letter, section, runOn, from, more?.pieces);
      nth = at.nth;
      const note = noteElsewhere(section, at.nth, when, (on) => {
        pages.marker = on.at(-1)! + 1;
        pages.note = runOn ? on[0]! + 1 : on.at(-1)! + 2;
        return pages.note - 1;
      }, at.height);
      return more ? combine(more, note) : note;
    },
    check: (result) => keptElsewhere(section, nth, () => pages)(result),
  };
};
const drawn = (when: When) => (when === 'with' ? 'drawn with its line' : `drawn ${when} every line of text`);
/** (b1) the marker on a page's last line (an area for improvement ending its page), the note at the next page's foot. */
const onLastLine = (when: When): Pair => elsewhere({ letter: wokingham, want: WOKINGHAM_ALL, section: AREA, runOn: false, when }, `a marker on a page's last line ${drawn(when)}, its note at the next page's foot`);
/** (b2) the marker on the last line of an area for improvement that runs on over a page break, its note at the foot of the page the area opens on. */
const runOn = (when: When): Pair => elsewhere({ letter: wokingham, want: WOKINGHAM_ALL, section: AREA, runOn: true, when }, `a marker ${drawn(when)} on an item run on over a break, its note at the foot of the page before`);

// (c) Notes on another page than their markers, the markers drawn apart, with a variation of the kit besides, on
// letters no pair or triple used (2016-2019 letters' bullets, 2022+ letters' paragraphs). What each must read is
// the letter as jtai reads the real PDF (fixtures/COUNTS.md's counts), written out here before jtai ran on them.
const UNUSED: Pair[] = [
  elsewhere({ letter: 'sefton-2019-12-18', want: SEFTON_ALL, section: AREA, runOn: false, when: 'after', more: { pieces: glyphless([AREA]) } },
    'Sefton: glyphless areas for improvement, a marker drawn after every line on one last on its page, its note at the next page\'s foot'),
  elsewhere({ letter: 'derby-2019-05-08', want: DERBY_ALL, section: 'key-strengths', runOn: true, when: 'before', more: { pieces: leadIn('key-strengths', 'The partnership has the key strengths set out below.') } },
    'Derby: a lead-in "below." before the key strengths, a marker drawn before every line on one run on over a break, its note at the page before\'s foot'),
  elsewhere({ letter: 'surrey-2023-05-02', want: SURREY_ALL, section: 'main-findings', runOn: true, when: 'after', more: { pieces: numberedMainFindings } },
    'Surrey: numbered main findings, a marker drawn after every line on one run on over a break, its note at the page before\'s foot'),
  elsewhere({ letter: 'hertfordshire-2024-12-12', want: HERTFORDSHIRE_ALL, section: 'main-findings', runOn: false, when: 'before' },
    'Hertfordshire: a marker drawn before every line on a main finding last on its page, its note at the next page\'s foot'),
  elsewhere({ letter: 'haringey-2018-01-30', want: HARINGEY_ALL, section: 'key-strengths', runOn: false, when: 'after', more: { pieces: glyphless(['key-strengths']) } },
    'Haringey: glyphless key strengths, a marker drawn after every line on one last on its page, its note at the next page\'s foot'),
];

const CASES: Pair[] = [
  ordinalCase('with'), ordinalCase('before'), ordinalCase('after'),
  onLastLine('with'), onLastLine('before'), onLastLine('after'),
  runOn('with'), runOn('before'), runOn('after'),
  ...UNUSED,
];

describe('markers and ordinals drawn apart, notes on another page than their markers', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (name, c) => {
    const found = await differencesOf(c, dir);
    if (process.env.JTAI_SHOW_VARIATIONS) console.info([name, ...found].join('\n'));
    expect(found).toEqual([]);
  }, 300_000);
});
