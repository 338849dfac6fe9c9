import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { createImage, docker, labels, removeLabelled, testImage, testRunId } from '../../support/testDocker';
import { childrenWhen, dockhand } from './helpers';

describe('Images: faults', () => {
  after(() => removeLabelled());

  it('a failing build reports its error and tags nothing', async () => {
    const folder = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'dockhand-fail-'));
    const file = path.join(folder, 'Dockerfile');
    await fs.promises.writeFile(file, `FROM ${testImage}\nRUN echo broken && exit 3\n`);
    const tag = `dockhand-test/fail-${testRunId}:latest`;
    const result = await vscode.commands.executeCommand('dockhand.images.buildFromDockerfile', vscode.Uri.file(file), { tag, labels });
    assert.equal(result, undefined);
    await assert.rejects(docker().getImage(tag).inspect());
  });

  it('removing an image another process removed meanwhile reloads the view instead of failing', async () => {
    const api = await dockhand();
    const tag = await createImage();
    await api.trees.images.reload();
    const groups = await api.trees.images.getChildren();
    const row = (await Promise.all(groups.map(g => api.trees.images.getChildren(g)))).flat().find(r => r.kind === 'image' && r.tag === tag);
    assert.ok(row);
    await docker().getImage(tag).remove({ force: true });
    const result = await vscode.commands.executeCommand('dockhand.images.remove', row, [row], { skipConfirmation: true });
    assert.equal(result, undefined);
    await childrenWhen(api.trees.images, nodes => !nodes.some(g => g.kind === 'imageGroup' && g.group.rows.some(r => r.tag === tag)), 'the vanished image to leave the view', 10_000);
  });
});
