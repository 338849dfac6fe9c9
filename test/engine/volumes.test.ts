import * as assert from 'node:assert/strict';
import {
  createVolume,
  docker,
  labels,
  removeLabelled,
  testImage,
  testLabel,
  testLabelKey,
  testRunId,
  uniqueName,
} from '../support/testDocker';
import { engine, rejectsWith } from '../support/engineUnderTest';
import { eventually } from '../support/eventually';

describe('(integration) volumes', () => {
  const e = engine();
  afterEach(removeLabelled);

  it('creates a volume with a name Docker allows, a driver, labels and driver options', async () => {
    const name = `${uniqueName('a_b.c')}-v`;
    const volume = await e.createVolume({
      name,
      driver: 'local',
      labels: { ...labels, note: 'a;b $(x)' },
      driverOpts: { type: 'tmpfs', device: 'tmpfs', o: 'size=1m' },
    });
    assert.equal(volume.name, name);
    const raw = await docker().getVolume(name).inspect();
    assert.equal(raw.Labels.note, 'a;b $(x)');
    assert.equal((raw.Options as Record<string, string>).type, 'tmpfs');
  });

  it('keeps a volume in use and names the container using it', async () => {
    const name = await createVolume();
    const user = uniqueName('volume-user');
    await docker().createContainer({ Image: testImage, name: user, Labels: labels, HostConfig: { Binds: [`${name}:/data`] } });
    const err = await rejectsWith(e.removeVolume(name), 'conflict');
    assert.match(err.message, new RegExp(`in use by container ${user}`));
    assert.ok(await docker().getVolume(name).inspect());
  });

  it('removes an unused volume, and a removed one is notFound', async () => {
    const name = await createVolume();
    await e.removeVolume(name);
    await rejectsWith(e.inspectVolume(name), 'notFound');
    await rejectsWith(e.removeVolume(name), 'notFound');
  });

  it('lists volumes with the containers that mount them, and their disk usage', async () => {
    const used = await createVolume();
    const unused = await createVolume();
    const user = uniqueName('mounter');
    const c = await docker().createContainer({
      Image: testImage,
      name: user,
      Labels: labels,
      Cmd: ['sh', '-c', 'head -c 20000 /dev/zero > /data/file; sleep 60'],
      HostConfig: { Binds: [`${used}:/data`] },
    });
    await c.start();
    const listed = await e.listVolumesWithUsage({ labels: [testLabel] });
    assert.deepEqual(
      listed.find(v => v.name === used)?.usedBy.map(u => u.name),
      [user],
    );
    assert.deepEqual(listed.find(v => v.name === unused)?.usedBy, []);
    // The container writes the file after start returns: wait until the engine counts it.
    let usage = await e.volumeDiskUsage();
    await eventually(async () => {
      usage = await e.volumeDiskUsage();
      return (usage.find(v => v.name === used)?.size ?? 0) >= 20000;
    }, `the 20000-byte file in ${used} to count in its disk usage`);
    const entry = usage.find(v => v.name === used);
    assert.ok(entry && entry.size !== undefined && entry.size >= 20000, JSON.stringify(entry));
    assert.equal(entry.refCount, 1);
  });

  it('prunes unused volumes and reports them', async () => {
    const unused = await createVolume();
    const used = await createVolume();
    await docker().createContainer({ Image: testImage, Labels: { [testLabelKey]: testRunId }, HostConfig: { Binds: [`${used}:/data`] } });
    const result = await e.pruneVolumes({ labels: [testLabel] });
    assert.deepEqual(result.removed, [unused]);
    assert.ok(await docker().getVolume(used).inspect());
  });
});
