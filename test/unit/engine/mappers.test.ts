import * as assert from 'node:assert/strict';
import { toContainerSummary, healthOf } from '../../../src/engine/mappers/containers';
import { toImageSummary } from '../../../src/engine/mappers/images';
import { toNetworkSummary } from '../../../src/engine/mappers/networks';
import { toVolumeSummary } from '../../../src/engine/mappers/volumes';
import { toResourceEvent } from '../../../src/engine/mappers/events';
import type { RawContainer, RawImage, RawNetwork, RawVolume } from '../../../src/engine/mappers/raw';
import { readFixture } from '../../support/fixtures';

// Recorded from a real engine (Docker 20.10, API 1.41) by `curl --unix-socket`.
describe('engine mappers', () => {
  it('maps a recorded compose container with ports, health, network and volume', () => {
    const [raw] = readFixture<RawContainer[]>('engine/containers.list.json');
    const c = toContainerSummary(raw ?? {});
    assert.equal(c.name, 'fixture-web');
    assert.equal(c.state, 'running');
    assert.equal(c.health, 'healthy');
    assert.equal(c.composeProject, 'shop');
    assert.equal(c.composeService, 'web');
    assert.deepEqual(c.ports, [{ containerPort: 8080, protocol: 'tcp', hostIp: '127.0.0.1', hostPort: 18080 }]);
    assert.deepEqual(c.networks, [{ network: 'bridge', ipAddress: '172.17.0.2' }]);
    assert.equal(c.mounts[0]?.name, 'fixture-data');
    assert.equal(c.created.getTime(), 1795435131 * 1000);
  });

  it('survives a container with almost nothing in it', () => {
    const c = toContainerSummary({ Id: 'abcdef0123456789', State: 'frozen' });
    assert.equal(c.name, 'abcdef012345');
    assert.equal(c.state, 'unknown');
    assert.deepEqual(c.ports, []);
    assert.deepEqual(c.labels, {});
  });

  it('reads health from the status line', () => {
    assert.equal(healthOf('Up 2 seconds (health: starting)'), 'starting');
    assert.equal(healthOf('Up 1 hour (unhealthy)'), 'unhealthy');
    assert.equal(healthOf('Exited (0) 3 minutes ago'), undefined);
  });

  it('maps recorded images, and treats <none>:<none> as dangling', () => {
    const images = readFixture<RawImage[]>('engine/images.list.json').map(toImageSummary);
    const tagged = images.find(i => i.tags.includes('dockhand-test/busybox:latest'));
    assert.ok(tagged && !tagged.dangling && tagged.size > 0);
    const legacy = toImageSummary({ Id: 'sha256:1', RepoTags: ['<none>:<none>'], RepoDigests: ['<none>@<none>'] });
    assert.ok(legacy.dangling);
    assert.deepEqual(legacy.tags, []);
  });

  it("maps recorded volumes and ignores the engine's -1 sizes", () => {
    const volumes = readFixture<{ Volumes: RawVolume[] }>('engine/volumes.list.json').Volumes.map(toVolumeSummary);
    const data = volumes.find(v => v.name === 'fixture-data');
    assert.ok(data && data.driver === 'local' && data.created instanceof Date);
    assert.equal(toVolumeSummary({ Name: 'v', UsageData: { Size: -1, RefCount: -1 } }).size, undefined);
    assert.equal(toVolumeSummary({ Name: 'v', UsageData: { Size: 42, RefCount: 2 } }).size, 42);
  });

  it('marks built-in networks', () => {
    const networks = readFixture<RawNetwork[]>('engine/networks.list.json').map(toNetworkSummary);
    assert.deepEqual(
      networks
        .filter(n => n.builtIn)
        .map(n => n.name)
        .sort(),
      ['bridge', 'host', 'none'],
    );
    const custom = toNetworkSummary({ Id: 'n1', Name: 'shop_default', Driver: 'bridge', IPAM: { Config: [{ Subnet: '10.5.0.0/16' }] } });
    assert.ok(!custom.builtIn);
    assert.deepEqual(custom.subnets, ['10.5.0.0/16']);
  });

  it('maps events and drops types Dockhand does not track', () => {
    const e = toResourceEvent({
      Type: 'container',
      Action: 'health_status: healthy',
      Actor: { ID: 'c1', Attributes: { name: 'web' } },
      time: 10,
      timeNano: 10_500_000_000,
    });
    assert.deepEqual(
      { ...e, time: e?.time.getTime() },
      { type: 'container', action: 'health_status', id: 'c1', attributes: { name: 'web', health_status: 'healthy' }, time: 10_500 },
    );
    // Podman: the status in an attribute, "died" and containerExitCode; consumers see Docker's spelling.
    const health = toResourceEvent({
      Type: 'container',
      Action: 'health_status',
      Actor: { ID: 'c2', Attributes: { health_status: 'unhealthy' } },
      time: 1,
    });
    assert.equal(health?.action, 'health_status');
    assert.equal(health?.attributes.health_status, 'unhealthy');
    const died = toResourceEvent({
      Type: 'container',
      Action: 'died',
      Actor: { ID: 'c2', Attributes: { containerExitCode: '3' } },
      time: 1,
    });
    assert.equal(died?.action, 'die');
    assert.equal(died?.attributes.exitCode, '3');
    assert.equal(toResourceEvent({ Type: 'container', Action: 'remove', Actor: { ID: 'c2' }, time: 1 })?.action, 'destroy');
    assert.equal(toResourceEvent({ Type: 'image', Action: 'remove', Actor: { ID: 'i1' }, time: 1 })?.action, 'delete');
    assert.equal(toResourceEvent({ Type: 'daemon', Action: 'reload' }), undefined);
    assert.equal(toResourceEvent({ Type: 'volume', Action: 'create', Actor: { ID: 'data' } })?.id, 'data');
  });
});
