#!/usr/bin/env node
// npm run bench: jtai's whole pipeline (extract, segment, tag, write) against pdftotext's
// extraction alone, on the same files in the same run, with peak memory and cold start.
// Needs pdftotext (Debian: apt-get install poppler-utils) and GNU time (/usr/bin/time).
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const jtai = join(root, 'bin/jtai.js');
for (const [tool, install] of [['pdftotext', 'apt-get install poppler-utils'], ['/usr/bin/time', 'apt-get install time']]) {
  if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) {
    console.error(`bench needs ${tool} (${install})`);
    process.exit(1);
  }
}

/** A folder holding the PDFs of `from`, copied round until there are at least `count`. */
function corpus(from, count) {
  const pdfs = readdirSync(from).filter((n) => n.endsWith('.pdf') && !n.includes('typeset')).sort();
  const dir = mkdtempSync(join(tmpdir(), 'jtai-bench-'));
  for (let i = 0; i < count; i++) copyFileSync(join(from, pdfs[i % pdfs.length]), join(dir, `${String(i).padStart(3, '0')}-${pdfs[i % pdfs.length]}`));
  return dir;
}

/** Wall seconds and peak resident memory (MB) of a command, by GNU time. */
function measure(command) {
  const run = spawnSync('/usr/bin/time', ['-f', 'BENCH %e %M', 'sh', '-c', command], { encoding: 'utf8' });
  const line = run.stderr.split('\n').find((l) => l.startsWith('BENCH '));
  const [, seconds, kb] = line.split(' ');
  return { seconds: Number(seconds), mb: Number(kb) / 1024 };
}

function compare(label, dir) {
  const files = readdirSync(dir).length;
  const out = mkdtempSync(join(tmpdir(), 'jtai-bench-out-'));
  const text = mkdtempSync(join(tmpdir(), 'jtai-bench-txt-'));
  const pdftotext = measure(`for f in "${dir}"/*.pdf; do pdftotext "$f" "${text}/$(basename "$f").txt"; done`);
  const ours = measure(`node "${jtai}" parse "${dir}" --out-dir "${out}" --quiet --max-failures 100% 2>/dev/null`);
  const written = readdirSync(out).length;
  rmSync(out, { recursive: true, force: true });
  rmSync(text, { recursive: true, force: true });
  console.log(
    `${label}: ${files} files; jtai ${ours.seconds.toFixed(2)} s (${(files / ours.seconds).toFixed(1)} files/s, peak ${ours.mb.toFixed(0)} MB, ${written} outputs); ` +
      `pdftotext loop ${pdftotext.seconds.toFixed(2)} s; ratio ${(ours.seconds / pdftotext.seconds).toFixed(2)}`,
  );
  return ours;
}

function coldStart() {
  const times = [];
  for (let i = 0; i < 11; i++) {
    const start = process.hrtime.bigint();
    execFileSync(process.execPath, [jtai, '--version']);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[5];
}

console.log(`jtai bench on ${availableParallelism()} cores, Node ${process.version}`);
const reports = corpus(join(root, 'fixtures/not-letters'), 50);
const letters = corpus(join(root, 'fixtures/letters'), 52);
const doubled = corpus(join(root, 'fixtures/letters'), 104);
compare('Ofsted reports (not letters) x50', reports);
const small = compare('JTAI letters x52', letters);
const large = compare('JTAI letters x104', doubled);
console.log(`peak memory with twice the files: ${small.mb.toFixed(0)} MB -> ${large.mb.toFixed(0)} MB`);
console.log(`cold start of jtai --version: median ${coldStart().toFixed(0)} ms of 11`);
for (const dir of [reports, letters, doubled]) rmSync(dir, { recursive: true, force: true });
