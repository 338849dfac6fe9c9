import * as os from 'node:os';
import * as vscode from 'vscode';
import type { JoinTokens } from '../../../engine';
import type { CommandDeps, CommandHandler } from '../shared/CommandDeps';
import { optionsFrom, type CommandOptions } from '../shared/commandOptions';
import { confirmDestructive } from '../shared/confirm';
import { advertiseChoices, listenAddrFor } from './advertiseAddresses';

export interface InitSwarmOptions extends CommandOptions {
  readonly advertiseAddr?: string;
  readonly listenAddr?: string;
}

/**
 * `docker swarm init --advertise-addr …`: the address is picked from this host's addresses (the
 * user's notes warn that on a machine with several, the automatic choice is often wrong);
 * loopback is offered for a lab on one machine.
 */
export function initSwarm(deps: CommandDeps): CommandHandler {
  return async (...args) => {
    const options = optionsFrom<InitSwarmOptions>(args);
    let advertise = options.advertiseAddr;
    let loopback = advertise ? /^127\.|^::1$/.test(advertise) : false;
    if (!advertise) {
      const items = advertiseChoices(os.networkInterfaces()).map(choice => ({
        label: choice.address,
        description: choice.loopback
          ? vscode.l10n.t('{0} · loopback: a single-machine lab, no other node can join', choice.interfaceName)
          : choice.interfaceName,
        choice,
      }));
      const picked = await deps.dialogs.showQuickPick(items, {
        placeHolder: vscode.l10n.t('Address other nodes reach this one at (--advertise-addr)'),
      });
      if (!picked) {
        return undefined;
      }
      advertise = picked.choice.address;
      loopback = picked.choice.loopback;
    }
    const nodeId = await deps
      .engine()
      .initSwarm({ advertiseAddr: advertise, listenAddr: options.listenAddr ?? listenAddrFor(advertise, loopback) });
    await deps.trees.swarm.reload();
    void deps.dialogs.showInformationMessage(
      vscode.l10n.t('This engine is now the manager of a new swarm (advertised on {0}).', advertise),
    );
    return nodeId;
  };
}

export interface JoinSwarmOptions extends CommandOptions {
  readonly remoteAddr?: string;
  readonly token?: string;
  readonly advertiseAddr?: string;
}

/** `docker swarm join --token … host:2377`. */
export function joinSwarm(deps: CommandDeps): CommandHandler {
  return async (...args) => {
    const options = optionsFrom<JoinSwarmOptions>(args);
    const token =
      options.token ??
      (await deps.dialogs.showInputBox({
        prompt: vscode.l10n.t('Join token (`docker swarm join-token worker` on a manager prints it)'),
        ignoreFocusOut: true,
        validateInput: v =>
          /^SWMTKN-1-[a-z0-9]+-[a-z0-9]+$/i.test(v.trim()) ? undefined : vscode.l10n.t('A join token looks like SWMTKN-1-…-….'),
      }));
    if (!token) {
      return undefined;
    }
    const remoteAddr =
      options.remoteAddr ??
      (await deps.dialogs.showInputBox({
        prompt: vscode.l10n.t("A manager's address (host:2377)"),
        ignoreFocusOut: true,
        validateInput: v =>
          /^\S+:\d+$/.test(v.trim()) || /^\S+$/.test(v.trim()) ? undefined : vscode.l10n.t('Write host:port, e.g. 192.168.1.10:2377.'),
      }));
    if (!remoteAddr) {
      return undefined;
    }
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Joining the swarm at {0}', remoteAddr) },
      () => deps.engine().joinSwarm({ token: token.trim(), remoteAddr: remoteAddr.trim(), advertiseAddr: options.advertiseAddr }),
    );
    await deps.trees.swarm.reload();
    return true;
  };
}

export interface LeaveSwarmOptions extends CommandOptions {
  readonly force?: boolean;
}

/**
 * `docker swarm leave`, always asked first. A manager must force it; for the last manager that
 * ends the swarm (its services, secrets and configs), which the question says.
 */
export function leaveSwarm(deps: CommandDeps): CommandHandler {
  return async (...args) => {
    const options = optionsFrom<LeaveSwarmOptions>(args);
    const status = await deps.engine().swarmStatus();
    if (status.state === 'inactive') {
      void deps.dialogs.showInformationMessage(vscode.l10n.t('This engine is not in a swarm.'));
      return undefined;
    }
    const last = status.isManager && (status.managers ?? 1) <= 1;
    const leave = last
      ? vscode.l10n.t('Leave and End the Swarm')
      : status.isManager
        ? vscode.l10n.t('Force Leave')
        : vscode.l10n.t('Leave');
    const question = last
      ? vscode.l10n.t("This engine is the swarm's last manager. Leave anyway?")
      : status.isManager
        ? vscode.l10n.t('Leave the swarm as a manager?')
        : vscode.l10n.t('Leave the swarm?');
    const detail = last
      ? vscode.l10n.t(
          'Leaving needs --force: with no manager left the swarm ends, and its services, tasks, secrets and configs are lost. Other nodes stay behind as orphans.',
        )
      : status.isManager
        ? vscode.l10n.t(
            'Leaving needs --force for a manager: the remaining managers must keep a majority, or the swarm stops accepting changes. Demote it first to be safe.',
          )
        : vscode.l10n.t('Its tasks are rescheduled on other nodes.');
    if ((await confirmDestructive(deps.dialogs, options, question, detail, leave)) !== leave) {
      return undefined;
    }
    await deps.engine().leaveSwarm({ force: options.force ?? status.isManager });
    await deps.trees.swarm.reload();
    return true;
  };
}

export interface JoinTokensOptions extends CommandOptions {
  /** Copy this role's join command without asking. */
  readonly role?: 'worker' | 'manager';
}

/** `docker swarm join-token`: shows both join commands and copies the chosen one. */
export function showJoinTokens(deps: CommandDeps): CommandHandler {
  return async (...args): Promise<JoinTokens | undefined> => {
    const options = optionsFrom<JoinTokensOptions>(args);
    const tokens = await deps.engine().joinTokens();
    const addr = tokens.managerAddrs[0] ?? '<manager>:2377';
    const command = (token: string) => `docker swarm join --token ${token} ${addr}`;
    let role = options.role;
    if (!role) {
      const picked = await deps.dialogs.showQuickPick(
        [
          { label: vscode.l10n.t('Join as a worker'), description: command(tokens.worker), role: 'worker' as const },
          { label: vscode.l10n.t('Join as a manager'), description: command(tokens.manager), role: 'manager' as const },
        ],
        { placeHolder: vscode.l10n.t('Copy the command another node runs to join') },
      );
      role = picked?.role;
    }
    if (!role) {
      return tokens;
    }
    await vscode.env.clipboard.writeText(command(role === 'worker' ? tokens.worker : tokens.manager));
    void deps.dialogs.showInformationMessage(vscode.l10n.t('Copied the {0} join command.', role));
    return tokens;
  };
}
