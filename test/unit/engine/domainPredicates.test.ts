import * as assert from 'node:assert/strict';
import { isContainerUp, type ContainerState } from '../../../src/engine';
import { containerNameOf, toPortBindings } from '../../../src/engine/mappers/containers';

describe('domain predicates (one of each, shared by engine and views)', () => {
  it('counts running, paused and restarting containers as up, and nothing else', () => {
    const up: ContainerState[] = ['running', 'paused', 'restarting'];
    const down: ContainerState[] = ['created', 'exited', 'dead', 'removing', 'unknown'];
    assert.deepEqual(up.map(isContainerUp), [true, true, true]);
    assert.deepEqual(down.map(isContainerUp), [false, false, false, false, false]);
  });

  it('reads a container name from a list entry, an inspect document, or falls back to the short id', () => {
    assert.equal(containerNameOf({ Id: 'abc', Names: ['/web-1', '/alias'] }), 'web-1');
    assert.equal(containerNameOf({ Id: 'abc', Name: '/db' }), 'db');
    assert.equal(containerNameOf({ Id: 'x', Name: 'plain' }), 'plain');
    assert.equal(containerNameOf({ Id: '0123456789abcdef0123', Names: null }), '0123456789ab');
  });

  it('maps the published ports of an inspect document', () => {
    assert.deepEqual(
      toPortBindings({ '80/tcp': [{ HostIp: '127.0.0.1', HostPort: '32768' }], '53/udp': null, '9/sctp': [{ HostIp: '', HostPort: '' }] }),
      [
        { containerPort: 80, protocol: 'tcp', hostIp: '127.0.0.1', hostPort: 32768 },
        { containerPort: 9, protocol: 'sctp', hostIp: undefined, hostPort: undefined },
      ],
    );
  });
});
