// Runs in the runner's restricted pass: workspace trust on and never granted (Restricted Mode).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { createContainer, docker, labels, removeLabelled, testImage, testLabelKey, testRunId } from '../../support/testDocker';
import { scriptedUser } from '../suite/dialogs';
import { codeOf, configurationWhen, diagnosticsWhen, dockhand, openWorkspaceFile, reportedBy } from '../suite/helpers';

function workspaceFolder(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run with a workspace folder open');
  return folder.uri.fsPath;
}

describe('Dockhand in Restricted Mode', function () {
  this.timeout(90_000);
  after(() => removeLabelled());

  it('runs in an untrusted workspace: the views list the engine and the engine actions work', async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'this pass opens the workspace untrusted');
    const api = await dockhand();
    const container = await createContainer({ start: true });
    await api.refresh();
    assert.ok((await api.trees.containers.getChildren()).some(n => n.kind === 'container' && n.container.id === container.id));
    const doc = await vscode.commands.executeCommand<vscode.TextDocument>('dockhand.containers.inspect', container.id);
    assert.equal((JSON.parse(doc.getText()) as { Id: string }).Id, container.id);
    await vscode.commands.executeCommand('dockhand.containers.stop', container.id);
    assert.equal((await docker().getContainer(container.id).inspect()).State.Status, 'exited');
  });

  it('serves the Dockerfile language, without the Build and Run CodeLens', async () => {
    const editor = await openWorkspaceFile('restricted/Dockerfile', `FROM ${testImage}\nMAINTAINER ada@example.com\n`);
    await diagnosticsWhen(editor.document.uri, ds => ds.some(d => codeOf(d) === 'dockerfile.maintainer-deprecated'));
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
    // What stays is the build context's size, which only reads the folder.
    assert.deepEqual(
      lenses.map(l => [l.command?.command, l.command?.title.replace(/\d.*$/, 'N')]),
      [['', 'Build context: N']],
      "no lens builds or runs the workspace's Dockerfile",
    );
  });

  it('refuses to build or run a workspace Dockerfile, saying why and how to allow it', async () => {
    const file = path.join(workspaceFolder(), 'restricted', 'Dockerfile');
    const tag = `dockhand-test/untrusted-${testRunId}:latest`;
    for (const command of ['dockhand.images.buildFromDockerfile', 'dockhand.images.runFromDockerfile']) {
      const report = await reportedBy(command, vscode.Uri.file(file), { tag, labels });
      assert.equal(report.kind, 'untrusted');
      assert.match(
        report.message,
        /^(Build Image from Dockerfile|Build and Run Image from Dockerfile|[^.]+) is disabled in Restricted Mode: .*Trust the workspace/,
      );
    }
    await assert.rejects(docker().getImage(tag).inspect(), 'nothing was built');
  });

  it("refuses compose Up, Build and Pull on a workspace compose file, offers only the lenses that act on what runs, and ignores the workspace's profiles", async () => {
    const project = `untrusted${testRunId.replace(/[^a-z0-9]/g, '')}`;
    const dir = path.join(workspaceFolder(), project);
    fs.mkdirSync(path.join(dir, '.vscode'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'compose.yaml'),
      `services:\n  web:\n    image: ${testImage}\n    labels:\n      ${testLabelKey}: "${testRunId}"\n`,
    );
    const uri = vscode.Uri.file(path.join(dir, 'compose.yaml'));
    for (const command of ['dockhand.compose.up', 'dockhand.compose.build', 'dockhand.compose.pull']) {
      const report = await reportedBy(command, uri);
      assert.equal(report.kind, 'untrusted', command);
      assert.match(report.message, /is disabled in Restricted Mode/);
    }
    assert.deepEqual(await docker().listContainers({ all: true, filters: { label: [`com.docker.compose.project=${project}`] } }), []);

    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    const commands = lenses.map(l => l.command?.command ?? '');
    assert.ok(commands.includes('dockhand.compose.logs') && commands.includes('dockhand.compose.down'), commands.join(','));
    assert.ok(!commands.includes('dockhand.compose.up'), commands.join(','));

    // A restricted setting: the workspace's value is ignored until the workspace is trusted.
    const settings = path.join(workspaceFolder(), '.vscode', 'settings.json');
    fs.mkdirSync(path.dirname(settings), { recursive: true });
    fs.writeFileSync(settings, JSON.stringify({ 'dockhand.compose.profiles': ['from-the-repo'], 'dockhand.containers.logs.tail': 7 }));
    const config = () => vscode.workspace.getConfiguration('dockhand');
    await configurationWhen(() => config().get<number>('containers.logs.tail') === 7, 'the workspace settings to be read');
    assert.deepEqual(config().get('compose.profiles'), []);
  });

  it('adds Docker files: it reads the project and writes files, running nothing of the workspace', async () => {
    const dir = path.join(workspaceFolder(), `restricted-scaffold-${testRunId}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'go.mod'), 'module example.com/untrusted\n\ngo 1.24\n');
    fs.writeFileSync(path.join(dir, 'main.go'), 'package main\n\nfunc main() {}\n');
    const user = await scriptedUser(q => (q.kind === 'input' ? '' : q.choices.includes('Add Files') ? 'Add Files' : undefined));
    try {
      await vscode.commands.executeCommand('dockhand.scaffold', vscode.Uri.file(dir));
    } finally {
      user.dispose();
    }
    assert.deepEqual(fs.readdirSync(dir).sort(), ['.dockerignore', 'Dockerfile', 'compose.yaml', 'go.mod', 'main.go']);
    assert.match(fs.readFileSync(path.join(dir, 'Dockerfile'), 'utf8'), /^ENTRYPOINT \["\/app\/untrusted"\]$/m);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
