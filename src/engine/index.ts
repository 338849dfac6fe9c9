/** The engine layer's public surface: import from here, not from the files behind it. */
export type {
  ContainerFileOperations, ContainerIoOperations, ContainerOperations, DockerEngine, ImageOperations, NetworkOperations, ServiceOperations,
  SwarmOperations, SystemOperations, VolumeFileOperations, VolumeOperations,
} from './DockerEngine';
export { isFinalTaskState, splitDigest, stackLabel, taskName } from './mappers/services';
export type { EngineEndpoint, EndpointSource, TlsFiles } from './connection/EngineEndpoint';
export { describeSource } from './connection/EngineEndpoint';
export { defaultEndpoint, resolveEndpoint, type ResolveInput } from './connection/resolveEndpoint';
export { nodeResolveInput } from './connection/nodeResolveInput';
export { parseDockerHost } from './connection/parseDockerHost';
export { EngineError, toEngineError, type EngineErrorKind } from './EngineError';
export { isContainerUp } from './containerState';
export { createDockerodeEngine } from './dockerodeEngine';
export * from './types';
export type * from './containerTypes';
export type * from './imageTypes';
export type * from './volumeNetworkTypes';
export type * from './systemTypes';
export type * from './runTypes';
export type * from './fileTypes';
export type * from './swarmTypes';

import { nodeResolveInput } from './connection/nodeResolveInput';
import { resolveEndpoint } from './connection/resolveEndpoint';
import type { DockerEngine } from './DockerEngine';
import { createDockerodeEngine } from './dockerodeEngine';

/** The engine the docker CLI would talk to on this machine, unless `hostSetting` names another. */
export function connectEngine(hostSetting?: string, env: NodeJS.ProcessEnv = process.env): DockerEngine {
  return createDockerodeEngine(resolveEndpoint(nodeResolveInput(hostSetting, env)));
}
export type { VolumeMount } from './operations/VolumeFileOperations';
export { helperLabel } from './dockerode/volumeFiles';
