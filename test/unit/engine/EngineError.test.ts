import * as assert from 'node:assert/strict';
import { EngineError, toEngineError } from '../../../src/engine';

const sock = 'unix:///var/run/docker.sock';
const sysErr = (code: string) => Object.assign(new Error(`connect ${code} /var/run/docker.sock`), { code, syscall: 'connect' });

describe('toEngineError', () => {
  it('classifies a missing socket and a refused connection as unreachable', () => {
    for (const code of ['ENOENT', 'ECONNREFUSED']) {
      const e = toEngineError(sysErr(code), sock);
      assert.equal(e.kind, 'unreachable');
      assert.match(e.message, /Docker is not running at unix:\/\/\/var\/run\/docker.sock/);
      assert.equal(e.endpoint, sock);
    }
  });

  it('explains the docker group for a socket without permission', () => {
    const e = toEngineError(sysErr('EACCES'), sock);
    assert.equal(e.kind, 'permissionDenied');
    assert.match(e.message, /sudo usermod -aG docker \$USER/);
    assert.match(e.message, /log out and back in/);
  });

  it('maps HTTP statuses and keeps the engine message', () => {
    const notFound = toEngineError({ statusCode: 404, json: { message: 'No such container: web' } });
    assert.equal(notFound.kind, 'notFound');
    assert.equal(notFound.message, 'No such container: web');
    assert.equal(toEngineError({ statusCode: 409, json: { message: 'conflict' } }).kind, 'conflict');
    assert.equal(toEngineError({ statusCode: 304, json: null }).kind, 'notModified');
    assert.equal(toEngineError({ statusCode: 400, json: { message: 'bad' } }).kind, 'invalid');
    assert.match(toEngineError({ statusCode: 500, json: { message: 'boom' } }).message, /HTTP 500.*boom/);
  });

  it('names the host for TLS and SSH failures', () => {
    const tls = toEngineError(
      Object.assign(new Error('self-signed certificate'), { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }),
      'tcp://prod:2376',
    );
    assert.equal(tls.kind, 'tls');
    assert.match(tls.message, /tcp:\/\/prod:2376/);
    const ssh = toEngineError(
      Object.assign(new Error('All configured authentication methods failed'), { level: 'client-authentication' }),
      'ssh://ci@builder',
    );
    assert.equal(ssh.kind, 'ssh');
    assert.match(ssh.message, /ssh:\/\/ci@builder/);
  });

  it('treats aborts as cancelled and keeps EngineErrors as they are', () => {
    const abort = Object.assign(new Error('aborted'), { name: 'AbortError' });
    assert.equal(toEngineError(abort).kind, 'cancelled');
    const own = new EngineError('conflict', 'x');
    assert.equal(toEngineError(own), own);
    assert.equal(toEngineError('weird').kind, 'failed');
    assert.equal(toEngineError(Object.assign(new Error('t'), { code: 'ETIMEDOUT' })).kind, 'timeout');
  });
});
