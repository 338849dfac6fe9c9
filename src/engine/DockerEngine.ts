import type { EngineEndpoint } from './connection/EngineEndpoint';
import type { ContainerIoOperations } from './operations/ContainerIoOperations';
import type { ContainerOperations } from './operations/ContainerOperations';
import type { ImageOperations } from './operations/ImageOperations';
import type { NetworkOperations } from './operations/NetworkOperations';
import type { RunOperations } from './operations/RunOperations';
import type { SystemOperations } from './operations/SystemOperations';
import type { VolumeOperations } from './operations/VolumeOperations';

export type {
  ContainerIoOperations, ContainerOperations, ImageOperations, NetworkOperations, RunOperations, SystemOperations, VolumeOperations,
};

/**
 * The narrow, typed face of a Docker Engine, composed per resource. Every method rejects only
 * with an EngineError, and every method takes an AbortSignal (last) so that callers can cancel.
 */
export interface DockerEngine
  extends SystemOperations, ContainerOperations, ContainerIoOperations, ImageOperations, VolumeOperations, NetworkOperations, RunOperations {
  /** Where this engine is, for messages and the status view. */
  readonly endpoint: EngineEndpoint;
  /**
   * Stops using this engine: what is in flight (pulls, builds, log streams, the event stream)
   * ends with a `cancelled` error, and its connections (ssh processes) close.
   */
  dispose(): void;
  /** The address at which this machine reaches the ports the engine publishes (the remote host for ssh and tcp). */
  publishedHost(): Promise<string>;
}
