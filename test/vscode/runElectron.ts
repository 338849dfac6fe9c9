// npm run test:electron: the same vscode-tier suites in desktop VS Code, downloaded by
// @vscode/test-electron (needs a machine that can reach the VS Code download site).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { repoRoot } from '../support/fixtures';
import { summaryLine, tierOk, type TierResult } from '../support/runMocha';

async function main(): Promise<number> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dockhand-electron-'));
  const workspace = path.join(work, 'workspace');
  fs.cpSync(path.join(repoRoot, 'test/fixtures/workspace'), workspace, { recursive: true });
  const resultsFile = path.join(work, 'results.json');
  // A run that VS Code reports as failed (a crash, an exit code other than 0) fails whatever
  // the results file says, and so does a pending test (tierOk).
  let runFailed = false;
  try {
    const code = await runTests({
      version: process.env.VSCODE_VERSION ?? '1.100.3',
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(repoRoot, 'out/test/vscode/index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
      extensionTestsEnv: { DOCKHAND_TEST_RESULTS: resultsFile },
    });
    runFailed = code !== 0;
  } catch (err) {
    runFailed = true;
    console.error(err instanceof Error ? err.message : err);
  }
  const result: TierResult = fs.existsSync(resultsFile)
    ? (JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as TierResult)
    : { tier: 'vscode', passed: 0, failed: 1, pending: 0 };
  console.log(summaryLine(result));
  fs.rmSync(work, { recursive: true, force: true });
  return !runFailed && tierOk(result) ? 0 : 1;
}

void main().then(code => process.exit(code));
