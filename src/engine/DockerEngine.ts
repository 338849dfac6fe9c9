import type { EngineEndpoint } from './connection/EngineEndpoint';
import type { ContainerIoOperations } from './operations/ContainerIoOperations';
import type { ContainerOperations } from './operations/ContainerOperations';
import type { ImageOperations } from './operations/ImageOperations';
import type { NetworkOperations } from './operations/NetworkOperations';
import type { RunOperations } from './operations/RunOperations';
import type { ServiceOperations } from './operations/ServiceOperations';
import type { SwarmOperations } from './operations/SwarmOperations';
import type { SystemOperations } from './operations/SystemOperations';
import type { VolumeOperations } from './operations/VolumeOperations';

export type {
  ContainerIoOperations, ContainerOperations, ImageOperations, NetworkOperations, RunOperations, ServiceOperations, SwarmOperations,
  SystemOperations, VolumeOperations,
};

/**
 * The narrow, typed face of a Docker Engine, composed per resource. Every method rejects only
 * with an EngineError, and every method takes an AbortSignal (last) so that callers can cancel.
 */
export interface DockerEngine
  extends SystemOperations, ContainerOperations, ContainerIoOperations, ImageOperations, VolumeOperations, NetworkOperations, RunOperations,
    SwarmOperations, ServiceOperations {
  /** Where this engine is, for messages and the status view. */
  readonly endpoint: EngineEndpoint;
}
