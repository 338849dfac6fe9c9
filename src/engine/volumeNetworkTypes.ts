/** Dockhand's types for acting on volumes and networks. */
import type { ContainerRef } from './containerTypes';
import type { NetworkSummary, VolumeSummary } from './types';

export interface CreateVolumeOptions {
  readonly name?: string;
  readonly driver?: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly driverOpts?: Readonly<Record<string, string>>;
}

export interface VolumeUsage extends VolumeSummary {
  /** Containers (running or not) that mount the volume. */
  readonly usedBy: readonly ContainerRef[];
}

export type NetworkDriver = 'bridge' | 'overlay' | 'macvlan' | 'ipvlan';

export interface CreateNetworkOptions {
  readonly name: string;
  readonly driver?: NetworkDriver;
  readonly subnet?: string;
  readonly gateway?: string;
  readonly internal?: boolean;
  readonly attachable?: boolean;
  readonly labels?: Readonly<Record<string, string>>;
  /** Driver options, e.g. `parent` for macvlan/ipvlan. */
  readonly options?: Readonly<Record<string, string>>;
}

export interface ConnectOptions {
  readonly aliases?: readonly string[];
  readonly ipv4Address?: string;
}

export interface NetworkEndpoint extends ContainerRef {
  /** CIDR as the engine reports it, e.g. `172.18.0.2/16`. */
  readonly ipv4Address?: string;
  readonly ipv6Address?: string;
  readonly macAddress?: string;
}

export interface NetworkWithContainers extends NetworkSummary {
  readonly containers: readonly NetworkEndpoint[];
}
