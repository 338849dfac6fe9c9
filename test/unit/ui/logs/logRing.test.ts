import * as assert from 'node:assert/strict';
import { LogRing } from '../../../../src/ui/webviews/pages/logRing';

describe('LogRing (the merged log view keeps the newest lines)', () => {
  it('numbers items from 0 and answers them by number while they are kept', () => {
    const ring = new LogRing<string>(3);
    assert.equal(ring.push('a'), 0);
    assert.equal(ring.push('b'), 1);
    assert.equal(ring.at(0), 'a');
    assert.equal(ring.at(1), 'b');
    assert.equal(ring.at(2), undefined);
    assert.equal(ring.size, 2);
    assert.equal(ring.first, 0);
    assert.equal(ring.end, 2);
  });

  it('drops the oldest when full, keeping the numbers of the rest', () => {
    const ring = new LogRing<string>(3);
    for (const item of ['a', 'b', 'c', 'd', 'e']) {
      ring.push(item);
    }
    assert.equal(ring.size, 3);
    assert.equal(ring.first, 2, 'two dropped');
    assert.equal(ring.end, 5);
    assert.equal(ring.at(1), undefined);
    assert.equal(ring.at(2), 'c');
    assert.equal(ring.at(4), 'e');
    assert.deepEqual([...ring.from()], ['c', 'd', 'e']);
    assert.deepEqual([...ring.from(3)], ['d', 'e']);
    assert.deepEqual([...ring.from(0)], ['c', 'd', 'e'], 'from a dropped number starts at the oldest kept');
  });

  it('restarts at a later number, counting what came before as dropped', () => {
    const ring = new LogRing<string>(4);
    ring.push('a');
    ring.restartAt(10);
    assert.equal(ring.size, 0);
    assert.equal(ring.at(0), undefined);
    assert.equal(ring.push('k'), 10);
    assert.equal(ring.first, 10);
    assert.deepEqual([...ring.from()], ['k']);
  });

  it('refuses a capacity below one', () => {
    assert.throws(() => new LogRing(0), RangeError);
  });
});
