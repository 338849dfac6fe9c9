// npm run bench (SSH part): with 200 containers on the test engine behind the test sshd, compares
// Dockhand's containers-view reload over ssh:// (one kept-alive `ssh … docker system dial-stdio`)
// with `docker -H ssh://… container ls --all --format json`, which Container Tools runs on every
// refresh (an ssh process and handshake per command). Both use the same ssh binary and config:
// the CLI finds an `ssh` wrapper first on its PATH that adds `-F <test config>`. Also times
// creating the engine for an SSH context, which activation does: it must not wait for the host.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { connectEngine } from '../../src/engine';
import { sshUrl, writeSshConfig } from '../../test/support/remoteEndpoints';
import { docker, labels, removeLabelled, testImage, uniqueName } from '../../test/support/testDocker';
import { compareMedians, ms, row } from '../stats';

const run = promisify(execFile);
const count = Number(process.env.BENCH_SSH_CONTAINERS ?? 200);

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockhand-ssh-bench-'));
  const config = writeSshConfig(dir);
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(bin);
  fs.writeFileSync(path.join(bin, 'ssh'), `#!/bin/sh\nexec /usr/bin/ssh -F ${config} "$@"\n`, { mode: 0o755 });
  const cliEnv = { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, DOCKER_CONFIG: path.join(dir, 'docker-config') };
  const started = process.hrtime.bigint();
  const engine = connectEngine(undefined, { DOCKER_HOST: sshUrl }, { sshConfigFile: config });
  const createMs = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(`Creating ${count} containers…`);
  try {
    const d = docker();
    for (let i = 0; i < count; i += 25) {
      await Promise.all(
        Array.from({ length: Math.min(25, count - i) }, () =>
          d.createContainer({ Image: testImage, name: uniqueName('sshbench'), Labels: labels }),
        ),
      );
    }
    const reload = () => engine.listContainers({ all: true }).then(list => list.sort((a, b) => a.name.localeCompare(b.name)));
    const cli = () =>
      run('docker', ['-H', sshUrl, 'container', 'ls', '--all', '--format', 'json'], { env: cliEnv, maxBuffer: 64 * 1024 * 1024 }).then(
        ({ stdout }) =>
          stdout
            .trim()
            .split('\n')
            .map(line => JSON.parse(line) as unknown),
      );
    const [ours, peer] = await compareMedians(reload, cli);
    console.log('| what | Dockhand | peer | ratio |');
    console.log('| --- | --- | --- | --- |');
    console.log(
      row(`containers view reload over SSH (${count}+ containers)`, ours, peer, 'docker -H ssh:// container ls --all --format json'),
    );
    console.log(`engine for an SSH endpoint created in ${ms(createMs)} (no connection is made until the first request)`);
  } finally {
    engine.dispose();
    await removeLabelled();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch(err => {
  console.error(err);
  process.exitCode = 1;
});
