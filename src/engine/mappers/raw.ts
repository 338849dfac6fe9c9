/**
 * The Engine API's JSON as the mappers read it: every field optional, because engines from
 * API 1.24 to today and other implementations (Podman's compat API) omit different ones.
 */

export type RawLabels = Record<string, string> | null | undefined;

export interface RawContainer {
  Id?: string;
  Names?: string[] | null;
  Image?: string;
  ImageID?: string;
  Command?: string;
  Created?: number;
  Ports?: Array<{ IP?: string; PrivatePort?: number; PublicPort?: number; Type?: string }> | null;
  Labels?: RawLabels;
  State?: string;
  Status?: string;
  NetworkSettings?: { Networks?: Record<string, { IPAddress?: string; GlobalIPv6Address?: string } | null> | null } | null;
  Mounts?: Array<{ Type?: string; Name?: string; Source?: string; Destination?: string; RW?: boolean }> | null;
}

/** `NetworkSettings.Ports` of an inspect document, keyed `8080/tcp`. */
export interface RawPortMap {
  [containerPort: string]: Array<{ HostIp?: string; HostPort?: string }> | null;
}

export interface RawImage {
  Id?: string;
  RepoTags?: string[] | null;
  RepoDigests?: string[] | null;
  Created?: number;
  Size?: number;
  Labels?: RawLabels;
  Containers?: number;
}

export interface RawVolume {
  Name?: string;
  Driver?: string;
  Mountpoint?: string;
  Scope?: string;
  CreatedAt?: string;
  Labels?: RawLabels;
  UsageData?: { Size?: number; RefCount?: number } | null;
}

export interface RawNetwork {
  Id?: string;
  Name?: string;
  Driver?: string;
  Scope?: string;
  Internal?: boolean;
  Created?: string;
  Labels?: RawLabels;
  IPAM?: { Config?: Array<{ Subnet?: string }> | null } | null;
}

export interface RawEvent {
  Type?: string;
  Action?: string;
  Actor?: { ID?: string; Attributes?: Record<string, string> | null } | null;
  id?: string;
  time?: number;
  timeNano?: number;
}
