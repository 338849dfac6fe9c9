import * as assert from 'node:assert/strict';
import { toFileChanges, toImagePruneResult, toPruneResult, toTopResult } from '../../../src/engine/mappers/containerDetails';
import { toNetworkEndpoints } from '../../../src/engine/mappers/networkDetails';
import { cpuPercent, toContainerStats } from '../../../src/engine/mappers/stats';
import { readFixture } from '../../support/fixtures';

describe('container mappers (recorded engine JSON)', () => {
  it('maps stats as docker stats shows them', () => {
    const stats = toContainerStats(readFixture('engine/container.stats.json'));
    // (56301883 - 54203627) / (4952270000000 - 4950300000000) * 2 CPUs * 100
    assert.ok(Math.abs(stats.cpuPercent - 0.2130209137) < 1e-6, String(stats.cpuPercent));
    // usage minus total_inactive_file (cgroup v1)
    assert.equal(stats.memoryUsage, 708608 - 4096);
    assert.equal(stats.memoryLimit, 25276514304);
    assert.ok(Math.abs(stats.memoryPercent - (704512 / 25276514304) * 100) < 1e-9);
    assert.equal(stats.networkRx, 736 + 1096);
    assert.equal(stats.networkTx, 0);
    assert.equal(stats.blockRead, 0);
    assert.equal(stats.pids, 2);
    assert.equal(stats.read?.toISOString(), '2026-11-23T12:04:21.566Z');
  });

  it('computes no CPU % without a previous reading, and counts block IO by op', () => {
    assert.equal(cpuPercent({ cpu_usage: { total_usage: 10 }, system_cpu_usage: 100, online_cpus: 1 }, {}), 10);
    assert.equal(
      cpuPercent({ cpu_usage: { total_usage: 10 }, system_cpu_usage: 100 }, { cpu_usage: { total_usage: 10 }, system_cpu_usage: 100 }),
      0,
    );
    const stats = toContainerStats({
      read: '0001-01-01T00:00:00Z',
      memory_stats: { usage: 1000, limit: 4000, stats: { inactive_file: 200 } },
      blkio_stats: {
        io_service_bytes_recursive: [
          { op: 'Read', value: 5 },
          { op: 'read', value: 7 },
          { op: 'Write', value: 3 },
          { op: 'Total', value: 15 },
        ],
      },
    });
    assert.equal(stats.read, undefined, 'a stopped container reports the zero time');
    assert.equal(stats.memoryUsage, 800, 'cgroup v2 names the cache inactive_file');
    assert.equal(stats.memoryPercent, 20);
    assert.deepEqual([stats.blockRead, stats.blockWrite], [12, 3]);
  });

  it('maps top, changes and prune responses', () => {
    const top = toTopResult(readFixture('engine/container.top.json'));
    assert.deepEqual(top.titles, ['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD']);
    assert.equal(top.processes.length, 2);
    assert.equal(top.processes[1][7], 'sleep 1');
    assert.deepEqual(toFileChanges(readFixture('engine/container.changes.json')), [{ path: '/added', kind: 'added' }]);
    assert.deepEqual(
      toFileChanges([
        { Path: '/etc', Kind: 0 },
        { Path: '/gone', Kind: 2 },
      ]),
      [
        { path: '/etc', kind: 'changed' },
        { path: '/gone', kind: 'deleted' },
      ],
    );
    assert.deepEqual(toPruneResult(readFixture('engine/containers.prune.json'), 'ContainersDeleted'), {
      removed: ['81a519cb4e065a73a9edb1d5d3db76b9719dc0d4840e934c9d8003bc151264a4'],
      spaceReclaimed: 2,
    });
    assert.deepEqual(toPruneResult(readFixture('engine/volumes.prune.json'), 'VolumesDeleted'), {
      removed: ['dockhand-fixture-vol'],
      spaceReclaimed: 0,
    });
    assert.deepEqual(toPruneResult(readFixture('engine/networks.prune.json'), 'NetworksDeleted'), {
      removed: ['dockhand-fixture-net'],
      spaceReclaimed: 0,
    });
    assert.deepEqual(toPruneResult({ ContainersDeleted: null, SpaceReclaimed: 0 }, 'ContainersDeleted'), {
      removed: [],
      spaceReclaimed: 0,
    });
    assert.deepEqual(toImagePruneResult({ ImagesDeleted: [{ Untagged: 'a:1' }, { Deleted: 'sha256:1' }], SpaceReclaimed: 9 }), {
      removed: ['a:1', 'sha256:1'],
      spaceReclaimed: 9,
    });
  });

  it("lists a network's containers with their addresses, from inspect", () => {
    const endpoints = toNetworkEndpoints(readFixture('engine/network.inspect.json'));
    assert.deepEqual(
      endpoints.map(e => [e.name, e.ipv4Address]),
      [['dockhand-fixture-rec', '10.99.0.2/24']],
    );
    assert.equal(endpoints[0].id, '81a519cb4e065a73a9edb1d5d3db76b9719dc0d4840e934c9d8003bc151264a4');
    assert.equal(endpoints[0].ipv6Address, undefined);
    assert.deepEqual(toNetworkEndpoints({ Containers: null }), []);
  });
});
