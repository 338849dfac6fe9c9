/**
 * The engine's `since` parameter for "just after this log line": the line's RFC 3339 timestamp
 * (nanosecond precision, as `timestamps=true` prints it) as `seconds.nanoseconds`, plus one
 * nanosecond. A Date keeps only milliseconds, which would repeat or lose lines of the same
 * millisecond when reattaching.
 */
export function sinceAfter(rfc3339: string): string {
  const match = /^(.*T\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)$/.exec(rfc3339.trim());
  if (!match) {
    throw new Error(`Not an RFC 3339 timestamp: ${rfc3339}`);
  }
  let seconds = Date.parse(`${match[1]}${match[3]}`) / 1000;
  let nanos = Number((match[2] ?? '').padEnd(9, '0')) + 1;
  if (nanos >= 1e9) {
    seconds += 1;
    nanos -= 1e9;
  }
  return `${seconds}.${String(nanos).padStart(9, '0')}`;
}
