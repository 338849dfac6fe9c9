import { describeTlsFailure } from './transport/tlsFailure';

/**
 * Every failure that leaves the engine layer is an EngineError with one of a few kinds, and a
 * message a person can act on. Failures are classified here, once; the UI only presents them.
 */

export type EngineErrorKind =
  /** Nothing answers at the endpoint: the daemon is not running, or the socket does not exist. */
  | 'unreachable'
  /** The socket exists but this user may not open it. */
  | 'permissionDenied'
  | 'tls'
  | 'ssh'
  | 'notFound'
  | 'conflict'
  /** The resource is already in the requested state (HTTP 304). */
  | 'notModified'
  /** The engine rejected the request's parameters (HTTP 400). */
  | 'invalid'
  | 'cancelled'
  | 'timeout'
  | 'failed';

export class EngineError extends Error {
  constructor(
    readonly kind: EngineErrorKind,
    message: string,
    /** The endpoint the request went to, as a docker host URL. */
    readonly endpoint?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'EngineError';
  }
}

interface RawError {
  name?: string;
  code?: string;
  syscall?: string;
  address?: string;
  level?: string;
  statusCode?: number;
  reason?: string;
  json?: unknown;
  message?: string;
}

const unreachableCodes = new Set([
  'ENOENT',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ENOTSOCK',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
const tlsCode = /^(ERR_SSL|ERR_TLS|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|EPROTO$)/;

/** The engine's own explanation from an HTTP error body, if it sent one. */
function engineMessage(e: RawError): string | undefined {
  const body = e.json;
  if (body && typeof body === 'object' && typeof (body as { message?: unknown }).message === 'string') {
    return (body as { message: string }).message;
  }
  if (typeof body === 'string' && body.trim()) {
    return body.trim();
  }
  return undefined;
}

/** Turns anything thrown by dockerode, docker-modem, ssh2 or Node's sockets into an EngineError. */
export function toEngineError(err: unknown, endpoint?: string): EngineError {
  if (err instanceof EngineError) {
    return err;
  }
  const e: RawError = err && typeof err === 'object' ? err : { message: String(err) };
  const where = endpoint ?? 'the Docker endpoint';
  const detail = engineMessage(e) ?? e.reason ?? e.message ?? String(err);
  const make = (kind: EngineErrorKind, message: string) => new EngineError(kind, message, endpoint, { cause: err });

  if (e.name === 'AbortError' || e.code === 'ABORT_ERR') {
    return make('cancelled', 'The operation was cancelled.');
  }
  if (e.code === 'DOCKHAND_SSH') {
    return make('ssh', `SSH connection to ${where} failed: ${detail}.`);
  }
  if (e.statusCode === 400 && /Client sent an HTTP request to an HTTPS server/i.test(detail)) {
    return make('tls', `TLS connection to ${where} failed: ${describeTlsFailure(undefined, detail)}.`);
  }
  if (typeof e.statusCode === 'number') {
    switch (e.statusCode) {
      case 304:
        return make('notModified', capitalize(detail || 'Nothing to do: the resource is already in that state.'));
      case 400:
        return make('invalid', capitalize(detail));
      case 401:
      case 403:
        return make('failed', capitalize(detail));
      case 404:
        return make('notFound', capitalize(detail));
      case 409:
        return make('conflict', capitalize(detail));
      default:
        return make('failed', `Docker Engine error (HTTP ${e.statusCode}): ${detail}`);
    }
  }
  if (e.code === 'EACCES' || e.code === 'EPERM') {
    return make(
      'permissionDenied',
      `Permission denied while connecting to ${where}. Your user may not open the Docker socket: ` +
        'add it to the docker group with `sudo usermod -aG docker $USER`, then log out and back in ' +
        '(or run `newgrp docker`) so the new group takes effect.',
    );
  }
  if (e.level && e.level.startsWith('client-')) {
    return make(
      'ssh',
      `SSH connection to ${where} failed: ${detail}. Check that \`ssh\` to that host works without a password prompt (an ssh-agent holding your key) and that the remote user may run docker.`,
    );
  }
  if (e.code && tlsCode.test(e.code)) {
    return make(
      'tls',
      `TLS connection to ${where} failed: ${describeTlsFailure(e.code, detail)}. ` +
        'Check DOCKER_CERT_PATH (ca.pem, cert.pem, key.pem) and DOCKER_TLS_VERIFY, or the TLS material of the docker context.',
    );
  }
  if (e.code === 'ETIMEDOUT' || e.code === 'ESOCKETTIMEDOUT') {
    return make('timeout', `${where} did not answer in time. Check that the host is up and the Docker daemon listens there.`);
  }
  if (e.code && unreachableCodes.has(e.code)) {
    const why =
      e.code === 'ENOENT'
        ? 'the socket does not exist'
        : e.code === 'ENOTFOUND'
          ? 'the host name does not resolve'
          : 'nothing is listening there';
    return make(
      'unreachable',
      `Docker is not running at ${where} (${why}). Start the Docker daemon (for example \`sudo systemctl start docker\`, ` +
        'or Docker Desktop), or point Dockhand at another engine with DOCKER_HOST, `docker context use`, or the `dockhand.engine.host` setting.',
    );
  }
  return make('failed', capitalize(detail));
}

function capitalize(text: string): string {
  const trimmed = text.trim();
  return trimmed ? trimmed[0].toUpperCase() + trimmed.slice(1) : 'The Docker Engine request failed.';
}
