/**
 * `text` with each run of white space made one space, as `text.replace(/\s+/g, ' ')` gives it, but
 * the same string where there is nothing to change: the replace builds a copy even then (each single
 * space is a match), and most of what it is given (headings, findings) is single-spaced already.
 */
export function singleSpaced(text: string): string {
  return /[^\S ]|\s\s/.test(text) ? text.replace(/\s+/g, ' ') : text;
}
