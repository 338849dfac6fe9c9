import * as vscode from 'vscode';
import { deleteManifest, manifestDigest, tagsOnDigest } from '../../../registry';
import { tagReference } from '../../trees/registries/registryNodes';
import { confirmDestructive, nameList } from '../shared/confirm';
import { optionsFrom } from '../shared/commandOptions';
import type { CommandDeps } from '../shared/CommandDeps';
import { tagTarget } from './registryTargets';

export interface RemovedTag {
  readonly digest?: string;
  /** Every tag that went: the one asked for and those that shared its manifest. */
  readonly removed: readonly string[];
}

/**
 * Deletes a tag from its registry. The registry API deletes a manifest by digest, which takes every
 * tag on it: the confirmation names those, and the result lists them. A registry with deletion
 * disabled refuses (HTTP 405) and the message says so. Docker Hub deletes single tags through its API.
 */
export async function removeRegistryTag(deps: CommandDeps, ...args: unknown[]): Promise<RemovedTag | undefined> {
  const tree = deps.trees.registries;
  const target = await tagTarget(deps, args[0]);
  if (!target) {
    return undefined;
  }
  const options = optionsFrom(args);
  const ref = tagReference(target.registry, target.repository, target.tag);
  const remove = vscode.l10n.t('Delete');
  if (target.registry.source === 'hub') {
    if (
      !(await confirmDestructive(
        deps.dialogs,
        options,
        vscode.l10n.t('Delete {0} from Docker Hub?', ref),
        vscode.l10n.t('This cannot be undone.'),
        remove,
      ))
    ) {
      return undefined;
    }
    await tree.service.hub.deleteTag(target.repository, target.tag);
    tree.refresh({ kind: 'repository', registry: target.registry, repository: target.repository });
    return { removed: [target.tag] };
  }
  const client = tree.service.client(target.registry.address);
  const digest = await manifestDigest(client, target.repository, target.tag);
  const others = await tagsOnDigest(client, target.repository, digest, target.tag);
  const detail = others.length
    ? vscode.l10n.t(
        'The registry deletes the manifest {0}, and with it the other tags on it: {1}. This cannot be undone.',
        digest,
        nameList(others),
      )
    : vscode.l10n.t('The registry deletes the manifest {0}. This cannot be undone.', digest);
  if (
    !(await confirmDestructive(
      deps.dialogs,
      options,
      vscode.l10n.t('Delete {0} from {1}?', `${target.repository}:${target.tag}`, target.registry.host),
      detail,
      remove,
    ))
  ) {
    return undefined;
  }
  await deleteManifest(client, target.repository, digest);
  tree.refresh({ kind: 'repository', registry: target.registry, repository: target.repository });
  const removed = [target.tag, ...others];
  void deps.dialogs.showInformationMessage(
    others.length
      ? vscode.l10n.t('Deleted {0}; the tags {1} shared its manifest and are gone too.', ref, others.join(', '))
      : vscode.l10n.t('Deleted {0}.', ref),
  );
  return { digest, removed };
}
