import { relative, sep } from 'node:path';
import { recordedSourceName } from './parse.js';
import { grouped, plural } from './render/words.js';
import type { Rules } from './rules.js';
import { defaultRulesDir } from './rules-dir.js';
import { labelOf, ruleLabels } from './summarise/index.js';
import { largest } from './long-arrays.js';

// `jtai rules list`: every rule in force, where it was read from, and what it replaces. Tag rules
// (agencies, themes) and the layout's ids that commands take (section kinds, deep dives).

export type ListedKind = 'agency' | 'theme' | 'section' | 'deep-dive';

export interface ListedRule {
  kind: ListedKind;
  id: string;
  label: string;
  /** Where it was read from: `rules/<file>` for jtai's own, else the user's file (relative to the working folder when inside it). */
  file: string;
  /** Its line in that file (tag rules; a layout file is one whole). */
  line: number | null;
  origin: 'shipped' | 'user';
  /** The rule it replaces ("rules/agencies.yaml:40"), or for a layout file of the user's the shipped file; null when it replaces none. */
  overrides: string | null;
}

const isShipped = (file: string) => file.startsWith(defaultRulesDir);

/** A rule file's name as the listing gives it: jtai's own under `rules/`, so that it reads the same wherever jtai is installed. */
function fileName(file: string): string {
  return isShipped(file) ? `rules/${relative(defaultRulesDir, file).split(sep).join('/')}` : recordedSourceName(file);
}

/** A layout entry's label: its first heading, as a sentence. */
const asLabel = (heading: string) => heading.charAt(0).toUpperCase() + heading.slice(1);

export function listRules(rules: Rules): ListedRule[] {
  const tags = rules.tags.map((rule): ListedRule => ({
    kind: rule.kind,
    id: rule.id,
    label: rule.label,
    file: fileName(rule.file),
    line: rule.line,
    origin: isShipped(rule.file) ? 'shipped' : 'user',
    overrides: rule.replaces ? `${fileName(rule.replaces.file)}:${rule.replaces.line}` : null,
  }));
  const layoutEntry = (kind: ListedKind, id: string, label: string, file: string): ListedRule => ({
    kind,
    id,
    label,
    file: fileName(file),
    line: null,
    origin: isShipped(file) ? 'shipped' : 'user',
    // A layout file replaces jtai's whole, --no-default-rules or not.
    overrides: isShipped(file) ? null : `rules/${file.split(/[\\/]/).pop()}`,
  });
  const labels = ruleLabels(rules);
  const sections = rules.layout.sections.map((rule) => layoutEntry('section', rule.kind, asLabel(rule.headings[0] ?? rule.kind), rules.layout.files.sections));
  const deepDives = rules.layout.deepDives.map((rule) => layoutEntry('deep-dive', rule.id, labelOf(rule.id, labels), rules.layout.files.letter));
  const order: ListedKind[] = ['agency', 'theme', 'section', 'deep-dive'];
  // Tag rules in file order within their kind, as they are read; layout entries as written.
  return [...tags, ...sections, ...deepDives].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

/** The listing as a table: a line per rule, the columns padded, origin and what it replaces after the file. */
export function rulesListToText(listed: ListedRule[]): string {
  const where = (rule: ListedRule) => `${rule.file}${rule.line ? `:${rule.line}` : ''}`;
  const note = (rule: ListedRule) => (rule.origin === 'shipped' ? '(shipped)' : `(yours${rule.overrides ? `; replaces ${rule.overrides}` : ''})`);
  const rows = [['kind', 'id', 'label', 'file'], ...listed.map((rule) => [rule.kind, rule.id, rule.label, `${where(rule)} ${note(rule)}`])];
  const widths = [0, 1, 2].map((column) => largest(rows.map((row) => row[column]!.length)));
  const lines = rows.map((row) => row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell)).join('  '));
  const users = listed.filter((rule) => rule.origin === 'user');
  const replacing = users.filter((rule) => rule.overrides !== null).length;
  const count = users.length === 0 ? `${plural(listed.length, 'rule')}, all shipped` : `${plural(listed.length, 'rule')}: ${grouped(listed.length - users.length)} shipped, ${grouped(users.length)} yours (${grouped(replacing)} of them in place of another)`;
  return `${lines.join('\n')}\n${count}\n`;
}
