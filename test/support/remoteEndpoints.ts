// The remote endpoints of the engine and vscode tiers, all on loopback: the test sshd started by
// scripts/setup-remote.sh (127.0.0.1:2222), TLS and plain proxies to the test dockerd's socket,
// a TCP endpoint that never answers, a podman service on a socket in a temp folder, and ssh
// configs and agents made per test. Everything a test starts here it stops itself.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as tls from 'node:tls';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Where scripts/setup-remote.sh keeps keys, certificates and the sshd config. */
export function remoteState(): { dir: string; ssh: string; tls: string } {
  const dir = process.env.DOCKHAND_REMOTE_DIR ?? path.join(os.homedir(), '.cache', 'dockhand', 'remote');
  if (!fs.existsSync(path.join(dir, 'ssh', 'id_ed25519')) || !fs.existsSync(path.join(dir, 'tls', 'server-cert.pem'))) {
    throw new Error(`${dir} holds no test keys: run scripts/setup-remote.sh first`);
  }
  return { dir, ssh: path.join(dir, 'ssh'), tls: path.join(dir, 'tls') };
}

export const sshPort = 2222;
export const sshUrl = `ssh://root@127.0.0.1:${sshPort}`;
const dockerSocket = process.env.DOCKHAND_TEST_SOCKET ?? '/var/run/docker.sock';

/**
 * Writes an ssh config for the test sshd into `dir` and returns its path. `identity: false`
 * names no key file (the key must come from an agent); `knownHosts: false` leaves the host key
 * unknown. The alias `dockhand-remote` reaches the sshd as a Host entry in ~/.ssh/config would.
 */
export function writeSshConfig(dir: string, options: { identity?: boolean; knownHosts?: boolean; port?: number } = {}): string {
  const state = remoteState();
  const known = path.join(dir, 'known_hosts');
  // The host key for every port of the range, so that proxies in front of the sshd are known too.
  const hostKey = fs.readFileSync(path.join(state.ssh, 'host_ed25519.pub'), 'utf8').split(' ').slice(0, 2).join(' ');
  const ports = [...Array.from({ length: 8 }, (_, i) => sshPort + i), ...(options.port ? [options.port] : [])];
  const lines = ports.map(port => `[127.0.0.1]:${port} ${hostKey}\n`).join('');
  fs.writeFileSync(known, options.knownHosts === false ? '' : lines);
  const identity =
    options.identity === false
      ? [`IdentityFile ${path.join(dir, 'no-such-key')}`, 'IdentitiesOnly no']
      : [`IdentityFile ${path.join(state.ssh, 'id_ed25519')}`, 'IdentitiesOnly yes'];
  const common = [
    ...identity,
    `UserKnownHostsFile ${known}`,
    'GlobalKnownHostsFile /dev/null',
    'StrictHostKeyChecking yes',
    'LogLevel ERROR',
  ].map(line => `  ${line}`);
  const file = path.join(dir, 'ssh_config');
  fs.writeFileSync(
    file,
    [
      'Host dockhand-remote',
      '  HostName 127.0.0.1',
      `  Port ${options.port ?? sshPort}`,
      '  User root',
      ...common,
      'Host *',
      ...common,
      '',
    ].join('\n'),
  );
  return file;
}

/** An ssh-agent of the test's own, holding the test key; `stop()` ends it. */
export async function startSshAgent(dir: string): Promise<{ socket: string; stop(): void }> {
  const socket = path.join(dir, 'agent.sock');
  const agent = spawn('ssh-agent', ['-D', '-a', socket], { stdio: 'ignore' });
  await until(() => fs.existsSync(socket), 'ssh-agent socket');
  await run('ssh-add', ['-q', path.join(remoteState().ssh, 'id_ed25519')], { env: { ...process.env, SSH_AUTH_SOCK: socket } });
  return { socket, stop: () => agent.kill() };
}

export interface TestServer {
  readonly port: number;
  /** Bytes that went through so far: from the clients (`sent`) and back to them (`received`). */
  traffic(): { sent: number; received: number; connections: number };
  /** Ends every open connection (a host dropping them mid-stream). */
  dropConnections(): void;
  close(): Promise<void>;
}

function serve(server: net.Server, port: number): Promise<TestServer> {
  const open = new Set<net.Socket>();
  const counted = { sent: 0, received: 0, connections: 0 };
  // A TLS server's connections are counted after decryption (what the engine receives).
  server.on(server instanceof tls.Server ? 'secureConnection' : 'connection', (socket: net.Socket) => {
    counted.connections++;
    socket.on('data', (chunk: Buffer) => (counted.sent += chunk.length));
    const write = socket.write.bind(socket) as (chunk: unknown, ...rest: unknown[]) => boolean;
    socket.write = ((chunk: unknown, ...rest: unknown[]) => {
      counted.received += typeof chunk === 'string' ? Buffer.byteLength(chunk) : (chunk as Buffer).length;
      return write(chunk, ...rest);
    });
  });
  server.on('connection', socket => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({
        port,
        traffic: () => ({ ...counted }),
        dropConnections: () => {
          for (const socket of open) {
            socket.destroy();
          }
        },
        close: () =>
          new Promise<void>(done => {
            for (const socket of open) {
              socket.destroy();
            }
            server.close(() => done());
          }),
      }),
    );
  });
}

function pipeTo(target: () => net.Socket): (client: net.Socket) => void {
  return client => {
    const upstream = target();
    client.pipe(upstream).pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  };
}

/**
 * A TLS-terminating proxy to the test dockerd's socket, as `dockerd --tlsverify` would listen:
 * the server certificate `cert` (server or expired), client certificates required and checked
 * against the good CA unless `requireClientCert` is false.
 */
export function startTlsProxy(
  port: number,
  options: { cert?: 'server' | 'expired'; requireClientCert?: boolean } = {},
): Promise<TestServer> {
  const dir = remoteState().tls;
  const name = options.cert ?? 'server';
  const server = tls.createServer(
    {
      key: fs.readFileSync(path.join(dir, `${name}-key.pem`)),
      cert: fs.readFileSync(path.join(dir, `${name}-cert.pem`)),
      ca: fs.readFileSync(path.join(dir, 'good-ca.pem')),
      requestCert: options.requireClientCert ?? true,
      rejectUnauthorized: options.requireClientCert ?? true,
    },
    pipeTo(() => net.connect(dockerSocket)),
  );
  server.on('tlsClientError', () => {
    // Expected for the refused clients of the failure tests.
  });
  return serve(server, port);
}

/** A plain TCP proxy to `target` (the test dockerd's socket, or a TCP port such as the sshd's). */
export function startPlainProxy(port: number, target: string | number = dockerSocket): Promise<TestServer> {
  return serve(net.createServer(pipeTo(() => (typeof target === 'number' ? net.connect(target, '127.0.0.1') : net.connect(target)))), port);
}

/** Accepts connections and never answers: a hung daemon or a firewall that swallows packets. */
export function startSilentServer(port: number): Promise<TestServer> {
  return serve(
    net.createServer(socket => socket.on('error', () => undefined)),
    port,
  );
}

/** The client-side TLS files of a DOCKER_CERT_PATH-style folder: which CA, and whether a client certificate. */
export function certFolder(dir: string, options: { ca?: 'good' | 'wrong'; client?: 'client' | 'wrong-client' | 'none' } = {}): string {
  const state = remoteState().tls;
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(path.join(state, `${options.ca ?? 'good'}-ca.pem`), path.join(dir, 'ca.pem'));
  const client = options.client ?? 'client';
  if (client !== 'none') {
    fs.copyFileSync(path.join(state, `${client}-cert.pem`), path.join(dir, 'cert.pem'));
    fs.copyFileSync(path.join(state, `${client}-key.pem`), path.join(dir, 'key.pem'));
  }
  return dir;
}

/** `podman system service` on a socket in a temp folder, with its own storage; `stop()` ends it. */
export async function startPodman(dir: string): Promise<{ socket: string; stop(): Promise<void> }> {
  const socket = path.join(dir, 'podman.sock');
  const env = { ...process.env, CONTAINERS_REGISTRIES_CONF: path.join(remoteState().dir, 'podman', 'registries.conf') };
  const child: ChildProcess = spawn(
    'podman',
    [
      '--root',
      path.join(dir, 'root'),
      '--runroot',
      path.join(dir, 'run'),
      '--storage-driver',
      'vfs',
      '--events-backend',
      'file',
      '--cgroup-manager',
      'cgroupfs',
      '--tmpdir',
      path.join(dir, 'tmp'),
      'system',
      'service',
      '--time',
      '0',
      `unix://${socket}`,
    ],
    { env, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await until(() => fs.existsSync(socket) || child.exitCode !== null, 'podman socket', 30_000);
  if (!fs.existsSync(socket)) {
    throw new Error(`podman system service did not start: ${stderr}`);
  }
  return {
    socket,
    stop: async () => {
      child.kill();
      await new Promise(resolve => (child.exitCode !== null ? resolve(undefined) : child.once('exit', resolve)));
    },
  };
}

/** Runs the docker CLI with a test DOCKER_CONFIG (never the machine's ~/.docker). */
export async function dockerCli(configDir: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, DOCKER_CONFIG: configDir, ...extraEnv };
  delete env.DOCKER_HOST;
  delete env.DOCKER_CONTEXT;
  const { stdout } = await run('docker', args, { env, timeout: 60_000 });
  return stdout;
}

async function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise(resolve => setTimeout(resolve, 25));
  }
}
