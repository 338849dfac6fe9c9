import * as assert from 'node:assert/strict';
import {
  createContainer,
  createImage,
  createNetwork,
  createVolume,
  docker,
  removeLabelled,
  testImage,
  testLabel,
} from '../support/testDocker';
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
    assert.ok((df.images.reclaimable ?? Infinity) <= (df.images.size ?? -1));
    assert.equal(df.containers.total, raw.Containers.length);
    assert.ok(df.containers.active >= 1);
    assert.ok(df.volumes.total >= 1);
    assert.ok((df.volumes.reclaimable ?? Infinity) <= (df.volumes.size ?? -1));
    const cache = (raw.BuildCache ?? []) as { Size: number; Shared: boolean }[];
    assert.equal(df.buildCache.total, cache.length);
    // As `docker system df` counts it: shared cache records are not this cache's own size.
    assert.equal(
      df.buildCache.size,
      cache.filter(r => !r.Shared).reduce((sum, r) => sum + r.Size, 0),
    );
  });

  it('answers concurrent disk-usage requests (the engine itself runs one scan at a time)', async () => {
    // The System and Volumes views reload together on a container event; both read /system/df.
    const [df, volumes, again] = await Promise.all([e.systemDf(), e.volumeDiskUsage(), e.systemDf()]);
    assert.equal(df.volumes.total, volumes.length);
    assert.deepEqual(again, df);
  });

  it('reports the engine version and info', async () => {
    const version = await e.version();
    assert.match(version.apiVersion, /^1\.\d+$/);
    const info = await e.info();
    assert.ok(info.cpus > 0);
  });
});

describe('(integration) system prune', () => {
  const e = engine();
  afterEach(removeLabelled);

  // Limited to this run's labels: an unfiltered prune would remove other sessions' resources.
  it('removes stopped containers, unused networks, volumes and dangling images, and reports them', async () => {
    const stopped = await createContainer();
    const running = await createContainer({ start: true });
    const network = await createNetwork();
    const volume = await createVolume();
    const image = await createImage();
    await docker()
      .getImage(testImage)
      .tag({ repo: image.split(':')[0], tag: image.split(':')[1] });
    const danglingId = (await docker().listImages({ filters: { label: [testLabel], dangling: ['true'] } }))[0]?.Id;
    assert.ok(danglingId, 'the retag left a dangling labelled image');
    try {
      const result = await e.pruneSystem({ volumes: true, labels: [testLabel] });
      assert.deepEqual(result.containers, [stopped.id]);
      assert.equal(result.networks.length, 1);
      assert.deepEqual(result.volumes, [volume]);
      assert.ok(result.images.includes(danglingId), JSON.stringify(result.images));
      assert.deepEqual(result.buildCache, []);
      assert.ok(result.spaceReclaimed > 0);
      assert.ok(await docker().getContainer(running.id).inspect());
      assert.equal((await docker().listNetworks({ filters: { id: [network] } })).length, 0);
    } finally {
      await docker()
        .getImage(image)
        .remove({ force: true })
        .catch(() => undefined);
    }
  });
});
