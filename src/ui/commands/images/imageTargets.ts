import * as vscode from 'vscode';
import { commandTargets, nodeOfKind, pickTargets } from '../shared/commandTargets';
import type { CommandDeps } from '../shared/CommandDeps';
import type { ImageNode } from '../../trees/images/imagesView';
import { shortId } from '../../util/format';

/** An image a command acts on: a tag when there is one, else the image id. */
export interface ImageTarget {
  /** What the engine is asked about: `repo:tag`, or the id of a dangling image. */
  readonly ref: string;
  /** The tag this target names, if it names one. */
  readonly tag?: string;
}

const isImageNode = nodeOfKind<ImageNode>('image');

export function imageTargets(
  deps: CommandDeps,
  args: readonly unknown[],
  pick: { many: boolean; taggedOnly?: boolean },
): Promise<ImageTarget[]> {
  return commandTargets<ImageTarget>(args, {
    fromNode: node => (isImageNode(node) ? { ref: node.tag ?? node.image.id, tag: node.tag } : undefined),
    fromString: ref => ({ ref, tag: ref.startsWith('sha256:') ? undefined : ref }),
    pick: () => pickImages(deps, pick),
  });
}

async function pickImages(deps: CommandDeps, options: { many: boolean; taggedOnly?: boolean }): Promise<ImageTarget[]> {
  const images = await deps.engine().listImages();
  const items = images
    .flatMap<ImageTarget>(image =>
      image.tags.length ? image.tags.map(tag => ({ ref: tag, tag })) : options.taggedOnly ? [] : [{ ref: image.id }],
    )
    .map(target => ({ label: target.tag ?? vscode.l10n.t('<none> {0}', shortId(target.ref)), target }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const placeHolder = options.many ? vscode.l10n.t('Choose images') : vscode.l10n.t('Choose an image');
  return (await pickTargets(deps.dialogs, items, { many: options.many, placeHolder })).map(p => p.target);
}
