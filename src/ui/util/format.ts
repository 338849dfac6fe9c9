/** Human formats for sizes and ages, as `docker images` and `docker ps` print them. */
export { formatBytes } from '../../shared/formatBytes';

export function formatAge(date: Date, now: Date = new Date()): string {
  const seconds = Math.max(0, Math.round((now.getTime() - date.getTime()) / 1000));
  const steps: Array<[number, string]> = [
    [60, 'second'],
    [60, 'minute'],
    [24, 'hour'],
    [7, 'day'],
    [4.35, 'week'],
    [12, 'month'],
  ];
  let value = seconds;
  for (const [size, unit] of steps) {
    if (value < size) {
      return `${Math.floor(value)} ${unit}${Math.floor(value) === 1 ? '' : 's'} ago`;
    }
    value /= size;
  }
  return `${Math.floor(value)} year${Math.floor(value) === 1 ? '' : 's'} ago`;
}

export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}
