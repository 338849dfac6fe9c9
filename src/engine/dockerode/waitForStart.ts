import { splitJsonLines } from '../../shared/splitJsonLines';
import { EngineError } from '../EngineError';
import type { RawEvent } from '../mappers/raw';
import { withSignal, type EngineClient } from './EngineClient';

/**
 * Resolves true once the container is running again, false when it is removed or `signal`
 * aborts. Subscribes to its events first and then checks its state, so that a start between
 * the two is not missed; a run that began after `seenStart` (the StartedAt the caller knows) is
 * a start too, even when it has already ended.
 */
export async function waitForStart(client: EngineClient, id: string, signal: AbortSignal, seenStart?: string): Promise<boolean> {
  const local = new AbortController();
  const both = AbortSignal.any([signal, local.signal]);
  try {
    const filters = { type: ['container' as const], container: [id], event: ['start', 'destroy'] };
    const stream = await client.call(s => client.docker.getEvents(withSignal({ filters }, s)), both);
    const state = await client.call(s => client.docker.getContainer(id).inspect(withSignal({}, s)), both);
    if (state.State.Running || (seenStart !== undefined && state.State.StartedAt !== seenStart)) {
      return true;
    }
    for await (const raw of splitJsonLines(stream as AsyncIterable<Buffer>)) {
      const action = (raw as RawEvent).Action;
      if (action === 'start') {
        return true;
      }
      if (action === 'destroy') {
        return false;
      }
    }
    return false;
  } catch (err) {
    if (signal.aborted || (err instanceof EngineError && err.kind === 'notFound')) {
      return false;
    }
    throw client.toError(err, signal);
  } finally {
    // Closes the events request.
    local.abort();
  }
}
