/**
 * How the images view groups what the engine lists: one group per repository with one row per
 * tag, dangling images in a group of their own, and for each row the containers using the image.
 * No `vscode` import, so that the unit tier checks it in plain Node.
 */
import type { ContainerSummary, ImageSummary } from '../../../engine';
import { repositoryOf } from '../../../shared/imageReference';

export interface ImageRow {
  readonly image: ImageSummary;
  /** The `repo:tag` this row stands for; undefined for a dangling image. */
  readonly tag?: string;
  /** Names of the containers (running or not) created from this image. */
  readonly usedBy: readonly string[];
}

export interface ImageGroup {
  /** The repository, e.g. `127.0.0.1:5000/team/app`; empty for the dangling group. */
  readonly repository: string;
  readonly dangling: boolean;
  readonly rows: readonly ImageRow[];
}

export function groupImages(
  images: readonly ImageSummary[],
  containers: readonly ContainerSummary[],
  options: { hideDangling: boolean },
): ImageGroup[] {
  const users = new Map<string, string[]>();
  for (const c of containers) {
    const list = users.get(c.imageId) ?? [];
    list.push(c.name);
    users.set(c.imageId, list);
  }
  const usedBy = (image: ImageSummary) => [...(users.get(image.id) ?? [])].sort();
  const byRepository = new Map<string, ImageRow[]>();
  const dangling: ImageRow[] = [];
  for (const image of images) {
    if (!image.tags.length) {
      dangling.push({ image, usedBy: usedBy(image) });
      continue;
    }
    for (const tag of image.tags) {
      const repository = repositoryOf(tag);
      const rows = byRepository.get(repository) ?? [];
      rows.push({ image, tag, usedBy: usedBy(image) });
      byRepository.set(repository, rows);
    }
  }
  const groups: ImageGroup[] = [...byRepository]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([repository, rows]) => ({ repository, dangling: false, rows: rows.sort((a, b) => (a.tag ?? '').localeCompare(b.tag ?? '')) }));
  if (dangling.length && !options.hideDangling) {
    groups.push({ repository: '', dangling: true, rows: dangling.sort((a, b) => b.image.created.getTime() - a.image.created.getTime()) });
  }
  return groups;
}
