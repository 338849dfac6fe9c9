import type { PruneResult } from '../containerTypes';
import { toPruneResult } from '../mappers/containerDetails';
import { toNetworkEndpoints } from '../mappers/networkDetails';
import { builtInNetworks, toNetworkSummary } from '../mappers/networks';
import type { RawNetwork } from '../mappers/raw';
import type { NetworkOperations } from '../operations/NetworkOperations';
import type { ListOptions, NetworkSummary } from '../types';
import type { ConnectOptions, CreateNetworkOptions, NetworkWithContainers } from '../volumeNetworkTypes';
import { labelFilter, withSignal, type EngineClient } from './EngineClient';

export class DockerodeNetworks implements NetworkOperations {
  constructor(private readonly client: EngineClient) {}

  readonly listNetworks = async (options: ListOptions = {}, signal?: AbortSignal): Promise<NetworkSummary[]> => {
    const raw = await this.client.call(s => this.client.docker.listNetworks(withSignal({ filters: labelFilter(options) }, s)), signal);
    return (raw as RawNetwork[]).map(toNetworkSummary);
  };

  readonly inspectNetwork = (id: string, signal?: AbortSignal): Promise<Record<string, unknown>> => {
    return this.client.call(s => this.client.untyped.getNetwork(id).inspect(withSignal({}, s)), signal);
  };

  readonly createNetwork = async (options: CreateNetworkOptions, signal?: AbortSignal): Promise<NetworkSummary> => {
    const ipamConfig = options.subnet || options.gateway ? [{ Subnet: options.subnet, Gateway: options.gateway }] : [];
    const network = await this.client.call(
      s =>
        this.client.docker.createNetwork(
          withSignal(
            {
              Name: options.name,
              Driver: options.driver ?? 'bridge',
              Internal: options.internal ?? false,
              Attachable: options.attachable ?? false,
              Labels: options.labels ? { ...options.labels } : undefined,
              Options: options.options ? { ...options.options } : undefined,
              IPAM: { Driver: 'default', Config: ipamConfig },
              CheckDuplicate: true,
            },
            s,
          ),
        ),
      signal,
    );
    return toNetworkSummary(await this.inspectNetwork(network.id, signal));
  };

  readonly removeNetwork = async (idOrName: string, signal?: AbortSignal): Promise<void> => {
    if (builtInNetworks.has(idOrName)) {
      throw this.client.error('invalid', `The network ${idOrName} is built into Docker and cannot be removed.`);
    }
    // Given an id, inspect first: the engine's own refusal is a bare 403 "operation not permitted".
    const network = toNetworkSummary(await this.inspectNetwork(idOrName, signal));
    if (network.builtIn) {
      throw this.client.error('invalid', `The network ${network.name} is built into Docker and cannot be removed.`);
    }
    await this.client.call(s => this.client.docker.getNetwork(network.id).remove(withSignal({}, s)), signal);
  };

  readonly pruneNetworks = async (options: ListOptions = {}, signal?: AbortSignal): Promise<PruneResult> => {
    const raw = await this.client.call(s => this.client.docker.pruneNetworks(withSignal({ filters: labelFilter(options) }, s)), signal);
    return toPruneResult(raw, 'NetworksDeleted');
  };

  readonly connectNetwork = async (
    network: string,
    container: string,
    options: ConnectOptions = {},
    signal?: AbortSignal,
  ): Promise<void> => {
    const endpoint = {
      Aliases: options.aliases?.length ? [...options.aliases] : undefined,
      IPAMConfig: options.ipv4Address ? { IPv4Address: options.ipv4Address } : undefined,
    };
    await this.client.call(
      s => this.client.docker.getNetwork(network).connect(withSignal({ Container: container, EndpointConfig: endpoint }, s)),
      signal,
    );
  };

  readonly disconnectNetwork = async (
    network: string,
    container: string,
    options: { force?: boolean } = {},
    signal?: AbortSignal,
  ): Promise<void> => {
    await this.client.call(
      s => this.client.docker.getNetwork(network).disconnect(withSignal({ Container: container, Force: options.force ?? false }, s)),
      signal,
    );
  };

  readonly listNetworksWithContainers = async (options: ListOptions = {}, signal?: AbortSignal): Promise<NetworkWithContainers[]> => {
    const networks = await this.listNetworks(options, signal);
    // The list endpoint leaves `Containers` empty; only inspect fills it.
    return Promise.all(
      networks.map(async network => {
        const raw = await this.inspectNetwork(network.id, signal).catch(() => ({}));
        return { ...network, containers: toNetworkEndpoints(raw) };
      }),
    );
  };
}
