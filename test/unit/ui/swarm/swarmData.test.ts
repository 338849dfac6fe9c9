import * as assert from 'node:assert/strict';
import type { ServiceSummary, TaskSummary } from '../../../../src/engine';
import { isSettled, stacksOf, visibleTasks, type SwarmData } from '../../../../src/ui/trees/swarm/swarmData';
import { parseReplicas } from '../../../../src/ui/commands/swarm/parseReplicas';
import { advertiseChoices, listenAddrFor } from '../../../../src/ui/commands/swarm/advertiseAddresses';

function service(name: string, extra: Partial<ServiceSummary> = {}): ServiceSummary {
  return {
    id: `id-${name}`,
    name,
    mode: 'replicated',
    image: 'x:1',
    running: 1,
    desired: 1,
    ports: [],
    labels: {},
    version: 1,
    hasPreviousSpec: false,
    ...extra,
  };
}

function task(id: string, extra: Partial<TaskSummary>): TaskSummary {
  return { id, serviceId: 'id-web', state: 'running', desiredState: 'running', message: '', image: 'x:1', ...extra };
}

describe('swarm view data', () => {
  it('groups services by stack, sorted, and leaves the others out', () => {
    const stacks = stacksOf([
      service('shop_web', { stack: 'shop' }),
      service('lone'),
      service('blog_db', { stack: 'blog' }),
      service('shop_db', { stack: 'shop' }),
    ]);
    assert.deepEqual(
      stacks.map(s => [s.name, s.services.map(x => x.name)]),
      [
        ['blog', ['blog_db']],
        ['shop', ['shop_web', 'shop_db']],
      ],
    );
  });

  it('shows the current tasks, and the newest failure of a slot that is not running again', () => {
    const t = (s: number) => new Date(1_800_000_000_000 + s * 1000);
    const tasks = [
      task('old-ok', { slot: 1, state: 'shutdown', desiredState: 'shutdown', timestamp: t(1) }),
      task('now-1', { slot: 1, state: 'running', timestamp: t(2) }),
      task('fail-a', { slot: 2, state: 'rejected', desiredState: 'shutdown', error: 'No such image: nope:1', timestamp: t(3) }),
      task('fail-b', { slot: 2, state: 'rejected', desiredState: 'shutdown', error: 'No such image: nope:1', timestamp: t(5) }),
      task('now-2', { slot: 2, state: 'preparing', timestamp: t(6) }),
      task('recovered', { slot: 1, state: 'failed', desiredState: 'shutdown', error: 'task: non-zero exit (1)', timestamp: t(0) }),
      task('other-service', { serviceId: 'id-db', slot: 1 }),
    ];
    assert.deepEqual(
      visibleTasks('id-web', tasks).map(x => x.id),
      ['now-1', 'now-2', 'fail-b'],
    );
  });

  it('is settled only when every service runs what it should and no update is in progress', () => {
    const data = (services: ServiceSummary[]): SwarmData => ({
      status: { state: 'active', isManager: true },
      services,
      tasks: [],
      nodes: [],
      secrets: [],
      configs: [],
    });
    assert.equal(isSettled(data([service('a'), service('b', { updateState: 'completed' })])), true);
    assert.equal(isSettled(data([service('a', { running: 1, desired: 3 })])), false);
    assert.equal(isSettled(data([service('a', { updateState: 'updating' })])), false);
    assert.equal(isSettled(data([service('a', { updateState: 'rollback_started' })])), false);
    assert.equal(isSettled(data([service('a', { updateState: 'rollback_completed' })])), true);
  });
});

describe('scale input', () => {
  it('accepts whole numbers from 0', () => {
    assert.equal(parseReplicas('3'), 3);
    assert.equal(parseReplicas(' 0 '), 0);
  });

  it('refuses negative, fractional, non-numeric and empty counts with a reason', () => {
    assert.match(String(parseReplicas('-1')), /negative/);
    for (const bad of ['1.5', 'three', '', '3x', '1e3', '0x10']) {
      assert.equal(typeof parseReplicas(bad), 'string', bad);
    }
  });
});

describe('swarm init addresses', () => {
  it("offers the host's addresses, loopback last, without link-local IPv6", () => {
    const choices = advertiseChoices({
      lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true, netmask: '255.0.0.0', mac: '', cidr: null }],
      eth0: [
        { address: '192.168.1.20', family: 'IPv4', internal: false, netmask: '255.255.255.0', mac: '', cidr: null },
        { address: 'fe80::1', family: 'IPv6', internal: false, netmask: 'ffff::', mac: '', cidr: null, scopeid: 2 },
      ],
    });
    assert.deepEqual(
      choices.map(c => c.address),
      ['192.168.1.20', '127.0.0.1'],
    );
    assert.equal(choices[1]?.loopback, true);
  });

  it('listens on the loopback only for a loopback swarm', () => {
    assert.equal(listenAddrFor('127.0.0.1', true), '127.0.0.1:2377');
    assert.equal(listenAddrFor('::1', true), '[::1]:2377');
    assert.equal(listenAddrFor('192.168.1.20', false), '0.0.0.0:2377');
  });
});
