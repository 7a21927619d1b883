import type { Layout, ParseResult, SectionKind, Stance } from '../types.js';
import { applyFilters, type Filters } from './filter.js';
import { atLevel, distinctLetters, instructionsOf, isRules, summarise, type Summary } from './index.js';
import type { Rules } from '../rules.js';

// What the HTML report shows, as plain data: the letters, every finding with its top-level agency
// and theme ids (so the page can count any cross-section itself), and the summary by agency whose
// cross-tab the heat map must match cell for cell.

export interface ReportLetter {
  area: string | null;
  date: string | null;
  layout: Layout;
  /** The deep-dive theme id. */
  theme: string | null;
  file: string;
  pages: number;
}

export interface ReportFinding {
  /** Index into letters. */
  letter: number;
  id: string;
  stance: Stance;
  section: SectionKind;
  subsection: string | null;
  pages: [number, number];
  text: string;
  agencies: string[];
  themes: string[];
}

export interface ReportData {
  letters: ReportLetter[];
  findings: ReportFinding[];
  summary: Summary;
  labels: Record<string, string>;
}

/** labels: the rules in use (their instruction sections are left out, as summarise leaves them), or ids to names. */
export function reportData(results: ParseResult[], labels: Record<string, string> | Rules, filters: Filters = {}): ReportData {
  const letters = applyFilters(distinctLetters(results, isRules(labels) ? labels.hash : undefined), filters, instructionsOf(labels));
  // From all the letters given, so that the summary can say what the filters left out.
  const summary = summarise(results, 'agency', 1, labels, filters);
  const ids = (tags: ParseResult['findings'][number]['agencies']) => [...new Set(tags.map((tag) => atLevel(tag, 1)))].sort();
  return {
    letters: letters.map((r) => ({ area: r.letter.area, date: r.letter.date, layout: r.letter.layout, theme: r.letter.theme, file: r.source.file, pages: r.source.pages })),
    findings: letters.flatMap((r, letter) =>
      r.findings.map((f) => ({
        letter, id: f.id, stance: f.stance, section: f.section, subsection: f.subsection, pages: f.pages, text: f.text, agencies: ids(f.agencies), themes: ids(f.themes),
      })),
    ),
    summary,
    labels: summary.labels,
  };
}
