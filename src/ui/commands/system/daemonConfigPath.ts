import * as os from 'node:os';
import * as path from 'node:path';
import type { EngineEndpoint } from '../../../engine';

/**
 * Where the engine behind `endpoint` reads its daemon.json, when it runs on this machine:
 * rootless dockerd (a socket under $XDG_RUNTIME_DIR) reads ~/.config/docker/daemon.json, Windows
 * %programdata%\docker\config\daemon.json, every other local engine /etc/docker/daemon.json.
 * Undefined for an engine elsewhere (tcp, ssh): its file is on that host.
 */
export function daemonConfigPath(
  endpoint: EngineEndpoint,
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string | undefined {
  if (endpoint.kind === 'npipe') {
    return path.win32.join(env.ProgramData ?? 'C:\\ProgramData', 'docker', 'config', 'daemon.json');
  }
  if (endpoint.kind !== 'unix' || platform === 'win32') {
    return undefined;
  }
  if (
    /^\/run\/user\/\d+\//.test(endpoint.socketPath) ||
    (env.XDG_RUNTIME_DIR && endpoint.socketPath.startsWith(`${env.XDG_RUNTIME_DIR}/`))
  ) {
    return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), 'docker', 'daemon.json');
  }
  return '/etc/docker/daemon.json';
}

/** How to make dockerd read the file again, for the message after a save. */
export function reloadAdvice(configPath: string): { readonly command: string; readonly text: string } {
  if (configPath.includes('\\')) {
    return { command: 'Restart-Service docker', text: 'Restart the Docker service to apply daemon.json.' };
  }
  if (configPath.includes('/.config/docker/')) {
    return { command: 'systemctl --user restart docker', text: 'Rootless dockerd reads daemon.json at start: restart it.' };
  }
  return {
    command: 'sudo systemctl reload docker',
    text:
      'dockerd re-reads daemon.json on reload (SIGHUP) for debug, labels, live-restore, registry mirrors, insecure registries, ' +
      'runtimes and download limits; other options need `sudo systemctl restart docker` (which stops containers without live-restore).',
  };
}
