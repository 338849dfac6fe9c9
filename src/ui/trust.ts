import * as vscode from 'vscode';
import { UserError } from '../shared/UserError';

/**
 * The one guard of whatever executes workspace content or sends it to the engine: in Restricted
 * Mode (an untrusted workspace) it refuses with a message that says what was refused and how to
 * allow it. A cloned repository must not run anything before its user trusts it.
 */
export function requireTrust(what: string): void {
  if (!vscode.workspace.isTrusted) {
    throw new UserError(
      vscode.l10n.t(
        "{0} is disabled in Restricted Mode: it runs what this workspace's files define. Trust the workspace (Manage Workspace Trust) to allow it.",
        what,
      ),
      'untrusted',
    );
  }
}
