import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { Duplex } from 'node:stream';
import { describeSshFailure, SshProcessError } from './sshFailure';

/**
 * A child process's stdin/stdout as the socket Node's HTTP client expects: one `ssh … docker
 * system dial-stdio` is one connection to the remote engine, kept alive for many requests.
 * When ssh fails, the socket fails with what ssh said, not with a bare "socket hang up".
 */
export class ProcessSocket extends Duplex {
  private stderr = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private timeoutMs = 0;

  constructor(private readonly child: ChildProcessWithoutNullStreams) {
    super({ allowHalfOpen: false });
    child.stdout.on('data', (chunk: Buffer) => {
      this.touch();
      if (!this.push(chunk)) {
        child.stdout.pause();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      // Keep the tail only: a long-lived connection may log for hours.
      this.stderr = (this.stderr + chunk.toString('utf8')).slice(-4000);
    });
    child.stdin.on('error', () => {
      // EPIPE once ssh is gone: the 'close' below reports why.
    });
    child.on('error', err => this.destroy(err));
    child.on('close', code => {
      this.clearTimer();
      if (code === 0) {
        this.push(null);
      } else if (!this.destroyed) {
        this.destroy(new SshProcessError(describeSshFailure(code, this.stderr), code));
      }
    });
  }

  override _read(): void {
    this.child.stdout.resume();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.touch();
    // A write to a finished ssh fails with EPIPE; the 'close' handler reports what ssh said instead.
    this.child.stdin.write(chunk, () => callback());
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.child.stdin.end();
    callback();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.clearTimer();
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill();
    }
    callback(error);
  }

  // What Node's HTTP client and agent call on a net.Socket.
  setTimeout(ms: number, callback?: () => void): this {
    this.timeoutMs = ms;
    if (callback) {
      this.once('timeout', callback);
    }
    this.touch();
    return this;
  }

  setKeepAlive(): this {
    return this;
  }

  setNoDelay(): this {
    return this;
  }

  /** Idle in the agent's pool: must not keep Node alive. */
  unref(): this {
    this.child.unref();
    for (const stream of [this.child.stdin, this.child.stdout, this.child.stderr]) {
      (stream as unknown as { unref?: () => void }).unref?.();
    }
    return this;
  }

  ref(): this {
    this.child.ref();
    for (const stream of [this.child.stdin, this.child.stdout, this.child.stderr]) {
      (stream as unknown as { ref?: () => void }).ref?.();
    }
    return this;
  }

  private touch(): void {
    this.clearTimer();
    if (this.timeoutMs > 0 && !this.destroyed) {
      this.timer = setTimeout(() => this.emit('timeout'), this.timeoutMs);
      this.timer.unref();
    }
  }

  private clearTimer(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
  }
}
