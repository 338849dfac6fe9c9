import type * as vscode from 'vscode';
import type { DockerEngine } from '../../../engine';
import type { Dialogs } from '../../Dialogs';
import type { ComposeRunner } from '../compose/ComposeRunner';
import type { ActiveEngine } from '../../engine/ActiveEngine';
import type { ContextsTreeProvider } from '../../trees/contexts/ContextsTreeProvider';
import type { FileSystems } from '../../files/FileSystems';
import type { BuildRecords } from '../../layers/BuildRecords';
import type { DanglingFilter } from '../../trees/images/DanglingFilter';
import type { Trees } from '../../trees/registerTrees';
import type { SwarmConvergence } from '../../trees/swarm/SwarmConvergence';
import type { ReadOnlyDocuments } from './ReadOnlyDocuments';

/** What every command may use; passed in explicitly from the composition root. */
export interface CommandDeps {
  readonly log: vscode.LogOutputChannel;
  /** Where the extension is installed: webview pages load their bundles from dist/webviews under it. */
  readonly extensionUri: vscode.Uri;
  /** Quick picks, input boxes, confirmations, file dialogs and notifications (never vscode.window's directly). */
  readonly dialogs: Dialogs;
  /** The engine Dockhand talks to now (it changes with the dockhand.engine.host setting). */
  readonly engine: () => DockerEngine;
  /** Switches engines (contexts); the engine above is always its current one. */
  readonly activeEngine: ActiveEngine;
  /** The Contexts view, and through it the docker CLI's context store. */
  readonly contexts: ContextsTreeProvider;
  readonly trees: Trees;
  /** Whether the images view hides dangling images. */
  readonly danglingFilter: DanglingFilter;
  /** Polls the Swarm view while a rollout converges (after deploy, scale, update, rollback, drain). */
  readonly swarmConvergence: Pick<SwarmConvergence, 'watch'>;
  /** Reloads every view from the engine. */
  readonly reloadAll: () => Promise<void>;
  /** Reconnects to the engine now instead of waiting for the next backoff step. */
  readonly reconnect: () => void;
  readonly compose: ComposeRunner;
  /** The file systems of containers and volumes. */
  readonly files: FileSystems;
  /** Read-only documents for inspect output, history, top, diff… */
  readonly documents: ReadOnlyDocuments;
  /**
   * Gives the language server the history of an image just built from a Dockerfile, so that the
   * Dockerfile shows each instruction's layer size as inlay hints (`BuildHistory` of
   * src/language/dockerfile: entries newest first, each { createdBy, size, cached? }).
   */
  readonly sendBuildHistory: (
    dockerfile: vscode.Uri,
    history: { entries: ReadonlyArray<{ createdBy: string; size: number; cached?: boolean }>; image?: { id: string; tag: string } },
  ) => Promise<void>;
  /** Which Dockerfile each image Dockhand built came from (a layer leads back to its instruction). */
  readonly builds: BuildRecords;
}

/** A command's body: receives what VS Code passes (tree node and selection, or caller arguments). */
export type CommandHandler = (...args: unknown[]) => Promise<unknown>;

/** One area's commands, by command id. */
export type CommandTable = Readonly<Record<string, CommandHandler>>;
