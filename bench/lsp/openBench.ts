// npm run bench (cold open, repeated): the first diagnostics of a big file from a freshly started
// server, `BENCH_RUNS` times per server, the servers taken in turn so that load changes hit them
// alike. Besides the wall time it reads the server's main-thread CPU time for the open
// (/proc/<pid>/schedstat), which a loaded machine disturbs far less. languageBench.ts opens each
// file once per server; this is the figure to quote for a cold open.
//   BENCH_BEFORE_DIST=<dir>: also an older build's <dir>/server.js, to compare before and after.
//   BENCH_ONLY=dockerfile|compose.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateCompose } from '../compose/generateCompose';
import { generateDockerfile } from '../../test/unit/language/dockerfile/generate';
import { repoRoot } from '../../test/support/fixtures';
import { median } from '../stats';
import { LspProcess } from './LspProcess';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const only = process.env.BENCH_ONLY?.toLowerCase();
const modules = path.join(repoRoot, 'node_modules');

interface Server {
  readonly name: string;
  readonly command: readonly string[];
}

/** CPU time the process's main thread has run, in ms (Linux); undefined elsewhere. */
function mainThreadCpu(pid: number | undefined): number | undefined {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return undefined;
  }
}

async function coldOpen(server: Server, uri: string, languageId: string, text: string): Promise<{ wall: number; cpu?: number }> {
  const lsp = new LspProcess(server.name, server.command);
  try {
    await lsp.initialize();
    const before = mainThreadCpu(lsp.pid);
    const wall = await lsp.open(uri, languageId, text);
    const after = mainThreadCpu(lsp.pid);
    return { wall, cpu: before === undefined || after === undefined ? undefined : after - before };
  } finally {
    await lsp.close();
  }
}

async function compare(title: string, file: string, languageId: string, text: string, peer: Server): Promise<void> {
  if (only && !title.toLowerCase().includes(only)) {
    return;
  }
  const node = process.execPath;
  const servers: Server[] = [{ name: 'Dockhand', command: [node, path.join(repoRoot, 'dist', 'server.js'), '--stdio'] }];
  if (process.env.BENCH_BEFORE_DIST) {
    servers.push({ name: 'Dockhand before', command: [node, path.join(process.env.BENCH_BEFORE_DIST, 'server.js'), '--stdio'] });
  }
  servers.push(peer);
  const samples = new Map<string, Array<{ wall: number; cpu?: number }>>(servers.map(s => [s.name, []]));
  for (let i = 0; i < runs; i++) {
    for (const server of servers) {
      samples.get(server.name)!.push(await coldOpen(server, `file:///bench/open/${file}`, languageId, text));
    }
  }
  const wall = (name: string) => median(samples.get(name)!.map(s => s.wall));
  const cpus = (name: string) => samples.get(name)!.flatMap(s => (s.cpu === undefined ? [] : [s.cpu]));
  const cpu = (name: string) => (cpus(name).length > 0 ? median(cpus(name)) : NaN);
  console.log(`\n### Cold open → diagnostics, ${title} (${text.split('\n').length} lines; medians of ${runs} fresh servers each)\n`);
  console.log('| server | wall | main-thread CPU | wall ratio to the peer | CPU ratio to the peer |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const server of servers) {
    const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? `${(a / b).toFixed(3)}×` : 'n/a');
    console.log(
      `| ${server.name} | ${wall(server.name).toFixed(1)} ms | ${cpu(server.name).toFixed(1)} ms | ` +
        `${ratio(wall(server.name), wall(peer.name))} | ${ratio(cpu(server.name), cpu(peer.name))} |`,
    );
  }
}

async function main(): Promise<void> {
  const node = process.execPath;
  await compare('Dockerfile, 40 stages', 'Dockerfile', 'dockerfile', generateDockerfile(40, 20), {
    name: 'dockerfile-language-server-nodejs 0.15',
    command: [node, path.join(modules, 'dockerfile-language-server-nodejs', 'bin', 'docker-langserver'), '--stdio'],
  });
  await compare('Compose, 300 services', 'docker-compose.yml', 'dockercompose', generateCompose(300), {
    name: '@microsoft/compose-language-service 1.0',
    command: [node, path.join(modules, '@microsoft', 'compose-language-service', 'bin', 'docker-compose-langserver'), '--stdio'],
  });
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
