import * as vscode from 'vscode';
import type { EngineError, EngineErrorKind } from '../../engine';

/** What the views know of the engine: reachable, or not and why. */
export type EngineState = { readonly reachable: true } | { readonly reachable: false; readonly error: EngineError };

/**
 * The one place that tracks whether the engine answers. It drives the `dockhand.engineState`
 * context key (which selects the views' welcome content) and the views' message line.
 */
export class EngineStatus implements vscode.Disposable {
  private current: EngineState | undefined;
  private readonly changed = new vscode.EventEmitter<EngineState>();
  readonly onDidChange = this.changed.event;

  get state(): EngineState | undefined {
    return this.current;
  }

  setReachable(): void {
    this.update({ reachable: true });
  }

  setUnreachable(error: EngineError): void {
    this.update({ reachable: false, error });
  }

  private update(next: EngineState): void {
    const before = this.current;
    this.current = next;
    if (
      before &&
      before.reachable === next.reachable &&
      (before.reachable || (!next.reachable && before.error.message === next.error.message))
    ) {
      return;
    }
    void vscode.commands.executeCommand('setContext', 'dockhand.engineState', next.reachable ? 'reachable' : next.error.kind);
    this.changed.fire(next);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Failures that mean "no engine to talk to", as opposed to one request going wrong. */
export function isConnectionFailure(kind: EngineErrorKind): boolean {
  return kind === 'unreachable' || kind === 'permissionDenied' || kind === 'tls' || kind === 'ssh' || kind === 'timeout';
}
