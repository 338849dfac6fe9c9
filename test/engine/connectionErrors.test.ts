import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import * as esbuild from 'esbuild';
import { connectEngine, EngineError } from '../../src/engine';

const run = promisify(execFile);

describe('(integration) engine connection errors', () => {
  let dir: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockhand-sock-'));
    fs.chmodSync(dir, 0o755);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('classifies DOCKER_HOST naming a missing socket as "not running"', async () => {
    const engine = connectEngine(undefined, { DOCKER_HOST: `unix://${path.join(dir, 'absent.sock')}` });
    await assert.rejects(engine.ping(), (err: EngineError) => {
      assert.equal(err.kind, 'unreachable');
      assert.match(err.message, /Docker is not running at unix:\/\/.*absent\.sock/);
      return true;
    });
  });

  it('classifies a socket nobody listens on as "not running"', async () => {
    const socket = path.join(dir, 'stale.sock');
    const server = net.createServer();
    await new Promise<void>(resolve => server.listen(socket, resolve));
    // Closing unlinks the socket file on Linux, so recreate the situation of a stale file.
    await new Promise<void>(resolve => server.close(() => resolve()));
    fs.writeFileSync(socket, '');
    const engine = connectEngine(undefined, { DOCKER_HOST: `unix://${socket}` });
    await assert.rejects(engine.ping(), { kind: 'unreachable' });
  });

  it('classifies a socket this user may not open as "permission denied", with the docker-group advice', async () => {
    const socket = path.join(dir, 'locked.sock');
    const server = net.createServer(c => c.destroy());
    await new Promise<void>(resolve => server.listen(socket, resolve));
    try {
      // Like /var/run/docker.sock for a user outside the docker group: owned by root, mode 0660.
      fs.chmodSync(socket, 0o660);
      // `nobody` may not be able to read the repository (a clone in a 0700 folder, as ~ is for
      // root): the probe runs from a self-contained bundle in the world-readable temp folder.
      const probe = path.join(dir, 'pingAs.js');
      await esbuild.build({
        entryPoints: [path.join(__dirname, '..', 'support', 'pingAs.js')],
        outfile: probe,
        bundle: true,
        platform: 'node',
        format: 'cjs',
        logLevel: 'warning',
        external: ['cpu-features', '*.node'],
      });
      fs.chmodSync(probe, 0o644);
      const asRoot = process.getuid?.() === 0;
      if (!asRoot) {
        fs.chmodSync(socket, 0o000);
      }
      // Root may open any socket, so the probe runs as `nobody`, as a user without the group would.
      const { stdout } = await run(process.execPath, [probe, `unix://${socket}`], {
        cwd: dir,
        ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
      });
      const result = JSON.parse(stdout) as { kind: string; message: string };
      assert.equal(result.kind, 'permissionDenied');
      assert.match(result.message, /Permission denied/);
      assert.match(result.message, /sudo usermod -aG docker \$USER/);
    } finally {
      server.close();
    }
  });

  it('classifies a TCP endpoint with nothing listening as "not running", naming it', async () => {
    const blocker = net.createServer();
    await new Promise<void>(resolve => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as net.AddressInfo;
    await new Promise<void>(resolve => blocker.close(() => resolve()));
    const engine = connectEngine(undefined, { DOCKER_HOST: `tcp://127.0.0.1:${port}` });
    await assert.rejects(engine.ping(), (err: EngineError) => {
      assert.equal(err.kind, 'unreachable');
      assert.match(err.message, new RegExp(`tcp://127\\.0\\.0\\.1:${port}`));
      return true;
    });
  });
});
