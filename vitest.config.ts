import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// A test file to each core (helper 8bp). Vitest's default for a run is one core fewer than the machine has
// (availableParallelism() - 1, vitest 4's resolveMaxWorkers), which on CI's two cores ran the files one at a time
// (tests 2105 s of the run's 2211), the second core idle but for the child processes some tests start. The tests
// write in temporary directories of their own (tempDir, packageCopy), and jtai's caches under dist/ are written to a
// temporary name and renamed; the time limits in tests/limits.test.ts and layout.test.ts are CPU time, or wall time
// with room for a machine at load 10 and more. Not yet run whole this way (helpers may not run the whole suite): CI is
// its first whole run, and this file alone takes it back.
export default defineConfig({ test: { maxWorkers: availableParallelism() } });
