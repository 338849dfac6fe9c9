/** One HTTP exchange with a registry, independent of how it travels (Node's http/https, or recorded responses in tests). */
export interface HttpRequest {
  readonly method: 'GET' | 'HEAD' | 'PUT' | 'POST' | 'DELETE';
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Buffer;
}

export interface HttpResponse {
  readonly status: number;
  /** Header names lower-cased; repeated headers joined with ", ". */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: Buffer;
}

/** Sends a request; rejects only for network failures (any HTTP status resolves). */
export type Transport = (request: HttpRequest, signal?: AbortSignal) => Promise<HttpResponse>;

/** The body as JSON, or a clear error naming what was asked. */
export function jsonBody<T>(response: HttpResponse, what: string, fail: (message: string) => Error): T {
  try {
    return JSON.parse(response.body.toString('utf8')) as T;
  } catch {
    throw fail(`The registry answered ${what} with malformed JSON.`);
  }
}
