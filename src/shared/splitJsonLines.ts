/**
 * Splits a byte stream of newline-delimited JSON (the Engine API's /events, pull and build
 * progress) into parsed objects. Chunks may end mid-line or hold several lines.
 */
export async function* splitJsonLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<unknown> {
  let pending = '';
  for await (const chunk of stream) {
    pending += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    let newline: number;
    while ((newline = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, newline).trim();
      pending = pending.slice(newline + 1);
      if (line) {
        yield JSON.parse(line);
      }
    }
  }
  const last = pending.trim();
  if (last) {
    yield JSON.parse(last);
  }
}
