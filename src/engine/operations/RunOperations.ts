import type { InteractiveRun, InteractiveRunOptions, RunOptions, RunResult } from '../runTypes';

/** Creating and starting a new container from an image, as `docker run` does. */
export interface RunOperations {
  /** Creates and starts a detached container (`docker run -d`). */
  runContainer(options: RunOptions, signal?: AbortSignal): Promise<RunResult>;
  /**
   * Creates a container with a TTY and open stdin, connects to it, then starts it
   * (`docker run -it`): nothing it prints is lost. Aborting `signal` closes the connection.
   */
  runInteractive(options: InteractiveRunOptions, signal?: AbortSignal): Promise<InteractiveRun>;
}
