import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { VolumeSummary } from '../../../src/engine';
import type { RemovalResult } from '../../../src/ui/commands/shared/removeEach';
import { createVolume, docker, labels, removeLabelled, testImage, testLabel, uniqueName } from '../../support/testDocker';
import { dockhand } from './helpers';

async function volumeExists(name: string): Promise<boolean> {
  return docker()
    .getVolume(name)
    .inspect()
    .then(
      () => true,
      () => false,
    );
}

async function mountIn(volume: string): Promise<string> {
  const name = uniqueName('mounts');
  await docker().createContainer({ Image: testImage, name, Labels: labels, HostConfig: { Binds: [`${volume}:/data`] } });
  return name;
}

describe('Volumes: actions on the real engine', () => {
  after(() => removeLabelled());

  it('creates a volume with a name, driver and labels', async () => {
    const name = uniqueName('created');
    const volume = await vscode.commands.executeCommand<VolumeSummary>('dockhand.volumes.create', {
      name,
      driver: 'local',
      labels: { ...labels, purpose: 'test' },
    });
    assert.equal(volume.name, name);
    const info = await docker().getVolume(name).inspect();
    assert.equal(info.Driver, 'local');
    assert.equal(info.Labels.purpose, 'test');
  });

  it('inspects a volume as JSON', async () => {
    const name = await createVolume();
    const text = await vscode.commands.executeCommand<string>('dockhand.volumes.inspect', name);
    assert.equal((JSON.parse(text) as { Name: string }).Name, name);
  });

  it('marks a volume in use with the containers using it', async () => {
    const api = await dockhand();
    const name = await createVolume();
    const container = await mountIn(name);
    await api.trees.volumes.reload();
    const node = (await api.trees.volumes.getChildren()).find(n => n.kind === 'volume' && n.volume.name === name);
    assert.ok(node);
    const item = api.trees.volumes.getTreeItem(node);
    assert.equal(item.contextValue, 'volume.inUse');
    assert.match(String(item.description), new RegExp(container));
  });

  it('removes an unused volume after confirmation', async () => {
    const name = await createVolume();
    const result = await vscode.commands.executeCommand<{ removed: string[] }>('dockhand.volumes.remove', name, { skipConfirmation: true });
    assert.deepEqual(result.removed, [name]);
    assert.equal(await volumeExists(name), false);
  });

  it('keeps a volume in use and names the container using it', async () => {
    const name = await createVolume();
    const container = await mountIn(name);
    const result = await vscode.commands.executeCommand<RemovalResult>('dockhand.volumes.remove', name, { skipConfirmation: true });
    assert.deepEqual(result.removed, []);
    assert.equal(result.refused[0]?.name, name);
    assert.match(result.refused[0]?.reason ?? '', new RegExp(container));
    assert.equal(await volumeExists(name), true);
  });

  it('prunes unused volumes, keeping the ones in use', async () => {
    const unused = await createVolume();
    const used = await createVolume();
    await mountIn(used);
    const result = await vscode.commands.executeCommand<{ removed: string[] }>('dockhand.volumes.prune', {
      skipConfirmation: true,
      labels: [testLabel],
    });
    assert.ok(result.removed.includes(unused));
    assert.equal(await volumeExists(unused), false);
    assert.equal(await volumeExists(used), true);
  });
});
