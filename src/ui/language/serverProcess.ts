import { fork, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import type * as vscode from 'vscode';

/** Where the server's own output goes (stray console output, a crash's stack). */
export interface ServerOutput {
  append(text: string): void;
}

/**
 * Starts the language server as vscode-languageclient's IPC transport would, so that it can start
 * before the client code is loaded: Node's start-up and the server bundle's load are most of the
 * wait for the first diagnostics, and they run in a process of their own while the extension host
 * loads the client. The bundle (dist/server.js) runs through dist/serverCached.js with V8's code
 * cache in the extension's global storage, which spares every start after the first most of the
 * bundle's compilation. The process ends with the client's `exit` notification, and by itself
 * when the extension host (`--clientProcessId`) is gone.
 */
export function forkServer(context: vscode.ExtensionContext, output: ServerOutput): ChildProcess {
  const codeCache = path.join(context.globalStorageUri.fsPath, 'code-cache');
  const args = ['--node-ipc', `--clientProcessId=${process.pid}`, `--code-cache=${codeCache}`];
  const child = fork(context.asAbsolutePath('dist/serverCached.js'), args, {
    // Under Electron (desktop VS Code) process.execPath is the editor itself, run as plain Node.
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', ELECTRON_NO_ASAR: '1' },
    // Not the extension host's own flags; an extension host being debugged gets a debuggable server.
    execArgv: inDebugMode() ? ['--nolazy', '--inspect=6019'] : [],
    silent: true,
  });
  child.stdout?.on('data', (data: Buffer) => output.append(data.toString()));
  child.stderr?.on('data', (data: Buffer) => output.append(data.toString()));
  // A failed start (no memory, no permission) surfaces as the client's start error; this keeps it
  // from being an uncaught 'error' event in the extension host.
  child.on('error', () => undefined);
  return child;
}

/** What vscode-languageclient checks to pick its `debug` server options. */
function inDebugMode(): boolean {
  return process.execArgv.some(arg => /^--(debug|debug-brk|inspect|inspect-brk)(=|$)/.test(arg));
}
