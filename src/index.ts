// The library: everything the command line does, for programs to call.
export { parseFile, parseSource, defaultLayoutRules, type ParseOptions } from './parse.js';
export { expandInputs, parseOne, type Outcome, type Status } from './batch.js';
export { readSource, extract, extractPages, cleanPages } from './extract/index.js';
export { segment } from './segment/sections.js';
export { loadLayoutRules } from './segment/layout-rules.js';
export { letterRenderers, letterToJson, letterToMarkdown, letterToCsv, type LetterFormat } from './render/letter.js';
export { JtaiError, errorCatalogue, type ErrorCode } from './errors.js';
export { writeAtomic } from './output.js';
export type * from './types.js';
