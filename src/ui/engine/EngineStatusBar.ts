import * as vscode from 'vscode';
import { describeSource, type DockerEngine } from '../../engine';
import { contextOf } from '../trees/contexts/contextRows';

/** The status bar item naming the engine Dockhand uses; a click switches with a quick pick. */
export class EngineStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('dockhand.engine', vscode.StatusBarAlignment.Left, 50);

  constructor() {
    this.item.name = vscode.l10n.t('Dockhand Engine');
    this.item.command = 'dockhand.contexts.pick';
  }

  show(engine: DockerEngine): void {
    const { endpoint } = engine;
    const context = contextOf(endpoint.source);
    const label =
      endpoint.source.kind === 'context' ? context : endpoint.kind === 'unix' || endpoint.kind === 'npipe' ? 'local' : endpoint.url;
    this.item.text = `$(${endpoint.kind === 'ssh' ? 'remote' : endpoint.kind === 'tcp' ? 'globe' : 'server'}) ${label ?? endpoint.url}`;
    this.item.tooltip = vscode.l10n.t(
      'Docker engine for Dockhand: {0} (from {1}). Click to switch.',
      endpoint.url,
      describeSource(endpoint.source),
    );
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
