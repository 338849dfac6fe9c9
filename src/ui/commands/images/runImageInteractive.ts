import type { CommandDeps } from '../shared/CommandDeps';
import { optionsFrom } from '../shared/commandOptions';
import { imageTargets } from './imageTargets';
import type { RunCommandOptions } from './runImage';
import { openSessionTerminal } from '../../terminals/SessionTerminal';

/** `docker run -it` in a VS Code terminal: a TTY over the Engine API, resized with the panel. */
export async function runImageInteractive(deps: CommandDeps, ...args: unknown[]): Promise<{ id: string; name: string } | undefined> {
  const [target] = await imageTargets(deps, args, { many: false });
  if (!target) {
    return undefined;
  }
  const options = optionsFrom<RunCommandOptions>(args);
  // The container starts attached, so nothing it prints before the terminal opens is lost; the
  // terminal sets the TTY's real size as soon as it opens.
  const run = await deps.engine().runInteractive({
    image: target.ref,
    name: options.name,
    cmd: options.cmd,
    env: options.env,
    labels: options.labels,
    cols: 80,
    rows: 24,
  });
  openSessionTerminal(target.ref, 'terminal', { session: run, exitCode: () => run.exitCode() });
  void deps.trees.containers.reload();
  return { id: run.id, name: run.name };
}
