import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { installedVersion, readThrough, updateWithFile } from './file-hash.js';
import { isBatchProcess } from './run/batch-process.js';
import { handleEarlySignals } from './run/early-signals.js';

// How the command line starts. Node 20 compiles every ES module from source on every run and keeps
// no compile cache for them: a one-letter run spent about 60 ms of CPU loading jtai's modules,
// commander and chalk. So `npm run build` (src/build/bundle-cli.mjs) bundles the command line into
// one script, dist/cli-bundle.cjs, compiled here from V8's code cache (dist/cli-code-cache.bin), as
// pdf.js is (src/extract/pdfjs.ts). The bundle names the modules it was made from, with a hash of
// each: when any has changed since (rebuilt by tsc alone), or the bundle is missing, the modules
// themselves run, as they did before the bundle. The library (dist/index.js) never uses it.

/**
 * The bundle's exports: the command line's, a batch's parsing thread (run/worker.ts), and which
 * pieces of pdf.js came from their code cache.
 */
type Cli = typeof import('./cli.js') & { serveParsing?: (code: 'bundle') => Promise<void>; pdfjsFromCache?: () => Promise<string[]> };

/** Set on the main thread when the command line runs from the bundle: its parsing threads do too. */
export const RUNS_BUNDLE = Symbol.for('jtai.runs-bundle');

const distDir = dirname(fileURLToPath(import.meta.url));
export const cliBundleFile = join(distDir, 'cli-bundle.cjs');
export const cliCodeCacheFile = join(distDir, 'cli-code-cache.bin');
/**
 * The same, made under the V8 flags of a batch's child process (src/run/batch-process.ts): V8
 * refuses a cache made under other flags, and that process and its parsing threads run the bundle.
 */
export const cliBatchProcessCodeCacheFile = join(distDir, 'cli-code-cache-batch-process.bin');
/** The code cache this process (or thread: they share its flags) can use, by name, in dist/. */
const codeCacheName = (): string => basename(isBatchProcess() ? cliBatchProcessCodeCacheFile : cliCodeCacheFile);
/**
 * The bundle's first line: this, then { inputs: [path in dist/, sha256 of its text][], packages:
 * [name, version][] } (the dependencies copied into it, as node_modules held them).
 */
export const BUNDLE_HEADER = '// jtai command line, bundled from: ';
/** What a bundled module's import.meta.url became: a call with its path in dist/. */
export const MODULE_URL = '__jtaiModuleUrl';

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

interface Bundle {
  cli: Cli;
  script: vm.Script;
  /** The hash of the script compiled, which a code cache must name. */
  source: string;
  /** Whether V8 compiled it from the code cache. */
  fromCache: boolean;
}

/**
 * The bundle's bytes, when every module it was made from is still the one in dist/ and every
 * dependency copied into it is still the version installed (else an update, a security fix
 * say, would reach the library but not the command line); else null. They hold until the next file
 * is read through (readThrough).
 */
function currentBundle(file: string): Buffer | null {
  try {
    // Read through (made a string, then the code cache read): see loadCliBundle.
    const bytes = readThrough(file);
    const newline = bytes.indexOf(10);
    if (newline < 0 || bytes.subarray(0, BUNDLE_HEADER.length).toString('utf8') !== BUNDLE_HEADER) return null;
    const { inputs, packages } = JSON.parse(bytes.subarray(BUNDLE_HEADER.length, newline).toString('utf8')) as { inputs: Array<[string, string]>; packages: Array<[string, string]> };
    const fresh =
      inputs.length > 0 &&
      inputs.every(([path, hash]) => updateWithFile(createHash('sha256'), join(dirname(file), path)).digest('hex') === hash) &&
      packages.every(([name, version]) => installedVersion(file, name) === version);
    return fresh ? bytes : null;
  } catch {
    return null;
  }
}

// The bundle runs as the body of a function given what a CommonJS module is given, and the URL of
// each bundled module's own file (what its import.meta.url was).
const WRAPPER = [`(function (exports, require, module, __filename, __dirname, ${MODULE_URL}) {`, '\n})'];

/** The cached code for the script of hash `source`, for this V8, if its bytes are intact. */
function readCodeCache(file: string, source: string): Buffer | undefined {
  try {
    const bytes = readThrough(file);
    const newline = bytes.indexOf(10);
    const header = JSON.parse(bytes.subarray(0, newline).toString('utf8')) as { v8: string; source: string; data: string };
    const data = bytes.subarray(newline + 1);
    return header.v8 === process.versions.v8 && header.source === source && sha256(data) === header.data ? data : undefined;
  } catch {
    return undefined;
  }
}

/** The bundled command line, compiled (from the code cache if `withCache` and it applies), or null. */
export function loadCliBundle(file = cliBundleFile, withCache = true): Bundle | null {
  const bytes = currentBundle(file);
  if (bytes === null) return null;
  // Hashed as bytes: a string would be encoded again to be hashed, which costs more than the hash.
  const source = createHash('sha256').update(WRAPPER[0]!).update(bytes).update(WRAPPER[1]!).digest('hex');
  const wrapped = `${WRAPPER[0]}${bytes.toString('utf8')}${WRAPPER[1]}`;
  // Read into the bundle's buffer (readThrough): the bundle's bytes are not used from here on.
  const cachedData = withCache ? readCodeCache(join(dirname(file), codeCacheName()), source) : undefined;
  const script = new vm.Script(wrapped, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as Cli };
  const moduleUrl = (path: string) => pathToFileURL(join(dirname(file), path)).href;
  (script.runInThisContext() as Function)(module.exports, createRequire(file), module, file, dirname(file), moduleUrl);
  return { cli: module.exports, script, source, fromCache: cachedData !== undefined && !script.cachedDataRejected };
}

/** Runs the command line (bin/jtai.js) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  handleEarlySignals();
  // `jtai --version` needs none of the bundle: cli.js answers it having loaded only version.js.
  const versionOnly = argv.length === 3 && (argv[2] === '--version' || argv[2] === '-V');
  const bundled = versionOnly ? null : loadCliBundle()?.cli;
  // A batch's threads run the bundle only when the command line itself runs it (run/pool.ts).
  if (bundled) (globalThis as Record<symbol, unknown>)[RUNS_BUNDLE] = true;
  return (bundled ?? (await import('./cli.js'))).main(argv);
}

/** What stays open in a process that has nothing left to do: its standard streams. */
const STANDARD_STREAMS = new Set(['TTYWrap', 'PipeWrap']);

/**
 * Ends the command line's process with `code` once its output is written, when nothing else is
 * left for it to do (no child process, timer, file operation or message: a batch has waited for its
 * threads by then), which is when it would end anyway. Ended so, Node skips tearing V8's heap down
 * (unmapping it page by page): 60-70 ms of a one-letter run's CPU on this kind of machine. When
 * anything is left, the process ends as it would have.
 */
export async function exitWhenIdle(code: number): Promise<void> {
  process.exitCode = code;
  // A write's callback comes once every write before it has reached the stream's file: to a slow
  // pipe, a long JSON may still be on its way.
  await Promise.all([process.stdout, process.stderr].map((stream) => new Promise<void>((resolve) => stream.write('', () => resolve()))));
  // Handles closed as the run ended (a file closed, say) are gone one turn later.
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (process.getActiveResourcesInfo().every((name) => STANDARD_STREAMS.has(name))) process.exit();
}

/**
 * For the build: runs the bundle, compiled from source, on each of `runs` (arguments after
 * `jtai`), then writes V8's code cache for it. To be called in a fresh process.
 */
export async function writeCliCodeCache(runs: string[][], file = join(distDir, codeCacheName())): Promise<void> {
  const bundle = loadCliBundle(cliBundleFile, false);
  if (!bundle) throw new Error(`${cliBundleFile} is missing or stale`);
  for (const args of runs) {
    const code = await bundle.cli.main([process.execPath, 'jtai', ...args]);
    if (code !== 0) throw new Error(`jtai ${args.join(' ')} exited with ${code}`);
  }
  // A one-input run may have changed V8's flags (src/short-run.ts); V8 takes a cache only under
  // the flags it was made with, and the bundle is compiled before any is changed. (Imported here, for the build alone:
  // not a module more for every run to load.)
  const { flagsAsAtStart } = await import('./short-run.js');
  flagsAsAtStart();
  const data = bundle.script.createCachedData();
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, Buffer.concat([Buffer.from(`${JSON.stringify({ v8: process.versions.v8, source: bundle.source, data: sha256(data) })}\n`), data]));
  renameSync(temporary, file);
  process.exitCode = 0;
}
