import * as assert from 'node:assert/strict';
import { LayerProgress } from '../../../../src/ui/commands/images/layerProgress';

describe('pull/push progress per layer', () => {
  it('counts layers done and only ever moves forward', () => {
    const progress = new LayerProgress();
    progress.update({ status: 'Pulling from library/app', id: 'latest' });
    progress.update({ status: 'Pulling fs layer', id: 'aaa' });
    progress.update({ status: 'Pulling fs layer', id: 'bbb' });
    const half = progress.update({ status: 'Downloading', id: 'aaa', current: 500, total: 1000 });
    assert.match(half.message, /0\/2 layers · Downloading aaa 500 B\/1 kB/);
    // One of two layers half downloaded: 0.5 × 0.95 (a download is 95 % of a layer) / 2 = 23.75 %.
    assert.equal(half.increment, 23);
    const done = progress.update({ status: 'Pull complete', id: 'aaa' });
    assert.match(done.message, /^1\/2 layers/);
    // One of two layers done: 50 %, and 23 % were already reported.
    assert.equal(done.increment, 27);
    const last = progress.update({ status: 'Already exists', id: 'bbb' });
    assert.match(last.message, /^2\/2 layers/);
    assert.equal(last.increment, 50);
    assert.equal(progress.update({ status: 'Digest: sha256:x' }).increment, 0);
    assert.equal(half.increment + done.increment + last.increment, 100);
  });
});
