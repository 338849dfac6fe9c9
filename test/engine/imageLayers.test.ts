import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { buildThreeLayerImage, removeLabelled, testRunId } from '../support/testDocker';
import { engine } from '../support/engineUnderTest';

describe('(integration) image layer explorer from the export stream', function () {
  this.timeout(120_000);
  const e = engine();
  after(removeLabelled);

  it('lists each layer with its instruction and changes, and computes wasted space and efficiency as dive does', async () => {
    const image = await buildThreeLayerImage(`dockhand-test/layers-${testRunId}:t`);
    const analysis = await e.analyzeImageLayers(image);
    assert.equal(analysis.layers.length, 3);
    const [base, second, third] = analysis.layers;
    // The base layer: the rootfs that scripts/make-test-images.sh imported (busybox from this machine).
    const busybox = fs.statSync('/bin/busybox').size;
    const passwd = 'root:x:0:0:root:/root:/bin/sh\n'.length;
    const group = 'root:x:0:\n'.length;
    const baseBytes = busybox + passwd + group;
    assert.equal(base?.size, baseBytes);
    assert.ok(base?.files.some(f => f.path === 'bin/busybox' && f.kind === 'added' && f.size === busybox));
    assert.match(second?.instruction ?? '', /^RUN head -c 300000/);
    assert.deepEqual(
      second?.files.map(f => [f.path, f.kind, f.size]),
      [
        ['kept', 'added', 1000],
        ['wasted', 'added', 300000],
      ],
    );
    assert.deepEqual(third?.files.map(f => [f.path, f.kind, f.size]).sort(), [
      ['kept', 'changed', 2000],
      ['wasted', 'removed', 300000],
    ]);
    assert.equal(third?.size, 2000);
    // dive: /wasted counts 300000 + 0 (its whiteout), /kept 1000 + 2000.
    assert.equal(analysis.wastedBytes, 303_000);
    assert.deepEqual(
      analysis.inefficiencies.map(i => [i.path, i.count, i.cumulativeSize]),
      [
        ['wasted', 2, 300000],
        ['kept', 2, 3000],
      ],
    );
    assert.equal(analysis.efficiency, (baseBytes + 1000) / (baseBytes + 303_000));
    assert.equal(analysis.totalSize, baseBytes + 301_000 + 2000);
  });
});
