import { splitJsonLines } from '../../shared/splitJsonLines';
import { progressError, type RawProgress } from '../mappers/imageDetails';
import type { EngineClient } from './EngineClient';

/**
 * Reads an NDJSON progress stream (pull, push, load, build) to its end, handing each line to
 * `onLine`. The engine reports failures in-band, after a 200: those become EngineErrors with
 * the engine's message, prefixed by `what`.
 */
export async function readProgress(
  client: EngineClient,
  stream: unknown,
  what: string,
  onLine: (raw: RawProgress) => void,
  signal?: AbortSignal,
): Promise<void> {
  try {
    for await (const raw of splitJsonLines(stream as AsyncIterable<Buffer>)) {
      const line = raw as RawProgress;
      const failure = progressError(line);
      if (failure) {
        throw client.error(classify(failure), `${what} failed: ${failure}`);
      }
      onLine(line);
    }
  } catch (err) {
    throw client.toError(err, signal);
  } finally {
    (stream as { destroy?: () => void }).destroy?.();
  }
  client.throwIfAborted(signal);
}

function classify(message: string): 'notFound' | 'failed' {
  return /not found|manifest unknown|does not exist|no such/i.test(message) ? 'notFound' : 'failed';
}
