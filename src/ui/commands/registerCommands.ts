import * as vscode from 'vscode';
import { toEngineError } from '../../engine';
import { composeCommandTable } from '../compose/composeCommandTable';
import type { CommandId } from './commandIds';
import { containerCommandTable } from './containers/containerCommandTable';
import { coreCommandTable } from './coreCommandTable';
import { imagesCommandTable } from './images/imagesCommandTable';
import { networksCommandTable } from './networks/networksCommandTable';
import { swarmCommandTable } from './swarm/swarmCommandTable';
import { systemCommandTable } from './system/systemCommandTable';
import { volumesCommandTable } from './volumes/volumesCommandTable';
import type { CommandDeps, CommandHandler } from './shared/CommandDeps';

// Record<CommandId, …>: a command in the manifest without a handler is a compile error.
function allCommands(deps: CommandDeps): Record<CommandId, CommandHandler> {
  return {
    ...coreCommandTable(deps),
    ...composeCommandTable(deps),
    ...containerCommandTable(deps),
    ...imagesCommandTable(deps),
    ...volumesCommandTable(deps),
    ...networksCommandTable(deps),
    ...systemCommandTable(deps),
    ...swarmCommandTable(deps),
  };
}

export function registerCommands(context: vscode.ExtensionContext, deps: CommandDeps): void {
  for (const [id, handler] of Object.entries(allCommands(deps))) {
    context.subscriptions.push(vscode.commands.registerCommand(id, (...args: unknown[]) => runSafely(id, deps, () => handler(...args))));
  }
}

/**
 * Shows a failed command's error once, as a person can act on it; cancellation stays silent.
 * A resource that vanished meanwhile (removed from a terminal) also reloads the views.
 */
async function runSafely(id: string, deps: CommandDeps, body: () => Promise<unknown>): Promise<unknown> {
  try {
    return await body();
  } catch (err) {
    const error = toEngineError(err);
    if (error.kind === 'cancelled') {
      return undefined;
    }
    deps.log.error(`${id} failed: ${error.message}`);
    void vscode.window.showErrorMessage(error.message);
    if (error.kind === 'notFound') {
      void deps.reloadAll();
    }
    return undefined;
  }
}
