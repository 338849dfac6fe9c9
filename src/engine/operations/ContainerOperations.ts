import type {
  CommitOptions,
  ContainerStats,
  FileChange,
  PruneResult,
  RemoveContainerOptions,
  StopOptions,
  TopResult,
} from '../containerTypes';
import type { ContainerSummary, ListOptions } from '../types';

/** A container's lifecycle and what can be read about it in one request. */
export interface ContainerOperations {
  listContainers(options?: ListOptions & { all?: boolean }, signal?: AbortSignal): Promise<ContainerSummary[]>;
  /** The engine's full inspect document, as JSON (shown to people as it is). */
  inspectContainer(id: string, signal?: AbortSignal): Promise<Record<string, unknown>>;
  startContainer(id: string, signal?: AbortSignal): Promise<void>;
  stopContainer(id: string, options?: StopOptions, signal?: AbortSignal): Promise<void>;
  restartContainer(id: string, options?: StopOptions, signal?: AbortSignal): Promise<void>;
  /** Sends a signal (default SIGKILL). */
  killContainer(id: string, options?: { signal?: string }, signal?: AbortSignal): Promise<void>;
  pauseContainer(id: string, signal?: AbortSignal): Promise<void>;
  unpauseContainer(id: string, signal?: AbortSignal): Promise<void>;
  removeContainer(id: string, options?: RemoveContainerOptions, signal?: AbortSignal): Promise<void>;
  /** Removes stopped containers (only those with the labels, when given). */
  pruneContainers(options?: ListOptions, signal?: AbortSignal): Promise<PruneResult>;
  renameContainer(id: string, newName: string, signal?: AbortSignal): Promise<void>;
  topContainer(id: string, signal?: AbortSignal): Promise<TopResult>;
  /** Filesystem changes against the image. */
  containerChanges(id: string, signal?: AbortSignal): Promise<FileChange[]>;
  /** Creates an image from the container; resolves to the new image's id. */
  commitContainer(id: string, options?: CommitOptions, signal?: AbortSignal): Promise<string>;
  /** One sample, CPU % computed from the engine's previous reading. */
  containerStats(id: string, signal?: AbortSignal): Promise<ContainerStats>;
  /** A sample about every second until `signal` aborts or the container stops. */
  streamContainerStats(id: string, signal: AbortSignal): AsyncIterable<ContainerStats>;
}
