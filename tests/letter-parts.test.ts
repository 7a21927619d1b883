import { readdirSync, readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { JtaiError } from '../src/errors.js';
import { cleanPages, extractPages } from '../src/extract/index.js';
import { parseSource } from '../src/parse.js';
import { defaultRules } from '../src/rules.js';
import { mayBePartOfLetter } from '../src/segment/sections.js';
import { fixture, REAL_LETTERS } from './helpers.js';
import { buildPdf, lines } from './letter-pdf.js';

// A letter split in parts (pages 1-4 pasted in one file, the rest in another; a PDF saved from
// page 3; pages 4-6 printed): a later or middle part has no title or opening, so it is no letter of
// its own, but it shows what it is (a JTAI letter's section headings, its sign-off by the
// inspectorates), and is refused as a part, the message saying which, with what to do. The first
// part still parses, warned that it is cut short, unless it ends before its first section.

const CUTS = [3, 5];
const parseText = (text: string, file: string) => parseSource({ file, bytes: new TextEncoder().encode(text) });

async function failure(parse: Promise<unknown>): Promise<JtaiError> {
  const error = await parse.then(() => null, (thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(JtaiError);
  return error as JtaiError;
}

/** A PDF of pages `from` to `to` (1-based; to the end when `to` is not given) of another. */
async function pdfPages(bytes: Uint8Array, from: number, to?: number): Promise<Uint8Array> {
  const source = await PDFDocument.load(bytes);
  const part = await PDFDocument.create();
  const pages = await part.copyPages(source, source.getPageIndices().slice(from - 1, to));
  for (const page of pages) part.addPage(page);
  return part.save();
}

/** The 1-based page of a letter's text (pages split at form feeds) that holds its sign-off. */
const signOffPage = (pages: string[]) => pages.findIndex((page) => page.includes('Yours sincerely')) + 1;

describe.each(REAL_LETTERS)('%s cut at a page', (name) => {
  const pages = readFileSync(fixture(`layout-text/${name}.txt`), 'utf8').split('\f');

  it.each(CUTS)('as text from page %i is a part of a letter, its first page number named', async (cut) => {
    const error = await failure(parseText(pages.slice(cut - 1).join('\f'), `${name}.part2.txt`));
    expect(error.code).toBe('letter-part');
    expect(error.message).toMatch(/this looks like a later part of a letter, not its start: it has a JTAI letter's section headings \(".+\) and its sign-off by the inspectorates, but no title or opening/);
    // The Wokingham letter prints no page numbers.
    if (name !== 'wokingham-2017-07-14') expect(error.message).toContain(`its first page is numbered ${cut}`);
  });

  it('as text up to page 4 parses, warned that it has no sign-off', async () => {
    const result = await parseText(`${pages.slice(0, 4).join('\f')}\f`, `${name}.part1.txt`);
    expect(result.findings.length).toBeGreaterThan(5);
    expect(result.warnings).toContainEqual(expect.stringMatching(/has no sign-off \("Yours sincerely"\): it may be cut short/));
    // Its deadline is at its end, before the sign-off: its absence says so, not that the letter sets none.
    expect(result.warnings).toContain('no deadline for the statement of action was found (statementDue is null): a letter gives it at its end, before the sign-off, which this one lacks');
  });

  it('as text from page 2 to the page before its sign-off is a middle part of a letter', async () => {
    const middle = pages.slice(1, signOffPage(pages) - 1);
    const error = await failure(parseText(`${middle.join('\f')}\f`, `${name}.middle.txt`));
    expect(error.code).toBe('letter-part');
    expect(error.message).toMatch(/^this looks like a middle part of a letter, neither its start nor its end: it has a JTAI letter's section headings \(".+\), but no title or opening, and no sign-off/);
    if (name !== 'wokingham-2017-07-14') expect(error.message).toContain('its first page is numbered 2');
  });
});

describe('a letter\'s first two pages alone', () => {
  // Pages 1-2 hold the opening and a summary; where no section heading comes before page 3, they
  // are the start of a letter cut before its first section: a part, not a letter with no known
  // headings (whose advice, an alias in sections.yaml, would be wrong). The others parse, warned
  // that they are cut short.
  const NO_HEADING_BEFORE_PAGE_3 = ['derby-2019-05-08', 'hampshire-2017-02-01', 'haringey-2018-01-30', 'wokingham-2017-07-14'];
  const START = /^this looks like the start of a letter cut short, not a whole one: it has a JTAI letter's title \("Joint targeted area inspection of .+"\), but no section heading and no sign-off \("Yours sincerely"\), so its findings are on the pages that follow$/;

  it.each(REAL_LETTERS)('%s', async (name) => {
    const pages = readFileSync(fixture(`layout-text/${name}.txt`), 'utf8').split('\f');
    const parse = parseText(`${pages.slice(0, 2).join('\f')}\f`, `${name}.part1.txt`);
    if (NO_HEADING_BEFORE_PAGE_3.includes(name)) {
      const error = await failure(parse);
      expect(error.code).toBe('letter-part');
      expect(error.message).toMatch(START);
    } else {
      expect((await parse).warnings).toContainEqual(expect.stringMatching(/has no sign-off/));
    }
  });
});

describe('a letter\'s PDF cut at its pages', () => {
  it('pages 1-2 of Derby\'s, before its first section, are its start cut short', async () => {
    const bytes = await pdfPages(readFileSync(fixture('letters/derby-2019-05-08.pdf')), 1, 2);
    const error = await failure(parseSource({ file: 'derby.part1.pdf', bytes }));
    expect(error.code).toBe('letter-part');
    expect(error.message).toMatch(/^this looks like the start of a letter cut short/);
  });

  // Wokingham's pages carry no numbers: its first pages' section heading (pages 11-13), or their
  // opening in the middle of its text (pages 5-12, whose first two have no heading), has it read on.
  it.each([['liverpool-2016-08-03', 3, 5, 3], ['derby-2019-05-08', 6, 8, 6], ['wokingham-2017-07-14', 11, 13, null], ['wokingham-2017-07-14', 5, 12, null]])('%s pages %i-%i are a middle part', async (name, from, to, numbered) => {
    const bytes = await pdfPages(readFileSync(fixture(`letters/${name}.pdf`)), from, to);
    const error = await failure(parseSource({ file: `${name}.middle.pdf`, bytes }));
    expect(error.code).toBe('letter-part');
    expect(error.message).toMatch(/^this looks like a middle part of a letter/);
    if (numbered !== null) expect(error.message).toContain(`its first page is numbered ${numbered}`);
  });

  // Wokingham's pages carry no numbers, and its pages 12-13 have no heading but "Areas for
  // improvement", which reports have too: pages that open with a section's heading are no report's
  // title page, so they are read on to the heading only a letter has (page 18) or the sign-off.
  it.each([[18, 'a middle part of a letter'], [19, 'a later part of a letter']])('Wokingham\'s pages 12-%i, opening with "Areas for improvement", are %s', async (to, part) => {
    const bytes = await pdfPages(readFileSync(fixture('letters/wokingham-2017-07-14.pdf')), 12, to);
    const error = await failure(parseSource({ file: 'wokingham.part.pdf', bytes }));
    expect(error.code).toBe('letter-part');
    expect(error.message).toMatch(new RegExp(`^this looks like ${part}.+"Case study: area for improvement"`));
  });

  it('Barnsley\'s last page alone, with no section heading, is a later part: its sign-off by the inspectorates shows it', async () => {
    const bytes = await pdfPages(readFileSync(fixture('letters/barnsley-2022-07-18.pdf')), 6);
    const error = await failure(parseSource({ file: 'barnsley.end.pdf', bytes }));
    expect(error.code).toBe('letter-part');
    expect(error.message).toBe('this looks like a later part of a letter, not its start: it has its sign-off by the inspectorates, but no title or opening, and its first page is numbered 6');
  });

  it('Surrey\'s pages 3-8, its signatures (page 9) cut off, are a later part', async () => {
    const bytes = await pdfPages(readFileSync(fixture('letters/surrey-2023-05-02.pdf')), 3, 8);
    const error = await failure(parseSource({ file: 'surrey.part.pdf', bytes }));
    expect(error.code).toBe('letter-part');
    expect(error.message).toMatch(/^this looks like a later part of a letter, not its start: it has a JTAI letter's section headings \(.+\) and its sign-off \("Yours sincerely"\), its signatures cut off, but no title or opening, and its first page is numbered 3$/);
  });
});

describe('the first pages of a letter\'s text made by plain pdftotext or pdftotext -raw', () => {
  // A page or two show too few sentences run together to tell by them: the text shows no layout at
  // all (no line set in, no run of spaces) and few blank lines, where -layout keeps a first page's
  // recipients, salutation and title apart.
  const PLAIN = /^the text looks like plain pdftotext output/;
  it.each([['barnsley-2022-07-18.plain', 1], ...[2, 3, 4, 5].map((to) => ['south-tyneside-2016-04-05.raw', to] as const)])('%s pages 1-%i are warned of', async (name, to) => {
    const pages = readFileSync(fixture(`plain-text/${name}.txt`), 'utf8').split('\f');
    const result = await parseText(`${pages.slice(0, to).join('\f')}\f`, `${name}.part1.txt`);
    expect(result.warnings).toContainEqual(expect.stringMatching(PLAIN));
  });

  it.each(REAL_LETTERS)('%s as pdftotext -layout writes it, pages 1-1 to 1-4, is not', async (name) => {
    const pages = readFileSync(fixture(`layout-text/${name}.txt`), 'utf8').split('\f');
    for (const to of [1, 2, 3, 4]) {
      const parsed = await parseText(`${pages.slice(0, to).join('\f')}\f`, `${name}.part1.txt`).catch(() => null);
      expect(parsed?.warnings ?? []).not.toContainEqual(expect.stringMatching(PLAIN));
    }
  });
});

describe('pages that show nothing of whose they are', () => {
  // A page of bullets with no heading: no title, no heading that only a letter has, no sign-off.
  // Not a letter, said as pages cut from inside a document, with no body line quoted as its title.
  it.each([
    ['derby-2019-05-08', 'its first page is numbered 5'],
    ['wokingham-2017-07-14', 'it opens in the middle of its text ("'],
  ])('%s page 5 alone', async (name, shown) => {
    const bytes = await pdfPages(readFileSync(fixture(`letters/${name}.pdf`)), 5, 5);
    const error = await failure(parseSource({ file: `${name}.page5.pdf`, bytes }));
    expect(error.code).toBe('not-a-letter');
    expect(error.message).toMatch(/^it has no title or opening, and .+, as pages cut from inside a document do: nothing in it shows a JTAI letter's \(no section heading that only a letter has, nor its sign-off by the inspectorates\); if it is part of a JTAI letter, give the whole letter in one file$/);
    expect(error.message).toContain(shown);
  });
});

describe('a whole letter of another kind', () => {
  // An Ofsted focused visit's letter (its letterhead, date, salutation, a title with no JTAI in it,
  // an opening sentence naming "This letter"): the start of a document, not pages cut from inside
  // one, though the first line that says what it is (a letter) is prose. Read as cut from inside,
  // it was told "it opens in the middle of its text ("Ofsted")" and to give the whole letter.
  it('is not a JTAI letter, its title quoted, not pages cut from inside a document', async () => {
    const file = await buildPdf('focused-visit.pdf', [{ texts: lines(800, [
      'Ofsted', 'Piccadilly Gate', 'Store Street', 'Manchester M1 2WD', '',
      '12 March 2024', '', 'Jane Smith', 'Director of Children\'s Services', 'Anytown Borough Council', '',
      'Dear Jane', '',
      { text: 'Focused visit to Anytown children\'s services', bold: true }, '',
      'This letter summarises the findings of the focused visit to Anytown children\'s services on 6',
      'and 7 February 2024. His Majesty\'s Inspectors for this visit were Ann Bee and Carl Dee.', '',
      'Inspectors looked at the local authority\'s arrangements for children in need and children',
      'subject to a child protection plan, and at the quality of the help that they receive.', '',
      'Yours sincerely', '', 'Ann Bee', 'His Majesty\'s Inspector',
    ]) }]);
    const error = await failure(parseSource({ file: 'focused-visit.pdf', bytes: readFileSync(file) }));
    expect(error.code).toBe('not-a-letter');
    expect(error.message).not.toContain('cut from inside');
    expect(error.message).toMatch(/^its title reads "This letter summarises the findings of the focused visit/);
  });
});

describe('a report whose title has an abbreviation in it, with no salutation', () => {
  // The full stop of "St. Helens" or "e.g. " in a title ends no sentence (a name, or a lower-case
  // word, follows it): its title is quoted, and it is refused on its first pages; read as prose, it
  // was read to its end and told "it opens in the middle of its text".
  it.each([
    ['Annual report of the St. Helens Safeguarding Children Partnership', 'Children in St. Helens are kept safe by the partners working together.'],
    ['A review of early help (e.g. family hubs) in Anytown', 'Early help in Anytown is offered by the council and its partners.'],
  ])('"%s" is not a JTAI letter, its title quoted', async (title, sentence) => {
    const body = Array.from({ length: 40 }, () => sentence);
    const pages = [0, 1, 2, 3, 4, 5].map((page) => ({ texts: lines(780, page === 0 ? [{ text: title, bold: true, size: 16 }, '', ...body.slice(0, 30)] : body) }));
    const file = await buildPdf('abbreviated-title.pdf', pages);
    const error = await failure(parseSource({ file: 'abbreviated-title.pdf', bytes: readFileSync(file) }));
    expect(error.code).toBe('not-a-letter');
    expect(error.message).toBe(`its title reads "${title}", but it has neither a JTAI letter's title ("Joint targeted area inspection of ...") nor its opening`);
  });

  it('still opens in the middle of its text where a sentence ends in its first line', async () => {
    const body = Array.from({ length: 40 }, () => 'Children in St. Helens are kept safe by the partners working together.');
    const pages = [0, 1].map((page) => ({ texts: lines(780, page === 0 ? ['and families. The annual report of the St. Helens partnership', ...body.slice(0, 30)] : body) }));
    const file = await buildPdf('cut-report.pdf', pages);
    const error = await failure(parseSource({ file: 'cut-report.pdf', bytes: readFileSync(file) }));
    expect(error.code).toBe('not-a-letter');
    expect(error.message).toContain('it opens in the middle of its text ("and families. The annual report');
  });
});

describe('a letter\'s PDF saved from a later page', () => {
  // Read on past its opening pages, since its first page is numbered past 1 (Wokingham's pages
  // carry no numbers: its part is refused on its opening, as not a letter).
  it.each(['liverpool-2016-08-03', 'surrey-2023-05-02'])('%s from page 3 is a part of a letter', async (name) => {
    const bytes = await pdfPages(readFileSync(fixture(`letters/${name}.pdf`)), 3);
    const error = await failure(parseSource({ file: `${name}.part2.pdf`, bytes }));
    expect(error.code).toBe('letter-part');
    expect(error.message).toContain('its first page is numbered 3');
  });
});

describe('what is not a part of a JTAI letter', () => {
  const reports = readdirSync(fixture('not-letters')).filter((name) => name.endsWith('.pdf'));

  // Ofsted reports on a local authority have "What needs to improve?" or "Areas for improvement"
  // and numbered pages, but no sign-off: whole, or from page 3 or 5, they are not letters.
  // Nor are their middle pages (3-5), which have "What needs to improve?" or "Areas for improvement" too.
  it.each(reports)('%s, whole, from page 3 and 5, and pages 3-5', async (name) => {
    const bytes = readFileSync(fixture(`not-letters/${name}`));
    for (const part of [bytes, ...(await Promise.all([...CUTS.map((cut) => pdfPages(bytes, cut)), pdfPages(bytes, 3, 5)]))]) {
      expect((await failure(parseSource({ file: name, bytes: part }))).code).toBe('not-a-letter');
    }
  });

  // Read on past their first two pages only where these show a letter's part: a report's first
  // line, its area's name ("Bracknell Forest", "Wokingham Borough Council"), reads as an unknown
  // heading, which is no section of a letter's own (taken for one, the report was read whole:
  // 0.23 -> 0.86 s of CPU for Bracknell Forest's), while Wokingham's letter from page 12 opens
  // with "Areas for improvement".
  it.each([...reports.map((name) => [`not-letters/${name}`, 1, false] as const), ['letters/wokingham-2017-07-14.pdf', 12, true] as const])('%s from page %i is read on past its first two pages: %s', async (file, from, readOn) => {
    const bytes = await pdfPages(readFileSync(fixture(file)), from);
    let opening: boolean | null = null;
    await extractPages({ file, bytes }, (firstPages) => {
      opening = mayBePartOfLetter(cleanPages(firstPages), defaultRules().layout);
      throw new Error('opening read');
    }).catch(() => undefined);
    expect(opening).toBe(readOn);
  });

  it('slides about a JTAI are not a letter', async () => {
    const bytes = readFileSync(fixture('letters/haringey-2018-scrutiny-slides.txt'));
    expect((await failure(parseSource({ file: 'slides.txt', bytes }))).code).toBe('not-a-letter');
  });

  // 222 lines of slides before a letter: its title is past where front matter is looked for, but
  // its start is in the text: its salutation with its title close after it. It is not called a
  // part; it is read as the letter alone, the slides' page left out with a warning (it was refused
  // as not a letter before helper 8an: a letter behind a cover, as a board pack holds it).
  it.each(['liverpool-2016-08-03', 'surrey-2023-05-02'])('%s behind pages of another document (a cover) is not called a part, but read as the letter alone', async (name) => {
    const cover = readFileSync(fixture('letters/haringey-2018-scrutiny-slides.txt'), 'utf8');
    const letter = readFileSync(fixture(`layout-text/${name}.txt`), 'utf8');
    const alone = await parseText(letter, 'letter.txt');
    const covered = await parseText(`${cover}\f${letter}`, 'covered.txt');
    expect(covered.letter).toEqual(alone.letter);
    expect(covered.findings.map((f) => [f.id, f.text, f.agencies, f.themes])).toEqual(alone.findings.map((f) => [f.id, f.text, f.agencies, f.themes]));
    expect(covered.warnings).toContain("page 1 comes before the letter's start on page 2 (its date, recipients and salutation): a cover or another document's pages, read as no part of the letter (their text is left unassigned); check that the letter is the one you meant");
    expect(covered.accounting.unassigned[0]!.page).toBe(1);
  });

  it('a later part signed by one inspector is no JTAI letter\'s', async () => {
    // Liverpool from page 3 with its four signatories cut to Ofsted's alone: a letter from one inspectorate.
    const pages = readFileSync(fixture('layout-text/liverpool-2016-08-03.txt'), 'utf8').split('\f').slice(2);
    const text = pages.join('\f');
    const signOff = text.indexOf('Yours sincerely');
    const oneSignatory = `${text.slice(0, signOff)}Yours sincerely\n\nChris Russell\nRegional Director, Ofsted\n`;
    expect((await failure(parseText(text, 'liverpool.part2.txt'))).code).toBe('letter-part');
    expect((await failure(parseText(oneSignatory, 'liverpool.part2.txt'))).code).toBe('not-a-letter');
    // Its role and its inspectorate on lines of their own: still one signatory, one inspectorate.
    const ownLines = `${text.slice(0, signOff)}Yours sincerely\n\nChris Russell\nRegional Director\nOfsted\n`;
    expect((await failure(parseText(ownLines, 'liverpool.part2.txt'))).code).toBe('not-a-letter');
  });
});
