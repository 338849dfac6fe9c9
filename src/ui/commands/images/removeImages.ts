import * as vscode from 'vscode';
import { EngineError } from '../../../engine';
import type { CommandDeps } from '../shared/CommandDeps';
import { optionsFrom, type CommandOptions } from '../shared/commandOptions';
import { confirmDestructive, nameList } from '../shared/confirm';
import { imageTargets } from './imageTargets';

export interface RemoveImagesOptions extends CommandOptions {
  /** Remove even images containers use (callers that skip the confirmation decide this up front). */
  readonly force?: boolean;
}

export interface RemoveImagesResult {
  readonly removed: readonly string[];
  /** Images kept because containers use them, with the engine's explanation naming those containers. */
  readonly kept: ReadonlyArray<{ readonly ref: string; readonly reason: string }>;
}

/** `docker rmi`: asks first; an image containers use is explained, and force is offered. */
export async function removeImages(deps: CommandDeps, ...args: unknown[]): Promise<RemoveImagesResult | undefined> {
  const options = optionsFrom<RemoveImagesOptions>(args);
  const targets = await imageTargets(deps, args, { many: true });
  if (!targets.length) {
    return undefined;
  }
  const refs = targets.map(t => t.ref);
  const remove = vscode.l10n.t('Remove');
  if (await confirmDestructive(deps.dialogs, options, vscode.l10n.t('Remove {0} image(s)?', refs.length), nameList(refs), remove) !== remove) {
    return undefined;
  }
  const removed: string[] = [];
  const kept: Array<{ ref: string; reason: string }> = [];
  for (const ref of refs) {
    try {
      await deps.engine().removeImage(ref, { force: options.force ?? false });
      removed.push(ref);
    } catch (err) {
      if (!(err instanceof EngineError) || err.kind !== 'conflict') {
        throw err;
      }
      if (!options.skipConfirmation && await askForce(deps, err.message) && await forceRemove(deps, ref, kept)) {
        removed.push(ref);
      } else if (!kept.some(k => k.ref === ref)) {
        kept.push({ ref, reason: err.message });
      }
    }
  }
  await deps.trees.images.reload();
  if (kept.length && options.skipConfirmation) {
    void deps.dialogs.showWarningMessage(kept.map(k => k.reason).join('\n'));
  }
  return { removed, kept };
}

async function askForce(deps: CommandDeps, reason: string): Promise<boolean> {
  const force = vscode.l10n.t('Force Remove');
  return await deps.dialogs.showWarningMessage(reason, { modal: true }, force) === force;
}

/** A running container's image cannot be removed even by force: that refusal is reported too. */
async function forceRemove(deps: CommandDeps, ref: string, kept: Array<{ ref: string; reason: string }>): Promise<boolean> {
  try {
    await deps.engine().removeImage(ref, { force: true });
    return true;
  } catch (err) {
    if (err instanceof EngineError && err.kind === 'conflict') {
      kept.push({ ref, reason: err.message });
      void deps.dialogs.showWarningMessage(err.message);
      return false;
    }
    throw err;
  }
}
