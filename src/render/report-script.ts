// The report's script, inline in the page: filters, recounts every number, and opens the findings
// behind a number. Plain ES2020 for any current browser; it reads only the page's own data.

export const REPORT_SCRIPT = String.raw`
(() => {
  'use strict';
  const data = JSON.parse(document.getElementById('report-data').textContent);
  const HEAT_STEPS = data.heatSteps;
  const MONTHS = ['January','February','March','April','May','June','July','August','September','October','November','December'];
  const [LETTER, STANCE, SECTION, SUBSECTION, PAGES, TEXT, AGENCIES, THEMES, ID] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
  const $ = (selector, root = document) => root.querySelector(selector);
  const $$ = (selector, root = document) => Array.from(root.querySelectorAll(selector));
  const form = $('#filters');
  const dialog = $('#findings');

  const longDate = (date) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date || '');
    return m ? Number(m[3]) + ' ' + MONTHS[Number(m[2]) - 1] + ' ' + m[1] : (date || 'undated');
  };
  const plural = (n, one, many) => n.toLocaleString('en-GB') + ' ' + (n === 1 ? one : (many || one + 's'));
  const label = (id) => data.labels[id] || id;

  function state() {
    return {
      area: $('#f-area').value,
      from: $('#f-from').value,
      to: $('#f-to').value,
      layout: $('#f-layout').value,
      section: $('#f-section').value,
      stances: new Set($$('input[name=stance]:checked').map((input) => input.value)),
    };
  }

  // From and To start at the first and last years: an undated letter, which has no year to compare,
  // is in view until they narrow the years, not left out as soon as the page opens.
  const firstOption = (select) => (select.options.length ? select.options[0].value : '');
  const allYears = (s) => s.from === firstOption($('#f-from')) && s.to === firstOption($('#f-to'));

  function letterPasses(letter, s) {
    const year = (letter.date || '').slice(0, 4);
    if (s.area && letter.area !== s.area) return false;
    if (s.layout && letter.layout !== s.layout) return false;
    if (!year) return allYears(s);
    if (s.from && year < s.from) return false;
    if (s.to && year > s.to) return false;
    return true;
  }

  function matches(f, q) {
    if (q.agency && !f[AGENCIES].includes(q.agency)) return false;
    if (q.theme && !f[THEMES].includes(q.theme)) return false;
    if (q.letter !== undefined && f[LETTER] !== q.letter) return false;
    if (q.dive && data.letters[f[LETTER]].theme !== q.dive) return false;
    if (q.stance === 'improvement+priority') return f[STANCE] === 'improvement' || f[STANCE] === 'priority';
    if (q.stance && f[STANCE] !== q.stance) return false;
    return true;
  }

  let visible = data.findings;
  // The findings in view by letter: a letter's numbers (four in its row of the table) look at its
  // own findings, where looking at all of them cost the square of the letters (832 letters: 6.9 s a change).
  let visibleByLetter = new Map();
  const NONE = [];
  const queryOf = (element) => JSON.parse(element.dataset.q);
  const inView = (q) => (q.letter !== undefined ? visibleByLetter.get(q.letter) || NONE : visible);
  // The heat map's cells (an agency and a theme, nothing else asked) counted in one pass over the
  // findings in view, not a pass for each of its hundreds of cells.
  let cellCounts = new Map();
  const cellKey = (agency, theme) => agency + '\n' + theme;
  const isCell = (q) => Object.keys(q).length === 2 && q.agency !== undefined && q.theme !== undefined;
  const noCounts = () => ({ priority: 0, improvement: 0, strength: 0, narrative: 0 });
  const stanceCounts = (q) => {
    if (isCell(q)) return cellCounts.get(cellKey(q.agency, q.theme)) || noCounts();
    const counts = noCounts();
    for (const f of inView(q)) if (matches(f, q)) counts[f[STANCE]]++;
    return counts;
  };
  const countOf = (q) => {
    if (!isCell(q)) return inView(q).reduce((n, f) => n + (matches(f, q) ? 1 : 0), 0);
    const counts = stanceCounts(q);
    return counts.priority + counts.improvement + counts.strength + counts.narrative;
  };

  function update() {
    const s = state();
    const lettersIn = data.letters.map((letter) => letterPasses(letter, s));
    visible = data.findings.filter((f) => lettersIn[f[LETTER]] && (!s.section || f[SECTION] === s.section) && s.stances.has(f[STANCE]));
    visibleByLetter = new Map();
    for (const f of visible) {
      const own = visibleByLetter.get(f[LETTER]);
      if (own) own.push(f);
      else visibleByLetter.set(f[LETTER], [f]);
    }
    cellCounts = new Map();
    for (const f of visible) {
      for (const agency of f[AGENCIES]) {
        for (const theme of f[THEMES]) {
          const key = cellKey(agency, theme);
          const counts = cellCounts.get(key) || noCounts();
          cellCounts.set(key, counts);
          counts[f[STANCE]]++;
        }
      }
    }

    for (const button of $$('button.count')) {
      const n = countOf(queryOf(button));
      $('.n', button).textContent = n.toLocaleString('en-GB');
      button.disabled = n === 0;
      button.setAttribute('aria-label', button.dataset.label + ': ' + plural(n, 'finding'));
    }

    const cells = $$('td.heat');
    const counts = cells.map((cell) => countOf(queryOf($('button', cell))));
    const max = Math.max(0, ...counts);
    cells.forEach((cell, i) => {
      const step = counts[i] > 0 && max > 0 ? Math.max(1, Math.ceil((counts[i] / max) * HEAT_STEPS)) : 0;
      cell.className = 'heat h' + step;
      const split = stanceCounts(queryOf($('button', cell)));
      for (const part of $$('.split span', cell)) {
        const stance = part.className.slice(2);
        part.style.width = counts[i] ? ((100 * split[stance]) / counts[i]).toFixed(1) + '%' : '0%';
      }
    });

    const rows = $$('table.bars tbody tr').map((row) => ({ row, counts: stanceCounts({ agency: row.dataset.agency }) }));
    const barMax = Math.max(1, ...rows.map(({ counts }) => Math.max(counts.strength, counts.improvement + counts.priority)));
    for (const { row, counts } of rows) {
      for (const bar of $$('.bar', row)) bar.style.width = ((85 * counts[bar.dataset.bar]) / barMax).toFixed(1) + '%';
    }

    for (const row of $$('table.letters tbody tr')) row.classList.toggle('off', !lettersIn[Number(row.dataset.letter)]);
    for (const mark of $$('.timeline .mark')) {
      const on = lettersIn[Number(mark.dataset.letter)];
      mark.classList.toggle('off', !on);
      mark.setAttribute('tabindex', on ? '0' : '-1');
      mark.setAttribute('aria-disabled', String(!on));
    }

    const letters = lettersIn.filter(Boolean).length;
    $('#letter-count').textContent = letters.toLocaleString('en-GB');
    $('#letter-noun').textContent = letters === 1 ? 'letter' : 'letters';
    $('#letter-layouts').textContent = ['2016-2020', '2022+']
      .map((layout) => [layout, data.letters.filter((letter, i) => lettersIn[i] && letter.layout === layout).length])
      .filter(([, n]) => n > 0).map(([layout, n]) => n + ' in the ' + layout + ' layout').join(', ');
    // A filter that leaves nothing says why, rather than showing zeros as if they were findings.
    const inverted = s.from && s.to && s.from > s.to;
    $('#f-from').setAttribute('aria-invalid', String(Boolean(inverted)));
    $('#f-to').setAttribute('aria-invalid', String(Boolean(inverted)));
    const all = visible.length === data.findings.length;
    $('#status').textContent =
      inverted ? 'No letters: the years are the wrong way round (From ' + s.from + ' is after To ' + s.to + '), so the range is empty.'
      : s.stances.size === 0 ? 'No findings: no stance is ticked; tick one or more.'
      : 'Showing ' + plural(visible.length, 'finding') + (all ? '' : ' of ' + data.findings.length.toLocaleString('en-GB')) + ' from ' + plural(letters, 'letter') + '.';
  }

  let opener = null;
  function open(element) {
    if (element.getAttribute('aria-disabled') === 'true') return;
    const q = queryOf(element);
    // The most serious first, then letter by letter in the order of the letter.
    const order = ['priority', 'improvement', 'strength', 'narrative'];
    const found = inView(q).filter((f) => matches(f, q)).sort((a, b) => order.indexOf(a[STANCE]) - order.indexOf(b[STANCE]));
    opener = element;
    $('#findings-title').textContent = element.dataset.label + ': ' + plural(found.length, 'finding');
    const split = order.map((stance) => [stance, found.filter((f) => f[STANCE] === stance).length]).filter(([, n]) => n > 0);
    $('#findings-split').textContent = split.map(([stance, n]) => plural(n, ...data.stanceNouns[stance])).join(' · ');
    const list = $('#quotes');
    // One finding at a time: those behind a number may be more than one call's arguments can hold.
    list.replaceChildren();
    for (const f of found) {
      const letter = data.letters[f[LETTER]];
      const item = document.createElement('li');
      item.title = f[ID];
      const badge = document.createElement('span');
      badge.className = 'badge s-' + f[STANCE];
      badge.textContent = data.stances[f[STANCE]];
      const quote = document.createElement('blockquote');
      quote.textContent = f[TEXT];
      const cite = document.createElement('div');
      cite.className = 'cite';
      const pages = f[PAGES][0] === f[PAGES][1] ? 'p. ' + f[PAGES][0] : 'pp. ' + f[PAGES][0] + '-' + f[PAGES][1];
      const section = (data.sections[f[SECTION]] || f[SECTION]) + (f[SUBSECTION] ? ' › ' + f[SUBSECTION] : '');
      const about = [...f[AGENCIES], ...f[THEMES]].map(label).join(', ');
      const where = document.createElement('strong');
      where.textContent = (letter.area || '') + ', ' + longDate(letter.date);
      cite.append(badge, where, ' · ' + section + ' · ' + pages + (about ? ' · ' + about : ''));
      item.append(quote, cite);
      list.append(item);
    }
    dialog.showModal();
    $('#findings-title').focus();
  }

  document.addEventListener('click', (event) => {
    const target = event.target.closest('[data-q]');
    if (target) open(target);
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target.closest && event.target.closest('.mark');
    if (target && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      open(target);
    }
  });
  $('.close', dialog).addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => opener && opener.focus());
  dialog.addEventListener('click', (event) => { if (event.target === dialog) dialog.close(); });
  form.addEventListener('change', update);
  form.addEventListener('reset', () => setTimeout(update));
  form.addEventListener('submit', (event) => event.preventDefault());
  update();
})();
`;
