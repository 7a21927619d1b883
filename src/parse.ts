import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { excerpt, JtaiError } from './errors.js';
import { grouped } from './render/words.js';
import { cleanPages, extract, readSource } from './extract/index.js';
import { accountFor, MAX_METADATA_CHARS } from './segment/accounting.js';
import { pageOf } from './segment/lines.js';
import { areaDoubt, dateDoubt, dateSource, dueDoubt, rangeCaution, rangeDoubt, readMetadata } from './segment/metadata.js';
import { firstPageNumber, greetsReader, hasJtaiTitleOrOpening, mayBePartOfLetter, namesJtai, partOfLetter, secondLetterStart, startsPastCover, looksLikePlainPdftotext, segment, type DraftFinding, type LetterPart, type Segmented } from './segment/sections.js';
import { defaultRules, withoutModel, type Rules } from './rules.js';
import { themesOf } from './tag/learned.js';
import { letterContext, tagText, tokenize } from './tag/match.js';
import type { ExtractedPages, Finding, Footnote, Layout, LetterMetadata, LetterText, ParseResult, SectionKind, Source } from './types.js';
import { stopPoint } from './stop-point.js';
import { singleSpaced } from './text/spaces.js';
import { schemaVersion, tool } from './version.js';
import { firstAtOrAfter, pushAll } from './long-arrays.js';

// The pipeline for one letter: extract -> segment -> (tag) -> a ParseResult of plain data.

export interface ParseOptions {
  /** Rules to use; the package's own (rules/) when not given. */
  rules?: Rules;
  /** Put the cleaned text, which every span points into, in the result. */
  includeText?: boolean;
  /** Let the learned layer correct the theme rules (default true; it applies only to the theme rules it was trained with). Off, the output's rules.hash says so. */
  model?: boolean;
  /**
   * Once aborted, stops the parse at its next stop point (between a PDF's pages, between the stages,
   * every few findings as they are tagged), with the signal's reason (a time limit's JtaiError, say).
   */
  signal?: AbortSignal;
  /**
   * The parse runs on the main thread, where only its stop points can stop it: a PDF page of far
   * more text than a letter's is not put together here (ParseInThread is thrown; see extractPdf).
   */
  mainThread?: boolean;
  /** Leave every finding's agencies and themes empty, for tagFindings to fill in later (run/thread.ts). */
  untagged?: boolean;
}

const SECTION_CODES: Record<SectionKind, string> = {
  summary: 'SU',
  'key-strengths': 'KS',
  'areas-for-improvement': 'AI',
  'priority-actions': 'PA',
  'case-study-practice': 'CP',
  'case-study-improvement': 'CI',
  'headline-findings': 'HF',
  'what-needs-to-improve': 'WI',
  strengths: 'ST',
  'main-findings': 'MF',
  'next-steps': 'NS',
  context: 'CX',
  partnership: 'LP',
  other: 'OT',
};

function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * The source's name as outputs record it, whatever spelling named it (`x.pdf`, `./x.pdf`, its
 * absolute path, a path through a symbolic link to the working folder): relative to the working
 * folder when inside it, else absolute; forward slashes. So a CI checkout in another place, or
 * reached through a link, writes the same bytes.
 */
export function recordedSourceName(file: string): string {
  if (file === '-') return file;
  const absolute = resolve(file);
  // As spelled first (a file in a linked sub-folder keeps its path), then by where its folder really
  // is, against where the working folder really is: the shell's $PWD may be a link to it.
  const inside = insideOf(process.cwd(), absolute) ?? insideOf(realPath(process.cwd()), join(realPath(dirname(absolute)), basename(absolute)));
  const name = (inside ?? absolute).split(sep).join('/');
  // A file named "-" in the working folder is recorded as ./-, never as "-", which is standard input.
  return name === '-' ? './-' : name;
}

/** `path` relative to `folder` when it is inside it (a file named "..x" included), else null. */
function insideOf(folder: string, path: string): string | null {
  const inside = relative(folder, path);
  const outside = inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside);
  return outside ? null : inside;
}

const realPath = (path: string): string => {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
};

/** A document's title, as the first line to say what it is (an inspection, a report), or its first line; null when it has no text. */
function titleOf(letter: LetterText): string | null {
  const lines = letter.text.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
  const telling = lines.findIndex((line, index) => index < 40 && line.length > 3 && /\b(?:inspection|report|review|letter)\b/i.test(line));
  const start = telling >= 0 ? telling : lines.findIndex((line) => line.length > 3);
  return start < 0 ? null : titleFrom(lines, start);
}

/**
 * A sentence's end in a line: a full stop, question or exclamation mark (a closing quote or bracket
 * after it) ending the line, or before the next sentence's capital or number. Not the full stop of
 * an abbreviation: after one letter ("J. Smith", "e.g. ") or a capital and one or two small
 * letters ("St. Helens", "Dr. Jones"); so a title that names St. Helens is not prose.
 */
const SENTENCE_ENDS = /(?:[!?]|(?<!(?:^|[\s.(])(?:\p{L}|\p{Lu}\p{Ll}{1,2}))\.)["'”’)]?(?:$|\s+(?=["'‘“(]?[\p{Lu}\d]))/u;

/**
 * How pages with no title show that they were cut from inside a document: their first page is
 * numbered past 1, or what would be their title is prose (it starts in lower case, or a sentence
 * ends in it or with it; only in pages, since a text with no pages may be a whole note with no
 * title), unless a line greets its reader: a letter of another kind opens so ("Dear Jane", then
 * "This letter summarises ..."), at its start, as partOfLetter takes it. Null when they show neither.
 */
function cutFromInside(letter: LetterText, paged: boolean, rules: Rules['layout']): string | null {
  const firstPage = firstPageNumber(letter) ?? 1;
  if (firstPage > 1) return `its first page is numbered ${firstPage}`;
  const title = titleOf(letter);
  if (!paged || title === null || !(/^\p{Ll}/u.test(title) || SENTENCE_ENDS.test(title))) return null;
  if (letter.text.split('\n').some((line) => greetsReader(line.trim(), rules))) return null;
  return `it opens in the middle of its text ("${excerpt(letter.text.trim().split('\n')[0]!.trim(), 60)}")`;
}

/** What a document that is not a JTAI letter seems to be, for the message: its title, quoted whole, or how it shows it was cut from inside a document. */
function describeOther(letter: LetterText, paged: boolean, rules: Rules['layout']): string {
  const title = titleOf(letter);
  if (title === null) return 'found no text that reads as a letter';
  const cut = cutFromInside(letter, paged, rules);
  if (cut !== null) {
    return `it has no title or opening, and ${cut}, as pages cut from inside a document do: nothing in it shows a JTAI letter's (no section heading that only a letter has, nor its sign-off by the inspectorates); if it is part of a JTAI letter, give the whole letter in one file`;
  }
  return `its title reads "${excerpt(title, 120)}", but it has neither a JTAI letter's title ("Joint targeted area inspection of ...") nor its opening`;
}

/** Whether an input shows its pages (a PDF, or a text with page breaks), so that it can be cut at one. */
const inPages = (pages: ExtractedPages): boolean => pages.format === 'pdf' || pages.pages.length > 1;

/** A later or middle part of a letter, for the message: which part, and what shows it, so that the user sees why. */
function describePart(part: LetterPart): string {
  const page = part.firstPage === null ? '' : `, and its first page is numbered ${part.firstPage}`;
  const headings = part.headings.slice(0, 3).map((heading) => `"${excerpt(heading, 60)}"`).join(', ');
  const shown = part.headings.length === 0 ? '' : `a JTAI letter's section headings (${headings}${part.headings.length > 3 ? ', ...' : ''})`;
  if (part.position === 'middle') return `this looks like a middle part of a letter, neither its start nor its end: it has ${shown}, but no title or opening, and no sign-off${page}`;
  const signOff = part.signatories >= 2 ? 'its sign-off by the inspectorates' : 'its sign-off ("Yours sincerely"), its signatures cut off';
  return `this looks like a later part of a letter, not its start: it has ${shown === '' ? signOff : `${shown} and ${signOff}`}, but no title or opening${page}`;
}

/**
 * A letter's start cut short before its first section, for the message: it has the title (or
 * opening) and front matter, but no section heading and no sign-off.
 */
function describeFirstPart(segmented: Segmented): string {
  const start = segmented.front.title.length > 0 ? `a JTAI letter's title ("${excerpt(segmented.front.title.map((line) => line.text).join(' '), 80)}")` : "a JTAI letter's opening";
  return `this looks like the start of a letter cut short, not a whole one: it has ${start}, but no section heading and no sign-off ("Yours sincerely"), so its findings are on the pages that follow`;
}

/** Words a title does not end on: a line that ends on one runs on to the next. */
const RUNS_ON = /\b(?:and|or|of|for|in|on|to|the|a|an|with|by|at|from)$/i;

/** A title set over several lines (each its own paragraph in a PDF's text): the line, and the lines that carry it on (they start in lower case). */
function titleFrom(lines: string[], start: number): string {
  let title = lines[start]!;
  for (let next = start + 1; next < Math.min(lines.length, start + 6) && /^\p{Ll}/u.test(lines[next]!); next++) title += ` ${lines[next]}`;
  // A title cut off in the middle (its next line not read) says so, rather than ending on "and".
  return RUNS_ON.test(title) ? `${title.replace(/\s*\S+$/, '')}…` : title;
}

function recogniseLayout(segmented: Segmented, rules: Rules['layout']): Layout | null {
  const layoutOf = (kind: SectionKind) => rules.sections.find((rule) => rule.kind === kind)?.layout ?? null;
  // A layout is recognised by its section headings; the later letters' opening sentence only
  // settles a tie (a letter with no known heading has no layout, whatever its opening).
  if (!segmented.sections.some((section) => section.kind !== 'summary')) return null;
  const layouts = segmented.sections.map((section) => layoutOf(section.kind));
  const later = layouts.filter((layout) => layout === '2022+').length;
  const earlier = layouts.filter((layout) => layout === '2016-2020').length;
  if (later === earlier) return segmented.hasJtaiOpening || later > 0 ? '2022+' : '2016-2020';
  return later > earlier ? '2022+' : '2016-2020';
}

/**
 * A finding longer than this is text run together, not a finding: the longest in 44 real letters
 * (fixtures and /work/shared, PDF and text) is 1,776 characters (Medway 2018, AI-5fe71fa6).
 */
export const MAX_FINDING_CHARS = 8_000;

/** Findings tagged between two stop points: a letter's hundred take a few, a long text's thousands many. */
const FINDINGS_PER_STOP = 16;

/** Stable ids (from the letter's area and date, the section and the text, never from the run); agencies and themes empty, for tagFindings. */
function toFindings(drafts: DraftFinding[], metadata: LetterMetadata, text: LetterText): Finding[] {
  const seen = new Map<string, number>();
  const ids = drafts.map((draft) => {
    const key = [metadata.area ?? '', metadata.date ?? '', draft.section, singleSpaced(draft.text)].join('\n');
    const base = `${SECTION_CODES[draft.section]}-${sha256(key).slice(0, 8)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
  const footnotesOf = footnotesIn(text);
  return drafts.map((draft, index) => ({
    id: ids[index]!,
    section: draft.section,
    subsection: draft.subsection,
    stance: draft.stance,
    form: draft.form,
    parent: draft.parentIndex === null ? null : ids[draft.parentIndex]!,
    leadIn: draft.leadIn,
    text: draft.text,
    pages: draft.pages,
    span: draft.span,
    agencies: [],
    themes: [],
    ...footnotesOf(draft),
  }));
}

/** Tags a letter's findings in place, with the rules it was parsed with (their tags fill what toFindings left empty). */
export async function tagFindings(findings: Finding[], letterText: string, theme: string | null, rules: Rules, signal?: AbortSignal): Promise<void> {
  // The texts to be searched given (the findings' and their lists' lead-ins, whose parts are searched), for a run of one
  // input to search each rule by the patterns the letter may match (searchFor).
  const texts = findings.flatMap((finding) => (finding.leadIn ? [finding.text, finding.leadIn] : [finding.text]));
  const context = letterContext(rules.tagger, letterText, theme, texts);
  for (const [index, finding] of findings.entries()) {
    if (index % FINDINGS_PER_STOP === 0) await stopPoint(signal);
    const tokens = tokenize(finding.text);
    const found = tagText(rules.tagger, finding.text, context, tokens, finding.leadIn);
    finding.agencies = found.agencies;
    finding.themes = themesOf(rules.model, rules.tagger, finding.text, tokens, context, found.themes);
  }
}

/** For a finding, the footnotes whose marker stood in its text (as { footnotes } only when there are some). */
function footnotesIn(letter: LetterText): (draft: DraftFinding) => { footnotes?: Footnote[] } {
  // The notes by where their markers stood, so that each finding reads only its own (matching every
  // finding with every note took the square of their number: 15,000 of each, 16 s).
  const placed = letter.footnotes.flatMap((note, index) => (note.offset === null ? [] : [{ offset: note.offset, index }])).sort((a, b) => a.offset - b.offset || a.index - b.index);
  return (draft) => {
    const indexes: number[] = [];
    for (let k = firstAtOrAfter(placed, (note) => note.offset, draft.span[0]); k < placed.length && placed[k]!.offset <= draft.span[1]; k++) indexes.push(placed[k]!.index);
    // In the letter's order of notes, as before; a note cited twice in the finding's text (cleanPages lists it at each citation) once.
    const seen = new Set<string>();
    const notes = indexes.sort((a, b) => a - b).flatMap((index) => {
      const { marker, text, page } = letter.footnotes[index]!;
      const key = `${page}\n${marker}\n${text}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ marker, text, page }];
    });
    return notes.length > 0 ? { footnotes: notes } : {};
  };
}

/**
 * The line of the input file where the second letter's opening line stands: the read text has lost
 * lines (page furniture, blank runs), so its own line count is not the file's. The same line's
 * occurrence in the file, counted as in the read text; the read text's count if it is not found.
 */
function lineInSource(source: Source, read: string, second: { start: number; text: string }): number {
  const wanted = second.text.trim();
  const occurrence = read.slice(0, second.start).split('\n').filter((line) => line.trim() === wanted).length;
  const lines = new TextDecoder().decode(source.bytes).split(/\r\n|\r|\n/);
  let seen = 0;
  for (let i = 0; i < lines.length; i++) if (lines[i]!.trim() === wanted && seen++ === occurrence) return i + 1;
  return read.slice(0, second.start).split('\n').length;
}

/** Parses a letter already read into memory. Throws JtaiError for anything that is not a parsable letter. */
export async function parseSource(source: Source, options: ParseOptions = {}): Promise<ParseResult> {
  if (!(source?.bytes instanceof Uint8Array)) {
    const given = source?.bytes === undefined ? 'no bytes' : `bytes as ${Array.isArray(source.bytes) ? 'an array' : `a ${typeof source.bytes}`}`;
    throw new JtaiError('usage', `parseSource takes { file, bytes } with bytes a Uint8Array (a Buffer is one), not ${given}: encode a text with new TextEncoder().encode(text), or read a file with readSource(path)`, source?.file ?? null);
  }
  const given = options.rules ?? defaultRules();
  const rules = options.model === false ? withoutModel(given) : given;
  // The studies (the titled sections) are printed in boxes: extraction reads a box that starts with one's heading as the study.
  const studies = rules.layout.sections.filter((rule) => rule.titled);
  // The refusal a PDF's first pages earn when they are no letter's: due unless a letter starts past them.
  let openingRefusal: JtaiError | null = null;
  const { pages, text } = await extract(source, (firstPages) => {
    const opening = cleanPages(firstPages);
    // A PDF cut from inside a document (its first page numbered past 1, or opening mid-text), or
    // whose first pages have a JTAI letter's section heading or a sign-off, may be a letter's
    // later or middle part; one whose first pages name a JTAI may be a cover before its letter
    // (a board pack): read on, to its end. So is any other, for a cover that never names the JTAI
    // (a report to a board of three pages or more), until a letter's start is found: refused
    // as its first pages earned if none is.
    if (openingRefusal !== null) return startsPastCover(opening, rules.layout) ? (openingRefusal = null) : openingRefusal;
    const paged = inPages(firstPages);
    if (!hasJtaiTitleOrOpening(opening, rules.layout) && cutFromInside(opening, paged, rules.layout) === null && !mayBePartOfLetter(opening, rules.layout) && !namesJtai(opening, rules.layout)) {
      openingRefusal = new JtaiError('not-a-letter', describeOther(opening, paged, rules.layout), source.file);
    }
    return openingRefusal;
  }, studies, options.signal, options.mainThread);
  await stopPoint(options.signal);
  const secondLetter = secondLetterStart(text, rules.layout);
  if (secondLetter !== null) {
    const where = pages.format === 'pdf' ? `on page ${secondLetter.page}` : `at line ${lineInSource(source, text.text, secondLetter)}`;
    throw new JtaiError('several-letters', `a second letter starts ${where} ("${excerpt(secondLetter.text, 60)}"), after the first one is signed off`, source.file);
  }
  const segmented = segment(text, rules.layout);
  await stopPoint(options.signal);
  if (segmented.front.title.length === 0 && !segmented.hasJtaiOpening) {
    const part = partOfLetter(text, segmented, rules.layout);
    if (part !== null) throw new JtaiError('letter-part', describePart(part), source.file);
    throw new JtaiError('not-a-letter', describeOther(text, inPages(pages), rules.layout), source.file);
  }
  const layout = recogniseLayout(segmented, rules.layout);
  // A letter cut at a page before its first section: the pages show the cut, with no sign-off.
  if (layout === null && !segmented.signedOff && inPages(pages)) {
    throw new JtaiError('letter-part', describeFirstPart(segmented), source.file);
  }
  if (layout === null) {
    throw new JtaiError('no-sections', 'it reads as a JTAI letter, but none of its headings is a known section heading', source.file);
  }
  const letter = readMetadata(text, segmented.front, segmented.body, segmented.sections, layout, rules.layout);
  const findings = toFindings(segmented.findings, letter, text);
  if (!options.untagged) await tagFindings(findings, text.text, letter.theme, rules, options.signal);
  const accounting = accountFor(pages, text, segmented.findings, segmented.parts);
  await stopPoint(options.signal);
  const result: ParseResult = {
    schemaVersion,
    tool,
    source: { file: recordedSourceName(source.file), sha256: sha256(source.bytes), format: pages.format, pages: pages.pages.length },
    rules: { hash: rules.hash },
    letter,
    sections: segmented.sections,
    findings,
    unknownHeadings: segmented.unknownHeadings,
    removed: segmented.contents.length === 0 ? text.removed : [...text.removed, ...segmented.contents].sort((a, b) => a.page - b.page),
    coverage: { unassignedChars: accounting.unassigned.reduce((sum, entry) => sum + entry.chars, 0), bodyChars: segmented.bodyChars },
    accounting,
  };
  const warnings: string[] = [...(pages.warnings ?? [])];
  const runTogether = pages.format === 'text' && looksLikePlainPdftotext(text, pages.pages);
  if (runTogether) {
    warnings.push('the text looks like plain pdftotext output (or pdftotext -raw, or a copy from a PDF viewer), which runs paragraphs together: findings may be fewer and their ids differ; make it with pdftotext -layout, or parse the PDF');
  }
  if (pages.format === 'text' && pages.pages.length === 1) {
    warnings.push('the text has no page breaks (form feeds), so its pages are unknown: every finding is cited as p. 1; parse the PDF, or a text that starts each page with a form feed');
  }
  pushAll(warnings, pagesOutside(segmented));
  if (accounting.metadata > MAX_METADATA_CHARS) {
    warnings.push(`${grouped(accounting.metadata)} characters were read as metadata (front matter and what follows the sign-off; a letter has about 1,000): body text was taken for metadata, so the accounting is not balanced`);
  }
  const overlong = findings.filter((finding) => finding.text.length > MAX_FINDING_CHARS);
  if (overlong.length > 0) {
    const named = overlong.slice(0, 5).map((finding) => `${finding.id} (${grouped(finding.text.length)} characters)`).join(', ');
    const more = overlong.length > 5 ? ` and ${grouped(overlong.length - 5)} more` : '';
    warnings.push(`${overlong.length === 1 ? 'a finding is' : 'findings are'} over ${grouped(MAX_FINDING_CHARS)} characters, far longer than any in a real letter: ${named}${more}: the text may have run together (no line breaks or bullets, or tiny text in a PDF); check the input`);
  }
  pushAll(warnings, overlongLeadIns(findings, segmented, text));
  pushAll(warnings, undecidedJoinWarnings(findings, segmented));
  pushAll(warnings, undecidedEndWarnings(findings, segmented));
  if (runTogether) pushAll(warnings, lineJoinWarnings(findings, segmented));
  pushAll(warnings, undecidedNoteWarnings(segmented));
  // A letter cut short (a text pasted in part, a PDF saved without its last pages) reads as a
  // letter with fewer findings; its missing sign-off is what shows it.
  if (!segmented.signedOff) warnings.push('the letter has no sign-off ("Yours sincerely"): it may be cut short, its last pages or lines missing and their findings with them; check that the input is the whole letter');
  // An area or theme the letter's words do not give in a form jtai reads, or do not settle, is null, never a guess: say so.
  // The area is searched for in the title, the opening, the recipients' councils and the salutation.
  if (letter.area === null) warnings.push(`no area was found (area is null): ${areaDoubt(letter) ?? 'the title, the opening, the recipients and the salutation name none jtai reads'}`);
  const badRange = rangeDoubt(letter);
  if (badRange !== undefined) warnings.push(`the inspection's dates are null (inspectionStart and inspectionEnd): ${badRange}`);
  const earlyEnd = rangeCaution(letter);
  if (earlyEnd !== undefined) warnings.push(`the inspection's ${earlyEnd}`);
  const furnitureDate = dateSource(letter);
  if (furnitureDate !== undefined) warnings.push(furnitureDate);
  if (letter.date === null) warnings.push(`no letter date was found (date is null): ${dateDoubt(letter) ?? 'no line at the letter\'s head, nor alone at the foot of its first page, nor page furniture on most pages, gives a date on the calendar in a form jtai reads'}`);
  if (letter.theme === null) warnings.push('no deep-dive theme was found in the title or the opening (theme is null): its wording matches none of the deepDives in letter.yaml');
  if (letter.statementDue === null) {
    // A letter sets the deadline at its end, just before the sign-off: one cut short has lost it with its last pages.
    const twoDates = dueDoubt(letter);
    const cut = twoDates !== undefined ? `: ${twoDates}` : segmented.signedOff ? '' : ': a letter gives it at its end, before the sign-off, which this one lacks';
    warnings.push(`no deadline for the statement of action was found (statementDue is null)${cut}`);
  }
  if (warnings.length > 0) result.warnings = warnings;
  if (options.includeText) result.text = text.text;
  return result;
}

/**
 * A warning for each page break the page could not tell and that was joined (the text kept whole,
 * as one paragraph or item over the break): the new page, the finding that holds the join (or the
 * section, where the text joined is a lead-in or a note), and why the page could not tell. A reader
 * who sees a new paragraph there knows where the finding is two.
 */
function undecidedJoinWarnings(findings: Finding[], segmented: Segmented): string[] {
  return segmented.undecidedJoins.map(({ page, at, why }) =>
    `page ${page}'s first line was joined to the text before it ${joinedIn(findings, segmented, at)}, at a break the page cannot decide: ${why}; if a new paragraph starts there, the finding is two`);
}

/**
 * A warning for each page break the page could not tell that was ended (helper 8co), where a finding opens with the new
 * page's first line: that finding and the one before it, and why the page could not tell. A reader who sees the paragraph
 * run on there knows which two findings are one. (A break ended before a heading, a note or a lead-in parts no finding.)
 */
function undecidedEndWarnings(findings: Finding[], segmented: Segmented): string[] {
  return segmented.undecidedEnds.flatMap(({ page, at, why }) => {
    const k = firstAtOrAfter(findings, (each) => each.span[0], at);
    const [finding, before] = [findings[k], findings[k - 1]];
    // The finding opens on the new page's first line (its glyph or number taken off), after one of the same section.
    if (!finding || !before || finding.pages[0] !== page || finding.span[0] - at > 8 || before.section !== finding.section) return [];
    return [`page ${page}'s first line was taken as a new paragraph, ${finding.id} (${pagesNamed(finding.pages)}) after ${before.id} (${pagesNamed(before.pages)}), at a break the page cannot decide: ${why}; if the paragraph runs on there, the two findings are one`];
  });
}

/** Where a join at offset `at` lies: in the finding that holds it (its id and pages), or in a section's text that is no finding. */
function joinedIn(findings: Finding[], segmented: Segmented, at: number): string {
  // Findings and sections stand in the text's order: the last to start at or before the join (a binary search, so that a
  // letter of many pages and findings costs their sum, not their product).
  const finding = findings[firstAtOrAfter(findings, (each) => each.span[0], at + 1) - 1];
  const section = segmented.sections[firstAtOrAfter(segmented.sections, (each) => each.span[0], at + 1) - 1];
  return finding && at < finding.span[1] ? `in ${finding.id} (${pagesNamed(finding.pages)})` : `in ${section ? `the ${section.kind} section's text` : 'the text'}, not a finding`;
}

/**
 * In text that keeps no blank line between paragraphs (plain pdftotext, -raw), a warning for each line end within a page
 * joined though the next line's first word would fit on it in characters (Segmented.lineJoins): the line ends a sentence,
 * the next opens with a capital, and only a proportional font's widths, which the text does not show, made the line full.
 */
function lineJoinWarnings(findings: Finding[], segmented: Segmented): string[] {
  return segmented.lineJoins.map(({ page, at, first, room, measure }) =>
    `a line on page ${page} opening "${first}" was joined to the sentence ending the line before it ${joinedIn(findings, segmented, at)}, at a line end the text cannot decide: ` +
    `with "${first}" that line would be ${room} characters, within its run's longest line (${measure}) but not by the margin letters' widths need, and the text keeps no blank line between paragraphs; if a new paragraph starts there, the finding is two`);
}

/**
 * A warning for each pseudonym note at a page's foot that no marker in the text ties to a study, where two studies or more
 * end on that page: the note went to the last of them, which the page does not confirm; the reader is told the studies it
 * could close.
 */
function undecidedNoteWarnings(segmented: Segmented): string[] {
  return segmented.undecidedNotes.map(({ page, text, studies, holder }) => {
    const named = studies.map((heading) => `"${heading}"`);
    const listed = named.length === 2 ? `${named[0]} and ${named[1]}` : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
    return `the note "${text}" at the foot of page ${page} has no marker in the text, and ${studies.length === 2 ? 'two' : studies.length} studies end on that page (${listed}): it was given to the last, "${holder}", which the page does not show; check which study it closes`;
  });
}

/** Pages as words: "page 3", "pages 7-8". */
const pagesNamed = ([from, to]: [number, number]) => (from === to ? `page ${from}` : `pages ${from}-${to}`);

/**
 * A warning for the pages of the input that are no part of the letter (a board pack's cover
 * before it, an appendix after it), whose text is left unassigned: the letter is read from its
 * own pages, and the user sees that the file held more.
 */
function pagesOutside(segmented: Segmented): string[] {
  const { before, after } = segmented.outside;
  const warnings: string[] = [];
  if (before !== null) warnings.push(`${pagesNamed(before)} ${before[0] === before[1] ? 'comes' : 'come'} before the letter's start on page ${before[1] + 1} (its date, recipients and salutation): a cover or another document's pages, read as no part of the letter (their text is left unassigned); check that the letter is the one you meant`);
  if (after !== null) warnings.push(`${pagesNamed(after)} ${after[0] === after[1] ? 'comes' : 'come'} after the letter's sign-off and signatures: an appendix or another document's pages, read as no part of the letter (their text is left unassigned)`);
  return warnings;
}

/**
 * A warning for each lead-in over MAX_FINDING_CHARS, with its page: a lead-in stands in the tags
 * of every finding under it (an agency it names is each one's actor), so one that is text run
 * together tags them all. One warning a lead-in, at the first finding under it. (The longest
 * lead-in of the fixture and shared letters, 19 inputs, is 95 characters: Sefton 2019.)
 */
function overlongLeadIns(findings: Finding[], segmented: Segmented, text: LetterText): string[] {
  const warnings: string[] = [];
  findings.forEach((finding, index) => {
    if (finding.leadIn === null || finding.leadIn.length <= MAX_FINDING_CHARS || finding.leadIn === findings[index - 1]?.leadIn) return;
    // The lead-in is the last one read before the first finding under it.
    const part = segmented.parts.findLast((candidate) => candidate.kind === 'lead-in' && candidate.span[1] <= finding.span[0]);
    const page = part ? pageOf(part.span[0], text.pageStarts) : finding.pages[0];
    warnings.push(`a lead-in is over ${grouped(MAX_FINDING_CHARS)} characters, far longer than any in a real letter: on page ${page} (${grouped(finding.leadIn.length)} characters), before ${finding.id}: it stands in the tags of every finding under it, and the text may have run together (no line breaks or bullets, or tiny text in a PDF); check the input`);
  });
  return warnings;
}

export async function parseFile(file: string, options: ParseOptions = {}): Promise<ParseResult> {
  return parseSource(await readSource(file), options);
}
