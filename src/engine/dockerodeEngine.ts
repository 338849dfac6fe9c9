// The only file that imports dockerode: everything above it sees Dockhand's own types.
import Dockerode from 'dockerode';
import type { EngineEndpoint } from './connection/EngineEndpoint';
import type { DockerEngine } from './DockerEngine';
import { dockerodeOptionsFor } from './dockerodeOptions';
import { EngineError, toEngineError } from './EngineError';
import { followEvents } from './eventStream';
import { toContainerSummary } from './mappers/containers';
import { toImageSummary } from './mappers/images';
import { toNetworkSummary } from './mappers/networks';
import type { RawContainer, RawImage, RawNetwork, RawVolume } from './mappers/raw';
import { toVolumeSummary } from './mappers/volumes';
import type {
  ContainerSummary, EngineEvent, EngineInfo, EngineVersion, ImageSummary, ListOptions, NetworkSummary, ResourceKind, VolumeSummary,
} from './types';

/** How long a ping may take before the endpoint counts as not answering. */
const pingTimeoutMs = 10_000;

export class DockerodeEngine implements DockerEngine {
  private readonly docker: Dockerode;

  /** The same client, typed with the abortSignal option that @types/dockerode omits on these calls. */
  private readonly withSignals: SignalAware;

  constructor(readonly endpoint: EngineEndpoint) {
    this.docker = new Dockerode(dockerodeOptionsFor(endpoint));
    this.withSignals = this.docker as unknown as SignalAware;
  }

  async ping(signal?: AbortSignal): Promise<void> {
    const timeout = AbortSignal.timeout(pingTimeoutMs);
    try {
      await this.call(s => this.withSignals.ping({ abortSignal: s }), AbortSignal.any(signal ? [signal, timeout] : [timeout]));
    } catch (err) {
      if (err instanceof EngineError && err.kind === 'cancelled' && timeout.aborted && !signal?.aborted) {
        throw new EngineError('timeout', `The Docker Engine at ${this.endpoint.url} did not answer within ${pingTimeoutMs / 1000} s.`, this.endpoint.url);
      }
      throw err;
    }
  }

  async version(signal?: AbortSignal): Promise<EngineVersion> {
    const v = await this.call(s => this.withSignals.version({ abortSignal: s }), signal);
    return { version: v.Version, apiVersion: v.ApiVersion, os: v.Os, arch: v.Arch, kernelVersion: v.KernelVersion };
  }

  async info(signal?: AbortSignal): Promise<EngineInfo> {
    const i = await this.call(s => this.withSignals.info({ abortSignal: s }), signal);
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
  }

  async listContainers(options: ListOptions & { all?: boolean } = {}, signal?: AbortSignal): Promise<ContainerSummary[]> {
    const raw = await this.call(s => this.docker.listContainers({ all: options.all ?? true, filters: labelFilter(options), abortSignal: s }), signal);
    return (raw as RawContainer[]).map(toContainerSummary);
  }

  inspectContainer(id: string, signal?: AbortSignal): Promise<Record<string, unknown>> {
    return this.call(s => this.docker.getContainer(id).inspect({ abortSignal: s }) as Promise<unknown> as Promise<Record<string, unknown>>, signal);
  }

  async listImages(options: ListOptions = {}, signal?: AbortSignal): Promise<ImageSummary[]> {
    const raw = await this.call(s => this.docker.listImages({ filters: labelFilter(options), abortSignal: s } as Dockerode.ListImagesOptions), signal);
    return (raw as RawImage[]).map(toImageSummary);
  }

  inspectImage(id: string, signal?: AbortSignal): Promise<Record<string, unknown>> {
    return this.call(s => this.docker.getImage(id).inspect({ abortSignal: s } as object) as Promise<unknown> as Promise<Record<string, unknown>>, signal);
  }

  async listVolumes(options: ListOptions = {}, signal?: AbortSignal): Promise<VolumeSummary[]> {
    const raw = await this.call(s => this.docker.listVolumes({ filters: labelFilter(options), abortSignal: s }), signal);
    return ((raw.Volumes ?? []) as RawVolume[]).map(toVolumeSummary);
  }

  inspectVolume(name: string, signal?: AbortSignal): Promise<Record<string, unknown>> {
    return this.call(s => this.docker.getVolume(name).inspect({ abortSignal: s }) as Promise<unknown> as Promise<Record<string, unknown>>, signal);
  }

  async listNetworks(options: ListOptions = {}, signal?: AbortSignal): Promise<NetworkSummary[]> {
    const raw = await this.call(s => this.docker.listNetworks({ filters: labelFilter(options), abortSignal: s }), signal);
    return (raw as RawNetwork[]).map(toNetworkSummary);
  }

  inspectNetwork(id: string, signal?: AbortSignal): Promise<Record<string, unknown>> {
    return this.call(s => this.withSignals.getNetwork(id).inspect({ abortSignal: s }), signal);
  }

  events(options: { types?: readonly ResourceKind[] }, signal: AbortSignal): AsyncIterable<EngineEvent> {
    const filters = options.types?.length ? { type: [...options.types] } : undefined;
    return followEvents({
      endpoint: this.endpoint.url,
      open: async s => (await this.docker.getEvents({ filters, abortSignal: s } as Dockerode.GetEventsOptions)) as AsyncIterable<Buffer>,
    }, signal);
  }

  /** Runs one dockerode call, turning whatever it throws into an EngineError. */
  private async call<T>(body: (signal: AbortSignal | undefined) => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) {
      throw new EngineError('cancelled', 'The operation was cancelled.', this.endpoint.url);
    }
    try {
      return await body(signal);
    } catch (err) {
      throw toEngineError(err, this.endpoint.url);
    }
  }
}

interface SignalOption { abortSignal?: AbortSignal }
interface SignalAware {
  ping(options: SignalOption): Promise<unknown>;
  version(options: SignalOption): Promise<Dockerode.DockerVersion>;
  info(options: SignalOption): Promise<Record<string, unknown>>;
  getNetwork(id: string): { inspect(options: SignalOption): Promise<Record<string, unknown>> };
}

function labelFilter(options: ListOptions): { label: string[] } | undefined {
  return options.labels?.length ? { label: [...options.labels] } : undefined;
}
