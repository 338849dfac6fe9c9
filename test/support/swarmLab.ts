// A single-node swarm on the shared test dockerd, for the Swarm suites (engine and vscode tiers).
// Other suites run concurrently against the same daemon, so: the swarm lives only while a swarm
// suite runs (a lock keeps two swarm suites from overlapping), it listens and advertises on the
// loopback only, and the engine is never left in swarm mode — `leave()` runs in after-hooks.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { docker, testImage, testLabelKey, testRunId } from './testDocker';

const run = promisify(execFile);
const lockDir = path.join(os.tmpdir(), 'dockhand-swarm-suite.lock');

/** The test registry (Debian's docker-registry on the loopback): swarm tasks pull from it. */
export const registry = '127.0.0.1:5000';
/** The notes' example app, adapted: two versions of a tiny image, pushed to the local registry. */
export const webImage = (version: 'v1' | 'v2') => `${registry}/dockhand-test/swarm-web:${version}`;
/** An image no registry has, for the fault tests. */
export const missingImage = `${registry}/dockhand-test/swarm-missing:${testRunId}`;

/** The user's notes' `docker stack deploy -c docker-compose.yml getstartedlab` example, on the local image, with no published port. */
export function notesStack(options: { image?: string; replicas?: number } = {}): string {
  return `version: '3'
services:
  web:
    image: ${options.image ?? webImage('v1')}
    command: ["sh", "-c", "trap 'exit 0' TERM; while true; do echo hello from $$HOSTNAME; sleep 1; done"]
    labels:
      ${testLabelKey}: "${testRunId}"
    deploy:
      replicas: ${options.replicas ?? 2}
      labels:
        ${testLabelKey}: "${testRunId}"
      resources:
        limits:
          cpus: '0.1'
          memory: 50M
      restart_policy:
        condition: on-failure
    networks:
      - webnet
networks:
  webnet:
    labels:
      ${testLabelKey}: "${testRunId}"
`;
}

async function swarmState(): Promise<string> {
  const info = (await docker().info()) as { Swarm?: { LocalNodeState?: string } };
  return info.Swarm?.LocalNodeState ?? 'inactive';
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits (up to 15 minutes) until no other swarm suite on this machine runs, then holds the lock. */
async function lock(): Promise<void> {
  const end = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw err;
      }
      const owner = Number(fs.readFileSync(path.join(lockDir, 'pid'), { encoding: 'utf8', flag: 'a+' }) || 0);
      if (owner && !alive(owner)) {
        fs.rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > end) {
        throw new Error(`another swarm suite (pid ${owner}) still holds ${lockDir}`);
      }
      await new Promise(resolve => setTimeout(resolve, 500));
    }
  }
}

let gatewayBridgeExisted = true;

/**
 * Takes the lock, pushes the test images to the local registry, and (unless `init` is false,
 * for a suite that initializes the swarm itself) runs
 * `docker swarm init --advertise-addr 127.0.0.1 --listen-addr 127.0.0.1:2377`.
 */
export async function enterLab(options: { init: boolean }): Promise<void> {
  await lock();
  if ((await swarmState()) !== 'inactive') {
    // Only a swarm suite of this repository makes a swarm here; a crashed one left it behind.
    await run('docker', ['swarm', 'leave', '--force'], { env: cliEnv() });
  }
  gatewayBridgeExisted = (await docker().listNetworks({ filters: { name: ['docker_gwbridge'] } })).some(n => n.Name === 'docker_gwbridge');
  await pushImages();
  if (options.init) {
    await run('docker', ['swarm', 'init', '--advertise-addr', '127.0.0.1', '--listen-addr', '127.0.0.1:2377'], { env: cliEnv() });
  }
}

async function pushImages(): Promise<void> {
  await run('docker', ['tag', testImage, webImage('v1')], { env: cliEnv() });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dockhand-swarm-'));
  try {
    fs.writeFileSync(path.join(work, 'Dockerfile'), `FROM ${testImage}\nENV WEB_VERSION=2\nLABEL ${testLabelKey}=${testRunId}\n`);
    await run('docker', ['build', '-q', '-t', webImage('v2'), work], { env: cliEnv() });
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  await run('docker', ['push', webImage('v1')], { env: cliEnv() });
  await run('docker', ['push', webImage('v2')], { env: cliEnv() });
}

/** Leaves the swarm (forced: the only manager), removes what the swarm left behind, and releases the lock. */
export async function leaveLab(): Promise<void> {
  try {
    if ((await swarmState()) !== 'inactive') {
      await run('docker', ['swarm', 'leave', '--force'], { env: cliEnv() });
    }
    // The swarm's gateway bridge outlives it; it was not there before, so it goes.
    if (!gatewayBridgeExisted) {
      await docker()
        .getNetwork('docker_gwbridge')
        .remove()
        .catch(() => undefined);
    }
    for (const image of [webImage('v1'), webImage('v2')]) {
      await docker()
        .getImage(image)
        .remove({ force: true })
        .catch(() => undefined);
    }
  } finally {
    const owner = Number(fs.readFileSync(path.join(lockDir, 'pid'), { encoding: 'utf8', flag: 'a+' }) || 0);
    if (owner === process.pid) {
      fs.rmSync(lockDir, { recursive: true, force: true });
    }
  }
}

/** The docker CLI's environment for a test that runs it against the test socket. */
export function cliEnv(): NodeJS.ProcessEnv {
  const socket = process.env.DOCKHAND_TEST_SOCKET ?? '/var/run/docker.sock';
  return { ...process.env, DOCKER_HOST: `unix://${socket}` };
}
