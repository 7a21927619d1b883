// The data that flows between the pipeline's stages. No logic here.
// Positions: 0-based, end-exclusive character offsets into LetterText.text.

export type Span = [start: number, end: number];
export type PageRange = [from: number, to: number];

export type SourceFormat = 'pdf' | 'text';

/** Bytes read from one input, before extraction. */
export interface Source {
  /** The path as given, or "-" for standard input. */
  file: string;
  bytes: Uint8Array;
}

/** What extraction makes of a source: the text of each page, as the extractor gave it. */
export interface ExtractedPages {
  format: SourceFormat;
  pages: string[];
  /** Footnotes the extractor found by their size and place (PDFs), already out of the pages' text. */
  footnotes?: ExtractedFootnote[];
  /** Footers the extractor found by their size and place (PDFs: small type under the body, no footnote marker), already out of the pages' text. */
  footers?: Array<{ page: number; text: string }>;
  /** Text the extractor found set at another angle than its page's (PDFs: a watermark, a pack's name up the edge), a line each, already out of the pages' text. */
  stamps?: Array<{ page: number; text: string }>;
  /** For PDFs: where each line of each page stands and how it is set (null for a blank line). */
  layout?: Array<Array<LineLayout | null>>;
  /** What the reader should know about how the text was read (some of it in fonts that read as no language). */
  warnings?: string[];
}

/** Where a line stands on its page and how it is set, for the segmenter's judgements. */
export interface LineLayout {
  /** Left edge, in points from the page's left. */
  x: number;
  /** Right edge of the line's text, in points from the page's left. */
  end: number;
  /** Where the line's words start (after a bullet glyph, its text indent). */
  textX: number;
  /** Drawn out of order and put back in place: a box (case study) drawn after the page. */
  boxed: boolean;
  /** In a row of a table (ruled or not): each row is read as one paragraph, whatever its case and punctuation. */
  tableRow: boolean;
  /** A table row's right cell drawn at the foot of the page before, read here after its left cell's lines that go on over the break. */
  carriedOn?: boolean;
  /** Set apart from the page's body text: heavier (bold) or larger. */
  emphasis: boolean;
  /** Set in a heavier face than the letter's body text (bold). */
  heavier: boolean;
  /** Set larger than the page's body text and the letter's. */
  larger: boolean;
  /** The size most of the line's text is set in, in points. */
  size: number;
  /** The left edge of the page's body text (its most common line start). */
  margin: number;
  /** The right edge of the page's text (where its longest line ends): a line that wraps ends near it. */
  right: number;
  /** Baseline, in points from the page's foot: how far down the page the line stands. */
  y: number;
  /** The page's usual step from one baseline to the next (its line spacing). */
  lineStep: number;
  /** Baseline of the top line of the page's footnotes (null on a page without them): where its body's room ends. */
  notesTop: number | null;
}

/** A footnote: its marker ("1", "*"), its text without the marker, and its page. */
export interface Footnote {
  marker: string;
  text: string;
  page: number;
}

export interface ExtractedFootnote extends Footnote {
  /** The note as printed, marker and all. */
  printed: string;
}

/** Something removed from the text because it is not part of the letter (and why). */
export interface Removal {
  /**
   * `note`: a section's note set small at a page's foot ("All names are pseudonyms."), kept in that
   * section's `notes`. `contents`: a line of a table of contents before the first section (its
   * text stays in the cleaned text, where spans point, claimed by no section). `stamp`: text set
   * across or along a page at another angle than its text (a watermark, a board pack's name up its edge).
   */
  kind: 'page-number' | 'running-header' | 'running-footer' | 'footer' | 'footnote' | 'footnote-marker' | 'note' | 'contents' | 'stamp';
  page: number;
  text: string;
}

/** The cleaned text of a letter, one string, with where each page starts. */
export interface LetterText {
  text: string;
  /** pageStarts[i] is the offset where page i+1 begins. */
  pageStarts: number[];
  removed: Removal[];
  /** For PDFs: the layout of each line of `text` (null for a blank line or where unknown). */
  lineLayout?: Array<LineLayout | null>;
  /**
   * For text: how far in each line of `text` stands, in columns from the page's leftmost line
   * (its leading spaces; null for a blank line). Normalising takes the spaces out of the text.
   */
  lineIndent?: Array<number | null>;
  /**
   * For text: the column, counted as lineIndent is, where each line's second run of characters
   * starts (a bullet's or a label's words, past the spaces normalising collapses); null for a blank
   * line or a line of one run.
   */
  lineSecondRun?: Array<number | null>;
  /**
   * For text: each page's blank lines between its body and the furniture taken away above it (a
   * running header, a page number: pdftotext -layout keeps vertical space as blank lines); null
   * where nothing was taken away there.
   */
  pageTopBlankLines?: Array<number | null>;
  /** Footnotes, with the offset in `text` where each one's marker was taken out (null if not found). */
  footnotes: Array<Footnote & { offset: number | null }>;
  /**
   * Where the marker of a section's note taken out of the text stood (the "*" of "Hannah*" for "*Pseudonym used ..." at
   * the page's foot), as an offset in `text`, with the page the note is printed on: the text carrying it says which
   * section the note closes.
   */
  noteMarkers?: Array<{ page: number; offset: number }>;
  /** For PDFs: the words a soft hyphen broke at a line's end, as "head-tail" in lower case (the text shows a hyphen there). */
  softBreaks?: ReadonlySet<string>;
}

export type Layout = '2016-2020' | '2022+';

export type SectionKind =
  | 'summary'
  | 'key-strengths'
  | 'areas-for-improvement'
  | 'priority-actions'
  | 'case-study-practice'
  | 'case-study-improvement'
  | 'headline-findings'
  | 'what-needs-to-improve'
  | 'strengths'
  | 'main-findings'
  | 'next-steps'
  | 'context'
  | 'partnership'
  | 'other';

export type Stance = 'strength' | 'improvement' | 'priority' | 'narrative';

export interface Recipient {
  name: string;
  role: string | null;
  organisation: string | null;
  text: string;
}

export interface LetterMetadata {
  /** The area's short name ("Haringey"). */
  area: string | null;
  /** The area as the letter names it ("the London Borough of Haringey", "Wokingham Borough Council"). */
  areaFull: string | null;
  date: string | null;
  inspectionStart: string | null;
  inspectionEnd: string | null;
  theme: string | null;
  /** The title as printed, e.g. "Joint targeted area inspection of the multi-agency response to ..." */
  title: string | null;
  inspectorates: string[];
  recipients: Recipient[];
  statementDue: string | null;
  layout: Layout;
}

export interface Section {
  kind: SectionKind;
  /** The heading as printed; empty for the opening, which has none. */
  heading: string;
  /** For case studies: the title after "Case study:" (or the heading itself). */
  title: string | null;
  /** True when the section says there is nothing in it ("There are no areas for priority action"). */
  none: boolean;
  pages: PageRange;
  span: Span;
  subsections: string[];
  /** Notes printed in the section that are not findings ("All names are pseudonyms"). */
  notes?: string[];
}

export interface Tag {
  id: string;
  /** From the top-level id down, e.g. ["health", "gp"]. */
  path: string[];
  /** The rule that fired: "<file>.<id>", e.g. "agencies.gp". */
  rule: string;
  /** The text that matched, as it stands in the finding. */
  match: string;
  /** Where it matched, inside the finding's text (inside its leadIn when `from` is "lead-in"). */
  span: Span;
  /** Set when the match relies on the letter's own words, e.g. an acronym it defines, or the list's lead-in. */
  context?: string;
  /** "lead-in" when the agency is named as the actor in the lead-in of the finding's list, not in the finding: match and span are then in its leadIn. */
  from?: 'lead-in';
}

export interface Finding {
  /** Stable: derived from the letter's content and the finding's place, never from run time. */
  id: string;
  section: SectionKind;
  subsection: string | null;
  stance: Stance;
  /** bullet: a list item (opened by a glyph, a number or a letter); paragraph: prose, or a list item printed without any. */
  form: 'bullet' | 'paragraph';
  /** For nested bullets: the id of the bullet they sit under. */
  parent: string | null;
  /**
   * The sentence that introduces the list this bullet is in ("... need to ensure that:"); for a nested
   * bullet under a bullet that introduces it ("for children who go missing:"), that bullet's lead-in and text, joined.
   */
  leadIn: string | null;
  text: string;
  pages: PageRange;
  span: Span;
  agencies: Tag[];
  themes: Tag[];
  /** Footnotes whose marker stood in this finding's text (absent when none). */
  footnotes?: Footnote[];
}

export interface UnknownHeading {
  text: string;
  page: number;
  span: Span;
  /** The section it was kept inside, as a sub-heading. */
  keptIn: SectionKind;
}

/**
 * Every non-space character of the pages, counted once in what it was read as. `balanced` says
 * the parts add up to `pageChars` with nothing claimed twice and no more `metadata` than a letter's
 * front matter and sign-off hold (MAX_METADATA_CHARS); `unassigned` lists, per page, the
 * characters that nothing claimed.
 */
export interface Accounting {
  pageChars: number;
  findings: number;
  headings: number;
  leadIns: number;
  notes: number;
  metadata: number;
  footnotes: number;
  /** Running headers and footers, a page's footer in small type, page numbers, footnote markers, a table of contents, stamps. */
  furniture: number;
  unassigned: Array<{ page: number; chars: number }>;
  claimedTwice: number;
  balanced: boolean;
}

export interface ParseResult {
  schemaVersion: string;
  tool: { name: string; version: string };
  source: { file: string; sha256: string; format: SourceFormat; pages: number };
  rules: { hash: string };
  letter: LetterMetadata;
  sections: Section[];
  findings: Finding[];
  unknownHeadings: UnknownHeading[];
  removed: Removal[];
  coverage: {
    /** Characters of the body (between the title and the sign-off) in no section. */
    unassignedChars: number;
    bodyChars: number;
  };
  accounting: Accounting;
  /** Things the reader should know about how this input was read (absent when none). */
  warnings?: string[];
  /** The cleaned text that every span points into; included only when asked for. */
  text?: string;
}
