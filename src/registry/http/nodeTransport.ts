import * as http from 'node:http';
import * as https from 'node:https';
import * as tls from 'node:tls';
import type { HttpRequest, HttpResponse, Transport } from './transport';
import type { TlsMaterial } from './tlsMaterial';

const maxBody = 64 * 1024 * 1024;
const idleTimeoutMs = 30_000;

/**
 * Node's http/https with keep-alive connections (a catalog is many requests to one host). Each
 * registry host gets its own https agent carrying the CA certificates and client certificate of
 * its certs.d folders, on top of the system's trusted roots.
 */
export function nodeTransport(tlsFor: (host: string) => Promise<TlsMaterial>): Transport & { dispose(): void; reloadTls(): void } {
  const httpAgent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  const httpsAgents = new Map<string, Promise<https.Agent>>();
  const agentFor = (host: string) => {
    let agent = httpsAgents.get(host);
    if (!agent) {
      agent = tlsFor(host).then(
        material =>
          new https.Agent({
            keepAlive: true,
            maxSockets: 8,
            ca: material.ca.length ? [...tls.rootCertificates, ...material.ca] : undefined,
            cert: material.cert,
            key: material.key,
          }),
      );
      httpsAgents.set(host, agent);
    }
    return agent;
  };
  const send: Transport = async (request, signal) => {
    const url = new URL(request.url);
    const secure = url.protocol === 'https:';
    const agent = secure ? await agentFor(url.host) : httpAgent;
    return exchange(secure ? https : http, agent, url, request, signal);
  };
  return Object.assign(send, {
    // certs.d may have changed: the next request per host reads it again.
    reloadTls: () => {
      for (const agent of httpsAgents.values()) {
        void agent.then(
          a => a.destroy(),
          () => undefined,
        );
      }
      httpsAgents.clear();
    },
    dispose: () => {
      httpAgent.destroy();
      for (const agent of httpsAgents.values()) {
        void agent.then(a => a.destroy());
      }
      httpsAgents.clear();
    },
  });
}

function exchange(
  module: typeof http | typeof https,
  agent: http.Agent,
  url: URL,
  request: HttpRequest,
  signal?: AbortSignal,
): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const body = request.body === undefined ? undefined : Buffer.from(request.body);
    const headers: Record<string, string> = { 'user-agent': 'dockhand', ...request.headers };
    if (body) {
      headers['content-length'] = String(body.length);
    }
    const req = module.request(url, { method: request.method, agent, headers, signal, timeout: idleTimeoutMs }, res => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBody) {
          req.destroy(
            Object.assign(new Error(`the response from ${url.host} is larger than ${maxBody / 1024 / 1024} MB`), { code: 'ETOOBIG' }),
          );
          return;
        }
        chunks.push(chunk);
      });
      res.on('error', reject);
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: flatten(res.headers), body: Buffer.concat(chunks) }));
    });
    req.on('timeout', () =>
      req.destroy(Object.assign(new Error(`no answer from ${url.host} within ${idleTimeoutMs / 1000} s`), { code: 'ETIMEDOUT' })),
    );
    req.on('error', reject);
    req.end(body);
  });
}

function flatten(headers: http.IncomingHttpHeaders): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers)) {
    out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}
