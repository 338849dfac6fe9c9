import type { EngineEndpoint } from './connection/EngineEndpoint';
import type { ReachedPort } from './transport/publishedPorts';
import type { ContainerFileOperations } from './operations/ContainerFileOperations';
import type { ContainerIoOperations } from './operations/ContainerIoOperations';
import type { ContainerOperations } from './operations/ContainerOperations';
import type { ImageOperations } from './operations/ImageOperations';
import type { NetworkOperations } from './operations/NetworkOperations';
import type { RunOperations } from './operations/RunOperations';
import type { ServiceOperations } from './operations/ServiceOperations';
import type { SwarmOperations } from './operations/SwarmOperations';
import type { SystemOperations } from './operations/SystemOperations';
import type { VolumeFileOperations } from './operations/VolumeFileOperations';
import type { VolumeOperations } from './operations/VolumeOperations';

export type {
  ContainerFileOperations,
  ContainerIoOperations,
  ContainerOperations,
  ImageOperations,
  NetworkOperations,
  RunOperations,
  ServiceOperations,
  SwarmOperations,
  SystemOperations,
  VolumeFileOperations,
  VolumeOperations,
};

/**
 * The narrow, typed face of a Docker Engine, composed per resource. Every method rejects only
 * with an EngineError, and every method takes an AbortSignal (last) so that callers can cancel.
 */
export interface DockerEngine
  extends
    SystemOperations,
    ContainerOperations,
    ContainerIoOperations,
    ContainerFileOperations,
    ImageOperations,
    VolumeOperations,
    VolumeFileOperations,
    NetworkOperations,
    RunOperations,
    SwarmOperations,
    ServiceOperations {
  /** Where this engine is, for messages and the status view. */
  readonly endpoint: EngineEndpoint;
  /**
   * Stops using this engine: what is in flight (pulls, builds, log streams, the event stream)
   * ends with a `cancelled` error, and its connections (ssh processes) close.
   */
  dispose(): void;
  /**
   * Where this machine reaches a port the engine published on `hostIp`: on a remote engine, the
   * remote host, or an ssh forward for a port bound to the remote loopback (kept until dispose).
   */
  reachPublishedPort(hostIp: string | undefined, hostPort: number): Promise<ReachedPort>;
  /** `base` (the process's environment by default) made to point a docker or compose CLI at this engine. */
  cliEnvironment(base?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
}
