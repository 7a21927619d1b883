// Where a text's sentences end: one definition for the whole tool (the page breaks' paragraph
// lengths and shared words, the tagger's sentence openers, not-near scans, implied agencies and
// asides). natural's SentenceTokenizer (5.x) is not used: it ends a sentence at any stop before a
// space ("e.g. schools", "Dr. Patel", "‘Can we help?’ sessions"), drops a last piece that has
// no stop ("... (Recommendation)") and gives no offsets (README, "Sentence ends").
// Other stops read elsewhere ask other questions and keep their own tests: whether a line or a text
// ends with a stop (lines.ts endsSentence, with a colon; pdf.ts, line-room.ts, summarise); whether a
// title line is prose (parse.ts, where any capital and one or two small letters is a name's
// abbreviation, "St. Helens"); and where near words part (match.ts: a stop or a semicolon before a
// space, a clause's reach rather than a sentence's). Whether a short line holds a sentence end
// (blocks.ts endsAsText, headingShaped) reads it here (reviewer rv29; it kept the old rule before).

/**
 * A sentence end: a full stop, question or exclamation mark, any closing quotes or brackets, space,
 * then the next sentence's first character: a capital or a digit, perhaps after an opening quote or
 * bracket ("... are deprived. 40 of them ...", "... on time.) The"). Not a stop inside a word or
 * number ("12.5%", "example.gov.uk"), nor one before a lower-case word ("e.g. schools", "‘Can we
 * help?’ sessions"), nor an abbreviation's full stop before a capital or a digit: after a single
 * letter ("e.g. Schools", "J. Smith") or a title or reference word ("Dr. Patel", "para. 3"); "No."
 * and "no." only before a number ("No. 5"; "The answer was no. The plan ..." ends). Nor the stop of
 * a list's number where a sentence or the text opens ("... improved. 2. The next ...": the "2." is
 * the next sentence's start). A capital letter alone, or "a.m."/"p.m.", before a word that opens
 * sentences and no name ("... of Plan B. The", "... at 5 p.m. This") ends one: an initial is
 * followed by a name (reviewer rv29).
 */
const CLOSERS = String.raw`["')\]\u2019\u201D]*`;
/** Words that open sentences and are no one's name: after "B." or "p.m." they show a sentence ended. */
const OPENERS = String.raw`(?:The|This|These|That|Those|There|Their|They|Then|It|Its|We|Our|He|She|His|Her|In|At|On|For|However|All|Some|Most|Many|Each|When|While|If|As|Both|Since|After|Before|Although|Leaders|Children|Staff)\b`;
// Every sentence end starts at its stop, so the expression first looks for one (the lookahead): without it V8 tried
// the stop's lookbehinds at every character, and a letter's sentence ends cost 7 times as much (the same ends on
// 8,444 texts of 1.75 million characters: the 21 real inputs' JSON, the layout texts and letters; 5 December 2026,
// tests/bench-history.md).
const SENTENCE_END = new RegExp(
  String.raw`(?=[!?.])(?:[!?]` +
    // A stop no abbreviation, list number or "No." before a number holds.
    String.raw`|(?<!(?:^|[\s.(\[])(?:\p{L}|Dr|Mr|Mrs|Ms|Mx|Prof|St|para|paras|pp|cf|vs|approx|incl|Ref|ref|Fig|fig)|(?:^|[\s(\[])(?:No|Nos|no|nos)|(?:^|[.!?]${CLOSERS}\s+)\d{1,2})\.` +
    // "No." before a word; a capital alone or "a.m."/"p.m." before an opener.
    String.raw`|(?<=(?:^|[\s(\[])(?:No|Nos|no|nos))\.(?=${CLOSERS}\s+[^\s\p{N}])` +
    String.raw`|(?<=(?:^|[\s(\[])\p{Lu}|\b[ap]\.m)\.(?=${CLOSERS}\s+${OPENERS}))` +
    String.raw`${CLOSERS}\s+(?=["'(\[\u2018\u201C]?[\p{Lu}\p{N}])`,
  'gu',
);

/** Where each sentence after the first starts in a text: the offset of its first character (an opening quote or bracket, if any), in order. */
export function sentenceStarts(text: string): number[] {
  return [...text.matchAll(SENTENCE_END)].map((end) => end.index! + end[0].length);
}

/** How many sentences a text holds (one with no sentence end in it; an empty text is one). */
export function sentencesIn(text: string): number {
  return sentenceStarts(text).length + 1;
}

/**
 * For words found in a text (their start offsets, in order), which ones open a sentence after the
 * first: a set of word indices. A sentence opens at the first word at or after each sentence start.
 */
export function sentenceStartWords(text: string, words: ReadonlyArray<{ start: number }>): Set<number> {
  const opening = new Set<number>();
  let i = 0;
  for (const start of sentenceStarts(text)) {
    while (i < words.length && words[i]!.start < start) i++;
    if (i < words.length && i > 0) opening.add(i);
  }
  return opening;
}
