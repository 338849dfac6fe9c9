/** Small conversions shared by the raw → domain mappers. */

export function labelsOf(raw: Record<string, string> | null | undefined): Readonly<Record<string, string>> {
  return raw ? { ...raw } : {};
}

/** Engine timestamps: seconds since the epoch (lists) or RFC 3339 strings (inspect, volumes). */
export function dateOf(value: number | string | undefined): Date | undefined {
  if (value === undefined || value === '') {
    return undefined;
  }
  const date = typeof value === 'number' ? new Date(value * 1000) : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
