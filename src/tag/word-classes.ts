import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// Word classes from natural's English lexicon (each word's likeliest tag), for reading a finding
// clause by clause (src/tag/aside.ts). Only the words that are not nouns are kept; a word outside
// them is taken as a noun, and a noun that is also a verb ("share") is kept as NN+VB. Parsing the
// 4 MB lexicon costs some 200 ms of CPU, and a Map of its 35,000 words some 60 ms, so the build
// writes the table as sorted lines ("word<TAB>tag") to dist/word-classes.txt, and a run searches
// that text for the words it meets (a few ms).

const require = createRequire(import.meta.url);
const NOUN = /^(NN|NNS|NNP|NNPS|PRP)$/;

/** The table written by the build (found from src/tag/ and dist/tag/ alike). */
export const wordClassesFile = fileURLToPath(new URL('../../dist/word-classes.txt', import.meta.url));

/** The table from natural's lexicon itself: "word\ttag" lines, sorted by word. */
export function wordClassesFromLexicon(): string {
  const lines: string[] = [];
  const lexicon = readFileSync(require.resolve('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json'), 'utf8');
  for (const [, entry, list] of lexicon.matchAll(/"((?:[^"\\\t\n]|\\.)*)":\s*\[([^\]]*)\]/g)) {
    if (entry!.includes('\\')) continue;
    const tags = [...list!.matchAll(/"([^"]*)"/g)].map((tag) => tag[1]!);
    if (!NOUN.test(tags[0] ?? 'NN')) lines.push(`${entry}\t${tags[0]}`);
    else if (tags[0] === 'NN' && tags.some((tag) => /^VB[PD]$/.test(tag))) lines.push(`${entry}\tNN+VB`);
  }
  const word = (line: string) => line.slice(0, line.indexOf('\t'));
  return `${[...new Map(lines.map((line) => [word(line), line])).values()].sort((a, b) => (word(a) < word(b) ? -1 : word(a) > word(b) ? 1 : 0)).join('\n')}\n`;
}

let table: string | null = null;
const known = new Map<string, string>();
/** A word's class (a binary search of the table's lines): the build's table where there is one, else the lexicon read now. */
export function wordClassOf(word: string): string {
  const seen = known.get(word);
  if (seen !== undefined) return seen;
  if (table === null) {
    try {
      table = readFileSync(wordClassesFile, 'utf8');
    } catch {
      table = wordClassesFromLexicon();
    }
  }
  let found = 'NN';
  let low = 0;
  let high = table.length;
  while (low < high) {
    const start = table.lastIndexOf('\n', ((low + high) >> 1) - 1) + 1;
    const tab = table.indexOf('\t', start);
    const end = table.indexOf('\n', tab);
    const key = table.slice(start, tab);
    if (key === word) {
      found = table.slice(tab + 1, end);
      break;
    }
    if (key < word) low = end + 1;
    else high = start;
  }
  known.set(word, found);
  return found;
}
