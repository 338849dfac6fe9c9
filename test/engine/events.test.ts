import * as assert from 'node:assert/strict';
import { connectEngine, type ResourceEvent } from '../../src/engine';
import { createContainer, removeLabelled, testRunId } from '../support/testDocker';

describe('(integration) engine events', () => {
  const engine = connectEngine(undefined, { ...process.env, DOCKER_HOST: 'unix:///var/run/docker.sock' });

  after(() => removeLabelled());

  it('reports a container start as an event with its labels', async () => {
    const container = await createContainer();
    const abort = new AbortController();
    const events = engine.events({ types: ['container'] }, abort.signal)[Symbol.asyncIterator]();
    // The stream announces itself first; only then can a start be missed by no one.
    const first = await events.next();
    assert.deepEqual(first.value, { type: 'connection', connected: true });

    await container.start();
    // No wall-clock bound: the event arrives or the test's own timeout fails it.
    let seen: ResourceEvent | undefined;
    for (let next = await events.next(); !next.done; next = await events.next()) {
      if (next.value.type === 'container' && next.value.action === 'start' && next.value.id === container.id) {
        seen = next.value;
        break;
      }
    }
    abort.abort();
    assert.ok(seen, `the event stream ended without a start event for ${container.id}`);
    assert.equal(seen.attributes['dockhand.test'], testRunId);
  });
});
