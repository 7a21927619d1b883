// The library: everything the command line does, for programs to call.
export { parseFile, parseSource, type ParseOptions } from './parse.js';
export { loadRules, defaultRules, type Rules, type RuleSources } from './rules.js';
export { compileRules, tagText, applyAll, tokenize } from './tag/match.js';
export { loadTagRules, type TagRule, type RuleProblem } from './tag/rules.js';
export { expandInputs, parseOne, type Outcome, type Status } from './batch.js';
export { readSource, extract, extractPages, cleanPages } from './extract/index.js';
export { segment } from './segment/sections.js';
export { loadLayoutRules } from './segment/layout-rules.js';
export { letterRenderers, letterToJson, letterToMarkdown, letterToCsv, type LetterFormat } from './render/letter.js';
export { JtaiError, errorCatalogue, type ErrorCode } from './errors.js';
export { writeAtomic } from './output.js';
export type * from './types.js';
