// Runs the vscode tier in a real VS Code without a desktop: the VS Code server bundled in
// code-server hosts the extension host (Node), and headless Chromium opens its workbench with
// the extension under development and the test entry in the URL payload. The workbench's smoke
// test driver hooks (codeAutomationLog / codeAutomationExit) carry the logs and the result back.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { format } from 'node:util';
import type { Browser } from 'playwright-core';
import { repoRoot } from '../support/fixtures';
import { summaryLine, tierOk, type TierResult } from '../support/runMocha';
import { freePort, launchChromium, vscodeServerMain, waitForServer, workbenchUrl } from './codeServer';
import { startPageBridge } from './pageBridge';

const overallTimeoutMs = 20 * 60_000;

/**
 * One run of the VS Code server and the workbench. The main pass runs ./suite with workspace trust
 * off; the restricted pass runs ./restricted in an untrusted workspace (trust on, never granted),
 * as root without CAP_DAC_OVERRIDE so that a socket another user owns is refused as it would be
 * for a normal user, and with TLS material in DOCKER_CERT_PATH for a tcp:// host that speaks no TLS.
 */
interface Pass {
  readonly name: 'main' | 'restricted';
  readonly suites: string;
  readonly trusted: boolean;
}

const passes: readonly Pass[] = [
  { name: 'main', suites: 'suite', trusted: true },
  { name: 'restricted', suites: 'restricted', trusted: false },
];

async function main(): Promise<number> {
  const serverMain = vscodeServerMain();
  // DOCKHAND_VSCODE_PASS=main|restricted runs one pass (while developing).
  const only = process.env.DOCKHAND_VSCODE_PASS;
  let total: TierResult = { tier: 'vscode', passed: 0, failed: 0, pending: 0 };
  let ok = true;
  for (const pass of passes.filter(p => !only || p.name === only)) {
    const { code, result } = await runPass(serverMain, pass);
    total = {
      ...total,
      passed: total.passed + result.passed,
      failed: total.failed + result.failed,
      pending: total.pending + result.pending,
      // A filter (DOCKHAND_TEST_GREP) or its refusal under CI shows in the tier's line too.
      filter: total.filter ?? result.filter,
      refused: total.refused ?? result.refused,
    };
    ok &&= code === 0;
  }
  console.log(summaryLine(total));
  return ok && tierOk(total) ? 0 : 1;
}

async function runPass(serverMain: string, pass: Pass): Promise<{ code: number; result: TierResult }> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dockhand-vscode-'));
  const workspace = path.join(work, 'workspace');
  fs.cpSync(path.join(repoRoot, 'test/fixtures/workspace'), workspace, { recursive: true });
  const resultsFile = path.join(work, 'results.json');
  const port = await freePort();

  const bridge = await startPageBridge();
  const server = startServer(serverMain, port, work, resultsFile, pass, bridge.url);
  let browser: Browser | undefined;
  try {
    await waitForServer(port, server);
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let exit: (code: number) => void = () => undefined;
    const exited = new Promise<number>(resolve => (exit = resolve));
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => printLog(type, args));
    await page.exposeFunction('codeAutomationExit', (code: number) => exit(code));
    bridge.attach(page);

    await page.goto(workbenchUrl(port, workspace, repoRoot, path.join(repoRoot, 'out/test/vscode/index.js')));
    const code = await withTimeout(exited, overallTimeoutMs, `the extension tests (${pass.name} pass) did not finish`);
    const screenshot = process.env.DOCKHAND_SCREENSHOT;
    if (screenshot && pass.name === 'main') {
      await page.screenshot({ path: screenshot });
    }
    const result = readResult(resultsFile);
    console.log(`${pass.name} pass: ${summaryLine(result)}`);
    return { code, result };
  } finally {
    await browser?.close().catch(() => undefined);
    await bridge.close();
    server.kill('SIGTERM');
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function startServer(serverMain: string, port: number, work: string, resultsFile: string, pass: Pass, bridgeUrl: string): ChildProcess {
  // An empty gallery: the workbench must not look up open-vsx.org (there is no network here, and
  // tests send traffic to no address but this machine's).
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DOCKHAND_TEST_RESULTS: resultsFile,
    DOCKHAND_VSCODE_SUITES: pass.suites,
    DOCKHAND_PAGE_BRIDGE: bridgeUrl,
    EXTENSIONS_GALLERY: '{}',
  };
  // code-server's own launcher sets this; the bare VS Code server must not think it has a parent.
  delete env.CODE_SERVER_PARENT_PID;
  if (!pass.trusted) {
    env.DOCKER_TLS_VERIFY = '1';
    env.DOCKER_CERT_PATH = makeTlsMaterial(path.join(work, 'tls'));
  }
  const serverArgs = [
    serverMain,
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    // Without the smoke test driver a built VS Code ignores the payload, and the extension under
    // test silently never loads.
    '--enable-smoke-test-driver',
    ...(pass.trusted ? ['--disable-workspace-trust'] : []),
    '--disable-telemetry',
    '--server-data-dir',
    path.join(work, 'server'),
    '--user-data-dir',
    path.join(work, 'user'),
    '--extensions-dir',
    path.join(work, 'ext'),
  ];
  // As root, file permissions refuse nothing; without these capabilities they do, as for anyone else.
  const dropDac = !pass.trusted && process.getuid?.() === 0;
  const server = dropDac
    ? spawn(
        'setpriv',
        ['--inh-caps=-dac_override,-dac_read_search', '--bounding-set=-dac_override,-dac_read_search', process.execPath, ...serverArgs],
        { env, stdio: ['ignore', 'pipe', 'pipe'] },
      )
    : spawn(process.execPath, serverArgs, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const serverLog = fs.createWriteStream(path.join(repoRoot, '.test-results', `vscode-server-${pass.name}.log`));
  server.stdout?.pipe(serverLog);
  server.stderr?.pipe(serverLog);
  return server;
}

/**
 * A CA and a client certificate for DOCKER_CERT_PATH (openssl, as the docker docs make them): the
 * restricted pass points Dockhand at a tcp:// port that speaks no TLS, and the views must say "TLS".
 */
function makeTlsMaterial(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
  openssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca-key.pem',
    '-out',
    'ca.pem',
    '-days',
    '1',
    '-subj',
    '/CN=dockhand-test-ca',
  );
  openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'key.pem', '-out', 'client.csr', '-subj', '/CN=dockhand-test-client');
  openssl(
    'x509',
    '-req',
    '-in',
    'client.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca-key.pem',
    '-CAcreateserial',
    '-out',
    'cert.pem',
    '-days',
    '1',
  );
  return dir;
}

/** The extension host's console and mocha's output arrive here; print them as they come. */
function printLog(type: string, args: unknown[]): void {
  const text = format(...(Array.isArray(args) ? args : [args]));
  if (type === 'error' || type === 'warn' || /\b(passing|failing|pending)\b|✔|✓|\d+\) /.test(text) || /^\s{2,}\S/.test(text)) {
    console.log(text);
  }
}

function readResult(file: string): TierResult {
  if (!fs.existsSync(file)) {
    console.log('The extension tests never reported: the extension host did not run them (see .test-results/vscode-server-*.log).');
    return { tier: 'vscode', passed: 0, failed: 1, pending: 0 };
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as TierResult;
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(message)), ms).unref())]);
}

fs.mkdirSync(path.join(repoRoot, '.test-results'), { recursive: true });
main().then(
  code => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    console.log('vscode: 0 passed, 1 failed');
    process.exit(1);
  },
);
