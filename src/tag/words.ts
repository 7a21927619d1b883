import { porter } from '../natural-parts.js';

// How the tagger cuts text into words and stems them. The compiled rules (src/rules.ts) keep the
// stems of the rules' phrases made here, so this module is one of the loader's modules: a compiled
// form made by other code here is stale.

/**
 * The characters of the words natural's WordTokenizer finds (it splits on /[^A-Za-zА-Яа-я0-9_]+/),
 * tested by their codes: a regular expression's match objects cost more than the words.
 */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || (code >= 0x410 && code <= 0x44f);
}

/** The places of a text's words, flat: [start, end, start, end, ...]. */
export function wordPlaces(text: string): number[] {
  const places: number[] = [];
  for (let at = 0; at < text.length; at++) {
    if (!isWordCode(text.charCodeAt(at))) continue;
    const start = at;
    while (at + 1 < text.length && isWordCode(text.charCodeAt(at + 1))) at++;
    places.push(start, at + 1);
  }
  return places;
}

// Letters use a small vocabulary, so each word is stemmed once per process. The words of the
// package's rules come stemmed from the build (the compiled rules, rules.ts), so that loading
// them runs the stemmer on none.
const stemCache = new Map<string, string>();

/** A lower-case word's Porter stem. */
export function stemOf(lower: string): string {
  let stem = stemCache.get(lower);
  if (stem === undefined) {
    stem = porter.stem(lower);
    stemCache.set(lower, stem);
  }
  return stem;
}

/** Stems the build worked out (the compiled rules' `stems`), taken as stemOf's own. */
export function knowStems(stems: Iterable<[string, string]>): void {
  // A map (the compiled rules', about 1,900 words) by forEach: no iterator's result and entry made for each word.
  if (stems instanceof Map) stems.forEach((stem: string, word: string) => stemCache.set(word, stem));
  else for (const [word, stem] of stems) stemCache.set(word, stem);
}

/** A phrase's words in lower case, as tokenize (match.ts) finds them. */
export function words(phrase: string): string[] {
  const places = wordPlaces(phrase);
  const found: string[] = [];
  for (let i = 0; i < places.length; i += 2) found.push(phrase.slice(places[i], places[i + 1]).toLowerCase());
  return found;
}
