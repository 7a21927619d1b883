import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/tag/match.js';
import { sentenceStarts, sentencesIn, sentenceStartWords } from '../src/text/sentences.js';

// The one definition of a sentence end (src/text/sentences.ts), each reading the three splitters it
// replaced differed on (README, "Sentence ends"). Sentences written here, none copied from a letter.

/** The text of each sentence after the first, from its start to the next one's. */
const sentencesAfterFirst = (text: string) => {
  const starts = sentenceStarts(text);
  return starts.map((start, k) => text.slice(start, starts[k + 1] ?? text.length).trimEnd());
};

describe('sentence ends', () => {
  it('end at a full stop, question or exclamation mark before a capital', () => {
    expect(sentencesAfterFirst('Plans are clear. Workers visit often! Are they seen alone? Mostly.')).toEqual(['Workers visit often!', 'Are they seen alone?', 'Mostly.']);
    expect(sentencesIn('Plans are clear. Workers visit often.')).toBe(2);
    expect(sentencesIn('Plans are clear')).toBe(1);
    expect(sentencesIn('')).toBe(1);
  });

  it('end before a digit: a sentence may open with a number', () => {
    expect(sentencesAfterFirst('Many areas are deprived. 40 of them are in the north.')).toEqual(['40 of them are in the north.']);
  });

  it('take the closing quote or bracket after the stop into the sentence that ends, and an opening one into the next', () => {
    expect(sentencesAfterFirst('Staff call it ‘the hub.’ The hub is busy.')).toEqual(['The hub is busy.']);
    expect(sentencesAfterFirst('Most are seen quickly (within a day.) Others wait.')).toEqual(['Others wait.']);
    expect(sentencesAfterFirst('Plans are reviewed. (Recommendation)')).toEqual(['(Recommendation)']);
    expect(sentencesAfterFirst('Plans are reviewed. ‘Good’ plans are rare.')).toEqual(['‘Good’ plans are rare.']);
  });

  it('do not end inside a number or an address', () => {
    expect(sentenceStarts('Rates rose to 12.5% last year.')).toEqual([]);
    expect(sentenceStarts('Write to team@example.gov.uk by Monday.')).toEqual([]);
  });

  it('do not end before a lower-case word, a question in quotes included', () => {
    expect(sentenceStarts('Some partners, e.g. schools, refer early.')).toEqual([]);
    expect(sentenceStarts('They ran ‘Can we help?’ sessions for carers.')).toEqual([]);
  });

  it('do not end at an abbreviation before a capital or a digit', () => {
    expect(sentenceStarts('The panel is chaired by Dr. Okafor and meets weekly.')).toEqual([]);
    expect(sentenceStarts('Partners, i.e. Schools and nurseries, are told.')).toEqual([]);
    expect(sentenceStarts('It is set out in para. 4 of the plan, as item No. 7.')).toEqual([]);
    expect(sentenceStarts('The manager, J. Hale, chairs it.')).toEqual([]);
  });

  it('still end after a word whose last letter follows an apostrophe, and after "etc."', () => {
    expect(sentencesAfterFirst('The plan is the family’s. Workers review it.')).toEqual(['Workers review it.']);
    expect(sentencesAfterFirst('Training covers neglect, exploitation, etc. Workers value it.')).toEqual(['Workers value it.']);
  });

  it('open at a word: the first word at or after each start, for callers that read words', () => {
    const text = 'Rates rose to 12.5% in 2023. ‘Most’ families are seen. 40 wait.';
    const tokens = tokenize(text);
    expect([...sentenceStartWords(text, tokens)].map((i) => tokens[i]!.word)).toEqual(['most', '40']);
  });
});
