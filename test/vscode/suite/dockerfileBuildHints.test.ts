import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { BuildCommandResult } from '../../../src/ui/commands/images/buildImage';
import { labels, removeLabelled, testRunId } from '../../support/testDocker';
import { eventually } from '../../support/eventually';
import { openWorkspaceFile } from './helpers';

const dockerfile = [
  'FROM dockhand-test/busybox:base',
  'RUN dd if=/dev/zero of=/blob bs=1024 count=300',
  'ENV GREETING=hello',
  'CMD ["cat", "/blob"]',
  '',
].join('\n');

/** The inlay hints VS Code shows now, once `predicate` holds (the server refreshes them after a build). */
async function hintsWhen(
  uri: vscode.Uri,
  range: vscode.Range,
  predicate: (hints: vscode.InlayHint[]) => boolean,
): Promise<vscode.InlayHint[]> {
  // No event tells an extension that a provider's hints changed: ask until they match.
  let hints: vscode.InlayHint[] = [];
  await eventually(
    async () =>
      predicate((hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', uri, range))),
    'the build-history inlay hints',
  );
  return hints;
}

const text = (hint: vscode.InlayHint) => (typeof hint.label === 'string' ? hint.label : hint.label.map(part => part.value).join(''));

describe('Dockerfile inlay hints after a real build', function () {
  this.timeout(180_000);
  after(() => removeLabelled());

  it('shows what each instruction added to the image, and "cached" on a rebuild', async () => {
    const editor = await openWorkspaceFile('hints/Dockerfile', dockerfile);
    const uri = editor.document.uri;
    const range = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const tag = `dockhand-test/hints-${testRunId}:latest`;
    const built = await vscode.commands.executeCommand<BuildCommandResult>('dockhand.images.buildFromDockerfile', uri, { tag, labels });
    assert.ok(built?.imageId, 'the build produced an image');

    const hints = await hintsWhen(uri, range, all => all.some(h => h.position.line === 1));
    const byLine = new Map(hints.map(h => [h.position.line, text(h)]));
    // 300 KiB of zeros: the RUN line carries the layer's size; ENV and CMD add no bytes.
    assert.match(byLine.get(1) ?? '', /30\d(\.\d+)? kB|0\.3 MB/, JSON.stringify([...byLine]));
    assert.match(byLine.get(2) ?? '', /0 B/);
    assert.match(byLine.get(3) ?? '', /0 B/);

    await vscode.commands.executeCommand<BuildCommandResult>('dockhand.images.buildFromDockerfile', uri, { tag, labels });
    const again = await hintsWhen(uri, range, all => all.some(h => h.position.line === 1 && /cached/.test(text(h))));
    assert.ok(again.some(h => h.position.line === 1 && /cached/.test(text(h))));
  });
});
