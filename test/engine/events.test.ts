import * as assert from 'node:assert/strict';
import { connectEngine, type ResourceEvent } from '../../src/engine';
import { createContainer, removeLabelled } from '../support/testDocker';

describe('(integration) engine events', () => {
  const engine = connectEngine(undefined, { ...process.env, DOCKER_HOST: 'unix:///var/run/docker.sock' });

  after(() => removeLabelled());

  it('reports a container start within a second', async () => {
    const container = await createContainer();
    const abort = new AbortController();
    const events = engine.events({ types: ['container'] }, abort.signal)[Symbol.asyncIterator]();
    // The stream announces itself first; only then can a start be missed by no one.
    const first = await events.next();
    assert.deepEqual(first.value, { type: 'connection', connected: true });

    await container.start();
    const deadline = setTimeout(() => abort.abort(), 1000);
    let seen: ResourceEvent | undefined;
    for (let next = await events.next(); !next.done; next = await events.next()) {
      if (next.value.type === 'container' && next.value.action === 'start' && next.value.id === container.id) {
        seen = next.value;
        break;
      }
    }
    clearTimeout(deadline);
    abort.abort();
    assert.ok(seen, `no start event for ${container.id} within 1 s`);
    assert.equal(seen.attributes['dockhand.test'] !== undefined, true);
  });
});
