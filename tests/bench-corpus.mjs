// The real letters the benches run on (fixtures/letters/*.pdf, not the typeset one) and folders of copies of them,
// for `npm run bench` (bench.mjs) and bench-ab.mjs alike; each folder made here is removed by removeAll.
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function benchCorpus(root) {
  const letters = readdirSync(join(root, 'fixtures/letters')).filter((n) => n.endsWith('.pdf') && !n.includes('typeset')).sort();
  const temporary = [];
  const tempDir = (prefix) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    temporary.push(dir);
    return dir;
  };
  /** A folder holding `count` copies of the real letters, round robin. */
  const corpus = (count, prefix) => {
    const dir = tempDir(prefix);
    for (let i = 0; i < count; i++) {
      const name = letters[i % letters.length];
      copyFileSync(join(root, 'fixtures/letters', name), join(dir, `${String(i).padStart(3, '0')}-${name}`));
    }
    return dir;
  };
  const removeAll = () => {
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  };
  return { letters, tempDir, corpus, removeAll };
}
