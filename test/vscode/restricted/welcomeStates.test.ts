// The views' welcome content for an engine Dockhand may not open, that does not speak TLS, or that
// ssh cannot reach, as the browser renders it. In the restricted pass the VS Code server runs without root's
// file-permission override (so a socket only `nobody` may open refuses us) and with TLS material
// in DOCKER_CERT_PATH and DOCKER_TLS_VERIFY=1 (so a tcp:// host is spoken to over TLS).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { childrenWhen, dockhand } from '../suite/helpers';
import { renderedText } from '../suite/page';

const nobody = 65534;

async function setHost(value: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('dockhand.engine').update('host', value, vscode.ConfigurationTarget.Global);
}

async function problemIs(kind: string | undefined): Promise<void> {
  const api = await dockhand();
  await childrenWhen(
    api.trees.containers,
    () => api.trees.containers.problem?.kind === kind,
    `the containers view's problem to be ${kind ?? 'none'}`,
  );
}

describe('Views when the engine refuses Dockhand', function () {
  this.timeout(90_000);
  let dir: string;
  const servers: net.Server[] = [];

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockhand-welcome-'));
    fs.chmodSync(dir, 0o755);
    await vscode.commands.executeCommand('workbench.view.extension.dockhand');
  });
  after(async () => {
    await setHost(undefined);
    await problemIs(undefined);
    for (const server of servers) {
      server.close();
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('explains a socket this user may not open, with the docker group fix, in the view the browser shows', async () => {
    const socket = path.join(dir, 'docker.sock');
    const server = net.createServer(connection => connection.destroy());
    servers.push(server);
    await new Promise<void>(resolve => server.listen(socket, resolve));
    fs.chownSync(socket, nobody, nobody);
    fs.chmodSync(socket, 0o600);
    await setHost(`unix://${socket}`);
    const api = await dockhand();
    assert.equal(api.engine.endpoint.url, `unix://${socket}`, 'a user setting redirects Dockhand');
    await problemIs('permissionDenied');
    assert.match(api.trees.containers.problem?.message ?? '', /Permission denied while connecting to unix:\/\/.*usermod -aG docker/);
    const welcome = await renderedText('.welcome-view-content:has-text("Permission denied: your user may not open the Docker socket")');
    assert.match(welcome, /Retry/);
    assert.match(welcome, /sudo usermod -aG docker \$USER/);
  });

  it('explains a TLS failure naming the host, in the view the browser shows', async () => {
    // A tcp:// port that answers in plain text: the TLS handshake fails.
    const server = net.createServer(connection => connection.end('HTTP/1.1 400 Bad Request\r\n\r\n'));
    servers.push(server);
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    await setHost(`tcp://127.0.0.1:${port}`);
    await problemIs('tls');
    const api = await dockhand();
    assert.match(api.trees.containers.problem?.message ?? '', new RegExp(`^TLS connection to tcp://127\\.0\\.0\\.1:${port} failed`));
    const welcome = await renderedText('.welcome-view-content:has-text("The TLS connection to the Docker Engine named above failed")');
    assert.match(welcome, /DOCKER_CERT_PATH/);
    const header = await renderedText(`.pane-header:has-text("tcp://127.0.0.1:${port}")`);
    assert.match(header, /Containers/i);
  });

  it('explains an SSH failure naming the host, in the view the browser shows', async () => {
    // A port that hangs up on every connection: ssh fails before any key is offered.
    const server = net.createServer(connection => connection.destroy());
    servers.push(server);
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    await setHost(`ssh://dockhand@127.0.0.1:${port}`);
    await problemIs('ssh');
    const api = await dockhand();
    assert.match(api.trees.containers.problem?.message ?? '', /127\.0\.0\.1/);
    const welcome = await renderedText('.welcome-view-content:has-text("The SSH connection to the Docker Engine named above failed")');
    assert.match(welcome, /Retry/);
    assert.match(welcome, /ssh/);
    const header = await renderedText(`.pane-header:has-text("ssh://dockhand@127.0.0.1:${port}")`);
    assert.match(header, /Containers/i);
  });
});
