import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/parse.js';
import type { ParseResult } from '../src/types.js';
import { parsed } from './helpers.js';
import { expectBalanced } from './letter-pdf.js';
import { A4_PAGE, layPieces, type LaySettings, type PageBreak, type PageSetting, type Piece, piecesOf, type Placed, settable, structure, wrap } from './typeset.js';

// Shared by the tests that set a real letter's own wording again with variations of its layout
// (tests/letter-variations.test.ts: one variation each; tests/paired-variations.test.ts: two at once).

export const { WIDTH, HEIGHT, MARGIN, SIZE, STEP } = A4_PAGE;

export interface Setting {
  /** The page's height (A4 unless given). */
  height?: number;
  /** Changes the pieces: what the variation sets otherwise. */
  pieces?: (pieces: Piece[]) => Piece[];
  /** The words of every piece changed (the letter's metadata), and the same change made to what it must read. */
  rewrite?: (text: string) => string;
  lay?: (fonts: Fonts) => Partial<LaySettings>;
  /** Drawn on each page after the text: a running header, boxes or rules round placed pieces. */
  after?: (pages: PDFPage[], placed: Placed[], pieces: Piece[], fonts: Fonts) => void | Promise<void>;
  /** Bold section headings' size as a share of the body's (1.15 unless given). */
  headingScale?: number;
  /** Another template's page and body: margins, the body's size and line step (A4, Helvetica 11 pt on 13.5 pt unless given). */
  page?: Partial<Omit<PageSetting, 'height'>>;
  /** Where each page's number stands: the foot's middle unless given. */
  pageNumber?: 'head' | 'none';
  /** The break its own height was chosen for (helper 8bn): the piece it sets over a break, or last on its page (`focusOf`). */
  focus?: (pieces: Piece[]) => PageBreak[];
  /** The saved file's pages bound otherwise (two to a sheet): the bytes written in its place. */
  bind?: (bytes: Uint8Array) => Promise<Uint8Array>;
}
export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  dingbats: PDFFont;
  times: PDFFont;
  timesBold: PDFFont;
  courier: PDFFont;
  courierBold: PDFFont;
  oblique: PDFFont;
  clean: (text: string) => string;
  pdf: PDFDocument;
}

/** A real letter's pieces set on A4 in Helvetica 11 pt with the setting's changes; the file, the breaks and where each piece stands. */
export async function reset(original: ParseResult, name: string, setting: Setting, dir: string): Promise<{ file: string; clean: (text: string) => string; breaks: PageBreak[]; pieces: Piece[]; placed: Placed[] }> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const dingbats = await pdf.embedFont(StandardFonts.ZapfDingbats);
  const [times, timesBold, courier, courierBold, oblique] = await Promise.all([StandardFonts.TimesRoman, StandardFonts.TimesRomanBold, StandardFonts.Courier, StandardFonts.CourierBold, StandardFonts.HelveticaOblique].map((font) => pdf.embedFont(font)));
  const clean = settable(regular, SIZE);
  const fonts = { regular, bold, dingbats, times: times!, timesBold: timesBold!, courier: courier!, courierBold: courierBold!, oblique: oblique!, clean, pdf };
  const rewritten = piecesOf(original).map((piece) => (setting.rewrite ? { ...piece, text: setting.rewrite(piece.text) } : piece));
  const pieces = setting.pieces ? setting.pieces(rewritten) : rewritten;
  const breaks: PageBreak[] = [];
  const placed: Placed[] = [];
  const height = setting.height ?? HEIGHT;
  const page = { width: WIDTH, height, margin: MARGIN, size: SIZE, step: STEP, ...setting.page };
  const pages = layPieces(pdf, pieces, page, {
    clean, fontOf: (piece) => (piece.bold ? bold : regular), sizeOf: (piece) => (piece.heading ? page.size * (setting.headingScale ?? 1.15) : page.size), glyphFont: regular,
    breaks, placed, ...setting.lay?.(fonts),
  });
  if (setting.pageNumber !== 'none') pages.forEach((each, i) => each.drawText(String(i + 1), { x: page.width / 2, y: setting.pageNumber === 'head' ? height - page.margin / 2 : page.margin / 2, size: 9, font: regular }));
  await setting.after?.(pages, placed, pieces, fonts);
  const file = join(dir, `${name}.pdf`);
  const saved = await pdf.save({ useObjectStreams: false });
  const bytes = setting.bind ? await setting.bind(saved) : saved;
  writeFileSync(file, bytes);
  if (process.env.JTAI_KEEP_FIXTURES) writeFileSync(join(process.env.JTAI_KEEP_FIXTURES, `${name}.pdf`), bytes);
  return { file, clean, breaks, pieces, placed };
}

export const letterOf = (name: string) => parsed(`letters/${name}.pdf`);
/** The pieces of a section's findings (by kind; the nth such section), and its heading. */
export const sectionPieces = (pieces: Piece[], kind: string, nth = 0) => {
  const indices = pieces.flatMap((piece, i) => (piece.finding?.section === kind ? [i] : []));
  const runs: number[][] = [];
  for (const i of indices) (runs.at(-1)?.at(-1) === i - 1 || (runs.at(-1) && pieces.slice(runs.at(-1)!.at(-1)! + 1, i).every((p) => p.finding === undefined && !p.heading)) ? runs.at(-1)!.push(i) : runs.push([i]));
  return runs[nth]!;
};
export const headingIndex = (pieces: Piece[], text: string) => pieces.findIndex((piece) => piece.bold && piece.text === text);

/** A rule or box round placed pieces: each page's part of them, open at a page break (as a word processor draws a border that runs over a page). */
export function boxRound(pages: PDFPage[], placed: Placed[], pieceIndices: number[], { filled = false } = {}) {
  const parts = placed.filter((p) => pieceIndices.includes(p.piece));
  const byPage = [...new Set(parts.map((p) => p.page))];
  byPage.forEach((pageIndex, i) => {
    const onPage = parts.filter((p) => p.page === pageIndex);
    const top = Math.max(...onPage.map((p) => p.top)) + SIZE + 4;
    const bottom = Math.min(...onPage.map((p) => p.bottom)) - 6;
    const page = pages[pageIndex]!;
    const [left, right] = [MARGIN - 8, WIDTH - MARGIN + 8];
    if (filled) {
      page.drawRectangle({ x: left, y: bottom, width: right - left, height: top - bottom, color: rgb(0.9, 0.9, 0.95), opacity: 0.4 });
      return;
    }
    const line = (x1: number, y1: number, x2: number, y2: number) => page.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness: 0.75, color: rgb(0, 0, 0) });
    line(left, bottom, left, top);
    line(right, bottom, right, top);
    if (i === 0) line(left, top, right, top);
    if (i === byPage.length - 1) line(left, bottom, right, bottom);
  });
}

/**
 * Where pieces already laid broke (helper 8bp): a layout is its pieces', its height's and its face's alone, and the sweeps
 * (`heightWhere`) lay the same letter at the same heights again and again, case after case (notes-across's `breakAt` the
 * unchanged letter for every case on it; a triple's own, second and focus heights its pieces over overlapping heights).
 * Read only: every caller reads the breaks and places.
 */
const layouts = new Map<string, { breaks: readonly PageBreak[]; placed: readonly Placed[] }>();

/** The real letter's pieces (as `change` sets them otherwise, if given) laid as the tests lay them (A4's width, Helvetica 11 pt) on pages `height` high: where the pages break and where each piece stands. */
export async function layAt(original: ParseResult, height: number, change: (pieces: Piece[]) => Piece[] = (pieces) => pieces, bold = false): Promise<{ pieces: Piece[]; breaks: readonly PageBreak[]; placed: readonly Placed[] }> {
  const pieces = change(piecesOf(original));
  const key = `${height} ${bold} ${createHash('sha256').update(JSON.stringify(pieces)).digest('hex')}`;
  const known = layouts.get(key);
  if (known) return { pieces, ...known };
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  // `bold`: bold pieces in the bold face, as `reset` sets them (helper 8bn: a bold heading set wider wraps otherwise and moves
  // the breaks after it); else every piece in the regular face, as the heights chosen before were.
  const boldFont = bold ? await pdf.embedFont(StandardFonts.HelveticaBold) : font;
  const breaks: PageBreak[] = [];
  const placed: Placed[] = [];
  layPieces(pdf, pieces, { width: WIDTH, height, margin: MARGIN, size: SIZE, step: STEP }, { clean: settable(font, SIZE), fontOf: (piece) => (piece.bold ? boldFont : font), sizeOf: (piece) => (piece.heading ? SIZE * 1.15 : SIZE), glyphFont: font, breaks, placed, measureOnly: true });
  layouts.set(key, { breaks, placed });
  return { pieces, breaks, placed };
}

/** The first page height down from `highest` (A4's unless given) to `lowest` at which the laid letter shows what `wanted` looks for. */
export async function heightWhere(original: ParseResult, wanted: (laid: Awaited<ReturnType<typeof layAt>>) => boolean, lowest = 700, highest = 842, change?: (pieces: Piece[]) => Piece[], bold = false): Promise<number> {
  for (let height = highest; height > lowest; height--) if (wanted(await layAt(original, height, change, bold))) return height;
  throw new Error('no page height lays the letter so');
}

/**
 * A page height at which the piece at `index` is the last on its page and the next piece opens the
 * next page; with `within`, one at which that piece itself runs on over a page break (the pieces
 * as `change` sets them, if given).
 */
export function heightLeaving(original: ParseResult, index: (pieces: Piece[]) => number, { within = false, change }: { within?: boolean; change?: (pieces: Piece[]) => Piece[] } = {}): Promise<number> {
  return heightWhere(original, ({ pieces, breaks }) => {
    const at = index(pieces);
    return within ? breaks.some((b) => b.piece === at && b.within) : breaks.some((b) => b.piece === at + 1 && !b.within) && !breaks.some((b) => b.piece === at);
  }, 700, 842, change);
}

/** Chosen pieces' lines drawn after everything else on their page (as some PDFs draw a box's text last): `mark` them, `flush` in `after`. */
export function drawnLast() {
  const marked = new WeakSet<Piece>();
  const later: Array<() => void> = [];
  return {
    mark: (piece: Piece): Piece => {
      const copy = { ...piece };
      marked.add(copy);
      return copy;
    },
    lay: (): Partial<LaySettings> => ({ drawLine: (page, text, at, piece) => (marked.has(piece) ? later.push(() => page.drawText(text, at)) : page.drawText(text, at)) }),
    flush: () => later.forEach((draw) => draw()),
  };
}

/** A footnote: its marker raised after the nth finding of a section, drawn with its line, and the note at the foot of the page that line ends on. */
export const withFootnote = (section: string, nth: number, marker: string, note: string): Setting => ({
  pieces: (pieces) => pieces.map((piece, i) => (i === sectionPieces(pieces, section)[nth] ? { ...piece, marker } : piece)),
  after: (pages, placed, pieces, { regular }) => {
    const last = placed.filter((p) => p.piece === sectionPieces(pieces, section)[nth]).at(-1)!;
    pages[last.page]!.drawText(`${marker} ${note}`, { x: MARGIN, y: MARGIN - 16, size: 8, font: regular });
  },
});

/** Notes of two and three lines (8 pt at the measure). */
export const LONG_NOTE = 'Serious youth violence is defined here as in the Home Office\'s serious violence strategy of 2018: any offence of homicide, of violence against the person causing injury, or of robbery, where the victim is aged under 25, and knife crime offences, including the possession of a knife or another bladed article in a public place.';
export const SHORTER_NOTES = [
  'The multi-agency safeguarding hub (MASH) brings the police, children\'s social care, health and education together in one office to decide on each referral.',
  'Child and adolescent mental health services (CAMHS) in Sefton are provided by Alder Hey Children\'s NHS Foundation Trust, with a single point of access.',
];

/**
 * Footnotes (8 pt unless `size` says, lines 1.2 times that apart, wrapped to the measure): each
 * marker raised after the nth finding of a section, its note at the foot of the page that finding
 * ends on (its first line at `top`), under any notes before it there; with `raised`, the note's own
 * marker is set small and raised too, its text after it; with `carried`, that many of each note's
 * last lines stand at the next page's foot (a note continued, as word processors continue one);
 * `printed` gives the marker as the note prints it ("1." for "1"). With `room` (helper 8ca), the body
 * keeps the notes' room at the page's foot, as a word processor does (`LaySettings.noteRoom`: 8 pt over
 * a page's first note), and the notes stand in it, the last line 4 pt under the body's margin, over
 * the page number; a note whose marker is '' is no footnote (a study's pseudonym note set small at the
 * foot): no marker is raised, and it prints as written.
 */
export function withFootnotes(section: string, notes: Array<[nth: number, marker: string, note: string]>, { top = MARGIN - 12, size = 8, raised = false, carried = 0, printed = (marker: string) => marker, room = false } = {}): Setting {
  const step = size * 1.2;
  const linesOf = (font: PDFFont, marker: string, note: string) => (raised || marker === '' ? note : `${printed(marker)} ${note}`).split('\n\n')
    // A paragraph of the note after a blank line ('' is a blank line's room).
    .flatMap((paragraph, k) => [...(k > 0 ? [''] : []), ...wrap(paragraph, font, size, WIDTH - 2 * MARGIN - (raised ? 6 : 0))]);
  const noted = new WeakMap<Piece, { marker: string; note: string }>();
  return {
    pieces: (pieces) => pieces.map((piece, i) => {
      const found = notes.find(([nth]) => sectionPieces(pieces, section)[nth] === i);
      if (!found) return piece;
      const marked = found[1] === '' ? { ...piece } : { ...piece, marker: found[1] };
      noted.set(marked, { marker: found[1], note: found[2] });
      return marked;
    }),
    ...(room ? { lay: ({ regular }: Fonts) => ({ noteRoom: (piece: Piece, first: boolean) => { const own = noted.get(piece); return own ? linesOf(regular, own.marker, own.note).length * step + (first ? 8 : 0) : 0; } }) } : {}),
    after: (pages, placed, pieces, { regular }) => {
      const onPage = new Map<number, Array<{ text: string; marker?: string }>>();
      for (const [nth, marker, note] of notes) {
        const last = placed.filter((p) => p.piece === sectionPieces(pieces, section)[nth]).at(-1)!;
        const set = linesOf(regular, marker, note).map((text, k) => (raised && k === 0 ? { text, marker } : { text }));
        onPage.set(last.page, [...(onPage.get(last.page) ?? []), ...set.slice(0, set.length - carried)]);
        if (carried > 0) onPage.set(last.page + 1, [...(onPage.get(last.page + 1) ?? []), ...set.slice(set.length - carried)]);
      }
      for (const [page, lines] of onPage) {
        lines.forEach(({ text, marker }, k) => {
          const y = room ? MARGIN - 4 + (lines.length - 1 - k) * step : top - step * k;
          if (marker) pages[page]!.drawText(marker, { x: MARGIN, y: y + size * 0.4, size: size * 0.6, font: regular });
          if (text !== '') pages[page]!.drawText(text, { x: MARGIN + (raised ? 6 : 0), y, size, font: regular });
        });
      }
    },
  };
}

// What the real letters read (as jtai reads the real PDFs) and the variations tests/paired-variations.test.ts
// and tests/triple-variations.test.ts set them with (moved here from the pairs by helper 8bg).

export const of = (result: ParseResult, kind: string) => result.findings.filter((f) => f.section === kind);
export const MEDWAY_LEAD_IN = 'The partnership should address the areas for improvement set out below.';
export const NOTE_MORE = 'Referrals are decided on within one working day, as the partnership agreed in 2017.';
export const MEDWAY_LONG_LEAD_IN = 'Inspectors found weaknesses in the work of every agency and of the partnership as a whole, at the front door and in the help given to children who live with domestic abuse and to their families. The partnership should address the areas for improvement that are set out below.';
export const NOTE = 'The MASH is the multi-agency safeguarding hub, where agencies decide together on each referral.';
/** Equal, or an error that shows both as JSON (vitest's message shortens them). */
export const sorted = (value: unknown): unknown => (Array.isArray(value) ? value.map(sorted) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sorted(v)])) : value);
export const same = (got: unknown, want: unknown) => { if (JSON.stringify(sorted(got)) !== JSON.stringify(sorted(want))) throw new Error(`got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`); };
export const sentences = (text: string) => text.split(/(?<=\.) (?=[A-Z])/);

// Kirklees as the real letter reads (fixtures/COUNTS.md), the lines every Kirklees pair keeps.
export const KIRKLEES = {
  summary: 'summary 2: This letter summarises the findings of the joint targeted ar | This inspection took place from 27 June 2022 to 1 July 2022.',
  headline: 'headline-findings 1: Partners at a strategic level enable a well-embedded practic | Partners at a strategic level enable a well-embedded practic',
  improve: 'what-needs-to-improve 4: The recording of the work and decision-making of the Kirklee | Contingency planning for children in care who are not able t',
  partnership: 'partnership 7: The Kirklees safeguarding children partners have significant | Individual agencies singularly provide effective exploitatio',
  main1: 'main-findings 9 [Leadership and management: 9]: Leaders and managers have an effective oversight of practice | The \'partners intelligence portal\' enables information to be',
  study: 'case-study-practice 6: The Youth Engagement Service (YES) in Kirklees is a successf | In all the strategic and operational work seen by inspectors',
  main2: 'main-findings 16 [Multi-agency practice with children who are at risk of, or experiencing, criminal exploitation: 16]: Children in Kirklees benefit from the strong relationships b | Inspectors engaged with children, young people and their fam',
  next: 'next-steps 2: We have determined that Kirklees Council is the principal au | Kirklees Safeguarding Children Partnership should send the w',
};
export const KIRKLEES_ALL = Object.values(KIRKLEES);

export const WOKINGHAM = {
  summary: 'summary 13: Between 22 May and 26 May 2017, Ofsted, the Care Quality Com | Multi-agency plans generally highlight all areas of risk ide',
  strengths: 'key-strengths 40: Strong and visible leadership by the Wokingham director of c | In the past six months, the YOS has introduced a case monito',
  practice: 'case-study-practice 3: The role of GPs in recognising and taking steps to reduce an | The GP role in safeguarding children who are or may be negle',
  improvement: 'areas-for-improvement 29 [Identifying and managing risk of harm at the \'front door\': 15; Response to children living with neglect: 3; Leadership and management and the Local Safeguarding Children Board: 11]: There are a number of areas of practice at the \'front door\'  | There is insufficient auditing of practice within the CRC, N',
  studyImprovement: 'case-study-improvement 4: Multi-agency planning for neglected children in Wokingham do | These issues mean that plans are not fully owned by the mult',
  next: 'next-steps 2: The director of children\'s services should prepare a written | The director of children\'s services should send the written ',
};
export const WOKINGHAM_ALL = Object.values(WOKINGHAM);

export const MEDWAY = {
  summary: 'summary 5: Between 18 June 2018 and 22 June 2018, Ofsted, the Care Qual | The local partnership is at an important stage, with a stron',
  priority: 'priority-actions 1: The partnership must ensure that when children about whose w | The partnership must ensure that when children about whose w',
  improvement: 'areas-for-improvement 22: The partnership has not ensured that that the new multi-agen | A re-focusing on vulnerability within Kent police is leading',
  studyImprovement: 'case-study-improvement 3: Amelia is a 12-year-old girl who has been living with domest | Amelia told inspectors that what she found most difficult ab',
  strengths: 'key-strengths 15: There is a shared commitment across the partnership to tackl | Kent police\'s new domestic abuse pod provides 24 hour-a-day ',
  practice: 'case-study-practice 2: Henry is a two-year-old boy who has been living with domesti | Both parents speak highly of Henry\'s social worker. They say',
  next: 'next-steps 3: The local authority should prepare a written statement of pr | The director of children\'s services should send the written ',
};
export const MEDWAY_ALL = Object.values(MEDWAY);

export const LEEDS_ALL = [
  'summary 2: This letter summarises the findings of the joint targeted ar | This inspection took place from 4 to 8 March 2024. It was ca',
  'context 2: The findings in the report evaluate the effectiveness of the | The inspectorates recognise the complexities for agencies in',
  'headline-findings 5: Most children in Leeds who are affected by serious youth vio | Many children at risk of serious youth violence and criminal',
  'what-needs-to-improve 3: Consistent and timely sharing of police protection notificat | The frequency of multi-agency partnership auditing of childr',
  'strengths 9: Strong multi-agency relationships with a shared vision and c | Police analysts use information from their own systems and o',
  'main-findings 23: Leeds is the 86th most deprived local authority in England.  | The Youth Justice Board is a strong partnership. It contribu',
  'case-study-practice 4: For some children, there is a strong multi-agency team of pr | The virtual school worked directly with the education settin',
  'case-study-improvement 3: Some children have had a less cohesive response across agenc | More recently, professionals have worked together with great',
  'case-study-practice 5: Children in the north-east of the city have access to an exc | The overall impact is that a high proportion of children in ',
  'next-steps 2: We have determined that Leeds City Council is the principal  | Leeds City Council should send the written statement of acti',
];

export const BARNSLEY_ALL = [
  'summary 2: This letter summarises the findings of the joint targeted ar | This inspection took place from 23 to 27 May 2022. It was ca',
  'headline-findings 1: Most children in Barnsley receive the right support at the r | Most children in Barnsley receive the right support at the r',
  'what-needs-to-improve 7: The quality and consistency of all agencies\' gathering, reco | The availability of and the quality of the emergency duty te',
  'main-findings 24: The BSCP has recently experienced changes to all its executi | The single and multi-agency audits carried out for this insp',
  'next-steps 2: We have determined that Barnsley Metropolitan Borough Counci | Barnsley should send the written statement of action to Prot',
];

/** Main findings numbered at the margin, the text hung 24 pt in, the count running on through the letter. */
export const numberedMainFindings = (pieces: Piece[]): Piece[] => {
  let number = 0;
  return pieces.map((piece) => (piece.finding?.section === 'main-findings' ? { ...piece, label: `${++number}.`, indent: 24 } : piece));
};
/** Kirklees's practice study (its heading and paragraphs). */
export const kirkleesStudy = (pieces: Piece[]) => { const study = sectionPieces(pieces, 'case-study-practice'); return [study[0]! - 1, ...study]; };
/** A section's findings set as plain paragraphs at the margin, with no glyph. */
export const glyphless = (kinds: string[]) => (pieces: Piece[]) => pieces.map((piece) => (piece.glyph && kinds.includes(piece.finding?.section ?? '') ? { ...piece, glyph: null, indent: 0 } : piece));
/** A lead-in paragraph at the margin before a section's first finding. */
export const leadIn = (kind: string, text: string) => (pieces: Piece[]) => {
  const first = sectionPieces(pieces, kind)[0]!;
  return [...pieces.slice(0, first), { text, indent: 0, glyph: null, gapBefore: 10 }, ...pieces.slice(first)];
};
/** Notes stacked at a page's foot, 8 pt, one line each, the lowest at MARGIN - 16 (under the body, over the page number). */
export const notesAtFoot = (section: string, nths: number[], markers: string[], notes: string[]): Setting => ({
  pieces: (pieces) => pieces.map((piece, i) => { const k = nths.findIndex((nth) => sectionPieces(pieces, section)[nth] === i); return k >= 0 ? { ...piece, marker: markers[k]! } : piece; }),
  after: (pages, placed, pieces, { regular }) => {
    const last = placed.filter((p) => p.piece === sectionPieces(pieces, section)[nths.at(-1)!]).at(-1)!;
    notes.forEach((note, k) => pages[last.page]!.drawText(`${markers[k]} ${note}`, { x: MARGIN, y: MARGIN - 16 + (notes.length - 1 - k) * 10, size: 8, font: regular }));
  },
});

/** Where a section's item is the chosen item split into its first sentence and sub-items (an en dash, 36 pt in). */
export function nestUnder(section: string, from: number) {
  const subItems = new WeakSet<Piece>();
  const nest = (pieces: Piece[]): Piece[] => {
    const items = sectionPieces(pieces, section);
    const at = items.find((i, k) => k >= from && sentences(pieces[i]!.text).length >= 3)!;
    const [first, ...rest] = sentences(pieces[at]!.text);
    const subs = rest.map((text): Piece => { const sub: Piece = { text, indent: 36, glyph: '\u2013', gapBefore: 4, finding: { section, form: 'bullet' } }; subItems.add(sub); return sub; });
    return [...pieces.slice(0, at), { ...pieces[at]!, text: first! }, ...subs, ...pieces.slice(at + 1)];
  };
  return { nest, subItems };
}

/**
 * A page height at which a paragraph of a section whose last line fills the measure (within `slack`
 * pt) and ends a sentence is the last on its page, the section's next paragraph opening the next
 * page: the first such paragraph, from the `after`th on, that some height lays so; its index among
 * the section's findings, and the height (the pieces as `change` sets them, if given: a paragraph set
 * further in wraps at its own measure).
 */
export async function fullLastLine(letter: string, kind: string, after: number, slack = 25, change: (pieces: Piece[]) => Piece[] = (pieces) => pieces): Promise<{ nth: number; height: number }> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const original = await letterOf(letter);
  const pieces = change(piecesOf(original));
  const items = sectionPieces(pieces, kind);
  for (const [nth, i] of items.entries()) {
    const measure = WIDTH - 2 * MARGIN - pieces[i]!.indent;
    const lines = wrap(settable(font, SIZE)(pieces[i]!.text), font, SIZE, measure);
    if (nth < after || nth === items.length - 1 || !/\.$/.test(lines.at(-1)!) || font.widthOfTextAtSize(lines.at(-1)!, SIZE) < measure - slack) continue;
    try {
      return { nth, height: await heightLeaving(original, () => i, { change }) };
    } catch {
      continue;
    }
  }
  throw new Error('no paragraph of the section ends a full line where a page can break after it');
}

/** A real letter set again with variations (two at once, or three): what it must read. */
export interface Pair {
  name: string;
  letter: string;
  setting: Setting | (() => Promise<Setting>);
  /** What it must read, by hand: `structure(result, clean, true)`. */
  want: string[];
  /** Metadata it must read (the letter's own area, theme and recipients unless given). */
  letterWants?: Record<string, unknown>;
  check?: (result: ParseResult, pieces: Piece[]) => void;
}

/**
 * The findings compared by their text (helper 8bq; tests/layout-notes.md, "A thirty-eighth round"): a section's count, first
 * and last finding cannot see a finding lost and another split at a page break in one section (8bp: Wokingham's key
 * strengths, one left out and another split, read 40 for 40). Each finding set (a piece with `finding`) must stand whole,
 * its words in order, in exactly one finding read, and no finding read may hold more than one: walked in the letter's
 * order, each set finding is looked for from where the one before it ended. A set finding whole in none is named (its
 * opening words in a finding read: split or cut short; else lost), and so are a finding read holding two set ones (merged)
 * and a finding read holding none (a split's rest, or text read twice). `clean` as the face could set the words.
 */
export function findingsByText(result: ParseResult, pieces: readonly Piece[], clean: (text: string) => string = (text) => text): string[] {
  // A paragraph's number run in before its words ("12. ...") is read as its number, not its words.
  const words = (text: string) => clean(text).replace(/^\s*\d+\.\s+/, '').split(/\s+/).filter((word) => word !== '');
  const set = pieces.flatMap((piece) => (piece.finding ? [{ section: piece.finding.section, words: words(piece.text) }] : []));
  // Each read finding padded with a space each side, so that a set finding is found on word boundaries only.
  const read = result.findings.map((finding) => ` ${words(finding.text).join(' ')} `);
  const opening = (text: string) => text.trim().slice(0, 50);
  const named = (i: number) => `${set[i]!.section} ${set.slice(0, i).filter((s) => s.section === set[i]!.section).length + 1} ("${opening(set[i]!.words.join(' '))}")`;
  const holds: number[][] = read.map(() => []);
  const out: string[] = [];
  let [at, from] = [0, 0];
  for (const [i, { words: w }] of set.entries()) {
    const wanted = ` ${w.join(' ')} `;
    let found = -1;
    let k = at;
    for (let start = from; k < read.length; k++, start = 0) if ((found = read[k]!.indexOf(wanted, start)) >= 0) break;
    if (found >= 0) {
      holds[k]!.push(i);
      [at, from] = [k, found + wanted.length - 1];
      continue;
    }
    const head = ` ${w.slice(0, 6).join(' ')} `;
    const split = read.findIndex((text, j) => j >= at && text.includes(head));
    out.push(split >= 0 ? `${named(i)} not whole in any finding: its opening in ${result.findings[split]!.id}, the rest apart (split or cut short)` : `${named(i)} in no finding (lost)`);
  }
  holds.forEach((held, k) => {
    const { id } = result.findings[k]!;
    if (held.length > 1) out.push(`${id} holds ${held.length} findings in one: ${held.map(named).join(', ')}`);
    if (held.length === 0) out.push(`${id} holds no finding whole ("${opening(read[k]!)}")`);
  });
  return out;
}

/** What a case (a pair or a triple) reads otherwise than it must, line by line, and each failed check; or its refusal. */
export async function differencesOf(pair: Pair, dir: string): Promise<string[]> {
  const original = await letterOf(pair.letter);
  const setting = typeof pair.setting === 'function' ? await pair.setting() : pair.setting;
  let made: Awaited<ReturnType<typeof reset>>;
  let result: ParseResult;
  try {
    made = await reset(original, pair.name.replace(/\W+/g, '-').slice(0, 80), setting, dir);
    result = await parseFile(made.file);
  } catch (error) {
    return [`refused: ${(error as { code?: string }).code ?? ''} ${(error as Error).message}`];
  }
  const want = pair.want.map(made.clean);
  const got = structure(result, made.clean, true);
  const out: string[] = [];
  for (let i = 0; i < Math.max(want.length, got.length); i++) if (want[i] !== got[i]) out.push(`want ${want[i] ?? '(none)'}`, `got  ${got[i] ?? '(none)'}`);
  out.push(...findingsByText(result, made.pieces, made.clean).map((line) => `by text: ${line}`));
  const wants = { area: original.letter.area, theme: original.letter.theme, recipients: original.letter.recipients.length, ...pair.letterWants };
  for (const [key, value] of Object.entries(wants)) {
    const found = key === 'recipients' ? result.letter.recipients.length : (result.letter as unknown as Record<string, unknown>)[key];
    if (found !== value) out.push(`${key}: want ${JSON.stringify(value)}, got ${JSON.stringify(found)}`);
  }
  for (const [what, test] of [['check', () => pair.check?.(result, made.pieces)], ['balanced', () => expectBalanced(result)]] as const) {
    try {
      test();
    } catch (error) {
      out.push(`${what}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  if (result.unknownHeadings.length > 0) out.push(`unknown headings: ${JSON.stringify(result.unknownHeadings.map((heading) => heading.text))}`);
  return out;
}

/** The recipients set in two columns (the second half beside the first), and a title that names no area: the letter's pieces so changed. */
export const twoColumnRecipients = (pieces: Piece[]): Piece[] => {
  const first = pieces.findIndex((piece) => piece.text === 'Dear local partnership');
  const recipients = pieces.slice(1, first);
  const half = Math.ceil(recipients.length / 2);
  const paired = recipients.slice(0, half).map((piece, i) => ({ ...piece, gapBefore: i === 0 ? piece.gapBefore : 6, ...(recipients[half + i] ? { beside: recipients[half + i]!.text } : {}) }));
  return [pieces[0]!, ...paired, ...pieces.slice(first)].map((piece) => (piece.bold && piece.text.startsWith('Joint targeted') ? { ...piece, text: 'Joint targeted area inspection of the multi-agency response to abuse and neglect' } : piece));
};

/**
 * Settings made one: their pieces' changes in order (a setting that marks pieces to be drawn last goes
 * last, since a later change copies the pieces it changes), their drawings after the text in order, their
 * lay settings merged; the height and page number of the last that gives one.
 */
export const combine = (...settings: Setting[]): Setting & { pieces: (pieces: Piece[]) => Piece[] } => {
  const last = <K extends keyof Setting>(key: K) => settings.map((s) => s[key]).filter((v) => v !== undefined).at(-1);
  const height = last('height');
  const pageNumber = last('pageNumber');
  return {
    pieces: (pieces) => settings.reduce((set, s) => (s.pieces ? s.pieces(set) : set), pieces),
    lay: (fonts) => Object.assign({}, ...settings.map((s) => s.lay?.(fonts) ?? {})),
    after: async (pages, placed, pieces, fonts) => {
      for (const s of settings) await s.after?.(pages, placed, pieces, fonts);
    },
    ...(height !== undefined ? { height: height as number } : {}),
    ...(pageNumber !== undefined ? { pageNumber: pageNumber as 'head' | 'none' } : {}),
  };
};

// What five more real letters read (as jtai reads the real PDFs, fixtures/COUNTS.md's counts), moved here from
// tests/apart-elsewhere.test.ts (helper 8bi) for tests/notes-across.test.ts (helper 8bk).
export const SEFTON_ALL = [
  'summary 6: Between 23 and 27 September 2019, Ofsted, the Care Quality C | Leaders across the partnership have had a focus on children\'',
  'priority-actions 4: the mental health needs of children in the borough are fully | there is improvement in the coordination and effectiveness o',
  'areas-for-improvement 34: The relevant strategic partners are not always involved in d | Assessments to inform decisions in relation to children miss',
  'case-study-improvement 5: Poor assessments of one child\'s experiences, and risks to he | The ineffectiveness of plans had never been challenged to ad',
  'key-strengths 26: Senior leaders across the partnership recognise the importan | The deep dive analysis of children identified that when chil',
  'case-study-practice 4: When children have a clear plan that is understood, progress | He has been helped to establish an open and trusting relatio',
  'next-steps 2: Sefton MBC should prepare a written statement of proposed ac | Sefton should send the written statement of action to Protec',
];
export const DERBY_ALL = [
  'summary 10: Between 18 and 22 March 2019, Ofsted, the Care Quality Commi | Performance reporting and information systems within the par',
  'key-strengths 18: Effective relationships in the MASH between children\'s socia | Child protection is recognised by the police and crime commi',
  'case-study-practice 3: A major strength in Derby City is the strong multi-agency re | Hannah was well supported in her achieving best evidence int',
  'areas-for-improvement 26: The quality of referrals to children\'s social care across th | Staff within children\'s social care and partner agencies do ',
  'case-study-improvement 4: Risks to children of sexual abuse in the family environment  | As a result of this missed opportunity, there was a delay of',
  'next-steps 1: The local authority should prepare a written statement of pr | The local authority should prepare a written statement of pr',
];
export const SURREY_ALL = [
  'summary 2: This letter summarises the findings of the joint targeted ar | This inspection took place from 6 to 10 March 2023. It was c',
  'headline-findings 2: Children and families in Surrey have access to a broad and p | Leaders across partner agencies recognise that there is more',
  'what-needs-to-improve 4: Oversight of the quality and effectiveness of early help pro | When children are stepped down from statutory intervention, ',
  'strengths 3: Referrals about children made to the integrated front door r | The broad range of locality-based early help and family supp',
  'main-findings 21: The children\'s single point of access (CSPA) is the integrat | The partnership demonstrates a commitment to developing mult',
  'case-study-practice 3: Two-year-old Briony has been known to services since she was | Briony is now thriving under her parents\' care and is meetin',
  'case-study-improvement 3: Thirteen-year-old Sarah has been the subject of a number of  | Sarah\'s plan is not co-produced with her or her parents. Mul',
  'next-steps 2: We have determined that Surrey County Council is the princip | Surrey should send the written statement of action to Protec',
];
export const HERTFORDSHIRE_ALL = [
  'summary 2: This letter summarises the findings of the joint targeted ar | This inspection took place from 21 to 25 October 2024. It wa',
  'context 3: This inspection focused on the multi-agency response to unbo | A joint inspection of the multi-agency response to children ',
  'headline-findings 3: Most unborn children and children aged 0 to 7 who are victim | Leaders acknowledge they are on a continuous improvement jou',
  'what-needs-to-improve 10: The inconsistent quality of domestic abuse referrals from th | The oversight and quality assurance of Operation Encompass d',
  'strengths 8: The mature and respectful relationships between statutory pa | The engagement of the voluntary, community, faith and social',
  'main-findings 34: Strategic arrangements in Hertfordshire are strong and well  | Police are aware that they need to make more effective use o',
  'case-study-practice 4: For some children, there are areas of highly effective pract | The risk of further emotional and physical harm to the child',
  'case-study-improvement 5: For some children, over-optimism and the absence of professi | Leaders have acknowledged the learning for this child and ar',
  'next-steps 2: We have determined that Hertfordshire local authority is the | Hertfordshire local authority should send the written statem',
];
export const HARINGEY_ALL = [
  'summary 8: Between 4 and 8 December 2017, Ofsted, the Care Quality Comm | The interim director of children\'s services has developed a ',
  'key-strengths 23: There is multi-agency representation in the MASH to ensure t | The named doctor for Whittington Health has provided trainin',
  'case-study-practice 1: Liam is a 12-year-old child who has experienced significant  | Liam is a 12-year-old child who has experienced significant ',
  'areas-for-improvement 37: Practice at the front door is not sufficiently robust. Pathw | The CRC has largely withdrawn from strategic engagement with',
  'case-study-improvement 3: Partnership working has focused on the presenting issues of  | John has since been remanded to local authority care and pla',
  'next-steps 2: The director of children\'s services should prepare a written | The director of children\'s services should send the written ',
];

/** The section's nth finding: the first from `from` that a page height leaves last on its page (or, `runOn`, runs on over a break), the pieces as `change` sets them. */
export async function breakAt(letter: string, section: string, runOn: boolean, from: number, change?: (pieces: Piece[]) => Piece[]): Promise<{ nth: number; height: number }> {
  const original = await letterOf(letter);
  for (let nth = from; nth < from + 20; nth++) {
    try {
      return { nth, height: await heightLeaving(original, (pieces: Piece[]) => sectionPieces(pieces, section)[nth]!, { within: runOn, change }) };
    } catch { /* no height: the next */ }
  }
  throw new Error(`no finding of ${section} ends a page or runs over one`);
}

export type When = 'with' | 'before' | 'after';

/** Text drawn by `when`: straight away, or held back and drawn before every line of text or after them all. */
export function passes(when: When) {
  const first: Array<() => void> = [];
  const last: Array<() => void> = [];
  return {
    /** A line's text: drawn now unless the apart pass holds the lines back (`before`). */
    line: (draw: () => void) => (when === 'before' ? last.push(draw) : draw()),
    /** The raised piece: with its line, or in the pass of its own. */
    raised: (draw: () => void) => (when === 'with' ? draw() : when === 'before' ? first.push(draw) : last.push(draw)),
    flush: () => { first.forEach((draw) => draw()); last.forEach((draw) => draw()); },
  };
}

/**
 * A reading that may join a section's pieces at a page break the page itself cannot decide (item 8) must still keep every
 * piece's text whole and once, in order, and make it plain (helper 8bm): each of the section's findings is one piece or
 * consecutive pieces joined, and a finding that joins two runs over a page break, so its pages say where the join is. A
 * note stays on the finding holding its marker's piece; a piece's text split between findings, or two pieces joined on
 * one page, fails; so does a join the warnings do not name (helper 8bn).
 */
export function keptWhole(result: ParseResult, pieces: Piece[], kind: string, nth = 0): void {
  const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
  const texts = sectionPieces(pieces, kind, nth).map((i) => squeeze(pieces[i]!.text));
  const findings = result.findings.filter((f) => f.section === kind);
  let at = 0;
  for (const finding of findings) {
    const text = squeeze(finding.text);
    let joined = texts[at];
    let count = 1;
    while (joined !== undefined && joined.length < text.length && texts[at + count] !== undefined) joined = `${joined} ${texts[at + count++]}`;
    if (joined !== text) throw new Error(`${finding.id} is not the section's pieces ${at}-${at + count - 1} whole: ${text.slice(0, 60)}`);
    if (count > 1 && finding.pages[0] === finding.pages[1]) throw new Error(`${finding.id} joins ${count} pieces on one page (${finding.pages[0]})`);
    // And the JSON says where (helper 8bn): a warning naming the finding at a break the page cannot decide.
    if (count > 1 && !(result.warnings ?? []).some((warning) => warning.includes(`in ${finding.id} (`) && warning.includes('at a break the page cannot decide'))) throw new Error(`${finding.id} joins ${count} pieces with no warning of the join`);
    const marked = sectionPieces(pieces, kind, nth).slice(at, at + count).flatMap((i) => (pieces[i]!.marker ? [pieces[i]!.marker] : []));
    if ((finding.footnotes ?? []).some((note) => !marked.includes(note.marker))) throw new Error(`${finding.id} carries a note whose marker none of its pieces holds`);
    at += count;
  }
  if (at !== texts.length) throw new Error(`${texts.length - at} of the section's pieces in none of its findings`);
}

/**
 * A case's focus (helper 8bn): the break its own height was chosen for, where it names one (`Setting.focus`: the piece it
 * sets over a break, or the piece after the one it sets last on its page); else the breaks its own height sets at a piece
 * its setting changes (sets otherwise or adds), or after one. Empty where its own height sets none there.
 */
export async function focusOf(letter: string, setting: Setting): Promise<{ breaks: PageBreak[]; named: boolean }> {
  const original = await letterOf(letter);
  const base = new Set(piecesOf(original).map((piece) => JSON.stringify(piece)));
  const { pieces, breaks } = await layAt(original, setting.height ?? HEIGHT, setting.pieces, true);
  if (setting.focus) return { breaks: setting.focus(pieces), named: true };
  const changed = new Set(pieces.flatMap((piece, i) => (base.has(JSON.stringify(piece)) ? [] : [i])));
  return { breaks: breaks.filter((b) => changed.has(b.piece) || changed.has(b.piece - 1)), named: false };
}

/**
 * A second page height chosen by a case's own focus (helper 8bn): the first from `down` pt under its own height to 560 pt
 * at which page breaks fall at its focus (the named break; or, where it names none, at one at least of the breaks its own
 * height sets at what it changes) in the same way (inside the piece, or before it), so that what the case was made to set
 * over a break is read again with the letter's other pages laid otherwise (every break moves with the height). Laid with
 * bold pieces in the bold face, as the file is (`layAt`'s `bold`). Null where the case has no focus or no height lays it so.
 */
export async function focusHeight(letter: string, setting: Setting, down: number): Promise<number | null> {
  const focus = await focusOf(letter, setting);
  if (focus.breaks.length === 0) return null;
  const original = await letterOf(letter);
  const own = setting.height ?? HEIGHT;
  const key = (b: PageBreak) => `${b.piece} ${b.within}`;
  const focused = new Set(focus.breaks.map(key));
  try {
    return await heightWhere(original, ({ breaks }) => { const at = new Set(breaks.map(key)); return focus.named ? [...focused].every((k) => at.has(k)) : [...focused].some((k) => at.has(k)); }, 560, own - down, setting.pieces, true);
  } catch {
    return null;
  }
}

/**
 * Each case again at a height its own focus chooses (helper 8bn; tests/layout-notes.md, "A thirty-fifth round"; moved here
 * from the pairs and the triples by helper 8bp): its focus found again from 40 pt under its own height down to 560 pt
 * (`focusHeight`: every break elsewhere moves with the height), and what it must read is its own, `check` included. A
 * case with no focus, or none that any such height lays again, is named in `noFocus`; a break the page itself cannot
 * decide in `readOtherwise`, with its evidence.
 */
export function atFocusHeights(title: string, cases: Pair[], noFocus: string[], readOtherwise: Record<string, string[]>, dir: string): void {
  describe(title, () => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', async (name, c) => {
      const setting = typeof c.setting === 'function' ? await c.setting() : c.setting;
      const focus = await focusOf(c.letter, setting);
      const height = await focusHeight(c.letter, setting, 40);
      if (process.env.JTAI_SHOW_VARIATIONS) console.info(`${name}: focus ${JSON.stringify(focus.breaks)}${focus.named ? ' (named)' : ''}, ${setting.height ?? HEIGHT} -> ${height} pt`);
      expect(height === null, `${name}: focus ${JSON.stringify(focus.breaks)}`).toBe(noFocus.includes(name));
      if (height === null) return;
      const found = await differencesOf({ ...c, name: `focus ${name}`, setting: { ...setting, height } }, dir);
      if (process.env.JTAI_SHOW_VARIATIONS) console.info([name, ...found].join('\n'));
      expect(found).toEqual(readOtherwise[name] ?? []);
    }, 600_000);
  });
}
