// What the vscode tier and the first-second benchmark share to run code-server's VS Code server
// and open its workbench in headless Chromium.
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** server-main.js of the VS Code server bundled in code-server (scripts/setup-vscode.sh installs it). */
export function vscodeServerMain(): string {
  const codeServer = process.env.CODE_SERVER_DIR ?? path.join(os.homedir(), '.cache/dockhand/code-server-4.100.3/node_modules/code-server');
  const serverMain = path.join(codeServer, 'lib/vscode/out/server-main.js');
  if (!fs.existsSync(serverMain)) {
    throw new Error(`No VS Code server at ${serverMain}: run scripts/setup-vscode.sh`);
  }
  return serverMain;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-dev-shm-usage',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export async function waitForServer(port: number, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`the VS Code server exited with ${server.exitCode} (see .test-results/vscode-server-*.log)`);
    }
    const ok = await new Promise<boolean>(resolve => {
      http
        .get({ host: '127.0.0.1', port, path: '/version', timeout: 2000 }, res => {
          res.resume();
          resolve(res.statusCode === 200);
        })
        .on('error', () => resolve(false));
    });
    if (ok) {
      return;
    }
    await new Promise(r => setTimeout(r, 250));
  }
  throw new Error('the VS Code server did not answer /version within 60 s');
}

/** The workbench URL that opens `folder` with the extension under development and the tests entry. */
export function workbenchUrl(port: number, folder: string, extensionPath: string, testsEntry: string): string {
  const authority = `127.0.0.1:${port}`;
  const remote = (p: string) => `vscode-remote://${authority}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['extensionTestsPath', remote(testsEntry)],
    ['skipWelcome', 'true'],
  ];
  return `http://${authority}/?folder=${encodeURIComponent(remote(folder))}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}
