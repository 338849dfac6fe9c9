import * as assert from 'node:assert/strict';
import { DockerodeEngine, EngineError, type DockerEngine } from '../../../src/engine';

const missingSocket = '/tmp/dockhand-no-such.sock';
const engine: DockerEngine = new DockerodeEngine({ url: `unix://${missingSocket}`, kind: 'unix', socketPath: missingSocket, source: { kind: 'default' } });

/** Every operation of DockerEngine; the composed class must carry each one. */
const operations: ReadonlyArray<keyof DockerEngine> = [
  'ping', 'version', 'info', 'systemDf', 'pruneSystem', 'events',
  'listContainers', 'inspectContainer', 'startContainer', 'stopContainer', 'restartContainer', 'killContainer',
  'pauseContainer', 'unpauseContainer', 'removeContainer', 'pruneContainers', 'renameContainer', 'topContainer',
  'containerChanges', 'commitContainer', 'containerStats', 'streamContainerStats',
  'containerLogs', 'followLogs', 'exec', 'execAndWait', 'pickShell', 'attach',
  'copyFromContainer', 'copyFromContainerToHost', 'copyToContainer', 'exportContainer',
  'listImages', 'inspectImage', 'pullImage', 'pushImage', 'tagImage', 'removeImage', 'imageHistory',
  'saveImages', 'loadImages', 'pruneImages', 'buildImage',
  'listVolumes', 'inspectVolume', 'createVolume', 'removeVolume', 'pruneVolumes', 'listVolumesWithUsage', 'volumeDiskUsage',
  'listNetworks', 'inspectNetwork', 'createNetwork', 'removeNetwork', 'pruneNetworks', 'connectNetwork', 'disconnectNetwork', 'listNetworksWithContainers',
];

async function failure(run: () => Promise<unknown>): Promise<EngineError> {
  try {
    await run();
  } catch (err) {
    assert.ok(err instanceof EngineError, `not an EngineError: ${String(err)}`);
    return err;
  }
  assert.fail('expected a rejection');
}

describe('DockerodeEngine composition', () => {
  it('carries every operation, bound so that it can be passed around', async () => {
    for (const name of operations) {
      assert.equal(typeof engine[name], 'function', name);
    }
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
