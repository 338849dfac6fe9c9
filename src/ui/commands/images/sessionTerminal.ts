import * as vscode from 'vscode';
import type { InteractiveRun } from '../../../engine';

/**
 * A VS Code terminal driving an interactive container session (`docker run -it`) over the
 * Engine API: keystrokes go to the container's stdin, its TTY output comes back, resizes follow
 * the panel. When the container exits the terminal says so and closes on the next key.
 */
export function openSessionTerminal(name: string, start: (cols: number, rows: number) => Promise<InteractiveRun>): Promise<{ terminal: vscode.Terminal; run: InteractiveRun }> {
  const written = new vscode.EventEmitter<string>();
  const closed = new vscode.EventEmitter<number | void>();
  let session: InteractiveRun | undefined;
  let ended = false;
  let resolveStarted: (run: InteractiveRun) => void = () => undefined;
  let rejectStarted: (err: unknown) => void = () => undefined;
  const started = new Promise<InteractiveRun>((resolve, reject) => { resolveStarted = resolve; rejectStarted = reject; });

  const pump = async (run: InteractiveRun) => {
    try {
      for await (const chunk of run.output) {
        written.fire(chunk.data.toString('utf8'));
      }
      const code = await run.exitCode();
      written.fire(`\r\n${vscode.l10n.t('[container {0} exited with code {1}; press any key to close this terminal]', run.name, code)}\r\n`);
    } catch (err) {
      written.fire(`\r\n${err instanceof Error ? err.message : String(err)}\r\n`);
    } finally {
      ended = true;
    }
  };

  const pty: vscode.Pseudoterminal = {
    onDidWrite: written.event,
    onDidClose: closed.event,
    open: dimensions => {
      start(dimensions?.columns ?? 80, dimensions?.rows ?? 24).then(run => {
        session = run;
        resolveStarted(run);
        void pump(run);
      }, (err: unknown) => {
        ended = true;
        written.fire(`${err instanceof Error ? err.message : String(err)}\r\n`);
        rejectStarted(err);
      });
    },
    handleInput: data => {
      if (ended) {
        closed.fire();
      } else {
        session?.input.write(data);
      }
    },
    setDimensions: dimensions => {
      void session?.resize(dimensions.columns, dimensions.rows).catch(() => undefined);
    },
    close: () => {
      session?.close();
      written.dispose();
      closed.dispose();
    },
  };
  const terminal = vscode.window.createTerminal({ name, pty });
  terminal.show();
  return started.then(run => ({ terminal, run }));
}
