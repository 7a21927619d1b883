import { normaliseLine } from '../extract/clean.js';
import type { Accounting, ExtractedPages, LetterText } from '../types.js';
import { pageOf } from './lines.js';
import { isSpace, nonSpaceLength } from '../text/spaces.js';
import type { Part } from './sections.js';

// "Nothing lost": every character of every page's text (as the extractor gave it) is counted
// once in what the letter was read as: a finding, a heading, a lead-in, a note, the metadata, a
// footnote, page furniture (a table of contents among it), or unassigned with its page. The page totals come from the pages
// themselves; the rest from what segmentation produced, each stretch of the cleaned text marked
// by what claims it. A stretch no one claims is unassigned; one claimed twice is counted twice,
// and the totals no longer balance.

type Claim = Part['kind'] | 'finding';

/**
 * Metadata is a letter's front matter (date, recipients, salutation, title) and what follows its
 * sign-off: at most 972 characters in the real letters. More means body text was taken for
 * metadata (a second letter, an appendix after the sign-off), which must not pass as balanced.
 */
export const MAX_METADATA_CHARS = 4000;

/**
 * Marks the non-space characters of a span as claimed once more (up to 255) and returns how many
 * there are: counted here and added once by the caller, since a count by kind per character was
 * most of the accounting's time. A function of the module, not a closure of accountFor's: V8 holds
 * a closure's optimised code only while the closure lives, so a batch compiled it again after
 * each full collection (11 times on 56 letters).
 */
function claim(text: string, claims: Uint8Array, [start, end]: [number, number]): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    if (isSpace(text.charCodeAt(i))) continue;
    count++;
    if (claims[i]! < 255) claims[i]!++;
  }
  return count;
}

export function accountFor(pages: ExtractedPages, letter: LetterText, findings: Array<{ span: [number, number] }>, parts: Part[]): Accounting {
  let pageChars = 0;
  for (const page of pages.pages) for (const line of page.split('\n')) pageChars += nonSpaceLength(normaliseLine(line));
  for (const note of pages.footnotes ?? []) pageChars += nonSpaceLength(normaliseLine(note.printed));
  for (const footer of [...(pages.footers ?? []), ...(pages.stamps ?? [])]) pageChars += nonSpaceLength(normaliseLine(footer.text));

  const text = letter.text;
  const claims = new Uint8Array(text.length);
  const counts: Record<Claim, number> = { finding: 0, heading: 0, 'lead-in': 0, note: 0, metadata: 0, contents: 0 };
  for (const finding of findings) counts.finding += claim(text, claims, finding.span);
  for (const part of parts) counts[part.kind] += claim(text, claims, part.span);

  const unassigned = new Map<number, number>();
  let claimedTwice = 0;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) continue;
    if (claims[i] === 0) {
      const page = pageOf(i, letter.pageStarts);
      unassigned.set(page, (unassigned.get(page) ?? 0) + 1);
    } else if (claims[i]! > 1) {
      claimedTwice += claims[i]! - 1;
    }
  }
  let footnotes = 0;
  let furniture = 0;
  for (const removal of letter.removed) {
    if (removal.kind === 'footnote') footnotes += nonSpaceLength(removal.text);
    else if (removal.kind === 'note') counts.note += nonSpaceLength(removal.text);
    else furniture += nonSpaceLength(removal.text);
  }
  const unassignedByPage = [...unassigned].sort(([a], [b]) => a - b).map(([page, chars]) => ({ page, chars }));
  const unassignedChars = unassignedByPage.reduce((sum, entry) => sum + entry.chars, 0);
  const accounted =
    counts.finding + counts.heading + counts['lead-in'] + counts.note + counts.metadata + footnotes + furniture + counts.contents + unassignedChars;
  return {
    pageChars,
    findings: counts.finding,
    headings: counts.heading,
    leadIns: counts['lead-in'],
    notes: counts.note,
    metadata: counts.metadata,
    footnotes,
    furniture: furniture + counts.contents,
    unassigned: unassignedByPage,
    claimedTwice,
    balanced: accounted === pageChars && claimedTwice === 0 && counts.metadata <= MAX_METADATA_CHARS,
  };
}
