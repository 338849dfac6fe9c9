import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { memoryUsage, toContainerStats, type RawStats } from '../../../../src/engine/mappers/stats';
import { ContainerSeries, RingBuffer, isGap, pointOf, type StatsReading } from '../../../../src/ui/webviews/pages/statsSeries';
import { repoRoot } from '../../../support/fixtures';

/** Successive samples of one stats stream, as the engine (20.10, cgroup v1) sent them. */
function recorded(name: string): RawStats[] {
  const text = fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'engine', name), 'utf8');
  return text
    .split('\n')
    .filter(Boolean)
    .map(line => JSON.parse(line) as RawStats);
}

function readingOf(raw: RawStats): StatsReading {
  const s = toContainerStats(raw);
  return { ...s, at: s.read?.getTime() ?? 0 };
}

const close = (actual: number | null, expected: number, what: string) =>
  assert.ok(actual !== null && Math.abs(actual - expected) < 1e-6, `${what}: ${actual} ≠ ${expected}`);

describe('stats series (recorded engine samples)', () => {
  it('computes CPU % of a busy container as docker stats does, from each sample and its precpu', () => {
    // `sh -c 'while :; do :; done'` with --memory 64m, four samples a second apart, two CPUs online.
    const series = new ContainerSeries();
    const points = recorded('container.stats.busy.ndjson').map(raw => series.add(readingOf(raw)));
    assert.equal(points.length, 4);
    // The stream's first sample has an empty precpu_stats: no CPU measurement (not a dip to 0).
    assert.equal(points[0]?.cpu, null);
    // (986756256 − 711782108) / (23694280000000 − 23692270000000) × 2 × 100 = 274974148 / 2010000000 × 200
    close(points[1]?.cpu ?? null, 27.360611741, 'second sample');
    // (1175817310 − 986756256) / 2010000000 × 200 = 189061054 / 2010000000 × 200
    close(points[2]?.cpu ?? null, 18.812045174, 'third sample');
    // (1377161598 − 1175817310) / 2010000000 × 200 = 201344288 / 2010000000 × 200
    close(points[3]?.cpu ?? null, 20.034257512, 'fourth sample');
    // usage 335872, total_inactive_file 0; the --memory limit 64 MiB.
    assert.deepEqual(
      points.map(p => [p.memory, p.memoryLimit, p.pids]),
      points.map(() => [335872, 67108864, 1]),
    );
    // eth0 stayed at 736 bytes received, 0 sent: rates 0 after the first sample, none before.
    assert.deepEqual(
      points.map(p => [p.rxRate, p.txRate, p.readRate, p.writeRate]),
      [
        [null, null, null, null],
        [0, 0, 0, 0],
        [0, 0, 0, 0],
        [0, 0, 0, 0],
      ],
    );
    // Times from the engine's `read`, to the millisecond: 16:54:29.485, 30.490, 31.494, 32.499.
    assert.deepEqual(
      points.map(p => p.t - (points[0]?.t ?? 0)),
      [0, 1005, 2009, 3014],
    );
  });

  it("counts memory without the page cache as the CLI does (cgroup v1's total_inactive_file, v2's inactive_file)", () => {
    // A container writing files with dd: usage 2891776, total_inactive_file 2097152 (cgroup v1).
    const [, second] = recorded('container.stats.writer.ndjson');
    assert.equal(toContainerStats(second ?? {}).memoryUsage, 2891776 - 2097152);
    // cgroup v2 has no total_* keys; a v1 cache at or above the usage falls back to inactive_file.
    assert.equal(memoryUsage({ usage: 1000, stats: { inactive_file: 300 } }), 700);
    assert.equal(memoryUsage({ usage: 1000, stats: { total_inactive_file: 1000, inactive_file: 100 } }), 900);
    assert.equal(memoryUsage({ usage: 1000, stats: { total_inactive_file: 2000, inactive_file: 2000 } }), 1000);
  });

  it('turns cumulative counters into rates per second, and breaks them at gaps and counter resets', () => {
    const base: StatsReading = {
      at: 10_000,
      cpuPercent: 5,
      memoryUsage: 100,
      memoryLimit: 1000,
      networkRx: 1_000,
      networkTx: 500,
      blockRead: 0,
      blockWrite: 4096,
      pids: 3,
    };
    // 2.5 s later: 6000 more bytes received → 2400 B/s, 250 sent → 100 B/s, 10240 written → 4096 B/s.
    const later = { ...base, at: 12_500, networkRx: 7_000, networkTx: 750, blockWrite: 14_336 };
    const point = pointOf(later, base);
    assert.deepEqual([point.rxRate, point.txRate, point.readRate, point.writeRate, point.cpu], [2400, 100, 0, 4096, 5]);
    // The container restarted: its counters began again at zero; no negative rate.
    assert.equal(pointOf({ ...later, at: 13_500, networkRx: 10 }, later).rxRate, null);

    const series = new ContainerSeries();
    series.add(base);
    series.add(later);
    const gap = series.gap();
    assert.deepEqual(gap, { t: 12_500, gap: true }, 'the gap is dated by the last point, on the engine clock');
    assert.equal(series.gap(), undefined, 'one gap marks one stop');
    const after = series.add({ ...later, at: 60_000, networkRx: 9_000 });
    assert.equal(after.rxRate, null, 'no rate spans the gap');
    assert.equal(after.cpu, null, 'a new stream starts without a CPU measurement');
    assert.deepEqual(
      series.samples.toArray().map(s => (isGap(s) ? 'gap' : s.t)),
      [10_000, 12_500, 'gap', 60_000],
    );
  });

  it('keeps a bounded ring of the newest samples', () => {
    const ring = new RingBuffer<number>(3);
    assert.equal(ring.last(), undefined);
    for (let i = 1; i <= 7; i++) {
      ring.push(i);
    }
    assert.deepEqual(ring.toArray(), [5, 6, 7]);
    assert.equal(ring.last(), 7);
    assert.equal(ring.size, 3);
    const series = new ContainerSeries();
    for (let i = 0; i < 5000; i++) {
      series.add({ at: i * 1000, cpuPercent: 1, memoryUsage: 1, memoryLimit: 2, networkRx: 0, networkTx: 0, blockRead: 0, blockWrite: 0 });
    }
    assert.equal(series.samples.size, 1000, '15 minutes at one sample a second, and room for gaps');
    assert.equal(series.samples.toArray()[0]?.t, 4_000_000);
  });
});
