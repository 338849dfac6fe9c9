import * as vscode from 'vscode';
import type { CommandDeps } from '../shared/CommandDeps';
import { imageReferenceInputProblem } from '../shared/imageReferenceInput';
import { imageTargets } from './imageTargets';

/** `docker tag`: (image, newTag?) — asks for the new reference when none was passed. */
export async function tagImage(deps: CommandDeps, ...args: unknown[]): Promise<string | undefined> {
  const [target] = await imageTargets(deps, args.slice(0, 1), { many: false });
  if (!target) {
    return undefined;
  }
  const given = args[1];
  const newTag =
    typeof given === 'string' && given
      ? given
      : await deps.dialogs.showInputBox({
          prompt: vscode.l10n.t('New tag for {0}', target.ref),
          value: target.tag,
          ignoreFocusOut: true,
          validateInput: imageReferenceInputProblem,
        });
  if (!newTag) {
    return undefined;
  }
  await deps.engine().tagImage(target.ref, newTag);
  await deps.trees.images.reload();
  return newTag;
}
