import { composeLabels } from '../composeLabels';
import type { ContainerState, ContainerSummary, HealthState, PortBinding } from '../types';
import { dateOf, labelsOf } from './common';
import type { RawContainer, RawPortMap } from './raw';

const states: readonly ContainerState[] = ['created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead'];

export function containerStateOf(raw: string | undefined): ContainerState {
  const state = (raw ?? '').toLowerCase() as ContainerState;
  return states.includes(state) ? state : 'unknown';
}

/** The health the engine writes into the status line: "Up 5 seconds (health: starting)". */
export function healthOf(status: string | undefined): HealthState | undefined {
  const match = /\((healthy|unhealthy|health: starting)\)/.exec(status ?? '');
  if (!match) {
    return undefined;
  }
  return match[1] === 'health: starting' ? 'starting' : (match[1] as HealthState);
}

/**
 * A container's name from any raw engine document: a list entry's first `Names` entry, or an
 * inspect document's `Name`, without the leading `/` the engine writes; the short id when none.
 */
export function containerNameOf(raw: { Id?: string; Names?: readonly string[] | null; Name?: string }): string {
  return (raw.Names?.[0] ?? raw.Name ?? (raw.Id ?? '').slice(0, 12)).replace(/^\//, '');
}

function protocolOf(type: string | undefined): PortBinding['protocol'] {
  return type === 'udp' || type === 'sctp' ? type : 'tcp';
}

export function toContainerSummary(raw: RawContainer): ContainerSummary {
  const id = raw.Id ?? '';
  const labels = labelsOf(raw.Labels);
  const ports: PortBinding[] = (raw.Ports ?? [])
    .filter(p => typeof p.PrivatePort === 'number')
    .map(p => ({
      containerPort: p.PrivatePort as number,
      protocol: protocolOf(p.Type),
      hostIp: p.IP || undefined,
      hostPort: p.PublicPort || undefined,
    }));
  return {
    id,
    name: containerNameOf(raw),
    image: raw.Image ?? '',
    imageId: raw.ImageID ?? '',
    command: raw.Command ?? '',
    created: dateOf(raw.Created) ?? new Date(0),
    state: containerStateOf(raw.State),
    status: raw.Status ?? '',
    health: healthOf(raw.Status),
    ports,
    labels,
    networks: Object.entries(raw.NetworkSettings?.Networks ?? {}).map(([network, settings]) => ({
      network,
      ipAddress: settings?.IPAddress || settings?.GlobalIPv6Address || undefined,
    })),
    mounts: (raw.Mounts ?? []).map(m => ({
      type: m.Type ?? 'bind',
      source: m.Source ?? '',
      destination: m.Destination ?? '',
      name: m.Name || undefined,
      readWrite: m.RW !== false,
    })),
    composeProject: labels[composeLabels.project],
    composeService: labels[composeLabels.service],
  };
}

/** An inspect document's `NetworkSettings.Ports`: `{ "8080/tcp": [{ HostIp, HostPort }] }`. */
export function toPortBindings(raw: RawPortMap | null | undefined): PortBinding[] {
  const bindings: PortBinding[] = [];
  for (const [key, hosts] of Object.entries(raw ?? {})) {
    const [port, protocol] = key.split('/');
    for (const host of hosts ?? []) {
      bindings.push({
        containerPort: Number(port),
        protocol: protocolOf(protocol),
        hostIp: host.HostIp || undefined,
        hostPort: host.HostPort ? Number(host.HostPort) : undefined,
      });
    }
  }
  return bindings;
}
