import * as fs from 'node:fs';
import * as https from 'node:https';
import type { EngineEndpoint } from './connection/EngineEndpoint';

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
  agent?: https.Agent;
  sshOptions?: { agent?: string };
}

/** Turns a resolved endpoint into dockerode options, reading the TLS material it names. */
export function dockerodeOptionsFor(endpoint: EngineEndpoint): DockerodeOptions {
  switch (endpoint.kind) {
    case 'unix':
      return { socketPath: endpoint.socketPath };
    case 'npipe':
      return { socketPath: endpoint.pipePath };
    case 'ssh':
      // ssh2 authenticates through the user's agent, as `ssh` does for the docker CLI.
      return { protocol: 'ssh', host: endpoint.host, port: endpoint.port, username: endpoint.username, sshOptions: { agent: process.env.SSH_AUTH_SOCK } };
    case 'tcp': {
      if (!endpoint.tls) {
        return { protocol: 'http', host: endpoint.host, port: endpoint.port };
      }
      const read = (file?: string) => (file ? fs.readFileSync(file) : undefined);
      const material = { ca: read(endpoint.tls.ca), cert: read(endpoint.tls.cert), key: read(endpoint.tls.key) };
      const options: DockerodeOptions = { protocol: 'https', host: endpoint.host, port: endpoint.port, ...material };
      if (!endpoint.tls.verify) {
        options.agent = new https.Agent({ ...material, rejectUnauthorized: false });
      }
      return options;
    }
  }
}
