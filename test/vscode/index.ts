// The extension tests' entry, loaded by VS Code's extension host (code-server here,
// @vscode/test-electron elsewhere): runs the suites in ./suite with mocha.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findTests, runMocha, summaryLine, tierOk } from '../support/runMocha';

export async function run(): Promise<void> {
  // runMocha applies DOCKHAND_TEST_GREP (refused under CI), forbids .only and pending tests.
  const result = await runMocha('vscode', findTests(path.join(__dirname, 'suite')), { timeout: 90_000 });
  const line = summaryLine(result);
  console.log(line);
  // The driver outside the extension host reads the counts from here.
  const resultsFile = process.env.DOCKHAND_TEST_RESULTS;
  if (resultsFile) {
    fs.writeFileSync(resultsFile, JSON.stringify(result));
  }
  if (!tierOk(result)) {
    throw new Error(line);
  }
}
