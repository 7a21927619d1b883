import { readFileSync } from 'node:fs';
import { excerpt, printableName } from './errors.js';
import { DROPPED_CONTROL } from './extract/clean.js';
import { grouped, plural } from './render/words.js';
import { schemaVersion } from './version.js';

// JSON from `jtai parse`, read back by `jtai summarise`, is checked against the JSON Schema the
// package ships (src/schema/letter.schema.json), so a wrong type is a message naming the field,
// not a TypeError later. The schema uses a handful of keywords; they are interpreted here rather
// than by adding a validator package (ajv and its four dependencies) to what users install.
// tests/schema-check.test.ts checks this against ajv on real and broken outputs.

type Schema = {
  $ref?: string;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  minimum?: number;
  pattern?: string;
  /** Only "date" (a day on the calendar, as JSON Schema means it), checked here: validators leave formats to options. */
  format?: 'date';
};

const KNOWN_KEYWORDS = new Set(['$schema', '$id', 'title', '$defs', '$ref', 'type', 'const', 'enum', 'required', 'properties', 'items', 'minItems', 'maxItems', 'minLength', 'minimum', 'pattern', 'format']);

export const schemaFile = new URL('../src/schema/letter.schema.json', import.meta.url);
let root: Schema & { $defs?: Record<string, Schema> } | null = null;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}

const fits = (value: unknown, type: string) => typeOf(value) === type || (type === 'number' && typeof value === 'number');
const show = (value: unknown) => (typeof value === 'string' ? JSON.stringify(excerpt(value, 40)) : typeOf(value) === 'object' || typeOf(value) === 'array' ? `an ${typeOf(value)}` : String(value));

/** Each of the schema's patterns compiled once: compiling one for every string of a letter was a fifth of a summary's CPU. */
const patterns = new Map<string, RegExp>();
function patternOf(source: string): RegExp {
  let pattern = patterns.get(source);
  if (!pattern) {
    pattern = new RegExp(source, 'u');
    patterns.set(source, pattern);
  }
  return pattern;
}

/** YYYY-MM-DD naming a real day (not 2022-13-45, nor 2023-02-29). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The one string of parse's output that no cleaning went through: the input's file name, which may hold any character but / and NUL. */
const INPUT_NAME = 'source.file';

/** The first place where `value` breaks `schema`, as "where: what is wrong", or null. */
function check(value: unknown, schema: Schema, where: string): string | null {
  for (const keyword of Object.keys(schema)) {
    if (!KNOWN_KEYWORDS.has(keyword)) throw new Error(`schema keyword ${keyword} is not interpreted by schema-check.ts`);
  }
  if (schema.$ref) return check(value, root!.$defs![schema.$ref.replace('#/$defs/', '')]!, where);
  const types = schema.type === undefined ? [] : ([] as string[]).concat(schema.type);
  if (types.length > 0 && !types.some((type) => fits(value, type))) return `${where} is ${show(value)}, where ${types.join(' or ')} is expected`;
  if ('const' in schema && value !== schema.const) return `${where} is ${show(value)}, where ${JSON.stringify(schema.const)} is expected`;
  if (schema.enum && !schema.enum.includes(value)) return `${where} is ${show(value)}, which is not one of ${schema.enum.join(', ')}`;
  if (typeof value === 'string') {
    // Beyond the schema: cleaning drops these from every text, and printed they would drive a terminal.
    // Not the input's name, which parse records as it was given (it is printed escaped: printableName).
    const control = where === INPUT_NAME ? undefined : DROPPED_CONTROL.exec(value)?.[0];
    if (control !== undefined) return `${where} holds a control character (${printableName(control)}), which jtai parse never writes`;
    if (schema.minLength !== undefined && value.length < schema.minLength) return `${where} is empty`;
    if (schema.pattern !== undefined && !patternOf(schema.pattern).test(value)) return `${where} is ${show(value)}, which does not have the form ${schema.pattern}`;
    if (schema.format === 'date' && !isCalendarDate(value)) return `${where} is ${show(value)}, which is not a date on the calendar`;
  }
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) return `${where} is ${value}, below ${schema.minimum}`;
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) return `${where} has ${plural(value.length, 'item')}, fewer than ${schema.minItems}`;
    if (schema.maxItems !== undefined && value.length > schema.maxItems) return `${where} has ${plural(value.length, 'item')}, more than ${grouped(schema.maxItems)}`;
    if (schema.items) {
      for (let i = 0; i < value.length; i++) {
        const problem = check(value[i], schema.items, `${where}[${i}]`);
        if (problem) return problem;
      }
    }
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in object)) return `${where === '' ? 'the top level' : where} has no "${key}"`;
    for (const [key, property] of Object.entries(schema.properties ?? {})) {
      if (!(key in object)) continue;
      const problem = check(object[key], property, where === '' ? key : `${where}.${key}`);
      if (problem) return problem;
    }
  }
  return null;
}

/**
 * Why `data` is not a letter as `jtai parse` writes it (schema 1.0), naming the first wrong
 * field; null when it is one. Another schemaVersion is refused with its own message.
 */
export function letterJsonProblem(data: unknown): string | null {
  root ??= JSON.parse(readFileSync(schemaFile, 'utf8')) as Schema;
  if (typeOf(data) !== 'object') return `it is ${show(data)}, not a letter written by jtai parse`;
  return schemaVersionProblem(data)?.reason ?? check(data, root, '');
}

/** JSON of another schemaVersion than this jtai's: why it is refused, and what to do (a newer jtai's JSON wants a newer jtai, not a new parse). */
export function schemaVersionProblem(data: unknown): { reason: string; advice: string } | null {
  const version = typeOf(data) === 'object' ? (data as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (version === undefined || version === schemaVersion) return null;
  return {
    reason: `its schemaVersion is ${show(version)}; this jtai reads ${schemaVersion} only`,
    advice: isLaterVersion(version, schemaVersion) ? 'a newer jtai wrote it: upgrade jtai, or parse the letter again with this one' : 'parse the letter again with this jtai',
  };
}

/** "1.1" or "2.0" after "1.0", compared number by number; anything not so written is not later. */
function isLaterVersion(version: unknown, than: string): boolean {
  if (typeof version !== 'string' || !/^\d+(\.\d+)*$/.test(version)) return false;
  const [mine, theirs] = [than.split('.').map(Number), version.split('.').map(Number)];
  for (let i = 0; i < Math.max(mine.length, theirs.length); i++) {
    const difference = (theirs[i] ?? 0) - (mine[i] ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return false;
}
