// Command line: node out/test/support/runTier.js <tier> — runs out/test/<tier>/**/*.test.js.
import * as path from 'node:path';
import { findTests, runMocha, summaryLine, tierOk } from './runMocha';

async function main(): Promise<void> {
  const tier = process.argv[2];
  if (!tier) {
    throw new Error('usage: runTier <unit|engine>');
  }
  const files = findTests(path.join(__dirname, '..', tier));
  const result = await runMocha(tier, files, { timeout: tier === 'unit' ? 10_000 : 60_000 });
  console.log(summaryLine(result));
  // Exit explicitly: a suite that leaves a socket open must not hang the run.
  process.exit(tierOk(result) ? 0 : 1);
}

main().catch(err => {
  console.error(err);
  process.exitCode = 1;
});
