import * as vscode from 'vscode';
import { EngineError, type NetworkDriver, type NetworkSummary, type PruneResult } from '../../../engine';
import type { CommandDeps } from '../shared/CommandDeps';
import { optionsFrom, type CommandOptions } from '../shared/commandOptions';
import { confirmDestructive, nameList } from '../shared/confirm';
import type { PruneCommandOptions } from '../shared/pruneOptions';
import { withCancellableProgress } from '../shared/withProgress';
import { networkTargets } from './networkTargets';

export interface CreateNetworkCommandOptions extends CommandOptions {
  readonly name?: string;
  readonly driver?: NetworkDriver;
  readonly subnet?: string;
  readonly gateway?: string;
  readonly labels?: Readonly<Record<string, string>>;
}

const drivers: NetworkDriver[] = ['bridge', 'overlay', 'macvlan', 'ipvlan'];
const cidr = /^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/;
const ipv4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** `docker network create`: name, driver, optional subnet and gateway (from options, else asked). */
export async function createNetwork(deps: CommandDeps, ...args: unknown[]): Promise<NetworkSummary | undefined> {
  const options = optionsFrom<CreateNetworkCommandOptions>(args);
  const fromCaller = options.name !== undefined;
  const name = options.name ?? await vscode.window.showInputBox({
    prompt: vscode.l10n.t('Network name'),
    ignoreFocusOut: true,
    validateInput: v => (/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(v) ? undefined : vscode.l10n.t('Use letters, digits, _ . -')),
  });
  if (!name) {
    return undefined;
  }
  const driver = options.driver ?? (fromCaller ? 'bridge' : (await vscode.window.showQuickPick(drivers, { placeHolder: vscode.l10n.t('Driver') })) as NetworkDriver | undefined);
  if (!driver) {
    return undefined;
  }
  const subnet = options.subnet ?? (fromCaller ? '' : await vscode.window.showInputBox({
    prompt: vscode.l10n.t('Subnet in CIDR form, e.g. 172.30.0.0/16 (optional)'),
    ignoreFocusOut: true,
    validateInput: v => (!v || cidr.test(v) ? undefined : vscode.l10n.t('Write a subnet such as 172.30.0.0/16.')),
  }));
  if (subnet === undefined) {
    return undefined;
  }
  const gateway = options.gateway ?? (fromCaller || !subnet ? '' : await vscode.window.showInputBox({
    prompt: vscode.l10n.t('Gateway inside the subnet, e.g. 172.30.0.1 (optional)'),
    ignoreFocusOut: true,
    validateInput: v => (!v || ipv4.test(v) ? undefined : vscode.l10n.t('Write an IPv4 address such as 172.30.0.1.')),
  }));
  if (gateway === undefined) {
    return undefined;
  }
  const network = await deps.engine().createNetwork({ name, driver, subnet: subnet || undefined, gateway: gateway || undefined, labels: options.labels });
  await deps.trees.networks.reload();
  return network;
}

/** `docker network inspect` as a read-only JSON document. */
export async function inspectNetwork(deps: CommandDeps, ...args: unknown[]): Promise<string | undefined> {
  const [name] = await networkTargets(deps, args, { many: false });
  if (!name) {
    return undefined;
  }
  const text = JSON.stringify(await deps.engine().inspectNetwork(name), null, 2);
  await deps.documents.show(`${name}.network.json`, text, 'json');
  return text;
}

/** `docker network rm`: asks first; the built-in networks and networks in use are refused with the reason. */
export async function removeNetworks(deps: CommandDeps, ...args: unknown[]): Promise<{ removed: string[]; refused: Array<{ name: string; reason: string }> } | undefined> {
  const options = optionsFrom<CommandOptions>(args);
  const names = await networkTargets(deps, args, { many: true, removableOnly: true });
  if (!names.length) {
    return undefined;
  }
  const remove = vscode.l10n.t('Remove');
  if (await confirmDestructive(options, vscode.l10n.t('Remove {0} network(s)?', names.length), nameList(names), remove) !== remove) {
    return undefined;
  }
  const removed: string[] = [];
  const refused: Array<{ name: string; reason: string }> = [];
  for (const name of names) {
    try {
      await deps.engine().removeNetwork(name);
      removed.push(name);
    } catch (err) {
      if (!(err instanceof EngineError) || (err.kind !== 'invalid' && err.kind !== 'conflict' && err.kind !== 'failed')) {
        throw err;
      }
      refused.push({ name, reason: err.message });
    }
  }
  if (refused.length) {
    void vscode.window.showWarningMessage(refused.map(r => r.reason).join('\n'));
  }
  await deps.trees.networks.reload();
  return { removed, refused };
}

/** `docker network prune`: names the unused networks first. */
export async function pruneNetworks(deps: CommandDeps, ...args: unknown[]): Promise<PruneResult | undefined> {
  const options = optionsFrom<PruneCommandOptions>(args);
  const unused = (await deps.engine().listNetworksWithContainers({ labels: options.labels })).filter(n => !n.builtIn && !n.containers.length);
  if (!unused.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('There are no unused networks to remove.'));
    return { removed: [], spaceReclaimed: 0 };
  }
  const prune = vscode.l10n.t('Remove Unused Networks');
  if (await confirmDestructive(options, vscode.l10n.t('Remove {0} unused network(s)?', unused.length), nameList(unused.map(n => n.name)), prune) !== prune) {
    return undefined;
  }
  const result = await withCancellableProgress(vscode.l10n.t('Removing unused networks'), signal => deps.engine().pruneNetworks({ labels: options.labels }, signal));
  void vscode.window.showInformationMessage(vscode.l10n.t('Removed {0} network(s).', result.removed.length));
  await deps.trees.networks.reload();
  return result;
}
