import * as vscode from 'vscode';
import type { CommandDeps } from '../shared/CommandDeps';
import { optionsFrom, type CommandOptions } from '../shared/commandOptions';
import { confirmDestructive, nameList } from '../shared/confirm';
import { removeEach, type RemovalResult } from '../shared/removeEach';
import { imageTargets } from './imageTargets';

export interface RemoveImagesOptions extends CommandOptions {
  /** Remove even images containers use (callers that skip the confirmation decide this up front). */
  readonly force?: boolean;
}

/**
 * `docker rmi`: asks first; an image containers use is explained and force is offered. A
 * container that is up keeps its image even then: that refusal is reported too.
 */
export async function removeImages(deps: CommandDeps, ...args: unknown[]): Promise<RemovalResult | undefined> {
  const options = optionsFrom<RemoveImagesOptions>(args);
  const targets = await imageTargets(deps, args, { many: true });
  if (!targets.length) {
    return undefined;
  }
  const refs = targets.map(t => t.ref);
  const remove = vscode.l10n.t('Remove');
  if (
    (await confirmDestructive(deps.dialogs, options, vscode.l10n.t('Remove {0} image(s)?', refs.length), nameList(refs), remove)) !== remove
  ) {
    return undefined;
  }
  const force = vscode.l10n.t('Force Remove');
  try {
    return await removeEach(deps.dialogs, refs, {
      remove: ref => deps.engine().removeImage(ref, { force: options.force ?? false }),
      refusedWhen: ['conflict'],
      retry: options.skipConfirmation
        ? undefined
        : async (ref, refusal) => {
            if ((await deps.dialogs.showWarningMessage(refusal.message, { modal: true }, force)) !== force) {
              return false;
            }
            await deps.engine().removeImage(ref, { force: true });
            return true;
          },
    });
  } finally {
    await deps.trees.images.reload();
  }
}
