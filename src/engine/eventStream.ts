import { backoffDelays, sleep } from '../shared/backoff';
import { splitJsonLines } from '../shared/splitJsonLines';
import { EngineError, toEngineError } from './EngineError';
import { toResourceEvent } from './mappers/events';
import type { RawEvent } from './mappers/raw';
import { untilAborted } from './streams/untilAborted';
import type { EngineEvent } from './types';

export interface EventSource {
  /** Opens GET /events; the stream ends when the daemon closes it. */
  open(signal: AbortSignal): Promise<AsyncIterable<Buffer | string>>;
  readonly endpoint: string;
}

export interface ReconnectPolicy {
  readonly firstDelayMs: number;
  readonly maxDelayMs: number;
}

export const defaultReconnectPolicy: ReconnectPolicy = { firstDelayMs: 250, maxDelayMs: 4000 };

/**
 * Follows the engine's events for as long as `signal` is not aborted, across daemon restarts.
 * Yields `{ type: 'connection', connected }` on every change of the stream's own state, so that
 * consumers can show "engine down" and reload everything once it is back.
 */
export async function* followEvents(
  source: EventSource,
  signal: AbortSignal,
  policy = defaultReconnectPolicy,
): AsyncGenerator<EngineEvent> {
  let delays = backoffDelays(policy.firstDelayMs, policy.maxDelayMs);
  let connected: boolean | undefined;
  while (!signal.aborted) {
    let failure: EngineError | undefined;
    try {
      const stream = await source.open(signal);
      if (connected !== true) {
        connected = true;
        yield { type: 'connection', connected: true };
      }
      delays = backoffDelays(policy.firstDelayMs, policy.maxDelayMs);
      for await (const raw of untilAborted(splitJsonLines(stream), signal)) {
        const event = toResourceEvent(raw as RawEvent);
        if (event) {
          yield event;
        }
      }
      failure = new EngineError('unreachable', `The Docker daemon at ${source.endpoint} closed the event stream.`, source.endpoint);
    } catch (err) {
      failure = toEngineError(err, source.endpoint);
    }
    if (signal.aborted) {
      return;
    }
    if (connected !== false) {
      connected = false;
      yield { type: 'connection', connected: false, error: failure };
    }
    await sleep(delays.next().value, signal);
  }
}
