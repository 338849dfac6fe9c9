import type { ImageSummary } from '../types';
import { dateOf, labelsOf } from './common';
import type { RawImage } from './raw';

/** Old engines report untagged images as "<none>:<none>"; they are dangling, not tagged. */
function realTags(tags: readonly string[] | null | undefined): string[] {
  return (tags ?? []).filter(tag => tag !== '<none>:<none>' && tag !== '<none>@<none>');
}

export function toImageSummary(raw: RawImage): ImageSummary {
  const tags = realTags(raw.RepoTags);
  const digests = (raw.RepoDigests ?? []).filter(d => !d.startsWith('<none>'));
  return {
    id: raw.Id ?? '',
    tags,
    digests,
    created: dateOf(raw.Created) ?? new Date(0),
    size: raw.Size ?? 0,
    labels: labelsOf(raw.Labels),
    containers: raw.Containers ?? -1,
    dangling: tags.length === 0 && digests.length === 0,
  };
}
