import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { isEnglishWord, knownWordsFile, knownWordsFromWordNet, wordClassesFile, wordClassesFromLexicon, wordClassOf } from '../src/tag/word-classes.js';

// The asides' clause reader looks words up in a table the build writes from natural's lexicon; a
// table that has drifted from the lexicon (natural updated, the build not run) would tag otherwise.
it('the build\'s word classes are natural\'s lexicon, sorted so that a binary search finds every word', () => {
  const table = wordClassesFromLexicon();
  expect(readFileSync(wordClassesFile, 'utf8')).toBe(table);
  const lines = table.trimEnd().split('\n');
  expect(lines.length).toBeGreaterThan(30000);
  for (const line of lines.filter((_, i) => i % 97 === 0)) {
    const [word, tag] = line.split('\t');
    expect(wordClassOf(word!)).toBe(tag);
  }
  expect([wordClassOf('share'), wordClassOf('although'), wordClassOf('are'), wordClassOf('police')]).toEqual(['NN+VB', 'IN', 'VBP', 'NN']);
});

// Line-end hyphens are judged by a list the build writes from WordNet (natural's dependency); the
// list must be WordNet's as installed, and hold the spellings the judgement turns on.
it('the build\'s known words are WordNet\'s lemmas, found by the same search', () => {
  expect(readFileSync(knownWordsFile, 'utf8')).toBe(knownWordsFromWordNet());
  expect(['proactively', 'proactive', 'well-being', 'wellbeing', 'located'].map(isEnglishWord)).toEqual([true, true, true, true, true]);
  expect(['pro-actively', 'colocated', 'co-located', 'multiagency'].map(isEnglishWord)).toEqual([false, false, false, false]);
});
