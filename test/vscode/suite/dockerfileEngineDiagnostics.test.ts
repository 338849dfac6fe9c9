// A Dockerfile's first diagnostics do not wait on the engine: the file's own findings show while
// the engine has not answered yet, and the one that needs the engine (the local base image is for
// another platform) follows once it has. The engine is the real one, behind a proxy on a socket of
// the test's own that holds image inspections until the test lets them through.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { docker } from '../../support/testDocker';
import { codeOf, diagnosticsWhen, dockhand, openWorkspaceFile } from './helpers';

const hostSetting = () => vscode.workspace.getConfiguration('dockhand.engine');
const base = 'dockhand-test/busybox:base';
const own = 'dockerfile.maintainer-deprecated';
const fromEngine = 'dockerfile.invalid-base-image-platform';

/** A proxy to the real engine that holds every image inspection (GET …/images/<ref>/json) until released. */
function holdingProxy(socket: string) {
  const held: Array<() => void> = [];
  let holdingOn = true;
  let firstHeld: () => void = () => undefined;
  const holding = new Promise<void>(resolve => (firstHeld = resolve));
  const server = net.createServer(client => {
    const upstream = net.connect('/var/run/docker.sock');
    upstream.pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    // Once a connection holds a request, what follows on it waits behind it, in order.
    let waiting: Buffer[] | undefined;
    client.on('data', (chunk: Buffer) => {
      if (waiting) {
        waiting.push(chunk);
      } else if (holdingOn && /^GET \S*\/images\/\S+\/json[ ?]/.test(chunk.toString('latin1'))) {
        waiting = [chunk];
        held.push(() => {
          waiting?.forEach(part => upstream.write(part));
          waiting = undefined;
        });
        firstHeld();
      } else {
        upstream.write(chunk);
      }
    });
  });
  return {
    listen: () => new Promise<void>(resolve => server.listen(socket, resolve)),
    holding,
    /** Lets the held requests through, and every later one. */
    release: () => {
      holdingOn = false;
      held.splice(0).forEach(release => release());
    },
    close: () => server.close(),
  };
}

describe('Dockerfile diagnostics that wait on the engine', function () {
  this.timeout(90_000);
  let dir: string;
  let proxy: ReturnType<typeof holdingProxy>;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockhand-hold-'));
    const socket = path.join(dir, 'docker.sock');
    proxy = holdingProxy(socket);
    await proxy.listen();
    await hostSetting().update('host', `unix://${socket}`, vscode.ConfigurationTarget.Global);
    assert.equal((await dockhand()).engine.endpoint.url, `unix://${socket}`);
  });
  after(async () => {
    proxy.release();
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await hostSetting().update('host', undefined, vscode.ConfigurationTarget.Global);
    proxy.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("shows the file's own diagnostics before the engine answered, and the engine's once it did", async () => {
    // A platform the local base image is not for, whatever machine runs the test.
    const image = await docker().getImage(base).inspect();
    const other = image.Architecture === 'arm64' ? 'linux/amd64' : 'linux/arm64';
    const editor = await openWorkspaceFile('lang-engine/Dockerfile', `FROM --platform=${other} ${base}\nMAINTAINER ada@example.com\n`);
    await proxy.holding;
    // The server has asked the engine about the base image, which has not answered.
    const early = await diagnosticsWhen(editor.document.uri, ds => ds.some(d => codeOf(d) === own));
    assert.ok(!early.some(d => codeOf(d) === fromEngine), early.map(codeOf).join());

    proxy.release();
    const complete = await diagnosticsWhen(editor.document.uri, ds => ds.some(d => codeOf(d) === fromEngine));
    assert.ok(
      complete.some(d => codeOf(d) === own),
      complete.map(codeOf).join(),
    );
    const platform = complete.find(d => codeOf(d) === fromEngine);
    assert.equal(platform?.range.start.line, 0);
    assert.match(platform?.message ?? '', new RegExp(`this stage builds for ${other}`));
  });
});
