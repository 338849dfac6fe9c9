import * as vscode from 'vscode';
import type { DockerEngine, ImageSummary } from '../../../engine';
import { formatAge, formatBytes, shortId } from '../../util/format';
import type { ResourceView } from '../ResourceTreeProvider';

export interface ImageNode {
  readonly kind: 'image';
  readonly image: ImageSummary;
  /** The tag this node stands for; undefined for a dangling image. */
  readonly tag?: string;
}

/** The images view: one node per tag, as `docker images` lists them, dangling ones last. */
export function imagesView(engine: () => DockerEngine): ResourceView<ImageSummary[], ImageNode> {
  return {
    name: 'images',
    load: signal => engine().listImages({}, signal),
    roots: images => images
      .flatMap<ImageNode>(image => (image.tags.length ? image.tags.map(tag => ({ kind: 'image', image, tag })) : [{ kind: 'image', image }]))
      .sort((a, b) => (a.tag === undefined ? 1 : 0) - (b.tag === undefined ? 1 : 0) || (a.tag ?? '').localeCompare(b.tag ?? '')),
    children: () => [],
    toTreeItem: imageTreeItem,
  };
}

export function imageTreeItem(node: ImageNode): vscode.TreeItem {
  const { image, tag } = node;
  const item = new vscode.TreeItem(tag ?? `<none> ${shortId(image.id)}`, vscode.TreeItemCollapsibleState.None);
  item.id = `image:${image.id}:${tag ?? ''}`;
  item.description = `${formatBytes(image.size)} · ${formatAge(image.created)}`;
  item.contextValue = image.dangling ? 'image.dangling' : 'image.tagged';
  item.iconPath = new vscode.ThemeIcon('file-binary');
  item.tooltip = new vscode.MarkdownString(`**${tag ?? '<none>'}**\n\nID: \`${shortId(image.id)}\`\n\nSize: ${formatBytes(image.size)}\n\nCreated: ${image.created.toLocaleString()}`);
  return item;
}
