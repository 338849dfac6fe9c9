import * as fs from 'node:fs';
import { UserError } from '../../../shared/UserError';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { defaultStackName, stackDeployCommand, stackNameProblem } from '../../../compose/stackDeploy';
import { stackLabel, type StackRemoval } from '../../../engine';
import { pickComposeFile } from '../compose/pickComposeFile';
import { runInTerminal } from '../../terminals/ProcessTerminal';
import type { LogsRun } from '../../terminals/LogsTerminal';
import type { CommandDeps, CommandHandler } from '../shared/CommandDeps';
import { optionsFrom, type CommandOptions } from '../shared/commandOptions';
import { confirmDestructive, nameList } from '../shared/confirm';
import { logTail } from './serviceCommands';
import { openServiceLogsTerminal } from './ServiceLogsTerminal';
import { stackTargets } from './swarmTargets';

/** The running deploy, for callers that wait for it (tests, other extensions). */
export interface StackDeployResult {
  readonly stack: string;
  readonly exitCode: Promise<number>;
  output(): string;
}

/**
 * `docker stack deploy --compose-file <file> --with-registry-auth <name>` in a terminal, against
 * the engine Dockhand uses: `(fileUri | path, name?)`. It runs the workspace's file, so Restricted
 * Mode refuses it (trustedCommandIds); a file with errors is not deployed (its diagnostics say why).
 */
export function deployStack(deps: CommandDeps): CommandHandler {
  return async (target?: unknown, nameArg?: unknown): Promise<StackDeployResult | undefined> => {
    const file = await pickComposeFile(deps.dialogs, target);
    if (!file) {
      return undefined;
    }
    const uri = vscode.Uri.file(file);
    const errors = vscode.languages.getDiagnostics(uri).filter(d => d.severity === vscode.DiagnosticSeverity.Error);
    if (errors.length) {
      await vscode.window.showTextDocument(uri, { preview: false, selection: errors[0]?.range });
      const first = errors[0];
      throw new UserError(
        vscode.l10n.t(
          '{0} has {1} error(s), so it was not deployed. Line {2}: {3}',
          path.basename(file),
          errors.length,
          (first?.range.start.line ?? 0) + 1,
          first?.message ?? '',
        ),
      );
    }
    const engine = deps.engine();
    const status = await engine.swarmStatus();
    if (!status.isManager) {
      throw new UserError(
        status.state === 'active'
          ? vscode.l10n.t('This engine is a swarm worker: deploy stacks on a manager.')
          : vscode.l10n.t('This engine is not in a swarm. Initialize one first (Swarm view → Initialize a single-node swarm).'),
      );
    }
    let name = typeof nameArg === 'string' ? nameArg : undefined;
    if (name === undefined) {
      const text = await fs.promises.readFile(file, 'utf8').catch(() => '');
      name = await deps.dialogs.showInputBox({
        prompt: vscode.l10n.t('Stack name (its services are named <stack>_<service>)'),
        value: defaultStackName(file, text),
        ignoreFocusOut: true,
        validateInput: v => stackNameProblem(v),
      });
      if (!name) {
        return undefined;
      }
    }
    const { program, args, env } = stackDeployCommand(file, name, engine.cliEnvironment());
    const run = runInTerminal(`stack deploy · ${name}`, program, args, path.dirname(file), env);
    void run.exitCode.then(async code => {
      if (code === 0) {
        await deps.trees.swarm.reload();
        deps.swarmConvergence.watch();
      }
    });
    return { stack: name, exitCode: run.exitCode, output: () => run.output() };
  };
}

/** `docker stack rm`: its services, then its networks, secrets and configs; asked first. */
export function removeStack(deps: CommandDeps): CommandHandler {
  return async (...args): Promise<StackRemoval | undefined> => {
    const options = optionsFrom<CommandOptions>(args);
    const [name] = await stackTargets(deps, args);
    if (!name) {
      return undefined;
    }
    const services = (deps.trees.swarm.current?.services ?? []).filter(s => s.stack === name).map(s => s.name);
    const remove = vscode.l10n.t('Remove Stack');
    const question = vscode.l10n.t('Remove the stack {0}?', name);
    const detail = services.length
      ? vscode.l10n.t('Its services ({0}) stop, and its networks, secrets and configs are removed.', nameList(services))
      : vscode.l10n.t('Its services stop, and its networks, secrets and configs are removed.');
    if ((await confirmDestructive(deps.dialogs, options, question, detail, remove)) !== remove) {
      return undefined;
    }
    const removal = await deps.engine().removeStack(name);
    await deps.trees.swarm.reload();
    return removal;
  };
}

/** The logs of every service of a stack, merged, each line prefixed with its task. */
export function stackLogs(deps: CommandDeps): CommandHandler {
  return async (...args): Promise<LogsRun | undefined> => {
    const [name] = await stackTargets(deps, args);
    if (!name) {
      return undefined;
    }
    const services = (await deps.engine().listServices({ labels: [`${stackLabel}=${name}`] })).map(s => s.id);
    if (!services.length) {
      throw new UserError(vscode.l10n.t('The stack {0} has no services (it may have been removed meanwhile).', name));
    }
    return openServiceLogsTerminal(deps.engine(), name, services, { follow: true, tail: logTail() });
  };
}
