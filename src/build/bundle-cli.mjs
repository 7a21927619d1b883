// `npm run build`: the command line as one script (dist/cli-bundle.cjs) and V8's code cache for it
// (dist/cli-code-cache.bin), read by src/start.ts. Node 20 compiles every ES module from source on
// every run; a one-letter run spent about 60 ms of CPU loading jtai's 30 modules, commander and
// chalk. The bundle's first line names each of jtai's modules it holds, with a hash of its text,
// so that code rebuilt since (tsc alone) is never run from a stale bundle.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'dist');
const { BUNDLE_HEADER, MODULE_URL, cliBundleFile, cliCodeCacheFile, cliBatchProcessCodeCacheFile } = await import(join(dist, 'start.js'));
const { installedVersion } = await import(join(dist, 'file-hash.js'));
const { BATCH_PROCESS_FLAGS } = await import(join(dist, 'run/batch-process.js'));
const sha256 = (data) => createHash('sha256').update(data).digest('hex');
const inDist = (id) => id.startsWith(dist + sep) && !id.includes(`${sep}node_modules${sep}`);

// A module's import.meta.url, where it is code (not in a string), is the URL of its own file in
// dist/, so that the files it finds beside it (rules, models, the worker) are the same as before.
const META_URL = /(?<!['"`])\bimport\.meta\.url\b(?!['"`])/g;
const ownUrls = {
  name: 'jtai-module-urls',
  transform(code, id) {
    if (!inDist(id)) return null;
    const path = relative(dist, id).split(sep).join('/');
    return { code: code.replace(META_URL, `${MODULE_URL}(${JSON.stringify(path)})`), map: null };
  },
};

rmSync(cliBundleFile, { force: true });
rmSync(cliCodeCacheFile, { force: true });
rmSync(cliBatchProcessCodeCacheFile, { force: true });
// The bundle's entry: the command line, a batch's parsing thread (loaded only when it runs), and
// what its tests ask of the bundle as it runs.
const ENTRY = 'jtai-cli-bundle';
const entry = {
  name: 'jtai-cli-entry',
  resolveId: (id) => (id === ENTRY ? id : null),
  load: (id) => (id === ENTRY ? `export * from ${JSON.stringify(join(dist, 'cli.js'))};
/** A batch's parsing thread (run/worker.ts). */
export const serveParsing = async (code) => (await import(${JSON.stringify(join(dist, 'run/thread.js'))})).serveParsing(code);
/** Which pieces of pdf.js this process compiled from their code cache. */
export const pdfjsFromCache = async () => (await import(${JSON.stringify(join(dist, 'extract/pdfjs.js'))})).pdfjsFromCache();
/**
 * For tests/bench-tagging.mjs --cold-cli, one letter's tagging timed as the command line runs it: what it calls, from
 * the bundle (which holds them already), loaded only when asked, as the command line loads them.
 */
export const coldTagging = async () => {
  const [parse, rules, shortRun] = await Promise.all([import(${JSON.stringify(join(dist, 'parse.js'))}), import(${JSON.stringify(join(dist, 'rules.js'))}), import(${JSON.stringify(join(dist, 'short-run.js'))})]);
  return { parseFile: parse.parseFile, tagFindings: parse.tagFindings, defaultRules: rules.defaultRules, noSpareCore: shortRun.noSpareCore, parsingOneInput: shortRun.parsingOneInput, tuneForShortRun: shortRun.tuneForShortRun };
};` : null),
};
const build = await rolldown({ input: ENTRY, platform: 'node', plugins: [entry, ownUrls], logLevel: 'warn' });
const { output } = await build.generate({ format: 'cjs', codeSplitting: false });
await build.close();
if (output.length !== 1) throw new Error(`bundle-cli: expected one script, got ${output.length} files`);
const [chunk] = output;
// An import.meta.url of jtai's that the transform above missed would be the bundle's own file name
// (rolldown's stand-in for it in a script), and the files found from it the wrong ones. (A
// dependency's may stay: it finds packages from the bundle in dist/ as well as from its own folder;
// its region is named from the package's real path, ../main/node_modules/... when node_modules is a link.)
const regions = chunk.code.split(/^\/\/ (?=\S+\.m?[jt]s$)/m);
const inDependency = (region) => /^(?:\S*\/)?node_modules\//.test(region);
const missed = regions.filter((region) => !inDependency(region) && region.includes('pathToFileURL(__filename)'));
if (missed.length > 0) throw new Error(`bundle-cli: import.meta.url left to rolldown in ${missed.map((region) => region.split('\n')[0]).join(', ')}`);
// A script compiled by vm from a code cache has no import(): Node 20 loses its loader for it.
const importCalls = chunk.code.split('\n').filter((line) => /\bimport\(/.test(line) && !/^\s*(?:\*|\/\/)/.test(line));
if (importCalls.length > 0) throw new Error(`bundle-cli: the bundle still holds a dynamic import(): ${importCalls[0].trim()}`);
const inputs = chunk.moduleIds.filter(inDist).map((id) => [relative(dist, id).split(sep).join('/'), sha256(readFileSync(id))]);
// The dependencies copied in, by name and the version the bundle's own folder resolves: the
// bundle is not run once another version is installed.
const packageNames = [...new Set(chunk.moduleIds.map((id) => /.*[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id)?.[1]?.split(sep).join('/')).filter(Boolean))].sort();
const packages = packageNames.map((name) => [name, installedVersion(cliBundleFile, name)]);
const temporary = `${cliBundleFile}.${process.pid}.tmp`;
writeFileSync(temporary, `${BUNDLE_HEADER}${JSON.stringify({ inputs, packages })}\n${chunk.code}`);
renameSync(temporary, cliBundleFile);

// The code caches, each made in a fresh process that runs the bundle on letters as a user would, so
// that it holds the code a one-letter run compiles, and that a batch's threads run (the same
// parsing). A user's run writes its JSON to standard output with a status line (`parsed: ...`);
// the first run does too (its output thrown away), so that writing them is in the cache. A text
// letter, and a PDF of 2017 with footnotes and tables (Hampshire), hold what Leeds's pages do not:
// with Leeds and the text alone, a run of Hampshire, Wokingham's PDF or South Tyneside compiled
// 100-130 of the bundle's functions lazily, 1-19 with the three (`--log-function-events`, with a
// cache made under that flag), for a cache of 0.87 MB against 0.83. One is made under V8's
// default flags; the other under a batch's child process's (which V8 requires of a cache), where a
// batch of the first two also runs, for the code of the batch's own main thread.
const letters = ['fixtures/letters/leeds-2024-05-16.pdf', 'fixtures/letters/wokingham-2017-07-14.txt', 'fixtures/letters/hampshire-2017-02-01.pdf'].map((file) => join(root, file));
const scratch = mkdtempSync(join(tmpdir(), 'jtai-bundle-'));
try {
  const runs = letters.map((letter, index) => (index === 0 ? ['parse', letter, '--format', 'json'] : ['parse', letter, '--quiet', '--format', 'json', '-o', join(scratch, `${index}.json`)]));
  const batch = ['parse', ...letters.slice(0, 2), '--quiet', '--format', 'json', '--out-dir', join(scratch, 'batch')];
  // A script file, not `-e`: the batch's threads inherit the process's flags, and a thread refuses `--input-type`.
  const writeCache = (flags, runs) => {
    const script = join(scratch, 'write-cache.mjs');
    writeFileSync(script, `const { writeCliCodeCache } = await import(${JSON.stringify(join(dist, 'start.js'))}); await writeCliCodeCache(${JSON.stringify(runs)});`);
    // Standard output (the first run's JSON) is thrown away; standard error (its status line) is
    // shown only if the run fails, in the error execFileSync throws.
    execFileSync(process.execPath, [...flags, script], { stdio: ['ignore', 'ignore', 'pipe'] });
  };
  writeCache([], runs);
  writeCache(BATCH_PROCESS_FLAGS, [...runs, batch]);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const size = (file) => (readFileSync(file).length / 1048576).toFixed(1);
console.log(`bundle-cli: ${inputs.length} modules of jtai and ${chunk.moduleIds.filter((id) => id !== ENTRY && !inDist(id)).length} of its dependencies in ${size(cliBundleFile)} MB -> ${cliBundleFile}; code caches ${size(cliCodeCacheFile)} MB -> ${cliCodeCacheFile}, ${size(cliBatchProcessCodeCacheFile)} MB -> ${cliBatchProcessCodeCacheFile}`);
