import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * A unix-socket proxy in front of the Docker socket that counts HTTP requests passing through
 * it (request lines from the client side), to see what a client sends while idle.
 */
export async function countingProxy(target: string): Promise<{ path: string; requests(): number; close(): Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockhand-proxy-'));
  const socketPath = path.join(dir, 'docker.sock');
  let requests = 0;
  const server = net.createServer(client => {
    const upstream = net.connect(target);
    client.on('data', (chunk: Buffer) => {
      requests += (chunk.toString('latin1').match(/^(GET|POST|PUT|DELETE|HEAD) \S+ HTTP\/1\.[01]\r$/gm) ?? []).length;
    });
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>(resolve => server.listen(socketPath, resolve));
  return {
    path: socketPath,
    requests: () => requests,
    close: () =>
      new Promise(resolve =>
        server.close(() => {
          fs.rmSync(dir, { recursive: true, force: true });
          resolve();
        }),
      ),
  };
}
