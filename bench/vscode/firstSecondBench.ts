// npm run bench (first second, issue 9): Dockhand's activation and first results in the real
// VS Code — code-server's VS Code server with the production bundle (`esbuild.mjs --production`,
// laid out as the .vsix ships it, no node_modules), a workbench in headless Chromium. Each sample
// is a fresh server and profile, so every figure is a cold first time:
//   views       open the Dockhand view → activation → the containers view loaded from the engine
//   dockerfile  open a Dockerfile → activation, language server start → its first diagnostics
//   compose     open a compose file → the same
// The activation figure is VS Code's own (codeLoadingTime + activateCallTime of the extension
// host), read from "Developer: Show Running Extensions" as the browser renders it.
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../../test/support/fixtures';
import { freePort, launchChromium, vscodeServerMain, waitForServer, workbenchUrl } from '../../test/vscode/codeServer';
import { startPageBridge } from '../../test/vscode/pageBridge';
import { median, ms } from '../stats';
import type { FirstSecondSample, FirstSecondScenario } from './firstSecondHost';

const runs = Number(process.env.BENCH_RUNS ?? 5);
/**
 * BENCH_BEFORE_DIST=<a dist/ built earlier with --production>: that build is sampled too,
 * alternately with this one, so that a change is compared under the same machine load.
 */
const beforeDist = process.env.BENCH_BEFORE_DIST;
const scenarios: readonly FirstSecondScenario[] = ['views', 'dockerfile', 'compose'];
/**
 * BENCH_WARM=1: each sample is VS Code's second start with the same profile, as a person's every
 * day is, after a first start that is not measured (the language server's code cache is then in
 * Dockhand's global storage). Without it, every sample is a first start with a fresh profile.
 */
const warm = process.env.BENCH_WARM === '1';
/** What the .vsix holds besides dist/ (.vscodeignore). */
const shipped = ['package.json', 'package.nls.json', 'README.md', 'LICENSE', 'media', 'syntaxes', 'schemas', 'docs'];

const dockerfile = `# A service image, the kind of file a person opens first.
FROM node:latest
WORKDIR /app
COPY package.json package-lock.json ./
RUN apt-get update && apt-get install -y curl
RUN npm ci
COPY . .
EXPOSE 3000
CMD npm start
`;
const compose = `services:
  web:
    build: .
    ports:
      - "8080:3000"
    depends_on:
      - db
    restart: allways
  db:
    image: postgres:16
    volumes:
      - data:/var/lib/postgresql/data
volumes:
  data:
`;

async function main(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dockhand-first-second-'));
  try {
    const builds = [{ name: 'this build', dir: buildProductionExtension(path.join(work, 'extension')) }];
    if (beforeDist) {
      builds.push({ name: `before (${beforeDist})`, dir: buildProductionExtension(path.join(work, 'before'), beforeDist) });
    }
    const workspace = path.join(work, 'workspace');
    fs.mkdirSync(workspace);
    fs.writeFileSync(path.join(workspace, 'Dockerfile'), dockerfile);
    fs.writeFileSync(path.join(workspace, 'compose.yaml'), compose);
    const samples = builds.map(() => [] as FirstSecondSample[]);
    for (let i = 0; i < runs; i++) {
      for (const scenario of scenarios) {
        for (const [b, build] of builds.entries()) {
          const dir = path.join(work, `run-${i}-${scenario}-${b}`);
          if (warm) {
            await sample(scenario, build.dir, workspace, dir);
            await codeCacheSaved(dir, scenario);
          }
          samples[b]?.push(await sample(scenario, build.dir, workspace, dir));
        }
      }
    }
    for (const [b, build] of builds.entries()) {
      const sizes = ['extension.js', 'server.js'].map(name => `${name} ${fs.statSync(path.join(build.dir, 'dist', name)).size} B`);
      print(`${build.name}: ${sizes.join(', ')}`, samples[b] ?? []);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** The extension laid out as the .vsix ships it, with this checkout's production build or `dist`. */
function buildProductionExtension(dir: string, dist?: string): string {
  fs.mkdirSync(dir, { recursive: true });
  if (dist) {
    fs.cpSync(dist, path.join(dir, 'dist'), { recursive: true });
  } else {
    execFileSync(process.execPath, ['esbuild.mjs', '--production', `--outdir=${path.join(dir, 'dist')}`], {
      cwd: repoRoot,
      stdio: 'inherit',
    });
  }
  // The extension host maps \`require('vscode')\` to the extension whose folder holds the caller: the
  // benchmark's entry is bundled into the extension's folder.
  execFileSync(
    esbuildBin,
    ['bench/vscode/firstSecondHost.ts', '--bundle', '--platform=node', '--format=cjs', '--external:vscode', `--outfile=${hostEntry(dir)}`],
    { cwd: repoRoot, stdio: 'inherit' },
  );
  for (const entry of shipped) {
    fs.cpSync(path.join(repoRoot, entry), path.join(dir, entry), { recursive: true });
  }
  return dir;
}

const esbuildBin = path.join(repoRoot, 'node_modules', 'esbuild', 'bin', 'esbuild');
const hostEntry = (extension: string) => path.join(extension, 'bench', 'firstSecondHost.js');

async function sample(scenario: FirstSecondScenario, extension: string, workspace: string, dir: string): Promise<FirstSecondSample> {
  const resultsFile = path.join(dir, 'result.json');
  fs.mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const bridge = await startPageBridge();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    BENCH_SCENARIO: scenario,
    BENCH_RESULTS: resultsFile,
    DOCKHAND_PAGE_BRIDGE: bridge.url,
    EXTENSIONS_GALLERY: '{}',
  };
  delete env.CODE_SERVER_PARENT_PID;
  const args = [
    vscodeServerMain(),
    ...['--host', '127.0.0.1', '--port', String(port), '--without-connection-token', '--accept-server-license-terms'],
    ...['--enable-smoke-test-driver', '--disable-workspace-trust', '--disable-telemetry'],
    ...['--server-data-dir', path.join(dir, 'server'), '--user-data-dir', path.join(dir, 'user')],
    ...['--extensions-dir', path.join(dir, 'ext')],
  ];
  const server = spawn(process.execPath, args, { env, stdio: 'ignore' });
  const browser = await launchChromium();
  try {
    await waitForServer(port, server);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let exit: (code: number) => void = () => undefined;
    const exited = new Promise<number>(resolve => (exit = resolve));
    // The workbench's own noise (no service worker, no extensions.json in a fresh profile) is left out.
    const noise = /Service Worker|extensions\.json/;
    await page.exposeFunction('codeAutomationLog', (type: string, logged: unknown[]) => {
      if (type === 'error' && !noise.test(String(logged[0]))) {
        console.error(...logged);
      }
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => exit(code));
    bridge.attach(page);
    await page.goto(workbenchUrl(port, workspace, extension, hostEntry(extension)));
    const code = await Promise.race([exited, new Promise<number>(resolve => setTimeout(() => resolve(-1), 120_000).unref())]);
    if (code !== 0 || !fs.existsSync(resultsFile)) {
      throw new Error(`the ${scenario} sample failed (exit ${code})`);
    }
    return JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as FirstSecondSample;
  } finally {
    await browser.close().catch(() => undefined);
    await bridge.close();
    server.kill('SIGTERM');
  }
}

/**
 * Resolves once the language server of the session just ended has saved its code cache (it exits
 * within seconds of its extension host); a build without the cache never saves one.
 */
async function codeCacheSaved(dir: string, scenario: FirstSecondScenario): Promise<void> {
  const cacheDir = path.join(dir, 'user', 'User', 'globalStorage', 'dockhand.dockhand', 'code-cache');
  const deadline = Date.now() + 10_000;
  while (scenario !== 'views' && Date.now() < deadline) {
    if (fs.existsSync(cacheDir) && fs.readdirSync(cacheDir).some(f => f.endsWith('.bin'))) {
      return;
    }
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

function print(title: string, samples: readonly FirstSecondSample[]): void {
  const of = (scenario: FirstSecondScenario) => samples.filter(s => s.scenario === scenario);
  const cell = (values: number[]) => `${ms(median(values))} (${ms(Math.min(...values))}–${ms(Math.max(...values))})`;
  const start = warm ? "VS Code's second start with the same profile" : 'a fresh profile each';
  console.log(`\n### First second in VS Code 1.100 (code-server), ${title}; ${start}; medians of ${runs} (range)\n`);
  console.log("| opened first | activation (VS Code's figure) | extension host CPU until active | first result | which |");
  console.log('| --- | --- | --- | --- | --- |');
  for (const scenario of scenarios) {
    const taken = of(scenario);
    const what = scenario === 'views' ? 'containers view loaded' : 'first diagnostics';
    const cells = [taken.map(s => s.activationMs), taken.map(s => s.activationCpuMs), taken.map(s => s.firstResultMs)].map(cell);
    console.log(`| ${scenario} | ${cells.join(' | ')} | ${what} |`);
  }
  const after = (scenario: FirstSecondScenario) => ms(median(of(scenario).map(s => s.afterActivationMs ?? 0)));
  console.log(
    `\nAfter activation (medians): the containers view loaded in ${after('views')}, a Dockerfile's first diagnostics came in ` +
      `${after('dockerfile')}, a compose file's in ${after('compose')}.`,
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
