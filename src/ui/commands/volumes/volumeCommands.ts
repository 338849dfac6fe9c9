import * as vscode from 'vscode';
import { EngineError, type PruneResult, type VolumeSummary } from '../../../engine';
import { formatBytes } from '../../util/format';
import type { CommandDeps } from '../shared/CommandDeps';
import { optionsFrom, type CommandOptions } from '../shared/commandOptions';
import { confirmDestructive, nameList } from '../shared/confirm';
import { parseLabels } from '../shared/parseLabels';
import type { PruneCommandOptions } from '../shared/pruneOptions';
import { withCancellableProgress } from '../shared/withProgress';
import { volumeTargets } from './volumeTargets';

export interface CreateVolumeCommandOptions extends CommandOptions {
  readonly name?: string;
  readonly driver?: string;
  readonly labels?: Readonly<Record<string, string>>;
}

/** `docker volume create`: name, driver and labels from the options, else asked for. */
export async function createVolume(deps: CommandDeps, ...args: unknown[]): Promise<VolumeSummary | undefined> {
  const options = optionsFrom<CreateVolumeCommandOptions>(args);
  const fromCaller = options.name !== undefined || options.driver !== undefined || options.labels !== undefined;
  const name = options.name ?? (fromCaller ? undefined : await vscode.window.showInputBox({
    prompt: vscode.l10n.t('Volume name (empty: Docker picks one)'),
    ignoreFocusOut: true,
    validateInput: v => (!v || /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/.test(v) ? undefined : vscode.l10n.t('Use letters, digits, _ . - (at least two characters).')),
  }));
  if (name === undefined && !fromCaller) {
    return undefined;
  }
  const driver = options.driver ?? (fromCaller ? 'local' : await vscode.window.showInputBox({ prompt: vscode.l10n.t('Driver'), value: 'local', ignoreFocusOut: true }));
  if (driver === undefined) {
    return undefined;
  }
  let labels = options.labels;
  if (!fromCaller) {
    const text = await vscode.window.showInputBox({
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

/** `docker volume inspect` as a read-only JSON document. */
export async function inspectVolume(deps: CommandDeps, ...args: unknown[]): Promise<string | undefined> {
  const [name] = await volumeTargets(deps, args, false);
  if (!name) {
    return undefined;
  }
  const text = JSON.stringify(await deps.engine().inspectVolume(name), null, 2);
  await deps.documents.show(`${name}.volume.json`, text, 'json');
  return text;
}

/** `docker volume rm`: asks first; a volume in use is kept and the message names its containers. */
export async function removeVolumes(deps: CommandDeps, ...args: unknown[]): Promise<{ removed: string[]; kept: Array<{ name: string; reason: string }> } | undefined> {
  const options = optionsFrom<CommandOptions>(args);
  const names = await volumeTargets(deps, args, true);
  if (!names.length) {
    return undefined;
  }
  const remove = vscode.l10n.t('Remove');
  const question = vscode.l10n.t('Remove {0} volume(s)? Their data is lost.', names.length);
  if (await confirmDestructive(options, question, nameList(names), remove) !== remove) {
    return undefined;
  }
  const removed: string[] = [];
  const kept: Array<{ name: string; reason: string }> = [];
  for (const name of names) {
    try {
      await deps.engine().removeVolume(name);
      removed.push(name);
    } catch (err) {
      if (!(err instanceof EngineError) || err.kind !== 'conflict') {
        throw err;
      }
      kept.push({ name, reason: err.message });
    }
  }
  if (kept.length) {
    void vscode.window.showWarningMessage(kept.map(k => k.reason).join('\n'));
  }
  await deps.trees.volumes.reload();
  return { removed, kept };
}

/** `docker volume prune`: names the unused volumes first, then reports the space reclaimed. */
export async function pruneVolumes(deps: CommandDeps, ...args: unknown[]): Promise<PruneResult | undefined> {
  const options = optionsFrom<PruneCommandOptions>(args);
  const unused = (await deps.engine().listVolumesWithUsage({ labels: options.labels })).filter(v => !v.usedBy.length);
  if (!unused.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('There are no unused volumes to remove.'));
    return { removed: [], spaceReclaimed: 0 };
  }
  const prune = vscode.l10n.t('Remove Unused Volumes');
  const question = vscode.l10n.t('Remove {0} unused volume(s)? Their data is lost.', unused.length);
  if (await confirmDestructive(options, question, nameList(unused.map(v => v.name)), prune) !== prune) {
    return undefined;
  }
  const result = await withCancellableProgress(vscode.l10n.t('Removing unused volumes'), signal => deps.engine().pruneVolumes({ labels: options.labels }, signal));
  void vscode.window.showInformationMessage(vscode.l10n.t('Removed {0} volume(s), reclaimed {1}.', result.removed.length, formatBytes(result.spaceReclaimed)));
  await deps.trees.volumes.reload();
  return result;
}
