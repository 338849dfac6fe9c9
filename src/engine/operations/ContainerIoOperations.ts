import type { ExecOptions, ExecResult, ExecSession, ContainerSession, LogLine, LogOptions } from '../containerTypes';

/** Streams into and out of containers: logs, exec, attach and files. */
export interface ContainerIoOperations {
  /** Log lines, the last `tail` (default 1000) first; with `follow`, until the container stops or `signal` aborts. */
  containerLogs(id: string, options?: LogOptions, signal?: AbortSignal): AsyncIterable<LogLine>;
  /** Follows the logs until `signal` aborts, reattaching when the container starts again after it stopped. */
  followLogs(id: string, options: Omit<LogOptions, 'follow'>, signal: AbortSignal): AsyncIterable<LogLine>;
  /** Starts a process in a running container and connects to it. */
  exec(id: string, options: ExecOptions, signal?: AbortSignal): Promise<ExecSession>;
  /** Runs a command to completion and collects its output (no TTY). */
  execAndWait(id: string, cmd: readonly string[], signal?: AbortSignal): Promise<ExecResult>;
  /** `/bin/bash` when the container has it, else `/bin/sh`. */
  pickShell(id: string, signal?: AbortSignal): Promise<string>;
  /** Connects to the container's main process (its stdin when opened with `-i`). */
  attach(id: string, signal?: AbortSignal): Promise<ContainerSession>;
  /** A tar stream of a path in the container. */
  copyFromContainer(id: string, containerPath: string, signal?: AbortSignal): Promise<NodeJS.ReadableStream>;
  /**
   * Copies a path in the container to the host, as `docker cp` does: into `hostPath` when it is an
   * existing folder, else to `hostPath` itself (a new name). Resolves to the host paths written.
   */
  copyFromContainerToHost(id: string, containerPath: string, hostPath: string, signal?: AbortSignal): Promise<string[]>;
  /** Copies a host file or folder into the container folder `containerDir`. */
  copyToContainer(id: string, hostPath: string, containerDir: string, signal?: AbortSignal): Promise<void>;
  /** Writes the container's filesystem as a tar file. */
  exportContainer(id: string, filePath: string, signal?: AbortSignal): Promise<void>;
}
