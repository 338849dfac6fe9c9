import * as assert from 'node:assert/strict';
import { createContainer, createVolume, docker, removeLabelled } from '../support/testDocker';
import { engine } from '../support/engineUnderTest';

describe('(integration) system', () => {
  const e = engine();
  afterEach(removeLabelled);

  it('computes disk usage per category as docker system df does', async () => {
    await createContainer({ start: true });
    await createVolume();
    const df = await e.systemDf();
    const raw = await docker().df();
    assert.equal(df.images.total, raw.Images.length);
    assert.ok(df.images.active >= 1);
    assert.equal(df.images.size, raw.LayersSize);
    assert.ok(df.images.reclaimable <= df.images.size);
    assert.equal(df.containers.total, raw.Containers.length);
    assert.ok(df.containers.active >= 1);
    assert.ok(df.volumes.total >= 1);
    assert.ok(df.volumes.reclaimable <= df.volumes.size);
    assert.ok(df.buildCache.total >= 0);
  });

  it('reports the engine version and info', async () => {
    const version = await e.version();
    assert.match(version.apiVersion, /^1\.\d+$/);
    const info = await e.info();
    assert.ok(info.cpus > 0);
  });
});
