import * as vscode from 'vscode';
import type { CommandDeps } from '../shared/CommandDeps';
import { withCancellableProgress } from '../shared/withProgress';
import { containerTarget } from './containerTargets';
import { openLogsTerminal, type LogsRun } from '../../terminals/LogsTerminal';
import { openSessionTerminal, type SessionRun } from '../../terminals/SessionTerminal';

const logsSection = 'dockhand.containers.logs';

/** `docker logs -f --tail 1000` in a terminal; tail and timestamps come from the settings. */
export async function showLogs(deps: CommandDeps, ...args: unknown[]): Promise<LogsRun | undefined> {
  const target = await containerTarget(deps, args);
  if (!target) {
    return undefined;
  }
  // The container must exist now: a name that does not gives the engine's message at once.
  await deps.engine().inspectContainer(target.id);
  const settings = vscode.workspace.getConfiguration(logsSection);
  return openLogsTerminal(deps.engine(), target, {
    tail: Math.max(0, settings.get<number>('tail', 1000)),
    timestamps: settings.get<boolean>('timestamps', false),
  });
}

/** Flips `dockhand.containers.logs.timestamps` for logs terminals opened from now on. */
export async function toggleLogTimestamps(deps: CommandDeps) {
  const settings = vscode.workspace.getConfiguration(logsSection);
  const next = !settings.get<boolean>('timestamps', false);
  await settings.update('timestamps', next, vscode.ConfigurationTarget.Global);
  void deps.dialogs.showInformationMessage(
    next ? vscode.l10n.t('Logs opened from now on show timestamps.') : vscode.l10n.t('Logs opened from now on hide timestamps.'),
  );
  return next;
}

/** `docker exec -it <container> bash` (sh when the image has no bash), over the Engine API. */
export async function openShell(deps: CommandDeps, ...args: unknown[]): Promise<SessionRun | undefined> {
  const target = await containerTarget(deps, args, { applies: c => c.state === 'running' });
  if (!target) {
    return undefined;
  }
  const engine = deps.engine();
  const session = await withCancellableProgress(vscode.l10n.t('Opening a shell in {0}', target.name), async signal => {
    const shell = await engine.pickShell(target.id, signal);
    return engine.exec(target.id, { cmd: [shell], tty: true, stdin: true, env: ['TERM=xterm-256color'] }, signal);
  });
  return openSessionTerminal(vscode.l10n.t('Shell: {0}', target.name), 'terminal', { session, exitCode: () => session.exitCode() });
}

/** `docker attach`: the container's main process in a terminal. */
export async function attachContainer(deps: CommandDeps, ...args: unknown[]): Promise<SessionRun | undefined> {
  const target = await containerTarget(deps, args, { applies: c => c.state === 'running' });
  if (!target) {
    return undefined;
  }
  const session = await withCancellableProgress(vscode.l10n.t('Attaching to {0}', target.name), signal =>
    deps.engine().attach(target.id, signal),
  );
  return openSessionTerminal(vscode.l10n.t('Attached: {0}', target.name), 'plug', { session });
}
