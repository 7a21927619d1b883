// `npm run build`: the word lists that src/tag/aside.ts and src/segment/lines.ts read (from
// natural's lexicon and WordNet) written to dist/, so that a run does not parse the lexicons.
import { renameSync, writeFileSync } from 'node:fs';
import { knownWordsFile, knownWordsFromWordNet, wordClassesFile, wordClassesFromLexicon } from '../../dist/tag/word-classes.js';

for (const [file, make] of [[wordClassesFile, wordClassesFromLexicon], [knownWordsFile, knownWordsFromWordNet]]) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, make());
  renameSync(temporary, file);
  process.stderr.write(`wrote ${file}\n`);
}
