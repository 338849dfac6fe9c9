import * as path from 'node:path';
import type { ComposeCli } from './composeCli';
import { UserError } from '../shared/UserError';

export type ComposeVerb = 'up' | 'down' | 'restart' | 'stop' | 'start' | 'logs' | 'ps' | 'pull' | 'build' | 'config' | 'pause' | 'unpause';

export interface ComposeOptions {
  /** Only these services (for up, restart, stop, start, logs, pull, build, pause, unpause). */
  readonly services?: readonly string[];
  /** `--profile` names to enable. */
  readonly profiles?: readonly string[];
  /** down: also remove named volumes and anonymous volumes (`-v`). */
  readonly removeVolumes?: boolean;
  /** logs: keep following (default true). */
  readonly follow?: boolean;
  /** logs: lines from the end (default 1000). */
  readonly tail?: number;
}

/**
 * The full argument vector for one compose command on one file. The project directory is the
 * file's folder, so that compose reads the project's `.env` there as it does on the command line.
 */
export function composeArgs(
  cli: ComposeCli,
  file: string,
  verb: ComposeVerb,
  options: ComposeOptions = {},
): { program: string; args: string[]; cwd: string } {
  const [program = 'docker', ...prefix] = cli.command;
  const cwd = path.dirname(file);
  const global = ['-f', file, '--project-directory', cwd, ...(options.profiles ?? []).flatMap(p => ['--profile', p])];
  const services = [...(options.services ?? [])];
  for (const name of services) {
    // Compose's own rule for service names; it also means no name can pass for a flag.
    if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(name)) {
      throw new UserError(`"${name}" is not a valid compose service name.`);
    }
  }
  const verbArgs: Record<ComposeVerb, string[]> = {
    up: ['up', '--detach', '--build', ...services],
    down: ['down', ...(options.removeVolumes ? ['--volumes'] : [])],
    restart: ['restart', ...services],
    stop: ['stop', ...services],
    start: ['start', ...services],
    logs: ['logs', ...(options.follow === false ? [] : ['--follow']), '--tail', String(options.tail ?? 1000), ...services],
    ps: ['ps', '--all'],
    pull: ['pull', ...services],
    build: ['build', ...services],
    config: ['config'],
    pause: ['pause', ...services],
    unpause: ['unpause', ...services],
  };
  const args = verbArgs[verb];
  return { program, args: [...prefix, ...global, ...args], cwd };
}
