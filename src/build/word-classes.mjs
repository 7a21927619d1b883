// `npm run build`: the word classes that src/tag/aside.ts reads (from natural's English lexicon)
// written to dist/word-classes.txt, so that a run does not parse the 4 MB lexicon.
import { renameSync, writeFileSync } from 'node:fs';
import { wordClassesFile, wordClassesFromLexicon } from '../../dist/tag/word-classes.js';

const temporary = `${wordClassesFile}.${process.pid}.tmp`;
writeFileSync(temporary, wordClassesFromLexicon());
renameSync(temporary, wordClassesFile);
process.stderr.write(`wrote the word classes to ${wordClassesFile}\n`);
