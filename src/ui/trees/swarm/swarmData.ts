// What the Swarm view shows, loaded and grouped. No `vscode` import: unit-tested in plain Node.
import { isFinalTaskState } from '../../../engine';
import type { DockerEngine, NodeSummary, ServiceSummary, SwarmObjectSummary, SwarmStatus, TaskSummary } from '../../../engine';

export interface SwarmData {
  readonly status: SwarmStatus;
  /** The rest is only known to a manager; empty otherwise. */
  readonly services: readonly ServiceSummary[];
  readonly tasks: readonly TaskSummary[];
  readonly nodes: readonly NodeSummary[];
  readonly secrets: readonly SwarmObjectSummary[];
  readonly configs: readonly SwarmObjectSummary[];
}

export async function loadSwarmData(engine: DockerEngine, signal: AbortSignal): Promise<SwarmData> {
  const status = await engine.swarmStatus(signal);
  if (!status.isManager) {
    return { status, services: [], tasks: [], nodes: [], secrets: [], configs: [] };
  }
  const [services, tasks, nodes, secrets, configs] = await Promise.all([
    engine.listServices({}, signal),
    engine.listTasks({}, signal),
    engine.listNodes(signal),
    engine.listSwarmObjects('secret', {}, signal),
    engine.listSwarmObjects('config', {}, signal),
  ]);
  return { status, services, tasks, nodes, secrets, configs };
}

/** Stacks by name, each with its services, sorted. */
export function stacksOf(services: readonly ServiceSummary[]): Array<{ name: string; services: ServiceSummary[] }> {
  const stacks = new Map<string, ServiceSummary[]>();
  for (const service of services) {
    if (service.stack) {
      stacks.set(service.stack, [...(stacks.get(service.stack) ?? []), service]);
    }
  }
  return [...stacks].sort(([a], [b]) => a.localeCompare(b)).map(([name, list]) => ({ name, services: list }));
}

/**
 * The tasks worth showing under a service: every task meant to run now, and for each slot (or
 * node) the newest task that ended with an error — that is where "No such image" or "no suitable
 * node" shows while the engine keeps retrying. Older history stays out.
 */
export function visibleTasks(serviceId: string, tasks: readonly TaskSummary[]): TaskSummary[] {
  const own = tasks.filter(t => t.serviceId === serviceId);
  const current = own.filter(t => !isFinalTaskState(t.desiredState));
  const failedBySlot = new Map<string, TaskSummary>();
  for (const task of own) {
    if (isFinalTaskState(task.desiredState) && (task.error || task.state === 'failed' || task.state === 'rejected')) {
      const slot = slotKey(task);
      const seen = failedBySlot.get(slot);
      if (!seen || time(task) > time(seen)) {
        failedBySlot.set(slot, task);
      }
    }
  }
  // A failure is shown only while its slot has not settled into a running task again.
  const running = new Set(current.filter(t => t.state === 'running').map(slotKey));
  const failures = [...failedBySlot.values()].filter(t => !running.has(slotKey(t)));
  return [...current, ...failures].sort((a, b) => slotKey(a).localeCompare(slotKey(b), undefined, { numeric: true }) || time(b) - time(a));
}

function slotKey(task: TaskSummary): string {
  return String(task.slot ?? task.nodeId ?? task.id);
}

function time(task: TaskSummary): number {
  return (task.timestamp ?? task.createdAt)?.getTime() ?? 0;
}

/** Update states during which the engine is still replacing tasks. */
const converging: ReadonlySet<string> = new Set(['updating', 'rollback_started']);

/**
 * Whether every service has settled: no rolling update in progress and, for services that should
 * run tasks, as many running as desired. Polling stops once this holds.
 */
export function isSettled(data: SwarmData): boolean {
  return data.services.every(s => !(s.updateState && converging.has(s.updateState)) && s.running === s.desired);
}

/** The node names by id, for task rows. */
export function nodeNames(nodes: readonly NodeSummary[]): Map<string, string> {
  return new Map(nodes.map(n => [n.id, n.hostname]));
}
