import * as assert from 'node:assert/strict';
import { firstAtOrAfter, formatClock, parseJumpTime } from '../../../../src/ui/webviews/pages/logTime';

describe('log view times', () => {
  // 29 November 2026, 16:05:07.089 local time: the reference "newest line" of these tests.
  const reference = new Date(2026, 10, 29, 16, 5, 7, 89).getTime();

  it('shows a row time as the local clock with milliseconds', () => {
    assert.equal(formatClock(reference), '16:05:07.089');
    assert.equal(formatClock(new Date(2026, 0, 2, 3, 4, 5, 6).getTime()), '03:04:05.006');
  });

  it('reads a clock time on the day of the newest line', () => {
    assert.equal(parseJumpTime('16:04', reference), new Date(2026, 10, 29, 16, 4, 0, 0).getTime());
    assert.equal(parseJumpTime(' 9:30:15 ', reference), new Date(2026, 10, 29, 9, 30, 15, 0).getTime());
    assert.equal(parseJumpTime('16:05:07.5', reference), new Date(2026, 10, 29, 16, 5, 7, 500).getTime());
    assert.equal(parseJumpTime('24:00', reference), undefined);
    assert.equal(parseJumpTime('12:60', reference), undefined);
  });

  it('reads a date and time, with a zone or as local time', () => {
    assert.equal(parseJumpTime('2026-11-29T16:05:00Z', reference), Date.UTC(2026, 10, 29, 16, 5, 0));
    assert.equal(parseJumpTime('2026-11-29T18:05:00+02:00', reference), Date.UTC(2026, 10, 29, 16, 5, 0));
    assert.equal(parseJumpTime('2026-11-29 16:05', reference), new Date(2026, 10, 29, 16, 5).getTime());
    assert.equal(parseJumpTime('2026-11-29', reference), new Date(2026, 10, 29).getTime());
    assert.equal(parseJumpTime('yesterday', reference), undefined);
    assert.equal(parseJumpTime('', reference), undefined);
  });

  it('finds the first row at or after a time', () => {
    const times = [10, 20, 20, 30, 40];
    const at = (target: number) => firstAtOrAfter(times.length, i => times[i] ?? 0, target);
    assert.equal(at(5), 0);
    assert.equal(at(20), 1);
    assert.equal(at(21), 3);
    assert.equal(at(40), 4);
    assert.equal(at(41), 5);
  });
});
