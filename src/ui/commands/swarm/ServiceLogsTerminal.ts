import * as vscode from 'vscode';
import { toEngineError, type DockerEngine, type ServiceLogLine } from '../../../engine';
import { mergeAsync } from '../../../shared/mergeAsync';
import { KeptOutput, toTerminalLineEnds } from '../../terminals/terminalOutput';
import type { LogsRun } from '../../terminals/LogsTerminal';

const colours = ['\x1b[36m', '\x1b[33m', '\x1b[32m', '\x1b[35m', '\x1b[34m', '\x1b[96m'];
const red = '\x1b[31m';
const reset = '\x1b[0m';

/**
 * `docker service logs -f` for one service or all of a stack's: every task's lines, each prefixed
 * with the task that wrote it (`web.2 | …`, one colour per task, as compose does), merged as they
 * come. Closing the terminal stops following.
 */
export function openServiceLogsTerminal(engine: DockerEngine, title: string, services: readonly string[], options: { follow: boolean; tail: number }): LogsRun {
  const written = new vscode.EventEmitter<string>();
  const closed = new vscode.EventEmitter<void>();
  const abort = new AbortController();
  const kept = new KeptOutput();
  const colourOf = new Map<string, string>();
  let markEnded: () => void = () => undefined;
  const ended = new Promise<void>(resolve => (markEnded = resolve));
  const write = (text: string) => {
    kept.add(text);
    written.fire(toTerminalLineEnds(text));
  };
  const format = (line: ServiceLogLine) => {
    const task = line.task ?? line.taskId?.slice(0, 12) ?? '?';
    const colour = colourOf.get(task) ?? colours[colourOf.size % colours.length] ?? '';
    colourOf.set(task, colour);
    const text = line.stream === 'stderr' ? `${red}${line.text}${reset}` : line.text;
    return `${colour}${task}${reset} | ${text}\n`;
  };

  const follow = async () => {
    try {
      const streams = services.map(service => engine.serviceLogs(service, { follow: options.follow, tail: options.tail }, abort.signal));
      for await (const line of mergeAsync(streams)) {
        write(format(line));
      }
      if (!abort.signal.aborted && options.follow) {
        write(`\n${vscode.l10n.t('[The logs of {0} ended: the service is gone.]', title)}\n`);
      }
    } catch (err) {
      const error = toEngineError(err);
      if (error.kind !== 'cancelled') {
        write(`\n${red}${error.message}${reset}\n`);
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
