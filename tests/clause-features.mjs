// A clause reading of a finding for the theme recall harness (tests/theme-recall-carry.mjs; issue 9, fifty-second step, helper
// 9cj): not a wording but a position. A finding is cut into clauses, each clause into its subject (the words before its first
// finite verb) and its predicate (from that verb on), with natural's lexicon for the word classes (src/tag/word-classes.ts, as
// src/tag/roles.ts reads agencies' roles). A theme's noun then counts when it is the subject of a judged predicate ("risks ...
// were not looked at again", "staff are confident", "audits show") or the object of a judged verb ("rarely consider risks").
// Fixed word classes, written before any count was read; the harness decides, set by set, whether a label takes them.
import { wordClassOf } from '../dist/tag/word-classes.js';

const BOUNDARY_PUNCT = new Set(['.', ';', ':', '!', '?', '(', ')']);
// Words that open a new clause (subordinators, relatives, complementisers) and the coordinators that may.
const OPENERS = new Set(['but', 'while', 'whilst', 'although', 'though', 'because', 'whereas', 'which', 'who', 'that', 'so', 'when', 'where', 'if', 'since', 'until', 'unless', 'however']);
const SOFT = new Set([',', 'and']);
const AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'should', 'may', 'might', 'must', 'shall']);
const DET = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'their', 'its', 'his', 'her', 'our', 'some', 'all', 'many', 'most', 'few', 'no', 'each', 'every']);
// A judgement in a predicate: a verdict word, a negation or frequency, or a verb that says what something does or fails to do.
export const JUDGEMENT = ['not', "n't", 'never', 'no', 'rarely', 'seldom', 'always', 'routinely', 'consistently', 'inconsisten', 'consisten', 'well', 'better', 'improv', 'strengthen', 'weak', 'strong', 'good', 'poor', 'effective', 'ineffective', 'limited', 'lack', 'fail', 'too', 'insufficien', 'sufficien', 'appropriate', 'inappropriate', 'timel', 'prompt', 'swift', 'quick', 'delay', 'slow', 'robust', 'thorough', 'clear', 'unclear', 'confiden', 'skil', 'knowledg', 'experien', 'equip', 'unsure', 'uncertain', 'aware', 'unaware', 'understand', 'understood', 'stretch', 'overwhelm', 'manageab', 'high', 'low', 'show', 'demonstrat', 'ensur', 'enabl', 'help', 'support', 'inform', 'influenc', 'drive', 'driv', 'lead', 'result', 'mean', 'reduc', 'increas', 'valu', 'benefit', 'welcom', 'struggl', 'miss', 'overlook', 'ignor', 'reconsider', 'review', 'revisit', 'challeng', 'escalat', 'gap', 'variab', 'regular', 'detailed', 'careful', 'helpful', 'useful', 'reliab', 'accurate', 'inaccurate', 'incomplete', 'complete', 'up-to-date', 'outdated', 'absent', 'embedded', 'established', 'mature', 'new', 'developing', 'early', 'only', 'yet'];
const isJudgement = (w) => JUDGEMENT.some((j) => w.startsWith(j));

const FINITE = /^(VBZ|VBP|VBD|MD)$/;
/** Is token k its clause's finite verb: an auxiliary, a verb the lexicon gives as finite, or a noun-verb ("show") right after a bare plural. */
function isFinite(tokens, k) {
  const w = tokens[k];
  if (AUX.has(w)) return true;
  const c = wordClassOf(w);
  if (FINITE.test(c)) {
    // A past form right after a determiner or an auxiliary is a participle of the phrase ("the shared plan", "was looked").
    const before = tokens[k - 1];
    return !(before && (DET.has(before) || AUX.has(before)));
  }
  if (c === 'NN+VB' || c === 'VB' || c === 'VBN') {
    // Over adverbs ("rarely consider"), a bare plural noun or a pronoun before it is its subject.
    let j = k - 1;
    while (j >= 0 && wordClassOf(tokens[j]) === 'RB' && tokens[j] !== 'not') j--;
    const before = tokens[j];
    if (!before || DET.has(before) || AUX.has(before)) return false;
    if (/^(they|we|he|she|it|i|you)$/.test(before)) return true;
    return c !== 'VBN' && /s$/.test(before) && wordClassOf(before).startsWith('NN');
  }
  return false;
}

export const tokensOf = (text) => text.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z][a-z'-]*|[.;:,!?()]/g) ?? [];

/** The finding's clauses: [{ words, verb }], verb the index of the first finite verb in words (or -1). */
export function clausesOf(text) {
  const tokens = tokensOf(text);
  const pieces = [];
  let current = [];
  let softBefore = false;
  const flush = (next) => { if (current.length) pieces.push({ words: current, soft: softBefore }); current = []; softBefore = next; };
  for (const t of tokens) {
    if (BOUNDARY_PUNCT.has(t)) { flush(false); continue; }
    if (SOFT.has(t)) { if (current.length) flush(true); else softBefore = true; continue; }
    if (OPENERS.has(t) && current.length) flush(false);
    current.push(t);
  }
  flush(false);
  // A piece with no finite verb of its own (a list item, an aside) or that opens with its verb (a shared subject) joins the one before.
  const clauses = [];
  for (const piece of pieces) {
    const verb = piece.words.findIndex((_, k) => isFinite(piece.words, k));
    const prev = clauses[clauses.length - 1];
    if (prev && piece.soft && (verb < 0 || verb === 0)) { prev.words.push(...piece.words); continue; }
    clauses.push({ words: [...piece.words] });
  }
  for (const c of clauses) c.verb = c.words.findIndex((_, k) => isFinite(c.words, k));
  return clauses;
}

/**
 * The clause roles of a label's nouns in a finding: for each clause holding one, whether it is the subject of a judged predicate
 * (`subject`), the object of a judged verb (`object`: a judgement before it in the predicate), and the clause's judgement words
 * and main verb, as features for a learned layer.
 */
export function clauseRoles(clauses, nouns) {
  const roles = [];
  for (const { words, verb } of clauses) {
    if (verb < 0) continue;
    const predicate = words.slice(verb);
    const judged = predicate.filter(isJudgement);
    words.forEach((w, k) => {
      if (!nouns.has(w)) return;
      if (k < verb) {
        if (judged.length) roles.push({ role: 'subject', noun: w, verb: words[verb], judged });
      } else {
        const before = words.slice(Math.max(0, verb - 2), k).filter(isJudgement);
        if (before.length) roles.push({ role: 'object', noun: w, verb: words[verb], judged: before });
      }
    });
  }
  return roles;
}

/**
 * The head verbs of a finding's clauses: from each clause's finite verb, the first verb that is not an auxiliary, an adverb or
 * "not" (within four words: "was [recorded]", "do not reliably [ask]", "[reached]"), with whether the clause holds a judgement.
 */
export function headVerbs(clauses) {
  const heads = [];
  for (const { words, verb } of clauses) {
    if (verb < 0) continue;
    let k = verb;
    while (k < words.length && k < verb + 4 && (AUX.has(words[k]) || words[k] === 'not' || words[k] === 'been' || wordClassOf(words[k]) === 'RB')) k++;
    const head = k < words.length && k < verb + 4 ? words[k] : words[verb];
    heads.push({ verb: head, judged: words.some(isJudgement), words });
  }
  return heads;
}
