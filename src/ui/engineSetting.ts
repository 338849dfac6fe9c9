import * as vscode from 'vscode';

/**
 * The `dockhand.engine.*` settings, read from user (machine) settings only: a workspace's
 * settings must never be able to redirect Dockhand, and its credentials, to another engine.
 */
export interface EngineSettings {
  /** A docker host URL that overrides everything else. */
  readonly host?: string;
  /** The docker context Dockhand uses, whatever the CLI's current one is. */
  readonly context?: string;
  /** An ssh config file for `ssh -F`, instead of ~/.ssh/config. */
  readonly sshConfigFile?: string;
}

export function engineSettings(): EngineSettings {
  // One inspect of the section (its user and default values as objects) rather than one per key:
  // each inspect walks every language override, and this runs at activation.
  const inspected = vscode.workspace.getConfiguration('dockhand').inspect<Partial<Record<keyof EngineSettings, string>>>('engine');
  const user = (key: keyof EngineSettings) => (inspected?.globalValue?.[key] ?? inspected?.defaultValue?.[key])?.trim() || undefined;
  return { host: user('host'), context: user('context'), sshConfigFile: user('sshConfigFile') };
}

/** Sets (or clears, with undefined) the context Dockhand uses, in user settings. */
export async function setEngineContext(name: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('dockhand.engine').update('context', name, vscode.ConfigurationTarget.Global);
}

export function affectsEngine(e: vscode.ConfigurationChangeEvent): boolean {
  return ['host', 'context', 'sshConfigFile'].some(key => e.affectsConfiguration(`dockhand.engine.${key}`));
}
