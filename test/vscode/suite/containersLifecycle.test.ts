import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { RemovalResult } from '../../../src/ui/commands/shared/removeEach';
import type { ContainerNode, ContainersTreeNode } from '../../../src/ui/trees/containers/containersView';
import * as vscode from 'vscode';
import { docker, removeLabelled, testLabel } from '../../support/testDocker';
import { exists, labelledContainer, stateOf } from './containersFixtures';
import { childrenWhen, dockhand, reportedBy, testing } from './helpers';

function containerNode(nodes: ContainersTreeNode[], id: string): ContainerNode {
  const node = nodes.find((n): n is ContainerNode => n.kind === 'container' && n.container.id === id);
  assert.ok(node, `container ${id.slice(0, 12)} in the view`);
  return node;
}

describe('Containers lifecycle commands', function () {
  this.timeout(120_000);
  after(() => removeLabelled());

  it('stops, starts, pauses, unpauses, restarts and kills a multi-selection of nodes', async () => {
    const api = await dockhand();
    const a = await labelledContainer({ start: true });
    const b = await labelledContainer({ start: true });
    await api.refresh();
    const roots = await api.trees.containers.getChildren();
    const selection = [containerNode(roots, a.id), containerNode(roots, b.id)];
    const run = (verb: string) => vscode.commands.executeCommand(`dockhand.containers.${verb}`, selection[0], selection);

    await run('pause');
    assert.deepEqual(
      (await Promise.all([a, b].map(stateOf))).map(s => s.status),
      ['paused', 'paused'],
    );
    await run('unpause');
    assert.deepEqual(
      (await Promise.all([a, b].map(stateOf))).map(s => s.status),
      ['running', 'running'],
    );
    const before = await stateOf(a);
    await run('restart');
    const after = await stateOf(a);
    assert.equal(after.status, 'running');
    assert.notEqual(after.startedAt, before.startedAt, 'restarted');
    await run('stop');
    assert.deepEqual(
      (await Promise.all([a, b].map(stateOf))).map(s => s.status),
      ['exited', 'exited'],
    );
    const item = api.trees.containers.getTreeItem(containerNode(await api.trees.containers.getChildren(), a.id));
    assert.equal(item.contextValue, 'container.exited', 'the view reloaded after the command');
    await run('start');
    assert.deepEqual(
      (await Promise.all([a, b].map(stateOf))).map(s => s.status),
      ['running', 'running'],
    );
    await run('kill');
    assert.deepEqual(
      (await Promise.all([a, b].map(stateOf))).map(s => s.status),
      ['exited', 'exited'],
    );
  });

  it('starts a container given by name, and treats "already started" as done', async () => {
    const c = await labelledContainer();
    const { name } = await stateOf(c);
    await vscode.commands.executeCommand('dockhand.containers.start', name);
    assert.equal((await stateOf(c)).status, 'running');
    await vscode.commands.executeCommand('dockhand.containers.start', c.id);
    assert.equal((await stateOf(c)).status, 'running');
  });

  it('removes running containers with their anonymous volumes when asked, without asking when told not to', async () => {
    const c = await labelledContainer({ start: true, anonymousVolumes: ['/data'] });
    const volume = (await c.inspect()).Mounts.find(m => m.Destination === '/data')?.Name;
    assert.ok(volume, 'an anonymous volume');
    await vscode.commands.executeCommand('dockhand.containers.remove', c.id, { skipConfirmation: true, removeVolumes: true });
    assert.equal(await exists(c), false);
    const volumes = (await docker().listVolumes()).Volumes ?? [];
    assert.ok(!volumes.some(v => v.Name === volume), 'anonymous volume removed too');
  });

  it('removes a container but keeps its anonymous volume by default', async () => {
    const c = await labelledContainer({ anonymousVolumes: ['/keep'] });
    const volume = (await c.inspect()).Mounts.find(m => m.Destination === '/keep')?.Name;
    assert.ok(volume);
    const { name } = await stateOf(c);
    // Like every remove command, it answers what went and what the engine refused.
    const result = await vscode.commands.executeCommand<RemovalResult>('dockhand.containers.remove', [c.id], { skipConfirmation: true });
    assert.deepEqual(result, { removed: [name], refused: [] });
    assert.equal(await exists(c), false);
    assert.ok(
      ((await docker().listVolumes()).Volumes ?? []).some(v => v.Name === volume),
      'volume kept',
    );
    await docker().getVolume(volume).remove();
  });

  it("prunes stopped containers (only this run's, by label) and reports what went", async () => {
    const stopped = await labelledContainer();
    const running = await labelledContainer({ start: true });
    const result = await vscode.commands.executeCommand<{ removed: string[]; spaceReclaimed: number }>('dockhand.containers.prune', {
      skipConfirmation: true,
      labels: [testLabel],
    });
    assert.ok(result, 'prune ran');
    assert.ok(result.removed.includes(stopped.id));
    assert.ok(!result.removed.includes(running.id));
    assert.equal(await exists(stopped), false);
    assert.equal(await exists(running), true);
  });

  it('acting on a container removed meanwhile reports "No such container" for each command, and the command itself reloads the view', async () => {
    const api = await dockhand();
    const c = await labelledContainer({ start: true });
    const isGone = (nodes: ContainersTreeNode[]) => !nodes.some(n => n.kind === 'container' && n.container.id === c.id);
    // With the engine's events paused, only the reload the failing command triggers can drop the container.
    const paused = (await testing()).pauseEvents();
    try {
      // Settles any reload under way before the pause.
      await api.trees.containers.reload();
      const node = containerNode(await api.trees.containers.getChildren(), c.id);
      await c.remove({ force: true });
      assert.equal(isGone(await api.trees.containers.getChildren()), false, 'the view still lists it: no event reloaded it');
      // Each command with the arguments that spare it any dialog; each must report the engine's answer.
      const calls: Array<[string, ...unknown[]]> = [
        ['start'],
        ['stop'],
        ['restart'],
        ['kill'],
        ['pause'],
        ['unpause'],
        ['remove', { skipConfirmation: true }],
        ['inspect'],
        ['top'],
        ['diff'],
        ['logs'],
        ['shell'],
        ['attach'],
        ['stats'],
        ['rename', 'fresh-name'],
        ['commit', { repo: 'dockhand-test/never' }],
        ['export', path.join(os.tmpdir(), `never-${c.id}.tar`)],
        ['copyFromContainer', '/etc/hostname', os.tmpdir()],
        ['copyToContainer', __filename, '/tmp'],
      ];
      for (const [verb, ...rest] of calls) {
        const report = await reportedBy(`dockhand.containers.${verb}`, node, ...rest);
        assert.equal(report.kind, 'notFound', `${verb}: ${report.kind} ${report.message}`);
        assert.match(report.message, new RegExp(`No such container(: ${c.id})?$`), `${verb}: ${report.message}`);
        if (verb === 'start') {
          await childrenWhen(api.trees.containers, isGone, 'the failed command to reload the view');
        }
      }
      assert.ok(!fs.existsSync(path.join(os.tmpdir(), `never-${c.id}.tar`)), 'no half-written export');
    } finally {
      paused.dispose();
    }
  });
});
