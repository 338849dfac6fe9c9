import * as assert from 'node:assert/strict';
import { ReorderWindow } from '../../../../src/ui/webviews/pages/logMerge';

interface Line {
  time: number;
  text: string;
}

describe('ReorderWindow (merging log streams by timestamp)', () => {
  it('holds each line for the window, then releases in timestamp order', () => {
    const merge = new ReorderWindow<Line>(100);
    merge.add({ time: 1000, text: 'a1' }, 0);
    merge.add({ time: 1200, text: 'a2' }, 0);
    // From another stream, arriving later but written in between.
    merge.add({ time: 1100, text: 'b1' }, 50);
    assert.deepEqual(merge.release(99), [], 'nothing has waited 100 ms yet');
    assert.equal(merge.nextDue, 100);
    assert.deepEqual(
      merge.release(100).map(l => l.text),
      ['a1'],
      'b1 sorts before a2 but has not waited yet, so a2 waits behind it',
    );
    assert.equal(merge.nextDue, 150);
    assert.deepEqual(
      merge.release(150).map(l => l.text),
      ['b1', 'a2'],
    );
    assert.equal(merge.held, 0);
    assert.equal(merge.nextDue, undefined);
  });

  it('keeps the arrival order of lines with the same timestamp', () => {
    const merge = new ReorderWindow<Line>(10);
    merge.add({ time: 5, text: 'first' }, 0);
    merge.add({ time: 5, text: 'second' }, 0);
    merge.add({ time: 4, text: 'earlier' }, 1);
    merge.add({ time: 5, text: 'third' }, 2);
    assert.deepEqual(
      merge.releaseAll().map(l => l.text),
      ['earlier', 'first', 'second', 'third'],
    );
  });

  it('merges two interleaved streams of many lines into one sorted sequence', () => {
    const merge = new ReorderWindow<Line>(50);
    // Stream a: even milliseconds, arriving in bursts; stream b: odd ones, arriving 20 ms later.
    for (let i = 0; i < 500; i++) {
      merge.add({ time: 2 * i, text: `a${i}` }, Math.floor(i / 100) * 10);
      merge.add({ time: 2 * i + 1, text: `b${i}` }, Math.floor(i / 100) * 10 + 20);
    }
    const out = [...merge.release(1000), ...merge.releaseAll()];
    assert.equal(out.length, 1000);
    assert.deepEqual(
      out.slice(0, 4).map(l => l.text),
      ['a0', 'b0', 'a1', 'b1'],
    );
    assert.ok(
      out.every((line, i) => line.time === i),
      'every millisecond in order',
    );
  });

  it('releases a burst in slices of at most the limit, still in order', () => {
    const merge = new ReorderWindow<Line>(10);
    for (const [time, text] of [
      [3, 'c'],
      [1, 'a'],
      [4, 'd'],
      [2, 'b'],
      [5, 'e'],
    ] as const) {
      merge.add({ time, text }, 0);
    }
    assert.deepEqual(
      merge.release(10, 2).map(l => l.text),
      ['a', 'b'],
    );
    assert.equal(merge.nextDue, 10, 'the rest is due already');
    assert.deepEqual(
      merge.release(10, 2).map(l => l.text),
      ['c', 'd'],
    );
    assert.deepEqual(
      merge.release(10, 2).map(l => l.text),
      ['e'],
    );
  });
});
