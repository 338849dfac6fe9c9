import * as vscode from 'vscode';
import { imageTargets } from '../images/imageTargets';
import { withLayerProgress } from '../images/withLayerProgress';
import { optionsFrom, type CommandOptions } from '../shared/commandOptions';
import type { CommandDeps } from '../shared/CommandDeps';
import { engineAuthFor } from './registryAuth';
import { registryTarget } from './registryTargets';

interface PushOptions extends CommandOptions {
  /** `repository:tag` in the registry; default: the image's own name without its registry. */
  readonly name?: string;
}

/**
 * From the Images view: tags a local image for a registry (`host/repository:tag`) and pushes it
 * with that registry's credentials, with progress per layer. Arguments: the image (node or
 * reference), the registry (node or address), then `{ name }`.
 */
export async function pushToRegistry(deps: CommandDeps, ...args: unknown[]): Promise<string | undefined> {
  const [image] = await imageTargets(deps, args.slice(0, 1), { many: false, taggedOnly: true });
  if (!image?.tag) {
    return undefined;
  }
  const tree = deps.trees.registries;
  const registry = await registryTarget(
    deps,
    typeof args[1] === 'string' || (typeof args[1] === 'object' && args[1] && 'kind' in args[1]) ? args[1] : undefined,
    vscode.l10n.t('Registry to push {0} to', image.tag),
  );
  if (!registry) {
    return undefined;
  }
  const suggested = withoutRegistry(image.tag);
  const name =
    optionsFrom<PushOptions>(args).name ??
    (await deps.dialogs.showInputBox({
      prompt: vscode.l10n.t('Name in {0} (repository:tag)', registry.host),
      value: suggested,
      ignoreFocusOut: true,
      validateInput: value =>
        /^[a-z0-9]+(?:[._/-][a-z0-9]+|__)*(?::[\w][\w.-]{0,127})?$/.test(value)
          ? undefined
          : vscode.l10n.t('Lower-case repository path, optionally :tag'),
    }));
  if (!name) {
    return undefined;
  }
  const target = registry.source === 'hub' ? name : `${registry.host}/${name}`;
  const withTag = /:[^/]+$/.test(target) ? target : `${target}:latest`;
  const engine = deps.engine();
  if (withTag !== image.tag) {
    await engine.tagImage(image.tag, withTag);
  }
  const auth = await engineAuthFor(tree.service, registry.host);
  await withLayerProgress(vscode.l10n.t('Pushing {0}', withTag), (signal, onProgress) =>
    engine.pushImage(withTag, { auth, onProgress }, signal),
  );
  tree.refresh({ kind: 'registry', registry });
  void deps.trees.images.reload();
  void deps.dialogs.showInformationMessage(vscode.l10n.t('Pushed {0}.', withTag));
  return withTag;
}

/** `127.0.0.1:5000/team/app:1` → `team/app:1`; `team/app:1` stays. */
function withoutRegistry(ref: string): string {
  const slash = ref.indexOf('/');
  const first = slash < 0 ? '' : ref.slice(0, slash);
  return slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost') ? ref.slice(slash + 1) : ref;
}
