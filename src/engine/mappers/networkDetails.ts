import type { NetworkEndpoint } from '../volumeNetworkTypes';
import { containerNameOf } from './containers';

export interface RawNetworkInspect {
  Containers?: Record<string, { Name?: string; IPv4Address?: string; IPv6Address?: string; MacAddress?: string } | null> | null;
}

/** The containers attached to a network, from its inspect document's `Containers` map. */
export function toNetworkEndpoints(raw: RawNetworkInspect): NetworkEndpoint[] {
  return Object.entries(raw.Containers ?? {})
    .map(([id, c]) => ({
      id,
      name: containerNameOf({ Id: id, Name: c?.Name }),
      ipv4Address: c?.IPv4Address || undefined,
      ipv6Address: c?.IPv6Address || undefined,
      macAddress: c?.MacAddress || undefined,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
