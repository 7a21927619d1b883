import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { letterToCsv, letterToJson, letterToMarkdown } from '../src/render/letter.js';
import { fixture, jtai, parsed, root, schemaValidator, tempDir } from './helpers.js';

const validate = schemaValidator({ allErrors: true });

describe('JSON output', () => {
  it.each(['letters/wokingham-2017-07-14.pdf', 'letters/leeds-2024-05-16.pdf', 'letters/wokingham-2017-07-14.txt'])(
    'of %s is valid against the shipped schema',
    async (file) => {
      const json = JSON.parse(letterToJson(await parsed(file)));
      const valid = validate(json);
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    },
  );

  it('is byte-identical on a second run, with no time stamps', () => {
    const first = jtai(['parse', 'fixtures/letters/kirklees-2022-08-18.pdf']);
    const second = jtai(['parse', 'fixtures/letters/kirklees-2022-08-18.pdf']);
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(first.stdout).not.toMatch(/20\d\d-\d\d-\d\dT\d\d:/);
  });

  it('says "standard input" for -, and that nothing came on it when it is empty', () => {
    const run = jtai(['parse', '-'], '');
    expect([run.code, run.stdout]).toEqual([1, '']);
    expect(run.stderr).toBe('standard input: empty: standard input is empty (pipe a letter into it, as in jtai parse - < letter.txt, or JSON Lines from jtai parse into summarise or report)\n');
  });

  it('calls empty standard input so (never "the file") in every command that reads it', () => {
    const advice = '(pipe a letter into it, as in jtai parse - < letter.txt, or JSON Lines from jtai parse into summarise or report)';
    for (const args of [['parse', '-', '-f', 'md'], ['summarise', '-', '--by', 'agency'], ['report', '-', '-o', '-'], ['explain', '-']]) {
      const run = jtai(args, '');
      expect(run.stderr, args.join(' ')).toContain(`standard input: empty: standard input is empty ${advice}`);
      expect(run.stderr).not.toContain('file');
      expect(run.code).toBe(1);
    }
    expect(jtai(['parse', '-'], ' \n\n').stderr).toContain('standard input: empty: standard input has only white space');
  });

  it('says standard input is closed when it is (`jtai parse - <&-`), not that it is empty', () => {
    const closed = spawnSync('sh', ['-c', 'exec "$0" "$@" <&-', process.execPath, `${root}bin/jtai.js`, 'parse', '-'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect([closed.status, closed.stdout]).toEqual([1, '']);
    expect(closed.stderr).toBe('standard input: empty: standard input is closed (or is /dev/null): nothing can come on it (pipe a letter into it, as in jtai parse - < letter.txt, or JSON Lines from jtai parse into summarise or report)\n');
  });

  it('reads standard input', () => {
    const text = readFileSync(fixture('letters/wokingham-2017-07-14.txt'), 'utf8');
    const run = jtai(['parse', '-'], text);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.source).toMatchObject({ file: '-', format: 'text' });
    expect(result.findings.filter((f: { section: string }) => f.section === 'key-strengths')).toHaveLength(40);
    // Its status line names it as the failures' lines do; the JSON keeps "-", the input as given.
    // (This text has no form feeds: its warning names standard input the same way.)
    expect(run.stderr).toBe('parsed: standard input (2016-2020 layout, 91 findings)\nwarning: standard input: the text has no page breaks (form feeds), so its pages are unknown: every finding is cited as p. 1; parse the PDF, or a text that starts each page with a form feed\n');
  });
});

describe('Markdown output', () => {
  it('has a title, a metadata table, each section with its findings and page citations', async () => {
    const md = letterToMarkdown(await parsed('letters/wokingham-2017-07-14.pdf'));
    expect(md).toMatch(/^# Joint targeted area inspection of the multi-agency response to abuse and neglect in Wokingham Borough Council\n/);
    expect(md).toContain('| Statement of action due | 2017-10-17 |');
    // The letter's deep dive, named as the CSV (deep_dive), the report and --deep-dive name it: "Theme" was also each finding's tags.
    expect(md).toContain('| Deep dive | neglect |');
    expect(md).toContain('## Key strengths\n\n- Strong and visible leadership by the Wokingham director');
    expect(md).toContain("### Identifying and managing risk of harm at the 'front door'");
    expect(md).toMatch(/in March 2017 to 80% in May 2017\. \*\(p\. 3; [a-z-]+/);
    expect(md).toContain('*The GP role in the recognition of neglect*');
    expect(md.match(/^- /gm)?.length).toBe(69 + 9);
  });

  it("prints a list's lead-in before the bullets that complete it, and no study title made of the heading's own words", async () => {
    const result = await parsed('letters/sefton-2019-12-18.pdf');
    const md = letterToMarkdown(result);
    const leadIn = result.findings.find((f) => f.section === 'priority-actions')!.leadIn!;
    expect(leadIn).toMatch(/to ensure that$|to ensure that:$/);
    expect(md).toContain(`## Areas for priority action\n\n${leadIn}\n\n- `);
    expect(md.split(leadIn)).toHaveLength(2);
    // "Case study: area(s) for improvement" names the kind of study, not its title.
    expect(result.sections.filter((s) => s.kind.startsWith('case-study')).map((s) => s.title)).toEqual([null, null]);
    expect(md).not.toContain('*area(s) for improvement*');
    expect(letterToCsv(result)).toContain(`"${leadIn}","`);
  });
});

describe('counts in what jtai prints', () => {
  it('say "1 page", "1 letter", "1 input", never "1 pages" or "letter(s)"', () => {
    // A text has one page: the Markdown of standard input says so in its Source row.
    const md = jtai(['parse', '-', '--format', 'md'], readFileSync(fixture('letters/wokingham-2017-07-14.txt'), 'utf8'));
    expect(md.stdout).toMatch(/\| Source \| \\- \(text, 1 page, sha256 [0-9a-f]{16}\) \|/);
    const one = jtai(['summarise', 'fixtures/letters/wokingham-2017-07-14.txt', '--by', 'agency', '-o', join(tempDir(), 'digest.md')]);
    expect(one.stderr.endsWith('\nsummarised 1 letter from 1 input, by agency\n')).toBe(true);
    const rules = tempDir();
    writeFileSync(join(rules, 'broken.yaml'), 'kind: agency\nrules: [\n');
    expect(jtai(['rules', 'check', rules]).stderr).toMatch(/^jtai: invalid rules: 1 problem in the rules:\n/);
  });
});

describe('CSV output', () => {
  it('opens in Excel: BOM, quoted fields, one row per finding', async () => {
    const result = await parsed('letters/wokingham-2017-07-14.pdf');
    const csv = letterToCsv(result);
    expect(csv.startsWith('\uFEFF"area","date","deep_dive","layout","finding_id"')).toBe(true);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(result.findings.length + 1);
  });
});

describe('writing files', () => {
  it('-o writes atomically and leaves an unchanged file alone', () => {
    const dir = tempDir();
    const out = join(dir, 'letter.md');
    expect(jtai(['parse', 'fixtures/letters/surrey-2023-05-02.pdf', '--format', 'md', '-o', out]).code).toBe(0);
    const before = statSync(out).mtimeMs;
    const again = jtai(['parse', 'fixtures/letters/surrey-2023-05-02.pdf', '--format', 'md', '-o', out]);
    expect(again.stderr).toMatch(/\(unchanged\)/);
    expect(statSync(out).mtimeMs).toBe(before);
  });

  it('-o with JSON Lines says where each letter went, in its status line and --report, and leaves an unchanged file alone', () => {
    const dir = tempDir();
    const out = join(dir, 'letters.jsonl');
    const report = join(dir, 'report.json');
    const inputs = ['fixtures/letters/surrey-2023-05-02.pdf', 'fixtures/bad/empty.pdf', 'fixtures/letters/leeds-2024-05-16.pdf'];
    const first = jtai(['parse', ...inputs, '-o', out, '--report', report]);
    expect(first.code).toBe(1);
    expect(first.stderr).toContain(`parsed: fixtures/letters/surrey-2023-05-02.pdf -> ${out} (2022+ layout, 40 findings)`);
    expect(first.stderr).toContain(`parsed: fixtures/letters/leeds-2024-05-16.pdf -> ${out} (2022+ layout, 58 findings)`);
    const entries = () => JSON.parse(readFileSync(report, 'utf8')).entries.map((entry: { output: string | null; changed: boolean | null }) => [entry.output, entry.changed]);
    expect(entries()).toEqual([[out, true], [null, null], [out, true]]);
    const before = statSync(out).mtimeMs;
    const again = jtai(['parse', ...inputs, '-o', out, '--report', report]);
    expect(again.stderr).toContain(`parsed: fixtures/letters/leeds-2024-05-16.pdf -> ${out} (unchanged) (2022+ layout, 58 findings)`);
    expect(entries()).toEqual([[out, false], [null, null], [out, false]]);
    expect(statSync(out).mtimeMs).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['letters.jsonl', 'report.json']);
  });

  it('--out-dir names each output by area and date, and never writes two inputs to one file', () => {
    const dir = tempDir();
    const run = jtai(['parse', 'fixtures/letters/wokingham-2017-07-14.pdf', 'fixtures/letters/wokingham-2017-07-14.txt', '--out-dir', dir]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`${dir}/wokingham-2017-07-14.json`);
    expect(run.stderr).toContain(`${dir}/wokingham-2017-07-14-wokingham-2017-07-14-txt.json`);
  });

  it('refuses several inputs to standard output with a usage error (exit 2)', () => {
    const run = jtai(['parse', 'fixtures/letters/wokingham-2017-07-14.txt', 'fixtures/letters/leeds-2024-05-16.pdf']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--out-dir/);
  });
});
