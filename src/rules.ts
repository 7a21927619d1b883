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
  /** Where they were loaded from, so that worker threads load the same. */
  sources: RuleSources;
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
  // Each layout file comes whole from the last folder that has it.
  const lastWith = (name: string) => [...folders].reverse().find((dir) => existsSync(join(dir, name))) ?? defaultRulesDir;
  const layout = loadLayoutRules(join(lastWith('sections.yaml'), 'sections.yaml'), join(lastWith('letter.yaml'), 'letter.yaml'));
  const tagSet = loadTagRules(folders);
  if (tagSet.rules.length === 0 && tagSet.problems.length === 0) {
    tagSet.problems.push({ file: folders.join(', '), line: 0, message: 'no tag rules found (rule files are .yaml files with "kind: agency" or "kind: theme")' });
  }
  if (tagSet.problems.length > 0) {
    throw new JtaiError('invalid-rules', `${tagSet.problems.length} problem(s) in the rules:\n${formatProblems(tagSet.problems)}`);
  }
  const hash = createHash('sha256').update(layout.sourceText).update(tagSet.sourceText).digest('hex').slice(0, 16);
  return { layout, tags: tagSet.rules, tagger: compileRules(tagSet.rules, tagSet.passing), hash, sources: { dirs: sources.dirs ?? [], defaults: sources.defaults !== false } };
}

let defaults: Rules | null = null;
export function defaultRules(): Rules {
  defaults ??= loadRules();
  return defaults;
}
