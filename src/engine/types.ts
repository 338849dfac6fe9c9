/**
 * Dockhand's own view of Docker resources. The UI and tests see only these types, never
 * dockerode's, so that the engine client can change without touching them.
 */

/** Event types Dockhand follows; the Swarm kinds come only from a manager. */
export type ResourceKind = 'container' | 'image' | 'volume' | 'network' | 'service' | 'node' | 'secret' | 'config';

export type ContainerState = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead' | 'unknown';
export type HealthState = 'starting' | 'healthy' | 'unhealthy';

export interface PortBinding {
  readonly containerPort: number;
  readonly protocol: 'tcp' | 'udp' | 'sctp';
  readonly hostIp?: string;
  readonly hostPort?: number;
}

export interface ContainerNetworkAttachment {
  readonly network: string;
  readonly ipAddress?: string;
}

export interface ContainerMount {
  readonly type: string;
  readonly source: string;
  readonly destination: string;
  readonly name?: string;
  readonly readWrite: boolean;
}

export interface ContainerSummary {
  readonly id: string;
  readonly name: string;
  /** The image as the container was created from it (a tag, or an id when untagged). */
  readonly image: string;
  readonly imageId: string;
  readonly command: string;
  readonly created: Date;
  readonly state: ContainerState;
  /** The engine's human status line, e.g. "Up 3 minutes (healthy)". */
  readonly status: string;
  readonly health?: HealthState;
  readonly ports: readonly PortBinding[];
  readonly labels: Readonly<Record<string, string>>;
  readonly networks: readonly ContainerNetworkAttachment[];
  readonly mounts: readonly ContainerMount[];
  readonly composeProject?: string;
  readonly composeService?: string;
}

export interface ImageSummary {
  readonly id: string;
  /** "repo:tag" references; empty for a dangling image. */
  readonly tags: readonly string[];
  readonly digests: readonly string[];
  readonly created: Date;
  readonly size: number;
  readonly labels: Readonly<Record<string, string>>;
  /** Containers using the image, as the engine counts them (-1 when it did not count). */
  readonly containers: number;
  readonly dangling: boolean;
}

export interface VolumeSummary {
  readonly name: string;
  readonly driver: string;
  readonly mountpoint: string;
  readonly scope: string;
  readonly created?: Date;
  readonly labels: Readonly<Record<string, string>>;
  /** Bytes used, where the engine reports it (only `docker system df` style queries do). */
  readonly size?: number;
  readonly refCount?: number;
}

export interface NetworkSummary {
  readonly id: string;
  readonly name: string;
  readonly driver: string;
  readonly scope: string;
  readonly internal: boolean;
  readonly created?: Date;
  readonly labels: Readonly<Record<string, string>>;
  /** bridge, host and none exist on every engine and cannot be removed. */
  readonly builtIn: boolean;
  readonly subnets: readonly string[];
}

/** Which engine answers: Docker's, or Podman through its Docker-compatible API. */
export type EngineProduct = 'Docker Engine' | 'Podman';

export interface EngineVersion {
  readonly product: EngineProduct;
  readonly version: string;
  readonly apiVersion: string;
  readonly os: string;
  readonly arch: string;
  readonly kernelVersion?: string;
}

export interface EngineInfo {
  readonly name: string;
  readonly serverVersion: string;
  readonly containers: number;
  readonly containersRunning: number;
  readonly containersPaused: number;
  readonly containersStopped: number;
  readonly images: number;
  readonly driver: string;
  readonly operatingSystem: string;
  readonly cpus: number;
  readonly memoryBytes: number;
  readonly swarm: string;
}

/** A change to a resource, as reported by the engine's event stream. */
export interface ResourceEvent {
  readonly type: ResourceKind;
  /** The engine's action, e.g. "start", "die", "destroy", "tag", "create". */
  readonly action: string;
  /** The resource's id (for volumes, its name). */
  readonly id: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly time: Date;
}

/** The event stream's own connection changed: it is (re)connected, or the daemon went away. */
export interface ConnectionEvent {
  readonly type: 'connection';
  readonly connected: boolean;
  /** Why the stream is down, when it is. */
  readonly error?: import('./EngineError').EngineError;
}

export type EngineEvent = ResourceEvent | ConnectionEvent;

export interface ListOptions {
  /** Only resources with these labels: `key` or `key=value`, as the engine filters them. */
  readonly labels?: readonly string[];
}
