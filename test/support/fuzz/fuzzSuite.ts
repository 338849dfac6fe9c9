// The mocha test each language's fuzz.test.ts declares: the fuzzer in two worker threads under
// the watchdog, failing with the shrunk input of everything it found.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { repoRoot } from '../fixtures';
import { describeFailure, fuzzCaseCount, runFuzz } from './runFuzz';

export function fuzzSuite(language: string, targetModule: string, seed: number): void {
  describe(`${language} fuzz: random edits in worker threads, every answer checked, hangs caught`, function () {
    // The watchdog bounds each case by CPU time; this only stops a run that is wildly off.
    this.timeout(20 * 60_000);

    it(`replays the regression fixtures, then keeps every invariant for ${fuzzCaseCount()} seeded incremental edits`, async () => {
      const cases = fuzzCaseCount();
      const result = await runFuzz({
        targetModule,
        language,
        cases,
        seed,
        fixturesDir: path.join(repoRoot, 'test', 'fixtures', 'fuzz', language),
        workers: Number(process.env.DOCKHAND_FUZZ_WORKERS ?? 2),
      });
      console.log(
        `      ${language}: ${result.cases} cases, ${(result.cpuMs / 1000).toFixed(1)} s of worker CPU, ${(result.wallMs / 1000).toFixed(1)} s wall`,
      );
      const found = result.failures.map(describeFailure).join('\n\n');
      assert.equal(result.failures.length, 0, `${found}\n\nKept as regression fixtures: ${result.written.join(', ')}`);
      assert.ok(result.cases >= cases, `${result.cases} of ${cases} cases ran`);
    });
  });
}
