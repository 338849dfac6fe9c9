import * as assert from 'node:assert/strict';
import type { VolumeSummary, VolumeUsage } from '../../../../src/engine';
import { parseLabels } from '../../../../src/ui/commands/shared/parseLabels';
import { usageText, withSizes } from '../../../../src/ui/trees/volumes/volumeRows';

function volume(name: string, usedBy: string[] = []): VolumeUsage {
  return {
    name,
    driver: 'local',
    mountpoint: `/v/${name}`,
    scope: 'local',
    labels: {},
    usedBy: usedBy.map(n => ({ id: `id-${n}`, name: n })),
  };
}

describe('volumes view rows', () => {
  it('adds sizes from disk usage where the engine reports them, sorted by name', () => {
    const sizes: VolumeSummary[] = [
      { name: 'b', driver: 'local', mountpoint: '', scope: 'local', labels: {}, size: 42 },
      { name: 'a', driver: 'local', mountpoint: '', scope: 'local', labels: {}, size: -1 },
    ];
    const rows = withSizes([volume('b'), volume('a')], sizes);
    assert.deepEqual(
      rows.map(r => [r.name, r.size]),
      [
        ['a', undefined],
        ['b', 42],
      ],
    );
  });

  it('names the containers using a volume', () => {
    assert.equal(usageText(volume('v', ['web', 'db'])), 'db, web');
    assert.equal(usageText(volume('v')), undefined);
  });

  it('parses labels typed as key=value pairs', () => {
    assert.deepEqual(parseLabels('a=1, b = two ,flag'), { a: '1', b: 'two', flag: '' });
    assert.deepEqual(parseLabels(''), {});
    assert.equal(parseLabels('=x'), undefined);
  });
});
