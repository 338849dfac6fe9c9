import type { NodeAvailability, NodeRole, NodeSummary, SwarmObjectSummary, SwarmStatus } from '../swarmTypes';
import { dateOf, labelsOf } from './common';
import { stackLabel } from './services';
import type { RawNode, RawSwarmInfo, RawSwarmObject } from './swarmRaw';

export function toNodeSummary(raw: RawNode): NodeSummary {
  const platform = raw.Description?.Platform;
  const manager = raw.ManagerStatus;
  return {
    id: raw.ID ?? '',
    hostname: raw.Description?.Hostname ?? raw.Spec?.Name ?? raw.ID ?? '',
    role: (raw.Spec?.Role ?? 'worker') as NodeRole,
    availability: (raw.Spec?.Availability ?? 'active') as NodeAvailability,
    state: raw.Status?.State ?? 'unknown',
    addr: raw.Status?.Addr || undefined,
    engineVersion: raw.Description?.Engine?.EngineVersion || undefined,
    platform: platform?.OS ? `${platform.OS}/${platform.Architecture ?? ''}` : undefined,
    labels: labelsOf(raw.Spec?.Labels),
    manager: manager
      ? { leader: manager.Leader ?? false, reachability: manager.Reachability ?? 'unknown', addr: manager.Addr || undefined }
      : undefined,
    version: raw.Version?.Index ?? 0,
  };
}

export function toSwarmObjectSummary(raw: RawSwarmObject): SwarmObjectSummary {
  const labels = labelsOf(raw.Spec?.Labels);
  return {
    id: raw.ID ?? '',
    name: raw.Spec?.Name ?? raw.ID ?? '',
    labels,
    createdAt: dateOf(raw.CreatedAt),
    updatedAt: dateOf(raw.UpdatedAt),
    stack: labels[stackLabel] || undefined,
  };
}

export function toSwarmStatus(raw: RawSwarmInfo | null | undefined): SwarmStatus {
  const state = raw?.LocalNodeState;
  const known = state === 'pending' || state === 'active' || state === 'error' || state === 'locked' ? state : 'inactive';
  return {
    state: known,
    isManager: known === 'active' && raw?.ControlAvailable === true,
    nodeId: raw?.NodeID || undefined,
    nodeAddr: raw?.NodeAddr || undefined,
    managers: raw?.Managers,
    nodes: raw?.Nodes,
    error: raw?.Error || undefined,
  };
}
