import type { ResourceEvent, ResourceKind } from '../types';
import type { RawEvent } from './raw';

const kinds: readonly ResourceKind[] = ['container', 'image', 'volume', 'network', 'service', 'node', 'secret', 'config'];

/** Maps one /events message; undefined for types Dockhand does not track (daemon, plugin, …). */
export function toResourceEvent(raw: RawEvent): ResourceEvent | undefined {
  const type = raw.Type as ResourceKind;
  if (!kinds.includes(type)) {
    return undefined;
  }
  const time = raw.timeNano ? new Date(raw.timeNano / 1e6) : new Date((raw.time ?? 0) * 1000);
  return {
    type,
    // "exec_start: sh" and "health_status: healthy" carry a detail after the colon.
    action: (raw.Action ?? '').split(':')[0]?.trim() ?? '',
    id: raw.Actor?.ID ?? raw.id ?? '',
    attributes: { ...(raw.Actor?.Attributes ?? {}) },
    time,
  };
}
