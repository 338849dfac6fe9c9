import * as path from 'node:path';
import * as vscode from 'vscode';
import { UserError } from '../../../shared/UserError';
import { layerInstruction } from '../../layers/layerInstruction';
import type { LayerNode } from '../../layers/LayersTreeProvider';
import { nodeOfKind } from '../shared/commandTargets';
import type { CommandDeps } from '../shared/CommandDeps';

const isLayerNode = nodeOfKind<LayerNode>('layer');

/**
 * `dockhand.images.goToLayerInstruction(layerNode | layerNumber)`: opens the Dockerfile
 * instruction that made a layer of the image the Image Layers view shows. The Dockerfile is the
 * one Dockhand built the image from, else an open Dockerfile whose final stage matches the
 * image's history; a layer of the base image, or a Dockerfile edited since, is said so.
 */
export async function goToLayerInstruction(deps: CommandDeps, ...args: unknown[]): Promise<{ uri: vscode.Uri; line: number }> {
  const shown = deps.trees.layers.current;
  const layer = isLayerNode(args[0]) ? args[0].layer : typeof args[0] === 'number' ? args[0] : undefined;
  if (!shown || layer === undefined || !shown.analysis.layers[layer - 1]) {
    throw new UserError(vscode.l10n.t('Choose a layer in the Image Layers view (Explore Layers on an image first).'));
  }
  const { analysis, ref } = shown;
  const recorded = deps.builds.dockerfileOf(analysis.imageId);
  const candidates = recorded
    ? [await vscode.workspace.openTextDocument(vscode.Uri.parse(recorded))]
    : vscode.workspace.textDocuments.filter(doc => doc.languageId === 'dockerfile');
  let base: vscode.TextDocument | undefined;
  for (const doc of candidates) {
    const found = layerInstruction(doc.getText(), analysis, layer);
    if (found.kind === 'instruction') {
      const at = new vscode.Range(found.line, 0, found.line, 0);
      await vscode.window.showTextDocument(doc, { selection: at, preview: false });
      return { uri: doc.uri, line: found.line };
    }
    base ??= found.kind === 'base' ? doc : undefined;
  }
  if (base) {
    throw new UserError(
      vscode.l10n.t('Layer {0} of {1} comes from the base image of {2}, not from one of its instructions.', layer, ref, fileName(base.uri)),
    );
  }
  if (recorded) {
    throw new UserError(
      vscode.l10n.t('{0} no longer matches the history of {1}: was it edited since the build? Build it again.', fileName(recorded), ref),
    );
  }
  throw new UserError(
    vscode.l10n.t(
      'Dockhand did not build {0} here, and no open Dockerfile matches its history: open the Dockerfile it was built from.',
      ref,
    ),
  );
}

function fileName(uri: vscode.Uri | string): string {
  return path.basename(typeof uri === 'string' ? vscode.Uri.parse(uri).path : uri.path);
}
