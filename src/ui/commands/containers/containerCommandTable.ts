import type { IdsOf } from '../commandIds';
import type { CommandDeps, CommandHandler } from '../shared/CommandDeps';
import { copyToClipboard, openPort } from './clipboardAndBrowser';
import { commitContainer } from './commitContainer';
import { containerCommandIds as ids } from './containerCommandIds';
import { diffContainer, inspectContainer, topContainer } from './containerDocuments';
import { lifecycleCommand } from './lifecycle';
import { pruneContainers } from './pruneContainers';
import { removeContainers } from './removeContainers';
import { renameContainer } from './renameContainer';
import { showAllStats, showStats } from './statsCommands';
import { attachContainer, openShell, showLogs, toggleLogTimestamps } from './terminalCommands';
import { copyFromContainer, copyToContainer, exportContainer } from './transferFiles';
import { clearFilter, composeProjectCommand, composeServiceCommand, filterContainers, setHideStopped } from './viewCommands';

export function containerCommandTable(deps: CommandDeps): Record<IdsOf<typeof ids>, CommandHandler> {
  return {
    [ids.Start]: lifecycleCommand(deps, 'start'),
    [ids.Stop]: lifecycleCommand(deps, 'stop'),
    [ids.Restart]: lifecycleCommand(deps, 'restart'),
    [ids.Kill]: lifecycleCommand(deps, 'kill'),
    [ids.Pause]: lifecycleCommand(deps, 'pause'),
    [ids.Unpause]: lifecycleCommand(deps, 'unpause'),
    [ids.Remove]: removeContainers(deps),
    [ids.Prune]: pruneContainers(deps),
    [ids.Logs]: showLogs(deps),
    [ids.ToggleLogTimestamps]: toggleLogTimestamps(deps),
    [ids.Shell]: openShell(deps),
    [ids.Attach]: attachContainer(deps),
    [ids.Inspect]: inspectContainer(deps),
    [ids.Top]: topContainer(deps),
    [ids.Stats]: showStats(deps),
    [ids.StatsAll]: showAllStats(deps),
    [ids.Diff]: diffContainer(deps),
    [ids.CopyFromContainer]: copyFromContainer(deps),
    [ids.CopyToContainer]: copyToContainer(deps),
    [ids.Rename]: renameContainer(deps),
    [ids.Commit]: commitContainer(deps),
    [ids.Export]: exportContainer(deps),
    [ids.OpenPort]: openPort(deps),
    [ids.CopyId]: copyToClipboard(deps, 'id'),
    [ids.CopyName]: copyToClipboard(deps, 'name'),
    [ids.Filter]: filterContainers(deps),
    [ids.ClearFilter]: clearFilter(deps),
    [ids.HideStopped]: setHideStopped(deps, true),
    [ids.ShowStopped]: setHideStopped(deps, false),
    [ids.ProjectUp]: composeProjectCommand('dockhand.compose.up'),
    [ids.ProjectDown]: composeProjectCommand('dockhand.compose.down'),
    [ids.ProjectRestart]: composeProjectCommand('dockhand.compose.restart'),
    [ids.ProjectLogs]: composeProjectCommand('dockhand.compose.logs'),
    [ids.ServiceUp]: composeServiceCommand('dockhand.compose.up'),
    [ids.ServiceRestart]: composeServiceCommand('dockhand.compose.restart'),
    [ids.ServiceLogs]: composeServiceCommand('dockhand.compose.logs'),
  };
}
