import * as vscode from 'vscode';
import { UserError } from '../../../shared/UserError';
import type { CommandDeps, CommandHandler } from '../shared/CommandDeps';
import { openSessionTerminal, type SessionRun } from '../../terminals/SessionTerminal';
import { openLogsTerminal, type LogsRun } from '../../terminals/LogsTerminal';
import { withCancellableProgress } from '../shared/withProgress';
import { logTail } from './serviceCommands';
import { taskTargets, type TaskTarget } from './swarmTargets';

export function inspectTask(deps: CommandDeps): CommandHandler {
  return async (...args) => {
    const [target] = await taskTargets(deps, args);
    if (!target) {
      return undefined;
    }
    const text = JSON.stringify(await deps.engine().inspectTask(target.id), null, 2);
    await deps.documents.show(`${target.name}.task.json`, text, 'json');
    return text;
  };
}

/** The container of a task that runs on this engine; on another node there is none to reach. */
function localContainer(target: TaskTarget): string {
  if (!target.containerId) {
    throw new UserError(vscode.l10n.t('The task {0} has no container yet.', target.name));
  }
  if (!target.local) {
    throw new UserError(
      vscode.l10n.t("The task {0} runs on another node: connect Dockhand to that node's engine to reach its container.", target.name),
    );
  }
  return target.containerId;
}

/** The task's container logs, followed. */
export function taskLogs(deps: CommandDeps): CommandHandler {
  return async (...args): Promise<LogsRun | undefined> => {
    const [target] = await taskTargets(deps, args);
    if (!target) {
      return undefined;
    }
    const id = localContainer(target);
    await deps.engine().inspectContainer(id);
    return openLogsTerminal(deps.engine(), { id, name: target.name }, { tail: logTail(), timestamps: false });
  };
}

/** A shell in the task's container (bash, else sh), over the Engine API. */
export function taskShell(deps: CommandDeps): CommandHandler {
  return async (...args): Promise<SessionRun | undefined> => {
    const [target] = await taskTargets(deps, args);
    if (!target) {
      return undefined;
    }
    const id = localContainer(target);
    if (!target.running) {
      throw new UserError(vscode.l10n.t('The task {0} is not running.', target.name));
    }
    const engine = deps.engine();
    const session = await withCancellableProgress(vscode.l10n.t('Opening a shell in {0}', target.name), async signal => {
      const shell = await engine.pickShell(id, signal);
      return engine.exec(id, { cmd: [shell], tty: true, stdin: true, env: ['TERM=xterm-256color'] }, signal);
    });
    return openSessionTerminal(vscode.l10n.t('Shell: {0}', target.name), 'terminal', { session, exitCode: () => session.exitCode() });
  };
}
