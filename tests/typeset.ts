import type { PDFFont } from 'pdf-lib';

// Shared by the tests that set real letters' text anew with pdf-lib.

/** Words to lines no wider than `width`; never a break after a word ending in a hyphen (it would read as a split word). */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && font.widthOfTextAtSize(candidate, size) > width && !line.endsWith('-')) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Text the font cannot set (outside its encoding, WinAnsi for the standard fonts) as '?'. */
export function settable(font: PDFFont, size: number): (text: string) => string {
  return (text) => [...text].map((ch) => {
    try {
      font.widthOfTextAtSize(ch, size);
      return ch;
    } catch {
      return '?';
    }
  }).join('');
}
