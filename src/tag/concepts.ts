import type { Span } from '../types.js';
import type { ConceptRule } from './rules.js';
import { wordClassOf } from './word-classes.js';

// The concept layer of the themes (issue 9): a theme said as what a clause does, not by its
// name. A concept pairs a head (a verb or its nominalisation, by stem: "engage", "engaged",
// "engagement") with an argument class ("parents", "fathers", "families") in one clause, the
// argument in the role the concept asks: "workers engage fathers" and "fathers are engaged" say
// family engagement, "fathers engage with the police" does not say it as the object of the work.
// Phrase and near-pair additions moved the text they were written for and little else (the dev
// gold's README, issue 9's tenth step); a concept names the act and its argument once, for every
// wording of the clause. Word classes come from natural's lexicon (word-classes.ts).

/** A head's or an argument's match: its token range and text span. */
export interface ConceptPart {
  first: number;
  last: number;
  span: Span;
}

export interface ConceptToken {
  word: string;
  start: number;
  end: number;
}

/** Between head and argument: a sentence's end, a semicolon, colon or bracket ends the clause. */
const CLAUSE_BREAK = /[.;:!?()\u2013\u2014]|\s-\s/;
/** A comma before one of these opens another clause ("..., which managers review"). */
const CLAUSE_OPENERS = new Set(['which', 'who', 'whose', 'where', 'when', 'while', 'whilst', 'although', 'but', 'because', 'whereas', 'so', 'and']);
/** Verbs that make a participle after them a passive, or a state the argument is in ("fathers feel listened to"). */
const PASSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'feel', 'feels', 'felt', 'get', 'gets', 'got', 'not', 'always', 'often', 'rarely', 'routinely', 'consistently', 'well', 'fully', 'sufficiently', 'never', 'seldom', 'properly', 'meaningfully', 'effectively', 'actively']);
const DETERMINERS = new Set(['the', 'a', 'an', 'their', 'its', 'his', 'her', 'all', 'some', 'most', 'many', 'team', 'senior', 'line', 'first', 'frontline', 'front', 'operational', 'experienced', 'and', 'or']);

/** Whether head and argument stand in one clause: no break, and no comma that opens another clause, between them. */
function oneClause(text: string, tokens: ConceptToken[], from: number, to: number): boolean {
  for (let t = from + 1; t <= to; t++) {
    const gap = text.slice(tokens[t - 1]!.end, tokens[t]!.start);
    if (CLAUSE_BREAK.test(gap)) return false;
    if (gap.includes(',') && CLAUSE_OPENERS.has(tokens[t]!.word)) return false;
  }
  return true;
}

const POSSESSOR = /^['\u2019]s?\s+(?:[a-z-]+\s+)?$/;

/** Verb forms that are prepositions in use ("including support for families"): no clause's head. */
const PREPOSITIONS = new Set(['including', 'regarding', 'concerning', 'following', 'considering', 'given']);

/** A noun reading of the head ("engagement", "oversight"), not a verb form. */
const nominal = (word: string) => /^NN/.test(wordClassOf(word)) && !/(?:ed|ing)$/.test(word);

/** The argument before the head is its object: the head is a participle after an auxiliary ("fathers are not involved"), or a noun it possesses ("parents' engagement", "children's views recorded"). */
function objectBefore(text: string, tokens: ConceptToken[], argument: ConceptPart, head: ConceptPart): boolean {
  const word = tokens[head.first]!.word;
  // A possessor: "parents' engagement", "the child's views" (one adjective may stand between), not a modifier ("family support").
  if (nominal(word)) return POSSESSOR.test(text.slice(argument.span[1], head.span[0]));
  // A participle by its ending, or an irregular one by its word class ("told", "kept", "met").
  if (!/(?:ed|en|wn|ard|ght)$/.test(word) && !/^VB[ND]$/.test(wordClassOf(word))) return false;
  // The verb group before the participle (auxiliaries and adverbs, one auxiliary at least), straight
  // after the argument or after a short phrase qualifying it ("the risks to the baby were not reviewed").
  let group = head.first;
  let passive = false;
  while (group - 1 > argument.last && (PASSIVE_AUXILIARIES.has(tokens[group - 1]!.word) || /^RB/.test(wordClassOf(tokens[group - 1]!.word)))) {
    group--;
    if (PASSIVE_AUXILIARIES.has(tokens[group]!.word)) passive = true;
  }
  return passive && (group === argument.last + 1 || qualifier(tokens, argument.last + 1, group));
}

/** The argument after a head is its agent: "reviewed by managers", "oversight by team leaders". */
function agentAfter(tokens: ConceptToken[], head: ConceptPart, argument: ConceptPart): boolean {
  for (let t = argument.first - 1; t > head.last; t--) {
    if (tokens[t]!.word === 'by' || tokens[t]!.word === 'from') return true;
    if (!DETERMINERS.has(tokens[t]!.word) && !/^(JJ|RB)/.test(wordClassOf(tokens[t]!.word))) return false;
  }
  return false;
}

/**
 * The argument before the head is its subject: the head reads as a verb, with no preposition or
 * determiner between them ("managers review", "leaders have championed"; not "leaders at the review").
 */
function subjectBefore(tokens: ConceptToken[], argument: ConceptPart, head: ConceptPart): boolean {
  // Not a noun inside a prepositional phrase: "agencies across the partnership understand".
  let before = argument.first - 1;
  while (before >= 0 && DETERMINERS.has(tokens[before]!.word)) before--;
  if (before >= 0 && /^(IN|TO)$/.test(wordClassOf(tokens[before]!.word))) return false;
  const word = tokens[head.first]!.word;
  if (nominal(word) && (possessedBy(tokens, argument, head) || !/^(VB|MD)|NN\+VB/.test(wordClassOf(word)))) return possessedBy(tokens, argument, head);
  // A short prepositional phrase may qualify the subject ("supervisors in the police rarely review").
  let from = argument.last + 1;
  let to = head.first;
  while (to - 1 >= from && /^(RB|MD)$/.test(wordClassOf(tokens[to - 1]!.word))) to--;
  if (to > from && qualifier(tokens, from, to)) from = to;
  for (let t = from; t < head.first; t++) if (/^(IN|DT|TO)$/.test(wordClassOf(tokens[t]!.word))) return false;
  return true;
}

/** Words that may stand in a noun phrase's qualifier: determiners, adjectives, nouns and numbers. */
const QUALIFIER_WORD = /^(DT|PDT|JJ|JJR|JJS|NN|NNS|NNP|NNPS|CD|POS|PRP\$)$/;

/**
 * Tokens [from, to) are one short prepositional phrase ("in the police", "to the baby"): a
 * preposition, then only a noun phrase's words, ending on a noun (not "at the yearly" before a noun head).
 */
function qualifier(tokens: ConceptToken[], from: number, to: number): boolean {
  if (to - from < 2 || to - from > 4 || !/^(IN|TO)$/.test(wordClassOf(tokens[from]!.word)) || !/^NN/.test(wordClassOf(tokens[to - 1]!.word))) return false;
  for (let t = from + 1; t < to; t++) if (!QUALIFIER_WORD.test(wordClassOf(tokens[t]!.word))) return false;
  return true;
}

/** An argument that modifies the noun after it names no one: "family centres", "parent groups". */
function modifier(text: string, tokens: ConceptToken[], argument: ConceptPart): boolean {
  const next = tokens[argument.last + 1];
  return next !== undefined && /^\s+$/.test(text.slice(argument.span[1], next.start)) && /^NNS?$/.test(wordClassOf(next.word));
}

/**
 * An argument after its head that possesses a professional, a team or a service names whose worker it is, not the one the
 * act is done to or by: "shared with the family's health visitor", "the police liaise with the child's school", "referred
 * to children's social care" (the health visitor, the school, social care are the ones). Issue 9, sixty-third step (helper
 * 9ey): over every dev unit 4 extras gone (family engagement r14-01, r23-06, r32-04; voice r22-01), no right tag lost; an
 * abstract noun possessed keeps its possessor ("expectations on parents' ability", Derby's, is on the parents).
 */
const POSSESSED_PROFESSIONAL = /^['\u2019]s?\s+(?:[a-z-]+\s+)?(?:GPs?|doctors?|health visitors?|school nurses?|nurses?|midwi(?:fe|ves)|social workers?|social care|services?|workers?|keyworkers?|schools?|teachers?|practitioners?|paediatricians?|consultants?|solicitors?|advocates?|probation officers?|officers?)\b/;
function possessorAfter(text: string, head: ConceptPart, argument: ConceptPart): boolean {
  return argument.first > head.last && POSSESSED_PROFESSIONAL.test(text.slice(argument.span[1]));
}

/** Verbs by which a subject has, lacks or shows what a noun names: "the board has insufficient oversight", "staff lack confidence", "leaders have made a commitment". */
const HAVE = new Set(['has', 'have', 'had', 'having', 'lack', 'lacks', 'lacked', 'lacking', 'gave', 'show', 'shows', 'showed', 'shown', 'made', 'make', 'makes', 'demonstrate', 'demonstrates', 'demonstrated', 'set', 'sets', 'share', 'shares', 'gives', 'give', 'given', 'provide', 'provides', 'provided']);

/** A noun head whose subject has it: a verb of having straight after the subject, then only modifiers before the noun. */
function possessedBy(tokens: ConceptToken[], argument: ConceptPart, head: ConceptPart): boolean {
  let t = argument.last + 1;
  while (t < head.first && /^(RB|MD)$/.test(wordClassOf(tokens[t]!.word))) t++;
  if (t >= head.first || !HAVE.has(tokens[t]!.word)) return false;
  // Then the noun's modifiers only: no verb, preposition or other clause word before it.
  for (t++; t < head.first; t++) if (/^(VB|MD|IN|TO|W|CC)/.test(wordClassOf(tokens[t]!.word))) return false;
  return true;
}

/**
 * The argument after a head is the complement of another noun that the head governs, not the head's own object:
 * a noun, then a preposition, stand between them ("plans include [actions] for parents", "do not include clear
 * [expectations] of parents": the actions are included, not the parents). Issue 9, 48th step (helper 9bv).
 */
function complementOfNoun(tokens: ConceptToken[], head: ConceptPart, argument: ConceptPart): boolean {
  let t = argument.first - 1;
  while (t > head.last && DETERMINERS.has(tokens[t]!.word)) t--;
  if (t - 1 <= head.last || wordClassOf(tokens[t]!.word) !== 'IN') return false;
  return /^NNS?$/.test(wordClassOf(tokens[t - 1]!.word));
}

/** Whether the argument stands in the concept's role to the head. */
export function inRole(concept: ConceptRule, text: string, tokens: ConceptToken[], head: ConceptPart, argument: ConceptPart): boolean {
  const headFirst = head.first < argument.first;
  const asObject = headFirst ? !agentAfter(tokens, head, argument) && !complementOfNoun(tokens, head, argument) : objectBefore(text, tokens, argument, head);
  const asSubject = headFirst ? agentAfter(tokens, head, argument) : subjectBefore(tokens, argument, head);
  if (concept.role === 'object') return asObject;
  if (concept.role === 'subject') return asSubject;
  return asObject || asSubject;
}

/**
 * For each head of a concept, the nearest argument in its clause and role within the window, in
 * text order; each pair once. Both lists are in text order, so a paragraph costs time in
 * proportion to its words.
 */
export function conceptPairs<Part extends ConceptPart>(concept: ConceptRule, text: string, tokens: ConceptToken[], heads: Part[], args: Part[]): Array<{ head: Part; argument: Part }> {
  const pairs: Array<{ head: Part; argument: Part }> = [];
  let from = 0;
  for (const head of heads) {
    if (PREPOSITIONS.has(tokens[head.first]!.word)) continue;
    while (from < args.length && args[from]!.last < head.first - concept.within) from++;
    let best: Part | null = null;
    let bestDistance = Infinity;
    for (let j = from; j < args.length && args[j]!.first <= head.last + concept.within; j++) {
      const argument = args[j]!;
      if (argument.first <= head.last && argument.last >= head.first) continue;
      const distance = argument.first > head.last ? argument.first - head.last : head.first - argument.last;
      if (distance > concept.within || distance >= bestDistance) continue;
      const [a, b] = argument.first > head.last ? [head.last, argument.first] : [argument.last, head.first];
      if (modifier(text, tokens, argument) || possessorAfter(text, head, argument) || !oneClause(text, tokens, a, b) || !inRole(concept, text, tokens, head, argument)) continue;
      best = argument;
      bestDistance = distance;
    }
    if (best) pairs.push({ head, argument: best });
  }
  return pairs;
}
