// The dockerode client and the one place its failures become EngineErrors; every resource's
// implementation under src/engine/dockerode/ shares one instance.
import Dockerode from 'dockerode';
import type { EngineEndpoint } from '../connection/EngineEndpoint';
import { EngineError, toEngineError, type EngineErrorKind } from '../EngineError';
import type { ConnectOptions } from '../transport/ConnectOptions';
import { engineTransport, type EngineTransport } from '../transport/engineTransport';
import type { EngineVersion, ListOptions } from '../types';

export class EngineClient {
  readonly docker: Dockerode;
  /** The same client, typed with the options @types/dockerode omits (abortSignal, several tags). */
  readonly untyped: SignalAware;

  private readonly transport: EngineTransport;
  /** Aborted when this client is disposed (Dockhand switched engines): everything in flight stops. */
  private readonly closed = new AbortController();

  constructor(
    readonly endpoint: EngineEndpoint,
    options?: ConnectOptions,
  ) {
    this.transport = engineTransport(endpoint, options);
    this.docker = new Dockerode(this.transport.dockerode);
    this.untyped = this.docker as unknown as SignalAware;
  }

  /** Runs one dockerode call, turning whatever it throws into an EngineError. */
  async call<T>(body: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    const both = this.withClosed(signal);
    this.throwIfAborted(both);
    try {
      return await body(both);
    } catch (err) {
      throw this.toError(err, both);
    }
  }

  /** `signal` joined with this client's own: a stream opened with it ends when the client is disposed. */
  withClosed(signal?: AbortSignal): AbortSignal {
    return signal ? AbortSignal.any([signal, this.closed.signal]) : this.closed.signal;
  }

  /** Cancels every request in flight and closes every connection (ends the ssh processes). */
  dispose(): void {
    this.closed.abort();
    this.transport.dispose();
  }

  private versionOnce: Promise<EngineVersion> | undefined;

  /** GET /version, asked once per client: which product and version answer does not change. */
  version(signal?: AbortSignal): Promise<EngineVersion> {
    this.versionOnce ??= this.call(async s => toEngineVersion(await this.untyped.version(withSignal({}, s))), signal).catch(
      (err: unknown) => {
        this.versionOnce = undefined;
        throw err;
      },
    );
    return this.versionOnce;
  }

  private diskUsageInFlight: Promise<unknown> | undefined;

  /**
   * GET /system/df, shared by concurrent callers: the engine runs one disk-usage scan at a time
   * and answers a second one with HTTP 500 ("a disk usage operation is already running"). The
   * shared request runs to its end; each caller's own signal only stops that caller's wait.
   */
  async diskUsage(signal?: AbortSignal): Promise<unknown> {
    this.throwIfAborted(signal);
    this.diskUsageInFlight ??= this.call(() => this.untyped.df({})).finally(() => (this.diskUsageInFlight = undefined));
    const shared = this.diskUsageInFlight;
    if (!signal) {
      return shared;
    }
    return new Promise((resolve, reject) => {
      const abort = () => reject(new EngineError('cancelled', 'The operation was cancelled.', this.endpoint.url));
      signal.addEventListener('abort', abort, { once: true });
      shared.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
    });
  }

  /** An EngineError for this endpoint; an abort always reads as cancelled, whatever the socket said. */
  toError(err: unknown, signal?: AbortSignal): EngineError {
    if (this.closed.signal.aborted) {
      return new EngineError('cancelled', `The operation was cancelled: Dockhand no longer uses ${this.endpoint.url}.`, this.endpoint.url, {
        cause: err,
      });
    }
    if (signal?.aborted && !(err instanceof EngineError && err.kind === 'cancelled')) {
      return new EngineError('cancelled', 'The operation was cancelled.', this.endpoint.url, { cause: err });
    }
    const code = (err as { code?: unknown } | undefined)?.code;
    if (code === 'ECONNRESET' && this.endpoint.kind === 'tcp' && this.endpoint.tls?.cert) {
      // Some TLS servers drop a client whose certificate they refuse without sending an alert.
      return new EngineError(
        'tls',
        `TLS connection to ${this.endpoint.url} failed: the engine closed the connection after the handshake, ` +
          'so it probably rejected the client certificate (cert.pem is not signed by a CA it trusts, or has expired).',
        this.endpoint.url,
        { cause: err },
      );
    }
    return toEngineError(err, this.endpoint.url);
  }

  /**
   * A raw Engine API request, for the few endpoints whose dockerode method takes no options (and
   * so no abortSignal). `path` must already be encoded.
   */
  dial<T>(request: DialRequest, signal?: AbortSignal): Promise<T> {
    return this.call(
      s =>
        new Promise<T>((resolve, reject) => {
          this.docker.modem.dial(
            {
              method: request.method,
              path: `${request.path}?`,
              // docker-modem sends `_body` as the JSON body and `_query` as the query string.
              options: request.body === undefined ? { ...request.query } : { _query: { ...request.query }, _body: request.body },
              statusCodes: request.statusCodes ?? {
                200: true,
                201: true,
                204: true,
                400: 'bad parameter',
                404: 'not found',
                409: 'conflict',
                500: 'server error',
              },
              isStream: request.isStream ?? false,
              abortSignal: s,
            },
            (err, data) => {
              if (err) {
                reject(err);
                return;
              }
              // Aborting a stream that is waiting for more (a followed log) destroys its socket with an
              // AbortError; the stream itself just ends, and the socket's error must not be unhandled
              // (it would be an uncaught exception in the extension host).
              (data as { socket?: { on?(event: 'error', listener: () => void): void } } | undefined)?.socket?.on?.(
                'error',
                () => undefined,
              );
              resolve(data as T);
            },
          );
        }),
      signal,
    );
  }

  error(kind: EngineErrorKind, message: string): EngineError {
    return new EngineError(kind, message, this.endpoint.url);
  }

  throwIfAborted(signal?: AbortSignal): void {
    if (signal?.aborted || this.closed.signal.aborted) {
      throw this.error('cancelled', 'The operation was cancelled.');
    }
  }
}

/**
 * dockerode passes `abortSignal` through most options objects, though @types/dockerode omits it.
 * Undefined options are dropped: docker-modem would send them as empty query parameters.
 */
export function withSignal<T extends object>(options: T, signal: AbortSignal | undefined): T {
  const defined = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as T;
  return signal ? { ...defined, abortSignal: signal } : defined;
}

export function labelFilter(options: ListOptions | undefined): { label: string[] } | undefined {
  return options?.labels?.length ? { label: [...options.labels] } : undefined;
}

/** The engine's query-string form of filters, for calls whose options dockerode does not encode. */
export function filtersParam(filters: Record<string, string[]> | undefined): string | undefined {
  return filters ? JSON.stringify(filters) : undefined;
}

export interface DialRequest {
  method: string;
  path: string;
  query?: Record<string, unknown>;
  /** A JSON body (POST); without one, the query also goes as the body, as docker-modem does. */
  body?: unknown;
  statusCodes?: Record<number, boolean | string>;
  isStream?: boolean;
}

interface SignalOption {
  abortSignal?: AbortSignal;
}
export interface SignalAware {
  ping(options: SignalOption): Promise<unknown>;
  version(options: SignalOption): Promise<Dockerode.DockerVersion>;
  info(options: SignalOption): Promise<Record<string, unknown>>;
  df(options: SignalOption): Promise<unknown>;
  getNetwork(id: string): { inspect(options: SignalOption): Promise<Record<string, unknown>> };
  getImages(options: SignalOption & { names: string[] }): Promise<NodeJS.ReadableStream>;
  buildImage(context: NodeJS.ReadableStream, options: SignalOption & Record<string, unknown>): Promise<NodeJS.ReadableStream>;
}

/** Podman's compatible API names itself among the /version components. */
function toEngineVersion(v: Dockerode.DockerVersion): EngineVersion {
  const components = (v as { Components?: Array<{ Name?: string }> }).Components ?? [];
  const podman = components.some(c => /podman/i.test(c.Name ?? ''));
  return {
    product: podman ? 'Podman' : 'Docker Engine',
    version: v.Version,
    apiVersion: v.ApiVersion,
    os: v.Os,
    arch: v.Arch,
    kernelVersion: v.KernelVersion,
  };
}
