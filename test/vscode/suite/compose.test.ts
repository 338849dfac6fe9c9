import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ComposeCommandResult } from '../../../src/ui/commands/compose/composeCommands';
import { docker, removeLabelled, testLabelKey, testRunId } from '../../support/testDocker';
import { childrenWhen, dockhand } from './helpers';

/** A compose project of the local test image, in a folder whose name is the project name. */
function writeProject(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockhand-compose-'));
  const project = path.join(dir, `shop${testRunId.replace(/[^a-z0-9]/g, '')}`);
  fs.mkdirSync(project);
  fs.writeFileSync(path.join(project, '.env'), 'GREETING=hello from .env\n');
  fs.writeFileSync(
    path.join(project, 'docker-compose.yml'),
    [
      'services:',
      '  web:',
      '    image: dockhand-test/busybox:latest',
      '    command: ["sh", "-c", "echo \\"$$GREETING\\"; trap \'exit 0\' TERM; while true; do sleep 1; done"]',
      '    environment:',
      '      GREETING: ${GREETING}',
      '    labels:',
      `      ${testLabelKey}: "${testRunId}"`,
      '  worker:',
      '    image: dockhand-test/busybox:latest',
      '    labels:',
      `      ${testLabelKey}: "${testRunId}"`,
      '',
    ].join('\n'),
  );
  return path.join(project, 'docker-compose.yml');
}

async function projectContainers(project: string) {
  return docker().listContainers({ all: true, filters: { label: [`com.docker.compose.project=${project}`] } });
}

describe('Compose projects from the editor', function () {
  this.timeout(180_000);
  let file: string;
  let project: string;

  before(() => {
    file = writeProject();
    project = path.basename(path.dirname(file));
  });
  after(async () => {
    await removeLabelled();
    fs.rmSync(path.dirname(path.dirname(file)), { recursive: true, force: true });
  });

  it("brings a project up, shows its containers, streams a service's logs, shows the resolved file, and takes it down", async () => {
    const api = await dockhand();
    const up = await vscode.commands.executeCommand<ComposeCommandResult>('dockhand.compose.up', vscode.Uri.file(file));
    assert.ok(up, 'compose up started');
    assert.equal(await up.exitCode, 0, up.output());
    const running = await projectContainers(project);
    assert.deepEqual(running.map(c => c.Labels['com.docker.compose.service']).sort(), ['web', 'worker']);
    assert.ok(running.every(c => c.State === 'running'));

    await childrenWhen(
      api.trees.containers,
      nodes => nodes.some(n => n.kind === 'composeProject' && n.project === project && n.containers.length === 2),
      "the project's containers in the view",
    );

    const logs = await vscode.commands.executeCommand<ComposeCommandResult>('dockhand.compose.logs', vscode.Uri.file(file), {
      services: ['web'],
      follow: false,
    });
    assert.ok(logs);
    assert.equal(await logs.exitCode, 0);
    assert.match(logs.output(), /hello from \.env/, 'the .env value reached the service');

    const resolved = await vscode.commands.executeCommand<vscode.TextDocument>('dockhand.compose.config', vscode.Uri.file(file));
    assert.ok(resolved);
    assert.match(resolved.getText(), /GREETING: hello from \.env/);

    const down = await vscode.commands.executeCommand<ComposeCommandResult>('dockhand.compose.down', vscode.Uri.file(file), {
      skipConfirmation: true,
    });
    assert.ok(down);
    assert.equal(await down.exitCode, 0, down.output());
    assert.deepEqual(await projectContainers(project), []);
  });

  it('restarts one service', async () => {
    const up = await vscode.commands.executeCommand<ComposeCommandResult>('dockhand.compose.up', vscode.Uri.file(file), {
      services: ['worker'],
    });
    assert.equal(await up?.exitCode, 0);
    const before = (await projectContainers(project))[0];
    assert.ok(before);
    const startedBefore = (await docker().getContainer(before.Id).inspect()).State.StartedAt;
    const restart = await vscode.commands.executeCommand<ComposeCommandResult>('dockhand.compose.restart', file, { services: ['worker'] });
    assert.equal(await restart?.exitCode, 0);
    const startedAfter = (await docker().getContainer(before.Id).inspect()).State.StartedAt;
    assert.notEqual(startedAfter, startedBefore);

    // The same from the container's context menu in the Containers view: the service's actions.
    const api = await dockhand();
    await api.refresh();
    const group = (await api.trees.containers.getChildren()).find(n => n.kind === 'composeProject' && n.project === project);
    const node = group && (await api.trees.containers.getChildren(group)).find(n => n.kind === 'container' && n.container.id === before.Id);
    assert.ok(node, 'the worker container under its project');
    assert.match(api.trees.containers.getTreeItem(node).contextValue ?? '', /^container\.running\.service\b/);
    const fromView = await vscode.commands.executeCommand<ComposeCommandResult>('dockhand.containers.composeServiceRestart', node);
    assert.equal(await fromView?.exitCode, 0);
    assert.notEqual((await docker().getContainer(before.Id).inspect()).State.StartedAt, startedAfter);
    const down = await vscode.commands.executeCommand<ComposeCommandResult>('dockhand.compose.down', file, { skipConfirmation: true });
    assert.equal(await down?.exitCode, 0);
  });
});
