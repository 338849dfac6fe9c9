import { StringDecoder } from 'node:string_decoder';

/**
 * Splits a byte stream of newline-delimited JSON (the Engine API's /events, pull and build
 * progress) into parsed objects. Chunks may end mid-line or hold several lines.
 */
export async function* splitJsonLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<unknown> {
  // A chunk may end inside a multi-byte character: the decoder holds the partial bytes back.
  const decoder = new StringDecoder('utf8');
  let pending = '';
  for await (const chunk of stream) {
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let newline: number;
    while ((newline = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, newline).trim();
      pending = pending.slice(newline + 1);
      if (line) {
        yield JSON.parse(line);
      }
    }
  }
  const last = (pending + decoder.end()).trim();
  if (last) {
    yield JSON.parse(last);
  }
}
