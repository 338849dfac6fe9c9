import * as vscode from 'vscode';
import { stackLabel } from '../../../engine';
import { UserError } from '../../../shared/UserError';
import type { StackNode } from '../../trees/swarm/swarmNodes';
import { serviceFeed } from '../containers/logFeeds';
import { mergedLogSettings } from '../containers/mergedLogs';
import { openMergedLogsPanel, type MergedLogsRun } from '../containers/MergedLogsPanel';
import type { CommandDeps, CommandHandler } from '../shared/CommandDeps';
import { nodeOfKind } from '../shared/commandTargets';
import { serviceTargets } from './swarmTargets';

const isStack = nodeOfKind<StackNode>('stack');

/**
 * The merged log view of swarm services (`docker service logs -f -t`): a service, a selection of
 * them, or every service of a stack node; each task is a source with its own colour.
 */
export function mergedServiceLogs(deps: CommandDeps): CommandHandler {
  return async (...args): Promise<MergedLogsRun | undefined> => {
    const engine = deps.engine();
    const [first] = args;
    let title: string;
    let services: Array<{ id: string; name: string }>;
    if (isStack(first)) {
      title = first.name;
      services = (await engine.listServices({ labels: [`${stackLabel}=${first.name}`] })).map(s => ({ id: s.id, name: s.name }));
      if (!services.length) {
        throw new UserError(vscode.l10n.t('The stack {0} has no services (it may have been removed meanwhile).', first.name));
      }
    } else {
      services = await serviceTargets(deps, args);
      if (!services.length) {
        return undefined;
      }
      // A service that does not exist gives the engine's message before a panel opens.
      await Promise.all(services.map(s => engine.inspectService(s.id)));
      title = services.map(s => s.name).join(', ');
    }
    const { tail, capacity } = mergedLogSettings();
    return openMergedLogsPanel(
      deps,
      vscode.l10n.t('Logs: {0}', title),
      services.map(s => serviceFeed(engine, s, tail)),
      { capacity },
    );
  };
}
