import * as vscode from 'vscode';
import type { DockerEngine } from '../../engine';
import { isDockhandLanguage } from './dockhandLanguages';
import type { DockhandLanguageClient } from './startLanguageClient';

/**
 * The client code (vscode-languageclient) is a bundle of its own, dist/startLanguageClient.js
 * (esbuild.mjs), required only here: VS Code neither parses nor runs it while only the views are
 * used, which keeps activation short.
 */
function loadClient(): typeof import('./startLanguageClient') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./startLanguageClient') as typeof import('./startLanguageClient');
}

/**
 * The language server is a process of its own: it starts with the first Dockerfile or compose
 * document (or when a build has history to give it), not when only the views are used.
 */
export class LazyLanguageClient implements vscode.Disposable {
  private client: DockhandLanguageClient | undefined;
  private disposed = false;
  private readonly listener: vscode.Disposable;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly engine: () => DockerEngine,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.listener = vscode.workspace.onDidOpenTextDocument(doc => {
      if (isDockhandLanguage(doc)) {
        this.get();
      }
    });
    if (vscode.workspace.textDocuments.some(isDockhandLanguage)) {
      // Right after activation rather than inside it: activate() returns without parsing the
      // client bundle, and VS Code goes on with what waited for the activation.
      setImmediate(() => this.disposed || this.get());
    }
  }

  /** The running client, started now if it was not. */
  get(): DockhandLanguageClient {
    this.client ??= loadClient().startLanguageClient(this.context, this.engine, this.log);
    this.listener.dispose();
    return this.client;
  }

  async stop(): Promise<void> {
    await this.client?.stop();
  }

  dispose(): void {
    this.disposed = true;
    this.listener.dispose();
  }
}
