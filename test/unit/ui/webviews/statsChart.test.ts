import * as assert from 'node:assert/strict';
import {
  gapSpans,
  linePath,
  maxShown,
  niceCeiling,
  timeTicks,
  valueTicks,
  type PlotArea,
} from '../../../../src/ui/webviews/pages/statsChart';
import type { StatsPoint, StatsSample } from '../../../../src/ui/webviews/pages/statsSeries';

function point(t: number, cpu: number | null): StatsPoint {
  return { t, cpu, memory: 0, memoryLimit: 0, rxRate: null, txRate: null, readRate: null, writeRate: null, pids: null };
}

describe('stats chart geometry', () => {
  it('rounds axis tops up to 1, 2, 2.5 or 5 × 10^n, never below the floor', () => {
    assert.equal(niceCeiling(27.36, 1), 50);
    assert.equal(niceCeiling(0.3, 1), 1);
    assert.equal(niceCeiling(335_872, 1_000_000), 1_000_000);
    assert.equal(niceCeiling(2_100_000, 1_000_000), 2_500_000);
    assert.equal(niceCeiling(200, 1), 200);
    assert.deepEqual(valueTicks(200), [0, 50, 100, 150, 200]);
  });

  it('draws a line per series, broken at gaps and unmeasured points, from the last point before the window', () => {
    // A plot 100 px wide from x=10, 50 px high from y=5: t 1000..2000 ms, values 0..100.
    const area: PlotArea = { left: 10, top: 5, width: 100, height: 50, from: 1000, to: 2000, max: 100 };
    const samples: StatsSample[] = [
      point(0, 10),
      point(800, 40), // last one before the window: x = 10 + (800 − 1000) / 1000 × 100 = −10
      point(1100, null),
      point(1250, 50), // x = 35, y = 5 + 50 − 25 = 30
      point(1500, 100), // x = 60, y = 5
      { t: 1500, gap: true },
      point(1750, 0), // x = 85, y = 55
      point(2000, 200), // above the top: drawn at the top, y = 5
    ];
    assert.equal(
      linePath(samples, p => p.cpu, area),
      'M-10 35 M35 30 L60 5 M85 55 L110 5',
    );
    assert.deepEqual(gapSpans(samples, area), [{ from: 1500, to: 1750 }]);
    assert.equal(
      maxShown(samples, p => p.cpu, 1000),
      200,
    );
  });

  it('labels the time axis in seconds for a minute, in minutes beyond', () => {
    assert.deepEqual(
      timeTicks(60_000).map(t => t.label),
      ['-60s', '-45s', '-30s', '-15s', 'now'],
    );
    assert.deepEqual(
      timeTicks(300_000).map(t => t.label),
      ['-5m', '-4m', '-3m', '-2m', '-1m', 'now'],
    );
    assert.deepEqual(
      timeTicks(900_000).map(t => t.label),
      ['-15m', '-10m', '-5m', 'now'],
    );
  });
});
