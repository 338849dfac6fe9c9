import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { createImage, docker, labels, removeLabelled, testImage, testRunId } from '../../support/testDocker';
import { childrenWhen, dockhand, reportedBy, testing } from './helpers';

describe('Images: faults', () => {
  after(() => removeLabelled());

  it('a failing build reports its error and tags nothing', async () => {
    const folder = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'dockhand-fail-'));
    const file = path.join(folder, 'Dockerfile');
    await fs.promises.writeFile(file, `FROM ${testImage}\nRUN echo broken && exit 3\n`);
    const tag = `dockhand-test/fail-${testRunId}:latest`;
    const report = await reportedBy('dockhand.images.buildFromDockerfile', vscode.Uri.file(file), { tag, labels });
    assert.equal(report.kind, 'failed');
    // The builder's own words: the failing step and its exit code.
    assert.match(report.message, /echo broken && exit 3.*returned a non-zero code: 3/s);
    await assert.rejects(docker().getImage(tag).inspect());
  });

  it('removing an image another process removed meanwhile says so, and the command itself reloads the view', async () => {
    const api = await dockhand();
    const tag = await createImage();
    // With the engine's events paused, only the reload the command triggers can drop the image.
    const paused = (await testing()).pauseEvents();
    try {
      // Settles any reload under way before the pause.
      await api.trees.images.reload();
      const groups = await api.trees.images.getChildren();
      const row = (await Promise.all(groups.map(g => api.trees.images.getChildren(g))))
        .flat()
        .find(r => r.kind === 'image' && r.tag === tag);
      assert.ok(row);
      const listed = (nodes: Awaited<ReturnType<typeof api.trees.images.getChildren>>) =>
        nodes.some(g => g.kind === 'imageGroup' && g.group.rows.some(r => r.tag === tag));
      await docker().getImage(tag).remove({ force: true });
      assert.ok(listed(await api.trees.images.getChildren()), 'still listed: no event reloaded the view');
      const report = await reportedBy('dockhand.images.remove', row, [row], { skipConfirmation: true });
      assert.equal(report.kind, 'notFound');
      assert.match(report.message, new RegExp(`No such image: ${tag.replace(/[/.]/g, '\\$&')}`));
      await childrenWhen(api.trees.images, nodes => !listed(nodes), 'the command to reload the view');
    } finally {
      paused.dispose();
    }
  });
});
