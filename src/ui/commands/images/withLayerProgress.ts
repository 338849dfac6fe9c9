import type { ProgressEvent } from '../../../engine';
import { withCancellableProgress } from '../shared/withProgress';
import { LayerProgress } from './layerProgress';

/**
 * A pull or push in a cancellable notification: the engine's per-layer events shown as one line
 * and a percentage that only moves forward (`LayerProgress`).
 */
export function withLayerProgress(
  title: string,
  transfer: (signal: AbortSignal, onProgress: (event: ProgressEvent) => void) => Promise<void>,
): Thenable<void> {
  return withCancellableProgress(title, async (signal, report) => {
    const progress = new LayerProgress();
    await transfer(signal, event => {
      const p = progress.update(event);
      report(p.message, p.increment);
    });
  });
}
