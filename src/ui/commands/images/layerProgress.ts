/**
 * Turns the engine's per-layer pull/push progress lines into one notification line and a
 * percentage that only moves forward. No `vscode` import (unit-tested in plain Node).
 */
import type { ProgressEvent } from '../../../engine';
import { formatBytes } from '../../util/format';

interface Layer {
  status: string;
  current: number;
  total: number;
  done: boolean;
}

const finished = /^(Pull complete|Already exists|Pushed|Layer already exists|Mounted from|Download complete)/;

export class LayerProgress {
  private readonly layers = new Map<string, Layer>();
  private reported = 0;

  /** Records one event; returns the message to show and the increment (in percent) since the last call. */
  update(event: ProgressEvent): { message: string; increment: number } {
    if (event.id && event.status !== 'Pulling from' && !/^(Pulling from|The push refers to)/.test(event.status)) {
      const layer = this.layers.get(event.id) ?? { status: '', current: 0, total: 0, done: false };
      layer.status = event.status;
      if (event.total) {
        layer.total = event.total;
        layer.current = event.current ?? layer.current;
      }
      layer.done ||= finished.test(event.status);
      this.layers.set(event.id, layer);
    }
    const percent = this.percent();
    const increment = Math.max(0, percent - this.reported);
    this.reported = Math.max(this.reported, percent);
    return { message: this.message(event), increment };
  }

  /** Layers done, as a share of the layers seen (each weighted equally; byte counts vary too much). */
  private percent(): number {
    if (!this.layers.size) {
      return 0;
    }
    let sum = 0;
    for (const layer of this.layers.values()) {
      sum += layer.done ? 1 : layer.total ? Math.min(1, layer.current / layer.total) * 0.95 : 0;
    }
    return Math.floor((sum / this.layers.size) * 100);
  }

  private message(event: ProgressEvent): string {
    const done = [...this.layers.values()].filter(l => l.done).length;
    const layers = this.layers.size ? `${done}/${this.layers.size} layers` : '';
    const bytes = event.total ? ` ${formatBytes(event.current ?? 0)}/${formatBytes(event.total)}` : '';
    const current = event.id ? `${event.status} ${event.id.slice(0, 12)}${bytes}` : event.status;
    return [layers, current].filter(Boolean).join(' · ');
  }
}
