import * as vscode from 'vscode';
import type { ImageLayerAnalysis } from '../../../engine';
import { UserError } from '../../../shared/UserError';
import type { CommandDeps } from '../shared/CommandDeps';
import { withCancellableProgress } from '../shared/withProgress';
import { imageTargets } from './imageTargets';

/** Context key that shows the Image Layers view once an image has been explored. */
const shownKey = 'dockhand.layers.shown';

/**
 * `dockhand.images.exploreLayers(image?, { layer? })`: reads the image's export stream once and
 * shows its layers in the Image Layers view (efficiency, wasted space, each layer's files); with
 * `layer` (1-based), that layer is revealed expanded. Resolves to the analysis and the ref shown.
 */
export async function exploreLayers(deps: CommandDeps, ...args: unknown[]): Promise<(ImageLayerAnalysis & { ref: string }) | undefined> {
  const [target] = await imageTargets(deps, args, { many: false });
  if (!target) {
    return undefined;
  }
  const options = (typeof args[1] === 'object' && args[1] !== null && !Array.isArray(args[1]) ? args[1] : {}) as { layer?: unknown };
  const analysis = await withCancellableProgress(vscode.l10n.t('Reading the layers of {0}', target.ref), signal =>
    deps.engine().analyzeImageLayers(target.ref, signal),
  );
  deps.files.layers.remember(analysis);
  deps.trees.layers.show({ ref: target.ref, analysis });
  await vscode.commands.executeCommand('setContext', shownKey, true);
  await vscode.commands.executeCommand('dockhand.layers.focus');
  if (options.layer !== undefined) {
    const node = deps.trees.layers.layerNode(Number(options.layer));
    if (!node) {
      throw new UserError(
        vscode.l10n.t('{0} has {1} layers: there is no layer {2}.', target.ref, analysis.layers.length, JSON.stringify(options.layer)),
      );
    }
    await deps.trees.layers.reveal(node, { expand: true });
  }
  return { ...analysis, ref: target.ref };
}

/** `dockhand.images.closeLayers`: empties and hides the Image Layers view. */
export async function closeLayers(deps: CommandDeps): Promise<void> {
  deps.trees.layers.show(undefined);
  await vscode.commands.executeCommand('setContext', shownKey, false);
}
