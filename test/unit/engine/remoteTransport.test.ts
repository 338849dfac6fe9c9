import * as assert from 'node:assert/strict';
import { toEngineError } from '../../../src/engine';
import { toDiskUsage } from '../../../src/engine/mappers/systemDf';
import { dialStdio, sshArgs } from '../../../src/engine/transport/ssh/sshCommand';
import { describeSshFailure, SshProcessError } from '../../../src/engine/transport/ssh/sshFailure';
import { describeTlsFailure } from '../../../src/engine/transport/tlsFailure';

describe('remote transport', () => {
  it('runs ssh as the docker CLI does, leaving port and user to the ssh config when the URL omits them', () => {
    assert.deepEqual(sshArgs({ host: 'builder' }, { connectTimeoutSeconds: 8 }, dialStdio), [
      '-o',
      'BatchMode=yes',
      '-o',
      'ConnectTimeout=8',
      '-T',
      '--',
      'builder',
      'docker',
      'system',
      'dial-stdio',
    ]);
    assert.deepEqual(
      sshArgs({ host: '127.0.0.1', port: 2222, username: 'root' }, { configFile: '/t/cfg', connectTimeoutSeconds: 5 }, ['true']),
      ['-F', '/t/cfg', '-o', 'BatchMode=yes', '-o', 'ConnectTimeout=5', '-T', '-l', 'root', '-p', '2222', '--', '127.0.0.1', 'true'],
    );
  });

  it('explains ssh failures from what ssh printed', () => {
    assert.match(
      describeSshFailure(255, 'ssh: connect to host 127.0.0.1 port 2223: Connection refused\r\n'),
      /Connection refused \(nothing accepts SSH/,
    );
    assert.match(describeSshFailure(255, 'root@127.0.0.1: Permission denied (publickey).'), /ssh-agent/);
    assert.match(describeSshFailure(255, 'Host key verification failed.'), /known_hosts/);
    assert.match(describeSshFailure(127, 'bash: docker: command not found'), /no `docker` command/);
    const error = toEngineError(new SshProcessError('Connection refused', 255), 'ssh://root@host');
    assert.equal(error.kind, 'ssh');
    assert.match(error.message, /^SSH connection to ssh:\/\/root@host failed: Connection refused\.$/);
  });

  it('says which side of a TLS connection is wrong', () => {
    assert.match(describeTlsFailure('CERT_HAS_EXPIRED', 'certificate has expired'), /expired/);
    assert.match(describeTlsFailure('UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'x'), /wrong CA/);
    assert.match(describeTlsFailure('ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED', 'x'), /requires a client certificate/);
    assert.match(describeTlsFailure('ERR_SSL_WRONG_VERSION_NUMBER', 'wrong version number'), /does not speak TLS/);
    const plain = toEngineError(
      Object.assign(new Error('x'), { statusCode: 400, json: { message: 'Client sent an HTTP request to an HTTPS server.' } }),
      'tcp://h:2376',
    );
    assert.equal(plain.kind, 'tls');
  });

  it("reads Podman's empty disk-usage fields as unknown, Docker's zeros as zero", () => {
    const raw = { LayersSize: 0, Images: [{ Containers: 0, Size: 5, SharedSize: 0 }], Containers: [], Volumes: [], BuildCache: [] };
    const podman = toDiskUsage(raw, 'Podman');
    assert.equal(podman.images.size, undefined);
    assert.equal(podman.buildCache.size, undefined);
    assert.equal(podman.containers.size, 0);
    assert.equal(toDiskUsage(raw, 'Docker Engine').images.size, 0);
  });
});
