import type * as http from 'node:http';

/**
 * Fails a request whose engine has not started to answer `ms` after the request was sent (for an
 * upload, after its last byte): an endpoint that accepts connections and never replies must not
 * leave a command hanging. Streams are safe: once the response has begun, no deadline applies.
 */
export function installResponseDeadline(agent: http.Agent, ms: number, timeoutError: () => Error): void {
  const withRequests = agent as unknown as { addRequest(req: http.ClientRequest, options: unknown): void };
  const addRequest = withRequests.addRequest.bind(agent);
  withRequests.addRequest = (req, options) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let socket: NodeJS.EventEmitter | undefined;
    const clear = () => {
      if (timer) {
        clearTimeout(timer);
        timer = undefined;
      }
      socket?.removeListener('data', clear);
    };
    req.once('socket', s => {
      socket = s;
      s.once('data', clear);
    });
    req.once('finish', () => {
      if (socket && !req.destroyed) {
        timer = setTimeout(() => req.destroy(timeoutError()), ms);
      }
    });
    req.once('response', clear);
    req.once('close', clear);
    addRequest(req, options);
  };
}
