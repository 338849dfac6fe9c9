import { StringDecoder } from 'node:string_decoder';
import type { LogLine, OutputChunk, OutputStream } from '../containerTypes';

/** A log line with the engine's own timestamp text, which keeps the nanoseconds a Date drops. */
export interface TimedLogLine extends LogLine {
  readonly rawTimestamp?: string;
}

/**
 * Turns output chunks into log lines, per stream (a stdout line is never glued to a stderr
 * one). With `timestamps`, each line starts with the engine's RFC 3339 nano timestamp and a space.
 */
export async function* toLogLines(chunks: AsyncIterable<OutputChunk>, timestamps: boolean): AsyncGenerator<TimedLogLine> {
  const pending = new Map<OutputStream, { decoder: StringDecoder; text: string }>();
  for await (const chunk of chunks) {
    let state = pending.get(chunk.stream);
    if (!state) {
      state = { decoder: new StringDecoder('utf8'), text: '' };
      pending.set(chunk.stream, state);
    }
    state.text += state.decoder.write(chunk.data);
    let newline: number;
    while ((newline = state.text.indexOf('\n')) >= 0) {
      const line = state.text.slice(0, newline);
      state.text = state.text.slice(newline + 1);
      yield parseLine(chunk.stream, line, timestamps);
    }
  }
  for (const [stream, state] of pending) {
    const rest = state.text + state.decoder.end();
    if (rest) {
      yield parseLine(stream, rest, timestamps);
    }
  }
}

export function parseLine(stream: OutputStream, raw: string, timestamps: boolean): TimedLogLine {
  const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  if (timestamps) {
    const space = line.indexOf(' ');
    const stamp = space > 0 ? new Date(line.slice(0, space)) : new Date(NaN);
    if (!Number.isNaN(stamp.getTime())) {
      return { stream, text: line.slice(space + 1), timestamp: stamp, rawTimestamp: line.slice(0, space) };
    }
  }
  return { stream, text: line };
}
