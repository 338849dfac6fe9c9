/** Dockhand's types for running a new container from an image (`docker run`). */
import type { ContainerSession } from './containerTypes';
import type { PortBinding } from './types';

export interface RunOptions {
  readonly image: string;
  /** The container's name; the engine picks one when absent. */
  readonly name?: string;
  /** Replaces the image's CMD. */
  readonly cmd?: readonly string[];
  /** `KEY=value` entries. */
  readonly env?: readonly string[];
  readonly labels?: Readonly<Record<string, string>>;
  /**
   * Publish every port the image EXPOSEs on 127.0.0.1 with a port the engine picks (like
   * `docker run -P`, but never on all interfaces). Default true.
   */
  readonly publishExposedPorts?: boolean;
  /** Remove the container when it exits (`--rm`). */
  readonly autoRemove?: boolean;
}

export interface RunResult {
  readonly id: string;
  readonly name: string;
  /** The published ports, with the host ports the engine picked. */
  readonly ports: readonly PortBinding[];
}

export interface InteractiveRunOptions extends RunOptions {
  /** Initial terminal size. */
  readonly cols?: number;
  readonly rows?: number;
}

/** A container started with a TTY and stdin (`docker run -it`), connected before it started. */
export interface InteractiveRun extends ContainerSession {
  readonly id: string;
  readonly name: string;
  /** The container's exit code, once its main process ended. */
  exitCode(signal?: AbortSignal): Promise<number>;
}
