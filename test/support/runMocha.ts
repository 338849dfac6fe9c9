// Runs one tier's mocha suites and reports the tier's closing line, "unit: N passed, N failed".
// A tier that runs no test fails: nothing may be silently skipped.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export interface TierResult {
  readonly tier: string;
  readonly passed: number;
  readonly failed: number;
  readonly pending: number;
}

export function findTests(dir: string): string[] {
  if (!fs.existsSync(dir)) {
    return [];
  }
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? findTests(full) : entry.name.endsWith('.test.js') ? [full] : [];
  }).sort();
}

export function runMocha(tier: string, files: readonly string[], options: Mocha.MochaOptions = {}): Promise<TierResult> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec', ...options });
  for (const file of files) {
    mocha.addFile(file);
  }
  return new Promise(resolve => {
    const runner = mocha.run(() => {
      const stats = runner.stats ?? { passes: 0, failures: 0, pending: 0 };
      resolve({ tier, passed: stats.passes, failed: stats.failures, pending: stats.pending });
    });
  });
}

export function summaryLine(result: TierResult): string {
  return `${result.tier}: ${result.passed} passed, ${result.failed} failed${result.pending ? `, ${result.pending} skipped` : ''}`;
}

export function tierOk(result: TierResult): boolean {
  return result.failed === 0 && result.passed > 0 && result.pending === 0;
}
