// npm run bench (server start): from spawning a language server to the first diagnostics of a
// small file, the figure an editor's first seconds wait on. Dockhand's server is started the
// three ways it runs: as other editors start it (dist/server.js --stdio), and as its VS Code
// extension starts it (dist/serverCached.js, V8's code cache in a folder) both on its very first
// start (an empty folder) and on every later one (the folder its previous start left). The peer
// is started as its own extension starts it. All in turn, `BENCH_RUNS` times each.
//   BENCH_ONLY=dockerfile|compose.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../../test/support/fixtures';
import { median, ms } from '../stats';
import { LspProcess } from './LspProcess';

const runs = Number(process.env.BENCH_RUNS ?? 15);
const only = process.env.BENCH_ONLY?.toLowerCase();
const node = process.execPath;
const dist = path.join(repoRoot, 'dist');
const modules = path.join(repoRoot, 'node_modules');

interface Way {
  readonly name: string;
  /** The command line; called before each start (a first start gets a folder of its own). */
  readonly command: () => string[];
}

async function startToDiagnostics(way: Way, uri: string, languageId: string, text: string): Promise<number> {
  const start = performance.now();
  const lsp = new LspProcess(way.name, way.command());
  try {
    await lsp.initialize();
    await lsp.open(uri, languageId, text);
    return performance.now() - start;
  } finally {
    await lsp.close();
  }
}

async function compare(title: string, uri: string, languageId: string, text: string, peer: Way): Promise<void> {
  if (only && !title.toLowerCase().includes(only)) {
    return;
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dockhand-start-bench-'));
  try {
    const warm = path.join(work, 'warm');
    let fresh = 0;
    const later: Way = {
      name: 'Dockhand in VS Code, later starts (code cache)',
      command: () => [node, path.join(dist, 'serverCached.js'), '--stdio', `--code-cache=${warm}`],
    };
    const ways: Way[] = [
      { name: 'Dockhand, as other editors start it (server.js)', command: () => [node, path.join(dist, 'server.js'), '--stdio'] },
      {
        name: 'Dockhand in VS Code, first start (no code cache yet)',
        command: () => [node, path.join(dist, 'serverCached.js'), '--stdio', `--code-cache=${path.join(work, `fresh-${fresh++}`)}`],
      },
      later,
      peer,
    ];
    // The start that leaves the cache every later start finds (VS Code ends its server with `exit`).
    await startToDiagnostics(later, uri, languageId, text);
    const samples = ways.map(() => [] as number[]);
    for (let i = 0; i < runs; i++) {
      for (const [w, way] of ways.entries()) {
        samples[w]?.push(await startToDiagnostics(way, uri, languageId, text));
      }
    }
    const peerMedian = median(samples[ways.length - 1] ?? []);
    console.log(`\n### Spawn → first diagnostics, ${title} (medians of ${runs})\n`);
    console.log('| server | spawn → first diagnostics | ratio to the peer |');
    console.log('| --- | --- | --- |');
    for (const [w, way] of ways.entries()) {
      const value = median(samples[w] ?? []);
      console.log(`| ${way.name} | ${ms(value)} | ${(value / peerMedian).toFixed(3)}× |`);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

const dockerfile =
  'FROM node:latest\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nMAINTAINER ada@example.com\nCMD npm start\n';
const compose = 'services:\n  web:\n    build: .\n    ports:\n      - "8080:3000"\n    restart: allways\n  db:\n    image: postgres:16\n';

async function main(): Promise<void> {
  await compare('a small Dockerfile', 'file:///bench/start/Dockerfile', 'dockerfile', dockerfile, {
    name: 'dockerfile-language-server-nodejs 0.15',
    command: () => [node, path.join(modules, 'dockerfile-language-server-nodejs', 'bin', 'docker-langserver'), '--stdio'],
  });
  await compare('a small compose file', 'file:///bench/start/compose.yaml', 'dockercompose', compose, {
    name: '@microsoft/compose-language-service 1.0 (1 s diagnostics delay of its own)',
    command: () => [node, path.join(modules, '@microsoft', 'compose-language-service', 'bin', 'docker-compose-langserver'), '--stdio'],
  });
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
