import type { Duplex } from 'node:stream';
import type { ContainerSession, ExecOptions, ExecResult, ExecSession, OutputChunk } from '../containerTypes';
import { demultiplex, plainOutput } from '../streams/demultiplex';
import { withSignal, type EngineClient } from './EngineClient';

/** Starts a process in a running container, connected through a hijacked HTTP stream (no shell involved). */
export async function startExec(client: EngineClient, id: string, options: ExecOptions, signal?: AbortSignal): Promise<ExecSession> {
  const tty = options.tty ?? false;
  const exec = await client.call(
    s =>
      client.docker.getContainer(id).exec(
        withSignal(
          {
            Cmd: [...options.cmd],
            Tty: tty,
            AttachStdin: options.stdin ?? false,
            AttachStdout: true,
            AttachStderr: true,
            Env: options.env ? [...options.env] : undefined,
            WorkingDir: options.workingDir,
            User: options.user,
            ...(options.cols && options.rows ? { ConsoleSize: [options.rows, options.cols] } : {}),
          },
          s,
        ),
      ),
    signal,
  );
  const stream = await client.call<Duplex>(
    s => exec.start(withSignal({ hijack: true, stdin: options.stdin ?? false, Tty: tty }, s)),
    signal,
  );
  const session = sessionOver(
    client,
    stream,
    tty,
    (cols, rows, s) => client.call(sig => exec.resize(withSignal({ w: cols, h: rows }, sig)), s),
    signal,
  );
  if (options.cols && options.rows) {
    // Engines before API 1.42 ignore ConsoleSize; a resize right after start covers them.
    await session.resize(options.cols, options.rows, signal).catch(() => undefined);
  }
  return {
    ...session,
    execId: exec.id,
    exitCode: async s => {
      await session.ended;
      // The engine records the exit code a moment after the stream closes.
      for (let attempt = 0; ; attempt++) {
        const info = await client.call(sig => exec.inspect(withSignal({}, sig)), s);
        if (!info.Running && typeof info.ExitCode === 'number') {
          return info.ExitCode;
        }
        if (attempt > 50) {
          throw client.error('failed', `The exec ${exec.id.slice(0, 12)} in container ${id} did not report an exit code.`);
        }
        await new Promise(resolve => setTimeout(resolve, 20));
      }
    },
  };
}

/** Runs a command without a TTY and collects its output and exit code. */
export async function execAndWait(client: EngineClient, id: string, cmd: readonly string[], signal?: AbortSignal): Promise<ExecResult> {
  const session = await startExec(client, id, { cmd }, signal);
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  for await (const chunk of session.output) {
    (chunk.stream === 'stderr' ? err : out).push(chunk.data);
  }
  return {
    exitCode: await session.exitCode(signal),
    stdout: Buffer.concat(out).toString('utf8'),
    stderr: Buffer.concat(err).toString('utf8'),
  };
}

/** bash when the image has it (most Debian/Ubuntu images), else sh (busybox, alpine). */
export async function pickShell(client: EngineClient, id: string, signal?: AbortSignal): Promise<string> {
  const probe = await execAndWait(client, id, ['test', '-x', '/bin/bash'], signal);
  return probe.exitCode === 0 ? '/bin/bash' : '/bin/sh';
}

/** Connects to the container's main process. */
export async function attach(client: EngineClient, id: string, signal?: AbortSignal): Promise<ContainerSession> {
  const container = client.docker.getContainer(id);
  const info = await client.call(s => container.inspect(withSignal({}, s)), signal);
  const stream = (await client.call(
    s => container.attach(withSignal({ stream: true, stdin: true, stdout: true, stderr: true, hijack: true }, s)),
    signal,
  )) as Duplex;
  return sessionOver(
    client,
    stream,
    info.Config.Tty,
    (cols, rows, s) => client.call(sig => container.resize(withSignal({ w: cols, h: rows }, sig)), s),
    signal,
  );
}

type Resize = (cols: number, rows: number, signal?: AbortSignal) => Promise<unknown>;

/** The signal that started a session also ends it: aborting closes the connection. */
function sessionOver(
  client: EngineClient,
  stream: Duplex,
  tty: boolean,
  resize: Resize,
  signal?: AbortSignal,
): ContainerSession & { ended: Promise<void> } {
  let markEnded: () => void = () => undefined;
  const ended = new Promise<void>(resolve => {
    markEnded = resolve;
  });
  stream.once('close', markEnded);
  stream.once('end', markEnded);
  // A write after the process exited fails with EPIPE on the socket: without a listener that
  // 'error' event would crash the extension host. Errors while reading still reach `output`.
  stream.on('error', markEnded);
  const onAbort = () => {
    stream.destroy();
    markEnded();
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  void ended.then(() => signal?.removeEventListener('abort', onAbort));
  async function* output(): AsyncGenerator<OutputChunk> {
    try {
      yield* tty ? plainOutput(stream) : demultiplex(stream);
    } catch (err) {
      // A connection reset when the process exits is the normal end of an interactive session.
      if ((err as { code?: string }).code !== 'ECONNRESET' && !signal?.aborted) {
        throw client.toError(err, signal);
      }
    } finally {
      markEnded();
    }
  }
  return {
    input: stream,
    output: output(),
    ended,
    resize: async (cols, rows, signal) => {
      await resize(cols, rows, signal);
    },
    close: () => {
      stream.destroy();
      markEnded();
    },
  };
}
