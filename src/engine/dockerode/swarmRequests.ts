// The Engine API calls behind Swarm: one place that sends them and words the Swarm-specific
// failures (a worker asked for what only a manager knows; an engine that is in no swarm).
import { EngineError } from '../EngineError';
import type { DialRequest, EngineClient } from './EngineClient';

const swarmStatusCodes = {
  200: true,
  201: true,
  204: true,
  400: 'bad parameter',
  404: 'not found',
  406: 'not in a swarm',
  409: 'conflict',
  500: 'server error',
  503: 'not a manager',
};

export function swarmRequest<T>(client: EngineClient, request: Omit<DialRequest, 'statusCodes'>, signal?: AbortSignal): Promise<T> {
  return client.dial<T>({ ...request, statusCodes: swarmStatusCodes }, signal).catch((err: unknown) => {
    throw reword(err);
  });
}

/** The engine's own words for 406/503 ("This node is not a swarm manager…"), without the HTTP noise. */
function reword(err: unknown): unknown {
  if (!(err instanceof EngineError)) {
    return err;
  }
  const status = (err.cause as { statusCode?: number } | undefined)?.statusCode;
  if (status === 406 || status === 503) {
    const message = err.message.replace(/^Docker Engine error \(HTTP \d+\): /, '');
    return new EngineError('failed', message, err.endpoint, { cause: err });
  }
  return err;
}

/** Reads an object, changes its spec and writes it back as of the version read (optimistic concurrency). */
export async function updateSpec<TSpec>(
  client: EngineClient,
  path: string,
  change: (spec: TSpec, current: Record<string, unknown>) => TSpec,
  signal?: AbortSignal,
  query: Record<string, unknown> = {},
): Promise<void> {
  // Another client may update in between ("update out of sequence"): read again and retry once.
  for (let attempt = 0; ; attempt++) {
    const current = await swarmRequest<{ Version?: { Index?: number }; Spec?: TSpec }>(client, { method: 'GET', path }, signal);
    const spec = change(structuredClone(current.Spec ?? ({} as TSpec)), current);
    try {
      await swarmRequest(
        client,
        { method: 'POST', path: `${path}/update`, query: { ...query, version: current.Version?.Index ?? 0 }, body: spec },
        signal,
      );
      return;
    } catch (err) {
      if (attempt > 0 || !(err instanceof EngineError) || !/out of sequence/i.test(err.message)) {
        throw err;
      }
    }
  }
}

export function encoded(id: string): string {
  return encodeURIComponent(id);
}
