import { closest } from './editDistance';

/** Go's `time.ParseDuration` units: what the builder reads in HEALTHCHECK flags. */
export const goDurationUnits: readonly string[] = ['ns', 'us', 'µs', 'μs', 'ms', 's', 'm', 'h'];

/** Compose reads durations with str2duration, which adds days and weeks to Go's units. */
export const composeDurationUnits: readonly string[] = [...goDurationUnits, 'd', 'w'];

const nanoseconds: Readonly<Record<string, number>> = {
  ns: 1,
  us: 1e3,
  µs: 1e3,
  μs: 1e3,
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
  d: 86400e9,
  w: 604800e9,
};

/** Words people write for a unit, mapped to the unit Go spells. */
const unitWords: Readonly<Record<string, string>> = {
  sec: 's',
  secs: 's',
  second: 's',
  seconds: 's',
  min: 'm',
  mins: 'm',
  minute: 'm',
  minutes: 'm',
  hr: 'h',
  hrs: 'h',
  hour: 'h',
  hours: 'h',
  msec: 'ms',
  msecs: 'ms',
  millis: 'ms',
  day: 'd',
  days: 'd',
  week: 'w',
  weeks: 'w',
  S: 's',
  M: 'm',
  H: 'h',
  MS: 'ms',
};

export type DurationResult = { readonly nanoseconds: number } | { readonly error: string };

/**
 * Reads a duration the way Go's `time.ParseDuration` does (or str2duration, with `units` that
 * include `d` and `w`): an optional sign, then numbers each followed by a unit, `1m30s`, `1.5h`;
 * a bare `0` is the only number without a unit. The error says what to write instead.
 */
export function parseGoDuration(text: string, units: readonly string[] = goDurationUnits): DurationResult {
  const unsigned = text.replace(/^[-+]/, '');
  const sign = text.startsWith('-') ? -1 : 1;
  if (unsigned === '0') {
    return { nanoseconds: 0 };
  }
  if (unsigned === '') {
    return { error: 'is not a duration: write a number with a unit, such as `30s` or `1m30s`' };
  }
  if (/\s/.test(unsigned)) {
    return { error: `contains a space; write \`${text.replace(/\s+/g, '')}\`` };
  }
  let total = 0;
  const part = /(\d*\.?\d*)([^\d.]*)/y;
  for (let at = 0; at < unsigned.length;) {
    part.lastIndex = at;
    const [whole, number, unit] = part.exec(unsigned) ?? ['', '', ''];
    if (whole === '' || !/\d/.test(number)) {
      return { error: 'is not a duration: write a number with a unit, such as `30s` or `1m30s`' };
    }
    if (unit === '') {
      return { error: `has no unit; write \`${text}s\` for seconds (units: ${units.join(', ')})` };
    }
    if (!units.includes(unit)) {
      const meant = unitWords[unit] ?? unitWords[unit.toLowerCase()] ?? closest(unit, units);
      const fixed = meant && units.includes(meant) ? ` — did you mean \`${text.replace(unit, meant)}\`?` : '';
      return { error: `has the unknown unit \`${unit}\` (units: ${units.join(', ')})${fixed}` };
    }
    total += Number(number) * nanoseconds[unit];
    at += whole.length;
  }
  return { nanoseconds: sign * total };
}
