import type { HttpRequest, HttpResponse, Transport } from '../../../src/registry';

export type Handler = (request: HttpRequest) => (Partial<HttpResponse> & { json?: unknown; text?: string }) | Error;

/** A transport that answers from `handler` and records every request (for unit tests, no sockets). */
export function fakeTransport(handler: Handler): Transport & { requests: HttpRequest[] } {
  const requests: HttpRequest[] = [];
  const send: Transport = request => {
    requests.push(request);
    const answer = handler(request);
    if (answer instanceof Error) {
      return Promise.reject(answer);
    }
    const body = answer.body ?? Buffer.from(answer.json !== undefined ? JSON.stringify(answer.json) : (answer.text ?? ''));
    return Promise.resolve({ status: answer.status ?? 200, headers: answer.headers ?? {}, body });
  };
  return Object.assign(send, { requests });
}

export function socketError(code: string, message = code): Error {
  return Object.assign(new Error(message), { code });
}
