import { emptyInput, errorLine, JtaiError } from '../errors.js';
import { endsWithSentence, LARGER, type LineAcross, roomForFirstWord } from '../line-room.js';
import { headingCandidate, headingForm, type HeadingForms } from '../heading-forms.js';
import { grouped, plural } from '../render/words.js';
import { documentOpened, pagesRead } from '../short-run.js';
import { ParseInThread, stopPoint } from '../stop-point.js';
import type { ExtractedFootnote, ExtractedPages, LineLayout } from '../types.js';
import { type FontSample, fontSamples, heavyFonts } from './font-weight.js';
import { checkDecodedSize, checksumFailed, takeInflatedStreams, unreadChecksumFailure } from './pdf-size.js';
import { loadPdfJs, offerInflatedStreams, takeContentDamage, watchChecksumFailures } from './pdfjs.js';
import { WordsByFont } from './readable-text.js';
import { letterSpacedWords } from './letter-spaced.js';
import { firstAtOrAfter, insertAll, largest, pushAll, smallest } from '../long-arrays.js';
import { raisedLetters } from './clean.js';
import { nonSpaceLength, singleSpaced } from '../text/spaces.js';
import { dateAlone } from '../text/dates.js';

export function looksLikePdf(bytes: Uint8Array): boolean {
  // The header may follow a little junk; readers accept it within the first 1024 bytes.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

// The parts of pdf.js's text content that line assembly reads.
interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
  fontName?: string;
}
interface PdfPage {
  /** Its items, and a style for each font they name (`italic`: added by jtai, see PDFJS_ADDITIONS in pdfjs.ts). */
  getTextContent(): Promise<{ items: Array<TextItem | object>; styles?: Record<string, { italic?: boolean }> }>;
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }>;
  /** The page's annotations: a link's subtype is "Link", its rect [x0, y0, x1, y1] in the page's space. */
  getAnnotations(): Promise<Array<{ subtype?: string; rect?: number[] }>>;
  /** The fonts pdf.js has sent with a page's drawing operators, by their loaded name. */
  commonObjs: { has(id: string): boolean; get(id: string): { name?: unknown } };
  cleanup(): void;
  /** The page's box, [x0, y0, x1, y1] in points: pdf.js gives no text that lies outside it. */
  view: number[];
  /** The page's object in the file (null where pdf.js found the page without one). */
  ref: { num: number; gen: number } | null;
}
interface PdfDocument {
  numPages: number;
  getPage(number: number): Promise<PdfPage>;
}

/**
 * PDF bytes to the text of each page. pdf-parse (pdf.js) opens the document and gives the
 * positioned text; the lines are assembled here because pdf-parse's own getText() drops the
 * vertical gaps between lines, and those gaps are the only reliable sign of a paragraph's end.
 * pdf-parse is loaded lazily: it is most of the start-up cost. `studies` are the heading forms of
 * the sections printed in a box of their own (the section rules' studies, given by the caller): a
 * drawn box that starts with one is read as the study, not as a table.
 */
export async function extractPdf(bytes: Uint8Array, file: string, checkOpening?: OpeningCheck, studies: readonly HeadingForms[] = [], signal?: AbortSignal, mainThread = false): Promise<ExtractedPages> {
  if (bytes.length === 0) throw emptyInput(file, false);
  if (!looksLikePdf(bytes)) throw new JtaiError('not-a-pdf', 'the file does not start with %PDF-', file);
  const { checksumFailures, unscanned } = await checkDecodedSize(bytes, file);
  const inflated = takeInflatedStreams(bytes);
  // Whether any stream sets text invisible (render mode 3), as written in the file or inflated, or
  // may (a stream of content not inflated here): only then are pages' drawings read for it.
  const invisibleTextSet = unscanned || setsTextInvisible(bytes) || (inflated !== undefined && [...inflated.values()].some((stream) => setsTextInvisible(stream.inflated)));
  const { PDFParse, InvalidPDFException } = await loadPdfParse();
  // pdf.js may detach the buffer it is given, so give it a copy; never let fonts compile to JavaScript.
  // maxImageSize: the operator lists read for boxes decode no image but a list marker's (see
  // MAX_IMAGE_PIXELS); decoding the others (logos, signatures) was most of their cost.
  const parser = new PDFParse({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0, maxImageSize: MAX_IMAGE_PIXELS });
  const takeBack = offerInflatedStreams(inflated);
  // A stream whose checksum alone fails refuses the file where pdf.js reads it, naming the page.
  const checksums = watchChecksumFailures(checksumFailures);
  const refuseChecksumFailure = (page: number | 'opening', reading: 'text' | 'drawing' = 'text') => {
    const [failure] = checksums.read();
    if (failure) throw checksumFailed(failure, page, file, reading);
  };
  // The refusal the first pages earned, where the document is read on to look for a letter past them.
  let openingRefusal: JtaiError | null = null;
  try {
    // Opens the document only (getInfo() would read its metadata, outline and page labels too, unused here).
    const document = await (parser as unknown as { load(): Promise<PdfDocument> }).load();
    refuseChecksumFailure('opening');
    documentOpened(document.numPages);
    const pages: string[] = [];
    const feet: PageFoot[] = [];
    const layout: Array<Array<LineLayout | null>> = [];
    const settings: Array<Array<LineSetting | null>> = [];
    const samples: FontSample[] = [];
    const fontNames = new Map<string, string>();
    const italicFonts = new Set<string>();
    const words = new WordsByFont();
    const stamps: NonNullable<ExtractedPages['stamps']> = [];
    let rotatedPages = 0;
    let slantedPages = 0;
    // The smallest page box: one too small to show a line of text hides all of it (pdf.js gives none outside the box).
    let smallestSide = Infinity;
    // The page before ended inside a box: the box may go on at the top of this one.
    let boxRunsOn = false;
    // The page before ended in a table's row: the table may go on here, its rules parting cells
    // whose text alone shows no table (a row or two, the gap between cells on one line).
    let tableRunsOn = false;
    // Pages too short to show their own line spacing, kept to be assembled again with the letter's.
    const short: Array<{ index: number; items: TextItem[]; drawing: Drawing | undefined; boxRunsOn: boolean; ownStep: number | null }> = [];
    // Each page's lone raised markers that no line of it opens with (AssembledPage.markersLeft).
    const markersLeft: string[][] = [];
    // Each page's rules drawn across (thin lines), where its drawing was read: a heading's underline among them.
    const pageRules: DrawnBox[][] = [];
    // Where its drawing was read for headings in the body's face: the fill colour each run of text is shown in, by its baseline.
    const pageFills: TextFill[][] = [];
    // Where a page's text is shown in more than one colour: its links' areas (a link in colour is no heading).
    const pageLinks: DrawnBox[][] = [];
    const bodySteps: number[] = [];
    // The leftmost of the margins (most common line starts) of the pages read so far: a page of list items alone stands in from it.
    let letterMargin: number | null = null;
    // A page before showed a list's markers drawn as shapes: the letter draws them so.
    let drawnMarkersSeen = false;
    // Pages whose content had operators pdf.js skipped, unread (left from another file: none).
    const skippedOn: number[] = [];
    // The pages whose text is mostly drawn invisibly: an OCR layer.
    const invisibleOn: number[] = [];
    // Runs of text that overrun the next run on their line, by page: their glyphs measured wider than drawn.
    const overrunsOn = new Map<number, number>();
    takeContentDamage();
    // Each page's object, by the page it was first read as.
    const pageObjects = new Map<string, number>();
    for (let number = 1; number <= document.numPages; number++) {
      // One stop point a page, while a long document is read.
      await stopPoint(signal);
      const page = await document.getPage(number);
      // A page tree that lists a page twice would give its findings twice (and, as pdf.js reads
      // as many pages as the tree's count says, may leave the last page out): damage, not a producer's way.
      const object = page.ref === null ? null : `${page.ref.num} ${page.ref.gen}`;
      const first = object === null ? undefined : pageObjects.get(object);
      if (first !== undefined) throw new JtaiError('corrupt', `its page tree lists one page twice, as pages ${first} and ${number}`, file);
      if (object !== null) pageObjects.set(object, number);
      smallestSide = Math.min(smallestSide, Math.abs(page.view[2]! - page.view[0]!), Math.abs(page.view[3]! - page.view[1]!));
      const content = await page.getTextContent();
      refuseChecksumFailure(number);
      const damage = takeContentDamage();
      // The rest of the page's text left out is a letter cut short within a page, as a damaged stream is.
      if (damage.stoppedBy !== null) throw new JtaiError('corrupt', `pdf.js stopped reading page ${number}'s text partway, the rest of the page left out (${errorLine(damage.stoppedBy, false)})`, file);
      if (damage.skipped > 0) skippedOn.push(number);
      const drawnItems = content.items.filter((item): item is TextItem => 'str' in item);
      if (drawnItems.length > MAX_PAGE_TEXT_ITEMS) {
        throw new JtaiError('too-large', `page ${number} holds ${grouped(drawnItems.length)} pieces of text, over the ${grouped(MAX_PAGE_TEXT_ITEMS)} limit for a page`, file, 'letter', "a letter's page holds a few hundred; check this file is a letter");
      }
      let items = drawnOnce(drawnItems);
      if (mainThread && drawnItems.length > MAIN_THREAD_PAGE_TEXT_ITEMS) throw new ParseInThread(`page ${number} holds ${drawnItems.length} pieces of text`);
      for (const [font, style] of Object.entries(content.styles ?? {})) if (style.italic === true) italicFonts.add(font);
      const overruns = runsOverrun(items);
      if (overruns > 0) overrunsOn.set(number, overruns);
      let assembled = assemblePage(items, studies, undefined, false, number);
      let drawn: Drawing | undefined;
      // The drawing operators cost as much again as the text: read only where the text shows a
      // box, or where a box or a table ran to the foot of the page before.
      const mayHoldBox = assembled.mayHoldBox || boxRunsOn || tableRunsOn;
      let rules: DrawnBox[] = [];
      const mayHoldMarkers = !mayHoldBox && mayHoldDrawnMarkers(assembled, letterMargin, drawnMarkersSeen);
      // Or where a paragraph may be a heading set apart by an underline alone: read for that, the
      // drawing gives its rules and nothing else (the page reads as before unless one is underlined).
      const mayHoldPlainHeadings = plainHeadingCandidates(assembled).length > 0;
      const mayHoldRules = mayHoldBox || mayHoldMarkers || mayHoldPlainHeadings;
      let fills: TextFill[] = [];
      let links: DrawnBox[] = [];
      // Or, in a document whose contents set text invisible anywhere (an OCR layer over scans), for that.
      if (mayHoldRules || invisibleTextSet) {
        const operators = await page.getOperatorList();
        refuseChecksumFailure(number, 'drawing');
        // The same content read again, for its drawing: its damage is told from its text, above.
        takeContentDamage();
        const runs = invisibleTextSet || mayHoldPlainHeadings ? textFills(operators) : [];
        if (invisibleTextSet) {
          const visible = invisibleCopiesOut(items, runs);
          // Where an invisible copy of the visible text was left out, the page is read from the visible text: no OCR layer's warning.
          if (visible !== items) assembled = assemblePage((items = visible), studies, undefined, false, number);
          else if (mostTextInvisible(runs)) invisibleOn.push(number);
        }
        if (mayHoldPlainHeadings) fills = runs;
        if (fills.some((fill) => fill.colour !== fills[0]!.colour)) links = linkAreas(await page.getAnnotations());
        if (mayHoldRules) {
          const read = drawnBoxes(operators);
          rules = read.rules ?? [];
          if (mayHoldBox || mayHoldMarkers) {
            // Read for markers alone, the page's boxes are left as they were: the text shows none.
            const drawing = mayHoldBox ? { ...read, read: true } : { boxes: [], tables: [], markers: read.markers };
            if (mayHoldBox || (drawing.markers?.length ?? 0) > 0) {
              drawn = drawing;
              const before = assembled.text;
              assembled = assemblePage(items, studies, drawing, boxRunsOn, number);
              drawnMarkersSeen ||= (drawing.markers?.length ?? 0) > 0 && assembled.text !== before;
            }
            // With the operators come the page's fonts, and their names (which may say "Bold").
            for (const item of items) {
              const font = item.fontName;
              if (font !== undefined && !fontNames.has(font) && page.commonObjs.has(font)) fontNames.set(font, String(page.commonObjs.get(font).name ?? ''));
            }
          }
        }
      }
      pageRules.push(rules);
      pageFills.push(fills);
      pageLinks.push(links);
      pushAll(samples, fontSamples(items));
      settings.push(assembled.settings);
      pushAll(bodySteps, assembled.bodySteps);
      short.push({ index: number - 1, items, drawing: drawn, boxRunsOn, ownStep: assembled.ownStep });
      for (const line of assembled.layout) if (line) letterMargin = Math.min(letterMargin ?? line.margin, line.margin);
      boxRunsOn = assembled.endsInBox;
      tableRunsOn = assembled.endsInTable;
      pages.push(assembled.text);
      for (const text of assembled.stamps) stamps.push({ page: number, text });
      words.add(number, assembled.text.split('\n'), assembled.settings);
      layout.push(assembled.layout);
      feet.push({ notes: assembled.footnotes, footer: assembled.footer, lastNote: assembled.lastNote, carried: assembled.carried });
      markersLeft.push(assembled.markersLeft);
      if (assembled.rotated) rotatedPages++;
      if (assembled.slanted) slantedPages++;
      page.cleanup();
      // Pages with no text at all are reported as such below, not judged as a letter.
      if (number === Math.min(OPENING_PAGES, document.numPages) && pages.join('').trim() !== '') {
        // Text set at a slant reads as nonsense: said as such, before its opening is judged as a letter's.
        if (slantedPages > number / 2) throw slantedText(slantedPages, number, file);
        // So does text in fonts that map their glyphs to no letters.
        words.refuseUnreadable(file);
        openingRefusal = checkOpening?.({ format: 'pdf', pages }) ?? null;
      } else if (openingRefusal !== null) {
        openingRefusal = checkOpening?.({ format: 'pdf', pages }) ?? null;
      }
      // Pages that are no letter's are read on to a letter's start on one of the first COVER_PAGES, no further.
      if (openingRefusal !== null && (number >= Math.min(COVER_PAGES, document.numPages) || document.numPages > MAX_PDF_PAGES)) throw (openingRefusal = unreadPagesSaid(openingRefusal, number, document.numPages));
      // What a document holds for each page until its end is read (items, settings, samples) grows
      // with its pages: a bound on pages is a bound on memory. Checked once its opening has been
      // judged, so that a long report is still told apart as not a letter.
      if (number === Math.min(OPENING_PAGES, document.numPages) && document.numPages > MAX_PDF_PAGES) {
        throw new JtaiError('too-large', `it has ${grouped(document.numPages)} pages, over the ${grouped(MAX_PDF_PAGES)}-page limit`, file, 'letter', 'a letter has 8-20 pages; check this file is one, and save each letter of a collection in a file of its own');
      }
    }
    if (pages.length === 0) throw new JtaiError('empty', 'the PDF has no pages', file, 'letter', 'a letter has pages of text; download it again');
    if (pages.join('').trim() === '' && smallestSide < MIN_PAGE_SIDE) {
      throw new JtaiError('corrupt', `a page of it is ${Math.round(smallestSide)} points across, too small to show any text (a letter's page is 595 by 842): its page box (MediaBox) is damaged`, file, 'letter', 'download the letter again, or give its pages their size again (e.g. with qpdf or a PDF editor)');
    }
    if (pages.join('').trim() === '') {
      throw new JtaiError('no-text-layer', `none of its ${plural(pages.length, 'page')} has any text`, file);
    }
    if (slantedPages > pages.length / 2) throw slantedText(slantedPages, pages.length, file);
    words.refuseUnreadable(file);
    if (rotatedPages > 0 && !readableRotation(pages)) {
      throw new JtaiError('rotated-text', `the text of ${grouped(rotatedPages)} of its ${plural(pages.length, 'page')} is rotated and could not be read in order`, file);
    }
    // Line spacing is judged over the letter where a page is too short to show its own: a page of
    // a few lines (a last page, a page of a table) would take its paragraph gaps for line steps.
    // The letter's spacing is the smallest step that recurs over all its pages.
    const letterStep = recurringStep(bodySteps, 0)?.step ?? null;
    // A lone raised marker left a line of its own because no line of its page opens with it is joined to its
    // line after all where the page after or the page before has a note of that marker and its own page has
    // none (the marker on a page's last line, its note at the next page's foot; or on a finding run on from
    // the page before, its note at that page's foot: helper 8bi). Those pages alone are read again.
    const notedElsewhere = markersLeft.map((left, p) => new Set(left.filter((marker) =>
      !feet[p]!.notes.some((note) => note.marker === marker) && [feet[p - 1], feet[p + 1]].some((foot) => foot?.notes.some((note) => note.marker === marker)))));
    // A short page is read again with the letter's spacing where its own is not to be trusted, or with its lone
    // markers joined where a neighbour holds their notes: once, with both, where both apply.
    for (const { index, items, drawing, boxRunsOn: runsOn, ownStep } of short) {
      const step = letterStep !== null && !(ownStep !== null && ownStep <= letterStep * GAP_OVER_STEP) ? letterStep : null;
      if (step === null && notedElsewhere[index]!.size === 0) continue;
      const again = assemblePage(items, studies, drawing, runsOn, index + 1, step, notedElsewhere[index]);
      pages[index] = again.text;
      layout[index] = again.layout;
      settings[index] = again.settings;
      feet[index] = { notes: again.footnotes, footer: again.footer, lastNote: again.lastNote, carried: again.carried };
    }
    rowCellsAfterRunOn(pages, layout, settings);
    // A font's weight is judged over the whole document: a page may hold too little of a font to tell.
    const heavy = heavyFonts(samples, fontNames);
    // Larger than the letter's body too: a page set mostly in small type (a case study, a quotation)
    // would make body text at its foot read as set apart.
    const letterBodySize = mostCommonSize(settings.flat().map((setting) => setting?.sizes ?? new Map<number, number>()));
    layout.forEach((lines, p) => lines.forEach((line, i) => {
      if (!line) return;
      const setting = settings[p]![i]!;
      line.heavier = inHeavierFace(setting, heavy);
      line.larger = setting.larger && setting.size > letterBodySize * LARGER;
      // A line that opens in bold and ends in the body's face is a run-in lead ("Strengths in
      // partnership working Leaders ..."): text, not set apart as a heading is, throughout.
      const runsIn = line.heavier && setting.lastFont !== null && !heavy.has(setting.lastFont);
      line.emphasis = (line.heavier && !runsIn) || line.larger;
    }));
    subheadingsBySlant(pages, layout, settings, italicFonts, samples);
    subheadingsInSmallCapitals(pages, layout, settings, letterBodySize);
    subheadingsByRuleOrColour(pages, layout, settings, pageRules, pageFills, pageLinks);
    // A page whose foot carries on a note has its body's foot at the top of that note.
    for (const [p, top] of joinCarriedNotes(feet)) {
      const rounded = Math.round(top * 10) / 10;
      for (const line of layout[p]!) if (line) line.notesTop = Math.max(line.notesTop ?? rounded, rounded);
    }
    pageNumbersUnderNotes(feet);
    runningLinesUnderNotes(feet);
    const footnotes: ExtractedFootnote[] = feet.flatMap((foot, p) => foot.notes.map(({ marker, text, printed }) => ({ marker, text, printed, page: p + 1 })));
    const footers = feet.flatMap((foot, p) => foot.footer.map((text) => ({ page: p + 1, text })));
    // A stream that fails its checksum and that no page read (one that was read refused the file):
    // the file is damaged, but not the text read, as a damaged image is not.
    const warnings = [words.warning(), ocrLayerWarning(invisibleOn), overrunWarning(overrunsOn), skippedOperatorsWarning(skippedOn), ...checksumFailures.map(unreadChecksumFailure)].filter((warning) => warning !== null);
    pagesRead(document.numPages);
    return { format: 'pdf', pages, footnotes, footers, ...(stamps.length === 0 ? {} : { stamps }), layout, ...(warnings.length === 0 ? {} : { warnings }) };
  } catch (error) {
    // Read on past pages that are no letter's, a page it cannot read is no letter's start either.
    if (openingRefusal !== null && !signal?.aborted && (error instanceof JtaiError || error instanceof InvalidPDFException || pdfJsFinding(error) !== null)) throw openingRefusal;
    if (error instanceof JtaiError) throw error;
    if (pdfJsFinding(error) === 'PasswordException') throw new JtaiError('encrypted', 'the PDF is protected by a password', file);
    if (error instanceof InvalidPDFException) {
      throw new JtaiError('corrupt', `pdf.js could not read it (${errorLine(error, false)})`, file);
    }
    if (pdfJsFinding(error) !== null) throw new JtaiError('corrupt', `pdf.js failed while reading it (${errorLine(error, false)})`, file);
    // Anything else is a fault in jtai's own reading of the page (a TypeError, a stack overflow),
    // not in the file: the caller reports it as a bug (status internal), not as a damaged file.
    throw error;
  } finally {
    takeBack();
    checksums.stop();
    await parser.destroy().catch(() => undefined);
  }
}

/**
 * How many runs of a page's text overrun the next run on their baseline, drawn after them and
 * starting past their middle, by more than OVERRUN of an em: pdf.js measured their glyphs wider
 * than the producer set them, as where a font's widths are missing (no /Widths or /W: pdf.js takes
 * a standard face's, or an em a glyph). Its own spaces, and the gaps that make jtai's, are then
 * wrong ("need s", "(CQC)and"). No run of the 21 real inputs overruns the next by even a twentieth.
 */
function runsOverrun(items: TextItem[]): number {
  let overruns = 0;
  let before: TextItem | null = null;
  for (const item of items) {
    if (item.str.trim() === '') continue;
    if (before !== null && before.transform[1] === 0 && item.transform[1] === 0 && Math.abs(before.transform[5]! - item.transform[5]!) < 0.5) {
      const [start, end] = [before.transform[4]!, before.transform[4]! + before.width];
      const size = Math.hypot(before.transform[0]!, before.transform[1]!);
      const x = item.transform[4]!;
      if (x > start + before.width / 2 && end - x > OVERRUN * size) overruns++;
    }
    before = item;
  }
  return overruns;
}
/** The share of an em by which a run must overrun the next to count (runsOverrun). */
const OVERRUN = 0.15;
/** The fewest overrunning runs in a document that are warned of: one may be a producer's own overlap. */
const MIN_OVERRUNS = 5;

/** Pages whose runs of text overrun one another (runsOverrun), when there are enough to be a font's widths and not a producer's one overlap. */
function overrunWarning(overrunsOn: Map<number, number>): string | null {
  let total = 0;
  for (const count of overrunsOn.values()) total += count;
  if (total < MIN_OVERRUNS) return null;
  return `${total} runs of text on ${pagesSaid([...overrunsOn.keys()])} overrun the next one on their line: the PDF's fonts give their glyphs other widths than the ones they are set with (its fonts' /Widths are missing or wrong), so spaces between words may be lost or added in quotes and findings ("need s", "(CQC)and"); check quotes against the letter as published, or save the PDF again from its source`;
}

/**
 * A refusal of a document's first pages as no letter's, said with what jtai did not read: a letter
 * bound behind a cover longer than COVER_PAGES (a board pack's report) is read once its pages are
 * a file of their own. Reading on through every page to look for one would make each refusal of
 * a long report (an inspection report of 30 pages) cost its whole document.
 */
function unreadPagesSaid(refusal: JtaiError, read: number, pages: number): JtaiError {
  if (read >= pages || refusal.code !== 'not-a-letter' || refusal.advice !== null) return refusal;
  // Where a letter may start is the rule's, not how far this file was read: a file over MAX_PDF_PAGES is refused after its opening pages.
  const unread = pages - read;
  return new JtaiError(refusal.code, refusal.message, refusal.file, refusal.reading, `jtai reads letters of findings from joint targeted area inspections only, starting on one of a file's first ${Math.min(COVER_PAGES, pages)} pages; ${unread} of its ${pages} pages ${unread === 1 ? 'was' : 'were'} not read: to parse a letter bound later in it, as in a board pack, save the letter's pages as a file of their own`);
}

/**
 * A page's text items with each drawn again where it stood left out: the same string, in the same
 * size, from the same origin (within half a point) as one drawn before it on the page. A page
 * whose text is drawn twice (a visible layer and an invisible copy over it, as a tool that adds a
 * text layer to a page that had one writes) reads once, as the reader sees it; nothing a page
 * draws once is left out. linesOf keeps one of a line printed twice in a row, shifted or
 * shortened (see there); this takes a whole layer drawn again after the page's text, whose copies
 * stand nowhere near their lines in drawing order, and, as it looks page-wide, exact copies only.
 */
function drawnOnce(items: TextItem[]): TextItem[] {
  // Each item drawn so far by its string and size, then by its half-point cell: a copy is looked for in its own cell and
  // those around it. The string and size are looked up once per item (not once per cell: building and hashing nine
  // keys that hold the string was 2% of a worker's CPU), and a string first drawn needs no cell looked at.
  const drawn = new Map<string, Map<number, Array<[number, number]>>>();
  let again = 0;
  const once = items.filter((item) => {
    const [x, y] = [item.transform[4]!, item.transform[5]!];
    const [cx, cy] = [Math.floor(x * 2), Math.floor(y * 2)];
    const head = `${item.str}\u0000${Math.round(item.transform[0]! * 2)}`;
    let cells = drawn.get(head);
    if (cells === undefined) drawn.set(head, (cells = new Map()));
    else {
      for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) {
        if (cells.get(cellKey(cx + dx, cy + dy))?.some(([px, py]) => Math.abs(px - x) < 0.5 && Math.abs(py - y) < 0.5)) {
          again++;
          return false;
        }
      }
    }
    const key = cellKey(cx, cy);
    const cell = cells.get(key);
    if (cell) cell.push([x, y]);
    else cells.set(key, [[x, y]]);
    return true;
  });
  return again === 0 ? items : once;
}

/**
 * A half-point cell's key in drawnOnce, a number: a string built for each of nine neighbours was
 * half of drawnOnce's garbage (0.80 MB a letter of its own allocation, now 0.38). Cells far apart
 * may share a key (a cell 2^19 half-points or more above or below the origin, or at infinity): a copy is
 * still told by its own place, so a shared key only adds places to look at, never hides one.
 */
function cellKey(cx: number, cy: number): number {
  return cx * 1_048_576 + cy;
}

/**
 * Pages whose text is an OCR layer: drawn invisibly (over a scan of the page, which is what the
 * reader sees). jtai reads the layer as it stands; an OCR engine misreads some letters and words.
 */
function ocrLayerWarning(pages: number[]): string | null {
  if (pages.length === 0) return null;
  return `the text of ${pagesSaid(pages)} is drawn invisibly, over the page's image: an OCR text layer (a scanned letter), read as it stands, so quotes and findings may hold the OCR's misread words; check quotes against the letter as published, or parse the letter's own PDF`;
}

/** Pages in order as said in a warning: "page 3", "pages 1-6, 9". */
function pagesSaid(pages: number[]): string {
  const runs: string[] = [];
  pages.forEach((page, i) => {
    if (page - 1 === pages[i - 1] && page + 1 === pages[i + 1]) return;
    runs.push(page - 1 === pages[i - 1] && pages[i - 2] === page - 2 ? `${runs.pop()}-${page}` : String(page));
  });
  return `${pages.length === 1 ? 'page' : 'pages'} ${runs.join(', ')}`;
}

/** Text render mode 3, text drawn neither filled nor stroked: "3 Tr" in a content stream, the operator a word of its own. */
function setsTextInvisible(content: Uint8Array): boolean {
  const buffer = Buffer.from(content.buffer, content.byteOffset, content.length);
  for (let at = buffer.indexOf('Tr', 0, 'latin1'); at >= 0; at = buffer.indexOf('Tr', at + 2, 'latin1')) {
    if (/[\s\]]3\s+$/.test(buffer.toString('latin1', Math.max(0, at - 6), at)) && !/\w/.test(String.fromCharCode(buffer[at + 2] ?? 32))) return true;
  }
  return false;
}

/** Whether most of the text runs a page shows are drawn invisibly (render mode 3, or 7: invisible, added to the clip), as an OCR layer is. */
function mostTextInvisible(runs: TextFill[]): boolean {
  return runs.filter((run) => run.invisible).length * 2 > runs.length;
}

/**
 * A page's text items less an invisible copy of its visible text (as a tool that adds an OCR layer
 * to pages that had text draws one, word by word where its engine boxed each word, a point or two
 * off the visible words): an item drawn invisibly (its run's origin is an invisible run's, and no
 * visible run's) whose middle stands on visible text (within half its size of a visible item's
 * baseline, inside that item's width) is left out. Invisible text over no visible text (a scan's
 * OCR layer over its image) is the page's text, and stays. The same items where there is no copy.
 */
function invisibleCopiesOut(items: TextItem[], runs: TextFill[]): TextItem[] {
  if (!runs.some((run) => run.invisible)) return items;
  const visibleAt = originsNear(runs.filter((run) => !run.invisible));
  const invisibleAt = originsNear(runs.filter((run) => run.invisible && !visibleAt(run.x, run.y)));
  const isInvisible = (item: TextItem) => invisibleAt(item.transform[4] ?? 0, item.transform[5] ?? 0);
  // Visible items' extents on each baseline (rounded to the point), sorted, looked up by halving.
  const rows = new Map<number, Array<[number, number]>>();
  for (const item of items) {
    if (isInvisible(item) || item.str.trim() === '') continue;
    const row = Math.round(item.transform[5] ?? 0);
    const x = item.transform[4] ?? 0;
    let extents = rows.get(row);
    if (extents === undefined) rows.set(row, (extents = []));
    extents.push([x, x + item.width]);
  }
  if (rows.size === 0) return items;
  for (const extents of rows.values()) extents.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const reachOf = new Map<number, number[]>();
  for (const [row, extents] of rows) {
    let furthest = -Infinity;
    reachOf.set(row, extents.map(([, end]) => (furthest = Math.max(furthest, end))));
  }
  const onVisibleText = (item: TextItem) => {
    const middle = (item.transform[4] ?? 0) + item.width / 2;
    const half = Math.hypot(item.transform[0] ?? 0, item.transform[1] ?? 0) / 2;
    const y = item.transform[5] ?? 0;
    for (let row = Math.ceil(y - half); row <= Math.floor(y + half); row++) {
      const extents = rows.get(row);
      if (extents === undefined) continue;
      // The last extent starting at or before the middle; the furthest any of those reaches.
      let [low, high] = [0, extents.length - 1];
      while (low <= high) {
        const mid = (low + high) >> 1;
        if (extents[mid]![0] <= middle) low = mid + 1;
        else high = mid - 1;
      }
      if (high >= 0 && reachOf.get(row)![high]! >= middle) return true;
    }
    return false;
  };
  const kept = items.filter((item) => !isInvisible(item) || !onVisibleText(item));
  return kept.length === items.length ? items : kept;
}

/**
 * Whether a point stands at one of these runs' origins, within a quarter point: a run's origin as the operators place it and
 * its text item's as pdf.js does differ in their last bits (343.75 and 343.74999999999994), so a rounded key, whose edge can
 * fall between the two, would part them (an OCR copy's word so taken for visible text, and read into the line under it).
 */
function originsNear(runs: readonly TextFill[]): (x: number, y: number) => boolean {
  const TOLERANCE = 0.25;
  const cells = new Map<string, TextFill[]>();
  const cell = (x: number, y: number) => `${Math.round(x)}:${Math.round(y)}`;
  for (const run of runs) {
    const key = cell(run.x, run.y);
    let here = cells.get(key);
    if (here === undefined) cells.set(key, (here = []));
    here.push(run);
  }
  return (x, y) => {
    for (const dx of [-1, 0, 1]) {
      for (const dy of [-1, 0, 1]) {
        if (cells.get(cell(x + dx, y + dy))?.some((run) => Math.abs(run.x - x) <= TOLERANCE && Math.abs(run.y - y) <= TOLERANCE)) return true;
      }
    }
    return false;
  };
}

/**
 * Pages whose content held operators pdf.js could not read (unknown, or short of operands), and
 * so skipped, text with them: no real letter's pages have any, a damaged stream's do.
 */
function skippedOperatorsWarning(pages: number[]): string | null {
  if (pages.length === 0) return null;
  return `pdf.js skipped drawing instructions it could not read on ${pages.length === 1 ? 'page' : 'pages'} ${pages.join(', ')}, so text there may be missing or garbled in the findings: the file is damaged; download the letter again`;
}

/** A sub-heading set apart by its slant alone is short: a heading's length (as segment judges one). */
const SLANTED_HEADING_WORDS = 12;

/**
 * Sub-headings set apart by their slant alone (an italic or oblique face of the body's weight and
 * size, as some letters set them) are set apart as bold ones are: a line wholly in an italic face,
 * on its own (a gap or the page's top above it), before text that is not (a gap, or an upright
 * line under it, the line ending with room left for that line's first word), short, opening with no quote mark and ending in no sentence's punctuation (a colon aside). An
 * italic phrase inside a paragraph stands in a line with others, and an italic quotation runs to
 * more lines or ends its sentence: both stay text. A letter set mostly in an italic face shows
 * nothing by it.
 */
function subheadingsBySlant(pages: string[], layout: Array<Array<LineLayout | null>>, settings: Array<Array<LineSetting | null>>, italic: ReadonlySet<string>, samples: FontSample[]): void {
  if (italic.size === 0) return;
  const italicChars = samples.reduce((sum, sample) => sum + (italic.has(sample.font) ? sample.text.length : 0), 0);
  if (italicChars * 2 >= samples.reduce((sum, sample) => sum + sample.text.length, 0)) return;
  const slanted = (setting: LineSetting | null) => {
    let chars = 0;
    let slantedChars = 0;
    for (const [font, count] of setting?.fonts ?? []) {
      chars += count;
      if (italic.has(font)) slantedChars += count;
    }
    return chars > 0 && slantedChars === chars;
  };
  layout.forEach((lines, p) => {
    const texts = pages[p]!.split('\n');
    lines.forEach((line, i) => {
      if (!line || line.emphasis || line.heavier || !slanted(settings[p]![i]!)) return;
      const text = texts[i]!.trim();
      const above = lines[i - 1];
      const below = lines[i + 1];
      // A line with an upright one under it ends where its writer ended it, not where it ran out of room (an italic phrase that opens a paragraph and fills its first line).
      const endedByWriter = below === undefined || below === null || roomForFirstWord(line.end, line.right, { text: texts[i + 1]!, x: below.x, end: below.end });
      const alone = (above === undefined || above === null || above.emphasis) && (below === undefined || below === null || !slanted(settings[p]![i + 1]!)) && endedByWriter;
      // A colon may end a sub-heading, as it may a bold one (see endsAsText); other sentence punctuation ends text.
      if (alone && text.split(/\s+/).length <= SLANTED_HEADING_WORDS && !/^["'\u2018\u201C]/.test(text) && !/[.,;!?]["'\u2019\u201D)\]]*$/.test(text)) line.emphasis = true;
    });
  });
}

/** Small capitals are capitals set smaller than the body: at most this share of its size (a face's own small capitals stand near 0.7 to 0.8). */
const SMALL_CAPITALS = 0.9;

/**
 * Sub-headings set in small capitals (the body's face and weight, capitals at a smaller size) are
 * set apart as bold ones are: a line of two words or more, every letter a capital, set at most
 * SMALL_CAPITALS of the letter's body size, alone between gaps (or the page's edges), of a
 * heading's length, ending in no sentence's punctuation (a colon aside). Capitals that open a
 * paragraph's first line share it with the body's lower case, and stay text.
 */
function subheadingsInSmallCapitals(pages: string[], layout: Array<Array<LineLayout | null>>, settings: Array<Array<LineSetting | null>>, bodySize: number): void {
  layout.forEach((lines, p) => {
    let texts: string[] | undefined;
    lines.forEach((line, i) => {
      if (!line || line.emphasis || line.heavier || settings[p]![i]!.size > bodySize * SMALL_CAPITALS) return;
      const text = (texts ??= pages[p]!.split('\n'))[i]!.trim();
      const words = text.split(/\s+/);
      if (words.length < 2 || words.length > SLANTED_HEADING_WORDS || /\p{Ll}/u.test(text) || !/^\p{Lu}/u.test(text) || /[.,;!?]["'\u2019\u201D)\]]*$/.test(text)) return;
      const alone = (lines[i - 1] === undefined || lines[i - 1] === null) && (lines[i + 1] === undefined || lines[i + 1] === null);
      if (alone) line.emphasis = true;
    });
  });
}

/**
 * A page's paragraphs (from the gap or page's edge above to the one under) that may be headings set
 * apart by an underline alone (the body's face and size, a rule drawn under its words): three lines
 * at most, of a heading's length, opening with a word, ending in no sentence's punctuation, set
 * wholly in the page's most common font and not larger; each as its lines' indexes. Only pages with
 * one have their drawing read for it. One pass over the page: a page of thousands of lines costs
 * in line with them.
 */
function plainHeadingCandidates(page: { text: string; layout: Array<LineLayout | null>; settings: Array<LineSetting | null> }): number[][] {
  const candidates: number[][] = [];
  let texts: string[] | undefined;
  let bodyFont: string | undefined;
  for (let first = 0; first < page.layout.length; first++) {
    if (!page.layout[first]) continue;
    let last = first;
    while (last + 1 < page.layout.length && page.layout[last + 1]) last++;
    const run = Array.from({ length: last - first + 1 }, (_, k) => first + k);
    first = last;
    if (run.length > UNDERLINED_HEADING_LINES) continue;
    texts ??= page.text.split('\n');
    const text = run.map((k) => texts![k]!.trim()).join(' ');
    if (text.split(/\s+/).length > UNDERLINED_HEADING_WORDS || !/^\p{L}/u.test(text) || /[.,;!?]["'\u2019\u201D)\]]*$/.test(text)) continue;
    bodyFont ??= mostCommonFont(page.settings);
    const plain = (k: number) => {
      const line = page.layout[k]!;
      const fonts = page.settings[k]?.fonts;
      return !line.larger && line.textX <= line.x + 1 && fonts !== undefined && fonts.size === 1 && fonts.has(bodyFont!);
    };
    if (run.every(plain)) candidates.push(run);
  }
  return candidates;
}

/** The font that sets most of a page's characters. */
function mostCommonFont(settings: Array<LineSetting | null>): string {
  const chars = new Map<string, number>();
  for (const setting of settings) for (const [font, count] of setting?.fonts ?? []) chars.set(font, (chars.get(font) ?? 0) + count);
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

/** An underlined heading's most lines and words (the letters' longest sub-heading runs to 13 words, over two lines). */
const UNDERLINED_HEADING_LINES = 3;
const UNDERLINED_HEADING_WORDS = 16;

/**
 * Headings set apart by an underline alone are set apart as bold ones are: a paragraph that may be
 * one (plainHeadingCandidates) with a rule drawn under each line's baseline (within a third of its
 * size), running under its words from first to last and no further than two letters' size beyond
 * (a rule across the page under a heading is another thing, and a link's underline stands in a
 * sentence). So are headings set apart by colour alone: a paragraph that may be one, every run of
 * text on its lines' baselines shown in one fill colour that is not the page's body text's (the
 * colour most of its runs are shown in), unless it is a link: a link annotation's area over most
 * of a line of it (`pageLinks`), or its words a web or e-mail address alone (a link set in colour
 * stands alone on its line as a heading does, short and with no full stop).
 */
function subheadingsByRuleOrColour(pages: string[], layout: Array<Array<LineLayout | null>>, settings: Array<Array<LineSetting | null>>, pageRules: DrawnBox[][], pageFills: TextFill[][], pageLinks: DrawnBox[][]): void {
  layout.forEach((lines, p) => {
    const rules = pageRules[p] ?? [];
    const fills = pageFills[p] ?? [];
    if (rules.length === 0 && fills.length === 0) return;
    const page = { text: pages[p]!, layout: lines, settings: settings[p]! };
    const underlined = (line: LineLayout) => rules.some((rule) => rule.top <= line.y && rule.top >= line.y - line.size / 3 && rule.left <= line.x + 1 && rule.right >= line.end - 1 && rule.right - rule.left <= line.end - line.x + 2 * line.size);
    const bodyFill = mostCommon(fills.map((fill) => fill.colour));
    // The runs by their baseline rounded, so that each line looks at its own (a page of thousands of lines, each a candidate).
    const byBaseline = new Map<number, TextFill[]>();
    for (const fill of fills) {
      const row = byBaseline.get(Math.round(fill.y));
      if (row) row.push(fill);
      else byBaseline.set(Math.round(fill.y), [fill]);
    }
    const colourOf = (line: LineLayout) => {
      const near = [-1, 0, 1].flatMap((step) => byBaseline.get(Math.round(line.y) + step) ?? []);
      const shown = new Set(near.filter((fill) => Math.abs(fill.y - line.y) < 1 && fill.x >= line.x - 1 && fill.x < line.end).map((fill) => fill.colour));
      return shown.size === 1 ? [...shown][0]! : null;
    };
    const links = pageLinks[p] ?? [];
    const linked = (line: LineLayout) => links.some((link) => link.bottom <= line.y + line.size / 3 && link.top >= line.y && Math.min(link.right, line.end) - Math.max(link.left, line.x) > (line.end - line.x) / 2);
    let texts: string[] | undefined;
    const isLink = (run: number[]) => run.some((k) => linked(lines[k]!)) || WEB_OR_MAIL_ADDRESS.test(run.map((k) => (texts ??= page.text.split('\n'))[k]!.trim()).join(''));
    for (const run of plainHeadingCandidates(page)) {
      if (lines[run[0]!]!.emphasis) continue;
      const colour = colourOf(lines[run[0]!]!);
      const coloured = colour !== null && colour !== bodyFill && run.every((k) => colourOf(lines[k]!) === colour) && !isLink(run);
      if (!coloured && !run.every((k) => underlined(lines[k]!))) continue;
      for (const k of run) lines[k]!.emphasis = true;
    }
  });
}

/** Words that are a web address ("https://...", "www.x.gov.uk/...", "x.gov.uk/...") or an e-mail address alone, nothing else. */
const WEB_OR_MAIL_ADDRESS = /^(?:[a-z][a-z+.-]*:\/\/\S+|www\.\S+|[\w-]+(?:\.[\w-]+)+\/\S*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$/i;

/** The areas of a page's link annotations, as boxes in the page's space. */
function linkAreas(annotations: Array<{ subtype?: string; rect?: number[] }>): DrawnBox[] {
  return annotations.filter((annotation) => annotation.subtype === 'Link' && annotation.rect?.length === 4).map(({ rect }) => {
    const [x0, y0, x1, y1] = rect as [number, number, number, number];
    return { left: Math.min(x0, x1), right: Math.max(x0, x1), bottom: Math.min(y0, y1), top: Math.max(y0, y1) };
  });
}

/** The value most often in a list (null for none). */
function mostCommon(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** A run of text shown on a page: where its baseline starts (the text line's origin, in the page's space) and its fill colour. */
interface TextFill {
  x: number;
  y: number;
  colour: string;
  /** Drawn in render mode 3 or 7 (invisible, or invisible and added to the clip), as an OCR layer is. */
  invisible: boolean;
}


/**
 * Each run of text a page's drawing shows, at its text line's origin, with its fill colour: the
 * graphics state's transformation and fill, saved and restored, and the text line matrix as the
 * text operators move it. A run shown after another on the same line stands at the line's origin:
 * its baseline is the line's, which is what is matched.
 */
function textFills(operators: { fnArray: number[]; argsArray: unknown[] }): TextFill[] {
  const shown: TextFill[] = [];
  let matrix = [1, 0, 0, 1, 0, 0];
  let colour = '#000000';
  let mode = 0;
  const saved: Array<{ matrix: number[]; colour: string; mode: number }> = [];
  let line = [1, 0, 0, 1, 0, 0];
  let leading = 0;
  const move = (tx: number, ty: number) => {
    line = [line[0]!, line[1]!, line[2]!, line[3]!, tx * line[0]! + ty * line[2]! + line[4]!, tx * line[1]! + ty * line[3]! + line[5]!];
  };
  operators.fnArray.forEach((fn, index) => {
    const args = (operators.argsArray[index] ?? []) as unknown[];
    if (fn === OP_SAVE) saved.push({ matrix, colour, mode });
    else if (fn === OP_RESTORE) ({ matrix, colour, mode } = saved.pop() ?? { matrix, colour, mode });
    else if (fn === OP_TEXT_RENDERING_MODE) mode = Number(args[0]);
    else if (fn === OP_TRANSFORM) {
      const [a, b, c, d, e, f] = args as number[];
      const [A, B, C, D, E, F] = matrix as [number, number, number, number, number, number];
      matrix = [a! * A + b! * C, a! * B + b! * D, c! * A + d! * C, c! * B + d! * D, e! * A + f! * C + E, e! * B + f! * D + F];
    } else if (SETS_FILL.has(fn)) colour = `${fn}:${args.map(String).join(' ')}`;
    else if (fn === OP_BEGIN_TEXT) line = [1, 0, 0, 1, 0, 0];
    else if (fn === OP_SET_TEXT_MATRIX) line = (Array.isArray(args[0]) || ArrayBuffer.isView(args[0]) ? Array.from(args[0] as ArrayLike<number>) : (args as number[])).slice(0, 6);
    else if (fn === OP_SET_LEADING) leading = Number(args[0]);
    else if (fn === OP_MOVE_TEXT || fn === OP_SET_LEADING_MOVE_TEXT) {
      if (fn === OP_SET_LEADING_MOVE_TEXT) leading = -Number(args[1]);
      move(Number(args[0]), Number(args[1]));
    } else if (fn === OP_NEXT_LINE) move(0, -leading);
    if (showsText(fn)) {
      if (fn === OP_NEXT_LINE_SHOW || fn === OP_NEXT_LINE_SPACING_SHOW) move(0, -leading);
      const [a, b, c, d, e, f] = matrix as [number, number, number, number, number, number];
      shown.push({ x: a * line[4]! + c * line[5]! + e, y: b * line[4]! + d * line[5]! + f, colour, invisible: mode === 3 || mode === 7 });
    }
  });
  return shown;
}

/** Text whose matrices turn it by an angle other than a quarter: no reading order can be rebuilt from it. */
function slantedText(slanted: number, pages: number, file: string): JtaiError {
  return new JtaiError('rotated-text', `the text of ${grouped(slanted)} of its ${pages === slanted ? '' : 'first '}${plural(pages, 'page')} is set at a slant (turned by an angle other than a quarter) and could not be read in order`, file);
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * Called with the first pages as soon as they are read; it throws to stop reading a document
 * that is plainly not a letter (a 300-page report need not be read to the end to know). Or it
 * returns the refusal the first pages earn where a letter may yet start past them (a board pack's
 * cover that never names the JTAI): it is called again after each page, with the pages so far,
 * until it returns none (a letter's start is found) or COVER_PAGES are read, when its refusal is
 * thrown. A failure in the pages read on is that refusal too.
 */
export type OpeningCheck = (firstPages: ExtractedPages) => JtaiError | null | void;
const OPENING_PAGES = 2;
/** The page a letter past a cover starts on at the latest: a board pack's cover report runs to a few pages. */
const COVER_PAGES = 6;
/** Ten times the longest letter: memory stays under the 400 MB goal (2,000 pages of one letter's page took 914 MB). */
export const MAX_PDF_PAGES = 200;
/**
 * A hundred times the most a letter's page holds (511, Hertfordshire's). Putting a page together no
 * longer spreads its lines into a call (src/long-arrays.ts), nor puts back the order of more runs
 * of lines than a letter's page has (MOST_RUNS_PUT_BACK): 40,000 pieces scattered over a page took
 * 4.3 to 9.5 s of CPU, and take 1.0 s.
 */
const MAX_PAGE_TEXT_ITEMS = 50_000;
/**
 * The most pieces of text a page may hold to be put together on the main thread, where a time
 * limit stops a parse only between pages: four times a letter's most (511). A page is put together
 * in one go, and hostile pages have found costs that grew faster than their pieces before (pieces
 * scattered over a page: 40,000 took 37 s of CPU past --timeout 2, 1.0 s since MOST_RUNS_PUT_BACK);
 * one of more is parsed in a thread, which the limit stops wherever it stands.
 */
const MAIN_THREAD_PAGE_TEXT_ITEMS = 2_000;
/** An inch: a page box smaller than this on a side cannot show a line of a letter. */
const MIN_PAGE_SIDE = 72;

let pdfParse: Promise<typeof import('pdf-parse')> | null = null;

/**
 * pdf-parse loads pdf.js's legacy build, whose core-js polyfills replace Array.prototype.push
 * and JSON.parse for the whole process (for cases that never arise here: arrays longer than
 * 2^32, JSON.parse source access), and the replacements are several times slower: measured,
 * push alone took 8% of a batch's time. The engine's own functions are put back.
 */
export async function preloadPdfParse(): Promise<void> {
  await loadPdfParse();
}

/**
 * pdf.js builds a DOMMatrix as it loads, taken from @napi-rs/canvas, a native module it needs
 * only to render pages, which jtai never does and so never loads (see pdfjs.ts; an install with
 * --omit=optional leaves out its 30 MB binary). Stand-ins let pdf.js load (text extraction does
 * no matrix arithmetic; any use of a stand-in throws, and shows as an error), and pdf.js's warning
 * about the missing module is not shown. Returns what puts console.warn back.
 */
function standInForCanvas(): () => void {
  const globals = globalThis as Record<string, unknown>;
  class NotAvailableWithoutCanvas {}
  for (const name of ['DOMMatrix', 'ImageData', 'Path2D']) globals[name] ??= NotAvailableWithoutCanvas;
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!String(args[0]).includes('@napi-rs/canvas')) warn(...args);
  };
  return () => {
    console.warn = warn;
  };
}

function loadPdfParse(): Promise<typeof import('pdf-parse')> {
  pdfParse ??= (async () => {
    const push = Array.prototype.push;
    const parse = JSON.parse;
    const restoreWarnings = standInForCanvas();
    let loaded;
    try {
      loaded = loadPdfJs();
    } finally {
      restoreWarnings();
    }
    // pdf.js would load its worker code, which installs the same polyfills again, when the first
    // document opens; given it now (pdf.js uses a global pdfjsWorker when there is one), the
    // polyfills are undone once, here.
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = loaded.worker;
    Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, configurable: true, enumerable: false });
    JSON.parse = parse;
    return loaded.pdfParse;
  })();
  return pdfParse;
}

interface Line {
  text: string;
  /** Baseline, in the text's own frame (page units, upwards). */
  y: number;
  /** Left edge and right edge of the line's text. */
  x: number;
  end: number;
  height: number;
  /** Characters at each font size, for the line's size (the size most of its text is set in). */
  sizes: Map<number, number>;
  /** Where the first word starts (after any bullet glyph). */
  textX: number | null;
  /** Characters (not white space) per font. */
  fonts: Map<string, number>;
  /** The text items the line was made of, in drawing order. */
  items: TextItem[];
}

/** How a line is set, for judging whether it stands apart from the body text. */
interface LineSetting {
  /** Set larger than the page's body text. */
  larger: boolean;
  /** The line's size, and its characters at each size. */
  size: number;
  sizes: Map<number, number>;
  /** Characters (not white space) per font. */
  fonts: Map<string, number>;
  /** The font of the line's last word in its own size (a raised marker aside). */
  lastFont: string | null;
  /** In a line of more than one font, the text each font sets, run by run. */
  runs?: FontRun[];
}

/** A run of a line's text in one font. */
export interface FontRun {
  font: string;
  text: string;
}

/**
 * A line's text as runs of one font each, in the order of its items: a space between two items
 * where the page leaves a gap, as the line's text has it.
 */
function fontRuns(line: Line): FontRun[] {
  const runs: FontRun[] = [];
  const spaced = wordGapsBefore(line.items, wordGapFloor(line.items));
  line.items.forEach((item, i) => {
    const font = item.fontName ?? '';
    const last = runs.at(-1);
    if (last !== undefined && last.font === font) last.text += (spaced[i] ? ' ' : '') + item.str;
    else if (item.str.trim() !== '') runs.push({ font, text: item.str });
    else if (last !== undefined) last.text += item.str;
  });
  return runs;
}

/** A footnote as its page gives it, with its printed lines. */
interface PageNote extends Omit<ExtractedFootnote, 'page'> {
  /** The marker as printed (a superscript, where the number is given in digits). */
  printedMarker: string;
  lines: string[];
}

/** How a page's last note is set: its size, and the left edges its lines may start at (its marker's, its text's). */
interface NoteSetting {
  size: number;
  edges: number[];
  /** Where the note's last line ends, and the page's right text edge (its body's: a page of no body leaves room always). */
  end: number;
  right: number;
}

/** Small lines that open a page's foot with no marker (see carriedOn), as set. */
interface CarriedLines {
  lines: string[];
  size: number;
  x: number;
  /** Where each of them ends. */
  ends: number[];
  top: number;
  /** The page's right text edge (its body's; Infinity on a page of no body). */
  right: number;
}

/** A page's foot: its notes, its footer, and what may carry on the page before's last note. */
interface PageFoot {
  notes: PageNote[];
  footer: string[];
  lastNote: NoteSetting | null;
  carried: CarriedLines | null;
}

/**
 * A note that runs over a page break goes on at the foot of the next page, in the notes' size,
 * from their edge, with no marker: where a page's last note stops in mid-sentence, the small lines
 * that open the next page's foot, set as that note is and found on no other page (a running
 * footer repeats), are its lines. So too where its last line ends a sentence but fills the measure,
 * leaving no room for the first word of those lines (the note's lines wrapped there, and the break
 * fell after a stop) and those lines end a sentence too, as a footer (an address) does not: helper
 * 8bk. A page whose foot holds nothing but a note carried on from the page before (no note of its own) carries
 * that note on again, set as those lines are: a long note over two breaks (helper 8bl); so does one whose own last note
 * ends a sentence while the note carried onto it still stops in mid-sentence (helper 8bm). Returns the pages whose foot
 * took them, with the top of those lines.
 */
function joinCarriedNotes(feet: PageFoot[]): Map<number, number> {
  const tops = new Map<number, number>();
  const keys = feet.map((foot) => new Set(foot.footer.map(runningKey)));
  // Pages whose foot carried on a note: whose note it was, and how its lines there are set.
  const carriedOnly = new Map<number, { foot: PageFoot; setting: NoteSetting }>();
  feet.forEach((foot, p) => {
    const before = feet[p - 1];
    const carried = foot.carried;
    // The note carried onto the page before goes on here where that foot holds no note of its own, or where its own last note ends a
    // sentence and the carried note, joined there, still stops in mid-sentence (helper 8bm: a middle page with a note of its own under the carried part).
    const chain = before !== undefined ? carriedOnly.get(p - 1) : undefined;
    const chainOpen = chain !== undefined && before!.notes.length > 0 && lastNoteEnds(before!) && !lastNoteEnds(chain.foot);
    const through = before !== undefined && (before.notes.length === 0 || chainOpen) ? chain : undefined;
    if (!carried) return;
    // Two notes open at the foot before: the one carried through it (its run stands above that page's own notes) and
    // that page's own last. Both go on here, in that order: the carried one's lines up to the first its writer ended
    // (a sentence's end with room left for the next line's first word), the own note's the rest (helper 8bo).
    const bothOpen = chain !== undefined && before!.notes.length > 0 && !lastNoteEnds(before!) && !lastNoteEnds(chain.foot);
    const endedAt = bothOpen ? carried.lines.findIndex((line, i) => i + 1 < carried.lines.length && endsWithStop(line) &&
      roomForFirstWord(carried.ends[i]!, carried.right, { text: carried.lines[i + 1]!, x: carried.x, end: carried.ends[i + 1]! })) : -1;
    let lines = carried;
    if (endedAt >= 0 && joinCarried(p, chain!.foot, chain!.setting, { ...carried, lines: carried.lines.slice(0, endedAt + 1), ends: carried.ends.slice(0, endedAt + 1) })) {
      lines = { ...carried, lines: carried.lines.slice(endedAt + 1), ends: carried.ends.slice(endedAt + 1) };
    }
    const owner = through?.foot ?? before;
    const setting = through?.setting ?? before?.lastNote;
    if (owner && setting) joinCarried(p, owner, setting, lines);
  });
  return tops;

  /** The lines carried onto page p's foot joined to the owner's last note, where they are set as it is and end as it may go on. */
  function joinCarried(p: number, owner: PageFoot, setting: NoteSetting, carried: CarriedLines): boolean {
    const note = owner.notes[owner.notes.length - 1];
    if (!note || carried.lines.length === 0) return false;
    // After a stop, only a full line that the lines carried on finish as a sentence (an address or a footer ends none).
    if (endsWithStop(note.lines[note.lines.length - 1] ?? '') && (roomForFirstWord(setting.end, setting.right, { text: carried.lines[0] ?? '', x: carried.x, end: carried.ends[0]! }) || !endsWithStop(carried.lines[carried.lines.length - 1] ?? ''))) return false;
    if (Math.abs(carried.size - setting.size) > Math.max(0.5, setting.size * 0.06) || !setting.edges.some((x) => Math.abs(x - carried.x) < 1.5)) return false;
    if (carried.lines.some((line) => keys.some((other, q) => q !== p && other.has(runningKey(line))))) return false;
    owner.notes[owner.notes.length - 1] = pageNote(note.printedMarker, [...note.lines, ...carried.lines]);
    feet[p]!.footer.splice(0, carried.lines.length);
    if (!tops.has(p)) tops.set(p, carried.top);
    carriedOnly.set(p, { foot: owner, setting: { size: carried.size, edges: [carried.x], end: carried.ends[carried.ends.length - 1]!, right: carried.right } });
    return true;
  }
}

/** Whether a foot's last note ends a sentence. */
const lastNoteEnds = (foot: PageFoot) => endsWithStop(foot.notes[foot.notes.length - 1]?.lines.at(-1) ?? '');

/** A note from its marker as printed and its lines. */
function pageNote(printedMarker: string, lines: string[]): PageNote {
  const printed = lines.join(' ');
  // A note may print its number with a stop or a bracket after it ("1. The MASH ..."): no part of its text.
  return { marker: unbracketed(superscriptToDigits(printedMarker)), text: printed.slice(printedMarker.length).replace(/^[.)](?=\s)/, '').trim(), printed, printedMarker, lines };
}

/** A running line's key: the same line on every page, its numbers aside. */
function runningKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#');
}

/**
 * A footer set as close under a page's notes as their own lines, in their size and from their
 * edge, shows itself by repeating: a line of a page's last note (not its first) that stands on
 * another page too, under other text (in the footer of a page with no notes, or under another
 * note) on half the pages or more, is that page's footer from there down. A note printed twice
 * has its lines under the same text, and stays whole; notes that end with the same line (a web
 * address) on a few pages stay whole too.
 */
function runningLinesUnderNotes(feet: Array<{ notes: PageNote[]; footer: string[] }>): void {
  const seen = new Map<string, { pages: Set<number>; above: Set<string> }>();
  const see = (lines: string[], from: number, page: number) => {
    for (let i = from; i < lines.length; i++) {
      const key = runningKey(lines[i]!);
      const entry = seen.get(key) ?? { pages: new Set<number>(), above: new Set<string>() };
      entry.pages.add(page);
      entry.above.add(i > 0 ? runningKey(lines[i - 1]!) : '');
      seen.set(key, entry);
    }
  };
  feet.forEach((foot, page) => {
    see(foot.footer, 0, page);
    const last = foot.notes[foot.notes.length - 1];
    if (last) see(last.lines, 1, page);
  });
  // A running footer stands on most pages; a line that ends notes on a few (a web address they
  // share) is theirs.
  const runningPages = Math.max(2, Math.ceil(feet.length / 2));
  for (const foot of feet) {
    const last = foot.notes[foot.notes.length - 1];
    if (!last) continue;
    const at = last.lines.findIndex((line, i) => {
      const entry = seen.get(runningKey(line));
      return i > 0 && entry !== undefined && /[a-z]/i.test(line) && entry.pages.size >= runningPages && entry.above.size >= 2;
    });
    if (at < 0) continue;
    pushAll(foot.footer, last.lines.slice(at));
    foot.notes[foot.notes.length - 1] = pageNote(last.printedMarker, last.lines.slice(0, at));
  }
}

/**
 * A page number set in the footer as the notes are ("1 | Joint targeted ...", "1 | Page", "- 1 -")
 * reads as a note of its own (its number as the marker) or as a note's last line. What tells it is
 * that it runs with the pages: the same line, numbers aside, once on each of half the pages or
 * more, one of its numbers the page's own at one offset on all of them (a letter numbered from an
 * unnumbered cover prints 1 on page 2). That line, and all under it, is its page's footer.
 */
function pageNumbersUnderNotes(feet: Array<{ notes: PageNote[]; footer: string[] }>): void {
  const seen = new Map<string, Array<{ page: number; numbers: number[] }>>();
  feet.forEach((foot, page) => {
    for (const line of [...foot.footer, ...foot.notes.flatMap((note) => note.lines)]) {
      const numbers = line.match(/\d+/g);
      if (numbers === null) continue;
      const key = runningKey(line);
      const pages = seen.get(key) ?? [];
      pages.push({ page, numbers: numbers.map(Number) });
      seen.set(key, pages);
    }
  });
  const runningPages = Math.max(2, Math.ceil(feet.length / 2));
  const counting = new Set<string>();
  for (const [key, lines] of seen) {
    if (lines.length < runningPages || new Set(lines.map((line) => line.page)).size < lines.length) continue;
    const [first] = lines;
    const runsWithPages = first!.numbers.some((number, j) => lines.every((line) => line.numbers[j]! - line.page === number - first!.page));
    if (runsWithPages) counting.add(key);
  }
  if (counting.size === 0) return;
  for (const foot of feet) {
    const n = foot.notes.findIndex((note) => note.lines.some((line) => counting.has(runningKey(line))));
    if (n < 0) continue;
    const note = foot.notes[n]!;
    const at = note.lines.findIndex((line) => counting.has(runningKey(line)));
    pushAll(foot.footer, [...note.lines.slice(at), ...foot.notes.slice(n + 1).flatMap((other) => other.lines)]);
    foot.notes.splice(n, foot.notes.length - n, ...(at > 0 ? [pageNote(note.printedMarker, note.lines.slice(0, at))] : []));
  }
}

/** What the assembly of one page gives: its text, in reading order, and its footnotes. */
export interface AssembledPage {
  text: string;
  footnotes: PageNote[];
  /** Lines of a footer in small type under the body (no footnote marker): page furniture. */
  footer: string[];
  /** How the page's last note is set (null with no notes). */
  lastNote: NoteSetting | null;
  /** The first lines of `footer`, if they may be the page before's last note carried on. */
  carried: CarriedLines | null;
  /** Text set across or along the page at another angle than its own, a line each (see stampsApart): page furniture. */
  stamps: string[];
  /** Most of the page's text is set at an angle (a rotated text matrix, not /Rotate). */
  rotated: boolean;
  /** Most of the page's text runs at an angle that is not a quarter turn: it cannot be read in lines. */
  slanted: boolean;
  /**
   * The layout of each line of `text` (null for the blank lines between blocks). Its emphasis says
   * only whether the line is larger than the body: weight is judged over the document (extractPdf).
   */
  layout: Array<LineLayout | null>;
  /** How each line of `layout` is set (null where it is null). */
  settings: Array<LineSetting | null>;
  /** The text shows a box may be drawn on the page: a study's heading, or lines indented on both sides. */
  mayHoldBox: boolean;
  /** The page's last line of body text is in a drawn box (it may go on over the page). */
  endsInBox: boolean;
  /** The page's last line of body text is in a table's row (the table may go on over the page). */
  endsInTable: boolean;
  /** The line spacing the page shows itself (a step that recurs), or null where it is too short to show one. */
  ownStep: number | null;
  /** The steps between the page's lines of body text, at least its body size apart. */
  bodySteps: number[];
  /** Lone raised markers that stand after one line's end but that no line under it opens with (markersOnTheirLines): their note may be on the next page or the one before. */
  markersLeft: string[];
}

/** The rotation of an item's text, in quarter turns (0 upright), from its text matrix. */
function quarterTurns(transform: number[]): number {
  const [a = 1, b = 0] = transform;
  const angle = Math.atan2(b, a);
  return ((Math.round(angle / (Math.PI / 2)) % 4) + 4) % 4;
}

/**
 * A page's text items into the text's own frame: a page whose text matrix is rotated (the
 * content turned, not the page) has its positions turned back, so lines read as they would
 * upright. Items at other angles than the page's usual one are turned the same way.
 */
function uprightItems(rawItems: TextItem[]): { items: TextItem[]; rotated: boolean; slanted: boolean; stamps: string[] } {
  const { items, stamps } = stampsApart(unmirrored(rawItems));
  const charsByTurn = [0, 0, 0, 0];
  let slantedChars = 0;
  let chars = 0;
  for (const item of items) {
    charsByTurn[quarterTurns(item.transform)]! += item.str.length;
    chars += item.str.length;
    if (offAxis(item.transform)) slantedChars += item.str.length;
  }
  // Text set at an angle that is not a quarter turn cannot be put in lines: say so, never guess.
  const slanted = chars > 0 && slantedChars / chars > 0.5;
  const turns = charsByTurn.indexOf(largest(charsByTurn));
  if (turns === 0) return { items, rotated: slanted, slanted, stamps };
  const angle = -turns * (Math.PI / 2);
  const cos = Math.round(Math.cos(angle));
  const sin = Math.round(Math.sin(angle));
  const turned = items.map((item) => {
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = item.transform;
    return {
      ...item,
      transform: [a * cos - b * sin, a * sin + b * cos, c * cos - d * sin, c * sin + d * cos, e * cos - f * sin, e * sin + f * cos],
      // pdf.js gives a rotated item's height as its extent across the page; the font size is what counts.
      height: Math.hypot(a, b),
      width: item.width,
    };
  });
  return { items: turned, rotated: true, slanted, stamps };
}

/** The most lines of text a page's stamps take (a watermark, a pack's name up the edge, each a line or two). */
const STAMP_LINES = 3;

/**
 * Text set at another angle than the page's own, on a page whose text is upright or turned by a
 * quarter: a watermark across it ("DRAFT", "PUBLISHED VERSION") or a board pack's name up its
 * edge. Drawn on at most STAMP_LINES baselines of its own, it is page furniture, taken out of the
 * page's text (and listed): read among the lines it crosses, its words would be a heading or a
 * line of a finding. A page whose other-angle text is more is left as it is (turned, or refused
 * as set at a slant).
 */
function stampsApart(items: TextItem[]): { items: TextItem[]; stamps: string[] } {
  const angleOf = (item: TextItem) => Math.round((Math.atan2(item.transform[1] ?? 0, item.transform[0] ?? 1) * 180) / Math.PI);
  const charsByAngle = new Map<number, number>();
  for (const item of items) charsByAngle.set(angleOf(item), (charsByAngle.get(angleOf(item)) ?? 0) + item.str.length);
  if (charsByAngle.size < 2) return { items, stamps: [] };
  const pageAngle = [...charsByAngle].sort((a, b) => b[1] - a[1])[0]![0];
  // Within 5 degrees of the page's angle is the page's (a scan's lines skew by a degree or two).
  const apart = (item: TextItem) => Math.abs(((angleOf(item) - pageAngle + 540) % 360) - 180) > 5;
  const other = items.filter(apart);
  const otherChars = other.reduce((sum, item) => sum + item.str.length, 0);
  const total = [...charsByAngle.values()].reduce((sum, chars) => sum + chars, 0);
  // Each other-angle item's baseline, in its own frame: how far across its direction it stands.
  const baselineOf = (item: TextItem) => {
    const angle = (angleOf(item) * Math.PI) / 180;
    return `${angleOf(item)}:${Math.round(-(item.transform[4] ?? 0) * Math.sin(angle) + (item.transform[5] ?? 0) * Math.cos(angle))}`;
  };
  const baselines = new Map<string, TextItem[]>();
  for (const item of other) baselines.set(baselineOf(item), [...(baselines.get(baselineOf(item)) ?? []), item]);
  if (otherChars * 2 >= total || baselines.size > STAMP_LINES || other.every((item) => item.str.trim() === '')) return { items, stamps: [] };
  const kept = new Set(other);
  const stamps = [...baselines.values()].map((line) => singleSpaced(line.map((item) => item.str).join('')).trim()).filter((text) => text !== '');
  return { items: items.filter((item) => !kept.has(item)), stamps };
}

/**
 * A page drawn in a mirror (its text matrices have a negative determinant: flipped left to right,
 * or upside down as in a mirror) has its positions reflected back across the page's upright axis,
 * so that it is read as the page it mirrors (turned, where it was flipped top to bottom, which the
 * quarter turns then put right). Its strings are in reading order already: pdf.js gives each as drawn.
 */
function unmirrored(items: TextItem[]): TextItem[] {
  let mirroredChars = 0;
  let chars = 0;
  for (const item of items) {
    const [a = 1, b = 0, c = 0, d = 1] = item.transform;
    chars += item.str.length;
    if (a * d - b * c < 0) mirroredChars += item.str.length;
  }
  if (mirroredChars * 2 <= chars) return items;
  return items.map((item) => {
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = item.transform;
    return { ...item, transform: [-a, b, -c, d, -e, f] };
  });
}

/** Whether an item's text runs at an angle more than a few degrees off a quarter turn. */
function offAxis(transform: number[]): boolean {
  const [a = 1, b = 0] = transform;
  const degrees = (Math.atan2(b, a) * 180) / Math.PI;
  const fromQuarter = Math.abs(degrees - Math.round(degrees / 90) * 90);
  return fromQuarter > 5;
}

/**
 * A paragraph's number as printed before its text: "12.", "(3)", "4)", a decimal "3.1" (numbered
 * within its section); or an item's letter: "(a)", "b)".
 */
const NUMBER_LABEL = /^\s*(?:\d{1,2}(?:\.\d{1,2})+\.?|\(?\d{1,3}[.)]|\(?[a-z]\))/;

/**
 * The width of what stands before a line's first word, by its share of the item's characters: a
 * bullet's glyph ("• Text" in one item), or, on a line's first item, a paragraph's number and the
 * space after it ("1. Text"), so that the text indent of a numbered paragraph is where its words start.
 */
function leadingNonWordWidth(item: TextItem, firstOfLine: boolean): number {
  const label = firstOfLine ? /^\s*(?:\(?\d{1,3}[.)]|\(?[a-z]\))\s+(?=\S)/.exec(item.str) : null;
  // An opening quote or bracket is the first word's own ("'Trajectory planning' ..."): the text starts at it.
  const lead = label ? label[0].length : /^[^A-Za-z0-9'"(\[\u2018\u201C]*/.exec(item.str)![0].length;
  return item.str.length > 0 ? (item.width * lead) / item.str.length : 0;
}

function addFont(line: Line, item: TextItem): void {
  const chars = nonSpaceLength(item.str);
  if (chars === 0) return;
  const font = item.fontName ?? '';
  line.fonts.set(font, (line.fonts.get(font) ?? 0) + chars);
}

/** The font of a line's rightmost word in the line's own size (a small raised marker is none). */
function lastWordFont(line: Line): string | null {
  const size = lineSize(line);
  let last: TextItem | null = null;
  for (const item of line.items) {
    if (!/[A-Za-z]{2}/.test(item.str) || Math.hypot(item.transform[0] ?? 0, item.transform[1] ?? 0) < size * 0.9) continue;
    if (last === null || (item.transform[4] ?? 0) > (last.transform[4] ?? 0)) last = item;
  }
  return last === null ? null : last.fontName ?? '';
}

/** Set mostly (60%) in a heavier font than the body's. (A line set apart is that, or larger than the page's and the letter's body size.) */
function inHeavierFace(setting: LineSetting, heavy: ReadonlySet<string>): boolean {
  let heavyChars = 0;
  let chars = 0;
  for (const [font, count] of setting.fonts) {
    chars += count;
    if (heavy.has(font)) heavyChars += count;
  }
  return chars > 0 && heavyChars / chars > 0.6;
}

/** The page's text margin: the left edge most lines start at. */
function marginOf(lines: Line[]): number {
  const starts = new Map<number, number>();
  for (const line of lines) starts.set(Math.round(line.x), (starts.get(Math.round(line.x)) ?? 0) + 1);
  return [...starts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

/** The size most of a page's characters are set in. */
function bodySizeOf(lines: Line[]): number {
  return mostCommonSize(lines.map((line) => line.sizes));
}

/** The size most characters are set in, over lines' counts of characters at each size. */
function mostCommonSize(lineSizes: Array<Map<number, number>>): number {
  const sizes = new Map<number, number>();
  for (const counts of lineSizes) for (const [size, count] of counts) sizes.set(size, (sizes.get(size) ?? 0) + count);
  return [...sizes].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

/** The size of a line: the size most of its characters are set in. */
function lineSize(line: Line): number {
  let best = 0;
  let bestCount = -1;
  for (const [size, count] of line.sizes) if (count > bestCount || (count === bestCount && size > best)) [best, bestCount] = [size, count];
  return best;
}

/**
 * Lines in drawing order to reading order. Producers draw a boxed case study after the rest of
 * the page; in drawing order its text lands after the page's last line. A run of lines that
 * starts above where the text so far has reached, and shares its columns, is put back where it
 * stands on the page (as a block of its own, with a gap either side). Columns side by side (a
 * signature block) do not share columns, and keep their order.
 */
function readingOrder(lines: Line[]): { lines: Line[]; moved: Set<Line> } {
  const runs: Line[][] = [];
  for (const line of lines) {
    const run = runs[runs.length - 1];
    const previous = run?.[run.length - 1];
    // A run ends where the next line jumps back up the page by more than a couple of lines.
    if (!run || !previous || line.y - previous.y > Math.max(previous.height, line.height) * 2.5) runs.push([line]);
    else run.push(line);
  }
  if (runs.length <= 1 || runs.length > MOST_RUNS_PUT_BACK) return { lines, moved: new Set() };
  const ordered: Line[] = [...runs[0]!];
  const moved = new Set<Line>();
  for (const run of runs.slice(1)) {
    const top = run[0]!.y;
    const left = smallest(run.map((line) => line.x));
    const right = largest(run.map((line) => line.end));
    const bottom = smallest(run.map((line) => line.y));
    const sharesColumns = (line: Line) => line.x < right && line.end > left;
    // A run above every line drawn before it in its columns stands at the page's top (a box that
    // ran on from the page before, drawn last), where that text is the page's body rather than its
    // foot: more lines than the run (a producer may draw the page's number or footer first). So
    // does a run above every line drawn before it, whatever its columns (a letterhead drawn last).
    const atTop = ordered.length > run.length && (ordered.every((line) => line.y < bottom) || (sharesColumns(ordered[0]!) && ordered.every((line) => !sharesColumns(line) || line.y < bottom)) || besidePageTop(run, ordered, sharesColumns));
    // Else only where the run sits between lines it shares columns with (past a page number or
    // footer drawn first at the foot): a later column stays after.
    const between = atTop
      ? 0
      : ordered.findIndex((line, i) => i > 0 && line.y < top - 1 && sharesColumns(line) && ordered[i - 1]!.y >= top && sharesColumns(ordered[i - 1]!));
    // Or, under every line drawn before it but the last few, and above those (a page's number or
    // footer drawn before it at the foot, a footer's lines at most), it goes before them: a list's
    // glyph left alone at the page's foot, drawn in a pass of the glyphs' own.
    const underIt = ordered.length - 1 - ordered.findLastIndex((line) => line.y >= bottom);
    const aboveFooter = between < 0 && !atTop && underIt > 0 && underIt <= FOOTER_LINES && underIt < ordered.length &&
      ordered.slice(0, ordered.length - underIt).every((line) => line.y > top);
    const at = aboveFooter ? ordered.length - underIt : between;
    // A page's text in frames drawn out of order (its lower part first): a run above every line
    // drawn before it, in its columns, where those are more than a footer's few lines, is the
    // page's upper part. It goes first, and reads on into the part under it, as one text. A run
    // at the top that reads on into the text under it is such a frame too, not a block of its own.
    const upperFrame = (!atTop || readsOnInto(run, ordered)) && ordered.length > FOOTER_LINES && sharesColumns(ordered[0]!) && ordered.every((line) => line.y < bottom);
    if (upperFrame) {
      insertAll(ordered, 0, run);
      continue;
    }
    if (at < 0 || (at === 0 && !atTop)) {
      pushAll(ordered, run);
      continue;
    }
    for (const line of run) moved.add(line);
    insertAll(ordered, at, run);
  }
  return { lines: ordered, moved };
}

/**
 * Whether a run of lines drawn after the page's text stands beside that text's top, as a
 * letterhead's address set at the right beside the date and recipients does: its first line as
 * high as the highest line drawn before it, no line drawn before it at its heights in its columns,
 * and the page's text going on well below it (twice its lines under it, and more than a footer's).
 * A signature block's later column stands beside the earlier one at the page's foot, and where one
 * opens a page, the lines under it are the earlier column's few more and the page's foot.
 */
function besidePageTop(run: Line[], before: Line[], sharesColumns: (line: Line) => boolean): boolean {
  const top = run[0]!.y;
  const bottom = smallest(run.map((line) => line.y));
  // A loop, not the largest of a copy: this runs for each of up to MOST_RUNS_PUT_BACK runs over all the page's lines.
  if (before.some((line) => line.y > top + 1)) return false;
  let under = 0;
  for (const line of before) {
    if (line.y < bottom - line.height) under++;
    else if (sharesColumns(line)) return false;
  }
  return under > FOOTER_LINES && under >= 2 * run.length;
}

/**
 * Whether a run of lines drawn after the text under it reads on into that text, as a page's upper
 * frame reads into its lower: a frame's lines (more than a footer's), its lowest a line step or a
 * paragraph gap (two steps at most) above the highest line under it, starting where those lines
 * do. A letterhead, a running header or a box's text stands further off or elsewhere.
 */
function readsOnInto(run: Line[], below: Line[]): boolean {
  if (run.length <= FOOTER_LINES || below.length === 0) return false;
  const steps = run.slice(1).map((line, i) => run[i]!.y - line.y).filter((step) => step > 0).sort((a, b) => a - b);
  const step = steps[Math.floor(steps.length / 2)];
  if (step === undefined) return false;
  const gap = smallest(run.map((line) => line.y)) - largest(below.map((line) => line.y));
  const left = (lines: Line[]) => smallest(lines.map((line) => line.x));
  return gap > 0 && gap <= step * 2 && Math.abs(left(run) - left(below)) <= 2;
}

/**
 * The most runs of lines a page's drawing order is put back from: more than a letter's page has
 * pieces of text (511 at most; its pages are drawn in three runs at most). Each run is compared
 * with every line put in order before it, so a page of pieces scattered over it (each its own
 * run) took time growing with the square of its lines: 40,000 took 4.3 s of CPU. Such a page is
 * no letter's frames or boxes drawn out of order, and keeps its drawing order.
 */
const MOST_RUNS_PUT_BACK = 512;

/** The most lines a page's footer (its number, a publisher's address) takes. */
const FOOTER_LINES = 3;

/** The narrowest gap between two columns of text: wider than any space between words. */
const GUTTER = 15;

/** The fewest lines of prose each column of a page set in two shows. */
const COLUMN_LINES = 5;

/**
 * A page set in two columns of prose from top to foot (a landscape page in two columns, a
 * newsletter's page): a gutter of white, GUTTER wide or more, that no line crosses (a page number
 * aside), with COLUMN_LINES lines or more on each side, most of each side's lines filling its
 * measure (ending within a quarter of it from its right edge; a table's cells and a signature
 * block's names do not). Each line's margin and right edge are then its column's, not the page's:
 * how full a line is, and where it is set in, are read against its own column. Null for a page in
 * one column.
 */
function pageColumns(lines: Line[]): ((line: Line) => { margin: number; right: number }) | null {
  const text = lines.filter((line) => !PAGE_NUMBER_LINE.test(line.text.trim()));
  const extents = text.map((line) => [line.x, line.end] as const).sort((a, b) => a[0] - b[0]);
  let reach = -Infinity;
  let gutter: { left: number; right: number } | null = null;
  for (const [x, end] of extents) {
    if (reach > -Infinity && x - reach >= GUTTER && (gutter === null || x - reach > gutter.right - gutter.left)) gutter = { left: reach, right: x };
    reach = Math.max(reach, end);
  }
  if (gutter === null) return null;
  const sides = [text.filter((line) => line.end <= gutter.left), text.filter((line) => line.x >= gutter.right)];
  const edgesOf = (side: Line[]) => {
    const [start, right] = [smallest(side.map((line) => line.x)), largest(side.map((line) => line.end))];
    const filled = side.filter((line) => line.end >= right - (right - start) / 4).length;
    return side.length >= COLUMN_LINES && filled * 2 >= side.length ? { margin: marginOf(side), right } : null;
  };
  const [left, right] = sides.map(edgesOf);
  if (!left || !right) return null;
  return (line) => (line.x >= gutter.right ? right : left);
}

/** A part of the page set in two columns side by side: its lines, and where the gap between the columns runs. */
interface ColumnRegion {
  lines: Set<Line>;
  top: number;
  gutterLeft: number;
  gutterRight: number;
  /** Where a new row starts, when the two sides start their paragraphs on the same baselines (a table drawn with no rules); else empty. */
  rowStarts: number[];
}

/**
 * Lines to reading order, where a part of the page is set in two columns side by side with no
 * rule (text flowed in columns, or a table drawn without borders): that part is read down the
 * left column, then down the right, wherever the producer drew it line by line across both
 * (its lines are made again from their items, one side at a time). The rest of the page is
 * put in reading order as before, the columns standing where their first line stands. Where the
 * two sides start their paragraphs on the same baselines, the part is a table without rules: it
 * is given as a table, to be read row by row (tableOrder).
 */
function columnsInOrder(lines: Line[], items: TextItem[]): { lines: Line[]; moved: Set<Line>; tables: DrawnTable[]; columnTops: Map<Line, number> } {
  const regions = twoColumnRegions(lines);
  const columnTops = new Map<Line, number>();
  if (regions.length === 0) return { ...readingOrder(lines), tables: [], columnTops };
  const inRegion = new Set(regions.flatMap((region) => [...region.lines]));
  const { lines: ordered, moved } = readingOrder(lines.filter((line) => !inRegion.has(line)));
  const order = new Map(items.map((item, index) => [item, index]));
  const tables: DrawnTable[] = [];
  for (const region of regions) {
    const regionItems = [...region.lines].flatMap((line) => line.items).sort((a, b) => order.get(a)! - order.get(b)!);
    const floors = drawnFloors([...region.lines]);
    const middle = (region.gutterLeft + region.gutterRight) / 2;
    const side = (left: boolean) => {
      const columnLines = linesOf(regionItems.filter((item) => ((item.transform[4] ?? 0) < middle) === left), floors);
      return columnLines.sort((a, b) => b.y - a.y);
    };
    const [left, right] = [side(true), side(false)];
    const columns = [...left, ...right];
    // The right column's first line, with where the left column's lines end (its measure's edge).
    if (left.length > 0 && right.length > 0) columnTops.set(right[0]!, largest(left.map((line) => line.end)));
    const at = ordered.findIndex((line) => line.y < region.top - 1);
    insertAll(ordered, at < 0 ? ordered.length : at, columns);
    if (region.rowStarts.length > 0) {
      const height = largest(columns.map((line) => line.height));
      tables.push({
        left: smallest(columns.map((line) => line.x)) - 1,
        right: largest(columns.map((line) => line.end)) + 1,
        top: region.top + height,
        bottom: smallest(columns.map((line) => line.y)) - 1,
        // A row ends a line's height above the baseline of the next row's first lines.
        rows: region.rowStarts.slice(1).map((y) => y + height),
        columns: [middle],
      });
    }
  }
  return { lines: ordered, moved, tables, columnTops };
}

/**
 * The parts of a page set in two columns: rows of text (lines on one baseline) that fall in two
 * runs of text with a gap of more than a few spaces at the same place, at least three such rows,
 * the rows between them wholly on one side of the gap. Columns of prose fill their width: the
 * left runs mostly end near the gap, and both sides hold words, not figures or names (a
 * signature block, a table of labels and values, falls in more than two runs or is short).
 */
function twoColumnRegions(lines: Line[]): ColumnRegion[] {
  // Asked only of a run of rows in two (most pages have none).
  let wholePageAnswer: boolean | undefined;
  const wholePage = () => (wholePageAnswer ??= pageColumns(lines) !== null);
  const rows: Array<{ y: number; lines: Line[]; parts: Span[]; spans: Span[] }> = [];
  for (const line of [...lines].sort((a, b) => b.y - a.y)) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row.y - line.y) <= 2) row.lines.push(line);
    else rows.push({ y: line.y, lines: [line], parts: [], spans: [] });
  }
  for (const row of rows) {
    for (const line of row.lines) {
      for (const item of line.items) {
        const chars = item.str.trim().length;
        if (chars === 0) continue;
        const x = item.transform[4] ?? 0;
        row.parts.push({ x, end: x + item.width, chars });
      }
    }
    row.parts.sort((a, b) => a.x - b.x);
    row.spans = spansOf(row.parts);
  }
  const regions: ColumnRegion[] = [];
  let i = 0;
  // Whether the search from row i is the second from the run before it.
  let retried = false;
  while (i < rows.length) {
    const first = rows[i]!;
    if (first.spans.length !== 2) {
      i++;
      continue;
    }
    let gutterLeft = first.spans[0]!.end;
    let gutterRight = first.spans[1]!.x;
    const members = [first];
    const rightStarts = new NearValues(first.spans[1]!.x);
    let j = i + 1;
    for (; j < rows.length; j++) {
      const row = rows[j]!;
      const previous = members[members.length - 1]!;
      const height = largest(previous.lines.map((line) => line.height), 1);
      if (previous.y - row.y > height * 3) break;
      // A row whose left side ends nearer the right column than a gutter is read across both:
      // split it where the right column starts on the rows around it.
      if (row.spans.length === 1 && row.spans[0]!.end > gutterRight && row.spans[0]!.x < gutterLeft) {
        let endBefore = -Infinity;
        const at = row.parts.findIndex((part, k) => {
          const apart = k > 0 && rightStarts.within(part.x, 1, 2) && part.x - endBefore >= GUTTER / 2;
          endBefore = Math.max(endBefore, part.end);
          return apart;
        });
        if (at > 0) row.spans = [...spansOf(row.parts.slice(0, at)), ...spansOf(row.parts.slice(at))];
      }
      if (row.spans.length === 2) {
        const left = Math.max(gutterLeft, row.spans[0]!.end);
        const right = Math.min(gutterRight, row.spans[1]!.x);
        if (right - left < GUTTER / 2) break;
        [gutterLeft, gutterRight] = [left, right];
        rightStarts.add(row.spans[1]!.x);
      } else if (row.spans.length !== 1 || (row.spans[0]!.end > gutterRight && row.spans[0]!.x < gutterLeft)) break;
      members.push(row);
    }
    const split = members.filter((row) => row.spans.length === 2);
    // Rows on one side below the last row in two are more of the longer column as far as its
    // paragraphs wrap at the column's measure (a one-line paragraph between two that do, too);
    // from the paragraph gap after the last of those, they are text after the columns (a
    // heading, a short line).
    const lastSplit = members.lastIndexOf(split[split.length - 1]!);
    const columnEnd = largest(split.map((row) => row.spans[0]!.end));
    const columnStart = smallest(split.map((row) => row.spans[0]!.x));
    const gapAbove = (k: number) => members[k - 1]!.y - members[k]!.y > largest(members[k]!.lines.map((line) => line.height), 1) * 1.6;
    // On a page set in two columns from top to foot (pageColumns), no text stands after them: a
    // column that runs on below the other's end is all the column's (a heading last in it too).
    let keep = wholePage() ? members.length : lastSplit + 1;
    // (A page's number under the columns stays the page's.)
    while (keep > lastSplit + 1 && members[keep - 1]!.lines.every((line) => PAGE_NUMBER_LINE.test(line.text.trim()))) keep--;
    for (let k = keep; k < members.length; k++) {
      const row = members[k]!;
      const wrapsInColumn = k + 1 < members.length && !gapAbove(k + 1) && row.spans[0]!.end >= columnEnd - (columnEnd - columnStart) * 0.25;
      if (row.spans[0]!.x >= gutterRight || wrapsInColumn) keep = k + 1;
      // A row of a paragraph already kept is kept with it.
      else if (!gapAbove(k) && keep === k) keep = k + 1;
    }
    j -= members.length - keep;
    members.length = keep;
    const columns = split.length >= 3 && proseColumns(split);
    if (columns) {
      regions.push({ lines: new Set(members.flatMap((row) => row.lines)), top: members[0]!.y, gutterLeft, gutterRight, rowStarts: rowStartsOf(members, gutterRight) });
    }
    // A run that does not read as columns is searched again once from its second row in two (a
    // line of a label and its value just above two columns), not from each of its later rows:
    // that made a page of label and value rows cost their square. A run with no second row in two
    // is not searched again (its rows on one side start no search), and the next run gets its own.
    let second = i + 1;
    while (second < j && rows[second]!.spans.length !== 2) second++;
    if (!columns && !retried && second < j) {
      retried = true;
      i = second;
    } else {
      retried = false;
      i = j;
    }
  }
  return regions;
}

/** Numbers kept by their integer part, to tell in a few steps whether some stand near a value. */
class NearValues {
  private readonly byUnit = new Map<number, number[]>();

  constructor(...values: number[]) {
    for (const value of values) this.add(value);
  }

  add(value: number): void {
    const unit = Math.floor(value);
    const bucket = this.byUnit.get(unit);
    if (bucket) bucket.push(value);
    else this.byUnit.set(unit, [value]);
  }

  /** Whether at least `count` of the values stand within `distance` of `value`. */
  within(value: number, distance: number, count: number): boolean {
    let found = 0;
    for (let unit = Math.floor(value - distance); unit <= Math.floor(value + distance); unit++) {
      for (const other of this.byUnit.get(unit) ?? []) if (Math.abs(other - value) <= distance && ++found >= count) return true;
    }
    return false;
  }
}

/** A run of text on a row: where it starts and ends, and how many characters it holds. */
interface Span {
  x: number;
  end: number;
  chars: number;
}

/** A row's parts (in order of x) to runs of text: parts closer than a gutter are one run. */
function spansOf(parts: Span[]): Span[] {
  const spans: Span[] = [];
  for (const part of parts) {
    const last = spans[spans.length - 1];
    if (last && part.x - last.end <= GUTTER) {
      last.end = Math.max(last.end, part.end);
      last.chars += part.chars;
    } else spans.push({ ...part });
  }
  return spans;
}

/**
 * The baselines where both sides start a paragraph together: the rows of a table with no rules.
 * Both sides start on a row's first line, after a gap, or where the line above ended both cells
 * (each blank there, short of its column or ending a sentence: see rowOpening); or, fewer, where
 * one side starts again under a blank beside the other's text (a cell's last line may fill its
 * column). Every side's paragraph after a gap or a blank must start on one, and one row at least
 * but the first must start where a side was blank above, unless the first row is a header (set in
 * a face no line under it is) over one row: columns of running text start their paragraphs where
 * they fall, and those set with no space between paragraphs leave no side blank.
 */
function rowStartsOf(members: Array<{ y: number; lines: Line[] }>, gutterRight: number): number[] {
  const cells = members.map((row) => cellsOf(row.lines, gutterRight));
  const edges = cellEdges(cells);
  const starts: number[] = [];
  let ended = 0;
  let restarted = 0;
  let apartBelowFirst = false;
  let unshared = false;
  members.forEach((row, k) => {
    const here = cells[k]!;
    const above = cells[k - 1];
    const height = largest(row.lines.map((line) => line.height), 1);
    const gap = above === undefined || members[k - 1]!.y - row.y > height * 1.6;
    // A side starts a paragraph after a gap, or where the row before held nothing on that side.
    const apart = (here.left !== null && (gap || above!.left === null)) || (here.right !== null && (gap || above!.right === null));
    const opening = here.left === null || here.right === null ? 'on' : gap ? 'ended' : rowOpening(above!, { left: here.left, right: here.right }, edges);
    if (opening === 'on') {
      if (apart) unshared = true;
      return;
    }
    starts.push(row.y);
    if (opening === 'ended') ended++;
    else restarted++;
    if (k > 0 && apart) apartBelowFirst = true;
  });
  const header = headerRow(members);
  // A header row alone shows a table of one row under it: a second row opened with no side blank
  // above it is as likely two columns of prose whose paragraphs happen to end on one line.
  return ended >= 2 && restarted <= ended - 2 && (apartBelowFirst || (header && starts.length === 2)) && !unshared ? starts : [];
}

/** Whether the first of rows is set in a face none of the others is (a table's header row). */
function headerRow(rows: Array<{ lines: Line[] }>): boolean {
  return inOtherFaces(rows[0]!.lines, rows.slice(1).flatMap((row) => row.lines));
}

/** Whether no face the lines `above` are set in sets any of the lines `below` (it stops at the first that shares one). */
function inOtherFaces(above: Line[], below: Line[]): boolean {
  return above.every((upper) => below.every((lower) => [...upper.fonts.keys()].every((font) => !lower.fonts.has(font))));
}

/** A line's two cells (null where one is blank). */
interface CellsAcross {
  left: LineAcross | null;
  right: LineAcross | null;
}

/**
 * How a line holding both cells of a table without rules stands under the line `above`: 'ended'
 * where the line above ended both cells (each blank there, or its line short of its column or
 * ending a sentence: see cellEndedAbove), a row's first line; 'restarted' where one cell starts
 * again under a blank beside the other's line that need not end (a row's first line, or a cell's
 * later paragraph); 'on' where both cells run on (the right wrapping, or its later paragraph).
 */
function rowOpening(above: CellsAcross, here: { left: LineAcross; right: LineAcross }, edges: { left: number; right: number }): 'ended' | 'restarted' | 'on' {
  if (cellEndedAbove(above.left, here.left, edges.left) && cellEndedAbove(above.right, here.right, edges.right)) return 'ended';
  return above.left === null || above.right === null ? 'restarted' : 'on';
}

/**
 * The text of lines on one baseline on one side of the place `divider` between two cells (or columns): their items there,
 * left to right; null where they hold none there. Its words part where their lines' texts part them (`floors`): a cell
 * of two or three runs drawn word by word keeps the space a kerned word leaves under a point ("YOT," 0.36 pt short of
 * "CCG"), though its own runs are too few to show its line drawn so.
 */
function cellOf(items: readonly TextItem[], floors: DrawnFloors, divider: number, left: boolean): LineAcross | null {
  const x = (item: TextItem) => item.transform[4] ?? 0;
  const own = items.filter((item) => item.str.trim() !== '' && x(item) < divider === left).sort((a, b) => x(a) - x(b));
  if (own.length === 0) return null;
  const spaced = wordGapsBefore(own, own.map((item, i) => (i > 0 ? floorBetween(floors, own[i - 1]!, item) : SPACE_GAP)));
  const text = own.map((item, i) => (spaced[i] ? ' ' : '') + item.str.trim()).join('');
  return { text, x: x(own[0]!), end: largest(own.map((item) => x(item) + item.width)) };
}

/** The two cells of lines on one baseline, either side of `divider` (see cellOf). */
function cellsOf(lines: readonly Line[], divider: number): CellsAcross {
  const [items, floors] = [lines.flatMap((line) => line.items), drawnFloors(lines)];
  return { left: cellOf(items, floors, divider, true), right: cellOf(items, floors, divider, false) };
}

/** A line's cell left of `divider` (see cellOf). */
function leftCellOf(line: Line, divider: number): LineAcross | null {
  return cellOf(line.items, drawnFloors([line]), divider, true);
}

/** Where each side's text reaches furthest: its column's right edge. */
function cellEdges(cells: CellsAcross[]): { left: number; right: number } {
  return { left: largest(cells.map((cell) => cell.left?.end ?? -Infinity)), right: largest(cells.map((cell) => cell.right?.end ?? -Infinity)) };
}

/**
 * Whether a cell's line `above` (null: the cell blank there) ended its paragraph before the cell's
 * line `next`, as a reader tells: nothing there, a sentence ended, or room left before the column's
 * right edge for the next line's first word (a line wraps only where that word does not fit).
 */
function cellEndedAbove(above: LineAcross | null, next: LineAcross, right: number): boolean {
  return above === null || endsWithSentence(above.text) || roomForFirstWord(above.end, right, next);
}

/**
 * Whether the rows in two read as columns of prose: both sides wide and wordy, the left mostly
 * filled to the gap. A first row set in a face no later row is (a table's header row) is not
 * weighed: its short labels say nothing of the text under them.
 */
function proseColumns(rows: Array<{ spans: Span[]; lines: Line[] }>): boolean {
  const split = rows.length > 1 && headerRow(rows) ? rows.slice(1) : rows;
  const leftStart = smallest(split.map((row) => row.spans[0]!.x));
  const leftEnd = largest(split.map((row) => row.spans[0]!.end));
  const rightStart = smallest(split.map((row) => row.spans[1]!.x));
  const rightEnd = largest(split.map((row) => row.spans[1]!.end));
  if (leftEnd - leftStart < 120 || rightEnd - rightStart < 120) return false;
  const filled = split.filter((row) => row.spans[0]!.end >= leftEnd - (leftEnd - leftStart) * 0.25).length;
  const wordy = (index: number) => split.reduce((sum, row) => sum + row.spans[index]!.chars, 0) / split.length >= 25;
  return filled >= split.length * 0.6 && wordy(0) && wordy(1);
}

const PAGE_NUMBER_LINE = /^(?:page\s+)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?$/i;
/**
 * A note's marker before its text: a number (plain, superscript or in square brackets), a symbol, or
 * a lower-case letter or roman numeral (Word's "a, b, c" and "i, ii, iii" formats) before a space and
 * the note's capital (a line of a note running on may open with a word "a").
 */
const FOOTNOTE_MARKER = /^(\[\d{1,2}\]|\d{1,2}(?!\d)|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}|[*\u2020\u2021\u00A7]|(?:[a-z]|[ivx]{2,5})(?=\s+[A-Z]))(?:\s*(?=\S)|$)/;

/**
 * A note's marker in upper-case letters or roman numerals (Word's "A, B, C" and "I, II, III"
 * formats), before a space and the note's capital. A line of a note running on may open so ("A
 * Carers Strategy ..."): it is a marker only where its raised form stands in the page's text.
 */
const CAPITAL_NOTE_MARKER = /^([A-Z]|[IVX]{2,5})(?=\s+[A-Z])\s*/;

/** A note's opening marker on a line at a page's foot, or null; `pageText` is the page's text, where a capital marker must stand raised. */
function noteMarker(text: string, pageText: string): RegExpExecArray | null {
  // A date alone ("18 August 2022", or beside the page's number) opens with its day, not a note's number: a date set at the page's foot is its footer.
  if (dateAlone(text)) return null;
  const plain = FOOTNOTE_MARKER.exec(text);
  if (plain !== null) return plain;
  const capital = CAPITAL_NOTE_MARKER.exec(text);
  return capital !== null && pageText.includes(raised(capital[1]!)) ? capital : null;
}

/**
 * Footnotes: the lines at the foot of a page set smaller than the page's body text, each note
 * starting with its marker (a number, or an asterisk). The notes' lowest line is the page's foot:
 * what stands under it is a footer, whatever its size (a running footer in the body's size); small
 * lines above the first note are the body's where a gap sets them apart from the notes (a study's
 * note in small type), and a footer where none is kept on the page (a publisher's address under the
 * body of the first page). A line with no marker under a note's line that ended a sentence with room
 * left for its first word is no line of that note's, but a footer set close under it (a typesetter
 * breaks a note's line only where the next word would not fit).
 * A page number under them, whatever its size, is left for cleaning to take as page furniture.
 */
function footnotesOf(lines: Line[], pageNumber: number | null, letterStep: number | null): { body: Line[]; notes: Array<{ marker: string; lines: Line[]; textStart: number }>; footer: Line[]; carried: Line[] } {
  const sizeCounts = new Map<number, number>();
  for (const line of lines) for (const [size, count] of line.sizes) sizeCounts.set(size, (sizeCounts.get(size) ?? 0) + count);
  let bodySize = 0;
  let bodyCount = -1;
  for (const [size, count] of sizeCounts) if (count > bodyCount) [bodySize, bodyCount] = [size, count];
  const small = (line: Line) => lineSize(line) < bodySize * 0.92;
  const furniture = (line: Line) => PAGE_NUMBER_LINE.test(line.text.trim());
  const underNotes = bodySizeUnderNotes(lines, small, furniture);
  // The foot of the page: below the lowest body-size line, skipping page numbers and a footer under the notes.
  const bodyLines = lines.filter((line) => !small(line) && !furniture(line) && !underNotes.includes(line));
  const lowestBody = smallest(bodyLines.map((line) => line.y));
  const highestBody = largest(bodyLines.map((line) => line.y));
  const bodyStep = usualStep(bodyLines.slice(1).map((line, i) => bodyLines[i]!.y - line.y).filter((step) => step > 5).sort((a, b) => a - b), bodySize, letterStep);
  const lowest = lines.filter((line) => line.y < lowestBody && small(line) && !furniture(line));
  // A note's number may stand alone on the line above its text (cleaning joins them): such a line starts a note too.
  const underLoneNumber = (line: Line) =>
    lines.some((other) => small(other) && /^\d{1,2}$/.test(other.text.trim()) && other.y > line.y && other.y - line.y < line.height * 2 && other.x <= line.x + 1);
  const pageText = lines.map((line) => line.text).join('\n');
  const opensWithMarker = (line: Line) => noteMarker(line.text, pageText) !== null;
  const firstNote = lowest.findIndex((line) => opensWithMarker(line) || underLoneNumber(line));
  // Notes under lone numbers stay in the text, for cleaning to join to their numbers.
  const foot = firstNote < 0 || !opensWithMarker(lowest[firstNote]!) ? [] : lowest.slice(firstNote);
  // The notes' own spacing, where only one line stands above to tell it: the body's, for their size.
  const noteSpacing = (column: Line[], i: number, line: Line) => (i > 1 ? smallest(column.slice(1, i).map((above, j) => column[j]!.y - above.y)) : Math.max(line.height, (bodyStep * lineSize(line)) / bodySize));
  const aboveNotes = foot.length > 0 ? setApartAbove(lowest.slice(0, firstNote), foot[0]!, noteSpacing(foot, 1, foot[0]!)) : [];
  const footer = (firstNote < 0 ? lowest : lowest.slice(0, firstNote)).filter((line) => !aboveNotes.includes(line));
  const carried = carriedOn(footer, foot[0], bodyStep, bodySize);
  // The text's right edge, from the text alone: a page number set out in the margin is no measure of a note's room.
  const right = largest(lines.filter((line) => !furniture(line) && !underNotes.includes(line)).map((line) => line.end));
  const notes: Array<{ marker: string; lines: Line[]; textStart: number }> = [];
  const under: Line[] = [];
  // Notes set in two columns side by side: the left column's notes, then the right's.
  for (const [c, column] of noteColumns(foot, pageText).entries()) {
    let inFooter = false;
    // A column's unmarked top, in the notes' size, where the column before ended its last note in mid-sentence: that note run on
    // into this column, as a note runs on into the next page's foot (helper 8bm).
    const runOn = c > 0 ? notes[notes.length - 1] : undefined;
    let intoColumn = runOn !== undefined && !endsWithStop(runOn.lines[runOn.lines.length - 1]!.text);
    // A line under a finished note's line is a footer set close under the notes only at the page's
    // foot: with a note after it, or the page's own footer or number set apart below, it is a line
    // the note broke on purpose ("... published in 2018. / Available at: ...").
    const lastMarker = column.findLastIndex(opensWithMarker);
    // A column with no line opening a note (the page's number at the foot's left, a note on its baseline at the right) holds
    // no note: what stands there is the page's footer.
    if (lastMarker < 0 && runOn === undefined) {
      pushAll(under, column);
      continue;
    }
    const lowestFoot = column[column.length - 1];
    const footerApartBelow = lowestFoot !== undefined && lines.some((line) => line.y < lowestFoot.y - 1.5 * noteSpacing(column, column.length - 1, lowestFoot));
    // The page's own number printed at its head, over all its body: nothing at the foot is the page's own furniture by place, so a line hanging in a note's text is the note's.
    const numberAtHead = lines.some((line) => furniture(line) && line.y > highestBody);
    const columnNotes = notes.length;
    for (const [i, line] of column.entries()) {
      const marker = noteMarker(line.text, pageText);
      intoColumn &&= marker === null && Math.abs(lineSize(line) - lineSize(runOn!.lines[0]!)) <= 0.5;
      if (intoColumn) {
        runOn!.lines.push(line);
        continue;
      }
      // A line with no marker set well apart under the notes is a footer under them, as is all below
      // it: a note's own lines follow each other at the notes' line spacing. Above a later note it is
      // the note's next paragraph (a footer stands under every note).
      const step = i > 0 ? column[i - 1]!.y - line.y : 0;
      // Set apart but hanging in the last note's text indent (in from its marker, in its size), with
      // the page's own number or footer below, or its number at its head: the note's next paragraph, after a blank line.
      const lastNote = notes[notes.length - 1]?.lines[0];
      const hangsInNote = lastNote !== undefined && (footerApartBelow || numberAtHead) && line.x > lastNote.x + 1 && line.x < lastNote.x + 3 * lineSize(lastNote) &&
        Math.abs(lineSize(line) - lineSize(lastNote)) <= 0.5;
      const nextParagraph = hangsInNote || flushInNote(column, i, notes[notes.length - 1]?.lines, noteSpacing(column, i, line), footerApartBelow || numberAtHead, opensWithMarker);
      const apart = i > lastMarker && step > 1.5 * noteSpacing(column, i, line) && !nextParagraph;
      const endedAbove = i > lastMarker && i > 0 && !footerApartBelow && !(numberAtHead && nextParagraph) && endsWithStop(column[i - 1]!.text) && startsCapital(line.text) && roomForFirstWord(column[i - 1]!.end, right, line);
      inFooter = marker === null && (inFooter || apart || endedAbove || setUnlikeNotes(line, notes, pageNumber));
      if (inFooter) {
        under.push(line);
        continue;
      }
      // A marker starts a note; so does a number standing alone (its text on the next line).
      const startsNote = marker !== null && (notes.length === columnNotes || line.x <= notes[notes.length - 1]!.lines[0]!.x + 1);
      if (startsNote || notes.length === columnNotes) notes.push({ marker: marker?.[1] ?? '', lines: [line], textStart: noteTextStart(line, pageText) });
      else notes[notes.length - 1]!.lines.push(line);
    }
  }
  const taken = new Set([...footer, ...foot, ...underNotes]);
  return { body: lines.filter((line) => !taken.has(line)), notes, footer: [...footer, ...under, ...underNotes], carried };
}

/**
 * The notes' lines as columns: where a note's marker opens text far right of the foot's left edge,
 * on the baseline of a note's text that ends more than two spaces' width before it (notes set side
 * by side, as a template sets short notes in two columns), every foot line is parted there and the
 * left column reads before the right; otherwise the foot's lines as they stand, one column. The
 * marker is any a note opens with at the foot (`noteMarker`: a capital only where its raised form
 * stands in the page's text), in its words' item or in one of its own just before them.
 */
function noteColumns(foot: Line[], pageText: string): Line[][] {
  const x = (item: TextItem) => item.transform[4] ?? 0;
  const y = (item: TextItem) => item.transform[5] ?? 0;
  const left = smallest(foot.map((line) => line.x));
  const width = largest(foot.map((line) => line.end)) - left;
  const words = foot.flatMap((line) => line.items.filter((item) => item.str.trim() !== '').map((item) => ({ item, size: lineSize(line) })));
  // The words a marker opens: its own item's, or (a number set raised and small on its own, as Word
  // sets a note's number) the next item's, starting within a space of the number on or just under its
  // baseline; the baseline tested is the words'.
  const wordsAfter = (item: TextItem, size: number): TextItem | undefined => {
    const text = item.str.trim();
    const marker = noteMarker(text, pageText);
    if (marker !== null && /\p{L}{2}/u.test(text.slice(marker[0].length))) return item;
    const capital = /^(?:[A-Z]|[IVX]{2,5})$/.test(text) && pageText.includes(raised(text));
    if (!capital && !/^(?:\[\d{1,2}\]|\d{1,2}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}|[*\u2020\u2021\u00A7])$/.test(text)) return undefined;
    return words.find(({ item: next }) => /^\p{L}{2}/u.test(next.str.trim()) && x(next) >= x(item) + item.width - 0.5 && x(next) < x(item) + item.width + size &&
      y(item) - y(next) >= -0.5 && y(item) - y(next) < size * 0.6)?.item;
  };
  // A note's marker and words, far right of the foot's left edge, with text on its baseline ending well left of it.
  const opening = words.find(({ item, size }) => {
    if (x(item) <= left + width / 3) return false;
    const text = wordsAfter(item, size);
    return text !== undefined && words.some((other) => Math.abs(y(other.item) - y(text)) < 1 && x(other.item) + other.item.width < x(item) - 2 * size);
  });
  if (opening === undefined) return [foot];
  const divider = x(opening.item) - 1;
  const floors = drawnFloors(foot);
  const side = (leftSide: boolean) => foot.flatMap((line) => linesOf(line.items.filter((item) => (x(item) < divider) === leftSide), floors));
  return [side(true), side(false)];
}

/**
 * Whether the foot's line `i`, set apart under a note set flush (its lines run on at its marker's
 * edge), opens that note's next paragraph: at that edge, in its size, a blank line's gap below it
 * (no more), its paragraph ending a sentence, where the notes are shown not to be the page's foot
 * (`notFoot`: the page's own number or footer set apart below, a footer standing under every note;
 * or the page's number printed at its head, so that nothing at the foot is furniture by place, as
 * for a paragraph hanging in the note's text indent). A footer at the notes' edge is no sentence ("Ofsted,
 * Piccadilly Gate, ...", a web address). The paragraph runs down to a line that opens a note, by the
 * page's own test (`opensNote`: `noteMarker`'s, which takes a capital or upper roman marker where its
 * raised form stands in the page's text, as the notes themselves are found). The foot's first line opens
 * no paragraph of a note above it (the gap is read from the line above). Exported for its test.
 */
export function flushInNote(foot: Line[], i: number, note: Line[] | undefined, spacing: number, notFoot: boolean, opensNote: (line: Line) => boolean): boolean {
  const line = foot[i]!;
  const first = note?.[0];
  if (i === 0 || first === undefined || !notFoot || note!.length < 2 || !note!.slice(1).every((other) => Math.abs(other.x - first.x) <= 1)) return false;
  if (Math.abs(line.x - first.x) > 1 || Math.abs(lineSize(line) - lineSize(first)) > 0.5 || foot[i - 1]!.y - line.y > 2.5 * spacing) return false;
  let last = i;
  while (last + 1 < foot.length && foot[last]!.y - foot[last + 1]!.y <= 1.5 * spacing && !opensNote(foot[last + 1]!)) last++;
  return endsWithStop(foot[last]!.text);
}

/**
 * The small lines with no marker that open a page's foot, one size and one left edge, at a note's
 * spacing and running down to the page's first note if it has one: a note carried on from the
 * page before, if that page's last note stopped in mid-sentence (joinCarriedNotes decides).
 */
function carriedOn(footer: Line[], firstNote: Line | undefined, bodyStep: number, bodySize: number): Line[] {
  const [top] = footer;
  if (top === undefined) return [];
  const spacing = Math.max(top.height, (bodyStep * lineSize(top)) / bodySize);
  const run: Line[] = [];
  for (const line of footer) {
    const above = run[run.length - 1];
    if (above !== undefined && (above.y - line.y > 1.5 * spacing || above.y <= line.y)) break;
    if (Math.abs(lineSize(line) - lineSize(top)) > 0.5 || Math.abs(line.x - top.x) > 1.5) break;
    run.push(line);
  }
  if (firstNote !== undefined && (run.length < footer.length || run[run.length - 1]!.y - firstNote.y > 1.5 * spacing)) return [];
  return run;
}

/** Ends a sentence: a stop, perhaps before a closing quote or bracket. */
const endsWithStop = (text: string) => /[.!?]["')\]\u2019\u201D]*$/.test(text.trim());
const startsCapital = (text: string) => /^["'(\[\u2018\u201C]?[A-Z]/.test(text.trim());

/**
 * Lines in the body's size that stand under all of a page's small type, where that small type
 * holds notes under the body (a line opening with a marker that the body above carries raised): a
 * footer set in the body's size (one or two lines), under the notes, not the body's foot.
 */
function bodySizeUnderNotes(lines: Line[], small: (line: Line) => boolean, furniture: (line: Line) => boolean): Line[] {
  const smallLines = lines.filter((line) => small(line) && !furniture(line));
  if (smallLines.length === 0) return [];
  const lowestSmall = smallest(smallLines.map((line) => line.y));
  const bodyLines = lines.filter((line) => !small(line) && !furniture(line));
  const under = bodyLines.filter((line) => line.y < lowestSmall);
  const above = bodyLines.filter((line) => line.y > lowestSmall);
  if (under.length === 0 || under.length > 2 || above.length === 0) return [];
  // A footer is no sentence and does not wrap: lines that finish a sentence of some length, or one
  // that fills the text's measure and runs on to the next, are a paragraph's, whatever small type
  // (a note set mid-page) stands above them.
  const left = smallest(above.map((line) => line.x));
  const measure = largest(above.map((line) => line.end)) - left;
  const wraps = under.some((line, i) => i + 1 < under.length && line.end - left >= 0.9 * measure && !endsWithStop(line.text));
  const sentence = endsWithStop(under[under.length - 1]!.text) && under.map((line) => line.text).join(' ').split(/\s+/).length >= 8;
  if (wraps || sentence) return [];
  const bodyFoot = smallest(above.map((line) => line.y));
  // A numbered row of a small table is no note: a note's marker stands raised in the body's text.
  // Any marker a note opens with (`noteMarker`: a capital or upper roman numeral too, raised above).
  const bodyText = above.map((line) => line.text).join('\n');
  const opensNote = (line: Line) => {
    const marker = noteMarker(line.text, bodyText)?.[1];
    return marker !== undefined && above.some((body) => body.text.includes(raised(marker)));
  };
  return smallLines.some((line) => line.y < bodyFoot && opensNote(line)) ? under : [];
}

/** A note's marker as it stands raised after a word of the text: a number in superscript digits, a symbol as it is. */
function raised(marker: string): string {
  if (/^[a-zA-Z]+$/.test(marker)) return raisedLetters(marker);
  return [...superscriptToDigits(unbracketed(marker))].map((character) => SUPERSCRIPTS[Number(character)] ?? character).join('');
}

/**
 * Small lines standing above a page's first note, set apart from it: the body's (a study's note in
 * small type). Those that run down to the note at the notes' own spacing (a note carried on from
 * the page before) stay at the foot.
 */
function setApartAbove(candidates: Line[], firstNote: Line, spacing: number): Line[] {
  const above = candidates.filter((line) => line.y > firstNote.y).sort((a, b) => a.y - b.y);
  let reached = firstNote.y;
  const joined = new Set<Line>();
  for (const line of above) {
    if (line.y - reached > 1.5 * spacing) break;
    joined.add(line);
    reached = line.y;
  }
  return above.filter((line) => !joined.has(line));
}

/** A page's number in a running line: "page 3", "3 of 12", "3/12". */
const PAGE_NUMBER_IN_LINE = /\bpage\s+(\d{1,3})\b|\b(\d{1,3})\s*(?:of|\/)\s*\d{1,3}$/i;

/** Whether a line carries the page's number ("page 3", "3 of 12"; any number where the page's is not known): a note's own line may end "chapter 2 of 4". */
function carriesPageNumber(text: string, pageNumber: number | null): boolean {
  const match = PAGE_NUMBER_IN_LINE.exec(text);
  return match !== null && (pageNumber === null || Number(match[1] ?? match[2]) === pageNumber);
}

/**
 * Where a note's text starts on its first line, after its marker: a note set with a hanging
 * indent has its later lines there, however far in. The marker is any the page's notes open with
 * (`noteMarker`: a capital or upper roman numeral where its raised form stands in `pageText`), in
 * the line's first item with its text or alone there (the text then starts at the next item).
 */
function noteTextStart(line: Line, pageText: string): number {
  const [first, second] = line.items;
  const own = first?.str.trimStart() ?? '';
  const opening = first ? noteMarker(line.text.trimStart(), pageText) : null;
  const marker = first ? (noteMarker(own, pageText) ?? (opening !== null && own.trimEnd() === opening[1] ? opening : null)) : null;
  if (!first || !marker) return line.textX ?? line.x;
  const x = first.transform[4] ?? 0;
  const rest = own.slice(marker[0].length);
  if (rest.trim() === '') return second ? (second.transform[4] ?? 0) + leadingNonWordWidth(second, false) : line.x;
  return x + (first.width * (first.str.length - rest.length)) / Math.max(first.str.length, 1);
}

/**
 * Whether a line with no marker under a page's notes is set otherwise than they are, so that it
 * is no line of theirs but a footer, wherever it stands: in another size, from another left edge
 * (centred, or set right; a note's own lines start at its marker or a little after, where its text
 * hangs), or carrying a page number.
 */
function setUnlikeNotes(line: Line, notes: Array<{ lines: Line[]; textStart: number }>, pageNumber: number | null): boolean {
  const first = notes[0]?.lines[0];
  if (first === undefined) return false;
  const size = lineSize(first);
  if (Math.abs(lineSize(line) - size) > Math.max(0.5, size * 0.06)) return true;
  const atNoteEdge = notes.some((note) => line.x > note.lines[0]!.x - 1.5 && line.x < note.lines[0]!.x + size * 3) ||
    notes.some((note) => note.lines.some((other) => Math.abs(other.x - line.x) < 1.5) || Math.abs(note.textStart - line.x) < 1.5);
  return !atNoteEdge || carriesPageNumber(line.text.trim(), pageNumber);
}

/** A note's number as printed in square brackets ("[1]"), without them. */
function unbracketed(marker: string): string {
  return marker.replace(/^\[(\d{1,2})\]$/, '$1');
}

function superscriptToDigits(text: string): string {
  return text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (c) => String(SUPERSCRIPTS.indexOf(c)));
}

/**
 * Items drawn one after another on one baseline, but not from left to right (some producers draw a
 * line's words in another order: last first, or in two passes), put in the order they stand: a run
 * of items on one baseline, none over another, whose neighbours in the line are a word's gap apart
 * at most (an em: wider is a column's or a cell's gap, which reads on as it was drawn). pdf.js ends
 * a line where the drawing goes back: the run's lines end at its last item. Runs drawn from left to
 * right, as nearly all are, are left as they are. The spaces pdf.js puts between items drawn out of
 * order span the line and are left out: the gaps between the words make the spaces.
 */
function wordsInLineOrder(items: TextItem[]): TextItem[] {
  let out: TextItem[] | null = null;
  let start = 0;
  while (start < items.length) {
    const first = items[start]!;
    const y = first.transform[5] ?? 0;
    let end = start + 1;
    let backwards = false;
    let previousX = first.transform[4] ?? 0;
    for (; end < items.length; end++) {
      const item = items[end]!;
      if (item.str === '') continue;
      if (Math.abs((item.transform[5] ?? 0) - y) > 0.5 || item.transform[0] !== first.transform[0] || item.transform[1] !== 0 || first.transform[1] !== 0) break;
      if ((item.transform[4] ?? 0) < previousX) backwards = true;
      previousX = item.transform[4] ?? 0;
    }
    if (backwards) {
      const words = items.slice(start, end).filter((item) => item.str.trim() !== '').sort((a, b) => (a.transform[4] ?? 0) - (b.transform[4] ?? 0));
      const size = Math.abs(first.transform[0] ?? 0);
      const apart = words.every((item, i) => {
        if (i === 0) return true;
        const before = words[i - 1]!;
        const gap = (item.transform[4] ?? 0) - ((before.transform[4] ?? 0) + before.width);
        return gap > -0.5 && gap <= size;
      });
      if (apart) {
        out ??= items.slice(0, start);
        const last = items[end - 1]!;
        words.forEach((item, i) => out!.push({ ...item, hasEOL: i === words.length - 1 ? last.hasEOL : false }));
        start = end;
        continue;
      }
    }
    if (out !== null) for (let i = start; i < end; i++) out.push(items[i]!);
    start = end;
  }
  return out ?? items;
}

/** What a footnote's raised marker may be: a number, a symbol, a letter or a roman numeral (see linesOf). */
const RAISED_MARKER = /^(?:\d{1,2}|\[\d{1,2}\]|[*\u2020\u2021\u00A7]|[a-zA-Z]|[ivx]{2,5}|[IVX]{2,5})$/;

/**
 * Whether text (an item's, or a line's that is only that) is a footnote's marker raised just after
 * the end of `line`: a number of one or two digits (or one in square brackets), a symbol (an
 * asterisk, a dagger, a section sign) or a letter or roman numeral, set smaller than the line
 * (under 0.8 of its height), its baseline more than 1.5 pt above the line's and less than the
 * line's height, starting within 3 pt of where the line ends.
 */
function markerRaisedAfter(text: string, height: number, x: number, y: number, line: Line): boolean {
  if (!RAISED_MARKER.test(text) || height >= line.height * 0.8) return false;
  const rise = y - line.y;
  return rise > 1.5 && rise < line.height && Math.abs(x - line.end) < MARKER_REACH;
}

const NONE: ReadonlySet<string> = new Set();

/** How far from a line's end (pt) its raised marker may start. */
const MARKER_REACH = 3;

/**
 * Footnote markers drawn apart from their lines: a producer may draw a line's raised marker in a
 * pass of its own, before or after the line (a box's text drawn after the rest of its page, its
 * markers with the page), so that linesOf, which joins a marker drawn straight after its line,
 * leaves it a line of its own. Such a line, one item that is only a marker, goes to the end of the
 * one line it stands raised just after (`markerRaisedAfter`: smaller, its baseline up by more than
 * 1.5 pt and less than the line's height, within 3 pt of its end), as if drawn straight after it
 * when a line under it on the page opens with it (its note); a raised number no line opens with (a
 * page's number set small near a line's end) stays a line of its own.
 */
function markersOnTheirLines(lines: Line[], notedElsewhere: ReadonlySet<string> = NONE, left: string[] = []): Line[] {
  const lone = lines.filter((line) => line.items.length === 1 && RAISED_MARKER.test(line.text));
  if (lone.length === 0) return lines;
  // Lines by where they end, in steps of a marker's reach: a marker's host ends within 3 pt of it,
  // so three steps are looked in, not the whole page (a page of 40,000 scattered letters, each a
  // lone marker against every line, took 3 to 5 s of CPU).
  const stepOf = (end: number) => Math.floor(end / MARKER_REACH);
  const byEnd = new Map<number, Line[]>();
  const file = (line: Line) => {
    const step = byEnd.get(stepOf(line.end));
    if (step === undefined) byEnd.set(stepOf(line.end), [line]);
    else step.push(line);
  };
  lines.forEach(file);
  const joined = new Set<Line>();
  const notesOpening = new Map<string, Line[]>();
  for (const marker of lone) {
    const hosts: Line[] = [];
    for (let step = stepOf(marker.x) - 1; step <= stepOf(marker.x) + 1; step++) {
      for (const line of byEnd.get(step) ?? []) {
        if (line !== marker && !joined.has(line) && markerRaisedAfter(marker.text, marker.height, marker.x, marker.y, line)) hosts.push(line);
      }
    }
    if (hosts.length !== 1) continue;
    const host = hosts[0]!;
    // A marker is a note's: some line under it opens with it (the note, "1 The MASH ..."). A number raised
    // near a line's end that no line of the page opens with (a page's number set small at the head's right)
    // is no marker, and stays a line of its own (helper 8bh). The lines opening with a marker's text are
    // found once for each text, lowest on the page first; a line of notes in two columns opens the second
    // column's note with an item of its own ("1 The CSPA ...   2 The MASH ...": helper 8bl).
    let opening = notesOpening.get(marker.text);
    if (opening === undefined) {
      const opens = (text: string) => text.startsWith(marker.text) && !/^\d/.test(text.slice(marker.text.length));
      opening = lines.filter((line) => opens(line.text) || line.items.some((item, k) => k > 0 && opens(item.str.trimStart()))).sort((a, b) => a.y - b.y);
      notesOpening.set(marker.text, opening);
    }
    const lowest = opening.find((line) => line !== marker);
    // Or its note is at the foot of the next page or of the page before, which this page does not show (the
    // marker on a page's last line, or on a finding run on from the page before: helper 8bi); extractPdf
    // finds such a note among its neighbours' notes and reads the page again with its marker in `notedElsewhere`.
    if ((lowest === undefined || lowest.y >= host.y - 0.5) && !notedElsewhere.has(marker.text)) {
      left.push(marker.text);
      continue;
    }
    const before = byEnd.get(stepOf(host.end))!;
    before.splice(before.indexOf(host), 1);
    host.text += raised(marker.text);
    host.items.push(marker.items[0]!);
    host.end = marker.end;
    file(host);
    joined.add(marker);
  }
  return joined.size === 0 ? lines : lines.filter((line) => !joined.has(line));
}

/** A raised ordinal's letters ("21st": "st", "nd", "rd", "th"). */
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/;

/**
 * Raised ordinals drawn apart from their lines: linesOf reads "21" then a raised "st" drawn straight after
 * it as one word ("21st"), but a producer that draws the raised letters in a pass of their own leaves them a
 * line of their own, which reading order puts before their line ("st The 21 century"). Such a line, one item
 * that is only "st", "nd", "rd" or "th", goes into the one line it stands raised in (set smaller, under 0.8 of
 * the line's height; its baseline up by more than 1.5 pt and less than the line's height), just after an item
 * of it that ends in a digit (within 3 pt of that item's end), with room left for it before the line's next
 * item (the gap there at least 0.8 of its width): as if drawn straight after that item (helper 8bi). Lines
 * are looked up by their baseline, a point's band at a time, only for such a line: a page without one costs
 * a pass over its lines.
 */
function ordinalsInTheirLines(lines: Line[]): Line[] {
  const lone = lines.filter((line) => line.items.length === 1 && ORDINAL_SUFFIX.test(line.text));
  if (lone.length === 0) return lines;
  const byBaseline = new Map<number, Line[]>();
  for (const line of lines) {
    const band = Math.floor(line.y);
    const those = byBaseline.get(band);
    if (those === undefined) byBaseline.set(band, [line]);
    else those.push(line);
  }
  const joined = new Set<Line>();
  for (const suffix of lone) {
    const places: Array<{ host: Line; k: number }> = [];
    // A host's baseline is more than 1.5 pt under the suffix's and less than its own height (under 40 pt).
    for (let band = Math.floor(suffix.y - 1.5); band >= Math.floor(suffix.y - 40); band--) {
      for (const host of byBaseline.get(band) ?? []) {
        const rise = suffix.y - host.y;
        if (host === suffix || joined.has(host) || rise <= 1.5 || rise >= host.height || suffix.height >= host.height * 0.8) continue;
        host.items.forEach((item, k) => {
          const end = (item.transform[4] ?? 0) + item.width;
          const next = host.items.slice(k + 1).find((other) => other.str.trim() !== '');
          const room = next === undefined || (next.transform[4] ?? 0) - end >= (suffix.end - suffix.x) * 0.8;
          if (/\d$/.test(item.str) && Math.abs(suffix.x - end) < MARKER_REACH && room) places.push({ host, k });
        });
      }
    }
    if (places.length !== 1) continue;
    const { host, k } = places[0]!;
    // Where item k's text ends in the host's text, as linesOf put the items together (a space where a gap is).
    const spaced = wordGapsBefore(host.items, wordGapFloor(host.items));
    let at = host.items[0]!.str.length;
    for (let i = 1; i <= k; i++) {
      const item = host.items[i]!;
      at += (spaced[i] && !host.text.slice(0, at).endsWith(' ') && !item.str.startsWith(' ') ? 1 : 0) + item.str.length;
    }
    if (!host.text.slice(0, at).endsWith(host.items[k]!.str)) continue;
    const item = suffix.items[0]!;
    host.text = host.text.slice(0, at) + item.str + host.text.slice(at);
    host.items.splice(k + 1, 0, item);
    const size = Math.round(Math.hypot(item.transform[0] ?? 0, item.transform[1] ?? 0) * 10) / 10;
    host.sizes.set(size, (host.sizes.get(size) ?? 0) + item.str.length);
    addFont(host, item);
    joined.add(suffix);
  }
  return joined.size === 0 ? lines : lines.filter((line) => !joined.has(line));
}

/** A gap between two runs of a line wider than this (pt) is a word's, on a line whose runs are not its words (see wordGapFloor). */
const SPACE_GAP = 1;

/**
 * The narrowest gap (pt) between two runs of a line that is a word's gap, from the line's own runs.
 * Most producers draw a line in runs of several words, splitting a word only where its font or place
 * changes, a little apart at times (the real letters' lines split words up to 0.37 pt apart): there
 * a word's gap is wider than a point. A line drawn word by word (three runs or more, none holding a
 * space, more than half of them a point or more apart) splits a word only where its runs touch or its
 * font changes: a run in the font of the one before (see wordGapBetween), set apart from it by more
 * than a tenth of the line's own middle word gap, starts a word though its gap is under a point (a
 * producer that places each word by its kerned width but draws it unkerned leaves "YOT," 0.36 pt
 * short of "CCG,", "effectively." 0.69 pt short of "Inspectors", and its soft hyphen, in a font of
 * its own, 0.45 pt after "parti"). `items` in the order the line reads; a gap is measured from the
 * furthest end so far, as linesOf does.
 */
function wordGapFloor(items: readonly TextItem[]): number {
  const runs = items.filter((item) => item.str.trim() !== '');
  if (runs.length < 3 || runs.some((item) => /\s/.test(item.str.trim()))) return SPACE_GAP;
  const gaps = gapsFromFurthestEnd(runs).slice(1);
  const wordGaps = gaps.filter((gap) => gap > SPACE_GAP).sort((a, b) => a - b);
  if (wordGaps.length * 2 <= gaps.length) return SPACE_GAP;
  return Math.min(SPACE_GAP, wordGaps[Math.floor(wordGaps.length / 2)]! / 10);
}

/** Whether a word's gap stands between two runs of a line, `gap` apart, on a line whose floor is `floor` (wordGapFloor). */
function wordGapBetween(before: TextItem, item: TextItem, gap: number, floor: number): boolean {
  return gap > SPACE_GAP || (gap > floor && before.fontName === item.fontName);
}

/**
 * Each item's drawn line, with that line's floor (wordGapFloor over all its runs), for items read again apart from their
 * line (a column's or a cell's of a table, a note's beside another): their words then part where the line's text parts
 * them, not by a floor of their own part's runs, too few to show a line drawn word by word.
 */
type DrawnFloors = ReadonlyMap<TextItem, { line: Line; floor: number }>;

/** The DrawnFloors of `lines`' items. */
function drawnFloors(lines: readonly Line[]): DrawnFloors {
  return new Map(lines.flatMap((line) => {
    const floor = wordGapFloor(line.items);
    return line.items.map((item) => [item, { line, floor }] as const);
  }));
}

/** The floor between two items read apart from their lines: their line's where one line drew both, else the default. */
function floorBetween(floors: DrawnFloors, before: TextItem, item: TextItem): number {
  const drawn = floors.get(before);
  return drawn !== undefined && drawn.line === floors.get(item)?.line ? drawn.floor : SPACE_GAP;
}

/** Each of `items`' gap (pt) from the furthest end of those before it, in the order given (Infinity for the first). */
function gapsFromFurthestEnd(items: readonly TextItem[]): number[] {
  let end = -Infinity;
  return items.map((item) => {
    const x = item.transform[4] ?? 0;
    const gap = x - end;
    end = Math.max(end, x + item.width);
    return gap;
  });
}

/**
 * Whether a word's gap stands before each of a line's `items` (in the order the line reads; never before the first), its
 * gap measured from the furthest end so far (wordGapFloor), over `floor`: the line's, or one for each gap.
 */
function wordGapsBefore(items: readonly TextItem[], floor: number | readonly number[]): boolean[] {
  const gaps = gapsFromFurthestEnd(items);
  return items.map((item, i) => i > 0 && wordGapBetween(items[i - 1]!, item, gaps[i]!, typeof floor === 'number' ? floor : floor[i]!));
}

/**
 * Text items, in drawing order, to lines: items on one baseline, drawn one after another, make a line. Items read again
 * apart from the lines that drew them take their word gaps' floors from those lines (`drawnFloorsOf`).
 */
function linesOf(items: TextItem[], drawnFloorsOf?: DrawnFloors): Line[] {
  const drawn: Line[] = [];
  let current: Line | null = null;
  let endOfLine = true;
  // Where in each line's text two runs stand apart by a gap under SPACE_GAP with no space put between
  // them: a word's gap where the line turns out drawn word by word (wordGapFloor), decided once it is whole.
  const narrowGaps = new Map<Line, Array<{ at: number; gap: number; before: TextItem; item: TextItem }>>();
  for (const item of items) {
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    if (item.str === '') {
      if (item.hasEOL) endOfLine = true;
      continue;
    }
    const size = Math.round(Math.hypot(item.transform[0] ?? 0, item.transform[1] ?? 0) * 10) / 10;
    // A footnote marker is a small number (or a symbol: an asterisk, a dagger) raised just after
    // the end of a line; a number written as a superscript, cleaning knows it. (It may sit far
    // enough up to look like a line of its own.)
    // A number may be printed in square brackets ("[1]", a format Word offers): the number is the marker.
    // So may a lower-case letter or roman numeral (Word's "a, b, c" and "i, ii" formats), kept as
    // superscript letters, a form no word of the text has. (A raised ordinal's "st", "nd", "rd" or
    // "th" is neither: it stays the text's.) Upper-case letters and roman numerals ("A, B", "I, II")
    // are kept raised as well, in Unicode's modifier capitals.
    if (current !== null && markerRaisedAfter(item.str, item.height, x, y, current)) {
      current.text += raised(item.str);
      current.items.push(item);
      current.end = x + item.width;
      endOfLine = item.hasEOL;
      continue;
    }
    // pdf.js may end a line where the next item starts on its baseline, touching it (a colon set
    // slanted after an upright word: 'relationship' then ': ‘The group'): that item reads on.
    const touching = current !== null && Math.abs(current.y - y) < 0.5 && Math.abs(x - current.end) <= 1;
    const sameLine: boolean =
      current !== null && (!endOfLine || touching) && Math.abs(current.y - y) <= Math.max(2, 0.45 * Math.max(current.height, item.height));
    // White space never starts a line: one left raised after a footnote marker would split its line in two.
    if (!sameLine && current !== null && !endOfLine && item.str.trim() === '') {
      endOfLine = item.hasEOL;
      continue;
    }
    // A space item narrower than a space can be, with no gap after it, marks no gap on the page
    // (some producers emit one where the font changes, as before a full stop set in another font):
    // the next item's own gap says whether a space stands there.
    if (sameLine && item.str.trim() === '' && item.width < 1) {
      endOfLine = item.hasEOL;
      continue;
    }
    if (!sameLine || current === null) {
      current = { text: item.str, y, x, end: x + item.width, height: item.height, sizes: new Map([[size, item.str.length]]), fonts: new Map(), textX: null, items: [] };
      addFont(current, item);
      current.items.push(item);
      drawn.push(current);
    } else if (x < current.end - Math.max(1, item.width / 2) && current.text.trimEnd().startsWith(item.str.trim().replace(/[.,;:]$/, ''))) {
      // Some producers print a line twice, one over the other; keep one copy. (A mark that only
      // touches the text before it, as a colon set in another size may, is no copy.) This is the
      // copy drawn straight after its line, off its origin and maybe shorter: Wokingham 2017's
      // "Offending Service Strategic Board." is drawn again 1.8 pt lower without its full stop.
      // drawnOnce cannot take it (it matches a whole item's string at its origin, within half a
      // point, so that it leaves nothing out that a page draws once), and it cannot take
      // drawnOnce's copies here (a second layer drawn after the page's text is nowhere near its
      // line in drawing order).
      continue;
    } else if (x + item.width < current.x - 3 * size && item.str.trim() !== '') {
      // A run drawn after its line but standing well left of all of it (a footer's date drawn after the page's number,
      // on its baseline): it reads first, a word's space apart, not glued on at the line's end ("518 August 2022").
      const head = `${item.str.trimEnd()} `;
      const trimmed = current.text.length - current.text.trimStart().length;
      current.text = head + current.text.slice(trimmed);
      // Gaps already kept for this line stand as far further on in its text.
      for (const narrow of narrowGaps.get(current) ?? []) narrow.at += head.length - trimmed;
      current.x = x;
      current.sizes.set(size, (current.sizes.get(size) ?? 0) + item.str.length);
      addFont(current, item);
      current.items.unshift(item);
      if (/[A-Za-z0-9]/.test(item.str)) current.textX = x + leadingNonWordWidth(item, true);
    } else {
      const gap = x - current.end;
      const apart = !current.text.endsWith(' ') && !item.str.startsWith(' ');
      const before = current.items.at(-1)!;
      if (apart && gap > 0 && gap <= SPACE_GAP) {
        const narrow = narrowGaps.get(current);
        if (narrow === undefined) narrowGaps.set(current, [{ at: current.text.length, gap, before, item }]);
        else narrow.push({ at: current.text.length, gap, before, item });
      }
      current.text += (apart && wordGapBetween(before, item, gap, SPACE_GAP) ? ' ' : '') + item.str;
      current.end = Math.max(current.end, x + item.width);
      current.x = Math.min(current.x, x);
      current.sizes.set(size, (current.sizes.get(size) ?? 0) + item.str.length);
      addFont(current, item);
      current.items.push(item);
      // A superscript (footnote marker) is smaller and raised; the line's own height and baseline
      // stay. A line that starts with one (a note's marker) takes its baseline from its text.
      if (item.height > current.height) {
        if (item.height > current.height * 1.25) current.y = y;
        current.height = item.height;
      }
    }
    // A number drawn apart from its paragraph's text ("1." then a tab) is no word: the text starts after it.
    const firstOfLine = current.items.length === 1;
    const loneLabel = firstOfLine && NUMBER_LABEL.test(item.str) && item.str.replace(NUMBER_LABEL, '').trim() === '';
    if (current.textX === null && !loneLabel && /[A-Za-z0-9]/.test(item.str)) current.textX = x + leadingNonWordWidth(item, firstOfLine);
    endOfLine = item.hasEOL;
  }
  for (const [line, narrow] of narrowGaps) {
    const floor = wordGapFloor(line.items);
    for (const { at, gap, before, item } of narrow.reverse()) if (wordGapBetween(before, item, gap, drawnFloorsOf === undefined ? floor : floorBetween(drawnFloorsOf, before, item))) line.text = `${line.text.slice(0, at)} ${line.text.slice(at)}`;
  }
  return drawn;
}

/** A line that is only a list's label: a bullet glyph (any mark, or "o"), a number ("1.", "(2)"), a letter ("(a)") or a roman numeral ("(iv)"). */
const LABEL_ONLY = /^(?:[^\p{L}\p{N}\s]|o|\(?\d{1,3}[.)]|\(?[a-z]\)|\(?[ivx]{2,7}[.)])$/u;

/** A line that is only a page's number ("12"), as a contents list's entry ends. */
const PAGE_NUMBER_ONLY = /^\d{1,3}$/;

/**
 * Labels drawn apart from their items' text (a producer may draw a list's glyphs or numbers in a
 * pass of their own, before or after the text): a line that is only a label goes to the front of
 * the line that stands on its baseline just right of it, as that line's glyph, its text indent
 * after it. So, at the other end, do the page numbers of a contents list drawn in a pass of their
 * own (a right tab's numbers drawn after the page's text): two or more lines of a number alone,
 * each ending at the page's right text edge, go to the end of the line on their baseline left of
 * them (no single number: a page's own number at its foot stays a line of its own).
 */
function labelsOnTheirLines(lines: Line[]): Line[] {
  const right = largest(lines.map((line) => line.end));
  const numbers = lines.filter((line) => PAGE_NUMBER_ONLY.test(line.text.trim()) && line.end >= right - 2);
  const labels = lines.filter((line) => LABEL_ONLY.test(line.text.trim()));
  if (labels.length === 0 && numbers.length < 2) return lines;
  const labelSet = new Set([...labels, ...numbers]);
  // Lines a label may join, looked up once (a table of dash cells has many labels).
  const others = lines.filter((line) => !labelSet.has(line));
  const joined = new Set<Line>();
  for (const label of labels) {
    const onBaseline = (line: Line) => Math.abs(line.y - label.y) <= Math.max(2, 0.45 * Math.max(line.height, label.height));
    const item = others
      .filter((line) => onBaseline(line) && line.x >= label.end && line.x - label.end < 4 * label.height)
      .reduce<Line | undefined>((nearest, line) => (nearest === undefined || line.x < nearest.x ? line : nearest), undefined);
    if (item === undefined) continue;
    item.textX = item.textX ?? item.x;
    item.text = `${label.text.trim()} ${item.text}`;
    item.x = label.x;
    insertAll(item.items, 0, label.items);
    for (const [size, count] of label.sizes) item.sizes.set(size, (item.sizes.get(size) ?? 0) + count);
    for (const [font, count] of label.fonts) item.fonts.set(font, (item.fonts.get(font) ?? 0) + count);
    joined.add(label);
  }
  const ends = numbers.flatMap((number) => {
    const onBaseline = (line: Line) => Math.abs(line.y - number.y) <= Math.max(2, 0.45 * Math.max(line.height, number.height));
    const entry = others.filter((line) => !joined.has(line) && onBaseline(line) && line.end < number.x).reduce<Line | undefined>((nearest, line) => (nearest === undefined || line.end > nearest.end ? line : nearest), undefined);
    return entry === undefined ? [] : [{ number, entry }];
  });
  if (ends.length >= 2) {
    for (const { number, entry } of ends) {
      entry.text = `${entry.text.trimEnd()} ${number.text.trim()}`;
      entry.end = number.end;
      pushAll(entry.items, number.items);
      for (const [size, count] of number.sizes) entry.sizes.set(size, (entry.sizes.get(size) ?? 0) + count);
      for (const [font, count] of number.fonts) entry.fonts.set(font, (entry.fonts.get(font) ?? 0) + count);
      joined.add(number);
    }
  }
  return joined.size === 0 ? lines : lines.filter((line) => !joined.has(line));
}

/** How much larger than the text beside it a capital must be to be its paragraph's drop cap: two lines' height at the least. */
const DROP_CAP_SCALE = 1.8;

/**
 * A drop cap: a paragraph's first letter set large (two lines tall or more) at the margin, its
 * first lines set in beside it. It shows itself by how it is set: one capital alone on its line,
 * at least DROP_CAP_SCALE times the size of a line that starts just right of it (within two of
 * that line's ems), whose baseline stands within the capital's height above the capital's own, and
 * which opens mid-word (opensMidWord: "L" beside "eaders know ..." or "EADERS know ..."). The capital goes to
 * the front of the highest such line (its paragraph's first), which then starts where it does.
 * A large letter beside no such line (a heading "A") stays as it is.
 */
function dropCapsJoined(lines: Line[]): Line[] {
  const caps = lines.filter((line) => /^\p{Lu}$/u.test(line.text.trim()));
  if (caps.length === 0) return lines;
  const joined = new Set<Line>();
  for (const cap of caps) {
    const size = lineSize(cap);
    const first = lines
      .filter((line) => line !== cap && !joined.has(line) && opensMidWord(line) && size >= DROP_CAP_SCALE * lineSize(line))
      .filter((line) => line.x >= cap.end - 1 && line.x - cap.end < 2 * lineSize(line) && line.y >= cap.y - 1 && line.y <= cap.y + size)
      .reduce<Line | undefined>((highest, line) => (highest === undefined || line.y > highest.y ? line : highest), undefined);
    if (first === undefined) continue;
    first.text = `${cap.text.trim()}${first.text.trimStart()}`;
    first.x = cap.x;
    first.textX = cap.textX ?? cap.x;
    insertAll(first.items, 0, cap.items);
    for (const [font, count] of cap.fonts) first.fonts.set(font, (first.fonts.get(font) ?? 0) + count);
    joined.add(cap);
  }
  return joined.size === 0 ? lines : lines.filter((line) => !joined.has(line));
}

/**
 * Whether a line opens mid-word, as the line beside a drop cap does: in a lower-case letter, or with
 * a word in small capitals (capitals set at most SMALL_CAPITALS of the line's size, "EADERS" after "L").
 */
function opensMidWord(line: Line): boolean {
  const text = line.text.trimStart();
  if (/^\p{Ll}/u.test(text)) return true;
  if (!/^\p{Lu}+(?:\s|$)/u.test(text)) return false;
  const leftmost = line.items.reduce<TextItem | undefined>((found, item) => (item.str.trim() !== '' && (found === undefined || item.transform[4]! < found.transform[4]!) ? item : found), undefined);
  return leftmost !== undefined && Math.hypot(leftmost.transform[0]!, leftmost.transform[1]!) <= lineSize(line) * SMALL_CAPITALS;
}

/** What a symbol font's bullet is read as where its font gives no character of its own (Word's Symbol-font bullet). */
const SYMBOL_BULLET = '\uF0B7';

/**
 * A symbol font's bullet (Wingdings, ZapfDingbats) whose font maps it to no character of its own
 * comes out as the letter or mark of its code ("n", "l", "§", "Ø"). It shows itself by how it is
 * set: a character alone in a font of its own at a line's start, standing apart from the line's
 * first word (by a fifth of an em or more), and opening two lines or more of the page alike, or in a font
 * that sets nothing else on the page. It is read as a bullet, its line's text indent after it.
 */
function symbolBulletsRead(lines: Line[]): Line[] {
  // A line's first two items that hold more than white space (its words), without filtering the whole line.
  const firstTwoWords = (line: Line): [TextItem, TextItem] | null => {
    let first: TextItem | undefined;
    for (const item of line.items) {
      if (item.str.trim() === '') continue;
      if (first === undefined) first = item;
      else return [first, item];
    }
    return null;
  };
  const keyOf = ([first, second]: [TextItem, TextItem]): string | null => {
    const char = first.str.trim();
    // Characters of the text's own alphabets and marks (a real glyph or a dash is read already).
    if (char.length !== 1 || !/[\x21-\x7E\u00A1-\u00FF]/.test(char) || /[-*o\u00B7]/.test(char)) return null;
    if ((first.fontName ?? '') === (second.fontName ?? '') || !/^\s*["'(\[\u2018\u201C]?[A-Za-z0-9]/.test(second.str)) return null;
    const size = Math.hypot(second.transform[0] ?? 0, second.transform[1] ?? 0);
    const gap = (second.transform[4] ?? 0) - ((first.transform[4] ?? 0) + first.width);
    return gap >= size * 0.2 ? `${first.fontName ?? ''} ${char}` : null;
  };
  // Each line's key and first two words, found once (a line's items do not change here, only its text).
  const keyed: Array<{ line: Line; key: string; words: [TextItem, TextItem] }> = [];
  const counts = new Map<string, number>();
  for (const line of lines) {
    const words = firstTwoWords(line);
    const key = words === null ? null : keyOf(words);
    if (words === null || key === null) continue;
    keyed.push({ line, key, words });
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  // A font that sets nothing on the page but such lone characters is a symbol font: one line tells.
  // (Made only where a character opens one line alone: most pages have none.)
  let wordFonts: Set<string> | undefined;
  const setsWords = (font: string) => (wordFonts ??= new Set(lines.flatMap((line) => line.items.filter((item) => item.str.trim().length > 1).map((item) => item.fontName ?? '')))).has(font);
  for (const { line, key, words: [first, second] } of keyed) {
    if (counts.get(key)! < 2 && setsWords(first.fontName ?? '')) continue;
    line.text = line.text.replace(/\S/, SYMBOL_BULLET);
    line.textX = (second.transform[4] ?? 0) + leadingNonWordWidth(second, false);
  }
  return lines;
}

/**
 * Text items to lines, with a blank line wherever the gap above a line is clearly wider than
 * the page's usual line spacing (a paragraph, bullet or heading boundary). Lines are put in
 * reading order, and footnotes are taken out by their size and place.
 */
export function assemblePage(rawItems: TextItem[], studies: readonly HeadingForms[], drawing: Drawing = { boxes: [], tables: [] }, boxRunsOn = false, pageNumber: number | null = null, letterStep: number | null = null, notedElsewhere: ReadonlySet<string> = NONE): AssembledPage {
  const studyHeading = (text: string) => {
    // A study's heading may be letter-spaced (its words are found again as the page's text is cleaned).
    const heading = headingCandidate(letterSpacedWords(text));
    return heading !== null && studies.some((rule) => headingForm(heading, rule) !== null);
  };
  const upright = uprightItems(drawing.markers ? drawnMarkers(rawItems, drawing.markers) : rawItems);
  const { rotated, slanted, stamps } = upright;
  const items = wordsInLineOrder(upright.items);
  const markersLeft: string[] = [];
  const drawn = symbolBulletsRead(labelsOnTheirLines(dropCapsJoined(markersOnTheirLines(ordinalsInTheirLines(linesOf(items)), notedElsewhere, markersLeft))));

  const { lines: inOrder, moved: putBack, tables: unruled, columnTops } = columnsInOrder(drawn, items);
  // Lines put back in reading order are taken for a box drawn last, a block of their own; where
  // the page's drawing was read, only those a drawn box or table encloses are (a page's text in
  // frames drawn out of order reads on as one text).
  const moved = drawing.read === true ? new Set([...putBack].filter((line) => [...drawing.boxes, ...drawing.tables].some((region) => within(line, region)))) : putBack;
  const { boxes, tables: drawnTables } = tablesOfOneColumn(inOrder, drawing, boxRunsOn, studyHeading);
  // Cells side by side that no drawn table holds are a table without rules.
  const tables = [...drawnTables, ...unruledTables(inOrder, drawnTables)];
  const { lines: ordered, rowOf } = tableOrder(cellsApart(inOrder, tables), [...tables, ...unruled]);
  // A table inside a box (a study's) is in the box: its rows are the study's paragraphs.
  const boxed = boxedLines(ordered, boxes, boxRunsOn);
  const { body: lines, notes, footer, carried } = footnotesOf(ordered, pageNumber, letterStep);
  const steps = lines
    .slice(1)
    .map((line, i) => lines[i]!.y - line.y)
    .filter((step) => step > 5)
    .sort((a, b) => a - b);
  const bodySize = bodySizeOf(lines);
  const wraps = wrapsAtStep(lines, bodySize);
  const ownStep = ownStepOf(steps, bodySize, letterStep, wraps);
  const usual = usualStep(steps, bodySize, letterStep, wraps);
  const bodySteps = steps.filter((step) => step >= bodySize * 0.95);
  const out: string[] = [];
  const layout: Array<LineLayout | null> = [];
  const settings: Array<LineSetting | null> = [];
  const margin = marginOf(lines);
  // The page's right text edge: where its longest lines end (a line that wraps ends short of it); in columns, each column's.
  const right = largest(lines.map((line) => line.end));
  const columnOf = pageColumns(lines);
  const notesTop = notes.length > 0 ? largest(notes.flatMap((note) => note.lines.map((line) => line.y))) : null;
  lines.forEach((line, i) => {
    const step = i === 0 ? 0 : lines[i - 1]!.y - line.y;
    // A block put back in reading order stands apart from the text around it.
    // So does each row of a table (a row is read as one paragraph).
    const previous = lines[i - 1];
    const edgeOfMoved = previous !== undefined &&
      (moved.has(line) !== moved.has(previous) || boxed.get(line) !== boxed.get(previous) || rowOf.get(line) !== rowOf.get(previous));
    // A table's cells side by side are one row: the row reads on from cell to cell.
    const sameRow = previous !== undefined && rowOf.has(line) && rowOf.get(line) === rowOf.get(previous);
    // Two lines both set larger than the body (a title or heading over two lines) step in proportion to their size.
    const scale = previous === undefined ? 1 : Math.max(1, Math.min(lineSize(previous), lineSize(line)) / bodySize);
    // A paragraph runs on from a column's foot to the next column's top where the column's last
    // line leaves no room for the next one's first word and ends no sentence (as over a page break).
    const columnRunsOn = previous !== undefined && columnTops.has(line) && !roomForFirstWord(previous.end, columnTops.get(line)!, line) && !endsWithSentence(previous.text.trim());
    if (i > 0 && !sameRow && !columnRunsOn && (step <= 0 || step > usual * scale * GAP_OVER_STEP || edgeOfMoved)) {
      out.push('');
      layout.push(null);
      settings.push(null);
    }
    out.push(line.text);
    const round = (n: number) => Math.round(n * 10) / 10;
    const size = lineSize(line);
    const setting = { larger: size > bodySize * LARGER, size, sizes: line.sizes, fonts: line.fonts, lastFont: lastWordFont(line), runs: line.fonts.size > 1 ? fontRuns(line) : undefined };
    settings.push(setting);
    const column = columnOf?.(line);
    layout.push({
      x: round(line.x), end: round(line.end), textX: round(line.textX ?? line.x), emphasis: setting.larger, heavier: false, larger: setting.larger, size, margin: column?.margin ?? margin, right: round(column?.right ?? right),
      boxed: (moved.has(line) && !rowOf.has(line)) || boxed.has(line), tableRow: rowOf.has(line), y: round(line.y), lineStep: round(usual),
      notesTop: notesTop === null ? null : round(notesTop),
    });
  });
  const footnotes = notes.map((note) => pageNote(note.marker, note.lines.map((line) => line.text.trim())));
  // The page's last line of text, under which only a page number may stand.
  const last = [...lines].reverse().find((line) => !PAGE_NUMBER_LINE.test(line.text.trim()));
  // A box that holds only a study's heading at the page's foot (no box: it may be a heading's band) may run on with its study.
  const endsInBox = last !== undefined && (boxed.has(last) || (studyHeading(last.text) && boxes.some((box) => within(last, box))));
  const endsInTable = last !== undefined && rowOf.has(last);
  const lastNote = notes[notes.length - 1];
  // A note run on goes on at the next page's foot from the notes' left edge, whatever column of notes it stood in (helper 8bl).
  const lastSetting = lastNote ? { size: lineSize(lastNote.lines[0]!), edges: [...lastNote.lines.map((line) => line.x), lastNote.textStart, smallest(notes.map((note) => note.lines[0]!.x))], end: lastNote.lines[lastNote.lines.length - 1]!.end, right: Number.isFinite(right) ? right : Infinity } : null;
  const carriedLines = carried.length > 0 ? { lines: carried.map((line) => line.text.trim()), size: lineSize(carried[0]!), x: carried[0]!.x, ends: carried.map((line) => line.end), top: carried[0]!.y, right: Number.isFinite(right) ? right : Infinity } : null;
  return { text: out.join('\n'), footnotes, footer: footer.map((line) => line.text.trim()), lastNote: lastSetting, carried: carriedLines, stamps, rotated, slanted, layout, settings, mayHoldBox: mayHoldBox(lines, margin, studyHeading), endsInBox, endsInTable, ownStep, bodySteps, markersLeft };
}

/** The most a box's side stands off its text; a background drawn behind the page stands off much further. */
const BOX_PADDING = 30;

/**
 * A box divided by rules across is a table of one column (each row a paragraph of the section it
 * stands in), unless its first line is a study's heading (a study boxed as a table of one
 * column, heading in the first cell) or it carries on a box from the page before.
 */
function tablesOfOneColumn(lines: Line[], drawing: Drawing, boxRunsOn: boolean, studyHeading: (text: string) => boolean): Drawing {
  const boxes: DrawnRegion[] = [];
  const tables = [...drawing.tables];
  const firstBody = lines.find((line) => !PAGE_NUMBER_LINE.test(line.text.trim()));
  for (const box of drawing.boxes) {
    const inside = lines.filter((line) => within(line, box));
    const first = inside.reduce<Line | undefined>((top, line) => (top === undefined || line.y > top.y ? line : top), undefined);
    const study = first !== undefined && studyHeading(first.text);
    const carriedOn = boxRunsOn && firstBody !== undefined && inside.includes(firstBody);
    if (box.rows.length === 0 || inside.length < 2 || study || carriedOn) boxes.push(box);
    else tables.push({ ...box, columns: [] });
  }
  return { boxes, tables };
}

/** Whether a line stands inside a drawn region. */
function within(line: Line, region: DrawnBox): boolean {
  return line.x >= region.left - 2 && line.end <= region.right + 2 && line.y > region.bottom && line.y < region.top;
}

/**
 * Whether a page may hold a box drawn in place (in drawing order, so reading order does not show
 * it): a study's heading, even its first line (a study opening a page may close its box above
 * text that goes on), or a run of lines set in from the margin and short of the page's right edge
 * on both sides.
 */
function mayHoldBox(lines: Line[], margin: number, studyHeading: (text: string) => boolean): boolean {
  if (lines.some((line) => studyHeading(line.text))) return true;
  if (columnGapsInLine(lines) || narrowRun(lines, margin)) return true;
  const right = largest(lines.map((line) => line.end));
  let run = 0;
  for (const line of lines) {
    run = line.x > margin + 4 && line.end < right - 4 && bulletGlyphAt(line) === false ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}

/**
 * Whether a page may hold list markers drawn as shapes, not glyphs (see isMarkerShape): two
 * paragraphs or more (lines after a gap) that open with a word at the same place, set in from the
 * letter's margin (see extractPdf) or the page's leftmost line, as items' text stands right of
 * their glyphs, on a page with no glyph of a list (a line's words right of its start); one is
 * enough in a letter that has shown such markers on a page before.
 */
function mayHoldDrawnMarkers(page: AssembledPage, letterMargin: number | null, seenBefore: boolean): boolean {
  const lines = page.text.split('\n');
  const left = smallest(page.layout.map((line) => line?.x ?? Infinity), letterMargin ?? Infinity);
  // An ampersand is a word ("and"): a line wrapped before "& Formby" opens with no list's glyph.
  const opensWithWord = (text: string) => /^["'(\u2018\u201C]?[\p{L}\p{N}&]/u.test(text.trim());
  if (page.layout.some((line, i) => line !== null && line.textX > line.x + 2 && !opensWithWord(lines[i]!))) return false;
  const starts = page.layout.filter((line, i): line is LineLayout => line !== null && i > 0 && page.layout[i - 1] === null && line.x > left + 6 && /^["'(\u2018\u201C]?\p{L}/u.test(lines[i]!.trim()));
  if (starts.some((start) => starts.filter((other) => Math.abs(other.x - start.x) <= 1.5).length >= (seenBefore ? 1 : 2))) return true;
  // Or items set with no space between them (a browser's list, its markers hung outside the text):
  // lines in a run, all set in from the margin at one place, each opening with a word.
  let run = 0;
  for (const [i, line] of page.layout.entries()) {
    const previous = page.layout[i - 1];
    run = line !== null && line.x > left + 6 && opensWithWord(lines[i]!) ? (previous && run > 0 && Math.abs(previous.x - line.x) <= 1.5 ? run + 1 : 1) : 0;
    if (run >= DRAWN_MARKER_RUN) return true;
  }
  return false;
}

/** Lines in a run set in at one place, with no gap between, that may be a list whose markers are drawn. */
const DRAWN_MARKER_RUN = 4;

/**
 * The first of the gap starts `starts` (in reading order) that `count` of them, itself among them,
 * stand within 2 points of: its neighbours are looked up in the starts sorted once (they are a run
 * there), where comparing each with every other cost the square of a page's lines.
 */
function sharedGapStart(starts: number[], count: number): number | undefined {
  const sorted = [...starts].sort((a, b) => a - b);
  return starts.find((x) => {
    const last = firstAtOrAfter(sorted, (other) => other - x, -2) + count - 1;
    return last < sorted.length && sorted[last]! - x <= 2;
  });
}

/**
 * Whether three lines or more have a gap inside them, wider than a word's space can be, before
 * text that starts at the same place: the cells of a table's rows side by side (a ruled table
 * whose columns stand closer than columns of prose, GUTTER, still leaves such a gap).
 */
function columnGapsInLine(lines: Line[]): boolean {
  const starts = [...cellGapStarts(lines).values()].flat();
  return sharedGapStart(starts, 3) !== undefined;
}

/** Where each line's cells start after a gap wider than a word's space can be, after a word (not a list's glyph or number before its item's text). */
function cellGapStarts(lines: Line[]): Map<Line, number[]> {
  const out = new Map<Line, number[]>();
  for (const line of lines) {
    const items = line.items.filter((item) => item.str.trim() !== '').sort((a, b) => (a.transform[4] ?? 0) - (b.transform[4] ?? 0));
    // A cell's words before the gap (two letters in a row in an item before it).
    let wordBefore = false;
    const starts: number[] = [];
    for (let i = 1; i < items.length; i++) {
      const x = items[i]!.transform[4] ?? 0;
      // A list's roman numeral ("(ii)") opening the line is its item's label, no word.
      wordBefore ||= /\p{L}{2}/u.test(items[i - 1]!.str) && !(i === 1 && LABEL_ONLY.test(items[0]!.str.trim()));
      if (wordBefore && x - ((items[i - 1]!.transform[4] ?? 0) + items[i - 1]!.width) > line.height * CELL_GAP) starts.push(x);
    }
    if (starts.length > 0) out.set(line, starts);
  }
  return out;
}

/** The fewest rows' first lines that show a table without rules on a page (a table's long rows run over pages two at a time). */
const UNRULED_ROWS = 2;

/**
 * A table of two columns drawn with no rules, read from its text where the drawing shows no table
 * there: lines in reading order whose only wide gap (see cellGapStarts) stands before text at one
 * place, two or more, are lines holding both cells; the first is a row's first line (a header row,
 * then the rows). A row opens on one after a paragraph's gap, or with no space above it where the
 * line above shows a row's end (see rowOpeningUnspaced); otherwise both cells run on there (the
 * right wrapping, or its later paragraph, on a baseline of the left's). A row runs on under its first
 * line while lines keep to one side of that place; a cell's later paragraph (a gap inside one
 * column, the other blank there) stays in its row where the next row follows it or it wraps at the
 * column's width. Otherwise a gap ends the table but for the next row's first line. A block of
 * labels and values is no table: where rows open with no space above them, some row's left cell
 * must run on alone under its first line (labels never wrap; values may).
 */
function unruledTables(lines: Line[], drawn: DrawnTable[]): DrawnTable[] {
  const gaps = cellGapStarts(lines.filter((line) => !drawn.some((table) => within(line, table))));
  const single = [...gaps].filter(([, starts]) => starts.length === 1).map(([line, [x]]) => [line, x!] as const);
  const at = sharedGapStart(single.map(([, x]) => x), UNRULED_ROWS);
  if (at === undefined) return [];
  const divider = at - 1;
  const firstLines = new Set(single.filter(([, x]) => Math.abs(x - at) <= 2).map(([line]) => line));
  const edges = cellEdges([...firstLines].map((line) => cellsOf([line], divider)));
  const leftOnly = (line: Line) => line.end <= divider + 1;
  const oneSide = (line: Line) => leftOnly(line) || line.x >= divider;
  const tables: DrawnTable[] = [];
  let rows: Line[][] = [];
  // Whether a row opened with no space above it, on the cells' own evidence.
  let openedUnspaced = false;
  // A cell's later paragraph, kept for its row until the table is seen to go on after it.
  let later: Line[] = [];
  // At the line `next` (in reading order), after the table's last line.
  const close = (next: number) => {
    if (later.length > 0) {
      const inside = rows.flat();
      const column = leftOnly(later[0]!) ? { start: smallest(inside.map((line) => line.x)), end: divider } : { start: divider, end: largest(inside.map((line) => line.end)) };
      if (cellParagraph(later, inside, column, lines, next)) rows[rows.length - 1]!.push(...later);
    }
    later = [];
    // Rows that opened with no space above them are a table's where some left cell runs on under
    // its row's first line, alone or beside the right cell (a cell's text wrapping).
    const leftRunsOn = rows.some((row) => row.slice(1).some((line) => leftCellOf(line, divider) !== null));
    const table = rows.length >= UNRULED_ROWS && rows.some((row) => row.length > 1) && (!openedUnspaced || leftRunsOn);
    // A block of labels and values is read a row a label (labels never wrap: each line of the left
    // column opens a row), where a value wraps under its first line or every label ends ":".
    const byLabel = rows.length > 0 && (!table || openedUnspaced) ? rowsByLabel(rows.flat(), divider) : [];
    if (byLabel.length >= UNRULED_ROWS && labelColumn(rows.flat(), divider) && (byLabel.some((row) => row.length > 1) || byLabel.every((row) => leftCellOf(row[0]!, divider)?.text.endsWith(':')))) rows = byLabel;
    else if (!table) rows = [];
    if (rows.length > 0) {
      const inside = rows.flat();
      const height = largest(inside.map((line) => line.height));
      tables.push({
        left: smallest(inside.map((line) => line.x)) - 1, right: largest(inside.map((line) => line.end)) + 1,
        top: rows[0]![0]!.y + height, bottom: smallest(inside.map((line) => line.y)) - 1,
        rows: rows.slice(1).map((row) => row[0]!.y + height), columns: [divider],
      });
    }
    rows = [];
    openedUnspaced = false;
  };
  for (const [i, line] of lines.entries()) {
    const previous = lines[i - 1];
    const step = previous === undefined ? Infinity : previous.y - line.y;
    const height = Math.max(previous?.height ?? 0, line.height);
    const gapAbove = step > height * 1.6 || step <= 0;
    const open = rows[rows.length - 1];
    const opening = firstLines.has(line) && !gapAbove ? rowOpeningUnspaced(line, previous!, open ?? [], later, divider, edges) : null;
    if (firstLines.has(line) && (gapAbove || (opening !== null && opening !== 'none' && opening !== 'on'))) {
      if (open) open.push(...later);
      later = [];
      rows.push([line]);
      openedUnspaced ||= opening === 'ended' || opening === 'restarted';
    } else if (open && opening === 'on') {
      open.push(...later, line);
      later = [];
    } else if (open && !firstLines.has(line) && oneSide(line) && !gapAbove && later.length === 0) open.push(line);
    // A cell's later paragraph: on the side its row's last line keeps to, a paragraph's gap under it at most.
    else if (open && !firstLines.has(line) && oneSide(line) && step > 0 && step <= height * 3 && leftOnly(line) === leftOnly(previous!)) later.push(line);
    else close(i);
  }
  close(lines.length);
  return tables;
}

/** The faces of an array of lines read so far: how many lines, and the faces they are set in. */
const foldedFaces = new WeakMap<Line[], { counted: number; faces: Set<string> }>();

/**
 * Every face the lines are set in, kept for the array and brought up to date with the lines added
 * to its end since (a row of a table without rules only grows): reading a row's lines again for
 * each line under it made a row of thousands of lines whose cells run on cost their square.
 */
function facesOf(lines: Line[]): Set<string> {
  let folded = foldedFaces.get(lines);
  if (folded === undefined) {
    folded = { counted: 0, faces: new Set() };
    foldedFaces.set(lines, folded);
  }
  for (; folded.counted < lines.length; folded.counted++) for (const font of lines[folded.counted]!.fonts.keys()) folded.faces.add(font);
  return folded.faces;
}

/**
 * Whether a table's lines (in reading order) hold a column of labels on the left of the place
 * `divider`: every line's left cell, where it has one, a short phrase (five words at most) that
 * opens with a capital and stops as a label does (a colon, or no mark), not as a wrapping cell's
 * line stops (a sentence's end, a comma, a joining word) ("Lead inspector:", "Front door"); and a
 * label on the line above another ends with a colon or leaves room for the other's first word
 * before the right column (a cell's line wraps only where that word does not fit).
 */
function labelColumn(lines: Line[], divider: number): boolean {
  const cells = lines.map((line) => leftCellOf(line, divider));
  return cells.every((label, k) => {
    if (label === null) return true;
    if (label.text.split(' ').length > LABEL_WORDS || !/^[A-Z0-9]/.test(label.text) || /(?:[.!?,;\u2013-]|\b(?:and|or|of|to|the|a|an|for|in|on|with|by|at|from))["'\u2019\u201D)]*$/i.test(label.text)) return false;
    const under = cells[k + 1];
    return under === null || under === undefined || label.text.endsWith(':') || roomForFirstWord(label.end, divider, under);
  });
}

/** The most words a label of a block of labels and values holds. */
const LABEL_WORDS = 5;

/** A block of labels and values as rows: each line holding a label opens one, the value's lines under it run on in it. */
function rowsByLabel(lines: Line[], divider: number): Line[][] {
  const rows: Line[][] = [];
  for (const line of lines) {
    if (leftCellOf(line, divider) !== null || rows.length === 0) rows.push([line]);
    else rows[rows.length - 1]!.push(line);
  }
  return rows;
}

/**
 * How a line holding both cells, with no space above it, stands in a table without rules: with
 * no row open, a row's first line ('row') where the line above is a left cell's alone at its start,
 * or a right cell's alone that ended its paragraph (a row running on from the page before), else
 * no line of the table ('none'); under a row (its
 * lines, and a cell's `later` paragraph) set in faces this line's text is not (a header row), a
 * row's first line; else as the line above shows it (see rowOpening).
 */
function rowOpeningUnspaced(line: Line, previous: Line, rowAbove: Line[], later: Line[], divider: number, edges: { left: number; right: number }): 'row' | 'none' | ReturnType<typeof rowOpening> {
  if (rowAbove.length === 0 && later.length === 0) {
    if (previous.end <= divider + 1 && Math.abs(previous.x - line.x) <= 2) return 'row';
    // A right cell's line alone above, ending its paragraph: a row's long right cell ran on from
    // the page before, and this row opens under it.
    const here = cellsOf([line], divider);
    return previous.x >= divider && here.left !== null && here.right !== null && rowOpening(cellsOf([previous], divider), { left: here.left, right: here.right }, edges) === 'ended' ? 'row' : 'none';
  }
  const setApart = (faces: Set<string>) => [...line.fonts.keys()].every((font) => !faces.has(font));
  if (setApart(facesOf(rowAbove)) && setApart(facesOf(later))) return 'row';
  const here = cellsOf([line], divider);
  return here.left === null || here.right === null ? 'none' : rowOpening(cellsOf([previous], divider), { left: here.left, right: here.right }, edges);
}

/**
 * Whether a paragraph under a table's last row, in one column, is that cell's (not a line after
 * the table): set in a face of the table's, and either wrapping at the column's width (two lines
 * or more, all but the last filling most of it) or running over the page (every line filling it,
 * and only a page number or smaller type under it, from the line `next` of the page's `lines`).
 */
function cellParagraph(paragraph: Line[], table: Line[], column: { start: number; end: number }, lines: Line[], next: number): boolean {
  const faces = new Set(table.flatMap((line) => [...line.fonts.keys()]));
  if (!paragraph.every((line) => [...line.fonts.keys()].some((font) => faces.has(font)))) return false;
  const fills = (line: Line) => line.end >= column.end - (column.end - column.start) * 0.25;
  if (paragraph.length >= 2 && paragraph.slice(0, -1).every(fills)) return true;
  const last = paragraph[paragraph.length - 1]!;
  if (!paragraph.every(fills)) return false;
  for (let k = next; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.y >= last.y || !(PAGE_NUMBER_LINE.test(line.text.trim()) || lineSize(line) < lineSize(last) * 0.92)) return false;
  }
  return true;
}

/**
 * Whether four lines or more in a row, a line's step apart, all stop short of the page's middle:
 * text wrapping in a table's narrow cell (a paragraph's lines run to the right edge).
 */
function narrowRun(lines: Line[], margin: number): boolean {
  const middle = (margin + largest(lines.map((line) => line.end))) / 2;
  let run = 0;
  for (const [i, line] of lines.entries()) {
    const previous = lines[i - 1];
    const inStep = previous !== undefined && previous.y - line.y > 0 && previous.y - line.y <= Math.max(previous.height, line.height) * 1.6;
    run = line.end < middle ? (inStep && run > 0 ? run + 1 : 1) : 0;
    if (run >= 4) return true;
  }
  return false;
}

/** A gap inside a line wider than this share of its height parts two cells (a space is a quarter to a third of it, a justified one rarely more than half). */
const CELL_GAP = 0.8;

/** Whether a line starts with a glyph rather than a word (a bullet item sets in its text, not its glyph). */
function bulletGlyphAt(line: Line): boolean {
  return line.textX !== null && line.textX > line.x + 2;
}

/**
 * The lines each drawn box encloses, as the box they are in (by its index). A box that encloses
 * every line of the page is the page's background, not a box, unless a box ran to the foot of
 * the page before and this one hugs the text (a study that fills a page with no page number);
 * one that holds a single line is a highlight or a heading's band (some producers shade each
 * line of a paragraph on its own), unless a box ran to the foot of the page before and this one
 * opens the page (no line of the page above it but over its top): the study's box carried over
 * with its last line ("All names in this study are pseudonyms.").
 */
function boxedLines(lines: Line[], boxes: DrawnBox[], boxRunsOn: boolean): Map<Line, number> {
  const inBox = new Map<Line, number>();
  const textLeft = smallest(lines.map((line) => line.x));
  const textRight = largest(lines.map((line) => line.end));
  const hugsText = (box: DrawnBox) => textLeft - box.left < BOX_PADDING && box.right - textRight < BOX_PADDING;
  const opensPage = (box: DrawnBox, line: Line) => lines.every((other) => other.y <= line.y || other.y >= box.top);
  boxes.forEach((box, index) => {
    const inside = lines.filter((line) => within(line, box));
    const carriedLine = boxRunsOn && inside.length === 1 && opensPage(box, inside[0]!);
    if ((inside.length < 2 && !carriedLine) || (inside.length === lines.length && !(boxRunsOn && hugsText(box)))) return;
    for (const line of inside) if (!inBox.has(line)) inBox.set(line, index);
  });
  return inBox;
}

/**
 * Lines that run across a drawn table's column divider made again, one line a cell: a table's
 * columns may stand closer than columns of prose (GUTTER), and the cells' words on one baseline
 * then make one line.
 */
function cellsApart(lines: Line[], tables: DrawnTable[]): Line[] {
  if (!tables.some((table) => table.columns.length > 0)) return lines;
  const x = (item: TextItem) => item.transform[4] ?? 0;
  return lines.flatMap((line) => {
    const table = tables.find((each) => each.columns.length > 0 && within(line, each));
    const cuts = table?.columns.filter((at) => at > line.x + 1 && at < line.end - 1) ?? [];
    if (cuts.length === 0) return [line];
    const edges = [-Infinity, ...cuts, Infinity];
    const floors = drawnFloors([line]);
    return edges.slice(1).flatMap((right, k) => {
      const cell = line.items.filter((item) => x(item) >= edges[k]! && x(item) < right);
      return cell.length > 0 ? linesOf(cell, floors) : [];
    });
  });
}

/**
 * A table's row that runs over a page break keeps its cells apart: on the page it opens, the row reads
 * its left cell (its first part) and then its right cell (an owner beside an action), and the left
 * cell goes on at the next page's top, so the right cell's words would stand in the middle of the
 * left's. Where a page's last block is a table's row, its right cell's lines standing wholly right of
 * its left cell's, and the next page opens with lines in that left column (the left cell going on),
 * the right cell's lines are moved to
 * after that column's lines on the next page (before the right cell's own lines there, where it
 * wraps on too). A row over three pages is carried on from each in turn.
 */
function rowCellsAfterRunOn(pages: string[], layout: Array<Array<LineLayout | null>>, settings: Array<Array<LineSetting | null>>): void {
  for (let p = 0; p + 1 < pages.length; p++) {
    const lines = pages[p]!.split('\n');
    const row = blockAt(lines, false);
    const rowLayout = row.map((i) => layout[p]![i]!);
    if (row.length < 2 || !rowLayout.every((line) => line.tableRow)) continue;
    const rightFrom = rightCellFrom(rowLayout);
    if (rightFrom === null) continue;
    const divider = smallest(rowLayout.slice(rightFrom).map((line) => line.x));
    const leftX = smallest(rowLayout.slice(0, rightFrom).map((line) => line.x));
    const next = pages[p + 1]!.split('\n');
    const opening = blockAt(next, true);
    const openingLayout = opening.map((i) => layout[p + 1]![i]!);
    const nextRightFrom = rightCellFrom(openingLayout);
    const goesOn = openingLayout.slice(0, nextRightFrom ?? openingLayout.length);
    const inLeftColumn = goesOn.length > 0 && goesOn.every((line) => line.x >= leftX - 2 && line.end <= divider + 1);
    // The left cell goes on: it ran to the row's foot, and the next page's lines are marked a row, or
    // follow a line that ends no sentence, or fill the cell's width (a paragraph after the table
    // runs to the page's measure, or stops short). Where the next page opens with both cells on one
    // baseline (a new row, a header row repeated, or both cells going on), only a line that ends no
    // sentence shows the row going on.
    const leftEnd = largest(rowLayout.slice(0, rightFrom).map((line) => line.end));
    const ranToFoot = rowLayout[rightFrom - 1]!.y <= smallest(rowLayout.slice(rightFrom).map((line) => line.y)) + 1;
    const fillsCell = goesOn.length > 0 && goesOn[0]!.end >= leftX + (leftEnd - leftX) * 0.75;
    const unfinished = !endsWithSentence(lines[row[rightFrom - 1]!]!.trim());
    const bothCellsOpen = nextRightFrom !== null && Math.abs(openingLayout[nextRightFrom]!.y - openingLayout[0]!.y) < 1;
    const runsOn = ranToFoot && (bothCellsOpen ? unfinished : goesOn.every((line) => line.tableRow) || unfinished || fillsCell);
    if (!inLeftColumn || !runsOn) continue;
    const moved = row.slice(rightFrom);
    const at = nextRightFrom === null ? opening.at(-1)! + 1 : opening[nextRightFrom]!;
    const take = <T>(from: T[]): T[] => moved.map((i) => from[i]!);
    const [texts, lineSettings] = [take(lines), take(settings[p]!)];
    const layouts = take(layout[p]!).map((line) => (line === null ? null : { ...line, carriedOn: true }));
    const movedSet = new Set(moved);
    const keep = <T>(from: T[]): T[] => from.filter((_, i) => !movedSet.has(i));
    const put = <T>(into: T[], items: T[]): T[] => [...into.slice(0, at), ...items, ...into.slice(at)];
    pages[p] = keep(lines).join('\n');
    layout[p] = keep(layout[p]!);
    settings[p] = keep(settings[p]!);
    pages[p + 1] = put(next, texts).join('\n');
    layout[p + 1] = put(layout[p + 1]!, layouts);
    settings[p + 1] = put(settings[p + 1]!, lineSettings);
  }
}

/** A page's first (`first`) or last block of lines between blank lines, as line indices, a page number standing alone left out. */
function blockAt(lines: string[], first: boolean): number[] {
  const body = lines.map((_, i) => i).filter((i) => lines[i]!.trim() !== '' && !PAGE_NUMBER_LINE.test(lines[i]!.trim()));
  if (body.length === 0) return [];
  const block: number[] = [];
  const step = first ? 1 : -1;
  for (let i = first ? body[0]! : body.at(-1)!; i >= 0 && i < lines.length && lines[i]!.trim() !== ''; i += step) block.push(i);
  return first ? block : block.reverse();
}

/** Where a row's right cell starts among its lines (the left cell's, then the right's): the first of the lines after which every line stands right of every line before it; null where none does. */
function rightCellFrom(lines: LineLayout[]): number | null {
  // The smallest start of the lines from each on, so that each place is tried once.
  const startsFrom = lines.map((line) => line.x);
  for (let k = lines.length - 2; k >= 0; k--) startsFrom[k] = Math.min(startsFrom[k]!, startsFrom[k + 1]!);
  let leftEnd = -Infinity;
  for (let k = 1; k < lines.length; k++) {
    leftEnd = Math.max(leftEnd, lines[k - 1]!.end);
    if (startsFrom[k]! >= leftEnd - 1) return k;
  }
  return null;
}

/**
 * A table's lines in reading order, row by row (top down), and in a row cell by cell (left to
 * right): producers draw a table's cells column by column as often as row by row. Each row is
 * read as one paragraph, so each line is given its table and row. The table's lines stand where
 * its first line stood.
 */
function tableOrder(lines: Line[], tables: DrawnTable[]): { lines: Line[]; rowOf: Map<Line, string> } {
  const rowOf = new Map<Line, string>();
  if (tables.length === 0) return { lines, rowOf };
  let ordered = lines;
  tables.forEach((table, index) => {
    const inside = ordered.filter((line) => !rowOf.has(line) && within(line, table));
    if (inside.length === 0) return;
    // Each line's row and column counted once, the row tops looked up sorted (top down): counting
    // them again in every comparison of the sort cost a table of thousands of rows their square.
    const tops = [...table.rows].sort((a, b) => b - a);
    const rows = new Map(inside.map((line) => [line, firstAtOrAfter(tops, (y) => -y, -line.y)]));
    const columns = new Map(inside.map((line) => [line, table.columns.filter((x) => x < line.x + 1).length]));
    for (const line of inside) rowOf.set(line, `${index}:${rows.get(line)!}`);
    const sorted = [...inside].sort((a, b) => rows.get(a)! - rows.get(b)! || columns.get(a)! - columns.get(b)! || b.y - a.y || a.x - b.x);
    const at = ordered.indexOf(inside[0]!);
    const insideSet = new Set(inside);
    const rest = ordered.filter((line) => !insideSet.has(line));
    insertAll(rest, at, sorted);
    ordered = rest;
  });
  return { lines: ordered, rowOf };
}

/**
 * The page's line spacing, from the steps between baselines (sorted): the smallest step that
 * recurs (twice, and one step in ten), so that a page of one-line paragraphs, where most steps
 * are paragraph gaps, still shows its gaps. Null where no step recurs (a page of a few lines).
 */
function recurringStep(steps: number[], bodySize: number): { step: number; count: number } | null {
  const counts = new Map<number, number>();
  for (const step of steps) counts.set(Math.round(step * 2) / 2, (counts.get(Math.round(step * 2) / 2) ?? 0) + 1);
  // Lines of body text stand at least a body size apart; closer steps are small type (notes, an address).
  const recurring = [...counts].filter(([step, count]) => step >= bodySize * 0.95 && count >= 2 && count >= steps.length / 10);
  if (recurring.length === 0) return null;
  const [step, count] = recurring.reduce((low, entry) => (entry[0] < low[0] ? entry : low));
  return { step, count };
}

/**
 * The line spacing a page shows itself: a step that recurs three times or more, no wider than
 * the letter's line spacing allows for a line step (a gap is 1.25 times it). Twice is not enough
 * where a page holds a few lines: on a page of a paragraph's last line and a one-line paragraph
 * and a sign-off, the paragraph gap recurs as often as the line step, or more; and on a page of
 * one-line paragraphs only the gap recurs.
 */
function ownStepOf(steps: number[], bodySize: number, letterStep: number | null, wraps: (step: number) => boolean = () => false): number | null {
  const recurring = recurringStep(steps, bodySize);
  if (recurring === null || recurring.count < 3) return null;
  return letterStep === null || recurring.step <= letterStep * GAP_OVER_STEP || wraps(recurring.step) ? recurring.step : null;
}

/**
 * Whether a step between lines is where text wraps: most lines above it run to the page's right
 * edge (within 3 ems) in mid-sentence. A page set wider than the rest of its letter (1.5 against
 * 1.15, say) wraps at its own step, wider than the letter's; the gaps of a page of one-line
 * paragraphs follow lines that end short, or end their sentence (a one-line paragraph may fill
 * the line: a last page of such paragraphs and a sign-off shows its gap more often than its step).
 */
function wrapsAtStep(lines: Array<{ y: number; end: number; text: string }>, bodySize: number): (step: number) => boolean {
  const right = largest(lines.map((line) => line.end), 0);
  return (step) => {
    const above = lines.slice(0, -1).filter((line, i) => Math.round((line.y - lines[i + 1]!.y) * 2) / 2 === step);
    const runOn = above.filter((line) => line.end >= right - 3 * bodySize && !/[.!?:]["'\u2019\u201D)\]]*$/.test(line.text.trimEnd()));
    return above.length > 0 && runOn.length >= above.length / 2;
  };
}

/** How much wider than the line spacing a step between lines must be to be a gap. */
const GAP_OVER_STEP = 1.25;

/**
 * The page's line spacing: the step it shows itself; where it is too short to show one (a last
 * page of a few lines, a page of a box's or a table's few lines), the letter's (`letterStep`, once
 * known); else a step that recurs twice, or the lower third of the page's steps.
 */
function usualStep(steps: number[], bodySize: number, letterStep: number | null, wraps?: (step: number) => boolean): number {
  if (steps.length === 0) return letterStep ?? 0;
  return ownStepOf(steps, bodySize, letterStep, wraps) ?? letterStep ?? recurringStep(steps, bodySize)?.step ?? steps[Math.floor(steps.length / 3)]!;
}

/** The text of one page's items (reading order, footnotes taken out). */
export function assembleLines(items: TextItem[], studies: readonly HeadingForms[] = []): string {
  return assemblePage(items, studies).text;
}

/** A rotated letter is readable when its turned text still reads as lines of words. */
function readableRotation(pages: string[]): boolean {
  const lines = pages.join('\n').split('\n').filter((line) => line.trim() !== '');
  if (lines.length === 0) return false;
  const wordy = lines.filter((line) => /(?<![A-Za-z])[A-Za-z]{2,}\s+[A-Za-z]{2,}/.test(line)).length;
  return wordy / lines.length > 0.5;
}

/**
 * pdf.js's own exceptions about a file, by name: what pdf-parse throws as it opens one (its classes,
 * named as pdf.js's), and what pdf.js's worker sends back as it reads a page (any fault there,
 * FormatError included, arrives as UnknownErrorException).
 */
const PDFJS_FINDINGS = new Set(['InvalidPDFException', 'FormatError', 'PasswordException', 'UnknownErrorException']);

/** The name of pdf.js's exception about the file that `error` is, or null for any other error (one of jtai's). */
function pdfJsFinding(error: unknown): string | null {
  return error instanceof Error && PDFJS_FINDINGS.has(error.name) ? error.name : null;
}

/** A filled or stroked rectangle drawn on the page, in page units (upwards). */
export interface DrawnBox {
  left: number;
  bottom: number;
  right: number;
  top: number;
}

/** A box, and the heights at which rules across it (a stroked edge or a rule, not shading) divide it into rows. */
export interface DrawnRegion extends DrawnBox {
  rows: number[];
}

/** A table: a grid of cells; where its rows and columns divide (page units). */
export interface DrawnTable extends DrawnRegion {
  /** The positions at which one column ends and the next begins (none in a table of one column). */
  columns: number[];
}

/** What is drawn on a page that bears on reading its text. */
export interface Drawing {
  boxes: DrawnRegion[];
  tables: DrawnTable[];
  /** Small filled shapes (a disc, a square) that may stand for a list's glyphs: see `drawnMarkers`. */
  markers?: DrawnBox[];
  /** The page's drawing was read for boxes and tables: where it shows none, there are none. */
  read?: boolean;
  /** Rules drawn across (lines, or rectangles too thin to hold text), as drawn: a heading's underline among them. */
  rules?: DrawnBox[];
}

// pdf.js's operator numbers (OPS), fixed across its versions: the graphics state, and the ways a
// path is painted (stroke 20 to closeEOFillStroke 27; endPath, 28, paints nothing: a clip).
const OP_SAVE = 10;
const OP_RESTORE = 11;
const OP_TRANSFORM = 12;
const OP_CONSTRUCT_PATH = 91;
// The operators for text: its render mode (setTextRenderingMode), the ways it is shown (showText to
// nextLineSetSpacingShowText), what sets where it stands (beginText, setLeading, moveText,
// setLeadingMoveText, setTextMatrix, nextLine) and its fill colour (setFillColor to
// setFillCMYKColor: pdf.js gives most as RGB).
const OP_TEXT_RENDERING_MODE = 38;
const showsText = (op: number) => op >= 44 && op <= 47;
const OP_BEGIN_TEXT = 31;
const OP_SET_LEADING = 36;
const OP_MOVE_TEXT = 40;
const OP_SET_LEADING_MOVE_TEXT = 41;
const OP_SET_TEXT_MATRIX = 42;
const OP_NEXT_LINE = 43;
const OP_NEXT_LINE_SHOW = 46;
const OP_NEXT_LINE_SPACING_SHOW = 47;
const SETS_FILL = new Set([54, 55, 57, 59, 61]);
// The ways an image is painted: paintImageMaskXObject, paintImageXObject, paintInlineImageXObject, paintSolidColorImageMask.
const PAINTS_IMAGE = new Set([83, 85, 86, 90]);
const paints = (op: unknown) => typeof op === 'number' && op >= 20 && op <= 27;
// Of those, the ones that stroke the path: stroke, closeStroke, and fillStroke to closeEOFillStroke.
const strokes = (op: unknown) => op === 20 || op === 21 || (typeof op === 'number' && op >= 24 && op <= 27);
// pdf.js's path drawing codes (DrawOPS) in a constructed path's buffer, and the numbers each takes.
const PATH_MOVE = 0;
const PATH_CURVE = 2;
const PATH_ARGS = [2, 2, 6, 0];

/** How far apart two edges may be and still touch: a stroke's width, and a producer's rounding. */
const TOUCH = 3;
const near = (a: number, b: number) => Math.abs(a - b) <= TOUCH;

/**
 * The boxes and tables drawn on a page. Every painted subpath's bounding box, turned by the
 * transformation in force, is one shape: a rectangle large enough to hold a line of text, or a
 * rule (a line, or a rectangle too thin to hold text). Rules that meet at their ends make a
 * rectangle (a box drawn as four lines). Rectangles side by side, or divided by a rule from
 * top to bottom, are a table's cells; rectangles stacked with the same sides (shading drawn
 * paragraph by paragraph) are one box.
 */
export function drawnBoxes(operators: { fnArray: number[]; argsArray: unknown[] }): Drawing {
  const painted = paintedShapes(operators);
  // An image may be a list's marker, never a box's side.
  const shapes = painted.filter((shape) => shape.image !== true);
  const stroked = shapes.filter((shape) => shape.stroked);
  const strokedEdges = (r: DrawnBox) => stroked.some((s) => near(s.left, r.left) && near(s.right, r.right) && near(s.bottom, r.bottom) && near(s.top, r.top));
  const width = (s: DrawnBox) => s.right - s.left;
  const height = (s: DrawnBox) => s.top - s.bottom;
  const corners = shapes.filter((s) => s.curved && width(s) <= CORNER && height(s) <= CORNER);
  const across = shapes.filter((s) => height(s) <= TOUCH && width(s) > 12).map((rule) => (corners.length > 0 ? acrossToCorners(rule, corners) : rule));
  const down = shapes.filter((s) => width(s) <= TOUCH && height(s) > 12).map((rule) => (corners.length > 0 ? downToCorners(rule, corners) : rule));
  const rectangles = [...shapes.filter((s) => width(s) > 100 && height(s) > 12), ...rectanglesOfRules(across, down)];
  const distinct: DrawnBox[] = [];
  for (const r of rectangles) {
    if (!distinct.some((d) => near(d.left, r.left) && near(d.right, r.right) && near(d.bottom, r.bottom) && near(d.top, r.top))) distinct.push(r);
  }
  const boxes: DrawnRegion[] = [];
  const tables: DrawnTable[] = [];
  for (const group of abutting(distinct)) {
    const outline = {
      left: smallest(group.map((r) => r.left)),
      right: largest(group.map((r) => r.right)),
      bottom: smallest(group.map((r) => r.bottom)),
      top: largest(group.map((r) => r.top)),
    };
    const inside = (x: number, low: number, high: number) => x > low + TOUCH && x < high - TOUCH;
    // Column dividers: a cell's side inside the outline, or a rule from its top to its foot.
    const columns = [
      ...group.map((r) => r.left),
      ...down.filter((rule) => near(rule.bottom, outline.bottom) && near(rule.top, outline.top)).map((rule) => rule.left),
    ].filter((x) => inside(x, outline.left, outline.right));
    if (columns.length === 0) {
      // Rows ruled across the box: a stroked edge of a rectangle stacked on another, or a rule
      // from side to side (the edges of stacked shading divide nothing).
      const ruled = [
        ...group.filter(strokedEdges).flatMap((r) => [r.top, r.bottom]),
        ...across.filter((rule) => near(rule.left, outline.left) && near(rule.right, outline.right)).map((rule) => (rule.top + rule.bottom) / 2),
      ].filter((y) => inside(y, outline.bottom, outline.top));
      boxes.push({ ...outline, rows: uniqueSorted(ruled) });
      continue;
    }
    const rows = [
      ...group.map((r) => r.top),
      ...across.filter((rule) => near(rule.left, outline.left) || near(rule.right, outline.right)).map((rule) => rule.top),
    ].filter((y) => inside(y, outline.bottom, outline.top));
    tables.push({ ...outline, rows: uniqueSorted(rows), columns: uniqueSorted(columns) });
  }
  return { boxes, tables, markers: painted.filter(isMarkerShape), rules: shapes.filter((s) => height(s) <= TOUCH && width(s) > 12) };
}

/**
 * A small filled shape, about as wide as high, a glyph's size: what a browser's "print to PDF"
 * (and some other producers) draws for a list's bullet, a path where the glyph would stand.
 */
function isMarkerShape(shape: PaintedShape): boolean {
  const [width, height] = [shape.right - shape.left, shape.top - shape.bottom];
  return !shape.stroked && width >= MARKER_SIDE.min && width <= MARKER_SIDE.max && height >= MARKER_SIDE.min && height <= MARKER_SIDE.max && width / height <= 2 && height / width <= 2;
}
/**
 * The largest image, in pixels, that pdf.js gives in a page's operators (it leaves larger ones out
 * undecoded): a bullet drawn as an image is a few pixels to a side (32 by 32 at most here). None
 * of the 697 images the 14 real letters' and 5 reports' pages paint (logos, signatures) is this
 * small, so none of them is decoded.
 */
const MAX_IMAGE_PIXELS = 32 * 32;
/** A drawn list marker's sides, in points: a bullet's at body sizes (an 11 pt bullet's disc is about 4). */
const MARKER_SIDE = { min: 1.5, max: 8 };

/**
 * Drawn markers (see isMarkerShape) as bullet glyphs, each where it stands: a marker that stands
 * on a line's baseline band (its middle between the baseline and a capital's height above it),
 * left of the line's first word, a little way off it (within four times the text's size) and
 * under no text, is that line's glyph.
 */
function drawnMarkers(items: TextItem[], markers: readonly DrawnBox[]): TextItem[] {
  const glyphs: TextItem[] = [];
  for (const marker of markers) {
    const middle = (marker.bottom + marker.top) / 2;
    const onBand = items.filter((item) => {
      const size = Math.hypot(item.transform[0] ?? 0, item.transform[1] ?? 0);
      const y = item.transform[5] ?? 0;
      return item.str.trim() !== '' && middle >= y - size * 0.1 && middle <= y + size * 0.7;
    });
    const x = (item: TextItem) => item.transform[4] ?? 0;
    if (onBand.some((item) => x(item) < marker.right && x(item) + item.width > marker.left)) continue;
    const next = onBand.filter((item) => x(item) >= marker.right).sort((a, b) => x(a) - x(b))[0];
    if (!next) continue;
    const size = Math.hypot(next.transform[0] ?? 0, next.transform[1] ?? 0);
    const gap = x(next) - marker.right;
    if (gap < 0.5 || gap > size * 4) continue;
    glyphs.push({ str: DRAWN_BULLET, transform: [size, 0, 0, size, marker.left, next.transform[5] ?? 0], width: marker.right - marker.left, height: size, hasEOL: false });
  }
  return glyphs.length === 0 ? items : [...items, ...glyphs];
}
/** The glyph a drawn marker is read as. */
const DRAWN_BULLET = '\u2022';

/** The largest rounded corner: a curve no wider or taller than this that meets two sides joins them. */
const CORNER = 30;

/**
 * A rule across run on to the rounded corners at its ends: a box with rounded corners may be
 * drawn as four sides and four curves, the sides stopping a radius short of the box's corners.
 */
function acrossToCorners(rule: PaintedShape, corners: DrawnBox[]): PaintedShape {
  const y = (rule.top + rule.bottom) / 2;
  const atHeight = (corner: DrawnBox) => near(corner.top, y) || near(corner.bottom, y);
  const before = corners.find((corner) => near(corner.right, rule.left) && atHeight(corner));
  const after = corners.find((corner) => near(corner.left, rule.right) && atHeight(corner));
  return { ...rule, left: before?.left ?? rule.left, right: after?.right ?? rule.right };
}

/** An upright rule run on to the rounded corners at its ends (see acrossToCorners). */
function downToCorners(rule: PaintedShape, corners: DrawnBox[]): PaintedShape {
  const x = (rule.left + rule.right) / 2;
  const atSide = (corner: DrawnBox) => near(corner.left, x) || near(corner.right, x);
  const below = corners.find((corner) => near(corner.top, rule.bottom) && atSide(corner));
  const above = corners.find((corner) => near(corner.bottom, rule.top) && atSide(corner));
  return { ...rule, bottom: below?.bottom ?? rule.bottom, top: above?.top ?? rule.top };
}

/** Values sorted, those within touching distance of the one before dropped. */
function uniqueSorted(values: number[]): number[] {
  const out: number[] = [];
  for (const value of [...values].sort((a, b) => a - b)) if (out.length === 0 || !near(out[out.length - 1]!, value)) out.push(value);
  return out;
}

/**
 * Rectangles made of rules: two upright rules at least a line of text apart, and two or more
 * rules across that run from one to the other. The rectangle runs from the lowest rule across to
 * the highest; a rule across between them divides it into rows.
 */
function rectanglesOfRules(across: DrawnBox[], down: DrawnBox[]): DrawnBox[] {
  const out: DrawnBox[] = [];
  const xOf = (rule: DrawnBox) => (rule.left + rule.right) / 2;
  const yOf = (rule: DrawnBox) => (rule.bottom + rule.top) / 2;
  for (const left of down) {
    for (const right of down) {
      if (xOf(right) - xOf(left) <= 100) continue;
      const low = Math.max(left.bottom, right.bottom) - TOUCH;
      const high = Math.min(left.top, right.top) + TOUCH;
      const spans = across.filter((rule) => near(rule.left, xOf(left)) && near(rule.right, xOf(right)) && yOf(rule) >= low && yOf(rule) <= high);
      // One rule across at one end of the two uprights, whose other ends meet: a box open where a
      // page break cuts it (a border that runs over the page, its other side on the next page).
      const open = spans.length === 1 && near(left.bottom, right.bottom) && near(left.top, right.top) &&
        (near(yOf(spans[0]!), high - TOUCH) || near(yOf(spans[0]!), low + TOUCH));
      if (spans.length < 2 && !open) continue;
      const ys = open ? [low + TOUCH, high - TOUCH] : spans.map(yOf);
      // Large enough to hold a line of text, like any box.
      if (largest(ys) - smallest(ys) > 12) out.push({ left: xOf(left), right: xOf(right), bottom: smallest(ys), top: largest(ys) });
    }
  }
  return out;
}

/**
 * Rectangles in groups that touch edge to edge: side by side (sharing an upright edge, at the
 * same height) or stacked (sharing an edge across, with the same sides). A rectangle inside
 * another does not touch it: a heading's band inside a study's box is not a cell.
 */
function abutting(rectangles: DrawnBox[]): DrawnBox[][] {
  const sideBySide = (a: DrawnBox, b: DrawnBox) => near(a.right, b.left) && near(a.bottom, b.bottom) && near(a.top, b.top);
  const stacked = (a: DrawnBox, b: DrawnBox) => near(a.bottom, b.top) && near(a.left, b.left) && near(a.right, b.right);
  const touch = (a: DrawnBox, b: DrawnBox) => sideBySide(a, b) || sideBySide(b, a) || stacked(a, b) || stacked(b, a);
  const groups: DrawnBox[][] = [];
  for (const rectangle of rectangles) {
    const joined = groups.filter((group) => group.some((member) => touch(member, rectangle)));
    const merged = [...joined.flat(), rectangle];
    for (const group of joined) groups.splice(groups.indexOf(group), 1);
    groups.push(merged);
  }
  return groups;
}

/** A painted subpath's bounding box: whether it was stroked (not only filled), whether it has a curve, and whether it is an image's. */
interface PaintedShape extends DrawnBox {
  stroked: boolean;
  curved: boolean;
  image?: boolean;
}

/** The bounding box of each painted subpath, and of each image pdf.js gives (see MAX_IMAGE_PIXELS), in page units, after the transformation in force. */
function paintedShapes(operators: { fnArray: number[]; argsArray: unknown[] }): PaintedShape[] {
  const shapes: PaintedShape[] = [];
  let matrix = [1, 0, 0, 1, 0, 0];
  const saved: number[][] = [];
  operators.fnArray.forEach((fn, index) => {
    const args = operators.argsArray[index] as unknown[] | null;
    if (fn === OP_SAVE) saved.push(matrix);
    else if (fn === OP_RESTORE) matrix = saved.pop() ?? matrix;
    else if (fn === OP_TRANSFORM && args) {
      const [a, b, c, d, e, f] = args as number[];
      const [A, B, C, D, E, F] = matrix as [number, number, number, number, number, number];
      matrix = [a! * A + b! * C, a! * B + b! * D, c! * A + d! * C, c! * B + d! * D, e! * A + f! * C + E, e! * B + f! * D + F];
    } else if (PAINTS_IMAGE.has(fn)) {
      // An image fills the unit square the transformation maps.
      const [a, b, c, d, e, f] = matrix as [number, number, number, number, number, number];
      const xs = [e, a + e, c + e, a + c + e];
      const ys = [f, b + f, d + f, b + d + f];
      shapes.push({ left: smallest(xs), right: largest(xs), bottom: smallest(ys), top: largest(ys), stroked: false, curved: false, image: true });
    } else if (fn === OP_CONSTRUCT_PATH && args && paints(args[0])) {
      const [a, b, c, d, e, f] = matrix as [number, number, number, number, number, number];
      const isStroked = strokes(args[0]);
      const shape = (points: number[], curved: boolean): PaintedShape => {
        const xs: number[] = [];
        const ys: number[] = [];
        for (let i = 0; i + 1 < points.length; i += 2) {
          xs.push(a * points[i]! + c * points[i + 1]! + e);
          ys.push(b * points[i]! + d * points[i + 1]! + f);
        }
        return { left: smallest(xs), right: largest(xs), bottom: smallest(ys), top: largest(ys), stroked: isStroked, curved };
      };
      const buffer = (args[1] as unknown[] | null)?.[0] as ArrayLike<number> | null | undefined;
      if (buffer && buffer.length > 0) {
        for (const { points, curved } of subpaths(buffer)) if (points.length >= 4) shapes.push(shape(points, curved));
        return;
      }
      const minMax = args[2] as ArrayLike<number> | null;
      if (minMax && minMax.length >= 4) shapes.push(shape([minMax[0]!, minMax[1]!, minMax[2]!, minMax[3]!], false));
    }
  });
  return shapes;
}

/** A constructed path's buffer (pdf.js's drawing codes and their numbers) as the points of each subpath. */
function subpaths(buffer: ArrayLike<number>): Array<{ points: number[]; curved: boolean }> {
  const out: Array<{ points: number[]; curved: boolean }> = [];
  let current = { points: [] as number[], curved: false };
  for (let k = 0; k < buffer.length; ) {
    const op = buffer[k++]!;
    const count = PATH_ARGS[op];
    if (count === undefined) break;
    if (op === PATH_MOVE && current.points.length > 0) {
      out.push(current);
      current = { points: [], curved: false };
    }
    if (op === PATH_CURVE) current.curved = true;
    for (let i = 0; i < count; i++) current.points.push(buffer[k + i]!);
    k += count;
  }
  if (current.points.length > 0) out.push(current);
  return out;
}
