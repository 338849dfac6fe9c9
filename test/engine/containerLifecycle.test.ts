import * as assert from 'node:assert/strict';
import { createContainer, docker, labels, removeLabelled, testImage, testLabel, uniqueName } from '../support/testDocker';
import { engine, rejectsWith } from '../support/engineUnderTest';

async function state(id: string): Promise<{ Status: string; Running: boolean; Paused: boolean }> {
  return (await docker().getContainer(id).inspect()).State;
}

describe('(integration) container lifecycle', () => {
  const e = engine();
  afterEach(removeLabelled);

  it('starts, pauses, unpauses, restarts and stops a container', async () => {
    const c = await createContainer();
    await e.startContainer(c.id);
    assert.equal((await state(c.id)).Running, true);
    await e.pauseContainer(c.id);
    assert.equal((await state(c.id)).Status, 'paused');
    await e.unpauseContainer(c.id);
    assert.equal((await state(c.id)).Status, 'running');
    const before = (await docker().getContainer(c.id).inspect()).State.StartedAt;
    await e.restartContainer(c.id, { timeoutSeconds: 2 });
    const after = await docker().getContainer(c.id).inspect();
    assert.equal(after.State.Running, true);
    assert.notEqual(after.State.StartedAt, before);
    await e.stopContainer(c.id, { timeoutSeconds: 2 });
    assert.equal((await state(c.id)).Status, 'exited');
  });

  it('reports starting a running container as notModified', async () => {
    const c = await createContainer({ start: true });
    await rejectsWith(e.startContainer(c.id), 'notModified');
  });

  it('kills with a chosen signal', async () => {
    const c = await createContainer({ start: true });
    await e.killContainer(c.id, { signal: 'SIGKILL' });
    const s = await docker().getContainer(c.id).inspect();
    assert.equal(s.State.Running, false);
    assert.equal(s.State.ExitCode, 137);
  });

  it('removes a running container with force, and its anonymous volumes on request', async () => {
    const created = await docker().createContainer({ Image: testImage, name: uniqueName('rm'), Labels: labels, Volumes: { '/data': {} } });
    await created.start();
    const volume = (await created.inspect()).Mounts.find(m => m.Destination === '/data')?.Name;
    assert.ok(volume, 'the container has an anonymous volume');
    await rejectsWith(e.removeContainer(created.id), 'conflict', /running|stop/i);
    await e.removeContainer(created.id, { force: true, removeVolumes: true });
    await rejectsWith(e.inspectContainer(created.id), 'notFound');
    const volumes = (await docker().listVolumes()).Volumes ?? [];
    assert.ok(!volumes.some(v => v.Name === volume), 'the anonymous volume is gone');
  });

  it('acting on a container removed meanwhile is notFound, naming it', async () => {
    const c = await createContainer();
    await c.remove({ force: true });
    for (const act of [
      () => e.startContainer(c.id),
      () => e.stopContainer(c.id),
      () => e.restartContainer(c.id),
      () => e.pauseContainer(c.id),
      () => e.removeContainer(c.id),
    ]) {
      await rejectsWith(act(), 'notFound', new RegExp(`No such container: ${c.id}`));
    }
  });

  it('prunes stopped containers and reports what went', async () => {
    // A container that wrote 5000 bytes and exited: the prune frees its writable layer.
    const stopped = await createContainer({ cmd: ['sh', '-c', 'head -c 5000 /dev/zero > /written'] });
    await stopped.start();
    await stopped.wait();
    const [listed] = (await docker().listContainers({ all: true, size: true, filters: { id: [stopped.id] } })) as { SizeRw?: number }[];
    const written = listed.SizeRw;
    assert.equal(written, 5000);
    const running = await createContainer({ start: true });
    const result = await e.pruneContainers({ labels: [testLabel] });
    assert.deepEqual(result.removed, [stopped.id]);
    assert.equal(result.spaceReclaimed, written);
    await rejectsWith(e.inspectContainer(stopped.id), 'notFound');
    assert.ok(await e.inspectContainer(running.id));
  });

  it('renames to a name with every character Docker allows', async () => {
    const c = await createContainer();
    const name = `${uniqueName('a_b.c')}-x`;
    await e.renameContainer(c.id, name);
    assert.equal((await docker().getContainer(c.id).inspect()).Name, `/${name}`);
    const listed = await e.listContainers({ labels: [testLabel] });
    assert.ok(listed.some(s => s.name === name));
    await rejectsWith(e.renameContainer(c.id, 'a;b$(x)'), 'invalid', /Invalid container name/i);
  });
});
