import type { LogLine, LogOptions } from '../containerTypes';
import type { TimedLogLine } from '../streams/logLines';
import { demultiplex, plainOutput } from '../streams/demultiplex';
import { toLogLines } from '../streams/logLines';
import { sinceAfter } from '../streams/since';
import { withSignal, type EngineClient } from './EngineClient';
import { waitForStart } from './waitForStart';

/** Without a tail, a 1 GB log would be read whole: this is the default, as the issue asks. */
export const defaultTail = 1000;

interface RawLogOptions extends LogOptions {
  /** The engine's own `since` (seconds.nanoseconds), used when reattaching. */
  readonly sinceParam?: string;
}

export async function* containerLogs(
  client: EngineClient,
  id: string,
  options: RawLogOptions,
  signal?: AbortSignal,
): AsyncGenerator<TimedLogLine> {
  const container = client.docker.getContainer(id);
  const info = await client.call(s => container.inspect(withSignal({}, s)), signal);
  const timestamps = options.timestamps ?? false;
  const query = {
    stdout: true,
    stderr: true,
    follow: options.follow ?? false,
    timestamps,
    tail: options.tail === undefined ? defaultTail : options.tail,
    since: options.sinceParam ?? (options.since ? (options.since.getTime() / 1000).toFixed(3) : undefined),
  };
  // Always as a stream: dockerode would buffer a log read without `follow` whole in memory.
  const body = await client.dial<NodeJS.ReadableStream>(
    { method: 'GET', path: `/containers/${encodeURIComponent(id)}/logs`, query, isStream: true },
    signal,
  );
  const source = body as AsyncIterable<Buffer>;
  const chunks = info.Config.Tty ? plainOutput(source) : demultiplex(source);
  try {
    yield* toLogLines(chunks, timestamps);
  } catch (err) {
    if (!signal?.aborted) {
      throw client.toError(err, signal);
    }
  } finally {
    (body as { destroy?: () => void }).destroy?.();
  }
}

/**
 * Follows the logs across restarts: when the stream ends because the container stopped, waits
 * for its next start and reattaches from just after the last line seen, until `signal` aborts
 * or the container is removed.
 */
export async function* followLogs(
  client: EngineClient,
  id: string,
  options: Omit<LogOptions, 'follow'>,
  signal: AbortSignal,
): AsyncGenerator<LogLine> {
  let sinceParam: string | undefined;
  let first = true;
  while (!signal.aborted) {
    // Timestamps are always asked for: the last one is where the next attach starts.
    const lines = containerLogs(
      client,
      id,
      { ...options, follow: true, timestamps: true, tail: first ? options.tail : 'all', sinceParam },
      signal,
    );
    first = false;
    for await (const line of lines) {
      if (line.timestamp && line.rawTimestamp) {
        sinceParam = sinceAfter(line.rawTimestamp);
      }
      yield options.timestamps
        ? { stream: line.stream, text: line.text, timestamp: line.timestamp }
        : { stream: line.stream, text: line.text };
    }
    if (signal.aborted || !(await waitForStart(client, id, signal))) {
      return;
    }
    // Lines written between the stop and now come with the next attach, from `sinceParam`. With
    // no line seen yet, the new run starts after the previous one finished: older lines (left
    // out by `tail` or `since`) stay out.
    sinceParam ??= await finishedAt(client, id, signal);
  }
}

async function finishedAt(client: EngineClient, id: string, signal: AbortSignal): Promise<string | undefined> {
  const info = await client.call(s => client.docker.getContainer(id).inspect(withSignal({}, s)), signal);
  const stamp = info.State.FinishedAt;
  return stamp && !stamp.startsWith('0001-') ? sinceAfter(stamp) : undefined;
}
