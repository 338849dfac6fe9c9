import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { connectEngine, type DockerEngine } from '../../src/engine';
import { rejectsWith, tempDir } from '../support/engineUnderTest';
import { certFolder, startPlainProxy, startTlsProxy, type TestServer } from '../support/remoteEndpoints';
import { docker } from '../support/testDocker';

/** Ports of this suite (the brief's 2378-2389 range; 2377 is Swarm's). */
const tlsPort = 2376;
const expiredPort = 2379;
const plainPort = 2380;
const openPort = 2381;

describe('(integration) TLS engines: tcp:// with DOCKER_TLS_VERIFY and DOCKER_CERT_PATH', () => {
  let dir: string;
  const servers: TestServer[] = [];
  const engines: DockerEngine[] = [];

  function tlsEngine(port: number, certs: string): DockerEngine {
    const engine = connectEngine(undefined, { DOCKER_HOST: `tcp://127.0.0.1:${port}`, DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: certs });
    engines.push(engine);
    return engine;
  }

  before(async () => {
    dir = await tempDir('dockhand-tls-');
    servers.push(
      await startTlsProxy(tlsPort),
      await startTlsProxy(expiredPort, { cert: 'expired' }),
      await startPlainProxy(plainPort),
      await startTlsProxy(openPort, { requireClientCert: false }),
    );
  });
  after(async () => {
    engines.forEach(e => e.dispose());
    await Promise.all(servers.map(s => s.close()));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('talks to the engine with the CA, client certificate and key of DOCKER_CERT_PATH', async () => {
    const engine = tlsEngine(tlsPort, certFolder(path.join(dir, 'good')));
    assert.equal((await engine.version()).version, (await docker().version()).Version);
    assert.ok(Array.isArray(await engine.listContainers()));
  });

  it('names the host and a wrong CA', async () => {
    const engine = tlsEngine(tlsPort, certFolder(path.join(dir, 'wrong-ca'), { ca: 'wrong' }));
    await rejectsWith(
      engine.ping(),
      'tls',
      /TLS connection to tcp:\/\/127\.0\.0\.1:2376 failed: .*not signed by the CA in ca\.pem \(wrong CA\)/,
    );
  });

  it('names the host and a missing client certificate', async () => {
    const engine = tlsEngine(tlsPort, certFolder(path.join(dir, 'no-client'), { client: 'none' }));
    await rejectsWith(engine.ping(), 'tls', /TLS connection to tcp:\/\/127\.0\.0\.1:2376 failed: .*requires a client certificate/);
  });

  it('names the host and a client certificate the engine does not trust', async () => {
    const engine = tlsEngine(tlsPort, certFolder(path.join(dir, 'wrong-client'), { client: 'wrong-client' }));
    await rejectsWith(engine.ping(), 'tls', /tcp:\/\/127\.0\.0\.1:2376 failed: .*rejected the client certificate/);
  });

  it('names the host and an expired server certificate', async () => {
    const engine = tlsEngine(expiredPort, certFolder(path.join(dir, 'good')));
    await rejectsWith(engine.ping(), 'tls', /TLS connection to tcp:\/\/127\.0\.0\.1:2379 failed: the engine's certificate has expired/);
  });

  it('names the host when a TLS URL leads to a plain-HTTP engine', async () => {
    const engine = tlsEngine(plainPort, certFolder(path.join(dir, 'good')));
    await rejectsWith(engine.ping(), 'tls', /TLS connection to tcp:\/\/127\.0\.0\.1:2380 failed: the endpoint does not speak TLS/);
  });

  it('connects without verification when only DOCKER_TLS is set (like the CLI without --tlsverify)', async () => {
    const engine = connectEngine(undefined, {
      DOCKER_HOST: `tcp://127.0.0.1:${openPort}`,
      DOCKER_TLS: '1',
      DOCKER_CERT_PATH: path.join(dir, 'empty'),
    });
    engines.push(engine);
    await engine.ping();
  });
});
