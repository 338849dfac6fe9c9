import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NetworkSummary } from '../../../src/engine';
import { createContainer, createNetwork, docker, labels, removeLabelled, testLabel, uniqueName } from '../../support/testDocker';
import { childrenWhen, dockhand } from './helpers';

async function networkExists(idOrName: string): Promise<boolean> {
  return docker()
    .getNetwork(idOrName)
    .inspect()
    .then(
      () => true,
      () => false,
    );
}

async function networksOf(containerId: string): Promise<string[]> {
  return Object.keys((await docker().getContainer(containerId).inspect()).NetworkSettings.Networks);
}

describe('Networks: actions on the real engine', () => {
  after(() => removeLabelled());

  it('creates a bridge network with a subnet and gateway', async () => {
    const name = uniqueName('net');
    const third = 100 + Math.floor(Math.random() * 150);
    const network = await vscode.commands.executeCommand<NetworkSummary>('dockhand.networks.create', {
      name,
      driver: 'bridge',
      subnet: `10.213.${third}.0/24`,
      gateway: `10.213.${third}.1`,
      labels,
    });
    assert.equal(network.name, name);
    const info = (await docker().getNetwork(name).inspect()) as {
      Driver: string;
      IPAM: { Config: Array<{ Subnet: string; Gateway: string }> };
    };
    assert.equal(info.Driver, 'bridge');
    assert.deepEqual(info.IPAM.Config[0], { Subnet: `10.213.${third}.0/24`, Gateway: `10.213.${third}.1` });
  });

  it('inspects a network as JSON', async () => {
    const id = await createNetwork();
    const text = await vscode.commands.executeCommand<string>('dockhand.networks.inspect', id);
    assert.equal((JSON.parse(text) as { Id: string }).Id, id);
  });

  it('removes a network after confirmation', async () => {
    const id = await createNetwork();
    const result = await vscode.commands.executeCommand<{ removed: string[] }>('dockhand.networks.remove', id, { skipConfirmation: true });
    assert.deepEqual(result.removed, [id]);
    assert.equal(await networkExists(id), false);
  });

  it('refuses to remove a built-in network', async () => {
    const result = await vscode.commands.executeCommand<{ removed: string[]; refused: Array<{ reason: string }> }>(
      'dockhand.networks.remove',
      'bridge',
      { skipConfirmation: true },
    );
    assert.deepEqual(result.removed, []);
    assert.match(result.refused[0]?.reason ?? '', /built into Docker/);
    assert.equal(await networkExists('bridge'), true);
  });

  it('prunes unused networks', async () => {
    const id = await createNetwork();
    const name = ((await docker().getNetwork(id).inspect()) as { Name: string }).Name;
    const result = await vscode.commands.executeCommand<{ removed: string[] }>('dockhand.networks.prune', {
      skipConfirmation: true,
      labels: [testLabel],
    });
    assert.ok(result.removed.includes(name), `${name} in ${result.removed.join(', ')}`);
    assert.equal(await networkExists(id), false);
  });

  it('connects a container, shows it under the network with its IP, and disconnects it', async () => {
    const api = await dockhand();
    const id = await createNetwork();
    const container = await createContainer({ start: true, cmd: ['sleep', '60'] });
    const name = ((await docker().getNetwork(id).inspect()) as { Name: string }).Name;
    await vscode.commands.executeCommand('dockhand.networks.connect', id, container.id);
    assert.ok((await networksOf(container.id)).includes(name));

    await api.trees.networks.reload();
    const roots = await childrenWhen(
      api.trees.networks,
      nodes => nodes.some(n => n.kind === 'network' && n.network.id === id && n.network.containers.length === 1),
      'the connected container',
    );
    const networkNode = roots.find(n => n.kind === 'network' && n.network.id === id);
    assert.ok(networkNode);
    const [child] = await api.trees.networks.getChildren(networkNode);
    assert.ok(child?.kind === 'networkContainer' && child.endpoint.id === container.id);
    assert.match(String(api.trees.networks.getTreeItem(child).description), /^\d+\.\d+\.\d+\.\d+\/\d+/);

    await vscode.commands.executeCommand('dockhand.networks.disconnect', child);
    assert.ok(!(await networksOf(container.id)).includes(name));
  });
});
