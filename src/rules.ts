import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { JtaiError } from './errors.js';
import { defaultRulesDir } from './rules-dir.js';
import { loadLayoutRules, type LayoutRules } from './segment/layout-rules.js';
import { compileRules, type Tagger } from './tag/match.js';
import { loadTagRules, type RuleProblem, type TagRule } from './tag/rules.js';

// All the rules a run uses: the letter's layout (sections.yaml, letter.yaml) and the tag rules
// (every other YAML file), from the package's rules/ and the user's folders.

export interface Rules {
  layout: LayoutRules;
  tags: TagRule[];
  tagger: Tagger;
  /** Changes when any rule file read changes, and only then. */
  hash: string;
}

export interface RuleSources {
  /** The user's folders, in order; a later rule with the same id replaces an earlier one. */
  dirs?: string[];
  /** Include the rules shipped with jtai (default true). */
  defaults?: boolean;
}

export function formatProblems(problems: RuleProblem[]): string {
  return problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`).join('\n');
}

/** Loads and checks the rules; throws one JtaiError listing every problem if any is found. */
export function loadRules(sources: RuleSources = {}): Rules {
  const folders = [...(sources.defaults === false ? [] : [defaultRulesDir]), ...(sources.dirs ?? [])];
  if (folders.length === 0) throw new JtaiError('usage', '--no-default-rules needs --rules DIR');
  // The layout rules come whole from the last folder that has them.
  const layoutDir = [...folders].reverse().find((dir) => existsSync(join(dir, 'sections.yaml'))) ?? defaultRulesDir;
  const layout = loadLayoutRules(layoutDir);
  const tagSet = loadTagRules(folders);
  if (tagSet.problems.length > 0) {
    throw new JtaiError('invalid-rules', `${tagSet.problems.length} problem(s) in the rules:\n${formatProblems(tagSet.problems)}`);
  }
  const hash = createHash('sha256').update(layout.sourceText).update(tagSet.sourceText).digest('hex').slice(0, 16);
  return { layout, tags: tagSet.rules, tagger: compileRules(tagSet.rules), hash };
}

let defaults: Rules | null = null;
export function defaultRules(): Rules {
  defaults ??= loadRules();
  return defaults;
}
