import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { connectEngine, type DockerEngine } from '../../src/engine';
import { collect, rejectsWith, tempDir } from '../support/engineUnderTest';
import { eventually } from '../support/eventually';
import { startSshAgent, sshUrl, writeSshConfig } from '../support/remoteEndpoints';
import { createContainer, docker, removeLabelled, testLabel } from '../support/testDocker';

/** An engine on DOCKER_HOST=`host`, with ssh reading `configFile` (and an agent only when given). */
function sshEngine(host: string, configFile: string, agentSocket?: string): DockerEngine {
  const env = { ...process.env };
  delete env.SSH_AUTH_SOCK;
  if (agentSocket) {
    env.SSH_AUTH_SOCK = agentSocket;
  }
  return connectEngine(undefined, { DOCKER_HOST: host }, { env, sshConfigFile: configFile });
}

describe('(integration) SSH engines: the system ssh running `docker system dial-stdio`', () => {
  let dir: string;
  const engines: DockerEngine[] = [];
  const use = (engine: DockerEngine) => (engines.push(engine), engine);

  before(async () => {
    dir = await tempDir('dockhand-ssh-');
  });
  after(async () => {
    for (const engine of engines) {
      engine.dispose();
    }
    await removeLabelled();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("lists the remote engine's containers with a key file and no agent", async () => {
    const container = await createContainer();
    const engine = use(sshEngine(sshUrl, writeSshConfig(dir)));
    await engine.ping();
    const listed = await engine.listContainers({ labels: [testLabel] });
    assert.deepEqual(
      listed.map(c => c.id),
      [container.id],
    );
    assert.equal((await engine.version()).version, (await docker().version()).Version);
  });

  it('authenticates with the key held by an ssh-agent, and fails clearly without it', async () => {
    const agentDir = await tempDir('dockhand-agent-');
    const agent = await startSshAgent(agentDir);
    try {
      const config = writeSshConfig(agentDir, { identity: false });
      const withAgent = use(sshEngine(sshUrl, config, agent.socket));
      await withAgent.ping();
      const without = use(sshEngine(sshUrl, config));
      await rejectsWith(without.ping(), 'ssh', /SSH connection to ssh:\/\/root@127\.0\.0\.1:2222 failed: .*Permission denied/);
    } finally {
      agent.stop();
      fs.rmSync(agentDir, { recursive: true, force: true });
    }
  });

  it('reaches the engine through a Host alias of the ssh config (HostName, Port, User, IdentityFile)', async () => {
    const engine = use(sshEngine('ssh://dockhand-remote', writeSshConfig(dir)));
    assert.equal(engine.endpoint.url, 'ssh://dockhand-remote');
    const info = await engine.info();
    assert.equal(info.serverVersion, (await docker().version()).Version);
  });

  it('reuses one ssh process for many requests', async () => {
    const others = new Set(sshProcesses());
    const mine = () => sshProcesses().filter(pid => !others.has(pid));
    const engine = use(sshEngine(sshUrl, writeSshConfig(dir)));
    await engine.ping();
    const first = mine();
    assert.equal(first.length, 1, 'one ssh process after the first request');
    for (let i = 0; i < 20; i++) {
      await engine.listContainers({ labels: [testLabel] });
    }
    assert.deepEqual(mine(), first, 'sequential requests started new ssh processes');
    engine.dispose();
    await eventually(() => mine().length === 0, 'the ssh process to end on dispose', 5000);
  });

  it('streams events and logs over SSH', async () => {
    const engine = use(sshEngine(sshUrl, writeSshConfig(dir)));
    const abort = new AbortController();
    const seen: string[] = [];
    let connected!: () => void;
    const isConnected = new Promise<void>(resolve => (connected = resolve));
    let id = '';
    const following = (async () => {
      for await (const event of engine.events({ types: ['container'] }, abort.signal)) {
        if (event.type === 'connection' && event.connected) {
          connected();
        } else if (event.type === 'container' && event.id === id) {
          seen.push(event.action);
          if (event.action === 'start') {
            abort.abort();
          }
        }
      }
    })();
    await isConnected;
    const container = await createContainer({ cmd: ['sh', '-c', 'echo over-ssh; sleep 30'] });
    id = container.id;
    await container.start();
    await following;
    assert.ok(seen.includes('start'), `events seen: ${seen.join(', ')}`);
    const lines = await collect(engine.containerLogs(container.id, {}));
    assert.ok(
      lines.some(l => l.text.includes('over-ssh')),
      JSON.stringify(lines),
    );
  });
});

/** The pids of ssh processes running dial-stdio against the test sshd. */
function sshProcesses(): number[] {
  return fs
    .readdirSync('/proc')
    .filter(p => /^\d+$/.test(p))
    .filter(pid => {
      try {
        const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
        return (
          cmd[0]?.endsWith('ssh') === true &&
          cmd.includes('dial-stdio') &&
          process.pid === Number(fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(' ')[3])
        );
      } catch {
        return false;
      }
    })
    .map(Number)
    .sort();
}
