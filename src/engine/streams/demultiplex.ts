import type { OutputChunk } from '../containerTypes';

/**
 * Splits the Engine API's multiplexed stream (used for logs, attach and exec of a container
 * without a TTY) into stdout and stderr chunks. Each frame is an 8-byte header — stream type
 * (1 stdout, 2 stderr, 0 stdin), three zero bytes, a big-endian uint32 length — and its payload.
 * Frames may be split across chunks, or several may share one.
 */
export async function* demultiplex(stream: AsyncIterable<Buffer | string>): AsyncGenerator<OutputChunk> {
  let pending: Buffer = Buffer.alloc(0);
  for await (const chunk of stream) {
    pending = pending.length ? Buffer.concat([pending, toBuffer(chunk)]) : toBuffer(chunk);
    while (pending.length >= 8) {
      const length = pending.readUInt32BE(4);
      if (pending.length < 8 + length) {
        break;
      }
      const type = pending[0];
      const data = pending.subarray(8, 8 + length);
      pending = pending.subarray(8 + length);
      if (length > 0) {
        yield { stream: type === 2 ? 'stderr' : 'stdout', data };
      }
    }
  }
}

/** A TTY stream is not multiplexed: everything is stdout. */
export async function* plainOutput(stream: AsyncIterable<Buffer | string>): AsyncGenerator<OutputChunk> {
  for await (const chunk of stream) {
    yield { stream: 'stdout', data: toBuffer(chunk) };
  }
}

function toBuffer(chunk: Buffer | string): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
}
