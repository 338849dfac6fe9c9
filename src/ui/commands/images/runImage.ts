import * as vscode from 'vscode';
import type { RunResult } from '../../../engine';
import type { CommandDeps } from '../shared/CommandDeps';
import { optionsFrom, type CommandOptions } from '../shared/commandOptions';
import { withCancellableProgress } from '../shared/withProgress';
import { imageTargets } from './imageTargets';

/** What callers may pass as the last argument of the run commands. */
export interface RunCommandOptions extends CommandOptions {
  readonly name?: string;
  readonly cmd?: readonly string[];
  readonly env?: readonly string[];
  readonly labels?: Readonly<Record<string, string>>;
}

/** `docker run -d` with every EXPOSEd port published on 127.0.0.1 (the engine picks host ports). */
export async function runImage(deps: CommandDeps, ...args: unknown[]): Promise<RunResult | undefined> {
  const [target] = await imageTargets(deps, args, { many: false });
  return target ? runDetached(deps, target.ref, optionsFrom<RunCommandOptions>(args)) : undefined;
}

export async function runDetached(deps: CommandDeps, image: string, options: RunCommandOptions): Promise<RunResult> {
  const result = await withCancellableProgress(vscode.l10n.t('Starting a container from {0}', image), signal =>
    deps.engine().runContainer({ image, name: options.name, cmd: options.cmd, env: options.env, labels: options.labels }, signal),
  );
  const ports = result.ports
    .filter(p => p.hostPort)
    .map(p => `${p.hostIp ?? '127.0.0.1'}:${p.hostPort} → ${p.containerPort}/${p.protocol}`);
  void deps.dialogs.showInformationMessage(
    ports.length
      ? vscode.l10n.t('Started {0} from {1}, ports {2}.', result.name, image, ports.join(', '))
      : vscode.l10n.t('Started {0} from {1}.', result.name, image),
  );
  await deps.trees.containers.reload();
  return result;
}
