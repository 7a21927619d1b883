import { endsWithSentence, LARGER, roomForFirstWord, roomInCharacters } from '../line-room.js';
import { MAX_HEADING_CHARS } from '../heading-forms.js';
import { matchHeading, type LayoutRules, type SectionRule } from './layout-rules.js';
import { bulletGlyph, endsSentence, firstWord, fullLine, itemLabel, joinLines, labelled, labelTextColumn, standsRightOf, startsLower, startsUpper, withoutSectionNumber, type Line } from './lines.js';
import { endsByLength, lengthOdds, paragraphLengthsOf, runFrom, sharesAWord, type ParagraphLengths } from './paragraph-lengths.js';
import { sentenceStarts, sentencesIn } from '../text/sentences.js';
import { largest, pushAll, smallest } from '../long-arrays.js';

// Body lines to blocks: headings, sub-headings, bullets and paragraphs. A block ends at a blank
// line (a vertical gap in a PDF), a heading, or a new bullet; a page break ends a block only
// where the text before it reads as finished.

export type Block =
  | { type: 'heading'; lines: Line[]; rule: SectionRule; title: string | null }
  | { type: 'subheading'; lines: Line[] }
  | { type: 'bullet'; lines: Line[]; glyph: string; glyphLength: number }
  | { type: 'paragraph'; lines: Line[] };

function lastLine(block: Block): Line {
  return block.lines[block.lines.length - 1]!;
}

/**
 * A known section heading: the whole line, capitalised; a looser match must also follow finished
 * text. A pattern's match must not be set in body type where the PDF shows how lines are set: a
 * body line may end in a partnership's name. (A prefix's match may: some letters set "Case study:
 * ..." in body type.) Nor may it run on into its next line as a sentence.
 */
function knownHeading(line: Line, previous: Line | null, next: Line | null, rules: LayoutRules) {
  if (!startsUpper(line.text)) return null;
  const match = matchHeading(line.text, rules);
  if (!match || match.exact) return match;
  if (match.pattern && line.emphasis === false) return null;
  // A sentence may open with a partnership's name and run on, with no gap, in lower case ("The
  // Testshire Safeguarding Children Partnership / has a clear plan"): text, not its heading.
  if (match.pattern && next !== null && line.emphasis !== true && /^[a-z(]/.test(next.text)) return null;
  const afterFinished = previous === null || previous.text === '' || endsSentence(previous.text);
  return afterFinished ? match : null;
}

/**
 * Whether a short line's last character shows it is text, not a heading: sentence punctuation at
 * its end. A line set apart (bold or larger) may still end in a full stop, a question mark or a
 * colon, as some letters set their sub-headings ("The front door.", "How well are children
 * helped?", "Leadership and management:"), so long as no sentence ends inside it.
 */
function endsAsText(text: string, setApart: boolean): boolean {
  if (setApart && /[^.?:][.?:]["'\u2019\u201D)\]]*$/.test(text)) return sentenceStarts(text).length > 0;
  return /[.,;:!?]["'\u2019\u201D)\]]*$/.test(text);
}

/**
 * A heading the rules do not know: a short capitalised line that stands alone, with no
 * sentence punctuation at its end, after finished text and before a new sentence or bullet.
 * `following` is the next line of text (after any gap): a heading heads text. `measure` is the
 * line's run's measure in characters (text with no layout; runMeasures).
 */
function looksLikeHeading(line: Line, previous: Line | null, next: Line | null, following: Line | null, rules: LayoutRules, measure: number): boolean {
  const text = line.text;
  // Where the PDF shows how the line is set, a heading is set apart (bold or larger): a short
  // line in body type that lacks a full stop is text, not a heading.
  if (line.emphasis === false) return false;
  // Where it does not (text, or a letter set in one weight), a short line that ends its section
  // (a last paragraph that lacks its full stop) heads nothing.
  if (line.emphasis === null && (following === null || matchHeading(following.text, rules) !== null)) return false;
  if (text.length > 90 || text.split(' ').length > 12 || !/^[A-Z]/.test(withoutSectionNumber(text))) return false;
  if (endsAsText(text, line.emphasis === true) || bulletGlyph(text) || labelled(line)) return false;
  if (/^(?:[A-Z][a-z]+ ){0,3}[A-Z][a-z]+,/.test(text)) return false;
  const afterFinished = previous === null || previous.text === '' || endsSentence(previous.text);
  if (!afterFinished) return false;
  if (next === null || next.text === '') return true;
  if (startsLower(next.text)) return false;
  // Where no weight tells, a line with no room for the next line's first word was wrapped by a
  // typesetter, not ended by its writer: a paragraph's first line cut short before a word too
  // long to fit on it (an e-mail address), no heading.
  if (line.emphasis === null && bulletGlyph(next.text) === null && (line.layout !== null && next.layout !== null ? fullLine(line, next) : line.layout === null && next.layout === null && !roomInCharacters(text, next.text, measure))) return false;
  // Followed directly by text: a heading is much shorter than the full line after it.
  return bulletGlyph(next.text) !== null || text.length < next.text.length * 0.6;
}

/**
 * Whether a line is a heading's second line: set as the heading is (its size and weight, set
 * apart), straight under it at no more than a line's step for its size, on its page, where the
 * heading's line had no room left for this line's first word (a typesetter wrapped it; a heading
 * that stops with room to spare was ended there, and what follows in its face is another line).
 */
function wrapsHeading(heading: Line, line: Line): boolean {
  const [above, below] = [heading.layout, line.layout];
  if (!above || !below || line.emphasis !== true || heading.page !== line.page || bulletGlyph(line.text) || labelled(line)) return false;
  if (Math.abs(above.size - below.size) > 0.5 || above.heavier !== below.heavier) return false;
  const step = above.y - below.y;
  if (step <= 0 || step > 1.6 * above.size) return false;
  return !roomForFirstWord(above.end, above.right, { text: line.text, x: below.x, end: below.end });
}

/**
 * Whether a line with no glyph or number stands at an item's text indent, right of its glyph (a
 * bullet) or of its number (a numbered paragraph set with a hanging indent): the item goes on.
 */
function continuesItem(item: Block, line: Line): boolean {
  const first = item.lines[0]!.layout;
  const layout = line.layout;
  if (!isItem(item)) return false;
  if (!first || !layout || line.emphasis === true || labelled(line) || bulletGlyph(line.text)) return false;
  return layout.x > first.x + 3 && Math.abs(layout.x - first.textX) <= 2.5;
}

/**
 * Whether a line is set apart from another: heavier, or larger. (Each page judges emphasis against
 * its own body: in a letter set mostly in small type, body type on a page of small type is larger
 * than the letter's body, and no more set apart from the body type of the next page than it is.)
 */
function setApartFrom(line: Line, other: Line): boolean {
  if (!line.layout || !other.layout) return true;
  return (line.layout.heavier && !other.layout.heavier) || line.layout.size > other.layout.size * LARGER;
}

/** A bullet, or a paragraph opened by its number or letter: a list's item. */
export function isItem(block: Block): boolean {
  return block.type === 'bullet' || (block.type === 'paragraph' && labelled(block.lines[0]!));
}

/**
 * Whether a line ends the item before it though no space stands between them: it stands left of
 * the item's text, where the glyph or number is, and the item hangs (its second line stands at its
 * text indent). A run-in number's text wraps to the margin, so an item of one line cannot tell by
 * itself: an earlier bullet of its list (the bullets before it, with its glyph, at its glyph's and
 * text's x) shows how the list's items wrap.
 */
function leavesItem(item: Block, line: Line, blocks: Block[]): boolean {
  const first = item.lines[0]!.layout;
  const layout = line.layout;
  if (!isItem(item) || !first || !layout || first.textX < first.x + 3 || layout.x >= first.textX - 3) return false;
  const hangs = (each: Block) => {
    const [own, second] = [each.lines[0]!.layout, each.lines[1]?.layout];
    return own !== null && second !== undefined && second !== null && Math.abs(own.x - first.x) <= 2.5 && Math.abs(second.x - first.textX) <= 2.5;
  };
  if (item.lines.length > 1) return hangs(item);
  if (item.type !== 'bullet') return false;
  for (let i = blocks.lastIndexOf(item) - 1; i >= 0; i--) {
    const earlier = blocks[i]!;
    if (earlier.type !== 'bullet' || earlier.glyph !== item.glyph) return false;
    if (earlier.lines.length > 1) return hangs(earlier);
  }
  return false;
}

/**
 * Whether a block set apart throughout (bold or larger) and shaped as a heading ends before a line
 * in body type that follows it with no space between them: a sub-heading whose space under it was
 * not kept (some templates set none). Its last line was ended by the writer, with room left for the
 * next line's first word: a bold run-in that wraps into body type mid-sentence fills its line.
 */
function headingEndsBeforeText(block: Block, next: Line): boolean {
  if (block.type !== 'paragraph' || isItem(block) || next.emphasis !== false || !startsUpper(next.text)) return false;
  if (!block.lines.every((line) => line.emphasis === true && setApartFrom(line, next)) || !headingShaped(block.lines)) return false;
  return !fullLine(lastLine(block), next);
}

/**
 * At a page break, does the block end? A heading that wraps (set apart throughout, bold or larger)
 * ends before body type. Where the PDF shows it, a first-line indent or a paragraph's space kept at
 * the top of the new page starts a new paragraph, and a line at a list item's text indent goes on
 * with the item. A last line that is unfinished, or a lower-case start, joins, but in a PDF for an
 * unfinished line with room for the next page's first word twice over within its paragraph's own
 * width, before a capital (its writer left the full stop out; not in a box). A finished last line short of the measure ends the block. A finished
 * last line that is full is the ambiguous case: a sentence can end at a line's end inside a
 * paragraph as well as at its end. There the new page's first words that lean on what came before
 * ("However", "This", "As a result") go on. Then, in prose, the room left at the foot of the page
 * before: a page that had room for another line and more ended a paragraph (a line that ran on
 * would have fitted); a page filled to its foot goes on (a sentence ends at a full line inside a
 * paragraph more often than a paragraph ends in a full line). On a page with footnotes the body
 * ends above them: its room is measured from the notes' top against how far above their notes full
 * pages end. Where the foot is not known (a letter too short to show where full pages end),
 * anything else starts a paragraph, so the errors, where the page cannot tell, do not all fall one
 * way. A page ending with a paragraph's first line is judged the same way. (Text without positions
 * judges a line full by its length against the paragraph's longest line, and a full one as a page
 * filled to its foot: the letter's paragraph lengths decide, as text shows no room; a block of one
 * line against the width the letter's lines usually reach.)
 */
function endsAtPageBreak(block: Block, lines: Line[], index: number, page: PageEdges, continuations: string[]): { ends: boolean; undecided: string | null } {
  const [ends, row] = readPageBreak(block, lines, index, page, continuations);
  const undecided = (ends ? UNDECIDED_ENDS : UNDECIDED_JOINS)[row];
  if (pageBreakObserver) {
    const last = lastLine(block);
    const next = lines[index]!;
    const odds = page.paragraphLengths !== null && block.type === 'paragraph' ? letterLengthsOdds(block, lines, index, page.paragraphLengths) : null;
    const topGap = next.layout !== null && page.usualTop !== null ? page.usualTop - next.layout.y : null;
    const shortBy = last.layout !== null ? last.layout.right - last.layout.end : null;
    pageBreakObserver({ last, next, blockType: block.type, row, ends, before: block.lines, after: lines.slice(index, index + 6),
      odds, room: roomAtFoot(last, page), topGap, shortBy, paragraphGap: page.paragraphGap });
  }
  return { ends, undecided: undecided === undefined ? null : undecided.replace('{first}', firstWord(lines[index]!.text)) };
}

/**
 * Where a paragraph's lines end at the foot of a page: the end of its widest line on the page of
 * its last, where it has two lines or more there (a typesetter fills a paragraph's lines to within
 * a word of its measure). A single line shows no measure of its own: null (a bold lead-in run into
 * its paragraph, alone at a page's foot and short of the page's edge, goes on over the page).
 */
function paragraphRight(block: Block, last: Line): number | null {
  const ends = block.lines.flatMap((line) => (line.page === last.page && line.layout !== null ? [line.layout.end] : []));
  return ends.length >= 2 ? largest(ends) : null;
}

/** What decided a page break, and which way (endsAtPageBreak's rows, named as in tests/layout-notes.md's table). */
function readPageBreak(block: Block, lines: Line[], index: number, page: PageEdges, continuations: string[]): [boolean, PageBreakRow] {
  const next = lines[index]!;
  const usualTop = page.usualTop;
  const last = lastLine(block);
  if (continuesItem(block, next) || runsOnToNextNumber(block, lines, index) || rowRunsOn(block, lines, index)) return [false, 'item or row runs on'];
  // A heading that wraps, left at a page's foot (set apart throughout, shaped as a heading), does
  // not run on into body type: its gap below was lost to the page break. A bold lead-in that runs
  // on mid-sentence has a sentence end inside it, and a list item is no heading.
  const setApart = block.lines.every((line) => line.emphasis === true && setApartFrom(line, next));
  if (setApart && next.emphasis === false && startsUpper(next.text) && !isItem(block) && block.type === 'paragraph' && headingShaped(block.lines)) return [true, 'heading at the foot'];
  const indent = block.type === 'paragraph' ? firstLineIndent(block, lines, index) : null;
  if (indent !== null && indent > 8 && endsSentence(last.text)) return [true, 'first-line indent'];
  // A letter whose paragraphs open indented: a line at the paragraph's edge goes on with it, unless
  // the page before ended a sentence short of the measure (a quote, a table or a box's text may open
  // the new page at the edge).
  const endedShort = endsSentence(last.text) && last.layout !== null && next.layout !== null && !fullLine(last, next);
  if (indent !== null && indent <= 8 && page.indentsFirstLines && !endedShort) return [false, 'no indent where the letter indents'];
  // A paragraph's space before it, kept at the top of the new page: its first line stands lower
  // than pages usually start, by more than 0.6 of a line or by most of the letter's own space
  // between paragraphs (Word's "6 pt after" is under half a line: 0.75 of it, and 2.5 pt at least,
  // more than pages' tops stray).
  const layout = next.layout;
  const ownSpace = page.paragraphGap !== null && layout !== null ? Math.max(2.5, 0.75 * (page.paragraphGap - layout.lineStep)) : Infinity;
  const gapAtTop = layout !== null && usualTop !== null && usualTop - layout.y > Math.min(layout.lineStep * 0.6, ownSpace);
  if (gapAtTop && endsSentence(last.text) && startsUpper(next.text)) return [true, 'space at the top'];
  // A last line that had room for the next page's first word, a capital, was ended by its writer though no full stop ends
  // it (a summary paragraph "... at the right level of support" printed 272 pt short of the measure). Room for the word
  // twice over: cut mid-sentence, a line is short by the next word's width alone, and the estimate runs short on a word
  // in capitals ("(HSCB)" after "... Children Board" in page-breaks' Hampshire on tall pages, split with room once over).
  // The room is the paragraph's own (paragraphRight): a quote set narrower, or a page whose table row or long address
  // sets the page's right edge further out, leaves a line cut mid-sentence short of that edge. A box's text, and a line
  // alone on its page (no measure of its own), are left to the rows below.
  const ownRight = block.type === 'paragraph' && last.layout && !last.layout.boxed ? paragraphRight(block, last) : null;
  if (!endsSentence(last.text) && startsUpper(next.text) && ownRight !== null && !fullLine(last, next, 2, ownRight)) return [true, 'room on an unfinished last line'];
  // The same in text, in columns (endColumn): a paragraph's unfinished last line with room twice over for the next page's
  // first word, a capital, within the paragraph's own lines on its page (two or more) was ended by its writer: a heading
  // of two lines left at a page's foot, its bold face lost in text (helper 8cf).
  if (!endsSentence(last.text) && startsUpper(next.text) && block.type === 'paragraph' && roomOnUnfinishedInText(block, last, next)) return [true, 'text: room on an unfinished last line'];
  if (!endsSentence(last.text) || !startsUpper(next.text)) return [false, 'no sentence ends'];
  if (last.layout && next.layout) {
    if (!fullLine(last, next)) return [true, 'room on the last line'];
    if (leansOnWhatCameBefore(next.text, continuations)) return [false, 'leans back'];
    if (block.type !== 'paragraph') return [true, 'not prose'];
    const room = roomAtFoot(last, page);
    if (room !== null && room >= ROOM_FOR_A_LINE) return [true, 'room at the foot'];
    // Filled to the foot, or the foot not known: the letter's own paragraph lengths.
    return page.paragraphLengths !== null ? [endsByLetterLengths(block, lines, index, page.paragraphLengths), 'lengths'] : [room === null, 'too few paragraphs'];
  }
  if (block.lines.length === 1) {
    // A block of one line shows no measure of its own; the letter's lines do: a line short of the
    // width they usually reach by more than the next page's first word was ended by its writer; a
    // full one goes on to the signs below, as a longer block's does. Where too few lines show the
    // width, it ends there.
    const width = page.text.lineWidth;
    if (width === null || last.indent === null) return [true, 'text: one line'];
    if (last.indent + last.text.length + 1 + firstWord(next.text).length < width - 2) return [true, 'text: room within the letter\'s width'];
  } else {
    // Where the block's lines reach, in columns (their indent and length, as lineWidthInText counts): a hanging item's first
    // line starts at its glyph, two columns or more left of its wrapped lines, so its length alone overstated the item's
    // measure, and a full last line read as short by the glyph's columns (helper 8cf). Plain text's lines all start at 0.
    // And short of every word the block's own lines refused (a line that ran on mid-sentence): -layout's columns follow the
    // page's widths only roughly (Sefton's item at 720 pt: a line ending at column 82 refused "emotional", 92, where another
    // reaches 96), so a last line with the next word no longer than a refused one shows no room (helper 8cf).
    const measure = largest(block.lines.map((line) => endColumn(line)));
    const room = endColumn(last) + 1 + firstWord(next.text).length;
    // In plain text (its lines' columns known, none standing in) a paragraph's first line may have lost a first-line
    // indent, so the word it refused says less of the measure: its refusal is passed over (helper 8cg).
    const plainText = last.indent !== null && !page.text.columns;
    // And where the text shows too few paragraphs by blank lines to weigh their lengths (plain text of a letter that sets
    // no space between paragraphs keeps no blank line there), a last line after a sentence's end may be a paragraph's first
    // line, short by an indent the text lost: room within the margin letters' widths need (roomInCharacters) tells nothing
    // there, and the rows below weigh the break (joined as 'text: too few paragraphs', warned; helper 8ch).
    const before = block.lines.at(-2);
    const firstLineMaybe = plainText && page.paragraphLengths === null && before !== undefined && before.page === last.page &&
      endsSentence(before.text) && !roomInCharacters(last.text, next.text, measure);
    if (!firstLineMaybe && room < measure - 2 && room < refusedInText(block, plainText)) return [true, 'text: room on the last line'];
  }
  // A full line. pdftotext -layout shows some of what a PDF does, in blank lines and columns: a
  // paragraph's space kept at the new page's top (more blank lines under the head's furniture than
  // pages usually have), a first-line indent, and where an item's wrapped lines stand.
  const top = page.text.topBlankLines[next.page - 1] ?? null;
  if (top !== null && page.text.usualTop !== null && top > page.text.usualTop) return [true, 'text: space at the top'];
  if (block.type === 'paragraph') {
    const indent = firstLineIndentInText(block, lines, index);
    if (indent !== null && indent >= 2 && indent <= TEXT_INDENT_MOST) return [true, 'text: first-line indent'];
    if (indent !== null && indent <= 1 && page.text.indentsFirstLines) return [false, 'text: no indent where the letter indents'];
  } else {
    if (hangsOnInText(block, next)) return [false, 'text: item runs on'];
    if (leavesItemInText(block, lines, index)) return [true, 'text: leaves the item'];
    if (overNextItemInText(block, lines, index)) return [true, 'text: a line over the next item'];
  }
  // Text shows no room at a page's foot that tells (the blank lines over a page number at the foot
  // vary by one on full pages): in prose, as in a PDF filled to its foot, a sentence that refers
  // back goes on and the letter's own paragraph lengths decide the rest.
  if (block.type !== 'paragraph') return [false, 'text: not prose'];
  if (page.paragraphLengths === null) return [false, 'text: too few paragraphs'];
  if (leansOnWhatCameBefore(next.text, continuations)) return [false, 'text: leans back'];
  return [endsByLetterLengths(block, lines, index, page.paragraphLengths), 'text: lengths'];
}

/**
 * In text, whether a paragraph's last line on its page left room twice over for the next line's first word, against the
 * paragraph's own lines on that page (two or more, in columns), as paragraphRight and fullLine read a PDF's.
 */
function roomOnUnfinishedInText(block: Block, last: Line, next: Line): boolean {
  if (last.layout !== null || next.layout !== null) return false;
  const ends = block.lines.filter((line) => line.page === last.page).map(endColumn);
  if (ends.length < 2) return false;
  return endColumn(last) + 2 * (1 + firstWord(next.text).length) < largest(ends) - 2;
}

/**
 * In text, the shortest a line of the block would have been with its next line's first word, where the line ran on mid-sentence (the typesetter refused the word): in columns, Infinity where none did.
 * `exceptFirst`: not the block's first line, which in plain text may have stood indented, shorter than the measure by an
 * indent the text does not show (the notes census's plain text with first lines indented 18 pt: six paragraph ends at a
 * page's foot read as joined while it counted; helper 8cg).
 */
function refusedInText(block: Block, exceptFirst: boolean): number {
  let refused = Infinity;
  for (let i = 0; i + 1 < block.lines.length; i++) {
    const [line, next] = [block.lines[i]!, block.lines[i + 1]!];
    if (line.page !== next.page || endsSentence(line.text)) continue;
    if (exceptFirst && i === 0) continue;
    refused = Math.min(refused, endColumn(line) + 1 + firstWord(next.text).length);
  }
  return refused;
}

/** The column a text's line ends at: its indent (0 where none is known) and its length. */
function endColumn(line: Line): number {
  return (line.indent ?? 0) + line.text.length;
}

/** Further in than this many columns, a page's first line is another column's text or a quote's, not a paragraph's first-line indent (about 4 ems at 11 pt, as opensIndented reads a PDF). */
const TEXT_INDENT_MOST = 12;

/**
 * In text, how many columns a page's first line stands in from its paragraph's edge: the paragraph's
 * lines after its first, and the line under it on its page (each page's columns count from its
 * leftmost line). Null where no edge is shown.
 */
function firstLineIndentInText(block: Block, lines: Line[], index: number): number | null {
  const [next, under] = [lines[index]!, lines[index + 1]];
  const edges = block.lines.slice(1).map((line) => line.indent);
  if (under !== undefined && under.page === next.page && under.text !== '' && !bulletGlyph(under.text)) edges.push(under.indent);
  const shown = edges.filter((edge): edge is number => edge !== null);
  return next.indent === null || shown.length === 0 ? null : next.indent - smallest(shown);
}

/**
 * Whether text opens its prose paragraphs with a first-line indent: of the lines that open a
 * paragraph (after a blank line, with the paragraph's next line under them; no glyph or number), most
 * stand two columns or more in from the line under them (and no further than an indent stands).
 */
function indentsFirstLinesInText(lines: Line[]): boolean {
  let opened = 0;
  let indented = 0;
  for (let i = 1; i + 1 < lines.length; i++) {
    const [before, line, under] = [lines[i - 1]!, lines[i]!, lines[i + 1]!];
    if (before.text !== '' || line.text === '' || under.text === '' || line.indent === null || under.indent === null || under.page !== line.page) continue;
    if (bulletGlyph(line.text) || bulletGlyph(under.text) || labelled(line)) continue;
    opened++;
    if (line.indent - under.indent >= 2 && line.indent - under.indent <= TEXT_INDENT_MOST) indented++;
  }
  return opened >= 3 && indented >= opened * 0.8;
}

/**
 * Whether, in text, the new page's first line stands where a hanging item's wrapped lines stand
 * (within a column: pdftotext -layout rounds positions, and sets some pages a column further in),
 * right of its glyph: the item runs on, as a PDF's continuesItem reads it. A wrapped item hangs only
 * where its wrapped lines stand two columns or more right of its first (a one-line bullet's words
 * always do). Null indents tell nothing.
 */
function hangsOnInText(item: Block, next: Line): boolean {
  const [first, textColumn] = [item.lines[0]!, itemTextColumn(item)];
  if (first.indent === null || textColumn === null || next.indent === null) return false;
  return textColumn >= first.indent + 2 && Math.abs(next.indent - textColumn) <= 1;
}

/**
 * In text, the column an item's wrapped lines stand at: its last line's, where it has wrapped; for
 * a bullet of one line, where its words start after its glyph (labelTextColumn: a glyph hangs, and
 * its item's next line stands under its words). A number's text may run in, wrapping to the margin:
 * a numbered item of one line shows no column. Null where no indent shows (a PDF).
 */
function itemTextColumn(item: Block): number | null {
  const [first, wrapped] = [item.lines[0]!, lastLine(item)];
  if (item.lines.length > 1) return wrapped.indent;
  return item.type !== 'bullet' ? null : labelTextColumn(first);
}

/**
 * Whether, in text, the new page's first line stands left of a hanging item's wrapped lines (two
 * columns or more: where its glyph, or the margin, is), so the item ends there, as a PDF's
 * leavesItem reads it. Only where the new page shows some line two columns or more right of its first:
 * a page whose every line stands at one column (a page of the item's own wrapped lines) counts its
 * columns from there, and tells nothing.
 */
function leavesItemInText(item: Block, lines: Line[], index: number): boolean {
  const [first, textColumn, next] = [item.lines[0]!, itemTextColumn(item), lines[index]!];
  if (first.indent === null || textColumn === null || next.indent === null) return false;
  if (textColumn < first.indent + 2 || next.indent > textColumn - 2) return false;
  for (let i = index + 1; i < lines.length && lines[i]!.page === next.page; i++) {
    if ((lines[i]!.indent ?? -Infinity) >= next.indent + 2) return true;
  }
  return false;
}

/**
 * Whether, in text, the new page's first line stands over the next item where no column told (plain pdftotext's lines
 * all stand at the margin, so no indent tells an item's wrapped lines from a line set over the list): the item before the
 * break ended a sentence, and the new page opens with a line, a capital first, that ends no sentence and is followed
 * straight away by a new item's glyph. A line that went on with the item would leave the item unfinished, with no full
 * stop, where its sentences had one; such a line is a sub-heading or a lead-in set over the list (Liverpool's "Responses to children missing and at risk of sexual
 * exploitation" opening page 5 at 842 pt, its bold face and the space under it lost in plain text; helper 8ch).
 */
function overNextItemInText(item: Block, lines: Line[], index: number): boolean {
  const [next, after] = [lines[index]!, lines[index + 1]];
  if (next.layout !== null || next.indent === null || after === undefined || after.page !== next.page || after.text === '') return false;
  if (!isItem(item) || endsSentence(next.text) || bulletGlyph(next.text) !== null || labelled(next)) return false;
  return bulletGlyph(after.text) !== null;
}

/**
 * Whether a row of a table of cells side by side runs on over a page break: the new page opens,
 * outside any table (a new row would open one there), with a line set in the column of one of the
 * row's cells that ran to the row's foot, filling that column and no wider (a long cell wrapping
 * on; text after the table runs to the page's measure, or stops short). Or where the extractor
 * carried the row's right cell over the break after its left cell's lines that go on there.
 */
function rowRunsOn(block: Block, lines: Line[], index: number): boolean {
  const layout = lines[index]!.layout;
  const page = lastLine(block).page;
  const row = block.lines.filter((line) => line.page === page && line.layout?.tableRow === true);
  if (layout === null || lastLine(block).layout?.tableRow !== true) return false;
  // The extractor saw the row's left cell go on here and carried its right cell over with it.
  if (cellCarriedOn(lines, index)) return true;
  if (layout.tableRow || new Set(row.map((line) => Math.round(line.layout!.x))).size < 2) return false;
  const cell = row.filter((line) => Math.abs(line.layout!.x - layout.x) <= 2);
  if (cell.length === 0) return false;
  const cellEnd = largest(cell.map((line) => line.layout!.end));
  const ranToFoot = smallest(cell.map((line) => line.layout!.y)) <= smallest(row.map((line) => line.layout!.y)) + 1;
  return ranToFoot && layout.end <= cellEnd + 2 && layout.end >= layout.x + (cellEnd - layout.x) * 0.75;
}

/** Whether the block opening a page at `index` holds a table row's cell carried on from the page before (see LineLayout's `carriedOn`). */
function cellCarriedOn(lines: Line[], index: number): boolean {
  for (let i = index; i < lines.length && lines[i]!.page === lines[index]!.page && lines[i]!.text.trim() !== ''; i++) {
    if (lines[i]!.layout?.carriedOn === true) return true;
  }
  return false;
}

/**
 * Whether a numbered item whose lines wrap under its number (a run-in number, as CSS counters set
 * it) goes on over a page break: the new page opens with unnumbered lines at the item's edge, and
 * with no space after them the item numbered next. Text between item n and item n + 1 is item n's.
 */
function runsOnToNextNumber(block: Block, lines: Line[], index: number): boolean {
  const label = itemLabel(block.lines[0]!);
  const edge = block.lines[0]!.layout?.x;
  if (label === null || edge === undefined || block.lines.some((line) => line.layout === null || Math.abs(line.layout.x - edge) > 2.5)) return false;
  const page = lines[index]!.page;
  for (let i = index; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text === '' || line.page !== page || line.layout === null || line.emphasis === true || bulletGlyph(line.text) || Math.abs(line.layout.x - edge) > 2.5) return false;
    const next = itemLabel(line);
    if (next !== null) return i > index && next.ordinal === label.ordinal + 1;
  }
  return false;
}

/** Whether the paragraph so far and the run after the page break are likelier two paragraphs than one, by the letter's own lengths. */
function endsByLetterLengths(block: Block, lines: Line[], index: number, lengths: ParagraphLengths): boolean {
  const { before, after, closed, linked } = sentencesAcross(block, lines, index);
  return endsByLength(lengths, before, after, closed, linked);
}

/** The odds endsByLetterLengths weighs (two paragraphs against one), for a watcher. */
function letterLengthsOdds(block: Block, lines: Line[], index: number, lengths: ParagraphLengths): number {
  const { before, after, closed } = sentencesAcross(block, lines, index);
  return lengthOdds(lengths, before, after, closed);
}

/** The paragraph's sentences so far, and the run's after the page break (closed: a gap ends it); linked: the sentences either side of the break share a content word. */
function sentencesAcross(block: Block, lines: Line[], index: number): { before: number; after: number; closed: boolean; linked: boolean } {
  const run = runFrom(lines, index);
  const text = joinLines(block.lines.map((line) => line.text));
  return { before: sentencesIn(text), after: run.sentences, closed: run.closed, linked: sharesAWord(text, run.text) };
}

/**
 * How far a line stands in from its paragraph's left edge: the edge of the
 * paragraph's lines after its first, or of the line under it (the page's margin may be a list's
 * text indent, further in than prose). Null in text.
 */
function firstLineIndent(block: Block, lines: Line[], index: number): number | null {
  const next = lines[index]!;
  const under = lines[index + 1];
  const layout = next.layout;
  if (!layout) return null;
  // Where the paragraph's lines stood from their own page's margin (pages may have other margins);
  // a line left of its page's margin stands at the page's edge itself (that page's most common
  // line start is a list's text, further in).
  const edge = Math.min(layout.margin, lowestEdgeAfterFirst(block.lines, layout.margin));
  const underEdge = under?.layout && under.page === next.page && under.text !== '' && !bulletGlyph(under.text) ? under.layout.x : Infinity;
  return layout.x - Math.min(edge, underEdge);
}

/** What lowestEdgeAfterFirst has folded of a block's lines: the margin seen from, how many lines, the last of them, and their lowest edge. */
const foldedEdges = new WeakMap<Line[], { margin: number; counted: number; last: Line; lowest: number }>();

/**
 * The lowest edge of a block's lines after its first, each seen from a page of `margin`: where a
 * line stood from its own page's margin, or the line's own start when it stands left of that
 * margin (at the page's edge). Asked again for each line as a paragraph grows, so what was folded is
 * kept and only the lines added since are read: folding all of them each time made a paragraph of
 * n lines cost n² (a PDF finding of 8,000 lines took 5 s, of 150,000 lines minutes). A block's
 * lines are only ever added to; the fold starts again for another margin (another page's line).
 */
function lowestEdgeAfterFirst(lines: Line[], margin: number): number {
  let folded = foldedEdges.get(lines);
  if (!folded || !Object.is(folded.margin, margin) || folded.counted > lines.length || lines[folded.counted - 1] !== folded.last) {
    folded = { margin, counted: 1, last: lines[0]!, lowest: Infinity };
    foldedEdges.set(lines, folded);
  }
  for (; folded.counted < lines.length; folded.counted++) {
    const line = lines[folded.counted]!;
    folded.last = line;
    if (!line.layout) continue;
    folded.lowest = Math.min(folded.lowest, line.layout.x < line.layout.margin - 2 ? line.layout.x : margin + line.layout.x - line.layout.margin);
  }
  return folded.lowest;
}

/**
 * Within a page, a paragraph set with no gap before it: a first-line indent after a line the
 * writer ended (finished, with room left). In a letter that opens its paragraphs indented, the
 * indent alone tells after a finished line that is full (its paragraph's next line would stand at
 * the edge) or after one with room left that lacks its full stop (a paragraph's last words may).
 */
function opensIndented(block: Block, lines: Line[], index: number, indentsFirstLines: boolean): boolean {
  const [previous, line] = [lines[index - 1]!, lines[index]!];
  if (block.type !== 'paragraph' || !line.layout || previous.text === '') return false;
  const [finished, full] = [endsSentence(previous.text), fullLine(previous, line)];
  // Only an unfinished line that ran out of room surely goes on.
  if (!(indentsFirstLines ? finished || !full : finished && !full)) return false;
  // At a hanging number's text indent, it is the numbered paragraph's next paragraph, not an indent.
  const first = block.lines[0]!.layout;
  if (first && first.textX >= first.x + 3 && Math.abs(line.layout.x - first.textX) <= 2.5) return false;
  // Further in than a few ems, it is another column's text (a table without rules), not an indent.
  const indent = firstLineIndent(block, lines, index);
  return indent !== null && indent > 8 && indent < 4 * line.layout.lineStep;
}

/**
 * Whether the letter opens its prose paragraphs with a first-line indent: most lines that follow,
 * with no gap, a paragraph's last line (finished, with room left) stand in from it.
 */
function indentsFirstLinesOf(lines: Line[]): boolean {
  let opened = 0;
  let indented = 0;
  for (let i = 1; i < lines.length; i++) {
    const [before, line] = [lines[i - 1]!, lines[i]!];
    if (!before.layout || !line.layout || before.page !== line.page || line.text === '' || before.emphasis === true || line.emphasis === true) continue;
    if (bulletGlyph(line.text) || bulletGlyph(before.text) || labelled(line) || !endsSentence(before.text) || fullLine(before, line)) continue;
    opened++;
    if (line.layout.x > before.layout.x + 8 && line.layout.x < before.layout.x + 4 * line.layout.lineStep) indented++;
  }
  return opened >= 3 && indented >= opened * 0.8;
}

/**
 * Whether a line opens a numbered paragraph ("12. Text"), from what stands around it, not from
 * its text alone: a number that ends a sentence inside a paragraph ("children under / 18. This")
 * reads the same once it wraps to a line's start. A numbered paragraph follows a gap, or is the
 * next number of the letter's run, or follows a finished sentence on a line the writer ended
 * (where the PDF shows it: a full line ran on, and the number with it).
 */
function opensNumbered(line: Line, previous: Line | null, lastNumber: number | null): boolean {
  const ordinal = itemLabel(line)?.ordinal;
  if (ordinal === undefined) return false;
  if (previous === null || previous.text === '') return true;
  if (lastNumber !== null && ordinal === lastNumber + 1) return true;
  if (!endsSentence(previous.text)) return false;
  return !(previous.layout && line.layout && fullLine(previous, line));
}

/** A sentence that opens with a word referring back ("However", "This", "As a result"): the paragraph goes on. */
function leansOnWhatCameBefore(text: string, continuations: string[]): boolean {
  const opening = text.slice(0, 60).toLowerCase().replace(/[\u2018\u2019]/g, "'");
  return continuations.some((phrase) => opening.startsWith(phrase) && !/[a-z0-9]/.test(opening.charAt(phrase.length)));
}

/**
 * Room for another line at a page's foot, in lines: more than one line, as full pages' last lines
 * stand up to most of a line apart (a word processor's paragraph spacing). Measured on the 13
 * letters (pages 2 to the last but one, no footnotes): a paragraph running over the page left
 * 0 to 1.04 lines in 23 of 26 breaks (the other three, 1.8 to 5 lines, each before a run of two
 * lines, as a word processor keeps a widow's lines together); a new paragraph left 1.2 lines or
 * more in 11 of 16.
 */
const ROOM_FOR_A_LINE = 1.2;

export type PageBreakRow = 'item or row runs on' | 'heading at the foot' | 'first-line indent' | 'no indent where the letter indents' | 'space at the top' |
  'room on an unfinished last line' | 'no sentence ends' | 'room on the last line' | 'leans back' | 'not prose' | 'room at the foot' | 'lengths' | 'too few paragraphs' |
  'text: one line' | 'text: room within the letter\'s width' | 'text: room on the last line' | 'text: room on an unfinished last line' | 'text: space at the top' | 'text: first-line indent' | 'text: no indent where the letter indents' |
  'text: item runs on' | 'text: leaves the item' | 'text: a line over the next item' | 'text: not prose' | 'text: too few paragraphs' | 'text: leans back' | 'text: lengths';

/** One page break as endsAtPageBreak read it: the page's last line, the next page's first, the open block's type, what decided, and which way. */
export interface PageBreakReading {
  last: Line;
  next: Line;
  blockType: Block['type'];
  row: PageBreakRow;
  ends: boolean;
  /** The open block's lines, and the next few lines from the new page's first. */
  before: Line[];
  after: Line[];
  /** Watched only, decided nothing: the letter's lengths' odds of two paragraphs against one (null where it shows too few, or the block is no paragraph). */
  odds: number | null;
  /** The room at the page's foot, in lines (null where not known); the new page's first line below the usual top, in points; the last line short of the page's right edge, in points; the letter's paragraph step. */
  room: number | null;
  topGap: number | null;
  shortBy: number | null;
  paragraphGap: number | null;
}

let pageBreakObserver: ((reading: PageBreakReading) => void) | null = null;

/** A page break in text (no positions: no indent, gap or room at the foot to read) where its length alone could tell and does not. */
const FULL_IN_TEXT = "the page before's last line is full (the next page's first word would not fit within its paragraph's longest line) and ends a sentence, and the next page opens with a capital: no short line tells (text gives no gap or room at the foot to weigh)";

/**
 * Why the page could not tell a break that was joined: the rows that join where the page shows no
 * sign either way (its last line full and ending a sentence, the next page opening with a capital,
 * flush, with no space above; the page filled to its foot), on the words alone (a sentence that
 * refers back), on the letter's own paragraph lengths, or, where it shows too few, on the room at
 * the foot alone. Text, which shows no positions, joins on the same grounds where its last line is
 * full by its paragraph's longest, and after a list's item. The text is kept whole; parse warns
 * where (issue 8 (8): the errors the page cannot decide are said, not silent; helpers 8bn, and 8bo for text).
 */
const UNDECIDED_JOINS: Partial<Record<PageBreakRow, string>> = {
  lengths: "the page before is filled to its foot and its last line is full and ends a sentence, and the next page opens flush with a capital and no space above it: no indent, gap, short line or room at the foot tells, and the letter's paragraph lengths made the two one paragraph",
  'too few paragraphs': "the page before is filled to its foot and its last line is full and ends a sentence, and the next page opens flush with a capital and no space above it: no indent, gap, short line or room at the foot tells, and the letter has too few paragraphs to weigh by their lengths",
  'leans back': "the page before's last line is full and ends a sentence, and the next page opens flush with a capital and no space above it: no indent, gap or short line tells, and the new page's first word (\"{first}\") refers back to the sentence before",
  'text: lengths': `${FULL_IN_TEXT}, and the letter's paragraph lengths made the two one paragraph`,
  'text: too few paragraphs': `${FULL_IN_TEXT}, and the letter has too few paragraphs to weigh by their lengths`,
  'text: leans back': `${FULL_IN_TEXT}, and the new page's first word ("{first}") refers back to the sentence before`,
  'text: not prose': `${FULL_IN_TEXT}, and the text before it is a list's item, which may run on over the page (the new page's first line does not stand where the item's wrapped lines do)`,
};

/**
 * Why the page could not tell a break that was ended (helper 8co): the same rows as UNDECIDED_JOINS where they fall the
 * other way, on the letter's own paragraph lengths (or, with too few paragraphs to weigh, a foot that is not known). A
 * paragraph ended there and its run-on read as a new finding is as wrong as two joined, and was silent: parse warns of
 * both, so the errors the page cannot decide are said whichever way they fall (issue 8 (8)).
 */
const UNDECIDED_ENDS: Partial<Record<PageBreakRow, string>> = {
  lengths: "the page before is filled to its foot and its last line is full and ends a sentence, and the next page opens flush with a capital and no space above it: no indent, gap, short line or room at the foot tells, and the letter's paragraph lengths made the two paragraphs",
  'too few paragraphs': "the page before's last line is full and ends a sentence, and the next page opens flush with a capital and no space above it: no indent, gap or short line tells, the room at the page's foot is not known, and the letter has too few paragraphs to weigh by their lengths",
  'text: lengths': `${FULL_IN_TEXT}, and the letter's paragraph lengths made the two paragraphs`,
  'text: too few paragraphs': `${FULL_IN_TEXT}, and the letter has too few paragraphs to weigh by their lengths`,
};

/** A page break the page could not tell, joined (the text kept whole): the new page, where its first line starts in the text, and why (UNDECIDED_JOINS). */
export interface UndecidedJoin {
  page: number;
  at: number;
  why: string;
}

/**
 * Sees every page break endsAtPageBreak reads (tests/page-break-census.test.ts counts them); null
 * stops. It only watches: what it is given decides nothing.
 */
export function observePageBreaks(observer: ((reading: PageBreakReading) => void) | null): void {
  pageBreakObserver = observer;
}

/** Where the letter's pages usually start and end, and the pages whose foot holds footnotes. */
interface PageEdges {
  usualTop: number | null;
  /** The lowest baseline the last line of a full page stands on (null where no page shows it). */
  usualFoot: number | null;
  notePages: ReadonlySet<number>;
  /** How far a full page's last line stands above the top of its footnotes (null where no page shows it). */
  usualNoteGap: number | null;
  /**
   * Where no page shows itself full, the fullest page seen: the lowest last line, the smallest gap
   * above notes. A full page ends no higher, so a page a line and more above it had room left.
   */
  fullestFoot: number | null;
  fullestNoteGap: number | null;
  /** The letter opens prose paragraphs with a first-line indent. */
  indentsFirstLines: boolean;
  /** How long the letter's prose paragraphs run (null where it shows too few). */
  paragraphLengths: ParagraphLengths | null;
  /** The letter's usual step from a paragraph's last baseline to the next one's first, within a page (null where it shows none). */
  paragraphGap: number | null;
  /** Text only: what its blank lines and columns show of its pages. */
  text: TextEdges;
}

/** What a text's pages show by their blank lines and columns (pdftotext -layout; plain text only its lines' lengths); nothing in a PDF. */
interface TextEdges {
  /** Each page's blank lines under its head's furniture (null where none was taken away). */
  topBlankLines: ReadonlyArray<number | null>;
  /** The commonest of those after the first page (null where fewer than two pages show one). */
  usualTop: number | null;
  /** The letter opens prose paragraphs with a first-line indent. */
  indentsFirstLines: boolean;
  /** The column the letter's full lines reach, plain text's too (null in a PDF, or where too few lines show it). */
  lineWidth: number | null;
  /** Some line stands in from its page's leftmost line (pdftotext -layout's columns); plain text starts every line at its first column. */
  columns: boolean;
}

/** What a text's pages show of their edges (`topBlankLines`: each page's, from the extractor; none for a PDF). */
function textEdgesOf(lines: Line[], topBlankLines: ReadonlyArray<number | null>): TextEdges {
  const tops = topBlankLines.slice(1).filter((top): top is number => top !== null);
  const counts = new Map<number, number>();
  for (const top of tops) counts.set(top, (counts.get(top) ?? 0) + 1);
  const commonest = [...counts].sort(([a, m], [b, n]) => n - m || a - b)[0];
  return {
    topBlankLines,
    usualTop: tops.length >= 2 && commonest !== undefined ? commonest[0] : null,
    indentsFirstLines: lines.some((line) => line.indent !== null) && indentsFirstLinesInText(lines),
    lineWidth: lineWidthInText(lines),
    columns: lines.some((line) => line.indent !== null && line.indent > 0),
  };
}

/**
 * In text, the column a letter's full lines reach: of the lines over 40 characters that another
 * line follows on their page (lines that wrapped, the most of them full), the 90th percentile of
 * where they end (in -layout text counted from the page's leftmost line; plain text's lines all
 * start at its first column). A ragged line that wrapped ends short of the measure by less than its
 * next word; a few wider lines (a table's) are passed over. Null with fewer than 20 such lines.
 */
function lineWidthInText(lines: Line[]): number | null {
  const ends: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const [line, under] = [lines[i]!, lines[i + 1]!];
    if (line.indent === null || line.text.length <= 40 || under.text === '' || under.page !== line.page) continue;
    ends.push(line.indent + line.text.length);
  }
  if (ends.length < 20) return null;
  ends.sort((a, b) => a - b);
  return ends[Math.floor(ends.length * 0.9)]!;
}

/** The previous and next lines of text around a gap before `index` (past blank lines), on the line's page. */
function textBefore(lines: Line[], index: number): Line | null {
  let i = index - 1;
  while (i >= 0 && lines[i]!.text === '') i--;
  const before = lines[i];
  return before !== undefined && before.page === lines[index]!.page && before.layout !== null ? before : null;
}

/**
 * The letter's usual gap between prose paragraphs: the commonest step between two lines of body
 * text with a blank between them, on one page (measured to half a point). Only prose counts: a
 * list's items and a box have spacing of their own (Haringey, Liverpool and Sefton space their
 * bullets 20.5 pt apart and their paragraphs 27 to 30; Derby's case study boxes 20.5 and its
 * paragraphs 29), and a prose paragraph after the usual prose gap is no sub-heading.
 */
function paragraphGapOf(lines: Line[]): number | null {
  const counts = new Map<number, number>();
  // The first line of each run of text (up to a blank line): a list's item opens with its glyph or number.
  const opener: Array<Line | undefined> = [];
  lines.forEach((line, index) => {
    opener[index] = line.text === '' ? undefined : (opener[index - 1] ?? line);
  });
  const prose = (line: Line) => !bulletGlyph(line.text) && !labelled(line) && line.layout?.boxed !== true;
  lines.forEach((line, index) => {
    const before = index > 0 && lines[index - 1]!.text === '' ? textBefore(lines, index) : null;
    if (before === null || line.layout === null || line.emphasis === true || before.emphasis === true) return;
    if (!prose(line) || !prose(before) || !prose(opener[lines.lastIndexOf(before, index)]!)) return;
    const gap = Math.round((before.layout!.y - line.layout.y) * 2) / 2;
    if (gap > line.layout.lineStep * ROOM_FOR_A_LINE) counts.set(gap, (counts.get(gap) ?? 0) + 1);
  });
  let usual: number | null = null;
  for (const [gap, count] of counts) if (usual === null || count > counts.get(usual)! || (count === counts.get(usual)! && gap < usual)) usual = gap;
  return usual;
}

/**
 * A sub-heading set apart by space alone, in the body's face and size: a paragraph of one line that
 * ends no sentence, with more space before it than the letter's usual gap between prose
 * paragraphs (half a line more), and a paragraph gap after it before the capitalised paragraph it
 * heads (or a list's item after it, which a list spaces its own way: a blank line is enough). A
 * short paragraph that only lacks its full stop stands at the usual gap: it stays text.
 * Its length is no sign: the real letters' longest sub-heading (94 characters, 13 words) is longer
 * than their shortest prose paragraph (88, 13), which ends in a full stop as all but one of their
 * 334 paragraphs do (tests/spaced-subheadings.test.ts).
 */
function setApartBySpace(lines: Line[], index: number, following: Line | null, paragraphGap: number | null, sibling: Line | null = null): boolean {
  const line = lines[index]!;
  const [before, next] = [textBefore(lines, index), lines[index + 1]];
  if (paragraphGap === null || line.layout === null || line.emphasis === true || following === null || following.layout === null) return false;
  // The paragraph it heads may be a list's first item: its words after the glyph open upper case, and a list spaces its items its own way (the blank after is enough).
  const glyph = bulletGlyph(following.text);
  if (!startsUpper(line.text) || !startsUpper(glyph ? following.text.slice(glyph.length) : following.text) || endsAsText(line.text, false) || bulletGlyph(line.text) || labelled(line)) return false;
  // Before a list's item a page break may take one of the gaps: the item opens the next page (the line last on its page), or the line opens its page after a
  // sentence's end or a heading (bold: finished text), the item under it; before a paragraph, the first, or the second after a heading alone (see below).
  // Either way the line stands at or left of the item's glyph (an item's own lines stand at its text, right of the glyph).
  const besideItem = glyph !== null && line.layout.x <= following.layout.x + 1;
  if (before === null) {
    const above = lines.slice(0, index).reverse().find((other) => other.text !== '');
    const headingAbove = above !== undefined && above.emphasis === true;
    const underIt = line.pageStart && next !== undefined && next.text === '' && following.page === line.page && line.layout.y - following.layout.y >= paragraphGap - 0.5;
    // Opening its page under a bold heading last on the page before, a paragraph in the body's face at the usual gap under it (a glyphless list's item):
    // a sub-heading, as the same line under the heading on one page is by the space above it. After a sentence's end it may be a short paragraph that
    // lacks its full stop (issue 8 (6)): it stays text, unless its section has already set a sub-heading apart by space alone (`sibling`, read by
    // the space round it on its own page since the section's heading) in the same face and size at the same edge: the section sets its sub-headings
    // so, and a page top shows no space (helper 8bm: Wokingham's second and third regular-face sub-headings opening pages 11 at 802 and 762 pt).
    const likeSibling = sibling !== null && sibling.layout !== null && Math.abs(sibling.layout.x - line.layout.x) <= 1 && Math.abs(sibling.layout.size - line.layout.size) <= 0.25 && sibling.emphasis === line.emphasis;
    if (glyph === null) return underIt && following.emphasis !== true && (headingAbove || (likeSibling && above !== undefined && endsSentence(above.text)));
    return besideItem && underIt && (headingAbove || (above !== undefined && endsSentence(above.text)));
  }
  if (lines[index - 1]!.text !== '' || next === undefined) return false;
  const gapBefore = before.layout!.y - line.layout.y >= paragraphGap + line.layout.lineStep / 2;
  // Last on its page before a paragraph: its line ended by the writer (room left for the next page's first word), so it runs on into nothing.
  if (following.page === line.page + 1) return gapBefore && (besideItem || (glyph === null && !fullLine(line, following)));
  if (next.text !== '' || following.page !== line.page) return false;
  return gapBefore && (glyph !== null || line.layout.y - following.layout.y >= paragraphGap - 0.5);
}

/**
 * The room left under a page's last line, in lines (null where the page's foot is not known).
 * Against the fullest page seen, only room for a line is known: less may still be a page cut short.
 */
function roomAtFoot(last: Line, page: PageEdges): number | null {
  const layout = last.layout;
  if (!layout || layout.boxed) return null;
  const notes = page.notePages.has(last.page);
  if (notes && layout.notesTop === null) return null;
  const above = notes ? layout.y - layout.notesTop! : layout.y;
  const usual = notes ? page.usualNoteGap : page.usualFoot;
  if (usual !== null) return (above - usual) / layout.lineStep;
  const fullest = notes ? page.fullestNoteGap : page.fullestFoot;
  const room = fullest === null ? null : (above - fullest) / layout.lineStep;
  return room !== null && room >= ROOM_FOR_A_LINE ? room : null;
}

/**
 * How far above its footnotes a full page's body ends: a word processor sets the notes at the
 * foot and the body stops a separator's height above them, whatever their number. Measured on
 * the pages with notes (not the last), as the smallest gap among those that show they are full:
 * the text runs on over the page in mid-sentence, or another such page's gap is within a line of
 * it (no body stands closer to its notes than a full page's). Where none shows it, the smallest
 * gap of all is the fullest page's.
 */
function noteGapsOf(lines: Line[]): { usual: number | null; fullest: number | null } {
  const lastOfPage = new Map<number, { line: Line; next: Line | null }>();
  let previous: Line | null = null;
  for (const line of lines) {
    if (line.text === '' || !line.layout) continue;
    if (previous && previous.page !== line.page) lastOfPage.set(previous.page, { line: previous, next: line });
    previous = line;
  }
  const gaps: Array<{ gap: number; step: number; runsOn: boolean }> = [];
  for (const { line, next } of lastOfPage.values()) {
    const layout = line.layout!;
    if (layout.notesTop === null || layout.boxed || next === null) continue;
    const runsOn = !endsSentence(line.text) || startsLower(next.text);
    gaps.push({ gap: layout.y - layout.notesTop, step: layout.lineStep, runsOn });
  }
  const full = gaps.filter((a) => a.runsOn || gaps.some((b) => b !== a && Math.abs(b.gap - a.gap) <= a.step));
  const smallestGap = (of: typeof gaps) => (of.length > 0 ? smallest(of.map((a) => a.gap)) : null);
  return { usual: smallestGap(full), fullest: smallestGap(gaps) };
}

/**
 * Where full pages end: the lowest last line of a page that another page's last line stands within
 * a line of (pages that run on to another, not the first, whose letterhead and footer differ, nor
 * one ending in a box or holding footnotes). A page cut short (before a heading kept with its
 * text) is not matched, and a letter with no two such pages shows no usual foot, only its fullest.
 */
function feetOf(lines: Line[], notePages: ReadonlySet<number>): { usual: number | null; fullest: number | null } {
  const lastOfPage = new Map<number, Line>();
  for (const line of lines) if (line.text !== '' && line.layout) lastOfPage.set(line.page, line);
  const lastPage = largest(lastOfPage.keys());
  const feet = [...lastOfPage.values()]
    .filter((line) => line.page > 1 && line.page < lastPage && !notePages.has(line.page) && !line.layout!.boxed)
    .map((line) => line.layout!)
    .sort((a, b) => a.y - b.y);
  const matched = feet.findIndex((foot, i) => i + 1 < feet.length && feet[i + 1]!.y - foot.y <= foot.lineStep);
  return { usual: matched >= 0 ? feet[matched]!.y : null, fullest: feet[0]?.y ?? null };
}

/**
 * Where a page's text usually starts: the position shared by most pages' first lines (after the
 * first page, which has the letterhead), once the running header is taken off. Where no position
 * is shared (a short letter), the highest first line of the later pages: nothing of the body
 * stands above a page's top line, and a paragraph's space kept there only lowers it. A letter that
 * keeps a paragraph's space at a page's top may start most pages a gap lower than the top, where
 * they open a paragraph: a page whose first line runs on from the page before in mid-sentence
 * shows the top itself, and where such pages start up to a couple of lines higher than most, that
 * is the top.
 */

function usualTopOf(lines: Line[]): number | null {
  const counts = new Map<number, number>();
  const runningOn = new Map<number, number>();
  let previous: Line | null = null;
  for (const line of lines) {
    if (line.text === '') continue;
    if (line.pageStart && line.page !== 1 && line.layout) {
      const y = Math.round(line.layout.y);
      counts.set(y, (counts.get(y) ?? 0) + 1);
      if (previous !== null && runsOn(previous, line)) runningOn.set(y, (runningOn.get(y) ?? 0) + 1);
    }
    previous = line;
  }
  const most = (of: Map<number, number>) => [...of].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? null;
  const [top, count] = most(counts) ?? [0, 0];
  const shared = count >= 2 ? top : counts.size > 0 ? largest(counts.keys()) : null;
  // Pages that run on but disagree on where they start leave the top in doubt: the lower one only lowers less.
  const runOnTop = [...runningOn].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
  const step = lines.find((line) => line.layout)?.layout?.lineStep ?? 0;
  if (shared !== null && runOnTop !== undefined && runOnTop > shared && runOnTop - shared <= 2 * step) return runOnTop;
  return shared;
}

/** Whether a page's first line runs on from the last line of the page before in mid-sentence (a new bullet, number or a heading's text does not). */
function runsOn(last: Line, first: Line): boolean {
  if (last.emphasis === true || bulletGlyph(first.text) || labelled(first)) return false;
  return startsLower(first.text) || !endsSentence(last.text);
}

const DASHES = new Set(['-', '\u2212', '\u2013', '\u2014']);
/**
 * Glyphs that open a bullet but are words of running text too, and may wrap to a line's start inside
 * a sentence: the dashes, and the arrows ("rose from 120 in 2019 \u2192 150 in 2020"; the arrows block,
 * U+2190-21FF, opens bullets since helper 8at widened BULLET).
 */
const inTextGlyph = (glyph: string) => DASHES.has(glyph) || /^[\u2190-\u21FF]$/u.test(glyph);
/**
 * Shapes that open bullets but may stand in a sentence too, typed as symbols (a trend's "\u25B2", a
 * circle, an arrowhead "\u27A2"): the geometric shapes (U+25A0-25FF), dingbats (U+2700-27BF) and
 * symbols and arrows (U+2B00-2BFF). Unlike a dash, a shape is taken as the sentence's only where a
 * PDF's layout shows it (shapeInText).
 */
const inTextShape = (glyph: string) => /^[\u25A0-\u25FF\u2700-\u27BF\u2B00-\u2BFF]$/u.test(glyph);

/**
 * The line before stopped in mid-sentence (no sentence's end, comma or semicolon) and this line
 * stands at no glyph column of the list before it: what a glyph typed in running text and wrapped
 * to a line's start shows, dash or shape alike.
 */
function sentenceRunsOn(line: Line, previous: Line, blocks: Block[]): boolean {
  return previous.text !== '' && !endsSentence(previous.text) && !/[;,]$/.test(previous.text) && dashAtListGlyph(line, blocks) !== true;
}

/**
 * Whether a line opened by a shape goes on with the sentence before it, from a PDF's layout: the
 * line before stopped in mid-sentence (no sentence's end, comma or semicolon) because it ran out of
 * room (the shape would not have fitted after it: a wrap, not a break the writer made); the open
 * block is no bullet of the same shape (the next item of a list whose items end unpunctuated); the
 * line stands at no glyph column of the list before it nor right of the open item's text
 * (dashAtListGlyph); and the line after it, going on, does not hang at its text (a bullet's wrapped
 * lines do). Never in text without positions: there a shape at a line's start opens a bullet.
 */
function shapeInText(line: Line, previous: Line | null, next: Line | null, open: Block | null, blocks: Block[], glyph: string): boolean {
  if (!inTextShape(glyph) || open === null || previous === null || !line.layout || !previous.layout) return false;
  if (!sentenceRunsOn(line, previous, blocks) || !fullLine(previous, line)) return false;
  if (open.type === 'bullet' && open.glyph === glyph) return false;
  const hangs = next !== null && next.text !== '' && next.layout !== null && bulletGlyph(next.text) === null && line.layout.textX > line.layout.x + 2.5 &&
    Math.abs(next.layout.x - line.layout.textX) <= 2.5;
  return !hangs;
}

/** Sub-bullets follow one another without punctuation: a dash after a dash bullet is the next one (an arrow after an arrow's). */
const isDashBullet = (block: Block | null) => block?.type === 'bullet' && inTextGlyph(block.glyph);

/**
 * Whether a dash line stands where a glyph of the list before it stands (the open bullet's, or an
 * earlier bullet's in the same run of bullets), or right of the open item's text (a bullet's or a
 * number's), where it opens the item's first sub-item; and not where the open item's wrapped lines
 * start: then the next bullet or a sub-bullet, though the item before it ends without punctuation.
 * Its x in a PDF (within 2.5 pt, as continuesItem), its leading spaces in text (within a column:
 * pdftotext -layout rounds positions); null where the line's place is unknown.
 */
function dashAtListGlyph(line: Line, blocks: Block[]): boolean | null {
  const open = blocks[blocks.length - 1];
  if (open === undefined || !isItem(open)) return null;
  const list: Block[] = [];
  for (let i = blocks.length - 1; i >= 0 && blocks[i]!.type === 'bullet'; i--) list.push(blocks[i]!);
  const [first, wrapped] = [open.lines[0]!, open.lines[1]];
  if (line.layout && first.layout) {
    const x = line.layout.x;
    const continuation = wrapped?.layout?.x ?? first.layout.textX;
    if (Math.abs(x - continuation) <= 2.5) return false;
    // (Over a page break, right of it on the new page's own margin too: a page may be set further in.)
    if (standsRightOf(line, first, Math.max(continuation, first.layout.textX), 2.5)) return true;
    return list.some((bullet) => bullet.lines[0]!.layout !== null && Math.abs(x - bullet.lines[0]!.layout.x) <= 2.5);
  }
  if (line.indent !== null && first.indent !== null) {
    const textIndent = labelTextColumn(first) ?? first.indent;
    const continuation = wrapped?.indent ?? textIndent;
    if (Math.abs(line.indent - continuation) <= 1) return false;
    if (line.indent >= Math.max(continuation, textIndent) + 2) return true;
    // Text shows where a list's glyphs stand only when its lines are set in: an item at the margin whose
    // wrapped lines run back to it (text without layout) cannot tell a wrapped dash from a bullet.
    const setIn = wrapped?.indent != null ? wrapped.indent !== first.indent : first.indent > 0;
    if (!setIn) return null;
    return list.some((bullet) => bullet.lines[0]!.indent !== null && Math.abs(line.indent! - bullet.lines[0]!.indent) <= 1);
  }
  return null;
}

/** pdftotext (without -layout) puts a bullet's glyph on a line of its own: join it to its text. */
function joinLoneGlyphs(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let j = i + 1;
    while (j < lines.length && lines[j]!.text === '') j++;
    const next = lines[j];
    if (next && /^[\u2022\u25A0\u25AA\u25CF\u25FC\u25FE\uE000-\uF8FF]$/.test(line.text) && !bulletGlyph(next.text)) {
      out.push({ ...line, text: `${line.text} ${next.text}`, end: next.end, page: line.page });
      i = j;
    } else {
      out.push(line);
    }
  }
  return out;
}

/**
 * The measure of each line's run of text (the lines between two blank lines, or a section's
 * heading), in characters: its longest line. A section's heading ends a run as a blank line does:
 * where a text keeps no blank line round a heading (plain pdftotext of a letter that indents its
 * paragraphs' first lines and keeps no space between them, the page's number and the blank lines
 * round it taken away), a run went on over pages and sections, and one line of another section set
 * wider in characters (its letters narrower) was every line's measure: a full line short of it by
 * its next word read as ended by its writer, cutting an item in two (helper 8cd). Only text with
 * no layout needs it.
 */
function runMeasures(lines: Line[], heading: (index: number) => boolean): number[] {
  const measures = new Array<number>(lines.length).fill(0);
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    const parts = i < lines.length && lines[i]!.text !== '' && i > start && heading(i);
    if (i < lines.length && lines[i]!.text !== '' && !parts) continue;
    let longest = 0;
    for (let j = start; j < i; j++) longest = Math.max(longest, lines[j]!.text.length);
    for (let j = start; j < i; j++) measures[j] = longest;
    start = parts ? i : i + 1;
  }
  return measures;
}

/**
 * In text with no layout, a paragraph may run into the next with no blank line between them
 * (pdftotext -layout drops a gap smaller than a line, as between a boxed case study's
 * paragraphs, or after a study's title). A line that leaves room for the next line's first word
 * was ended by the writer, not the typesetter: ragged or justified text never leaves that room.
 * The room is judged in characters against the run's longest line (roomInCharacters).
 */
function endedByWriter(line: Line, next: Line, measure: number): boolean {
  if (line.layout !== null && next.layout !== null) return listSetALineEach(line, next);
  if (line.layout !== null || next.layout !== null) return false;
  // A paragraph starts with a capital letter; a number at a line's start is as likely mid-sentence.
  if (!OPENS_WITH_CAPITAL.test(next.text)) return false;
  return roomInCharacters(line.text, next.text, measure);
}

/**
 * In text with no layout, a line that ends a sentence, its next line opening with a capital, the
 * next line's first word short of fitting by the margin a proportional font needs (so endedByWriter
 * reads the line as full, and the two are joined) but within the run's longest line: in characters
 * the word would fit, in the page's widths it may not. Where the text keeps a blank line between
 * paragraphs (-layout text, but for a box's) the join stands on that; where it keeps none (plain
 * pdftotext, -raw), nothing in the text tells a paragraph's end here from a line the typesetter
 * filled (Haringey's -raw study: "... the escalating risk." with "John" after it, 73 characters
 * against the study's 76, ends a paragraph; "... years of neglect." with "The", 76, does not; the
 * study's own lines refuse a word at 74). Parse warns of these joins in such text.
 */
function roomWithinRun(line: Line, next: Line, measure: number): boolean {
  if (line.layout !== null || next.layout !== null) return false;
  if (!endsWithSentence(line.text) || !OPENS_WITH_CAPITAL.test(next.text)) return false;
  return line.text.length + 1 + firstWord(next.text).length <= measure;
}

/** A line end joined where the text could not tell (roomWithinRun): where the next line starts in the text, its page, its first word, and the characters the line would hold with that word against its run's measure. */
export interface LineJoin {
  page: number;
  at: number;
  first: string;
  room: number;
  measure: number;
}

/** A capital letter first, after an opening quote or bracket if any (not a digit: see endedByWriter). */
const OPENS_WITH_CAPITAL = /^["'(\[]?[A-Z]/;

/**
 * On a page, two short lines one under the other at one left edge, each opening with a capital
 * and ending before the measure's middle, the first ending no sentence: a list set a line each,
 * no space between (names and their inspectorates), not a paragraph's lines, which fill the
 * measure but the last. (A lone opening quote over its words opens no line of a list.)
 */
function listSetALineEach(line: Line, next: Line): boolean {
  if (next.pageStart || line.layout!.tableRow || Math.abs(line.layout!.x - next.layout!.x) >= 1) return false;
  return [line, next].every((each) => OPENS_WITH_CAPITAL.test(each.text) && shortOfMiddle(each)) && !endsSentence(line.text);
}

/** Whether a line ends before the middle of its page's measure. */
function shortOfMiddle(line: Line): boolean {
  const layout = line.layout!;
  return layout.end - layout.margin < (layout.right - layout.margin) / 2;
}

/** A line that opens with a label: a short phrase (four words at most) and a colon, then its value ("Lead inspector: Jane Smith"). */
const LABEL_OPENING = /^[A-Z][\p{L}'\u2019-]*(?: [\p{L}'\u2019-]+){0,3}: +\S/u;

/**
 * Whether a line opens the next of a block of labels and values set one a line ("Local authority:
 * X", "Inspection dates: Y"), a paragraph each: the block opened with a label, this line opens with
 * one, and the line above was ended by the writer (a value that wraps fills its line). Text with
 * no layout tells the line above's end by its room in characters (endedByWriter).
 */
function nextLabel(block: Block, previous: Line, line: Line): boolean {
  return previous.layout !== null && line.layout !== null && LABEL_OPENING.test(line.text) && LABEL_OPENING.test(block.lines[0]!.text) && !fullLine(previous, line);
}

/** The characters of the lines' text (trimmed, as joinLines joins them), counted only until they pass `most`. */
function charsUpTo(lines: Line[], most: number): number {
  let chars = 0;
  for (let i = 0; i < lines.length && chars <= most; i++) chars += lines[i]!.text.trim().length;
  return chars;
}

/** The body's blocks, and the page breaks among them that were joined where the page could not tell. */
export function buildBlocks(allLines: Line[], rules: LayoutRules, notePages: ReadonlySet<number> = new Set(), pageTopBlankLines: ReadonlyArray<number | null> = []): { blocks: Block[]; undecidedJoins: UndecidedJoin[]; undecidedEnds: UndecidedJoin[]; lineJoins: LineJoin[] } {
  const lines = joinLoneGlyphs(allLines);
  const [feet, noteGaps] = [feetOf(lines, notePages), noteGapsOf(lines)];
  const edges: PageEdges = {
    usualTop: usualTopOf(lines), notePages,
    usualFoot: feet.usual, fullestFoot: feet.fullest, usualNoteGap: noteGaps.usual, fullestNoteGap: noteGaps.fullest,
    indentsFirstLines: indentsFirstLinesOf(lines), paragraphLengths: paragraphLengthsOf(lines), paragraphGap: paragraphGapOf(lines),
    text: textEdgesOf(lines, pageTopBlankLines),
  };
  // Only text with no layout reads a heading for its runs' measures (a PDF's lines need none).
  const measures = runMeasures(lines, (i) => lines[i]!.layout === null && knownHeading(lines[i]!, lines[i - 1] ?? null, lines[i + 1] ?? null, rules) !== null);
  // The index of the next line of text after each line (past any blank lines).
  const followingText = new Array<number>(lines.length);
  for (let i = lines.length - 1, after = lines.length; i >= 0; i--) {
    followingText[i] = after;
    if (lines[i]!.text !== '') after = i;
  }
  const blocks: Block[] = [];
  const undecidedJoins: UndecidedJoin[] = [];
  // Page breaks the page could not tell, ended (UNDECIDED_ENDS): the new page's first line opens a block of its own.
  const undecidedEnds: UndecidedJoin[] = [];
  const lineJoins: LineJoin[] = [];
  let open: Block | null = null;
  // The number of the last numbered paragraph: the next one continues the run.
  let lastNumber: number | null = null;
  // The last sub-heading set apart by space alone under the section heading last read (null after a heading): the section's own setting of them.
  let spacedBefore: Line | null = null;
  const close = () => {
    open = null;
  };
  lines.forEach((line, index) => {
    if (line.text === '') return close();
    const previous = index > 0 ? lines[index - 1]! : null;
    const next = index + 1 < lines.length ? lines[index + 1]! : null;
    const following = followingText[index]! < lines.length ? lines[followingText[index]!]! : null;
    const lastBlock = blocks[blocks.length - 1];
    if (lastBlock?.type === 'heading' && previous === lastLine(lastBlock) && wrapsHeading(previous, line)) {
      // The heading's own second line: it may now name its section more fully.
      lastBlock.lines.push(line);
      // Lines past the longest a heading is read in name nothing more: joining all of them again for
      // each line a heading of thousands of lines took made it cost their square.
      const whole = charsUpTo(lastBlock.lines, MAX_HEADING_CHARS) > MAX_HEADING_CHARS ? null : matchHeading(joinLines(lastBlock.lines.map((each) => each.text)), rules);
      if (whole?.rule.kind === lastBlock.rule.kind) lastBlock.title = whole.title;
      return;
    }
    const heading = knownHeading(line, previous, next, rules);
    if (heading) {
      blocks.push({ type: 'heading', lines: [line], rule: heading.rule, title: heading.title });
      spacedBefore = null;
      return close();
    }
    const glyph = bulletGlyph(line.text);
    // A dash (or an arrow) opens a bullet only where one can start: a dash inside running text ("quality
    // assurance - particularly") that wraps to the start of a line does not, unless the line stands
    // where the open list's glyphs stand (an item may end without punctuation). No text stands open
    // after a heading (at a page's foot, with no gap before the next page's first line).
    const dashInText = glyph !== null && inTextGlyph(glyph.glyph) && open !== null && previous !== null &&
      !isDashBullet(open as Block | null) && sentenceRunsOn(line, previous, blocks);
    if (glyph && !dashInText && !shapeInText(line, previous, next, open, blocks, glyph.glyph)) {
      open = { type: 'bullet', lines: [line], glyph: glyph.glyph, glyphLength: glyph.length };
      blocks.push(open);
      return;
    }
    const current = open as Block | null;
    const numbered = opensNumbered(line, previous, lastNumber);
    if (numbered) lastNumber = itemLabel(line)!.ordinal;
    const pageBreak = current !== null && !numbered && line.pageStart ? endsAtPageBreak(current, lines, index, edges, rules.continuations) : null;
    const continues =
      current !== null &&
      !numbered &&
      !(pageBreak?.ends ?? false) &&
      !leavesItem(current, line, blocks) &&
      !headingEndsBeforeText(current, line) &&
      !(previous !== null && endedByWriter(previous, line, measures[index]!)) &&
      !(previous !== null && nextLabel(current, previous, line)) &&
      !(!line.pageStart && opensIndented(current, lines, index, edges.indentsFirstLines)) &&
      !(endsSentence(lastLine(current).text) && looksLikeHeading(line, previous, next, following, rules, measures[index]!));
    if (continues) {
      current.lines.push(line);
      if (previous !== null && !line.pageStart && roomWithinRun(previous, line, measures[index]!)) lineJoins.push({ page: line.page, at: line.start, first: firstWord(line.text), room: previous.text.length + 1 + firstWord(line.text).length, measure: measures[index]! });
      if (pageBreak?.undecided) undecidedJoins.push({ page: line.page, at: line.start, why: pageBreak.undecided });
      return;
    }
    if (pageBreak?.ends && pageBreak.undecided) undecidedEnds.push({ page: line.page, at: line.start, why: pageBreak.undecided });
    if (current === null && lastBlock !== undefined && continuesItem(lastBlock, line)) {
      // A paragraph with no glyph or number set at the item's text indent: the item's next paragraph.
      lastBlock.lines.push(line);
      open = lastBlock;
      return;
    }
    // A section's heading is finished text: a sub-heading may stand straight under it, no blank line between (text pasted from a web page).
    const before = current ? lastLine(current) : lastBlock?.type === 'heading' && previous === lastLine(lastBlock) ? null : previous;
    if (looksLikeHeading(line, before, next, following, rules, measures[index]!)) {
      blocks.push({ type: 'subheading', lines: [line] });
      return close();
    }
    if (setApartBySpace(lines, index, following, edges.paragraphGap, spacedBefore)) {
      blocks.push({ type: 'subheading', lines: [line] });
      spacedBefore = line;
      return close();
    }
    open = { type: 'paragraph', lines: [line] };
    blocks.push(open);
  });
  return { blocks: markTwoLineHeadings(mergeSplitParagraphs(blocks)), undecidedJoins, undecidedEnds, lineJoins };
}

/** Lines shaped as a heading that wraps: one or two, short, capitalised, with no sentence end in them or at their end (but a set-apart heading's full stop). */
function headingShaped(lines: Line[]): boolean {
  if (lines.length > 2) return false;
  const text = lines.map((line) => line.text).join(' ');
  if (text.length > 130 || text.split(' ').length > 18 || !/^[A-Z]/.test(withoutSectionNumber(text))) return false;
  return !endsAsText(text, lines.every((line) => line.emphasis === true)) && sentenceStarts(text).length === 0;
}

/** A heading that wraps onto a second line: a short block of one or two lines with no sentence end. */
function markTwoLineHeadings(blocks: Block[]): Block[] {
  return blocks.map((block, index) => {
    if (block.type !== 'paragraph' || !headingShaped(block.lines)) return block;
    if (block.lines.some((line) => line.emphasis === false)) return block;
    const before = blocks[index - 1];
    const after = blocks[index + 1];
    const finishedBefore = !before || before.type === 'heading' || before.type === 'subheading' || endsSentence(lastLine(before).text);
    if (!finishedBefore || !after || (after.type === 'paragraph' && startsLower(after.lines[0]!.text))) return block;
    return { type: 'subheading', lines: block.lines };
  });
}

/**
 * A text file marks a page break with blank lines, which split a sentence in two; put such a
 * sentence back together (the second half starts in lower case, the first is unfinished). A
 * table's next row is no such half: its rows may open in lower case and end unpunctuated.
 */
function mergeSplitParagraphs(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const previous = out[out.length - 1];
    if (
      block.type === 'paragraph' &&
      previous &&
      (previous.type === 'paragraph' || previous.type === 'bullet') &&
      !endsSentence(lastLine(previous).text) &&
      startsLower(block.lines[0]!.text) &&
      !(lastLine(previous).layout?.tableRow === true && block.lines[0]!.layout?.tableRow === true)
    ) {
      pushAll(previous.lines, block.lines);
      continue;
    }
    out.push(block);
  }
  return out;
}
