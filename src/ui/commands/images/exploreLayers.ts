import * as vscode from 'vscode';
import type { CommandDeps } from '../shared/CommandDeps';
import { withCancellableProgress } from '../shared/withProgress';
import { imageTargets } from './imageTargets';
import { layersText } from './layersText';

/** The layer explorer for one image: reads its export stream and shows the analysis; resolves to it. */
export async function exploreLayers(deps: CommandDeps, ...args: unknown[]): Promise<{ text: string } | undefined> {
  const [target] = await imageTargets(deps, args, { many: false });
  if (!target) {
    return undefined;
  }
  const analysis = await withCancellableProgress(vscode.l10n.t('Reading the layers of {0}', target.ref), signal =>
    deps.engine().analyzeImageLayers(target.ref, signal),
  );
  const text = layersText(target.ref, analysis);
  await deps.documents.show(`${target.ref}.layers.txt`, text);
  return { ...analysis, text };
}
