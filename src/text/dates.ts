// Dates as letters print them: read for a letter's metadata (src/segment/metadata.ts) and, a date alone on a line,
// for page furniture (a date set at a page's foot: src/extract/clean.ts, src/extract/pdf.ts).
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const MONTH = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)`;
export const WEEKDAY = '(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s+)?';
export const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
export const YEAR = "(\\d{4}|'?\\d{2})(?!\\d)";
// After a comma only four digits are a year: "by 23 August, 10 weeks from now" gives no year of 2010.
// Day first, an ordinal with "of" too ("1 November 2022", "the 1st of November 2022": groups 1-4), or
// month first, the year only as four digits ("November 1, 2022", "Nov. 1st 2022": groups 5-7).
export const DATE = new RegExp(
  `\\b${WEEKDAY}(?:(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH}\\.?(?:,\\s+(\\d{4})|\\s+${YEAR})|${MONTH}\\.?\\s+${DAY}(?!\\d),?\\s+(\\d{4}))\\b`,
  'i',
);
/** A line that is a date and nothing else ("1 November 2022", "Date: November 1, 2022"): a letter's own date, wherever the page sets it. */
export const DATE_ALONE = new RegExp(`^(?:dated?:?\\s+)?(?:${DATE.source})\\.?$`, 'i');
/** A line that is a date alone, or a date beside a page's number on its line ("2 18 August 2022", "18 August 2022 2"). */
export function dateAlone(line: string): boolean {
  const text = line.trim();
  return text.length < 48 && [text, text.replace(/^\d{1,3}\s+/, ''), text.replace(/\s+\d{1,3}$/, '')].some((each) => DATE_ALONE.test(each));
}
