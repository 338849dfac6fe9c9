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
    // The history, oldest first, names each layer's entry (the LABEL is metadata only).
    assert.deepEqual(
      analysis.layers.map(l => l.historyIndex),
      [0, 1, 2],
    );
    assert.deepEqual(
      analysis.history.map(h => h.emptyLayer),
      [false, false, false, true],
    );
  });

  it('reads one file of one layer from the export stream, each layer its own version', async () => {
    const image = await buildThreeLayerImage(`dockhand-test/layers-${testRunId}:t`);
    const analysis = await e.analyzeImageLayers(image);
    const [base, second, third] = analysis.layers.map(l => l.id);
    const kept2 = await e.readLayerFile(analysis.imageId, second ?? '', 'kept', 1 << 20);
    const kept3 = await e.readLayerFile(analysis.imageId, third ?? '', 'kept', 1 << 20);
    assert.ok(kept2.kind === 'file' && kept2.data.length === 1000 && kept2.data.every(b => b === 0));
    assert.ok(kept3.kind === 'file' && kept3.data.length === 2000);
    const passwd = await e.readLayerFile(analysis.imageId, base ?? '', 'etc/passwd', 1 << 20);
    assert.equal(passwd.kind === 'file' && Buffer.from(passwd.data).toString('utf8'), 'root:x:0:0:root:/root:/bin/sh\n');
    assert.deepEqual(await e.readLayerFile(analysis.imageId, third ?? '', 'wasted', 1 << 20), { kind: 'missing' });
    assert.deepEqual(await e.readLayerFile(analysis.imageId, second ?? '', 'wasted', 1000), { kind: 'tooBig', size: 300_000 });
  });
});
