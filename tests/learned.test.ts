import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadRules, defaultRules } from '../src/rules.js';
import { correct, featuresOf, modelFor, modelHash, scoreFinding, scoreLabel, shippedThemeModel, themeModelFile, themeRulesHash, type LearnedModel } from '../src/tag/learned.js';
import { examplesOf, labelFeatures, trainNatural, trainThemeModel, THEME_MODEL_SETTINGS, type Example, type TrainSettings } from '../src/tag/learned-train.js';
import { tagText, tokenize } from '../src/tag/match.js';
import { parseFile } from '../src/parse.js';
import { fixture, root, tempDir } from './helpers.js';
import { fmt, goldLetters, letterOf, merge, micro, perLabelTable, readGold, scoreOf, type Counts } from './gold.js';

// The learned theme layer (src/tag/learned.ts) against the dev gold, scored the only honest way a
// model trained on the gold can be: leave one letter out. For each of the 13 letters a model is
// trained on the other 12 letters' gold and corrects the rules on the 13th; the pooled F1 of the
// rules alone and of the rules with the model are compared. The themes it models and its
// thresholds (THEME_MODEL_SETTINGS) were chosen on the seven tuned-on letters' folds only; see
// fixtures/gold/dev/README.md for the figures.

const require = createRequire(import.meta.url);
const TUNED_ON = new Set(['barnsley-2022-07-18', 'derby-2019-05-08', 'haringey-2018-01-30', 'leeds-2024-05-16', 'liverpool-2016-08-03', 'surrey-2023-05-02', 'wokingham-2017-07-14']);

let examples: Promise<Example[]> | null = null;
function goldExamples(): Promise<Example[]> {
  examples ??= (async () => {
    const rules = defaultRules();
    const all: Example[] = [];
    for (const name of goldLetters()) {
      const letter = await letterOf(name);
      all.push(...examplesOf(name, letter.text!, readGold(name).findings, rules.tagger, letter.letter.theme));
    }
    return all;
  })();
  return examples;
}

const FIRED = '(rule fired: ';
const ruleThemes = (example: Example) => new Set(example.features.filter((f) => f.startsWith(FIRED)).map((f) => f.slice(FIRED.length, -1)));

function countThemes(list: Example[], predicted: Array<Set<string>>): Counts {
  const counts: Counts = new Map();
  const at = (label: string) => counts.get(label) ?? counts.set(label, { tp: 0, fp: 0, fn: 0 }).get(label)!;
  list.forEach((example, i) => {
    const want = new Set(example.themes);
    for (const label of want) at(label)[predicted[i]!.has(label) ? 'tp' : 'fn']++;
    for (const label of predicted[i]!) if (!want.has(label)) at(label).fp++;
  });
  return counts;
}

/** Rules alone and rules corrected by a model trained without the letter, per letter. */
function leaveOneLetterOut(all: Example[], settings: TrainSettings) {
  const rules = new Map<string, Counts>();
  const withModel = new Map<string, Counts>();
  for (const letter of [...new Set(all.map((e) => e.letter))]) {
    const model = trainThemeModel(all.filter((e) => e.letter !== letter), settings, { inputs: '', themeRules: '', letters: 12, findings: 0 });
    const held = all.filter((e) => e.letter === letter);
    const alone = held.map(ruleThemes);
    const corrected = held.map((example, i) => {
      const themes = new Set(alone[i]);
      for (const s of correct(model, example.features, (id) => example.excluded[id] ?? null)) {
        if (s.effect === 'added') themes.add(s.id);
        if (s.effect === 'dropped') themes.delete(s.id);
      }
      return themes;
    });
    rules.set(letter, countThemes(held, alone));
    withModel.set(letter, countThemes(held, corrected));
  }
  const pooled = (byLetter: Map<string, Counts>, keep: (letter: string) => boolean = () => true) => merge(...[...byLetter].filter(([l]) => keep(l)).map(([, c]) => c));
  return { rules, withModel, pooled };
}

// Just under the leave-one-letter-out F1 measured with the shipped settings and rules (0.8081 since
// issue 9's ninth step; the rules and three-theme layer before it give 0.8052 and fail; see the README).
// 0.816 with the concept layer (helper 9n; 0.8101 before it, which fails).
// 0.823 after issue 9's thirteenth step (helper 9q; 0.816 before it, which fails).
// 0.829 (1446/372/223) after its fourteenth step (helper 9u: concepts for joint working, family
// engagement, management oversight, risk; 0.823 before it, which fails).
// 0.833 (1460/375/209) after helper 9t (a child's state and a service's projects not the theme, a
// body assuring itself, children heard and seen alone, communication between agencies, leaders who
// lead, referrals sent on to a specialist forum; 0.831 (1455/379/214) before it, which fails).
// 0.838 (1460/356/209) after helper 9t2 (a harm named only in a service's or another harm's words;
// 0.833 (1460/375/209) before it, which fails).
// 0.841 (1463/346/206) after helper 9y (insertions do not part a near pair or a concept, near entries
// by exact forms for information sharing, two harms named once; 0.839 (1465/357/204) before it, which fails).
// 0.8515 (1482/330/187) after helper 9bc (a harm at an incident a child was present at, adult services as the finding's
// subject, joint assessments and interviews; 0.8498 (1477/330/192) before it, which fails).
// 0.8521 (1484/330/185) after helper 9bi (issue 9's forty-fifth step: who is invited to a strategy discussion, a professional
// weighing whether a child is harmed, information passed on); the start's rules (e267eb0) give 0.8518, which fails.
// 0.8529 (1484/327/185) after helper 9bm (issue 9's forty-sixth step: an adult told about a child not the voice, a parent's
// capacity not the workforce); the start's rules (224e71d) give 0.8521, which fails.
const LOO_FLOOR = 0.8525;

describe('the learned theme layer, left one letter out', () => {
  it(`raises the rules' pooled theme F1 and scores at least ${LOO_FLOOR}`, { timeout: 600_000 }, async () => {
    const all = await goldExamples();
    const { rules, withModel, pooled } = leaveOneLetterOut(all, THEME_MODEL_SETTINGS);
    const heldOut = (letter: string) => !TUNED_ON.has(letter);
    const lines = [
      `themes, rules alone, all 13 letters: ${fmt(micro(pooled(rules)))}`,
      `themes, rules + model (left out), all 13 letters: ${fmt(micro(pooled(withModel)))}`,
      `themes, rules alone, held-out letters: ${fmt(micro(pooled(rules, heldOut)))}`,
      `themes, rules + model (left out), held-out letters: ${fmt(micro(pooled(withModel, heldOut)))}`,
      'per modelled label, rules alone -> rules + model (all 13 letters):',
      ...THEME_MODEL_SETTINGS.labels.map(({ id }) => {
        const before = scoreOf(pooled(rules).get(id) ?? { tp: 0, fp: 0, fn: 0 });
        const after = scoreOf(pooled(withModel).get(id) ?? { tp: 0, fp: 0, fn: 0 });
        return `  ${id.padEnd(30)} F1 ${before.f1.toFixed(2)} -> ${after.f1.toFixed(2)}  (${before.tp}/${before.fp}/${before.fn} -> ${after.tp}/${after.fp}/${after.fn})`;
      }),
      perLabelTable(pooled(withModel)),
    ];
    console.log(lines.join('\n'));
    expect(micro(pooled(withModel)).f1).toBeGreaterThan(micro(pooled(rules)).f1);
    expect(micro(pooled(withModel)).f1).toBeGreaterThanOrEqual(LOO_FLOOR);
  });
});

describe('the shipped model', () => {
  it('is what training on the dev gold gives, byte for byte, and training again gives the same bytes', { timeout: 300_000 }, async () => {
    const shipped = readFileSync(themeModelFile, 'utf8');
    const trainedOn = (JSON.parse(shipped) as LearnedModel).trainedOn;
    const all = await goldExamples();
    const once = `${JSON.stringify(trainThemeModel(all, THEME_MODEL_SETTINGS, trainedOn))}\n`;
    const twice = `${JSON.stringify(trainThemeModel(all, THEME_MODEL_SETTINGS, trainedOn))}\n`;
    expect(twice).toBe(once);
    expect(once).toBe(shipped);
    expect(trainedOn.themeRules).toBe(themeRulesHash(defaultRules().tags));
  });

  it("gives the rules' hash what it decides by: the same for a model trained again by changed code, another for other weights", () => {
    const model = shippedThemeModel()!;
    const retrained: LearnedModel = { ...model, trainedOn: { ...model.trainedOn, inputs: 'code changed' } };
    expect(modelHash(retrained)).toBe(modelHash(model));
    const [first, ...rest] = model.labels;
    const reweighted: LearnedModel = { ...model, labels: [{ ...first!, weights: { ...first!.weights, '(bias)': [1, -1] } }, ...rest] };
    expect(modelHash(reweighted)).not.toBe(modelHash(model));
  });

  it("scores a finding as natural's LogisticRegressionClassifier does", async () => {
    const all = await goldExamples();
    const label = THEME_MODEL_SETTINGS.labels[0]!;
    const { classifier, stems } = trainNatural(all, label.id, THEME_MODEL_SETTINGS);
    const model = shippedThemeModel()!;
    const ours = model.labels.find((l) => l.id === label.id)!;
    for (const example of all.slice(0, 60)) {
      const natural = classifier.getClassifications(labelFeatures(example.features, label.id, stems));
      const [yes, no] = ['yes', 'no'].map((name) => natural.find((c) => c.label === name)!.value);
      expect(scoreLabel(ours, example.features)).toBeCloseTo(yes! / (yes! + no!), 4);
    }
  });

  it("never adds a theme whose rule excluded a mention, and is off for other theme rules", () => {
    const rules = defaultRules();
    const model = shippedThemeModel()!;
    // A model that wants every theme everywhere: only an exclusion can stop it.
    const eager: LearnedModel = { ...model, labels: [{ id: 'planning', add: 0.5, drop: null, weights: { '(bias)': [9, -9] } }] };
    const text = 'The partnership agreed a new improvement plan for the year.';
    const [excluded] = scoreFinding(eager, rules.tagger, text, tokenize(text), tagText(rules.tagger, text).themes);
    expect(excluded!.effect).toBe('kept');
    expect(excluded!.blockedBy).toMatch(/improvement plan/);
    const [added] = scoreFinding(eager, rules.tagger, 'Nothing here names the theme at all.', tokenize('Nothing here names the theme at all.'), []);
    expect(added!.effect).toBe('added');
    const plans = 'Plans do not say what parents must change.';
    const [fired] = scoreFinding(eager, rules.tagger, plans, tokenize(plans), tagText(rules.tagger, plans).themes);
    expect(fired!.effect).toBe('kept');
    expect(modelFor(rules.tags)).toBe(model);
    // A user's agency rules leave the theme rules, and so the model, as they were; a theme rule of theirs turns it off.
    expect(modelFor(loadRules({ dirs: [fixture('rules/override')] }).tags)).toBe(model);
    const dir = tempDir();
    writeFileSync(join(dir, 'themes-local.yaml'), 'kind: theme\nrules:\n  - id: planning\n    label: Planning (local)\n    phrases: [care plan]\n');
    expect(modelFor(loadRules({ dirs: [dir] }).tags)).toBeNull();
  });
});

describe('the rules hash', () => {
  it('covers the model: a retrained or missing model changes the hash that outputs carry, and parse without the model says so', { timeout: 120_000 }, async () => {
    // The package as installed (bin, dist with its model, rules); then its model changed, then removed.
    const copy = tempDir('jtai-model-hash-');
    for (const part of ['bin', 'dist', 'rules', 'package.json']) cpSync(join(root, part), join(copy, part), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
    const letter = fixture('letters/surrey-2023-05-02.pdf');
    const run = () => {
      const check = spawnSync(process.execPath, [join(copy, 'bin/jtai.js'), 'rules', 'check'], { encoding: 'utf8' });
      const parsed = spawnSync(process.execPath, [join(copy, 'bin/jtai.js'), 'parse', letter], { encoding: 'utf8' });
      const output = (JSON.parse(parsed.stdout) as { rules: { hash: string } }).rules.hash;
      return { check: /hash ([0-9a-f]{16})/.exec(check.stdout)?.[1], output };
    };
    const shipped = run();
    expect(shipped.output).toBe(defaultRules().hash);
    expect(shipped.check).toBe(shipped.output);

    const modelFile = join(copy, 'dist/models/themes.json');
    const model = JSON.parse(readFileSync(modelFile, 'utf8')) as LearnedModel;
    model.labels[0]!.add = 0.95;
    writeFileSync(modelFile, `${JSON.stringify(model)}\n`);
    const changed = run();
    expect(changed.check).toBe(changed.output);
    expect(changed.output).not.toBe(shipped.output);

    rmSync(modelFile);
    const none = run();
    expect(none.check).toBe(none.output);
    expect(new Set([shipped.output, changed.output, none.output]).size).toBe(3);

    const withModel = await parseFile(letter);
    const without = await parseFile(letter, { model: false });
    expect(withModel.rules.hash).toBe(shipped.output);
    expect(without.rules.hash).not.toBe(withModel.rules.hash);
  });
});

describe('features', () => {
  it('are the stems without stopwords or numbers, the themes whose rules fired, and a bias', () => {
    const tokens = tokenize('Plans are reviewed by the core group within 10 days.');
    const features = featuresOf(tokens, ['planning']);
    expect(features).toEqual(['(bias)', 'plan', 'review', 'core', 'group', 'within', 'dai', '(rule fired: planning)']);
    expect(require.resolve('natural/lib/natural/classifiers/logistic_regression_classifier.js')).toMatch(/natural/);
  });
});
