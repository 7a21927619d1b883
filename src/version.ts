import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string };

export const tool = { name: manifest.name, version: manifest.version };
/** The version of the JSON that `jtai parse` writes; see src/schema/letter.schema.json. */
export const schemaVersion = '1.0';
