import type { RawNode, RawSwarmInfo, RawSwarmObject } from '../mappers/swarmRaw';
import { toNodeSummary, toSwarmObjectSummary, toSwarmStatus } from '../mappers/swarmNodes';
import type { SwarmOperations } from '../operations/SwarmOperations';
import type {
  CreateSwarmObjectOptions,
  JoinTokens,
  NodeSummary,
  NodeUpdate,
  SwarmInitOptions,
  SwarmJoinOptions,
  SwarmObjectKind,
  SwarmObjectSummary,
  SwarmStatus,
} from '../swarmTypes';
import type { ListOptions } from '../types';
import { labelFilter, withSignal, type EngineClient } from './EngineClient';
import { encoded, swarmRequest, updateSpec } from './swarmRequests';

const objectPath: Record<SwarmObjectKind, string> = { secret: '/secrets', config: '/configs' };

export class DockerodeSwarm implements SwarmOperations {
  constructor(private readonly client: EngineClient) {}

  readonly swarmStatus = async (signal?: AbortSignal): Promise<SwarmStatus> => {
    const info = await this.client.call(s => this.client.untyped.info(withSignal({}, s)), signal);
    return toSwarmStatus(info.Swarm as RawSwarmInfo | undefined);
  };

  readonly initSwarm = async (options: SwarmInitOptions, signal?: AbortSignal): Promise<string> => {
    const body = { AdvertiseAddr: options.advertiseAddr, ListenAddr: options.listenAddr ?? '0.0.0.0:2377', ForceNewCluster: false };
    return swarmRequest<string>(this.client, { method: 'POST', path: '/swarm/init', body }, signal);
  };

  readonly joinSwarm = async (options: SwarmJoinOptions, signal?: AbortSignal): Promise<void> => {
    const body = {
      RemoteAddrs: [options.remoteAddr],
      JoinToken: options.token,
      ListenAddr: options.listenAddr ?? '0.0.0.0:2377',
      ...(options.advertiseAddr ? { AdvertiseAddr: options.advertiseAddr } : {}),
    };
    await swarmRequest(this.client, { method: 'POST', path: '/swarm/join', body }, signal);
  };

  readonly leaveSwarm = async (options: { force?: boolean } = {}, signal?: AbortSignal): Promise<void> => {
    await swarmRequest(this.client, { method: 'POST', path: '/swarm/leave', query: { force: options.force ?? false }, body: {} }, signal);
  };

  readonly joinTokens = async (signal?: AbortSignal): Promise<JoinTokens> => {
    const [swarm, info] = await Promise.all([
      swarmRequest<{ JoinTokens?: { Worker?: string; Manager?: string } }>(this.client, { method: 'GET', path: '/swarm' }, signal),
      this.client.call(s => this.client.untyped.info(withSignal({}, s)), signal),
    ]);
    const managers = ((info.Swarm as { RemoteManagers?: Array<{ Addr?: string }> | null } | undefined)?.RemoteManagers ?? [])
      .map(m => m.Addr ?? '')
      .filter(Boolean);
    return { worker: swarm.JoinTokens?.Worker ?? '', manager: swarm.JoinTokens?.Manager ?? '', managerAddrs: managers };
  };

  readonly listNodes = async (signal?: AbortSignal): Promise<NodeSummary[]> => {
    const raw = await swarmRequest<RawNode[]>(this.client, { method: 'GET', path: '/nodes' }, signal);
    return raw.map(toNodeSummary);
  };

  readonly inspectNode = (id: string, signal?: AbortSignal): Promise<Record<string, unknown>> => {
    return swarmRequest(this.client, { method: 'GET', path: `/nodes/${encoded(id)}` }, signal);
  };

  readonly updateNode = async (id: string, update: NodeUpdate, signal?: AbortSignal): Promise<void> => {
    await updateSpec<Record<string, unknown>>(
      this.client,
      `/nodes/${encoded(id)}`,
      spec => ({
        ...spec,
        ...(update.availability ? { Availability: update.availability } : {}),
        ...(update.role ? { Role: update.role } : {}),
        ...(update.labels ? { Labels: { ...update.labels } } : {}),
      }),
      signal,
    );
  };

  readonly listSwarmObjects = async (
    kind: SwarmObjectKind,
    options: ListOptions = {},
    signal?: AbortSignal,
  ): Promise<SwarmObjectSummary[]> => {
    const filters = labelFilter(options);
    const raw = await swarmRequest<RawSwarmObject[]>(
      this.client,
      {
        method: 'GET',
        path: objectPath[kind],
        query: filters ? { filters: JSON.stringify(filters) } : {},
      },
      signal,
    );
    return raw.map(toSwarmObjectSummary).sort((a, b) => a.name.localeCompare(b.name));
  };

  readonly inspectSwarmObject = async (kind: SwarmObjectKind, id: string, signal?: AbortSignal): Promise<Record<string, unknown>> => {
    const raw = await swarmRequest<Record<string, unknown>>(
      this.client,
      { method: 'GET', path: `${objectPath[kind]}/${encoded(id)}` },
      signal,
    );
    // The engine never returns a secret's value; should another implementation do so, it stays here.
    if (kind === 'secret' && raw.Spec && typeof raw.Spec === 'object') {
      delete (raw.Spec as Record<string, unknown>).Data;
    }
    return raw;
  };

  readonly createSwarmObject = async (kind: SwarmObjectKind, options: CreateSwarmObjectOptions, signal?: AbortSignal): Promise<string> => {
    const data = typeof options.data === 'string' ? Buffer.from(options.data, 'utf8') : options.data;
    const created = await swarmRequest<{ ID?: string }>(
      this.client,
      {
        method: 'POST',
        path: `${objectPath[kind]}/create`,
        body: { Name: options.name, Labels: { ...options.labels }, Data: data.toString('base64') },
      },
      signal,
    );
    return created.ID ?? '';
  };

  readonly removeSwarmObject = async (kind: SwarmObjectKind, id: string, signal?: AbortSignal): Promise<void> => {
    await swarmRequest(this.client, { method: 'DELETE', path: `${objectPath[kind]}/${encoded(id)}` }, signal);
  };
}
