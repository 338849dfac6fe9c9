import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { resolveEndpoint, type ResolveInput } from '../../../src/engine';

function machine(files: Record<string, string>, env: Record<string, string> = {}, setting?: string): ResolveInput {
  return {
    setting,
    env,
    homedir: '/home/ada',
    platform: 'linux',
    readFile: f => files[f],
    exists: f => f in files,
  };
}

const sha = (name: string) => createHash('sha256').update(name).digest('hex');

describe('resolveEndpoint', () => {
  it('falls back to the default socket', () => {
    const e = resolveEndpoint(machine({}));
    assert.equal(e.url, 'unix:///var/run/docker.sock');
    assert.equal(e.source.kind, 'default');
  });

  it('uses the named pipe on Windows', () => {
    assert.equal(resolveEndpoint({ ...machine({}), platform: 'win32' }).kind, 'npipe');
  });

  it('prefers the setting over DOCKER_HOST', () => {
    const e = resolveEndpoint(machine({}, { DOCKER_HOST: 'tcp://a:2375' }, 'unix:///tmp/x.sock'));
    assert.equal(e.url, 'unix:///tmp/x.sock');
    assert.equal(e.source.kind, 'setting');
  });

  it('prefers DOCKER_HOST over contexts', () => {
    const e = resolveEndpoint(machine({ '/home/ada/.docker/config.json': '{"currentContext":"remote"}' }, { DOCKER_HOST: 'tcp://a:2375' }));
    assert.equal(e.url, 'tcp://a:2375');
  });

  it('applies DOCKER_TLS_VERIFY and DOCKER_CERT_PATH', () => {
    const files = { '/certs/ca.pem': 'x', '/certs/cert.pem': 'x', '/certs/key.pem': 'x' };
    const e = resolveEndpoint(machine(files, { DOCKER_HOST: 'tcp://secure:2376', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/certs' }));
    assert.ok(e.kind === 'tcp');
    assert.deepEqual(e.tls, { ca: '/certs/ca.pem', cert: '/certs/cert.pem', key: '/certs/key.pem', verify: true });
  });

  it('reads the current context from config.json and its meta.json', () => {
    const files = {
      '/home/ada/.docker/config.json': JSON.stringify({ currentContext: 'builder' }),
      [`/home/ada/.docker/contexts/meta/${sha('builder')}/meta.json`]: JSON.stringify({
        Name: 'builder',
        Endpoints: { docker: { Host: 'ssh://ci@builder.example', SkipTLSVerify: false } },
      }),
    };
    const e = resolveEndpoint(machine(files));
    assert.ok(e.kind === 'ssh' && e.host === 'builder.example' && e.username === 'ci');
    assert.deepEqual(e.source, { kind: 'context', name: 'builder' });
  });

  it('lets DOCKER_CONTEXT override the current context, with the context TLS material', () => {
    const id = sha('prod');
    const files = {
      '/home/ada/.docker/config.json': JSON.stringify({ currentContext: 'builder' }),
      [`/home/ada/.docker/contexts/meta/${id}/meta.json`]: JSON.stringify({
        Endpoints: { docker: { Host: 'tcp://prod:2376', SkipTLSVerify: true } },
      }),
      [`/home/ada/.docker/contexts/tls/${id}/docker/ca.pem`]: 'x',
    };
    const e = resolveEndpoint(machine(files, { DOCKER_CONTEXT: 'prod' }));
    assert.ok(e.kind === 'tcp' && e.tls?.verify === false && e.tls.ca?.endsWith('ca.pem'));
  });

  it('treats the "default" context as the default socket', () => {
    const e = resolveEndpoint(machine({ '/home/ada/.docker/config.json': '{"currentContext":"default"}' }));
    assert.equal(e.source.kind, 'default');
  });

  it('honours DOCKER_CONFIG', () => {
    const files = {
      '/etc/dock/config.json': JSON.stringify({ currentContext: 'x' }),
      [`/etc/dock/contexts/meta/${sha('x')}/meta.json`]: JSON.stringify({ Endpoints: { docker: { Host: 'unix:///x.sock' } } }),
    };
    assert.equal(resolveEndpoint(machine(files, { DOCKER_CONFIG: '/etc/dock' })).url, 'unix:///x.sock');
  });

  it('explains a missing context and broken JSON', () => {
    assert.throws(() => resolveEndpoint(machine({}, { DOCKER_CONTEXT: 'gone' })), /Docker context "gone" does not exist/);
    assert.throws(() => resolveEndpoint(machine({ '/home/ada/.docker/config.json': '{oops' })), /not valid JSON/);
  });
});
