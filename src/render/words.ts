import type { Layout, Stance } from '../types.js';

// The words the summary renderers share: stance names in the singular and plural, and dates as
// people write them. One place, so the digest and the report say the same thing.

/** Each stance's noun, one and many: "1 priority action", "2 areas for improvement". */
export const STANCE_NOUNS: Record<Stance, [one: string, many: string]> = {
  strength: ['strength', 'strengths'],
  improvement: ['area for improvement', 'areas for improvement'],
  priority: ['priority action', 'priority actions'],
  narrative: ['finding in narrative', 'findings in narrative'],
};

export const STANCE_TITLES: Record<Stance, string> = {
  strength: 'Strengths',
  improvement: 'Areas for improvement',
  priority: 'Areas for priority action',
  narrative: 'Other findings (narrative)',
};

/** The two layouts, oldest first. */
export const LAYOUTS: Layout[] = ['2016-2020', '2022+'];

/** The order a reader wants them in: the most serious first. */
export const STANCE_ORDER: Stance[] = ['priority', 'improvement', 'strength', 'narrative'];

/**
 * A number as toLocaleString('en-GB') writes it ("12,345"): a whole number without it, since its
 * first call loads ICU's number formats (about 36 ms of CPU, in a one-letter run that writes one count).
 */
export function grouped(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en-GB');
  return String(n).replace(/\B(?=(?:\d{3})+$)/g, ',');
}

/** "1 letter", "2 letters"; many defaults to one + "s". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${grouped(n)} ${n === 1 ? one : many}`;
}

export function stanceCount(n: number, stance: Stance): string {
  const [one, many] = STANCE_NOUNS[stance];
  return plural(n, one, many);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2017-07-14" as "14 July 2017"; anything else as given. */
export function longDate(date: string | null): string {
  const match = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  if (!match) return date ?? 'undated';
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}

export function pageCitation([from, to]: [number, number]): string {
  return from === to ? `p. ${from}` : `pp. ${from}-${to}`;
}

/** Findings per letter, to one decimal place: "22.5 a letter". */
export function perLetter(findings: number, letters: number): string {
  return letters === 0 ? '-' : `${(findings / letters).toFixed(1)} a letter`;
}
