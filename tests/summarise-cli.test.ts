import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jtai } from './helpers.js';

// summarise, report, parse to one CSV and explain, end to end through the command line, on real
// letters of both layouts (two of each, parsed once to JSON Lines).

const LETTERS = ['leeds-2024-05-16', 'surrey-2023-05-02', 'wokingham-2017-07-14', 'medway-2018-08-03'].map((name) => `fixtures/letters/${name}.pdf`);
let dir: string;
let jsonl: string;
let lines: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jtai-summarise-'));
  jsonl = join(dir, 'letters.jsonl');
  const run = jtai(['parse', ...LETTERS, '-f', 'jsonl', '-o', jsonl, '-q']);
  expect(run.code).toBe(0);
  lines = readFileSync(jsonl, 'utf8');
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** summarise through a file: a pipe's buffer holds only so much. */
function summary(args: string[], input?: string) {
  const out = join(dir, `summary-${Math.random().toString(36).slice(2)}.json`);
  const run = jtai(['summarise', ...args, '--format', 'json', '-o', out], input);
  expect(run.code, run.stderr).toBe(0);
  return { json: JSON.parse(readFileSync(out, 'utf8')), stderr: run.stderr };
}

const countsOf = (s: { groups: Array<{ key: string; counts: Record<string, number> }> }) => Object.fromEntries(s.groups.map((g) => [g.key, g.counts]));

describe('pipes', () => {
  it('jtai parse -f jsonl | jtai summarise - counts what the files themselves give', () => {
    const piped = summary(['-', '--by', 'agency'], lines).json;
    const fromFiles = summary([...LETTERS, '--by', 'agency']).json;
    expect(piped.letters.map((l: { area: string }) => l.area)).toEqual(['Leeds', 'Medway', 'Surrey', 'Wokingham']);
    expect(countsOf(piped)).toEqual(countsOf(fromFiles));
    expect(piped.crossTab).toEqual(fromFiles.crossTab);
  });

  it('a letter\'s text on standard input is still read as a letter', () => {
    const text = readFileSync('fixtures/letters/wokingham-2017-07-14.txt', 'utf8');
    expect(summary(['-', '--by', 'area'], text).json.letters.map((l: { area: string }) => l.area)).toEqual(['Wokingham']);
  });

  it('standard input that is neither says so in one line', () => {
    const run = jtai(['summarise', '-', '--by', 'agency'], '{"not": "a letter"}\n');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/standard input:1: .*not a letter as jtai parse writes it/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('summarise --rules on JSON', () => {
  it('tags the findings again with the rules given, and says so', () => {
    const rules = join(dir, 'own-rules');
    mkdirSync(rules);
    writeFileSync(join(rules, 'agencies-own.yaml'), [
      'kind: agency', 'rules:',
      '  - id: inspectorates', '    label: The inspectorates', '    phrases: [Ofsted, HMICFRS, Care Quality Commission]',
      '  - id: police', '    label: Police (local rule)', '    phrases: [police officers]', '',
    ].join('\n'));
    const before = summary([jsonl, '--by', 'agency']).json;
    const after = summary([jsonl, '--by', 'agency', '--rules', rules]);
    expect(after.stderr).toMatch(/tagged the findings of 4 letters from JSON again/);
    expect(countsOf(before).inspectorates).toBeUndefined();
    expect(countsOf(after.json).inspectorates!.total).toBeGreaterThan(0);
    const police = after.json.groups.find((g: { key: string }) => g.key === 'police');
    expect(police.label).toBe('Police (local rule)');
    expect(police.counts.total).toBeLessThan(countsOf(before).police!.total!);
    expect(police.quotes.every((q: { tags: Array<{ match: string }> }) => q.tags.every((t) => /police officers?/i.test(t.match)))).toBe(true);
    // The same as parsing the letters with those rules.
    const parsedNow = summary([...LETTERS, '--by', 'agency', '--rules', rules]).json;
    expect(countsOf(after.json)).toEqual(countsOf(parsedNow));
  });

  it('refuses rules that change how letters are read, which JSON cannot be re-read with', () => {
    const rules = join(dir, 'layout-rules');
    mkdirSync(rules);
    const text = readFileSync('rules/sections.yaml', 'utf8');
    writeFileSync(join(rules, 'sections.yaml'), text.replace('headings: [summary, introduction, overview]', 'headings: [summary, introduction, overview, our summary]'));
    const run = jtai(['summarise', jsonl, '--by', 'agency', '--rules', rules]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^jtai: --rules changes the layout rules .* parse the letters again/);
  });

  it('takes a copy of sections.yaml whose comments and spacing differ: YAML comments never matter', () => {
    const rules = join(dir, 'commented-layout');
    mkdirSync(rules);
    const text = readFileSync('rules/sections.yaml', 'utf8');
    writeFileSync(join(rules, 'sections.yaml'), `# Our copy, reviewed by the QA team in March.\n${text.replace(/\n\n/g, '\n\n# (kept as shipped)\n')}\n# end of our copy\n`);
    const shipped = jtai(['summarise', jsonl, '--by', 'agency']);
    const run = jtai(['summarise', jsonl, '--by', 'agency', '--rules', rules]);
    expect(run.stderr).not.toMatch(/changes the layout rules/);
    expect(run.code).toBe(0);
    // The same rules: the rules hash is the JSON's, so nothing is tagged again and the digest is the same.
    expect(run.stderr).not.toMatch(/tagged the findings .* again/);
    expect(run.stdout).toBe(shipped.stdout);
  });
});

describe('options that would do nothing, and values out of range, are refused', () => {
  const cases: Array<[string[], RegExp]> = [
    [['--by', 'agency', '--shape', 'wide'], /--shape shapes CSV; it does nothing with --format md/],
    [['--by', 'area', '--level', '2'], /--level .* does nothing with --by area/],
    [['--by', 'agency', '--format', 'json', '--max-quotes', '2'], /--max-quotes and --all-quotes shape the Markdown digest/],
    [['--by', 'agency', '--max-quotes', '2', '--all-quotes'], /not both/],
    [['--by', 'agency', '--max-quotes', 'two'], /--max-quotes takes a whole number/],
    [['--by', 'agency', '--max-failures', '200%'], /--max-failures 200% is more than all the inputs/],
    [['--by', 'agency', '--stance', 'strengths'], /--stance strengths is not one of: strength, improvement, priority, narrative/],
    [['--by', 'agency', '--since', '18'], /--since takes a year/],
    [['--by', 'agency', '--level', '3'], /--level <n>' argument '3' is invalid\. Allowed choices are 1, 2/],
    [['--by', 'agency', '--since', '2024-13-01'], /'2024-13-01' is invalid\. --since takes a year .* a real date/],
    [['--by', 'agency', '--until', '2023-02-29'], /'2023-02-29' is invalid\. --until takes a year/],
    [['--by', 'agency', '--since', '2024', '--until', '2018'], /--since 2024 is after --until 2018/],
    [['--by', 'agency', '--deep-dive', 'knife-crime'], /--deep-dive knife-crime is not one of: .*neglect/],
    [['--by', 'agency', '--section', 'findings'], /--section findings is not one of: .*key-strengths/],
    [['--by', 'agency', '--area', 'Leds'], /no letter is from --area Leds \(the letters given are from Leeds, Medway, Surrey, Wokingham: give one of those\)/],
  ];
  it.each(cases)('summarise %j', (args, message) => {
    const run = jtai(['summarise', jsonl, ...args]);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });

  it('parse --include-text with Markdown or CSV, where it would do nothing', () => {
    const run = jtai(['parse', LETTERS[0]!, '--format', 'csv', '--include-text']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--include-text adds the text to JSON; it does nothing with --format csv/);
  });

  it('parse --max-failures over 100% too', () => {
    const run = jtai(['parse', LETTERS[0]!, '--max-failures', '101%']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--max-failures 101% is more than all the inputs/);
  });
});

describe('filters', () => {
  it('--since and --until keep the letters dated between, by year, month or day', () => {
    expect(summary([jsonl, '--by', 'area', '--since', '2023']).json.letters.map((l: { area: string }) => l.area)).toEqual(['Leeds', 'Surrey']);
    expect(summary([jsonl, '--by', 'area', '--until', '2018-08']).json.letters.map((l: { area: string }) => l.area)).toEqual(['Medway', 'Wokingham']);
    expect(summary([jsonl, '--by', 'area', '--since', '2018-08-04', '--until', '2023-05-02']).json.letters.map((l: { area: string }) => l.area)).toEqual(['Surrey']);
  });

  it('--layout, --deep-dive and --area choose letters; --stance and --section choose findings', () => {
    const all = summary([jsonl, '--by', 'area']).json;
    const old = summary([jsonl, '--by', 'area', '--layout', '2016-2020', '--stance', 'priority,improvement']).json;
    expect(old.letters.map((l: { area: string }) => l.area)).toEqual(['Medway', 'Wokingham']);
    expect(old.filters).toEqual({ layouts: ['2016-2020'], stances: ['priority', 'improvement'] });
    for (const group of old.groups) {
      const whole = all.groups.find((g: { key: string }) => g.key === group.key);
      expect(group.counts.total).toBe(whole.counts.priority + whole.counts.improvement);
      expect(group.counts.strength + group.counts.narrative).toBe(0);
    }
    const neglect = summary([jsonl, '--by', 'section', '--deep-dive', 'neglect', '--section', 'key-strengths']);
    expect(neglect.json.letters.map((l: { area: string }) => l.area)).toEqual(['Wokingham']);
    expect(neglect.json.groups.map((g: { key: string }) => g.key)).toEqual(['key-strengths']);
    expect(neglect.stderr).not.toMatch(/--theme/);
    // --theme, the old name, still filters by the deep dive, and a note says what it is.
    const oldName = summary([jsonl, '--by', 'section', '--theme', 'neglect', '--section', 'key-strengths']);
    expect(oldName.json).toEqual(neglect.json);
    expect(oldName.stderr).toMatch(/^note: --theme is the old name of --deep-dive \(the letter's deep dive\); --by theme groups by the findings' theme tags$/m);
    expect(summary([jsonl, '--by', 'area', '--area', 'leeds', '--area', 'SURREY']).json.groups).toHaveLength(2);
  });

  it('the digest says which filters it used, and "in N of M letters" counts the letters chosen', () => {
    const run = jtai(['summarise', jsonl, '--by', 'agency', '--layout', '2022+', '--stance', 'strength']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Filtered: layout 2022+; only strengths.');
    expect(run.stdout).toMatch(/## Police\n\n\d+ findings?: \d+ strengths?, in [0-2] of 2 letters\./);
  });

  it('a selection with no letter writes nothing and says why, rather than an empty digest or report', () => {
    const out = join(dir, 'none.md');
    const since = jtai(['summarise', jsonl, '--by', 'agency', '--since', '2025', '-o', out]);
    expect(since.code).toBe(1);
    expect(since.stderr).toContain('no letters to summarise: none of the 4 letters read matches the filters given; nothing written');
    const report = jtai(['report', jsonl, '--since', '2025', '-o', join(dir, 'none.html')]);
    expect(report.code).toBe(1);
    const empty = jtai(['summarise', 'fixtures/bad/empty.pdf', '--by', 'agency', '-o', out]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('none of the inputs was read as a JTAI letter');
    expect(readdirSync(dir).filter((name) => name.startsWith('none.'))).toEqual([]);
  });
});

describe('--by area and --by section', () => {
  it('an area\'s findings a letter are over its own letters, and a layout it has no letter of is left out', () => {
    const json = summary([jsonl, '--by', 'area']).json;
    const out = join(dir, 'by-area.md');
    expect(jtai(['summarise', jsonl, '--by', 'area', '-o', out]).code).toBe(0);
    const md = readFileSync(out, 'utf8');
    for (const group of json.groups) {
      const own = json.letters.filter((l: { area: string }) => l.area === group.key);
      expect(own).toHaveLength(1);
      const { layout } = own[0];
      const block = md.slice(md.indexOf(`## ${group.key}\n`)).split('\n## ')[0]!;
      const total = group.counts.total;
      expect(block).toContain(`By layout: ${layout}: ${total} findings in 1 of 1 letter (${total.toFixed(1)} a letter).`);
      expect(block).not.toMatch(/0 findings in 0 of/);
    }
    // The counts table: the area's own figure, "-" under the layout it has no letter of.
    const row = md.split('\n').find((line) => line.startsWith('| Wokingham |'))!;
    const wokingham = json.groups.find((g: { key: string }) => g.key === 'Wokingham');
    expect(row.endsWith(`| ${wokingham.counts.total.toFixed(1)} a letter | - |`)).toBe(true);
  });

  it('every section kind is named as the letters name it, in the digest and the report\'s filter, never by its id', () => {
    // Kirklees has a section on its partnership; Leeds opens with its context.
    const inputs = [jsonl, 'fixtures/letters/kirklees-2022-08-18.pdf'];
    const json = summary([...inputs, '--by', 'section']).json;
    const keys: string[] = json.groups.map((g: { key: string }) => g.key);
    expect(keys).toEqual(expect.arrayContaining(['context', 'partnership']));
    const out = join(dir, 'by-section.md');
    expect(jtai(['summarise', ...inputs, '--by', 'section', '-o', out]).code).toBe(0);
    const headings = readFileSync(out, 'utf8').split('\n').filter((line) => /^## /.test(line)).map((line) => line.slice(3));
    for (const key of keys) expect(headings, key).not.toContain(key);
    expect(headings).toEqual(expect.arrayContaining(['Context', 'The local safeguarding partnership']));
    const report = join(dir, 'sections.html');
    expect(jtai(['report', ...inputs, '-o', report]).code).toBe(0);
    const options = [...readFileSync(report, 'utf8').matchAll(/<option value="([a-z-]+)">([^<]+)<\/option>/g)].filter(([, value]) => keys.includes(value!));
    expect(options.length).toBe(keys.length);
    for (const [, value, label] of options) expect(label, value).not.toBe(value);
  });
});

describe('CSV for Excel and Power BI', () => {
  it('parse MANY --format csv -o: one table, a row per finding, with area, date, deep dive and layout', () => {
    const out = join(dir, 'findings.csv');
    const run = jtai(['parse', ...LETTERS, '--format', 'csv', '-o', out]);
    expect(run.code).toBe(0);
    const rows = readFileSync(out, 'utf8').trimEnd().split('\r\n');
    const findings = lines.trim().split('\n').map((line) => JSON.parse(line)).reduce((n, r) => n + r.findings.length, 0);
    expect(rows).toHaveLength(findings + 1);
    expect(rows[0]).toBe('\uFEFF"area","date","deep_dive","layout","finding_id","section","subsection","stance","form","page_from","page_to","agencies","themes","lead_in","text","source_file","source_sha256"');
    expect(rows.filter((row) => row.startsWith('"Medway","2018-08-03","domestic-abuse","2016-2020",'))).toHaveLength(JSON.parse(lines.split('\n').find((line) => line.includes('"area":"Medway"'))!).findings.length);
  });

  it('summarise --format csv follows --by, in both shapes', () => {
    const csv = (by: string, shape: string) => jtai(['summarise', jsonl, '--by', by, '--format', 'csv', '--shape', shape]).stdout;
    expect(csv('agency', 'wide').split('\r\n')[0]).toMatch(/^\uFEFF"agency","label",/);
    expect(csv('area', 'wide').split('\r\n')[0]).toMatch(/^\uFEFF"area","label",/);
    expect(csv('area', 'wide').trimEnd().split('\r\n')).toHaveLength(5);
    expect(csv('theme', 'long').split('\r\n')[1]).toMatch(/^"theme","/);
    expect(csv('section', 'long')).not.toBe(csv('agency', 'long'));
  });

  it("summarise CSV rows end with the letters' source_file and source_sha256, as parse's CSV rows do, whatever the order of the inputs", () => {
    const table = (text: string) => text.trimEnd().split('\r\n').map((row) => row.replace(/^\uFEFF/, '').slice(1, -1).split('","'));
    // parse's CSV rows end with the JSON's source.file and source.sha256 (checked above and in output.test.ts).
    const letters = lines.trim().split('\n').map((line) => JSON.parse(line) as { letter: { area: string }; source: { file: string; sha256: string } });
    const sourceOf = new Map(letters.map((letter) => [letter.letter.area, [letter.source.file, letter.source.sha256]]));
    const long = table(jtai(['summarise', jsonl, '--by', 'agency', '--format', 'csv']).stdout);
    expect(long[0]!.slice(-2)).toEqual(['source_file', 'source_sha256']);
    for (const row of long.slice(1)) expect(row.slice(-2)).toEqual(sourceOf.get(row[3]!));
    const wide = (input: string) => jtai(['summarise', input, '--by', 'agency', '--format', 'csv', '--shape', 'wide']).stdout;
    const rows = table(wide(jsonl));
    expect(rows[0]!.slice(-2)).toEqual(['source_file', 'source_sha256']);
    // The summary's order: by area, then date; a group's letters are those with a finding in it.
    const everyLetter = rows.find((row) => row[0] === 'multi-agency')!;
    const areas = ['Leeds', 'Medway', 'Surrey', 'Wokingham'];
    expect(everyLetter.slice(-2)).toEqual([0, 1].map((column) => areas.map((area) => sourceOf.get(area)![column]).join('; ')));
    for (const row of rows.slice(1)) expect(row.at(-1)!.split('; ')).toHaveLength(Number(row[7]));
    const reversed = join(dir, 'reversed.jsonl');
    writeFileSync(reversed, `${lines.trim().split('\n').reverse().join('\n')}\n`);
    expect(wide(reversed)).toBe(wide(jsonl));
  });
});

describe('report', () => {
  it('takes the same filters, and refuses what it cannot use', () => {
    const out = join(dir, 'recent.html');
    const run = jtai(['report', jsonl, '-o', out, '--since', '2023', '--title', 'Recent letters']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/report of 2 letters from 1 input /);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<h1>Recent letters</h1>');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|https?:\/\/(?!www\.w3\.org)/);
    const bad = jtai(['report', jsonl, '-o', out, '--layout', '2021']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--layout 2021 is not one of: 2016-2020, 2022\+/);
    expect(jtai(['report', jsonl]).stderr).toMatch(/--output is required: give -o FILE, the HTML file to write/);
  });
});

describe('explain', () => {
  it('reads JSON from jtai parse, lists each near miss once, and cites one page as "p. 3"', () => {
    const json = join(dir, 'wokingham.json');
    writeFileSync(json, lines.split('\n').find((line) => line.includes('"area":"Wokingham"'))!);
    const run = jtai(['explain', json]);
    expect(run.code).toBe(0);
    const headings = run.stdout.split('\n').filter((line) => /^[A-Z]{2}-[0-9a-f]{8}/.test(line));
    expect(headings.length).toBe(91);
    expect(run.stdout).not.toMatch(/p\. (\d+)-\1\b/);
    expect(run.stdout).toMatch(/\(narrative, p\. 2\)/);
    for (const block of run.stdout.split('\n\n')) {
      const close = block.split('  came close:\n')[1]?.split('\n').filter(Boolean) ?? [];
      expect(new Set(close).size, block).toBe(close.length);
    }
  });
});

describe('JSON that cannot be read says so as JSON, with advice for JSON', () => {
  it('zero bytes is empty; broken JSON and a bad JSON Lines line are corrupt; a wrong field is the schema; none says to download a PDF', () => {
    const folder = join(dir, 'bad-json');
    mkdirSync(folder);
    const first = lines.split('\n')[0]!;
    const letter = JSON.parse(first);
    delete letter.findings;
    writeFileSync(join(folder, 'a-empty.json'), '');
    writeFileSync(join(folder, 'b-broken.json'), first.slice(0, 200));
    writeFileSync(join(folder, 'c-schema.json'), JSON.stringify(letter));
    writeFileSync(join(folder, 'd-lines.jsonl'), `${first}\n{"half": \n`);
    const run = jtai(['summarise', folder, '--by', 'agency']);
    expect(run.stderr).toContain(`${folder}/a-empty.json: empty: the file is zero bytes long (the file has no content; write it again with jtai parse`);
    expect(run.stderr).toMatch(/b-broken\.json: corrupt: not valid JSON .*\(the JSON is damaged or cut short; write it again with jtai parse/);
    expect(run.stderr).toMatch(/c-schema\.json: not a JTAI letter: not a letter as jtai parse writes it: .*findings.*\(the JSON is not as jtai parse writes it/);
    expect(run.stderr).toMatch(/d-lines\.jsonl:2: corrupt: not valid JSON .*write it again with jtai parse/);
    expect(run.stderr).not.toMatch(/PDF|download|jtai reads letters/);
    expect(run.code).toBe(1);
  });

  it('a letter read twice, once from JSON, is noted by the file left out, not by the PDF both came from', () => {
    const json = join(dir, 'leeds.json');
    expect(jtai(['parse', LETTERS[0]!, '-o', json]).code).toBe(0);
    const run = jtai(['summarise', LETTERS[0]!, json, '--by', 'agency']);
    expect(run.stderr).toContain(`note: ${json} is the same letter as ${LETTERS[0]} (Leeds, 2024-05-16), counted once`);
  });

  it('one PDF parsed twice, with other rules and with these, counts the copy of these rules whatever the order, and warns of no other rules', () => {
    // An earlier run's JSON: the same file and content, other rules that tagged no finding with police.
    const leeds = JSON.parse(lines.split('\n').find((line) => line.includes('"area":"Leeds"'))!);
    mkdirSync(join(dir, 'earlier'), { recursive: true });
    mkdirSync(join(dir, 'now'), { recursive: true });
    writeFileSync(join(dir, 'now', 'leeds.json'), JSON.stringify(leeds));
    leeds.rules.hash = '0'.repeat(16);
    for (const finding of leeds.findings) finding.agencies = finding.agencies.filter((tag: { path: string[] }) => tag.path[0] !== 'police');
    writeFileSync(join(dir, 'earlier', 'leeds.json'), JSON.stringify(leeds));
    const [earlier, now] = [join(dir, 'earlier', 'leeds.json'), join(dir, 'now', 'leeds.json')];
    const first = summary([earlier, now, '--by', 'agency']);
    const second = summary([now, earlier, '--by', 'agency']);
    expect(first.json).toEqual(second.json);
    expect(first.json.groups.map((group: { key: string }) => group.key)).toContain('police');
    for (const { stderr } of [first, second]) {
      expect(stderr).toContain(`note: ${earlier} is the same letter as ${now} (Leeds, 2024-05-16), counted once`);
      expect(stderr).not.toContain('parsed with other rules');
    }
  });
});
