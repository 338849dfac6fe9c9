import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SystemPruneResult } from '../../../src/engine';
import { createContainer, createNetwork, createVolume, docker, removeLabelled, testLabel } from '../../support/testDocker';
import { dockhand } from './helpers';

describe('System: the engine as a whole', () => {
  after(() => removeLabelled());

  it('shows the engine version, the host and disk usage like docker system df', async () => {
    const api = await dockhand();
    await vscode.commands.executeCommand('dockhand.system.refresh');
    const rows = await api.trees.system.getChildren();
    assert.deepEqual(
      rows.map(r => r.row.kind),
      ['version', 'host', 'images', 'containers', 'volumes', 'buildCache'],
    );
    const version = (await docker().version()).Version;
    assert.match(String(api.trees.system.getTreeItem(rows[0]).description), new RegExp(`^${version.replace(/[.+]/g, '\\$&')} `));
    assert.ok(String(api.trees.system.getTreeItem(rows[1]).description).startsWith(`${api.engine.endpoint.url} (`));
    const images = (await docker().listImages()).length;
    assert.match(String(api.trees.system.getTreeItem(rows[2]).description), new RegExp(`· ${images} total, \\d+ active ·`));
  });

  it("prunes everything unused (here: only this run's resources), including volumes when asked", async () => {
    const stopped = await createContainer();
    const network = await createNetwork();
    const volume = await createVolume();
    const result = await vscode.commands.executeCommand<SystemPruneResult>('dockhand.system.prune', {
      skipConfirmation: true,
      volumes: true,
      labels: [testLabel],
    });
    assert.ok(result.containers.includes(stopped.id));
    assert.ok(result.volumes.includes(volume));
    await assert.rejects(docker().getContainer(stopped.id).inspect());
    await assert.rejects(docker().getNetwork(network).inspect());
    await assert.rejects(docker().getVolume(volume).inspect());
  });
});
