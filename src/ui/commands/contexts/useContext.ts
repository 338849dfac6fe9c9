import * as vscode from 'vscode';
import type { CommandDeps } from '../shared/CommandDeps';
import { optionsFrom, type CommandOptions } from '../shared/commandOptions';
import { setEngineContext } from '../../engineSetting';
import { contextTarget, type ContextTarget } from './contextTargets';

export interface UseContextOptions extends CommandOptions {
  /** Also make it the docker CLI's current context (`docker context use`); asked when absent. */
  readonly cli?: boolean;
}

/**
 * Dockhand switches to a context at once: every view reloads from the new engine, the events
 * stream reconnects, `api.engine` is the new engine. The user chooses whether the CLI follows.
 * Resolves to the context's name once Dockhand uses it (the views then reload from it).
 */
export async function useContext(deps: CommandDeps, ...args: unknown[]): Promise<string | undefined> {
  const options = optionsFrom<UseContextOptions>(args);
  const target = await contextTarget(deps, args, vscode.l10n.t('Choose the docker context Dockhand uses'));
  if (!target) {
    return undefined;
  }
  const name = await contextName(deps, target);
  const store = deps.contexts.store();
  await store.get(name);
  let cli = options.cli;
  if (cli === undefined) {
    const dockhandOnly = vscode.l10n.t('Dockhand Only');
    const both = vscode.l10n.t('Dockhand and the docker CLI');
    const answer = await deps.dialogs.showInformationMessage(
      vscode.l10n.t(
        'Use docker context "{0}" in Dockhand only, or also make it the docker CLI\'s current context (docker context use)?',
        name,
      ),
      dockhandOnly,
      both,
    );
    if (!answer) {
      return undefined;
    }
    cli = answer === both;
  }
  if (cli) {
    await store.useInCli(name);
  }
  await switchTo(deps, name);
  return name;
}

/** Pins Dockhand to `name` (undefined: follow the CLI) and switches now, reloading every view. */
export async function switchTo(deps: CommandDeps, name: string | undefined): Promise<void> {
  await setEngineContext(name);
  // The configuration event switches too; switching here makes the command resolve once Dockhand
  // uses the new engine. The views reload from it in the background (a remote one may be slow).
  deps.activeEngine.reconnect();
  await deps.contexts.reload();
}

/** A Podman socket becomes a docker context (named podman or podman-rootless) the first time it is used. */
async function contextName(deps: CommandDeps, target: ContextTarget): Promise<string> {
  if ('name' in target) {
    return target.name;
  }
  const store = deps.contexts.store();
  const existing = (await store.list()).find(c => c.name === target.podman.name);
  if (!existing) {
    await store.create({ name: target.podman.name, description: target.podman.label, host: target.podman.host });
  }
  return target.podman.name;
}
