import type { Layout, Stance } from '../types.js';
import { printableName } from '../errors.js';
import { labelOf } from '../summarise/index.js';
import { filtersLine, leftOutLine } from './summary.js';
import type { ReportData } from '../summarise/report.js';
import { SECTION_TITLES, sectionTitle } from './letter.js';
import { REPORT_SCRIPT } from './report-script.js';
import { LAYOUTS, longDate, plural, STANCE_NOUNS, STANCE_ORDER, STANCE_TITLES } from './words.js';
import { largest, smallest } from '../long-arrays.js';

// The report: one HTML file that opens from disk with no network (styles, script and data inline).
// The page is written whole here, so it reads and prints without its script; the script only
// filters, recounts and opens the findings behind a number. Charts are HTML bars and an SVG
// written here: no charting library to inline, nothing to fetch, and every mark is a real button.

export interface ReportOptions {
  title?: string;
}

/** Heat-map steps, light to dark, with the text colour that passes WCAG AA (4.5:1) on each. */
export const HEAT_STEPS: Array<{ background: string; text: string }> = [
  { background: '#ffffff', text: '#595959' },
  { background: '#e3eef9', text: '#14213d' },
  { background: '#bcd5ee', text: '#14213d' },
  { background: '#8cb5de', text: '#14213d' },
  { background: '#3b74b3', text: '#ffffff' },
  { background: '#27599a', text: '#ffffff' },
  { background: '#173f73', text: '#ffffff' },
];

/** Stance colours, for marks (3:1 against white at least) and for the badges' text. */
export const STANCE_COLOURS: Record<Stance, string> = {
  priority: '#b3261e',
  improvement: '#a14e00',
  strength: '#2e7d32',
  narrative: '#5f6b7a',
};

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Data in a script element: "<" escaped so no text can end the element. */
const embed = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The step for a count, relative to the largest in view. */
export function heatStep(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(1, Math.ceil((count / max) * (HEAT_STEPS.length - 1)));
}

interface Query {
  agency?: string;
  theme?: string;
  stance?: Stance | 'improvement+priority';
  letter?: number;
  dive?: string;
}

/** A number that opens the findings behind it; the script recounts it when the filters change. */
function countButton(query: Query, count: number, label: string, className = 'count'): string {
  return `<button type="button" class="${className}" data-q="${esc(JSON.stringify(query))}" data-label="${esc(label)}" aria-label="${esc(`${label}: ${plural(count, 'finding')}`)}"><span class="n">${count}</span></button>`;
}

function stanceSplit(counts: Partial<Record<Stance, number>>, total: number): string {
  const parts = STANCE_ORDER.map((stance) => `<span class="s-${stance}" style="width:${total ? ((100 * (counts[stance] ?? 0)) / total).toFixed(1) : 0}%"></span>`);
  return `<span class="split" aria-hidden="true">${parts.join('')}</span>`;
}

function heatMap(data: ReportData): string {
  const { summary } = data;
  const { cells } = summary.crossTab;
  const totalOf = (key: string, field: 'agency' | 'theme') => cells.filter((c) => c[field] === key).reduce((n, c) => n + c.counts.total, 0);
  const agencies = [...summary.crossTab.agencies].sort((a, b) => totalOf(b, 'agency') - totalOf(a, 'agency') || byText(a, b));
  const themes = [...summary.crossTab.themes].sort((a, b) => totalOf(b, 'theme') - totalOf(a, 'theme') || byText(a, b));
  const max = largest(cells.map((c) => c.counts.total), 0);
  const head = agencies.map((a) => `<th scope="col" title="${esc(a)}"><span>${esc(labelOf(a, data.labels))}</span></th>`).join('');
  const rows = themes.map((theme) => {
    const tds = agencies.map((agency) => {
      const cell = cells.find((c) => c.agency === agency && c.theme === theme);
      const total = cell?.counts.total ?? 0;
      const step = heatStep(total, max);
      const label = `${labelOf(agency, data.labels)}, ${labelOf(theme, data.labels)}`;
      const split = cell ? STANCE_ORDER.filter((s) => cell.counts[s]).map((s) => `${cell.counts[s]} ${STANCE_TITLES[s].toLowerCase()}`).join(', ') : '';
      return `<td class="heat h${step}" data-agency="${esc(agency)}" data-theme="${esc(theme)}" data-count="${total}" title="${esc(`${agency} × ${theme}${split ? `: ${split}` : ''}`)}">${countButton({ agency, theme }, total, label)}${stanceSplit(cell?.counts ?? {}, total)}</td>`;
    });
    return `<tr><th scope="row" title="${esc(theme)}">${esc(labelOf(theme, data.labels))}</th>${tds.join('')}</tr>`;
  });
  return `<div class="scroll" tabindex="0" role="region" aria-labelledby="heat-title"><table class="heatmap">
<caption class="sr-only">Findings by theme (rows) and agency (columns); each number opens its findings</caption>
<thead><tr><th scope="col" class="corner">Theme</th>${head}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div>`;
}

function agencyBars(data: ReportData): string {
  const groups = data.summary.groups;
  const max = largest(groups.map((g) => Math.max(g.counts.strength, g.counts.improvement + g.counts.priority)), 1);
  const rows = groups.map((group) => {
    // The longest bar leaves room for its number.
    const width = (n: number) => `${((85 * n) / max).toFixed(1)}%`;
    const label = group.label;
    return `<tr data-agency="${esc(group.key)}"><th scope="row" title="${esc(group.key)}">${esc(label)}</th>
<td class="left"><div class="track">${countButton({ agency: group.key, stance: 'strength' }, group.counts.strength, `${label}, strengths`, 'count bar-n')}<span class="bar s-strength" data-bar="strength" style="width:${width(group.counts.strength)}"></span></div></td>
<td class="right"><div class="track"><span class="bar s-priority" data-bar="priority" style="width:${width(group.counts.priority)}"></span><span class="bar s-improvement" data-bar="improvement" style="width:${width(group.counts.improvement)}"></span>${countButton({ agency: group.key, stance: 'improvement+priority' }, group.counts.improvement + group.counts.priority, `${label}, areas for improvement and priority actions`, 'count bar-n')}</div></td></tr>`;
  });
  return `<table class="bars"><caption class="sr-only">Strengths and areas for improvement (with priority actions) by agency</caption>
<thead><tr><th scope="col">Agency</th><th scope="col" class="left">Strengths</th><th scope="col" class="right">Areas for improvement <span class="key"><span class="dot s-priority"></span>priority actions</span></th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
}

/** Letters on a time line, a row per deep-dive theme: what was inspected when. */
function timeline(data: ReportData): string {
  const dated = data.letters.map((letter, index) => ({ letter, index })).filter(({ letter }) => letter.date);
  if (dated.length === 0) return '<p>No letter is dated.</p>';
  const years = dated.map(({ letter }) => Number(letter.date!.slice(0, 4)));
  const first = smallest(years);
  const last = largest(years) + 1;
  const dives = [...new Set(data.letters.map((l) => l.theme ?? '(no deep dive)'))].sort((a, b) => {
    const firstDate = (dive: string) => data.letters.filter((l) => (l.theme ?? '(no deep dive)') === dive).map((l) => l.date ?? '9999').sort()[0]!;
    return byText(firstDate(a), firstDate(b)) || byText(a, b);
  });
  const left = 230;
  const width = 900;
  // Up to a few dozen letters, each is named; beyond that the names would crowd, and tooltips do.
  const named = dated.length <= 40;
  const rowHeight = named ? 52 : 34;
  const top = 28;
  const height = top + dives.length * rowHeight + 10;
  const x = (date: string) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return left + ((y - first + (m - 1) / 12 + (d - 1) / 365) / (last - first)) * (width - left - 20);
  };
  const ticks = [];
  for (let year = first; year <= last; year++) {
    const tx = x(`${year}-01-01`);
    const label = year < last ? `<text x="${(tx + 4).toFixed(1)}" y="${top - 10}" class="tick">${year}</text>` : '';
    ticks.push(`<line x1="${tx.toFixed(1)}" x2="${tx.toFixed(1)}" y1="${top - 6}" y2="${height - 6}" class="grid"/>${label}`);
  }
  const rows = dives.map((dive, row) => {
    const y = top + row * rowHeight + rowHeight / 2;
    const marks = dated
      .filter(({ letter }) => (letter.theme ?? '(no deep dive)') === dive)
      .map(({ letter, index }, nth) => {
        const label = `${letter.area ?? printableName(letter.file)}, ${longDate(letter.date)}`;
        // Names alternate below and above the line, so letters close in time stay readable.
        const cx = x(letter.date!);
        const anchor = cx > width - 80 ? 'end' : cx < left + 40 ? 'start' : 'middle';
        const name = named ? `<text x="${(anchor === 'end' ? cx + 8 : anchor === 'start' ? cx - 8 : cx).toFixed(1)}" y="${nth % 2 === 0 ? y + 22 : y - 13}" text-anchor="${anchor}" class="area" aria-hidden="true">${esc(letter.area ?? '')}</text>` : '';
        return `<g class="mark" role="button" tabindex="0" data-q="${esc(JSON.stringify({ letter: index }))}" data-label="${esc(label)}" data-letter="${index}" aria-label="${esc(label)}"><title>${esc(label)}</title><circle cx="${x(letter.date!).toFixed(1)}" cy="${y}" r="8" class="l-${letter.layout === '2022+' ? 'new' : 'old'}"/>${name}</g>`;
      });
    const name = dive === '(no deep dive)' ? dive : labelOf(dive, data.labels);
    return `<g class="dive" data-dive="${esc(dive)}"><line x1="${left}" x2="${width - 20}" y1="${y}" y2="${y}" class="lane"/><text x="${left - 10}" y="${y + 4}" text-anchor="end" class="dive-label"><title>${esc(dive)}</title>${esc(name)}</text>${marks.join('')}</g>`;
  });
  return `<svg viewBox="0 0 ${width} ${height}" class="timeline" role="group" aria-label="Letters by date and deep-dive theme; each circle opens a letter's findings">${ticks.join('')}${rows.join('')}</svg>
<p class="legend"><span class="dot l-old"></span>2016-2020 layout <span class="dot l-new"></span>2022+ layout</p>`;
}

function lettersTable(data: ReportData): string {
  // Each letter's findings gathered in one pass, not looked for among all of them letter by letter.
  const byLetter = data.letters.map((): ReportData['findings'] => []);
  for (const finding of data.findings) byLetter[finding.letter]!.push(finding);
  const rows = data.letters.map((letter, index) => {
    const of = byLetter[index]!;
    const n = (stance?: Stance) => of.filter((f) => !stance || f.stance === stance).length;
    // A file's name as messages print it: a direction or control character in it shows escaped.
    const name = letter.area ?? printableName(letter.file);
    const cells = ([undefined, 'strength', 'improvement', 'priority'] as const).map(
      (stance) => `<td class="num">${countButton(stance ? { letter: index, stance } : { letter: index }, n(stance), `${name}${stance ? `, ${STANCE_TITLES[stance].toLowerCase()}` : ''}`)}</td>`,
    );
    return `<tr data-letter="${index}"><th scope="row" title="${esc(printableName(letter.file))}">${esc(name)}</th><td data-sort="${esc(letter.date ?? '')}">${esc(longDate(letter.date))}</td><td title="${esc(letter.theme ?? '')}">${esc(letter.theme ? labelOf(letter.theme, data.labels) : '-')}</td><td>${letter.layout}</td>${cells.join('')}</tr>`;
  });
  return `<div class="scroll" tabindex="0" role="region" aria-labelledby="letters-title"><table class="letters"><caption class="sr-only">The letters, with their findings by stance</caption>
<thead><tr><th scope="col">Area</th><th scope="col">Letter date</th><th scope="col">Deep dive</th><th scope="col">Layout</th><th scope="col" class="num">Findings</th><th scope="col" class="num">Strengths</th><th scope="col" class="num">Areas for improvement</th><th scope="col" class="num">Priority actions</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div>`;
}

function filters(data: ReportData): string {
  const option = (value: string, label: string) => `<option value="${esc(value)}">${esc(label)}</option>`;
  const areas = [...new Set(data.letters.map((l) => l.area).filter((a): a is string => a !== null))].sort(byText);
  const years = [...new Set(data.letters.map((l) => l.date?.slice(0, 4)).filter((y): y is string => !!y))].sort();
  const sections = [...new Set(data.findings.map((f) => f.section))].sort((a, b) => byText(sectionTitle(a), sectionTitle(b)));
  const select = (id: string, label: string, options: string) => `<label for="${id}">${label}<select id="${id}">${options}</select></label>`;
  const kept = stancesKept(data);
  // A stance the report was made without is shown unticked and cannot be ticked: its findings are not in the page.
  const stances = STANCE_ORDER.map((s) =>
    kept.includes(s)
      ? `<label class="chip"><input type="checkbox" name="stance" value="${s}" checked><span class="dot s-${s}"></span>${esc(STANCE_TITLES[s])}</label>`
      : `<label class="chip off" title="left out when the report was made"><input type="checkbox" name="stance" value="${s}" disabled><span class="dot s-${s}"></span>${esc(STANCE_TITLES[s])}</label>`,
  );
  return `<form class="filters" id="filters" aria-label="Filters">
${select('f-area', 'Area', option('', 'All areas') + areas.map((a) => option(a, a)).join(''))}
${select('f-from', 'From', years.map((y) => option(y, y)).join(''))}
${select('f-to', 'To', [...years].reverse().map((y) => option(y, y)).join(''))}
${select('f-layout', 'Layout', option('', 'Both layouts') + LAYOUTS.filter((l) => data.letters.some((x) => x.layout === l)).map((l) => option(l, l)).join(''))}
${select('f-section', 'Section', option('', 'All sections') + sections.map((s) => option(s, sectionTitle(s))).join(''))}
<fieldset><legend>Stance</legend>${stances.join('')}</fieldset>
<button type="reset" class="reset">Show all</button>
<p id="status" role="status" aria-live="polite"></p>
</form>`;
}

/** "8 in the 2016-2020 layout, 5 in the 2022+ layout"; the script writes the same for the letters in view. */
function layoutsLine(letters: ReportData['letters']): string {
  return LAYOUTS.map((l) => [l, letters.filter((x) => x.layout === l).length] as const)
    .filter(([, n]) => n > 0)
    .map(([l, n]) => `${n} in the ${l} layout`)
    .join(', ');
}

function keyFigures(data: ReportData): string {
  const count = (stance?: Stance) => data.findings.filter((f) => !stance || f.stance === stance).length;
  const figure = (label: string, stance?: Stance) =>
    `<div class="figure">${countButton(stance ? { stance } : {}, count(stance), label, 'count big')}<span class="what">${esc(label)}</span></div>`;
  // A stance left out when the report was made has no figure: "Strengths 0" would read as a finding.
  const kept = (stance: Stance) => stancesKept(data).includes(stance);
  const stances = (['strength', 'improvement', 'priority'] as const).filter(kept);
  const titles: Record<(typeof stances)[number], string> = { strength: 'Strengths', improvement: 'Areas for improvement', priority: 'Priority actions' };
  const n = data.letters.length;
  return `<div class="figures">
<div class="figure"><span class="big static" id="letter-count">${n}</span><span class="what"><span id="letter-noun">${n === 1 ? 'letter' : 'letters'}</span><br><small id="letter-layouts">${layoutsLine(data.letters)}</small></span></div>
${figure('Findings')}${stances.map((s) => figure(titles[s], s)).join('')}
</div>`;
}

/** The stances the report holds: those the build's --stance filter kept, or all. */
function stancesKept(data: ReportData): Stance[] {
  const chosen = data.summary.filters.stances;
  return STANCE_ORDER.filter((s) => !chosen?.length || chosen.includes(s));
}

const STYLE = `
:root{--ink:#1b1b1b;--muted:#4a4a4a;--line:#c9ced6;--bg:#f6f7f9;--accent:#173f73;--focus:#c2410c;
${(Object.entries(STANCE_COLOURS) as Array<[Stance, string]>).map(([s, c]) => `--${s}:${c};`).join('')}}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);background:var(--bg)}
header{background:var(--accent);color:#fff;padding:24px 32px 20px}
header h1{margin:0 0 4px;font-size:26px;line-height:1.2}
header p{margin:0;color:#e8eef7;max-width:70em}
main{padding:0 32px 40px;max-width:1400px}
section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:18px 22px;margin:18px 0}
h2{font-size:19px;margin:0 0 4px}
.sub{margin:0 0 12px;color:var(--muted)}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.filters{position:sticky;top:0;z-index:5;display:flex;flex-wrap:wrap;gap:10px 16px;align-items:flex-end;background:#fff;border-bottom:1px solid var(--line);padding:10px 32px;margin:0 -32px}
.filters label{display:flex;flex-direction:column;font-size:12px;font-weight:600;color:var(--muted)}
.filters select{font:inherit;font-size:14px;padding:4px 6px;border:1px solid #767676;border-radius:4px;background:#fff;color:var(--ink);min-width:7em}
.filters fieldset{border:0;margin:0;padding:0;display:flex;gap:6px;flex-wrap:wrap;align-items:center}
.filters legend{font-size:12px;font-weight:600;color:var(--muted);padding:0;margin-bottom:2px}
.chip{flex-direction:row!important;align-items:center;gap:4px;font-size:13px!important;font-weight:500!important;color:var(--ink)!important;border:1px solid var(--line);border-radius:999px;padding:3px 10px 3px 6px;cursor:pointer}
.chip input{margin:0}
.chip.off{color:var(--muted)!important;border-style:dashed;cursor:default}
header p.built-filter{margin-top:6px;font-weight:600;color:#fff}
.reset{font:inherit;font-size:13px;border:1px solid #767676;background:#fff;border-radius:4px;padding:5px 10px;cursor:pointer}
#status{margin:0 0 0 auto;font-size:13px;color:var(--muted);align-self:center}
.figures{display:flex;flex-wrap:wrap;gap:12px;margin-top:18px}
.figure{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 18px;min-width:150px;display:flex;flex-direction:column}
.figure .what{color:var(--muted);font-size:13px}
.big{font-size:30px;font-weight:700;line-height:1.1;color:var(--accent)}
button.count{font:inherit;color:inherit;background:none;border:0;padding:2px 4px;margin:-2px -4px;border-radius:4px;cursor:pointer;text-decoration:underline;text-decoration-thickness:1px;text-underline-offset:2px}
button.count.big{font-size:30px;font-weight:700;color:var(--accent);text-align:left}
button.count:hover{background:rgba(23,63,115,.1)}
button.count:disabled{cursor:default;text-decoration:none;opacity:1}
button:focus-visible,select:focus-visible,input:focus-visible,.mark:focus-visible,.scroll:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.scroll{overflow-x:auto}
table{border-collapse:collapse}
.heatmap{table-layout:fixed;width:100%;min-width:780px}
.heatmap th,.heatmap td{border:1px solid #fff}
.heatmap .corner{width:250px}
.heatmap thead th{font-size:12px;font-weight:600;vertical-align:bottom;padding:4px 2px;text-align:center;color:var(--muted)}
/* Column names read upwards, wrapping after 11em, so a long name never runs into the next column. */
.heatmap thead th span{display:inline-block;writing-mode:vertical-rl;transform:rotate(180deg);max-height:11em;text-align:left;line-height:1.15}
.heatmap tbody th{text-align:right;font-weight:500;padding:2px 10px 2px 0;font-size:14px;line-height:1.2}
.heatmap .corner{text-align:right}
td.heat{position:relative;height:38px;text-align:center;padding:0}
td.heat button{width:100%;height:100%;margin:0;padding:0 0 5px;text-decoration:none;font-weight:600;border-radius:0}
td.heat button:disabled .n{visibility:hidden}
.split{position:absolute;left:6px;right:6px;bottom:4px;height:4px;display:flex;border-radius:2px;overflow:hidden;pointer-events:none}
td.h0 .split{display:none}
${HEAT_STEPS.map((s, i) => `td.h${i}{background:${s.background};color:${s.text}}`).join('\n')}
td.h4 .split,td.h5 .split,td.h6 .split{outline:1px solid #fff}
.split span{display:block;height:100%}
.s-priority{background:var(--priority)}.s-improvement{background:var(--improvement)}.s-strength{background:var(--strength)}.s-narrative{background:var(--narrative)}
.legend{display:flex;gap:14px;align-items:center;flex-wrap:wrap;font-size:13px;color:var(--muted);margin:10px 0 0}
.legend .ramp{display:inline-flex}.legend .ramp span{width:22px;height:14px;border:1px solid var(--line)}
.dot{display:inline-block;width:11px;height:11px;border-radius:50%;margin-right:4px;vertical-align:-1px}
.bars{width:100%;max-width:1100px;border-collapse:collapse}
.bars th,.bars td{padding:3px 0}
.bars thead th{font-size:13px;color:var(--muted);font-weight:600;padding:0 8px 6px}
.bars tbody th{text-align:right;font-weight:500;white-space:nowrap;width:1%;padding-right:14px}
.bars td{width:50%}
.bars td.left{border-right:2px solid var(--ink)}
.bars .track{display:flex;align-items:center;gap:6px;height:22px}
.bars td.left .track{justify-content:flex-end}
.bars td.left .bar{border-radius:3px 0 0 3px}
.bars td.right .bar:last-of-type{border-radius:0 3px 3px 0}
.bars td.left .bar-n{margin-left:0}
.bars td.right .bar-n{margin-left:0}
.bars thead .left{text-align:right}.bars thead .right{text-align:left}
.bars .bar{display:block;height:18px;flex:none}
.bars tbody tr:hover{background:#f3f5f8}
.key{font-weight:400;margin-left:10px}
.timeline{width:100%;max-width:1000px;height:auto;font-size:13px}
.timeline .grid{stroke:#e1e4e8}.timeline .lane{stroke:#c9ced6;stroke-dasharray:2 3}
.timeline .tick{fill:var(--muted);font-size:12px}.timeline .dive-label{fill:var(--ink)}
.timeline .area{fill:var(--muted);font-size:11px}
.timeline .mark{cursor:pointer}.timeline .mark:hover circle{stroke-width:3}
.timeline circle{stroke:#fff;stroke-width:2}
.l-old{fill:#2b63a3;background:#2b63a3}.l-new{fill:#a14e00;background:#a14e00}
.timeline .off{opacity:.15}
.letters{width:100%}
.letters th,.letters td{padding:6px 10px;border-bottom:1px solid #e4e7eb;text-align:left}
.letters thead th{font-size:13px;color:var(--muted);border-bottom:2px solid var(--line)}
.letters .num{text-align:right}
.letters td:nth-child(2),.letters td:nth-child(4){white-space:nowrap}
.letters tr.off{display:none}
dialog{width:min(900px,94vw);max-height:88vh;border:0;border-radius:10px;padding:0;box-shadow:0 12px 40px rgba(0,0,0,.35)}
dialog::backdrop{background:rgba(20,33,61,.45)}
.dlg-head{position:sticky;top:0;background:#fff;border-bottom:1px solid var(--line);padding:14px 20px;display:flex;gap:16px;align-items:flex-start}
.dlg-title{flex:1}.dlg-head h2{margin:0}
#findings-split{margin:2px 0 0;font-size:13px;color:var(--muted)}
#quotes .cite strong{color:var(--ink);font-weight:600}
.dlg-head .close{font:inherit;border:1px solid #767676;background:#fff;border-radius:4px;padding:4px 10px;cursor:pointer}
#quotes{list-style:none;margin:0;padding:6px 20px 20px}
#quotes li{padding:12px 0;border-bottom:1px solid #e4e7eb}
#quotes blockquote{margin:0 0 6px;font-size:15px}
#quotes .cite{font-size:13px;color:var(--muted)}
.badge{display:inline-block;font-size:12px;font-weight:600;border-radius:4px;padding:0 6px;margin-right:8px;color:#fff}
.badge.s-narrative{background:var(--narrative)}
footer{color:var(--muted);font-size:13px;padding:0 32px 30px}
@media print{
  @page{size:A4;margin:14mm}
  body{background:#fff;font-size:10pt}
  header{background:#fff;color:#000;padding:0 0 6pt;border-bottom:2pt solid #000}
  header p{color:#000}
  main{padding:0;max-width:none}
  .filters,dialog,.reset{display:none!important}
  section{border:0;padding:0;margin:12pt 0;break-inside:avoid}
  section.letters-section{break-inside:auto}
  .figure{border:1px solid #999;min-width:0;padding:6pt 10pt}
  .figures{gap:6pt}
  .big,button.count.big{font-size:18pt}
  button.count{text-decoration:none}
  .heatmap{min-width:0}
  .heatmap .corner{width:150px}
  .heatmap tbody th{font-size:9pt}
  td.heat{width:auto;height:24px}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  .scroll{overflow:visible}
  .timeline{max-width:100%}
}
@media (prefers-reduced-motion:no-preference){td.heat,.bars .bar{transition:background-color .2s,width .2s}}
`;

export function reportToHtml(data: ReportData, options: ReportOptions = {}): string {
  const years = data.letters.map((l) => l.date?.slice(0, 4)).filter((y): y is string => !!y).sort();
  const span = years.length ? (years[0] === years[years.length - 1] ? years[0] : `${years[0]} to ${years[years.length - 1]}`) : '';
  const title = options.title ?? `What the inspectors said: ${plural(data.letters.length, 'JTAI letter')}${span ? `, ${span}` : ''}`;
  const script = {
    letters: data.letters.map((l) => ({ area: l.area, date: l.date, layout: l.layout, theme: l.theme })),
    findings: data.findings.map((f) => [f.letter, f.stance, f.section, f.subsection, f.pages, f.text, f.agencies, f.themes, f.id]),
    labels: data.labels,
    // The script shades a cell as heatStep does, over the same steps.
    heatSteps: HEAT_STEPS.length - 1,
    sections: SECTION_TITLES,
    stances: STANCE_TITLES,
    stanceNouns: STANCE_NOUNS,
  };
  const built = filtersLine(data.summary.filters, data.labels);
  const leftOut = leftOutLine(data.summary);
  const ramp = HEAT_STEPS.slice(1).map((s) => `<span style="background:${s.background}"></span>`).join('');
  const stanceKey = STANCE_ORDER.map((s) => `<span><span class="dot s-${s}"></span>${esc(STANCE_TITLES[s])}</span>`).join('');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${esc(title)}</h1><p>Findings of joint targeted area inspections, each tagged by the agencies and themes it is about. Every number opens the findings behind it, quoted with area, date, section and page.</p>${built ? `<p class="built-filter" id="built-filter">${esc(built)}</p>` : ''}${leftOut ? `<p class="built-filter" id="left-out">${esc(leftOut)}</p>` : ''}</header>
<main>
${filters(data)}
${keyFigures(data)}
<section aria-labelledby="heat-title"><h2 id="heat-title">Agencies by theme</h2>
<p class="sub">Findings about each agency and theme; a finding about two agencies counts for each. The bar in a cell splits it by stance.</p>
${heatMap(data)}
<p class="legend"><span>Fewer</span><span class="ramp" aria-hidden="true">${ramp}</span><span>More findings</span>${stanceKey}</p>
</section>
<section aria-labelledby="bars-title"><h2 id="bars-title">Strengths and areas for improvement, by agency</h2>
<p class="sub">Strengths to the left, areas for improvement and priority actions to the right.</p>
${agencyBars(data)}
</section>
<section aria-labelledby="time-title"><h2 id="time-title">Letters over time, by deep-dive theme</h2>
<p class="sub">Each circle is a letter, placed at its date; it opens the letter's findings.</p>
${timeline(data)}
</section>
<section class="letters-section" aria-labelledby="letters-title"><h2 id="letters-title">The letters</h2>
${lettersTable(data)}
</section>
</main>
<footer>Made by jtai from the published letters. Counts come from rules, not from a reader: open a number to check what lies behind it.</footer>
<dialog id="findings" aria-labelledby="findings-title">
<div class="dlg-head"><div class="dlg-title"><h2 id="findings-title" tabindex="-1"></h2><p id="findings-split"></p></div><button type="button" class="close">Close</button></div>
<ol id="quotes"></ol>
</dialog>
<script type="application/json" id="report-data">${embed(script)}</script>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}
