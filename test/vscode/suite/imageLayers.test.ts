import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { Readable } from 'node:stream';
import * as vscode from 'vscode';
import { packEntries } from '../../../src/engine/tar/tarHeader';
import { docker, removeLabelled, testLabelKey, testRunId } from '../../support/testDocker';

/** The test base image (busybox, /etc/passwd, /etc/group) plus a file written and removed, and one overwritten. */
async function buildThreeLayers(): Promise<string> {
  const tag = `dockhand-test/layers-${testRunId}:vscode`;
  const dockerfile = Buffer.from(
    [
      'FROM dockhand-test/busybox:base',
      'RUN head -c 300000 /dev/zero > /wasted && head -c 1000 /dev/zero > /kept',
      'RUN rm /wasted && head -c 2000 /dev/zero > /kept',
      `LABEL ${testLabelKey}=${testRunId}`,
      '',
    ].join('\n'),
  );
  const context = packEntries([
    { entry: { name: 'Dockerfile', type: 'file', size: dockerfile.length, mode: 0o644, mtime: new Date() }, data: dockerfile },
  ]);
  const stream = await docker().buildImage(Readable.from([context]), { t: tag });
  await new Promise((resolve, reject) =>
    docker().modem.followProgress(stream, (err: Error | null) => (err ? reject(err) : resolve(undefined))),
  );
  return tag;
}

describe('Image layer explorer', function () {
  this.timeout(180_000);
  after(() => removeLabelled());

  it('explores a three-layer image with a wasted file and shows the figures', async () => {
    const image = await buildThreeLayers();
    const result = await vscode.commands.executeCommand<{ text: string; wastedBytes: number; efficiency: number }>(
      'dockhand.images.exploreLayers',
      image,
    );
    // Expected from known sizes: the base layer's files, then /wasted (300000, removed) and /kept (1000, then 2000).
    const base = fs.statSync('/bin/busybox').size + 'root:x:0:0:root:/root:/bin/sh\n'.length + 'root:x:0:\n'.length;
    const efficiency = (base + 1000) / (base + 303_000);
    assert.equal(result.wastedBytes, 303_000);
    assert.equal(result.efficiency, efficiency);
    assert.match(result.text, /^Wasted space: +303 kB \(303000 bytes\)$/m);
    assert.match(result.text, new RegExp(`^Efficiency: +${(efficiency * 100).toFixed(2).replace('.', '\\.')} %$`, 'm'));
    assert.match(result.text, /^Layer 3 {2}2 kB {2}RUN rm \/wasted/m);
    assert.match(result.text, /^ {2}- \/wasted {2}300 kB$/m);
    assert.match(result.text, /^ {2}~ \/kept {2}2 kB$/m);
    const shown = vscode.window.activeTextEditor?.document;
    assert.equal(shown?.getText(), result.text);
  });
});
