// Notes printed in a section that are never findings. Two stages read them: segmentation, where
// such a line is its section's note, and extraction, where one set small at a page's foot (a
// study's "All names are pseudonyms.") is the study's, not the page's footer.

/** A pseudonym note: "All names are pseudonyms.", "*Pseudonym used", "Names have been changed". */
export function isPseudonymNote(text: string): boolean {
  return text.length < 120 && /^\*?\s*(?:all (?:the )?)?(?:names?|pseudonyms?)\b.*\b(?:pseudonyms?|changed|used|anonymised)\b/i.test(text);
}
