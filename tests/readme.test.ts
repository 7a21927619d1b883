import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorCatalogue, type ErrorCode } from '../src/errors.js';
import { MIN_CHARS, MIN_KNOWN_SHARE } from '../src/extract/readable-text.js';
import { EXIT } from '../src/run/outcome.js';
import { root, tempDir } from './helpers.js';

// The README's examples are real runs: each ```console block's commands are run here, and what
// the README shows must be what they print (and, for a ```markdown block after a command that
// writes a file, what the file holds). An example is abridged with "…": a line "…" stands for
// any lines, and "…" inside a line for any text.

interface Example {
  command: string;
  expected: string[];
  /** The block after the command's, showing the file it writes with -o. */
  file: { name: string; expected: string[] } | null;
}

function examples(readme: string): Example[] {
  const blocks = [...readme.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((match) => ({ kind: match[1]!, text: match[2]!, end: match.index! + match[0].length, start: match.index! }));
  const found: Example[] = [];
  blocks.forEach((block, index) => {
    if (block.kind !== 'console') return;
    const [first, ...output] = block.text.trimEnd().split('\n');
    const command = first!.replace(/^\$ /, '');
    const next = blocks[index + 1];
    const writes = / -o (\S+\.md)\b/.exec(command);
    const adjacent = next && next.kind === 'markdown' && readme.slice(block.end, next.start).trim().length < 1000;
    found.push({ command, expected: output, file: writes && adjacent ? { name: writes[1]!, expected: next.text.trimEnd().split('\n') } : null });
  });
  return found;
}

/** Whether `actual` shows `expected`, line by line, "…" standing for what was left out. */
function shows(actual: string[], expected: string[], anywhere: boolean): string | null {
  let at = 0;
  let skipping = anywhere;
  for (const line of expected) {
    if (line === '…') {
      skipping = true;
      continue;
    }
    const [head, ...rest] = line.split('…');
    const tail = rest.at(-1) ?? '';
    const fits = (candidate: string) => (rest.length === 0 ? candidate === line : candidate.startsWith(head!) && candidate.endsWith(tail) && candidate.length >= head!.length + tail.length);
    while (skipping && at < actual.length && !fits(actual[at]!)) at++;
    if (at >= actual.length || !fits(actual[at]!)) return `expected ${JSON.stringify(line)}, found ${JSON.stringify(actual[at] ?? '(end)')}`;
    at++;
    skipping = false;
  }
  return null;
}

interface Tag { id: string; rule: string; match: string; span: number[] }

/** Every link and picture the README points at in itself or the repository (not web addresses), as written. */
function relativeLinks(readme: string): string[] {
  const outsideCode = readme.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...outsideCode.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!).filter((target) => !/^[a-z][a-z+.-]*:/i.test(target));
}

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces as hyphens. */
const anchorOf = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');

/** Whether a path of the repository is in the npm package (package.json "files"). */
function shipped(path: string, files: string[]): boolean {
  return files.some((entry) => path === entry || path.startsWith(`${entry.replace(/\/$/, '')}/`));
}

/** What is wrong with the README's links: one line per link to nothing, or to a file the package leaves out without saying so. */
function linkProblems(readme: string, files: string[], exists: (path: string) => boolean): string[] {
  const anchors = new Set([...readme.matchAll(/^#+ (.+)$/gm)].map((match) => anchorOf(match[1]!)));
  return relativeLinks(readme).flatMap((target) => {
    if (target.startsWith('#')) return anchors.has(target.slice(1)) ? [] : [`${target}: no such heading`];
    const path = target.split('#')[0]!;
    if (!exists(path)) return [`${target}: no such file in the repository`];
    // A file the package leaves out must be said to be the repository's, next to the link.
    if (!shipped(path, files) && !readme.includes(`\`${path}\` in the repository`)) return [`${target}: not in the npm package, and not said to be the repository's`];
    return [];
  });
}

describe('the README', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const found = examples(readme);

  it('has its examples as console blocks', () => {
    expect(found.length).toBeGreaterThanOrEqual(3);
    expect(found.every((example) => example.command.startsWith('npx jtai '))).toBe(true);
  });

  it.each(found.map((example) => [example.command, example] as const))('shows what `%s` prints', (_, example) => {
    // Run where the README's paths (fixtures/...) resolve, writing into a folder of its own.
    const folder = tempDir('jtai-readme-');
    symlinkSync(join(root, 'fixtures'), join(folder, 'fixtures'));
    // As a shell runs it (globs, pipes), with this checkout's jtai for npx jtai.
    const command = example.command.replaceAll('npx jtai ', `"${process.execPath}" "${join(root, 'bin/jtai.js')}" `);
    const run = spawnSync('bash', ['-c', command], { cwd: folder, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    // CSV output: its byte-order mark and CRLF line ends are not shown in the README.
    const printed = `${run.stdout}${run.stderr}`.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n').trimEnd().split('\n');
    expect(shows(printed, example.expected, false), printed.join('\n')).toBeNull();
    if (example.file) {
      const written = readFileSync(join(folder, example.file.name), 'utf8').trimEnd().split('\n');
      expect(shows(written, example.file.expected, true)).toBeNull();
    }
  });

  it('shows the Leeds JSON as jtai writes it: the rules\' hash, the finding\'s place and each tag shown', () => {
    const block = /The JSON \(abridged\)[^`]*```json\n([\s\S]*?)```/.exec(readme)![1]!;
    const run = spawnSync(process.execPath, [join(root, 'bin/jtai.js'), 'parse', 'fixtures/letters/leeds-2024-05-16.pdf', '--format', 'json'], { cwd: root, encoding: 'utf8' });
    const letter = JSON.parse(run.stdout) as { rules: { hash: string }; findings: { id: string; span: number[]; pages: number[]; agencies: Tag[]; themes: Tag[] }[] };
    expect(/"hash": "(\w+)"/.exec(block)![1]).toBe(letter.rules.hash);
    const shown = /"findings": \[\{\s*"id": "([\w-]+)"/.exec(block)![1]!;
    const finding = letter.findings.find((f) => f.id === shown)!;
    expect(block).toContain(`"pages": [${finding.pages.join(', ')}], "span": [${finding.span.join(', ')}]`);
    const tags = [...block.matchAll(/\{ "id": "([\w-]+)", "path": \[[^\]]*\], "rule": "([\w.-]+)", "match": "([^"]*)", "span": \[(\d+), (\d+)\] \}/g)];
    expect(tags.length).toBeGreaterThanOrEqual(2);
    for (const [, id, rule, match, start, end] of tags) {
      expect([...finding.agencies, ...finding.themes]).toContainEqual(expect.objectContaining({ id, rule, match, span: [Number(start), Number(end)] }));
    }
  });

  it('links to headings and files that exist, and names every file the npm package leaves out as the repository\'s', () => {
    const { files } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[] };
    expect(linkProblems(readme, files, (path) => existsSync(join(root, path)))).toEqual([]);
    // The one link a reader of the installed package cannot follow: the report's picture, said to be the repository's.
    expect(relativeLinks(readme).filter((target) => !target.startsWith('#') && !shipped(target, files))).toEqual(['fixtures/screenshots/report.png']);
    // The check fails on a link to nothing, and on a link to a repository-only file not said to be one.
    expect(linkProblems('# A\n[x](#a) [y](#b) [z](tests/none.md) [w](tests/readme.test.ts)', files, (path) => existsSync(join(root, path)))).toEqual([
      '#b: no such heading', 'tests/none.md: no such file in the repository', 'tests/readme.test.ts: not in the npm package, and not said to be the repository\'s',
    ]);
  });

  it('shows each repository file a yaml block names in its first line as the file holds it, comments aside', () => {
    const named = [...readme.matchAll(/```yaml\n# (fixtures\/\S+\.yaml)\n([\s\S]*?)```/g)];
    expect(named.length).toBeGreaterThanOrEqual(1);
    const withoutComments = (text: string) => text.split('\n').filter((line) => !line.startsWith('#') && line.trim() !== '').join('\n');
    for (const [, path, shown] of named) expect(withoutComments(shown!), path).toBe(withoutComments(readFileSync(join(root, path!), 'utf8')));
  });

  it('an abridged example must still match: a changed line is caught', () => {
    expect(shows(['a', 'b', 'c'], ['a', '…', 'c'], false)).toBeNull();
    expect(shows(['a long line'], ['a …line'], false)).toBeNull();
    expect(shows(['a', 'b'], ['a', 'c'], false)).toMatch(/expected "c"/);
    expect(shows(['x', 'a'], ['a'], false)).toMatch(/expected "a"/);
  });
});

describe('the README\'s table of statuses', () => {
  it('has a row for every status an input can get, with its label and its code as --report writes it', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Statuses and exit codes'), readme.indexOf('| exit code |'));
    const rows = [...table.matchAll(/^\| ([^|]+) \| ([^|]+) \|/gm)].map((row) => ({ labels: row[1]!, codes: row[2]! }));
    // Not the status of an input: a command line or rules that cannot be used (their own exit code).
    const notAnInput = new Set<ErrorCode>(['invalid-rules', 'usage']);
    const missing = (Object.keys(errorCatalogue) as ErrorCode[])
      .filter((code) => !notAnInput.has(code))
      .filter((code) => !rows.some((row) => row.codes.includes(`\`${code}\``) && row.labels.includes(errorCatalogue[code].status)));
    expect(missing).toEqual([]);
  });

  it("gives the no-readable-text check's cut-offs as src/extract/readable-text.ts has them", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const row = readme.split('\n').find((line) => line.startsWith('| no readable text |'))!;
    expect(row).toContain(`under ${+(MIN_KNOWN_SHARE * 100).toFixed(2)}% of a font's characters`);
    expect(row).toContain(`in a font with ${MIN_CHARS} characters or more`);
  });

  it('has a row for every exit code jtai gives (run/outcome.ts), the signals\' included', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('| exit code |'));
    const listed = new Set([...table.matchAll(/^\| ([\d, ]+) \|/gm)].flatMap((row) => row[1]!.split(',').map((code) => Number(code.trim()))));
    expect(Object.values(EXIT).filter((code) => !listed.has(code))).toEqual([]);
  });
});

describe('the README\'s usage block', () => {
  // Each command's part of the block (from its "jtai <command>" line to the next command's) names
  // every long option its --help lists; report's part takes summarise's by saying "as summarise".
  it('names every option each command takes', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const block = readme.slice(readme.indexOf('## Usage'));
    const usage = block.slice(block.indexOf('```\n') + 4, block.indexOf('\n```', block.indexOf('```\n') + 4));
    const parts = new Map<string, string>();
    let current = '';
    for (const line of usage.split('\n')) {
      const head = /^jtai (rules \w+|\w+)/.exec(line);
      if (head) current = head[1]!;
      parts.set(current, `${parts.get(current) ?? ''}\n${line}`);
    }
    const rulesShared = [...parts.entries()].filter(([name]) => name.startsWith('rules')).map(([, text]) => text).join('\n');
    const run = (args: string[]) => spawnSync(process.execPath, [join(root, 'bin/jtai.js'), ...args], { cwd: root, encoding: 'utf8' }).stdout;
    const missing: string[] = [];
    for (const command of ['parse', 'summarise', 'report', 'explain', 'rules check', 'rules test', 'rules list']) {
      const options = [...run([...command.split(' '), '--help']).matchAll(/^ {2}(?:-\w, )?(--[\w-]+)/gm)].map((match) => match[1]!).filter((option) => option !== '--help');
      let text = parts.get(command) ?? '';
      if (command === 'report') text += parts.get('summarise');
      if (command.startsWith('rules')) text += rulesShared;
      for (const option of options) if (!new RegExp(`${option}(?![\\w-])`).test(text)) missing.push(`${command} ${option}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('the README\'s library section', () => {
  it('shows parseSource as async, with an example that runs as written', async () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const [, said, code] = /(`parseSource\(\{ file, bytes \}\)`[^`]*?is async[\s\S]*?)```ts\n([\s\S]*?)```/.exec(readme) ?? [];
    expect(said, 'the README says parseSource is async, with an example').toBeDefined();
    const { parseSource } = await import('../src/index.js');
    // The example's paths are the repository's; its imports are left out, as the README's are.
    const run = new (Object.getPrototypeOf(async () => undefined).constructor)('parseSource', 'readFileSync', `${code}\nreturn letter;`);
    const letter = await run(parseSource, (path: string, encoding: BufferEncoding) => readFileSync(join(root, path), encoding));
    expect(letter.letter.area).toBe('Wokingham');
    expect(letter.findings.length).toBeGreaterThan(0);
    // The promise, not the call, carries a bad input's error.
    const pending = parseSource({ file: 'bad.txt', bytes: 'not bytes' as unknown as Uint8Array });
    expect(pending).toBeInstanceOf(Promise);
    await expect(pending).rejects.toMatchObject({ code: 'usage' });
  });

  it('shows the JtaiError a missing file throws, with the line describe() gives', async () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const { parseFile, JtaiError } = await import('../src/index.js');
    const error = await parseFile(join(tempDir(), 'letter.pdf')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(JtaiError);
    const line = (error as InstanceType<typeof JtaiError>).describe().replace(/^.*letter\.pdf/, 'letter.pdf');
    expect(readme.replace(/\s+/g, ' ')).toContain(`(\`${line}\`)`);
    expect((error as InstanceType<typeof JtaiError>).message).toBe('no such file');
  });
});
