import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as net from 'node:net';
import * as path from 'node:path';
import * as tls from 'node:tls';
import type { EngineEndpoint } from '../connection/EngineEndpoint';
import { EngineError } from '../EngineError';
import { defaultResponseTimeoutMs, defaultSshConnectTimeoutSeconds, type ConnectOptions } from './ConnectOptions';
import { DialingAgent, DialingTlsAgent } from './dialingAgents';
import { findExecutable } from './findExecutable';
import { installResponseDeadline } from './responseDeadline';
import { SshAgent } from './ssh/SshAgent';

/** dockerode's constructor options, as far as Dockhand sets them. */
export interface DockerodeOptions {
  socketPath?: string;
  host?: string;
  port?: number;
  protocol?: 'http' | 'https' | 'ssh';
  username?: string;
  ca?: Buffer;
  cert?: Buffer;
  key?: Buffer;
  agent?: http.Agent;
  sshOptions?: { agent?: string; privateKey?: Buffer };
}

/** How dockerode reaches one endpoint, and how to close every connection it holds. */
export interface EngineTransport {
  readonly dockerode: DockerodeOptions;
  dispose(): void;
}

/**
 * The connection for an endpoint: a keep-alive agent (unix socket, TCP, TLS, or ssh processes
 * running `docker system dial-stdio`) whose requests fail with a `timeout` error when the engine
 * does not start to answer in time.
 */
export function engineTransport(endpoint: EngineEndpoint, options: ConnectOptions = {}): EngineTransport {
  const env = options.env ?? process.env;
  const agent = agentFor(endpoint, options, env);
  if (agent) {
    const ms = options.responseTimeoutMs ?? defaultResponseTimeoutMs;
    installResponseDeadline(
      agent,
      ms,
      () =>
        new EngineError('timeout', `The Docker Engine at ${endpoint.url} did not answer within ${Math.round(ms / 1000)} s.`, endpoint.url),
    );
  }
  return { dockerode: dockerodeOptions(endpoint, agent, env), dispose: () => agent?.destroy() };
}

function agentFor(endpoint: EngineEndpoint, options: ConnectOptions, env: NodeJS.ProcessEnv): http.Agent | undefined {
  switch (endpoint.kind) {
    case 'unix':
    case 'npipe':
      return new http.Agent({ keepAlive: true });
    case 'tcp': {
      const { host, port, tls: files } = endpoint;
      if (!files) {
        return new DialingAgent(() => net.connect({ host, port }));
      }
      const material = tlsMaterial(files);
      return new DialingTlsAgent(() =>
        tls.connect({ host, port, servername: net.isIP(host) ? undefined : host, ...material, rejectUnauthorized: files.verify }),
      );
    }
    case 'ssh': {
      const program = findExecutable('ssh', env);
      if (!program) {
        return undefined;
      }
      return new SshAgent(endpoint, {
        program,
        env,
        configFile: options.sshConfigFile,
        connectTimeoutSeconds: options.sshConnectTimeoutSeconds ?? defaultSshConnectTimeoutSeconds,
      });
    }
  }
}

/**
 * Every request names a `socketPath` and goes through Dockhand's agent, whose connections reach
 * the engine themselves (the path is only a name). Inside VS Code this matters: its proxy support
 * (`http.proxySupport`: override) replaces the agent of a request to any host but localhost, so
 * an ssh:// or tcp:// engine on another machine would be dialled directly, without ssh, without
 * the client certificate and without the response deadline. Requests to a socket are left alone.
 */
function dockerodeOptions(endpoint: EngineEndpoint, agent: http.Agent | undefined, env: NodeJS.ProcessEnv): DockerodeOptions {
  const throughAgent = `dockhand-agent:${endpoint.url}`;
  switch (endpoint.kind) {
    case 'unix':
      return { socketPath: endpoint.socketPath, agent };
    case 'npipe':
      return { socketPath: endpoint.pipePath, agent };
    case 'tcp':
      return { socketPath: throughAgent, protocol: endpoint.tls ? 'https' : 'http', agent };
    case 'ssh':
      if (agent) {
        return { socketPath: throughAgent, protocol: 'http', agent };
      }
      // No ssh binary (some Windows machines): ssh2 inside dockerode, with the agent or a default key.
      return {
        protocol: 'ssh',
        host: endpoint.host,
        port: endpoint.port ?? 22,
        username: endpoint.username,
        sshOptions: { agent: env.SSH_AUTH_SOCK, privateKey: env.SSH_AUTH_SOCK ? undefined : defaultPrivateKey() },
      };
  }
}

function tlsMaterial(tls: NonNullable<Extract<EngineEndpoint, { kind: 'tcp' }>['tls']>): { ca?: Buffer; cert?: Buffer; key?: Buffer } {
  const read = (file?: string) => (file ? fs.readFileSync(file) : undefined);
  return { ca: read(tls.ca), cert: read(tls.cert), key: read(tls.key) };
}

function defaultPrivateKey(): Buffer | undefined {
  for (const name of ['id_ed25519', 'id_ecdsa', 'id_rsa']) {
    try {
      return fs.readFileSync(path.join(os.homedir(), '.ssh', name));
    } catch {
      // Try the next one.
    }
  }
  return undefined;
}
