import type { ServiceLogLine, ServiceLogOptions, ServiceSummary, StackRemoval, TaskSummary } from '../swarmTypes';
import type { ListOptions } from '../types';

/** Swarm services, their tasks and logs, and stacks (services sharing `com.docker.stack.namespace`). */
export interface ServiceOperations {
  listServices(options?: ListOptions, signal?: AbortSignal): Promise<ServiceSummary[]>;
  inspectService(idOrName: string, signal?: AbortSignal): Promise<Record<string, unknown>>;
  /** Tasks of one service, or of all services. */
  listTasks(options?: { service?: string }, signal?: AbortSignal): Promise<TaskSummary[]>;
  inspectTask(id: string, signal?: AbortSignal): Promise<Record<string, unknown>>;
  /** Sets a replicated service's replica count; refuses a negative or fractional count before any request. */
  scaleService(idOrName: string, replicas: number, signal?: AbortSignal): Promise<void>;
  /** A rolling update to another image. */
  updateServiceImage(idOrName: string, image: string, signal?: AbortSignal): Promise<void>;
  /** Replaces every task even though nothing changed (`docker service update --force`). */
  forceUpdateService(idOrName: string, signal?: AbortSignal): Promise<void>;
  /** Returns to the spec before the last update (`docker service rollback`). */
  rollbackService(idOrName: string, signal?: AbortSignal): Promise<void>;
  removeService(idOrName: string, signal?: AbortSignal): Promise<void>;
  /** The logs of every task of the service, each line with the task that wrote it. */
  serviceLogs(idOrName: string, options?: ServiceLogOptions, signal?: AbortSignal): AsyncIterable<ServiceLogLine>;
  /** Removes a stack's services, then its networks, secrets and configs, as `docker stack rm` does. */
  removeStack(name: string, signal?: AbortSignal): Promise<StackRemoval>;
}
