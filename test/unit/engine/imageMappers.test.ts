import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  progressError,
  toHistoryEntry,
  toProgressEvent,
  toRemoveImageResult,
  type RawProgress,
} from '../../../src/engine/mappers/imageDetails';
import { toDiskUsage } from '../../../src/engine/mappers/systemDf';
import { LineBuffer } from '../../../src/engine/streams/LineBuffer';
import { readFixture, repoRoot } from '../../support/fixtures';

function ndjson(name: string): RawProgress[] {
  return fs
    .readFileSync(path.join(repoRoot, 'test', 'fixtures', 'engine', name), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map(l => JSON.parse(l) as RawProgress);
}

describe('image mappers (recorded engine JSON)', () => {
  it('maps history, keeping <missing> layers and dropping <none> tags', () => {
    const history = readFixture<object[]>('engine/image.history.json').map(toHistoryEntry);
    assert.equal(history.length, 3);
    assert.deepEqual(history[0].tags, ['dockhand-test/busybox:latest']);
    assert.match(history[0].createdBy, /CMD \["sh" "-c"/);
    assert.deepEqual(history[1].tags, []);
    assert.equal(history[2].size, 1984172);
    assert.equal(history[2].created.getTime(), 1795434755000);
    assert.equal(toHistoryEntry({ Id: '<missing>', Tags: ['<none>:<none>'] }).id, '<missing>');
  });

  it('maps push and pull progress per layer', () => {
    const push = ndjson('image.push.ndjson')
      .map(toProgressEvent)
      .filter(e => e !== undefined);
    const pushing = push.find(e => e.status === 'Pushing');
    assert.deepEqual(pushing, { id: 'df1984b3f3bf', status: 'Pushing', current: 33280, total: 3000000 });
    assert.ok(push.some(e => e.status === 'Preparing' && e.id && e.current === undefined && e.total === undefined));
    const pull = ndjson('image.pull.ndjson')
      .map(toProgressEvent)
      .filter(e => e !== undefined);
    assert.ok(pull.some(e => e.status === 'Downloading' && e.id === 'e1e8c28c9bf8' && e.total === 3001126));
    assert.ok(pull.some(e => e.status.startsWith('Status: Downloaded newer image')));
    // The aux record at the end of a push carries no status: no event.
    assert.equal(toProgressEvent({ aux: { Tag: 'v1' } }), undefined);
  });

  it("finds in-band errors and the builder's lines", () => {
    const failed = ndjson('image.build-failed.ndjson');
    assert.equal(progressError(failed[failed.length - 1]), "The command '/bin/sh -c exit 42' returned a non-zero code: 42");
    assert.equal(progressError(failed[0]), undefined);
    const lines = new LineBuffer();
    const out = ndjson('image.build.ndjson')
      .flatMap(r => (r.stream ? lines.push(r.stream) : []))
      .concat(lines.flush());
    assert.deepEqual(out.slice(0, 4), [
      'Step 1/2 : FROM dockhand-test/busybox:base',
      ' ---> a4b6a0859ba7',
      'Step 2/2 : RUN echo hello',
      ' ---> Running in a518c3739d6c',
    ]);
    assert.ok(out.includes('hello'));
    assert.equal(
      ndjson('image.build.ndjson').find(r => r.aux?.ID)?.aux?.ID,
      'sha256:d62a4d2edcbd3027f22501e0dac1e950993e7b1aa0e074fcc604cf77e56eca97',
    );
  });

  it('maps an image removal into untagged and deleted', () => {
    assert.deepEqual(toRemoveImageResult([{ Untagged: 'a:1' }, { Deleted: 'sha256:x' }, { Deleted: 'sha256:y' }]), {
      untagged: ['a:1'],
      deleted: ['sha256:x', 'sha256:y'],
    });
    assert.deepEqual(toRemoveImageResult(null), { untagged: [], deleted: [] });
  });

  it('computes system df rows as the docker CLI does', () => {
    const df = toDiskUsage(readFixture('engine/system.df.json'));
    // Two images sharing all their layers, one used by the running container.
    assert.deepEqual(df.images, { total: 2, active: 1, size: 1984172, reclaimable: 1984172 });
    assert.deepEqual(df.containers, { total: 1, active: 1, size: 2, reclaimable: 0 });
    assert.deepEqual(df.volumes, { total: 1, active: 0, size: 0, reclaimable: 0 });
    assert.deepEqual(df.buildCache, { total: 0, active: 0, size: 0, reclaimable: 0 });
    const synthetic = toDiskUsage({
      LayersSize: 1000,
      Images: [
        { Containers: 1, Size: 600, SharedSize: 100 },
        { Containers: 0, Size: 400, SharedSize: 100 },
        { Containers: 2, Size: -1, SharedSize: -1 },
      ],
      Containers: [
        { State: 'exited', SizeRw: 30 },
        { State: 'paused', SizeRw: 5 },
        { State: 'removing', SizeRw: -1 },
      ],
      Volumes: [
        { UsageData: { Size: 70, RefCount: 1 } },
        { UsageData: { Size: 20, RefCount: 0 } },
        { UsageData: { Size: -1, RefCount: -1 } },
      ],
      BuildCache: [{ InUse: true, Size: 10 }, { Shared: true, Size: 50 }, { Size: 7 }],
    });
    assert.deepEqual(synthetic.images, { total: 3, active: 2, size: 1000, reclaimable: 500 });
    assert.deepEqual(
      synthetic.containers,
      { total: 3, active: 1, size: 35, reclaimable: 30 },
      'a container the engine could not size counts 0 B',
    );
    assert.deepEqual(synthetic.volumes, { total: 3, active: 1, size: 90, reclaimable: 20 });
    assert.deepEqual(synthetic.buildCache, { total: 3, active: 1, size: 17, reclaimable: 7 });
  });
});
