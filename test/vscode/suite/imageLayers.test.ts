import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { buildThreeLayerImage, removeLabelled, testRunId } from '../../support/testDocker';

describe('Image layer explorer', function () {
  this.timeout(180_000);
  after(() => removeLabelled());

  it('explores a three-layer image with a wasted file and shows the figures', async () => {
    const image = await buildThreeLayerImage(`dockhand-test/layers-${testRunId}:vscode`);
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
