import * as vscode from 'vscode';
import type { CommandDeps } from '../shared/CommandDeps';
import { withCancellableProgress } from '../shared/withProgress';
import { containerTarget } from './containerTargets';
import { formatChanges, formatTop } from './containerText';

/**
 * Inspect, top and diff: one request each, shown as a read-only document named after the
 * container. Each resolves to the document, so that callers (tests) can read it.
 */
export async function inspectContainer(deps: CommandDeps, ...args: unknown[]) {
  const target = await containerTarget(deps, args);
  if (!target) {
    return undefined;
  }
  const json = await withCancellableProgress(vscode.l10n.t('Inspecting {0}', target.name), signal =>
    deps.engine().inspectContainer(target.id, signal),
  );
  return deps.documents.show(`${target.name}.inspect.json`, `${JSON.stringify(json, null, 2)}\n`, 'json');
}

export async function topContainer(deps: CommandDeps, ...args: unknown[]) {
  const target = await containerTarget(deps, args, { applies: c => c.state === 'running' || c.state === 'paused' });
  if (!target) {
    return undefined;
  }
  const top = await withCancellableProgress(vscode.l10n.t('Listing the processes of {0}', target.name), signal =>
    deps.engine().topContainer(target.id, signal),
  );
  return deps.documents.show(`${target.name}.top.txt`, formatTop(top));
}

export async function diffContainer(deps: CommandDeps, ...args: unknown[]) {
  const target = await containerTarget(deps, args);
  if (!target) {
    return undefined;
  }
  const changes = await withCancellableProgress(vscode.l10n.t('Comparing {0} with its image', target.name), signal =>
    deps.engine().containerChanges(target.id, signal),
  );
  const text = formatChanges(
    changes,
    { added: vscode.l10n.t('Added'), changed: vscode.l10n.t('Changed'), deleted: vscode.l10n.t('Deleted') },
    vscode.l10n.t("No changes: the container's filesystem is as its image left it."),
  );
  return deps.documents.show(`${target.name}.diff.txt`, text);
}
