import * as vscode from 'vscode';
import { isContainerUp, toEngineError, type ContainerSummary, type DockerEngine } from '../../../engine';
import type { CommandDeps } from '../shared/CommandDeps';
import { withCancellableProgress } from '../shared/withProgress';
import { containerTargets } from './containerTargets';

export type LifecycleVerb = 'start' | 'stop' | 'restart' | 'kill' | 'pause' | 'unpause';

interface Lifecycle {
  readonly run: (engine: DockerEngine, id: string, signal: AbortSignal) => Promise<void>;
  readonly applies: (c: ContainerSummary) => boolean;
  readonly progress: (names: string) => string;
}

const stoppable = (c: ContainerSummary) => isContainerUp(c.state);

const verbs: Record<LifecycleVerb, Lifecycle> = {
  start: {
    run: (e, id, s) => e.startContainer(id, s),
    applies: c => c.state !== 'running' && c.state !== 'paused',
    progress: n => vscode.l10n.t('Starting {0}', n),
  },
  stop: { run: (e, id, s) => e.stopContainer(id, {}, s), applies: stoppable, progress: n => vscode.l10n.t('Stopping {0}', n) },
  restart: { run: (e, id, s) => e.restartContainer(id, {}, s), applies: () => true, progress: n => vscode.l10n.t('Restarting {0}', n) },
  kill: { run: (e, id, s) => e.killContainer(id, {}, s), applies: stoppable, progress: n => vscode.l10n.t('Killing {0}', n) },
  pause: {
    run: (e, id, s) => e.pauseContainer(id, s),
    applies: c => c.state === 'running',
    progress: n => vscode.l10n.t('Pausing {0}', n),
  },
  unpause: {
    run: (e, id, s) => e.unpauseContainer(id, s),
    applies: c => c.state === 'paused',
    progress: n => vscode.l10n.t('Resuming {0}', n),
  },
};

/**
 * Start, stop, restart, kill, pause or unpause every target at once, under one cancellable
 * progress. A container already in the asked-for state is not an error; the first real failure
 * is reported after the others finished.
 */
export async function lifecycleCommand(deps: CommandDeps, verb: LifecycleVerb, ...args: unknown[]): Promise<void> {
  const lifecycle = verbs[verb];
  const targets = await containerTargets(deps, args, { applies: lifecycle.applies, canPickMany: true });
  if (targets.length === 0) {
    return;
  }
  const engine = deps.engine();
  try {
    await withCancellableProgress(lifecycle.progress(targets.map(t => t.name).join(', ')), async signal => {
      const results = await Promise.allSettled(targets.map(t => lifecycle.run(engine, t.id, signal)));
      const failure = results
        .map(r => (r.status === 'rejected' ? toEngineError(r.reason) : undefined))
        .find(e => e !== undefined && e.kind !== 'notModified');
      if (failure) {
        throw failure;
      }
    });
  } finally {
    await deps.trees.containers.reload();
  }
}
