import * as vscode from 'vscode';
import type { Dialogs } from '../../Dialogs';
import type { CommandOptions } from './commandOptions';

/**
 * Asks before something is lost, in a modal that names what goes. Resolves to the chosen action
 * (the first one when the caller passed skipConfirmation), or undefined when the user declined.
 */
export async function confirmDestructive<A extends string>(
  dialogs: Dialogs,
  options: CommandOptions,
  message: string,
  detail: string,
  ...actions: [A, ...A[]]
): Promise<A | undefined> {
  if (options.skipConfirmation) {
    return actions[0];
  }
  return dialogs.showWarningMessage(message, { modal: true, detail }, ...actions);
}

/** Lists names for a confirmation: all of them up to ten, then "and N more". */
export function nameList(names: readonly string[]): string {
  const shown = names.slice(0, 10).join(', ');
  return names.length > 10 ? vscode.l10n.t('{0} and {1} more', shown, names.length - 10) : shown;
}
