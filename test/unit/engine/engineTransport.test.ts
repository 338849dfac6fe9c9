import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import * as fs from 'node:fs';
import { inspect } from 'node:util';
import { engineTransport } from '../../../src/engine/transport/engineTransport';

describe('engine transport', () => {
  it('prints its connection pool as the endpoint, so that the per-request debug formatting does not walk live sockets', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockhand-transport-'));
    const socketPath = path.join(dir, 'engine.sock');
    const server = http.createServer((_req, res) => res.end('OK'));
    await new Promise<void>(resolve => server.listen(socketPath, resolve));
    const transport = engineTransport({ kind: 'unix', socketPath, url: `unix://${socketPath}`, source: { kind: 'default' } });
    try {
      // A kept-alive socket in the pool, as after the first request.
      await new Promise<void>((resolve, reject) => {
        http
          .get({ socketPath, path: '/_ping', agent: transport.dockerode.agent }, res => res.resume().on('end', resolve))
          .on('error', reject);
      });
      // What docker-modem formats for every request, whether or not its debug log is on.
      const printed = inspect({ ...transport.dockerode }, { showHidden: true, depth: null });
      assert.match(printed, new RegExp(`\\[agent for unix://${socketPath.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\]`));
      assert.ok(printed.length < 1000, `printed ${printed.length} characters`);
    } finally {
      transport.dispose();
      await new Promise(resolve => server.close(resolve));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
