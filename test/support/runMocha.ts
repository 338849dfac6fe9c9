// Runs one tier's mocha suites and reports the tier's closing line, "unit: N passed, N failed".
// A tier that runs no test fails: nothing may be silently skipped. `.only` and pending tests fail
// the tier, and a test-name filter (DOCKHAND_TEST_GREP, for developing one area) shows in the
// closing line and is refused under CI, where every test must run.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export interface TierResult {
  readonly tier: string;
  readonly passed: number;
  readonly failed: number;
  readonly pending: number;
  /** The test-name filter the run was limited to, if any. */
  readonly filter?: string;
  /** Why the tier did not run its tests at all (a refused filter). */
  readonly refused?: string;
}

export function findTests(dir: string): string[] {
  if (!fs.existsSync(dir)) {
    return [];
  }
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap(entry => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? findTests(full) : entry.name.endsWith('.test.js') ? [full] : [];
    })
    .sort();
}

/** The test-name filter from the environment, and whether this run may use it. */
export function testFilter(env: NodeJS.ProcessEnv = process.env): { grep?: string; refused?: string } {
  const grep = env.DOCKHAND_TEST_GREP || undefined;
  if (grep && isCi(env)) {
    return { grep, refused: `DOCKHAND_TEST_GREP=${grep} is set under CI: a CI run must run every test` };
  }
  return { grep };
}

function isCi(env: NodeJS.ProcessEnv): boolean {
  const ci = env.CI?.toLowerCase();
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

export function runMocha(tier: string, files: readonly string[], options: Mocha.MochaOptions = {}): Promise<TierResult> {
  const { grep, refused } = testFilter();
  if (refused) {
    console.error(`${tier}: ${refused}`);
    return Promise.resolve({ tier, passed: 0, failed: 1, pending: 0, filter: grep, refused });
  }
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: 30_000,
    reporter: 'spec',
    ...options,
    forbidOnly: true,
    forbidPending: true,
    ...(grep ? { grep } : {}),
  });
  for (const file of files) {
    mocha.addFile(file);
  }
  return new Promise(resolve => {
    try {
      const runner = mocha.run(() => {
        const stats = runner.stats ?? { passes: 0, failures: 0, pending: 0 };
        resolve({ tier, passed: stats.passes, failed: stats.failures, pending: stats.pending, ...(grep ? { filter: grep } : {}) });
      });
    } catch (err) {
      // mocha refuses to start at all on a `.only` (forbidOnly): the tier still closes with its line.
      const refused = err instanceof Error ? err.message : String(err);
      console.error(`${tier}: ${refused}`);
      resolve({ tier, passed: 0, failed: 1, pending: 0, refused, ...(grep ? { filter: grep } : {}) });
    }
  });
}

export function summaryLine(result: TierResult): string {
  const notes = [
    result.pending ? `, ${result.pending} skipped` : '',
    result.filter ? ` (filtered: /${result.filter}/)` : '',
    result.refused ? ` (${result.refused})` : '',
  ];
  return `${result.tier}: ${result.passed} passed, ${result.failed} failed${notes.join('')}`;
}

export function tierOk(result: TierResult): boolean {
  return result.failed === 0 && result.passed > 0 && result.pending === 0 && !result.refused;
}
