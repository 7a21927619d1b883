import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/parse.js';
import { parseOne } from '../src/run/batch.js';
import type { ParseResult } from '../src/types.js';
import { MIN_CHARS, MIN_KNOWN_SHARE, WordsByFont } from '../src/extract/readable-text.js';
import { wordClassOf } from '../src/tag/word-classes.js';
import { fixture, jtai, randomTexts } from './helpers.js';
import { buildPdf, CLOSE, dir, drawnThrough, FRONT, lines, remapped, type Text, withoutToUnicode } from './letter-pdf.js';

// Letters whose text pdf.js gives as no language (fonts that map their glyphs to no letters), or
// drawn in a mirror or upside down: each is read right, or refused with its own status, never
// parsed into garbage with exit 0.

/** Generous: a letter is read several times, on a machine that may be busy (no timings here). */
const ENDS_WITHIN = 240_000;

const LETTER = fixture('letters/barnsley-2022-07-18.pdf');
/** What pdf.js reads from a font with no usable map: private-use characters, or letters shifted as a subset font's glyph numbers are ("'HDU" for "Dear"). */
const privateUse = (code: number) => 0xe000 + code;
const shifted = (code: number) => (code + 256 - 29) % 256;
/** Codes shifted the other way, the space kept: lower case reads as capitals ("THE" for "the", "4HE" for "The"), whole words of the table when case is ignored. */
const capitals = (code: number) => (code === 32 ? 32 : (code + 256 - 32) % 256);

describe('a letter whose fonts map their glyphs to no letters', () => {
  it.each([['private-use characters', privateUse], ['the wrong letters', shifted], ['capitals for lower case', capitals]] as const)('read as %s is refused as no readable text, exit 1, with what to do', async (reading, toCharacter) => {
    const file = await remapped(LETTER, `no-letters-${reading.replace(/\W+/g, '-')}.pdf`, /./, toCharacter);
    const outcome = await parseOne(file);
    expect(outcome.status).toBe('garbled-text');
    expect(outcome.result).toBeNull();
    const run = jtai(['parse', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: no readable text: \\d+% of its text reads as no language, as private-use characters or the wrong letters \\(its fonts map glyphs to no letters.*OCR`));
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, ENDS_WITHIN);

  it('in one font on one page of a readable letter, is parsed with a warning that names the page', async () => {
    const { readable, garbled } = await partlyGarbled('part', Array.from({ length: 4 }, () => SENTENCE));
    expect((await parseFile(garbled)).warnings).toContainEqual(expect.stringMatching(/^\d+% of its text, on page 2, reads as no language: its font maps glyphs to no letters/));
    // The same letter with the page readable has no such warning.
    expect((await parseFile(readable)).warnings ?? []).not.toContainEqual(expect.stringContaining('no language'));
  }, ENDS_WITHIN);

  // MIN_CHARS: a font of fewer characters is not judged, since a font of signatures alone reads as
  // few words of the table as a garbled one. Each side of it is pinned: a garbled font just over it
  // is told, one just under it is not, and the real fonts of signatures are under it.
  // This garble maps the space to a character too: a line is one word of all its characters.
  it.each([['The police share what they know with schools.', 253, true], ['The police share what they know today.', 246, false]] as const)('in one font ending "%s" (%i characters) is told only when the font holds MIN_CHARS (250) characters or more', async (last, chars, told) => {
    const texts = [SENTENCE, SENTENCE, last];
    expect(texts.join('').length).toBe(chars);
    const { garbled } = await partlyGarbled(`chars-${chars}`, texts);
    const warnings = (await parseFile(garbled)).warnings ?? [];
    if (told) expect(warnings).toContainEqual(expect.stringContaining('reads as no language'));
    else expect(warnings).not.toContainEqual(expect.stringContaining('no language'));
  }, ENDS_WITHIN);

  // A font of headings and signatures (Barnsley's bold reads 11.9% in lower-case words alone, the
  // real font nearest the cut-off): its words are capitalised ("Chief", "National", "What"). Such a
  // block of four signatories, set in a face of its own, read 7% and was told as no language.
  it('in a font of title-case headings and a signature block, readable, is not told as no language', async () => {
    const signatures = [
      'Main Findings', 'What Needs To Improve?', 'Next Steps',
      'Alex Example', 'National Director, Social Care, Ofsted',
      'Sam Sample CBE', 'Chief Inspector of Primary Medical Services and Integrated Care, Care Quality Commission',
      'Robin Placeholder QPM', 'His Majesty\u2019s Inspector of Constabulary and Fire & Rescue Services',
      'Jo Instance', 'His Majesty\u2019s Chief Inspector of Probation',
    ];
    const { readable } = await partlyGarbled('signatures', signatures);
    expect(signatures.join('').length).toBeGreaterThanOrEqual(250);
    expect((await parseFile(readable)).warnings ?? []).not.toContainEqual(expect.stringContaining('no language'));
  }, ENDS_WITHIN);

  // MIN_KNOWN_SHARE (14%): real fonts read 28.6-62.9% in words of the table, garbled ones at most
  // 7.24%; the cut-off is the gap's geometric middle. Each side is pinned with a readable font
  // (Times) of one word of the table, "the", among letters of no word: 13.5% of its characters in
  // words of the table is told as no language, 14.5% is not.
  it.each([[77, 13.48, true], [71, 14.46, false]] as const)('in a font of "the" among %i non-words (%f% in words of the table) is told as no language only under MIN_KNOWN_SHARE', async (nonWords, share, told) => {
    const words = [...Array.from({ length: 20 }, () => 'the'), ...Array.from({ length: nonWords }, () => 'xqzvk')];
    // 8 words a line: the font's share does not depend on where "the" stands.
    const texts = Array.from({ length: Math.ceil(words.length / 8) }, (_, i) => words.slice(8 * i, 8 * i + 8).join(' '));
    const chars = words.join('').length;
    expect(chars).toBeGreaterThanOrEqual(250);
    expect(+((100 * 3 * 20) / chars).toFixed(2)).toBe(share);
    const { readable } = await partlyGarbled(`share-${nonWords}`, texts);
    const warnings = (await parseFile(readable)).warnings ?? [];
    if (told) expect(warnings).toContainEqual(expect.stringMatching(/^\d+% of its text, on page 2, reads as no language/));
    else expect(warnings).not.toContainEqual(expect.stringContaining('no language'));
  }, ENDS_WITHIN);

  it.each(['leeds-2024-05-16', 'hertfordshire-2024-12-12'])('%s: its font of signatures alone (names and honours, 107-144 characters) is under MIN_CHARS, and not told as no language', async (name) => {
    expect((await parseFile(fixture(`letters/${name}.pdf`))).warnings ?? []).not.toContainEqual(expect.stringContaining('no language'));
  }, ENDS_WITHIN);
});

// Real letters with their fonts' ToUnicode maps taken out. pdf.js reads most fonts right from the
// font program's own map; a font it cannot (a Word letter's second font, for the quotes, dashes and
// the words it sets beside them) reads as the wrong letters ("WKH&KLOGUHQ¶V" for "the
// Children's"), in runs inside lines of a readable font: judged line by line under the line's main
// font, they passed unseen, and Hampshire's theme read otherwise (neglect, not domestic abuse), with
// exit 0 and no warning. Judged run by run, under their own font, they are told.
describe('a real letter whose fonts have no ToUnicode map', () => {
  it('a font that reads as the wrong letters in runs inside readable lines: parsed with a warning naming its pages', async () => {
    const file = await withoutToUnicode(fixture('letters/hampshire-2017-02-01.pdf'), 'hampshire-no-tounicode.pdf');
    const { warnings } = await parseFile(file);
    expect(warnings).toContainEqual(expect.stringMatching(/^\d+% of its text, on pages 1, 2, (\d+, )+14, reads as no language: its font maps glyphs to no letters/));
    // The letter as published has none.
    expect((await parseFile(fixture('letters/hampshire-2017-02-01.pdf'))).warnings ?? []).not.toContainEqual(expect.stringContaining('no language'));
  }, ENDS_WITHIN);

  // Barnsley's second font sets its quotes alone, too few characters to judge as a font: they read
  // as "¶" and "μ" inside words ("Majesty¶s", "μfront door¶"), and two items ran together (35
  // findings for 36), with exit 0 and no warning (helper 8ap).
  it('a font too short to judge that reads its quotes as symbols inside words: parsed with a warning naming its pages and a word', async () => {
    const file = await withoutToUnicode(fixture('letters/barnsley-2022-07-18.pdf'), 'barnsley-no-tounicode.pdf');
    const { warnings } = await parseFile(file);
    expect(warnings).toContainEqual(expect.stringMatching(/^\d+ words, on pages 1, 2, (\d+, )*\d+, hold characters no English word does \("\S*[¶μ]\S*"\): a font maps some glyphs \(quotes, dashes\) to the wrong characters/));
    expect((await parseFile(fixture('letters/barnsley-2022-07-18.pdf'))).warnings ?? []).toEqual([]);
  }, ENDS_WITHIN);

  it('every font reading as the wrong letters (a letter set anew in pdf-lib\'s standard fonts): refused as no readable text, exit 1', async () => {
    const file = await withoutToUnicode(fixture('letters/wokingham-2017-07-14.typeset.pdf'), 'typeset-no-tounicode.pdf');
    const run = jtai(['parse', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/: no readable text: \d+% of its text reads as no language/);
  }, ENDS_WITHIN);
});

const SENTENCE = 'The police attend strategy meetings and share what they know about the children with the other agencies.';

/** A readable letter, and the same letter with a page of these lines set in another face (Times, as a case study or an appendix may be) whose glyphs map to the wrong letters. */
async function partlyGarbled(name: string, texts: string[]): Promise<{ readable: string; garbled: string }> {
  const heading = (text: string): Text => ({ text, bold: true, size: 13, y: 0 });
  const main = ['Leaders know their area well and the partnership works closely together, and they', 'share one plan for the front door that is understood by the staff who work in it.'];
  const front = await buildPdf(`readable-${name}.pdf`, [
    { texts: lines(780, [...FRONT, heading('Main findings'), '', ...Array.from({ length: 6 }, () => [...main, '']).flat()]) },
    { texts: lines(780, ['Health visitors share what they know about families with social workers.', ...CLOSE]) },
  ]);
  const apart = await buildPdf(`apart-${name}.pdf`, [{ texts: lines(780, texts) }], false, 'Times');
  const letter = await PDFDocument.load(readFileSync(front));
  const [page] = await letter.copyPages(await PDFDocument.load(readFileSync(apart)), [0]);
  letter.insertPage(1, page!);
  const readable = join(dir, `partly-readable-${name}.pdf`);
  writeFileSync(readable, await letter.save());
  return { readable, garbled: await remapped(readable, `partly-unreadable-${name}.pdf`, /Times/, shifted) };
}

/** A result with its source's name and digest aside: what was read from the letter. */
const read = (result: ParseResult) => ({ ...result, source: { ...result.source, file: '', sha256: '' } });

describe('a letter drawn in a mirror or upside down (its content, not /Rotate)', () => {
  it.each([
    ['in a mirror, left to right', (width: number) => [-1, 0, 0, 1, width, 0]],
    ['in a mirror, upside down', (_width: number, height: number) => [1, 0, 0, -1, 0, height]],
    ['turned upside down', (width: number, height: number) => [-1, 0, 0, -1, width, height]],
  ] as const)('drawn %s reads as the upright letter', async (how, matrix) => {
    const upright = read(await parseFile(LETTER));
    const file = await drawnThrough(LETTER, `drawn-${how.replace(/\W+/g, '-')}.pdf`, matrix);
    expect(read(await parseFile(file))).toEqual(upright);
  }, ENDS_WITHIN);
});

describe("a font's words judged in the order met", () => {
  // What the words' share was as a map from each lower-cased word to its characters (before helper 12bd's change, which keeps
  // the words as met): whether a font's words of the table reach MIN_KNOWN_SHARE of its characters.
  const byMap = (texts: string[]) => {
    const words = new Map<string, number>();
    let chars = 0;
    for (const token of texts.join(' ').split(/\s+/)) {
      if (!/[A-Za-z]/.test(token)) continue;
      const word = token.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
      chars += token.length;
      if (/^(?:[a-z]{2,}|[A-Z][a-z]+)$/.test(word)) words.set(word.toLowerCase(), (words.get(word.toLowerCase()) ?? 0) + token.length);
    }
    const known = [...words].filter(([word]) => wordClassOf(word) !== 'NN').reduce((sum, [, count]) => sum + count, 0);
    return chars >= MIN_CHARS && known / chars < MIN_KNOWN_SHARE;
  };
  // Shown failing with the words' characters counted without their punctuation (`word.length` for `token.length`), and with
  // a second judging counting its words from the first again (`tally.known = 0` as it starts).
  it('tells a font as no language where the map did, on random lines of words in and out of the table, around the share', () => {
    const vocabulary = ['the', 'The', '"and', 'What', 'THE', 'Xqzvpl', 'plkrtz', 'Wrbtsq.', 'zztkrw', '4HEQ', 'CQCX', 'a', 'school', 'Leeds', '(brnkt)', 'Hqwvr', 'Vbnmq,', 'xkqzrt', 'Tqqrx', 'mnbvq'];
    const lines = randomTexts(vocabulary.map((word) => `${word} `), 400, 9, 7);
    let told = 0;
    for (let font = 0; font < 300; font++) {
      const texts = lines.slice(font % 100, (font % 100) + 10 + (font % 37));
      // Judged after its first lines, as after a letter's opening pages, then again with all.
      const words = new WordsByFont();
      const half = Math.floor(texts.length / 2);
      words.add(1, texts.slice(0, half), texts.slice(0, half).map(() => ({ fonts: new Map([['F', 1]]) })));
      words.warning();
      words.add(2, texts.slice(half), texts.slice(half).map(() => ({ fonts: new Map([['F', 1]]) })));
      const expected = byMap(texts);
      if (expected) told++;
      expect(words.warning() !== null && words.warning()!.includes('no language')).toBe(expected);
    }
    // Both answers among the fonts: the test can tell one from the other.
    expect(told).toBeGreaterThan(20);
    expect(told).toBeLessThan(280);
  });
});
