import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import { type FontSample, fontSamples, heavyFonts } from '../src/extract/font-weight.js';
import { parseFile } from '../src/parse.js';
import { fixture, tempDir } from './helpers.js';

// Sub-headings are told from text by weight (issue 8, point 6), and pdf.js names a font's weight
// only once a page's drawing operators are read, which jtai does only where a page may hold a
// box. So weight is read from widths: a font that sets the same characters wider than the body
// font is a heavier face; the same face at another size is not.

/** Every text run of a PDF, and the name pdf.js gives each font (read here from every page's operators). */
async function fontsOf(file: string): Promise<{ samples: FontSample[]; names: Map<string, string> }> {
  const parser = new PDFParse({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false, verbosity: 0, maxImageSize: 1 });
  try {
    await parser.getInfo();
    const document = (parser as unknown as { doc: { numPages: number; getPage(n: number): Promise<any> } }).doc;
    const samples: FontSample[] = [];
    const names = new Map<string, string>();
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const items = (await page.getTextContent()).items.filter((item: object) => 'str' in item);
      samples.push(...fontSamples(items));
      await page.getOperatorList();
      for (const item of items) if (page.commonObjs.has(item.fontName)) names.set(item.fontName, String(page.commonObjs.get(item.fontName).name));
    }
    return { samples, names };
  } finally {
    await parser.destroy();
  }
}

const REAL_PDFS = [
  ...readdirSync(fixture('letters')).filter((name) => name.endsWith('.pdf')).map((name) => `letters/${name}`),
  ...readdirSync(fixture('not-letters')).map((name) => `not-letters/${name}`),
];

describe('font weight from widths', () => {
  it.each(REAL_PDFS)('%s: the fonts read as heavier by their widths alone are the fonts named bold', async (path) => {
    const { samples, names } = await fontsOf(fixture(path));
    // Fonts that set some words (not those that hold only a few quotation marks or a bullet glyph).
    const letters = (font: string) => samples.filter((s) => s.font === font).reduce((n, s) => n + s.text.replace(/[^A-Za-z0-9]/g, '').length, 0);
    const named = [...names].filter(([font, name]) => /bold/i.test(name) && letters(font) >= 10).map(([font]) => font);
    const byWidth = [...heavyFonts(samples)].filter((font) => letters(font) >= 10);
    expect(byWidth.map((font) => names.get(font)).sort()).toEqual(named.map((font) => names.get(font)).sort());
    expect(named.length).toBeGreaterThan(0);
  });
});

type Line = string | { text: string; font: 'bold' | 'second'; size?: number };

/** Pages of lines in Helvetica 11 pt, 14.5 pt apart ('' leaves a paragraph's gap); 'second' is Helvetica again, as a font of its own. */
async function letterPdf(name: string, pages: Line[][]): Promise<string> {
  const pdf = await PDFDocument.create();
  const fonts = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
    second: await pdf.embedFont(StandardFonts.Helvetica),
  };
  for (const lines of pages) {
    const page = pdf.addPage([595, 842]);
    let y = 780;
    for (const line of lines) {
      if (line === '') {
        y -= 10;
        continue;
      }
      const [text, font, size] = typeof line === 'string' ? [line, fonts.regular, 11] : [line.text, fonts[line.font], line.size ?? 11];
      page.drawText(text, { x: 70, y, size, font });
      y -= 14.5;
    }
  }
  const file = join(process.env.JTAI_KEEP_FIXTURES ?? tempDir('jtai-font-weight-'), name);
  writeFileSync(file, await pdf.save());
  return file;
}

const BODY = [
  'Leaders know their area well, and the partnership has a clear plan for the front door.',
  'Social workers, police officers and health staff share what they know about children.',
  'Managers oversee the work of the multi-agency safeguarding hub closely and effectively.',
];

describe('sub-headings by weight over the whole letter (6)', () => {
  it('reads a bold sub-heading on a page of body text as one, and a line of capitals in another font object as text', async () => {
    const file = await letterPdf('weight.pdf', [
      [
        '1 March 2024', '', "Ann Smith, Director of Children's Services, Testshire County Council", '',
        'Dear Testshire Safeguarding Partnership', '', { text: 'Joint targeted area inspection of Testshire', font: 'bold' }, '',
        'This letter summarises the findings of the joint targeted area inspection (JTAI) of the',
        'multi-agency response to children who are victims of domestic abuse in Testshire.', '',
        { text: 'Main findings', font: 'bold', size: 13 }, '', ...BODY, '', ...BODY, '', ...BODY,
        'Health visitors and school nurses know the families in the area well, and they',
      ],
      [
        'work closely with social workers.', '', ...BODY, '',
        // The page's only bold text: a sub-heading in the body's size.
        { text: 'Children who go missing', font: 'bold' }, '',
        ...BODY, '', ...BODY, '',
        { text: 'Next steps', font: 'bold', size: 13 }, '',
        // Capitals, smaller, in a font object of its own that is the body's face: not bold, so text.
        { text: 'THE LSCP, MASH, CAMHS AND YOT LEADERS MEET IN JULY', font: 'second', size: 10 }, '',
        'The local authority should prepare a written statement of proposed action by 1 July 2024.', '',
        'Yours sincerely',
      ],
    ]);
    const result = await parseFile(file);
    const main = result.findings.filter((f) => f.section === 'main-findings');
    expect(main.map((f) => [f.subsection, f.pages])).toEqual([
      [null, [1, 1]], [null, [1, 1]], [null, [1, 2]], [null, [2, 2]],
      ['Children who go missing', [2, 2]], ['Children who go missing', [2, 2]],
    ]);
    expect(result.findings.filter((f) => f.section === 'next-steps').map((f) => f.text)).toEqual([
      'THE LSCP, MASH, CAMHS AND YOT LEADERS MEET IN JULY',
      'The local authority should prepare a written statement of proposed action by 1 July 2024.',
    ]);
    expect(result.accounting.balanced).toBe(true);
  });
});

describe('a case study\'s title is set apart, not merely unpunctuated (6)', () => {
  it('keeps a study\'s first paragraph in body type as a finding though it lacks a full stop; a bold line is the title', async () => {
    const front: Line[] = [
      '1 March 2024', '', "Ann Smith, Director of Children's Services, Testshire County Council", '',
      'Dear Testshire Safeguarding Partnership', '', { text: 'Joint targeted area inspection of Testshire', font: 'bold' }, '',
      'This letter summarises the findings of the joint targeted area inspection (JTAI) of the',
      'multi-agency response to children who are victims of domestic abuse in Testshire.', '',
      { text: 'Main findings', font: 'bold', size: 13 }, '', ...BODY, '',
    ];
    const closing: Line[] = [
      '', { text: 'Next steps', font: 'bold', size: 13 }, '',
      'The local authority should prepare a written statement of proposed action by 1 July 2024.', '', 'Yours sincerely',
    ];
    const study = (first: Line): Line[] => [
      { text: 'Practice study: highly effective practice', font: 'bold' }, '', first, '',
      'Her social worker and the school nurse met her together, and she is now safe at home.',
    ];
    const untitled = await parseFile(await letterPdf('study-untitled.pdf', [[...front, ...study('Sam was referred to the MASH by his school after he told a teacher about harm'), ...closing]]));
    const titled = await parseFile(await letterPdf('study-titled.pdf', [[...front, ...study({ text: 'Help for a child at risk of harm', font: 'bold' }), ...closing]]));
    const inStudy = (result: Awaited<ReturnType<typeof parseFile>>) => result.findings.filter((f) => f.section === 'case-study-practice').map((f) => f.text);
    expect(untitled.sections.find((s) => s.kind === 'case-study-practice')?.title).toBeNull();
    expect(inStudy(untitled)).toEqual([
      'Sam was referred to the MASH by his school after he told a teacher about harm',
      'Her social worker and the school nurse met her together, and she is now safe at home.',
    ]);
    expect(titled.sections.find((s) => s.kind === 'case-study-practice')?.title).toBe('Help for a child at risk of harm');
    expect(inStudy(titled)).toEqual(['Her social worker and the school nurse met her together, and she is now safe at home.']);
    expect(untitled.accounting.balanced && titled.accounting.balanced).toBe(true);
  });
});
