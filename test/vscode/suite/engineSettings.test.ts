import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { childrenWhen, configurationWhen, dockhand } from './helpers';
import { renderedText } from './page';

const hostSetting = () => vscode.workspace.getConfiguration('dockhand.engine');

describe('The engine Dockhand talks to: dockhand.engine.host, Retry and the log', function () {
  this.timeout(90_000);
  const folder = () => vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '';
  after(async () => {
    await hostSetting().update('host', undefined, vscode.ConfigurationTarget.Global);
    fs.rmSync(path.join(folder(), '.vscode'), { recursive: true, force: true });
    const api = await dockhand();
    await childrenWhen(
      api.trees.containers,
      () => api.trees.containers.problem === undefined && api.engine.endpoint.url === 'unix:///var/run/docker.sock',
      'the default engine again',
    );
  });

  it("never lets a workspace's settings redirect Dockhand", async () => {
    const api = await dockhand();
    const settings = path.join(folder(), '.vscode', 'settings.json');
    fs.mkdirSync(path.dirname(settings), { recursive: true });
    // What a cloned repository could carry: another engine, next to a harmless setting.
    fs.writeFileSync(settings, JSON.stringify({ 'dockhand.engine.host': 'tcp://127.0.0.1:9', 'dockhand.containers.logs.tail': 11 }));
    await configurationWhen(
      () => vscode.workspace.getConfiguration('dockhand').get('containers.logs.tail') === 11,
      'the workspace settings to be read',
    );
    assert.equal(api.engine.endpoint.url, 'unix:///var/run/docker.sock');
    await api.refresh();
    assert.equal(api.trees.containers.problem, undefined);
    fs.rmSync(settings);
  });

  it('follows a value in the user settings', async () => {
    const api = await dockhand();
    // The same daemon by another path (/var/run is /run): the views keep working, from the new endpoint.
    const other = `unix://${fs.realpathSync('/var/run')}/docker.sock`;
    assert.notEqual(other, api.engine.endpoint.url);
    await hostSetting().update('host', other, vscode.ConfigurationTarget.Global);
    assert.equal(api.engine.endpoint.url, other);
    await api.refresh();
    const host = (await api.trees.system.getChildren()).find(r => r.row.kind === 'host');
    assert.ok(host);
    assert.match(String(api.trees.system.getTreeItem(host).description), new RegExp(`^${other.replace(/[/.]/g, '\\$&')} \\(`));
  });

  it('reconnects at once on Retry', async () => {
    const api = await dockhand();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockhand-retry-'));
    const socket = path.join(dir, 'docker.sock');
    await hostSetting().update('host', `unix://${socket}`, vscode.ConfigurationTarget.Global);
    await api.refresh();
    assert.equal(api.trees.containers.problem?.kind, 'unreachable');
    // The engine appears at that path: a proxy to the real socket.
    const proxy = net.createServer(client => {
      const upstream = net.connect('/var/run/docker.sock');
      client.pipe(upstream).pipe(client);
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
    });
    await new Promise<void>(resolve => proxy.listen(socket, resolve));
    try {
      await vscode.commands.executeCommand('dockhand.engine.retry');
      assert.equal(api.trees.containers.problem, undefined, 'reachable as soon as Retry resolves');
      assert.ok(api.trees.containers.current, 'the containers listed');
    } finally {
      await hostSetting().update('host', undefined, vscode.ConfigurationTarget.Global);
      proxy.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('shows its log, where it named the endpoint', async () => {
    await vscode.commands.executeCommand('dockhand.showLog');
    // Monaco renders spaces as no-break spaces.
    const text = (await renderedText('.part.panel .view-lines:has-text("Docker endpoint: unix://")')).replace(/\u00a0/g, ' ');
    assert.match(text, /Docker endpoint: unix:\/\/\/var\/run\/docker\.sock/);
  });
});
