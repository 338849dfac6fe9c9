import * as vscode from 'vscode';
import { toEngineError, type DockerEngine, type LogLine } from '../../engine';
import { KeptOutput, toTerminalLineEnds } from './terminalOutput';

/** A logs terminal, for callers that want to watch it (tests). */
export interface LogsRun {
  readonly terminal: vscode.Terminal;
  /** What the terminal showed so far (its last 256 kB). */
  output(): string;
  /** Resolves when the logs end (the container was removed) or the terminal closed. */
  readonly ended: Promise<void>;
}

const red = '\x1b[31m';
const reset = '\x1b[0m';

function formatLine(line: LogLine): string {
  const stamp = line.timestamp ? `${line.timestamp.toISOString()} ` : '';
  return line.stream === 'stderr' ? `${stamp}${red}${line.text}${reset}\n` : `${stamp}${line.text}\n`;
}

/**
 * `docker logs -f --tail N`: the last `tail` lines, then new ones as they come, across restarts
 * of the container (followLogs reattaches). Only the tail is read, so a huge log never loads
 * whole. Closing the terminal stops following.
 */
export function openLogsTerminal(
  engine: DockerEngine,
  target: { id: string; name: string },
  options: { tail: number; timestamps: boolean },
): LogsRun {
  return openStreamTerminal(
    target.name,
    async function* (signal) {
      for await (const line of engine.followLogs(target.id, { tail: options.tail, timestamps: options.timestamps }, signal)) {
        yield formatLine(line);
      }
    },
    vscode.l10n.t('[The logs of {0} ended: the container is gone.]', target.name),
  );
}

/**
 * A "Logs: <title>" terminal showing the text a stream yields, until the stream ends (then
 * `endNote`, if given) or the terminal closes, which aborts the stream. An error is shown in red;
 * a cancellation is not an error.
 */
export function openStreamTerminal(title: string, texts: (signal: AbortSignal) => AsyncIterable<string>, endNote?: string): LogsRun {
  const written = new vscode.EventEmitter<string>();
  const closed = new vscode.EventEmitter<void>();
  const abort = new AbortController();
  const kept = new KeptOutput();
  let markEnded: () => void = () => undefined;
  const ended = new Promise<void>(resolve => (markEnded = resolve));
  const write = (text: string) => {
    kept.add(text);
    written.fire(toTerminalLineEnds(text));
  };

  const follow = async () => {
    try {
      for await (const text of texts(abort.signal)) {
        write(text);
      }
      if (!abort.signal.aborted && endNote) {
        write(`\n${endNote}\n`);
      }
    } catch (err) {
      const error = toEngineError(err);
      if (error.kind !== 'cancelled') {
        write(`\n${red}${error.message}${reset}\n`);
      } else if (!abort.signal.aborted) {
        // Not closed here: the engine's client was disposed, which only a switch of engine does.
        write(`\n${vscode.l10n.t('The stream ended: Dockhand switched to another engine.')}\n`);
      }
    } finally {
      markEnded();
    }
  };

  const pty: vscode.Pseudoterminal = {
    onDidWrite: written.event,
    onDidClose: closed.event,
    open: () => void follow(),
    close: () => {
      abort.abort();
      markEnded();
      written.dispose();
      closed.dispose();
    },
  };
  const terminal = vscode.window.createTerminal({ name: vscode.l10n.t('Logs: {0}', title), pty, iconPath: new vscode.ThemeIcon('output') });
  terminal.show(true);
  return { terminal, output: () => kept.value, ended };
}
