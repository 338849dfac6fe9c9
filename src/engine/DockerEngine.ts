import type { EngineEndpoint } from './connection/EngineEndpoint';
import type {
  ContainerSummary, EngineEvent, EngineInfo, EngineVersion, ImageSummary, ListOptions, NetworkSummary, ResourceKind, VolumeSummary,
} from './types';

/**
 * The narrow, typed face of a Docker Engine. Every method rejects only with an EngineError, and
 * every method takes an AbortSignal so that callers can cancel.
 */
export interface DockerEngine {
  /** Where this engine is, for messages and the status view. */
  readonly endpoint: EngineEndpoint;

  ping(signal?: AbortSignal): Promise<void>;
  version(signal?: AbortSignal): Promise<EngineVersion>;
  info(signal?: AbortSignal): Promise<EngineInfo>;

  listContainers(options?: ListOptions & { all?: boolean }, signal?: AbortSignal): Promise<ContainerSummary[]>;
  /** The engine's full inspect document, as JSON (shown to people as it is). */
  inspectContainer(id: string, signal?: AbortSignal): Promise<Record<string, unknown>>;

  listImages(options?: ListOptions, signal?: AbortSignal): Promise<ImageSummary[]>;
  inspectImage(id: string, signal?: AbortSignal): Promise<Record<string, unknown>>;

  listVolumes(options?: ListOptions, signal?: AbortSignal): Promise<VolumeSummary[]>;
  inspectVolume(name: string, signal?: AbortSignal): Promise<Record<string, unknown>>;

  listNetworks(options?: ListOptions, signal?: AbortSignal): Promise<NetworkSummary[]>;
  inspectNetwork(id: string, signal?: AbortSignal): Promise<Record<string, unknown>>;

  /**
   * The engine's events, until `signal` aborts. When the daemon goes away the stream yields a
   * `connection` event with the reason, reconnects with backoff, and yields `connection` again
   * once it is back (events missed meanwhile are not replayed: reload on reconnect).
   */
  events(options: { types?: readonly ResourceKind[] }, signal: AbortSignal): AsyncIterable<EngineEvent>;
}
