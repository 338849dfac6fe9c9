import type { NetworkSummary } from '../types';
import { dateOf, labelsOf } from './common';
import type { RawNetwork } from './raw';

/** Networks every engine creates; they cannot be removed. */
export const builtInNetworks: ReadonlySet<string> = new Set(['bridge', 'host', 'none']);

export function toNetworkSummary(raw: RawNetwork): NetworkSummary {
  const name = raw.Name ?? '';
  return {
    id: raw.Id ?? '',
    name,
    driver: raw.Driver ?? '',
    scope: raw.Scope ?? 'local',
    internal: raw.Internal === true,
    created: dateOf(raw.Created),
    labels: labelsOf(raw.Labels),
    // Swarm's ingress network is engine-managed too.
    builtIn: builtInNetworks.has(name) || (name === 'ingress' && raw.Driver === 'overlay'),
    subnets: (raw.IPAM?.Config ?? []).map(c => c.Subnet).filter((s): s is string => Boolean(s)),
  };
}
