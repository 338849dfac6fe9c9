import type { PruneResult } from '../containerTypes';
import type { ListOptions, NetworkSummary } from '../types';
import type { ConnectOptions, CreateNetworkOptions, NetworkWithContainers } from '../volumeNetworkTypes';

export interface NetworkOperations {
  listNetworks(options?: ListOptions, signal?: AbortSignal): Promise<NetworkSummary[]>;
  inspectNetwork(id: string, signal?: AbortSignal): Promise<Record<string, unknown>>;
  createNetwork(options: CreateNetworkOptions, signal?: AbortSignal): Promise<NetworkSummary>;
  /** Refuses the built-in networks (bridge, host, none) before asking the engine. */
  removeNetwork(idOrName: string, signal?: AbortSignal): Promise<void>;
  pruneNetworks(options?: ListOptions, signal?: AbortSignal): Promise<PruneResult>;
  connectNetwork(network: string, container: string, options?: ConnectOptions, signal?: AbortSignal): Promise<void>;
  disconnectNetwork(network: string, container: string, options?: { force?: boolean }, signal?: AbortSignal): Promise<void>;
  /** Networks with their connected containers and addresses. */
  listNetworksWithContainers(options?: ListOptions, signal?: AbortSignal): Promise<NetworkWithContainers[]>;
}
