import type { IdsOf } from '../commandIds';
import type { CommandDeps, CommandHandler } from '../shared/CommandDeps';
import { copyToClipboard, openPort } from './clipboardAndBrowser';
import { commitContainer } from './commitContainer';
import { containersCommandIds as ids } from './containersCommandIds';
import { diffContainer, inspectContainer, topContainer } from './containerDocuments';
import { lifecycleCommand } from './lifecycle';
import { showMergedLogs } from './mergedLogs';
import { pruneContainers } from './pruneContainers';
import { removeContainers } from './removeContainers';
import { renameContainer } from './renameContainer';
import { showAllStats, showProjectStats, showStats } from './statsCommands';
import { attachContainer, openShell, showLogs, toggleLogTimestamps } from './terminalCommands';
import { copyFromContainer, copyToContainer, exportContainer } from './transferFiles';
import { clearFilter, composeProjectCommand, composeServiceCommand, filterContainers, setHideStopped } from './viewCommands';

export function containersCommandTable(deps: CommandDeps): Record<IdsOf<typeof ids>, CommandHandler> {
  return {
    [ids.ContainersStart]: (...args) => lifecycleCommand(deps, 'start', ...args),
    [ids.ContainersStop]: (...args) => lifecycleCommand(deps, 'stop', ...args),
    [ids.ContainersRestart]: (...args) => lifecycleCommand(deps, 'restart', ...args),
    [ids.ContainersKill]: (...args) => lifecycleCommand(deps, 'kill', ...args),
    [ids.ContainersPause]: (...args) => lifecycleCommand(deps, 'pause', ...args),
    [ids.ContainersUnpause]: (...args) => lifecycleCommand(deps, 'unpause', ...args),
    [ids.ContainersRemove]: (...args) => removeContainers(deps, ...args),
    [ids.ContainersPrune]: (...args) => pruneContainers(deps, ...args),
    [ids.ContainersLogs]: (...args) => showLogs(deps, ...args),
    [ids.ContainersMergedLogs]: (...args) => showMergedLogs(deps, ...args),
    [ids.ContainersToggleLogTimestamps]: () => toggleLogTimestamps(deps),
    [ids.ContainersShell]: (...args) => openShell(deps, ...args),
    [ids.ContainersAttach]: (...args) => attachContainer(deps, ...args),
    [ids.ContainersInspect]: (...args) => inspectContainer(deps, ...args),
    [ids.ContainersTop]: (...args) => topContainer(deps, ...args),
    [ids.ContainersStats]: (...args) => showStats(deps, ...args),
    [ids.ContainersStatsAll]: () => showAllStats(deps),
    [ids.ContainersDiff]: (...args) => diffContainer(deps, ...args),
    [ids.ContainersCopyFromContainer]: (...args) => copyFromContainer(deps, ...args),
    [ids.ContainersCopyToContainer]: (...args) => copyToContainer(deps, ...args),
    [ids.ContainersRename]: (...args) => renameContainer(deps, ...args),
    [ids.ContainersCommit]: (...args) => commitContainer(deps, ...args),
    [ids.ContainersExport]: (...args) => exportContainer(deps, ...args),
    [ids.ContainersOpenPort]: (...args) => openPort(deps, ...args),
    [ids.ContainersCopyId]: (...args) => copyToClipboard(deps, 'id', ...args),
    [ids.ContainersCopyName]: (...args) => copyToClipboard(deps, 'name', ...args),
    [ids.ContainersFilter]: (...args) => filterContainers(deps, ...args),
    [ids.ContainersClearFilter]: () => clearFilter(deps),
    [ids.ContainersHideStopped]: () => setHideStopped(deps, true),
    [ids.ContainersShowStopped]: () => setHideStopped(deps, false),
    [ids.ContainersProjectUp]: (...args) => composeProjectCommand('dockhand.compose.up', ...args),
    [ids.ContainersProjectDown]: (...args) => composeProjectCommand('dockhand.compose.down', ...args),
    [ids.ContainersProjectRestart]: (...args) => composeProjectCommand('dockhand.compose.restart', ...args),
    [ids.ContainersProjectLogs]: (...args) => composeProjectCommand('dockhand.compose.logs', ...args),
    [ids.ContainersProjectStats]: node => showProjectStats(deps, node),
    [ids.ContainersServiceUp]: (...args) => composeServiceCommand('dockhand.compose.up', ...args),
    [ids.ContainersServiceRestart]: (...args) => composeServiceCommand('dockhand.compose.restart', ...args),
    [ids.ContainersServiceLogs]: (...args) => composeServiceCommand('dockhand.compose.logs', ...args),
  };
}
