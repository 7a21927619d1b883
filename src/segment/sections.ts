import type { Finding, LetterText, LineLayout, PageRange, Removal, Section, SectionKind, Span, UnknownHeading } from '../types.js';
import { continuesHeading, headingCandidate, normaliseHeading } from '../heading-forms.js';
import { endsWithSentence, LARGER, roomInCharacters, wrapWidth } from '../line-room.js';
import { isPseudonymNote } from '../section-notes.js';
import { buildBlocks, isItem, type Block, type LineJoin, type UndecidedJoin } from './blocks.js';
import { matchHeading, type LayoutRules, type SectionRule } from './layout-rules.js';
import { endsSentence, fullLine, itemLabel, joinLines, leftEdgesOf, NESTED_GLYPHS, splitLines, splitWordsOf, standsDeeper, standsUnderText, startsUpper, type LeftEdges, type Line } from './lines.js';
import { pushAll, smallest } from '../long-arrays.js';
import { nonSpaceLength } from '../text/spaces.js';
import { findDate } from './metadata.js';

/**
 * A lead-in introduces the list: it ends with a colon, or says the list follows ("... below.", "... the following.",
 * "... as follows."). "following." alone is no pointer ("... on the day following.": reviewer rv29, where a glyphless
 * list's first finding so ended was read as its lead-in).
 */
const INTRODUCES = /(?::|\b(?:below|the following|as follows)\.)$/i;

/** An item of an open list: its finding, its glyph (or its label's style, see labelStyle) and its first line. */
interface OpenItem {
  finding: number;
  glyph: string;
  line: Line;
}

/**
 * How deep a bullet stands among the open list's items (0: a top item): one below the nearest
 * item it nests under. It nests under an item of its own glyph that it stands further in than,
 * as an indented "- " under a "- " in text; under an item of another glyph or a number ("1.",
 * "(a)") whose text it stands at or right of (a bullet under a number's words, a square under a
 * bullet's); under the innermost item when its glyph is a sub-bullet's glyph no open item has (a
 * dash or circle under a bullet), wherever it stands in text, and further in than that item's
 * glyph in a PDF. Beside an item of its own glyph at its own indent, it is that item's sibling.
 */
function depthAmong(open: OpenItem[], glyph: string, line: Line, topGlyph: string, leftEdges: LeftEdges): number {
  // In a PDF a sub-bullet's glyph stands further in than its parent's: a dash at the innermost
  // item's own glyph x is an item of that level (letters mix "\u2022" and "-" in one list).
  const innermost = open[open.length - 1]?.line;
  const besideInnermost = innermost !== undefined && line.layout !== null && innermost.layout !== null && standsDeeper(line, innermost, leftEdges) === false;
  const nestsByGlyph = glyph !== topGlyph && NESTED_GLYPHS.has(glyph) && !open.some((item) => item.glyph === glyph) && !besideInnermost;
  for (let depth = open.length - 1; depth >= 0; depth--) {
    const item = open[depth]!;
    if (item.glyph !== glyph) {
      if (nestsByGlyph || standsUnderText(line, item.line, leftEdges) === true) return depth + 1;
      continue;
    }
    if (standsDeeper(line, item.line, leftEdges) === true) return depth + 1;
    // At this item's indent it is its sibling; further out, it belongs to a level further out.
    if (standsDeeper(item.line, line, leftEdges) !== true) return depth;
  }
  return 0;
}

/** A label's style, the same for every item of its list: "(a)" for "(c)" and "(iv)", "1." for "12.". */
function labelStyle(line: Line): string {
  return line.text.slice(0, itemLabel(line)?.length ?? 0).trim().replace(/\d+/g, '1').replace(/[a-z]+/g, 'a');
}

/** A finding before it has an id or tags. */
export type DraftFinding = Omit<Finding, 'id' | 'agencies' | 'themes' | 'parent'> & {
  /** Index in the draft list of the bullet this one is nested under. */
  parentIndex: number | null;
};

/** A stretch of the letter's text that is not a finding: what it was taken to be. */
export interface Part {
  /** `contents`: a table of contents before the first section (page furniture of its own kind). */
  kind: 'heading' | 'lead-in' | 'note' | 'metadata' | 'contents';
  span: Span;
}

/** Notes that belong to their section and are never findings: pseudonym notes, a stray punctuation mark. */
function isNote(text: string): boolean {
  return !/[A-Za-z0-9]/.test(text) || isPseudonymNote(text);
}

/** Lines enough for a note ("All names used in this study are pseudonyms ..." may wrap once). */
const NOTE_LINES = 2;

/**
 * A note set in whole lines of its own with no space between it and the text it stands above or
 * under ("All names are pseudonyms." over a study's first paragraph, or under its last) is a block
 * of its own: it opens the block and ends a sentence at its last line's end, or it closes the block
 * after a line that ends a sentence (with or without a full stop of its own).
 */
function notesApart(blocks: Block[]): Block[] {
  const noteIn = (lines: Line[]) => isNote(joinLines(lines.map((line) => line.text)));
  return blocks.flatMap((block): Block[] => {
    if (block.type === 'heading' || block.type === 'subheading' || block.lines.length < 2) return [block];
    for (let k = 1; k <= NOTE_LINES && k < block.lines.length; k++) {
      const head = block.lines.slice(0, k);
      if (block.type === 'paragraph' && noteIn(head) && endsSentence(head[k - 1]!.text)) return [{ type: 'paragraph', lines: head }, ...notesApart([{ ...block, lines: block.lines.slice(k) }])];
      // A closing note may lack its full stop ("*Pseudonym used"): nothing follows it in the block.
      const tail = block.lines.slice(-k);
      if (noteIn(tail) && endsSentence(block.lines[block.lines.length - k - 1]!.text)) return [{ ...block, lines: block.lines.slice(0, -k) }, { type: 'paragraph', lines: tail }];
    }
    return [block];
  });
}

export interface FrontMatter {
  /** Lines before the salutation: the date and the recipients. */
  header: Line[];
  salutation: Line | null;
  title: Line[];
}

export interface Segmented {
  front: FrontMatter;
  body: Span;
  sections: Section[];
  findings: DraftFinding[];
  unknownHeadings: UnknownHeading[];
  /** What each stretch of text that is not a finding was taken to be (for the "nothing lost" accounting). */
  parts: Part[];
  /** A table of contents before the first section, line by line: no heading and no finding. */
  contents: Removal[];
  bodyChars: number;
  /** The opening text of a later letter ("This letter summarises ..."), if found. */
  hasJtaiOpening: boolean;
  /** Whether the body ends at a sign-off ("Yours sincerely"), as every letter does that is whole. */
  signedOff: boolean;
  /**
   * Whole pages of the input that are no part of the letter, their text left unclaimed: before its
   * start (a board pack's cover, an agenda), and after its sign-off and signatures (an appendix,
   * an action plan). Null where there are none.
   */
  outside: { before: PageRange | null; after: PageRange | null };
  /** Page breaks the page could not tell, joined (the text kept whole), in the text's order (buildBlocks). */
  undecidedJoins: UndecidedJoin[];
  /** Page breaks the page could not tell, ended: the new page's first line opens a block (buildBlocks), in the text's order. */
  undecidedEnds: UndecidedJoin[];
  /**
   * Text only: line ends within a page joined though the next line's first word would fit on the line in characters
   * (buildBlocks' roomWithinRun), in the text's order. Parse warns of them only in text that keeps no blank line between
   * paragraphs (looksLikePlainPdftotext).
   */
  lineJoins: LineJoin[];
  /**
   * Pseudonym notes at a page's foot with no marker in the text, under two studies or more that end on that page: the page
   * does not say which the note closes, so it went to the last (`holder`); the studies' headings as printed, in order.
   */
  undecidedNotes: UndecidedNote[];
}

/** A note the page did not tie to one study (`Segmented.undecidedNotes`). */
export interface UndecidedNote {
  page: number;
  text: string;
  /** The headings of the studies that end on the note's page, in the text's order. */
  studies: string[];
  /** The heading of the study given the note (the last of them). */
  holder: string;
}

/** Whether lines hold the later letters' opening sentence ("This letter summarises the findings ..."). */
function hasOpening(lines: Line[], rules: LayoutRules): boolean {
  const text = normaliseHeading(lines.map((line) => line.text).join(' '));
  return rules.openings.some((opening) => text.includes(opening));
}

/** Whether a text has a JTAI title line or the later letters' opening sentence. */
export function hasJtaiTitleOrOpening(letter: LetterText, rules: LayoutRules): boolean {
  const lines = splitLines(letter);
  return findFrontMatter(lines, rules).front.title.length > 0 || hasOpening(lines, rules);
}

/**
 * Whether a text names a JTAI anywhere, as a board pack's cover before the letter does ("Outcome
 * of the joint targeted area inspection (JTAI) in Testshire"): a JTAI title's phrase without its
 * last word (the "of" before what was inspected), inside a line. Pages that do may hold a letter
 * further on, and are read on.
 */
export function namesJtai(letter: LetterText, rules: LayoutRules): boolean {
  const names = rules.titles.map((title) => title.replace(/\s+\S+$/, '')).filter((name) => name.includes(' '));
  return splitLines(letter).some((line) => {
    const text = normaliseHeading(line.text);
    return names.some((name) => text.includes(name));
  });
}

/**
 * Whether a text holds a letter's start anywhere: a salutation with a JTAI title close after it,
 * as a letter's start past a cover is (a board pack's cover that never names the JTAI).
 */
export function startsPastCover(letter: LetterText, rules: LayoutRules): boolean {
  return startPastCover(splitLines(letter), 0, rules)[0] >= 0;
}

/** Phrases are short: only the start of a line (which may be a whole megabyte paragraph) is read. */
const PHRASE_WINDOW = 200;

/** Whether a line greets a letter's reader ("Dear ..."), as a letter's start does: a short line opening with a salutation. */
export function greetsReader(line: string, rules: LayoutRules): boolean {
  return line.length < 120 && startsWithAny(line, rules.salutations);
}

/**
 * Where a text goes on, after a JTAI letter's sign-off, to a salutation and title of its own (a
 * second letter): that salutation's line, or null when there is none. PDFs and text alike. A
 * letter signed off with no JTAI title before it (a council's covering letter, "Dear colleague")
 * is a cover: the letter after it is the first.
 */
export function secondLetterStart(letter: LetterText, rules: LayoutRules): Line | null {
  const lines = splitLines(letter);
  let titled = false;
  let signedOff = false;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (startsWithAny(text, rules.titles)) titled = true;
    if (titled && startsWithAny(text, rules.signoffs)) signedOff = true;
    else if (signedOff && titleAfterGreeting(lines, i, rules) >= 0) return lines[i]!;
  }
  return null;
}

/** How many lines after a sign-off its signatures may take (four inspectorates' names and roles, with gaps). */
const SIGNATURE_LINES = 40;
/** A signature's role line: the head of an inspectorate ("National Director ..., Ofsted", "Her Majesty's Inspector of Constabulary"). */
const SIGNATORY_ROLE = /\b(?:inspector|director)\b/i;

/**
 * Sections whose headings any report may have ("Summary", "Context", an unknown heading, a
 * partnership's name): they do not show a JTAI letter.
 */
const GENERIC_SECTIONS: ReadonlySet<SectionKind> = new Set(['summary', 'context', 'partnership', 'other']);

/**
 * Sections whose headings other documents have too: Ofsted's reports on a local authority ("Areas
 * for improvement", "What needs to improve?": the five of fixtures/not-letters), and slides about a
 * JTAI ("Next Steps": fixtures/letters/haringey-2018-scrutiny-slides.txt). In pages with no sign-off
 * by the inspectorates to show whose they are, they do not show a JTAI letter.
 */
const SHARED_SECTIONS: ReadonlySet<SectionKind> = new Set([...GENERIC_SECTIONS, 'areas-for-improvement', 'what-needs-to-improve', 'next-steps']);

/**
 * What shows a text to be part of a JTAI letter cut at a page: a later part ends at the letter's
 * sign-off; a middle part has neither its start nor its sign-off. Its section headings, and its
 * first page's number when it has one.
 */
export interface LetterPart {
  position: 'later' | 'middle';
  headings: string[];
  /** Its sign-off's signatories read (0 where its signatures are cut off, or it has no sign-off). */
  signatories: number;
  firstPage: number | null;
}

/**
 * Whether a text with no opening, nor a title or salutation anywhere, is a later or middle part of
 * a JTAI letter (a letter cut at a page, its start in another file). A later part ends as a JTAI
 * letter does, signed off by more than one inspectorate (a joint inspection: two to four heads of
 * inspectorates sign, each named with a role; an Ofsted report has no sign-off, a letter from one
 * inspectorate one signatory). A middle part (or a later one cut before its signatures) has no
 * signatory: only a JTAI letter's section headings that no report has show it. Null otherwise.
 */
export function partOfLetter(letter: LetterText, segmented: Segmented, rules: LayoutRules): LetterPart | null {
  if (segmented.front.title.length > 0 || segmented.hasJtaiOpening || segmented.front.salutation !== null) return null;
  const lines = splitLines(letter);
  // A letter's start further in than its front matter is looked for (after a cover's pages) is a start all the same.
  if (lines.some((line) => startsWithAny(line.text, rules.titles) || greetsReader(line.text, rules))) return null;
  const firstPage = firstPageNumber(letter);
  const signoff = lines.findIndex((line) => startsWithAny(line.text, rules.signoffs));
  const signatures = signoff < 0 ? [] : lines.slice(signoff + 1, signoff + 1 + SIGNATURE_LINES).map((line) => line.text);
  // Two roles, or two inspectorates named: one signatory's role and inspectorate on lines of their
  // own ("Regional Director", "Ofsted") are still one signatory.
  const roles = signatures.filter((line) => SIGNATORY_ROLE.test(line)).length;
  const inspectorates = rules.inspectorates.filter((rule) => signatures.some((line) => rule.pattern.test(line))).length;
  const signatories = Math.max(roles, inspectorates);
  if (signatories >= 2) return { position: 'later', headings: headingsOutside(segmented, GENERIC_SECTIONS), signatories, firstPage };
  // One signatory: a letter from one inspectorate, not a joint inspection's.
  if (signatories === 1) return null;
  const headings = headingsOutside(segmented, SHARED_SECTIONS);
  return headings.length === 0 ? null : { position: signoff < 0 ? 'middle' : 'later', headings, signatories, firstPage };
}

/** The headings of a text's sections, each once, but those of sections of the kinds given. */
function headingsOutside(segmented: Segmented, kinds: ReadonlySet<SectionKind>): string[] {
  return [...new Set(segmented.sections.filter((section) => !kinds.has(section.kind)).map((section) => section.heading))];
}

/**
 * Whether a PDF's first pages, with no title or opening, may be part of a JTAI letter, to be read
 * on: a section heading that no report has, or a sign-off; or pages that open with a section
 * heading of a letter's own kind, one that reports have too ("Areas for improvement"; not an
 * unknown heading, as a report's first line, its area's name, reads): cut where a section
 * starts, they are no report's title page (which opens with its title), and their later pages
 * may show what they are (a letter whose pages carry no numbers shows nothing else of its cut).
 */
export function mayBePartOfLetter(letter: LetterText, rules: LayoutRules): boolean {
  const lines = splitLines(letter);
  if (lines.some((line) => startsWithAny(line.text, rules.signoffs))) return true;
  const segmented = segment(letter, rules);
  if (headingsOutside(segmented, SHARED_SECTIONS).length > 0) return true;
  const first = lines.find((line) => line.text.trim() !== '')?.text.trim();
  return first !== undefined && segmented.sections.some((section) => !GENERIC_SECTIONS.has(section.kind) && section.heading.trim() === first);
}

/** The number printed on a text's first page (taken off it as page furniture), or null when it has none. */
export function firstPageNumber(letter: LetterText): number | null {
  const removal = letter.removed.find((candidate) => candidate.kind === 'page-number' && candidate.page === 1);
  const digits = removal === undefined ? null : /\d+/.exec(removal.text);
  return digits === null ? null : Number(digits[0]);
}

/**
 * Plain pdftotext (without -layout), its -raw mode and a copy from a PDF viewer run prose
 * paragraphs together: a short line ending a sentence goes straight on to a long line where
 * `-layout` leaves a blank line between them (its own letters do so for 0-5% of sentence ends,
 * plain and raw texts of the 13 letters for 33-95%). Some also put each bullet's glyph on a line
 * of its own.
 */
export function looksLikePlainPdftotext(letter: LetterText, pages: string[]): boolean {
  const lines = letter.text.split('\n').map((line) => line.trim());
  if (lines.filter((line) => LONE_GLYPH.test(line)).length >= 2) return true;
  if (withoutLayout(pages)) return true;
  if (lines.filter((line) => line.length > 40).length < 20) return false;
  const full = wrapWidth(lines);
  let runTogether = 0;
  let blankAfter = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const [line, next] = [lines[i]!, lines[i + 1]!];
    if (!endsWithSentence(line)) continue;
    if (next === '') blankAfter++;
    else if (line.length < 0.75 * full && /^[A-Z]/.test(next) && next.length > 0.6 * full) runTogether++;
  }
  return runTogether >= 4 && runTogether >= 0.2 * (runTogether + blankAfter);
}

/**
 * Whether a text's pages (as the file holds them) show no layout at all, as plain pdftotext
 * writes even a page or two: no line set in from the others or holding a run of spaces (`-layout`
 * keeps a page's indents, centred page numbers and columns), and few blank lines, under one for
 * six lines of text (`-layout` leaves a blank line for each line's height of space, so a letter's
 * first page, its recipients, salutation and title set apart, shows one for three lines or more;
 * plain text, one for eight or fewer). A page of a boxed study alone, its paragraphs set with no
 * space between them, reads so in `-layout` too (Wokingham's pages 11 and 18): no letter's start.
 */
function withoutLayout(pages: string[]): boolean {
  const lines = pages.flatMap((page) => page.split('\n'));
  const text = lines.filter((line) => line.trim() !== '').length;
  if (text < MIN_LINES_FOR_LAYOUT || lines.some((line) => /^[ \t]+\S/.test(line) || /\S(?: {2,}|\t)\S/.test(line))) return false;
  return lines.length - text < text / 6;
}

/** The fewest lines of text that show whether a text keeps a page's layout (a page holds 30 to 50). */
const MIN_LINES_FOR_LAYOUT = 20;

const LONE_GLYPH = /^[\u2022\u25A0\u25AA\u25CF\u25FC\u25FE\uE000-\uF8FF]$/;

function startsWithAny(line: string, phrases: string[]): boolean {
  // Most lines open with a letter no phrase opens with: told from that letter, with no heading
  // normalised for them (made in lower case, spaces and ends replaced: 2-3% of a letter's garbage,
  // as each line is asked about titles, sign-offs and salutations). An ASCII letter's lower case is
  // its own, whatever follows it; anything else (a space-only line, another script) is normalised.
  const first = line.search(/\S/);
  const code = first < 0 ? -1 : line.charCodeAt(first);
  const openings = openingsOf(phrases);
  if (openings !== null && code >= 0 && code < 128 && !openings.has(String.fromCharCode(code).toLowerCase())) return false;
  const text = normaliseHeading(line.slice(0, PHRASE_WINDOW));
  return phrases.some((phrase) => text.startsWith(phrase));
}

/** The first characters of a list of phrases; null for a list with an empty phrase (every line opens it, so none is told apart). */
const phraseOpenings = new WeakMap<string[], Set<string> | null>();
function openingsOf(phrases: string[]): Set<string> | null {
  let openings = phraseOpenings.get(phrases);
  if (openings === undefined) phraseOpenings.set(phrases, (openings = phrases.some((phrase) => phrase === '') ? null : new Set(phrases.map((phrase) => phrase[0]!))));
  return openings;
}

/** A line of a letter's front matter (a date, a recipient's name, role or address): short, and no sentence of prose. */
function addressLike(text: string): boolean {
  return text.length < 120 && !(endsWithSentence(text) && text.split(/\s+/).length > 8);
}

/** How many lines of a text its front matter is looked for in (a letter's first page holds 30 to 50). */
const FRONT_LINES = 80;
/** How many lines past a salutation a letter's title may stand, where a letter starts after other pages (a cover, or a first letter). */
const TITLE_AFTER_SALUTATION = 19;

/**
 * Date, recipients, salutation and title; the body starts after the title. A letter's front matter
 * starts on the page of the last date before its salutation (or its title, where the salutation
 * comes after it or is missing): the pages before that one are no letter's (a board pack's cover,
 * an agenda), and none of their lines is its date or recipients. Past the first FRONT_LINES lines, a letter's start
 * is a salutation with its title close after it, as a second letter's is (secondLetterStart).
 */
function findFrontMatter(lines: Line[], rules: LayoutRules): { front: FrontMatter; bodyStart: number } {
  const searchLimit = Math.min(lines.length, FRONT_LINES);
  let salutation = -1;
  let title = -1;
  // A salutation signed off before any title greets another letter's reader (a covering letter's
  // "Dear colleague"): the letter's own salutation comes after it.
  let coverSignedOff = false;
  for (let i = 0; i < searchLimit; i++) {
    const text = lines[i]!.text;
    if (salutation < 0 && startsWithAny(text, rules.salutations) && text.length < 120) salutation = i;
    else if (salutation >= 0 && startsWithAny(text, rules.signoffs)) [salutation, coverSignedOff] = [-1, true];
    if (startsWithAny(text, rules.titles) && (salutation < 0 || i > salutation)) {
      title = i;
      break;
    }
  }
  if (title < 0 && (salutation < 0 || coverSignedOff)) [salutation, title] = startPastCover(lines, searchLimit, rules);
  const start = salutation >= 0 && (title < 0 || salutation < title) ? salutation : title;
  // The front matter opens on the page of the last date before the letter's start: a cover's own
  // pages come before it, and recipients that run on past a page break stay with the date above them.
  const dated = start < 0 ? -1 : lines.slice(0, start).findLastIndex((line) => findDate(line.text) !== null);
  const letterPage = dated < 0 ? lines[0]!.page : lines[dated]!.page;
  const firstOfPage = letterPage === lines[0]!.page ? 0 : lines.findIndex((line) => line.page === letterPage);
  if (title < 0) {
    return { front: { header: lines.slice(firstOfPage, Math.max(salutation, 0)), salutation: lines[salutation] ?? null, title: [] }, bodyStart: salutation + 1 };
  }
  // The title runs on while its line is unfinished and the next starts in lower case or it ends on a small word.
  let end = title;
  let measure: number | undefined;
  while (
    end + 1 < lines.length &&
    lines[end + 1]!.text !== '' &&
    end - title < 3 &&
    (/^[a-z]/.test(lines[end + 1]!.text) || /\b(?:and|of|to|in|the|for|with|who|are|on)$/i.test(lines[end]!.text) ||
      // In a PDF, a title's next line set as it is (bold, or both in a letter of one weight), with
      // no gap between, after a line that ran out of room: the title wrapped.
      (lines[end]!.layout !== null && lines[end + 1]!.layout !== null && lines[end]!.emphasis !== false &&
        lines[end]!.emphasis === lines[end + 1]!.emphasis && fullLine(lines[end]!, lines[end + 1]!)) ||
      // In text wrapped by hand, a title's line with no room for the next line's first word in
      // the text's measure, the next line ending the title's block.
      (lines[end]!.layout === null && (lines[end + 2]?.text ?? '') === '' &&
        !roomInCharacters(lines[end]!.text, lines[end + 1]!.text, (measure ??= wrapWidth(lines.map((line) => line.text))))))
  ) {
    end++;
  }
  // Some letters set the title first and the salutation under it ("Dear Testshire Safeguarding
  // Partnership"): the salutation is still the letter's, not the body's first line (nor a heading).
  let bodyStart = end + 1;
  // Where the title stands above the date and the recipients, the salutation under them ends the
  // front matter: every line between is short and no sentence of prose (an address, a date).
  let headerAfterTitle = false;
  if (salutation < 0) {
    let after = end + 1;
    while (after < searchLimit && !startsWithAny(lines[after]!.text, rules.salutations) && (lines[after]!.text === '' || addressLike(lines[after]!.text))) after++;
    if (after < lines.length && startsWithAny(lines[after]!.text, rules.salutations) && lines[after]!.text.length < 120) {
      headerAfterTitle = dated < 0 && after > end + 1 && lines.slice(end + 1, after).some((line) => line.text !== '');
      salutation = after;
      bodyStart = after + 1;
    }
  }
  return {
    front: {
      header: headerAfterTitle ? lines.slice(end + 1, salutation) : lines.slice(firstOfPage, salutation >= 0 && salutation < title ? salutation : title),
      salutation: salutation >= 0 ? lines[salutation]! : null,
      title: lines.slice(title, end + 1),
    },
    bodyStart,
  };
}

/** Where a line greets the reader with a letter's title close after it (within TITLE_AFTER_SALUTATION lines), as a letter's start does: the title's line, or -1. */
function titleAfterGreeting(lines: Line[], i: number, rules: LayoutRules): number {
  if (!greetsReader(lines[i]!.text, rules)) return -1;
  const title = lines.slice(i + 1, i + 1 + TITLE_AFTER_SALUTATION).findIndex((line) => startsWithAny(line.text, rules.titles));
  return title < 0 ? -1 : i + 1 + title;
}

/** A salutation past the first `from` lines with a title close after it, [salutation, title]; [-1, -1] when there is none. */
function startPastCover(lines: Line[], from: number, rules: LayoutRules): [number, number] {
  for (let i = from; i < lines.length; i++) {
    const title = titleAfterGreeting(lines, i, rules);
    if (title >= 0) return [i, title];
  }
  return [-1, -1];
}

function pagesOf(lines: Line[]): PageRange {
  return [lines[0]!.page, lines[lines.length - 1]!.page];
}

function spanOf(lines: Line[]): Span {
  return [lines[0]!.start, lines[lines.length - 1]!.end];
}


/** The rule of a section the rules do not know: prose, kept as narrative. */
const OTHER_RULE: SectionRule = {
  kind: 'other', stance: 'narrative', form: 'prose', subheadings: false, instruction: false, titled: false, bare: false, layout: null,
  headings: [], headingPatterns: [], prefixes: [], contains: [], none: [],
};

/**
 * Whether a PDF sets its section headings in a heavier face than its body, judged on the lines
 * that are its known headings. Where most are not (a letter in one weight throughout, bold or
 * regular, its headings perhaps larger), weight tells nothing: a line in the body's face and size
 * may still be a sub-heading, and is taken as unknown, as in text (a larger line is still set apart).
 * Nor does it set a line apart where most of the letter's lines are in the heavier face (a letter
 * set nearly all in bold, its opening regular; whole bullets in bold): a heavy line of the body's
 * size is then taken as unknown too, to be told by how it stands (a line in the lighter face is
 * still body text).
 */
function withEmphasisShown(lines: Line[], rules: LayoutRules): Line[] {
  let headings = 0;
  let heavier = 0;
  let heavyLines = 0;
  let laidOut = 0;
  for (const line of lines) {
    if (line.layout === null) continue;
    laidOut++;
    if (line.layout.heavier) heavyLines++;
    if (!startsUpper(line.text) || matchHeading(line.text, rules)?.exact !== true) continue;
    headings++;
    if (line.layout.heavier) heavier++;
  }
  if (heavyLines * 2 > laidOut) return lines.map((line) => (line.layout?.heavier === true && !line.layout.larger ? { ...line, emphasis: null } : line));
  if (headings < 2 || heavier * 2 >= headings) return lines;
  return lines.map((line) => (line.emphasis === false ? { ...line, emphasis: null } : line));
}

/**
 * The size a PDF sets its section headings in (the most common among its known ones that are set
 * larger than the body), where it sets sub-headings smaller: there a line the rules do not know,
 * set at that size, is a section of its own even inside a section that has sub-headings. Null
 * where the letter shows no such difference (many set both alike).
 */
function sectionHeadingSize(blocks: Block[]): number | null {
  const sizes = new Map<number, number>();
  for (const block of blocks) {
    const layout = block.lines[0]!.layout;
    if (block.type === 'heading' && !block.rule.titled && layout?.larger) sizes.set(layout.size, (sizes.get(layout.size) ?? 0) + 1);
  }
  const [size, count] = [...sizes].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0, 0];
  if (count < 2) return null;
  const smallerSubheadings = blocks.some((block) => block.type === 'subheading' && block.lines[0]!.layout !== null && block.lines[0]!.layout.size * LARGER < size);
  return smallerSubheadings ? size : null;
}

/**
 * Where an annex opens after the sign-off and its signatures: the first line set as the letter's
 * known section headings are (larger than its body, at their size and weight) and shaped as a heading; a
 * signatory's name, however bold, is set at the body's size. -1 where there is none (in text,
 * which shows no sizes, an annex stays with the signatures).
 */
function annexStart(lines: Line[], signoff: number, bodyLines: Line[], rules: LayoutRules): number {
  const headings = bodyLines.flatMap((line) => (line.layout?.larger === true && matchHeading(line.text, rules) !== null ? [line.layout] : []));
  if (headings.length === 0) return -1;
  const setAsHeading = (layout: LineLayout) => headings.some((heading) => Math.abs(heading.size - layout.size) < 0.5 && heading.heavier === layout.heavier);
  return lines.findIndex((line, i) => i > signoff && line.layout?.larger === true && setAsHeading(line.layout) && headingCandidate(line.text) !== null);
}

export function segment(letter: LetterText, rules: LayoutRules): Segmented {
  const lines = withEmphasisShown(splitLines(letter), rules);
  const { front, bodyStart } = findFrontMatter(lines, rules);
  let bodyEnd = lines.length;
  for (let i = bodyStart; i < lines.length; i++) {
    if (startsWithAny(lines[i]!.text, rules.signoffs)) {
      bodyEnd = i;
      break;
    }
  }
  // A table of contents at the body's top names the sections to come: it opens none of them.
  const allBodyLines = lines.slice(Math.max(bodyStart, 0), bodyEnd);
  const contents = contentsList(allBodyLines, rules);
  const bodyLines = contents.size === 0 ? allBodyLines : allBodyLines.filter((line) => !contents.has(line));
  const firstText = bodyLines.find((line) => line.text !== '');
  const lastText = [...bodyLines].reverse().find((line) => line.text !== '');
  const body: Span = firstText && lastText ? [firstText.start, lastText.end] : [0, 0];
  const hasJtaiOpening = hasOpening(bodyLines.slice(0, 12), rules);
  // Words a typesetter broke at a line's end with a hyphen, told from the letter's own words.
  const splitWord = splitWordsOf(letter.text, letter.softBreaks);

  // An annex after the signatures ("Annex: list of agencies inspected") is read as the body is.
  const annex = bodyEnd < lines.length ? annexStart(lines, bodyEnd, bodyLines, rules) : -1;
  const annexLines = annex < 0 ? [] : lines.slice(annex);
  const built = buildBlocks([...bodyLines, ...annexLines], rules, new Set(letter.footnotes.map((note) => note.page)), letter.pageTopBlankLines);
  const blocks = notesApart(built.blocks);
  const leftEdges = leftEdgesOf(bodyLines);
  const summaryRule = rules.sections.find((rule) => rule.kind === 'summary');
  // The titled sections: case studies, whose notes ("All names are pseudonyms.") may stand apart from their text.
  const studies = new Set(rules.sections.filter((candidate) => candidate.titled).map((candidate) => candidate.kind));
  const sectionSize = sectionHeadingSize(blocks);
  const atSectionSize = (block: Block) => sectionSize !== null && block.lines.every((line) => line.layout !== null && line.layout.size * LARGER >= sectionSize);
  // A list's sub-heading groups items: one that heads only prose, after the list's items, heads a
  // section of its own ("Recent changes in the area" after the strengths' bullets).
  const headsProseAfterItems = (index: number, kind: SectionKind) => {
    if (!((lastBulletStart.get(kind) ?? -1) >= (section as Section | null)!.span[0])) return false;
    let prose = false;
    for (let at = index + 1; at < blocks.length; at++) {
      const next = blocks[at]!;
      if (next.type === 'heading' || next.type === 'subheading') break;
      if (isItem(next)) return false;
      prose = true;
    }
    return prose;
  };
  const sections: Section[] = [];
  const findings: DraftFinding[] = [];
  // Where the latest finding opens, and the latest bullet of each kind of section: "has this
  // section a finding yet?" asked at every heading without a walk over every finding so far.
  let lastFindingStart = -1;
  // The block of the last finding (a quotation set in under it is its own words).
  let lastFindingBlock = -1;
  const lastBulletStart = new Map<SectionKind, number>();
  const unknownHeadings: UnknownHeading[] = [];
  const parts: Part[] = [];

  let rule: SectionRule | null = summaryRule ?? null;
  let section: Section | null = null;
  let subsection: string | null = null;
  let topGlyph: string | null = null;
  // The items of the list open at the last item, outermost first: a bullet's parent is among them.
  let openItems: OpenItem[] = [];
  let leadIn: string | null = null;
  // The lead-in leads paragraphs (a list with no glyphs), not bullets.
  let paragraphsLedIn = false;
  // Findings since the section or sub-section opened: a colon leads paragraphs only before any.
  let findingsUnderHeading = 0;
  // A case study boxed in the middle of a section: the section it interrupted, to go back to.
  let interrupted: { rule: SectionRule; heading: string } | null = null;
  let boxedSection = false;
  // A study's heading set above its box, outside it: the study is boxed if its text opens in a box.
  let boxMayFollow = false;
  // The last cell of a table's header row (or a heading that repeated its section), where the
  // block just before was one: a bold cell right of it on its baseline is the row's next cell.
  let rowCell: Line | null = null;

  const openSection = (kind: SectionKind, heading: string | null, title: string | null, lines: Line[]) => {
    section = { kind, heading: heading ?? '', title, none: false, pages: pagesOf(lines), span: spanOf(lines), subsections: [] };
    sections.push(section);
    subsection = null;
    topGlyph = null;
    openItems = [];
    leadIn = null;
    paragraphsLedIn = false;
    findingsUnderHeading = 0;
  };
  const extend = (lines: Line[]) => {
    if (!section) return;
    section.span = [section.span[0], lines[lines.length - 1]!.end];
    section.pages = [section.pages[0], lines[lines.length - 1]!.page];
  };

  blocks.forEach((block, index) => {
    if (block.type === 'heading' && section !== null && (section as Section).kind === block.rule.kind &&
      ((!block.rule.titled && lastFindingStart < (section as Section).span[0]) || continuesHeading(joinLines(block.lines.map((line) => line.text))))) {
      // The section's own kind again before any of its findings ("Priority action" heading a table
      // under "Areas for priority action"), or its heading marked as continued at a page's top
      // ("Key strengths (continued)"): it repeats the heading, and opens no section.
      extend(block.lines);
      parts.push({ kind: 'heading', span: spanOf(block.lines) });
      rowCell = block.lines[block.lines.length - 1]!;
      return;
    }
    // A table's header row ("Action | Owner"; "Priority action | Who should act" after such a
    // heading): column labels, heading nothing, neither a sub-heading nor a finding.
    const besideCell = rowCell;
    rowCell = null;
    if (boldCells(block) && ((besideCell !== null && onSameBaseline(besideCell, block.lines[0]!)) || opensHeaderRow(blocks, index))) {
      extend(block.lines);
      parts.push({ kind: 'heading', span: spanOf(block.lines) });
      rowCell = rowEnd(block.lines);
      return;
    }
    if (block.type === 'heading') {
      // A boxed study straight after another goes back to the section the first one interrupted.
      const stillInterrupted = block.rule.titled && boxedSection ? interrupted : null;
      interrupted = block.rule.titled && rule && section && rule.subheadings ? { rule, heading: (section as Section).heading } : stillInterrupted;
      rule = block.rule;
      boxedSection = block.lines[0]!.layout?.boxed === true;
      boxMayFollow = interrupted !== null && !boxedSection;
      openSection(block.rule.kind, joinLines(block.lines.map((line) => line.text)), block.title, block.lines);
      parts.push({ kind: 'heading', span: spanOf(block.lines) });
      return;
    }
    if (!section || !rule) {
      if (!summaryRule) return;
      rule = summaryRule;
      openSection('summary', null, null, block.lines);
    }
    if (boxMayFollow && block.lines[0]!.layout?.boxed === true) boxedSection = true;
    if (interrupted && boxedSection && block.lines[0]!.layout?.boxed === false) {
      // The end of a boxed case study (a box drawn apart from the page): the interrupted section goes on.
      rule = interrupted.rule;
      openSection(interrupted.rule.kind, interrupted.heading, null, block.lines);
      interrupted = null;
      boxedSection = false;
    }
    // Every block from here on is a finding, a sub-heading or title, a lead-in, a "none" sentence or a note.
    const current = section as Section;
    const currentRule = rule as SectionRule;
    extend(block.lines);
    if (block.type === 'subheading') parts.push({ kind: 'heading', span: spanOf(block.lines) });
    // A case study's title: the short line straight after its heading, set apart as a heading is
    // where the PDF shows how it is set (a first sentence in body type that lacks its full stop is
    // text); in text with no layout, a short line with no sentence's end.
    const setApart = block.lines.every((line) => line.emphasis !== false);
    const titleLike = block.type === 'subheading' ||
      (block.type === 'paragraph' && block.lines.length === 1 && setApart && !endsSentence(block.lines[0]!.text) && block.lines[0]!.text.length < 100);
    if (titleLike && currentRule.titled && blocks[index - 1]?.type === 'heading') {
      if (block.type !== 'subheading') parts.push({ kind: 'heading', span: spanOf(block.lines) });
      current.title = joinLines(block.lines.map((line) => line.text));
      return;
    }
    boxMayFollow = false;
    if (block.type === 'subheading' && currentRule.titled && interrupted && lastFindingStart >= current.span[0]) {
      // A sub-heading after a boxed case study's text: the interrupted section goes on.
      rule = interrupted.rule;
      openSection(interrupted.rule.kind, interrupted.heading, null, block.lines);
      interrupted = null;
    }
    if (block.type === 'subheading' && (!(rule as SectionRule).subheadings || atSectionSize(block) ||
      ((rule as SectionRule).form === 'list' && headsProseAfterItems(index, current.kind)))) {
      // A heading the rules do not know, where this section has no sub-headings, where it is set
      // as the letter's sections are, or where it heads prose after a list's items: a section of
      // its own (kind "other"), never folded into the one before.
      const heading = joinLines(block.lines.map((line) => line.text));
      rule = OTHER_RULE;
      openSection('other', heading, null, block.lines);
      unknownHeadings.push({ text: heading, page: block.lines[0]!.page, span: spanOf(block.lines), keptIn: 'other' });
      return;
    }
    if (block.type === 'subheading') {
      const current = section as unknown as Section;
      subsection = joinLines(block.lines.map((line) => line.text));
      current.subsections.push(subsection);
      leadIn = null;
      paragraphsLedIn = false;
      findingsUnderHeading = 0;
      if (!(rule as SectionRule).subheadings) {
        unknownHeadings.push({ text: subsection, page: block.lines[0]!.page, span: spanOf(block.lines), keptIn: current.kind });
      }
      return;
    }
    // A note opening "* " ("* Pseudonym used ...", answering a "Samantha*" in its study) is read as a bullet by its
    // asterisk: the asterisk is the note's own mark, so a block whose lines as printed are a note keeps it (only a '*'
    // glyph can: isPseudonymNote reads an asterisk or the words first).
    const printed = block.type === 'bullet' && block.glyph === '*' ? joinLines(block.lines.map((line) => line.text), splitWord) : '';
    const text = block.type === 'bullet'
      ? (isPseudonymNote(printed) ? printed : joinLines([block.lines[0]!.text.slice(block.glyphLength), ...block.lines.slice(1).map((line) => line.text)], splitWord))
      : joinLines(block.lines.map((line) => line.text).map((t, i) => (i === 0 ? t.slice(itemLabel(block.lines[0]!)?.length ?? 0) : t)), splitWord);
    const normalised = normaliseHeading(text.slice(0, PHRASE_WINDOW));
    if (currentRule.none.some((phrase) => normalised.startsWith(phrase))) {
      current.none = true;
      parts.push({ kind: 'lead-in', span: spanOf(block.lines) });
      return;
    }
    if (isNote(text)) {
      // "All names are pseudonyms", or a stray opening quote: the section's note, never a finding. A
      // pseudonym note last on its page in a section that is no study, a study having ended on that
      // page above it, was set at the page's foot under the text that followed the study: the study
      // did not end there, so the note is not its closing line but its note at the foot (plain
      // pdftotext sets that note straight under the page's last line).
      const page = block.lines[block.lines.length - 1]!.page;
      const lastOnPage = (blocks[index + 1]?.lines[0]!.page ?? Infinity) > page;
      const pageStart = letter.pageStarts[page - 1] ?? 0;
      const studyAbove = !currentRule.titled && lastOnPage && isPseudonymNote(text)
        ? sections.findLast((candidate) => candidate !== current && studies.has(candidate.kind) && candidate.span[1] >= pageStart)
        : undefined;
      ((studyAbove ?? current).notes ??= []).push(text);
      parts.push({ kind: 'note', span: spanOf(block.lines) });
      return;
    }
    const quoting = findings.at(-1);
    if (quoting && lastFindingBlock === index - 1 && quoting.text.endsWith(':') && quotedUnder(block, blocks[index - 1]!)) {
      // Someone's words set in on both sides under a finding that leads to them ("One young person
      // told inspectors:"): the finding's own words, in their place, never a finding of their own.
      quoting.text = `${quoting.text} ${text}`;
      quoting.span = [quoting.span[0], spanOf(block.lines)[1]];
      quoting.pages = [quoting.pages[0], block.lines[block.lines.length - 1]!.page];
      lastFindingBlock = index;
      return;
    }
    const nextBlock = blocks[index + 1];
    const introduces = INTRODUCES.test(text);
    // A list whose items have no glyph (each a paragraph) is led in only before its first item, by
    // a colon or by saying the list follows ("... below.", as bullets are: helper 8bd): a colon
    // later on introduces a quote within a finding.
    const leadsParagraphs = introduces && nextBlock?.type === 'paragraph' && findingsUnderHeading === 0;
    // In a list, an item opened by its number or letter ("1.", "(a)") is an item as a bullet is.
    const listItem = block.type === 'bullet' || (currentRule.form === 'list' && isItem(block));
    if (!listItem && currentRule.form === 'list' && ((introduces && nextBlock !== undefined && isItem(nextBlock)) || leadsParagraphs)) {
      leadIn = text;
      paragraphsLedIn = leadsParagraphs;
      parts.push({ kind: 'lead-in', span: spanOf(block.lines) });
      return;
    }
    let parentIndex: number | null = null;
    if (listItem) {
      // A number's or letter's style stands for its glyph: "(a)" items set under a bullet's text nest under it.
      const mark = block.type === 'bullet' ? block.glyph : labelStyle(block.lines[0]!);
      if (topGlyph === null && block.type === 'bullet') topGlyph = block.glyph;
      const followsItem = blocks[index - 1] !== undefined && isItem(blocks[index - 1]!);
      const depth = followsItem ? depthAmong(openItems, mark, block.lines[0]!, topGlyph ?? mark, leftEdges) : 0;
      parentIndex = depth > 0 ? openItems[depth - 1]!.finding : null;
      openItems = [...openItems.slice(0, depth), { finding: findings.length, glyph: mark, line: block.lines[0]! }];
    } else {
      openItems = [];
    }
    // A paragraph of its own ends the list its lead-in introduced: a later list is not led in by it.
    if (!listItem && !paragraphsLedIn) leadIn = null;
    // A sub-bullet under a bullet that introduces it ("for children who go missing:") reads on from
    // that bullet, and that bullet from its own lead-in: both, joined, are the sub-bullet's lead-in.
    const parent = parentIndex === null ? null : findings[parentIndex]!;
    const ledBy = parent && INTRODUCES.test(parent.text) ? [parent.leadIn, parent.text].filter((part) => part !== null).join(' ') : leadIn;
    findingsUnderHeading++;
    lastFindingBlock = index;
    const span = spanOf(block.lines);
    lastFindingStart = Math.max(lastFindingStart, span[0]);
    if (listItem) lastBulletStart.set(current.kind, Math.max(lastBulletStart.get(current.kind) ?? -1, span[0]));
    findings.push({
      section: current.kind,
      subsection,
      stance: currentRule.stance,
      form: listItem ? 'bullet' : 'paragraph',
      text,
      pages: pagesOf(block.lines),
      span,
      parentIndex,
      leadIn: listItem || paragraphsLedIn ? ledBy : null,
    });
  });

  // A section's note set small at a page's foot, out of the text (so that a paragraph runs on over
  // the page past it). Where its marker stood in the text ("Hannah*" for "*Pseudonym used ..."), the
  // section holding the marker holds the note: the page says which text the note closes. Else a
  // pseudonym note is a study's, so a study (a titled section) on that page holds it where one
  // stands there (a study that ended above the section at the foot): the last that ends on the page
  // (a study running on to the next page has its note at that page's foot), else the last there;
  // else the section at that page's foot.
  const markers = [...(letter.noteMarkers ?? [])];
  const undecidedNotes: UndecidedNote[] = [];
  for (const removal of letter.removed) {
    if (removal.kind !== 'note') continue;
    const pageStart = letter.pageStarts[removal.page - 1] ?? 0;
    const footOfPage = (letter.pageStarts[removal.page] ?? letter.text.length) - 1;
    const marker = markers.findIndex((candidate) => candidate.page === removal.page);
    const offset = marker < 0 ? null : markers.splice(marker, 1)[0]!.offset;
    const marked = offset === null ? undefined : sections.find((candidate) => candidate.span[0] <= offset && offset <= candidate.span[1]);
    const onPage = sections.filter((candidate) => studies.has(candidate.kind) && candidate.span[0] <= footOfPage && candidate.span[1] >= pageStart);
    const study = onPage.findLast((candidate) => candidate.span[1] <= footOfPage) ?? onPage.at(-1);
    const holder = marked ?? (isPseudonymNote(removal.text) ? study : undefined) ?? sections.findLast((candidate) => candidate.span[0] <= footOfPage);
    if (holder) (holder.notes ??= []).push(removal.text);
    // With no marker, two studies ending on the page could each be the one the note closes: the rule's choice is kept, and
    // said, so that a reader can check it (helper 8cd).
    const ending = onPage.filter((candidate) => candidate.span[1] <= footOfPage);
    if (marked === undefined && holder !== undefined && holder === study && ending.length > 1) {
      undecidedNotes.push({ page: removal.page, text: removal.text, studies: ending.map((candidate) => candidate.heading), holder: holder.heading });
    }
  }
  const bodyText = letter.text.slice(body[0], body[1]);
  // The letter around the body: date, recipients, salutation and title; the sign-off and signatures.
  const frontLines = [...front.header, ...(front.salutation ? [front.salutation] : []), ...front.title];
  for (const line of frontLines) if (line.text !== '') parts.push({ kind: 'metadata', span: [line.start, line.end] });
  for (const line of contents) parts.push({ kind: 'contents', span: [line.start, line.end] });
  const signoff = lines[bodyEnd];
  // After the signatures: an annex headed as the letter's sections are is read as the body is;
  // without one, pages that open with no signatory are no part of the letter (an appendix).
  const after = signoff && annex < 0 ? pagesAfterSignatures(lines, bodyEnd, rules) : -1;
  const signaturesEnd = annex >= 0 ? lines.slice(bodyEnd, annex).findLast((line) => line.text !== '')!.end : after >= 0 ? lines[after]!.start : letter.text.length;
  if (signoff) parts.push({ kind: 'metadata', span: [signoff.start, signaturesEnd] });
  const firstPage = lines[0]?.page ?? 1;
  const lastPage = lines.at(-1)?.page ?? 1;
  const letterStart = frontLines[0];
  const outside = {
    before: letterStart !== undefined && letterStart.page > firstPage ? [firstPage, letterStart.page - 1] as PageRange : null,
    after: after < 0 ? null : [lines[after]!.page, lastPage] as PageRange,
  };
  return {
    front,
    body,
    sections,
    findings,
    unknownHeadings,
    parts,
    contents: [...contents].map((line) => ({ kind: 'contents', page: line.page, text: line.text.trim() })),
    bodyChars: nonSpaceLength(bodyText),
    hasJtaiOpening,
    signedOff: signoff !== undefined,
    outside,
    undecidedJoins: built.undecidedJoins,
    undecidedEnds: built.undecidedEnds,
    lineJoins: built.lineJoins,
    undecidedNotes,
  };
}

/** A table of contents' own title ("Contents", "Table of contents"). */
const CONTENTS_TITLE = /^(?:table of )?contents:?$/i;
/** A contents entry: its words, then its page's number at the line's end, after dot leaders or a gap. */
const CONTENTS_ENTRY = /^(.*?\S)(\s*\.{2,}\s*|\s+)(\d{1,3})$/;
/** The fewest entries that make a table of contents. */
const MIN_CONTENTS_ENTRIES = 3;
/** How far short of the page's right edge a number set right may end, in points. */
const RIGHT_SET = 2;

/**
 * A table of contents at the top of the body, before the first section: a run of lines (under a
 * "Contents" line, if any) each naming a section heading that the letter sets again later on a
 * line of its own, each with its page's number at its end, after dot leaders or set right at the
 * page's text edge (in a PDF; in text, after a gap). Its lines, or none.
 */
function contentsList(bodyLines: Line[], rules: LayoutRules): Set<Line> {
  let i = bodyLines.findIndex((line) => line.text !== '');
  if (i < 0) return new Set();
  const taken: Line[] = [];
  if (CONTENTS_TITLE.test(bodyLines[i]!.text.trim())) taken.push(bodyLines[i++]!);
  const named: string[] = [];
  for (; i < bodyLines.length; i++) {
    const line = bodyLines[i]!;
    if (line.text === '') {
      if (named.length === 0) continue;
      break;
    }
    const entry = CONTENTS_ENTRY.exec(line.text.trim());
    if (entry === null) break;
    const leaders = entry[2]!.includes('.');
    const setRight = line.layout === null || line.layout.end >= line.layout.right - RIGHT_SET;
    if (!(leaders || setRight) || matchHeading(entry[1]!, rules) === null) break;
    taken.push(line);
    named.push(entry[1]!);
  }
  if (named.length < MIN_CONTENTS_ENTRIES) return new Set();
  const later = new Set(bodyLines.slice(i).map((line) => line.text.trim()));
  return named.every((heading) => later.has(heading)) ? new Set(taken) : new Set();
}

/** How many of a page's first lines show that its signatures run on to it. */
const SIGNATURE_PAGE_LINES = 3;

/**
 * The first line of the pages after a letter's signatures (an appendix, an action plan), or -1.
 * The signatures stand on the sign-off's page and may run on to the pages after it, each of those
 * opening with a signatory (a role, "Director" or "Inspector", or an inspectorate's name, in its
 * first lines); the first page after the sign-off's that opens with none is no letter's, nor is
 * any after it.
 */
function pagesAfterSignatures(lines: Line[], signoff: number, rules: LayoutRules): number {
  const signatory = (text: string) => SIGNATORY_ROLE.test(text) || rules.inspectorates.some((rule) => rule.pattern.test(text));
  for (let i = signoff + 1; i < lines.length; i++) {
    if (lines[i]!.page === lines[i - 1]!.page) continue;
    const opening: Line[] = [];
    for (let j = i; j < lines.length && lines[j]!.page === lines[i]!.page && opening.length < SIGNATURE_PAGE_LINES; j++) if (lines[j]!.text.trim() !== '') opening.push(lines[j]!);
    if (opening.length > 0 && !opening.some((line) => signatory(line.text))) return i;
  }
  return -1;
}


/** Whether a line stands on another's baseline, right of it (the next cell of a table's row). */
/**
 * A block quote under `above`: a paragraph whose every line stands at least a tab's quarter inch
 * (QUOTE_INSET) further in than `above`'s words and stops at least as far short of the page's
 * right edge, shown either by a line that wrapped there (two lines or more) or by an opening quote.
 * A page shows it; text with no positions does not.
 */
function quotedUnder(block: Block, above: Block): boolean {
  if (block.type !== 'paragraph' || block.lines.some((line) => line.layout === null) || above.lines.some((line) => line.layout === null)) return false;
  const aboveText = smallest(above.lines.map((line) => line.layout!.textX - line.layout!.margin));
  const setIn = block.lines.every(({ layout }) => layout!.x - layout!.margin >= aboveText + QUOTE_INSET && layout!.right - layout!.end >= QUOTE_INSET);
  return setIn && (block.lines.length >= 2 || /^['"\u2018\u201C]/.test(block.lines[0]!.text));
}
/** How far in from both sides a block quote stands at least (a quarter inch). */
const QUOTE_INSET = 18;

function onSameBaseline(line: Line, other: Line): boolean {
  return line.page === other.page && line.layout !== null && other.layout !== null && Math.abs(line.layout.y - other.layout.y) < 1 && other.layout.x >= line.layout.end - 1;
}

/** Whether a line stands under another at its x, a line's step or so below: a table cell's text wrapping onto its next line. */
function wrapsUnder(line: Line, above: Line): boolean {
  return line.page === above.page && line.layout !== null && above.layout !== null && Math.abs(line.layout.x - above.layout.x) < 1 &&
    above.layout.y > line.layout.y && above.layout.y - line.layout.y <= line.layout.lineStep * 1.5;
}

/** A row's lines on its first line's baseline (its cells' first lines, left to right): the last is where the next cell would start. */
function rowEnd(lines: Line[]): Line {
  return lines.filter((line) => line === lines[0] || onSameBaseline(lines[0]!, line)).at(-1)!;
}

/**
 * Whether a block is cells of one bold row: no heading nor bullet, each line bold, each after the
 * first either the next cell (on the row's baseline, right of the cells before) or a cell's text
 * wrapping (under a line before it, at its x).
 */
function boldCells(block: Block): boolean {
  if (block.type === 'heading' || block.type === 'bullet') return false;
  return block.lines.every((line, i) => line.layout?.heavier === true &&
    (i === 0 || onSameBaseline(rowEnd(block.lines.slice(0, i)), line) || block.lines.slice(0, i).some((above) => wrapsUnder(line, above))));
}

/**
 * Whether the block at `index` opens a table's header row: it and the blocks after it are bold
 * cells side by side on one baseline, two or more (a cell may wrap onto lines under it), and the
 * row under them has cells side by side too (a cell on its first line's baseline, right of it),
 * as a drawn table's rows do. A bold line alone on its baseline (a sub-heading, a table's row of
 * one merged cell, a heading over two lines) opens none.
 */
function opensHeaderRow(blocks: Block[], index: number): boolean {
  const row = [...blocks[index]!.lines];
  let next = index + 1;
  while (next < blocks.length && boldCells(blocks[next]!) && onSameBaseline(rowEnd(row), blocks[next]!.lines[0]!)) pushAll(row, blocks[next++]!.lines);
  const cells = row.filter((line) => line === row[0] || onSameBaseline(row[0]!, line));
  if (cells.length < 2 || next >= blocks.length) return false;
  // The row under: its cells may read as one block or as a block each.
  const first = blocks[next]!.lines[0]!;
  const under = [...blocks[next]!.lines.slice(1), ...(blocks[next + 1]?.lines ?? [])];
  // Or the page read both as a table's rows (drawn, or cells side by side on its rows): the row
  // under may show its left cell alone, its right one carried on with it over a page break.
  return under.some((line) => onSameBaseline(first, line)) || (row[0]!.layout?.tableRow === true && first.layout?.tableRow === true);
}
