import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ComposeOptions, ComposeVerb } from '../../../compose/composeArgs';
import type { CommandDeps } from '../shared/CommandDeps';
import { pickComposeFile } from './pickComposeFile';
import type { ProcessRun } from '../../terminals/ProcessTerminal';

/** What callers (CodeLens, other extensions, tests) may pass after the file. */
export interface ComposeCommandOptions extends ComposeOptions {
  /** Skip the confirmation of destructive commands (down). */
  readonly skipConfirmation?: boolean;
}

/** The running command, for callers that want to wait for it (tests, other extensions). */
export interface ComposeCommandResult {
  readonly exitCode: Promise<number>;
  output(): string;
}

function optionsOf(value: unknown): ComposeCommandOptions {
  return value && typeof value === 'object' && !(value instanceof vscode.Uri) && !Array.isArray(value) ? value : {};
}

function resultOf(run: ProcessRun): ComposeCommandResult {
  return { exitCode: run.exitCode, output: () => run.output() };
}

/** A compose command that runs `verb` on a file in a terminal. */
export async function composeVerb(
  deps: CommandDeps,
  verb: ComposeVerb,
  target?: unknown,
  options?: unknown,
): Promise<ComposeCommandResult | undefined> {
  const file = await pickComposeFile(deps.dialogs, target);
  return file ? resultOf(await deps.compose.run(verb, file, optionsOf(options))) : undefined;
}

/** `down` asks first: it removes the project's containers and networks, and volumes if asked. */
export async function composeDown(deps: CommandDeps, target?: unknown, rawOptions?: unknown): Promise<ComposeCommandResult | undefined> {
  const file = await pickComposeFile(deps.dialogs, target);
  if (!file) {
    return undefined;
  }
  let options = optionsOf(rawOptions);
  if (!options.skipConfirmation) {
    const down = vscode.l10n.t('Down');
    const downVolumes = vscode.l10n.t('Down and Remove Volumes');
    const project = path.basename(path.dirname(file));
    const answer = await deps.dialogs.showWarningMessage(
      vscode.l10n.t('Stop and remove the containers and networks of compose project "{0}"?', project),
      { modal: true, detail: vscode.l10n.t("Removing volumes also deletes the data in the project's named volumes.") },
      down,
      downVolumes,
    );
    if (!answer) {
      return undefined;
    }
    options = { ...options, removeVolumes: options.removeVolumes || answer === downVolumes };
  }
  return resultOf(await deps.compose.run('down', file, options));
}

/** Shows the resolved compose file (interpolated, merged, normalised) in a new untitled editor. */
export async function composeConfig(deps: CommandDeps, target?: unknown): Promise<vscode.TextDocument | undefined> {
  const file = await pickComposeFile(deps.dialogs, target);
  if (!file) {
    return undefined;
  }
  const resolved = await deps.compose.config(file);
  const doc = await vscode.workspace.openTextDocument({ language: 'yaml', content: resolved });
  await vscode.window.showTextDocument(doc, { preview: true });
  return doc;
}
