import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { JoinTokens, StackRemoval } from '../../../src/engine';
import type { LogsRun } from '../../../src/ui/terminals/LogsTerminal';
import type { MergedLogsRun } from '../../../src/ui/commands/containers/MergedLogsPanel';
import type { StackDeployResult } from '../../../src/ui/commands/swarm/stackCommands';
import { eventually } from '../../support/eventually';
import { enterLab, leaveLab, missingImage, notesStack, webImage } from '../../support/swarmLab';
import { docker, labels, testLabelKey, testRunId } from '../../support/testDocker';
import { codeOf, diagnosticsWhen, dockhand, reportedBy } from './helpers';
import { askPage } from './page';
import { swarmRows, swarmRowsWhen } from './swarmTree';

/** Waits on a condition (the shared `eventually`), with the timeout first as these suites write it. */
const waitFor = (check: () => Promise<boolean>, timeoutMs: number, what: string) => eventually(check, what, timeoutMs);

interface RawTask {
  ID: string;
  Status: { State: string };
  DesiredState: string;
  Spec: { ContainerSpec: { Image: string } };
}

async function running(service: string): Promise<RawTask[]> {
  const tasks = (await docker().listTasks({ filters: { service: [service] } })) as RawTask[];
  return tasks.filter(t => t.Status.State === 'running' && t.DesiredState === 'running');
}

/** The text of each view pane of the sidebar, as the browser renders it (headers upper-cased by CSS). */
async function paneTexts(): Promise<string[]> {
  const [texts] = await askPage<string[][]>({
    op: 'evaluate',
    expression: '[...document.querySelectorAll(".pane")].map(p => p.innerText)',
  });
  return texts ?? [];
}

/** Only the code-server runner drives a browser page; desktop VS Code (test-electron) has none to ask. */
const rendered = Boolean(process.env.DOCKHAND_PAGE_BRIDGE);

function workspaceFile(relative: string, text: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run with a workspace folder open');
  const uri = vscode.Uri.joinPath(folder.uri, relative);
  fs.mkdirSync(path.dirname(uri.fsPath), { recursive: true });
  fs.writeFileSync(uri.fsPath, text);
  return uri;
}

/**
 * The README's picture (only when DOCKHAND_SWARM_SCREENSHOT names a file): the Swarm view alone
 * in a wider sidebar, next to the stack's compose file with its CodeLens. The layout is restored.
 */
async function readmeScreenshot(file: string): Promise<void> {
  const others = ['dockhand.containers', 'dockhand.images', 'dockhand.volumes', 'dockhand.networks', 'dockhand.system'];
  for (const view of others) {
    await vscode.commands.executeCommand(`${view}.removeView`);
  }
  await vscode.commands.executeCommand('workbench.action.closePanel');
  await vscode.commands.executeCommand('notifications.clearAll');
  await vscode.commands.executeCommand('dockhand.swarm.focus');
  // With the view focused, "increase view size" widens the sidebar.
  for (let i = 0; i < 3; i++) {
    await vscode.commands.executeCommand('workbench.action.increaseViewSize');
  }
  await waitFor(async () => (await paneTexts()).length === 1, 10_000, 'the Swarm view alone');
  await askPage({ op: 'screenshot', path: file });
  for (let i = 0; i < 3; i++) {
    await vscode.commands.executeCommand('workbench.action.decreaseViewSize');
  }
  for (const view of others) {
    await vscode.commands.executeCommand(`${view}.focus`);
  }
}

describe('Swarm: the view and its actions on a single-node swarm', function () {
  this.timeout(180_000);
  // The notes' stack name: one swarm suite runs at a time, each in a swarm of its own.
  const stack = 'getstartedlab';
  const web = `${stack}_web`;
  let stackFile: vscode.Uri;

  before(async function () {
    this.timeout(16 * 60_000);
    await enterLab({ init: false });
    stackFile = workspaceFile('getstartedlab/docker-compose.yml', notesStack());
  });

  after(async function () {
    this.timeout(120_000);
    await leaveLab();
    await (await dockhand()).trees.swarm.reload();
  });

  it('shows no rows outside a swarm (the welcome content offers Initialize and Join)', async () => {
    const api = await dockhand();
    await api.trees.swarm.reload();
    assert.equal(api.trees.swarm.current?.status.state, 'inactive');
    assert.deepEqual(await api.trees.swarm.getChildren(), []);
    if (rendered) {
      await vscode.commands.executeCommand('dockhand.swarm.focus');
      await waitFor(
        async () =>
          (await paneTexts()).some(
            text => /^SWARM/m.test(text) && text.includes('Initialize a Single-Node Swarm') && text.includes('Join a Swarm...'),
          ),
        30_000,
        'the welcome content as rendered',
      );
    }
  });

  it('initializes a single-node swarm advertised on the loopback', async () => {
    const nodeId = await vscode.commands.executeCommand<string>('dockhand.swarm.init', { advertiseAddr: '127.0.0.1' });
    const info = (await docker().info()) as { Swarm: { LocalNodeState: string; NodeID: string; NodeAddr: string } };
    assert.equal(info.Swarm.LocalNodeState, 'active');
    assert.equal(info.Swarm.NodeID, nodeId);
    assert.equal(info.Swarm.NodeAddr, '127.0.0.1');
    const rows = await swarmRowsWhen(r => r.some(row => row.node.kind === 'swarmNode'), 'the node row');
    assert.deepEqual(
      rows.filter(r => r.node.kind === 'swarmGroup').map(r => r.label),
      ['Stacks', 'Services outside stacks', 'Nodes', 'Secrets', 'Configs'],
    );
    const node = rows.find(r => r.node.kind === 'swarmNode');
    assert.match(node?.description ?? '', /manager · leader · active · ready/);
    assert.match(node?.description ?? '', /this engine/);
  });

  it('hints at keys Swarm ignores and offers Deploy Stack on a compose file that uses deploy:', async () => {
    const uri = workspaceFile(
      'hints/docker-compose.yml',
      'services:\n  web:\n    image: x:1\n    restart: always\n    deploy:\n      replicas: 2\n      placement:\n        constraints: [node.role == manager]\n',
    );
    await vscode.window.showTextDocument(uri);
    const found = await diagnosticsWhen(
      uri,
      d => d.some(x => codeOf(x) === 'compose.swarm-ignored-key') && d.some(x => codeOf(x) === 'compose.compose-ignored-deploy-key'),
    );
    assert.match(found.find(x => codeOf(x) === 'compose.swarm-ignored-key')?.message ?? '', /restart_policy/);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    assert.ok(lenses.some(l => l.command?.command === 'dockhand.swarm.stacks.deploy' && l.command.title === 'Deploy Stack'));
  });

  it('does not deploy a compose file with errors', async () => {
    const uri = workspaceFile('broken/docker-compose.yml', 'services:\n  web:\n    image: x:1\n    deploy: { replicas: 2\n');
    await vscode.window.showTextDocument(uri);
    await diagnosticsWhen(uri, d => d.some(x => x.severity === vscode.DiagnosticSeverity.Error));
    const report = await reportedBy('dockhand.swarm.stacks.deploy', uri, `${stack}broken`);
    assert.match(report.message, /has 1 error\(s\), so it was not deployed\. Line 5/);
    assert.deepEqual(await docker().listServices({ filters: { label: [`com.docker.stack.namespace=${stack}broken`] } }), []);
  });

  it("deploys the notes' example as a stack, output streamed, and the view follows it to 2/2", async () => {
    const result = await vscode.commands.executeCommand<StackDeployResult>('dockhand.swarm.stacks.deploy', stackFile, stack);
    assert.equal(await result.exitCode, 0, result.output());
    assert.match(result.output(), new RegExp(`Creating service ${web}`));
    const rows = await swarmRowsWhen(
      r => r.some(row => row.node.kind === 'service' && row.node.service.name === web && row.description.startsWith('2/2')),
      '2/2 tasks',
    );
    const stackRow = rows.find(r => r.node.kind === 'stack');
    assert.equal(stackRow?.label, stack);
    const service = rows.find(r => r.node.kind === 'service');
    assert.equal(service?.label, 'web');
    assert.match(service?.description ?? '', new RegExp(`replicated · ${webImage('v1').replace(/[.]/g, '\\.')}`));
    assert.equal(rows.filter(r => r.node.kind === 'task' && r.description.startsWith('running')).length, 2);
    assert.equal((await running(web)).length, 2);
  });

  it('scales the service to 3 and back to 1', async () => {
    await vscode.commands.executeCommand('dockhand.swarm.services.scale', web, 3);
    await swarmRowsWhen(
      r =>
        r.some(row => row.node.kind === 'service' && row.description.startsWith('3/3')) &&
        r.filter(row => row.node.kind === 'task' && row.description.startsWith('running')).length === 3,
      '3/3',
    );
    assert.equal((await running(web)).length, 3);
    if (rendered) {
      // As the browser renders it: the stack, the service at 3/3 and its three tasks.
      await vscode.window.showTextDocument(stackFile);
      await vscode.commands.executeCommand('dockhand.swarm.focus');
      let shown = '';
      await waitFor(
        async () => {
          shown = (await paneTexts()).find(text => /^SWARM/m.test(text)) ?? '';
          return shown.includes(stack) && /web\s*3\/3/.test(shown) && (shown.match(new RegExp(`${web}\\.\\d`, 'g')) ?? []).length === 3;
        },
        30_000,
        'the Swarm view rendered with the stack at 3/3',
      ).catch(async (err: unknown) => {
        throw new Error(`${String(err)}; the page showed: ${JSON.stringify(await paneTexts())}`);
      });
      const screenshot = process.env.DOCKHAND_SWARM_SCREENSHOT;
      if (screenshot) {
        await readmeScreenshot(screenshot);
      }
    }
    await vscode.commands.executeCommand('dockhand.swarm.services.scale', web, '1');
    await swarmRowsWhen(
      r =>
        r.some(row => row.node.kind === 'service' && row.description.startsWith('1/1')) &&
        r.filter(row => row.node.kind === 'task').length === 1,
      '1/1 and one task row',
    );
    assert.equal((await running(web)).length, 1);
  });

  it('refuses a negative or non-numeric replica count before any request', async () => {
    const before = (await docker().getService(web).inspect()) as { Version: { Index: number } };
    assert.match((await reportedBy('dockhand.swarm.services.scale', web, -2)).message, /-2 is negative/);
    assert.match((await reportedBy('dockhand.swarm.services.scale', web, 'three')).message, /"three" is not a replica count/);
    const after = (await docker().getService(web).inspect()) as { Version: { Index: number } };
    assert.equal(after.Version.Index, before.Version.Index);
  });

  it('rolls an image update out and rolls it back', async () => {
    await vscode.commands.executeCommand('dockhand.swarm.services.updateImage', web, webImage('v2'));
    await waitFor(
      async () => (await running(web)).some(t => t.Spec.ContainerSpec.Image.startsWith(webImage('v2'))),
      90_000,
      'a task on v2',
    );
    await swarmRowsWhen(r => r.some(row => row.node.kind === 'service' && row.description.includes(webImage('v2'))), 'v2 in the view');
    await vscode.commands.executeCommand('dockhand.swarm.services.rollback', web);
    await waitFor(
      async () => {
        const tasks = await running(web);
        return tasks.length === 1 && tasks.every(t => t.Spec.ContainerSpec.Image.startsWith(webImage('v1')));
      },
      90_000,
      'the task back on v1',
    );
    await swarmRowsWhen(
      r => r.some(row => row.node.kind === 'service' && row.description.startsWith('1/1') && row.description.includes(webImage('v1'))),
      'v1 in the view',
    );
  });

  it("follows the service's logs, each line prefixed by its task, and the stack's merged", async () => {
    const run = await vscode.commands.executeCommand<LogsRun>('dockhand.swarm.services.logs', web);
    try {
      await waitFor(
        () => Promise.resolve(new RegExp(`${web}\\.1\\S* \\| hello from \\w+`).test(run.output())),
        30_000,
        'a task-prefixed log line',
      );
    } finally {
      run.terminal.dispose();
    }
    await run.ended;
    const merged = await vscode.commands.executeCommand<LogsRun>('dockhand.swarm.stacks.logs', stack);
    try {
      await waitFor(() => Promise.resolve(new RegExp(`${web}\\.1\\S* \\| hello from`).test(merged.output())), 30_000, "the stack's logs");
    } finally {
      merged.terminal.dispose();
    }
  });

  it("merges the service's task logs in the log view, as the browser renders it", async () => {
    const run = await vscode.commands.executeCommand<MergedLogsRun>('dockhand.swarm.services.mergedLogs', web);
    assert.ok(run);
    try {
      await waitFor(() => Promise.resolve(/ \| hello from \w+/.test(run.text())), 30_000, 'a task line in the merged view');
      assert.ok(
        run.sources().some(source => source.name.startsWith(`${web}.1`)),
        `a source per task: ${JSON.stringify(run.sources())}`,
      );
      await eventually(async () => {
        const texts = await askPage<unknown[]>({ op: 'evaluate', expression: 'document.body?.innerText ?? null', frame: '' });
        return texts.some(text => typeof text === 'string' && /hello from \w+/.test(text));
      }, 'the task line rendered in the merged log view');
    } finally {
      run.panel.dispose();
      await run.stopped;
    }
  });

  it('drains the node and activates it again', async () => {
    const node = (await swarmRows()).find(r => r.node.kind === 'swarmNode');
    assert.ok(node?.node.kind === 'swarmNode');
    await vscode.commands.executeCommand('dockhand.swarm.nodes.drain', node.node, { skipConfirmation: true });
    const drained = (await docker().getNode(node.node.node.id).inspect()) as { Spec: { Availability: string } };
    assert.equal(drained.Spec.Availability, 'drain');
    await swarmRowsWhen(
      r =>
        r.some(row => row.node.kind === 'swarmNode' && /· drain ·/.test(row.description)) &&
        r.some(row => row.node.kind === 'service' && row.description.startsWith('0/')),
      'the drained node and no running task',
    );
    await vscode.commands.executeCommand('dockhand.swarm.nodes.activate', node.node);
    await swarmRowsWhen(
      r =>
        r.some(row => row.node.kind === 'swarmNode' && /· active ·/.test(row.description)) &&
        r.some(row => row.node.kind === 'service' && row.description.startsWith('1/1')),
      'the node active and the task back',
    );
    assert.equal((await running(web)).length, 1);
  });

  it('creates a secret from a file, inspects it without its value, and removes it', async () => {
    const file = workspaceFile('secrets/db_password.txt', 'correct-horse-battery');
    const name = `dockhand-db-password-${testRunId}`;
    const created = await vscode.commands.executeCommand<{ id: string }>('dockhand.swarm.secrets.create', file, { name, labels });
    const raw = (await docker().getSecret(created.id).inspect()) as { Spec: { Name: string; Labels: Record<string, string> } };
    assert.equal(raw.Spec.Name, name);
    assert.equal(raw.Spec.Labels[testLabelKey], testRunId);
    await swarmRowsWhen(r => r.some(row => row.node.kind === 'secret' && row.label === name), 'the secret row');
    const text = await vscode.commands.executeCommand<string>('dockhand.swarm.secrets.inspect', name);
    assert.equal((JSON.parse(text) as { Spec: { Name: string } }).Spec.Name, name);
    assert.ok(!text.includes('correct-horse') && !text.includes(Buffer.from('correct-horse-battery').toString('base64')));
    await vscode.commands.executeCommand('dockhand.swarm.secrets.remove', name, { skipConfirmation: true });
    await assert.rejects(docker().getSecret(created.id).inspect());
    await swarmRowsWhen(r => !r.some(row => row.node.kind === 'secret' && row.label === name), 'the secret gone from the view');
  });

  it('creates a config from the selection in an editor, leaving the editor as it was', async () => {
    const uri = workspaceFile('config/nginx.conf', 'user nginx;\nserver { listen 8080; }\nworker_processes 1;\n');
    const editor = await vscode.window.showTextDocument(uri);
    editor.selection = new vscode.Selection(1, 0, 2, 0);
    const name = `dockhand-nginx-${testRunId}`;
    const created = await vscode.commands.executeCommand<{ id: string }>('dockhand.swarm.configs.create', { name, labels });
    const raw = (await docker().getConfig(created.id).inspect()) as { Spec: { Data: string } };
    assert.equal(Buffer.from(raw.Spec.Data, 'base64').toString(), 'server { listen 8080; }\n');
    assert.equal(editor.document.getText(), 'user nginx;\nserver { listen 8080; }\nworker_processes 1;\n');
    await vscode.commands.executeCommand('dockhand.swarm.configs.remove', name, { skipConfirmation: true });
    await assert.rejects(docker().getConfig(created.id).inspect());
  });

  it('shows in the tree why the tasks of an image that cannot be pulled do not start', async () => {
    const uri = workspaceFile('missing/docker-compose.yml', notesStack({ image: missingImage, replicas: 1 }));
    const result = await vscode.commands.executeCommand<StackDeployResult>('dockhand.swarm.stacks.deploy', uri, 'brokenimage');
    assert.equal(await result.exitCode, 0, result.output());
    const rows = await swarmRowsWhen(
      r =>
        r.some(
          row =>
            row.node.kind === 'task' &&
            row.node.service.name === 'brokenimage_web' &&
            /No such image|not found|manifest unknown/i.test(row.description),
        ),
      'the task error in the view',
    );
    const task = rows.find(row => row.node.kind === 'task' && row.node.service.name === 'brokenimage_web' && row.node.task.error);
    assert.match(String((task?.item.tooltip as vscode.MarkdownString | undefined)?.value ?? ''), /Error: /);
    const removal = await vscode.commands.executeCommand<StackRemoval>('dockhand.swarm.stacks.remove', 'brokenimage', {
      skipConfirmation: true,
    });
    assert.deepEqual(removal.services, ['brokenimage_web']);
  });

  it('says clearly that a service was removed meanwhile, and creates nothing', async () => {
    const report = await reportedBy('dockhand.swarm.services.scale', `${stack}_gone`, 2);
    assert.match(report.message, /service getstartedlab_gone not found/i);
    assert.deepEqual(await docker().listServices({ filters: { name: [`${stack}_gone`] } }), []);
  });

  it('copies the worker join command', async () => {
    const tokens = await vscode.commands.executeCommand<JoinTokens>('dockhand.swarm.joinTokens', { role: 'worker' });
    assert.match(tokens.worker, /^SWMTKN-1-/);
    assert.equal(await vscode.env.clipboard.readText(), `docker swarm join --token ${tokens.worker} 127.0.0.1:2377`);
  });

  it('removes the stack after confirmation', async () => {
    const removal = await vscode.commands.executeCommand<StackRemoval>('dockhand.swarm.stacks.remove', stack, { skipConfirmation: true });
    assert.deepEqual(removal.services, [web]);
    assert.deepEqual(await docker().listServices({ filters: { label: [`com.docker.stack.namespace=${stack}`] } }), []);
    await swarmRowsWhen(r => !r.some(row => row.node.kind === 'stack'), 'no stack in the view');
  });

  it('leaves the swarm after confirmation, forced as its last manager', async () => {
    assert.equal(await vscode.commands.executeCommand('dockhand.swarm.leave', { skipConfirmation: true }), true);
    const info = (await docker().info()) as { Swarm: { LocalNodeState: string } };
    assert.equal(info.Swarm.LocalNodeState, 'inactive');
    await swarmRowsWhen(r => r.length === 0, 'an empty view (welcome content)');
  });
});
