// The forms of a section heading that rules/sections.yaml describes, matched in one place. Two
// stages use them: segmentation, where a heading opens a section, and extraction, where a drawn
// box that starts with a study's heading is read as the study. Extraction is given the rules as
// data by its caller (it imports no later stage); both read them through this module.

import { singleSpaced } from './text/spaces.js';

/** A section rule's heading forms (its fields in rules/sections.yaml, lower case). */
export interface HeadingForms {
  /** Whole headings. */
  headings: string[];
  headingPatterns: RegExp[];
  /** "<prefix>: <rest>" where the rest holds one of `contains`. */
  prefixes: string[];
  contains: string[];
  /** A prefix with nothing after it ("Practice study:") opens this section. */
  bare: boolean;
}

export function normaliseHeading(line: string): string {
  return singleSpaced(line.toLowerCase())
    .replace(/[\s:.?]+$/, '')
    .trim();
}

/**
 * How a heading (normalised) takes one rule's form: the whole of one of its headings (`exact`),
 * one of its patterns, or "<prefix>: <rest>"; null if none.
 */
export function headingForm(heading: string, rule: HeadingForms): 'exact' | 'pattern' | 'prefix' | null {
  if (rule.headings.includes(heading)) return 'exact';
  if (rule.headingPatterns.some((pattern) => pattern.test(heading))) return 'pattern';
  for (const prefix of rule.prefixes) {
    if (!heading.startsWith(prefix)) continue;
    const rest = heading.slice(prefix.length);
    if (!/^\s*[:\-–]/.test(rest) && rest !== '') continue;
    if (rule.contains.some((word) => rest.includes(word)) || (rule.bare && /^\s*[:\-–]?\s*$/.test(rest))) return 'prefix';
  }
  return null;
}

/**
 * The mark a heading carries where a template repeats it at the top of a page its section runs on
 * to ("Key strengths (continued)", "Main findings - continued", "(cont'd)"): no part of the heading.
 */
const CONTINUED = /\s*(?:\(\s*(?:continued|cont['\u2019]?d|cont\.?)\s*\)|[\-\u2013\u2014,]?\s*\b(?:continued|cont['\u2019]d))$/;

/**
 * Whether a heading (normalised) may carry the continuation mark: every form of it holds "cont". The
 * expression, anchored at the end, is tried from each space of a line, so most lines (which hold no
 * "cont") are answered without it.
 */
const mayCarryContinued = (heading: string) => heading.includes('cont');

/** Whether a heading line carries the continuation mark: it repeats its section's heading over a page break. */
export function continuesHeading(line: string): boolean {
  const heading = normaliseHeading(line);
  return mayCarryContinued(heading) && CONTINUED.test(heading);
}

/** A section's number in capital roman numerals before its heading's capitalised words ("II. Key strengths", "IV) Next steps"). */
const ROMAN_SECTION_NUMBER = /^\s*[IVX]{1,4}[.)]\s+(?=[A-Z])/;

/** The longest line read as a possible heading (headingCandidate). */
export const MAX_HEADING_CHARS = 200;

/**
 * A line that may be a heading, normalised, without the number some templates give their section
 * headings ("1. Summary of findings", "2.1 Key strengths", "3) Next steps", "II. Key strengths"); null for one too long
 * to be a heading (a paragraph may be megabytes).
 */
export function headingCandidate(line: string): string | null {
  if (line.length > MAX_HEADING_CHARS) return null;
  const numberless = normaliseHeading(line.replace(ROMAN_SECTION_NUMBER, '')).replace(/^(?:\d{1,2}(?:\.\d{1,2})*\.?|\d{1,2}\))\s+(?=[a-z])/, '');
  const heading = mayCarryContinued(numberless) ? numberless.replace(CONTINUED, '') : numberless;
  return heading === '' || heading.length > 90 ? null : heading;
}
