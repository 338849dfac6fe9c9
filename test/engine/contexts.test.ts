import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { connectEngine, ContextStore, type DockerEngine } from '../../src/engine';
import { rejectsWith, tempDir } from '../support/engineUnderTest';
import { dockerCli, remoteState, startTlsProxy, type TestServer } from '../support/remoteEndpoints';
import { createContainer, docker, removeLabelled, testLabel } from '../support/testDocker';

const tlsPort = 2383;

describe('(integration) docker contexts: the same store as the docker CLI, both ways', () => {
  let config: string;
  let store: ContextStore;
  let proxy: TestServer;
  const engines: DockerEngine[] = [];
  const tls = () => remoteState().tls;

  before(async () => {
    config = await tempDir('dockhand-docker-config-');
    store = new ContextStore(config, 'unix:///var/run/docker.sock');
    proxy = await startTlsProxy(tlsPort);
  });
  after(async () => {
    engines.forEach(e => e.dispose());
    await removeLabelled();
    await proxy.close();
    fs.rmSync(config, { recursive: true, force: true });
  });

  it('reads contexts the CLI created, with endpoint, description and TLS material, and connects through them', async () => {
    await dockerCli(config, [
      'context',
      'create',
      'cli-tls',
      '--description',
      'made by the CLI',
      '--docker',
      `host=tcp://127.0.0.1:${tlsPort},ca=${tls()}/good-ca.pem,cert=${tls()}/client-cert.pem,key=${tls()}/client-key.pem`,
    ]);
    await dockerCli(config, ['context', 'create', 'cli-ssh', '--docker', 'host=ssh://root@127.0.0.1:2222']);
    const contexts = await store.list();
    assert.deepEqual(
      contexts.map(c => c.name),
      ['default', 'cli-ssh', 'cli-tls'],
    );
    const cliTls = contexts.find(c => c.name === 'cli-tls');
    assert.equal(cliTls?.host, `tcp://127.0.0.1:${tlsPort}`);
    assert.equal(cliTls?.description, 'made by the CLI');
    assert.deepEqual(Object.keys(cliTls?.tls ?? {}).sort(), ['ca', 'cert', 'key']);
    const inspected = JSON.parse(await dockerCli(config, ['context', 'inspect', 'cli-tls'])) as unknown[];
    assert.deepEqual(await store.inspect('cli-tls'), inspected[0]);
    const engine = connectEngine(undefined, { DOCKER_CONFIG: config }, { contextSetting: 'cli-tls' });
    engines.push(engine);
    assert.equal(engine.endpoint.source.kind, 'context');
    assert.equal((await engine.version()).version, (await docker().version()).Version);
  });

  it('writes contexts the CLI reads and uses: `docker --context X ps` works', async () => {
    await store.create({
      name: 'dockhand-tls',
      description: 'made by Dockhand',
      host: `tcp://127.0.0.1:${tlsPort}`,
      ca: `${tls()}/good-ca.pem`,
      cert: `${tls()}/client-cert.pem`,
      key: `${tls()}/client-key.pem`,
    });
    await store.create({ name: 'dockhand-unix', host: 'unix:///var/run/docker.sock' });
    const listed = (await dockerCli(config, ['context', 'ls', '--format', '{{.Name}} {{.DockerEndpoint}} {{.Description}}']))
      .trim()
      .split('\n');
    assert.ok(listed.includes(`dockhand-tls tcp://127.0.0.1:${tlsPort} made by Dockhand`), listed.join('\n'));
    const inspected = JSON.parse(await dockerCli(config, ['context', 'inspect', 'dockhand-tls'])) as unknown[];
    assert.deepEqual(inspected[0], await store.inspect('dockhand-tls'));
    const container = await createContainer();
    const ids = await dockerCli(config, [
      '--context',
      'dockhand-tls',
      'ps',
      '--all',
      '--quiet',
      '--no-trunc',
      '--filter',
      `label=${testLabel}`,
    ]);
    assert.deepEqual(ids.trim().split('\n'), [container.id]);
    assert.equal(
      (await dockerCli(config, ['--context', 'dockhand-tls', 'version', '--format', '{{.Server.Version}}'])).trim(),
      (await docker().version()).Version,
    );
    assert.equal(
      (await dockerCli(config, ['--context', 'dockhand-unix', 'info', '--format', '{{.ServerVersion}}'])).trim(),
      (await docker().version()).Version,
    );
  });

  it("switches the CLI's current context as `docker context use` does, keeping the rest of config.json", async () => {
    fs.writeFileSync(path.join(config, 'config.json'), JSON.stringify({ auths: { '127.0.0.1:5000': {} }, psFormat: 'table {{.Names}}' }));
    await store.useInCli('dockhand-tls');
    assert.equal((await dockerCli(config, ['context', 'show'])).trim(), 'dockhand-tls');
    assert.equal(await store.cliCurrent(), 'dockhand-tls');
    const kept = JSON.parse(fs.readFileSync(path.join(config, 'config.json'), 'utf8')) as Record<string, unknown>;
    assert.equal(kept.psFormat, 'table {{.Names}}');
    await dockerCli(config, ['context', 'use', 'cli-ssh']);
    assert.equal(await store.cliCurrent(), 'cli-ssh');
    await store.useInCli('default');
    assert.equal((await dockerCli(config, ['context', 'show'])).trim(), 'default');
  });

  it('refuses bad names, duplicates and a missing TLS file, and removes what the CLI no longer lists', async () => {
    await rejectsWith(store.create({ name: 'x', host: 'unix:///var/run/docker.sock' }), 'invalid', /not a valid context name/);
    await rejectsWith(store.create({ name: 'default', host: 'unix:///var/run/docker.sock' }), 'invalid', /reserved/);
    await rejectsWith(store.create({ name: 'dockhand-unix', host: 'unix:///var/run/docker.sock' }), 'conflict', /already exists/);
    await rejectsWith(store.create({ name: 'bad-host', host: 'ftp://example' }), 'invalid', /Unsupported Docker host scheme/);
    await rejectsWith(
      store.create({ name: 'no-ca', host: 'tcp://127.0.0.1:2376', ca: path.join(config, 'absent.pem') }),
      'invalid',
      /Cannot read .*absent\.pem/,
    );
    await store.useInCli('dockhand-unix');
    await store.remove('dockhand-unix');
    const names = (await dockerCli(config, ['context', 'ls', '--format', '{{.Name}}'])).trim().split('\n');
    assert.ok(!names.includes('dockhand-unix'));
    assert.equal((await dockerCli(config, ['context', 'show'])).trim(), 'default');
    await dockerCli(config, ['context', 'rm', 'dockhand-tls']);
    assert.ok(!(await store.list()).some(c => c.name === 'dockhand-tls'));
    await rejectsWith(store.remove('dockhand-tls'), 'notFound');
  });
});
