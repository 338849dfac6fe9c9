/** The Engine API's Swarm JSON as the mappers read it: every field optional (API 1.24 to today). */
import type { RawLabels } from './raw';

export interface RawVersion {
  Index?: number;
}

export interface RawServiceSpec {
  Name?: string;
  Labels?: RawLabels;
  TaskTemplate?: {
    ContainerSpec?: { Image?: string; Labels?: RawLabels; Args?: string[] | null; Command?: string[] | null } | null;
    ForceUpdate?: number;
    [key: string]: unknown;
  } | null;
  Mode?: {
    Replicated?: { Replicas?: number } | null;
    Global?: object | null;
    ReplicatedJob?: object | null;
    GlobalJob?: object | null;
  } | null;
  EndpointSpec?: { Ports?: RawPortConfig[] | null } | null;
  [key: string]: unknown;
}

export interface RawPortConfig {
  TargetPort?: number;
  PublishedPort?: number;
  Protocol?: string;
  PublishMode?: string;
}

export interface RawService {
  ID?: string;
  Version?: RawVersion;
  CreatedAt?: string;
  UpdatedAt?: string;
  Spec?: RawServiceSpec;
  PreviousSpec?: RawServiceSpec | null;
  Endpoint?: { Ports?: RawPortConfig[] | null } | null;
  UpdateStatus?: { State?: string; Message?: string } | null;
  ServiceStatus?: { RunningTasks?: number; DesiredTasks?: number } | null;
}

export interface RawTask {
  ID?: string;
  ServiceID?: string;
  Slot?: number;
  NodeID?: string;
  CreatedAt?: string;
  Spec?: { ContainerSpec?: { Image?: string } | null } | null;
  Status?: {
    Timestamp?: string;
    State?: string;
    Message?: string;
    Err?: string;
    ContainerStatus?: { ContainerID?: string; ExitCode?: number } | null;
  } | null;
  DesiredState?: string;
}

export interface RawNode {
  ID?: string;
  Version?: RawVersion;
  Spec?: { Name?: string; Labels?: RawLabels; Role?: string; Availability?: string } | null;
  Description?: {
    Hostname?: string;
    Platform?: { Architecture?: string; OS?: string } | null;
    Engine?: { EngineVersion?: string } | null;
  } | null;
  Status?: { State?: string; Addr?: string; Message?: string } | null;
  ManagerStatus?: { Leader?: boolean; Reachability?: string; Addr?: string } | null;
}

export interface RawSwarmObject {
  ID?: string;
  Version?: RawVersion;
  CreatedAt?: string;
  UpdatedAt?: string;
  Spec?: { Name?: string; Labels?: RawLabels; Data?: string } | null;
}

export interface RawSwarmInfo {
  NodeID?: string;
  NodeAddr?: string;
  LocalNodeState?: string;
  ControlAvailable?: boolean;
  Error?: string;
  Nodes?: number;
  Managers?: number;
}
