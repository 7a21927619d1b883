import { createRequire } from 'node:module';

// The parts of natural that jtai reads, in one place. natural is imported by its parts: the whole
// package prints to stdout and reads .env (../shared/DEPENDENCIES.md).

const require = createRequire(import.meta.url);

/** natural's Porter stemmer. */
export const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(word: string): string };

/** natural's English stopwords (function words). */
export const stopwords: ReadonlySet<string> = new Set<string>((require('natural/lib/natural/util/stopwords.js') as { words: string[] }).words);
