import { spawn } from 'node:child_process';
import * as http from 'node:http';
import type { Duplex } from 'node:stream';
import { ProcessSocket } from './ProcessSocket';
import { dialStdio, sshArgs, type SshSettings, type SshTarget } from './sshCommand';

/**
 * An HTTP agent whose connections are `ssh … -- docker system dial-stdio` processes. Keep-alive
 * reuses each process for request after request (the docker CLI starts one per command); a
 * long-lived stream (events, logs) holds its own, as it would a TCP connection.
 */
export class SshAgent extends http.Agent {
  private readonly processes = new Set<ProcessSocket>();

  constructor(
    private readonly target: SshTarget,
    private readonly settings: SshSettings & { readonly program: string; readonly env: NodeJS.ProcessEnv },
  ) {
    // Each connection costs an ssh handshake, so a burst (a view inspecting every network) shares
    // a bounded set of them, and they stay open for the next burst. The bound leaves room for
    // long-lived streams (events, log follows), each of which holds one.
    super({ keepAlive: true, maxSockets: 12, maxFreeSockets: 12 });
  }

  override createConnection(_options: unknown, callback?: (err: Error | null, socket: Duplex) => void): Duplex {
    const child = spawn(this.settings.program, sshArgs(this.target, this.settings, dialStdio), {
      env: this.settings.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const socket = new ProcessSocket(child);
    this.processes.add(socket);
    socket.once('close', () => this.processes.delete(socket));
    callback?.(null, socket);
    return socket;
  }

  /** Ends every ssh process, idle or busy (also those of upgraded exec/attach streams). */
  override destroy(): void {
    super.destroy();
    for (const socket of this.processes) {
      socket.destroy();
    }
    this.processes.clear();
  }
}
