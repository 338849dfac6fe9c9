import type { Dialogs } from '../../Dialogs';
import { EngineError, type EngineErrorKind } from '../../../engine';

/** A resource the engine would not remove, with the engine's reason (naming what holds it). */
export interface Refusal {
  readonly name: string;
  readonly reason: string;
}

/** What every remove command resolves to: what went, and what the engine refused and why. */
export interface RemovalResult {
  readonly removed: readonly string[];
  readonly refused: readonly Refusal[];
}

export interface RemoveEachHow<T> {
  readonly remove: (target: T) => Promise<unknown>;
  /** The engine error kinds that mean "refused, carry on with the others"; any other error stops. */
  readonly refusedWhen: readonly EngineErrorKind[];
  /** A second chance after a refusal (e.g. offer Force): true when that removed it after all. */
  readonly retry?: (target: T, refusal: EngineError) => Promise<boolean>;
}

/**
 * Removes each target in turn; a refusal does not stop the others. The refusals are shown in
 * one warning and returned, so callers (tests, other extensions) can read them too. Targets are
 * names, or objects whose `name` is what the result and the messages call them.
 */
export async function removeEach<T extends string | { readonly name: string }>(
  dialogs: Dialogs,
  targets: readonly T[],
  how: RemoveEachHow<T>,
): Promise<RemovalResult> {
  const removed: string[] = [];
  const refused: Refusal[] = [];
  const isRefusal = (err: unknown): err is EngineError => err instanceof EngineError && how.refusedWhen.includes(err.kind);
  for (const target of targets) {
    const name = typeof target === 'string' ? target : target.name;
    try {
      await how.remove(target);
      removed.push(name);
    } catch (err) {
      if (!isRefusal(err)) {
        throw err;
      }
      let reason = err.message;
      try {
        if (how.retry && (await how.retry(target, err))) {
          removed.push(name);
          continue;
        }
      } catch (again) {
        if (!isRefusal(again)) {
          throw again;
        }
        reason = again.message;
      }
      refused.push({ name, reason });
    }
  }
  if (refused.length) {
    void dialogs.showWarningMessage(refused.map(r => r.reason).join('\n'));
  }
  return { removed, refused };
}
