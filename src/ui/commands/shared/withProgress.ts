import * as vscode from 'vscode';

/**
 * Runs a long engine action under a cancellable notification. Cancelling aborts the signal the
 * engine call received; the command wrapper keeps cancellation silent.
 */
export function withCancellableProgress<T>(
  title: string,
  body: (signal: AbortSignal, report: (message: string, increment?: number) => void) => Promise<T>,
): Thenable<T> {
  return vscode.window.withProgress<T>(
    { location: vscode.ProgressLocation.Notification, title, cancellable: true },
    async (progress, token) => {
      const controller = new AbortController();
      if (token.isCancellationRequested) {
        controller.abort();
      }
      const subscription = token.onCancellationRequested(() => controller.abort());
      try {
        return await body(controller.signal, (message: string, increment?: number) => progress.report({ message, increment }));
      } finally {
        subscription.dispose();
      }
    },
  );
}
