// Trains the learned theme layer on the dev gold (fixtures/gold/dev) and writes dist/models/themes.json.
// Run by `npm run build` after tsc. It trains again only when its inputs changed (the gold, the theme
// rules, the settings, the training code); without the dev gold (an installed package) it keeps the
// model it has. The output depends on nothing but those inputs.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const goldDir = join(root, 'fixtures/gold/dev');
const { defaultRules } = await import(join(root, 'dist/rules.js'));
const { parseFile } = await import(join(root, 'dist/parse.js'));
const { themeModelFile, themeRulesHash } = await import(join(root, 'dist/tag/learned.js'));
const { examplesOf, trainThemeModel, THEME_MODEL_SETTINGS } = await import(join(root, 'dist/tag/learned-train.js'));

if (!existsSync(goldDir)) {
  console.log('train-model: no dev gold here; the model is left as it is');
  process.exit(0);
}
const letters = readdirSync(goldDir).filter((name) => /^[a-z-]+-\d{4}-\d{2}-\d{2}\.json$/.test(name)).map((name) => name.replace(/\.json$/, '')).sort();
const rules = defaultRules();
const hash = createHash('sha256');
for (const name of letters) hash.update(name).update(readFileSync(join(goldDir, `${name}.json`)));
for (const file of ['dist/tag/learned.js', 'dist/tag/learned-train.js', 'dist/tag/match.js']) hash.update(readFileSync(join(root, file)));
const themeRules = themeRulesHash(rules.tags);
hash.update(themeRules).update(JSON.stringify(THEME_MODEL_SETTINGS));
const inputs = hash.digest('hex').slice(0, 16);

if (existsSync(themeModelFile) && JSON.parse(readFileSync(themeModelFile, 'utf8')).trainedOn?.inputs === inputs) process.exit(0);
const examples = [];
for (const name of letters) {
  const letter = await parseFile(join(root, `fixtures/letters/${name}.pdf`), { includeText: true, model: false });
  examples.push(...examplesOf(name, letter.text, JSON.parse(readFileSync(join(goldDir, `${name}.json`), 'utf8')).findings, rules.tagger, letter.letter.theme));
}
const model = trainThemeModel(examples, THEME_MODEL_SETTINGS, { inputs, themeRules, letters: letters.length, findings: examples.length });
mkdirSync(dirname(themeModelFile), { recursive: true });
const temporary = `${themeModelFile}.${process.pid}.tmp`;
writeFileSync(temporary, `${JSON.stringify(model)}\n`);
renameSync(temporary, themeModelFile);
console.log(`train-model: ${model.labels.length} theme models from ${examples.length} gold findings of ${letters.length} letters -> ${themeModelFile}`);
