/** Dockhand's view of Swarm: the swarm itself, services and their tasks, nodes, secrets and configs. */

/** What this engine is in a swarm, from `GET /info` (`Swarm.LocalNodeState`, `ControlAvailable`). */
export interface SwarmStatus {
  /** `inactive`: not in a swarm; `pending`: joining; `locked`: an autolocked manager after a restart. */
  readonly state: 'inactive' | 'pending' | 'active' | 'error' | 'locked';
  /** A manager answers for the whole swarm; a worker only runs tasks. */
  readonly isManager: boolean;
  readonly nodeId?: string;
  readonly nodeAddr?: string;
  readonly managers?: number;
  readonly nodes?: number;
  /** Why the node is in the error state. */
  readonly error?: string;
}

export type ServiceMode = 'replicated' | 'global' | 'replicated-job' | 'global-job';

export interface PublishedPort {
  readonly target: number;
  readonly published?: number;
  readonly protocol: string;
  /** `ingress` (the routing mesh, every node) or `host` (only where a task runs). */
  readonly mode: string;
}

export interface ServiceSummary {
  readonly id: string;
  readonly name: string;
  /** The stack (`com.docker.stack.namespace`) the service was deployed with, if any. */
  readonly stack?: string;
  readonly mode: ServiceMode;
  /** The image as written (`repo:tag`), without the digest the CLI pinned. */
  readonly image: string;
  /** The digest the service runs, when it was pinned (`@sha256:…`). */
  readonly imageDigest?: string;
  /** Replicas asked for (replicated services); undefined for global ones. */
  readonly replicas?: number;
  /** Running and desired tasks, as the engine counts them. */
  readonly running: number;
  readonly desired: number;
  readonly ports: readonly PublishedPort[];
  /** The last rolling update or rollback: `updating`, `paused`, `completed`, `rollback_started`, … */
  readonly updateState?: string;
  readonly updateMessage?: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly createdAt?: Date;
  readonly updatedAt?: Date;
  /** The object version every update must name (optimistic concurrency). */
  readonly version: number;
  /** Whether the engine still keeps the spec before the last update, so that a rollback can return to it. */
  readonly hasPreviousSpec: boolean;
}

export type TaskState =
  | 'new'
  | 'allocated'
  | 'pending'
  | 'assigned'
  | 'accepted'
  | 'preparing'
  | 'ready'
  | 'starting'
  | 'running'
  | 'complete'
  | 'shutdown'
  | 'failed'
  | 'rejected'
  | 'remove'
  | 'orphaned';

export interface TaskSummary {
  readonly id: string;
  readonly serviceId: string;
  /** The replica slot (replicated services); global tasks have none. */
  readonly slot?: number;
  readonly nodeId?: string;
  readonly state: TaskState;
  readonly desiredState: string;
  /** The engine's short status line ("started", "preparing", …). */
  readonly message: string;
  /** Why the task failed or is stuck (an image that cannot be pulled, no suitable node, …). */
  readonly error?: string;
  readonly exitCode?: number;
  /** The task's container, once one exists (on whichever node runs it). */
  readonly containerId?: string;
  readonly image: string;
  readonly timestamp?: Date;
  readonly createdAt?: Date;
}

export type NodeAvailability = 'active' | 'pause' | 'drain';
export type NodeRole = 'manager' | 'worker';

export interface NodeSummary {
  readonly id: string;
  readonly hostname: string;
  readonly role: NodeRole;
  readonly availability: NodeAvailability;
  /** `ready`, `down`, `disconnected` or `unknown`. */
  readonly state: string;
  readonly addr?: string;
  readonly engineVersion?: string;
  readonly platform?: string;
  readonly labels: Readonly<Record<string, string>>;
  /** Present on managers. */
  readonly manager?: { readonly leader: boolean; readonly reachability: string; readonly addr?: string };
  readonly version: number;
}

/** A secret or a config: what the engine reports about it. A secret's value is never readable. */
export interface SwarmObjectSummary {
  readonly id: string;
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly createdAt?: Date;
  readonly updatedAt?: Date;
  /** The stack that created it, if any. */
  readonly stack?: string;
}

export type SwarmObjectKind = 'secret' | 'config';

export interface CreateSwarmObjectOptions {
  readonly name: string;
  /** The content; sent once and, for a secret, never readable again. */
  readonly data: Buffer | string;
  readonly labels?: Readonly<Record<string, string>>;
}

export interface SwarmInitOptions {
  /** The address other nodes reach this one at (an IP, or an interface name like eth0). */
  readonly advertiseAddr: string;
  /** Where the swarm's control plane listens (default 0.0.0.0:2377). */
  readonly listenAddr?: string;
}

export interface SwarmJoinOptions {
  /** A manager's address, `host:2377`. */
  readonly remoteAddr: string;
  readonly token: string;
  readonly advertiseAddr?: string;
  readonly listenAddr?: string;
}

export interface JoinTokens {
  readonly worker: string;
  readonly manager: string;
  /** Where joining nodes reach a manager, `addr:port`. */
  readonly managerAddrs: readonly string[];
}

export interface NodeUpdate {
  readonly availability?: NodeAvailability;
  readonly role?: NodeRole;
  /** The node's labels after the update (replaces them). */
  readonly labels?: Readonly<Record<string, string>>;
}

export interface ServiceLogOptions {
  readonly follow?: boolean;
  /** Lines from the end of each task's log (default 1000). */
  readonly tail?: number | 'all';
  /** Each line with the moment the engine received it (for merging several services' logs). */
  readonly timestamps?: boolean;
}

/** One line of a service's log, with the task that wrote it. */
export interface ServiceLogLine {
  readonly stream: 'stdout' | 'stderr';
  readonly text: string;
  /** Present when the logs were asked for with timestamps. */
  readonly timestamp?: Date;
  readonly taskId?: string;
  /** The task as `docker service ps` names it: `service.slot` (or `service.node` for global services). */
  readonly task?: string;
  readonly nodeId?: string;
  readonly serviceId?: string;
}

/** What removing a stack removed, per kind, by name. */
export interface StackRemoval {
  readonly services: readonly string[];
  readonly networks: readonly string[];
  readonly secrets: readonly string[];
  readonly configs: readonly string[];
}
