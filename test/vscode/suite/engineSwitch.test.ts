// Switching Dockhand to another engine while a pull, a build and a log follow run on the first:
// each ends cleanly (cancelled, or finished), nothing is reported as a failure, and the views show
// only the new engine (Podman, which has none of Docker's containers).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LogsRun } from '../../../src/ui/terminals/LogsTerminal';
import { eventually } from '../../support/eventually';
import { startPodman } from '../../support/remoteEndpoints';
import { createImage, docker, labels, removeLabelled, testImage, testRunId } from '../../support/testDocker';
import { labelledContainer } from './containersFixtures';
import { childrenWhen, dockhand, reportsDuring } from './helpers';

describe('Switching engine while a pull, a build and a log follow run', function () {
  this.timeout(180_000);
  const saved = process.env.DOCKER_CONFIG;
  let dir: string;
  let podman: Awaited<ReturnType<typeof startPodman>> | undefined;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockhand-switch-'));
    process.env.DOCKER_CONFIG = path.join(dir, 'docker-config');
    fs.mkdirSync(process.env.DOCKER_CONFIG);
    fs.mkdirSync(path.join(dir, 'podman'));
    podman = await startPodman(path.join(dir, 'podman'));
    await vscode.commands.executeCommand('dockhand.contexts.create', { name: 'switch-podman', host: `unix://${podman.socket}` });
    await vscode.commands.executeCommand('dockhand.contexts.followCli');
  });
  after(async () => {
    await vscode.commands.executeCommand('dockhand.contexts.followCli');
    if (saved === undefined) {
      delete process.env.DOCKER_CONFIG;
    } else {
      process.env.DOCKER_CONFIG = saved;
    }
    await vscode.commands.executeCommand('dockhand.contexts.followCli');
    await podman?.stop();
    await removeLabelled();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('ends each cleanly and shows only the new engine', async () => {
    const api = await dockhand();
    assert.equal(api.engine.endpoint.kind, 'unix');
    const logged = await labelledContainer({
      start: true,
      cmd: ['sh', '-c', "trap 'exit 0' TERM; i=0; while true; do echo tick-$i; i=$((i+1)); sleep 0.2; done"],
    });
    const logs = await vscode.commands.executeCommand<LogsRun>('dockhand.containers.logs', logged.id);
    assert.ok(logs);
    await eventually(() => /tick-1/.test(logs.output()), 'the log follow to run');

    const folder = path.join(dir, 'slow-build');
    fs.mkdirSync(folder);
    const marker = `sleep 47.${process.pid}`;
    fs.writeFileSync(path.join(folder, 'Dockerfile'), `FROM ${testImage}\nRUN ${marker}\n`);
    const tag = `dockhand-test/switch-build-${testRunId}:t`;
    const source = await createImage();
    const pulled = `127.0.0.1:5000/dockhand-test/switch-pull-${testRunId}:t`;
    await api.engine.tagImage(source, pulled);
    await api.engine.pushImage(pulled);
    await docker().getImage(pulled).remove();

    const running = reportsDuring(async () => {
      const build = vscode.commands.executeCommand(
        'dockhand.images.buildFromDockerfile',
        vscode.Uri.file(path.join(folder, 'Dockerfile')),
        {
          tag,
          labels,
        },
      );
      // The build is running once its RUN step's container runs.
      await eventually(
        async () => (await docker().listContainers()).some(c => c.Command.includes(marker)),
        "the build's RUN step to run",
        60_000,
      );
      const pull = vscode.commands.executeCommand('dockhand.images.pull', pulled);
      assert.equal(await vscode.commands.executeCommand('dockhand.contexts.use', 'switch-podman', { cli: false }), 'switch-podman');
      return Promise.all([build, pull]);
    });
    const { result, reports } = await running;
    const [built, pull] = result as [unknown, unknown];
    assert.deepEqual(reports, [], 'nothing reported as a failure');
    assert.equal(built, undefined, 'the build was cancelled');
    assert.ok(pull === undefined || pull === pulled, `the pull ended cleanly: ${String(pull)}`);
    // The engine stops the build whose client went away: no image is tagged.
    await eventually(async () => !(await docker().listContainers()).some(c => c.Command.includes(marker)), 'the build to stop', 60_000);
    await assert.rejects(docker().getImage(tag).inspect());

    // The log follow ended and says why, instead of going silent.
    await logs.ended;
    assert.match(logs.output(), /switched to another engine/);

    assert.equal(api.engine.endpoint.url, `unix://${podman?.socket ?? ''}`);
    const containers = await childrenWhen(api.trees.containers, () => api.trees.containers.current !== undefined, 'the containers view');
    assert.deepEqual(containers, [], "a Docker container shown as Podman's");
    const images = await childrenWhen(api.trees.images, () => api.trees.images.current !== undefined, 'the images view');
    assert.ok(!images.some(n => JSON.stringify(n).includes(testImage)), "a Docker image shown as Podman's");
  });
});
