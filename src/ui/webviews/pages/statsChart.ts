/**
 * The geometry of the stats charts: scales, axis ticks and SVG path data from the series. DOM-free
 * (the page turns these into elements), so the unit tests check the numbers.
 */
import { isGap, type StatsPoint, type StatsSample } from './statsSeries';

/** The plot area of one chart: pixels, the time span shown and the value at the top. */
export interface PlotArea {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  /** Time span shown, ms (the engine's clock). */
  readonly from: number;
  readonly to: number;
  /** The value drawn at the top edge. */
  readonly max: number;
}

/** The smallest 1, 2, 2.5 or 5 × 10^n at or above `value` (axis tops people can read). */
export function niceCeiling(value: number, floor: number): number {
  const target = Math.max(value, floor);
  if (!Number.isFinite(target) || target <= 0) {
    return 1;
  }
  const magnitude = 10 ** Math.floor(Math.log10(target));
  const step = [1, 2, 2.5, 5, 10].find(m => m * magnitude >= target * (1 - 1e-12)) ?? 10;
  return step * magnitude;
}

/** Axis labels at 0, ¼, ½, ¾ and the top. */
export function valueTicks(max: number): number[] {
  return [0, 0.25, 0.5, 0.75, 1].map(f => f * max);
}

export function xOf(t: number, area: PlotArea): number {
  return round(area.left + ((t - area.from) / (area.to - area.from)) * area.width);
}

export function yOf(value: number, area: PlotArea): number {
  return round(area.top + area.height - (Math.min(value, area.max) / area.max) * area.height);
}

/**
 * SVG path data of one series: `M` starts a run, `L` continues it; a gap or an unmeasured point
 * breaks the line. Points before the window are kept up to the last one, so the line enters at
 * the left edge (the page clips the plot area).
 */
export function linePath(samples: readonly StatsSample[], value: (p: StatsPoint) => number | null, area: PlotArea): string {
  const parts: string[] = [];
  let drawing = false;
  const firstShown = firstIndexShown(samples, area.from);
  for (let i = firstShown; i < samples.length; i++) {
    const sample = samples[i];
    if (!sample || sample.t > area.to) {
      break;
    }
    const v = isGap(sample) ? null : value(sample);
    if (v === null || !Number.isFinite(v)) {
      drawing = false;
      continue;
    }
    parts.push(`${drawing ? 'L' : 'M'}${xOf(sample.t, area)} ${yOf(v, area)}`);
    drawing = true;
  }
  return parts.join(' ');
}

/** Where sampling stopped and started again, as time spans within the window (to shade them). */
export function gapSpans(samples: readonly StatsSample[], area: Pick<PlotArea, 'from' | 'to'>): Array<{ from: number; to: number }> {
  const spans: Array<{ from: number; to: number }> = [];
  samples.forEach((sample, i) => {
    const next = samples.slice(i + 1).find(s => !isGap(s));
    if (isGap(sample) && next && next.t > area.from && sample.t < area.to) {
      spans.push({ from: Math.max(sample.t, area.from), to: Math.min(next.t, area.to) });
    }
  });
  return spans;
}

/** The largest value of the series within the window (what the axis must reach). */
export function maxShown(samples: readonly StatsSample[], value: (p: StatsPoint) => number | null, from: number): number {
  let max = 0;
  for (const sample of samples) {
    const v = sample.t >= from && !isGap(sample) ? value(sample) : null;
    if (v !== null && Number.isFinite(v) && v > max) {
      max = v;
    }
  }
  return max;
}

/** Labels of the time axis: minutes (or seconds in a one-minute window) before the newest sample. */
export function timeTicks(windowMs: number): Array<{ before: number; label: string }> {
  const minutes = windowMs / 60_000;
  const step = minutes <= 1 ? 15_000 : minutes <= 5 ? 60_000 : 300_000;
  const ticks: Array<{ before: number; label: string }> = [];
  for (let before = windowMs; before >= 0; before -= step) {
    ticks.push({ before, label: before === 0 ? 'now' : step < 60_000 ? `-${before / 1000}s` : `-${before / 60_000}m` });
  }
  return ticks;
}

/** The first sample to draw: the last one at or before `from`, so the line reaches the left edge. */
function firstIndexShown(samples: readonly StatsSample[], from: number): number {
  let index = 0;
  for (let i = 0; i < samples.length; i++) {
    if ((samples[i]?.t ?? 0) <= from) {
      index = i;
    } else {
      break;
    }
  }
  return index;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
