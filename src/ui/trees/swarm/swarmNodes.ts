/** The Swarm view's tree nodes. No `vscode` import: commands and tests read them as plain data. */
import type { NodeSummary, ServiceSummary, SwarmObjectSummary, TaskSummary } from '../../../engine';

export type SwarmGroup = 'stacks' | 'services' | 'nodes' | 'secrets' | 'configs';

export interface SwarmGroupNode {
  readonly kind: 'swarmGroup';
  readonly group: SwarmGroup;
  readonly count: number;
}
export interface StackNode {
  readonly kind: 'stack';
  readonly name: string;
  readonly services: readonly ServiceSummary[];
}
export interface ServiceNode {
  readonly kind: 'service';
  readonly service: ServiceSummary;
  readonly tasks: readonly TaskSummary[];
}
export interface TaskNode {
  readonly kind: 'task';
  readonly task: TaskSummary;
  /** `web.1`, as `docker service ps` names it. */
  readonly name: string;
  readonly service: ServiceSummary;
  /** The node's hostname, when known. */
  readonly nodeName?: string;
  /** Whether its container runs on the engine Dockhand talks to (shell and container logs work then). */
  readonly local: boolean;
}
export interface SwarmNodeNode {
  readonly kind: 'swarmNode';
  readonly node: NodeSummary;
  readonly self: boolean;
}
export interface SecretNode {
  readonly kind: 'secret';
  readonly object: SwarmObjectSummary;
}
export interface ConfigNode {
  readonly kind: 'config';
  readonly object: SwarmObjectSummary;
}

export type SwarmViewNode = SwarmGroupNode | StackNode | ServiceNode | TaskNode | SwarmNodeNode | SecretNode | ConfigNode;
