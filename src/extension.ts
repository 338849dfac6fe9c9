import * as vscode from 'vscode';
import type { DockhandApi } from './api';
import { connectEngine, defaultEndpoint, DockerodeEngine, type DockerEngine } from './engine';
import { registerCommands } from './ui/commands/registerCommands';
import { ReadOnlyDocuments } from './ui/commands/shared/ReadOnlyDocuments';
import { associateComposeFiles } from './ui/compose/associateComposeFiles';
import { ComposeRunner } from './ui/compose/ComposeRunner';
import { isDockhandLanguage, startLanguageClient, type DockhandLanguageClient } from './ui/language/startLanguageClient';
import { affectsEngineHost, engineHostSetting } from './ui/engineSetting';
import { EngineStatus } from './ui/trees/EngineStatus';
import { registerTrees } from './ui/trees/registerTrees';

/** Composition root: builds the parts and wires them together, nothing else. */
export function activate(context: vscode.ExtensionContext): DockhandApi {
  const log = vscode.window.createOutputChannel('Dockhand', { log: true });
  context.subscriptions.push(log);

  let engine: DockerEngine = connectOrExplain(log);
  const current = () => engine;
  const status = new EngineStatus();
  context.subscriptions.push(status);
  const registered = registerTrees(context, current, status, log);
  const { trees, refresher } = registered;
  const reloadAll = () => registered.reloadAll();

  const documents = new ReadOnlyDocuments();
  context.subscriptions.push(documents);
  const startClient = startLanguageClientWhenNeeded(context, current, log);
  registerCommands(context, {
    log, engine: current, trees, danglingFilter: registered.danglingFilter, reloadAll, reconnect: () => refresher.start(), compose: new ComposeRunner(log), documents,
    sendBuildHistory: (uri, history) => startClient().sendBuildHistory(uri, history),
  });
  associateComposeFiles(context);

  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(e => {
    if (affectsEngineHost(e)) {
      engine = connectOrExplain(log);
      refresher.start();
      void reloadAll();
    }
  }));

  return {
    apiVersion: 1,
    get engine() {
      return engine;
    },
    trees,
    refresh: reloadAll,
  };
}

let languageClient: DockhandLanguageClient | undefined;

export async function deactivate(): Promise<void> {
  await languageClient?.stop();
}

/**
 * The language server is a process of its own: start it with the first Dockerfile or compose
 * document, not when only the views are used.
 */
function startLanguageClientWhenNeeded(context: vscode.ExtensionContext, engine: () => DockerEngine, log: vscode.LogOutputChannel): () => DockhandLanguageClient {
  const start = () => (languageClient ??= startLanguageClient(context, engine, log));
  if (vscode.workspace.textDocuments.some(isDockhandLanguage)) {
    start();
    return start;
  }
  const listener = vscode.workspace.onDidOpenTextDocument(doc => {
    if (isDockhandLanguage(doc)) {
      listener.dispose();
      start();
    }
  });
  context.subscriptions.push(listener);
  return start;
}

/**
 * Resolves the endpoint; a setting or DOCKER_HOST that cannot be parsed is reported and the
 * default socket is used instead, so that the views still explain what is wrong.
 */
function connectOrExplain(log: vscode.LogOutputChannel): DockerEngine {
  try {
    const engine = connectEngine(engineHostSetting());
    log.info(`Docker endpoint: ${engine.endpoint.url}`);
    return engine;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    log.error(message);
    void vscode.window.showErrorMessage(`Dockhand: ${message}`);
    return new DockerodeEngine(defaultEndpoint(process.platform));
  }
}
