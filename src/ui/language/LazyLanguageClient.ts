import type { ChildProcess } from 'node:child_process';
import * as vscode from 'vscode';
import type { DockerEngine } from '../../engine';
import { isDockhandLanguage } from './dockhandLanguages';
import { forkServer } from './serverProcess';
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
  /** The server process started ahead of the client, until the client takes it. */
  private server: ChildProcess | undefined;
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
      // The server process starts now, during activation: Node's start-up and the server bundle's
      // load, the longest part of the wait for the first diagnostics, then overlap the rest of the
      // activation and the client bundle's load. The client follows right after activation rather
      // than inside it: activate() returns without parsing its bundle.
      this.server = this.startServer();
      setImmediate(() => this.disposed || this.get());
    }
  }

  /** The running client, started now if it was not. */
  get(): DockhandLanguageClient {
    if (!this.client) {
      const server = this.server ?? this.startServer();
      this.server = undefined;
      this.client = loadClient().startLanguageClient(this.context, this.engine, this.log, server);
    }
    this.listener.dispose();
    return this.client;
  }

  /** Undefined when it cannot start now: the client then tries again, and logs why it cannot. */
  private startServer(): ChildProcess | undefined {
    try {
      return forkServer(this.context, this.log);
    } catch {
      return undefined;
    }
  }

  async stop(): Promise<void> {
    await this.client?.stop();
  }

  dispose(): void {
    this.disposed = true;
    this.listener.dispose();
    this.server?.kill(); // started, but no client took it
  }
}
