import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { createImage, docker, removeLabelled, testRunId } from '../../support/testDocker';
import { dockhand } from './helpers';

const registry = '127.0.0.1:5000';

async function registryTags(repository: string): Promise<string[]> {
  const response = await fetch(`http://${registry}/v2/${repository}/tags/list`);
  return response.ok ? (((await response.json()) as { tags?: string[] }).tags ?? []) : [];
}

describe('Images: registry and files', () => {
  after(() => removeLabelled());

  it('pushes a tag to the registry', async () => {
    const repository = `dockhand-test/push-${testRunId}`;
    const tag = `${registry}/${repository}:one`;
    await vscode.commands.executeCommand('dockhand.images.tag', await createImage(), tag);
    assert.deepEqual(await vscode.commands.executeCommand('dockhand.images.push', tag), [tag]);
    assert.deepEqual(await registryTags(repository), ['one']);
  });

  it('pulls an image from the registry', async () => {
    const api = await dockhand();
    const repository = `dockhand-test/pull-${testRunId}`;
    const tag = `${registry}/${repository}:two`;
    const source = await createImage();
    await api.engine.tagImage(source, tag);
    await api.engine.pushImage(tag);
    await docker().getImage(tag).remove();
    await assert.rejects(docker().getImage(tag).inspect());
    assert.equal(await vscode.commands.executeCommand('dockhand.images.pull', tag), tag);
    assert.equal((await docker().getImage(tag).inspect()).Id, (await docker().getImage(source).inspect()).Id);
  });

  it('saves images to a tar file and loads them back', async () => {
    const tag = await createImage();
    const id = (await docker().getImage(tag).inspect()).Id;
    const file = path.join(await fs.promises.mkdtemp(path.join(os.tmpdir(), 'dockhand-save-')), 'images.tar');
    assert.equal(await vscode.commands.executeCommand('dockhand.images.save', tag, file), file);
    assert.ok((await fs.promises.stat(file)).size > 1000);
    await docker().getImage(tag).remove({ force: true });
    await assert.rejects(docker().getImage(tag).inspect());
    const loaded = await vscode.commands.executeCommand<string[]>('dockhand.images.load', file);
    assert.ok(loaded.includes(tag), `loaded ${loaded.join(', ')}`);
    assert.equal((await docker().getImage(tag).inspect()).Id, id);
  });
});
