// `npm run build`: the package's rules (rules/*.yaml, the source) compiled to dist/default-rules.json,
// which jtai reads instead of the YAML while the two agree (src/rules.ts).
import { compiledRulesFile, writeCompiledRules } from '../../dist/rules.js';

writeCompiledRules();
process.stderr.write(`compiled the rules to ${compiledRulesFile}\n`);
