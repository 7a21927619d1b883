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

  // Reviewer rv29: the abbreviation list and the single-letter rule, each both ways. Sentences written here.
  it('end after a capital letter alone, or "a.m."/"p.m.", before a word that opens sentences, not before a name (rv29)', () => {
    expect(sentencesAfterFirst('The work is part of Plan B. The team meets monthly.')).toEqual(['The team meets monthly.']);
    expect(sentencesAfterFirst('Staff complete Form C. This is checked weekly.')).toEqual(['This is checked weekly.']);
    expect(sentencesAfterFirst('The office closes at 5 p.m. The duty team covers nights.')).toEqual(['The duty team covers nights.']);
    expect(sentenceStarts('The manager, Ann B. Okafor, chairs it.')).toEqual([]);
    expect(sentenceStarts('Calls after 5 p.m. Monday to Friday go to the duty team.')).toEqual([]);
    expect(sentenceStarts('Some partners, e.g. The Hollies nursery, refer early.')).toEqual([]);
  });

  it('end after a number closing a sentence ("Year 6."), and after "no." or "No." before a word, not before a number (rv29)', () => {
    expect(sentencesAfterFirst('Help starts in Year 6. Children then move school.')).toEqual(['Children then move school.']);
    expect(sentencesAfterFirst('Asked if plans were shared, the answer was no. The panel noted this.')).toEqual(['The panel noted this.']);
    expect(sentencesAfterFirst('Were plans shared? No. The panel noted this.')).toEqual(['No.', 'The panel noted this.']);
    expect(sentenceStarts('It is action no. 4 in the plan and No. 5 in the review.')).toEqual([]);
  });

  it('do not end at a list\'s number opening a sentence or the text (rv29)', () => {
    expect(sentencesAfterFirst('Checks have improved. 2. The front door is busier.')).toEqual(['2. The front door is busier.']);
    expect(sentencesIn('1. The front door is busier.')).toBe(1);
    expect(sentencesIn('Waits fell to 12. 40 families still wait.')).toBe(2);
  });

  it('end after an address or an ellipsis before a capital, not inside the address (rv29)', () => {
    expect(sentencesAfterFirst('Advice is at www.example.gov.uk/help. The page is new.')).toEqual(['The page is new.']);
    expect(sentencesAfterFirst('Write to j.okafor@example.org. The team replies.')).toEqual(['The team replies.']);
    expect(sentencesAfterFirst('Staff waited... Then the plan came.')).toEqual(['Then the plan came.']);
    expect(sentenceStarts('Staff waited … and the plan came.')).toEqual([]);
  });

  it('open at a word: the first word at or after each start, for callers that read words', () => {
    const text = 'Rates rose to 12.5% in 2023. ‘Most’ families are seen. 40 wait.';
    const tokens = tokenize(text);
    expect([...sentenceStartWords(text, tokens)].map((i) => tokens[i]!.word)).toEqual(['most', '40']);
  });
});
