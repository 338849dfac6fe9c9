import * as vscode from 'vscode';
import type { NetworkDriver, NetworkSummary } from '../../../engine';
import type { CommandDeps } from '../shared/CommandDeps';
import { optionsFrom, type CommandOptions } from '../shared/commandOptions';

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
  const name =
    options.name ??
    (await deps.dialogs.showInputBox({
      prompt: vscode.l10n.t('Network name'),
      ignoreFocusOut: true,
      validateInput: v => (/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(v) ? undefined : vscode.l10n.t('Use letters, digits, _ . -')),
    }));
  if (!name) {
    return undefined;
  }
  const driver =
    options.driver ??
    (fromCaller
      ? 'bridge'
      : ((await deps.dialogs.showQuickPick(drivers, { placeHolder: vscode.l10n.t('Driver') })) as NetworkDriver | undefined));
  if (!driver) {
    return undefined;
  }
  const subnet =
    options.subnet ??
    (fromCaller
      ? ''
      : await deps.dialogs.showInputBox({
          prompt: vscode.l10n.t('Subnet in CIDR form, e.g. 172.30.0.0/16 (optional)'),
          ignoreFocusOut: true,
          validateInput: v => (!v || cidr.test(v) ? undefined : vscode.l10n.t('Write a subnet such as 172.30.0.0/16.')),
        }));
  if (subnet === undefined) {
    return undefined;
  }
  const gateway =
    options.gateway ??
    (fromCaller || !subnet
      ? ''
      : await deps.dialogs.showInputBox({
          prompt: vscode.l10n.t('Gateway inside the subnet, e.g. 172.30.0.1 (optional)'),
          ignoreFocusOut: true,
          validateInput: v => (!v || ipv4.test(v) ? undefined : vscode.l10n.t('Write an IPv4 address such as 172.30.0.1.')),
        }));
  if (gateway === undefined) {
    return undefined;
  }
  const network = await deps
    .engine()
    .createNetwork({ name, driver, subnet: subnet || undefined, gateway: gateway || undefined, labels: options.labels });
  await deps.trees.networks.reload();
  return network;
}
