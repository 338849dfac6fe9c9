import type { PublishedPort, ServiceMode, ServiceSummary, TaskState, TaskSummary } from '../swarmTypes';
import { dateOf, labelsOf } from './common';
import type { RawPortConfig, RawService, RawServiceSpec, RawTask } from './swarmRaw';

/** The label `docker stack deploy` puts on everything it creates. */
export const stackLabel = 'com.docker.stack.namespace';

export function toServiceSummary(raw: RawService): ServiceSummary {
  const spec: RawServiceSpec = raw.Spec ?? {};
  const labels = labelsOf(spec.Labels);
  const { image, digest } = splitDigest(spec.TaskTemplate?.ContainerSpec?.Image ?? '');
  const mode = modeOf(spec);
  const replicas = mode === 'replicated' ? (spec.Mode?.Replicated?.Replicas ?? 1) : undefined;
  return {
    id: raw.ID ?? '',
    name: spec.Name ?? raw.ID ?? '',
    stack: labels[stackLabel] || undefined,
    mode,
    image,
    imageDigest: digest,
    replicas,
    running: raw.ServiceStatus?.RunningTasks ?? 0,
    // Engines before API 1.41 send no ServiceStatus: a replicated service still says what it wants.
    desired: raw.ServiceStatus?.DesiredTasks ?? replicas ?? 0,
    ports: (raw.Endpoint?.Ports ?? spec.EndpointSpec?.Ports ?? []).map(toPublishedPort),
    updateState: raw.UpdateStatus?.State || undefined,
    updateMessage: raw.UpdateStatus?.Message || undefined,
    labels,
    createdAt: dateOf(raw.CreatedAt),
    updatedAt: dateOf(raw.UpdatedAt),
    version: raw.Version?.Index ?? 0,
    hasPreviousSpec: Boolean(raw.PreviousSpec),
  };
}

function modeOf(spec: RawServiceSpec): ServiceMode {
  const mode = spec.Mode ?? {};
  if (mode.Global) {
    return 'global';
  }
  if (mode.ReplicatedJob) {
    return 'replicated-job';
  }
  if (mode.GlobalJob) {
    return 'global-job';
  }
  return 'replicated';
}

/** `repo:tag@sha256:…` → the reference people wrote, and the digest the CLI pinned. */
export function splitDigest(reference: string): { image: string; digest?: string } {
  const at = reference.indexOf('@');
  return at < 0 ? { image: reference } : { image: reference.slice(0, at), digest: reference.slice(at + 1) };
}

function toPublishedPort(raw: RawPortConfig): PublishedPort {
  return {
    target: raw.TargetPort ?? 0,
    published: raw.PublishedPort || undefined,
    protocol: raw.Protocol ?? 'tcp',
    mode: raw.PublishMode ?? 'ingress',
  };
}

export function toTaskSummary(raw: RawTask): TaskSummary {
  const status = raw.Status ?? {};
  const exitCode = status.ContainerStatus?.ExitCode;
  return {
    id: raw.ID ?? '',
    serviceId: raw.ServiceID ?? '',
    slot: raw.Slot || undefined,
    nodeId: raw.NodeID || undefined,
    state: (status.State ?? 'new') as TaskState,
    desiredState: raw.DesiredState ?? '',
    message: status.Message ?? '',
    error: status.Err || undefined,
    // The engine reports 0 for a container that has not exited; only a failure's code says something.
    exitCode: typeof exitCode === 'number' && exitCode !== 0 ? exitCode : undefined,
    containerId: status.ContainerStatus?.ContainerID || undefined,
    image: splitDigest(raw.Spec?.ContainerSpec?.Image ?? '').image,
    timestamp: dateOf(status.Timestamp),
    createdAt: dateOf(raw.CreatedAt),
  };
}

/** Task states that end a task: it will not run again (a new task takes its slot). */
const finalStates: ReadonlySet<string> = new Set(['complete', 'shutdown', 'failed', 'rejected', 'remove', 'orphaned']);

export function isFinalTaskState(state: string): boolean {
  return finalStates.has(state);
}

/** How `docker service ps` names a task: `web.2`, or `web.<node id>` for a global service's task. */
export function taskName(service: string, task: Pick<TaskSummary, 'slot' | 'nodeId' | 'id'>): string {
  return `${service}.${task.slot ?? task.nodeId ?? task.id.slice(0, 12)}`;
}
