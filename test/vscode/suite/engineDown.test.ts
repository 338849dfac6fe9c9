import * as assert from 'node:assert/strict';
import { createContainer, removeLabelled } from '../../support/testDocker';
import { childrenWhen, dockerd, dockhand } from './helpers';

describe('Dockhand with the engine stopped', () => {
  after(async () => {
    await dockerd('start');
    await removeLabelled();
  });

  it('reports a stopped engine in every view, and recovers by itself when it starts again', async () => {
    const api = await dockhand();
    const container = await createContainer();
    await api.refresh();
    assert.ok((await api.trees.containers.getChildren()).some(n => n.kind === 'container' && n.container.id === container.id));

    await dockerd('stop');
    await api.refresh();
    for (const tree of [api.trees.containers, api.trees.images, api.trees.volumes, api.trees.networks]) {
      assert.deepEqual(await tree.getChildren(), []);
      assert.equal(tree.problem?.kind, 'unreachable');
      assert.match(tree.problem?.message ?? '', /Docker is not running at unix:\/\/\/var\/run\/docker\.sock/);
    }

    // No refresh from here on: the views must notice the engine by themselves.
    await dockerd('start');
    await childrenWhen(
      api.trees.containers,
      c => c.some(n => n.kind === 'container' && n.container.id === container.id),
      'the containers view to recover',
      60_000,
    );
    await childrenWhen(api.trees.images, c => c.length > 0, 'the images view to recover', 60_000);
    assert.equal(api.trees.containers.problem, undefined);
  });
});
