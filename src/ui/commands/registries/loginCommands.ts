import * as vscode from 'vscode';
import type { CredentialLocation } from '../../../registry';
import { optionsFrom, type CommandOptions } from '../shared/commandOptions';
import type { CommandDeps } from '../shared/CommandDeps';
import { registryTarget } from './registryTargets';

/** Options for callers that already have the credentials (other extensions, tests). */
export interface LoginOptions extends CommandOptions {
  readonly username?: string;
  readonly password?: string;
}

/**
 * `docker login` for the chosen registry: asks for the user name and password (or access token),
 * checks them with the registry, and stores them where the docker CLI would — the configured
 * credential helper or store, else config.json. A refused password stores nothing.
 */
export async function loginRegistry(deps: CommandDeps, ...args: unknown[]): Promise<CredentialLocation | undefined> {
  const tree = deps.trees.registries;
  const registry = await registryTarget(deps, args[0], vscode.l10n.t('Registry to log in to'));
  if (!registry) {
    return undefined;
  }
  const options = optionsFrom<LoginOptions>(args);
  const name = registry.source === 'hub' ? vscode.l10n.t('Docker Hub') : registry.host;
  const username =
    options.username ?? (await deps.dialogs.showInputBox({ prompt: vscode.l10n.t('User name for {0}', name), ignoreFocusOut: true }));
  if (!username) {
    return undefined;
  }
  const password =
    options.password ??
    (await deps.dialogs.showInputBox({
      prompt: vscode.l10n.t('Password or access token for {0} on {1}', username, name),
      password: true,
      ignoreFocusOut: true,
    }));
  if (!password) {
    return undefined;
  }
  const location = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Logging in to {0}', name) },
    () => tree.service.login(registry.address, { username, password }),
  );
  deps.log.info(`Logged in to ${registry.host} as ${username} (credentials in ${describe(location)})`);
  tree.refresh({ kind: 'registry', registry });
  void deps.dialogs.showInformationMessage(
    vscode.l10n.t('Logged in to {0} as {1}. The docker CLI uses the same credentials ({2}).', name, username, describe(location)),
  );
  return location;
}

/** `docker logout`: erases the registry's credentials wherever the CLI keeps them. */
export async function logoutRegistry(deps: CommandDeps, ...args: unknown[]): Promise<boolean> {
  const tree = deps.trees.registries;
  const registry = await registryTarget(deps, args[0], vscode.l10n.t('Registry to log out of'));
  if (!registry) {
    return false;
  }
  const had = await tree.service.logout(registry.host);
  tree.refresh({ kind: 'registry', registry });
  const name = registry.source === 'hub' ? vscode.l10n.t('Docker Hub') : registry.host;
  void deps.dialogs.showInformationMessage(
    had ? vscode.l10n.t('Logged out of {0}.', name) : vscode.l10n.t('Dockhand had no credentials for {0}.', name),
  );
  return had;
}

function describe(location: CredentialLocation): string {
  return location.kind === 'helper' ? `docker-credential-${location.helper}` : location.path;
}
