import * as vscode from 'vscode';
import type { CommandDeps } from '../shared/CommandDeps';
import { withCancellableProgress } from '../shared/withProgress';
import { imageTargets } from './imageTargets';
import { LayerProgress } from './layerProgress';

/** `docker push` of each chosen tag, with progress per layer, cancellable. */
export async function pushImage(deps: CommandDeps, ...args: unknown[]): Promise<string[]> {
  const targets = (await imageTargets(deps, args, { many: false, taggedOnly: true })).filter(t => t.tag);
  const pushed: string[] = [];
  for (const target of targets) {
    const tag = target.tag ?? target.ref;
    await withCancellableProgress(vscode.l10n.t('Pushing {0}', tag), async (signal, report) => {
      const progress = new LayerProgress();
      await deps.engine().pushImage(
        tag,
        {
          onProgress: event => {
            const p = progress.update(event);
            report(p.message, p.increment);
          },
        },
        signal,
      );
    });
    pushed.push(tag);
  }
  if (pushed.length) {
    void deps.dialogs.showInformationMessage(vscode.l10n.t('Pushed {0}.', pushed.join(', ')));
  }
  return pushed;
}
