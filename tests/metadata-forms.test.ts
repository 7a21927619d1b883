import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFile, parseSource } from '../src/parse.js';
import { findDateRange } from '../src/segment/metadata.js';
import type { LetterMetadata } from '../src/types.js';
import { fixture, tempDir } from './helpers.js';
import type { Piece } from './typeset.js';
import { heightWhere, letterOf, reset } from './variation-kit.js';

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
  /** warns: a sentence with a later range not known to be fieldwork, read from its first range with a warning (helper 8cn); no warning otherwise. */
  ranges: Array<{ text: string; start: string; end: string; warns?: boolean }>;
  /** doubt: two deadlines the sentence does not tell apart: null, with a warning that says so (helper 8cr). */
  deadlines: Array<{ text: string; due: string | null; doubt?: boolean }>;
  /** A fieldwork sentence that names a previous inspection or a period of data beside this one (helper 8cr); names: the ranges a null's warning quotes. */
  fieldworkSentences: Array<{ what: string; sentence: string; start: string | null; end: string | null; names?: string[] }>;
  /** A letter's head with another date beside its own (helper 8cr); names: the dates a null's warning quotes. */
  letterHeads: Array<{ what: string; lines: string[]; date: string | null; names?: string[]; recipient?: string }>;
  /** A sentence set before the fieldwork sentence ("3 to 7 October 2022") with a range that is not the fieldwork's. */
  rangeContexts: Array<{ what: string; before: string; start: string | null; end: string | null }>;
  /** Text beside the right value that must not change it (a later "deep-dive", prose after an area, other dates near a deadline). */
  distractions: Array<{ what: string; letter: string; find: string; replace: string; title?: string; also?: [string, string]; want: Partial<LetterMetadata> }>;
  /** A letter's own date as printed, and the date jtai must give (null: not on the calendar). */
  letterDates: Array<{ text: string; date: string | null }>;
  /** Salutations naming the area's council, COUNCIL standing for its name. */
  councilSalutations: string[];
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
function count(group: string, found: string[], nulls: number, label = '', variants = 1) {
  const entry = (tally[group] ??= { tried: 0, wrong: 0, null: 0 });
  // Counted by variant (one letter, one place): a variant with two values wrong is one wrong variant.
  entry.tried += variants;
  // (A variant's lines all start with where it was set: "barnsley-2022-07-18 date: got ...", "kirklees.pdf inspectionStart: no warning ...".)
  entry.wrong += new Set(found.map((line) => /^(.*?) \w+: /.exec(line)?.[1] ?? line)).size;
  entry.null += nulls > 0 ? new Set(found.filter((line) => line.includes('got null')).map((line) => /^(.*?) \w+: got/.exec(line)?.[1] ?? line)).size : 0;
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
    count(`area text (${form.kind})`, found, nullsIn(found), form.full, AREA_LETTERS.length);
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
    count(`area pdf (${form.kind})`, found, nullsIn(found), form.full, PDF_LETTERS.length);
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
    count(`theme (${form.theme})`, found, nullsIn(found), form.wording, Object.keys(NEWER).length + DEEP_DIVE_LETTERS.length * FORMS.deepDiveSentences.length);
    if (!process.env.JTAI_FORMS_TALLY) expect(found).toEqual([]);
  });

  it.each(FORMS.otherNamings.map((form) => [form.naming, form] as const))('named otherwise: "%s"', async (_naming, form) => {
    const found: string[] = [];
    for (const letter of Object.keys(NEWER)) found.push(...wrongs(letter, await read(`naming-${letter}`, withNaming(letter, form.naming)), { theme: form.theme, area: NEWER[letter]!.short }));
    count('theme (other namings)', found, nullsIn(found), form.naming, Object.keys(NEWER).length);
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

  it('a title, an opening, a salutation and recipients that name no area', async () => {
    const text = textOf('wokingham-2017-07-14');
    const [start, end] = opening(text);
    const changed = text.slice(0, start) + text.slice(start, end).replace(/\s+in\s+Wokingham\s+Borough\s+Council/g, '') + text.slice(end);
    // The first recipient's council names the area (helper 8ck): read from there when nothing before names it.
    const fromCouncil = await parseSource({ file: 'council-area.txt', bytes: new TextEncoder().encode(changed) });
    expect([fromCouncil.letter.area, fromCouncil.letter.areaFull, fromCouncil.letter.theme]).toEqual(['Wokingham', 'Wokingham Borough Council', 'neglect']);
    const noCouncil = changed.replace('People Services, Wokingham Borough Council', 'People Services');
    const result = await parseSource({ file: 'no-area.txt', bytes: new TextEncoder().encode(noCouncil) });
    expect([result.letter.area, result.letter.areaFull, result.letter.theme]).toEqual([null, null, 'neglect']);
    expect(result.warnings).toContainEqual(expect.stringMatching(/area is null/));
  });

  it.each([
    ['a joined name in the opening that the letter never prints again', 'Brighton and Hove', 'Brighton'],
    ['a name with "with" in the opening that the letter never prints again', 'Blackburn with Darwen', 'Blackburn'],
  ])('%s', async (_what, joined, first) => {
    // The letter names the area once, in its opening, and elsewhere only by another word: neither the joined name nor its first word alone is known to be the area.
    let text = textOf('leeds-2024-05-16').replace(/^Joint targeted area inspection of Leeds$/m, 'Joint targeted area inspection');
    text = text.replace('serious youth violence in Leeds.', `serious youth violence in ${joined}.`).replace(/\bLeeds\b/g, 'the city');
    const result = await parseSource({ file: 'joined-once.txt', bytes: new TextEncoder().encode(text) });
    expect(result.letter.area).not.toBe(first);
    expect(result.letter.area).toBeNull();
    expect(result.warnings).toContainEqual(expect.stringMatching(/area is null/));
  });
});

describe('dates', () => {
  /** The letter dated 1 November 2022, its fieldwork dates written as `range`, its deadline as `deadline`. */
  const withDates = (letter: string, range: string, deadline: string, before = '') => {
    const text = textOf(letter).replace(/^\s*\d{1,2} [A-Z][a-z]+ \d{4}\s*$/m, '1 November 2022');
    const [start, end] = opening(text);
    const fieldwork = /(?<=\b(?:[Bb]etween|from)\s+)\d{1,2}(?:\s+[A-Z][a-z]+)?(?:\s+\d{4})?\s+(?:and|to)\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?/;
    let named = text.slice(start, end + 400).replace(fieldwork, range);
    // A sentence before the fieldwork sentence, in the same paragraph, wrapped as the letter's lines are.
    if (before !== '') named = named.replace(/(?:This inspection took place from|Between)\s+\d/, (sentence) => `${before} ${sentence}`).replace(/^.*$/gm, (line) => wrapped(line, longest(text)));
    const after = text.slice(end + 400);
    const due = /\bby\s+(?:[A-Z][a-z]+day\s+)?\d{1,2}\s+[A-Z][a-z]+\s+(?:\d{4}|\d{2})\b/;
    // A deadline longer than the words it replaces is wrapped as the letter's lines are (a line far longer than
    // any other reads as a paragraph's first line after a short one, and the line before it as a heading).
    return text.slice(0, start) + named + after.replace(due, deadline).replace(/^.*$/gm, (line) => wrapped(line, longest(text)));
  };
  const longest = (text: string) => Math.max(...text.split('\n').map((line) => line.trimEnd().length));
  const wrapped = (line: string, width: number): string => {
    if (line.trimEnd().length <= width) return line;
    const at = line.lastIndexOf(' ', width);
    return at <= 0 ? line : `${line.slice(0, at)}\n${wrapped(line.slice(at + 1), width)}`;
  };

  /** A warning that the fieldwork's last day may be early, where the form says the letter leaves it unknown, and none where not. */
  const cautioned = (where: string, result: { warnings?: string[] }, warns = false) =>
    (result.warnings ?? []).some((warning) => /\(inspectionEnd\) may be early/.test(warning)) === warns ? [] : [`${where} inspectionEnd: ${warns ? 'no warning' : 'a warning'} that it may be early`];
  it.each(FORMS.ranges.map((form) => [form.text, form] as const))('fieldwork "%s"', async (_text, form) => {
    const found: string[] = [];
    for (const letter of DATE_LETTERS) {
      const result = await parseSource({ file: `range-${letter}.txt`, bytes: new TextEncoder().encode(withDates(letter, form.text, 'by 25 January 2023')) });
      found.push(...wrongs(letter, result.letter, { inspectionStart: form.start, inspectionEnd: form.end, date: '2022-11-01', statementDue: '2023-01-25' }), ...cautioned(letter, result, form.warns));
    }
    count('dates (fieldwork)', found, nullsIn(found), form.text, DATE_LETTERS.length);
    if (!process.env.JTAI_FORMS_TALLY) expect(found).toEqual([]);
  });

  it.each(FORMS.rangeContexts.map((form) => [form.what, form] as const))('fieldwork after %s', async (_what, form) => {
    const found: string[] = [];
    for (const letter of DATE_LETTERS) found.push(...wrongs(letter, await read(`context-${letter}`, withDates(letter, '3 to 7 October 2022', 'by 25 January 2023', form.before)), { inspectionStart: form.start, inspectionEnd: form.end, date: '2022-11-01', statementDue: '2023-01-25' }));
    count('dates (fieldwork after another range)', found, nullsIn(found), form.what, DATE_LETTERS.length);
    if (!process.env.JTAI_FORMS_TALLY) expect(found).toEqual([]);
  });

  // Helper 8cr: the letter's own fieldwork sentence replaced by one that names a previous inspection
  // (or a period of data) beside this one. The range its words say is this inspection's is taken; where
  // they do not say, both days are null, with a warning that quotes the ranges (and no other warning about the dates).
  const withSentence = (letter: string, sentence: string) => {
    const text = withDates(letter, '3 to 7 October 2022', 'by 25 January 2023');
    const own = /This inspection took place from 3 to 7 October 2022\.|Between 3 to 7 October 2022,\s+(?=Ofsted)/;
    if (!own.test(text)) throw new Error(`${letter}: no fieldwork sentence to replace`);
    return text.replace(own, `${sentence} `).replace(/^.*$/gm, (line) => wrapped(line, longest(textOf(letter))));
  };
  const sentenceFound = (where: string, result: { letter: LetterMetadata; warnings?: string[] }, form: Forms['fieldworkSentences'][number]) => {
    const found = wrongs(where, result.letter, { inspectionStart: form.start, inspectionEnd: form.end, date: '2022-11-01', statementDue: '2023-01-25' });
    const about = (result.warnings ?? []).filter((warning) => /inspectionStart|inspectionEnd/.test(warning));
    if (form.names === undefined) {
      if (about.length > 0) found.push(`${where} inspectionStart: a warning: ${about.join('; ')}`);
    } else if (!about.some((warning) => /inspectionStart and inspectionEnd\): the sentence .* does not say which is this inspection's/.test(warning) && form.names!.every((name) => warning.includes(`"${name}"`)))) {
      found.push(`${where} inspectionStart: no warning that quotes ${form.names.join(' and ')}: ${about.join('; ') || 'none'}`);
    }
    return found;
  };
  it.each(FORMS.fieldworkSentences.map((form) => [form.what, form] as const))('fieldwork sentence: %s', async (_what, form) => {
    const found: string[] = [];
    for (const letter of DATE_LETTERS) {
      const result = await parseSource({ file: `sentence-${letter}.txt`, bytes: new TextEncoder().encode(withSentence(letter, form.sentence)) });
      found.push(...sentenceFound(letter, result, form));
    }
    count(`dates (fieldwork sentence${form.start === null ? ', undecided' : ''})`, found, nullsIn(found), form.what, DATE_LETTERS.length);
    if (!process.env.JTAI_FORMS_TALLY) expect(found).toEqual([]);
  });

  // Undecidable: two sentences each say the inspection took place, with different dates. Neither is taken; a warning says why.
  it.each(DATE_LETTERS)('two fieldwork sentences that disagree give null with a warning (%s)', async (letter) => {
    const text = withDates(letter, '3 to 7 October 2022', 'by 25 January 2023', 'The inspection took place from 1 to 5 March 2022.');
    const result = await parseSource({ file: `disagree-${letter}.txt`, bytes: new TextEncoder().encode(text) });
    expect([result.letter.inspectionStart, result.letter.inspectionEnd]).toEqual([null, null]);
    expect(result.warnings).toContainEqual(expect.stringMatching(/inspectionStart and inspectionEnd\): two sentences say the inspection took place/));
    // The control: the same sentence with the same dates is no disagreement.
    const same = withDates(letter, '3 to 7 October 2022', 'by 25 January 2023', 'The inspection took place from 3 to 7 October 2022.');
    const agreed = (await parseSource({ file: `agree-${letter}.txt`, bytes: new TextEncoder().encode(same) })).letter;
    expect([agreed.inspectionStart, agreed.inspectionEnd]).toEqual(['2022-10-03', '2022-10-07']);
  });

  // The sentence decides, not the order: a range about something else is never the fieldwork, even when it is the only one.
  it.each([
    ['This inspection took place from 3 to 7 October 2022, following the previous inspection of 1 to 5 March 2019.', '2022-10-03', '2022-10-07'],
    ['The previous inspection took place from 1 to 5 March 2019. This inspection took place from 3 to 7 October 2022.', '2022-10-03', '2022-10-07'],
    ['Inspectors looked at cases from 1 to 31 August 2022. Between 3 and 7 October 2022, Ofsted carried out a joint inspection.', '2022-10-03', '2022-10-07'],
    ['The previous inspection took place from 1 to 5 March 2019.', null, null],
  ])('fieldwork from "%s"', (text, start, end) => {
    const range = findDateRange(text, '2022-11-01');
    expect([range.start, range.end]).toEqual([start, end]);
    if (start === null) expect(range.doubt).toMatch(/about something else/);
  });

  /** A warning that the deadline is null because its sentence gives two, where the form says so, and none where not. */
  const twoDeadlines = (where: string, result: { warnings?: string[] }, doubt = false) =>
    (result.warnings ?? []).some((warning) => /statementDue is null\): the sentence .* does not say which is the statement's/.test(warning)) === doubt ? [] : [`${where} statementDue: ${doubt ? 'no warning' : 'a warning'} that the sentence gives two deadlines`];
  it.each(FORMS.deadlines.map((form) => [form.text, form] as const))('deadline "%s"', async (_text, form) => {
    const found: string[] = [];
    for (const letter of DATE_LETTERS) {
      const result = await parseSource({ file: `due-${letter}.txt`, bytes: new TextEncoder().encode(withDates(letter, '3 to 7 October 2022', form.text)) });
      found.push(...wrongs(letter, result.letter, { statementDue: form.due, inspectionStart: '2022-10-03' }), ...twoDeadlines(letter, result, form.doubt));
    }
    count('dates (deadline)', found, nullsIn(found), form.text, DATE_LETTERS.length);
    if (!process.env.JTAI_FORMS_TALLY) expect(found).toEqual([]);
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

// Helper 8ck: where else a letter names its area, and each form read there. The title names no area
// (its "in <area>" or "of <area>" taken off) and the opening does; the title is set in capitals; only
// the salutation names it ("Dear <area> Safeguarding Children Partnership"); only a recipient's council.
describe('an area read elsewhere than the title', () => {
  const titleEnd = (text: string, start: number) => text.indexOf('\n\n', start);
  /** The title's area taken off: "Joint targeted area inspection of Barnsley" is "Joint targeted area inspection". */
  const untitled = (text: string, full: string) => {
    const start = text.search(/^Joint targeted area inspection/m);
    const end = titleEnd(text, start);
    const title = text.slice(start, end).replace(new RegExp(`\\s+(?:in|of)\\s+${spaced(full).source}\\s*$`), '');
    return text.slice(0, start) + title + text.slice(end);
  };
  /** The opening's "in <area>" taken off too, and the salutation naming the area by its short name. */
  const greeted = (text: string, full: string, short: string) => {
    const [start, end] = opening(text);
    const cut = text.slice(0, start) + text.slice(start, end).replace(new RegExp(`\\s+in\\s+${spaced(full).source}`, 'g'), '') + text.slice(end);
    return untitled(cut, full).replace(/^Dear .*$/m, `Dear ${short} Safeguarding Children Partnership`);
  };

  it.each(FORMS.areas.map((form) => [form.full, form] as const))('"%s" in the opening, a title in capitals, the salutation, a recipient', async (_full, form) => {
    const found: string[] = [];
    const printed = form.printedFull ?? form.full;
    for (const letter of AREA_LETTERS) {
      const text = withArea(letter, form.full, form.area);
      found.push(...wrongs(`${letter} (opening)`, await read(`opening-${letter}`, untitled(text, form.full)), { area: form.area, areaFull: printed }));
      const [start] = opening(text);
      const capitals = text.slice(0, start) + text.slice(start, titleEnd(text, start)).toUpperCase() + text.slice(titleEnd(text, start));
      found.push(...wrongs(`${letter} (capitals)`, await read(`capitals-${letter}`, capitals), { area: form.area, areaFull: printed }));
    }
    for (const letter of ['wokingham-2017-07-14', 'barnsley-2022-07-18']) {
      const text = greeted(withArea(letter, form.full, form.area), form.full, form.area);
      found.push(...wrongs(`${letter} (salutation)`, await read(`greeted-${letter}`, text), { area: form.area }));
    }
    // Wokingham's first recipient is "..., Wokingham Borough Council": the area's council, with no area in the title, opening or salutation.
    const council = greeted(withArea('wokingham-2017-07-14', form.full, form.area), form.full, form.area).replace(/^Dear .*$/m, 'Dear local partnership');
    found.push(...wrongs('wokingham (recipient)', await read('council-wokingham', council), { area: form.area }));
    count(`area elsewhere (${form.kind})`, found, nullsIn(found), form.full, AREA_LETTERS.length * 2 + 3);
    if (!process.env.JTAI_FORMS_TALLY) expect(found).toEqual([]);
  }, 30_000);
});

// Themes and dates in the bundled letters set anew as PDFs (tests/variation-kit.ts): the same
// words through the PDF path. A newer letter's naming and an older one's deep-dive sentence; the
// fieldwork dates and the deadline in Kirklees (dated 1 November 2022 here, as on the text path).
describe('themes and dates in real letters set anew as PDFs', () => {
  const ownNaming = NEWER['kirklees-2022-08-18']!.naming;
  const changedResult = async (letter: string, name: string, change: (text: string) => string) => {
    const original = await letterOf(letter);
    const made = await reset(original, `${name}-${letter}`, { pieces: (pieces) => pieces.map((piece) => ({ ...piece, text: change(piece.text) })) }, dir);
    return parseFile(made.file);
  };
  const changed = async (letter: string, name: string, change: (text: string) => string) => (await changedResult(letter, name, change)).letter;
  const slug = (text: string) => text.replace(/\W+/g, '-').slice(0, 60);

  it.each(FORMS.themes.map((form) => [form.wording, form] as const))('theme "%s"', async (_wording, form) => {
    const found: string[] = [];
    const naming = `multi-agency response to ${form.wording.replace('AREA', 'Kirklees')}`;
    found.push(...wrongs('kirklees.pdf', await changed('kirklees-2022-08-18', `theme-${slug(form.wording)}`, (text) => text.replace(spaced(`multi-agency response to ${ownNaming}`), naming)), { theme: form.theme, area: 'Kirklees' }));
    const sentence = FORMS.deepDiveSentences[0]!.replace('THEME', form.wording.replace('AREA', 'Wokingham'));
    // Wokingham's deep-dive sentence is one piece's words among others: only that sentence changes.
    found.push(...wrongs('wokingham.pdf', await changed('wokingham-2017-07-14', `deep-${slug(form.wording)}`, (text) => text.replace(/(?<=^|\.\d?\s+)[^.]*deep\s+dive[^.]*\./, sentence)), { theme: form.theme, area: 'Wokingham' }));
    count(`theme pdf (${form.theme})`, found, nullsIn(found), form.wording, 2);
    if (!process.env.JTAI_FORMS_TALLY) expect(found).toEqual([]);
  }, 30_000);

  const withDatesPdf = (range: string, deadline: string) => (text: string) =>
    text
      .replace(/^\d{1,2} [A-Z][a-z]+ \d{4}$/, '1 November 2022')
      .replace(/(?<=took place from )27 June 2022 to 1 July 2022/, range)
      .replace(/\bby\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\b/, deadline);

  it.each(FORMS.ranges.map((form) => [form.text, form] as const))('fieldwork "%s"', async (_text, form) => {
    const result = await changedResult('kirklees-2022-08-18', `range-${slug(form.text)}`, withDatesPdf(form.text, 'by 25 January 2023'));
    const found = wrongs('kirklees.pdf', result.letter, { inspectionStart: form.start, inspectionEnd: form.end, date: '2022-11-01', statementDue: '2023-01-25' });
    if ((result.warnings ?? []).some((warning) => /\(inspectionEnd\) may be early/.test(warning)) !== (form.warns ?? false)) found.push(`kirklees.pdf inspectionEnd: ${form.warns ? 'no warning' : 'a warning'} that it may be early`);
    count('dates pdf (fieldwork)', found, nullsIn(found), form.text);
    if (!process.env.JTAI_FORMS_TALLY) expect(found).toEqual([]);
  }, 30_000);

  it.each(FORMS.rangeContexts.map((form) => [form.what, form] as const))('fieldwork after %s', async (_what, form) => {
    const withBefore = (text: string) => withDatesPdf('3 to 7 October 2022', 'by 25 January 2023')(text).replace(/This inspection took place from (?=3 to 7 October 2022)/, (sentence) => `${form.before} ${sentence}`);
    const got = await changed('kirklees-2022-08-18', `context-${slug(form.what)}`, withBefore);
    const found = wrongs('kirklees.pdf', got, { inspectionStart: form.start, inspectionEnd: form.end, date: '2022-11-01', statementDue: '2023-01-25' });
    count('dates pdf (fieldwork after another range)', found, nullsIn(found), form.what);
    if (!process.env.JTAI_FORMS_TALLY) expect(found).toEqual([]);
  }, 30_000);

  // Helper 8cr: Kirklees's fieldwork sentence replaced by one that names a previous inspection beside this one.
  it.each(FORMS.fieldworkSentences.map((form) => [form.what, form] as const))('fieldwork sentence: %s', async (_what, form) => {
    let replaced = false;
    const withSentence = (text: string) => withDatesPdf('3 to 7 October 2022', 'by 25 January 2023')(text).replace(/This inspection took place from 3 to 7 October 2022\./, () => {
      replaced = true;
      return form.sentence;
    });
    const result = await changedResult('kirklees-2022-08-18', `sentence-${slug(form.what)}`, withSentence);
    expect(replaced).toBe(true);
    const found = wrongs('kirklees.pdf', result.letter, { inspectionStart: form.start, inspectionEnd: form.end, date: '2022-11-01', statementDue: '2023-01-25' });
    const about = (result.warnings ?? []).filter((warning) => /inspectionStart|inspectionEnd/.test(warning));
    if (form.names === undefined && about.length > 0) found.push(`kirklees.pdf inspectionStart: a warning: ${about.join('; ')}`);
    if (form.names !== undefined && !about.some((warning) => /does not say which is this inspection's/.test(warning) && form.names!.every((name) => warning.includes(`"${name}"`)))) found.push(`kirklees.pdf inspectionStart: no warning that quotes ${form.names.join(' and ')}`);
    count(`dates pdf (fieldwork sentence${form.start === null ? ', undecided' : ''})`, found, nullsIn(found), form.what);
    if (!process.env.JTAI_FORMS_TALLY) expect(found).toEqual([]);
  }, 30_000);

  it.each(FORMS.deadlines.map((form) => [form.text, form] as const))('deadline "%s"', async (_text, form) => {
    const got = await changed('kirklees-2022-08-18', `due-${slug(form.text)}`, withDatesPdf('3 to 7 October 2022', form.text));
    const found = wrongs('kirklees.pdf', got, { statementDue: form.due, inspectionStart: '2022-10-03' });
    count('dates pdf (deadline)', found, nullsIn(found), form.text);
    if (!process.env.JTAI_FORMS_TALLY) expect(found).toEqual([]);
  }, 30_000);
});

// Helper 8ck: an older letter's deep-dive sentence cut by the page's foot (its note and page number
// between its halves) or carrying a footnote's marker inside it. The page's evidence says it is one
// sentence: the text path and the PDF path take the note and the page's furniture out (a marker only
// where its note stands at the page's foot) before the metadata is read, so the theme is read across.
// A digit with no note on its page is no marker: the theme's words are then not read (null, with a warning).
describe('a deep-dive sentence cut by a page break or a footnote marker', () => {
  const THEME = 'children living with domestic abuse';
  const ownDeepDive = /(?<=\.\d?\s+)[^.]*deep\s+dive[^.]*\./;
  /** Page 1's note block: "1" and "This joint inspection was conducted under section 20 ...". */
  const NOTE = /^( *)1\n( *)(This joint inspection was conducted under section 20 of the Children Act 2004\.)\n/m;
  const withNote = (text: string) => text.replace(NOTE, (all, a: string, b: string) => `${all}${a}2\n${b}Domestic abuse is defined in the Domestic Abuse Act 2021.\n`);

  it.each(DEEP_DIVE_LETTERS)('split over page 1\'s foot, its note and page number between the halves (%s)', async (letter) => {
    const text = textOf(letter).replace(ownDeepDive, 'Inspectors also looked at other work.');
    const notes = NOTE.exec(text)!;
    // Page 1's last line of prose and page 2's first: the sentence starts at the end of one and ends in the other.
    const before = text.slice(0, notes.index).replace(/\s+$/, '');
    const lastLine = before.slice(before.lastIndexOf('\n') + 1);
    const after = text.slice(notes.index);
    const firstProse = /(?:^|\n)\f?([^\s\d][^\n]{20,})\n/.exec(after.slice(notes[0].length))!;
    const found: string[] = [];
    for (const [end, start] of [['the response to children living with', 'domestic abuse.'], ['the response to children living with domestic', 'abuse.']]) {
      const cut = `${lastLine.replace(/\s*\S+\s+\S+\s*$/, '')} ended. This inspection included a ‘deep dive’ focus on ${end}`;
      const changed = before.slice(0, before.length - lastLine.length) + cut + text.slice(before.length, notes.index) +
        after.replace(firstProse[1]!, `${start}\n${firstProse[1]}`);
      const got = await read(`page-cut-${letter}`, changed);
      found.push(...wrongs(`${letter} "${end} / ${start}"`, got, { theme: 'domestic-abuse' }));
    }
    count('deep dive cut (page break, text)', found, nullsIn(found), letter, 2);
    if (!process.env.JTAI_FORMS_TALLY) expect(found).toEqual([]);
  });

  it.each(DEEP_DIVE_LETTERS)('a footnote marker inside the sentence, its note at the page\'s foot (%s)', async (letter) => {
    const found: string[] = [];
    for (const sentence of [
      `This inspection included a ‘deep dive’2 focus on the response to ${THEME}.`,
      'This inspection included a ‘deep dive’ focus on the response to children living with domestic2 abuse.',
      `This inspection included a ‘deep dive’ focus on the response to ${THEME}2 and their families.`,
    ]) {
      const changed = withNote(textOf(letter).replace(ownDeepDive, sentence));
      found.push(...wrongs(`${letter} "${sentence.slice(40)}"`, await read(`marker-${letter}`, changed), { theme: 'domestic-abuse' }));
      // The same digit with no note at the page's foot is no marker: never another theme.
      const bare = await parseSource({ file: `bare-${letter}.txt`, bytes: new TextEncoder().encode(textOf(letter).replace(ownDeepDive, sentence)) });
      if (bare.letter.theme !== 'domestic-abuse') {
        expect(bare.letter.theme).toBeNull();
        expect(bare.warnings).toContainEqual(expect.stringMatching(/theme is null/));
      }
    }
    count('deep dive cut (marker, text)', found, nullsIn(found), letter, 3);
    if (!process.env.JTAI_FORMS_TALLY) expect(found).toEqual([]);
  });

  it.each(DEEP_DIVE_LETTERS)('split over a page break in the letter set anew as a PDF (%s)', async (letter) => {
    const original = await letterOf(letter);
    const sentence = `This inspection included a ‘deep dive’ focus on the response to ${THEME}, which inspectors examined through the cases of children and families of every age, across all the agencies of the partnership, over the whole of the week of fieldwork.`;
    const at = (pieces: Piece[]) => pieces.findIndex((piece) => /deep\s+dive/.test(piece.text));
    const change = (pieces: Piece[]) => pieces.map((piece, i) => (i === at(pieces) ? { ...piece, text: sentence } : piece));
    // The piece is that sentence alone: a page height that breaks the piece breaks the sentence.
    const height = await heightWhere(original, ({ pieces, breaks }) => breaks.some((b) => b.piece === at(pieces) && b.within), 250, 842, change);
    const made = await reset(original, `deep-cut-${letter}`, { height, pieces: change }, dir);
    const found = wrongs(`${letter}.pdf at ${height} pt`, (await parseFile(made.file)).letter, { theme: 'domestic-abuse' });
    count('deep dive cut (page break, pdf)', found, nullsIn(found), letter);
    if (!process.env.JTAI_FORMS_TALLY) expect(found).toEqual([]);
  }, 60_000);
});


// Helper 8cn: a letter's own date printed in the American order or with an ordinal and "of", at its
// head or only at the foot of its first page; a salutation that names the area's council; recipients
// that name a neighbour's council beside the area's.
describe('a letter date as printed, at the head or at the first page\'s foot', () => {
  /** The letter dated `date` (1 November 2022 in the other forms), at its head or, with none there, as page 1's last line. */
  const dated = (letter: string, date: string, foot: boolean) => {
    const text = textOf(letter).replace(/^\s*\d{1,2} [A-Z][a-z]+ \d{4}\s*$/m, foot ? '' : date);
    const page = text.indexOf('\f');
    return foot ? `${text.slice(0, page).replace(/\s+$/, '')}\n\n\n${date}\n${text.slice(page)}` : text;
  };
  it.each(FORMS.letterDates.map((form) => [form.text, form] as const))('"%s"', async (_text, form) => {
    const found: string[] = [];
    for (const letter of DATE_LETTERS) {
      for (const foot of [false, true]) {
        const result = await parseSource({ file: `dated-${letter}.txt`, bytes: new TextEncoder().encode(dated(letter, form.text, foot)) });
        const where = `${letter}${foot ? ' (foot)' : ''}`;
        found.push(...wrongs(where, result.letter, { date: form.date }));
        if (form.date === null && !(result.warnings ?? []).some((warning) => /date is null/.test(warning))) found.push(`${where} date: no warning`);
      }
    }
    count(`letter date (text${form.date === null ? ', not on the calendar' : ''})`, found, nullsIn(found), form.text, DATE_LETTERS.length * 2);
    if (!process.env.JTAI_FORMS_TALLY) expect(found).toEqual([]);
  });

  it.each(FORMS.letterDates.map((form) => [form.text, form] as const))('"%s" in a letter set anew as a PDF', async (_text, form) => {
    const found: string[] = [];
    const original = await letterOf('kirklees-2022-08-18');
    const isDate = (piece: Piece) => /^\d{1,2} [A-Z][a-z]+ \d{4}$/.test(piece.text);
    for (const foot of [false, true]) {
      const made = await reset(original, `dated-${foot ? 'foot-' : ''}${form.text.replace(/\W+/g, '-')}`, {
        pieces: (pieces) => (foot ? pieces.filter((piece) => !isDate(piece)) : pieces.map((piece) => (isDate(piece) ? { ...piece, text: form.text } : piece))),
        // At the foot: the date in the body's font at the margin, below the text and above the page number (at 35.5 pt).
        after: (pages, _placed, _pieces, fonts) => {
          if (foot) pages[0]!.drawText(form.text, { x: 72, y: 54, size: 11, font: fonts.regular });
        },
      }, dir);
      const result = await parseFile(made.file);
      const where = `kirklees.pdf${foot ? ' (foot)' : ''}`;
      found.push(...wrongs(where, result.letter, { date: form.date }));
      if (form.date === null && !(result.warnings ?? []).some((warning) => /date is null/.test(warning))) found.push(`${where} date: no warning`);
    }
    count(`letter date (pdf${form.date === null ? ', not on the calendar' : ''})`, found, nullsIn(found), form.text, 2);
    if (!process.env.JTAI_FORMS_TALLY) expect(found).toEqual([]);
  }, 60_000);
});

describe('a salutation naming the area\'s council, and a neighbour\'s council among the recipients', () => {
  /** The area's council as a letter may name it: the form itself where it is one, else "<area> Council". */
  const councilOf = (form: Forms['areas'][number]) => {
    const printed = form.printedFull ?? form.full;
    return /\bCouncil$/.test(printed) || /^(?:the\s+)?(?:London Borough|Royal Borough|Metropolitan Borough|City|County|Council) of\b/.test(printed) ? printed : `${form.area} Council`;
  };
  /** Each letter's own council among its recipients, taken off. */
  const OWN_COUNCIL: Record<string, RegExp> = {
    'wokingham-2017-07-14': /,\s+Wokingham\s+Borough\s+Council/,
    'barnsley-2022-07-18': /,\s+Barnsley\s+Metropolitan\s+Borough\s+Council/,
  };
  /** No area in the title or the opening, no council among the recipients, the area printed elsewhere by its short name. */
  const ungreeted = (letter: string, form: Forms['areas'][number]) => {
    const own = areaOf(letter);
    const text = textOf(letter).replace(OWN_COUNCIL[letter]!, '');
    const start = text.search(/^Joint targeted area inspection/m);
    const [, end] = opening(text);
    const head = text.slice(start, end).replace(new RegExp(`\\s+(?:in|of)\\s+${spaced(own.full).source}`, 'g'), '');
    const rest = (part: string) => part.replace(new RegExp(`\\b${escaped(own.short)}\\b`, 'g'), form.area);
    return rest(text.slice(0, start)) + head + rest(text.slice(end));
  };
  const AREAS = FORMS.areas.filter((form) => form.kind !== 'two areas');

  it.each(AREAS.map((form) => [form.full, form] as const))('"%s": its council in the salutation', async (_full, form) => {
    const found: string[] = [];
    for (const letter of Object.keys(OWN_COUNCIL)) {
      for (const salutation of FORMS.councilSalutations) {
        const council = councilOf(form);
        const greeting = salutation.replace('COUNCIL', salutation.startsWith('Dear COUNCIL') ? council.replace(/^the\s+/, '') : council);
        const got = await read(`council-greeted-${letter}`, ungreeted(letter, form).replace(/^Dear .*$/m, greeting));
        found.push(...wrongs(`${letter} "${greeting}"`, got, { area: form.area }));
      }
    }
    count(`area from a council in the salutation (${form.kind})`, found, nullsIn(found), form.full, 2 * FORMS.councilSalutations.length);
    if (!process.env.JTAI_FORMS_TALLY) expect(found).toEqual([]);
  }, 60_000);

  it.each(AREAS.map((form) => [form.full, form] as const))('"%s": its council and a neighbour\'s among the recipients', async (_full, form) => {
    const found: string[] = [];
    const neighbour = 'Jo Bloggs, Chief Executive, Northshire County Council';
    const text = ungreeted('wokingham-2017-07-14', form).replace(/^Dear .*$/m, 'Dear local partnership');
    const own = `Alex Smith, Director of Children's Services, ${councilOf(form).replace(/^the\s+/, '')}`;
    for (const [order, lines] of [['neighbour first', [neighbour, own]], ['neighbour last', [own, neighbour]]] as const) {
      const got = await read('neighbour-council', text.replace(/^Judith Ramsden, Director of People Services$/m, lines.join('\n')));
      found.push(...wrongs(`wokingham (${order})`, got, { area: form.area }));
    }
    // The neighbour's council greeted, the area's among the recipients: never the neighbour's name.
    const greetedNeighbour = text.replace(/^Judith Ramsden, Director of People Services$/m, own).replace(/^Dear .*$/m, 'Dear Chief Executive of Northshire County Council');
    found.push(...wrongs('wokingham (neighbour greeted)', await read('neighbour-greeted', greetedNeighbour), { area: form.area }));
    count(`area with a neighbour's council (${form.kind})`, found, nullsIn(found), form.full, 3);
    if (!process.env.JTAI_FORMS_TALLY) expect(found).toEqual([]);
  }, 60_000);

  it.each(AREAS.map((form) => [form.full, form] as const))('"%s": its council in the salutation of a letter set anew as a PDF', async (_full, form) => {
    const original = await letterOf('kirklees-2022-08-18');
    const greeting = `Dear ${councilOf(form).replace(/^the\s+/, '')} colleagues`;
    const made = await reset(original, `council-greeted-${form.full.replace(/\W+/g, '-')}`, {
      pieces: (pieces) => pieces.map((piece) => {
        if (piece.text === 'Dear local partnership') return { ...piece, text: greeting };
        if (piece.text === original.letter.title) return { ...piece, text: 'Joint targeted area inspection' };
        return { ...piece, text: piece.text.replace(/\s+in\s+Kirklees\.$/, '.').replace(/\bKirklees\b/g, form.area) };
      }),
    }, dir);
    const found = wrongs(`kirklees.pdf "${greeting}"`, (await parseFile(made.file)).letter, { area: form.area });
    count(`area from a council in the salutation, pdf (${form.kind})`, found, nullsIn(found), form.full);
    if (!process.env.JTAI_FORMS_TALLY) expect(found).toEqual([]);
  }, 60_000);
});

// Helper 8cr: a letter's head with another date beside the letter's own (the inspection's, an earlier
// letter's, a deadline's), set where the letter prints its date. Null where the head does not say which
// is the letter's, with a warning that quotes them.
describe('a letter\'s head with another date beside its own', () => {
  it.each(FORMS.letterHeads.map((form) => [form.what, form] as const))('%s', async (_what, form) => {
    const found: string[] = [];
    for (const letter of DATE_LETTERS) {
      const text = textOf(letter).replace(/^\s*\d{1,2} [A-Z][a-z]+ \d{4}\s*$/m, form.lines.join('\n'));
      const result = await parseSource({ file: `head-${letter}.txt`, bytes: new TextEncoder().encode(text) });
      found.push(...wrongs(letter, result.letter, { date: form.date }));
      const own = NEWER[letter] ?? OLDER[letter]!;
      if (result.letter.area !== own.short) found.push(`${letter} area: got ${JSON.stringify(result.letter.area)}, want ${JSON.stringify(own.short)}`);
      const others = result.letter.recipients.filter((recipient) => form.recipient === undefined || !JSON.stringify(recipient).includes(form.recipient.split(',')[0]!));
      if (others.some((recipient) => /\d{4}/.test(JSON.stringify(recipient)))) found.push(`${letter} recipients: a date line read as a recipient`);
      // Helper 8cs: a recipient named with a date of office stays a recipient.
      if (form.recipient !== undefined && others.length === result.letter.recipients.length) found.push(`${letter} recipients: "${form.recipient}" is not a recipient`);
      const doubt = (result.warnings ?? []).find((warning) => /date is null\): the letter's head gives/.test(warning));
      if (form.names !== undefined && !(doubt !== undefined && form.names.every((name) => doubt.includes(`"${name}"`)))) found.push(`${letter} date: no warning that quotes ${form.names.join(' and ')}`);
      if (form.names === undefined && doubt !== undefined) found.push(`${letter} date: a warning: ${doubt}`);
    }
    count(`letter date (head${form.date === null ? ', undecided' : ''})`, found, nullsIn(found), form.what, DATE_LETTERS.length);
    if (!process.env.JTAI_FORMS_TALLY) expect(found).toEqual([]);
  });
});

describe('tally', () => {
  it.runIf(process.env.JTAI_FORMS_TALLY)('tally', () => {
    console.log(JSON.stringify(tally, null, 1));
    console.log(details.join('\n'));
  });
});
