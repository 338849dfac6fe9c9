import * as vscode from 'vscode';
import type { CommandDeps } from '../shared/CommandDeps';
import { containerTarget, stringArg } from './containerTargets';
import { containerNameProblem } from './containerText';
import { UserError } from '../../../shared/UserError';

function nameProblem(name: string): string | undefined {
  return containerNameProblem(name, {
    empty: vscode.l10n.t('Enter a name.'),
    invalid: vscode.l10n.t(
      'A container name has at least two characters: letters, digits, "_", "." and "-", starting with a letter or digit.',
    ),
  });
}

/** `docker rename`: `(target, newName)` from callers, else an input box that checks Docker's name rule as you type. */
export async function renameContainer(deps: CommandDeps, ...args: unknown[]) {
  const target = await containerTarget(deps, args);
  if (!target) {
    return undefined;
  }
  const newName =
    stringArg(args, 1) ??
    (await deps.dialogs.showInputBox({
      title: vscode.l10n.t('Rename container "{0}"', target.name),
      value: target.name,
      validateInput: nameProblem,
    }));
  if (!newName || newName === target.name) {
    return undefined;
  }
  const problem = nameProblem(newName);
  if (problem) {
    throw new UserError(problem);
  }
  try {
    await deps.engine().renameContainer(target.id, newName.replace(/^\//, ''));
  } finally {
    await deps.trees.containers.reload();
  }
  return newName;
}
