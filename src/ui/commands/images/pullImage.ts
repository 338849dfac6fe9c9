import * as vscode from 'vscode';
import type { RegistryAuth } from '../../../engine';
import { existingImageReferenceInputProblem } from '../shared/imageReferenceInput';
import type { CommandDeps } from '../shared/CommandDeps';
import { nodeOfKind } from '../shared/commandTargets';
import type { ImageNode } from '../../trees/images/imagesView';
import { withLayerProgress } from './withLayerProgress';

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
  await pullWithProgress(deps, ref);
  return ref;
}

/**
 * Pulls `ref` (with `auth` for its registry) under a cancellable notification with progress per
 * layer, says so, and reloads the images view: every pull command ends here.
 */
export async function pullWithProgress(deps: CommandDeps, ref: string, auth?: RegistryAuth): Promise<void> {
  await withLayerProgress(vscode.l10n.t('Pulling {0}', ref), (signal, onProgress) =>
    deps.engine().pullImage(ref, { auth, onProgress }, signal),
  );
  void deps.dialogs.showInformationMessage(vscode.l10n.t('Pulled {0}.', ref));
  await deps.trees.images.reload();
}
