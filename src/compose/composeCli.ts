import { UserError } from '../shared/UserError';

/**
 * Which compose the machine has: `docker compose` (v2, a docker CLI plugin) when present,
 * otherwise `docker-compose` (v1, what Debian ships). Compose is a client-side program, so
 * Dockhand runs it, but never through a shell: arguments go to the program as they are.
 */
export interface ComposeCli {
  /** The program and the arguments that come before compose's own, e.g. ["docker", "compose"]. */
  readonly command: readonly string[];
  readonly version: string;
  readonly flavour: 'v2' | 'v1';
}

export type RunProgram = (program: string, args: readonly string[]) => Promise<{ code: number; stdout: string }>;

export class ComposeNotFoundError extends UserError {
  constructor() {
    super(
      'Neither `docker compose` (v2) nor `docker-compose` (v1) was found. Install the Docker Compose plugin ' +
        '(`apt-get install docker-compose-plugin`, or Docker Desktop) or `docker-compose` (`apt-get install docker-compose`).',
      'notFound',
    );
    this.name = 'ComposeNotFoundError';
  }
}

export async function detectComposeCli(run: RunProgram): Promise<ComposeCli> {
  const candidates: Array<{ command: string[]; flavour: ComposeCli['flavour'] }> = [
    { command: ['docker', 'compose'], flavour: 'v2' },
    { command: ['docker-compose'], flavour: 'v1' },
  ];
  for (const candidate of candidates) {
    const [program = '', ...prefix] = candidate.command;
    try {
      const { code, stdout } = await run(program, [...prefix, 'version', '--short']);
      const version = stdout.trim().split('\n')[0] ?? '';
      if (code === 0 && /^v?\d+\.\d+/.test(version)) {
        return { command: candidate.command, version: version.replace(/^v/, ''), flavour: candidate.flavour };
      }
    } catch {
      // Not installed: try the next one.
    }
  }
  throw new ComposeNotFoundError();
}
