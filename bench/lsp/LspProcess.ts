import { spawn, type ChildProcess } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

/** A language server over stdio, driven the way an editor drives it, with timing helpers. */
export class LspProcess {
  private readonly child: ChildProcess;
  readonly connection: MessageConnection;
  private readonly waiters: Array<{ uri: string; resolve: () => void }> = [];
  /** The diagnostics last published for each document. */
  readonly diagnostics = new Map<string, PublishDiagnosticsParams['diagnostics']>();

  constructor(
    readonly name: string,
    command: readonly string[],
    private readonly settings: unknown = {},
  ) {
    const [program = 'node', ...args] = command;
    this.child = spawn(program, args, { stdio: ['pipe', 'pipe', 'ignore'] });
    if (!this.child.stdout || !this.child.stdin) {
      throw new Error(`${name}: no stdio`);
    }
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      for (const waiter of this.waiters.filter(w => w.uri === p.uri)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    });
    // Answer what servers ask of their client: settings, registrations, progress tokens.
    this.connection.onRequest((method: string, params: unknown) => {
      if (method === 'workspace/configuration') {
        const items = (params as { items?: Array<{ section?: string }> }).items ?? [];
        return items.map(item => sectionOf(this.settings, item.section));
      }
      return null;
    });
    this.connection.onNotification(() => undefined);
    this.connection.listen();
  }

  /** The server's process id (for reading its CPU time). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  async initialize(): Promise<void> {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: 'file:///bench',
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          synchronization: { didSave: true, dynamicRegistration: true },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
        },
      },
      workspaceFolders: [{ uri: 'file:///bench', name: 'bench' }],
    });
    await this.connection.sendNotification('initialized', {});
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: this.settings });
  }

  /** Resolves at the next diagnostics published for `uri` (or rejects after `timeoutMs`). */
  nextDiagnostics(uri: string, timeoutMs = 60_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name}: no diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({
        uri,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  async open(uri: string, languageId: string, text: string): Promise<number> {
    const published = this.nextDiagnostics(uri);
    const start = performance.now();
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    await published;
    return performance.now() - start;
  }

  /** Inserts `text` at a position as one keystroke would, and times until new diagnostics arrive. */
  async edit(uri: string, version: number, line: number, character: number, text: string): Promise<number> {
    const published = this.nextDiagnostics(uri);
    const start = performance.now();
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text }],
    });
    await published;
    return performance.now() - start;
  }

  async time(method: string, params: unknown): Promise<number> {
    const start = performance.now();
    await this.connection.sendRequest(method, params);
    return performance.now() - start;
  }

  /** Ends the server as an editor does (`shutdown`, then `exit`); one that does not exit is killed. */
  async close(): Promise<void> {
    const exited = new Promise(resolve => this.child.once('exit', resolve));
    await Promise.race([this.connection.sendRequest('shutdown').catch(() => undefined), new Promise(r => setTimeout(r, 2000))]);
    await this.connection.sendNotification('exit').catch(() => undefined);
    await Promise.race([exited, new Promise(r => setTimeout(r, 2000))]);
    this.connection.dispose();
    this.child.kill();
  }
}

function sectionOf(settings: unknown, section: string | undefined): unknown {
  let value: unknown = settings;
  for (const part of section ? section.split('.') : []) {
    value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  }
  return value ?? null;
}
