import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createImage, createNetwork, removeLabelled, testImage, testLabel, uniqueName } from '../../support/testDocker';
import { childrenWhen, dockhand } from './helpers';

const run = promisify(execFile);

/** The docker CLI, as a person types it in a terminal: Dockhand hears of it only through events. */
async function dockerCli(...args: string[]): Promise<string> {
  return (await run('docker', args)).stdout.trim();
}

describe("Live updates from the engine's events", () => {
  after(() => removeLabelled());

  it('shows a container started from a shell in the containers view without a refresh', async () => {
    const api = await dockhand();
    await api.refresh();
    const name = uniqueName('shell');
    const id = await dockerCli('run', '-d', '--label', testLabel, '--name', name, testImage, 'sleep', '60');
    const nodes = await childrenWhen(
      api.trees.containers,
      c => c.some(n => n.kind === 'container' && n.container.id === id),
      'the container from the shell',
      10_000,
    );
    assert.ok(nodes.some(n => n.kind === 'container' && n.container.name === name));
  });

  it('shows a volume created from a shell in the volumes view without a refresh', async () => {
    const api = await dockhand();
    await api.refresh();
    const name = uniqueName('shellvol');
    await dockerCli('volume', 'create', '--label', testLabel, name);
    const nodes = await childrenWhen(
      api.trees.volumes,
      v => v.some(n => n.kind === 'volume' && n.volume.name === name),
      'the volume from the shell',
      10_000,
    );
    const node = nodes.find(n => n.kind === 'volume' && n.volume.name === name);
    assert.equal(node && api.trees.volumes.getTreeItem(node).contextValue, 'volume');
  });

  it('marks an image in use as soon as a container is created from it in a shell', async () => {
    const api = await dockhand();
    const tag = await createImage();
    await api.refresh();
    const usedBy = (groups: Awaited<ReturnType<typeof api.trees.images.getChildren>>) =>
      groups.flatMap(g => (g.kind === 'imageGroup' ? g.group.rows : [])).find(r => r.tag === tag)?.usedBy ?? [];
    assert.deepEqual(usedBy(await api.trees.images.getChildren()), []);
    const name = uniqueName('user');
    await dockerCli('create', '--label', testLabel, '--name', name, tag);
    await childrenWhen(api.trees.images, groups => usedBy(groups).includes(name), 'the in-use mark', 10_000);
  });

  it('shows a container connected from a shell under its network', async () => {
    const api = await dockhand();
    const network = await createNetwork();
    const id = await dockerCli('run', '-d', '--label', testLabel, '--name', uniqueName('netuser'), testImage, 'sleep', '60');
    await api.refresh();
    await dockerCli('network', 'connect', network, id);
    await childrenWhen(
      api.trees.networks,
      nodes => nodes.some(n => n.kind === 'network' && n.network.id === network && n.network.containers.some(c => c.id === id)),
      'the connected container',
      10_000,
    );
  });
});
