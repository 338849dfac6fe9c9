import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ComposeCommandResult } from '../../../src/ui/commands/compose/composeCommands';
import type { ComposeProjectNode, ContainersTreeNode } from '../../../src/ui/trees/containers/containersView';
import { docker, removeLabelled, testLabelKey, testRunId } from '../../support/testDocker';
import { labelledContainer, stateOf } from './containersFixtures';
import { childrenWhen, dockhand } from './helpers';

const projectLabels = (project: string, service: string, file: string) => ({
  'com.docker.compose.project': project,
  'com.docker.compose.service': service,
  'com.docker.compose.project.config_files': file,
  'com.docker.compose.project.working_dir': path.dirname(file),
});

function names(nodes: readonly ContainersTreeNode[]): string[] {
  return nodes.map(n =>
    n.kind === 'composeProject' ? `project:${n.project}` : n.kind === 'container' ? n.container.name : n.uri.toString(),
  );
}

describe('Containers view', function () {
  this.timeout(180_000);
  after(async () => {
    await vscode.commands.executeCommand('dockhand.containers.clearFilter');
    await vscode.commands.executeCommand('dockhand.containers.showStopped');
    await removeLabelled();
  });

  it("groups containers by compose project, with the project's file, and leaves the others at the top level", async () => {
    const api = await dockhand();
    const project = `grp${testRunId.replace(/[^a-z0-9]/g, '')}`;
    const file = `/srv/${project}/compose.yaml`;
    const web = await labelledContainer({ start: true, extraLabels: projectLabels(project, 'web', file) });
    const db = await labelledContainer({ extraLabels: projectLabels(project, 'db', file) });
    const loose = await labelledContainer({ start: true });
    await api.refresh();
    const roots = await api.trees.containers.getChildren();
    const group = roots.find((n): n is ComposeProjectNode => n.kind === 'composeProject' && n.project === project);
    assert.ok(group, 'the project node');
    assert.deepEqual(group.configFiles, [file]);
    const children = await api.trees.containers.getChildren(group);
    assert.deepEqual(
      children.map(n => n.kind === 'container' && n.container.id),
      [web.id, db.id],
      'running first',
    );
    const groupItem = api.trees.containers.getTreeItem(group);
    assert.equal(groupItem.contextValue, 'composeProject');
    assert.equal(groupItem.description, '1/2 running');
    assert.ok(
      roots.some(n => n.kind === 'container' && n.container.id === loose.id),
      'a container of no project at the top level',
    );
    assert.ok(!roots.some(n => n.kind === 'container' && n.container.id === web.id), 'project members only under their project');

    const item = api.trees.containers.getTreeItem(children[0]);
    assert.equal(item.contextValue, 'container.running.service', 'a compose service member with a recorded file gets the service actions');
    assert.match(String(item.description), /^dockhand-test\/busybox:latest · Up/);
    const tooltip = (item.tooltip as vscode.MarkdownString).value;
    assert.match(tooltip, /Networks: bridge `172\.\d+\.\d+\.\d+`/);
    assert.match(tooltip, /Command: `sh -c/);
  });

  it("filters by name, image or project, and hides stopped containers, saying so in the view's description", async () => {
    const api = await dockhand();
    const running = await labelledContainer({ start: true });
    const stopped = await labelledContainer();
    const runningName = (await stateOf(running)).name;
    const stoppedName = (await stateOf(stopped)).name;
    await api.refresh();
    const view = api.trees.containers.view;

    await vscode.commands.executeCommand('dockhand.containers.filter', runningName);
    assert.deepEqual(names(await api.trees.containers.getChildren()), [runningName]);
    assert.equal(view.description?.(), `filter: ${runningName}`);

    await vscode.commands.executeCommand('dockhand.containers.filter', `dockhand-ctr-${testRunId}`);
    await vscode.commands.executeCommand('dockhand.containers.hideStopped');
    let shown = names(await api.trees.containers.getChildren());
    assert.ok(shown.includes(runningName) && !shown.includes(stoppedName), shown.join(', '));
    assert.match(view.description?.() ?? '', /running only/);

    await vscode.commands.executeCommand('dockhand.containers.showStopped');
    await vscode.commands.executeCommand('dockhand.containers.clearFilter');
    shown = names(await api.trees.containers.getChildren());
    assert.ok(shown.includes(runningName) && shown.includes(stoppedName));
    assert.equal(view.description?.(), undefined);
  });

  it("runs compose Restart, Logs and Down on a project node with the project's own file", async () => {
    const api = await dockhand();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockhand-cproj-'));
    const project = `cproj${testRunId.replace(/[^a-z0-9]/g, '')}`;
    fs.mkdirSync(path.join(dir, project));
    const file = path.join(dir, project, 'compose.yaml');
    fs.writeFileSync(
      file,
      [
        'services:',
        '  app:',
        '    image: dockhand-test/busybox:latest',
        '    command: ["sh", "-c", "echo app-says-hello; trap \'exit 0\' TERM; while true; do sleep 1; done"]',
        '    labels:',
        `      ${testLabelKey}: "${testRunId}"`,
        '',
      ].join('\n'),
    );
    try {
      const up = await vscode.commands.executeCommand<ComposeCommandResult>('dockhand.compose.up', vscode.Uri.file(file));
      assert.ok(up);
      assert.equal(await up.exitCode, 0, up.output());
      const roots = await childrenWhen(
        api.trees.containers,
        nodes => nodes.some(n => n.kind === 'composeProject' && n.project === project),
        'the project node',
      );
      const group = roots.find((n): n is ComposeProjectNode => n.kind === 'composeProject' && n.project === project);
      assert.ok(group);
      assert.deepEqual(group.configFiles, [file]);
      const [member] = await docker().listContainers({ all: true, filters: { label: [`com.docker.compose.project=${project}`] } });
      assert.ok(member);
      const startedBefore = (await docker().getContainer(member.Id).inspect()).State.StartedAt;

      const restart = await vscode.commands.executeCommand<ComposeCommandResult>('dockhand.containers.composeRestart', group);
      assert.ok(restart);
      assert.equal(await restart.exitCode, 0, restart.output());
      assert.notEqual((await docker().getContainer(member.Id).inspect()).State.StartedAt, startedBefore, 'restarted');

      const logs = await vscode.commands.executeCommand<ComposeCommandResult>('dockhand.containers.composeLogs', group, undefined, {
        follow: false,
      });
      assert.ok(logs);
      assert.equal(await logs.exitCode, 0);
      assert.match(logs.output(), /app-says-hello/);

      const down = await vscode.commands.executeCommand<ComposeCommandResult>('dockhand.containers.composeDown', group, undefined, {
        skipConfirmation: true,
      });
      assert.ok(down);
      assert.equal(await down.exitCode, 0, down.output());
      assert.deepEqual(await docker().listContainers({ all: true, filters: { label: [`com.docker.compose.project=${project}`] } }), []);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
