import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { outputName } from '../src/run/output-names.js';
import { parseFile } from '../src/parse.js';
import { letterToCsv, letterToMarkdown } from '../src/render/letter.js';
import { summaryToLongCsv, summaryToMarkdown } from '../src/render/summary.js';
import { summarise } from '../src/summarise/index.js';
import { fixture, jtai, parsed, tempDir } from './helpers.js';

// Odd and hostile inputs at the output end: names, Markdown, CSV, and text encodings.


const wokinghamText = readFileSync(fixture('letters/wokingham-2017-07-14.txt'), 'utf8');

describe('output names', () => {
  it('a letter whose area is not read (it is in another script) is named by its input, in that input\'s own script', () => {
    const dir = tempDir();
    const letter = wokinghamText.replaceAll('Wokingham', 'Вокингем');
    writeFileSync(join(dir, 'cyrillic-area.txt'), letter);
    writeFileSync(join(dir, 'письмо.txt'), letter);
    const out = join(dir, 'out');
    for (let run = 0; run < 2; run++) {
      const result = jtai(['parse', join(dir, 'cyrillic-area.txt'), join(dir, 'письмо.txt'), '--out-dir', out]);
      expect(result.code).toBe(0);
    }
    expect(readdirSync(out).sort()).toEqual(['cyrillic-area-txt.json', 'письмо-txt.json']);
  });

  it('an input named in several scripts keeps its letters in the name of its output', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'wokingham.txt'), wokinghamText);
    writeFileSync(join(dir, 'ünïcødé-ліст.txt'), wokinghamText);
    const run = jtai(['parse', join(dir, 'wokingham.txt'), join(dir, 'ünïcødé-ліст.txt'), '--out-dir', join(dir, 'out')]);
    expect(run.code).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['wokingham-2017-07-14-unicøde-ліст-txt.json', 'wokingham-2017-07-14.json']);
  });

  it('names from an area in another script, with accents, or in nothing but punctuation', async () => {
    expect(await outputName('Вокингем', '2017-07-14', 'dir/letter.pdf')).toBe('вокингем-2017-07-14');
    expect(await outputName(null, null, 'dir/ünïcødé-ліст.pdf')).toBe('unicøde-ліст-pdf');
    expect(await outputName('東京都', '2017-07-14', 'x.pdf')).toBe('東京都-2017-07-14');
    expect(await outputName('दिल्ली', null, 'x.pdf')).toBe('दिल्ली');
    expect(await outputName('☃ ☃', '2017-07-14', 'dir/письмо.pdf')).toBe('письмо-pdf');
    expect(await outputName('☃ ☃', '2017-07-14', 'dir/☃.pdf')).toMatch(/^letter-[0-9a-f]{8}-2017-07-14$/);
    expect(await outputName('Vokingém', '2017-07-14', 'x.pdf')).toBe('vokingem-2017-07-14');
    expect(await outputName('---', null, '...')).toMatch(/^letter-[0-9a-f]{8}$/);
    expect(await outputName(null, null, '-')).toBe('stdin');
  });

  it('names that would not be safe, or that a file system would hold as one, are made safe and alike', async () => {
    // No separators, control or direction characters, leading dots or dashes; no name Windows reserves.
    expect(await outputName('../a/b\\c\u0000\n\u202eé', null, 'x.pdf')).toBe('a-b-c-e');
    expect(await outputName('.-.hidden', null, 'x.pdf')).toBe('hidden');
    expect(await outputName('Con', null, 'x.pdf')).toBe('con-letter');
    expect(await outputName('LPT1', null, 'x.pdf')).toBe('lpt1-letter');
    expect(await outputName('COM\u00b9', null, 'x.pdf')).toBe('com1-letter');
    // One name however its accents were typed (NFC or NFD), and in any case, final sigma too.
    expect(await outputName('Йошкар-Ола'.normalize('NFD'), null, 'x.pdf')).toBe(await outputName('Йошкар-Ола'.normalize('NFC'), null, 'x.pdf'));
    expect(await outputName('ΟΔΟΣ', null, 'x.pdf')).toBe(await outputName('οδος', null, 'x.pdf'));
    expect(await outputName('Straße', null, 'x.pdf')).toBe('strasse');
  });

  it('an area in a script of many bytes a letter gives a name of bounded bytes, cut between letters', async () => {
    const cyrillic = await outputName('Вокингем '.repeat(100), '2017-07-14', 'x.pdf');
    expect(Buffer.byteLength(cyrillic)).toBeLessThanOrEqual(111);
    const wide = await outputName('\u{20000}'.repeat(100), null, 'x.pdf');
    expect(wide).toBe('\u{20000}'.repeat(25));
  });

  it('a 5,000-character area gives a name of bounded length', async () => {
    const name = await outputName('Wokingham '.repeat(500), '2017-07-14', 'letter.pdf');
    expect(name.length).toBeLessThanOrEqual(71);
    expect(name).toMatch(/^wokingham-wokingham-.*-2017-07-14$/);
    const dir = tempDir();
    writeFileSync(join(dir, 'long.txt'), wokinghamText.replaceAll('Wokingham', 'W'.repeat(5000)));
    const run = jtai(['parse', join(dir, 'long.txt'), '--out-dir', join(dir, 'out')]);
    expect(run.stderr).not.toMatch(/ENAMETOOLONG|\n\s+at /);
    expect(run.code).toBe(0);
    expect(readdirSync(join(dir, 'out'))).toHaveLength(1);
  });

  it('a symbolic link loop reached through a glob gives one output per letter', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'letters'));
    writeFileSync(join(dir, 'letters', 'wokingham.txt'), wokinghamText);
    symlinkSync('..', join(dir, 'letters', 'loop'));
    const run = jtai(['parse', `${dir}/letters/**/*.txt`, '--out-dir', join(dir, 'out')]);
    expect(run.code).toBe(0);
    expect(readdirSync(join(dir, 'out'))).toEqual(['wokingham-2017-07-14.json']);
  });

  it('a glob that also matches the output folder does not take an earlier run\'s outputs as letters', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'wokingham.txt'), wokinghamText);
    for (const run of [1, 2, 3]) expect(jtai(['parse', `${dir}/*`, '--out-dir', dir]).code, `run ${run}`).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['wokingham-2017-07-14.json', 'wokingham.txt']);
    // A glob that matches no letter still gives each file it matches its own status.
    const others = jtai(['parse', `${dir}/*.json`, '--out-dir', join(dir, 'out')]);
    expect(others.code).not.toBe(0);
    expect(others.stderr).toContain('wokingham-2017-07-14.json');
  });

  it('a later run over a subset does not overwrite another letter\'s output of the same name, and says so', () => {
    const dir = tempDir();
    const pdf = 'fixtures/letters/wokingham-2017-07-14.pdf';
    const text = 'fixtures/letters/wokingham-2017-07-14.txt';
    for (const format of ['json', 'md']) {
      const out = join(dir, format);
      expect(jtai(['parse', pdf, text, '--out-dir', out, '--format', format]).code).toBe(0);
      const first = readFileSync(join(out, `wokingham-2017-07-14.${format}`), 'utf8');
      const subset = jtai(['parse', text, '--out-dir', out, '--format', format]);
      expect(subset.code).toBe(0);
      expect(subset.stderr).toContain(`note: ${out}/wokingham-2017-07-14.${format} holds the output of another input`);
      expect(subset.stderr).toContain(`-> ${out}/wokingham-2017-07-14-wokingham-2017-07-14-txt.${format} (unchanged)`);
      expect(readFileSync(join(out, `wokingham-2017-07-14.${format}`), 'utf8')).toBe(first);
      expect(readdirSync(out)).toHaveLength(2);
    }
  });
});

describe('Markdown and CSV of text that looks like markup', () => {
  const hostile = [
    '# Not a heading',
    '~~~',
    'A fence above would swallow the rest; <script>alert(1)</script> &amp; [a link](http://x) *stars* `code` | pipe',
    '1. not a numbered list',
    '> not a quote',
    '===',
  ];

  it('renders each finding as the text it is, and the rest of the document still renders', async () => {
    const result = structuredClone(await parsed('letters/wokingham-2017-07-14.pdf'));
    result.findings.slice(0, hostile.length).forEach((finding, i) => (finding.text = hostile[i]!));
    result.findings[hostile.length]!.text = 'One line\n# and a heading on the next\n~~~';
    const html = new MarkdownIt().render(letterToMarkdown(result));
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<pre>|<code>|<script>|<blockquote>|<ol>|<a href|<em>stars/);
    for (const text of hostile) expect(html).toContain(new MarkdownIt().utils.escapeHtml(text));
    expect(html).toContain('One line # and a heading on the next ~~~');
    // What follows the hostile findings is still there, as list items and headings.
    const last = result.findings.at(-1)!;
    expect(html).toContain(new MarkdownIt().utils.escapeHtml(last.text.slice(0, 40)));
    expect(html.match(/<h2>/g)!.length).toBe(result.sections.length);
  });

  it('the digest shows a letter named by its file, and a quote holding a pipe, a comma, quotes and a line break, as they are; the long CSV keeps them', async () => {
    // Wokingham with its area unread: the digest names it by its input, whose name Markdown would read as emphasis.
    const result = structuredClone(await parsed('letters/wokingham-2017-07-14.pdf'));
    result.letter.area = null;
    result.source.file = 'letters/jtai_letter_*final*.pdf';
    const text = 'Leaders | partners, and "the police"\n# agree on <b>thresholds</b>.';
    const finding = result.findings.find((f) => f.section === 'key-strengths')!;
    finding.text = text;
    const summary = summarise([result], 'area');
    const html = new MarkdownIt().render(summaryToMarkdown(summary, { allQuotes: true }));
    expect(html).not.toMatch(/<em>final|<b>/);
    expect(html).toContain('letters/jtai_letter_*final*.pdf (14 July 2017)');
    expect(html).toContain('<li>Leaders | partners, and &quot;the police&quot; # agree on &lt;b&gt;thresholds&lt;/b&gt;. <em>(unknown area, 14 July 2017, Key strengths, p');
    // Every CSV field is quoted, its quotes doubled: the text comes back whole, line break and all.
    const fields = [...summaryToLongCsv(summary).matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"'));
    expect(fields).toContain(text);
    expect(fields).toContain('letters/jtai_letter_*final*.pdf');
  });

  it('CSV neutralises formula characters, full-width ones too', async () => {
    const result = structuredClone(await parsed('letters/wokingham-2017-07-14.pdf'));
    const starts = ['=1+1', '+1', '-1', '@SUM(A1)', '＝1+1', '＋1', '－1', '＠SUM(A1)'];
    starts.forEach((text, i) => (result.findings[i]!.text = text));
    const rows = letterToCsv(result).split('\r\n');
    // The text column, quoted, then the source columns after it.
    starts.forEach((text, i) => expect(rows[i + 1]).toContain(`,"'${text}",`));
  });
});

describe('text encodings: UTF-16 with or without a byte-order mark', () => {
  it('reads UTF-16 (either byte order) and UTF-8 with a BOM as the same letter', async () => {
    const dir = tempDir();
    const bom = '\uFEFF' + wokinghamText;
    const little = Buffer.from(bom, 'utf16le');
    const big = Buffer.from(little).swap16();
    writeFileSync(join(dir, 'utf16le.txt'), little);
    writeFileSync(join(dir, 'utf16be.txt'), big);
    writeFileSync(join(dir, 'utf8bom.txt'), Buffer.from(bom, 'utf8'));
    writeFileSync(join(dir, 'plain.txt'), wokinghamText);
    const ids = async (name: string) => (await parseFile(join(dir, name))).findings.map((f) => `${f.id} ${f.text}`);
    const expected = await ids('plain.txt');
    expect(expected.length).toBeGreaterThan(80);
    for (const name of ['utf16le.txt', 'utf16be.txt', 'utf8bom.txt']) expect(await ids(name)).toEqual(expected);
    expect(existsSync(join(dir, 'plain.txt'))).toBe(true);
  });

  it('reads UTF-16 without a BOM (as iconv -t utf-16le writes it) by its NULs, either byte order; a PNG is still binary', () => {
    // Without a mark, UTF-16 of a letter has a NUL in (nearly) every high byte: at odd positions
    // little-endian, even ones big-endian. It was refused as "binary, not text".
    const dir = tempDir();
    const little = Buffer.from(wokinghamText, 'utf16le');
    writeFileSync(join(dir, 'nobom-le.txt'), little);
    writeFileSync(join(dir, 'nobom-be.txt'), Buffer.from(little).swap16());
    writeFileSync(join(dir, 'plain.txt'), wokinghamText);
    const findings = (name: string) => {
      const run = jtai(['parse', join(dir, name), '--format', 'json']);
      expect(run.code, run.stderr).toBe(0);
      return JSON.stringify((JSON.parse(run.stdout) as { findings: unknown[] }).findings);
    };
    const expected = findings('plain.txt');
    expect(expected.length).toBeGreaterThan(10_000);
    expect(findings('nobom-le.txt')).toBe(expected);
    expect(findings('nobom-be.txt')).toBe(expected);
    // A 1-pixel PNG: NULs in its first bytes, but not as text's high bytes.
    writeFileSync(join(dir, 'image.png'), Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));
    const image = jtai(['parse', join(dir, 'image.png')]);
    expect(image.code).toBe(1);
    expect(image.stderr).toMatch(/image\.png: not UTF-8: the file is binary, not text/);
  });
});
