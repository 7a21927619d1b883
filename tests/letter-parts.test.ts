import { readdirSync, readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { JtaiError } from '../src/errors.js';
import { parseSource } from '../src/parse.js';
import { fixture, REAL_LETTERS } from './helpers.js';

// A letter split in parts (pages 1-4 pasted in one file, the rest in another; a PDF saved from
// page 3): the later part has no title or opening, so it is no letter of its own, but it shows
// what it is (a JTAI letter's section headings, and its sign-off by the inspectorates), and is
// refused as a part, with what to do. The earlier part still parses, warned that it is cut short.

const CUTS = [3, 5];
const parseText = (text: string, file: string) => parseSource({ file, bytes: new TextEncoder().encode(text) });

async function failure(parse: Promise<unknown>): Promise<JtaiError> {
  const error = await parse.then(() => null, (thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(JtaiError);
  return error as JtaiError;
}

/** A PDF of pages `from` (1-based) to the end of another. */
async function pdfFrom(bytes: Uint8Array, from: number): Promise<Uint8Array> {
  const source = await PDFDocument.load(bytes);
  const part = await PDFDocument.create();
  const pages = await part.copyPages(source, source.getPageIndices().slice(from - 1));
  for (const page of pages) part.addPage(page);
  return part.save();
}

describe.each(REAL_LETTERS)('%s cut at a page', (name) => {
  const pages = readFileSync(fixture(`layout-text/${name}.txt`), 'utf8').split('\f');

  it.each(CUTS)('as text from page %i is a part of a letter, its first page number named', async (cut) => {
    const error = await failure(parseText(pages.slice(cut - 1).join('\f'), `${name}.part2.txt`));
    expect(error.code).toBe('letter-part');
    expect(error.message).toMatch(/this looks like part of a letter, not its start: it has a JTAI letter's section headings \(".+\) and its sign-off by the inspectorates, but no title or opening/);
    // The Wokingham letter prints no page numbers.
    if (name !== 'wokingham-2017-07-14') expect(error.message).toContain(`its first page is numbered ${cut}`);
  });

  it('as text up to page 4 parses, warned that it has no sign-off', async () => {
    const result = await parseText(`${pages.slice(0, 4).join('\f')}\f`, `${name}.part1.txt`);
    expect(result.findings.length).toBeGreaterThan(5);
    expect(result.warnings).toContainEqual(expect.stringMatching(/has no sign-off \("Yours sincerely"\): it may be cut short/));
  });
});

describe('a letter\'s first two pages alone', () => {
  // Pages 1-2 hold the opening and a summary; where no section heading comes before page 3, the
  // letter has none (as today): no-sections. The others parse, warned that they are cut short.
  const NO_HEADING_BEFORE_PAGE_3 = ['derby-2019-05-08', 'hampshire-2017-02-01', 'haringey-2018-01-30', 'wokingham-2017-07-14'];

  it.each(REAL_LETTERS)('%s', async (name) => {
    const pages = readFileSync(fixture(`layout-text/${name}.txt`), 'utf8').split('\f');
    const parse = parseText(`${pages.slice(0, 2).join('\f')}\f`, `${name}.part1.txt`);
    if (NO_HEADING_BEFORE_PAGE_3.includes(name)) {
      expect((await failure(parse)).code).toBe('no-sections');
    } else {
      expect((await parse).warnings).toContainEqual(expect.stringMatching(/has no sign-off/));
    }
  });
});

describe('a letter\'s PDF saved from a later page', () => {
  // Read on past its opening pages, since its first page is numbered past 1 (Wokingham's pages
  // carry no numbers: its part is refused on its opening, as not a letter).
  it.each(['liverpool-2016-08-03', 'surrey-2023-05-02'])('%s from page 3 is a part of a letter', async (name) => {
    const bytes = await pdfFrom(readFileSync(fixture(`letters/${name}.pdf`)), 3);
    const error = await failure(parseSource({ file: `${name}.part2.pdf`, bytes }));
    expect(error.code).toBe('letter-part');
    expect(error.message).toContain('its first page is numbered 3');
  });
});

describe('what is not a part of a JTAI letter', () => {
  const reports = readdirSync(fixture('not-letters')).filter((name) => name.endsWith('.pdf'));

  // Ofsted reports on a local authority have "What needs to improve?" or "Areas for improvement"
  // and numbered pages, but no sign-off: whole, or from page 3 or 5, they are not letters.
  it.each(reports)('%s, whole and from page 3 and 5', async (name) => {
    const bytes = readFileSync(fixture(`not-letters/${name}`));
    for (const part of [bytes, ...(await Promise.all(CUTS.map((cut) => pdfFrom(bytes, cut))))]) {
      expect((await failure(parseSource({ file: name, bytes: part }))).code).toBe('not-a-letter');
    }
  });

  it('slides about a JTAI are not a letter', async () => {
    const bytes = readFileSync(fixture('letters/haringey-2018-scrutiny-slides.txt'));
    expect((await failure(parseSource({ file: 'slides.txt', bytes }))).code).toBe('not-a-letter');
  });

  // 222 lines of slides before a letter: its title is past where front matter is looked for, but
  // its start is in the text: its title and salutation (Liverpool), or its opening too (Surrey).
  it.each(['liverpool-2016-08-03', 'surrey-2023-05-02'])('%s behind pages of another document (a cover) is not called a part', async (name) => {
    const cover = readFileSync(fixture('letters/haringey-2018-scrutiny-slides.txt'), 'utf8');
    const letter = readFileSync(fixture(`layout-text/${name}.txt`), 'utf8');
    expect((await failure(parseText(`${cover}\f${letter}`, 'covered.txt'))).code).toBe('not-a-letter');
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
