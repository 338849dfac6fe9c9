import * as vscode from 'vscode';
import { UserError } from '../../../shared/UserError';
import type { CommandDeps, CommandHandler } from '../shared/CommandDeps';
import { optionsFrom, type CommandOptions } from '../shared/commandOptions';
import { confirmDestructive } from '../shared/confirm';
import { openServiceLogsTerminal } from './ServiceLogsTerminal';
import type { LogsRun } from '../../terminals/LogsTerminal';
import { parseReplicas } from './parseReplicas';
import { serviceTargets, type SwarmTarget } from './swarmTargets';

/** A service action that starts a rollout: the view follows it until it settles. */
async function rollout(deps: CommandDeps, target: SwarmTarget, action: () => Promise<void>): Promise<SwarmTarget> {
  await action();
  await deps.trees.swarm.reload();
  deps.swarmConvergence.watch();
  return target;
}

/**
 * `docker service scale web=3`: the count from the caller (`…scale(service, 3)`) or an input box.
 * A negative, fractional or non-numeric count is refused before any request.
 */
export function scaleService(deps: CommandDeps): CommandHandler {
  return async (...args) => {
    const [target] = await serviceTargets(deps, args);
    if (!target) {
      return undefined;
    }
    let count: number | undefined;
    const given = args[1];
    if (typeof given === 'number' || typeof given === 'string') {
      const parsed = parseReplicas(String(given));
      if (typeof parsed === 'string') {
        throw new UserError(parsed);
      }
      count = parsed;
    } else {
      const current = deps.trees.swarm.current?.services.find(s => s.id === target.id || s.name === target.name)?.replicas;
      const text = await deps.dialogs.showInputBox({
        prompt: vscode.l10n.t('Replicas of {0}', target.name),
        value: current === undefined ? '' : String(current),
        ignoreFocusOut: true,
        validateInput: value => {
          const parsed = parseReplicas(value);
          return typeof parsed === 'string' ? parsed : undefined;
        },
      });
      if (text === undefined) {
        return undefined;
      }
      const parsed = parseReplicas(text);
      if (typeof parsed === 'string') {
        throw new UserError(parsed);
      }
      count = parsed;
    }
    const replicas = count;
    return rollout(deps, target, () => deps.engine().scaleService(target.id, replicas));
  };
}

/** `docker service update --image`: a rolling update to another image (from the caller, or asked). */
export function updateServiceImage(deps: CommandDeps): CommandHandler {
  return async (...args) => {
    const [target] = await serviceTargets(deps, args);
    if (!target) {
      return undefined;
    }
    let image = typeof args[1] === 'string' ? args[1] : undefined;
    if (image === undefined) {
      const current = deps.trees.swarm.current?.services.find(s => s.id === target.id || s.name === target.name)?.image;
      image = await deps.dialogs.showInputBox({
        prompt: vscode.l10n.t('New image for {0} (the tasks are replaced one by one)', target.name),
        value: current ?? '',
        ignoreFocusOut: true,
        validateInput: v =>
          v.trim() && !/\s/.test(v.trim()) ? undefined : vscode.l10n.t('Enter an image reference, e.g. registry:5000/app:2.0.'),
      });
    }
    if (!image) {
      return undefined;
    }
    const chosen = image;
    return rollout(deps, target, () => deps.engine().updateServiceImage(target.id, chosen));
  };
}

/** `docker service update --force`: replaces every task with a fresh one of the same spec. */
export function forceUpdateService(deps: CommandDeps): CommandHandler {
  return async (...args) => {
    const [target] = await serviceTargets(deps, args);
    return target ? rollout(deps, target, () => deps.engine().forceUpdateService(target.id)) : undefined;
  };
}

/** `docker service rollback`: back to the spec before the last update. */
export function rollbackService(deps: CommandDeps): CommandHandler {
  return async (...args) => {
    const [target] = await serviceTargets(deps, args);
    return target ? rollout(deps, target, () => deps.engine().rollbackService(target.id)) : undefined;
  };
}

/** `docker service rm`, asked first. */
export function removeService(deps: CommandDeps): CommandHandler {
  return async (...args) => {
    const options = optionsFrom<CommandOptions>(args);
    const [target] = await serviceTargets(deps, args);
    if (!target) {
      return undefined;
    }
    const remove = vscode.l10n.t('Remove');
    const question = vscode.l10n.t('Remove the service {0}?', target.name);
    if (
      (await confirmDestructive(
        deps.dialogs,
        options,
        question,
        vscode.l10n.t('Its tasks are stopped and their containers removed.'),
        remove,
      )) !== remove
    ) {
      return undefined;
    }
    await deps.engine().removeService(target.id);
    await deps.trees.swarm.reload();
    return target;
  };
}

/** `docker service logs -f --tail N`: every task's lines, each prefixed with its task. */
export function serviceLogs(deps: CommandDeps): CommandHandler {
  return async (...args): Promise<LogsRun | undefined> => {
    const [target] = await serviceTargets(deps, args);
    if (!target) {
      return undefined;
    }
    // The service must exist now: a name that does not gives the engine's message at once.
    await deps.engine().inspectService(target.id);
    return openServiceLogsTerminal(deps.engine(), target.name, [target.id], { follow: true, tail: logTail() });
  };
}

export function inspectService(deps: CommandDeps): CommandHandler {
  return async (...args) => {
    const [target] = await serviceTargets(deps, args);
    if (!target) {
      return undefined;
    }
    const text = JSON.stringify(await deps.engine().inspectService(target.id), null, 2);
    await deps.documents.show(`${target.name}.service.json`, text, 'json');
    return text;
  };
}

/** How many lines of each task's log to start with: the containers' logs setting. */
export function logTail(): number {
  return Math.max(0, vscode.workspace.getConfiguration('dockhand.containers.logs').get<number>('tail', 1000));
}
