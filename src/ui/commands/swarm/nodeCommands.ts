import * as vscode from 'vscode';
import { UserError } from '../../../shared/UserError';
import type { NodeAvailability, NodeRole, NodeUpdate } from '../../../engine';
import type { CommandDeps, CommandHandler } from '../shared/CommandDeps';
import { optionsFrom, type CommandOptions } from '../shared/commandOptions';
import { confirmDestructive } from '../shared/confirm';
import { parseLabels } from '../shared/parseLabels';
import { nodeTargets, type SwarmTarget } from './swarmTargets';

async function updateNode(deps: CommandDeps, target: SwarmTarget, update: NodeUpdate): Promise<SwarmTarget> {
  await deps.engine().updateNode(target.id, update);
  await deps.trees.swarm.reload();
  // Draining moves tasks elsewhere (or leaves them pending): follow until they settle.
  if (update.availability) {
    deps.swarmConvergence.watch();
  }
  return target;
}

/** drain / activate / pause: `docker node update --availability`. Draining asks first (its tasks stop). */
export function setAvailability(deps: CommandDeps, availability: NodeAvailability): CommandHandler {
  return async (...args) => {
    const [target] = await nodeTargets(deps, args);
    if (!target) {
      return undefined;
    }
    if (availability === 'drain') {
      const drain = vscode.l10n.t('Drain');
      const question = vscode.l10n.t('Drain the node {0}?', target.name);
      const detail = vscode.l10n.t(
        'Its tasks are stopped and scheduled on other nodes; with no other node they wait until it is active again.',
      );
      if ((await confirmDestructive(deps.dialogs, optionsFrom<CommandOptions>(args), question, detail, drain)) !== drain) {
        return undefined;
      }
    }
    return updateNode(deps, target, { availability });
  };
}

/** promote / demote: `docker node promote|demote`. */
export function setRole(deps: CommandDeps, role: NodeRole): CommandHandler {
  return async (...args) => {
    const [target] = await nodeTargets(deps, args);
    return target ? updateNode(deps, target, { role }) : undefined;
  };
}

/** `docker node update --label-add key=value` (from the caller, or asked). */
export function addNodeLabel(deps: CommandDeps): CommandHandler {
  return async (...args) => {
    const [target] = await nodeTargets(deps, args);
    if (!target) {
      return undefined;
    }
    const text =
      typeof args[1] === 'string'
        ? args[1]
        : await deps.dialogs.showInputBox({
            prompt: vscode.l10n.t('Labels for {0} (key=value, comma-separated)', target.name),
            ignoreFocusOut: true,
            validateInput: v => (v.trim() && parseLabels(v) ? undefined : vscode.l10n.t('Write labels as key=value, separated by commas.')),
          });
    if (!text) {
      return undefined;
    }
    const added = parseLabels(text);
    if (!added || !Object.keys(added).length) {
      throw new UserError(vscode.l10n.t('"{0}" is not a label: write key=value.', text));
    }
    const current = (await deps.engine().listNodes()).find(n => n.id === target.id || n.hostname === target.id)?.labels ?? {};
    return updateNode(deps, target, { labels: { ...current, ...added } });
  };
}

/** `docker node update --label-rm key` (the key from the caller, or picked from the node's labels). */
export function removeNodeLabel(deps: CommandDeps): CommandHandler {
  return async (...args) => {
    const [target] = await nodeTargets(deps, args);
    if (!target) {
      return undefined;
    }
    const node = (await deps.engine().listNodes()).find(n => n.id === target.id || n.hostname === target.id);
    const labels = { ...node?.labels };
    const keys = Object.keys(labels);
    let key = typeof args[1] === 'string' ? args[1] : undefined;
    if (key === undefined) {
      if (!keys.length) {
        void deps.dialogs.showInformationMessage(vscode.l10n.t('The node {0} has no labels.', target.name));
        return undefined;
      }
      key = (
        await deps.dialogs.showQuickPick(
          keys.map(k => ({ label: k, description: labels[k] })),
          { placeHolder: vscode.l10n.t('Label to remove') },
        )
      )?.label;
    }
    if (!key) {
      return undefined;
    }
    if (!(key in labels)) {
      throw new UserError(vscode.l10n.t('The node {0} has no label {1}.', target.name, key));
    }
    delete labels[key];
    return updateNode(deps, target, { labels });
  };
}

export function inspectNode(deps: CommandDeps): CommandHandler {
  return async (...args) => {
    const [target] = await nodeTargets(deps, args);
    if (!target) {
      return undefined;
    }
    const text = JSON.stringify(await deps.engine().inspectNode(target.id), null, 2);
    await deps.documents.show(`${target.name}.node.json`, text, 'json');
    return text;
  };
}
