import * as vscode from 'vscode';
import type { ContainerSummary, DockerEngine, ImageSummary } from '../../../engine';
import { parseImageReference } from '../../../shared/imageReference';
import { formatAge, formatBytes, shortId } from '../../util/format';
import type { ResourceView } from '../ResourceTreeProvider';
import { groupImages, type ImageGroup, type ImageRow } from './imageGroups';

export interface ImagesData {
  readonly images: readonly ImageSummary[];
  /** Listed with the images, to mark the images containers use. */
  readonly containers: readonly ContainerSummary[];
}

/** One tag of an image (or a dangling image): the node image commands act on. */
export interface ImageNode extends ImageRow {
  readonly kind: 'image';
}

export interface ImageGroupNode {
  readonly kind: 'imageGroup';
  readonly group: ImageGroup;
}

export type ImagesViewNode = ImageGroupNode | ImageNode;

/** The images view: a group per repository with a node per tag, as `docker images` lists them. */
export function imagesView(engine: () => DockerEngine, options: { hideDangling(): boolean }): ResourceView<ImagesData, ImagesViewNode> {
  return {
    name: 'images',
    load: async signal => {
      const [images, containers] = await Promise.all([engine().listImages({}, signal), engine().listContainers({ all: true }, signal)]);
      return { images, containers };
    },
    roots: data =>
      groupImages(data.images, data.containers, { hideDangling: options.hideDangling() }).map(group => ({ kind: 'imageGroup', group })),
    children: node => (node.kind === 'imageGroup' ? node.group.rows.map(row => ({ kind: 'image', ...row })) : []),
    toTreeItem: node => (node.kind === 'imageGroup' ? groupTreeItem(node.group) : imageTreeItem(node)),
  };
}

function groupTreeItem(group: ImageGroup): vscode.TreeItem {
  const label = group.dangling ? vscode.l10n.t('<none> (dangling)') : group.repository;
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = group.dangling ? 'imageGroup:<dangling>' : `imageGroup:${group.repository}`;
  item.description = vscode.l10n.t('{0} image(s)', group.rows.length);
  item.contextValue = group.dangling ? 'imageGroup.dangling' : 'imageGroup';
  item.iconPath = new vscode.ThemeIcon(group.dangling ? 'circle-slash' : 'repo');
  return item;
}

export function imageTreeItem(node: ImageRow): vscode.TreeItem {
  const { image, tag, usedBy } = node;
  const label = tag ? (parseImageReference(tag).tag ?? 'latest') : shortId(image.id);
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
  item.id = `image:${image.id}:${tag ?? ''}`;
  const inUse = usedBy.length ? ` · ${vscode.l10n.t('in use')}` : '';
  item.description = `${formatBytes(image.size)} · ${formatAge(image.created)}${inUse}`;
  // image.<tagged|dangling>[.inUse]: menus match with regexes such as /^image\.tagged/.
  item.contextValue = `image.${image.dangling || !tag ? 'dangling' : 'tagged'}${usedBy.length ? '.inUse' : ''}`;
  item.iconPath = new vscode.ThemeIcon(
    usedBy.length ? 'package' : 'file-binary',
    usedBy.length ? new vscode.ThemeColor('charts.green') : undefined,
  );
  item.tooltip = new vscode.MarkdownString(
    [
      `**${tag ?? '<none>'}**`,
      `ID: \`${shortId(image.id)}\``,
      `${vscode.l10n.t('Size')}: ${formatBytes(image.size)}`,
      `${vscode.l10n.t('Created')}: ${image.created.toLocaleString()}`,
      usedBy.length ? `${vscode.l10n.t('Used by')}: ${usedBy.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('\n\n'),
  );
  return item;
}
