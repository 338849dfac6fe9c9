import { execFile, spawn, type ChildProcess } from 'node:child_process';
import * as net from 'node:net';
import type { EngineEndpoint } from '../connection/EngineEndpoint';
import { EngineError } from '../EngineError';
import { defaultSshConnectTimeoutSeconds, type ConnectOptions } from './ConnectOptions';
import { findExecutable } from './findExecutable';
import { describeSshFailure } from './ssh/sshFailure';
import { sshArgs } from './ssh/sshCommand';

/** Where this machine reaches a port the engine published. */
export interface ReachedPort {
  readonly host: string;
  readonly port: number;
  /** Through an `ssh -L` forward Dockhand keeps open while it uses this engine. */
  readonly forwarded: boolean;
}

const isLoopback = (address: string) => /^127\./.test(address) || address === '::1' || address === 'localhost';
const isAnyAddress = (address: string | undefined) => !address || address === '0.0.0.0' || address === '::';

/**
 * The address at which this machine reaches the ports an engine publishes. A local engine's ports
 * are on 127.0.0.1. A remote engine's port on all interfaces is on the remote host (for ssh, the
 * HostName ssh connects to). A remote port bound to the remote host's loopback — how Dockhand's
 * Run publishes, so that nothing is opened to the network — is reached through an `ssh -L`
 * forward for an ssh:// engine; over tcp:// only that host reaches it, which is said.
 */
export class PublishedPorts {
  private readonly forwards = new Map<string, Promise<{ port: number; child: ChildProcess }>>();

  constructor(
    private readonly endpoint: EngineEndpoint,
    private readonly options: ConnectOptions = {},
  ) {}

  async reach(hostIp: string | undefined, hostPort: number): Promise<ReachedPort> {
    const direct = (host: string): ReachedPort => ({ host, port: hostPort, forwarded: false });
    const boundTo = isAnyAddress(hostIp) ? undefined : hostIp;
    switch (this.endpoint.kind) {
      case 'unix':
      case 'npipe':
        return direct(boundTo ?? '127.0.0.1');
      case 'tcp':
        if (isLoopback(this.endpoint.host)) {
          return direct(boundTo ?? '127.0.0.1');
        }
        if (boundTo && isLoopback(boundTo)) {
          throw new EngineError(
            'invalid',
            `Port ${hostPort} is published on the loopback address of ${this.endpoint.host} (${boundTo}), which only that machine ` +
              'reaches. Publish it on all interfaces (0.0.0.0), or use an ssh:// context, through which Dockhand forwards such ports.',
            this.endpoint.url,
          );
        }
        return direct(boundTo ?? this.endpoint.host);
      case 'ssh':
        if (boundTo && isLoopback(boundTo)) {
          return { host: '127.0.0.1', port: await this.forward(boundTo, hostPort), forwarded: true };
        }
        return direct(boundTo ?? (await this.sshHostName()));
    }
  }

  /** Ends every forward (Dockhand stopped using this engine). */
  dispose(): void {
    for (const forward of this.forwards.values()) {
      void forward.then(
        f => f.child.kill(),
        () => undefined,
      );
    }
    this.forwards.clear();
  }

  private forward(remoteHost: string, remotePort: number): Promise<number> {
    const key = `${remoteHost}:${remotePort}`;
    let forward = this.forwards.get(key);
    if (!forward) {
      forward = this.startForward(remoteHost, remotePort);
      this.forwards.set(key, forward);
      const forget = () => this.forwards.get(key) === forward && this.forwards.delete(key);
      forward.then(f => f.child.once('exit', forget), forget);
    }
    return forward.then(f => f.port);
  }

  private async startForward(remoteHost: string, remotePort: number): Promise<{ port: number; child: ChildProcess }> {
    const endpoint = this.endpoint as Extract<EngineEndpoint, { kind: 'ssh' }>;
    const env = this.options.env ?? process.env;
    const program = findExecutable('ssh', env);
    if (!program) {
      throw new EngineError(
        'ssh',
        `Port ${remotePort} is published on the loopback address of ${endpoint.host}; forwarding it needs the \`ssh\` program, ` +
          'which is not on PATH.',
        endpoint.url,
      );
    }
    const local = await freeLocalPort();
    const target = remoteHost.includes(':') ? `[${remoteHost}]` : remoteHost;
    const args = sshArgs(
      endpoint,
      {
        configFile: this.options.sshConfigFile,
        connectTimeoutSeconds: this.options.sshConnectTimeoutSeconds ?? defaultSshConnectTimeoutSeconds,
      },
      [],
      ['-N', '-o', 'ExitOnForwardFailure=yes', '-L', `127.0.0.1:${local}:${target}:${remotePort}`],
    );
    const child = spawn(program, args, { env, stdio: ['ignore', 'ignore', 'pipe'], windowsHide: true });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-4000)));
    // Forwards must not keep VS Code's extension host alive on their own.
    child.unref();
    const exited = new Promise<never>((_, reject) =>
      child.once('exit', code =>
        reject(
          new EngineError(
            'ssh',
            `Forwarding port ${remotePort} of ${endpoint.host} over SSH failed: ${describeSshFailure(code, stderr)}.`,
            endpoint.url,
          ),
        ),
      ),
    );
    exited.catch(() => undefined);
    try {
      await Promise.race([listening(local, () => child.exitCode !== null), exited]);
    } catch (err) {
      child.kill();
      throw err;
    }
    return { port: local, child };
  }

  private sshHostName(): Promise<string> {
    const endpoint = this.endpoint as Extract<EngineEndpoint, { kind: 'ssh' }>;
    const env = this.options.env ?? process.env;
    const program = findExecutable('ssh', env);
    if (!program) {
      return Promise.resolve(endpoint.host);
    }
    const args = [
      ...(this.options.sshConfigFile ? ['-F', this.options.sshConfigFile] : []),
      '-G',
      ...(endpoint.username ? ['-l', endpoint.username] : []),
      '--',
      endpoint.host,
    ];
    return new Promise(resolve => {
      execFile(program, args, { env, timeout: 5000 }, (err, stdout) =>
        resolve((err ? undefined : /^hostname (\S+)$/m.exec(stdout)?.[1]) ?? endpoint.host),
      );
    });
  }
}

function freeLocalPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once something accepts connections on 127.0.0.1:`port` (ssh's forward); checks until `gaveUp`. */
async function listening(port: number, gaveUp: () => boolean): Promise<void> {
  for (;;) {
    const accepted = await new Promise<boolean>(resolve => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (accepted) {
      return;
    }
    if (gaveUp()) {
      // ssh ended: its exit handler rejects with what it said.
      return new Promise(() => undefined);
    }
    await new Promise(resolve => setTimeout(resolve, 50));
  }
}
