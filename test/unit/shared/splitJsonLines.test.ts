import * as assert from 'node:assert/strict';
import { splitJsonLines } from '../../../src/shared/splitJsonLines';

async function* chunks(...parts: string[]): AsyncGenerator<Buffer> {
  for (const part of parts) {
    yield Buffer.from(part);
  }
}

async function collect(source: AsyncIterable<unknown>): Promise<unknown[]> {
  const all: unknown[] = [];
  for await (const item of source) {
    all.push(item);
  }
  return all;
}

describe('splitJsonLines', () => {
  it('joins lines split across chunks and splits chunks holding several lines', async () => {
    const out = await collect(splitJsonLines(chunks('{"a":1}\n{"b"', ':2}\n\n{"c":3}\n{"d":', '4}')));
    assert.deepEqual(out, [{ a: 1 }, { b: 2 }, { c: 3 }, { d: 4 }]);
  });

  it('keeps multi-byte characters whole', async () => {
    const text = Buffer.from('{"name":"容器"}\n');
    async function* split() {
      yield text.subarray(0, 11);
      yield text.subarray(11);
    }
    // Decoding each chunk alone would break the character; the splitter must not.
    assert.deepEqual(await collect(splitJsonLines(split())), [{ name: '容器' }]);
  });
});
