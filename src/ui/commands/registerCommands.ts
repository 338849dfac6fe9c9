import * as vscode from 'vscode';
import { toEngineError } from '../../engine';
import { composeConfig, composeDown, composeVerb } from '../compose/composeCommands';
import type { ComposeRunner } from '../compose/ComposeRunner';
import { CommandId } from './commandIds';

export interface CommandDeps {
  readonly log: vscode.LogOutputChannel;
  /** Reloads every view from the engine. */
  readonly reloadAll: () => Promise<void>;
  /** Reconnects to the engine now instead of waiting for the next backoff step. */
  readonly reconnect: () => void;
  readonly compose: ComposeRunner;
}

type Handler = (...args: unknown[]) => Promise<unknown>;

// Record<CommandId, …>: a command in the manifest without a handler is a compile error.
function handlers(deps: CommandDeps): Record<CommandId, Handler> {
  return {
    [CommandId.Refresh]: () => deps.reloadAll(),
    [CommandId.EngineRetry]: async () => {
      deps.reconnect();
      await deps.reloadAll();
    },
    [CommandId.ShowLog]: () => {
      deps.log.show();
      return Promise.resolve();
    },
    [CommandId.ComposeUp]: composeVerb(deps.compose, 'up'),
    [CommandId.ComposeDown]: composeDown(deps.compose),
    [CommandId.ComposeRestart]: composeVerb(deps.compose, 'restart'),
    [CommandId.ComposeStop]: composeVerb(deps.compose, 'stop'),
    [CommandId.ComposeStart]: composeVerb(deps.compose, 'start'),
    [CommandId.ComposeLogs]: composeVerb(deps.compose, 'logs'),
    [CommandId.ComposePs]: composeVerb(deps.compose, 'ps'),
    [CommandId.ComposePull]: composeVerb(deps.compose, 'pull'),
    [CommandId.ComposeBuild]: composeVerb(deps.compose, 'build'),
    [CommandId.ComposeConfig]: composeConfig(deps.compose),
    [CommandId.ComposePause]: composeVerb(deps.compose, 'pause'),
    [CommandId.ComposeUnpause]: composeVerb(deps.compose, 'unpause'),
  };
}

export function registerCommands(context: vscode.ExtensionContext, deps: CommandDeps): void {
  for (const [id, handler] of Object.entries(handlers(deps))) {
    context.subscriptions.push(vscode.commands.registerCommand(id, (...args: unknown[]) => runSafely(id, deps, () => handler(...args))));
  }
}

/** Shows a failed command's error once, as a person can act on it; cancellation stays silent. */
async function runSafely(id: string, deps: CommandDeps, body: () => Promise<unknown>): Promise<unknown> {
  try {
    return await body();
  } catch (err) {
    const error = toEngineError(err);
    if (error.kind !== 'cancelled') {
      deps.log.error(`${id} failed: ${error.message}`);
      void vscode.window.showErrorMessage(error.message);
    }
    return undefined;
  }
}
