// Every feature a user touches, over a remote engine: an ssh:// context (the test sshd behind a
// counting proxy, reached through a Host alias that only dockhand.engine.sshConfigFile knows) and
// a tcp:// context with TLS (a TLS proxy to the test dockerd, client certificate required). Both
// contexts are made through the create wizard, answered by a scripted user.
//
// The extension host's DOCKER_HOST points at nothing during these suites: a docker or compose
// CLI that Dockhand started without the remote engine's environment fails instead of quietly
// reaching the local socket. The proxies count what goes through, so an upload is seen to travel
// over the remote connection.
import * as assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { RunResult } from '../../../src/engine';
import type { BuildCommandResult } from '../../../src/ui/commands/images/buildImage';
import type { StatsRun } from '../../../src/ui/commands/containers/StatsPanel';
import type { ComposeCommandResult } from '../../../src/ui/commands/compose/composeCommands';
import type { LogsRun } from '../../../src/ui/terminals/LogsTerminal';
import type { SessionRun } from '../../../src/ui/terminals/SessionTerminal';
import { containerUri } from '../../../src/ui/files/fileUris';
import { eventually } from '../../support/eventually';
import {
  dockerCli,
  remoteState,
  sshPort,
  startPlainProxy,
  startTlsProxy,
  writeSshConfig,
  type TestServer,
} from '../../support/remoteEndpoints';
import { docker, execOut, labels, removeLabelled, testImage, testLabelKey, testRunId } from '../../support/testDocker';
import { labelledContainer, stateOf } from './containersFixtures';
import { scriptedUser } from './dialogs';
import { dockhand, reportsDuring } from './helpers';
import { renderedTerminalText, terminalClosed } from './terminals';

interface Remote {
  readonly title: string;
  /** The proxy the engine's traffic goes through, and the context made for it. */
  start(dir: string): Promise<{ proxy: TestServer; host: string; files?: { ca: string; cert: string; key: string } }>;
}

const remotes: Remote[] = [
  {
    title: 'SSH',
    start: async dir => {
      const proxy = await startPlainProxy(2300, sshPort);
      const config = writeSshConfig(dir, { port: 2300 });
      await vscode.workspace.getConfiguration('dockhand.engine').update('sshConfigFile', config, vscode.ConfigurationTarget.Global);
      // Only the ssh config knows this alias, its port (the proxy's), the key and the host key.
      return { proxy, host: 'ssh://dockhand-remote' };
    },
  },
  {
    title: 'TLS',
    start: async () => {
      const proxy = await startTlsProxy(2301);
      const tls = remoteState().tls;
      const files = { ca: path.join(tls, 'good-ca.pem'), cert: path.join(tls, 'client-cert.pem'), key: path.join(tls, 'client-key.pem') };
      return { proxy, host: 'tcp://127.0.0.1:2301', files };
    },
  },
];

/** Runs a command that must succeed: what it reported instead, if anything, is the failure. */
async function succeeds<T>(command: string, ...args: unknown[]): Promise<T> {
  const { result, reports } = await reportsDuring(() => vscode.commands.executeCommand<T>(command, ...args));
  assert.deepEqual(reports, [], `${command} reported a failure`);
  return result as T;
}

for (const remote of remotes) {
  describe(`Remote engine over ${remote.title}: every feature, with a context made in the wizard`, function () {
    this.timeout(240_000);
    const name = `dockhand-remote-${remote.title.toLowerCase()}`;
    const saved = { DOCKER_CONFIG: process.env.DOCKER_CONFIG, DOCKER_HOST: process.env.DOCKER_HOST };
    let dir: string;
    let config: string;
    let proxy: TestServer;
    let host: string;

    before(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockhand-remote-features-'));
      config = path.join(dir, 'docker-config');
      fs.mkdirSync(config);
      process.env.DOCKER_CONFIG = config;
      process.env.DOCKER_HOST = `unix://${path.join(dir, 'no-local-engine.sock')}`;
      await vscode.workspace.getConfiguration('terminal.integrated').update('gpuAcceleration', 'off', vscode.ConfigurationTarget.Global);
      const started = await remote.start(dir);
      proxy = started.proxy;
      host = started.host;
      const files = started.files;
      // The wizard, as a user answers it: name, kind of endpoint, address, TLS files, description.
      const user = await scriptedUser(q => {
        if (q.kind === 'input' && /^Create Docker Context/.test(q.text)) {
          return name;
        }
        if (q.kind === 'pick') {
          return files ? 'TCP with TLS' : 'SSH';
        }
        if (q.kind === 'input' && /^Endpoint of/.test(q.text)) {
          return host;
        }
        if (q.kind === 'open') {
          return files?.[q.text.slice(0, q.text.indexOf('.pem')) as 'ca' | 'cert' | 'key'];
        }
        if (q.kind === 'input' && /^Description/.test(q.text)) {
          return `made by the ${remote.title} suite`;
        }
        return undefined;
      });
      try {
        assert.equal(await vscode.commands.executeCommand('dockhand.contexts.create'), name);
      } finally {
        user.dispose();
      }
      assert.deepEqual(
        user.asked.filter(q => q.kind !== 'information').map(q => q.kind),
        ['input', 'pick', 'input', ...(files ? ['open', 'open', 'open'] : []), 'input'],
      );
      assert.equal(await vscode.commands.executeCommand('dockhand.contexts.use', name, { cli: false }), name);
      const api = await dockhand();
      assert.equal(api.engine.endpoint.url, host);
    });

    after(async () => {
      // The environment first: following the CLI again reads DOCKER_HOST, and the suites after this
      // one must find Dockhand on the test engine, not on this suite's socket that does not exist.
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) {
          delete process.env[key];
        } else {
          process.env[key] = value;
        }
      }
      await vscode.commands.executeCommand('dockhand.contexts.followCli');
      await vscode.workspace.getConfiguration('dockhand.engine').update('sshConfigFile', undefined, vscode.ConfigurationTarget.Global);
      await vscode.workspace
        .getConfiguration('terminal.integrated')
        .update('gpuAcceleration', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('dockhand.contexts.refresh');
      const api = await dockhand();
      assert.notEqual(api.engine.endpoint.url, host, 'Dockhand left the remote engine');
      await api.engine.ping();
      await proxy?.close();
      await removeLabelled();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('the docker CLI works on the context the wizard wrote (docker --context X ps)', async () => {
      const api = await dockhand();
      const container = await labelledContainer({ start: true });
      // The CLI finds the ssh config the way compose does: through the PATH Dockhand gives its CLIs.
      const out = await dockerCli(
        config,
        ['--context', name, 'ps', '--filter', `label=${testLabelKey}=${testRunId}`, '--format', '{{.ID}}'],
        {
          PATH: api.engine.cliEnvironment().PATH,
        },
      );
      assert.ok(container.id.startsWith(out.trim()) && out.trim().length >= 12, out);
    });

    it('opens a shell whose TTY follows the terminal size as the browser renders it', async () => {
      const c = await labelledContainer({ start: true });
      const run = await succeeds<SessionRun>('dockhand.containers.shell', c.id);
      assert.ok(run);
      await run.opened;
      // As a person does: type once the remote shell shows its prompt (root's `/ # `).
      await eventually(() => run.output().includes('# '), "the remote shell's prompt");
      // In front, in a panel that is not maximized, whatever earlier suites left open.
      run.terminal.show();
      const closed = terminalClosed(run.terminal);
      const size = async (marker: string) => {
        run.terminal.sendText(`echo "${marker}=$(stty size)"`, true);
        const pattern = new RegExp(`^${marker}=(\\d+) (\\d+)`, 'm');
        await eventually(() => pattern.test(run.output()), `${marker} from the shell`);
        const [, rows = '', cols = ''] = pattern.exec(run.output()) ?? [];
        // What the browser shows in the terminal is what the remote shell printed.
        await eventually(async () => (await renderedTerminalText()).includes(`${marker}=${rows} ${cols}`), `${marker} rendered`);
        return { rows: Number(rows), cols: Number(cols) };
      };
      const first = await size('before');
      assert.ok(first.rows > 0 && first.cols > 0);
      await vscode.commands.executeCommand('workbench.action.toggleMaximizedPanel');
      try {
        await eventually(async () => (await size(`after${Date.now()}`)).rows !== first.rows, 'the TTY resized with the panel', 30_000);
      } finally {
        await vscode.commands.executeCommand('workbench.action.toggleMaximizedPanel');
      }
      run.terminal.sendText('exit 4', true);
      assert.equal(await run.exited, 4);
      await closed;
    });

    it('attaches to the main process: input reaches it, and the terminal closes when it exits', async () => {
      const c = await labelledContainer({ start: true, interactive: true });
      const run = await succeeds<SessionRun>('dockhand.containers.attach', c.id);
      assert.ok(run);
      await run.opened;
      const closed = terminalClosed(run.terminal);
      run.terminal.sendText('echo "attached-$((6*7))"; stty size', true);
      await eventually(() => /attached-42\s+\d+ \d+/.test(run.output()), 'the main process to answer');
      run.terminal.sendText('exit', true);
      await run.exited;
      await closed;
      assert.equal((await stateOf(c)).status, 'exited');
    });

    it('builds from a Dockerfile, uploading the build context over the remote connection', async () => {
      const folder = path.join(dir, `build-${remote.title.toLowerCase()}`);
      fs.mkdirSync(folder);
      const blob = randomBytes(3 * 1024 * 1024);
      fs.writeFileSync(path.join(folder, 'blob'), blob);
      fs.writeFileSync(path.join(folder, 'Dockerfile'), `FROM ${testImage}\nCOPY blob /blob\nRUN wc -c < /blob > /size\n`);
      const before = proxy.traffic().sent;
      const tag = `dockhand-test/remote-${remote.title.toLowerCase()}-${testRunId}:t`;
      const result = await vscode.commands.executeCommand<BuildCommandResult>(
        'dockhand.images.buildFromDockerfile',
        vscode.Uri.file(path.join(folder, 'Dockerfile')),
        { tag, labels },
      );
      assert.equal(result.tag, tag);
      assert.ok(proxy.traffic().sent - before >= blob.length, `only ${proxy.traffic().sent - before} bytes went over ${remote.title}`);
      const c = await docker().createContainer({ Image: tag, Cmd: ['cat', '/size'], Labels: labels });
      await c.start();
      await c.wait();
      const logs = (await c.logs({ stdout: true })).toString('utf8');
      assert.match(logs, new RegExp(`${blob.length}\\s*$`));
    });

    it('copies files in and out, and edits them through the container file system', async () => {
      const api = await dockhand();
      const c = await labelledContainer({ start: true });
      const source = path.join(dir, 'in $(x).txt');
      fs.writeFileSync(source, `over ${remote.title}\n`);
      assert.equal(await succeeds('dockhand.containers.copyToContainer', c.id, source, '/tmp'), '/tmp/in $(x).txt');
      assert.equal(await execOut(c, ['cat', '/tmp/in $(x).txt']), `over ${remote.title}\n`);
      const out = fs.mkdtempSync(path.join(dir, 'out-'));
      assert.deepEqual(await succeeds('dockhand.containers.copyFromContainer', c.id, '/tmp/in $(x).txt', out), [
        path.join(out, 'in $(x).txt'),
      ]);
      assert.equal(fs.readFileSync(path.join(out, 'in $(x).txt'), 'utf8'), `over ${remote.title}\n`);
      const { name: containerName } = await stateOf(c);
      const uri = containerUri(containerName, '/tmp/edited.txt');
      await vscode.workspace.fs.writeFile(uri, Buffer.from('edited remotely\n'));
      assert.equal(await execOut(c, ['cat', '/tmp/edited.txt']), 'edited remotely\n');
      assert.equal(Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8'), 'edited remotely\n');
      const listed = await vscode.workspace.fs.readDirectory(containerUri(containerName, '/tmp'));
      assert.ok(
        listed.some(([entry]) => entry === 'edited.txt'),
        JSON.stringify(listed),
      );
      assert.equal(api.engine.endpoint.url, host);
    });

    it('streams live stats', async () => {
      const c = await labelledContainer({ start: true });
      const { name: containerName } = await stateOf(c);
      const run = await succeeds<StatsRun>('dockhand.containers.stats', c.id);
      assert.ok(run);
      await run.sampled;
      assert.match(run.text(), new RegExp(`^${containerName}\\s+\\d+\\.\\d\\d%`, 'm'));
      run.panel.dispose();
      await run.stopped;
    });

    it('follows the logs as the container writes them', async () => {
      const c = await labelledContainer({
        start: true,
        cmd: [
          'sh',
          '-c',
          'echo first; trap \'exit 0\' TERM; while true; do [ -f /tmp/go ] && echo "went-$(cat /tmp/go)" && rm /tmp/go; sleep 0.2; done',
        ],
      });
      const run = await succeeds<LogsRun>('dockhand.containers.logs', c.id);
      assert.ok(run);
      await eventually(() => /^first$/m.test(run.output()), 'the first line');
      await execOut(c, ['sh', '-c', 'echo 7 > /tmp/go']);
      await eventually(() => /^went-7$/m.test(run.output()), 'the line written after the follow started');
      run.terminal.dispose();
      await run.ended;
    });

    it('runs an image and opens its published port from this machine (forwarded over ssh when bound to the remote loopback)', async () => {
      const page = `served over ${remote.title} ${testRunId}`;
      const result = await succeeds<RunResult>('dockhand.images.run', testImage, {
        cmd: ['sh', '-c', `echo '${page}' > /tmp/index.html; exec httpd -f -p 8080 -h /tmp`],
        labels,
      });
      // Run publishes on the engine host's loopback: nothing is opened to its network.
      const [binding] = result.ports;
      assert.equal(binding?.hostIp, '127.0.0.1');
      const opened = await succeeds<string>('dockhand.containers.openPort', result.id);
      const url = new URL(opened);
      if (remote.title === 'SSH') {
        assert.notEqual(Number(url.port), binding?.hostPort, 'a local port forwarded over ssh');
      } else {
        assert.equal(Number(url.port), binding?.hostPort);
      }
      assert.equal(url.hostname, '127.0.0.1');
      let body = '';
      await eventually(async () => {
        const response = await fetch(opened).catch(() => undefined);
        body = response?.ok ? await response.text() : '';
        return body !== '';
      }, 'the page through the opened address');
      assert.equal(body.trim(), page);
      // Opened again: the same forward.
      assert.equal(await succeeds<string>('dockhand.containers.openPort', result.id), opened);
    });

    it('brings a compose project up and down on the remote engine', async () => {
      const project = path.join(dir, `remote${remote.title.toLowerCase()}${testRunId.replace(/[^a-z0-9]/g, '')}`);
      fs.mkdirSync(project);
      const file = path.join(project, 'compose.yaml');
      fs.writeFileSync(
        file,
        ['services:', '  web:', `    image: ${testImage}`, '    labels:', `      ${testLabelKey}: "${testRunId}"`, ''].join('\n'),
      );
      const before = proxy.traffic().connections;
      const up = await succeeds<ComposeCommandResult>('dockhand.compose.up', vscode.Uri.file(file));
      assert.ok(up);
      assert.equal(await up.exitCode, 0, up.output());
      assert.ok(proxy.traffic().connections > before, `compose did not connect over ${remote.title}`);
      const running = await docker().listContainers({ filters: { label: [`com.docker.compose.project=${path.basename(project)}`] } });
      assert.deepEqual(
        running.map(c => c.Labels['com.docker.compose.service']),
        ['web'],
      );
      const down = await succeeds<ComposeCommandResult>('dockhand.compose.down', vscode.Uri.file(file), {
        skipConfirmation: true,
      });
      assert.ok(down);
      assert.equal(await down.exitCode, 0, down.output());
      assert.deepEqual(
        await docker().listContainers({ all: true, filters: { label: [`com.docker.compose.project=${path.basename(project)}`] } }),
        [],
      );
    });
  });
}
