import * as vscode from 'vscode';
import type { DockhandApi } from './api';
import { registerCommands } from './ui/commands/registerCommands';
import { ReadOnlyDocuments } from './ui/commands/shared/ReadOnlyDocuments';
import { associateComposeFiles } from './ui/language/associateComposeFiles';
import { ComposeRunner } from './ui/commands/compose/ComposeRunner';
import { SwappableDialogs } from './ui/Dialogs';
import { ActiveEngine } from './ui/engine/ActiveEngine';
import { EngineStatusBar } from './ui/engine/EngineStatusBar';
import { affectsEngine, engineSettings } from './ui/engineSetting';
import { ErrorReports } from './ui/ErrorReports';
import { LazyLanguageClient } from './ui/language/LazyLanguageClient';
import { registerFileSystems } from './ui/files/FileSystems';
import { BuildRecords } from './ui/layers/BuildRecords';
import { EngineStatus } from './ui/trees/EngineStatus';
import { registerTrees } from './ui/trees/registerTrees';

/** Composition root: builds the parts and wires them together, nothing else. */
export function activate(context: vscode.ExtensionContext): DockhandApi {
  const log = vscode.window.createOutputChannel('Dockhand', { log: true });
  context.subscriptions.push(log);

  const active = new ActiveEngine(log);
  context.subscriptions.push(active);
  const current = () => active.current;
  const status = new EngineStatus();
  context.subscriptions.push(status);
  const files = registerFileSystems(context, current);
  const registered = registerTrees(context, current, status, log, files);
  const { trees, refresher } = registered;
  const reloadAll = () => registered.reloadAll();
  const statusBar = new EngineStatusBar();
  context.subscriptions.push(statusBar);
  statusBar.show(active.current);

  const documents = new ReadOnlyDocuments();
  context.subscriptions.push(documents);
  languageClient = new LazyLanguageClient(context, current, log);
  context.subscriptions.push(languageClient);
  const client = languageClient;
  const dialogs = new SwappableDialogs();
  const reports = new ErrorReports(log, dialogs.dialogs);
  context.subscriptions.push(reports);
  registerCommands(
    context,
    {
      log,
      extensionUri: context.extensionUri,
      dialogs: dialogs.dialogs,
      engine: current,
      activeEngine: active,
      contexts: trees.contexts,
      trees,
      danglingFilter: registered.danglingFilter,
      swarmConvergence: registered.swarmConvergence,
      reloadAll,
      reconnect: () => refresher.start(),
      compose: new ComposeRunner(log, () => active.cliEnv()),
      documents,
      files,
      sendBuildHistory: (uri, history) => client.get().sendBuildHistory(uri, history),
      builds: new BuildRecords(context.workspaceState),
    },
    reports,
  );
  associateComposeFiles(context);

  // A switch of engine: the views forget the previous engine at once, the event stream follows
  // the new one, and everything reloads from it.
  context.subscriptions.push(
    active.onDidChange(engine => {
      statusBar.show(engine);
      registered.clearAll();
      refresher.start();
      void reloadAll();
      void trees.contexts.reload();
    }),
  );
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(e => {
      if (affectsEngine(e)) {
        active.reconnect();
      }
    }),
  );
  // Following the CLI (no context pinned in Dockhand): `docker context use` elsewhere switches too.
  context.subscriptions.push(
    trees.contexts.onDidChangeStore(() => {
      if (!engineSettings().host) {
        active.reconnect();
      }
    }),
  );

  return {
    apiVersion: 1,
    get engine() {
      return active.current;
    },
    trees,
    files,
    refresh: reloadAll,
    reportedErrors: reports,
    testing:
      context.extensionMode === vscode.ExtensionMode.Test
        ? { answerDialogs: answerer => dialogs.answerWith(answerer), pauseEvents: () => refresher.pause() }
        : undefined,
  };
}

let languageClient: LazyLanguageClient | undefined;

export async function deactivate(): Promise<void> {
  await languageClient?.stop();
}
