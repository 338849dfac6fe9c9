import type { VolumeSummary } from '../types';
import { dateOf, labelsOf } from './common';
import type { RawVolume } from './raw';

export function toVolumeSummary(raw: RawVolume): VolumeSummary {
  // The engine reports -1 for "not computed"; only `system df` computes sizes.
  const size = raw.UsageData?.Size;
  const refCount = raw.UsageData?.RefCount;
  return {
    name: raw.Name ?? '',
    driver: raw.Driver ?? 'local',
    mountpoint: raw.Mountpoint ?? '',
    scope: raw.Scope ?? 'local',
    created: dateOf(raw.CreatedAt),
    labels: labelsOf(raw.Labels),
    size: typeof size === 'number' && size >= 0 ? size : undefined,
    refCount: typeof refCount === 'number' && refCount >= 0 ? refCount : undefined,
  };
}
