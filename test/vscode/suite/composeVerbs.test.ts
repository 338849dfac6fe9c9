import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ComposeCommandResult } from '../../../src/ui/commands/compose/composeCommands';
import type { ComposeProjectNode, ContainerNode } from '../../../src/ui/trees/containers/containersView';
import { docker, removeLabelled, testImage, testLabelKey, testRunId } from '../../support/testDocker';
import { childrenWhen, dockhand } from './helpers';

const registry = '127.0.0.1:5000';

const plain = (run: ComposeCommandResult | undefined) => (run?.output() ?? '').replace(/\x1b\[[0-9;]*m/g, '');

async function compose(verb: string, file: string, options?: object): Promise<string> {
  const run = await vscode.commands.executeCommand<ComposeCommandResult>(
    `dockhand.compose.${verb}`,
    vscode.Uri.file(file),
    ...(options ? [options] : []),
  );
  assert.ok(run, `compose ${verb} started`);
  assert.equal(await run.exitCode, 0, run.output());
  return run.output();
}

describe("Compose verbs, profiles and the Containers view's compose actions", function () {
  this.timeout(300_000);
  let dir: string;
  let file: string;
  let project: string;
  const pulled = `${registry}/dockhand-test/compose-pull-${testRunId}:latest`;
  const built = `dockhand-test/compose-build-${testRunId}:latest`;
  const states = async () =>
    Object.fromEntries(
      (await docker().listContainers({ all: true, filters: { label: [`com.docker.compose.project=${project}`] } })).map(c => [
        c.Labels['com.docker.compose.service'] ?? '',
        c.State,
      ]),
    );

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockhand-verbs-'));
    project = `verbs${testRunId.replace(/[^a-z0-9]/g, '')}`;
    file = path.join(dir, project, 'compose.yaml');
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(path.join(dir, project, 'Dockerfile'), `FROM ${testImage}\nRUN echo built-${testRunId} > /built\n`);
    const service = (lines: string[]) => [
      ...lines,
      '    command: ["sh", "-c", "echo up-and-running; trap \'exit 0\' TERM; while true; do sleep 1; done"]',
      `    labels: { ${testLabelKey}: "${testRunId}" }`,
    ];
    fs.writeFileSync(
      file,
      [
        'services:',
        '  app:',
        ...service(['    build:', '      context: .', `      labels: { ${testLabelKey}: "${testRunId}" }`, `    image: ${built}`]),
        '  cache:',
        ...service([`    image: ${pulled}`]),
        '  extra:',
        ...service([`    image: ${testImage}`, '    profiles: [extra]']),
        '',
      ].join('\n'),
    );
    // The image `pull` fetches lives only in the local registry.
    const api = await dockhand();
    await api.engine.tagImage(testImage, pulled);
    await api.engine.pushImage(pulled);
    await docker().getImage(pulled).remove();
  });
  after(async () => {
    await vscode.workspace.getConfiguration('dockhand.compose').update('profiles', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('dockhand.compose.down', vscode.Uri.file(file), { skipConfirmation: true });
    await removeLabelled();
    await docker()
      .getImage(pulled)
      .remove()
      .catch(() => undefined);
    await docker()
      .getImage(built)
      .remove()
      .catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("pulls and builds the services' images", async () => {
    await compose('pull', file, { services: ['cache'] });
    assert.ok((await docker().getImage(pulled).inspect()).Id, 'pulled from the registry');
    await compose('build', file);
    const history = (await docker().getImage(built).history()) as Array<{ CreatedBy: string }>;
    assert.ok(
      history.some(h => h.CreatedBy.includes(`echo built-${testRunId}`)),
      "built from the project's Dockerfile",
    );
  });

  it('brings up the services of the profiles in dockhand.compose.profiles, and only those', async () => {
    await compose('up', file);
    assert.deepEqual(await states(), { app: 'running', cache: 'running' });
    await vscode.workspace.getConfiguration('dockhand.compose').update('profiles', ['extra'], vscode.ConfigurationTarget.Global);
    await compose('up', file);
    assert.deepEqual(await states(), { app: 'running', cache: 'running', extra: 'running' });
  });

  it('lists, stops, starts, pauses and unpauses the project', async () => {
    const ps = await compose('ps', file);
    for (const service of ['app', 'cache', 'extra']) {
      assert.match(ps, new RegExp(`${project}_${service}_1\\s.*Up`), ps);
    }
    await compose('stop', file);
    assert.deepEqual(await states(), { app: 'exited', cache: 'exited', extra: 'exited' });
    await compose('start', file);
    assert.deepEqual(await states(), { app: 'running', cache: 'running', extra: 'running' });
    await compose('pause', file, { services: ['cache'] });
    assert.deepEqual(await states(), { app: 'running', cache: 'paused', extra: 'running' });
    await compose('unpause', file, { services: ['cache'] });
    assert.deepEqual(await states(), { app: 'running', cache: 'running', extra: 'running' });
  });

  it('runs Up and Logs of a service and of the project from the Containers view', async () => {
    const api = await dockhand();
    const [cache] = await docker().listContainers({
      filters: { label: [`com.docker.compose.project=${project}`, 'com.docker.compose.service=cache'] },
    });
    assert.ok(cache);
    await docker().getContainer(cache.Id).stop({ t: 1 });
    const roots = await childrenWhen(
      api.trees.containers,
      nodes =>
        nodes.some(
          n =>
            n.kind === 'composeProject' &&
            n.project === project &&
            n.containers.some(c => c.container.id === cache.Id && c.container.state === 'exited'),
        ),
      'the stopped service in the view',
    );
    const group = roots.find((n): n is ComposeProjectNode => n.kind === 'composeProject' && n.project === project);
    assert.ok(group);
    const node = (await api.trees.containers.getChildren(group)).find(
      (n): n is ContainerNode => n.kind === 'container' && n.container.id === cache.Id,
    );
    assert.ok(node);

    const up = await vscode.commands.executeCommand<ComposeCommandResult>('dockhand.containers.composeServiceUp', node);
    assert.equal(await up?.exitCode, 0, up?.output());
    assert.deepEqual(await states(), { app: 'running', cache: 'running', extra: 'running' });
    const logs = await vscode.commands.executeCommand<ComposeCommandResult>('dockhand.containers.composeServiceLogs', node, {
      follow: false,
    });
    assert.equal(await logs?.exitCode, 0);
    assert.match(plain(logs), /^cache_1\s+\| up-and-running$/m);
    assert.doesNotMatch(plain(logs), /app_1/, "only the service's logs");

    await docker().getContainer(cache.Id).stop({ t: 1 });
    const projectUp = await vscode.commands.executeCommand<ComposeCommandResult>('dockhand.containers.composeUp', group);
    assert.equal(await projectUp?.exitCode, 0, projectUp?.output());
    assert.deepEqual(await states(), { app: 'running', cache: 'running', extra: 'running' });
    const projectLogs = await vscode.commands.executeCommand<ComposeCommandResult>('dockhand.containers.composeLogs', group, undefined, {
      follow: false,
    });
    assert.equal(await projectLogs?.exitCode, 0);
    for (const service of ['app', 'cache', 'extra']) {
      assert.match(plain(projectLogs), new RegExp(`^${service}_1\\s+\\| up-and-running$`, 'm'));
    }
  });
});
