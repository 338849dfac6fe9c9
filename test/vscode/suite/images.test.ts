import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RunResult } from '../../../src/engine';
import type { RemovalResult } from '../../../src/ui/commands/shared/removeEach';
import { createImage, docker, labels, removeLabelled, testImage, uniqueName } from '../../support/testDocker';
import { childrenWhen, dockhand } from './helpers';

async function exists(ref: string): Promise<boolean> {
  return docker()
    .getImage(ref)
    .inspect()
    .then(
      () => true,
      () => false,
    );
}

describe('Images: actions on the real engine', () => {
  after(() => removeLabelled());

  it('lists images grouped by repository, marking the ones containers use', async () => {
    const api = await dockhand();
    const tag = await createImage();
    await docker().createContainer({ Image: tag, name: uniqueName('user'), Labels: labels });
    await api.trees.images.reload();
    const groups = await api.trees.images.getChildren();
    const group = groups.find(g => g.kind === 'imageGroup' && tag.startsWith(`${g.group.repository}:`));
    assert.ok(group, 'repository group');
    const [row] = await api.trees.images.getChildren(group);
    assert.ok(row?.kind === 'image' && row.tag === tag);
    assert.equal(api.trees.images.getTreeItem(row).contextValue, 'image.tagged.inUse');
  });

  it('runs an image detached with its EXPOSEd port published on 127.0.0.1', async () => {
    const result = await vscode.commands.executeCommand<RunResult>('dockhand.images.run', testImage, {
      cmd: ['sleep', '60'],
      labels,
      name: uniqueName('run'),
    });
    const info = await docker().getContainer(result.id).inspect();
    assert.equal(info.State.Running, true);
    const bound = info.NetworkSettings.Ports['8080/tcp']?.[0];
    assert.equal(bound?.HostIp, '127.0.0.1');
    assert.ok(Number(bound?.HostPort) > 0);
  });

  it('runs an image interactively in a terminal whose input reaches the container', async () => {
    const started = await vscode.commands.executeCommand<{ id: string; name: string }>('dockhand.images.runInteractive', testImage, {
      cmd: ['sh'],
      labels,
      name: uniqueName('it'),
    });
    const info = await docker().getContainer(started.id).inspect();
    assert.equal(info.Config.Tty, true);
    const terminal = vscode.window.terminals.find(t => t.name === testImage);
    assert.ok(terminal, 'terminal opened');
    terminal.sendText('exit 4');
    const exit = await docker().getContainer(started.id).wait();
    assert.equal(exit.StatusCode, 4);
    terminal.dispose();
  });

  it('tags an image with the given reference', async () => {
    const tag = await createImage();
    const newTag = `${tag.split(':')[0]}:second`;
    assert.equal(await vscode.commands.executeCommand('dockhand.images.tag', tag, newTag), newTag);
    assert.equal((await docker().getImage(newTag).inspect()).Id, (await docker().getImage(tag).inspect()).Id);
  });

  it('removes an unused image after confirmation', async () => {
    const tag = await createImage();
    const result = await vscode.commands.executeCommand<RemovalResult>('dockhand.images.remove', tag, { skipConfirmation: true });
    assert.deepEqual(result.removed, [tag]);
    assert.equal(await exists(tag), false);
  });

  it('keeps an image a container uses, naming the container, and removes it with force', async () => {
    const tag = await createImage();
    const name = uniqueName('uses');
    await docker().createContainer({ Image: tag, name, Labels: labels });
    const kept = await vscode.commands.executeCommand<RemovalResult>('dockhand.images.remove', tag, { skipConfirmation: true });
    assert.equal(kept.removed.length, 0);
    assert.match(kept.refused[0]?.reason ?? '', new RegExp(name));
    assert.equal(await exists(tag), true);
    const forced = await vscode.commands.executeCommand<RemovalResult>('dockhand.images.remove', tag, {
      skipConfirmation: true,
      force: true,
    });
    assert.deepEqual(forced.removed, [tag]);
    assert.equal(await exists(tag), false);
  });

  it('shows the history as a readable document', async () => {
    const tag = await createImage();
    const text = await vscode.commands.executeCommand<string>('dockhand.images.history', tag);
    const layers = (await docker().getImage(tag).history()).length;
    assert.match(text, new RegExp(`^# History of ${tag.replace(/[/.]/g, '\\$&')}: ${layers} layers`));
    assert.match(text, /echo hi > \/hello/);
    assert.equal(vscode.window.activeTextEditor?.document.getText(), text);
  });

  it('inspects an image as JSON', async () => {
    const tag = await createImage();
    const text = await vscode.commands.executeCommand<string>('dockhand.images.inspect', tag);
    assert.equal((JSON.parse(text) as { Id: string }).Id, (await docker().getImage(tag).inspect()).Id);
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'json');
  });

  it('copies the full tag', async () => {
    const tag = await createImage();
    await vscode.commands.executeCommand('dockhand.images.copyTag', tag);
    assert.equal(await vscode.env.clipboard.readText(), tag);
  });

  it('removes only dangling images when pruning, and hides them on request', async () => {
    const api = await dockhand();
    const tag = await createImage();
    const firstId = (await docker().getImage(tag).inspect()).Id;
    await createImage(tag);
    assert.equal(await exists(firstId), true);
    await vscode.commands.executeCommand('dockhand.images.hideDangling');
    const hidden = await api.trees.images.getChildren();
    assert.ok(!hidden.some(g => g.kind === 'imageGroup' && g.group.dangling));
    await vscode.commands.executeCommand('dockhand.images.showDangling');
    const shown = await api.trees.images.getChildren();
    const dangling = shown.find(g => g.kind === 'imageGroup' && g.group.dangling);
    assert.ok(dangling && dangling.kind === 'imageGroup' && dangling.group.rows.some(r => r.image.id === firstId));
    const result = await vscode.commands.executeCommand<{ removed: string[] }>('dockhand.images.prune', {
      skipConfirmation: true,
      labels: [`dockhand.test=${labels['dockhand.test']}`],
    });
    assert.ok(result.removed.includes(firstId), 'the dangling image was pruned');
    assert.equal(await exists(firstId), false);
    assert.equal(await exists(tag), true);
    await childrenWhen(
      api.trees.images,
      groups => !groups.some(g => g.kind === 'imageGroup' && g.group.rows.some(r => r.image.id === firstId)),
      'the pruned image to leave the view',
    );
  });

  it('accepts a tree node and the selection as targets', async () => {
    const api = await dockhand();
    const [a, b] = [await createImage(), await createImage()];
    await api.trees.images.reload();
    const groups = await api.trees.images.getChildren();
    const rows = (await Promise.all(groups.map(g => api.trees.images.getChildren(g))))
      .flat()
      .filter(r => r.kind === 'image' && (r.tag === a || r.tag === b));
    assert.equal(rows.length, 2);
    const result = await vscode.commands.executeCommand<RemovalResult>('dockhand.images.remove', rows[0], rows, { skipConfirmation: true });
    assert.deepEqual([...result.removed].sort(), [a, b].sort());
  });
});
