/**
 * `text` with each run of white space made one space, as `text.replace(/\s+/g, ' ')` gives it, but
 * the same string where there is nothing to change: the replace builds a copy even then (each single
 * space is a match), and most of what it is given (headings, findings) is single-spaced already.
 */
export function singleSpaced(text: string): string {
  return /[^\S ]|\s\s/.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/**
 * How many of `text`'s UTF-16 code units are not white space: `text.replace(/\s/g, '').length`
 * without building the copy (page assembly counts every text item's characters by font; the
 * "nothing lost" accounting counts whole pages).
 */
export function nonSpaceLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) count++;
  return count;
}

/** Whether a UTF-16 code unit is what `\s` matches (ECMAScript's WhiteSpace, Unicode's Zs among it, and LineTerminator), tested by code: a regular expression per character is slow on megabyte paragraphs. */
export function isSpace(code: number): boolean {
  return (code >= 9 && code <= 13) || code === 32 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
