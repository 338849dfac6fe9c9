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
  // "exec_start: sh" and "health_status: healthy" carry a detail after the colon.
  const [verb = '', detail] = (raw.Action ?? '').split(/:(.*)/s).map(part => part.trim());
  const attributes: Record<string, string> = { ...(raw.Actor?.Attributes ?? {}) };
  // Podman spells a few things its own way: "died", `containerExitCode`, and the health status
  // in an attribute rather than after the colon. Consumers see Docker's spelling only.
  if (attributes.containerExitCode !== undefined && attributes.exitCode === undefined) {
    attributes.exitCode = attributes.containerExitCode;
  }
  if (verb === 'health_status' && detail && attributes.health_status === undefined) {
    attributes.health_status = detail;
  }
  return {
    type,
    action: podmanActions[`${type}.${verb}`] ?? verb,
    id: raw.Actor?.ID ?? raw.id ?? '',
    attributes,
    time,
  };
}

/** Podman's action names where Docker's differ, by `<type>.<action>`. */
const podmanActions: Readonly<Record<string, string>> = {
  'container.died': 'die',
  'container.remove': 'destroy',
  'image.remove': 'delete',
  'volume.remove': 'destroy',
  'network.remove': 'destroy',
};
