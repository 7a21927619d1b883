import { JtaiError } from '../errors.js';
import { wordClassOf } from '../tag/word-classes.js';

// A font with no usable map from its glyphs to characters (no ToUnicode map, a custom encoding)
// comes out of pdf.js as private-use characters or as the wrong letters ("'HDU" for "Dear"): no
// language. Its words tell it: the share of its characters in words of two letters or more, in
// lower case or with a capital first only ("the", "What", "Chief"), that are in the table of English
// words that are not nouns alone, built from natural's lexicon ("the", "of", "and", "is"). Counted in
// characters, since such a font may map its space to no space (a line reads as one word). Words in
// capitals do not count: a shift that turns lower case into capitals ("THE" for "the") kept whole
// words of the table when case was ignored, and read as language (61% of a font's characters); that
// shift turns capitals into digits and punctuation ("4HE" for "The"), and the shift the other way
// turns lower case into no ASCII letter, so a capital before lower case is no shift's. Nor do
// one-letter words ("a", "I"), which the wrong letters make by chance. Measured on every font of
// 250 or more characters of the real letters and reports here: real fonts 29-63% (the lowest a
// font of headings and signatures: Barnsley's read 11.9% in lower-case words alone, "Chief",
// "National" and "What" left out), garbled ones (every shift of the character codes, with the
// space kept or not, and of the printable ASCII ring) 0-7.2%, as with lower-case words alone.

/**
 * A font's characters in words, each word that may be in the table (LANGUAGE_WORD) as set, with
 * its characters as counted (its punctuation too), and the pages it is on. The table is asked only
 * when the font is judged, and only until the share is reached: "the", "of" and "and" settle a
 * real font in a few look-ups, where asking for every word (600 in a letter) took 10-15 ms of a
 * one-letter run. The words are kept as met, not lower-cased and summed by word in a map: the map's
 * look-ups were a fifth of the tally's CPU, and a sum of whole numbers reaches the share or not
 * in any order.
 */
interface FontWords {
  chars: number;
  words: string[];
  wordChars: number[];
  pages: Set<number>;
  /** How many of the words the table has been asked for (the font is judged after its opening pages and at the end), and their characters in words of it. */
  counted: number;
  known: number;
}

/**
 * Fewer characters than this in a font do not show whether they are a language (a heading's font,
 * a symbol font): a font of signatures alone (names, honours, "His Majesty's Inspector of ...",
 * 107-144 characters in the 2024 letters) reads 9-14% in words of the table, 4% in lower-case ones.
 */
export const MIN_CHARS = 250;
/**
 * Below this share of its characters in words of the table, a font's text is no language: the
 * geometric middle of the gap between the garbled fonts' highest, 7.24% (of every shift of every
 * font of 250+ characters in the real letters and reports), and the real fonts' lowest, 28.6%
 * (Sefton's bold), 14.4%, rounded down: 1.9 and 2.0 times from either side.
 */
export const MIN_KNOWN_SHARE = 0.14;

/** A run of text with a letter in it, or a character that stands for no letter, as a word to judge (a lone bullet glyph aside). */
const JUDGED = /[\p{L}\p{Co}\p{Cc}\uFFFD]/u;
const LONE_SYMBOL = /^[\p{Co}\p{So}]$/u;
// Most words are printable ASCII, where the Unicode classes above come to this: a letter is A-Z or
// a-z, no character is a lone symbol (So, Co), and every character but a letter or digit is
// punctuation or a symbol (P, S). Testing ASCII so skips the Unicode regular expressions, which cost
// more cold than the rest of the check (about 20 ms for a letter's 2,000 words).
const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;
const ASCII_LETTER = /[A-Za-z]/;
const ASCII_EDGES = /^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g;
/** A word that may tell a language: of two letters or more, in lower case or with a capital first only. */
const LANGUAGE_WORD = /^(?:[a-z]{2,}|[A-Z][a-z]+)$/;

/**
 * A character no English word holds, glued to a Latin letter: a symbol, or a letter of another
 * script ("children¶s", "μfront door¶" for "‘front door’"). What a font too short to judge by its
 * words (MIN_CHARS) shows when it maps its glyphs to the wrong characters: a Word letter's second
 * font, set for the quotes alone. Measured on the 19 real PDFs here: none in any reading; with their
 * ToUnicode maps taken out, 17-112 in the findings of each of the 12 whose quotes read wrong.
 */
const FOREIGN = String.raw`[^\p{Script=Latin}\p{N}\s\p{Pd}\p{Pi}\p{Pf}\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e£€…•·]`;
const GLUED_FOREIGN = new RegExp(String.raw`\p{Script=Latin}${FOREIGN}|${FOREIGN}\p{Script=Latin}`, 'u');
/** A character outside ASCII and the typographic punctuation letters use: only lines holding one are looked at closely (most hold none). */
const UNCOMMON = /[^\x00-\x7f‘’“”–—…•£€·]/;
/** Fewer characters so misread than this may be the text's own (a unit, a name): no warning. */
export const MIN_MISREAD = 3;

/** The words of a PDF's lines, tallied under the font most of each line is set in (a line set glyph by glyph still reads as words). */
export class WordsByFont {
  private readonly fonts = new Map<string, FontWords>();
  /** Words holding a character glued to letters that no English word holds, and the pages they are on. */
  private readonly misread = { words: [] as string[], pages: new Set<number>() };

  /**
   * One page's lines: their texts, and the characters each font set of them (null for a blank
   * line), with a line of several fonts as runs of one font each. A line in one font is tallied
   * whole; a line of several, run by run, each under its own font: a font that maps its glyphs to
   * no letters may set runs inside lines of a readable one (a producer's second font for the
   * characters its first lacks: quotes, dashes, and the words next to them), and tallied under
   * the line's main font it would pass unseen.
   */
  add(page: number, texts: string[], fonts: Array<{ fonts: Map<string, number>; runs?: Array<{ font: string; text: string }> } | null>): void {
    texts.forEach((text, i) => {
      const setting = fonts[i];
      if (!setting) return;
      if (UNCOMMON.test(text) && GLUED_FOREIGN.test(text)) {
        for (const word of text.split(/\s+/)) {
          if (!GLUED_FOREIGN.test(word)) continue;
          this.misread.words.push(word);
          this.misread.pages.add(page);
        }
      }
      if (setting.runs !== undefined) {
        for (const run of setting.runs) this.tally(page, run.text, run.font);
        return;
      }
      let font = '';
      let most = 0;
      for (const [name, chars] of setting.fonts) if (chars > most) [font, most] = [name, chars];
      this.tally(page, text, font);
    });
  }

  /** A text's words, tallied under a font. */
  private tally(page: number, text: string, font: string): void {
    const tally = this.fonts.get(font) ?? { chars: 0, words: [], wordChars: [], pages: new Set<number>(), counted: 0, known: 0 };
    for (const token of text.split(/\s+/)) {
      let word: string;
      if (PRINTABLE_ASCII.test(token)) {
        if (!ASCII_LETTER.test(token)) continue;
        word = token.replace(ASCII_EDGES, '');
      } else {
        if (!JUDGED.test(token) || LONE_SYMBOL.test(token)) continue;
        word = token.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');
      }
      tally.chars += token.length;
      if (LANGUAGE_WORD.test(word)) {
        tally.words.push(word);
        tally.wordChars.push(token.length);
      }
      tally.pages.add(page);
    }
    this.fonts.set(font, tally);
  }

  /** The characters in fonts that read as no language, of all those in words, and the pages those fonts are on. */
  private unreadable(): { chars: number; of: number; pages: number[] } {
    let chars = 0;
    let of = 0;
    const pages = new Set<number>();
    for (const tally of this.fonts.values()) {
      of += tally.chars;
      if (tally.chars < MIN_CHARS || judgeAsLanguage(tally)) continue;
      chars += tally.chars;
      for (const page of tally.pages) pages.add(page);
    }
    return { chars, of, pages: [...pages].sort((a, b) => a - b) };
  }

  /** Throws when most of the text read so far is in fonts that read as no language. */
  refuseUnreadable(file: string): void {
    const { chars, of } = this.unreadable();
    if (chars * 2 <= of) return;
    throw new JtaiError('garbled-text', `${percent(chars, of)} of its text reads as no language, as private-use characters or the wrong letters`, file);
  }

  /**
   * A warning where some of the text, not most, is in fonts that read as no language; else where
   * words hold characters no English word does (a short font's wrong characters, its quotes).
   */
  warning(): string | null {
    const { chars, of, pages } = this.unreadable();
    if (chars === 0) return this.misreadWarning();
    return `${percent(chars, of)} of its text, on ${pages.length === 1 ? 'page' : 'pages'} ${pages.join(', ')}, reads as no language: its font maps glyphs to no letters, so what it says is garbled in the findings; export the PDF again, or run OCR on it (e.g. ocrmypdf --force-ocr)`;
  }

  private misreadWarning(): string | null {
    const { words, pages } = this.misread;
    if (words.length < MIN_MISREAD) return null;
    const sorted = [...pages].sort((a, b) => a - b);
    return `${words.length} words, on ${sorted.length === 1 ? 'page' : 'pages'} ${sorted.join(', ')}, hold characters no English word does ("${words[0]}"): a font maps some glyphs (quotes, dashes) to the wrong characters, so quotes in the findings read wrong, and a finding may run into the next; export the PDF again, or run OCR on it (e.g. ocrmypdf --force-ocr)`;
  }
}

/**
 * Whether at least MIN_KNOWN_SHARE of a font's characters are in words of the table (not nouns
 * alone). Counting stops once the share is reached: the characters counted can only grow, so the
 * answer is the one the whole count gives; and goes on from there when the font is judged again
 * (the tally keeps how far it has counted: this advances it).
 */
function judgeAsLanguage(tally: FontWords): boolean {
  for (; tally.counted < tally.words.length; tally.counted++) {
    if (tally.known / tally.chars >= MIN_KNOWN_SHARE) return true;
    const i = tally.counted;
    if (wordClassOf(tally.words[i]!.toLowerCase()) !== 'NN') tally.known += tally.wordChars[i]!;
  }
  return tally.known / tally.chars >= MIN_KNOWN_SHARE;
}

/** A share as a whole percentage, never 0% or 100% where it is neither. */
function percent(part: number, whole: number): string {
  return part === whole ? '100%' : `${Math.min(99, Math.max(1, Math.round((100 * part) / whole)))}%`;
}
