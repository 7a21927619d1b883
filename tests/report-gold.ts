import { readdirSync, readFileSync } from 'node:fs';
import { extract, readSource } from '../src/extract/index.js';
import type { Rules } from '../src/rules.js';
import { themesOf } from '../src/tag/learned.js';
import { letterContext, tagText, tokenize } from '../src/tag/match.js';
import { count, merge, type Counts, type GoldFinding, type Kind } from './gold.js';
import { fixture } from './helpers.js';

// Scoring the tags against a gold set the rules were not written from (fixtures/gold/reports/):
// paragraphs of Ofsted's inspections of three local authorities' children's services, labelled by
// the codebook by two blind readers and adjudicated (its README). Not JTAI letters, but the same
// publisher's evaluative prose about the same work, so a fair test of how the rules carry to words
// they have not met. Each paragraph is tagged as a finding of that report would be: with the whole
// report's text as its context (the acronyms it defines) and the learned layer, as `jtai parse` does.

/** dev: its errors may be read while changing the rules. held-out: scored pooled, never listed. */
export type Use = 'dev' | 'held-out';

export interface ReportGold {
  report: string;
  use: Use;
  /** 3 for the third round (read after the rules of 1 December 2026's evening, scored on its own), 4 for the fourth (read at the start of 2 December 2026's night session, sealed until its end); 5 for the fifth (children in care and care leavers, read at the start of 2 December 2026's morning session, sealed until its end); 6 for the sixth (children looked after, adoption and care leavers of the two older reports, read at the start of 2 December 2026's late-morning session, sealed until its end); none for the first two. */
  round?: 3 | 4 | 5 | 6;
  paragraphs: Array<GoldFinding & { id: string; paragraph: number }>;
}

export function reportGolds(): ReportGold[] {
  return readdirSync(fixture('gold/reports'))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(fixture(`gold/reports/${name}`), 'utf8')) as ReportGold);
}

/** Predicted top-level ids for each paragraph of a report's gold, in its order. */
export async function predictReport(gold: ReportGold, rules: Rules): Promise<Array<Record<Kind, Set<string>>>> {
  const { text } = await extract(await readSource(fixture(`not-letters/${gold.report}.pdf`)));
  const context = letterContext(rules.tagger, text.text, null);
  return gold.paragraphs.map((paragraph) => {
    const tokens = tokenize(paragraph.text);
    const tags = tagText(rules.tagger, paragraph.text, context, tokens);
    const themes = themesOf(rules.model, rules.tagger, paragraph.text, tokens, context, tags.themes);
    return { agencies: new Set(tags.agencies.map((t) => t.path[0]!)), themes: new Set(themes.map((t) => t.path[0]!)) };
  });
}

export const WITHOUT: Record<Kind, string[]> = { agencies: ['multi-agency'], themes: [] };

/** Counts per use (dev, held-out), pooled over that use's reports. */
export async function scoreReports(rules: Rules, kind: Kind, golds = reportGolds().filter((gold) => gold.round === undefined)): Promise<Record<Use, Counts>> {
  const byUse: Record<Use, Counts[]> = { dev: [], 'held-out': [] };
  for (const gold of golds) {
    byUse[gold.use].push(count(gold.paragraphs, await predictReport(gold, rules), kind, { without: WITHOUT[kind] }));
  }
  return { dev: merge(...byUse.dev), 'held-out': merge(...byUse['held-out']) };
}
