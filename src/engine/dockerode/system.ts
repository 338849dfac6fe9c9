import type Dockerode from 'dockerode';
import { EngineError } from '../EngineError';
import { followEvents } from '../eventStream';
import { toImagePruneResult, toPruneResult } from '../mappers/containerDetails';
import { toDiskUsage, type RawDiskUsage } from '../mappers/systemDf';
import type { SystemOperations } from '../operations/SystemOperations';
import type { DiskUsage, SystemPruneOptions, SystemPruneResult } from '../systemTypes';
import type { EngineEvent, EngineInfo, EngineVersion, ResourceKind } from '../types';
import { labelFilter, withSignal, type EngineClient } from './EngineClient';

/** How long a ping may take before the endpoint counts as not answering. */
const pingTimeoutMs = 10_000;
/** How long GET /events may take to start answering. */
const eventsOpenTimeoutMs = 8_000;

export class DockerodeSystem implements SystemOperations {
  constructor(private readonly client: EngineClient) {}

  readonly ping = async (signal?: AbortSignal): Promise<void> => {
    const timeout = AbortSignal.timeout(pingTimeoutMs);
    try {
      await this.client.call(s => this.client.untyped.ping(withSignal({}, s)), AbortSignal.any(signal ? [signal, timeout] : [timeout]));
    } catch (err) {
      if (err instanceof EngineError && err.kind === 'cancelled' && timeout.aborted && !signal?.aborted) {
        throw this.client.error(
          'timeout',
          `The Docker Engine at ${this.client.endpoint.url} did not answer within ${pingTimeoutMs / 1000} s.`,
        );
      }
      throw err;
    }
  };

  readonly version = (signal?: AbortSignal): Promise<EngineVersion> => this.client.version(signal);

  readonly info = async (signal?: AbortSignal): Promise<EngineInfo> => {
    const i = await this.client.call(s => this.client.untyped.info(withSignal({}, s)), signal);
    const num = (key: string) => (typeof i[key] === 'number' ? i[key] : 0);
    const str = (key: string) => (typeof i[key] === 'string' ? i[key] : '');
    const swarm = i.Swarm as { LocalNodeState?: string } | undefined;
    return {
      name: str('Name'),
      serverVersion: str('ServerVersion'),
      containers: num('Containers'),
      containersRunning: num('ContainersRunning'),
      containersPaused: num('ContainersPaused'),
      containersStopped: num('ContainersStopped'),
      images: num('Images'),
      driver: str('Driver'),
      operatingSystem: str('OperatingSystem'),
      cpus: num('NCPU'),
      memoryBytes: num('MemTotal'),
      swarm: swarm?.LocalNodeState ?? 'inactive',
    };
  };

  readonly systemDf = async (signal?: AbortSignal): Promise<DiskUsage> => {
    const [raw, version] = await Promise.all([this.client.diskUsage(signal) as Promise<RawDiskUsage>, this.client.version(signal)]);
    return toDiskUsage(raw, version.product);
  };

  /** In the order `docker system prune` uses, so that what one step frees the next can remove. */
  readonly pruneSystem = async (options: SystemPruneOptions = {}, signal?: AbortSignal): Promise<SystemPruneResult> => {
    const docker = this.client.docker;
    const filters = labelFilter(options);
    const none = { removed: [], spaceReclaimed: 0 };
    const containers = toPruneResult(
      await this.client.call(s => docker.pruneContainers(withSignal({ filters }, s)), signal),
      'ContainersDeleted',
    );
    const networks = toPruneResult(
      await this.client.call(s => docker.pruneNetworks(withSignal({ filters }, s)), signal),
      'NetworksDeleted',
    );
    const volumes = options.volumes
      ? toPruneResult(await this.client.call(s => docker.pruneVolumes(withSignal({ filters }, s)), signal), 'VolumesDeleted')
      : none;
    const imageFilters = { ...filters, dangling: [options.allImages ? 'false' : 'true'] };
    const images = toImagePruneResult(await this.client.call(s => docker.pruneImages(withSignal({ filters: imageFilters }, s)), signal));
    const buildCache = filters
      ? none
      : toPruneResult(
          (await this.client.call(s => docker.pruneBuilder(withSignal({}, s)) as Promise<unknown>, signal)) as object,
          'CachesDeleted',
        );
    return {
      containers: containers.removed,
      networks: networks.removed,
      volumes: volumes.removed,
      images: images.removed,
      buildCache: buildCache.removed,
      spaceReclaimed: containers.spaceReclaimed + volumes.spaceReclaimed + images.spaceReclaimed + buildCache.spaceReclaimed,
    };
  };

  readonly events = (options: { types?: readonly ResourceKind[] }, signal: AbortSignal): AsyncIterable<EngineEvent> => {
    const filters = options.types?.length ? { type: [...options.types] } : undefined;
    return followEvents(
      {
        endpoint: this.client.endpoint.url,
        open: s => this.openEvents(filters, s),
      },
      this.client.withClosed(signal),
    );
  };

  /**
   * GET /events, which an engine answers at once (headers first, events as they come): one that
   * does not within a few seconds is hanging, and the views must say so rather than wait.
   */
  private async openEvents(filters: Record<string, string[]> | undefined, signal: AbortSignal): Promise<AsyncIterable<Buffer>> {
    const opening = new AbortController();
    const stop = () => opening.abort();
    signal.addEventListener('abort', stop, { once: true });
    const timer = setTimeout(stop, eventsOpenTimeoutMs);
    try {
      return (await this.client.docker.getEvents({
        filters,
        abortSignal: opening.signal,
      } as Dockerode.GetEventsOptions)) as AsyncIterable<Buffer>;
    } catch (err) {
      if (opening.signal.aborted && !signal.aborted) {
        throw this.client.error(
          'timeout',
          `The Docker Engine at ${this.client.endpoint.url} did not answer within ${eventsOpenTimeoutMs / 1000} s.`,
        );
      }
      throw err;
    } finally {
      clearTimeout(timer);
    }
  }
}
