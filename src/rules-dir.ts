import { fileURLToPath } from 'node:url';

/** The rules that ship in the package (rules/ beside dist/ and src/). */
export const defaultRulesDir = fileURLToPath(new URL('../rules/', import.meta.url));
