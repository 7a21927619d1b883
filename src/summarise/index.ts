import type { Finding, ParseResult, SectionKind, Stance, Tag } from '../types.js';

// Many parsed letters to tables: what the inspectors said, grouped by agency, theme, area or
// section, with counts by stance, what recurs with it, and every finding as a citable quote.

export type SummaryBy = 'agency' | 'theme' | 'area' | 'section';
export const STANCES: Stance[] = ['strength', 'improvement', 'priority', 'narrative'];

export type StanceCounts = Record<Stance, number> & { total: number };

export interface Quote {
  area: string | null;
  date: string | null;
  findingId: string;
  section: SectionKind;
  subsection: string | null;
  stance: Stance;
  pages: [number, number];
  text: string;
  /** The tags that put the finding in this group (empty for area and section groups). */
  tags: Tag[];
}

export interface Group {
  key: string;
  /** A person's name for the group, from the rule's label where there is one. */
  label: string;
  counts: StanceCounts;
  /** For agency groups the themes that recur most, for theme groups the agencies; otherwise both. */
  recurring: Array<{ kind: 'agency' | 'theme'; id: string; count: number }>;
  quotes: Quote[];
}

export interface CrossCell {
  agency: string;
  theme: string;
  counts: StanceCounts;
}

export interface Summary {
  schemaVersion: string;
  by: SummaryBy;
  level: number;
  letters: Array<{ area: string | null; date: string | null; layout: string; theme: string | null; file: string; findings: number }>;
  groups: Group[];
  crossTab: { agencies: string[]; themes: string[]; cells: CrossCell[] };
}

function emptyCounts(): StanceCounts {
  return { strength: 0, improvement: 0, priority: 0, narrative: 0, total: 0 };
}

function count(counts: StanceCounts, stance: Stance): void {
  counts[stance]++;
  counts.total++;
}

/** The tag's id at the chosen depth of its path: level 1 rolls "health/gp" up to "health". */
export function atLevel(tag: Tag, level: number): string {
  return tag.path.slice(0, Math.max(1, level)).join('/');
}

function keysOf(tags: Tag[], level: number): Map<string, Tag[]> {
  const keys = new Map<string, Tag[]>();
  for (const tag of tags) {
    const key = atLevel(tag, level);
    keys.set(key, [...(keys.get(key) ?? []), tag]);
  }
  return keys;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The same letter given twice (as PDF and as text, or twice by name) counts once: letters are
 * the same when their area and date are. The PDF is kept, for its page numbers.
 */
export function distinctLetters(results: ParseResult[]): ParseResult[] {
  const chosen = new Map<string, ParseResult>();
  for (const result of results) {
    const key = result.letter.area && result.letter.date ? `${result.letter.area.toLowerCase()}|${result.letter.date}` : result.source.sha256;
    const existing = chosen.get(key);
    if (!existing || (existing.source.format !== 'pdf' && result.source.format === 'pdf')) chosen.set(key, result);
  }
  return [...chosen.values()].sort(
    (a, b) => byText(a.letter.area ?? '', b.letter.area ?? '') || byText(a.letter.date ?? '', b.letter.date ?? '') || byText(a.source.sha256, b.source.sha256),
  );
}

/** labels: rule ids to the names people use ("children-social-care" is "Children's social care"). */
export function summarise(results: ParseResult[], by: SummaryBy, level = 1, labels: Record<string, string> = {}): Summary {
  const letters = distinctLetters(results);
  const groups = new Map<string, Group>();
  const cells = new Map<string, CrossCell>();
  const groupFor = (key: string) => {
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, label: labels[key.split('/').pop()!] ?? key, counts: emptyCounts(), recurring: [], quotes: [] }));
    return group;
  };
  const recurring = new Map<string, Map<string, number>>();
  const addRecurring = (group: string, kind: 'agency' | 'theme', id: string) => {
    const tally = recurring.get(group) ?? new Map<string, number>();
    recurring.set(group, tally);
    tally.set(`${kind}:${id}`, (tally.get(`${kind}:${id}`) ?? 0) + 1);
  };

  for (const result of letters) {
    for (const finding of result.findings) {
      const agencies = keysOf(finding.agencies, level);
      const themes = keysOf(finding.themes, level);
      const memberships: Array<[string, Tag[]]> =
        by === 'agency' ? [...agencies] : by === 'theme' ? [...themes] : by === 'area' ? [[result.letter.area ?? '(unknown area)', []]] : [[finding.section, []]];
      for (const [key, tags] of memberships) {
        const group = groupFor(key);
        count(group.counts, finding.stance);
        group.quotes.push(quote(result, finding, tags));
        if (by !== 'theme') for (const theme of themes.keys()) addRecurring(key, 'theme', theme);
        if (by !== 'agency') for (const agency of agencies.keys()) addRecurring(key, 'agency', agency);
      }
      for (const agency of agencies.keys()) {
        for (const theme of themes.keys()) {
          const cellKey = `${agency}\n${theme}`;
          const cell = cells.get(cellKey) ?? { agency, theme, counts: emptyCounts() };
          cells.set(cellKey, cell);
          count(cell.counts, finding.stance);
        }
      }
    }
  }

  for (const group of groups.values()) {
    group.recurring = [...(recurring.get(group.key) ?? new Map<string, number>())]
      .map(([key, n]) => ({ kind: key.split(':')[0] as 'agency' | 'theme', id: key.slice(key.indexOf(':') + 1), count: n }))
      .sort((a, b) => b.count - a.count || byText(a.kind, b.kind) || byText(a.id, b.id))
      .slice(0, 5);
  }
  const sortedCells = [...cells.values()].sort((a, b) => byText(a.agency, b.agency) || byText(a.theme, b.theme));
  return {
    schemaVersion: '1.0',
    by,
    level,
    letters: letters.map((r) => ({
      area: r.letter.area,
      date: r.letter.date,
      layout: r.letter.layout,
      theme: r.letter.theme,
      file: r.source.file,
      findings: r.findings.length,
    })),
    groups: [...groups.values()].sort((a, b) => b.counts.total - a.counts.total || byText(a.key, b.key)),
    crossTab: {
      agencies: [...new Set(sortedCells.map((c) => c.agency))],
      themes: [...new Set(sortedCells.map((c) => c.theme))].sort(byText),
      cells: sortedCells,
    },
  };
}

function quote(result: ParseResult, finding: Finding, tags: Tag[]): Quote {
  return {
    area: result.letter.area,
    date: result.letter.date,
    findingId: finding.id,
    section: finding.section,
    subsection: finding.subsection,
    stance: finding.stance,
    pages: finding.pages,
    text: finding.text,
    tags,
  };
}
