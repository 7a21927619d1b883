import { describe, expect, it } from 'vitest';
import { loadRules } from '../src/rules.js';
import { tagText } from '../src/tag/match.js';
import { runExamples, thinExamples } from '../src/tag/examples.js';
import { patternProblem } from '../src/rule-safety.js';
import { fixture, jtai, parsed } from './helpers.js';

const CANONICAL_AGENCIES = ['children-social-care', 'police', 'health', 'probation', 'youth-justice', 'education', 'safeguarding-partnership', 'voluntary-sector', 'multi-agency'];
const CANONICAL_THEMES = [
  'front-door', 'thresholds', 'risk-assessment', 'joint-working', 'information-sharing', 'voice-of-the-child', 'assessment', 'planning',
  'management-oversight', 'workforce-training', 'leadership-governance', 'performance-quality-assurance', 'early-help', 'identity-diversity',
  'family-engagement', 'neglect', 'domestic-abuse', 'exploitation', 'sexual-abuse', 'serious-youth-violence', 'children-mental-health',
  'parental-mental-health', 'parental-substance-misuse', 'missing-children',
];

describe('the shipped rules', () => {
  const rules = loadRules();

  it('pass their own examples, and every rule has two that match and one that does not', () => {
    const { checked, failures } = runExamples(rules.tags, rules.tagger);
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(3 * rules.tags.length - 1);
    expect(thinExamples(rules.tags).map((r) => r.name)).toEqual([]);
  });

  it('use the canonical top-level ids, with health sub-agencies under health', () => {
    const tops = (kind: string) => rules.tags.filter((r) => r.kind === kind && r.parent === null).map((r) => r.id).sort();
    expect(tops('agency')).toEqual([...CANONICAL_AGENCIES].sort());
    expect(tops('theme')).toEqual([...CANONICAL_THEMES].sort());
    const health = rules.tags.filter((r) => r.parent === 'health').map((r) => r.id);
    expect(health).toEqual(expect.arrayContaining(['gp', 'health-visiting', 'school-nursing', 'camhs', 'adult-mental-health', 'substance-misuse', 'dental', 'health-commissioners']));
  });

  it('match acronyms whole and in their case, never inside another word', () => {
    const ids = (text: string) => tagText(rules.tagger, text).agencies.map((t) => t.id);
    expect(ids('The YOS shares information.')).toContain('youth-justice');
    expect(ids('The yos shares information.')).not.toContain('youth-justice');
    expect(ids('Pharmacists in Lancashire talked of NHSX.')).not.toContain('health');
    expect(ids('Two CCGs commission the service.')).toEqual(expect.arrayContaining(['health', 'health-commissioners']));
  });

  it('give each tag its rule, path, match and a span inside the finding', async () => {
    const result = await parsed('letters/wokingham-2017-07-14.pdf');
    const tags = result.findings.flatMap((f) => [...f.agencies, ...f.themes].map((tag) => ({ tag, text: f.text })));
    expect(tags.length).toBeGreaterThan(200);
    for (const { tag, text } of tags) {
      expect(text.slice(tag.span[0], tag.span[1])).toBe(tag.match);
      expect(tag.path.at(-1)).toBe(tag.id);
      expect(tag.rule).toMatch(/^(agencies|themes)\./);
    }
    const gp = tags.find(({ tag }) => tag.id === 'gp');
    expect(gp?.tag.path).toEqual(['health', 'gp']);
  });

  it('need two mentions where a rule says so, and explain shows the one that fell short', () => {
    const once = 'Children affected by serious youth violence are seen by social workers.';
    expect(tagText(rules.tagger, once).themes.map((t) => t.id)).not.toContain('serious-youth-violence');
    expect(tagText(rules.tagger, `${once} Knife crime is falling.`).themes.map((t) => t.id)).toContain('serious-youth-violence');
    const run = jtai(['explain', 'fixtures/letters/leeds-2024-05-16.pdf']);
    expect(run.stdout).toMatch(/themes\.serious-youth-violence\s+"serious youth violence" at \d+-\d+ about; counted mentions weigh 1 of the 2 the rule needs/);
  });

  it('keep the Police and Crime Commissioner out of policing, and say so in explain', () => {
    expect(tagText(rules.tagger, 'The Police and Crime Commissioner funds services.').agencies.map((t) => t.id)).not.toContain('police');
    const run = jtai(['explain', 'fixtures/letters/wokingham-2017-07-14.txt']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/agencies\.probation\s+"Probation" at \d+-\d+ excluded by "HMI Probation"/);
  });
});

describe('rule problems', () => {
  it('refuses patterns that could take exponential time', () => {
    expect(patternProblem('(a+)+b', 'iu')).toMatch(/exponential time/);
    expect(patternProblem('(a|ab)*c', 'iu')).toMatch(/exponential time/);
    expect(patternProblem('(?:\\w+\\s?)*x', 'iu')).toMatch(/exponential time/);
    expect(patternProblem('[A-Z][a-z]+(?: [A-Z][a-z]+)? Police', 'iu')).toBeNull();
    expect(patternProblem('A&E', 'iu')).toBeNull();
  });

  it('rules check reports each problem with file, line and what to change', () => {
    const run = jtai(['rules', 'check', 'fixtures/rules/invalid']);
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split('\n').slice(1);
    expect(lines).toEqual([
      expect.stringMatching(/broken\.yaml:6: unknown key "phrasez" .*did you mean "phrases"\?/),
      expect.stringMatching(/broken\.yaml:4: broken\.fire-service: a rule needs at least one of phrases/),
      expect.stringMatching(/broken\.yaml:8: broken\.bad-regex: pattern "\(unclosed" is not a valid regular expression/),
      expect.stringMatching(/broken\.yaml:10: broken\.slow: .*exponential time/),
      expect.stringMatching(/broken\.yaml:13: duplicate agency id "police"/),
      expect.stringMatching(/broken\.yaml:15: broken\.orphan: parent "no-such-agency"/),
    ]);
  });

  it('a parse with invalid rules stops with exit 2 and the report, never a stack trace', () => {
    const run = jtai(['parse', 'fixtures/letters/wokingham-2017-07-14.txt', '--rules', 'fixtures/rules/invalid']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^jtai: invalid rules: 6 problem/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('users\' rules', () => {
  it('add to the defaults, and replace a rule with the same id', () => {
    const rules = loadRules({ dirs: [fixture('rules/override')] });
    const tags = tagText(rules.tagger, 'A constable and the fire service attended; the police did not.').agencies;
    expect(tags.map((t) => [t.id, t.rule])).toEqual(
      expect.arrayContaining([['fire-service', 'agencies-local.fire-service'], ['police', 'agencies-local.police']]),
    );
    expect(tags.find((t) => t.id === 'police')?.match).toBe('constable');
  });

  it('--no-default-rules uses only the user\'s', () => {
    const rules = loadRules({ dirs: [fixture('rules/override')], defaults: false });
    expect(rules.tags.map((r) => r.id).sort()).toEqual(['fire-service', 'police']);
  });

  it('change the rules hash in the output', async () => {
    expect(loadRules({ dirs: [fixture('rules/override')] }).hash).not.toBe(loadRules().hash);
  });
});
