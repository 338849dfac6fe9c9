/** Dockhand's types for acting on containers: options in, results out, never dockerode's shapes. */

/** What a prune removed and the bytes it freed (0 where the engine does not count, e.g. networks). */
export interface PruneResult {
  readonly removed: readonly string[];
  readonly spaceReclaimed: number;
}

export interface StopOptions {
  /** Seconds the engine waits after SIGTERM before it sends SIGKILL (engine default: 10). */
  readonly timeoutSeconds?: number;
}

export interface RemoveContainerOptions {
  /** Kill and remove a running container. */
  readonly force?: boolean;
  /** Remove the container's anonymous volumes too (named volumes are always kept). */
  readonly removeVolumes?: boolean;
}

export interface LogOptions {
  /** Lines from the end to start with: a number, or 'all' (default 1000, so a huge log never loads whole). */
  readonly tail?: number | 'all';
  readonly follow?: boolean;
  readonly timestamps?: boolean;
  /** Only lines after this moment. */
  readonly since?: Date;
}

export type OutputStream = 'stdout' | 'stderr';

export interface LogLine {
  readonly stream: OutputStream;
  /** The line without its trailing newline. */
  readonly text: string;
  /** Present when the logs were asked for with timestamps. */
  readonly timestamp?: Date;
}

/** A chunk of a container's or exec's output, already demultiplexed. */
export interface OutputChunk {
  readonly stream: OutputStream;
  readonly data: Buffer;
}

export interface ExecOptions {
  readonly cmd: readonly string[];
  /** Allocate a pseudo-terminal (interactive shells); output then comes as one stdout stream. */
  readonly tty?: boolean;
  /** Keep stdin open for `input`. */
  readonly stdin?: boolean;
  readonly env?: readonly string[];
  readonly workingDir?: string;
  readonly user?: string;
  /** Initial terminal size, applied as soon as the exec starts. */
  readonly cols?: number;
  readonly rows?: number;
}

/** An interactive stream into a container: an exec or an attach. */
export interface ContainerSession {
  /** Bytes written here reach the process's stdin. */
  readonly input: NodeJS.WritableStream;
  /** The process's output; ends when the process or the connection ends. */
  readonly output: AsyncIterable<OutputChunk>;
  resize(cols: number, rows: number, signal?: AbortSignal): Promise<void>;
  /** Ends the connection (the process itself may keep running). */
  close(): void;
}

export interface ExecSession extends ContainerSession {
  readonly execId: string;
  /** The process's exit code, once it exited (waits for the output to end first). */
  exitCode(signal?: AbortSignal): Promise<number>;
}

export interface ExecResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface TopResult {
  readonly titles: readonly string[];
  readonly processes: ReadonlyArray<readonly string[]>;
}

export interface ContainerStats {
  readonly read?: Date;
  /** Percent of one CPU, as `docker stats` shows it (can exceed 100 on several CPUs). */
  readonly cpuPercent: number;
  /** Bytes in use, without the page cache, as `docker stats` counts it. */
  readonly memoryUsage: number;
  readonly memoryLimit: number;
  readonly memoryPercent: number;
  readonly networkRx: number;
  readonly networkTx: number;
  readonly blockRead: number;
  readonly blockWrite: number;
  readonly pids?: number;
}

export type FileChangeKind = 'changed' | 'added' | 'deleted';

export interface FileChange {
  readonly path: string;
  readonly kind: FileChangeKind;
}

export interface CommitOptions {
  /** The new image's repository, e.g. `me/app` (without one the image is untagged). */
  readonly repo?: string;
  readonly tag?: string;
  readonly author?: string;
  readonly message?: string;
  /** Dockerfile instructions applied on commit, e.g. `ENV A=1`, `CMD ["sh"]`. */
  readonly changes?: readonly string[];
  /** Pause the container while committing (engine default: true). */
  readonly pause?: boolean;
}

export interface ContainerRef {
  readonly id: string;
  readonly name: string;
}
