import type { Dialogs } from '../../Dialogs';
import type { PruneResult } from '../../../engine';
import type { CommandOptions } from './commandOptions';
import { confirmDestructive, nameList } from './confirm';
import { withCancellableProgress } from './withProgress';

/** Options of the prune commands for callers: tests restrict a prune to their own labelled resources. */
export interface PruneCommandOptions extends CommandOptions {
  /** Only resources with these labels (`key` or `key=value`). */
  readonly labels?: readonly string[];
}

export interface PruneHow {
  /** What would go, named in the confirmation; nothing to prune when empty. */
  readonly candidates: readonly string[];
  /** Shown when there is nothing to prune. */
  readonly nothing: string;
  readonly question: string;
  /** The confirmation's button, e.g. "Remove Unused Volumes". */
  readonly action: string;
  readonly progress: string;
  readonly prune: (signal: AbortSignal) => Promise<PruneResult>;
  readonly done: (result: PruneResult) => string;
  readonly reload: () => Promise<void>;
}

/**
 * The one shape of every prune: name what goes, ask, prune under a cancellable progress, say
 * what was reclaimed, reload the view (also when the prune failed half-way).
 */
export async function pruneWithConfirmation(dialogs: Dialogs, options: CommandOptions, how: PruneHow): Promise<PruneResult | undefined> {
  if (!how.candidates.length) {
    void dialogs.showInformationMessage(how.nothing);
    return { removed: [], spaceReclaimed: 0 };
  }
  if ((await confirmDestructive(dialogs, options, how.question, nameList(how.candidates), how.action)) !== how.action) {
    return undefined;
  }
  try {
    const result = await withCancellableProgress(how.progress, how.prune);
    void dialogs.showInformationMessage(how.done(result));
    return result;
  } finally {
    await how.reload();
  }
}
