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

/** The swarm itself, its nodes, and its secrets and configs (`docker swarm|node|secret|config`). */
export interface SwarmOperations {
  /** Whether this engine is in a swarm, and as a manager or a worker. Never fails for a non-swarm engine. */
  swarmStatus(signal?: AbortSignal): Promise<SwarmStatus>;
  /** `docker swarm init`; resolves to this node's id. */
  initSwarm(options: SwarmInitOptions, signal?: AbortSignal): Promise<string>;
  joinSwarm(options: SwarmJoinOptions, signal?: AbortSignal): Promise<void>;
  /** `docker swarm leave`; a manager (and the last one above all) needs `force`. */
  leaveSwarm(options?: { force?: boolean }, signal?: AbortSignal): Promise<void>;
  joinTokens(signal?: AbortSignal): Promise<JoinTokens>;

  listNodes(signal?: AbortSignal): Promise<NodeSummary[]>;
  inspectNode(id: string, signal?: AbortSignal): Promise<Record<string, unknown>>;
  /** Changes availability, role or labels, as of the node's current version. */
  updateNode(id: string, update: NodeUpdate, signal?: AbortSignal): Promise<void>;

  listSwarmObjects(kind: SwarmObjectKind, options?: ListOptions, signal?: AbortSignal): Promise<SwarmObjectSummary[]>;
  /** The engine's document; for a secret it never holds the value (the engine does not return it). */
  inspectSwarmObject(kind: SwarmObjectKind, id: string, signal?: AbortSignal): Promise<Record<string, unknown>>;
  createSwarmObject(kind: SwarmObjectKind, options: CreateSwarmObjectOptions, signal?: AbortSignal): Promise<string>;
  removeSwarmObject(kind: SwarmObjectKind, id: string, signal?: AbortSignal): Promise<void>;
}
