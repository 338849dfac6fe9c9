import * as vscode from 'vscode';
import { getManifest, manifestDigest } from '../../../registry';
import { digestReference, tagReference } from '../../trees/registries/registryNodes';
import { pullWithProgress } from '../images/pullImage';
import type { CommandDeps } from '../shared/CommandDeps';
import { engineAuthFor } from './registryAuth';
import { isRegistryNode, tagTarget } from './registryTargets';

/** Pulls a registry tag into the local engine with that registry's credentials; progress per layer, cancellable. */
export async function pullRegistryTag(deps: CommandDeps, ...args: unknown[]): Promise<string | undefined> {
  const tree = deps.trees.registries;
  const target = await tagTarget(deps, args[0]);
  if (!target) {
    return undefined;
  }
  const ref = tagReference(target.registry, target.repository, target.tag);
  await pullWithProgress(deps, ref, await engineAuthFor(tree.service, target.registry.host));
  return ref;
}

/** Puts the full `host/repository:tag` on the clipboard. */
export async function copyRegistryReference(deps: CommandDeps, ...args: unknown[]): Promise<string | undefined> {
  const target = await tagTarget(deps, args[0]);
  if (!target) {
    return undefined;
  }
  const ref = tagReference(target.registry, target.repository, target.tag);
  await vscode.env.clipboard.writeText(ref);
  return ref;
}

/** Puts `host/repository@sha256:…` on the clipboard: of a tag (asking the registry), a platform, or a digest row. */
export async function copyRegistryDigest(deps: CommandDeps, ...args: unknown[]): Promise<string | undefined> {
  const tree = deps.trees.registries;
  const first = args[0];
  let ref: string | undefined;
  if (isRegistryNode(first, 'detail') && first.copy) {
    ref = first.copy;
  } else if (isRegistryNode(first, 'platform')) {
    ref = digestReference(first.registry, first.repository, first.descriptor.digest);
  } else {
    const target = await tagTarget(deps, first);
    if (!target) {
      return undefined;
    }
    const digest = await manifestDigest(tree.service.client(target.registry.address), target.repository, target.tag);
    ref = digestReference(target.registry, target.repository, digest);
  }
  await vscode.env.clipboard.writeText(ref);
  return ref;
}

/** Shows the manifest (or index) exactly as the registry serves it, pretty-printed, read-only. */
export async function inspectRegistryManifest(deps: CommandDeps, ...args: unknown[]): Promise<vscode.TextDocument | undefined> {
  const tree = deps.trees.registries;
  const first = args[0];
  const target = isRegistryNode(first, 'platform')
    ? { registry: first.registry, repository: first.repository, tag: first.descriptor.digest }
    : await tagTarget(deps, first);
  if (!target) {
    return undefined;
  }
  const manifest = await getManifest(tree.service.client(target.registry.address), target.repository, target.tag);
  const text = JSON.stringify(JSON.parse(manifest.raw), null, 2);
  const name = `${target.repository.replace(/\//g, '_')}_${target.tag.replace(/[:]/g, '-')}.manifest.json`;
  return deps.documents.show(name, `${text}\n`, 'json');
}
