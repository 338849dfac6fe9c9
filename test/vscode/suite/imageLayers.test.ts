import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { ImageLayerAnalysis } from '../../../src/engine';
import type { BuildCommandResult } from '../../../src/ui/commands/images/buildImage';
import type { LayerNode, LayerPathNode, LayersNode } from '../../../src/ui/layers/LayersTreeProvider';
import { layerUri } from '../../../src/ui/layers/layerUris';
import { eventually } from '../../support/eventually';
import { buildThreeLayerImage, labels, removeLabelled, testRunId, threeLayerDockerfile } from '../../support/testDocker';
import { dockhand, openWorkspaceFile, reportedBy } from './helpers';
import { paneTexts, screenshotWithOnly } from './page';

/** What the test writes: the first and second versions of a kept file, and a wasted one (300,000 zero bytes). */
const firstKept = 'kept, first version\n';
const secondKept = 'kept, the second and longer version\n';
const dockerfile = [
  'FROM dockhand-test/busybox:base',
  `RUN head -c 300000 /dev/zero > /wasted.bin && mkdir -p /app/notes && echo '${firstKept.trim()}' > /app/notes/kept.txt`,
  `RUN rm /wasted.bin && echo '${secondKept.trim()}' > /app/notes/kept.txt`,
  'ENV STAGE=done',
  '',
].join('\n');

/** The base image's file bytes, known from how scripts/make-test-images.sh made it. */
const baseBytes = fs.statSync('/bin/busybox').size + 'root:x:0:0:root:/root:/bin/sh\n'.length + 'root:x:0:\n'.length;

const text = (data: Uint8Array) => Buffer.from(data).toString('utf8');
const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));
/** Only the code-server runner drives a browser page; desktop VS Code (test-electron) has none to ask. */
const rendered = Boolean(process.env.DOCKHAND_PAGE_BRIDGE);

async function layersTree() {
  return (await dockhand()).trees.layers;
}

async function layerNode(layer: number): Promise<LayerNode> {
  const node = (await layersTree()).getChildren().find((n): n is LayerNode => n.kind === 'layer' && n.layer === layer);
  assert.ok(node, `layer ${layer} in the Image Layers view`);
  return node;
}

/** A path node under a layer, walking the folder tree the view shows. */
async function pathNode(layer: number, path: string): Promise<LayerPathNode> {
  const tree = await layersTree();
  let node: LayersNode = await layerNode(layer);
  for (const part of path.split('/')) {
    const children: LayersNode[] = tree.getChildren(node);
    const next = children.find((c): c is LayerPathNode => c.kind === 'layerPath' && c.path.split('/').pop() === part);
    assert.ok(next, `${part} under layer ${layer}: ${children.map(c => label(tree.getTreeItem(c))).join(', ')}`);
    node = next;
  }
  return node as LayerPathNode;
}

/** The text of the Image Layers pane as the browser renders it (its header is upper-cased by CSS). */
async function layersPaneText(): Promise<string> {
  return (await paneTexts()).find(t => /^IMAGE LAYERS/m.test(t)) ?? '';
}

/** Waits until the Image Layers pane, as rendered, satisfies `predicate`. */
async function renderedWhen(predicate: (shown: string) => boolean, what: string): Promise<void> {
  let shown = '';
  await eventually(async () => predicate((shown = await layersPaneText())), what).catch((err: unknown) => {
    throw new Error(`${String(err)}; the pane showed: ${JSON.stringify(shown)}`);
  });
}

describe('Image layer explorer', function () {
  this.timeout(240_000);
  after(async () => {
    // The view shows once an image is explored: hidden again, so later suites see the sidebar as a user first does.
    await vscode.commands.executeCommand('dockhand.images.closeLayers');
    await removeLabelled();
  });

  it('explores an image just built from its CodeLens: figures, the tree as rendered, files at a layer, the jump to each instruction', async () => {
    const editor = await openWorkspaceFile('layers/Dockerfile', dockerfile);
    const uri = editor.document.uri;
    const tag = `dockhand-test/layers-${testRunId}:built`;
    const built = await vscode.commands.executeCommand<BuildCommandResult>('dockhand.images.buildFromDockerfile', uri, { tag, labels });
    assert.ok(built?.imageId, 'the build produced an image');

    // The Dockerfile offers the image just built in the layer explorer.
    let lens: vscode.CodeLens | undefined;
    await eventually(async () => {
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
      lens = lenses.find(l => l.command?.title === `Explore layers of ${tag}`);
      return lens !== undefined;
    }, 'the Explore layers CodeLens after the build');
    assert.equal(lens?.range.start.line, 0, 'the lens sits on the final stage FROM');
    const command = lens?.command;
    assert.ok(command);
    const analysis = await vscode.commands.executeCommand<ImageLayerAnalysis & { ref: string }>(
      command.command,
      ...(command.arguments ?? []),
    );

    // The figures, by hand: /wasted.bin is 300,000 bytes then a whiteout (0); kept.txt is written twice.
    assert.equal(analysis.imageId, built.imageId);
    assert.equal(analysis.layers.length, 3);
    assert.deepEqual(
      analysis.layers.map(l => l.size),
      [baseBytes, 300_000 + firstKept.length, secondKept.length],
    );
    const wasted = 300_000 + firstKept.length + secondKept.length;
    const efficiency = (baseBytes + firstKept.length) / (baseBytes + wasted);
    assert.equal(analysis.wastedBytes, wasted);
    assert.equal(analysis.efficiency, efficiency);
    assert.equal(analysis.totalSize, baseBytes + wasted);

    // The tree as its provider serves it.
    const tree = await layersTree();
    const roots = tree.getChildren().map(n => tree.getTreeItem(n));
    assert.equal(label(roots[0] ?? {}), `Efficiency: ${(efficiency * 100).toFixed(2)} %`);
    assert.equal(roots[1]?.description, `${wasted} bytes, 2 path(s)`);
    assert.match(label(roots[4] ?? {}), /^3 {2}RUN rm \/wasted\.bin/);
    const removed = await pathNode(3, 'wasted.bin');
    const changed = await pathNode(3, 'app/notes/kept.txt');
    const added = await pathNode(2, 'app/notes/kept.txt');
    assert.deepEqual(
      [removed, changed, added].map(n => [n.file?.kind, n.file?.size]),
      [
        ['removed', 300_000],
        ['changed', secondKept.length],
        ['added', firstKept.length],
      ],
    );
    assert.equal(tree.getTreeItem(changed).description, `changed · ${secondKept.length} B`);

    // Files at a layer: each version as the test wrote it, gone after its removal, links followed.
    const hex = analysis.imageId.replace(/^sha256:/, '');
    assert.equal(text(await vscode.workspace.fs.readFile(layerUri(hex, 2, 'app/notes/kept.txt'))), firstKept);
    assert.equal(text(await vscode.workspace.fs.readFile(layerUri(hex, 3, 'app/notes/kept.txt'))), secondKept);
    const wastedBytes = await vscode.workspace.fs.readFile(layerUri(hex, 2, 'wasted.bin'));
    assert.equal(wastedBytes.length, 300_000);
    assert.ok(wastedBytes.every(b => b === 0));
    await assert.rejects(Promise.resolve(vscode.workspace.fs.readFile(layerUri(hex, 3, 'wasted.bin'))), /FileNotFound|EntryNotFound/);
    assert.deepEqual(await vscode.workspace.fs.readDirectory(layerUri(hex, 3, 'app/notes')), [['kept.txt', vscode.FileType.File]]);
    const sh = await vscode.workspace.fs.stat(layerUri(hex, 1, 'bin/sh'));
    assert.equal(sh.type, vscode.FileType.SymbolicLink | vscode.FileType.File);
    assert.equal((await vscode.workspace.fs.readFile(layerUri(hex, 3, 'bin/sh'))).length, fs.statSync('/bin/busybox').size);
    await assert.rejects(
      Promise.resolve(vscode.workspace.fs.writeFile(layerUri(hex, 3, 'app/notes/kept.txt'), Buffer.from('x'))),
      /NoPermissions|read-?only/i,
    );
    // Clicking the changed file opens it at its layer; the removed one opens as the layer below had it.
    const open = tree.getTreeItem(changed).command;
    assert.ok(open);
    await vscode.commands.executeCommand(open.command, ...(open.arguments ?? []));
    assert.equal(vscode.window.activeTextEditor?.document.getText(), secondKept);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), layerUri(hex, 3, 'app/notes/kept.txt').toString());
    assert.equal(String(tree.getTreeItem(removed).command?.arguments?.[0]), layerUri(hex, 2, 'wasted.bin').toString());

    // From a layer to the instruction that made it; the base image's layer says where it came from.
    const toLayer3 = await vscode.commands.executeCommand<{ uri: vscode.Uri; line: number }>(
      'dockhand.images.goToLayerInstruction',
      await layerNode(3),
    );
    assert.equal(toLayer3.uri.toString(), uri.toString());
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    assert.equal(vscode.window.activeTextEditor?.selection.active.line, 2);
    await vscode.commands.executeCommand('dockhand.images.goToLayerInstruction', await layerNode(2));
    assert.equal(vscode.window.activeTextEditor?.selection.active.line, 1);
    const base = await reportedBy('dockhand.images.goToLayerInstruction', await layerNode(1));
    assert.equal(base.kind, 'invalid');
    assert.match(base.message, /Layer 1 of .* comes from the base image of Dockerfile/);

    if (rendered) {
      // As the browser renders it (the pane is small: the figures at the top, then layer 3's files).
      const [top] = tree.getChildren();
      assert.ok(top);
      await tree.reveal(top);
      await renderedWhen(
        shown => shown.includes(`Efficiency: ${(efficiency * 100).toFixed(2)} %`) && /Wasted space: 30\d kB/.test(shown),
        'the figures rendered',
      );
      await tree.reveal(changed, { expand: true });
      await tree.reveal(removed);
      await renderedWhen(
        shown =>
          /3 {2}RUN rm \/wasted\.bin/.test(shown) &&
          /wasted\.bin\s*removed · 300 kB/.test(shown) &&
          new RegExp(`kept\\.txt\\s*changed · ${secondKept.length} B`).test(shown),
        'layer 3 rendered with its removed and changed files',
      );
      const screenshot = process.env.DOCKHAND_LAYERS_SCREENSHOT;
      if (screenshot) {
        await vscode.commands.executeCommand('vscode.open', layerUri(hex, 3, 'app/notes/kept.txt'));
        const [firstWaster] = tree.getChildren(tree.getChildren()[1]);
        assert.ok(firstWaster);
        await tree.reveal(firstWaster);
        await screenshotWithOnly('dockhand.layers', screenshot);
      }
    }
  });

  it('jumps to the instruction in an open Dockerfile that matches an image built elsewhere, and says when none does', async () => {
    const image = await buildThreeLayerImage(`dockhand-test/layers-${testRunId}:elsewhere`);
    await vscode.commands.executeCommand('dockhand.images.exploreLayers', image, { layer: 3 });
    const none = await reportedBy('dockhand.images.goToLayerInstruction', 3);
    assert.equal(none.kind, 'invalid');
    assert.match(none.message, /no open Dockerfile matches its history/);
    const editor = await openWorkspaceFile('elsewhere/Dockerfile', threeLayerDockerfile);
    await vscode.commands.executeCommand('dockhand.images.goToLayerInstruction', 3);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString());
    assert.equal(vscode.window.activeTextEditor?.selection.active.line, 2);
  });
});
