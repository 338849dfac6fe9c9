import { execFile } from 'node:child_process';
import type { EngineEndpoint } from '../connection/EngineEndpoint';
import type { ConnectOptions } from './ConnectOptions';
import { findExecutable } from './findExecutable';

/**
 * Where this machine reaches the ports an engine publishes: the engine's host. For ssh, the
 * HostName ssh itself would connect to (`ssh -G` resolves Host aliases); for a local socket,
 * 127.0.0.1.
 */
export async function publishedHost(endpoint: EngineEndpoint, options: ConnectOptions = {}): Promise<string> {
  switch (endpoint.kind) {
    case 'unix':
    case 'npipe':
      return '127.0.0.1';
    case 'tcp':
      return endpoint.host;
    case 'ssh': {
      const env = options.env ?? process.env;
      const program = findExecutable('ssh', env);
      if (!program) {
        return endpoint.host;
      }
      const args = [
        ...(options.sshConfigFile ? ['-F', options.sshConfigFile] : []),
        '-G',
        ...(endpoint.username ? ['-l', endpoint.username] : []),
        '--',
        endpoint.host,
      ];
      const out = await new Promise<string>(resolve => {
        execFile(program, args, { env, timeout: 5000 }, (err, stdout) => resolve(err ? '' : stdout));
      });
      return /^hostname (\S+)$/m.exec(out)?.[1] ?? endpoint.host;
    }
  }
}
