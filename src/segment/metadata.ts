import type { Layout, LetterMetadata, LetterText, Recipient, Section } from '../types.js';
import type { LayoutRules } from './layout-rules.js';
import { joinLines, type Line } from './lines.js';
import type { FrontMatter } from './sections.js';

// The letter's metadata, read from its front matter, opening and next steps.

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)`;
const WEEKDAY = '(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s+)?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = "(\\d{4}|'?\\d{2})(?!\\d)";
const DATE = new RegExp(`\\b${WEEKDAY}${DAY}\\s+${MONTH}\\.?,?\\s+${YEAR}\\b`, 'i');
const RANGE = new RegExp(
  `\\b${DAY}(?:\\s+${MONTH}\\.?)?(?:\\s+${YEAR})?\\s*(?:and|to|-|–|until)\\s*${DAY}\\s+${MONTH}\\.?(?:,?\\s+${YEAR})?`,
  'i',
);

function monthNumber(name: string): number {
  const lower = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((month) => month.startsWith(lower)) + 1;
}

function fullYear(year: string): number {
  const digits = year.replace("'", '');
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first full date in a text, as YYYY-MM-DD (a weekday before it is read and ignored). */
export function findDate(text: string): string | null {
  const match = DATE.exec(text);
  return match ? iso(fullYear(match[3]!), monthNumber(match[2]!), Number(match[1])) : null;
}

/** "Between 22 May and 26 May 2017", "from 4 to 8 March 2024", "16 May to 20 May" (year from the letter). */
export function findDateRange(text: string, letterDate: string | null): { start: string | null; end: string | null } {
  const match = RANGE.exec(text);
  if (!match) return { start: null, end: null };
  const [, startDay, startMonth, startYear, endDay, endMonth, endYear] = match;
  const letterYear = letterDate ? Number(letterDate.slice(0, 4)) : null;
  const endMonthNumber = monthNumber(endMonth!);
  let endYearNumber = endYear ? fullYear(endYear) : letterYear;
  if (endYearNumber === null) return { start: null, end: null };
  // Without a year, fieldwork falls in the letter's year or, for a letter early in a year, the one before.
  if (!endYear && letterDate && iso(endYearNumber, endMonthNumber, Number(endDay))! > letterDate) endYearNumber -= 1;
  const startMonthNumber = startMonth ? monthNumber(startMonth) : endMonthNumber;
  const startYearNumber = startYear ? fullYear(startYear) : startMonthNumber > endMonthNumber ? endYearNumber - 1 : endYearNumber;
  return {
    start: iso(startYearNumber, startMonthNumber, Number(startDay)),
    end: iso(endYearNumber, endMonthNumber, Number(endDay)),
  };
}

/** A recipient's line starts with a person's name (two to four capitalised words) and a comma. */
const RECIPIENT_START = /^(?:(?:Dr|Mr|Mrs|Ms|Miss|Cllr|Councillor|Professor|Prof|Sir|Dame|Lord|Lady)\.? )?[A-Z][A-Za-z'-]+(?: (?:de |van |von |der |da |di |du |la |le )?[A-Z][A-Za-z'.-]+){1,3},/;

function parseRecipients(lines: Line[]): Recipient[] {
  // "Name, Role, Organisation"; any other line runs on from the one before.
  const entries: string[] = [];
  for (const line of lines) {
    const text = line.text.trim();
    if (text === '') continue;
    if (entries.length === 0 || RECIPIENT_START.test(text)) entries.push(text);
    else entries[entries.length - 1] = joinLines([entries[entries.length - 1]!, text]);
  }
  return entries.map((entry) => {
    const parts = entry.replace(/\.$/, '').split(/,\s*/).map((part) => part.trim()).filter(Boolean);
    return {
      name: parts[0] ?? entry,
      role: parts[1] ?? null,
      // Organisations may have commas in their names ("Kent, Surrey and Sussex CRC").
      organisation: parts.length >= 3 ? parts.slice(2).join(', ') : null,
      text: entry,
    };
  });
}

/** An area as printed, and its short name: "the London Borough of Haringey" is "Haringey". */
interface Area {
  area: string;
  full: string;
}

function cleanArea(raw: string, suffixes: string[], prefixes: string[]): Area {
  const full = raw.trim().replace(/[.,;:]+$/, '');
  let area = full.replace(/^the\s+/i, '');
  for (const prefix of prefixes) {
    const pattern = new RegExp(`^${prefix.replace(/\s+/g, '\\s+')}\\s+`, 'i');
    if (pattern.test(area) && area.replace(pattern, '').trim() !== '') {
      area = area.replace(pattern, '').trim();
      break;
    }
  }
  for (const suffix of suffixes) {
    // Suffixes are words, not regular expressions: "Council (" is text to take off.
    const pattern = new RegExp(`\\s+${suffix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}$`, 'i');
    if (pattern.test(area) && area.replace(pattern, '').trim() !== '') {
      area = area.replace(pattern, '').trim();
      break;
    }
  }
  return { area, full };
}

const AREA_NAME = "([A-Z][A-Za-z'&-]*(?:\\s+(?:and\\s+|upon\\s+|on\\s+|of\\s+|the\\s+)?[A-Z][A-Za-z'&-]*)*)";

// "in the London Borough of Haringey": a lower-case "the" may stand before the name.
const IN_AREA = `\\bin\\s+((?:the\\s+)?${AREA_NAME})`;

function findArea(title: string, opening: string, suffixes: string[], prefixes: string[]): Area | null {
  // "... of <theme> in <area>" first: a theme worded otherwise than "the multi-agency response to".
  const inArea = new RegExp(`${IN_AREA}\\.?$`).exec(title);
  if (inArea) return cleanArea(inArea[1]!, suffixes, prefixes);
  const later = /^joint targeted area inspection of\s+(?!the multi-agency)(.+)$/i.exec(title);
  if (later) return cleanArea(later[1]!, suffixes, prefixes);
  // A title with no area: take it from the opening ("... the multi-agency response to X in Area").
  const fromOpening = new RegExp(`(?:multi-agency response to|joint targeted area inspection)[^.]*?${IN_AREA}`, 'i').exec(opening);
  return fromOpening ? cleanArea(fromOpening[1]!, suffixes, prefixes) : null;
}

function findTheme(title: string, opening: string, rules: LayoutRules): string | null {
  const deepDive = /[^.]*deep dive[^.]*\./i.exec(opening)?.[0] ?? '';
  const responseTo = (text: string) => /multi-agency response to ([^.]*)/i.exec(text)?.[1] ?? '';
  // Other wordings of the theme ("... of the identification and response to initial need and
  // risk in ..."): the title, then the opening sentence that names the inspection.
  const naming = /[^.]*joint targeted area inspection[^.]*/i.exec(opening)?.[0] ?? '';
  for (const candidate of [deepDive, responseTo(title), responseTo(opening), title, naming]) {
    if (candidate === '') continue;
    const found = rules.deepDives.find((rule) => rule.pattern.test(candidate));
    if (found) return found.id;
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
  const dateLine = headerText.find((text) => DATE.test(text) && text.length < 40);
  const date = dateLine ? findDate(dateLine) : null;
  const title = joinLines(front.title.map((line) => line.text)) || null;
  const opening = joinLines(letter.text.slice(body[0], Math.min(body[1], body[0] + 4000)).split('\n'));
  const range = findDateRange(opening.slice(0, 1500), date);
  const nextSteps = sections.filter((section) => section.kind === 'next-steps');
  const nextStepsText = joinLines(nextSteps.map((section) => letter.text.slice(section.span[0], section.span[1])).join('\n').split('\n'));
  const dueSentence = /[^.]*\bstatement\b[^.]*\bby\b[^.]*/i.exec(nextStepsText.replace(/\S+@\S+/g, ' '))?.[0] ?? '';
  const dueText = /\bby\b(.*)$/i.exec(dueSentence)?.[1] ?? '';
  const inspectorateText = opening.slice(0, 1200);
  const area = findArea(title ?? '', opening, rules.areaSuffixes, rules.areaPrefixes);
  return {
    area: area?.area ?? null,
    areaFull: area?.full ?? null,
    date,
    inspectionStart: range.start,
    inspectionEnd: range.end,
    theme: findTheme(title ?? '', opening, rules),
    title,
    inspectorates: rules.inspectorates.filter((rule) => rule.pattern.test(inspectorateText)).map((rule) => rule.id),
    recipients: parseRecipients(front.header.filter((line) => line.text !== dateLine)),
    statementDue: findDate(dueText),
    layout,
  };
}
