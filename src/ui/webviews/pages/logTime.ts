/** Times in the merged log view: the clock a row shows, and the "jump to" box's input. */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `HH:MM:SS.mmm` in local time, as the rows show it. */
export function formatClock(time: number): string {
  const d = new Date(time);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}

/**
 * The moment a "jump to" input names: a clock time `HH:MM[:SS[.mmm]]` (local, on the day of
 * `reference`, the newest line's time) or a full date and time (`2026-11-29T16:05:00Z`, or
 * local without a zone). Undefined when the input is neither.
 */
export function parseJumpTime(input: string, reference: number): number | undefined {
  const text = input.trim();
  const clock = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,3}))?)?$/.exec(text);
  if (clock) {
    const [, h = '0', m = '0', s = '0', frac = '0'] = clock;
    if (Number(h) > 23 || Number(m) > 59 || Number(s) > 59) {
      return undefined;
    }
    const day = new Date(reference);
    day.setHours(Number(h), Number(m), Number(s), Number(frac.padEnd(3, '0')));
    return day.getTime();
  }
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(text)) {
    return undefined;
  }
  // A date alone or a date-time without a zone is local time, as people type it.
  const local = /Z|[+-]\d{2}:?\d{2}$/.test(text) ? text : text.includes(':') ? text.replace(' ', 'T') : `${text}T00:00`;
  const time = Date.parse(local.replace(' ', 'T'));
  return Number.isNaN(time) ? undefined : time;
}

/**
 * The first of `count` rows (ordered by time) whose time is at or after `target`, by binary
 * search; `count` when every row is earlier.
 */
export function firstAtOrAfter(count: number, timeOf: (index: number) => number, target: number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (timeOf(mid) < target) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  return low;
}
