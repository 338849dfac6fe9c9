import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CommandId } from '../../../src/ui/commands/commandIds';
import { createContainer, createVolume, removeLabelled } from '../../support/testDocker';
import { dockhand, testing } from './helpers';

describe('Dockhand in VS Code', () => {
  it('activates from its bundle and returns the public API', async () => {
    const extension = vscode.extensions.getExtension('dockhand.dockhand');
    assert.ok(extension, 'extension dockhand.dockhand is installed');
    const packageJson = extension.packageJSON as { main: string };
    assert.equal(packageJson.main, './dist/extension.js');
    const api = await dockhand();
    assert.ok(extension.isActive);
    assert.equal(api.apiVersion, 1);
    assert.equal(typeof api.refresh, 'function');
    for (const tree of [api.trees.containers, api.trees.images, api.trees.volumes, api.trees.networks]) {
      assert.equal(typeof tree.getChildren, 'function');
      assert.equal(typeof tree.getTreeItem, 'function');
    }
    assert.equal(api.engine.endpoint.url, 'unix:///var/run/docker.sock');
  });

  it('registers every command it contributes', async () => {
    const commands = new Set(await vscode.commands.getCommands(true));
    for (const id of Object.values(CommandId)) {
      assert.ok(commands.has(id), `command ${id} is registered`);
    }
  });

  it('refreshes every view through its command', async () => {
    const api = await dockhand();
    // With the engine's events paused, only the command can bring the new resources into the views.
    const paused = (await testing()).pauseEvents();
    try {
      await api.refresh();
      const container = await createContainer();
      const volume = await createVolume();
      assert.ok(!api.trees.containers.current?.some(c => c.id === container.id), 'not listed before the refresh');
      await vscode.commands.executeCommand(CommandId.Refresh);
      assert.ok(
        api.trees.containers.current?.some(c => c.id === container.id),
        'the containers view reloaded',
      );
      assert.ok(
        api.trees.volumes.current?.some(v => v.name === volume),
        'the volumes view reloaded',
      );
    } finally {
      paused.dispose();
      await removeLabelled();
    }
  });
});
