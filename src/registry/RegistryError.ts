/**
 * Every failure that leaves the registry layer is a RegistryError with one of a few kinds and a
 * message a person can act on. (Cancellation is rethrown as the AbortError it is.)
 */

export type RegistryErrorKind =
  /** Nothing answers at the registry's address. */
  | 'unreachable'
  /** The TLS handshake failed (unknown CA, wrong host name, client certificate refused). */
  | 'tls'
  /** The registry wants credentials Dockhand does not have, or refused the ones it has. */
  | 'unauthorized'
  /** Authenticated, but not allowed to do this. */
  | 'denied'
  | 'notFound'
  /** The registry does not support the operation (HTTP 405: e.g. deletion disabled). */
  | 'unsupported'
  /** The registry answered something Dockhand cannot read (malformed JSON, unknown manifest type). */
  | 'invalidResponse'
  | 'timeout'
  | 'failed';

export class RegistryError extends Error {
  constructor(
    readonly kind: RegistryErrorKind,
    message: string,
    /** The registry host the request went to (`127.0.0.1:5000`, `docker.io`). */
    readonly registry?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'RegistryError';
  }
}

/** True for the error an aborted request rejects with. */
export function isAbort(err: unknown): boolean {
  return (
    !!err &&
    typeof err === 'object' &&
    ((err as { name?: string }).name === 'AbortError' || (err as { code?: string }).code === 'ABORT_ERR')
  );
}

const tlsCode = /^(ERR_SSL|ERR_TLS|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|EPROTO$|HOSTNAME_MISMATCH|ERR_TLS_CERT)/;
const unreachableCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

/** Classifies a socket-level failure talking to `registry`. */
export function networkError(err: unknown, registry: string, certDirs: readonly string[]): RegistryError {
  if (err instanceof RegistryError) {
    return err;
  }
  const e = (err && typeof err === 'object' ? err : {}) as { code?: string; message?: string };
  const detail = e.message ?? String(err);
  if (e.code && tlsCode.test(e.code)) {
    return new RegistryError(
      'tls',
      `TLS connection to ${registry} failed: ${detail}. To trust a private CA, put its certificate as ca.crt in ${certDirs.join(' or ')}.`,
      registry,
      { cause: err },
    );
  }
  if (e.code === 'ETIMEDOUT' || e.code === 'ESOCKETTIMEDOUT') {
    return new RegistryError('timeout', `${registry} did not answer in time.`, registry, { cause: err });
  }
  if (e.code && unreachableCodes.has(e.code)) {
    const why = e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN' ? 'the host name does not resolve' : 'nothing answers there';
    return new RegistryError('unreachable', `Cannot reach the registry ${registry} (${why}).`, registry, { cause: err });
  }
  return new RegistryError('failed', `Request to ${registry} failed: ${detail}`, registry, { cause: err });
}
