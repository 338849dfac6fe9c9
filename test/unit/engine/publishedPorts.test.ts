import * as assert from 'node:assert/strict';
import { EngineError, parseDockerHost } from '../../../src/engine';
import { PublishedPorts } from '../../../src/engine/transport/publishedPorts';

describe('where this machine reaches the ports an engine published', () => {
  it("reaches a local engine's ports on this machine's loopback", async () => {
    const local = new PublishedPorts(parseDockerHost('unix:///var/run/docker.sock', { kind: 'default' }));
    assert.deepEqual(await local.reach('0.0.0.0', 8080), { host: '127.0.0.1', port: 8080, forwarded: false });
    assert.deepEqual(await local.reach('127.0.0.1', 8081), { host: '127.0.0.1', port: 8081, forwarded: false });
    const loopbackTcp = new PublishedPorts(parseDockerHost('tcp://127.0.0.1:2376', { kind: 'setting' }));
    assert.deepEqual(await loopbackTcp.reach('127.0.0.1', 8082), { host: '127.0.0.1', port: 8082, forwarded: false });
  });

  it("reaches a remote tcp engine's ports on its host, and says so when a port is bound to that host's loopback", async () => {
    // Nothing connects here: the addresses are only computed.
    const remote = new PublishedPorts(parseDockerHost('tcp://build.example:2376', { kind: 'setting' }));
    assert.deepEqual(await remote.reach('0.0.0.0', 8080), { host: 'build.example', port: 8080, forwarded: false });
    assert.deepEqual(await remote.reach('::', 8080), { host: 'build.example', port: 8080, forwarded: false });
    assert.deepEqual(await remote.reach('192.0.2.7', 8080), { host: '192.0.2.7', port: 8080, forwarded: false });
    await assert.rejects(
      remote.reach('127.0.0.1', 8080),
      (err: unknown) =>
        err instanceof EngineError &&
        err.kind === 'invalid' &&
        /loopback address of build\.example/.test(err.message) &&
        /ssh:\/\//.test(err.message),
    );
  });
});
