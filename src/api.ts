import type * as vscode from 'vscode';
import type { DockerEngine } from './engine';
import type { Dialogs } from './ui/Dialogs';
import type { ReportedErrors } from './ui/ErrorReports';
import type { FileSystems } from './ui/files/FileSystems';
import type { Trees } from './ui/trees/registerTrees';

/**
 * What `activate()` returns to other extensions and tests:
 * `vscode.extensions.getExtension('dockhand.dockhand').exports`.
 */
export interface DockhandApi {
  readonly apiVersion: 1;
  /** The engine Dockhand talks to now (changes when `dockhand.engine.host` does). */
  readonly engine: DockerEngine;
  /** Each view's TreeDataProvider. */
  readonly trees: Trees;
  /** The container and volume file systems (`dockhand-container:`, `dockhand-volume:`), their tree and decorations. */
  readonly files: FileSystems;
  /** Reloads every view from the engine; resolves once all have reloaded. */
  refresh(): Promise<void>;
  /** What failed commands told the user: each with its command, its kind and the message shown. */
  readonly reportedErrors: ReportedErrors;
  /** Seams for Dockhand's own tests; present only when VS Code runs extension tests. */
  readonly testing?: TestingSeams;
}

/** What the vscode tier may change in a running Dockhand, each undone by disposing what it returns. */
export interface TestingSeams {
  /** Answers quick picks, input boxes and confirmations in the user's place (members left out stay VS Code's). */
  answerDialogs(answerer: Partial<Dialogs>): vscode.Disposable;
  /** Stops the engine's events from reloading the views, so a test sees the reloads commands trigger themselves. */
  pauseEvents(): vscode.Disposable;
}
