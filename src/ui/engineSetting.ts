import * as vscode from 'vscode';

/**
 * The `dockhand.engine.host` setting, read from user (machine) settings only: a workspace's
 * settings must never be able to redirect Dockhand, and its credentials, to another engine.
 */
export function engineHostSetting(): string | undefined {
  const inspected = vscode.workspace.getConfiguration('dockhand.engine').inspect<string>('host');
  const value = inspected?.globalValue ?? inspected?.defaultValue;
  return value?.trim() || undefined;
}

export function affectsEngineHost(e: vscode.ConfigurationChangeEvent): boolean {
  return e.affectsConfiguration('dockhand.engine.host');
}
