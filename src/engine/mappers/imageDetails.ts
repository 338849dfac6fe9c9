// Pure mappers for image history, removal and streamed progress.
import type { ImageHistoryEntry, ProgressEvent, RemoveImageResult } from '../imageTypes';
import { dateOf } from './common';

export interface RawHistory {
  Id?: string;
  Created?: number;
  CreatedBy?: string;
  Size?: number;
  Tags?: string[] | null;
  Comment?: string;
}

export function toHistoryEntry(raw: RawHistory): ImageHistoryEntry {
  return {
    id: raw.Id ?? '<missing>',
    created: dateOf(raw.Created) ?? new Date(0),
    createdBy: raw.CreatedBy ?? '',
    size: raw.Size ?? 0,
    tags: (raw.Tags ?? []).filter(t => t !== '<none>:<none>'),
    comment: raw.Comment ?? '',
  };
}

export function toRemoveImageResult(raw: Array<{ Untagged?: string; Deleted?: string }> | null | undefined): RemoveImageResult {
  const items = raw ?? [];
  return {
    untagged: items.map(i => i.Untagged).filter((s): s is string => Boolean(s)),
    deleted: items.map(i => i.Deleted).filter((s): s is string => Boolean(s)),
  };
}

/** One NDJSON line of pull, push, load or build progress. */
export interface RawProgress {
  id?: string;
  status?: string;
  progressDetail?: { current?: number; total?: number } | null;
  stream?: string;
  aux?: { ID?: string; Tag?: string; Digest?: string } | null;
  error?: string;
  errorDetail?: { message?: string } | null;
}

/** The failure a progress stream reports in-band (the HTTP status is already 200 by then). */
export function progressError(raw: RawProgress): string | undefined {
  const message = raw.errorDetail?.message ?? raw.error;
  return message ? message.trim() : undefined;
}

export function toProgressEvent(raw: RawProgress): ProgressEvent | undefined {
  if (!raw.status) {
    return undefined;
  }
  const detail = raw.progressDetail ?? {};
  return {
    id: raw.id || undefined,
    status: raw.status,
    current: typeof detail.current === 'number' ? detail.current : undefined,
    total: typeof detail.total === 'number' && detail.total > 0 ? detail.total : undefined,
  };
}
