import * as vscode from 'vscode';
import { existingImageReferenceInputProblem } from '../shared/imageReferenceInput';
import type { CommandDeps } from '../shared/CommandDeps';
import { nodeOfKind } from '../shared/commandTargets';
import { withCancellableProgress } from '../shared/withProgress';
import type { ImageNode } from '../../trees/images/imagesView';
import { LayerProgress } from './layerProgress';

const isImageNode = nodeOfKind<ImageNode>('image');

/**
 * `docker pull`: the reference from the argument, a tagged image's node (pull it again for a newer
 * version), or an input box; progress per layer, cancellable.
 */
export async function pullImage(deps: CommandDeps, ...args: unknown[]): Promise<string | undefined> {
  const first = args[0];
  const ref =
    typeof first === 'string' && first
      ? first
      : isImageNode(first) && first.tag
        ? first.tag
        : await deps.dialogs.showInputBox({
            prompt: vscode.l10n.t('Image to pull'),
            placeHolder: 'alpine:latest',
            ignoreFocusOut: true,
            validateInput: existingImageReferenceInputProblem,
          });
  if (!ref) {
    return undefined;
  }
  await withCancellableProgress(vscode.l10n.t('Pulling {0}', ref), async (signal, report) => {
    const progress = new LayerProgress();
    await deps.engine().pullImage(
      ref,
      {
        onProgress: event => {
          const p = progress.update(event);
          report(p.message, p.increment);
        },
      },
      signal,
    );
  });
  void deps.dialogs.showInformationMessage(vscode.l10n.t('Pulled {0}.', ref));
  await deps.trees.images.reload();
  return ref;
}
