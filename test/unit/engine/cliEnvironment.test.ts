import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseDockerHost, type EngineEndpoint } from '../../../src/engine';
import { cliEnvironment } from '../../../src/engine/transport/cliEnvironment';

describe('the environment of the docker and compose CLIs Dockhand starts', () => {
  let dir: string;
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockhand-clienv-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("names the engine in DOCKER_HOST and drops the CLI's own context and TLS variables", () => {
    const unix = parseDockerHost('unix:///var/run/docker.sock', { kind: 'setting' });
    const env = cliEnvironment(unix, {}, { PATH: '/bin', DOCKER_CONTEXT: 'remote', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/x' });
    assert.deepEqual(env, { PATH: '/bin', DOCKER_HOST: 'unix:///var/run/docker.sock' });
  });

  it("passes a TLS engine's files as DOCKER_CERT_PATH, linking files named otherwise into a folder of their own, and no CA bundle compose v1 would prefer", () => {
    const files = path.join(dir, 'tls');
    fs.mkdirSync(files);
    for (const name of ['my-ca.pem', 'client.crt', 'client.key']) {
      fs.writeFileSync(path.join(files, name), name);
    }
    const tcp = (tls: Extract<EngineEndpoint, { kind: 'tcp' }>['tls']): EngineEndpoint =>
      ({ kind: 'tcp', url: 'tcp://127.0.0.1:2376', host: '127.0.0.1', port: 2376, source: { kind: 'setting' }, tls });
    const standard = cliEnvironment(
      tcp({ verify: true, ca: '/c/ca.pem', cert: '/c/cert.pem', key: '/c/key.pem' }),
      {},
      {
        REQUESTS_CA_BUNDLE: '/etc/ssl/certs/ca-certificates.crt',
      },
    );
    assert.deepEqual(standard, { DOCKER_HOST: 'tcp://127.0.0.1:2376', DOCKER_CERT_PATH: '/c', DOCKER_TLS_VERIFY: '1' });
    const odd = cliEnvironment(
      tcp({ verify: true, ca: path.join(files, 'my-ca.pem'), cert: path.join(files, 'client.crt'), key: path.join(files, 'client.key') }),
      {},
      {},
    );
    const folder = odd.DOCKER_CERT_PATH ?? '';
    assert.notEqual(folder, files);
    assert.deepEqual(
      ['ca.pem', 'cert.pem', 'key.pem'].map(f => fs.readFileSync(path.join(folder, f), 'utf8')),
      ['my-ca.pem', 'client.crt', 'client.key'],
    );
    assert.equal(fs.statSync(folder).mode & 0o077, 0, 'a private folder');
  });

  it('puts an ssh that reads dockhand.engine.sshConfigFile first on PATH for an ssh:// engine', () => {
    const config = path.join(dir, "it's config");
    fs.writeFileSync(config, 'Host builder\n  HostName 127.0.0.9\n  Port 2299\n  User deploy\n');
    const endpoint = parseDockerHost('ssh://builder', { kind: 'setting' });
    const env = cliEnvironment(endpoint, { sshConfigFile: config }, { PATH: `/usr/bin${path.delimiter}/bin` });
    // The port ssh would use goes into the URL: compose v1 would otherwise add `-p 22`.
    assert.equal(env.DOCKER_HOST, 'ssh://builder:2299');
    const [wrapper] = (env.PATH ?? '').split(path.delimiter);
    assert.notEqual(wrapper, '/usr/bin');
    // What the CLI runs: the `ssh` on PATH. `-G` prints the configuration ssh would use.
    const resolved = execFileSync('ssh', ['-G', 'builder'], { env, encoding: 'utf8', stdio: 'pipe' });
    assert.match(resolved, /^hostname 127\.0\.0\.9$/m);
    assert.match(resolved, /^port 2299$/m);
    assert.match(resolved, /^user deploy$/m);
    // Made again from its own output, it does not wrap itself.
    const again = cliEnvironment(endpoint, { sshConfigFile: config }, env);
    assert.match(execFileSync('ssh', ['-G', 'builder'], { env: again, encoding: 'utf8', stdio: 'pipe' }), /^port 2299$/m);
    // Without the setting, nothing comes before the user's PATH.
    const plain = cliEnvironment(endpoint, {}, { PATH: '/usr/bin', HOME: dir });
    assert.deepEqual([plain.PATH, plain.DOCKER_HOST], ['/usr/bin', 'ssh://builder']);
  });
});
