import * as vscode from 'vscode';

/**
 * Runs a long engine action under a cancellable notification. Cancelling aborts the signal the
 * engine call received; the command wrapper keeps cancellation silent.
 */
export function withCancellableProgress<T>(title: string, body: (signal: AbortSignal, report: (message: string, increment?: number) => void) => Promise<T>): Thenable<T> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (progress, token) => {
    const controller = new AbortController();
    if (token.isCancellationRequested) {
      controller.abort();
    }
    const subscription = token.onCancellationRequested(() => controller.abort());
    return body(controller.signal, (message, increment) => progress.report({ message, increment })).finally(() => subscription.dispose());
  });
}
