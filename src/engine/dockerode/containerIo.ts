import type { ContainerSession, ExecOptions, ExecResult, ExecSession, LogLine, LogOptions } from '../containerTypes';
import type { ContainerIoOperations } from '../operations/ContainerIoOperations';
import type { TimedLogLine } from '../streams/logLines';
import type { EngineClient } from './EngineClient';
import { attach, execAndWait, pickShell, startExec } from './exec';
import { copyFromContainer, copyFromContainerToHost, copyToContainer, exportContainer } from './files';
import { containerLogs, followLogs } from './logs';

export class DockerodeContainerIo implements ContainerIoOperations {
  constructor(private readonly client: EngineClient) {}

  readonly containerLogs = (id: string, options: LogOptions = {}, signal?: AbortSignal): AsyncIterable<LogLine> =>
    publicLines(containerLogs(this.client, id, options, signal));

  readonly followLogs = (id: string, options: Omit<LogOptions, 'follow'>, signal: AbortSignal): AsyncIterable<LogLine> => {
    return followLogs(this.client, id, options, signal);
  };

  readonly exec = (id: string, options: ExecOptions, signal?: AbortSignal): Promise<ExecSession> => {
    return startExec(this.client, id, options, signal);
  };

  readonly execAndWait = (id: string, cmd: readonly string[], signal?: AbortSignal): Promise<ExecResult> => {
    return execAndWait(this.client, id, cmd, signal);
  };

  readonly pickShell = (id: string, signal?: AbortSignal): Promise<string> => {
    return pickShell(this.client, id, signal);
  };

  readonly attach = (id: string, signal?: AbortSignal): Promise<ContainerSession> => {
    return attach(this.client, id, signal);
  };

  readonly copyFromContainer = (id: string, containerPath: string, signal?: AbortSignal): Promise<NodeJS.ReadableStream> => {
    return copyFromContainer(this.client, id, containerPath, signal);
  };

  readonly copyFromContainerToHost = (id: string, containerPath: string, hostPath: string, signal?: AbortSignal): Promise<string[]> => {
    return copyFromContainerToHost(this.client, id, containerPath, hostPath, signal);
  };

  readonly copyToContainer = (id: string, hostPath: string, containerDir: string, signal?: AbortSignal): Promise<void> => {
    return copyToContainer(this.client, id, hostPath, containerDir, signal);
  };

  readonly exportContainer = (id: string, filePath: string, signal?: AbortSignal): Promise<void> => {
    return exportContainer(this.client, id, filePath, signal);
  };
}

/** Drops the engine's raw timestamp text, which only reattaching needs. */
function publicLine(line: TimedLogLine): LogLine {
  return line.timestamp ? { stream: line.stream, text: line.text, timestamp: line.timestamp } : { stream: line.stream, text: line.text };
}

async function* publicLines(lines: AsyncIterable<TimedLogLine>): AsyncIterable<LogLine> {
  for await (const line of lines) {
    yield publicLine(line);
  }
}
