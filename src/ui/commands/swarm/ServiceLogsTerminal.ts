import * as vscode from 'vscode';
import type { DockerEngine, ServiceLogLine } from '../../../engine';
import { mergeAsync } from '../../../shared/mergeAsync';
import { openStreamTerminal, type LogsRun } from '../../terminals/LogsTerminal';

const colours = ['\x1b[36m', '\x1b[33m', '\x1b[32m', '\x1b[35m', '\x1b[34m', '\x1b[96m'];
const red = '\x1b[31m';
const reset = '\x1b[0m';

/**
 * `docker service logs -f` for one service or all of a stack's: every task's lines, each prefixed
 * with the task that wrote it (`web.2 | …`, one colour per task, as compose does), merged as they
 * come. Closing the terminal stops following.
 */
export function openServiceLogsTerminal(
  engine: DockerEngine,
  title: string,
  services: readonly string[],
  options: { follow: boolean; tail: number },
): LogsRun {
  const colourOf = new Map<string, string>();
  const format = (line: ServiceLogLine) => {
    const task = line.task ?? line.taskId?.slice(0, 12) ?? '?';
    const colour = colourOf.get(task) ?? colours[colourOf.size % colours.length] ?? '';
    colourOf.set(task, colour);
    const text = line.stream === 'stderr' ? `${red}${line.text}${reset}` : line.text;
    return `${colour}${task}${reset} | ${text}\n`;
  };
  return openStreamTerminal(
    title,
    async function* (signal) {
      for await (const line of mergeAsync(
        services.map(service => engine.serviceLogs(service, { follow: options.follow, tail: options.tail }, signal)),
      )) {
        yield format(line);
      }
    },
    options.follow ? vscode.l10n.t('[The logs of {0} ended: the service is gone.]', title) : undefined,
  );
}
