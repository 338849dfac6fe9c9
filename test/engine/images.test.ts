import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ProgressEvent } from '../../src/engine';
import { createImage, docker, labels, removeLabelled, testImage, testRunId, uniqueName } from '../support/testDocker';
import { engine, rejectsWith, tempDir } from '../support/engineUnderTest';

const registry = '127.0.0.1:5000';

async function imageExists(ref: string): Promise<boolean> {
  return docker()
    .getImage(ref)
    .inspect()
    .then(
      () => true,
      () => false,
    );
}

describe('(integration) images', () => {
  const e = engine();
  const extraRefs: string[] = [];
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(async () => {
    // Tags in the registry namespace are not labelled images of their own: remove them by name.
    for (const ref of extraRefs.splice(0)) {
      await docker()
        .getImage(ref)
        .remove({ force: true })
        .catch(() => undefined);
    }
    await removeLabelled();
    await fs.promises.rm(dir, { recursive: true, force: true });
  });

  it('tags, pushes to a registry, removes and pulls back with per-layer progress', async () => {
    const source = await createImage();
    const ref = `${registry}/dockhand-test/x-${testRunId}:t1`;
    extraRefs.push(ref);
    await e.tagImage(source, ref);
    assert.ok(await imageExists(ref));

    const pushed: ProgressEvent[] = [];
    await e.pushImage(ref, { onProgress: p => pushed.push(p) });
    assert.ok(
      pushed.some(p => p.id && /Pushed|Layer already exists/.test(p.status)),
      JSON.stringify(pushed),
    );

    const removed = await e.removeImage(ref);
    assert.ok(removed.untagged.some(u => u.startsWith(ref)));
    assert.equal(await imageExists(ref), false);

    const pulled: ProgressEvent[] = [];
    await e.pullImage(ref, { onProgress: p => pulled.push(p) });
    assert.ok(await imageExists(ref));
    assert.ok(
      pulled.some(p => p.status.includes('Digest') || p.status.includes('Downloaded newer image') || p.status.includes('Pull complete')),
      JSON.stringify(pulled),
    );
  });

  it('refuses a tag the engine would not accept, naming the problem, and creates nothing', async () => {
    const source = await createImage();
    await rejectsWith(e.tagImage(source, `dockhand-test/Upper-${testRunId}:t1`), 'invalid', /must be lower case/);
    await rejectsWith(e.tagImage(source, `dockhand-test/x-${testRunId}@sha256:${'a'.repeat(64)}`), 'invalid', /cannot carry an @digest/);
    assert.equal(await imageExists(`dockhand-test/x-${testRunId}`), false);
  });

  it('classifies pulling an unknown image as notFound, and a cancelled pull as cancelled', async () => {
    await rejectsWith(e.pullImage(`${registry}/dockhand-test/absent-${testRunId}:nope`), 'notFound', /absent/);
    const controller = new AbortController();
    controller.abort();
    await rejectsWith(e.pullImage(`${registry}/dockhand-test/absent-${testRunId}:nope`, {}, controller.signal), 'cancelled');
  });

  it('cancels a pull in flight', async () => {
    // A push first puts something to pull into the registry.
    const source = await createImage();
    const ref = `${registry}/dockhand-test/cancel-${testRunId}:t1`;
    extraRefs.push(ref);
    await e.tagImage(source, ref);
    await e.pushImage(ref);
    await e.removeImage(ref);
    const controller = new AbortController();
    const pulling = e.pullImage(ref, { onProgress: () => controller.abort() }, controller.signal);
    await rejectsWith(pulling, 'cancelled');
  });

  it('names the containers using an image when removal conflicts', async () => {
    const image = await createImage();
    const name = uniqueName('user');
    await docker().createContainer({ Image: image, name, Labels: labels });
    const err = await rejectsWith(e.removeImage(image), 'conflict');
    assert.match(err.message, new RegExp(`${name} \\(created\\)`));
    assert.match(err.message, /or force the removal/);
    assert.ok(await imageExists(image));
    await e.removeImage(image, { force: true });
    assert.equal(await imageExists(image), false);
  });

  it('reads the history of an image', async () => {
    const image = await createImage();
    const history = await e.imageHistory(image);
    assert.ok(history.length >= 2);
    assert.ok(history[0].tags.includes(image));
    assert.ok(history.some(h => h.createdBy.length > 0));
    assert.ok(history.every(h => h.created instanceof Date));
    // The layers' sizes add up to the image's size as the engine reports it, as in `docker history`.
    const inspected = await docker().getImage(image).inspect();
    assert.equal(
      history.reduce((sum, h) => sum + h.size, 0),
      inspected.Size,
    );
    assert.equal(history[0].size, 3, 'the top layer holds the 3-byte /hello createImage wrote');
  });

  it('inspects an image, and reports a missing one as notFound', async () => {
    const info = await e.inspectImage(testImage);
    assert.ok(String(info.Id).startsWith('sha256:'));
    await rejectsWith(e.inspectImage(`dockhand-test/none-${testRunId}:x`), 'notFound');
  });

  it('saves images to a tar file and loads them back', async () => {
    const first = await createImage();
    const second = await createImage();
    const file = path.join(dir, 'images.tar');
    await e.saveImages([first, second], file);
    assert.ok((await fs.promises.stat(file)).size > 1000);
    await e.removeImage(first, { force: true });
    await e.removeImage(second, { force: true });
    const loaded = await e.loadImages(file);
    assert.deepEqual([...loaded].sort(), [first, second].sort());
    assert.ok((await imageExists(first)) && (await imageExists(second)));
    await rejectsWith(e.loadImages(path.join(dir, 'absent.tar')), 'notFound');
  });

  it('prunes dangling images and reports the space', async () => {
    const image = await createImage();
    // What the prune frees is the image's own layer: its size above its parent's.
    const ownLayer = (await docker().getImage(image).inspect()).Size - (await docker().getImage(testImage).inspect()).Size;
    assert.equal(ownLayer, 3);
    // Retagging the tag elsewhere leaves the labelled image dangling.
    await docker()
      .getImage(testImage)
      .tag({ repo: image.split(':')[0], tag: image.split(':')[1] });
    extraRefs.push(image);
    const result = await e.pruneImages({ labels: [`dockhand.test=${testRunId}`] });
    assert.ok(result.removed.length >= 1, JSON.stringify(result));
    assert.equal(result.spaceReclaimed, ownLayer);
  });
});
