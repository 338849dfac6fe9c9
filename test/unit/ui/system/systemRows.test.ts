import * as assert from 'node:assert/strict';
import { pruneSummary } from '../../../../src/ui/commands/system/pruneSummary';
import { systemRows } from '../../../../src/ui/trees/system/systemRows';

describe('system view rows', () => {
  it('shows version, host with its source, and the four docker system df rows', () => {
    const category = { total: 4, active: 1, size: 2_000_000, reclaimable: 500_000 };
    const rows = systemRows({
      version: { product: 'Docker Engine', version: '27.1.0', apiVersion: '1.46', os: 'linux', arch: 'amd64' },
      endpointUrl: 'unix:///var/run/docker.sock',
      endpointSource: 'the default socket',
      diskUsage: {
        images: category,
        containers: { total: 0, active: 0, size: 0, reclaimable: 0 },
        volumes: category,
        buildCache: category,
      },
    });
    assert.deepEqual(
      rows.map(r => r.kind),
      ['version', 'host', 'images', 'containers', 'volumes', 'buildCache'],
    );
    assert.equal(rows[0]?.description, '27.1.0 (API 1.46)');
    assert.equal(rows[1]?.description, 'unix:///var/run/docker.sock (the default socket)');
    assert.equal(rows[1]?.tooltip, 'unix:///var/run/docker.sock (from the default socket)');
    assert.equal(rows[2]?.description, '2 MB · 4 total, 1 active · 500 kB reclaimable (25%)');
    assert.equal(rows[3]?.description, '0 B · 0 total, 0 active · 0 B reclaimable');
  });

  it('names Podman and shows the sizes it leaves empty as unknown, not 0 B', () => {
    const known = { total: 1, active: 0, size: 12, reclaimable: 12 };
    const unknown = { total: 3, active: 1, size: undefined, reclaimable: undefined };
    const rows = systemRows({
      version: { product: 'Podman', version: '4.3.1', apiVersion: '1.41', os: 'linux', arch: 'amd64' },
      endpointUrl: 'unix:///run/podman/podman.sock',
      endpointSource: 'docker context "podman"',
      diskUsage: { images: unknown, containers: known, volumes: known, buildCache: { ...unknown, total: 0, active: 0 } },
    });
    assert.equal(rows[0]?.label, 'Podman');
    assert.equal(rows[2]?.description, 'unknown · 3 total, 1 active · unknown reclaimable');
    assert.equal(rows[3]?.description, '12 B · 1 total, 0 active · 12 B reclaimable (100%)');
    assert.equal(rows[5]?.description, 'unknown · 0 total, 0 active · unknown reclaimable');
  });

  it('lists what a system prune removes, volumes only when asked', () => {
    const candidates = {
      stoppedContainers: ['a', 'b'],
      unusedNetworks: [],
      danglingImages: ['0123'],
      unusedVolumes: ['v'],
      buildCacheBytes: 1500,
    };
    assert.deepEqual(pruneSummary(candidates, false), ['Stopped containers (2): a, b', 'Dangling images (1): 0123', 'Build cache: 1.5 kB']);
    assert.equal(pruneSummary(candidates, true).at(-1), 'Unused volumes (1): v');
  });
});
