/**
 * `docker stack deploy` is a client-side feature of the docker CLI (it reads the compose file and
 * creates networks, secrets, configs and services through the Engine API), so Dockhand runs the
 * CLI for it — without a shell, against the engine Dockhand itself talks to.
 */
import * as path from 'node:path';
import { UserError } from '../shared/UserError';
import type { EngineEndpoint } from '../engine';

/** Stack names become service name prefixes (`shop_web`): letters, digits, `_` and `-`, not starting with `-`. */
const stackName = /^[a-zA-Z0-9][a-zA-Z0-9_-]{0,62}$/;

export function stackNameProblem(name: string): string | undefined {
  return stackName.test(name)
    ? undefined
    : `"${name}" is not a valid stack name: use letters, digits, _ and -, starting with a letter or digit (at most 63).`;
}

/** The name compose would give the project: the file's top-level `name:`, else its folder's name, made valid. */
export function defaultStackName(file: string, text: string): string {
  const declared = /^name:\s*["']?([^"'\s#]+)/m.exec(text)?.[1];
  const base = declared && !declared.includes('$') ? declared : path.basename(path.dirname(file));
  const cleaned = base
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .slice(0, 63);
  return cleaned || 'stack';
}

export interface StackDeployCommand {
  readonly program: string;
  readonly args: string[];
  readonly env: NodeJS.ProcessEnv;
}

/**
 * The CLI invocation for `docker stack deploy --compose-file <file> --with-registry-auth <name>`,
 * with DOCKER_HOST (and TLS flags) naming `endpoint`, so that the stack lands on the engine
 * Dockhand shows even when the CLI's own context points elsewhere.
 */
export function stackDeployCommand(
  endpoint: EngineEndpoint,
  file: string,
  name: string,
  baseEnv: NodeJS.ProcessEnv = process.env,
): StackDeployCommand {
  const problem = stackNameProblem(name);
  if (problem) {
    throw new UserError(problem);
  }
  const env: NodeJS.ProcessEnv = { ...baseEnv, DOCKER_HOST: hostOf(endpoint) };
  // DOCKER_HOST wins over a context, but the CLI warns when both are set: the context goes.
  delete env.DOCKER_CONTEXT;
  delete env.DOCKER_TLS_VERIFY;
  delete env.DOCKER_CERT_PATH;
  const tls: string[] = [];
  if (endpoint.kind === 'tcp' && endpoint.tls) {
    const files = endpoint.tls;
    tls.push(files.verify ? '--tlsverify' : '--tls');
    if (files.ca) {
      tls.push('--tlscacert', files.ca);
    }
    if (files.cert) {
      tls.push('--tlscert', files.cert);
    }
    if (files.key) {
      tls.push('--tlskey', files.key);
    }
  }
  return {
    program: 'docker',
    args: [...tls, 'stack', 'deploy', '--compose-file', file, '--with-registry-auth', name],
    env,
  };
}

function hostOf(endpoint: EngineEndpoint): string {
  switch (endpoint.kind) {
    case 'unix':
      return `unix://${endpoint.socketPath}`;
    case 'npipe':
      return `npipe://${endpoint.pipePath.replace(/\\/g, '/')}`;
    case 'tcp':
      return `tcp://${endpoint.host.includes(':') ? `[${endpoint.host}]` : endpoint.host}:${endpoint.port}`;
    case 'ssh':
      return `ssh://${endpoint.username ? `${endpoint.username}@` : ''}${endpoint.host}:${endpoint.port}`;
  }
}
