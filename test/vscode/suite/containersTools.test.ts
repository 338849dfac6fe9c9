import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { StatsRun } from '../../../src/ui/commands/containers/StatsPanel';
import { docker, removeLabelled, testRunId } from '../../support/testDocker';
import { labelledContainer, stateOf } from './containersFixtures';
import { eventually } from '../../support/eventually';
import { dockhand, reportedBy } from './helpers';
import { askPage } from './page';

const weird = 'a;b$(x) \'q\' "dq" `t`';

describe('Containers inspection and file commands', function () {
  this.timeout(120_000);
  let tmp: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dockhand-containers-'));
  });
  after(async () => {
    await removeLabelled();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('inspects a container into a read-only JSON document', async () => {
    const c = await labelledContainer({ start: true });
    const doc = await vscode.commands.executeCommand<vscode.TextDocument>('dockhand.containers.inspect', c.id);
    assert.ok(doc);
    assert.equal(doc.uri.scheme, 'dockhand');
    assert.equal(doc.languageId, 'json');
    const json = JSON.parse(doc.getText());
    assert.equal(json.Id, c.id);
    assert.ok(json.NetworkSettings.Networks.bridge.IPAddress, 'the IP people inspect for');
  });

  it('lists processes (top) and filesystem changes (diff)', async () => {
    const api = await dockhand();
    const c = await labelledContainer({ start: true });
    const top = await vscode.commands.executeCommand<vscode.TextDocument>('dockhand.containers.top', c.id);
    assert.ok(top);
    assert.match(top.getText(), /^UID\s+PID/m);
    assert.match(top.getText(), /while true; do sleep 1; done|sleep 1/);

    const made = await api.engine.execAndWait(c.id, ['sh', '-c', 'echo x > /tmp/added-file && rm /bin/true']);
    assert.equal(made.exitCode, 0, made.stderr);
    const diff = await vscode.commands.executeCommand<vscode.TextDocument>('dockhand.containers.diff', c.id);
    assert.ok(diff);
    assert.match(diff.getText(), /^A \/tmp\/added-file$/m);
    assert.match(diff.getText(), /^D \/bin\/true$/m);
    assert.match(diff.getText(), /^C \/tmp$/m);
  });

  it('streams live stats for one container and for all, and stops when the panel closes', async () => {
    const c = await labelledContainer({ start: true });
    const { name } = await stateOf(c);
    const one = await vscode.commands.executeCommand<StatsRun>('dockhand.containers.stats', c.id);
    assert.ok(one);
    await one.sampled;
    assert.match(one.text(), new RegExp(`^${name}\\s+\\d+\\.\\d\\d%\\s+[\\d.]+ [kMG]?B / [\\d.]+ [kMGT]?B`, 'm'));
    one.panel.dispose();
    await one.stopped;

    const all = await vscode.commands.executeCommand<StatsRun>('dockhand.containers.statsAll');
    assert.ok(all);
    await all.sampled;
    assert.match(all.text(), new RegExp(`^${name}\\s`, 'm'));
    all.panel.dispose();
    await all.stopped;
  });

  it('renders the live stats row in the webview as the browser shows it', async () => {
    const c = await labelledContainer({ start: true });
    const { name } = await stateOf(c);
    const run = await vscode.commands.executeCommand<StatsRun>('dockhand.containers.stats', c.id);
    assert.ok(run);
    await run.sampled;
    const row = new RegExp(`^${name}\\s+\\d+\\.\\d\\d%\\s+[\\d.]+ [kMG]?B / [\\d.]+ [kMGT]?B`, 'm');
    // The webview's document lives in a frame of the workbench page: read what the browser rendered there.
    await eventually(async () => {
      const texts = await askPage<unknown[]>({
        op: 'evaluate',
        expression: "document.getElementById('table')?.innerText ?? null",
        frame: '',
      });
      return texts.some(text => typeof text === 'string' && row.test(text));
    }, "the stats webview to render the container's row");
    run.panel.dispose();
    await run.stopped;
  });

  it('copies a file with shell characters in its name into a container and back out', async () => {
    const api = await dockhand();
    const c = await labelledContainer({ start: true });
    const source = path.join(tmp, `${weird}.txt`);
    fs.writeFileSync(source, 'payload $(not run)\n');
    const inContainer = await vscode.commands.executeCommand<string>('dockhand.containers.copyToContainer', c.id, source, '/tmp');
    assert.equal(inContainer, `/tmp/${weird}.txt`);
    const cat = await api.engine.execAndWait(c.id, ['cat', `/tmp/${weird}.txt`]);
    assert.equal(cat.stdout, 'payload $(not run)\n');

    const outDir = fs.mkdtempSync(path.join(tmp, 'out-'));
    const written = await vscode.commands.executeCommand<string[]>(
      'dockhand.containers.copyFromContainer',
      c.id,
      `/tmp/${weird}.txt`,
      outDir,
    );
    assert.deepEqual(written, [path.join(outDir, `${weird}.txt`)]);
    assert.equal(fs.readFileSync(path.join(outDir, `${weird}.txt`), 'utf8'), 'payload $(not run)\n');
  });

  it('renames a container, refusing names Docker would refuse', async () => {
    const c = await labelledContainer();
    const fresh = `dockhand-renamed-${testRunId}`;
    assert.equal(await vscode.commands.executeCommand('dockhand.containers.rename', c.id, fresh), fresh);
    assert.equal((await stateOf(c)).name, fresh);
    const refused = await reportedBy('dockhand.containers.rename', c.id, 'bad;name$(x)');
    assert.equal(refused.kind, 'invalid');
    assert.match(refused.message, /^A container name has at least two characters: letters, digits/);
    assert.equal((await stateOf(c)).name, fresh, 'unchanged');
  });

  it('commits a container to an image with author and a message full of shell characters', async () => {
    const api = await dockhand();
    const c = await labelledContainer({ start: true });
    await api.engine.execAndWait(c.id, ['sh', '-c', 'echo committed > /committed']);
    const repo = `dockhand-test/commit-${testRunId}`;
    const imageId = await vscode.commands.executeCommand<string>('dockhand.containers.commit', c.id, {
      repo,
      tag: 'snap',
      author: 'Ann <ann@example.com>',
      message: weird,
    });
    assert.ok(imageId);
    const image = await docker().getImage(`${repo}:snap`).inspect();
    assert.equal(image.Id, imageId);
    assert.equal(image.Author, 'Ann <ann@example.com>');
    assert.equal(image.Comment, weird);
    await docker().getImage(`${repo}:snap`).remove({ force: true });
  });

  it("exports a container's filesystem to a tar file", async () => {
    const c = await labelledContainer();
    const file = path.join(tmp, `${weird}.tar`);
    assert.equal(await vscode.commands.executeCommand('dockhand.containers.export', c.id, file), file);
    const head = fs
      .readFileSync(file)
      .subarray(0, 1024 * 1024)
      .toString('latin1');
    assert.ok(fs.statSync(file).size > 100_000, 'a whole filesystem');
    assert.match(head, /ustar/, 'a tar archive');
  });

  it('copies the id and the name to the clipboard', async () => {
    const c = await labelledContainer();
    const { name } = await stateOf(c);
    await vscode.commands.executeCommand('dockhand.containers.copyId', name);
    assert.equal(await vscode.env.clipboard.readText(), c.id);
    await vscode.commands.executeCommand('dockhand.containers.copyName', c.id);
    assert.equal(await vscode.env.clipboard.readText(), name);
  });

  it('opens a published port on 127.0.0.1, and nothing for a container that publishes none', async () => {
    const c = await labelledContainer({ start: true, publish: [8080] });
    const hostPort = (await c.inspect()).NetworkSettings.Ports['8080/tcp']?.[0]?.HostPort;
    assert.ok(hostPort);
    assert.match(
      String(await vscode.commands.executeCommand('dockhand.containers.openPort', c.id)),
      new RegExp(`^http://127\\.0\\.0\\.1:${hostPort}/?$`),
    );
    const none = await labelledContainer({ start: true });
    assert.equal(await vscode.commands.executeCommand('dockhand.containers.openPort', none.id), undefined);
  });
});
