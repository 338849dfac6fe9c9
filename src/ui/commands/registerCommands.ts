import * as vscode from 'vscode';
import { toEngineError } from '../../engine';
import { CommandId } from './commandIds';

export interface CommandDeps {
  readonly log: vscode.LogOutputChannel;
  /** Reloads every view from the engine. */
  readonly reloadAll: () => Promise<void>;
  /** Reconnects to the engine now instead of waiting for the next backoff step. */
  readonly reconnect: () => void;
}

type Handler = (deps: CommandDeps, ...args: unknown[]) => Promise<unknown>;

// Record<CommandId, …>: a command in the manifest without a handler is a compile error.
const handlers: Record<CommandId, Handler> = {
  [CommandId.Refresh]: deps => deps.reloadAll(),
  [CommandId.EngineRetry]: async deps => {
    deps.reconnect();
    await deps.reloadAll();
  },
  [CommandId.ShowLog]: deps => {
    deps.log.show();
    return Promise.resolve();
  },
};

export function registerCommands(context: vscode.ExtensionContext, deps: CommandDeps): void {
  for (const [id, handler] of Object.entries(handlers)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, (...args: unknown[]) => runSafely(id, deps, () => handler(deps, ...args))));
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
