import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { connectEngine, EngineError, type DockerEngine, type ResourceEvent } from '../../src/engine';
import { tempDir } from '../support/engineUnderTest';
import { startPodman } from '../support/remoteEndpoints';
import { docker, labels, testImage, testLabel, testRunId } from '../support/testDocker';

/**
 * Podman's Docker-compatible API (`podman system service`) on a socket in a temp folder. In this
 * sandbox its containers may fail to start (runc may not set rlimits): start accepts a running
 * container or a clearly reported failure, never silence.
 */
describe('(integration) Podman through its Docker-compatible API', () => {
  let dir: string;
  let podman: Awaited<ReturnType<typeof startPodman>>;
  let engine: DockerEngine;
  /** The test image, served by the local registry for Podman to pull. */
  const registryImage = `127.0.0.1:5000/dockhand-test/busybox:${testRunId}`;

  before(async function () {
    this.timeout(120_000);
    dir = await tempDir('dockhand-podman-');
    await docker().getImage(testImage).tag({ repo: '127.0.0.1:5000/dockhand-test/busybox', tag: testRunId });
    const push = await docker()
      .getImage(registryImage)
      .push({ authconfig: { serveraddress: '127.0.0.1:5000' } });
    await new Promise((resolve, reject) =>
      docker().modem.followProgress(push, (err: Error | null) => (err ? reject(err) : resolve(undefined))),
    );
    podman = await startPodman(dir);
    engine = connectEngine(undefined, { DOCKER_HOST: `unix://${podman.socket}` });
  });
  after(async () => {
    engine?.dispose();
    await podman?.stop();
    await docker()
      .getImage(registryImage)
      .remove()
      .catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('says Podman and its version, and shows the disk usage Podman leaves empty as unknown', async () => {
    const version = await engine.version();
    assert.equal(version.product, 'Podman');
    assert.match(version.version, /^4\./);
    await engine.pullImage(registryImage);
    const df = await engine.systemDf();
    assert.equal(df.images.total, 1);
    assert.equal(df.images.size, undefined);
    assert.equal(df.buildCache.size, undefined);
    assert.equal(typeof df.containers.size, 'number');
  });

  it('pulls from the local registry, tags, shows history, saves and loads, and removes images', async () => {
    await engine.pullImage(registryImage);
    const tagged = `localhost/dockhand-podman:${testRunId}`;
    await engine.tagImage(registryImage, tagged);
    const images = await engine.listImages();
    assert.ok(
      images.some(i => i.tags.includes(tagged)),
      JSON.stringify(images.map(i => i.tags)),
    );
    const history = await engine.imageHistory(tagged);
    assert.ok(history.length >= 1);
    const tar = path.join(dir, 'saved.tar');
    await engine.saveImages([tagged], tar);
    assert.ok(fs.statSync(tar).size > 100_000);
    await engine.removeImage(tagged);
    assert.ok(!(await engine.listImages()).some(i => i.tags.includes(tagged)));
    const loaded = await engine.loadImages(tar);
    assert.ok(loaded.length >= 1, 'load reported nothing');
    assert.ok((await engine.listImages()).some(i => i.tags.includes(tagged)));
    await engine.removeImage(tagged);
  });

  it('builds a Dockerfile without RUN through the classic build endpoint', async () => {
    const context = path.join(dir, 'build');
    fs.mkdirSync(context, { recursive: true });
    fs.writeFileSync(
      path.join(context, 'Dockerfile'),
      `FROM ${registryImage}\nCOPY hello.txt /hello.txt\nLABEL dockhand.test=${testRunId}\n`,
    );
    fs.writeFileSync(path.join(context, 'hello.txt'), 'hello from podman\n');
    const tag = `localhost/dockhand-podman-build:${testRunId}`;
    const result = await engine.buildImage({ context, tags: [tag] });
    assert.ok(result.imageId);
    assert.ok((await engine.listImages()).some(i => i.tags.includes(tag)));
    await engine.removeImage(tag);
  });

  it('creates, lists, inspects, starts (or reports why not) and removes containers, with their events', async () => {
    const abort = new AbortController();
    const events: ResourceEvent[] = [];
    let connected!: () => void;
    const ready = new Promise<void>(resolve => (connected = resolve));
    const following = (async () => {
      for await (const event of engine.events({ types: ['container'] }, abort.signal)) {
        if (event.type === 'connection' && event.connected) {
          connected();
        } else if (event.type === 'container') {
          events.push(event);
          if (event.action === 'destroy') {
            abort.abort();
          }
        }
      }
    })();
    await ready;
    const name = `dockhand-podman-${testRunId}`;
    let id: string | undefined;
    try {
      const run = await engine.runContainer({ image: registryImage, name, cmd: ['sleep', '30'], labels });
      id = run.id;
      const state = (await engine.listContainers({ labels: [testLabel] }))[0]?.state;
      assert.equal(state, 'running');
    } catch (err) {
      // The sandbox's runc may refuse to start containers: the failure must say why.
      assert.ok(err instanceof EngineError, String(err));
      assert.match(err.message, /runc|rlimit|OCI|permission/i);
    }
    const listed = await engine.listContainers({ labels: [testLabel] });
    assert.deepEqual(
      listed.map(c => c.name),
      [name],
    );
    id ??= listed[0]?.id ?? '';
    const inspected = await engine.inspectContainer(id);
    assert.equal((inspected as { Name?: string }).Name?.replace(/^\//, ''), name);
    await engine.removeContainer(id, { force: true });
    assert.deepEqual(await engine.listContainers({ labels: [testLabel] }), []);
    await following;
    assert.ok(
      events.some(e => e.action === 'create' && e.id === id),
      JSON.stringify(events.map(e => e.action)),
    );
    assert.ok(
      events.some(e => e.action === 'destroy' && e.id === id),
      JSON.stringify(events.map(e => e.action)),
    );
  });

  it('creates, lists and removes volumes and networks', async () => {
    const volume = await engine.createVolume({ name: `dockhand-podman-vol-${testRunId}`, labels });
    assert.ok((await engine.listVolumes({ labels: [testLabel] })).some(v => v.name === volume.name));
    await engine.removeVolume(volume.name);
    assert.deepEqual(await engine.listVolumes({ labels: [testLabel] }), []);
    const network = await engine.createNetwork({ name: `dockhand-podman-net-${testRunId}`, driver: 'bridge', labels });
    assert.ok((await engine.listNetworks({ labels: [testLabel] })).some(n => n.name === network.name));
    await engine.removeNetwork(network.name);
    assert.deepEqual(await engine.listNetworks({ labels: [testLabel] }), []);
  });
});
