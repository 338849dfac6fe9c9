// The extension tests' entry, loaded by VS Code's extension host (code-server here,
// @vscode/test-electron elsewhere): runs the suites of one folder with mocha (./suite, or the one
// DOCKHAND_VSCODE_SUITES names: the runner's second pass runs ./restricted in an untrusted
// workspace), then fails the tier for any bug a command reported or any unhandled rejection.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findTests, runMocha, summaryLine, tierOk, type TierResult } from '../support/runMocha';
import type { ReportedError } from '../../src/ui/ErrorReports';
import { dockhand } from './suite/helpers';

export async function run(): Promise<void> {
  const folder = process.env.DOCKHAND_VSCODE_SUITES ?? 'suite';
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);
  process.on('unhandledRejection', onRejection);
  const api = await dockhand();
  const bugs: ReportedError[] = [];
  const watching = api.reportedErrors.onDidReport(report => report.kind === 'bug' && bugs.push(report));
  let result: TierResult;
  try {
    // runMocha applies DOCKHAND_TEST_GREP (refused under CI) and forbids .only and pending tests.
    result = await runMocha('vscode', findTests(path.join(__dirname, folder)), { timeout: 90_000 });
  } finally {
    process.off('unhandledRejection', onRejection);
    watching.dispose();
  }
  // A bug is never an expected outcome: a test that passed while a command crashed did not test
  // what its title says.
  for (const bug of bugs) {
    console.error(`A command failed with a programming error: ${bug.command}\n${bug.stack ?? bug.message}`);
  }
  for (const reason of rejections) {
    console.error(`Unhandled rejection in the extension host: ${reason instanceof Error ? reason.stack : String(reason)}`);
  }
  result = { ...result, failed: result.failed + bugs.length + rejections.length };
  const line = summaryLine(result);
  console.log(line);
  // The driver outside the extension host reads the counts from here.
  const resultsFile = process.env.DOCKHAND_TEST_RESULTS;
  if (resultsFile) {
    fs.writeFileSync(resultsFile, JSON.stringify(result));
  }
  // With a filter, a pass whose folder has no matching test ran nothing wrong: the runner's total
  // still needs one passed test.
  const filteredOut = result.filter !== undefined && !result.refused && result.passed + result.failed + result.pending === 0;
  if (!tierOk(result) && !filteredOut) {
    throw new Error(line);
  }
}
