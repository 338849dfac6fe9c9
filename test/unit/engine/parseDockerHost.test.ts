import * as assert from 'node:assert/strict';
import { parseDockerHost } from '../../../src/engine';

const env = { kind: 'env' } as const;

describe('parseDockerHost', () => {
  it('reads unix sockets', () => {
    const e = parseDockerHost('unix:///run/user/1000/docker.sock', env);
    assert.deepEqual(e, { kind: 'unix', socketPath: '/run/user/1000/docker.sock', url: 'unix:///run/user/1000/docker.sock', source: env });
  });

  it('reads tcp hosts with default ports by TLS', () => {
    const plain = parseDockerHost('tcp://10.1.2.3', env);
    assert.equal(plain.kind === 'tcp' && plain.port, 2375);
    const tls = parseDockerHost('tcp://docker.example:2376', env, { verify: true });
    assert.ok(tls.kind === 'tcp' && tls.tls?.verify === true && tls.port === 2376);
    const v6 = parseDockerHost('tcp://[::1]:2375', env);
    assert.ok(v6.kind === 'tcp' && v6.host === '::1' && v6.url === 'tcp://[::1]:2375');
  });

  it('reads ssh hosts with user and port', () => {
    const e = parseDockerHost('ssh://deploy@build.example:2222', env);
    assert.ok(e.kind === 'ssh');
    assert.equal(e.username, 'deploy');
    assert.equal(e.host, 'build.example');
    assert.equal(e.port, 2222);
    assert.equal(e.url, 'ssh://deploy@build.example:2222');
    const noUser = parseDockerHost('ssh://build.example', env);
    assert.ok(noUser.kind === 'ssh' && noUser.username === undefined && noUser.port === undefined);
  });

  it('reads Windows named pipes', () => {
    const e = parseDockerHost('npipe:////./pipe/docker_engine', env);
    assert.ok(e.kind === 'npipe' && e.pipePath === '\\\\.\\pipe\\docker_engine');
  });

  it('accepts a bare socket path', () => {
    assert.equal(parseDockerHost('/var/run/docker.sock', env).kind, 'unix');
  });

  it('explains what it cannot read', () => {
    assert.throws(() => parseDockerHost('docker.example:2375', env), /not a Docker host/);
    assert.throws(() => parseDockerHost('ftp://x', env), /Unsupported Docker host scheme/);
    assert.throws(() => parseDockerHost('tcp://host:99999', env), /invalid port/);
    assert.throws(() => parseDockerHost('tcp://', env), /no host name/);
  });
});
