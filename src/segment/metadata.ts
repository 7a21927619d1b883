import type { Layout, LetterMetadata, LetterText, Recipient, Section } from '../types.js';
import type { LayoutRules } from './layout-rules.js';
import { fullLine, joinLines, type Line, pageOf } from './lines.js';
import type { FrontMatter } from './sections.js';
import { pushAll, smallest } from '../long-arrays.js';
import { singleSpaced } from '../text/spaces.js';
import { DATE, DATE_ALONE, dateAlone, DAY, MONTH, MONTHS, WEEKDAY, YEAR } from '../text/dates.js';

// The letter's metadata, read from its front matter, opening and next steps.

// A weekday may stand before either day ("Monday 3 October to Friday 7 October 2022").
// An ordinal day may stand with "the" and "of" ("the 3rd to the 7th of October 2022").
const RANGE = new RegExp(
  `\\b${WEEKDAY}(?:the\\s+)?${DAY}(?:\\s+(?:of\\s+)?${MONTH}\\.?)?(?:\\s+${YEAR})?\\s*(?:and|to|-|–|until)\\s*${WEEKDAY}(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH}\\.?(?:,?\\s+${YEAR})?`,
  'i',
);
// The American order, month before day: "October 3-7, 2022", "September 28 to October 2, 2022", "Oct 3rd-7th 2022".
const RANGE_MONTH_FIRST = new RegExp(
  `\\b${WEEKDAY}${MONTH}\\.?\\s+${DAY}(?!\\d)(?:,?\\s+(\\d{4}))?\\s*(?:and|to|-|–|until)\\s*${WEEKDAY}(?:${MONTH}\\.?\\s+)?${DAY}(?!\\d),?\\s+(\\d{4})\\b`,
  'i',
);
/**
 * A deadline's words, then (past a time: "by 5pm on") its date, with or without a year: day first
 * ("25 November 2022", "the 25th of November": groups 1-4) or month first ("November 25, 2022": groups 5-7, a year only as four digits).
 */
const DUE = new RegExp(
  `\\b(?:by|no later than|on or before)\\s+(?:(?:\\d{1,2}(?:[.:]\\d\\d)?\\s*[ap]\\.?m\\.?|noon|midday)\\s+on\\s+)?${WEEKDAY}(?:(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH}\\b\\.?(?:,\\s+(\\d{4})|\\s+${YEAR})?|${MONTH}\\.?\\s+${DAY}(?![\\d:.]\\d|\\s*[ap]\\.?m\\b)(?:,?\\s+(\\d{4})(?!\\d))?)`,
  'gi',
);

function monthNumber(name: string): number {
  const lower = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((month) => month.startsWith(lower)) + 1;
}

function fullYear(year: string): number {
  const digits = year.replace("'", '');
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

/** A date on the calendar as YYYY-MM-DD; null for one that is not ("31 April", "30 February", "29 February 2023"). */
function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (new Date(Date.UTC(year, month - 1, day)).getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first full date in a text, as YYYY-MM-DD (a weekday before it is read and ignored). */
export function findDate(text: string): string | null {
  const match = DATE.exec(text);
  if (!match) return null;
  if (match[1] === undefined) return iso(Number(match[7]), monthNumber(match[5]!), Number(match[6]));
  return iso(fullYear(match[3] ?? match[4]!), monthNumber(match[2]!), Number(match[1]));
}

/**
 * The deadline a letter sets for its statement of action: the date straight after "by", "no later
 * than" or "on or before" in the sentence (a time before it, "by 5pm on", is read past; where the
 * sentence gives several, see readDeadline). Another
 * date in the sentence ("signed by the director on 20 May", "within 70 working days of 16 May", "as
 * required by the letter of 16 May 2024") is never taken. A day and month with no year falls in the
 * first year that puts it after the letter's date ("by 25 November" in a letter of 1 November 2022;
 * "by 10 January" in the same letter is 2023). Null, never a guess, when no date follows the words, when
 * the date is not on the calendar, when it is on or before the letter's date (or the fieldwork's end),
 * or when a yearless one would fall more than six months after the letter (statements are due within
 * about 70 working days, so "by 23 April" in a letter of 16 May is no deadline read right).
 */
export function findDeadline(sentence: string, letterDate: string | null, fieldworkEnd: string | null = null): string | null {
  return readDeadline(sentence, letterDate, fieldworkEnd).due;
}

/**
 * Words before a deadline's date, since the date before it (or the sentence's start), that make it the
 * date of something else (helper 8cr): an update, a progress report, a review or meeting, or a past
 * statement ("the previous statement was due by 1 June 2019").
 */
const PAST_DUE = /\b(?:previous\w*|last|earlier|prior|former|original\w*)\b/i;
const OTHER_DUE = new RegExp(`\\b(?:updates?|progress|review\\w*|report\\w*|meet\\w*)\\b|${PAST_DUE.source}`, 'i');

/**
 * findDeadline's date, or null with a reason (`doubt`) where the sentence gives two deadlines it does
 * not tell apart (helper 8cr). Every date after the deadline's words is read; one after words of
 * something else (OTHER_DUE: "and an update on progress by 25 April 2023", "the previous statement was
 * due by 1 June 2019") and one that is no deadline of this letter's (on or before its date, not on the
 * calendar, a yearless one more than six months on) are set aside. One date left is the deadline; two
 * or more that differ give null, with a doubt that quotes them as printed.
 */
function readDeadline(sentence: string, letterDate: string | null, fieldworkEnd: string | null, shown: string = sentence): { due: string | null; doubt?: string } {
  const matches = [...sentence.matchAll(DUE)];
  // A first date whose own clause has a past word but no past statement's verb ("... in this letter and
  // in the earlier letter to ... by 25 November 2022": the word is a noun's) is set aside only where
  // another date is left (helper 8cs).
  let pastWord: { date: string; printed: string } | undefined;
  let pastDue: string | undefined;
  const dates = matches.flatMap((match, i) => {
    const previous = matches[i - 1];
    const lead = sentence.slice(previous === undefined ? 0 : previous.index + previous[0].length, match.index);
    const date = deadlineOf(match, letterDate, fieldworkEnd);
    if (i > 0 && OTHER_DUE.test(lead)) return [];
    // The first date's own clause ("The previous statement was due by ..."; not "Following the last inspection, the statement ... by").
    const clause = lead.split(/[,;:()–—]/).pop()!;
    if (i === 0 && PAST_DUE.test(clause)) {
      if (date !== null && !PAST_STATEMENT.test(clause)) pastWord = { date, printed: singleSpaced(match[0]) };
      else pastDue = singleSpaced(match[0]);
      return [];
    }
    return date === null ? [] : [{ date, printed: singleSpaced(match[0]) }];
  });
  if (dates.length === 0 && pastWord !== undefined) dates.push(pastWord);
  const distinct = [...new Set(dates.map((each) => each.date))];
  if (distinct.length === 0 && pastDue !== undefined) return { due: null, doubt: `the sentence "${quoted(shown)}" gives "${pastDue}" only as an earlier statement's date` };
  if (distinct.length <= 1) return { due: distinct[0] ?? null };
  return { due: null, doubt: `the sentence "${quoted(shown)}" gives ${dates.map((each) => `"${each.printed}"`).join(' and ')} and does not say which is the statement's` };
}

/** A past statement's verb in a deadline's clause ("the previous statement was due by", "the earlier plan had been set for"). */
const PAST_STATEMENT = /\b(?:was|were|had|due)\b/i;

/** A sentence as a warning quotes it: single-spaced, trimmed, cut at a word after 160 characters (helper 8cs). */
function quoted(sentence: string): string {
  const text = singleSpaced(sentence).trim();
  if (text.length <= 160) return text;
  const cut = text.slice(0, 160);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 80))} ...`;
}

/** A deadline's date (see findDeadline), or null where it is none of this letter's. */
function deadlineOf(match: RegExpMatchArray, letterDate: string | null, fieldworkEnd: string | null): string | null {
  const monthFirst = match[1] === undefined;
  const day = Number(monthFirst ? match[6] : match[1]);
  const month = monthNumber((monthFirst ? match[5] : match[2])!);
  const after = [letterDate, fieldworkEnd].filter((date): date is string => date !== null).sort().pop() ?? null;
  const yearText = monthFirst ? match[7] : match[3] ?? match[4];
  if (yearText !== undefined) {
    const date = iso(fullYear(yearText), month, day);
    return date !== null && (after === null || date > after) ? date : null;
  }
  if (letterDate === null || after === null) return null;
  const year = Number(letterDate.slice(0, 4));
  const date = [iso(year, month, day), iso(year + 1, month, day)].find((candidate) => candidate !== null && candidate > after) ?? null;
  if (date === null) return null;
  return date <= sixMonthsOn(letterDate) ? date : null;
}

/** The date six months after a YYYY-MM-DD date (the month's last day where the day does not exist). */
function sixMonthsOn(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + 6, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return iso(target.getUTCFullYear(), target.getUTCMonth() + 1, Math.min(day, last))!;
}

/**
 * The first range in a text, day first or month first ("October 3-7, 2022"), as [start day, start
 * month, start year, end day, end month, end year] (a part the text leaves out undefined).
 */
function firstRange(text: string): { parts: Array<string | undefined>; at: number; end: number } | null {
  const dayFirst = RANGE.exec(text);
  const monthFirst = RANGE_MONTH_FIRST.exec(text);
  if (monthFirst && (!dayFirst || monthFirst.index < dayFirst.index)) {
    const [, startMonth, startDay, startYear, endMonth, endDay, endYear] = monthFirst;
    return { parts: [startDay, startMonth, startYear, endDay, endMonth ?? startMonth, endYear], at: monthFirst.index, end: monthFirst.index + monthFirst[0].length };
  }
  return dayFirst ? { parts: dayFirst.slice(1), at: dayFirst.index, end: dayFirst.index + dayFirst[0].length } : null;
}

/** Every range in a sentence, in order (each found in the text after the one before). */
function rangesIn(sentence: string): Array<{ parts: Array<string | undefined>; at: number; end: number }> {
  const found: Array<{ parts: Array<string | undefined>; at: number; end: number }> = [];
  for (let from = 0, next = firstRange(sentence); next !== null; next = firstRange(sentence.slice(from))) {
    found.push({ parts: next.parts, at: from + next.at, end: from + next.end });
    from += next.end;
  }
  return found;
}

/**
 * The words between a sentence's first range and a later one that make the later one more of the same
 * fieldwork: a join and nothing else ("and", ", and again from", "and then between", "followed by", "with a
 * return visit from", "as well as"). Words that name something else (another inspection, a period of
 * data) are tested first; any other words ("and inspectors then met leaders from") leave it unknown.
 */
const MORE_FIELDWORK = /^\s*[,;]?\s*(?:and(?:\s+again|\s+then)?|as well as|followed by|then|plus|with a (?:further|return|second) visit|with a return visit)\s*(?:(?:from|between|on)\s+)?$/i;
/**
 * Words after a later range, to its clause's end, that make it something other than more of the same
 * fieldwork: a purpose ("to give feedback", "for feedback", "for a meeting") or another place ("in a
 * second area", "in Reading").
 */
const NOT_MORE_FIELDWORK = /\b(?:feedback|meet\w*|present\w*|report\w*|discuss\w*)\b|\bin\s+(?:(?:a|an|the)\s+)?(?:second|another|other|neighbouring|\p{Lu})/u;
/** How many days a fieldwork that runs over two ranges may last, first day to last: a few weeks, never months. */
const MOST_FIELDWORK_DAYS = 42;

/** A sentence that says when the inspection took place: the inspection (or inspectors, or the fieldwork) and what was done. */
const FIELDWORK_SENTENCE = /\b(?:inspect\w*|fieldwork|visit\w*)\b[^]*\b(?:took place|taking place|carried out|conducted|undertook|undertaken|visited|inspected|(?:were|was) on site)\b|\b(?:carried out|conducted|undertook|undertaken)\b[^]*\binspection\b/i;
/** Another inspection or visit ("the previous inspection", "an earlier visit", "the last JTAI", "an earlier ILACS inspection"), in a sentence that does not name this one. */
const OTHER_INSPECTION = /\b(?:previous|last|earlier|prior|former|preceding|past|next|future|follow-up|subsequent|original|initial)\s+(?:\w+\s+)?(?:inspections?|visits?|revisits?|JTAIs?|ILACS|SIF)\b/i;
/**
 * Words of a past inspection (helper 8cr): OTHER_INSPECTION, or an inspection that this one follows
 * ("following the inspection of", "after their previous inspection", "unlike the earlier ILACS"), or
 * one that was "last inspected", or "previously".
 */
const PAST_INSPECTION = new RegExp(
  `${OTHER_INSPECTION.source}|\\b(?:following|followed|after|since|unlike)\\s+(?:(?:the|an?|its|their|our|that)\\s+)?(?:[\\w'’-]+\\s+){0,2}?(?:inspections?|visits?|revisits?|JTAIs?|ILACS|SIF)\\b|\\b(?:last|first)\\s+(?:been\\s+)?(?:inspected|visited)\\b|\\bhad\\s+(?:last\\s+|first\\s+)?been\\s+(?:inspected|visited)\\b|\\bpreviously\\b`,
  'i',
);
const PAST_ALL = new RegExp(PAST_INSPECTION.source, 'gi');
/** A year named as a time ("in 2019", "in March 2019", "in early 2019"): a past one where it is earlier than the sentence's latest range. */
const IN_YEAR = new RegExp(`\\bin\\s+(?:(?:early|late|mid-?)\\s*)?(?:${MONTH}\\s+)?(\\d{4})\\b`, 'gi');
/** An inspection named by its year ("the 2019 inspection", "the 2019 JTAI"): a past one's where the year is earlier than the sentence's latest range (helper 8ct). */
const YEAR_INSPECTION = /\bthe\s+(\d{4})\s+(?:joint\s+)?(?:inspection|JTAI|visit|ILACS)\b/gi;
/**
 * Words of the present visit (helper 8cr): "this inspection", "this JTAI", "this one", "again", a
 * revisit, inspectors who "returned", "inspected between", "visited from", "on site from", "carried
 * out a joint inspection", "the joint inspection took place".
 */
const THIS_INSPECTION = new RegExp(
  [
    '\\b(?:this|the\\s+current|the\\s+present)\\s+(?:joint\\s+)?(?:[\\w\'’-]+\\s+)?(?:inspection|visit|revisit|JTAI|one)\\b',
    '\\bagain\\b|\\bre-?(?:visit|inspect)\\w*|\\breturned\\b|\\bcame\\s+back\\b',
    '\\b(?:inspected|visited|on site)\\s+(?:(?:the|its|their)\\s+(?:[\\w\'’-]+\\s+){0,2}?)?(?:again\\s+)?(?:between|from|on)\\b|\\b(?:carried out|conducted|undertook|undertaken)\\s+(?:a|the|its|their)\\s+(?:joint\\s+)?(?:\\w+\\s+)?inspection\\b|\\bthe\\s+joint\\s+(?:targeted\\s+area\\s+)?inspection\\b|\\b(?:the|a)\\s+(?:joint\\s+)?(?:targeted\\s+area\\s+)?inspection\\s+(?:itself\\s+)?(?:took place|was (?:carried out|conducted|undertaken|held)|ran)\\b',
  ].join('|'),
  'i',
);
/**
 * How surely a clause's words of the present visit name this inspection (helper 8ct): 3, it is named ("this
 * inspection", "the current inspection", "the present one"); 2, a visit after one before ("again", "revisited",
 * "returned", "came back"); 1, a verb any inspection's range may take ("inspected from", "visited the partnership
 * between", "the joint inspection took place"); 0, none.
 */
function presentLevel(clause: string): number {
  const text = clause.replace(PAST_ALL, ' ');
  if (/\b(?:this|the\s+current|the\s+present)\s+(?:joint\s+)?(?:[\w'’-]+\s+)?(?:inspection|visit|revisit|JTAI|one)\b/i.test(text)) return 3;
  if (/\bagain\b|\bre-?(?:visit|inspect)\w*|\breturned\b|\bcame\s+back\b/i.test(text)) return 2;
  return THIS_INSPECTION.test(text) ? 1 : 0;
}
/**
 * The words just after a range that say what it is, set beside it (helper 8ct): the words in brackets straight after
 * it ("4 to 8 March 2019 (the last inspection)"), or else its clause up to the next comma, semicolon, colon, bracket,
 * dash or "and" ("..., which was the previous joint inspection, ...", "... for the initial inspection and ...").
 */
function besideRange(tail: string): string {
  const bracket = /^\s*\(([^()]*)\)/.exec(tail);
  if (bracket) return bracket[1]!;
  return (tail.replace(/^\s*[,–—]\s*/, '').split(/[,;:()–—]|\s+and\s+/)[0] ?? '').replace(/[.!?]\s*$/, '');
}
/**
 * Words beside a range that make it a past inspection's: a noun phrase or relative clause that is that inspection and no
 * more ("the last inspection", "which was its previous joint inspection", "at its previous JTAI", "for the initial
 * inspection", "when the partnership was first inspected"). A clause with a time of its own ("the previous inspection
 * was in 2019") or a word that relates the range to another inspection ("two years after the last inspection") is not.
 */
const BESIDE_PAST = new RegExp(
  `^\\s*(?:(?:which|that)\\s+(?:was|were|had been)\\s+|when\\s+|(?:at|during|for|in|as)\\s+)?(?:[\\w'’-]+\\s+){0,4}?(?:inspections?|visits?|revisits?|JTAIs?|ILACS|SIF|inspected|visited)\\s*$`,
  'i',
);
const PAST_NAMED = /\b(?:previous|last|earlier|prior|former|preceding|past|original|initial)\s+(?:\w+\s+)?(?:inspections?|visits?|revisits?|JTAIs?|ILACS|SIF)\b|\b(?:last|first)\s+(?:been\s+)?(?:inspected|visited)\b|\bhad\s+(?:last\s+|first\s+)?been\s+(?:inspected|visited)\b/i;
function besidePast(words: string): boolean {
  return BESIDE_PAST.test(words) && PAST_NAMED.test(words) && !/\b(?:after|since|following|followed|before|unlike|until|than|ago|next)\b|\b\d{4}\b/i.test(words);
}
/**
 * A clause that names nothing itself but leads on from the noun before it, a participle or a relative clause ("The
 * previous inspection, held between ...", "..., which took place from"); never a main clause's verb ("..., took place from").
 */
const LEADS_ON = /^\s*(?:(?:which|that)\s+(?:was\s+|were\s+)?(?:held|carried out|conducted|undertaken|run|ran|took place)|held|carried out|conducted|undertaken|taking place)\s+(?:between|from|on|in|during|over)?\s*$/i;
/** Words just before a range that make it a period of something inspectors looked at ("data from", "cases from", "figures for the period"). */
const DATA_BEFORE = /\b(?:data|audit\w*|cases|records|figures|statistics|referrals|returns)\b[^.]{0,40}$/i;
/** A clause that opens with a preposition or participle: an aside, not the sentence's main clause ("following the previous inspection in March 2019"). */
const ASIDE = /^\s*(?:following|followed|after|since|unlike|before|as|in|at|during|with|like|building on)\b/i;
/** A clause that holds no word of what a range is: a preposition, "the period", "the dates". */
const BARE_CLAUSE = /^[\s\W]*(?:(?:from|between|on|of|in|during|over|the|dates?|period|dated)\b[\s\W]*)*$/i;

type Found = { parts: Array<string | undefined>; at: number; end: number };

/** Words of a past inspection in a text: PAST_INSPECTION, or a year named as a time that is earlier than `latestYear`. */
function pastIn(text: string, latestYear: number | null): boolean {
  if (PAST_INSPECTION.test(text)) return true;
  return latestYear !== null && ([...text.matchAll(IN_YEAR)].some((match) => Number(match[2]) < latestYear) || [...text.matchAll(YEAR_INSPECTION)].some((match) => Number(match[1]) < latestYear));
}

/**
 * What the words that lead to a range say it is (helper 8cr): its own clause, the text since the
 * range before it (or the sentence's start) after its last comma, semicolon, colon, bracket or dash
 * (a bare one, "from", taken with the clause before: "This revisit, from 4 to 8 October 2021"; never
 * with the range before's own tail: "Between 1 and 5 March 2019 the previous inspection took place,
 * and between ..."). 'other': words of a past inspection or a period of data; 'this': words of the
 * present visit; else unknown.
 */
function leadSays(lead: string, afterRange: boolean, latestYear: number | null): { says: 'other' | 'this' | undefined; length: number } {
  // After a range, "and" parts its own words from those that lead to the next ("for the initial inspection and from ...", helper 8ct).
  const clauses = lead.split(afterRange ? /[,;:()–—]|\s+and\s+/ : /[,;:()–—]/);
  // The range before's own words: its first clause, past the empty one a bracket or comma straight after it leaves.
  const own = afterRange && clauses.length > 1 ? (clauses[0]!.trim() === '' && clauses.length > 2 ? 2 : 1) : 0;
  let clause = clauses.pop() ?? '';
  while (clauses.length > own && (BARE_CLAUSE.test(clause) || LEADS_ON.test(clause))) clause = `${clauses.pop()!},${clause}`;
  return { says: clauseSays(clause, latestYear), length: clause.length };
}

function clauseSays(clause: string, latestYear: number | null): 'other' | 'this' | undefined {
  if (pastIn(clause, latestYear) || DATA_BEFORE.test(clause)) return 'other';
  if (THIS_INSPECTION.test(clause)) return 'this';
  return undefined;
}

/**
 * What the words after a range say it is, where those that lead to it do not: the rest of its own
 * clause, up to the next comma, semicolon, colon, bracket or dash ("Between 1 and 5 March 2019 the
 * previous inspection took place, ..."); where it has none (a range set before the sentence's main
 * clause: "Between 4 and 8 October 2021, inspectors revisited ..."), 'this' where a later clause has
 * words of the present visit, else unknown. Never the clause that leads to the next range (those words
 * are its). `end`: where the clause that says ends, in `tail`.
 */
function tailSays(tail: string, last: boolean, latestYear: number | null): { says: 'other' | 'this' | undefined; end: number } {
  const clauses = tail.split(/[,;:()–—]/);
  if (!last) clauses.pop();
  if (clauses.length === 0) return { says: undefined, end: 0 };
  if (!BARE_CLAUSE.test(clauses[0]!)) return { says: clauseSays(clauses[0]!, latestYear), end: clauses[0]!.length };
  let end = 0;
  // The first clause after a fronted range that is neither bare nor an aside ("following the previous
  // inspection in March 2019") is the sentence's own: where it says past, the range is a past one's
  // ("Between 1 and 5 March 2019, Ofsted carried out the previous inspection", helper 8cs).
  let first = true;
  for (const clause of clauses) {
    end += clause.length + 1;
    const says = clauseSays(clause, latestYear);
    const aside = BARE_CLAUSE.test(clause) || ASIDE.test(clause);
    // Present words that are not the past ones' own ("inspectors revisited the areas for improvement from the previous JTAI") keep it open.
    const present = THIS_INSPECTION.test(clause.replace(PAST_ALL, ' '));
    if (says === 'this' || (first && !aside && !present && says === 'other')) return { says, end: end - 1 };
    if (!aside) first = false;
  }
  return { says: undefined, end: 0 };
}

/**
 * The inspection's fieldwork dates: "Between 22 May and 26 May 2017", "from 4 to 8 March 2024",
 * "16 May to 20 May" (year from the letter), "October 3-7, 2022" (the American order). The range in
 * the sentence that says the inspection took place, was carried out or visited; else the first range
 * in a sentence about nothing else. A range in a sentence about something else (a previous or later
 * inspection or visit where the sentence does not name this one; a period of data, cases, records, an
 * audit or figures, named just before the range) is never taken. Two sentences that each say
 * the inspection took place, with different ranges, give null with a reason (`doubt`). A second day
 * with no year ("28 September 2022 to 2 October") is in the first day's year, or the next one where
 * its month comes earlier. A sentence's later ranges extend its first, or not (sentenceRange).
 * A sentence that names a past inspection, or a period of data, beside this one's range
 * ("Following the inspection of 1 to 5 March 2019, the partnership was inspected again between 4 and
 * 8 October 2021") gives the range its words say is this inspection's, or null with a reason that
 * names the ranges where they do not say (thisInspectionRange).
 */
export function findDateRange(text: string, letterDate: string | null): DateRange {
  const fieldwork: DateRange[] = [];
  let neutral: DateRange | null = null;
  let undecided: DateRange | null = null;
  let other = 0;
  for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-Z(‘'“"])/)) {
    const ranges = rangesIn(sentence);
    if (ranges.length === 0) continue;
    const chosen = thisInspectionRange(sentence, ranges, letterDate);
    if (chosen === 'other') other++;
    else if (chosen.start === null && chosen.doubt !== undefined) undecided ??= chosen;
    else if (FIELDWORK_SENTENCE.test(sentence)) fieldwork.push(chosen);
    else neutral ??= chosen;
  }
  if (fieldwork.length > 0) {
    const first = fieldwork[0]!;
    const differs = fieldwork.find((range) => range.start !== first.start || range.end !== first.end);
    if (differs) return { start: null, end: null, doubt: `two sentences say the inspection took place, ${first.start ?? '?'} to ${first.end ?? '?'} and ${differs.start ?? '?'} to ${differs.end ?? '?'}` };
    return first;
  }
  if (undecided) return undecided;
  if (neutral) return neutral;
  if (other > 0) return { start: null, end: null, doubt: 'the only date ranges in the opening are about something else (another inspection or visit, or a period of data)' };
  return { start: null, end: null };
}

/**
 * A sentence's fieldwork (helper 8cr), or 'other' where it is about something else. A sentence with
 * no words of a past inspection and no period of data is read as before, from its first range
 * (sentenceRange). Otherwise its ranges are taken in groups (a range joined to the one before as more
 * of the same fieldwork, MORE_FIELDWORK, is in its group), and each group is what the words that lead
 * to it, or where those do not say, the rest of its clause after it (leadSays, tailSays), say: a past
 * inspection's or data's ('other'), this inspection's, or unknown. The one group the words say is this
 * inspection's is taken; a range left unknown beside a past one is not taken for being the one left
 * ("The previous inspection took place from 1 to 5 March 2019; a review is planned for ..."). A sentence with one group and words of a past inspection elsewhere in it ("Following the
 * previous inspection in March 2019, ...") is this inspection's where the sentence has words of the
 * present visit ("again", "this inspection"), else 'other'. Where the words do not say (no group, or
 * two, that they say is this inspection's; one group of two ranges and no word of the present; a group
 * whose later range sentenceRange cannot join), null with a doubt that quotes every range as printed.
 */
function thisInspectionRange(sentence: string, ranges: Found[], letterDate: string | null): DateRange | 'other' {
  const latestYear = ranges.reduce<number | null>((latest, range) => {
    const end = rangeOf(range.parts, letterDate).end;
    const year = end === null ? null : Number(end.slice(0, 4));
    return year === null ? latest : Math.max(latest ?? year, year);
  }, null);
  // "in 2019" is a past inspection's time only beside a later range (helper 8cs): "children referred in 2021" is no inspection.
  const pastYear = ranges.length > 1 ? latestYear : null;
  const groups: Found[][] = [];
  ranges.forEach((range, i) => {
    if (i > 0 && MORE_FIELDWORK.test(sentence.slice(ranges[i - 1]!.end, range.at))) groups.at(-1)!.push(range);
    else groups.push([range]);
  });
  // What each group is, and the words that say so: from the start of the clause that leads to it (not
  // the sentence's start: "This inspection, which followed the JTAI of 4 to 8 March 2019, took place
  // from ...", helper 8cs) to the group's end, and on through the clause after it where that clause is what says.
  const spans: Array<[number, number]> = [];
  // How surely the words that say 'this' name this inspection (presentLevel).
  const levels: number[] = [];
  const says = groups.map((group, g) => {
    const from = groups[g - 1]?.at(-1)?.end ?? 0;
    const next = groups[g + 1]?.[0];
    const end = group.at(-1)!.end;
    const leadText = sentence.slice(from, group[0]!.at);
    const tailText = sentence.slice(end, next?.at ?? sentence.length);
    const { says: lead, length } = leadSays(leadText, g > 0, pastYear);
    // A past inspection named beside the range ("4 to 8 March 2019 (the last inspection)", "..., which was the
    // previous joint inspection, ...") makes it that one's where the words before it are only a verb any range may take
    // ("was inspected from"): the verb stays outside its span, for the range it may also lead to (helper 8ct).
    const beside = besideRange(tailText);
    if (lead !== 'other' && (lead === undefined || presentLevel(leadText.slice(leadText.length - length)) <= 1) && besidePast(beside)) {
      spans.push([group[0]!.at, end + tailText.indexOf(beside) + beside.length]);
      levels.push(0);
      return 'other';
    }
    if (lead !== undefined) {
      spans.push([group[0]!.at - length, end]);
      levels.push(lead === 'this' ? presentLevel(leadText.slice(leadText.length - length)) : 0);
      return lead;
    }
    const tail = tailSays(tailText, next === undefined, pastYear);
    spans.push([from, end + tail.end]);
    levels.push(tail.says === 'this' ? presentLevel(tailText.slice(0, tail.end)) : 0);
    return tail.says;
  });
  const dataBefore = DATA_BEFORE.test(sentence.slice(Math.max(0, ranges[0]!.at - 60), ranges[0]!.at));
  const aboutPast = pastIn(sentence, pastYear);
  // A later range named as this inspection's ("the first was carried out between ..., and this one between ...") is
  // read as the sentence's words say, past words or none; else a sentence with none is read from its first range.
  const laterNamed = levels.some((level, g) => g > 0 && level === 3) && levels[0] !== 3;
  if (!aboutPast && !dataBefore && !says.includes('other') && !laterNamed) return sentenceRange(sentence, ranges, letterDate);
  const printed = (group: Found[]) => group.map((range) => `"${singleSpaced(sentence.slice(range.at, range.end))}"`).join(' and ');
  // A group's later range that sentenceRange cannot join (a caution), beside words of another inspection, may be that one's or this one's.
  const unjoined = (range: DateRange, group: Found[]): DateRange => (range.caution === undefined ? range : undecided(groups, 'beside words of another inspection, and does not say which is this inspection\'s'));
  const undecided = (named: Found[][], why: string): DateRange => ({
    start: null,
    end: null,
    doubt: `the sentence "${quoted(sentence)}" names ${named.map(printed).join(' and ')} ${why}`,
  });
  if (groups.length === 1) {
    const group = groups[0]!;
    if (says[0] === 'other' || (says[0] === undefined && dataBefore)) return 'other';
    // One range whose own clause says nothing: a past inspection named elsewhere in the sentence, with no
    // range of its own, cannot claim it (helper 8cs: "The inspection, the first since the JTAI of March 2019, took place from ...").
    if (says[0] === 'this' || group.length === 1 || THIS_INSPECTION.test(sentence.slice(0, group[0]!.at) + sentence.slice(group.at(-1)!.end))) return unjoined(sentenceRange(sentence, group, letterDate), group);
    return undecided([group], 'beside words of another inspection, and does not say which is this inspection\'s');
  }
  const candidates = groups.filter((_group, i) => says[i] !== 'other');
  const present = groups.filter((_group, i) => says[i] === 'this');
  if (candidates.length === 0) return 'other';
  // The one group left beside past ones, where the sentence's words outside every group and every past
  // one's words name the present visit ("Between 3 and 7 October 2022, following the previous inspection
  // of 1 to 5 March 2019, Ofsted carried out a joint inspection"); never for being the one left alone.
  const outside = [...sentence].map((char, at) => (groups.some((group, g) => (at >= group[0]!.at && at < group.at(-1)!.end) || (says[g] === 'other' && at >= spans[g]![0] && at < spans[g]![1])) ? ' ' : char)).join('');
  // Several said to be this inspection's: the one whose words name it most surely, where one alone does ("was
  // inspected from ..., and this inspection took place from ...": this inspection's; helper 8ct).
  const surest = Math.max(0, ...groups.map((_group, i) => (says[i] === 'this' ? levels[i]! : 0)));
  const named = groups.filter((_group, i) => says[i] === 'this' && levels[i] === surest);
  const chosen = present.length === 1 ? present[0]! : present.length > 1 && named.length === 1 ? named[0]! : present.length === 0 && candidates.length === 1 && THIS_INSPECTION.test(outside) ? candidates[0]! : null;
  if (chosen === null) return undecided(groups, 'and does not say which is this inspection\'s');
  return unjoined(sentenceRange(sentence, chosen, letterDate), chosen);
}

/** Fieldwork days, or why they are null (`doubt`), or why they may be short (`caution`: read from the first of two ranges). */
type DateRange = { start: string | null; end: string | null; doubt?: string; caution?: string };

/**
 * A sentence's fieldwork, from its first range: a later range joined to it as more of the same
 * fieldwork (MORE_FIELDWORK), after it and within a few weeks of its start, runs the fieldwork on to
 * its last day ("between 3 and 7 October 2022, and again between 17 and 19 October": 3 to 19 October);
 * a later range about something else ("..., following the previous inspection of 1 to 5 March 2019")
 * is passed over, and so is one that ends before the first starts (it cannot make the fieldwork end
 * later); any other (words that say neither, words after it that name a purpose or another place, a
 * range that overlaps the first or falls months after it) leaves the first range alone, with a
 * caution that quotes the later range as printed (never a year the letter does not print). A later range with no year is in the
 * year of the range before it, or the next one where it would fall before it.
 */
function sentenceRange(sentence: string, ranges: Found[], letterDate: string | null): DateRange {
  const range: DateRange = rangeOf(ranges[0]!.parts, letterDate);
  for (let i = 1; i < ranges.length && range.start !== null && range.end !== null; i++) {
    const between = sentence.slice(ranges[i - 1]!.end, ranges[i]!.at);
    if (OTHER_INSPECTION.test(between) || DATA_BEFORE.test(between)) break;
    const parts = ranges[i]!.parts;
    let next = rangeOf(parts, letterDate);
    if (parts[2] === undefined && parts[5] === undefined) {
      const year = Number(range.end.slice(0, 4));
      const inYear = (y: number) => rangeOf([...parts.slice(0, 5), String(y)], letterDate);
      next = inYear(year);
      if (next.start !== null && next.start <= range.end) next = inYear(year + 1);
    }
    // A later range that ends before the fieldwork's first day and starts weeks before it (the period of
    // children's cases seen, "1 January to 30 September 2022") cannot be this fieldwork: passed over.
    // One a few days before it (a fieldwork printed last day first) leaves the first day in doubt.
    const before = next.end !== null && next.end < range.start;
    if (before && next.start !== null && (Date.parse(range.start) - Date.parse(next.start)) / 86_400_000 > MOST_FIELDWORK_DAYS) continue;
    const days = next.end === null ? Infinity : (Date.parse(next.end) - Date.parse(range.start)) / 86_400_000;
    const after = /^[^,;:.]*/.exec(sentence.slice(ranges[i]!.end))![0];
    if (MORE_FIELDWORK.test(between) && !NOT_MORE_FIELDWORK.test(after) && next.start !== null && next.start > range.end && days <= MOST_FIELDWORK_DAYS) {
      range.end = next.end;
      continue;
    }
    const printed = singleSpaced(sentence.slice(ranges[i]!.at, ranges[i]!.end));
    const which = before ? 'first day (inspectionStart) may be late' : 'last day (inspectionEnd) may be early';
    return { ...range, caution: `${which}: the sentence "${quoted(sentence)}" gives a later range ("${printed}") that it does not say is more of the same fieldwork: the first range is taken` };
  }
  return range;
}

/** A range's parts as YYYY-MM-DD days (see findDateRange). */
function rangeOf(parts: Array<string | undefined>, letterDate: string | null): DateRange {
  const [startDay, startMonth, startYear, endDay, endMonth, endYear] = parts;
  const letterYear = letterDate ? Number(letterDate.slice(0, 4)) : null;
  const endMonthNumber = monthNumber(endMonth!);
  const startMonthNumber = startMonth ? monthNumber(startMonth) : endMonthNumber;
  let endYearNumber = endYear ? fullYear(endYear) : startYear ? fullYear(startYear) + (endMonthNumber < startMonthNumber ? 1 : 0) : letterYear;
  if (endYearNumber === null) return { start: null, end: null };
  // Without a year, fieldwork falls in the letter's year or, for a letter early in a year, the one before.
  if (!endYear && !startYear && letterDate && (iso(endYearNumber, endMonthNumber, Number(endDay)) ?? '') > letterDate) endYearNumber -= 1;
  const startYearNumber = startYear ? fullYear(startYear) : startMonthNumber > endMonthNumber ? endYearNumber - 1 : endYearNumber;
  const start = iso(startYearNumber, startMonthNumber, Number(startDay));
  const end = iso(endYearNumber, endMonthNumber, Number(endDay));
  // A range that ends before it starts ("October 30-2, 2022", "30-2 October"): neither day is known to be right.
  if (start !== null && end !== null && end < start) return { start: null, end: null, doubt: `the fieldwork dates read ${start} to ${end}, an end before the start` };
  return { start, end };
}

// Recipients. Measured on the 13 letters' address blocks: every recipient starts a line of its
// own, in the body font at the margin, with no vertical gap between recipients; a recipient that
// does not fit on its line wraps (its next word would not have fitted: 15 such lines) or, in one
// layout, runs on with a hanging indent. A line that follows a full line can still be a new
// recipient (6 do), so a full line alone does not say "wrap": the new line must also not read as
// a name. Other letters set each recipient as a block (name, role, organisation on lines of their
// own, a gap between recipients): a group of lines after a gap that opens with a name alone.

const TITLE_WORD = /^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Cllr|Councillor|Professor|Prof|Sir|Dame|Lord|Lady|Rev|Revd)\.?$/;
const HONOURS = /^(?:QPM|KPM|CBE|OBE|MBE|KBE|DBE|CB|QC|KC|DL|JP|QFSM|FRCP|FRCN|RN)$/;
const NAME_PARTICLE = /^(?:de|van|von|der|den|da|di|du|la|le|al|bin)$/;

/** A person's name at the start of a line: two to four capitalised words (a title and honours besides), ended by a comma or a role. */
function nameAt(text: string, vocabulary: RecipientWords, alone: boolean, roleEnds: boolean): { name: string; rest: string } | null {
  const words = text.trim().split(/\s+/);
  const name: string[] = [];
  let nameWords = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const bare = word.replace(/,$/, '');
    const endsPart = word.endsWith(',') || words[i + 1] === ',';
    const roleWords = vocabulary.role;
    if (roleEnds && nameWords >= 2 && roleWords.has(bare.toLowerCase()) && !HONOURS.test(bare)) {
      return { name: name.join(' '), rest: words.slice(i).join(' ') };
    }
    const fits = (i === 0 && TITLE_WORD.test(bare)) || HONOURS.test(bare) || (nameWords > 0 && NAME_PARTICLE.test(bare)) ||
      (/^[A-Z][A-Za-z'’.-]*$/.test(bare) && !roleWords.has(bare.toLowerCase()) && !vocabulary.organisation.has(bare.toLowerCase()));
    if (!fits) return null;
    name.push(bare);
    if (!TITLE_WORD.test(bare) && !HONOURS.test(bare) && !NAME_PARTICLE.test(bare)) nameWords++;
    if (nameWords > 4) return null;
    if (endsPart && bare !== '') {
      if (nameWords < 2) return null;
      const after = words.slice(words[i + 1] === ',' ? i + 2 : i + 1).join(' ');
      return { name: name.join(' '), rest: after };
    }
  }
  return alone && nameWords >= 2 ? { name: name.join(' '), rest: '' } : null;
}

/** The rules' role and organisation words, as sets. */
interface RecipientWords {
  role: Set<string>;
  organisation: Set<string>;
}

const splitParts = (text: string) => text.split(/(?<!\s)\s*,\s*/).map((part) => part.trim()).filter(Boolean);

/**
 * The front matter's lines but the date and the sender's letterhead: lines above the date set
 * smaller than it, or standing well right of it (an address at the page's head, right of a logo),
 * or giving a label and its value ("Our reference: JTAI/123", as a letter's reference block above
 * its date does; a recipient is named, never labelled).
 */
function addressBlock(header: Line[], dateLine: string | undefined, dated: string[] = []): Line[] {
  const dateAt = header.findIndex((line) => line.text === dateLine);
  const date = header[dateAt]?.layout ?? null;
  const letterhead = (line: Line) => (date !== null && line.layout !== null && (line.layout.size < date.size - 0.5 || line.layout.x > date.x + 4 * date.size)) || LABELLED.test(line.text);
  // The head's other short lines that give a date ("Our letter of 11 July 2022") are no recipients.
  return header.filter((line, index) => index !== dateAt && !dated.includes(line.text) && !(index < dateAt && letterhead(line)));
}

/** Words before a date at the letter's head that make it the date of something else (helper 8cr): the inspection, an earlier letter, a deadline. */
const OTHER_DATE = /\b(?:inspect\w*|fieldwork|visit\w*|previous\w*|earlier|last|prior|former|original\w*|replac\w*|supersed\w*|letter of|our letter|ref\w*|deadline|due|meeting|received)\b/i;
/** Words just before a date that make it a date of office in a name's line (helper 8cs): "ICB (from 1 July 2022)", "Interim DCS (until 31 August 2022)". */
const OFFICE_DATE = /\b(?:from|until|till|since|as of|(?:with )?effect from|effective)\s*$/i;
const DATE_ALL = new RegExp(DATE.source, 'gi');
/** A line that starts with a date (after "Date:"): a date line however long what follows it ("1 November 2022 (replaces 25 October 2022)"). */
const DATE_FIRST = new RegExp(`^(?:dated?:?\\s+)?(?:${DATE.source})`, 'i');

/**
 * The letter's date from its head (helper 8cr): every date of the head's short lines (under 40
 * characters, or under 80 where the line starts with the date) that give one, save a day of a range ("Inspection dates: 23 to 27 May 2022") and one
 * after words of something else in its clause (OTHER_DATE: "Our letter of 11 July 2022", "18 July 2022
 * (replaces 11 July 2022)"). One date on the calendar left is the letter's; two or more that differ give
 * null, with a doubt that names them. `line`: the line the date is read from (the first such line where
 * none is on the calendar); undefined where the head gives no date of this letter's. `dated`: the other
 * short lines that give a date, no recipients.
 */
function headDate(lines: string[]): { date: string | null; line?: string; dated: string[]; doubt?: string } {
  const short = lines.filter((text) => DATE.test(text) && (text.length < 40 || (text.length < 80 && DATE_FIRST.test(text.trim()))));
  // The lines whose date is read (the letter's, or one set aside as another's); a line whose only dates are dates of office is left to the recipients.
  const dated = new Set<string>();
  const found = short.flatMap((text) => {
    const ranges = rangesIn(text);
    let from = 0;
    return [...text.matchAll(DATE_ALL)].flatMap((match) => {
      const lead = text.slice(from, match.index);
      from = match.index + match[0].length;
      const inRange = ranges.some((range) => match.index >= range.at && match.index < range.end);
      if (!inRange && OFFICE_DATE.test(text.slice(0, match.index).replace(/[(\s]+$/, ' '))) return [];
      dated.add(text);
      if (inRange) return [];
      const clauses = lead.split(/[,;:()–—]/);
      let clause = clauses.pop() ?? '';
      while (clauses.length > 0 && BARE_CLAUSE.test(clause)) clause = `${clauses.pop()!},${clause}`;
      if (OTHER_DATE.test(clause)) return [];
      return [{ date: findDate(match[0]), text, printed: singleSpaced(match[0]) }];
    });
  });
  const valid = found.filter((each) => each.date !== null);
  const distinct = [...new Set(valid.map((each) => each.date))];
  if (distinct.length <= 1) return { date: distinct[0] ?? null, line: (valid[0] ?? found[0])?.text, dated: [...dated] };
  return { date: null, line: valid[0]!.text, dated: [...dated], doubt: `the letter's head gives ${valid.map((each) => `"${each.printed}"`).join(' and ')} and does not say which is the letter's date` };
}

/**
 * A line that gives a label and a reference or contact as its value: a few words and a colon, then a value with
 * a digit or an "@" ("Our reference: JTAI/123", "Telephone: 0300 ..."); "To: Jo Smith" or "Chair: ..." names a recipient.
 */
const LABELLED = /^\p{L}[\p{L}'\u2019 ]{0,24}:\s+\S*[\d@]/u;

function parseRecipients(lines: Line[], rules: LayoutRules, rest: string): Recipient[] {
  const words: RecipientWords = { role: new Set(rules.roleWords), organisation: new Set(rules.organisationWords) };
  // Named elsewhere: in the letter after the address block, or by another recipient too.
  const elsewhere = singleSpaced(rest.toLowerCase());
  const block = singleSpaced(lines.map((line) => line.text.trim()).join(' ').toLowerCase());
  const named = (phrase: string) => {
    const lower = phrase.toLowerCase();
    return elsewhere.includes(lower) || block.indexOf(lower) !== block.lastIndexOf(lower);
  };
  const entries: Array<{ name: string; parts: string[]; lines: string[]; stacked: boolean }> = [];
  // Where a line's column starts: the leftmost start within four lines' height left of it (an
  // indent is less; a block of recipients set in two columns has its right column further in).
  const starts = lines.flatMap((line) => (line.layout ? [line.layout.x] : []));
  const leftOf = (line: Line) => smallest(starts.filter((x) => x <= line.layout!.x && line.layout!.x - x <= 4 * line.layout!.size));
  let previous: Line | null = null;
  let afterGap = true;
  lines.forEach((line, index) => {
    const text = line.text.trim();
    if (text === '') {
      afterGap = true;
      previous = null;
      return;
    }
    const next = lines[index + 1];
    const groupGoesOn = next !== undefined && next.text.trim() !== '';
    const entry = entries[entries.length - 1];
    // A hanging indent, or a full line before a line that is no name: the same line of print, wrapped.
    const indented = line.layout !== null && line.layout.x > leftOf(line) + 3;
    const wraps = previous !== null && line.layout !== null && (indented || fullLine(previous, line));
    const named = nameAt(text, words, afterGap && groupGoesOn, !wraps);
    if (named && !(wraps && indented)) {
      entries.push({ name: named.name, parts: splitParts(named.rest), lines: [text], stacked: named.rest === '' });
    } else if (!entry) {
      entries.push({ name: text, parts: [], lines: [text], stacked: false });
    } else if (entry.stacked || (previous !== null && line.layout !== null && !wraps)) {
      // A line of its own (not a wrap): the recipient's next part, as if after a comma.
      pushAll(entry.parts, splitParts(text));
      entry.lines.push(text);
    } else {
      // Wrapped (or, in text without positions, any line that is no name): the part goes on.
      const parts = splitParts(text);
      const last = entry.parts.pop();
      const lastLine = entry.lines[entry.lines.length - 1]!;
      const glued = last !== undefined && !/,\s*$/.test(lastLine) ? [joinLines([last, parts.shift() ?? '']), ...parts] : [...(last !== undefined ? [last] : []), ...parts];
      pushAll(entry.parts, glued.filter(Boolean));
      entry.lines.push(text);
    }
    previous = line;
    afterGap = false;
  });
  return entries.map((entry) => ({ name: entry.name, ...roleAndOrganisation(entry.parts, words, named), text: joinLines(entry.lines).replace(/(?<!\s)\s+,/g, ',') }));
}

/**
 * "Head of Haringey, Redbridge and Waltham Forest National Probation Service": after "of X," a
 * list of places runs on ("Y and Z") into the organisation. Where the organisation starts is read
 * from the letter itself: the longest ending of the part (two words or more) that the letter's
 * text names elsewhere. Null when the part is not such a list, or the letter names no ending.
 */
function listThenOrganisation(part: string, named: (phrase: string) => boolean): { places: string; organisation: string } | null {
  const match = /^([A-Z][A-Za-z'’-]*(?:\s+[A-Z][A-Za-z'’-]*)?\s+and\s+)(.+)$/.exec(part);
  // A whole organisation that the letter names elsewhere ("Derby and Derbyshire Clinical Commissioning Group") is no list.
  if (!match || named(part)) return null;
  const words = match[2]!.split(/\s+/);
  for (let start = 1; start <= words.length - 2; start++) {
    const ending = words.slice(start).join(' ');
    if (/^[A-Z]/.test(ending) && named(ending)) return { places: match[1]! + words.slice(0, start).join(' '), organisation: ending };
  }
  return null;
}

const PREPOSITION = /^(?:of|for|to|at|in|with|and|&)$/i;

/**
 * A recipient's parts after the name into role and organisation. A part with a role word is the
 * role, and so is every part before the last such part ("Assistant Director, Social Work and
 * Early Intervention, Chair of ..."); the organisation is what follows it. A part in lower case
 * runs on from the one before ("..., with responsibility for ..."). In the last role part, an
 * organisation set straight after the role's words ("Chief Officer CCG") or before them
 * ("... Group (CCG) Director of Nursing") is taken apart when it ends with an organisation's word.
 */
function roleAndOrganisation(rawParts: string[], recipientWords: RecipientWords, named: (phrase: string) => boolean): { role: string | null; organisation: string | null } {
  const words = (part: string) => part.split(/\s+/);
  const bareWord = (word: string) => word.replace(/[.,]$/, '');
  const isRole = (word: string) => recipientWords.role.has(bareWord(word).toLowerCase());
  // A role word in capitals: "Youth Offending Service manager" is one role, not an organisation and a role.
  const isTitledRole = (word: string) => isRole(word) && /^[A-Z]/.test(word);
  const endsOrganisation = (part: string) => {
    const last = words(part.replace(/(?<!\s)\s*\([^)]*\)\s*$/, '').replace(/[.]$/, '')).pop() ?? '';
    return recipientWords.organisation.has(last.toLowerCase());
  };
  const parts: string[] = [];
  for (const part of rawParts.map((p) => p.replace(/\.$/, ''))) {
    const before = parts[parts.length - 1];
    const list = before !== undefined && /\b(?:of|for)\s+[A-Z][A-Za-z'’-]*$/.test(before) ? listThenOrganisation(part, named) : null;
    if (before !== undefined && /^[a-z]/.test(part)) parts[parts.length - 1] = `${before}, ${part}`;
    else if (list) parts.splice(parts.length - 1, 1, `${before}, ${list.places}`, list.organisation);
    else parts.push(part);
  }
  const lastRole = parts.reduce((found, part, i) => (words(part).some(isRole) ? i : found), -1);
  if (lastRole < 0) return { role: null, organisation: parts.length > 0 ? parts.join(', ') : null };
  const roles = parts.slice(0, lastRole);
  const organisations = parts.slice(lastRole + 1);
  const part = parts[lastRole]!;
  const ws = words(part);
  const roleAt = ws.findIndex(isTitledRole);
  let runEnd = roleAt;
  while (runEnd >= 0 && runEnd < ws.length && isTitledRole(ws[runEnd]!)) runEnd++;
  const after = ws.slice(runEnd).join(' ');
  const before = ws.slice(0, roleAt).join(' ');
  const alone = organisations.length === 0;
  if (alone && roleAt === 0 && runEnd < ws.length && /^[A-Z(]/.test(ws[runEnd]!) && !ws.slice(runEnd).some(isRole) && endsOrganisation(after)) {
    // "Chief Operating Officer Haringey and Islington CCG": the organisation follows the role's words with no "of".
    roles.push(ws.slice(0, runEnd).join(' '));
    organisations.push(after);
  } else if (alone && roleAt > 0 && !words(before).some(isRole) && endsOrganisation(before) && (runEnd === ws.length || PREPOSITION.test(ws[runEnd] ?? ''))) {
    // "Haringey and Islington's Clinical Commissioning Group (CCG) Director of Nursing and Quality".
    roles.push(ws.slice(roleAt).join(' '));
    organisations.push(before);
  } else {
    roles.push(part);
  }
  return { role: roles.join(', '), organisation: organisations.length > 0 ? organisations.join(', ') : null };
}

/** An area as printed, and its short name: "the London Borough of Haringey" is "Haringey". */
interface Area {
  area: string;
  full: string;
}

function cleanArea(raw: string, suffixes: string[], prefixes: string[], whole: string[]): Area {
  const full = raw.trim().replace(/(?<![.,;:])[.,;:]+$/, '');
  // An inverted name, as official lists print them ("Bristol, City of", "Herefordshire, County of"): the name before the comma.
  // Only an authority's kind (one of areaPrefixes) follows the comma: "Leeds, Heart of" is "Leeds", as printed before the comma.
  const inverted = new RegExp(`^(.+?),\\s+(${AREA_WORD}(?:\\s+${AREA_WORD})*\\s+of)$`).exec(full);
  if (inverted) {
    const named = cleanArea(inverted[1]!, suffixes, prefixes, whole);
    const kind = singleSpaced(inverted[2]!).toLowerCase();
    return prefixes.some((prefix) => singleSpaced(prefix).toLowerCase() === kind) ? { area: named.area, full } : named;
  }
  let area = full.replace(/^the\s+/i, '');
  for (const suffix of suffixes) {
    // Suffixes are words, not regular expressions: "Council (" is text to take off.
    const pattern = new RegExp(`(?<!\\s)\\s+${spacedWords(suffix)}$`, 'i');
    if (pattern.test(area) && area.replace(pattern, '').trim() !== '') {
      area = area.replace(pattern, '').trim();
      break;
    }
  }
  // A name whose prefix is part of it ("the City of London", "City of London Borough Council"): kept as printed, but a suffix.
  const kept = whole.find((name) => name.toLowerCase() === singleSpaced(area).toLowerCase());
  if (kept !== undefined) return { area: singleSpaced(area), full };
  // A suffix's word set before the name with "of" ("the Council of the Isles of Scilly") is a prefix too.
  for (const prefix of [...prefixes, ...suffixes.map((suffix) => `${suffix} of`)]) {
    const pattern = new RegExp(`^${spacedWords(prefix)}\\s+(?:the\\s+)?`, 'i');
    if (pattern.test(area) && area.replace(pattern, '').trim() !== '') {
      area = area.replace(pattern, '').trim();
      break;
    }
  }
  return { area, full };
}

// An area's name: capitalised words (or "St." abbreviated), joined by spaces or by up to two small
// words ("Blackburn with Darwen", "Hampshire and the Isle of Wight", "Kingston upon Hull", "Telford &
// Wrekin"); or a list of such names, commas between them and "and" before the last ("Bournemouth,
// Christchurch and Poole"). A comma not followed by such a list ends the name.
const AREA_WORD = "(?:St\\.|[A-Z][A-Za-z'&-]*)";
const AREA_WORDS = `${AREA_WORD}(?:\\s+(?:(?:and|&|upon|on|of|the|with)\\s+){0,2}${AREA_WORD})*`;
// An inverted name ends with its kind and "of" after a comma ("Bristol, City of").
const AREA_NAME = `(${AREA_WORDS}(?:(?:,\\s+${AREA_WORDS})+,?\\s+(?:and|&)\\s+${AREA_WORDS}|,\\s+${AREA_WORD}(?:\\s+${AREA_WORD})*\\s+of)?)`;

// "in the London Borough of Haringey": a lower-case "the" may stand before the name.
const IN_AREA = `\\bin\\s+((?:the\\s+)?${AREA_NAME})`;
// In the opening, one name, joined only by "upon" or "of" ("Kingston upon Hull", "the London Borough of Haringey").
const IN_OPENING = `\\bin\\s+((?:the\\s+)?${AREA_WORD}(?:\\s+(?:(?:upon|of)\\s+(?:the\\s+)?)?${AREA_WORD})*)`;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Words as a pattern that lets any spacing (a line break) stand between them. */
const spacedWords = (text: string) => text.trim().split(/\s+/).map(escapeRegExp).join('\\s+');

/**
 * A name as a pattern: its words with any spacing (a line break) between them, on word boundaries.
 * `alone`, a pattern of the council suffixes: the name only where it stands alone, not run on into a
 * longer name ("Leicester" is not printed alone in "Leicester Royal Infirmary", "Leeds and York" not in
 * "Leeds and York Partnership NHS Foundation Trust"); a council's suffix after it may follow ("Leeds City Council").
 */
const namePattern = (name: string, flags = 'g', alone?: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])${spacedWords(name)}(?![\\p{L}\\p{N}])${alone === undefined ? '' : `(?!\\s+(?!(?:${alone})(?![\\p{L}]))\\p{Lu}|\\s+(?:and|&|with)\\s+(?:the\\s+)?\\p{Lu})`}`,
    `u${flags}`,
  );

/** How many times a pattern (global) matches in a text, counting no further than `most`: one pass, stopped early. */
function countOf(pattern: RegExp, text: string, most: number): number {
  let count = 0;
  pattern.lastIndex = 0;
  while (count < most && pattern.exec(text) !== null) count++;
  return count;
}

/** An area, or why the letter's evidence does not settle one (the warning's words). */
type AreaReading = { area: Area; doubt?: undefined } | { area: null; doubt: string };
const noArea = (doubt: string): AreaReading => ({ area: null, doubt });

/** A council that is no local authority ("Otley Town Council", "Leeds Youth Council"): never an area. */
const NOT_AN_AUTHORITY = /\b(?:Town|Parish|Community|Neighbourhood|Village|Youth|Children's|Children’s|Young\s+People's)\s+Council$/;

/**
 * Where a letter names its area, in order: the title; the opening ("... the multi-agency response
 * to X in <area>"); a recipient's council ("..., <area> City Council", "the London Borough of
 * <area>"); the salutation ("Dear <area> Safeguarding Children Partnership", "Dear colleagues in
 * <area>"). A title set in capitals gives the name as the letter prints it elsewhere (its case is not
 * the name's). The council is a legal body of one area; a salutation may greet a partnership of
 * several, a police area or a person, so it is read only where the letter supports it as a place
 * (printed elsewhere after "in", or as a council), and only where no one council settles the area.
 * An area the letter's evidence does not settle (councils of several areas, a joined name printed
 * once) is null, with the reason.
 */
function findArea(title: string, opening: string, salutation: string, organisations: string[], text: string, body: string, rules: LayoutRules): AreaReading {
  const clean = (raw: string) => cleanArea(raw, rules.areaSuffixes, rules.areaPrefixes, rules.areaNamesKeptWhole);
  const suffixes = rules.areaSuffixes.map(spacedWords).join('|');
  const fromTitle = areaInTitle(/\p{Ll}/u.test(title) ? title : asPrinted(title, text), clean);
  if (fromTitle) return { area: fromTitle };
  const fromOpening = areaInOpening(opening, text, clean, suffixes, rules);
  if (fromOpening) return fromOpening;
  const organisationWord = (word: string) => rules.organisationWords.includes(word.toLowerCase());
  const wholeName = new RegExp(`^(?:the\\s+)?${AREA_NAME}$`);
  // A recipient's organisation that is a local authority's council and a name alone ("Wokingham Borough
  // Council", "the London Borough of Haringey", "Council of the Isles of Scilly"), no other body in it.
  const authority = new RegExp(`^(?:the\\s+)?(?:${[...rules.areaPrefixes.map(spacedWords), 'Council\\s+of'].join('|')})\\s`);
  const councils: Area[] = [];
  for (const organisation of organisations.map(singleSpaced)) {
    if (!wholeName.test(organisation) || NOT_AN_AUTHORITY.test(organisation)) continue;
    const ws = organisation.split(' ');
    const council = /\bCouncil$/.test(organisation) || authority.test(organisation);
    if (!council || ws.some((word, i) => organisationWord(word) && !(word === 'Council' && (i === ws.length - 1 || ws[i + 1] === 'of')))) continue;
    const area = clean(organisation);
    if (!councils.some((known) => known.area.toLowerCase() === area.area.toLowerCase())) councils.push(area);
  }
  const saluted = salutationArea(salutation, text, councils, clean, suffixes, rules);
  // A salutation that names a council ("Dear Northshire County Council colleagues", "Dear Chief
  // Executive of the London Borough of Haringey"): a council's area as the recipients' are.
  const candidates = [...councils];
  for (const greetedCouncil of salutationCouncils(salutation, body, clean, suffixes, rules)) {
    if (!candidates.some((known) => known.area.toLowerCase() === greetedCouncil.area.toLowerCase())) candidates.push(greetedCouncil);
  }
  if (candidates.length === 1 && councils.length === 0) {
    // A council the salutation greets, none among the recipients: the body must name no other place
    // as often as it ("Dear Chief Executive of Reading Borough Council" over a body that says "in
    // Wokingham" nine times and "in Reading" once greets a neighbour's council).
    const greeted = candidates[0]!;
    const rival = rivalPlace(greeted, body, suffixes);
    if (rival !== null) return noArea(`the salutation greets the council of "${greeted.area}", but the letter's body names "${rival}" as a place as often or more`);
  }
  if (candidates.length === 1) return { area: candidates[0]! };
  if (candidates.length > 1) {
    const named = saluted.area === null ? undefined : candidates.find((council) => council.area.toLowerCase() === saluted.area!.area.toLowerCase());
    if (named) return { area: named };
    // Councils of several areas: the one the letter's body names as a place ("in Leeds", "Leeds City
    // Council should send ..."), where the body never names any other of them at all, in any form ("a
    // hospital in Reading", "agencies in Wokingham and Reading", "the Reading director"): a neighbour it
    // never names is no area of the letter's, and one it names, however briefly, leaves it undecided.
    const placed = candidates.filter((council) => printedAsPlace(council.area, body, suffixes) || printedAsPlace(council.full, body, suffixes));
    const mentioned = candidates.filter((council) => namePattern(council.area, '').test(body) || namePattern(council.full, '').test(body));
    if (placed.length === 1 && mentioned.every((council) => council === placed[0])) return { area: placed[0]! };
    const others = mentioned.filter((council) => !placed.includes(council));
    const which =
      placed.length > 1
        ? `, and the letter's body names ${placed.length === candidates.length ? 'each' : `${placed.map((council) => `"${council.area}"`).join(' and ')}`} as a place`
        : placed.length === 1
          ? `, and the letter's body names "${placed[0]!.area}" as a place but also names ${others.map((council) => `"${council.area}"`).join(' and ')}`
          : ', and the letter\'s body names none of them as a place';
    return noArea(`the recipients and the salutation name the councils of ${candidates.map((council) => `"${council.area}"`).join(', ')}${which}`);
  }
  return saluted;
}

/** Places that are no local area's (a country), and months: never a rival to a letter's area. */
const NOT_A_RIVAL = new RegExp(`^(?:the\\s+)?(?:England|Wales|Scotland|Britain|Great\\s+Britain|UK|United\\s+Kingdom|${MONTHS.join('|')})$`, 'i');

/**
 * Another name the text prints after "in" (or "across", "throughout", "within") at least as often as
 * it prints an area so (or as a council, "Leeds City Council", where that is more often), where there is one: the most printed such name. Null where the area is the
 * place the text names most.
 */
function rivalPlace(area: Area, text: string, suffixes: string): string | null {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(new RegExp(`\\b(?:in|across|throughout|within)\\s+((?:the\\s+)?${AREA_WORDS})`, 'g'))) {
    const name = singleSpaced(match[1]!);
    // A country or a month, a body ("in the MASH", "in the Youth Offending Service") or an initialism ("in CAMHS"): no place.
    if (NOT_A_RIVAL.test(name) || /^the\s/.test(name) || /^\p{Lu}{2,}$/u.test(name)) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  // The area's own name, or a part of it or a name that holds it ("in Barking" of Barking and Dagenham, "in Leeds and Bradford").
  const own = (name: string) => [area.area, area.full].some((known) => namePattern(known, '').test(name) || namePattern(name, '').test(known));
  // The area's own count: after "in" and the like, or as a council ("Leeds City Council"), whichever is more.
  const asCouncil = (known: string) => countOf(new RegExp(`${namePattern(known, '').source}\\s+(?:${suffixes})(?![\\p{L}])`, 'gu'), text, 1000);
  const ownCount = Math.max([...counts].filter(([name]) => own(name)).reduce((sum, [, n]) => sum + n, 0), asCouncil(area.area), asCouncil(area.full));
  const rivals = [...counts].filter(([name, n]) => !own(name) && n >= ownCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return rivals[0]?.[0] ?? null;
}

/** Whether a text names an area as a place: after "in" (or "across", "throughout", "within"), alone, or as a council ("Leeds City Council"). */
function printedAsPlace(name: string, text: string, suffixes: string): boolean {
  return new RegExp(`\\b(?:in|across|throughout|within)\\s+(?:the\\s+)?${namePattern(name, '', suffixes).source}|${namePattern(name, '').source}\\s+(?:${suffixes})(?![\\p{L}])`, 'u').test(text);
}

/**
 * The councils a salutation names ("Dear Northshire County Council colleagues", "Dear Chief Executive
 * of Northshire County Council", "Dear colleagues at the London Borough of Haringey"): in each run of
 * its capitalised words, the longest tail, after "of", "at" or "for", that is a council's name (a
 * council's suffix after it, or an authority's prefix before it), holds no role or other body's word,
 * and names an area the letter's body names as a place (a salutation's words before the council,
 * "Councillors and Officers of", are no part of it). A salutation that greets one council: that one,
 * where the body names it as a place, else none. One that greets several: all of them (the longest
 * tail of each run where the body names none), so that no greeting of several areas settles one alone.
 */
function salutationCouncils(salutation: string, body: string, clean: (raw: string) => Area, suffixes: string, rules: LayoutRules): Area[] {
  const greeting = singleSpaced(salutation.trim()).replace(/^Dear\s+/, '').replace(/[,.:;]+$/, '');
  const suffixAtEnd = new RegExp(`\\s(?:${suffixes})$`);
  const authority = new RegExp(`^(?:the\\s+)?(?:${[...rules.areaPrefixes.map(spacedWords), 'Council\\s+of'].join('|')})\\s`);
  const lower = (word: string) => word.toLowerCase();
  const supported: Area[] = [];
  const greeted: Area[] = [];
  for (const match of greeting.matchAll(new RegExp(`(?:the\\s+)?${AREA_NAME}`, 'g'))) {
    const words = match[0].split(' ');
    let first: Area | null = null;
    // Each tail of the run that starts it or follows "of", "at" or "for", longest first.
    for (let i = 0; i < words.length; i++) {
      if (i > 0 && !/^(?:of|at|for)$/.test(words[i - 1]!)) continue;
      const name = words.slice(i).join(' ');
      if (!(suffixAtEnd.test(name) || authority.test(name)) || NOT_AN_AUTHORITY.test(name)) continue;
      const ws = words.slice(i);
      if (ws.some((word) => rules.roleWords.includes(lower(word)) || (rules.organisationWords.includes(lower(word)) && word !== 'Council'))) continue;
      const area = clean(name);
      if (area.area === '' || area.area === name.replace(/^the\s+/, '') && !authority.test(name)) continue;
      first ??= area;
      if (printedAsPlace(area.area, body, suffixes) || printedAsPlace(area.full, body, suffixes)) {
        first = area;
        supported.push(area);
        break;
      }
    }
    if (first !== null && !greeted.some((known) => known.area.toLowerCase() === first!.area.toLowerCase())) greeted.push(first);
  }
  // One council greeted: taken where the body names it as a place. Several ("Dear Reading Borough
  // Council, Wokingham Borough Council and partners"): each of them, supported or not, for the
  // several councils' rule to settle or leave null.
  if (greeted.length > 1) return greeted;
  return supported.slice(0, 1);
}

/**
 * The area a salutation names, where the letter supports it as a place: "Dear Leeds Local Safeguarding
 * Partnership" where the letter prints "in Leeds" or a council of Leeds elsewhere. Never a greeting's
 * other words ("Dear Local Safeguarding Partners", "Dear Chair of the Leeds ..."), a police area or a
 * name the letter prints nowhere else.
 */
function salutationArea(salutation: string, text: string, councils: Area[], clean: (raw: string) => Area, suffixes: string, rules: LayoutRules): AreaReading {
  const none = 'the title does not end "in <area>" or name one, the opening names none jtai reads, no recipient is a council, and the salutation names no place the letter prints elsewhere';
  const greeting = salutation.trim();
  const greeted = new RegExp(`^Dear\\s+(?:(?:the|all)\\s+)?(.+?)\\s+(?:Local\\s+)?Safeguarding\\b|^Dear\\s+[^,]*?\\bin\\s+((?:the\\s+)?${AREA_NAME})[,.]?$`).exec(greeting);
  const name = greeted?.[1] ?? greeted?.[2];
  if (name === undefined || !new RegExp(`^(?:the\\s+)?${AREA_NAME}$`).test(name)) return noArea(none);
  const ws = name.split(/\s+/);
  // A role ("Chair of the ..."), or a body that is no area ("... Police", "... Police Area").
  if (ws.some((word) => rules.roleWords.includes(word.toLowerCase())) || rules.organisationWords.includes(ws[ws.length - 1]!.toLowerCase()) || /^Areas?$/.test(ws[ws.length - 1]!)) return noArea(none);
  const area = clean(name);
  if (councils.some((council) => council.area.toLowerCase() === area.area.toLowerCase())) return { area };
  // Printed elsewhere as a place: after "in" (or "across", "throughout", "within"), alone, or as a council ("Leeds City Council").
  const elsewhere = text.replace(greeting, ' ');
  return printedAsPlace(area.area, elsewhere, suffixes) || printedAsPlace(area.full, elsewhere, suffixes) ? { area } : noArea(`${none} ("${singleSpaced(name)}" is printed nowhere else as a place)`);
}

function areaInTitle(title: string, clean: (raw: string) => Area): Area | null {
  // "... of <theme> in <area>" first: a theme worded otherwise than "the multi-agency response to".
  const inArea = new RegExp(`${IN_AREA}\\.?$`).exec(title);
  if (inArea) return clean(inArea[1]!);
  const later = /^joint targeted area inspection of\s+(?!the multi-agency)(.+)$/i.exec(title);
  return later ? clean(later[1]!) : null;
}

/**
 * A title in capitals ("JOINT TARGETED AREA INSPECTION OF ... IN BRIGHTON AND HOVE"), its area as the
 * letter prints it elsewhere ("Brighton and Hove"): the title with that name in its place. A name the
 * letter prints nowhere else as a name (a capital, or "the" and a capital, then lower case: never "bath" for "BATH") is not read from the title.
 */
function asPrinted(title: string, text: string): string {
  const caps = /^(.*\bIN\s+|JOINT TARGETED AREA INSPECTION OF\s+(?!THE MULTI-AGENCY))(.+?)\.?$/i.exec(title);
  if (!caps) return '';
  const printed = [...text.matchAll(namePattern(caps[2]!, 'gi'))].map((match) => match[0]).find((found) => /^(?:the\s+)?\p{Lu}/u.test(found) && /\p{Ll}/u.test(found));
  return printed === undefined ? '' : `${caps[1]!.toLowerCase().replace(/^joint/, 'Joint')}${singleSpaced(printed)}`;
}

/**
 * The area after "in" in the opening's sentence that names the inspection. Case matters, as in the
 * title: a name is capitalised words, and it ends at the first word in lower case. A name joined
 * by "and", "&" or "with", or a list ("Bournemouth, Christchurch and Poole"), is taken whole only
 * where the letter prints that name again elsewhere: in the opening such words may run on into prose
 * ("in Leeds and the West Yorkshire Police area", "in Leeds with West Yorkshire Police"), which no
 * letter repeats. Otherwise the single name before the join, where the letter prints it again alone
 * ("Leeds", never "Brighton" of "Brighton and Hove"); neither printed again: no area from the opening.
 */
function areaInOpening(opening: string, text: string, clean: (raw: string) => Area, suffixes: string, rules: LayoutRules): AreaReading | null {
  const lead = '(?:[Mm]ulti-agency [Rr]esponse to|[Jj]oint [Tt]argeted [Aa]rea [Ii]nspection)[^.]*?';
  const single = new RegExp(`${lead}${IN_OPENING}`).exec(opening);
  if (!single) return null;
  const joined = new RegExp(`${lead}${IN_AREA}`).exec(opening);
  const whole = joined && joined[1]!.startsWith(single[1]!) ? joined[1]! : single[1]!;
  if (whole === single[1]!) return { area: clean(whole) };
  // Printed as a name alone (not inside a longer one), the opening's own mention counted: twice is again.
  const printed = (name: string, most: number) => countOf(namePattern(name, 'g', suffixes), text, most);
  const wholeArea = clean(whole);
  if (printed(wholeArea.area, 2) >= 2 || printed(wholeArea.full, 2) >= 2) return { area: wholeArea };
  // The join runs on into a body that is no area ("in Leeds and the West Yorkshire Police area",
  // "in Leeds with West Yorkshire Police", "in Leeds, Ofsted, CQC and HMIP"): the single name, where the letter prints it alone. A join
  // of names ("Brighton and Hove", "Leicester, Leicestershire and Rutland") printed once names the
  // area only once: its first name alone elsewhere ("a hospital in Brighton") does not settle it.
  const restText = whole.slice(single[1]!.length);
  const rest = restText.trim().split(/\s+/);
  const singleArea = clean(single[1]!);
  const bodies = rules.organisationWords.includes(rest[rest.length - 1]!.toLowerCase()) || rules.inspectorates.some((rule) => rule.pattern.test(restText));
  if (bodies && printed(singleArea.area, 1) >= 1) return { area: singleArea };
  return noArea(`the opening names "${singleSpaced(whole)}", which the letter prints nowhere else as a name: neither it nor "${singleSpaced(single[1]!)}" alone is known to be the area`);
}

const DESCRIBES_DEEP_DIVE = /\b(?:included|includes|undertook|undertaken|carried out|conducted)\b[^.]*\bdeep[\s-]dive|deep[\s-]dive['’"]?\s+(?:focus|into|investigation|element|theme)\b/i;

function findTheme(title: string, opening: string, rules: LayoutRules): string | null {
  // "a 'deep dive' focus on ...", "a deep-dive focus on ...": a sentence that says what the inspection's
  // deep dive was (it "included", "undertook", "carried out" one, or names its "focus" or what it went
  // "into"), never a sentence that mentions one ("Leaders commissioned a deep-dive audit of neglect cases").
  const deepDive = [...opening.matchAll(/(?<![^.])[^.]*deep[\s-]dive[^.]*\./gi)].map((match) => match[0]).find((sentence) => DESCRIBES_DEEP_DIVE.test(sentence)) ?? '';
  // What the deep dive was into follows its words ("Alongside this inspection of 'front door' arrangements, ..., inspectors undertook a 'deep dive' into ...").
  const intoDeepDive = /deep[\s-]dive.*/i.exec(deepDive)?.[0] ?? '';
  const responseTo = (text: string) => /multi-agency response to ([^.]*)/i.exec(text)?.[1] ?? '';
  // Other wordings of the theme ("... of the identification and response to initial need and
  // risk in ..."): the opening sentence that names the inspection, before any later "multi-agency
  // response to" (a 2024 letter's Context names its scope so), then the title.
  const naming = /(?<![^.])[^.]*joint targeted area inspection[^.]*/i.exec(opening)?.[0] ?? '';
  // A title that gives the programme's scope ("the multi-agency response to abuse and neglect in
  // ...", 2016-19), not a theme: the deep-dive sentence alone names the theme, or none is known.
  const scope = responseTo(title);
  const scoped = scope !== '' && rules.deepDiveScopes.some((phrase) => new RegExp(`^${spacedWords(phrase)}\\b`, 'i').test(scope));
  const candidates = scoped ? [intoDeepDive, deepDive] : [intoDeepDive, deepDive, responseTo(title), naming, responseTo(opening), title];
  for (const candidate of candidates) {
    if (candidate === '') continue;
    // The theme named first ("serious youth violence and criminal exploitation" is the first); at one place, the first in the rules' order.
    let best: { id: string; at: number } | null = null;
    for (const rule of rules.deepDives) {
      const at = candidate.search(rule.pattern);
      if (at >= 0 && (best === null || at < best.at)) best = { id: rule.id, at };
    }
    if (best) return best.id;
  }
  return null;
}

export function readMetadata(
  letter: LetterText,
  front: FrontMatter,
  body: [number, number],
  sections: Section[],
  layout: Layout,
  rules: LayoutRules,
): LetterMetadata {
  const headerText = front.header.map((line) => line.text);
  const head = headDate(headerText);
  const dateLine = head.line;
  const footDate = dateLine ? null : dateAtFirstPageFoot(letter, body[0]);
  let date = dateLine ? head.date : footDate;
  const title = joinLines(front.title.map((line) => line.text)) || null;
  const opening = joinLines(letter.text.slice(body[0], Math.min(body[1], body[0] + 4000)).split('\n'));
  let range = findDateRange(opening.slice(0, 1500), date);
  // A date at the foot of page 1 that falls before the fieldwork's last day is no date of this
  // letter's (a note's citation of an earlier letter, a meeting's date): null, with the reason.
  let dateDoubt: string | undefined = head.doubt;
  if (footDate !== null && range.end !== null && footDate < range.end) {
    dateDoubt = `the only date at the foot of the first page, ${footDate}, falls before the inspection's last day (${range.end}), so it is no date of this letter's`;
    date = null;
    range = findDateRange(opening.slice(0, 1500), date);
  }
  // No date at the head (nor two it does not tell apart), none at the first page's foot: the date printed as page
  // furniture on most pages, where the furniture gives one date alone, with a warning that says where it was read.
  let dateSource: string | undefined;
  if (date === null && dateLine === undefined && head.doubt === undefined && footDate === null) {
    const furniture = furnitureDate(letter);
    if (furniture !== null && range.end !== null && furniture.date < range.end) {
      dateDoubt = `the date printed as page furniture (${furniture.where}), ${furniture.printed}, falls before the inspection's last day (${range.end}), so it is no date of this letter's`;
    } else if (furniture !== null) {
      date = furniture.date;
      dateSource = `the letter's date, ${furniture.printed}, is read from page furniture (${furniture.where}): the letter's head gives no date`;
      range = findDateRange(opening.slice(0, 1500), date);
    }
  }
  const nextSteps = sections.filter((section) => section.kind === 'next-steps');
  const nextStepsText = joinLines(nextSteps.map((section) => letter.text.slice(section.span[0], section.span[1])).join('\n').split('\n'));
  // "by 25 November 2022", "no later than ...", "on or before ...".
  // A month's abbreviation's full stop before a number ("by Nov. 25, 2022", "by 25 Nov. 2022") ends no
  // sentence; one before a word ("by 17 Oct. This statement ...") does.
  // Each address blanked to as many spaces (its full stops end no sentence), so a warning can quote the sentence as printed.
  const dueMatch = /(?<![^.])[^.]*\bstatement\b[^.]*\b(?:by|no later than|on or before)\b(?:[^.]|(?<=\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec))\.(?=\s*\d))*/i.exec(nextStepsText.replace(/(?<!\S)\S+@\S+/g, (address) => ' '.repeat(address.length)));
  const dueSentence = dueMatch?.[0] ?? '';
  const deadline = readDeadline(dueSentence, date, range.end, dueMatch === null ? '' : nextStepsText.slice(dueMatch.index, dueMatch.index + dueSentence.length));
  const inspectorateText = opening.slice(0, 1200);
  const recipients = parseRecipients(addressBlock(front.header, dateLine, head.dated), rules, letter.text.slice(body[0]));
  const organisations = recipients.flatMap((recipient) => (recipient.organisation !== null ? [recipient.organisation] : []));
  const { area, doubt } = findArea(title ?? '', opening, front.salutation?.text ?? '', organisations, letter.text, letter.text.slice(body[0]), rules);
  const metadata: LetterMetadata = {
    area: area?.area ?? null,
    areaFull: area?.full ?? null,
    date,
    inspectionStart: range.start,
    inspectionEnd: range.end,
    theme: findTheme(title ?? '', opening, rules),
    title,
    inspectorates: rules.inspectorates.filter((rule) => rule.pattern.test(inspectorateText)).map((rule) => rule.id),
    recipients,
    statementDue: deadline.due,
    layout,
  };
  if (doubt !== undefined) AREA_DOUBTS.set(metadata, doubt);
  if (range.doubt !== undefined) RANGE_DOUBTS.set(metadata, range.doubt);
  if (range.caution !== undefined) RANGE_CAUTIONS.set(metadata, range.caution);
  if (dateDoubt !== undefined) DATE_DOUBTS.set(metadata, dateDoubt);
  if (dateSource !== undefined) DATE_SOURCES.set(metadata, dateSource);
  if (deadline.doubt !== undefined) DUE_DOUBTS.set(metadata, deadline.doubt);
  return metadata;
}

/** Why a letter's area is null, in words for its warning: what was searched, or what did not settle it. */
const AREA_DOUBTS = new WeakMap<LetterMetadata, string>();
export function areaDoubt(metadata: LetterMetadata): string | undefined {
  return AREA_DOUBTS.get(metadata);
}

/**
 * A letter's own date where its head gives none: a line that is a date and nothing else (no sentence's
 * full stop after it) among the last lines of its first page, or what was taken out of the text there
 * as its footer (some templates print the date at the foot of the first page, under the text and its
 * notes). A footnote only where the whole note is the date (the page's number read as its marker, "1
 * Tuesday 1 November 2022"), or what follows its last full stop is, with no full stop of its own (the
 * date's line read into the note), never a note's sentence that ends in a date ("... jtai-wokingham.
 * 3 March 2015.": a citation); a running footer (printed on every page) never. A text with no page
 * break after the body's start has no first page's foot: none. A date before the fieldwork's last day
 * is refused by the caller (readMetadata). Null
 * where there is none: a date inside a sentence there is no letter's date.
 */
function dateAtFirstPageFoot(letter: LetterText, from: number): string | null {
  const pageEnd = letter.pageStarts.find((start) => start > from);
  if (pageEnd === undefined) return null;
  const lines = letter.text.slice(from, pageEnd).split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const page = pageOf(Math.max(0, pageEnd - 1), letter.pageStarts);
  const taken = letter.removed
    .filter((removal) => removal.page === page && (removal.kind === 'footer' || removal.kind === 'footnote'))
    .flatMap((removal) => {
      const text = singleSpaced(removal.text.trim());
      const whole = [text, text.replace(/^\d{1,2}\s+/, '')];
      if (removal.kind === 'footer') return whole;
      // A note's text after its last sentence's full stop: the date's line read into the note ("... the
      // Children Act 2004. 1 November 2022"), never a sentence of the note's own that ends in a date
      // ("... jtai-wokingham. 3 March 2015.": a citation, its own full stop after it).
      const ends = [...text.matchAll(/(?<!\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec))[.!?]\s+/gi)].at(-1);
      const last = ends === undefined ? undefined : text.slice(ends.index + ends[0].length);
      return [...whole, ...(last === undefined ? [] : [last])].filter((line) => !/\.$/.test(line));
    });
  // A line of the page's foot: the date alone, or after the page's number on its line ("1 November 1, 2022").
  const foot = lines.slice(-4).reverse().flatMap((line) => [line, line.replace(/^\d{1,2}\s+/, '')]).filter((line) => !/\.$/.test(line));
  const dated = [...foot, ...taken].find((line) => line.length < 40 && DATE_ALONE.test(line));
  return dated === undefined ? null : findDate(dated);
}

/**
 * The date a letter prints as page furniture on most of its pages (helper 8ct): a running header or footer, or a page's
 * footer, that is a date alone or a date with the footer's other items on its line ("18 August 2022 | Page 2 of 9"),
 * the same date on at least half the pages (and two), and no other date so printed. Where it stands ("at the foot of
 * 9 of 10 pages"), and the date as printed. Null otherwise: furniture that gives two dates does not say which is the
 * letter's.
 */
function furnitureDate(letter: LetterText): { date: string; printed: string; where: string } | null {
  const seen = new Map<string, { pages: Set<number>; printed: string; head: boolean; foot: boolean }>();
  for (const removal of letter.removed) {
    if (removal.kind !== 'running-header' && removal.kind !== 'running-footer' && removal.kind !== 'footer') continue;
    const text = singleSpaced(removal.text.trim());
    if (!dateAlone(text)) continue;
    const date = findDate(text);
    if (date === null) continue;
    const entry = seen.get(date) ?? { pages: new Set<number>(), printed: DATE.exec(text)![0], head: false, foot: false };
    entry.pages.add(removal.page);
    if (removal.kind === 'running-header') entry.head = true;
    else entry.foot = true;
    seen.set(date, entry);
  }
  if (seen.size !== 1) return null;
  const [date, entry] = [...seen][0]!;
  const pages = letter.pageStarts.length;
  if (entry.pages.size < Math.max(2, Math.ceil(pages / 2))) return null;
  const where = `at the ${entry.head && entry.foot ? 'head or foot' : entry.head ? 'head' : 'foot'} of ${entry.pages.size} of ${pages} pages`;
  return { date, printed: entry.printed, where };
}

/** Where a letter's date was read when its head gives none and it was taken from page furniture, in words for a warning. */
const DATE_SOURCES = new WeakMap<LetterMetadata, string>();
export function dateSource(metadata: LetterMetadata): string | undefined {
  return DATE_SOURCES.get(metadata);
}

/** Why a letter's fieldwork dates may end early: read from a sentence's first range where a later one is not known to be fieldwork. */
const RANGE_CAUTIONS = new WeakMap<LetterMetadata, string>();
export function rangeCaution(metadata: LetterMetadata): string | undefined {
  return RANGE_CAUTIONS.get(metadata);
}

/** Why a letter's fieldwork dates are null where it gives a range that cannot be right. */
const RANGE_DOUBTS = new WeakMap<LetterMetadata, string>();
export function rangeDoubt(metadata: LetterMetadata): string | undefined {
  return RANGE_DOUBTS.get(metadata);
}

/** Why a letter's date is null where a date was found but cannot be the letter's. */
const DATE_DOUBTS = new WeakMap<LetterMetadata, string>();
export function dateDoubt(metadata: LetterMetadata): string | undefined {
  return DATE_DOUBTS.get(metadata);
}

/** Why a letter's statement deadline is null where its sentence gives several it does not tell apart (helper 8cr). */
const DUE_DOUBTS = new WeakMap<LetterMetadata, string>();
export function dueDoubt(metadata: LetterMetadata): string | undefined {
  return DUE_DOUBTS.get(metadata);
}
