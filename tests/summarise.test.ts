import { readFileSync, writeFileSync } from 'node:fs';
import { defaultRules, loadRules } from '../src/rules.js';
import { instructionSections } from '../src/segment/layout-rules.js';
import { reportData } from '../src/summarise/report.js';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distinctLetters, duplicateLetters, selectQuotes, summarise } from '../src/summarise/index.js';
import { summaryToLongCsv, summaryToMarkdown, summaryToWideCsv } from '../src/render/summary.js';
import { lettersToCsv, letterToJson } from '../src/render/letter.js';
import { reportToHtml } from '../src/render/report.js';
import type { ParseResult } from '../src/types.js';
import { jtai, parsed, REAL_LETTERS, root, tempDir } from './helpers.js';

const all = () => Promise.all(REAL_LETTERS.map((name) => parsed(`letters/${name}.pdf`)));

/** The 13 letters, each as `copies` letters of areas of their own ("Leeds 3"), each copy's sha256 its own. */
async function asManyAreas(copies: number): Promise<ParseResult[]> {
  return (await all()).flatMap((result) => Array.from({ length: copies }, (_, copy) => {
    const again = structuredClone(result);
    again.letter.area = `${result.letter.area} ${copy}`;
    again.source.sha256 = `${copy}`.padStart(4, '0') + again.source.sha256.slice(4);
    return again;
  }));
}

/** A list whose every read of an item is counted: how many times a renderer looks at each. */
function counted<T>(items: T[]): { list: T[]; reads: () => number } {
  let reads = 0;
  const list = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { list, reads: () => reads };
}

/** Each stance's count, from the findings a group quotes (every finding counted is quoted, once). */
function countsFromQuotes(quotes: Array<{ findingId: string; stance: string }>) {
  const counts: Record<string, number> = { strength: 0, improvement: 0, priority: 0, narrative: 0, total: 0 };
  for (const quote of quotes) counts[quote.stance]!++;
  counts.total = quotes.length;
  return counts;
}

describe('summarise counts', () => {
  it('agree with the quotes each group lists, for all thirteen letters, both layouts', async () => {
    const results = await all();
    for (const by of ['agency', 'theme', 'area', 'section'] as const) {
      for (const group of summarise(results, by).groups) {
        expect(group.counts, `${by} ${group.key}`).toEqual(expect.objectContaining(countsFromQuotes(group.quotes)));
        expect(new Set(group.quotes.map((q) => `${q.area} ${q.date} ${q.findingId}`)).size).toBe(group.quotes.length);
      }
    }
  });

  it('move by exactly one when one finding loses or gains a tag', async () => {
    const letter = await parsed('letters/wokingham-2017-07-14.pdf');
    const police = (result: ParseResult) => summarise([result], 'agency').groups.find((g) => g.key === 'police')?.counts;
    const before = police(letter)!;
    const changed = structuredClone(letter);
    const tagged = changed.findings.find((f) => f.stance === 'improvement' && f.agencies.some((t) => t.path[0] === 'police'))!;
    tagged.agencies = tagged.agencies.filter((t) => t.path[0] !== 'police');
    const untagged = changed.findings.find((f) => f.stance === 'strength' && !f.agencies.some((t) => t.path[0] === 'police'))!;
    untagged.agencies.push({ id: 'police', path: ['police'], rule: 'agencies.police', match: 'x', span: [0, 1] });
    untagged.agencies.push({ id: 'police', path: ['police'], rule: 'agencies.police', match: 'y', span: [1, 2] });
    expect(police(changed)).toEqual({ ...before, improvement: before.improvement - 1, strength: before.strength + 1 });
  });

  it('by area: one group per letter, holding all its findings', async () => {
    const results = await all();
    const summary = summarise(results, 'area');
    expect(summary.groups).toHaveLength(13);
    for (const result of results) {
      const group = summary.groups.find((g) => g.key === result.letter.area)!;
      expect(group.counts.total).toBe(result.findings.filter((f) => f.section !== 'next-steps').length);
    }
    // Liverpool 2016 has five areas for priority action (counted by eye in the PDF).
    expect(summary.groups.find((g) => g.key === 'Liverpool')!.counts.priority).toBe(5);
  });

  it('leave out Next steps (instructions, not judgements) unless --section chooses them, and say how many', async () => {
    const results = await all();
    const nextSteps = results.flatMap((r) => r.findings.filter((f) => f.section === 'next-steps'));
    expect(nextSteps.length).toBeGreaterThan(12);
    const plain = summarise(results, 'agency');
    expect(plain.instructionsLeftOut).toBe(nextSteps.length);
    expect(plain.groups.flatMap((g) => g.quotes).some((q) => q.section === 'next-steps')).toBe(false);
    const bySection = summarise(results, 'section');
    expect(bySection.groups.map((g) => g.key)).not.toContain('next-steps');
    expect(bySection.groups.reduce((n, g) => n + g.counts.total, 0)).toBe(results.reduce((n, r) => n + r.findings.length, 0) - nextSteps.length);
    expect(summaryToMarkdown(plain)).toContain(`${nextSteps.length} paragraphs of Next steps (who writes the statement of action, and by when) are instructions, not judgements, and are not counted: --section next-steps shows them.`);
    const chosen = summarise(results, 'section', 1, undefined, { sections: ['next-steps'] });
    expect(chosen.instructionsLeftOut).toBe(0);
    expect(chosen.groups.map((g) => [g.key, g.counts.total])).toEqual([['next-steps', nextSteps.length]]);
    expect(summaryToMarkdown(chosen)).not.toContain('not counted');
  }, 120_000);

  it("take the sections that are instructions from the rules' data (instruction: true in sections.yaml), not from code", async () => {
    expect(instructionSections(defaultRules().layout)).toEqual(['next-steps']);
    // The same rules with the field taken out of sections.yaml: Next steps are then counted as findings.
    const dir = tempDir();
    const shipped = readFileSync(join(root, 'rules/sections.yaml'), 'utf8');
    const without = shipped.replace(/^ {4}instruction: true\n/m, '');
    expect(without).not.toBe(shipped);
    writeFileSync(join(dir, 'sections.yaml'), without);
    const rules = loadRules({ dirs: [dir] });
    const letter = await parsed('letters/wokingham-2017-07-14.pdf');
    const nextSteps = letter.findings.filter((f) => f.section === 'next-steps').length;
    expect(nextSteps).toBeGreaterThan(0);
    expect(summarise([letter], 'section', 1, defaultRules()).instructionsLeftOut).toBe(nextSteps);
    const counted = summarise([letter], 'section', 1, rules);
    expect(counted.instructionsLeftOut).toBe(0);
    expect(counted.groups.find((g) => g.key === 'next-steps')?.counts.total).toBe(nextSteps);
    expect(reportData([letter], rules).findings.filter((f) => f.section === 'next-steps')).toHaveLength(nextSteps);
    expect(reportData([letter], defaultRules()).findings.filter((f) => f.section === 'next-steps')).toHaveLength(0);
    // Another section marked instead: the line saying what was left out names it, not Next steps.
    writeFileSync(join(dir, 'sections.yaml'), without.replace(/^( {2}summary:\n)/m, '$1    instruction: true\n'));
    const summaryLeftOut = summarise([letter], 'section', 1, loadRules({ dirs: [dir] }));
    const summaries = letter.findings.filter((f) => f.section === 'summary').length;
    expect(summaryLeftOut.instructionsLeftOut).toBe(summaries);
    expect(summaryLeftOut.instructionSections).toEqual(['summary']);
    expect(summaryToMarkdown(summaryLeftOut)).toContain(`${summaries} paragraphs of Summary are instructions, not judgements, and are not counted: --section summary shows them.`);
  }, 120_000);

  it('by agency at level 2 keeps sub-agencies apart', async () => {
    const summary = summarise([await parsed('letters/wokingham-2017-07-14.pdf')], 'agency', 2);
    expect(summary.groups.map((g) => g.key)).toEqual(expect.arrayContaining(['health', 'health/gp', 'health/dental']));
    const gpQuotes = summary.groups.find((g) => g.key === 'health/gp')!.quotes;
    expect(gpQuotes.every((q) => q.tags.every((t) => t.path.join('/') === 'health/gp'))).toBe(true);
  });

  it('at level 2 names each group by its rule\'s label everywhere: counts, agency by theme tables, recurring', async () => {
    const md = summaryToMarkdown(summarise(await all(), 'agency', 2));
    const header = md.split('\n').find((line) => line.startsWith('| Theme |'))!;
    expect(md).toMatch(/^\| GPs \| \d+/m);
    expect(header).toContain('| GPs |');
    expect(header).toContain('| Child and adolescent mental health services');
    // No id turned into words where the rules give a label.
    expect(md).not.toMatch(/\b(Gp|Camhs|Mash social work)\b/);
  }, 120_000);
});

describe('the same letter given twice', () => {
  it('counts once when area and date are the same (PDF, text or JSON), keeping the PDF for its pages', async () => {
    const pdf = await parsed('letters/wokingham-2017-07-14.pdf');
    const text = await parsed('letters/wokingham-2017-07-14.txt');
    // The text file differs from the PDF in three findings (a converter's changes), and is
    // still the same letter: a letter is known by its area and date.
    expect(text.findings.map((f) => f.id)).not.toEqual(pdf.findings.map((f) => f.id));
    expect(distinctLetters([text, pdf, pdf])).toEqual([pdf]);
    expect(summarise([text, pdf], 'section').letters).toHaveLength(1);
  });

  it('keeps the same copy whatever the order of the inputs, and says which it left out', async () => {
    const pdf = await parsed('letters/wokingham-2017-07-14.pdf');
    const typeset = await parsed('letters/wokingham-2017-07-14.typeset.pdf');
    expect(distinctLetters([typeset, pdf])).toEqual([pdf]);
    expect(distinctLetters([pdf, typeset])).toEqual([pdf]);
    expect(duplicateLetters([typeset, pdf]).dropped).toEqual([{ dropped: typeset, kept: pdf }]);
    const run = jtai(['summarise', 'fixtures/letters/wokingham-2017-07-14.typeset.pdf', 'fixtures/letters/wokingham-2017-07-14.pdf', '--by', 'section', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('note: fixtures/letters/wokingham-2017-07-14.typeset.pdf is the same letter as fixtures/letters/wokingham-2017-07-14.pdf (Wokingham, 2017-07-14), counted once');
  });

  it('keeps the copy tagged with the rules in use when one PDF was parsed twice with other rules, whatever the order', async () => {
    // The JSON of one PDF from two runs: same file name and content, other rules (no police tags then).
    const current = await parsed('letters/leeds-2024-05-16.pdf');
    const older = structuredClone(current);
    older.rules.hash = '0'.repeat(16);
    for (const finding of older.findings) finding.agencies = finding.agencies.filter((tag) => tag.path[0] !== 'police');
    const rules = defaultRules();
    expect(current.rules.hash).toBe(rules.hash);
    expect(distinctLetters([older, current], rules.hash)).toEqual([current]);
    expect(distinctLetters([current, older], rules.hash)).toEqual([current]);
    expect(duplicateLetters([older, current], rules.hash).dropped).toEqual([{ dropped: older, kept: current }]);
    const json = (results: ParseResult[]) => JSON.stringify(summarise(results, 'agency', 1, rules));
    expect(json([older, current])).toBe(json([current, older]));
    expect(summarise([older, current], 'agency', 1, rules).groups.map((group) => group.key)).toContain('police');
    // Without the rules in use, still one copy whatever the order.
    expect(distinctLetters([older, current])).toEqual(distinctLetters([current, older]));
  });

  it('counts twice when the date or area differs, and by content when either is unknown', async () => {
    const pdf = await parsed('letters/wokingham-2017-07-14.pdf');
    const later = structuredClone(pdf);
    later.letter.date = '2019-07-14';
    expect(distinctLetters([pdf, later])).toHaveLength(2);
    const noArea = structuredClone(pdf);
    noArea.letter.area = null;
    const noAreaOther = structuredClone(noArea);
    noAreaOther.source.sha256 = 'f'.repeat(64);
    expect(distinctLetters([noArea, structuredClone(noArea), noAreaOther])).toHaveLength(2);
  });
});

describe('outputs', () => {
  it('parse CSV lists each sub-agency with its parent, in one order, so a spreadsheet counts as summarise does', async () => {
    const results = await all();
    // Every field is quoted: read them in order and cut them into rows of the header's width.
    const fields = (csv: string) => [...csv.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"'));
    const header = fields(lettersToCsv([]));
    const values = fields(lettersToCsv(results));
    const rows = Array.from({ length: values.length / header.length - 1 }, (_, i) => values.slice((i + 1) * header.length, (i + 2) * header.length));
    expect(rows).toHaveLength(results.reduce((n, r) => n + r.findings.length, 0));
    const column = (name: string) => header.indexOf(name);
    const summary = summarise(results, 'agency');
    const themes = summarise(results, 'theme');
    const exact = new Map<string, number>();
    for (const cell of rows) {
      if (cell[column('section')] === 'next-steps') continue;
      for (const kind of ['agencies', 'themes']) {
        const tags = cell[column(kind)]!.split('; ').filter(Boolean);
        for (const tag of tags) if (tag.includes('/')) expect(tags, `${kind} of ${cell[column('finding_id')]}`).toContain(tag.split('/')[0]);
        expect(tags).toEqual([...tags].sort((a, b) => (a.split('/').join('\0') < b.split('/').join('\0') ? -1 : 1)));
        for (const tag of tags) exact.set(`${kind}:${tag}`, (exact.get(`${kind}:${tag}`) ?? 0) + 1);
      }
    }
    for (const group of summary.groups) expect(exact.get(`agencies:${group.key}`), group.key).toBe(group.counts.total);
    for (const group of themes.groups) expect(exact.get(`themes:${group.key}`), group.key).toBe(group.counts.total);
  }, 120_000);

  it('long CSV honours --by: a row per finding and group, with the letter\'s area, date, deep dive and layout', async () => {
    const result = await parsed('letters/leeds-2024-05-16.pdf');
    for (const by of ['agency', 'theme', 'area'] as const) {
      const summary = summarise([result], by);
      const csv = summaryToLongCsv(summary);
      expect(csv.startsWith('\uFEFF"by","group","group_label","area","date","deep_dive","layout","finding_id","section","subsection","stance","page_from","page_to","matched","text","source_file","source_sha256"\r\n')).toBe(true);
      const rows = summary.groups.reduce((n, g) => n + g.counts.total, 0);
      expect(csv.trimEnd().split('\r\n')).toHaveLength(rows + 1);
      expect(csv).toContain(`"${by}",`);
      expect(csv).toContain('"Leeds","2024-05-16","serious-youth-violence","2022+",');
    }
    // By area, each finding once (but Next steps, instructions not counted); by agency, a finding about two agencies twice.
    expect(summaryToLongCsv(summarise([result], 'area')).trimEnd().split('\r\n')).toHaveLength(result.findings.filter((f) => f.section !== 'next-steps').length + 1);
  });

  it('wide CSV honours --by: a row per group, its counts, and the themes (or agencies) it shares findings with', async () => {
    const summary = summarise([await parsed('letters/leeds-2024-05-16.pdf')], 'agency');
    const rows = summaryToWideCsv(summary).trimEnd().split('\r\n');
    expect(rows[0]).toMatch(/^\uFEFF"agency","label","findings","strength","improvement","priority","narrative","letters","letters_in_summary",/);
    expect(rows[0]).toContain('"information-sharing"');
    expect(rows).toHaveLength(1 + summary.groups.length);
    const byTheme = summaryToWideCsv(summarise([await parsed('letters/leeds-2024-05-16.pdf')], 'theme')).split('\r\n');
    expect(byTheme[0]).toMatch(/^\uFEFF"theme","label",.*"police"/);
    expect(byTheme[0]).not.toContain('"information-sharing"');
  });

  it('Markdown by agency is a digest: counts and the agency by theme table first, then a few quotes, with labels', async () => {
    const md = summaryToMarkdown(summarise(await all(), 'agency', 1, { police: 'Police', 'information-sharing': 'Information sharing' }));
    expect(md).toMatch(/^# What the inspectors said, by agency\n\nFrom 13 JTAI letters \(8 in the 2016-2020 layout, 5 in the 2022\+ layout\): Barnsley \(18 July 2022\), /);
    const order = ['## Counts by agency', '## Agencies by theme', '### All findings', '## Police'].map((heading) => md.indexOf(heading));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(md).toMatch(/\| Police \| \d+ \| \d* \| \d+ \| \d+ \| \d+ \| 13 of 13 \| \d+\.\d a letter \| \d+\.\d a letter \|/);
    expect(md).toMatch(/## Police\n\n\d+ findings: \d+ priority actions?, \d+ areas for improvement, \d+ strengths, \d+ findings in narrative, in 13 of 13 letters\./);
    expect(md).toMatch(/By layout: 2016-2020: \d+ findings in 8 of 8 letters \(\d+\.\d a letter\); 2022\+: \d+ findings in 5 of 5 letters/);
    expect(md).toMatch(/### Areas for improvement \(3 of \d+\)\n\n- .+ \*\([A-Z][a-z]+.*, \d{1,2} [A-Z][a-z]+ 20\d\d, .+, pp?\. \d+/);
    expect(md).toContain('| Information sharing |');
    // Ids stay out of the text people read.
    expect(md).not.toMatch(/\| information-sharing|\(information-sharing\)|## main-findings|\b1 priority actions\b|\b1 letters\b|\b1 findings\b/);
    expect(Buffer.byteLength(md)).toBeLessThan(120_000);
  });

  it('by section, a layout none of whose letters has the section is left out, not counted as none', async () => {
    // Areas for improvement is a 2016-2020 section (the 2022+ letters say What needs to improve); Summary is in both.
    const md = summaryToMarkdown(summarise(await all(), 'section'));
    const row = (name: string) => md.split('\n').find((line) => line.startsWith(`| ${name} |`))!;
    expect(row('Areas for improvement')).toMatch(/\| 8 of 13 \| 23\.6 a letter \| - \|$/);
    expect(row('What needs to improve')).toMatch(/\| 5 of 13 \| - \| 5\.6 a letter \|$/);
    expect(row('Summary')).toMatch(/\| 13 of 13 \| \d+\.\d a letter \| \d+\.\d a letter \|$/);
    const layoutLine = (name: string) => md.slice(md.indexOf(`## ${name}\n`)).split('\n').find((line) => line.startsWith('By layout:'))!;
    expect(layoutLine('Areas for improvement')).toBe('By layout: 2016-2020: 189 findings in 8 of 8 letters (23.6 a letter).');
    expect(layoutLine('Summary')).toMatch(/^By layout: 2016-2020: .*; 2022\+: .* in 5 of 5 letters/);
  });

  it('quotes are chosen the same way every time: at most N a stance, complete findings from distinct letters first', async () => {
    const summary = summarise(await all(), 'agency');
    const police = summary.groups.find((g) => g.key === 'police')!;
    const improvements = police.quotes.filter((q) => q.stance === 'improvement');
    const chosen = selectQuotes(improvements, 3);
    expect(chosen).toHaveLength(3);
    expect(new Set(chosen.map((q) => `${q.area}|${q.date}`)).size).toBe(3);
    expect(chosen.every((q) => /[.!?]$/.test(q.text))).toBe(true);
    expect(selectQuotes([...improvements].reverse(), 3)).toEqual(chosen);
    const shortest = Math.min(...improvements.filter((q) => /^[A-Z]/.test(q.text) && /[.!?]$/.test(q.text) && q.text.split(/\s+/).length >= 8).map((q) => q.text.length));
    expect(chosen[0]!.text.length).toBe(shortest);
    // --max-quotes 0: the counts alone, no heading over an empty list of quotes.
    const counts = summaryToMarkdown(summary, { maxQuotes: 0 });
    expect(counts).not.toMatch(/^### .* \(0 of \d+\)$|^- /m);
    expect(counts).toContain('## Police\n');
    const md = summaryToMarkdown(summary, { maxQuotes: 1 });
    expect(md).toMatch(/### Areas for improvement \(1 of \d+\)\n\n- [^\n]+\n\n###/);
    const everything = summaryToMarkdown(summary, { allQuotes: true });
    expect(everything.split('\n').filter((line) => line.startsWith('- ')).length).toBe(summary.groups.reduce((n, g) => n + g.quotes.length, 0));
  });

  it('the report reads each finding a few times, not once for every letter (its table of letters)', async () => {
    // 13 letters as 208, each copy of another area: every read of a finding counted through a Proxy.
    const many = await asManyAreas(16);
    const data = reportData(many, defaultRules());
    const findings = counted(data.findings);
    reportToHtml({ ...data, findings: findings.list });
    expect(data.letters).toHaveLength(208);
    expect(findings.reads() / data.findings.length).toBeLessThanOrEqual(20);
  });

  it('the digest and wide CSV by area read each letter a few times, not once for every area', async () => {
    // 13 letters as 208 areas: every read of the summary's letters counted through a Proxy.
    const many = await asManyAreas(16);
    const summary = summarise(many, 'area');
    for (const render of [summaryToMarkdown, summaryToWideCsv] as const) {
      const letters = counted(summary.letters);
      render({ ...summary, letters: letters.list });
      expect(summary.letters).toHaveLength(208);
      expect(letters.reads() / summary.letters.length, render.name).toBeLessThanOrEqual(10);
    }
  });

  it('is the same, byte for byte, whatever the order of the inputs', async () => {
    const results = await all();
    const forward = summaryToMarkdown(summarise(results, 'agency'));
    const backward = summaryToMarkdown(summarise([...results].reverse(), 'agency'));
    expect(backward).toBe(forward);
  });

  it('mixes letters and JSON from jtai parse, through the command line, and counts each letter once', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'surrey.json'), letterToJson(await parsed('letters/surrey-2023-05-02.pdf')));
    const run = jtai(['summarise', join(dir, 'surrey.json'), 'fixtures/letters/surrey-2023-05-02.pdf', 'fixtures/letters/leeds-2024-05-16.pdf', '--by', 'area', '--format', 'json']);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.letters.map((l: { area: string }) => l.area)).toEqual(['Leeds', 'Surrey']);
  });

  it('takes a quoted glob', () => {
    const run = jtai(['summarise', 'fixtures/letters/s*.pdf', '--by', 'area', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).letters.map((l: { area: string }) => l.area)).toEqual(['Sefton', 'South Tyneside', 'Surrey']);
  });
});

describe('the library, as the README shows it', async () => {
  const library = await import('../src/index.js');
  const letter = await parsed('letters/wokingham-2017-07-14.pdf');

  it('exports the report renderer and the data it takes', () => {
    const html = library.reportToHtml(library.reportData([letter], library.ruleLabels(library.defaultRules())));
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("Children's social care");
  });

  it('summarise names groups as the command line does, from the rules given or the shipped ones', () => {
    const label = (summary: ReturnType<typeof summarise>, key: string) => summary.groups.find((g) => g.key === key)?.label;
    const byAgency = library.summarise([letter], 'agency');
    expect(label(byAgency, 'children-social-care')).toBe("Children's social care");
    expect(label(byAgency, 'multi-agency')).toBe(library.defaultRules().tags.find((t) => t.id === 'multi-agency')!.label);
    const rules = library.defaultRules();
    const renamed = { ...rules, tags: rules.tags.map((t) => (t.id === 'police' ? { ...t, label: 'Constabulary' } : t)) };
    expect(label(library.summarise([letter], 'agency', 1, renamed), 'police')).toBe('Constabulary');
  });

  it.each([
    [{ since: '2024-13-01' }, 'agency', 1, /since takes a year .* not "2024-13-01"/],
    [{ until: 'yesterday' }, 'agency', 1, /until takes a year .* not "yesterday"/],
    [{ since: '2024', until: '2018' }, 'agency', 1, /since 2024 is after until 2018/],
    [{ stances: ['strengths'] }, 'agency', 1, /stance strengths is not one of: strength, improvement/],
    [{ themes: ['knife-crime'] }, 'agency', 1, /deep-dive knife-crime is not one of: .*neglect/],
    [{}, 'agency', 3, /level 3 is not one of: 1, 2/],
    [{}, 'bogus', 1, /by "bogus" is not one of: agency, theme, area, section/],
  ])('summarise refuses %j by %s at level %s with a JtaiError', (filters, by, level, message) => {
    let error: unknown;
    try {
      library.summarise([letter], by as 'agency', level as number, undefined, filters as never);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(library.JtaiError);
    expect((error as InstanceType<typeof library.JtaiError>).code).toBe('usage');
    expect((error as Error).message).toMatch(message);
  });
});
