import * as vscode from 'vscode';
import { EngineError, type EngineErrorKind } from '../engine';
import { RegistryError, type RegistryErrorKind } from '../registry';
import { UserError, type UserErrorKind } from '../shared/UserError';
import type { Dialogs } from './Dialogs';

/**
 * What the user was told when a command failed. `kind` is the EngineError's kind, the
 * UserError's or RegistryError's kind, or `bug` for anything else: a programming error, logged with its stack.
 */
export interface ReportedError {
  readonly command: string;
  readonly kind: EngineErrorKind | UserErrorKind | RegistryErrorKind | 'bug';
  /** The message the user saw. */
  readonly message: string;
  /** The stack of a bug (what the log shows). */
  readonly stack?: string;
}

/** The reported errors of this session, for other extensions and tests (`api.reportedErrors`). */
export interface ReportedErrors {
  /** The last reports, oldest first (at most 200). */
  readonly all: readonly ReportedError[];
  readonly onDidReport: vscode.Event<ReportedError>;
}

const kept = 200;

/**
 * The one place a failed command is reported: shown once, as a person can act on it, logged,
 * and recorded. A cancellation stays silent.
 */
export class ErrorReports implements ReportedErrors, vscode.Disposable {
  private readonly recent: ReportedError[] = [];
  private readonly reported = new vscode.EventEmitter<ReportedError>();
  readonly onDidReport = this.reported.event;

  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly dialogs: Dialogs,
  ) {}

  get all(): readonly ReportedError[] {
    return this.recent;
  }

  /** Reports a command's failure; resolves to what was reported, or undefined for a cancellation. */
  report(command: string, err: unknown): ReportedError | undefined {
    const report = classify(command, err);
    if (!report) {
      return undefined;
    }
    this.log.error(
      report.kind === 'bug' ? `${command} failed unexpectedly: ${report.stack ?? report.message}` : `${command} failed: ${report.message}`,
    );
    this.recent.push(report);
    this.recent.splice(0, Math.max(0, this.recent.length - kept));
    this.reported.fire(report);
    void this.show(report);
    return report;
  }

  private async show(report: ReportedError): Promise<void> {
    if (report.kind !== 'untrusted') {
      await this.dialogs.showErrorMessage(report.message);
      return;
    }
    const manage = vscode.l10n.t('Manage Workspace Trust');
    if ((await this.dialogs.showErrorMessage(report.message, manage)) === manage) {
      await vscode.commands.executeCommand('workbench.trust.manage');
    }
  }

  dispose(): void {
    this.reported.dispose();
  }
}

function classify(command: string, err: unknown): ReportedError | undefined {
  if (err instanceof EngineError) {
    return err.kind === 'cancelled' ? undefined : { command, kind: err.kind, message: err.message };
  }
  if (err instanceof UserError || err instanceof RegistryError) {
    return { command, kind: err.kind, message: err.message };
  }
  if (err instanceof vscode.CancellationError || (err instanceof Error && err.name === 'AbortError')) {
    return undefined;
  }
  const error = err instanceof Error ? err : new Error(String(err));
  return {
    command,
    kind: 'bug',
    message: vscode.l10n.t('Dockhand failed unexpectedly ({0}: {1}). The Dockhand log has the details.', command, error.message),
    stack: error.stack ?? `${error.name}: ${error.message}`,
  };
}
