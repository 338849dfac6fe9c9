import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { connectEngine, type DockerEngine, type EngineError, type EngineEvent } from '../../src/engine';
import { rejectsWith, tempDir } from '../support/engineUnderTest';
import { sshPort, startPlainProxy, startSilentServer, writeSshConfig, type TestServer } from '../support/remoteEndpoints';

const silentTcpPort = 2382;
const refusedSshPort = 2223;
const droppingSshPort = 2224;
const silentSshPort = 2225;

/** The first connection event of `engine`'s event stream, and how long it took. */
async function firstConnectionEvent(
  engine: DockerEngine,
  want: boolean,
): Promise<{ event: EngineEvent & { type: 'connection' }; ms: number }> {
  const abort = new AbortController();
  const started = Date.now();
  try {
    for await (const event of engine.events({}, abort.signal)) {
      if (event.type === 'connection' && event.connected === want) {
        return { event, ms: Date.now() - started };
      }
    }
  } finally {
    abort.abort();
  }
  throw new Error('the event stream ended');
}

describe('(integration) remote faults: hanging, refusing and dropping endpoints', () => {
  let dir: string;
  const servers: TestServer[] = [];
  const engines: DockerEngine[] = [];
  const ssh = (port: number, options: Parameters<typeof writeSshConfig>[1] = {}) => {
    const engine = connectEngine(
      undefined,
      { DOCKER_HOST: `ssh://root@127.0.0.1:${port}` },
      { sshConfigFile: writeSshConfig(dir, options) },
    );
    engines.push(engine);
    return engine;
  };

  before(async () => {
    dir = await tempDir('dockhand-faults-');
  });
  after(async () => {
    engines.forEach(e => e.dispose());
    await Promise.all(servers.map(s => s.close()));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('an endpoint that accepts and never answers: the event stream says so within 10 s, naming the host', async () => {
    servers.push(await startSilentServer(silentTcpPort));
    const engine = connectEngine(undefined, { DOCKER_HOST: `tcp://127.0.0.1:${silentTcpPort}` });
    engines.push(engine);
    const { event, ms } = await firstConnectionEvent(engine, false);
    assert.ok(ms < 10_000, `took ${ms} ms`);
    assert.equal(event.error?.kind, 'timeout');
    assert.match(event.error?.message ?? '', /tcp:\/\/127\.0\.0\.1:2382 did not answer/);
  });

  it('no command hangs past its response timeout, and cancelling ends it at once', async () => {
    const engine = connectEngine(undefined, { DOCKER_HOST: `tcp://127.0.0.1:${silentTcpPort}` }, { responseTimeoutMs: 1500 });
    engines.push(engine);
    await rejectsWith(engine.listContainers(), 'timeout', /tcp:\/\/127\.0\.0\.1:2382 did not answer within 2 s/);
    const abort = new AbortController();
    const listing = engine.listImages({}, abort.signal);
    abort.abort();
    await rejectsWith(listing, 'cancelled');
  });

  it('an SSH port that refuses connections', async () => {
    const started = Date.now();
    await rejectsWith(ssh(refusedSshPort).ping(), 'ssh', /SSH connection to ssh:\/\/root@127\.0\.0\.1:2223 failed: .*Connection refused/);
    assert.ok(Date.now() - started < 10_000);
  });

  it('an SSH host whose key is not in known_hosts', async () => {
    await rejectsWith(
      ssh(sshPort, { knownHosts: false }).ping(),
      'ssh',
      /ssh:\/\/root@127\.0\.0\.1:2222 failed: .*Host key verification failed.*known_hosts/,
    );
  });

  it('an SSH host that accepts the connection and never speaks: reported within 10 s', async () => {
    servers.push(await startSilentServer(silentSshPort));
    const started = Date.now();
    const error: EngineError = await rejectsWith(ssh(silentSshPort).ping(), 'ssh', /ssh:\/\/root@127\.0\.0\.1:2225 failed: .*timed out/);
    assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms: ${error.message}`);
  });

  it('an SSH host that drops the connection mid-stream: the stream says so, then recovers by itself', async () => {
    const proxy = await startPlainProxy(droppingSshPort, sshPort);
    servers.push(proxy);
    const engine = ssh(droppingSshPort);
    const abort = new AbortController();
    const states: Array<{ connected: boolean; error?: EngineError; at: number }> = [];
    let dropped = 0;
    for await (const event of engine.events({}, abort.signal)) {
      if (event.type !== 'connection') {
        continue;
      }
      states.push({ connected: event.connected, error: event.error, at: Date.now() });
      if (event.connected && states.length === 1) {
        dropped = Date.now();
        proxy.dropConnections();
      } else if (event.connected) {
        abort.abort();
      }
    }
    assert.deepEqual(
      states.map(s => s.connected),
      [true, false, true],
    );
    const lost = states[1];
    assert.ok(lost && lost.at - dropped < 10_000);
    assert.match(lost?.error?.message ?? '', /ssh:\/\/root@127\.0\.0\.1:2224/);
    await engine.ping();
  });
});
