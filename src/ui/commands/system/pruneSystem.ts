import * as vscode from 'vscode';
import { isContainerUp, type DockerEngine, type SystemPruneResult } from '../../../engine';
import { formatBytes, shortId } from '../../util/format';
import type { CommandDeps } from '../shared/CommandDeps';
import { optionsFrom } from '../shared/commandOptions';
import type { PruneCommandOptions } from '../shared/prune';
import { withCancellableProgress } from '../shared/withProgress';
import { pruneSummary, type PruneCandidates } from './pruneSummary';

export interface SystemPruneCommandOptions extends PruneCommandOptions {
  /** Also remove unused volumes (callers that skip the confirmation decide this up front). */
  readonly volumes?: boolean;
}

/** `docker system prune`: lists what goes, offers to include volumes, reports the space reclaimed. */
export async function pruneSystem(deps: CommandDeps, ...args: unknown[]): Promise<SystemPruneResult | undefined> {
  const options = optionsFrom<SystemPruneCommandOptions>(args);
  let volumes = options.volumes ?? false;
  if (!options.skipConfirmation) {
    const candidates = await pruneCandidates(deps.engine(), options.labels);
    const prune = vscode.l10n.t('Prune');
    const withVolumes = vscode.l10n.t('Prune Including Volumes');
    const lines = pruneSummary(candidates, false);
    const volumeLines = pruneSummary(
      { ...candidates, stoppedContainers: [], unusedNetworks: [], danglingImages: [], buildCacheBytes: 0 },
      true,
    );
    if (!lines.length && !volumeLines.length) {
      void deps.dialogs.showInformationMessage(vscode.l10n.t('Nothing unused to remove.'));
      return undefined;
    }
    const detail = [...lines, ...(volumeLines.length ? ['', vscode.l10n.t('With volumes, also:'), ...volumeLines] : [])].join('\n');
    const answer = await deps.dialogs.showWarningMessage(
      vscode.l10n.t('Remove everything unused?'),
      { modal: true, detail },
      prune,
      ...(volumeLines.length ? [withVolumes] : []),
    );
    if (!answer) {
      return undefined;
    }
    volumes = answer === withVolumes;
  }
  const result = await withCancellableProgress(vscode.l10n.t('Removing unused Docker resources'), signal =>
    deps.engine().pruneSystem({ volumes, labels: options.labels }, signal),
  );
  const count = result.containers.length + result.networks.length + result.images.length + result.volumes.length + result.buildCache.length;
  void deps.dialogs.showInformationMessage(vscode.l10n.t('Removed {0} item(s), reclaimed {1}.', count, formatBytes(result.spaceReclaimed)));
  await deps.reloadAll();
  return result;
}

async function pruneCandidates(engine: DockerEngine, labels?: readonly string[]): Promise<PruneCandidates> {
  const [containers, networks, images, volumes, df] = await Promise.all([
    engine.listContainers({ all: true, labels }),
    engine.listNetworksWithContainers({ labels }),
    engine.listImages({ labels }),
    engine.listVolumesWithUsage({ labels }),
    labels?.length ? Promise.resolve(undefined) : engine.systemDf(),
  ]);
  return {
    stoppedContainers: containers.filter(c => !isContainerUp(c.state)).map(c => c.name),
    unusedNetworks: networks.filter(n => !n.builtIn && !n.containers.length).map(n => n.name),
    danglingImages: images.filter(i => i.dangling).map(i => shortId(i.id)),
    unusedVolumes: volumes.filter(v => !v.usedBy.length).map(v => v.name),
    buildCacheBytes: df?.buildCache.reclaimable ?? 0,
  };
}
