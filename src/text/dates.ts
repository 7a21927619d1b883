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
/** A page's number as its foot prints it: "2", "Page 2", "2 of 9", "Page 2 of 9", "2/9". */
const PAGE_OF = /^(?:page\s+)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?$/i;
/** A web or mail address alone ("www.gov.uk/ofsted", "https://reports.ofsted.gov.uk", "enquiries@ofsted.gov.uk"). */
const ADDRESS = /^(?:https?:\/\/)?(?:[\w.+-]+@)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/\S*)?$/i;
/** A document's reference: "Reference: JTAI/2022/014", "Ref no. 1234567", "URN 123456", or a code alone with a slash and digits ("JTAI/2022/014"). */
const REFERENCE = /^(?:(?:our|your)\s+)?(?:ref(?:erence)?|urn)\.?(?:\s+(?:no\.?|number))?\s*:?\s*(?=\S*\d)[\w/.-]+$|^(?=[\w/.-]*\d)(?=[\w.-]*\/)[A-Za-z][\w/.-]*$/i;
/** Marks that part a footer's items on one line ("18 August 2022 | Page 2 of 9", "Page 2 - 18 August 2022"). */
const PARTS = /\s+[|\u2013\u2014\u2022\u00B7-]\s+|\s{3,}/;

/** A line of a page's footer that is no date: its number, a web or mail address, a reference, or these on one line. */
export function footerItems(line: string): boolean {
  const text = line.trim();
  return text.length < 80 && text !== '' && text.split(PARTS).every((part) => PAGE_OF.test(part) || ADDRESS.test(part) || REFERENCE.test(part));
}

/**
 * A line that is a date alone, or a date beside a page's number on its line ("2 18 August 2022", "18 August 2022 2"),
 * or a date set with a footer's other items, parted by a bar or a dash ("18 August 2022 | Page 2 of 9",
 * "www.gov.uk/ofsted - 18 August 2022").
 */
export function dateAlone(line: string): boolean {
  const text = line.trim();
  if (text.length < 48 && [text, text.replace(/^\d{1,3}\s+/, ''), text.replace(/\s+\d{1,3}$/, '')].some((each) => DATE_ALONE.test(each))) return true;
  if (text.length >= 80 || !PARTS.test(text)) return false;
  const parts = text.split(PARTS);
  return parts.filter((part) => DATE_ALONE.test(part)).length === 1 && parts.every((part) => DATE_ALONE.test(part) || PAGE_OF.test(part) || ADDRESS.test(part) || REFERENCE.test(part));
}
