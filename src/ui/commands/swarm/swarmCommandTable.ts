import type { IdsOf } from '../commandIds';
import type { CommandDeps, CommandHandler } from '../shared/CommandDeps';
import { addNodeLabel, inspectNode, removeNodeLabel, setAvailability, setRole } from './nodeCommands';
import {
  forceUpdateService,
  inspectService,
  removeService,
  rollbackService,
  scaleService,
  serviceLogs,
  updateServiceImage,
} from './serviceCommands';
import { mergedServiceLogs } from './mergedServiceLogs';
import { deployStack, removeStack, stackLogs } from './stackCommands';
import { swarmCommandIds as ids } from './swarmCommandIds';
import { initSwarm, joinSwarm, leaveSwarm, showJoinTokens } from './swarmLifecycle';
import { createObject, inspectObject, removeObject } from './swarmObjectCommands';
import { inspectTask, taskLogs, taskShell } from './taskCommands';

export function swarmCommandTable(deps: CommandDeps): Record<IdsOf<typeof ids>, CommandHandler> {
  return {
    [ids.SwarmInit]: initSwarm(deps),
    [ids.SwarmJoin]: joinSwarm(deps),
    [ids.SwarmLeave]: leaveSwarm(deps),
    [ids.SwarmJoinTokens]: showJoinTokens(deps),
    [ids.SwarmRefresh]: () => deps.trees.swarm.reload(),
    [ids.StacksDeploy]: deployStack(deps),
    [ids.StacksRemove]: removeStack(deps),
    [ids.StacksLogs]: stackLogs(deps),
    [ids.ServicesScale]: scaleService(deps),
    [ids.ServicesUpdateImage]: updateServiceImage(deps),
    [ids.ServicesForceUpdate]: forceUpdateService(deps),
    [ids.ServicesRollback]: rollbackService(deps),
    [ids.ServicesRemove]: removeService(deps),
    [ids.ServicesLogs]: serviceLogs(deps),
    [ids.ServicesMergedLogs]: mergedServiceLogs(deps),
    [ids.ServicesInspect]: inspectService(deps),
    [ids.TasksInspect]: inspectTask(deps),
    [ids.TasksLogs]: taskLogs(deps),
    [ids.TasksShell]: taskShell(deps),
    [ids.NodesDrain]: setAvailability(deps, 'drain'),
    [ids.NodesActivate]: setAvailability(deps, 'active'),
    [ids.NodesPause]: setAvailability(deps, 'pause'),
    [ids.NodesPromote]: setRole(deps, 'manager'),
    [ids.NodesDemote]: setRole(deps, 'worker'),
    [ids.NodesAddLabel]: addNodeLabel(deps),
    [ids.NodesRemoveLabel]: removeNodeLabel(deps),
    [ids.NodesInspect]: inspectNode(deps),
    [ids.SecretsCreate]: createObject(deps, 'secret'),
    [ids.SecretsInspect]: inspectObject(deps, 'secret'),
    [ids.SecretsRemove]: removeObject(deps, 'secret'),
    [ids.ConfigsCreate]: createObject(deps, 'config'),
    [ids.ConfigsInspect]: inspectObject(deps, 'config'),
    [ids.ConfigsRemove]: removeObject(deps, 'config'),
  };
}
