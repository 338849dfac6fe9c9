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
export { DockerodeEngine } from './dockerodeEngine';
export * from './types';

import { nodeResolveInput } from './connection/nodeResolveInput';
import { resolveEndpoint } from './connection/resolveEndpoint';
import type { DockerEngine } from './DockerEngine';
import { DockerodeEngine } from './dockerodeEngine';

/** The engine the docker CLI would talk to on this machine, unless `hostSetting` names another. */
export function connectEngine(hostSetting?: string, env: NodeJS.ProcessEnv = process.env): DockerEngine {
  return new DockerodeEngine(resolveEndpoint(nodeResolveInput(hostSetting, env)));
}
export type { VolumeMount } from './operations/VolumeFileOperations';
export { helperLabel } from './dockerode/volumeFiles';
