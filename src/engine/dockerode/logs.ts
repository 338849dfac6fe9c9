import type { LogLine, LogOptions } from '../containerTypes';
import type { TimedLogLine } from '../streams/logLines';
import { demultiplex, plainOutput } from '../streams/demultiplex';
import { toLogLines } from '../streams/logLines';
import { sinceAfter } from '../streams/since';
import { untilAborted } from '../streams/untilAborted';
import { EngineError } from '../EngineError';
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
    yield* untilAborted(toLogLines(chunks, timestamps), signal);
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
  // The run being read: a start between reading its logs and waiting for the next start (a short
  // run that also ended meanwhile) shows as a changed StartedAt, so its lines are not lost.
  let run = await runOf(client, id, signal);
  while (!signal.aborted) {
    // Timestamps are always asked for: the last one is where the next attach starts.
    const lines = containerLogs(
      client,
      id,
      { ...options, follow: true, timestamps: true, tail: first ? options.tail : 'all', sinceParam },
      signal,
    );
    const reattached = !first;
    first = false;
    try {
      for await (const line of lines) {
        if (line.timestamp && line.rawTimestamp) {
          sinceParam = sinceAfter(line.rawTimestamp);
        }
        yield options.timestamps
          ? { stream: line.stream, text: line.text, timestamp: line.timestamp }
          : { stream: line.stream, text: line.text };
      }
    } catch (err) {
      // A container removed while the follow reattaches (the engine answers 409 "marked for
      // removal", then 404) ends the follow as a removal does; the first attach reports it.
      if (reattached && (await goingAway(client, id, signal))) {
        return;
      }
      throw err;
    }
    if (signal.aborted || !(await waitForStart(client, id, signal, run.startedAt))) {
      return;
    }
    // Lines written between the stop and now come with the next attach, from `sinceParam`. With
    // no line seen yet, the next run's lines are those after the run read so far finished: older
    // lines (left out by `tail` or `since`) stay out.
    sinceParam ??= run.after;
    run = await runOf(client, id, signal);
  }
}

/** Whether the container is removed or being removed (a failed inspect other than 404 says no). */
async function goingAway(client: EngineClient, id: string, signal: AbortSignal): Promise<boolean> {
  try {
    const info = await client.call(s => client.docker.getContainer(id).inspect(withSignal({}, s)), signal);
    return info.State.Status === 'removing' || info.State.Dead;
  } catch (err) {
    return err instanceof EngineError && err.kind === 'notFound';
  }
}

/** When the container's current (or last) run started, and `since` for what comes after it ended. */
async function runOf(client: EngineClient, id: string, signal: AbortSignal): Promise<{ startedAt: string; after?: string }> {
  const info = await client.call(s => client.docker.getContainer(id).inspect(withSignal({}, s)), signal);
  const finished = info.State.FinishedAt;
  return { startedAt: info.State.StartedAt, after: finished && !finished.startsWith('0001-') ? sinceAfter(finished) : undefined };
}
