import * as assert from 'node:assert/strict';
import type { OutputChunk } from '../../../src/engine';
import { demultiplex, plainOutput } from '../../../src/engine/streams/demultiplex';
import { toLogLines } from '../../../src/engine/streams/logLines';
import { sinceAfter } from '../../../src/engine/streams/since';

function frame(type: number, text: string): Buffer {
  const payload = Buffer.from(text);
  const header = Buffer.alloc(8);
  header[0] = type;
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}

async function* chunks(...parts: Buffer[]): AsyncGenerator<Buffer> {
  for (const part of parts) {
    yield part;
  }
}

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) {
    out.push(item);
  }
  return out;
}

describe('engine output streams', () => {
  it('demultiplexes frames split across chunks and several per chunk', async () => {
    const bytes = Buffer.concat([frame(1, 'out1\n'), frame(2, 'err1\n'), frame(1, 'out2\n')]);
    // Cut inside the second header and inside the third payload.
    const out = await all(demultiplex(chunks(bytes.subarray(0, 16), bytes.subarray(16, 30), bytes.subarray(30))));
    assert.deepEqual(
      out.map(c => [c.stream, c.data.toString()]),
      [
        ['stdout', 'out1\n'],
        ['stderr', 'err1\n'],
        ['stdout', 'out2\n'],
      ],
    );
  });

  it('passes a TTY stream through as stdout', async () => {
    const out = await all(plainOutput(chunks(Buffer.from('\u001b[1mhi\u001b[0m'))));
    assert.deepEqual(
      out.map(c => [c.stream, c.data.toString()]),
      [['stdout', '\u001b[1mhi\u001b[0m']],
    );
  });

  it('splits output into lines per stream, keeping multi-byte characters whole', async () => {
    const euro = Buffer.from('€');
    const input: OutputChunk[] = [
      { stream: 'stdout', data: Buffer.concat([Buffer.from('a'), euro.subarray(0, 1)]) },
      { stream: 'stderr', data: Buffer.from('e1\ne') },
      { stream: 'stdout', data: Buffer.concat([euro.subarray(1), Buffer.from('\r\nb')]) },
      { stream: 'stderr', data: Buffer.from('2\n') },
    ];
    const lines = await all(toLogLines(chunks2(input), false));
    assert.deepEqual(
      lines.map(l => [l.stream, l.text]),
      [
        ['stderr', 'e1'],
        ['stdout', 'a€'],
        ['stderr', 'e2'],
        ['stdout', 'b'],
      ],
    );
  });

  it('parses engine timestamps and keeps their nanoseconds for reattaching', async () => {
    const input: OutputChunk[] = [{ stream: 'stdout', data: Buffer.from('2026-11-23T12:04:21.566260378Z hello world\nnot-a-stamp x\n') }];
    const [stamped, plain] = await all(toLogLines(chunks2(input), true));
    assert.equal(stamped.text, 'hello world');
    assert.equal(stamped.timestamp?.toISOString(), '2026-11-23T12:04:21.566Z');
    assert.equal(stamped.rawTimestamp, '2026-11-23T12:04:21.566260378Z');
    assert.deepEqual(plain, { stream: 'stdout', text: 'not-a-stamp x' });
  });

  it('computes the since parameter one nanosecond after a line', () => {
    const seconds = Date.parse('2026-11-23T12:04:21Z') / 1000;
    assert.equal(sinceAfter('2026-11-23T12:04:21.566260378Z'), `${seconds}.566260379`);
    assert.equal(sinceAfter('2026-11-23T12:04:21Z'), `${seconds}.000000001`);
    assert.equal(sinceAfter('2026-11-23T12:04:21.999999999Z'), `${seconds + 1}.000000000`);
    assert.equal(sinceAfter('2026-11-23T13:04:21.5+01:00'), `${seconds}.500000001`);
    assert.throws(() => sinceAfter('yesterday'), /RFC 3339/);
  });
});

async function* chunks2(items: OutputChunk[]): AsyncGenerator<OutputChunk> {
  for (const item of items) {
    yield item;
  }
}
