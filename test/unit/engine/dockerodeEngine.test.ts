import * as assert from 'node:assert/strict';
import { createDockerodeEngine, EngineError, type DockerEngine } from '../../../src/engine';

const missingSocket = '/tmp/dockhand-no-such.sock';
const engine: DockerEngine = createDockerodeEngine({
  url: `unix://${missingSocket}`,
  kind: 'unix',
  socketPath: missingSocket,
  source: { kind: 'default' },
});

async function failure(run: () => Promise<unknown>): Promise<EngineError> {
  try {
    await run();
  } catch (err) {
    assert.ok(err instanceof EngineError, `not an EngineError: ${String(err)}`);
    return err;
  }
  assert.fail('expected a rejection');
}

describe('dockerode engine composition', () => {
  // That every operation is there is the compiler's job (createDockerodeEngine's return type).
  it('carries only operations and the endpoint, each bound so that it can be passed around', async () => {
    const members = Object.entries(engine);
    assert.deepEqual(
      members.filter(([, value]) => typeof value !== 'function').map(([key]) => key),
      ['endpoint'],
    );
    assert.ok(members.length > 50, `${members.length} members`);
    assert.ok(Object.isFrozen(engine));
    // Detached from the engine, a method still reaches its implementation (no TypeError on `this`).
    const detached = (engine as unknown as Record<string, () => Promise<unknown>>).listVolumes;
    assert.equal((await failure(() => detached())).kind, 'unreachable');
  });

  it('rejects only with classified EngineErrors, for requests and streams alike', async () => {
    assert.equal((await failure(() => engine.startContainer('x'))).kind, 'unreachable');
    assert.equal((await failure(() => engine.listVolumes())).kind, 'unreachable');
    assert.equal((await failure(() => engine.containerLogs('x')[Symbol.asyncIterator]().next())).kind, 'unreachable');
    assert.equal((await failure(() => engine.pullImage('busybox'))).kind, 'unreachable');
  });

  it('refuses work on an aborted signal as cancelled, before any request', async () => {
    const aborted = AbortSignal.abort();
    assert.equal((await failure(() => engine.stopContainer('x', {}, aborted))).kind, 'cancelled');
    assert.equal((await failure(() => engine.buildImage({ context: '/nonexistent' }, aborted))).kind, 'cancelled');
  });
});
