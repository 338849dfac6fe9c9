import * as vscode from 'vscode';
import type { VolumeSummary } from '../../../engine';
import type { CommandDeps } from '../shared/CommandDeps';
import { optionsFrom, type CommandOptions } from '../shared/commandOptions';
import { parseLabels } from '../shared/parseLabels';

export interface CreateVolumeCommandOptions extends CommandOptions {
  readonly name?: string;
  readonly driver?: string;
  readonly labels?: Readonly<Record<string, string>>;
}

/** `docker volume create`: name, driver and labels from the options, else asked for. */
export async function createVolume(deps: CommandDeps, ...args: unknown[]): Promise<VolumeSummary | undefined> {
  const options = optionsFrom<CreateVolumeCommandOptions>(args);
  const fromCaller = options.name !== undefined || options.driver !== undefined || options.labels !== undefined;
  const name =
    options.name ??
    (fromCaller
      ? undefined
      : await deps.dialogs.showInputBox({
          prompt: vscode.l10n.t('Volume name (empty: Docker picks one)'),
          ignoreFocusOut: true,
          validateInput: v =>
            !v || /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/.test(v)
              ? undefined
              : vscode.l10n.t('Use letters, digits, _ . - (at least two characters).'),
        }));
  if (name === undefined && !fromCaller) {
    return undefined;
  }
  const driver =
    options.driver ??
    (fromCaller ? 'local' : await deps.dialogs.showInputBox({ prompt: vscode.l10n.t('Driver'), value: 'local', ignoreFocusOut: true }));
  if (driver === undefined) {
    return undefined;
  }
  let labels = options.labels;
  if (!fromCaller) {
    const text = await deps.dialogs.showInputBox({
      prompt: vscode.l10n.t('Labels (key=value, comma-separated; optional)'),
      ignoreFocusOut: true,
      validateInput: v => (parseLabels(v) ? undefined : vscode.l10n.t('Write labels as key=value, separated by commas.')),
    });
    if (text === undefined) {
      return undefined;
    }
    labels = parseLabels(text);
  }
  const volume = await deps.engine().createVolume({ name: name || undefined, driver: driver || 'local', labels });
  await deps.trees.volumes.reload();
  return volume;
}
