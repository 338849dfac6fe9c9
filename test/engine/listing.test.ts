import * as assert from 'node:assert/strict';
import { connectEngine, type DockerEngine } from '../../src/engine';
import { createContainer, createImage, createNetwork, createVolume, removeLabelled, testLabel } from '../support/testDocker';

describe('(integration) engine listing and inspect', () => {
  const engine: DockerEngine = connectEngine(undefined, { ...process.env, DOCKER_HOST: 'unix:///var/run/docker.sock' });

  after(() => removeLabelled());

  it('answers ping, version and info', async () => {
    await engine.ping();
    const version = await engine.version();
    assert.match(version.apiVersion, /^1\.\d+$/);
    const info = await engine.info();
    assert.ok(info.serverVersion.length > 0);
    assert.ok(info.images > 0);
  });

  it('lists and inspects a labelled container', async () => {
    const container = await createContainer({ start: true });
    const listed = await engine.listContainers({ all: true, labels: [testLabel] });
    const found = listed.find(c => c.id === container.id);
    assert.ok(found, 'the created container is listed');
    assert.equal(found.state, 'running');
    assert.equal(found.image, 'dockhand-test/busybox:latest');
    const inspected = await engine.inspectContainer(container.id);
    assert.equal(inspected.Id, container.id);
  });

  it('lists and inspects a labelled image', async () => {
    const tag = await createImage();
    const listed = await engine.listImages({ labels: [testLabel] });
    const found = listed.find(i => i.tags.includes(tag));
    assert.ok(found, `image ${tag} is listed`);
    const inspected = await engine.inspectImage(tag);
    assert.equal(inspected.Id, found.id);
  });

  it('lists and inspects a labelled volume', async () => {
    const name = await createVolume();
    const listed = await engine.listVolumes({ labels: [testLabel] });
    assert.deepEqual(
      listed.map(v => v.name),
      [name],
    );
    const inspected = await engine.inspectVolume(name);
    assert.equal(inspected.Name, name);
  });

  it('lists and inspects a labelled network', async () => {
    const id = await createNetwork();
    const listed = await engine.listNetworks({ labels: [testLabel] });
    assert.deepEqual(
      listed.map(n => n.id),
      [id],
    );
    assert.equal(listed[0]?.builtIn, false);
    const inspected = await engine.inspectNetwork(id);
    assert.equal(inspected.Id, id);
  });

  it('classifies a missing container as not found, with the engine message', async () => {
    await assert.rejects(engine.inspectContainer('dockhand-no-such-container'), (err: Error & { kind?: string }) => {
      assert.equal(err.kind, 'notFound');
      assert.match(err.message, /No such container/i);
      return true;
    });
  });

  it('cancels a request whose signal is aborted', async () => {
    const abort = new AbortController();
    abort.abort();
    await assert.rejects(engine.listContainers({}, abort.signal), { kind: 'cancelled' });
  });
});
