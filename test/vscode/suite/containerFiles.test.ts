import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import * as vscode from 'vscode';
import { packEntries } from '../../../src/engine/tar/tarHeader';
import type { FileEntryNode, FileNode } from '../../../src/ui/files/FileTree';
import { containerUri, volumeUri } from '../../../src/ui/files/fileUris';
import {
  createVolume,
  docker,
  execOut,
  labels,
  removeLabelled,
  testImage,
  testLabelKey,
  testRunId,
  uniqueName,
} from '../../support/testDocker';
import { labelledContainer } from './containersFixtures';
import { dockhand } from './helpers';
import { askPage, clickRow, paneTexts, showOnly } from './page';
import { eventually } from '../../support/eventually';

const text = (data: Uint8Array) => Buffer.from(data).toString('utf8');
/** Only the code-server runner drives a browser page; desktop VS Code (test-electron) has none to ask. */
const rendered = Boolean(process.env.DOCKHAND_PAGE_BRIDGE);

/** `FROM scratch` with one file and no shell, built by the engine from a context we pack. */
async function buildScratchImage(): Promise<string> {
  const tag = `dockhand-test/scratch-files-${testRunId}:t`;
  const mtime = new Date(1_700_000_000_000);
  const dockerfile = Buffer.from(`FROM scratch\nCOPY data /data\nLABEL ${testLabelKey}=${testRunId}\nCMD ["/nothing"]\n`);
  const context = packEntries([
    { entry: { name: 'Dockerfile', type: 'file', size: dockerfile.length, mode: 0o644, mtime }, data: dockerfile },
    { entry: { name: 'data', type: 'directory', size: 0, mode: 0o755, mtime } },
    { entry: { name: 'data/hello.txt', type: 'file', size: 6, mode: 0o644, mtime }, data: Buffer.from('hello\n') },
  ]);
  const stream = await docker().buildImage(Readable.from([context]), { t: tag });
  await new Promise((resolve, reject) =>
    docker().modem.followProgress(stream, (err: Error | null) => (err ? reject(err) : resolve(undefined))),
  );
  return tag;
}

async function findChild(api: Awaited<ReturnType<typeof dockhand>>, parent: FileNode, name: string): Promise<FileEntryNode> {
  const children = (await api.trees.containers.getChildren(parent)) as FileEntryNode[];
  const child = children.find(c => c.entry.name === name);
  assert.ok(child, `${name} under ${parent.uri.path}: ${children.map(c => c.entry.name).join(', ')}`);
  return child;
}

describe('Container file systems', function () {
  this.timeout(180_000);
  after(() => removeLabelled());

  it('reads and writes files of a running container through vscode.workspace.fs', async () => {
    await dockhand();
    const c = await labelledContainer({ start: true });
    const name = (await c.inspect()).Name.slice(1);
    const uri = containerUri(name, '/tmp/note;$(x).txt');
    await vscode.workspace.fs.writeFile(uri, Buffer.from('written by Dockhand\n'));
    assert.equal(await execOut(c, ['cat', '/tmp/note;$(x).txt']), 'written by Dockhand\n');
    await execOut(c, ['sh', '-c', "echo changed inside > '/tmp/note;$(x).txt'; chmod 600 '/tmp/note;$(x).txt'"]);
    assert.equal(text(await vscode.workspace.fs.readFile(uri)), 'changed inside\n');
    // Saving again keeps the mode the file has in the container.
    await vscode.workspace.fs.writeFile(uri, Buffer.from('again\n'));
    assert.match(await execOut(c, ['ls', '-l', '/tmp/note;$(x).txt']), /^-rw------- /);
    const listing = await vscode.workspace.fs.readDirectory(containerUri(name, '/tmp'));
    assert.deepEqual(
      listing.find(([n]) => n === 'note;$(x).txt'),
      ['note;$(x).txt', vscode.FileType.File],
    );
    const stat = await vscode.workspace.fs.stat(uri);
    assert.equal(stat.size, 6);
    const bin = await vscode.workspace.fs.stat(containerUri(name, '/bin/sh'));
    assert.equal(bin.type, vscode.FileType.File | vscode.FileType.SymbolicLink);

    if (rendered) {
      // As the browser renders it: the container's Files node, /etc and /tmp, files with mode, owner and size.
      await vscode.workspace.fs.writeFile(containerUri(name, '/etc/app.conf'), Buffer.from('# written from VS Code\nlisten = 8080\n'));
      await vscode.commands.executeCommand('dockhand.containers.filter', name);
      const restore = await showOnly('dockhand.containers');
      try {
        for (const row of [name, 'Files', 'etc', 'tmp']) {
          await eventually(() => clickRow(row), `the ${row} row`);
        }
        let shown = '';
        await eventually(async () => {
          shown = (await paneTexts())[0] ?? '';
          return /app\.conf\s*-rw-r--r--\s+root:root\s+37 B/.test(shown) && /note;\$\(x\)\.txt\s*-rw-------\s+root:root\s+6 B/.test(shown);
        }, 'the file rows under /etc and /tmp').catch((err: unknown) => {
          throw new Error(`${String(err)}; the pane showed: ${JSON.stringify(shown)}`);
        });
        const screenshot = process.env.DOCKHAND_FILES_SCREENSHOT;
        if (screenshot) {
          await vscode.window.showTextDocument(containerUri(name, '/etc/app.conf'));
          await askPage({ op: 'screenshot', path: screenshot });
        }
      } finally {
        await restore();
        await vscode.commands.executeCommand('dockhand.containers.clearFilter');
      }
    }
  });

  it('reads and writes files of a stopped container', async () => {
    const c = await labelledContainer({ cmd: ['cat', '/etc/motd'] });
    const name = (await c.inspect()).Name.slice(1);
    await vscode.workspace.fs.writeFile(containerUri(name, '/etc/motd'), Buffer.from('welcome, stopped\n'));
    assert.equal(text(await vscode.workspace.fs.readFile(containerUri(name, '/etc/motd'))), 'welcome, stopped\n');
    await assert.rejects(
      Promise.resolve(vscode.workspace.fs.readFile(containerUri(name, '/etc/none'))),
      (err: unknown) => err instanceof vscode.FileSystemError && err.code === 'FileNotFound',
    );
    await c.start();
    await c.wait();
    assert.equal((await c.logs({ stdout: true })).toString('utf8').replace(/^[\s\S]{8}/, ''), 'welcome, stopped\n');
  });

  it('edits, creates, renames and deletes in a container of a FROM scratch image (no shell)', async () => {
    const image = await buildScratchImage();
    const name = uniqueName('scratch');
    await docker().createContainer({ Image: image, name, Labels: labels });
    const root = await vscode.workspace.fs.readDirectory(containerUri(name, '/'));
    assert.ok(
      root.some(([n, t]) => n === 'data' && t === vscode.FileType.Directory),
      JSON.stringify(root),
    );
    assert.equal(text(await vscode.workspace.fs.readFile(containerUri(name, '/data/hello.txt'))), 'hello\n');
    await vscode.workspace.fs.writeFile(containerUri(name, '/data/hello.txt'), Buffer.from('edited\n'));
    await vscode.workspace.fs.createDirectory(containerUri(name, '/data/sub'));
    await vscode.workspace.fs.writeFile(containerUri(name, '/data/sub/new.txt'), Buffer.from('new\n'));
    await vscode.workspace.fs.rename(containerUri(name, '/data/hello.txt'), containerUri(name, '/data/renamed.txt'));
    await vscode.workspace.fs.delete(containerUri(name, '/data/sub'), { recursive: true });
    const data = await vscode.workspace.fs.readDirectory(containerUri(name, '/data'));
    assert.deepEqual(data, [['renamed.txt', vscode.FileType.File]]);
    assert.equal(text(await vscode.workspace.fs.readFile(containerUri(name, '/data/renamed.txt'))), 'edited\n');
  });

  it('shows a Files node with mode, owner, size and links, and decorates what changed since the image', async () => {
    const api = await dockhand();
    const c = await labelledContainer({ start: true });
    const name = (await c.inspect()).Name.slice(1);
    await execOut(c, [
      'sh',
      '-c',
      'mkdir /srv && echo 12345 > /srv/added.txt && chown 0:0 /srv/added.txt && ln -s added.txt /srv/link && rm /bin/vi',
    ]);
    await api.trees.containers.reload();
    const roots = await api.trees.containers.getChildren();
    const node = roots.find(n => n.kind === 'container' && n.container.name === name);
    assert.ok(node);
    assert.equal(api.trees.containers.getTreeItem(node).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    const [files] = (await api.trees.containers.getChildren(node)) as FileNode[];
    assert.equal(files?.kind, 'files');
    const srv = await findChild(api, files, 'srv');
    const added = await findChild(api, srv, 'added.txt');
    assert.match(
      String(api.trees.containers.getTreeItem(added).description),
      /^-rw-r--r-- {2}root:root {2}6 B {2}\d{4}-\d\d-\d\d \d\d:\d\d$/,
    );
    const link = await findChild(api, srv, 'link');
    assert.match(String(api.trees.containers.getTreeItem(link).description), /^lrwxrwxrwx .* → added\.txt$/);
    const decoration = await api.files.decorations.provideFileDecoration(added.uri);
    assert.equal(decoration?.badge, 'A');
    const bin = await findChild(api, files, 'bin');
    const deleted = await findChild(api, bin, 'vi');
    assert.equal(deleted.deleted, true);
    assert.equal((await api.files.decorations.provideFileDecoration(deleted.uri))?.badge, 'D');
  });

  it('uploads a file dropped from the Explorer onto a folder, downloads it, renames and deletes it with the commands', async () => {
    const api = await dockhand();
    const c = await labelledContainer();
    const name = (await c.inspect()).Name.slice(1);
    const host = fs.mkdtempSync(path.join(os.tmpdir(), 'dockhand-files-'));
    try {
      const source = path.join(host, 'dropped file.txt');
      fs.writeFileSync(source, 'dropped\n', { mode: 0o750 });
      const folder: FileNode = {
        kind: 'file',
        uri: containerUri(name, '/tmp'),
        entry: { name: 'tmp', type: 'directory', size: 0, mode: 0o1777, mtime: new Date() },
      };
      const transfer = new vscode.DataTransfer();
      transfer.set('text/uri-list', new vscode.DataTransferItem(vscode.Uri.file(source).toString()));
      await api.files.dragAndDrop.handleDrop?.(folder, transfer, new vscode.CancellationTokenSource().token);
      const uploaded = containerUri(name, '/tmp/dropped file.txt');
      assert.equal(text(await vscode.workspace.fs.readFile(uploaded)), 'dropped\n');
      const entries = await api.files.providers.get('dockhand-container')?.listEntries(containerUri(name, '/tmp'));
      assert.equal(entries?.find(e => e.name === 'dropped file.txt')?.mode, 0o750);

      const target = path.join(host, 'downloaded.txt');
      await vscode.commands.executeCommand('dockhand.files.download', uploaded, { target });
      assert.equal(fs.readFileSync(target, 'utf8'), 'dropped\n');

      const renamed = await vscode.commands.executeCommand<vscode.Uri>('dockhand.files.rename', uploaded, { name: 'kept.txt' });
      assert.equal(renamed.path, '/tmp/kept.txt');
      assert.equal(await vscode.commands.executeCommand('dockhand.files.delete', renamed, { skipConfirmation: true }), true);
      const after = await vscode.workspace.fs.readDirectory(containerUri(name, '/tmp'));
      assert.deepEqual(
        after.filter(([n]) => n === 'kept.txt' || n === 'dropped file.txt'),
        [],
      );
    } finally {
      fs.rmSync(host, { recursive: true, force: true });
    }
  });
});

/** Runs the test image with the volume mounted, with dockerode, and returns what it printed. */
async function runWithVolume(volume: string, cmd: string[]): Promise<string> {
  const c = await docker().createContainer({
    Image: testImage,
    Cmd: cmd,
    Labels: labels,
    Tty: true,
    HostConfig: { Binds: [`${volume}:/data`] },
  });
  try {
    await c.start();
    await c.wait();
    return (await c.logs({ stdout: true, stderr: true })).toString('utf8').replace(/\r\n/g, '\n');
  } finally {
    await c.remove();
  }
}

describe('Volume browser', function () {
  this.timeout(180_000);
  after(async () => {
    await (await dockhand()).files.volumeMounts.releaseAll();
    await removeLabelled();
  });

  it('edits a file in a volume through vscode.workspace.fs, read back with docker run … cat, and starts no container', async () => {
    const api = await dockhand();
    const volume = await createVolume();
    await runWithVolume(volume, ['sh', '-c', 'echo original > /data/app.conf']);
    const uri = volumeUri(volume, '/app.conf');
    assert.equal(text(await vscode.workspace.fs.readFile(uri)), 'original\n');
    await vscode.workspace.fs.writeFile(uri, Buffer.from('edited in VS Code\n'));
    await vscode.workspace.fs.createDirectory(volumeUri(volume, '/conf.d'));
    await vscode.workspace.fs.writeFile(volumeUri(volume, '/conf.d/extra.conf'), Buffer.from('extra\n'));
    assert.equal(await runWithVolume(volume, ['cat', '/data/app.conf', '/data/conf.d/extra.conf']), 'edited in VS Code\nextra\n');

    // The helper that gave access was created from the empty image and never started.
    const helpers = await docker().listContainers({ all: true, filters: { label: [`dockhand.helper.volumes=${volume}`] } });
    assert.equal(helpers.length, 1);
    const helper = await docker()
      .getContainer(helpers[0]?.Id ?? '')
      .inspect();
    assert.equal(helper.State.StartedAt, '0001-01-01T00:00:00Z');
    assert.equal(helper.Config.Image, 'dockhand-helper/empty:latest');

    // The volumes view shows the same files under the volume, and the volume is not "in use".
    await api.trees.volumes.reload();
    const node = (await api.trees.volumes.getChildren()).find(n => n.kind === 'volume' && n.volume.name === volume);
    assert.ok(node);
    assert.equal(api.trees.volumes.getTreeItem(node).contextValue, 'volume');
    const [files] = (await api.trees.volumes.getChildren(node)) as FileNode[];
    assert.ok(files);
    const names = ((await api.trees.volumes.getChildren(files)) as FileEntryNode[]).map(n => n.entry.name);
    assert.deepEqual(names, ['conf.d', 'app.conf']);

    await vscode.workspace.fs.delete(volumeUri(volume, '/conf.d'), { recursive: true });
    assert.equal(await runWithVolume(volume, ['ls', '/data']), 'app.conf\n');

    await api.files.volumeMounts.release(volume);
    assert.deepEqual(await docker().listContainers({ all: true, filters: { label: [`dockhand.helper.volumes=${volume}`] } }), []);
  });

  it('exports a volume to a tar file, imports it into another and clones a volume', async () => {
    const source = await createVolume();
    await runWithVolume(source, ['sh', '-c', 'mkdir /data/sub && echo kept > /data/sub/file']);
    const host = fs.mkdtempSync(path.join(os.tmpdir(), 'dockhand-volume-'));
    try {
      const file = path.join(host, 'export.tar');
      assert.equal(await vscode.commands.executeCommand('dockhand.volumes.export', source, { file }), file);
      assert.ok(fs.statSync(file).size > 1024);
      const target = await createVolume();
      await vscode.commands.executeCommand('dockhand.volumes.import', target, { file });
      assert.equal(await runWithVolume(target, ['cat', '/data/sub/file']), 'kept\n');
      const cloneName = uniqueName('clone');
      const clone = await vscode.commands.executeCommand<{ name: string }>('dockhand.volumes.clone', source, { name: cloneName });
      assert.equal(clone.name, cloneName);
      assert.equal(await runWithVolume(cloneName, ['cat', '/data/sub/file']), 'kept\n');
    } finally {
      fs.rmSync(host, { recursive: true, force: true });
    }
  });
});
