import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFile, parseSource } from '../src/parse.js';
import type { LetterMetadata } from '../src/types.js';
import { fixture, tempDir } from './helpers.js';
import type { Piece } from './typeset.js';
import { letterOf, reset } from './variation-kit.js';

// Metadata variants (issue 8, point 9; helper 8ci). The forms a letter's title and opening give an
// area, the wordings of the deep-dive themes, and the forms of dates, are listed in
// tests/metadata-forms.json (written from what is known of English local government and of the JTAI
// programme). Each is set in the bundled letters' own wording, changed only in those words: their
// text (fixtures/layout-text, read by the text path) and, for the areas, their pieces typeset anew as a
// PDF (tests/variation-kit.ts). A value that cannot be read must be null, never another.

interface Forms {
  /** printedFull: the full form as jtai gives it where that differs from how it is set (curly quotes are read as straight ones). */
  areas: Array<{ kind: string; full: string; area: string; printedFull?: string }>;
  themes: Array<{ years: string; theme: string; wording: string }>;
  otherNamings: Array<{ theme: string; naming: string }>;
  deepDiveSentences: string[];
  ranges: Array<{ text: string; start: string; end: string }>;
  deadlines: Array<{ text: string; due: string | null }>;
  /** Text beside the right value that must not change it (a later "deep-dive", prose after an area, other dates near a deadline). */
  distractions: Array<{ what: string; letter: string; find: string; replace: string; title?: string; also?: [string, string]; want: Partial<LetterMetadata> }>;
}
const FORMS = JSON.parse(readFileSync(new URL('./metadata-forms.json', import.meta.url), 'utf8')) as Forms;
const dir = tempDir('jtai-metadata-forms-');

/** The letters' own area (as the title prints it, and short) and the theme's wording after "the multi-agency response to" (2022+) or the deep-dive sentence (before). */
const NEWER: Record<string, { full: string; short: string; naming: string }> = {
  'barnsley-2022-07-18': { full: 'Barnsley', short: 'Barnsley', naming: 'identification of initial need and risk' },
  'kirklees-2022-08-18': { full: 'Kirklees', short: 'Kirklees', naming: 'the criminal exploitation of children' },
  'surrey-2023-05-02': { full: 'Surrey', short: 'Surrey', naming: 'children and families in Surrey who need help' },
  'leeds-2024-05-16': { full: 'Leeds', short: 'Leeds', naming: 'serious youth violence' },
  'hertfordshire-2024-12-12': { full: 'Hertfordshire', short: 'Hertfordshire', naming: 'children who are victims of domestic abuse' },
};
const OLDER: Record<string, { full: string; short: string }> = {
  'wokingham-2017-07-14': { full: 'Wokingham Borough Council', short: 'Wokingham' },
  'south-tyneside-2016-04-05': { full: 'South Tyneside Metropolitan Borough', short: 'South Tyneside' },
  'derby-2019-05-08': { full: 'Derby City', short: 'Derby' },
  'hampshire-2017-02-01': { full: 'Hampshire', short: 'Hampshire' },
  'haringey-2018-01-30': { full: 'Haringey', short: 'Haringey' },
  'liverpool-2016-08-03': { full: 'Liverpool', short: 'Liverpool' },
};
const AREA_LETTERS = ['wokingham-2017-07-14', 'south-tyneside-2016-04-05', 'barnsley-2022-07-18', 'hertfordshire-2024-12-12'];
const DEEP_DIVE_LETTERS = ['wokingham-2017-07-14', 'derby-2019-05-08', 'liverpool-2016-08-03'];
const PDF_LETTERS = ['wokingham-2017-07-14', 'kirklees-2022-08-18'];
const DATE_LETTERS = ['barnsley-2022-07-18', 'kirklees-2022-08-18', 'wokingham-2017-07-14', 'derby-2019-05-08'];

const textOf = (letter: string) => readFileSync(fixture(`layout-text/${letter}.txt`), 'utf8');
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A phrase as a pattern that lets a line break (or several spaces) stand between its words. */
const spaced = (text: string) => new RegExp(text.split(/\s+/).map(escaped).join('\\s+'), 'g');
const areaOf = (letter: string) => NEWER[letter] ?? OLDER[letter]!;

/** The title and the paragraph after it: where a letter names its area in full. */
function opening(text: string): [number, number] {
  const start = text.search(/^Joint targeted area inspection/m);
  const paragraphs = text.slice(start).split(/\n\s*\n/);
  return [start, start + paragraphs.slice(0, 2).join('\n\n').length];
}

/** The letter's text with its area printed as `full` in its title and opening, and as `short` elsewhere. */
function withArea(letter: string, full: string, short: string): string {
  const text = textOf(letter);
  const own = areaOf(letter);
  const [start, end] = opening(text);
  const named = text.slice(start, end).replace(spaced(own.full), full);
  const rest = (part: string) => part.replace(new RegExp(`\\b${escaped(own.short)}\\b`, 'g'), short);
  return rest(text.slice(0, start)) + named + rest(text.slice(end));
}

const read = async (name: string, text: string): Promise<LetterMetadata> => (await parseSource({ file: `${name}.txt`, bytes: new TextEncoder().encode(text) })).letter;

/** What a value read wrong looks like: `name: got X, want Y`; nothing when right. */
function wrongs(where: string, got: LetterMetadata, want: Partial<LetterMetadata>): string[] {
  return Object.entries(want).flatMap(([key, value]) => {
    const found = (got as unknown as Record<string, unknown>)[key];
    return found === value ? [] : [`${where} ${key}: got ${JSON.stringify(found)}, want ${JSON.stringify(value)}`];
  });
}

/** Counts per group of what was tried and read wrong, printed for the report (JTAI_FORMS_TALLY=1). */
const tally: Record<string, { tried: number; wrong: number; null: number }> = {};
function count(group: string, found: string[], nulls: number, label = '') {
  const entry = (tally[group] ??= { tried: 0, wrong: 0, null: 0 });
  entry.tried++;
  if (found.length > 0) entry.wrong++;
  entry.null += nulls;
  details.push(...found.map((line) => `${label}: ${line}`));
}
const details: string[] = [];
const nullsIn = (found: string[]) => found.filter((line) => line.includes('got null')).length;

describe('area forms', () => {
  it.each(FORMS.areas.map((form) => [form.full, form] as const))('"%s" in the text of real letters', async (_full, form) => {
    const found: string[] = [];
    for (const letter of AREA_LETTERS) {
      const got = await read(`area-${letter}`, withArea(letter, form.full, form.area));
      found.push(...wrongs(letter, got, { area: form.area, areaFull: form.printedFull ?? form.full }));
    }
    count(`area text (${form.kind})`, found, nullsIn(found), form.full);
    if (!process.env.JTAI_FORMS_TALLY) expect(found).toEqual([]);
  });

  it.each(FORMS.areas.map((form) => [form.full, form] as const))('"%s" in real letters set anew as PDFs', async (_full, form) => {
    const found: string[] = [];
    for (const letter of PDF_LETTERS) {
      const original = await letterOf(letter);
      const own = areaOf(letter);
      const titleAt = (pieces: Piece[]) => pieces.findIndex((piece) => piece.text === original.letter.title);
      const made = await reset(original, `area-${letter}-${form.full.replace(/\W+/g, '-')}`, {
        pieces: (pieces) => pieces.map((piece, i) => {
          const at = titleAt(pieces);
          // The title and the opening's first paragraph name the area in full; the rest by its short name.
          if (i === at || i === at + 1) return { ...piece, text: piece.text.replace(spaced(own.full), form.full) };
          return { ...piece, text: piece.text.replace(new RegExp(`\\b${escaped(own.short)}\\b`, 'g'), form.area) };
        }),
      }, dir);
      const got = (await parseFile(made.file)).letter;
      found.push(...wrongs(`${letter}.pdf`, got, { area: form.area, areaFull: form.printedFull ?? form.full }));
    }
    count(`area pdf (${form.kind})`, found, nullsIn(found), form.full);
    if (!process.env.JTAI_FORMS_TALLY) expect(found).toEqual([]);
  });
});

describe('deep-dive themes', () => {
  /** A later letter's opening names the theme: "... (JTAI) of the multi-agency response to <wording> in <area>." */
  const withNaming = (letter: string, naming: string) => {
    const text = textOf(letter);
    const [start, end] = opening(text);
    const own = NEWER[letter]!;
    return text.slice(0, start) + text.slice(start, end).replace(spaced(`multi-agency response to ${own.naming}`), naming.replace('AREA', own.short)) + text.slice(end);
  };
  /** An older letter (titled "... abuse and neglect in <area>") gives the theme in its deep-dive sentence. */
  const withDeepDive = (letter: string, sentence: string) => textOf(letter).replace(/(?<=\.\d?\s+)[^.]*deep\s+dive[^.]*\./, sentence);

  it.each(FORMS.themes.map((form) => [form.wording, form] as const))('"%s"', async (_wording, form) => {
    const found: string[] = [];
    for (const letter of Object.keys(NEWER)) {
      const got = await read(`theme-${letter}`, withNaming(letter, `multi-agency response to ${form.wording}`));
      found.push(...wrongs(letter, got, { theme: form.theme, area: NEWER[letter]!.short }));
    }
    for (const letter of DEEP_DIVE_LETTERS) {
      for (const sentence of FORMS.deepDiveSentences) {
        const got = await read(`theme-${letter}`, withDeepDive(letter, sentence.replace('THEME', form.wording.replace('AREA', OLDER[letter]!.short))));
        found.push(...wrongs(`${letter} "${sentence.slice(0, 40)}"`, got, { theme: form.theme }));
      }
    }
    count(`theme (${form.theme})`, found, nullsIn(found), form.wording);
    if (!process.env.JTAI_FORMS_TALLY) expect(found).toEqual([]);
  });

  it.each(FORMS.otherNamings.map((form) => [form.naming, form] as const))('named otherwise: "%s"', async (_naming, form) => {
    const found: string[] = [];
    for (const letter of Object.keys(NEWER)) found.push(...wrongs(letter, await read(`naming-${letter}`, withNaming(letter, form.naming)), { theme: form.theme, area: NEWER[letter]!.short }));
    count('theme (other namings)', found, nullsIn(found), form.naming);
    if (!process.env.JTAI_FORMS_TALLY) expect(found).toEqual([]);
  });
});

describe('what cannot be read is null, with a warning', () => {
  it('a deep dive worded as no theme of the rules names', async () => {
    const text = textOf('barnsley-2022-07-18');
    const [start, end] = opening(text);
    const changed = text.slice(0, start) + text.slice(start, end).replace(spaced('identification of initial need and risk'), 'children with special educational needs') + text.slice(end);
    const result = await parseSource({ file: 'unknown-theme.txt', bytes: new TextEncoder().encode(changed) });
    expect([result.letter.theme, result.letter.area]).toEqual([null, 'Barnsley']);
    expect(result.warnings).toContainEqual(expect.stringMatching(/theme is null/));
  });

  it.each(DEEP_DIVE_LETTERS)('an older letter ("... abuse and neglect in <area>") whose deep dive is not called one (%s)', async (letter) => {
    // The title gives the programme's scope, not the theme: without the deep-dive sentence, no theme is known (it read "neglect").
    const changed = textOf(letter).replace(/(?<=\.\d?\s+)[^.]*deep\s+dive[^.]*\./, 'Inspectors also looked in depth at the response to children living with domestic abuse.');
    const result = await parseSource({ file: `no-deep-dive-${letter}.txt`, bytes: new TextEncoder().encode(changed) });
    expect(result.letter.theme).toBeNull();
    expect(result.warnings).toContainEqual(expect.stringMatching(/theme is null/));
  });

  it('a title and an opening that name no area', async () => {
    const text = textOf('wokingham-2017-07-14');
    const [start, end] = opening(text);
    const changed = text.slice(0, start) + text.slice(start, end).replace(/\s+in\s+Wokingham\s+Borough\s+Council/g, '') + text.slice(end);
    const result = await parseSource({ file: 'no-area.txt', bytes: new TextEncoder().encode(changed) });
    expect([result.letter.area, result.letter.areaFull, result.letter.theme]).toEqual([null, null, 'neglect']);
    expect(result.warnings).toContainEqual(expect.stringMatching(/area is null/));
  });
});

describe('dates', () => {
  /** The letter dated 1 November 2022, its fieldwork dates written as `range`, its deadline as `deadline`. */
  const withDates = (letter: string, range: string, deadline: string) => {
    const text = textOf(letter).replace(/^\s*\d{1,2} [A-Z][a-z]+ \d{4}\s*$/m, '1 November 2022');
    const [start, end] = opening(text);
    const fieldwork = /(?<=\b(?:[Bb]etween|from)\s+)\d{1,2}(?:\s+[A-Z][a-z]+)?(?:\s+\d{4})?\s+(?:and|to)\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?/;
    const named = text.slice(start, end + 400).replace(fieldwork, range);
    const after = text.slice(end + 400);
    const due = /\bby\s+(?:[A-Z][a-z]+day\s+)?\d{1,2}\s+[A-Z][a-z]+\s+(?:\d{4}|\d{2})\b/;
    return text.slice(0, start) + named + after.replace(due, deadline);
  };

  it.each(FORMS.ranges.map((form) => [form.text, form] as const))('fieldwork "%s"', async (_text, form) => {
    const found: string[] = [];
    for (const letter of DATE_LETTERS) found.push(...wrongs(letter, await read(`range-${letter}`, withDates(letter, form.text, 'by 25 January 2023')), { inspectionStart: form.start, inspectionEnd: form.end, date: '2022-11-01', statementDue: '2023-01-25' }));
    count('dates (fieldwork)', found, nullsIn(found), form.text);
    if (!process.env.JTAI_FORMS_TALLY) expect(found).toEqual([]);
  });

  it.each(FORMS.deadlines.map((form) => [form.text, form] as const))('deadline "%s"', async (_text, form) => {
    const found: string[] = [];
    for (const letter of DATE_LETTERS) found.push(...wrongs(letter, await read(`due-${letter}`, withDates(letter, '3 to 7 October 2022', form.text)), { statementDue: form.due, inspectionStart: '2022-10-03' }));
    count('dates (deadline)', found, nullsIn(found), form.text);
    if (!process.env.JTAI_FORMS_TALLY) expect(found).toEqual([]);
  });

  it.runIf(process.env.JTAI_FORMS_TALLY)('tally', () => {
    console.log(JSON.stringify(tally, null, 1));
    console.log(details.join('\n'));
  });
});

// Each of these read wrong before helper 8cj's change (the theme as neglect, the area run on into the
// prose, the deadline taken from another date in its sentence or eleven months on without a warning).
describe('text beside the value leaves it unchanged', () => {
  it.each(FORMS.distractions.map((form) => [form.what, form] as const))('%s', async (_what, form) => {
    let text = textOf(form.letter);
    expect(text).toContain(form.find);
    text = text.replace(form.find, form.replace);
    if (form.also) text = text.replace(spaced(form.also[0]), form.also[1]);
    if (form.title !== undefined) text = text.replace(/^Joint targeted area inspection of .*$/m, form.title);
    const result = await parseSource({ file: `other-${form.letter}.txt`, bytes: new TextEncoder().encode(text) });
    const found = wrongs(form.what, result.letter, form.want);
    count('text beside the value', found, nullsIn(found), form.what);
    if (!process.env.JTAI_FORMS_TALLY) expect(found).toEqual([]);
    for (const [key, value] of Object.entries(form.want)) {
      if (value === null) expect(result.warnings).toContainEqual(expect.stringMatching(key === 'statementDue' ? /statementDue is null/ : new RegExp(`${key} is null`)));
    }
  });
});

// A tally run prints what was wrong instead of failing; say so, so that no one reads a quiet pass as a pass.
if (process.env.JTAI_FORMS_TALLY) console.warn('JTAI_FORMS_TALLY is set: metadata-forms prints its tally and checks nothing');
