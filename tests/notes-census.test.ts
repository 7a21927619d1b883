import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { observePageBreaks, type PageBreakRow } from '../src/segment/blocks.js';
import type { ParseResult } from '../src/types.js';
import { HEIGHTS, PAGE_SETTINGS, type Read, type Reading, readAs, readWithBreaks, score, type Tally, table, tally } from './census-kit.js';
import { REAL_LETTERS, tempDir } from './helpers.js';
import { type Piece, piecesOf, type Placed } from './typeset.js';
import { boxRound, combine, findingsByText, letterOf, LONG_NOTE, reset, type Setting, SHORTER_NOTES, sectionPieces, withFootnotes } from './variation-kit.js';

// The census of notes (helper 8ca; tests/layout-notes.md, "A forty-second round"): issue 8's items 1 (footnotes: stacked,
// of several lines, a blank line inside, set smaller; kept in the JSON with marker, text and page, on the finding whose
// text carries the marker) and 7 (a study's pseudonym note kept as its note, never a finding) over the 13 letters
// re-set as tests/reset-census.test.ts re-sets them (its code shared through tests/census-kit.ts), at its four page
// heights, read as a PDF, as `pdftotext -layout` text and as plain `pdftotext` text. Footnotes stand where letters put
// them: markers raised after a finding's last word in the letter's longest section of findings, a third of the way in,
// the notes in 8 pt at the foot of the page the marker is on, the body keeping their room as a word processor does
// (`withFootnotes`' `room`); one, two and three notes on consecutive findings, and one of two paragraphs with a blank line
// between them. Pseudonym notes close the letter's first case study: on a line of their own after its last paragraph, as
// the last line inside the study's box, and in 8 pt at the foot of the page the study ends on.
//
// Each reading is scored against the known answer (`notesRead`): every footnote on the finding that holds its marker's
// piece, with its marker, text and page, and no other footnote; every pseudonym note among its study's notes, and no
// other note; no finding holding a note's words; every finding whole and once (`findingsByText`, whose complaints the
// same letter at the same height with no notes makes are counted apart); and every page break scored against the kit's
// as the census scores it. The checks are seen failing on broken readings in the first `describe`, which always runs.
//
// Slow (13 letters, 8 settings, 4 heights, 3 readings: about 1250 parses), so opt-in:
//   JTAI_NOTES_CENSUS=1 npx vitest run tests/notes-census.test.ts --testTimeout=3600000

/** A third note of one line and a half, for three stacked. */
const THIRD_NOTE = 'Early help is support given to a child or family when a problem first emerges, before it meets the threshold for a statutory service.';
const SECOND_PARAGRAPH = 'The hub moved to new premises during the inspection.';
const PSEUDONYMS = { after: 'All names are pseudonyms.', boxed: 'All names in this study are pseudonyms.', foot: '*Pseudonym used to protect confidentiality.', marked: 'Pseudonym used to protect confidentiality.' };

/** What a setting must read: each footnote on the nth finding of a section, each note among a section's notes. */
interface Wanted { footnotes: Array<{ section: string; nth: number; marker: string; text: string }>; notes: Array<{ section: string; text: string }> }
interface NoteSetting { setting: Setting; wanted: Wanted }

/** The letter's longest section of findings (its first, where two are as long): where the footnotes go. */
const longestSection = (result: ParseResult) => {
  const counts = new Map<string, number>();
  for (const finding of result.findings) counts.set(finding.section, (counts.get(finding.section) ?? 0) + 1);
  return [...counts].reduce((best, each) => (each[1] > best[1] ? each : best))[0];
};

/** A note's line after a study's last paragraph (and, with `boxed`, the study with the note ruled round). */
function pseudonymLine(study: string, text: string, boxed: boolean): Setting {
  const studyOf = (pieces: Piece[]) => { const paragraphs = sectionPieces(pieces, study); return [paragraphs[0]! - 1, ...paragraphs, paragraphs.at(-1)! + 1]; };
  return {
    pieces: (pieces) => pieces.flatMap((piece, i) => (i === sectionPieces(pieces, study).at(-1) ? [piece, { text, indent: 0, glyph: null, gapBefore: 10 }] : [piece])),
    ...(boxed ? { after: (pages, placed: Placed[], pieces) => boxRound(pages, placed, studyOf(pieces)) } : {}),
  };
}

/** The settings a letter takes: footnotes in its longest section; pseudonym notes where it has a case study. */
function noteSettings(original: ParseResult): Record<string, NoteSetting> {
  const pieces = piecesOf(original);
  const section = longestSection(original);
  // Within the section's first run of findings (a boxed study may part it), three findings from a third of the way in.
  const run = sectionPieces(pieces, section).length;
  const nth = Math.min(Math.floor(run / 3), run - 3);
  const notes = [SHORTER_NOTES[0]!, LONG_NOTE, THIRD_NOTE];
  const stacked = (count: number): NoteSetting => {
    const chosen = notes.slice(0, count).map((text, k): [number, string, string] => [nth + k, String(k + 1), text]);
    return { setting: withFootnotes(section, chosen, { room: true }), wanted: { footnotes: chosen.map(([at, marker, text]) => ({ section, nth: at, marker, text })), notes: [] } };
  };
  const settings: Record<string, NoteSetting> = {
    'one footnote': stacked(1),
    'two footnotes stacked': stacked(2),
    'three footnotes stacked': stacked(3),
    'a footnote of two paragraphs, a blank line between': {
      setting: withFootnotes(section, [[nth, '1', `${SHORTER_NOTES[0]!}\n\n${SECOND_PARAGRAPH}`]], { room: true }),
      wanted: { footnotes: [{ section, nth, marker: '1', text: `${SHORTER_NOTES[0]!} ${SECOND_PARAGRAPH}` }], notes: [] },
    },
  };
  const study = original.sections.find((s) => s.kind.startsWith('case-study') && original.findings.some((f) => f.section === s.kind))?.kind;
  if (study === undefined) return settings;
  const last = sectionPieces(pieces, study).length - 1;
  return {
    ...settings,
    'a pseudonym note after a study': { setting: pseudonymLine(study, PSEUDONYMS.after, false), wanted: { footnotes: [], notes: [{ section: study, text: PSEUDONYMS.after }] } },
    'a pseudonym note inside a boxed study': { setting: pseudonymLine(study, PSEUDONYMS.boxed, true), wanted: { footnotes: [], notes: [{ section: study, text: PSEUDONYMS.boxed }] } },
    'a pseudonym note at the foot of the study\'s page': {
      setting: withFootnotes(study, [[last, '', PSEUDONYMS.foot]], { room: true }), wanted: { footnotes: [], notes: [{ section: study, text: PSEUDONYMS.foot }] },
    },
    // The note's "*" raised after the study's last word too ("... at home.*"): the page says which text it closes.
    'a pseudonym note at the foot, its marker in the study': {
      setting: withFootnotes(study, [[last, '*', PSEUDONYMS.marked]], { room: true }), wanted: { footnotes: [], notes: [{ section: study, text: `* ${PSEUDONYMS.marked}` }] },
    },
  };
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * What a reading of a setting reads otherwise than it must, one line each: a footnote not on the finding holding its
 * marker's piece with its marker, text and page (the page its marker's line is on), or one read that was not set; a
 * pseudonym note not among its section's notes, or a note read that was not set; a finding holding a note's words.
 */
export function notesRead(result: ParseResult, pieces: readonly Piece[], placed: readonly Placed[], wanted: Wanted, clean: (text: string) => string): string[] {
  const out: string[] = [];
  const words = (text: string) => squeeze(clean(text));
  const seen = new Set<string>();
  for (const want of wanted.footnotes) {
    const at = sectionPieces([...pieces], want.section)[want.nth]!;
    const page = placed.filter((p) => p.piece === at).at(-1)!.page + 1;
    const end = words(pieces[at]!.text).slice(-40);
    const holder = result.findings.find((f) => words(f.text).includes(end));
    const label = `footnote ${want.marker} (${want.section} ${want.nth + 1}, page ${page})`;
    const carried = result.findings.flatMap((f) => (f.footnotes ?? []).filter((n) => n.marker === want.marker).map((n) => `${f.id}: page ${n.page}, "${squeeze(n.text).slice(0, 40)}"`));
    const own = holder?.footnotes?.find((n) => n.marker === want.marker);
    if (!holder) out.push(`${label}: no finding holds its piece's end`);
    else if (!own) out.push(`${label}: not on ${holder.id}${carried.length > 0 ? `; read on ${carried.join(', ')}` : '; on no finding'}`);
    else {
      seen.add(`${holder.id} ${own.marker}`);
      if (squeeze(own.text) !== words(want.text)) out.push(`${label}: its text read "${squeeze(own.text)}"`);
      if (own.page !== page) out.push(`${label}: read on page ${own.page}`);
    }
  }
  for (const finding of result.findings) for (const note of finding.footnotes ?? []) if (!seen.has(`${finding.id} ${note.marker}`)) out.push(`a footnote read that was not set: ${finding.id} ${note.marker} "${squeeze(note.text).slice(0, 50)}"`);
  const wantedNotes = new Set(wanted.notes.map((note) => `${note.section} ${words(note.text)}`));
  for (const want of wanted.notes) {
    const section = result.sections.find((s) => s.kind === want.section && (s.notes ?? []).some((note) => squeeze(note) === words(want.text)));
    if (!section) out.push(`the note "${want.text}" not among ${want.section}'s notes (${JSON.stringify(result.sections.flatMap((s) => (s.notes ?? []).map((note) => `${s.kind}: ${note}`)))})`);
  }
  for (const section of result.sections) for (const note of section.notes ?? []) if (!wantedNotes.has(`${section.kind} ${squeeze(note)}`)) out.push(`a note read that was not set: ${section.kind} "${squeeze(note)}"`);
  const noteWords = [...wanted.footnotes.map((note) => note.text), ...wanted.notes.map((note) => note.text)].map((text) => words(text).split(' ').slice(0, 5).join(' '));
  for (const finding of result.findings) for (const opening of noteWords) if (words(finding.text).includes(opening)) out.push(`${finding.id} holds a note's words ("${opening}")`);
  return out;
}

type Totals = { readings: number; footnotes: number; footnotesRight: number; notes: number; notesRight: number; misread: number; findingsOtherwise: number; breaks: number } & Tally;
const totalsOf = (): Totals => ({ readings: 0, footnotes: 0, footnotesRight: 0, notes: 0, notesRight: 0, misread: 0, findingsOtherwise: 0, breaks: 0, ...tally() });

/** Scores one reading of a setting into its totals; the lines it reads otherwise go to `listed`. */
function scoreReading(totals: Totals, rows: Map<PageBreakRow, Tally>, listed: string[], where: string, read: { result: ParseResult; breaks: Read[] }, made: { pieces: Piece[]; placed: Placed[]; breaks: readonly { within: boolean }[]; clean: (text: string) => string }, wanted: Wanted, baseline: ReadonlySet<string>): void {
  totals.readings++;
  const wrong = notesRead(read.result, made.pieces, made.placed, wanted, made.clean);
  totals.footnotes += wanted.footnotes.length;
  totals.footnotesRight += wanted.footnotes.filter((note) => !wrong.some((line) => line.startsWith(`footnote ${note.marker} (`))).length;
  totals.notes += wanted.notes.length;
  totals.notesRight += wanted.notes.filter((note) => !wrong.some((line) => line.startsWith(`the note "${note.text}"`))).length;
  const otherwise = findingsByText(read.result, made.pieces, made.clean).filter((line) => !baseline.has(line));
  if (wrong.length + otherwise.length > 0) totals.misread++;
  totals.findingsOtherwise += otherwise.length;
  for (const line of [...wrong, ...otherwise.map((line) => `by text: ${line}`)]) listed.push(`${where}: ${line}`);
  for (const each of read.breaks) {
    const laid = made.breaks[each.page - 2];
    if (!laid) continue;
    totals.breaks++;
    score(totals, rows, listed, where, each, !laid.within);
  }
}

afterEach(() => observePageBreaks(null));
const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;

describe('the notes census\'s checks fail on broken readings', () => {
  // Sefton re-set at 842 pt with two footnotes stacked on its longest section, read as a PDF: read right, and then each
  // broken as a misreading would break it, each check naming what broke.
  it('each check names what a broken reading misreads', async () => {
    const original = await letterOf('sefton-2019-12-18');
    const { setting, wanted } = noteSettings(original)['two footnotes stacked']!;
    const made = await reset(original, 'notes-census-checks', setting, tempDir('jtai-notes-checks-'));
    const { result } = await readWithBreaks(made.file);
    expect(notesRead(result, made.pieces, made.placed, wanted, made.clean)).toEqual([]);
    expect(findingsByText(result, made.pieces, made.clean)).toEqual([]);
    const broken = (change: (copy: ParseResult) => void) => { const copy = structuredClone(result); change(copy); return notesRead(copy, made.pieces, made.placed, wanted, made.clean); };
    const holder = (copy: ParseResult, marker: string) => copy.findings.find((f) => f.footnotes?.some((n) => n.marker === marker))!;
    expect(broken((copy) => { holder(copy, '1').footnotes = holder(copy, '1').footnotes!.filter((n) => n.marker !== '1'); })).toEqual([expect.stringMatching(/^footnote 1 .*: not on .*; on no finding$/)]);
    expect(broken((copy) => { const from = holder(copy, '2'); const to = copy.findings[copy.findings.indexOf(from) + 1]!; to.footnotes = from.footnotes; delete from.footnotes; }))
      .toEqual([expect.stringMatching(/^footnote 2 .*: not on .*; read on /), expect.stringMatching(/^a footnote read that was not set: .* 2 /)]);
    expect(broken((copy) => { holder(copy, '1').footnotes![0]!.page += 1; })).toEqual([expect.stringMatching(/^footnote 1 .*: read on page \d+$/)]);
    expect(broken((copy) => { holder(copy, '1').footnotes![0]!.text = SHORTER_NOTES[0]!.slice(0, 60); })).toEqual([expect.stringMatching(/^footnote 1 .*: its text read /)]);
    expect(broken((copy) => { const f = holder(copy, '2'); f.text = `${f.text} ${LONG_NOTE}`; })).toEqual([expect.stringMatching(/holds a note's words \("Serious youth violence is defined"\)$/)]);
    expect(broken((copy) => { copy.sections[0]!.notes = ['All names are pseudonyms.']; })).toEqual(['a note read that was not set: summary "All names are pseudonyms."']);
    // A pseudonym note lost (this reading's wanted as the pseudonym setting's: its footnotes are then not set), and a
    // finding cut short (its rest a finding of its own).
    const study = noteSettings(original)['a pseudonym note after a study']!;
    expect(notesRead(result, made.pieces, made.placed, study.wanted, made.clean)).toContainEqual(expect.stringMatching(/^the note "All names are pseudonyms." not among case-study-/));
    const cut = structuredClone(result);
    const at = cut.findings.findIndex((f) => f.footnotes?.some((n) => n.marker === '1'));
    const text = cut.findings[at]!.text;
    cut.findings.splice(at, 1, { ...cut.findings[at]!, text: text.slice(0, 40) }, { ...cut.findings[at]!, id: 'rest', text: text.slice(40) });
    expect(findingsByText(cut, made.pieces, made.clean).length).toBeGreaterThan(0);
    // A break read the wrong way is counted wrong.
    const totals = totalsOf();
    scoreReading(totals, new Map(), [], 'checks', { result, breaks: [{ page: 2, row: 'no sentence ends', ends: made.breaks[0]!.within, last: '', next: '' }] }, made, wanted, new Set());
    expect([totals.right, totals.wrong]).toEqual([0, 1]);
  }, 600_000);
});

describe('what the notes census found misread, each on its re-set page (helper 8ca)', () => {
  const dir = tempDir('jtai-notes-found-');
  const readsRight = async (name: string, readings: Reading[], letter = 'sefton-2019-12-18', height = 842, pages = 'as they stand') => {
    const original = await letterOf(letter);
    const { setting, wanted } = noteSettings(original)[name]!;
    const pageSetting = PAGE_SETTINGS[pages]!;
    const page = pages === 'as they stand' ? '' : `p${Object.keys(PAGE_SETTINGS).indexOf(pages)}-`;
    const made = await reset(original, `notes-found-${letter}-${page}${Object.keys(noteSettings(original)).indexOf(name)}-${height}`, combine(pageSetting, setting, { height }), dir);
    const plain = await reset(original, `notes-found-${letter}-${page}plain-${height}`, { ...pageSetting, height }, dir);
    for (const reading of readings) {
      const { result } = await readWithBreaks(readAs(made.file, reading));
      const baseline = new Set(findingsByText((await readWithBreaks(readAs(plain.file, reading))).result, plain.pieces, plain.clean));
      // A join at a break the page cannot decide, and warned of, is the page-break census's to count (Sefton's study at
      // page 8 in text, "As a result, ..." leaning back), not a note's misreading.
      const warned = (line: string) => (result.warnings ?? []).some((warning) => warning.includes('at a break the page cannot decide') && [...line.matchAll(/\b[A-Z]{2}-[0-9a-f]{8}\b/g)].some(([id]) => warning.includes(`in ${id} (`)));
      expect([reading, ...notesRead(result, made.pieces, made.placed, wanted, made.clean), ...findingsByText(result, made.pieces, made.clean).filter((line) => !baseline.has(line) && !warned(line))]).toEqual([reading]);
    }
  };
  // pdftotext -layout sets the marker raised half a point after "... are being met." as a word of its own ("met. 1"): on
  // a0ea48a the note stayed in the text (a finding "1 The multi-agency safeguarding hub ..." glued to the next page's
  // run-on), the key strength carrying the marker with no footnote.
  it.runIf(hasPdftotext)('a footnote whose marker pdftotext sets one space after the stop, in -layout text', async () => {
    await readsRight('one footnote', ['layout']);
  }, 600_000);
  // Two notes stacked at page 3's foot (two lines and three), the first opening six lines over the page's last: on
  // a0ea48a the first stayed in the text (a finding "1 The multi-agency ..." glued to the next page's run-on), the second
  // too ("... they need. 2"); with the marker rule alone (the old distance for `atFoot`), the first still stays.
  it.runIf(hasPdftotext)('two footnotes stacked at a page\'s foot, in -layout and plain text', async () => {
    await readsRight('two footnotes stacked', ['layout', 'plain'], 'barnsley-2022-07-18');
  }, 600_000);
  // "*Pseudonym used to protect confidentiality." in 8 pt at the foot of the page the study ends on, a key strength
  // running on over the break under it: on a0ea48a the PDF read it as a footnote of marker "*" (no note), the texts as
  // the key strengths' note, cutting the key strength that runs over the break in two.
  it.runIf(hasPdftotext)('a study\'s pseudonym note at the foot of its page, under another section\'s item running on', async () => {
    await readsRight('a pseudonym note at the foot of the study\'s page', ['pdf', 'layout', 'plain']);
  }, 600_000);
  // Surrey's practice study and its improvement study both end on page 9 at 842 pt, the foot's "* Pseudonym used ..." under
  // them, its "*" raised after the practice study's last word (helper 8cb): the marker says which study the note closes.
  // On 8cb2da8 every reading gave it to the improvement study (the last study ending on the page): the markers were
  // taken out of the text before segmentation, with nothing kept of where they stood.
  it.runIf(hasPdftotext)('a pseudonym note at the foot of a page where two studies end goes to the study carrying its marker', async () => {
    await readsRight('a pseudonym note at the foot, its marker in the study', ['pdf', 'layout', 'plain'], 'surrey-2023-05-02');
  }, 600_000);
  // Hertfordshire at 800 pt: the practice study's last line ends "... cannot be minimised.*", the "*" raised half a point
  // after the stop, and pdftotext sets it apart ("minimised. *"), as it does a number (helper 8cb). A symbol had to be
  // glued to its word or stop, so no marker was found and the note went to the improvement study ending under it (on
  // 7a28775, -layout and plain text; the PDF read it right).
  it.runIf(hasPdftotext)('a note\'s "*" that pdftotext sets one space after the stop still says which study the note closes', async () => {
    await readsRight('a pseudonym note at the foot, its marker in the study', ['layout', 'plain'], 'hertfordshire-2024-12-12', 800);
  }, 600_000);
  // Derby's practice study boxed at 800 pt runs to page 5's foot; its box goes on at page 6's top round one line, the
  // note "All names in this study are pseudonyms." (helper 8cb). A box of one line was no box (a highlight, a heading's
  // band), so the note stood outside the study's box and the key strengths the study interrupted took it back, with the
  // note as theirs (on 8cb2da8). A box that opens the page after a box ran to the foot of the page before is the study's
  // box carried over, one line or more. The texts show no box and read the note after the study's text already.
  it.runIf(hasPdftotext)('a boxed study\'s last line carried alone to the next page\'s top is the study\'s note', async () => {
    await readsRight('a pseudonym note inside a boxed study', ['pdf'], 'derby-2019-05-08', 800);
  }, 600_000);
  // Derby at 842 pt, plain text: the study ends on page 5, "Areas for improvement" opens under it and its first item ends
  // the page with a full stop, the foot's "*Pseudonym used ..." set straight under it (helper 8cb). A note under a finished
  // sentence is left in the text (it may be the study's own closing line, as Derby's real one is), and on 8cb2da8 it was
  // read as the note of the section it stood in (areas for improvement). Last on its page, in a section that is no study,
  // a study ending above it on the page: the study did not end there, so the note is the study's note at the foot.
  it.runIf(hasPdftotext)('a pseudonym note under another section\'s finished sentence at a page\'s foot, in plain text, is the study\'s', async () => {
    await readsRight('a pseudonym note at the foot of the study\'s page', ['plain'], 'derby-2019-05-08');
  }, 600_000);
  // Hampshire at 760 pt, plain text: the note straight under the first area for improvement's first paragraph, "...
  // frontline practice.", whose second paragraph opens the next page (helper 8cb). Left in the text, it was the
  // improvement areas' note and the page's last line, so the break under it was read by its room (ended) and the item
  // cut in two (on 8cb2da8; with the holder mended alone, the item still cut). The next page opens with text, not a
  // heading: the study did not end under the note, so it goes out of the text as a note at the foot, and the break is
  // read from the item's own last line.
  it.runIf(hasPdftotext)('a pseudonym note under a finished sentence whose item runs on to the next page, in plain text, goes out of the text', async () => {
    await readsRight('a pseudonym note at the foot of the study\'s page', ['plain'], 'hampshire-2017-02-01', 760);
  }, 600_000);
  // Sefton with its pages' number at the head (helper 8cc; 8cb's partial census with `JTAI_NOTES_PAGES=all`): the note of two
  // paragraphs at page 4's foot, set flush (its lines at its marker's edge), its second paragraph a blank line under the
  // first and last on the page. With nothing under the notes to show they are not the page's foot, the second paragraph
  // was read as a footer and the footnote's text as its first paragraph alone (on 858cfe3, the PDF, every height).
  // Hampshire at 842 pt, plain text: the foot's note straight under the practice study's last line ("... teams.*"), the next
  // page opening "Areas for improvement", so it stays in the text as the study's closing line (helper 8cc; 8cb's "still
  // misread"). Its "* " opens the line as a list glyph would: the block was read as a bullet, its glyph cut off, and the note
  // read "Pseudonym used ..." without the "*" it opens with (on 858cfe3).
  it.runIf(hasPdftotext)('a study\'s closing note opening "* " keeps its "*": no list glyph', async () => {
    await readsRight('a pseudonym note at the foot, its marker in the study', ['plain'], 'hampshire-2017-02-01');
  }, 600_000);
  // Surrey at 842 pt: its practice study and its improvement study both end on page 6, the foot's "*Pseudonym used ..." under
  // them and no "*" in either study's text (helper 8cd; 8cc's (4)). The page does not say which study the note closes: the
  // rule gives it to the last (the improvement study, misread against the kit, which set it for the practice study) and
  // says so, a warning naming the note, its page and both studies. With the marker in the practice study the page tells,
  // and no such warning is given. Seen failing on 09b1e94 (no warning: `undecidedNotes` did not exist).
  it.runIf(hasPdftotext)('a pseudonym note at the foot of a page where two studies end, no marker: the rule\'s choice is warned of, naming both', async () => {
    const original = await letterOf('surrey-2023-05-02');
    const settings = noteSettings(original);
    const made = await reset(original, 'notes-found-surrey-undecided-842', settings['a pseudonym note at the foot of the study\'s page']!.setting, dir);
    const marked = await reset(original, 'notes-found-surrey-marked-842', settings['a pseudonym note at the foot, its marker in the study']!.setting, dir);
    for (const reading of ['pdf', 'layout', 'plain'] as Reading[]) {
      const { result } = await readWithBreaks(readAs(made.file, reading));
      const studies = result.sections.filter((s) => s.kind.startsWith('case-study'));
      const holder = studies.find((s) => (s.notes ?? []).some((note) => squeeze(note) === PSEUDONYMS.foot))!;
      expect([reading, holder.kind]).toEqual([reading, 'case-study-improvement']);
      const warned = (result.warnings ?? []).filter((warning) => warning.includes('has no marker in the text'));
      expect([reading, warned]).toEqual([reading, [
        `the note "${PSEUDONYMS.foot}" at the foot of page 6 has no marker in the text, and two studies end on that page ("${studies[0]!.heading}" and "${studies[1]!.heading}"): it was given to the last, "${holder.heading}", which the page does not show; check which study it closes`,
      ]]);
      const other = await readWithBreaks(readAs(marked.file, reading));
      expect([reading, (other.result.warnings ?? []).filter((warning) => warning.includes('has no marker in the text'))]).toEqual([reading, []]);
    }
  }, 600_000);
  // South Tyneside at 842 pt, its first lines indented 18 pt (the page setting the census found the plain texts most misread
  // in), two footnotes stacked, plain text (helper 8cd). Plain pdftotext keeps neither the indent nor a blank line between
  // paragraphs set with no space between them, and the page's number goes with the blank lines round it: the text from the
  // areas for improvement to the improvement study two pages on was one run, whose longest line (98 characters, in the study)
  // was every line's measure, so a full line of 81 short of it by "Trust" read as ended by its writer and the first two
  // areas for improvement were cut in five. A section's heading now ends a run (`runMeasures`). Seen failing on 53b8f22
  // ("areas-for-improvement 1 ... not whole in any finding").
  it.runIf(hasPdftotext)('plain text with first lines indented: a run\'s measure is not taken from another section\'s lines', async () => {
    await readsRight('two footnotes stacked', ['plain'], 'south-tyneside-2016-04-05', 842, 'first line indented 18 pt');
  }, 600_000);
  it.runIf(hasPdftotext)('a flush footnote\'s second paragraph last on a page whose number stands at its head is the note\'s', async () => {
    await readsRight('a footnote of two paragraphs, a blank line between', ['pdf', 'layout', 'plain'], 'sefton-2019-12-18', 842, 'number at the head');
  }, 600_000);
  // -layout text with a paragraph's space kept at the top of the page (helper 8cf; tests/layout-notes.md, "A forty-sixth
  // round"), the setting whose -layout text 8cd's census found most misread. Haringey at 760 pt: the item "A significant
  // intelligence gap ..." ends page 7's foot with "... to access this information." (column 84) and goes on "Previous
  // backlogs ..." on page 8. Its measure was its first line's length with its glyph (95): short of it by more than
  // " Previous", the last line read as ended by its writer and the item was cut in two (on fdbbbd7a). In columns the item's
  // wrapped lines reach 92 and its glyph line 95: no room shows. Sefton at 720 pt: key strength 6's "... children missing
  // education." (column 89) with "It" after it is 92, and a line of the same item refused "emotional" at 92 (ending at 82,
  // where another of its lines reaches 96): -layout's columns follow the widths only roughly, so no room shows either
  // (cut in two on fdbbbd7a and with the columns alone).
  it.runIf(hasPdftotext)('-layout text, the space kept at the top: an item\'s full last line is not read short by its glyph\'s columns', async () => {
    await readsRight('a pseudonym note after a study', ['layout'], 'haringey-2018-01-30', 760, 'space kept at the top');
  }, 600_000);
  it.runIf(hasPdftotext)('-layout text, the space kept at the top: a last line no shorter than a word its item refused shows no room', async () => {
    await readsRight('a pseudonym note after a study', ['layout'], 'sefton-2019-12-18', 720, 'space kept at the top');
  }, 600_000);
  // Kirklees at 720 pt, two footnotes stacked, -layout text with the space kept at the top: the sub-heading "Multi-agency
  // practice with children who are at risk of, or experiencing, / criminal exploitation" (bold in the PDF, two lines) is the
  // last on page 4, "Children in Kirklees benefit ..." opens page 5. Text shows no bold face; its second line, unfinished,
  // stops at column 21 of the block's 71, room for "Children" twice over: the writer ended it, as a PDF reads such a line
  // ('room on an unfinished last line'). On fdbbbd7a it was read on ('no sentence ends'), the heading run into the paragraph.
  it.runIf(hasPdftotext)('-layout text: a short unfinished last line at a page\'s foot, room twice over for a capital, ends there', async () => {
    const original = await letterOf('kirklees-2022-08-18');
    const { setting } = noteSettings(original)['two footnotes stacked']!;
    const made = await reset(original, 'notes-found-kirklees-p5-stacked-720', combine(PAGE_SETTINGS['space kept at the top']!, setting, { height: 720 }), dir);
    const { breaks } = await readWithBreaks(readAs(made.file, 'layout'));
    const page5 = breaks.find((each) => each.page === 5)!;
    expect([page5.row, page5.ends, made.breaks[3]!.within]).toEqual(['text: room on an unfinished last line', true, false]);
  }, 600_000);
  // South Tyneside at 760 pt, one footnote, first lines indented 18 pt, plain text (helper 8cg; tests/layout-notes.md, "A
  // forty-seventh round"): page 8's last line "... from, or refused to engage with, several services." ends its paragraph
  // and "There is a well coordinated ..." opens the next. Plain text keeps no indent, so a paragraph's first line, set 18 pt
  // in, shows short of the measure by that indent, and a word it refused says less of the measure than another line's. On
  // 8cf's merge the block's refusals counted its first line's, the last line showed no room, and the break fell to 'text:
  // too few paragraphs' and was joined (warned); now a block's first line's refusal is passed over in text without columns.
  it.runIf(hasPdftotext)('plain text with first lines indented: a paragraph\'s first line\'s refused word does not take a last line\'s room', async () => {
    const original = await letterOf('south-tyneside-2016-04-05');
    const { setting } = noteSettings(original)['one footnote']!;
    const made = await reset(original, 'notes-found-south-tyneside-p-indented-one-760', combine(PAGE_SETTINGS['first line indented 18 pt']!, setting, { height: 760 }), dir);
    const { breaks } = await readWithBreaks(readAs(made.file, 'plain'));
    const page8 = breaks.find((each) => each.page === 8)!;
    expect([page8.row, page8.ends, page8.next.slice(0, 8), made.breaks[6]!.within]).toEqual(['text: room on the last line', true, 'There is', false]);
  }, 600_000);
  // Kirklees at 800 pt, two footnotes stacked, first lines indented 18 pt, plain text (helper 8ch; tests/layout-notes.md, "A
  // forty-eighth round"): page 4's last line "Children and young people's voices are captured well in most agency's child
  // records." is a paragraph's first line (the line above it ends "... who know the children best."), set 18 pt in, and its
  // paragraph goes on at page 5's top, "This offers additional insight ...". With "This" it is 89 characters against the
  // block's 97: room in characters, but within the margin letters' widths need (0.88 of the measure), and short by an
  // indent the text lost. It was ended silently ('text: room on the last line'). Where the text shows too few paragraphs
  // by blank lines to weigh their lengths, a last line after a sentence's end shows no room within that margin: the rows
  // below weigh it (joined as 'text: too few paragraphs', and warned). Seen failing on 013661ac's src ('text: room on the
  // last line', true).
  it.runIf(hasPdftotext)('plain text keeping no blank line between paragraphs: a last line that may be a paragraph\'s first shows no room within the margin', async () => {
    const original = await letterOf('kirklees-2022-08-18');
    const { setting } = noteSettings(original)['two footnotes stacked']!;
    const made = await reset(original, 'notes-found-kirklees-p-indented-stacked-800', combine(PAGE_SETTINGS['first line indented 18 pt']!, setting, { height: 800 }), dir);
    const { result, breaks } = await readWithBreaks(readAs(made.file, 'plain'));
    const page5 = breaks.find((each) => each.page === 5)!;
    expect([page5.row, page5.ends, page5.next.slice(0, 10), made.breaks[3]!.within]).toEqual(['text: too few paragraphs', false, 'This offer', true]);
    expect((result.warnings ?? []).filter((warning) => warning.startsWith('page 5\'s first line was joined'))).toHaveLength(1);
  }, 600_000);
});

/**
 * The census's totals at this commit, per reading: readings, footnotes set and read right, notes set and read right,
 * readings with anything read otherwise, `findingsByText` complaints not in the same letter's reading with no notes, and
 * the page breaks (right, wrong, undecided and of those right). On a0ea48a (helper 8ca's start): PDF footnotes 364 / 364,
 * notes 94, misread 57, breaks 2605 / 8; -layout footnotes 136, notes 99, misread 182, findings otherwise 575, breaks
 * 2615: 2591 / 24; plain footnotes 136, notes 99, misread 180, breaks 2615: 2573 / 42 (tests/layout-notes.md, "A
 * forty-second round"). A change that moves a figure says so here. Seen failing: run with a0ea48a's src/ (a scratch
 * worktree of it, these tests copied in), the census fails its pinned totals with the figures above.
 * Helper 8cb (tests/layout-notes.md, "A forty-third round"): a setting more (the foot's note with its "*" in the study's
 * text: 48 readings each), so 400 readings and 192 notes. On the settings before, notes right PDF 136 -> 138, -layout
 * 138 -> 138, plain 133 -> 138 of 144; the new setting 48, 48 and 47 of 48. Seen failing: the census run with 8cb2da8's
 * pins failed (readings 352, notes 144 against 400 and 192, and every figure they move), and on 6fbc837 with 7a28775's
 * pins (-layout and plain notes right one fewer each: Hertfordshire's "minimised. *").
 * Helper 8cc (tests/layout-notes.md, "A forty-fourth round"): plain notes right 185 -> 186, misread 12 -> 11 (Hampshire at
 * 842 pt, the marked foot note, "* Pseudonym used ..." read as a bullet, its "*" cut off); the rest unchanged. Seen
 * failing: run on 04c3f59 (this src) with 858cfe3's pins, it failed on those two figures.
 * Helper 8cd (tests/layout-notes.md, "A forty-fifth round"): plain misread 11 -> 9, findings otherwise 15 -> 5 (a run of
 * text ended at a section's heading for its measure, `runMeasures`); the rest unchanged. Seen failing: run on 88a16c8e with
 * 53b8f22's pins, it failed on those two figures.
 * Helper 8cf (tests/layout-notes.md, "A forty-sixth round"): -layout misread 21 -> 20, findings otherwise 17 -> 14, breaks
 * wrong 16 -> 14; plain misread 9 -> 8, findings otherwise 5 -> 2, wrong 39 -> 37, undecided 115 -> 116 (the text rows of a
 * page break: a last line in columns, a block's refusals, an unfinished last line with room). Seen failing: the census
 * run on this src with 8cd's pins failed on those figures.
 * Helper 8ch (tests/layout-notes.md, "A forty-eighth round"): plain breaks right 2928 -> 2932, wrong 37 -> 33, undecided
 * 116 -> 112 (Liverpool at 842 pt, page 5: a sub-heading over the next item's glyph, `text: a line over the next item`, in
 * four readings); the rest unchanged. Seen failing: the census run on this src with 8cg's pins failed on those figures.
 */
const NOTES_COUNTS: Record<Reading, Totals> = {
  pdf: { readings: 400, footnotes: 364, footnotesRight: 364, notes: 192, notesRight: 186, misread: 15, findingsOtherwise: 9, breaks: 2965, right: 2956, wrong: 9, undecided: 49, undecidedRight: 40 },
  layout: { readings: 400, footnotes: 364, footnotesRight: 364, notes: 192, notesRight: 186, misread: 20, findingsOtherwise: 14, breaks: 2965, right: 2951, wrong: 14, undecided: 59, undecidedRight: 45 },
  plain: { readings: 400, footnotes: 364, footnotesRight: 364, notes: 192, notesRight: 186, misread: 8, findingsOtherwise: 2, breaks: 2965, right: 2932, wrong: 33, undecided: 112, undecidedRight: 79 },
};
/**
 * The reset census's other ways of setting the pages (`PAGE_SETTINGS`), pinned per reading where the census was run on the
 * code as it stands with them (helper 8cc; tests/layout-notes.md, "A forty-fourth round"); a setting or reading not here
 * prints without checking. The page's number at its head, PDF: on 858cfe3 footnotes 312 / 364 in both (the flush note's
 * second paragraph read as a footer, every letter at every height), misread 65 and 58; now 364, misread 15 and 6. Seen
 * failing: run on 858cfe3's src (a scratch worktree, this file copied in; `JTAI_NOTES_CENSUS=pdf` and both head settings)
 * it fails on those figures; on 6809f48 it passes.
 */
const PAGE_COUNTS: Record<string, Partial<Record<Reading, Totals>>> = {
  // The texts with the page's number at the head, with and without the space kept at the top, and with key strengths and
  // areas for improvement glyphless: measured on 858cfe3 (helper 8cc) and not again until helper 8ch (tests/layout-notes.md,
  // "A forty-eighth round"), who ran them on 013661ac and after `text: a line over the next item`, and pinned them. That
  // rule moves only the plain readings with the number at the head (right 2928 -> 2932, wrong 37 -> 33, undecided 116 ->
  // 112) and with the space kept at the top too (2953 -> 2957, 48 -> 44, 118 -> 114). Seen failing: the census run with each
  // of these pins put one break wrong more failed on every one of them.
  'number at the head': {
    pdf: { readings: 400, footnotes: 364, footnotesRight: 364, notes: 192, notesRight: 186, misread: 15, findingsOtherwise: 9, breaks: 2965, right: 2956, wrong: 9, undecided: 49, undecidedRight: 40 },
    layout: { readings: 400, footnotes: 364, footnotesRight: 364, notes: 192, notesRight: 186, misread: 20, findingsOtherwise: 14, breaks: 2965, right: 2951, wrong: 14, undecided: 59, undecidedRight: 45 },
    plain: { readings: 400, footnotes: 364, footnotesRight: 364, notes: 192, notesRight: 186, misread: 8, findingsOtherwise: 2, breaks: 2965, right: 2932, wrong: 33, undecided: 112, undecidedRight: 79 },
  },
  'number at the head, space kept at the top': {
    pdf: { readings: 400, footnotes: 364, footnotesRight: 364, notes: 192, notesRight: 186, misread: 6, findingsOtherwise: 0, breaks: 3001, right: 3001, wrong: 0, undecided: 19, undecidedRight: 19 },
    layout: { readings: 400, footnotes: 364, footnotesRight: 364, notes: 192, notesRight: 186, misread: 7, findingsOtherwise: 1, breaks: 3001, right: 3000, wrong: 1, undecided: 26, undecidedRight: 25 },
    plain: { readings: 400, footnotes: 364, footnotesRight: 364, notes: 192, notesRight: 185, misread: 11, findingsOtherwise: 6, breaks: 3001, right: 2957, wrong: 44, undecided: 114, undecidedRight: 71 },
  },
  'key strengths and areas glyphless': {
    layout: { readings: 400, footnotes: 364, footnotesRight: 364, notes: 192, notesRight: 186, misread: 17, findingsOtherwise: 11, breaks: 3354, right: 3326, wrong: 28, undecided: 144, undecidedRight: 121 },
    plain: { readings: 400, footnotes: 364, footnotesRight: 364, notes: 192, notesRight: 186, misread: 19, findingsOtherwise: 13, breaks: 3354, right: 3281, wrong: 73, undecided: 144, undecidedRight: 75 },
  },
  // The texts with first lines indented or the space kept at the top (helper 8cd; tests/layout-notes.md, "A forty-fifth
  // round"): measured on 53b8f22 and after `runMeasures` ended a run at a section's heading. Plain text, indented: misread
  // 19 -> 12, findings otherwise 40 -> 11; the space kept at the top: 19 -> 18, 34 -> 27; -layout and every break unchanged.
  // Helper 8cf (tests/layout-notes.md, "A forty-sixth round"): a text's last line measured in columns against its block's
  // lines, no room where the block refused as long a word, and an unfinished last line with room twice over ended. -layout
  // with the space kept at the top: misread 38 -> 30, findings otherwise 48 -> 24, breaks wrong 33 -> 24; indented: wrong
  // 3 -> 2; plain with the space at the top: misread 18 -> 11, findings otherwise 27 -> 6, wrong 56 -> 48; plain indented:
  // wrong 29 -> 34 (six breaks the block's own refusals no longer end, joined as too few paragraphs and warned of; one
  // unfinished last line now ended right). Helper 8cg (tests/layout-notes.md, "A forty-seventh round"): in text without
  // columns a block's first line's refusal is passed over: plain indented, wrong 34 -> 28 (the six ended right again,
  // undecided 101 -> 95); every other setting and reading unchanged. Helper 8ch (tests/layout-notes.md, "A forty-eighth
  // round"): plain indented, wrong 28 -> 22 (a sub-heading over the next item, four; a last line after a sentence's end no
  // room within the margin where the text shows too few paragraphs, two), misread 12 -> 10, findings otherwise 11 -> 5;
  // plain with the space kept at the top, wrong 48 -> 44 (the sub-heading); -layout unchanged. Seen failing: the census run
  // on this src with 8cg's pins failed on those figures.
  'first line indented 18 pt': {
    layout: { readings: 400, footnotes: 364, footnotesRight: 364, notes: 192, notesRight: 187, misread: 7, findingsOtherwise: 6, breaks: 2925, right: 2923, wrong: 2, undecided: 6, undecidedRight: 6 },
    plain: { readings: 400, footnotes: 364, footnotesRight: 364, notes: 192, notesRight: 187, misread: 10, findingsOtherwise: 5, breaks: 2925, right: 2903, wrong: 22, undecided: 93, undecidedRight: 71 },
  },
  'space kept at the top': {
    layout: { readings: 400, footnotes: 364, footnotesRight: 364, notes: 192, notesRight: 186, misread: 30, findingsOtherwise: 24, breaks: 3001, right: 2977, wrong: 24, undecided: 65, undecidedRight: 41 },
    plain: { readings: 400, footnotes: 364, footnotesRight: 364, notes: 192, notesRight: 185, misread: 11, findingsOtherwise: 6, breaks: 3001, right: 2957, wrong: 44, undecided: 114, undecidedRight: 71 },
  },
};
const asked = process.env.JTAI_NOTES_CENSUS ?? '';
const counted = (Object.keys(NOTES_COUNTS) as Reading[]).filter((reading) => asked === '1' || asked.split(',').includes(reading));
const lettersAsked = process.env.JTAI_NOTES_LETTERS?.split(',') ?? REAL_LETTERS;
// The reset census's ways of setting the pages (`PAGE_SETTINGS`), each combined with every note setting, so that notes are
// read with the page's other signs (helper 8cb): `JTAI_NOTES_PAGES=all`, or names between bars ("first line indented 18
// pt|number at the head, space kept at the top": a name may hold a comma); as they stand unless asked.
const pagesAsked = process.env.JTAI_NOTES_PAGES === 'all' ? Object.keys(PAGE_SETTINGS) : process.env.JTAI_NOTES_PAGES?.split('|') ?? ['as they stand'];
const checked = process.env.JTAI_NOTES_LETTERS === undefined;
/** The pinned totals of a page setting's readings asked (as they stand: `NOTES_COUNTS`). */
const pinnedOf = (pages: string): Partial<Record<Reading, Totals>> => (pages === 'as they stand' ? NOTES_COUNTS : PAGE_COUNTS[pages] ?? {});

describe.runIf(counted.length > 0 && hasPdftotext)('the census of footnotes and pseudonym notes in re-set letters (opt-in: JTAI_NOTES_CENSUS=1)', () => {
  it('13 letters with notes set where letters set them, as PDF, -layout and plain text', async () => {
    const dir = tempDir('jtai-notes-census-');
    // Totals per page setting, so that each setting's figures can be pinned apart.
    const totals = Object.fromEntries(pagesAsked.map((pages) => [pages, Object.fromEntries(counted.map((reading) => [reading, totalsOf()]))])) as Record<string, Record<Reading, Totals>>;
    const rows = Object.fromEntries(counted.map((reading) => [reading, new Map<PageBreakRow, Tally>()])) as Record<Reading, Map<PageBreakRow, Tally>>;
    const listed = Object.fromEntries(counted.map((reading) => [reading, [] as string[]])) as Record<Reading, string[]>;
    for (const letter of lettersAsked) {
      const original = await letterOf(letter);
      const settings = noteSettings(original);
      for (const pages of pagesAsked) {
        const pageSetting = PAGE_SETTINGS[pages]!;
        const page = pages === 'as they stand' ? '' : `p${Object.keys(PAGE_SETTINGS).indexOf(pages)}-`;
        for (const height of HEIGHTS) {
          const plain = await reset(original, `${letter}-${page}${height}`, { ...pageSetting, height }, dir);
          const baseline = Object.fromEntries(await Promise.all(counted.map(async (reading) => [reading, new Set(findingsByText((await readWithBreaks(readAs(plain.file, reading))).result, plain.pieces, plain.clean))] as const))) as Record<Reading, Set<string>>;
          for (const [name, { setting, wanted }] of Object.entries(settings)) {
            const made = await reset(original, `${letter}-${page}${Object.keys(settings).indexOf(name)}-${height}`, combine(pageSetting, setting, { height }), dir);
            const where = `${letter} ${name}${page === '' ? '' : `, ${pages},`} at ${height} pt`;
            for (const reading of counted) scoreReading(totals[pages]![reading], rows[reading], listed[reading], `${where} (${reading})`, await readWithBreaks(readAs(made.file, reading)), made, wanted, baseline[reading]);
          }
        }
      }
      // Progress for a long run (all page settings: hours under load): the totals so far, after each letter.
      if (pagesAsked.length > 1) console.info(`after ${letter}: ${JSON.stringify(totals)}`);
    }
    for (const reading of counted) console.info([...pagesAsked.map((pages) => `## ${reading}, ${pages}: ${JSON.stringify(totals[pages]![reading])}`), table(rows[reading]), ...listed[reading]].join('\n'));
    if (checked) {
      const pinned = (pages: string) => counted.filter((reading) => pinnedOf(pages)[reading] !== undefined);
      expect(pagesAsked.map((pages) => [pages, Object.fromEntries(pinned(pages).map((reading) => [reading, totals[pages]![reading]]))]))
        .toEqual(pagesAsked.map((pages) => [pages, Object.fromEntries(pinned(pages).map((reading) => [reading, pinnedOf(pages)[reading]]))]));
    }
  }, 10_800_000); // three hours: JTAI_NOTES_PAGES=all is six times the census
});
