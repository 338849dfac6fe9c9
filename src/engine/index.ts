/** The engine layer's public surface: import from here, not from the files behind it. */
export type {
  ContainerFileOperations,
  ContainerIoOperations,
  ContainerOperations,
  DockerEngine,
  ImageOperations,
  NetworkOperations,
  ServiceOperations,
  SwarmOperations,
  SystemOperations,
  VolumeFileOperations,
  VolumeOperations,
} from './DockerEngine';
export { isFinalTaskState, splitDigest, stackLabel, taskName } from './mappers/services';
export type { EngineEndpoint, EndpointSource, TlsFiles } from './connection/EngineEndpoint';
export { describeSource } from './connection/EngineEndpoint';
export { defaultEndpoint, dockerConfigDir, resolveEndpoint, type ResolveInput } from './connection/resolveEndpoint';
export { ContextStore, contextId } from './contexts/ContextStore';
export { contextNamePattern, type ContextSpec, type DockerContext } from './contexts/contextTypes';
export type { ConnectOptions } from './transport/ConnectOptions';
export type { ReachedPort } from './transport/publishedPorts';
export { nodeResolveInput } from './connection/nodeResolveInput';
export { parseDockerHost } from './connection/parseDockerHost';
export { EngineError, toEngineError, type EngineErrorKind } from './EngineError';
export { isContainerUp } from './containerState';
export { composeLabels } from './composeLabels';
export { createDockerodeEngine } from './dockerodeEngine';
export * from './types';
export type * from './containerTypes';
export type * from './imageTypes';
export type * from './volumeNetworkTypes';
export type * from './systemTypes';
export type * from './runTypes';
export type * from './fileTypes';
export type * from './layerTypes';
export type * from './swarmTypes';

import { nodeResolveInput } from './connection/nodeResolveInput';
import { resolveEndpoint } from './connection/resolveEndpoint';
import type { DockerEngine } from './DockerEngine';
import { createDockerodeEngine } from './dockerodeEngine';
import type { ConnectOptions } from './transport/ConnectOptions';

/**
 * The engine the docker CLI would talk to on this machine (resolved from `env`), unless
 * `hostSetting` or `options.contextSetting` names another. Nothing connects until the first request.
 */
export function connectEngine(
  hostSetting?: string,
  env: NodeJS.ProcessEnv = process.env,
  options: ConnectOptions & { readonly contextSetting?: string } = {},
): DockerEngine {
  const input = { ...nodeResolveInput(hostSetting, env), contextSetting: options.contextSetting };
  return createDockerodeEngine(resolveEndpoint(input), options);
}
export type { VolumeMount } from './operations/VolumeFileOperations';
export { helperLabel } from './dockerode/volumeFiles';
