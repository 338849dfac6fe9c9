import * as vscode from 'vscode';
import type { DockhandApi } from './api';
import type { DockerEngine } from './engine';
import { registerCommands } from './ui/commands/registerCommands';
import { ReadOnlyDocuments } from './ui/commands/shared/ReadOnlyDocuments';
import { associateComposeFiles } from './ui/language/associateComposeFiles';
import { ComposeRunner } from './ui/commands/compose/ComposeRunner';
import { connectEngineOrExplain } from './ui/connectEngineOrExplain';
import { SwappableDialogs } from './ui/Dialogs';
import { ErrorReports } from './ui/ErrorReports';
import { affectsEngineHost } from './ui/engineSetting';
import { LazyLanguageClient } from './ui/language/LazyLanguageClient';
import { registerFileSystems } from './ui/files/FileSystems';
import { EngineStatus } from './ui/trees/EngineStatus';
import { registerTrees } from './ui/trees/registerTrees';

/** Composition root: builds the parts and wires them together, nothing else. */
export function activate(context: vscode.ExtensionContext): DockhandApi {
  const log = vscode.window.createOutputChannel('Dockhand', { log: true });
  context.subscriptions.push(log);

  let engine: DockerEngine = connectEngineOrExplain(log);
  const current = () => engine;
  const status = new EngineStatus();
  context.subscriptions.push(status);
  const files = registerFileSystems(context, current);
  const registered = registerTrees(context, current, status, log, files);
  const { trees, refresher } = registered;
  const reloadAll = () => registered.reloadAll();

  const documents = new ReadOnlyDocuments();
  context.subscriptions.push(documents);
  languageClient = new LazyLanguageClient(context, current, log);
  context.subscriptions.push(languageClient);
  const client = languageClient;
  const dialogs = new SwappableDialogs();
  const reports = new ErrorReports(log, dialogs.dialogs);
  context.subscriptions.push(reports);
  registerCommands(context, {
    log, dialogs: dialogs.dialogs, engine: current, trees, danglingFilter: registered.danglingFilter, swarmConvergence: registered.swarmConvergence, reloadAll,
    reconnect: () => refresher.start(), compose: new ComposeRunner(log), documents, files,
    sendBuildHistory: (uri, history) => client.get().sendBuildHistory(uri, history),
  }, reports);
  associateComposeFiles(context);

  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(e => {
    if (affectsEngineHost(e)) {
      engine = connectEngineOrExplain(log);
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
    files,
    refresh: reloadAll,
    reportedErrors: reports,
    testing: context.extensionMode === vscode.ExtensionMode.Test
      ? { answerDialogs: answerer => dialogs.answerWith(answerer), pauseEvents: () => refresher.pause() }
      : undefined,
  };
}

let languageClient: LazyLanguageClient | undefined;

export async function deactivate(): Promise<void> {
  await languageClient?.stop();
}
