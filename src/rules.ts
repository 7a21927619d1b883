import { createHash, type Hash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { installedVersion, updateWithFile } from './file-hash.js';
import { JtaiError } from './errors.js';
import { plural } from './render/words.js';
import { defaultRulesDir } from './rules-dir.js';
import { loadLayoutRules, type LayoutRules } from './segment/layout-rules.js';
import { modelFor, modelHash, type LearnedModel } from './tag/learned.js';
import { isAsideCue, plainCues, type PlainCue } from './tag/cues.js';
import { automatonSets, compileRules, patternNeedsOf, patternWordsOf, type KnownFromBuild, type Tagger } from './tag/match.js';
import { readAutomaton, type StringSets } from './tag/pattern-words.js';
import { loadTagRules, ruleFiles, type PassingCue, type RuleProblem, type TagKind, type TagRule } from './tag/rules.js';

// All the rules a run uses: the letter's layout (sections.yaml, letter.yaml) and the tag rules
// (every other YAML file), from the package's rules/ and the user's folders.

export interface Rules {
  layout: LayoutRules;
  tags: TagRule[];
  tagger: Tagger;
  /** The learned theme model that corrects these rules: the shipped one when it was trained on these theme rules, else null. */
  model: LearnedModel | null;
  /** Changes when any rule file read changes, or the learned model that applies to them, and only then. */
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

/**
 * Loads and checks the rules; throws one JtaiError listing every problem if any is found. The
 * package's own rules alone come from their compiled form when it is up to date (compiledDefaults).
 */
export function loadRules(sources: RuleSources = {}): Rules {
  const folders = [...(sources.defaults === false ? [] : [defaultRulesDir]), ...(sources.dirs ?? [])];
  if (folders.length === 0) throw new JtaiError('usage', NO_TAG_RULES);
  for (const dir of sources.dirs ?? []) {
    const problem = rulesFolderProblem(dir);
    if (problem) throw new JtaiError('invalid-rules', problem, dir);
  }
  if (sources.defaults !== false && (sources.dirs ?? []).length === 0) {
    const compiled = compiledDefaults();
    if (compiled) return compiled;
  }
  const { layout, tagSet } = readYamlRules(folders, sources.defaults === false);
  return assemble(layout, tagSet.rules, tagSet.passing, tagSet.dataHash, sources);
}

/** Why a folder given as rules (--rules DIR, rules check DIR) cannot be one, in words that say what to give instead; or null. */
function rulesFolderProblem(dir: string): string | null {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) {
      return RULE_FILE.test(dir)
        ? `a rule file, not a folder of rules (give the folder that holds it: ${dirname(dir)})`
        : 'a file, not a folder of rules, and not YAML (.yaml) (give the folder that holds your rule files)';
    }
    names = readdirSync(dir);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder (check the path)' : `cannot be read (${(error as Error).message}; check the permissions)`;
  }
  return names.some((name) => RULE_FILE.test(name)) ? null : 'no rule files (.yaml) in this folder (give the folder that holds your rule files, each named .yaml)';
}

const RULE_FILE = /\.ya?ml$/;

/**
 * What --no-default-rules (defaults: false) means: no shipped tag rules. The layout files are not
 * tag rules: the shipped ones are read unless a folder given has its own.
 */
const NO_TAG_RULES = '--no-default-rules leaves out the shipped tag rules (agencies.yaml, themes.yaml), so there is nothing to tag with: give a folder of your own tag rules with --rules DIR, or leave out --no-default-rules';

function readYamlRules(folders: string[], withoutDefaults = false) {
  // Each layout file comes whole from the last folder that has it.
  const lastWith = (name: string) => [...folders].reverse().find((dir) => existsSync(join(dir, name))) ?? defaultRulesDir;
  const layout = loadLayoutRules(join(lastWith('sections.yaml'), 'sections.yaml'), join(lastWith('letter.yaml'), 'letter.yaml'));
  const tagSet = loadTagRules(folders);
  if (tagSet.rules.length === 0 && tagSet.problems.length === 0) {
    const why = withoutDefaults ? '; --no-default-rules leaves out the shipped ones, so add your own here, or leave out --no-default-rules to tag with the shipped rules beside your layout files' : '';
    tagSet.problems.push({ file: folders.join(', '), line: 0, message: `no tag rules found (rule files are .yaml files with "kind: agency" or "kind: theme")${why}` });
  }
  if (tagSet.problems.length > 0) {
    throw new JtaiError('invalid-rules', `${plural(tagSet.problems.length, 'problem')} in the rules:\n${formatProblems(tagSet.problems)}`);
  }
  return { layout, tagSet };
}

function assemble(layout: LayoutRules, tags: TagRule[], passing: PassingCue[], tagDataHash: string, sources: RuleSources, known?: KnownFromBuild): Rules {
  const model = modelFor(tags);
  // Of what the files say, not of their text: a comment added to a copy of sections.yaml changes nothing.
  const rulesHash = createHash('sha256').update(layout.dataHash).update('\0').update(tagDataHash);
  // The model changes tags as the rules do, so a retrained model changes the hash too.
  const hash = (model ? rulesHash.update('\0model ').update(modelHash(model)) : rulesHash).digest('hex').slice(0, 16);
  // Compiled when first used: a summary of JSON needs the rules' labels, not the tagger.
  let tagger: Tagger | null = null;
  return {
    layout,
    tags,
    get tagger() {
      return (tagger ??= compileRules(tags, passing, known));
    },
    model,
    hash,
    sources: { dirs: sources.dirs ?? [], defaults: sources.defaults !== false },
  };
}

/** The rules without their learned model (parse's `{ model: false }`), with a hash of their own: their tags differ. */
export function withoutModel(rules: Rules): Rules {
  if (!rules.model) return rules;
  const hash = createHash('sha256').update(rules.hash).update('\0without the learned model').digest('hex').slice(0, 16);
  return { layout: rules.layout, tags: rules.tags, get tagger() { return rules.tagger; }, model: null, hash, sources: rules.sources };
}

let defaults: Rules | null = null;
export function defaultRules(): Rules {
  defaults ??= loadRules();
  return defaults;
}

// The compiled form of the package's rules: what reading and checking rules/*.yaml gives, as
// JSON, written by `npm run build` (src/build/compile-rules.mjs). Reading the YAML was a quarter of
// the time jtai takes for one letter. It holds the hash of the text it was compiled from and of
// the code that reads YAML into rules; when either has changed since (rules edited in place, or
// code changed without a build), it is stale, and the YAML is read as before.

/** Where the build writes it: dist/, beside the code that reads it. */
export const compiledRulesFile = join(defaultRulesDir, '..', 'dist', 'default-rules.json');
/**
 * Where the build writes the rules' examples, beside a compiled form (dist/default-rules-examples.json): read only when
 * a rule's examples are asked for (`jtai rules test`), not by every run (104 KB of the form before, 12bi).
 */
export const examplesFileOf = (file: string): string => `${file.replace(/\.json$/, '')}-examples.json`;

/**
 * Where the build writes the tagger's pattern-word automaton for the compiled rules (dist/default-rules-automaton.bin,
 * tag/pattern-words' StringSets.bytes), under the compiled form's key: read when the tagger is built from that form,
 * not built (8.7-10.3 ms of a process's first tag, 12bp). Rules from YAML (a folder of the user's) build their own.
 */
export const automatonFileOf = (file: string): string => `${file.replace(/\.json$/, '')}-automaton.bin`;

/**
 * What the compiled form's fields hold, and how: a form written by code that kept them otherwise (an older build,
 * whose key also differs as this module's text does) is stale, whatever its key. 2: the pattern words by rule; 3: each
 * rule's examples an empty object, the examples in a file of their own (examplesFileOf; 12bi); 4: each rule's further
 * pattern needs (patternNeeds; 12bl).
 */
const COMPILED_FORMAT = 4;

interface CompiledRules {
  key: string;
  /** COMPILED_FORMAT when written. */
  format: number;
  layout: LayoutRules;
  /** The tag rules, each one's `examples` an empty object as written (their place kept), filled by examplesLater. */
  tags: TagRule[];
  /**
   * The passing cues that `cues` does not hold, as read: the aside cue, which the tagger compiles at load (compileAside).
   * Not the others (130 KB of the form, read only to compile them): a tagger takes them from `cues`.
   */
  passing: PassingCue[];
  /** The tag rule files' data hash (TagRuleSet.dataHash), for the rules hash. */
  tagDataHash: string;
  /** The stems of the rules' words (the tagger's `stems`): the Porter stemmer is slow, about 15 microseconds a word. */
  stems: Map<string, string>;
  /** The pattern words of each tag rule's patterns (patternWordsOf), in the order of `tags`: null for a rule without patterns. */
  patternWords: Array<Array<string[] | null> | null>;
  /**
   * The further needs of each tag rule's patterns (patternNeedsOf), in the order of `tags`: null for a rule without
   * patterns, else one list of needs for its whole expression (one pattern) or for each pattern (two or more), each need
   * the strings of which a text the pattern matches holds one.
   */
  patternNeeds: Array<Array<string[][]> | null>;
  /** The stems of the rules' phrases (the tagger's `phraseStems`). */
  phraseStems: Map<string, string[]>;
  /** The passing cues compiled (the tagger's `passing`), as plain data. */
  cues: Record<TagKind, PlainCue[]>;
}

/**
 * `hash`, updated with the bytes of a folder's layout and tag rule files, each tag rule file after its name: any change
 * to them (a comment too), or a file added, removed or renamed, makes the compiled form stale. Their bytes, not their
 * text: decoding the YAML to strings and joining them took about 4 of the check's 6.5 ms of a one-letter run's CPU
 * (helper 12aw, tests/bench-history.md).
 */
function updateWithSources(hash: Hash, dir: string): Hash {
  updateWithFile(hash, join(dir, 'sections.yaml'));
  updateWithFile(hash.update('\n'), join(dir, 'letter.yaml'));
  hash.update('\0');
  for (const file of ruleFiles(dir)) updateWithFile(hash.update(`\n# ${basename(file)}\n`), file);
  return hash;
}

/**
 * The modules whose code turns YAML into rules, or works out what the compiled form keeps of the tagger (the pattern
 * words, read by regex-tokens' tokenizer; the phrases' words and stems, tag/words with natural-parts' stemmer; the
 * passing cues compiled and indexed, tag/cues): a compiled form made by other code is stale.
 */
const LOADER_MODULES = ['rules', 'rule-safety', 'heading-forms', 'segment/layout-rules', 'tag/rules', 'tag/pattern-words', 'regex-tokens', 'long-arrays', 'tag/words', 'natural-parts', 'tag/cues'];
/** The stemmer whose stems the compiled form keeps: a form made by another version of it is stale too. */
const STEMMER = createRequire(import.meta.url).resolve('natural/lib/natural/stemmers/porter_stemmer.js');
/** The package that reads the rule files: another version of it may read them otherwise, so a form made with another is stale. */
const YAML_READER = 'yaml';

function compiledKey(dir: string): string {
  const hash = updateWithSources(createHash('sha256'), dir);
  const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  for (const module of LOADER_MODULES) updateWithFile(hash.update('\0'), new URL(`./${module}${extension}`, import.meta.url));
  updateWithFile(hash.update('\0'), STEMMER);
  // Read each time, not once: an upgrade in place (npm update) shows at the next load.
  hash.update('\0').update(installedVersion(fileURLToPath(import.meta.url), YAML_READER));
  return hash.digest('hex');
}

// What JSON does not keep as it is: regular expressions, sets and maps are written as tagged
// objects, and the paths of rule files relative to the rules folder (the package may be installed
// anywhere). Anything else that is not plain data stops the build (see writeCompiledRules).
const IN_RULES_DIR = '<rules>/';

function toJson(dir: string) {
  return function (this: unknown, key: string, value: unknown): unknown {
    if (value instanceof RegExp) return { $regexp: value.source, flags: value.flags };
    if (value instanceof Set) return { $set: [...value] };
    if (value instanceof Map) return { $map: [...value] };
    if (typeof value === 'string' && value.startsWith(dir)) return IN_RULES_DIR + value.slice(dir.length).replace(/^[\\/]+/, '');
    const prototype = typeof value === 'object' && value !== null ? Object.getPrototypeOf(value) : null;
    if (prototype !== null && prototype !== Object.prototype && prototype !== Array.prototype) throw new Error(`the rules hold a ${prototype.constructor?.name} at "${key}", which the compiled form cannot keep`);
    return value;
  };
}

/** A value as JSON.parse gives it, turned back into what toJson wrote it from (itself if it is plain data). */
function revived(value: unknown, dir: string): unknown {
  if (typeof value === 'string' && value.startsWith(IN_RULES_DIR)) return join(dir, value.slice(IN_RULES_DIR.length));
  const tagged = value as { $regexp?: string; flags?: string; $set?: unknown[]; $map?: Array<[unknown, unknown]> } | null;
  if (typeof tagged?.$regexp === 'string') return new RegExp(tagged.$regexp, tagged.flags);
  if (Array.isArray(tagged?.$set)) return new Set(tagged.$set);
  if (Array.isArray(tagged?.$map)) return new Map(tagged.$map);
  return value;
}

/** Where a value stands in the compiled form's JSON: the keys and indexes from its top. */
type JsonPath = Array<string | number>;

/**
 * The places in `value` (plain JSON) of every value that revived turns back, inner ones before the
 * one holding them (a map's regular expressions before the map). The compiled form lists them, so
 * that loading it revives those (about 130) and not every value JSON.parse gives (12,700): a
 * reviver called on each took 5-6 ms of a one-letter run's CPU, against 1.5 for the parse alone.
 */
function revivedPaths(value: unknown, dir: string, path: JsonPath = [], found: JsonPath[] = []): JsonPath[] {
  if (Array.isArray(value)) value.forEach((item, index) => revivedPaths(item, dir, [...path, index], found));
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) revivedPaths(item, dir, [...path, key], found);
  if (path.length > 0 && revived(value, dir) !== value) found.push(path);
  return found;
}

/** The compiled form as written: the rules, and where its values to revive stand (revivedPaths). */
type CompiledFile = Omit<CompiledRules, 'stems' | 'phraseStems' | 'cues'> & { stems: unknown; phraseStems: unknown; cues: unknown; revive: JsonPath[] };

function fromJson(text: string, dir: string): CompiledRules {
  const { revive, ...data } = JSON.parse(text) as CompiledFile;
  for (const path of revive) {
    let holder = data as unknown as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) holder = holder[key] as Record<string | number, unknown>;
    const last = path.at(-1)!;
    holder[last] = revived(holder[last], dir);
  }
  return data as unknown as CompiledRules;
}

/** Whether every value is an array of strings. */
const stringLists = (values: unknown[]): boolean => values.every((value) => Array.isArray(value) && value.every((item) => typeof item === 'string'));

/**
 * Whether the fields a tagger takes from the compiled form have the shape the build gives them: the passing cues kept
 * compiled (a form without them would compile none of the agency or theme cues, the form keeping only the aside cue as
 * read, and tag otherwise with no error), and each rule's pattern words (null for a rule without patterns; else its
 * whole expression's, then each pattern's when it has two or more, each null or words; and its further needs, one list
 * for each expression the scan searches, each need a list of one or more strings). The tagger is compiled when
 * first asked for, after compiledDefaults has returned: a field of the wrong shape would throw there, at the first tag,
 * not give way to the YAML.
 */
function wellFormed(data: CompiledRules): boolean {
  const cues = data.cues as Partial<CompiledRules['cues']> | null | undefined;
  const cuesKept = (list: unknown) => Array.isArray(list) && list.every((cue) => typeof cue === 'object' && cue !== null);
  if (!cues || !cuesKept(cues.agency) || !cuesKept(cues.theme) || !Array.isArray(data.passing)) return false;
  if (!Array.isArray(data.tags) || !Array.isArray(data.patternWords) || data.patternWords.length !== data.tags.length) return false;
  if (!Array.isArray(data.patternNeeds) || data.patternNeeds.length !== data.tags.length) return false;
  // A need of no string, or of an empty one, would be held by no text (every match of its pattern lost) or by every one.
  const needsKept = (list: unknown) => Array.isArray(list) && stringLists(list) && list.every((need: string[]) => need.length > 0 && need.every((string) => string.length > 0));
  return data.tags.every((rule, i) => {
    const words = data.patternWords[i];
    const needs = data.patternNeeds[i];
    if (rule.patterns.length === 0) return words === null && needs === null;
    const searched = rule.patterns.length >= 2 ? rule.patterns.length : 1;
    if (!Array.isArray(needs) || needs.length !== searched || !needs.every(needsKept)) return false;
    return Array.isArray(words) && words.length === 1 + (rule.patterns.length >= 2 ? rule.patterns.length : 0) && stringLists(words.filter((entry) => entry !== null));
  });
}

/**
 * The package's rules (or another folder's, for tests) from their compiled form: null when there
 * is none, or it is stale, or unreadable.
 */
export function compiledDefaults(file = compiledRulesFile, dir = defaultRulesDir): Rules | null {
  try {
    const data = fromJson(readFileSync(file, 'utf8'), dir);
    if (data.format !== COMPILED_FORMAT || data.key !== compiledKey(dir) || !wellFormed(data)) return null;
    const patternWords = new Map<TagRule, Array<string[] | null>>();
    const patternNeeds = new Map<TagRule, string[][][]>();
    data.tags.forEach((rule, i) => {
      const words = data.patternWords[i];
      if (words) patternWords.set(rule, words);
      const needs = data.patternNeeds[i];
      if (needs) patternNeeds.set(rule, needs);
    });
    examplesLater(data.tags, examplesFileOf(file), data.key, dir);
    const automaton = (sets: Array<string[] | null>, reported: number) => keptAutomaton(automatonFileOf(file), data.key, sets, reported);
    return assemble(data.layout, data.tags, data.passing, data.tagDataHash, {}, { stems: data.stems, patternWords, patternNeeds, phraseStems: data.phraseStems, cues: data.cues, automaton });
  } catch {
    return null;
  }
}

/**
 * Reads and checks a folder's rules (the package's, at `npm run build`) and writes their compiled
 * form to `file`; then reads it back, and stops if it does not give the same rules as the YAML.
 */
export function writeCompiledRules(file = compiledRulesFile, dir = defaultRulesDir): void {
  const key = compiledKey(dir);
  const { layout, tagSet } = readYamlRules([dir]);
  const tagger = compileRules(tagSet.rules, tagSet.passing);
  const patternWords = patternWordsOf(tagger);
  const patternNeeds = patternNeedsOf(tagger);
  const data: CompiledRules = {
    key,
    format: COMPILED_FORMAT,
    layout,
    // Each rule's examples in the file of their own, an empty object in their place.
    tags: tagSet.rules.map((rule) => ({ ...rule, examples: {} as TagRule['examples'] })),
    passing: tagSet.passing.filter(isAsideCue),
    tagDataHash: tagSet.dataHash,
    stems: tagger.stems,
    patternWords: tagSet.rules.map((rule) => patternWords.get(rule) ?? null),
    patternNeeds: tagSet.rules.map((rule) => patternNeeds.get(rule) ?? null),
    phraseStems: tagger.phraseStems,
    cues: plainCues(tagger.passing),
  };
  const temporary = `${file}.${process.pid}.tmp`;
  // Whatever stops the write (the read-back check, a full disk), neither temporary file stays in dist/, which is packed whole.
  try {
    const plain = JSON.parse(JSON.stringify(data, toJson(dir))) as Record<string, unknown>;
    writeFileSync(temporary, `${JSON.stringify({ ...plain, revive: revivedPaths(plain, dir) })}\n`);
    const examples: KeptExamples = { key, examples: tagSet.rules.map((rule) => rule.examples) };
    writeFileSync(examplesFileOf(temporary), `${JSON.stringify(examples)}\n`);
    writeFileSync(automatonFileOf(temporary), tagger.alternativeSets.bytes({ key }));
    // The automaton read back, not built again: deep-equal below compares the tagger built with it to one built from the YAML.
    const { sets, reported } = automatonSets(tagger);
    if (!keptAutomaton(automatonFileOf(temporary), key, sets, reported)) throw new Error('the pattern-word automaton written does not read back');
    // Deep-equal reads every rule's examples too, from the file beside the form, and compiles both taggers.
    const back = compiledDefaults(temporary, dir);
    const fromYaml = assemble(layout, tagSet.rules, tagSet.passing, tagSet.dataHash, {});
    if (!back || !isDeepStrictEqual(back, fromYaml)) throw new Error(`the compiled rules read back differ from the rules read from ${dir}`);
    renameSync(examplesFileOf(temporary), examplesFileOf(file));
    renameSync(automatonFileOf(temporary), automatonFileOf(file));
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
    rmSync(examplesFileOf(temporary), { force: true });
    rmSync(automatonFileOf(temporary), { force: true });
  }
}

/** The automaton the build wrote to `file` for the compiled form of `key`, if it was built for `sets` (readAutomaton), else null. */
function keptAutomaton(file: string, key: string, sets: Array<string[] | null>, reported: number): StringSets | null {
  try {
    return readAutomaton(readFileSync(file), sets, reported, { key });
  } catch {
    return null;
  }
}

/** The examples file's content: each tag rule's examples in the order of the compiled form's rules, under its key. */
interface KeptExamples {
  key: string;
  examples: Array<TagRule['examples']>;
}

/**
 * Fills each compiled rule's `examples` (the empty object the form keeps in its place) with `match` and `nomatch` read
 * when first asked for, all rules' at once: from the examples file when it was written with this form (the same key,
 * one entry a rule), else from the rule files in `dir` (a file missing or from another build). The rule objects keep
 * their shape; a run that never asks (every parse) never reads the file.
 */
function examplesLater(tags: TagRule[], file: string, key: string, dir: string): void {
  let all: Array<TagRule['examples']> | null = null;
  const load = (): Array<TagRule['examples']> => (all ??= keptExamples(file, key, tags.length) ?? yamlExamples(tags, dir));
  tags.forEach((rule, i) => {
    for (const part of ['match', 'nomatch'] as const) {
      Object.defineProperty(rule.examples, part, {
        get: () => load()[i]![part],
        set: (value: string[]) => (load()[i]![part] = value),
        enumerable: true,
        configurable: true,
      });
    }
  });
}

function keptExamples(file: string, key: string, count: number): Array<TagRule['examples']> | null {
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as Partial<KeptExamples>;
    // Each entry checked too: one of another shape would throw where a rule's examples are read (`jtai rules test`).
    const entries = kept.key === key && Array.isArray(kept.examples) && kept.examples.length === count ? kept.examples : null;
    return entries?.every((entry) => typeof entry === 'object' && entry !== null && stringLists([entry.match, entry.nomatch])) ? entries : null;
  } catch {
    return null;
  }
}

/** The examples of the rules of `dir` as read from their files, by kind and id; none for a rule they no longer have. */
function yamlExamples(tags: TagRule[], dir: string): Array<TagRule['examples']> {
  const byRule = new Map(loadTagRules([dir]).rules.map((rule) => [`${rule.kind}:${rule.id}`, rule.examples]));
  return tags.map((rule) => byRule.get(`${rule.kind}:${rule.id}`) ?? { match: [], nomatch: [] });
}
