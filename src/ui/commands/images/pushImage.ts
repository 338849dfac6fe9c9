import * as vscode from 'vscode';
import type { CommandDeps } from '../shared/CommandDeps';
import { imageTargets } from './imageTargets';
import { withLayerProgress } from './withLayerProgress';

/** `docker push` of each chosen tag, with progress per layer, cancellable. */
export async function pushImage(deps: CommandDeps, ...args: unknown[]): Promise<string[]> {
  const targets = (await imageTargets(deps, args, { many: false, taggedOnly: true })).filter(t => t.tag);
  const pushed: string[] = [];
  for (const target of targets) {
    const tag = target.tag ?? target.ref;
    await withLayerProgress(vscode.l10n.t('Pushing {0}', tag), (signal, onProgress) =>
      deps.engine().pushImage(tag, { onProgress }, signal),
    );
    pushed.push(tag);
  }
  if (pushed.length) {
    void deps.dialogs.showInformationMessage(vscode.l10n.t('Pushed {0}.', pushed.join(', ')));
  }
  return pushed;
}
