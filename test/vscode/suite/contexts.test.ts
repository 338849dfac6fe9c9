import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ContextNode } from '../../../src/ui/trees/contexts/ContextsTreeProvider';
import { dockerCli, sshUrl, startPodman, writeSshConfig } from '../../support/remoteEndpoints';
import { createContainer, removeLabelled, testLabel } from '../../support/testDocker';
import { childrenWhen, dockhand } from './helpers';

const names = (nodes: ContextNode[]) => nodes.map(n => (n.kind === 'context' ? n.context.name : `podman:${n.name}`));

describe('Contexts: remote engines over SSH and Podman, switched from the Contexts view', () => {
  let dir: string;
  let config: string;
  const saved = { DOCKER_CONFIG: process.env.DOCKER_CONFIG, XDG_RUNTIME_DIR: process.env.XDG_RUNTIME_DIR };
  let podman: Awaited<ReturnType<typeof startPodman>> | undefined;
  const engineConfig = () => vscode.workspace.getConfiguration('dockhand.engine');

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockhand-contexts-'));
    config = path.join(dir, 'docker-config');
    fs.mkdirSync(config);
    // A test DOCKER_CONFIG: the machine's ~/.docker is never touched.
    process.env.DOCKER_CONFIG = config;
    await engineConfig().update('sshConfigFile', writeSshConfig(dir), vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('dockhand.contexts.refresh');
  });
  after(async () => {
    await vscode.commands.executeCommand('dockhand.contexts.followCli');
    await engineConfig().update('sshConfigFile', undefined, vscode.ConfigurationTarget.Global);
    process.env.DOCKER_CONFIG = saved.DOCKER_CONFIG;
    process.env.XDG_RUNTIME_DIR = saved.XDG_RUNTIME_DIR;
    if (saved.DOCKER_CONFIG === undefined) {
      delete process.env.DOCKER_CONFIG;
    }
    if (saved.XDG_RUNTIME_DIR === undefined) {
      delete process.env.XDG_RUNTIME_DIR;
    }
    await vscode.commands.executeCommand('dockhand.contexts.refresh');
    await podman?.stop();
    await removeLabelled();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("lists the CLI's contexts and follows them live on disk", async () => {
    const api = await dockhand();
    assert.deepEqual(names(await api.trees.contexts.getChildren()), ['default']);
    await dockerCli(config, [
      'context',
      'create',
      'cli-made',
      '--description',
      'from the CLI',
      '--docker',
      'host=unix:///var/run/docker.sock',
    ]);
    const nodes = await childrenWhen(api.trees.contexts, n => names(n).includes('cli-made'), "the CLI's new context in the view", 10_000);
    const item = api.trees.contexts.getTreeItem(nodes.find(n => n.kind === 'context' && n.context.name === 'cli-made') as ContextNode);
    assert.match(String(item.description), /^unix:\/\/\/var\/run\/docker\.sock/);
    await dockerCli(config, ['context', 'use', 'cli-made']);
    await childrenWhen(
      api.trees.contexts,
      n => n.some(x => x.kind === 'context' && x.context.name === 'cli-made' && x.cliCurrent),
      'the CLI mark',
      10_000,
    );
    await dockerCli(config, ['context', 'use', 'default']);
    await dockerCli(config, ['context', 'rm', 'cli-made']);
    await childrenWhen(api.trees.contexts, n => !names(n).includes('cli-made'), 'the removed context gone', 10_000);
  });

  it('creates an SSH context the CLI sees, and switching to it reloads every view from the engine over SSH', async () => {
    const api = await dockhand();
    const container = await createContainer();
    const created = await vscode.commands.executeCommand<string>('dockhand.contexts.create', {
      name: 'dockhand-ssh',
      description: 'over ssh',
      host: sshUrl,
    });
    assert.equal(created, 'dockhand-ssh');
    const listed = await dockerCli(config, ['context', 'ls', '--format', '{{.Name}} {{.DockerEndpoint}}']);
    assert.ok(listed.includes(`dockhand-ssh ${sshUrl}`), listed);
    const used = await vscode.commands.executeCommand<string>('dockhand.contexts.use', 'dockhand-ssh', { cli: true });
    assert.equal(used, 'dockhand-ssh');
    assert.equal(api.engine.endpoint.url, sshUrl);
    assert.equal((await dockerCli(config, ['context', 'show'])).trim(), 'dockhand-ssh');
    const rows = await childrenWhen(api.trees.system, r => r.length > 1, 'the System view over ssh');
    assert.match(
      String(api.trees.system.getTreeItem(rows[1]).description),
      /^ssh:\/\/root@127\.0\.0\.1:2222 \(docker context "dockhand-ssh"\)/,
    );
    const containers = await api.engine.listContainers({ labels: [testLabel] });
    assert.deepEqual(
      containers.map(c => c.id),
      [container.id],
    );
    const marks = await api.trees.contexts.getChildren();
    assert.ok(marks.some(n => n.kind === 'context' && n.context.name === 'dockhand-ssh' && n.inUse && n.cliCurrent));
    // The one in use cannot be removed.
    await vscode.commands.executeCommand('dockhand.contexts.remove', 'dockhand-ssh', { skipConfirmation: true });
    assert.ok((await api.trees.contexts.reload()).some(n => n.kind === 'context' && n.context.name === 'dockhand-ssh'));
  });

  it('offers the Podman socket, and on Podman the System view says so and no Docker container shows', async () => {
    const api = await dockhand();
    const runtime = path.join(dir, 'xdg');
    fs.mkdirSync(path.join(runtime, 'podman'), { recursive: true });
    podman = await startPodman(path.join(runtime, 'podman'));
    process.env.XDG_RUNTIME_DIR = runtime;
    const nodes = await api.trees.contexts.reload();
    const socket = nodes.find(n => n.kind === 'podmanSocket');
    assert.ok(socket, JSON.stringify(names(nodes)));
    await vscode.commands.executeCommand('dockhand.contexts.use', socket, { cli: false });
    assert.equal(api.engine.endpoint.url, `unix://${podman.socket}`);
    const rows = await childrenWhen(
      api.trees.system,
      r => r.length > 0 && api.trees.system.getTreeItem(r[0]).label === 'Podman',
      'Podman in the System view',
    );
    assert.match(String(api.trees.system.getTreeItem(rows[0]).description), /^4\./);
    const containers = await childrenWhen(
      api.trees.containers,
      () => api.trees.containers.current !== undefined,
      'the containers view from Podman',
    );
    assert.equal(containers.length, 0, 'a Docker container shown while Dockhand uses Podman');
    // The CLI still uses the SSH context: Dockhand only was asked.
    assert.equal((await dockerCli(config, ['context', 'show'])).trim(), 'dockhand-ssh');
  });

  it('follows the CLI again and removes a context once confirmed', async () => {
    const api = await dockhand();
    await dockerCli(config, ['context', 'use', 'default']);
    await vscode.commands.executeCommand('dockhand.contexts.followCli');
    assert.notEqual(api.engine.endpoint.url, sshUrl);
    assert.equal(
      await vscode.commands.executeCommand('dockhand.contexts.remove', 'dockhand-ssh', { skipConfirmation: true }),
      'dockhand-ssh',
    );
    assert.ok(!(await dockerCli(config, ['context', 'ls', '--format', '{{.Name}}'])).includes('dockhand-ssh'));
    const inspected = await vscode.commands.executeCommand<Record<string, unknown>>('dockhand.contexts.inspect', 'podman-rootless');
    assert.equal((inspected.Endpoints as { docker: { Host: string } }).docker.Host, `unix://${podman?.socket ?? ''}`);
  });
});
