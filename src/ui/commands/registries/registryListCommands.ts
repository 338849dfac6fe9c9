import * as vscode from 'vscode';
import { normalizeHost } from '../../../registry';
import { UserError } from '../../../shared/UserError';
import { optionsFrom } from '../shared/commandOptions';
import type { CommandDeps } from '../shared/CommandDeps';
import { isRegistryNode, registryTarget } from './registryTargets';
import { loginRegistry, type LoginOptions } from './loginCommands';

interface AddOptions extends LoginOptions {
  /** List the registry without logging in. */
  readonly anonymous?: boolean;
}

/**
 * Adds a registry to the view by URL (`registry.example.com`, `https://host:5000`, `http://…` for
 * a registry without TLS), anonymously or with a login that is checked before anything is stored.
 */
export async function addRegistry(deps: CommandDeps, ...args: unknown[]): Promise<string | undefined> {
  const tree = deps.trees.registries;
  const options = optionsFrom<AddOptions>(args);
  const given =
    typeof args[0] === 'string'
      ? args[0]
      : await deps.dialogs.showInputBox({
          prompt: vscode.l10n.t('Registry address'),
          placeHolder: 'registry.example.com, 127.0.0.1:5000, https://host:5000',
          ignoreFocusOut: true,
          validateInput: value => (validAddress(value) ? undefined : vscode.l10n.t('A host name or URL, e.g. registry.example.com:5000')),
        });
  if (!given) {
    return undefined;
  }
  if (!validAddress(given)) {
    throw new UserError(vscode.l10n.t('"{0}" is not a registry address (a host name or URL, e.g. registry.example.com:5000).', given));
  }
  const address = given.trim().replace(/\/+$/, '').replace(/\/v2$/, '');
  let login = !options.anonymous && (options.username !== undefined || options.password !== undefined);
  if (!options.anonymous && !login && typeof args[0] !== 'string') {
    const how = await deps.dialogs.showQuickPick(
      [
        { label: vscode.l10n.t('Anonymous'), login: false },
        { label: vscode.l10n.t('User name and password or token'), login: true },
      ],
      { placeHolder: vscode.l10n.t('How to access {0}', address), ignoreFocusOut: true },
    );
    if (!how) {
      return undefined;
    }
    login = how.login;
  }
  const registry = { address, host: normalizeHost(address), source: 'added' as const };
  if (login && !(await loginRegistry(deps, { kind: 'registry', registry }, options))) {
    return undefined;
  }
  await tree.list.add(address);
  tree.refresh();
  return registry.host;
}

/** Takes a registry off the view; its credentials stay (log out for that). */
export async function removeRegistry(deps: CommandDeps, ...args: unknown[]): Promise<string | undefined> {
  const tree = deps.trees.registries;
  const registry = await registryTarget(deps, args[0], vscode.l10n.t('Registry to remove from the view'));
  if (!registry) {
    return undefined;
  }
  await tree.list.remove(registry.host);
  tree.refresh();
  return registry.host;
}

/** Reloads the whole view, or the node given. */
export async function refreshRegistries(deps: CommandDeps, ...args: unknown[]): Promise<void> {
  const tree = deps.trees.registries;
  const node = args[0];
  if (isRegistryNode(node, 'registry', 'hubNamespace', 'repository', 'registryTag', 'platform')) {
    tree.refresh(node);
  } else {
    tree.refresh();
  }
  await tree.getChildren();
}

/** The next page of a catalog or tag list; resolves to how many entries the listing now shows. */
export async function loadMore(deps: CommandDeps, ...args: unknown[]): Promise<number> {
  const node = args[0];
  return isRegistryNode(node, 'loadMore') ? deps.trees.registries.loadMore(node.parentKey) : 0;
}

function validAddress(value: string): boolean {
  const text = value.trim();
  if (!text || /\s/.test(text)) {
    return false;
  }
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !!url.hostname;
  } catch {
    return false;
  }
}
