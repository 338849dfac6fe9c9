/**
 * The ssh command line the docker CLI runs for an `ssh://` host (cli/connhelper/ssh): the system
 * `ssh`, so that keys, the agent, ~/.ssh/config (Host aliases, IdentityFile, Port, ProxyJump) and
 * known_hosts behave as the user configured them. The remote `docker system dial-stdio` joins the
 * remote engine's socket to ssh's stdin/stdout; Dockhand speaks HTTP over that pipe.
 */
export interface SshTarget {
  readonly host: string;
  readonly port?: number;
  readonly username?: string;
}

export interface SshSettings {
  /** An ssh config file to use instead of ~/.ssh/config (`ssh -F`). */
  readonly configFile?: string;
  /** Seconds ssh may take to connect and exchange banners before it gives up. */
  readonly connectTimeoutSeconds: number;
}

/** `options` (such as `-N -L …` for a port forward) come before the host. */
export function sshArgs(
  target: SshTarget,
  settings: SshSettings,
  remoteCommand: readonly string[],
  options: readonly string[] = [],
): string[] {
  return [
    ...(settings.configFile ? ['-F', settings.configFile] : []),
    ...options,
    // Nobody can answer a password or host-key prompt here: fail with ssh's own message instead.
    '-o',
    'BatchMode=yes',
    '-o',
    `ConnectTimeout=${settings.connectTimeoutSeconds}`,
    '-T',
    ...(target.username ? ['-l', target.username] : []),
    ...(target.port !== undefined ? ['-p', String(target.port)] : []),
    '--',
    target.host,
    ...remoteCommand,
  ];
}

export const dialStdio = ['docker', 'system', 'dial-stdio'] as const;
