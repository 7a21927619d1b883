// The library: everything the command line does, for programs to call.
export { parseFile, parseSource, type ParseOptions } from './parse.js';
export { expandInputs, parseOne, parseMany, type Outcome, type Status, type ManyOptions } from './run/batch.js';
export { loadRules, defaultRules, type Rules, type RuleSources } from './rules.js';
export { readSource, extract, extractPages, cleanPages } from './extract/index.js';
export { segment } from './segment/sections.js';
export { compileRules, tagText, applyAll, tokenize, letterContext } from './tag/match.js';
export { loadTagRules, type TagRule, type RuleProblem } from './tag/rules.js';
export { explainFinding, explanationToText } from './tag/explain.js';
export { runExamples } from './tag/examples.js';
export { ruleCoverage } from './tag/coverage.js';
export { summarise, distinctLetters, type Summary, type SummaryBy, type Group, type Quote } from './summarise/index.js';
export { letterRenderers, letterToJson, letterToMarkdown, letterToCsv, type LetterFormat } from './render/letter.js';
export { summaryToJson, summaryToMarkdown, summaryToLongCsv, summaryToWideCsv } from './render/summary.js';
export { JtaiError, errorCatalogue, type ErrorCode } from './errors.js';
export { writeAtomic } from './run/output.js';
export type * from './types.js';
