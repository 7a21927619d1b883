import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEAT_STEPS, reportToHtml, STANCE_COLOURS } from '../src/render/report.js';
import { defaultRules } from '../src/rules.js';
import { reportData } from '../src/summarise/report.js';
import type { ParseResult } from '../src/types.js';
import { BROWSER_ARGS, jtai, REAL_LETTERS } from './helpers.js';

// The report in a real browser (Debian's chromium; see the README's set-up). No skipping: a
// machine without the browser fails here, as it should.

const LETTERS = REAL_LETTERS.map((name) => `fixtures/letters/${name}.pdf`);


/** A summary as JSON, through a file (the standard output of a pipe holds only so much). */
function summaryJson(by: 'agency' | 'theme') {
  const file = join(dir, `by-${by}.json`);
  expect(jtai(['summarise', jsonl, '--by', by, '--format', 'json', '-o', file]).code).toBe(0);
  return JSON.parse(readFileSync(file, 'utf8'));
}

interface Cell { agency: string; theme: string; count: number }
interface SummaryCell { agency: string; theme: string; counts: Record<string, number> }

let dir: string;
let jsonl: string;
/** "Showing N findings from 13 letters.", N counted from the parse output itself. */
let everything: string;
let context: BrowserContext;
let page: Page;
let reportUrl: string;
const problems: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jtai-report-'));
  const report = join(dir, 'report.html');
  const run = jtai(['report', ...LETTERS, '-o', report]);
  expect(run.stderr).toMatch(/report of 13 letters/);
  expect(run.code).toBe(0);
  // The same letters parsed once to JSON Lines, for the summaries to compare with (and the report
  // made from that JSON must be the same page, byte for byte).
  jsonl = join(dir, 'letters.jsonl');
  expect(jtai(['parse', ...LETTERS, '-f', 'jsonl', '-o', jsonl, '-q']).code).toBe(0);
  // Next steps are instructions, not judgements: the report leaves them out and says how many.
  const all = readFileSync(jsonl, 'utf8').trim().split('\n').flatMap((line) => JSON.parse(line).findings as Array<{ section: string }>);
  const findings = all.filter((f) => f.section !== 'next-steps').length;
  expect(readFileSync(report, 'utf8')).toContain(`<p class="built-filter" id="left-out">${all.length - findings} paragraphs of Next steps`);
  everything = `Showing ${findings} findings from 13 letters.`;
  const again = join(dir, 'again.html');
  expect(jtai(['report', jsonl, '-o', again]).code).toBe(0);
  expect(readFileSync(again, 'utf8')).toBe(readFileSync(report, 'utf8'));
  reportUrl = pathToFileURL(report).href;
  context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: BROWSER_ARGS,
    viewport: { width: 1280, height: 900 },
  });
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (request.url() !== reportUrl) problems.push(`request: ${request.url()}`);
  });
  await page.goto(reportUrl);
}, 120_000);

afterAll(async () => {
  await context?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the report in Chromium', () => {
  it('is one file of a modest size, and loads with no console error and no request but itself', async () => {
    expect(statSync(new URL(reportUrl)).size).toBeLessThan(2_000_000);
    await page.waitForSelector('#status:not(:empty)');
    expect(await page.textContent('#status')).toBe(everything);
    expect(problems).toEqual([]);
  });

  it('has a heat map whose every cell matches jtai summarise --by agency --format json', async () => {
    const summary = summaryJson('agency');
    const expected = new Map<string, number>(summary.crossTab.cells.map((c: SummaryCell) => [`${c.agency}|${c.theme}`, c.counts.total]));
    const cells: Cell[] = await page.$$eval('td[data-agency][data-theme]', (tds) =>
      tds.map((td) => ({ agency: td.getAttribute('data-agency')!, theme: td.getAttribute('data-theme')!, count: Number(td.getAttribute('data-count')) })),
    );
    expect(cells.length).toBe(summary.crossTab.agencies.length * summary.crossTab.themes.length);
    for (const cell of cells) expect(cell.count, `${cell.agency} x ${cell.theme}`).toBe(expected.get(`${cell.agency}|${cell.theme}`) ?? 0);
    expect(cells.filter((cell) => cell.count > 0)).toHaveLength(expected.size);
    // The numbers shown are the same before any filter.
    const shown = await page.$$eval('td.heat', (tds) => tds.map((td) => [td.getAttribute('data-count'), td.querySelector('.n')!.textContent!.replace(/,/g, '')]));
    for (const [count, text] of shown) expect(text).toBe(count);
    // Labels, not ids, in the page's text.
    const headers = await page.$$eval('table.heatmap thead th', (ths) => ths.map((th) => th.textContent));
    expect(headers).toContain("Children's social care");
    expect(headers).not.toContain('children-social-care');
  });

  it('opens the findings behind a cell: quoted, with area, date, section and page', async () => {
    const byTheme = summaryJson('theme');
    const byAgency = summaryJson('agency');
    const idsOf = (summary: { groups: Array<{ key: string; quotes: Array<{ findingId: string }> }> }, key: string) =>
      new Set(summary.groups.find((g) => g.key === key)!.quotes.map((q) => q.findingId));
    const police = idsOf(byAgency, 'police');
    const expected = [...idsOf(byTheme, 'information-sharing')].filter((id) => police.has(id)).sort();

    const cell = page.locator('td[data-agency="police"][data-theme="information-sharing"]');
    expect(Number(await cell.getAttribute('data-count'))).toBe(expected.length);
    await cell.locator('button').click();
    await expect.poll(() => page.isVisible('#findings')).toBe(true);
    expect(await page.textContent('#findings-title')).toBe(`Police, Information sharing: ${expected.length} findings`);
    // The split by stance counts in nouns that agree with the number ("1 priority action", "2 strengths").
    const split = (await page.textContent('#findings-split'))!.split(' · ');
    expect(split.length).toBeGreaterThan(1);
    for (const part of split) expect(part).toMatch(/^(?:1 (?:priority action|area for improvement|strength|finding in narrative)|(?:[02-9]|\d\d+) (?:priority actions|areas for improvement|strengths|findings in narrative))$/);
    const items = await page.$$eval('#quotes li', (lis) => lis.map((li) => ({ id: li.title, quote: li.querySelector('blockquote')!.textContent!, cite: li.querySelector('.cite')!.textContent! })));
    expect(items.map((item) => item.id).sort()).toEqual(expected);
    for (const item of items) {
      expect(item.quote.length).toBeGreaterThan(20);
      expect(item.cite).toMatch(/^(Strengths|Areas for improvement|Areas for priority action|Other findings \(narrative\))[A-Z][\w ]+, \d{1,2} [A-Z][a-z]+ 20\d\d · .+ · pp?\. \d+/);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => page.isVisible('#findings')).toBe(false);
    // Focus goes back to the number that opened it.
    expect(await page.evaluate(() => document.activeElement?.closest('td')?.getAttribute('data-theme'))).toBe('information-sharing');
  });

  it('filters: a stance changes the numbers shown, never data-count; keyboard opens a number', async () => {
    const summary = summaryJson('agency');
    const cell = summary.crossTab.cells.find((c: SummaryCell) => c.agency === 'health' && c.theme === 'children-mental-health');
    for (const stance of ['priority', 'improvement', 'narrative']) await page.uncheck(`input[name=stance][value=${stance}]`);
    const target = page.locator('td[data-agency="health"][data-theme="children-mental-health"]');
    expect(await target.locator('.n').textContent()).toBe(String(cell.counts.strength));
    expect(Number(await target.getAttribute('data-count'))).toBe(cell.counts.total);
    await page.selectOption('#f-layout', '2022+');
    expect(await page.textContent('#status')).toMatch(/from 5 letters\.$/);
    expect(await page.locator('table.letters tbody tr:not(.off)').count()).toBe(5);
    const enabled = page.locator('td.heat button:not([disabled])').first();
    const shown = Number(await enabled.locator('.n').textContent());
    expect(shown).toBeGreaterThan(0);
    await enabled.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.isVisible('#findings')).toBe(true);
    expect(await page.locator('#quotes li').count()).toBe(shown);
    const badges = await page.$$eval('#quotes .badge', (spans) => [...new Set(spans.map((s) => s.textContent))]);
    expect(badges).toEqual(['Strengths']);
    const cites = await page.$$eval('#quotes .cite', (divs) => divs.map((d) => d.textContent!));
    expect(cites.every((cite) => /20(2[2-9])/.test(cite))).toBe(true);
    await page.keyboard.press('Escape');
    await page.click('button.reset');
    await expect.poll(() => page.textContent('#status')).toBe(everything);
    expect(problems).toEqual([]);
  });

  it('key figures follow the filters, in words that agree with the number; an empty choice says why', async () => {
    const figure = async () => [await page.textContent('#letter-count'), await page.textContent('#letter-noun'), await page.textContent('#letter-layouts')];
    expect(await figure()).toEqual(['13', 'letters', '8 in the 2016-2020 layout, 5 in the 2022+ layout']);
    await page.selectOption('#f-area', 'Leeds');
    expect(await figure()).toEqual(['1', 'letter', '1 in the 2022+ layout']);
    await page.click('button.reset');
    await page.selectOption('#f-layout', '2022+');
    expect(await figure()).toEqual(['5', 'letters', '5 in the 2022+ layout']);
    await page.click('button.reset');
    for (const stance of ['priority', 'improvement', 'strength', 'narrative']) await page.uncheck(`input[name=stance][value=${stance}]`);
    expect(await page.textContent('#status')).toBe('No findings: no stance is ticked; tick one or more.');
    await page.click('button.reset');
    await page.selectOption('#f-from', '2024');
    await page.selectOption('#f-to', '2016');
    expect(await page.textContent('#status')).toBe('No letters: the years are the wrong way round (From 2024 is after To 2016), so the range is empty.');
    expect(await page.getAttribute('#f-from', 'aria-invalid')).toBe('true');
    await page.click('button.reset');
    await expect.poll(() => page.textContent('#status')).toBe(everything);
  });

  it('heat-map column names never overlap or spill, and the table fits, at 1000 px and on A4 paper', async () => {
    // A4 less the report's 14 mm print margins: 182 mm at 96 CSS px to the inch.
    const a4 = Math.floor((182 / 25.4) * 96);
    for (const [media, width] of [['screen', 1000], ['print', a4]] as const) {
      await page.emulateMedia({ media });
      await page.setViewportSize({ width, height: 900 });
      const layout = await page.evaluate(() => {
        const box = (r: DOMRect) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
        const heads = Array.from(document.querySelectorAll('table.heatmap thead th:not(.corner)')).map((th) => {
          const range = document.createRange();
          range.selectNodeContents(th);
          return { name: th.textContent!, cell: box(th.getBoundingClientRect()), text: box(range.getBoundingClientRect()) };
        });
        const table = document.querySelector('table.heatmap')!.getBoundingClientRect();
        return { heads, tableRight: table.right, page: document.documentElement.clientWidth };
      });
      const where = `${media} at ${width}px`;
      expect(layout.heads.length, where).toBeGreaterThan(5);
      for (const { name, cell, text } of layout.heads) {
        expect(text.left, `${name} (${where})`).toBeGreaterThanOrEqual(cell.left - 0.5);
        expect(text.right, `${name} (${where})`).toBeLessThanOrEqual(cell.right + 0.5);
      }
      for (let i = 1; i < layout.heads.length; i++) expect(layout.heads[i]!.text.left, `${layout.heads[i]!.name} (${where})`).toBeGreaterThanOrEqual(layout.heads[i - 1]!.text.right - 0.5);
      expect(layout.tableRight, where).toBeLessThanOrEqual(layout.page);
    }
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('made with filters, says so and shows them in its controls: a stance left out is unticked and cannot be ticked', async () => {
    const filtered = join(dir, 'filtered.html');
    expect(jtai(['report', jsonl, '-o', filtered, '--since', '2022', '--stance', 'improvement']).code).toBe(0);
    const letters = readFileSync(jsonl, 'utf8').trim().split('\n').map((line) => JSON.parse(line)).filter((r) => r.letter.date >= '2022');
    const improvements = letters.reduce((n, r) => n + r.findings.filter((f: { stance: string }) => f.stance === 'improvement').length, 0);
    const other = await context.newPage();
    await other.goto(pathToFileURL(filtered).href);
    await other.waitForSelector('#status:not(:empty)');
    expect(await other.textContent('#built-filter')).toBe('Filtered: letters from 2022; only areas for improvement.');
    // Next steps are narrative, which this report's --stance leaves out: nothing to say about them.
    expect(await other.$('#left-out')).toBeNull();
    const stances = await other.$$eval('input[name=stance]', (inputs) => inputs.map((i) => [(i as HTMLInputElement).value, (i as HTMLInputElement).checked, (i as HTMLInputElement).disabled]));
    expect(stances).toEqual([['priority', false, true], ['improvement', true, false], ['strength', false, true], ['narrative', false, true]]);
    expect(await other.$$eval('.figure .what', (spans) => spans.map((s) => s.textContent))).not.toContain('Strengths');
    expect(await other.textContent('#status')).toBe(`Showing ${improvements} findings from ${letters.length} letters.`);
    await other.close();
  });

  it('an undated letter is in view, and counted, until From or To narrow the years', async () => {
    // Leeds with its date unread: the years' controls still start at the first and last years.
    const undated = join(dir, 'undated.jsonl');
    const lines = readFileSync(jsonl, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    for (const result of lines) if (result.letter.area === 'Leeds') result.letter.date = null;
    writeFileSync(undated, `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`);
    const report = join(dir, 'undated.html');
    expect(jtai(['report', undated, '-o', report]).code).toBe(0);
    const other = await context.newPage();
    await other.goto(pathToFileURL(report).href);
    await other.waitForSelector('#status:not(:empty)');
    expect(await other.textContent('#status')).toBe(everything);
    expect(await other.textContent('#letter-count')).toBe('13');
    await other.selectOption('#f-from', '2017');
    expect(await other.locator('table.letters tbody tr:not(.off) th').allTextContents()).not.toContain('Leeds');
    await other.click('button.reset');
    await expect.poll(() => other.textContent('#status')).toBe(everything);
    await other.close();
  });

  it('a letter with no area is named by its file as messages print it: a direction character shows escaped', () => {
    const results = readFileSync(jsonl, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as ParseResult);
    const leeds = results.find((result) => result.letter.area === 'Leeds')!;
    leeds.letter.area = null;
    leeds.source.file = 'letters/leeds\u202efdp.pdf';
    const html = reportToHtml(reportData(results, defaultRules()));
    expect(html).toContain('>letters/leeds\\u202efdp.pdf</th>');
    expect(html).toContain('letters/leeds\\u202efdp.pdf, 16 May 2024');
    expect(html).not.toContain('\u202e');
  });

  it('a change of filter reads each finding in view a few times for each agency, not once for every number on the page', async () => {
    // Counted by V8 (calls of the script's matches), not timed: every number read all the findings
    // in view (a heat-map cell or a letter's count too), 309,213 calls here; 832 letters took 6.9 s a change.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
    await cdp.send('Profiler.takePreciseCoverage');
    await page.uncheck('input[name=stance][value=narrative]');
    const { result } = await cdp.send('Profiler.takePreciseCoverage');
    await cdp.send('Profiler.stopPreciseCoverage');
    await cdp.detach();
    const calls = result.flatMap((script) => script.functions).filter((fn) => fn.functionName === 'matches').reduce((n, fn) => n + fn.ranges[0]!.count, 0);
    const inView = Number((await page.textContent('#status'))!.match(/^Showing ([\d,]+) findings/)![1]!.replace(/,/g, ''));
    const agencies = await page.locator('table.bars tbody tr').count();
    expect(calls).toBeGreaterThan(0);
    // A pass for each agency's two bars and its split, one for each key figure, and a letter's own four.
    expect(calls).toBeLessThanOrEqual((3 * agencies + 10) * inView);
    await page.click('button.reset');
    await expect.poll(() => page.textContent('#status')).toBe(everything);
  });

  it('the script shades each cell as the page was written, over the same steps, however many there are', async () => {
    // A step more than the shipped ramp: the script once counted its own steps (6), the page's 7 here.
    const results = readFileSync(jsonl, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as ParseResult);
    HEAT_STEPS.push({ background: '#0b2545', text: '#ffffff' });
    let html: string;
    try {
      html = reportToHtml(reportData(results, defaultRules()));
    } finally {
      HEAT_STEPS.pop();
    }
    const file = join(dir, 'steps.html');
    writeFileSync(file, html);
    const written = [...html.matchAll(/<td class="heat (h\d+)" data-agency="([^"]*)" data-theme="([^"]*)"/g)].map((m) => `${m[2]} ${m[3]} ${m[1]}`);
    expect(written.filter((cell) => cell.endsWith(' h7')).length).toBeGreaterThan(0);
    const other = await context.newPage();
    await other.goto(pathToFileURL(file).href);
    await other.waitForSelector('#status:not(:empty)');
    const shaded = await other.$$eval('td.heat', (tds) => tds.map((td) => `${td.dataset.agency} ${td.dataset.theme} ${td.className.split(' ')[1]}`));
    expect(shaded).toEqual(written);
    await other.close();
  });

  it('saves a screenshot', async () => {
    const file = join(dir, 'report.png');
    await page.screenshot({ path: file, fullPage: true });
    expect(statSync(file).size).toBeGreaterThan(50_000);
  });
});

/** WCAG relative luminance and contrast ratio. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('the report is readable (WCAG AA)', () => {
  it('every heat-map step has text at 4.5:1 or more', () => {
    for (const step of HEAT_STEPS) expect(contrast(step.background, step.text), step.background).toBeGreaterThanOrEqual(4.5);
  });
  it('stance colours stand out from white (3:1 for marks) and carry white badge text (4.5:1)', () => {
    for (const colour of Object.values(STANCE_COLOURS)) expect(contrast(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(4.5);
  });
  it('the check can fail: a pale step would not pass', () => {
    expect(contrast('#8cb5de', '#ffffff')).toBeLessThan(4.5);
  });
});
