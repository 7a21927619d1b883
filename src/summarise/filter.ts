import { JtaiError } from '../errors.js';
import type { Layout, ParseResult, SectionKind, Stance } from '../types.js';
import { isCalendarDate } from '../schema-check.js';

// Which letters and findings a summary or report covers. Letter filters drop whole letters
// (area, letter date, deep-dive theme, layout); finding filters keep a letter but only some of
// its findings (stance, section), so "in N of M letters" still counts the letters chosen.

export interface Filters {
  /** Areas, matched without regard to case. */
  areas?: string[];
  /** Letter date from (inclusive): a year, a year and month, or a whole date. */
  since?: string;
  /** Letter date up to (inclusive), written the same way. */
  until?: string;
  /** The letters' deep dives (ids, as in letter.theme): `--deep-dive` on the command line. Not the findings' theme tags. */
  themes?: string[];
  layouts?: Layout[];
  stances?: Stance[];
  sections?: SectionKind[];
}

/** A year (2018), a month (2018-06) or a date (2018-06-30) that is on the calendar. */
export function isDateBound(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  return match !== null && isCalendarDate(`${match[1]}-${match[2] ?? '01'}-${match[3] ?? '01'}`);
}

export const DATE_BOUND_HELP = 'takes a year (2018), a month (2018-06) or a real date (2018-06-30)';

/** The values each list filter may take; themes and sections come from the rules in use. */
export interface FilterChoices {
  themes?: readonly string[];
  sections: readonly string[];
  layouts: readonly string[];
  stances: readonly string[];
}

/**
 * Filters that cannot be what was meant are refused with a JtaiError (code usage), the same for
 * the command line and the library: a date not on the calendar, a range the wrong way round, a
 * value no letter can have. prefix names the options as the caller's user knows them ("--").
 */
export function checkFilters(filters: Filters, choices: FilterChoices, prefix = ''): void {
  const refuse = (message: string) => {
    throw new JtaiError('usage', message);
  };
  for (const bound of ['since', 'until'] as const) {
    const value = filters[bound];
    if (value !== undefined && (typeof value !== 'string' || !isDateBound(value))) refuse(`${prefix}${bound} ${DATE_BOUND_HELP}, not ${JSON.stringify(value)}`);
  }
  if (filters.since && filters.until && filters.since > filters.until.padEnd(filters.since.length, '9')) refuse(`${prefix}since ${filters.since} is after ${prefix}until ${filters.until}`);
  const lists = [['deep-dive', filters.themes, choices.themes], ['layout', filters.layouts, choices.layouts], ['stance', filters.stances, choices.stances], ['section', filters.sections, choices.sections]] as const;
  for (const [name, values, known] of lists) {
    const unknown = known ? (values ?? []).filter((value) => !known.includes(value)) : [];
    if (unknown.length) refuse(`${prefix}${name} ${unknown.join(', ')} is not one of: ${known!.join(', ')}`);
  }
}

/** "2018" is on or after since=2018 and on or before until=2018: compare as far as the bound is written. */
function withinDates(date: string | null, since?: string, until?: string): boolean {
  if (!since && !until) return true;
  if (!date) return false;
  if (since && date.slice(0, since.length) < since) return false;
  if (until && date.slice(0, until.length) > until) return false;
  return true;
}

export function letterPasses(result: ParseResult, filters: Filters): boolean {
  const { letter } = result;
  if (filters.areas?.length && !filters.areas.some((area) => area.toLowerCase() === (letter.area ?? '').toLowerCase())) return false;
  if (filters.themes?.length && !filters.themes.includes(letter.theme ?? '')) return false;
  if (filters.layouts?.length && !filters.layouts.includes(letter.layout)) return false;
  return withinDates(letter.date, filters.since, filters.until);
}

/** `instructions`: the kinds of section the rules mark as instructions (instructionSections), counted only when a section filter chooses them. */
function sectionCounted(section: SectionKind, filters: Filters, instructions: readonly SectionKind[]): boolean {
  return filters.sections?.length ? filters.sections.includes(section) : !instructions.includes(section);
}

export function applyFilters(results: ParseResult[], filters: Filters, instructions: readonly SectionKind[]): ParseResult[] {
  return results.filter((result) => letterPasses(result, filters)).map((result) => {
    const findings = result.findings.filter((f) => (!filters.stances?.length || filters.stances.includes(f.stance)) && sectionCounted(f.section, filters, instructions));
    return findings.length === result.findings.length ? result : { ...result, findings };
  });
}

/** How many findings of the letters chosen are instructions that applyFilters leaves out (none once --section is given). */
export function instructionsLeftOut(results: ParseResult[], filters: Filters, instructions: readonly SectionKind[]): number {
  if (filters.sections?.length) return 0;
  return results
    .filter((result) => letterPasses(result, filters))
    .reduce((n, result) => n + result.findings.filter((f) => instructions.includes(f.section) && (!filters.stances?.length || filters.stances.includes(f.stance))).length, 0);
}

/** Only the filters given, for the record in a summary's JSON. */
export function filtersInUse(filters: Filters): Filters {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && (!Array.isArray(value) || value.length > 0))) as Filters;
}
