/**
 * `docker stack deploy` is a client-side feature of the docker CLI (it reads the compose file and
 * creates networks, secrets, configs and services through the Engine API), so Dockhand runs the
 * CLI for it — without a shell, against the engine Dockhand itself talks to.
 */
import * as path from 'node:path';
import { UserError } from '../shared/UserError';

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
 * The CLI invocation for `docker stack deploy --compose-file <file> --with-registry-auth <name>`
 * in `env`, the environment that points the CLI at the engine Dockhand shows
 * (`DockerEngine.cliEnvironment`), so that the stack lands there even when the CLI's own context
 * points elsewhere.
 */
export function stackDeployCommand(file: string, name: string, env: NodeJS.ProcessEnv): StackDeployCommand {
  const problem = stackNameProblem(name);
  if (problem) {
    throw new UserError(problem);
  }
  return { program: 'docker', args: ['stack', 'deploy', '--compose-file', file, '--with-registry-auth', name], env };
}
