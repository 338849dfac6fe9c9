/** How Dockhand connects to an endpoint, beyond what the endpoint itself says. */
export interface ConnectOptions {
  /** The environment ssh runs in (PATH, HOME, SSH_AUTH_SOCK); the process's own by default. */
  readonly env?: NodeJS.ProcessEnv;
  /** An ssh config file to use instead of ~/.ssh/config (`ssh -F`); the `dockhand.engine.sshConfigFile` setting. */
  readonly sshConfigFile?: string;
  /** How long the engine may take to start answering a request once it was sent (default 60 s). */
  readonly responseTimeoutMs?: number;
  /** How long ssh may take to connect (default 8 s, so that a failure shows within 10 s). */
  readonly sshConnectTimeoutSeconds?: number;
}

export const defaultResponseTimeoutMs = 60_000;
export const defaultSshConnectTimeoutSeconds = 8;
