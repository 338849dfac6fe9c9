/**
 * What the System view shows, as plain rows: the engine's version, where it is, and disk usage
 * like `docker system df`. No `vscode` import, so that the unit tier checks it in plain Node.
 */
import type { DiskUsage, DiskUsageCategory, EngineVersion } from '../../../engine';
import { formatBytes } from '../../util/format';

export interface SystemData {
  readonly version: EngineVersion;
  readonly endpointUrl: string;
  /** What chose the endpoint, e.g. "DOCKER_HOST". */
  readonly endpointSource: string;
  readonly diskUsage: DiskUsage;
}

export type SystemRowKind = 'version' | 'host' | 'images' | 'containers' | 'volumes' | 'buildCache';

export interface SystemRow {
  readonly kind: SystemRowKind;
  /** English labels: the view passes them through l10n. */
  readonly label: string;
  readonly description: string;
  readonly tooltip: string;
}

const categories: ReadonlyArray<[Exclude<SystemRowKind, 'version' | 'host'>, string]> = [
  ['images', 'Images'],
  ['containers', 'Containers'],
  ['volumes', 'Local Volumes'],
  ['buildCache', 'Build Cache'],
];

export function systemRows(data: SystemData): SystemRow[] {
  const v = data.version;
  return [
    {
      kind: 'version',
      label: v.product,
      description: `${v.version} (API ${v.apiVersion})`,
      tooltip: `${v.version}, API ${v.apiVersion}, ${v.os}/${v.arch}${v.kernelVersion ? `, kernel ${v.kernelVersion}` : ''}`,
    },
    {
      kind: 'host',
      label: 'Host',
      description: `${data.endpointUrl} (${data.endpointSource})`,
      tooltip: `${data.endpointUrl} (from ${data.endpointSource})`,
    },
    ...categories.map(([kind, label]) => diskRow(kind, label, data.diskUsage[kind])),
  ];
}

/** One `docker system df` row: total, active, size, reclaimable (with its share of the size). */
function diskRow(kind: SystemRowKind, label: string, c: DiskUsageCategory): SystemRow {
  const share = c.size && c.reclaimable !== undefined ? ` (${Math.round((c.reclaimable / c.size) * 100)}%)` : '';
  // An engine that leaves a size empty (Podman) gets "unknown", never a made-up 0 B.
  const bytes = (n: number | undefined) => (n === undefined ? 'unknown' : formatBytes(n));
  return {
    kind,
    label,
    description: `${bytes(c.size)} · ${c.total} total, ${c.active} active · ${bytes(c.reclaimable)} reclaimable${share}`,
    tooltip: `Total: ${c.total}\nActive: ${c.active}\nSize: ${bytes(c.size)}\nReclaimable: ${bytes(c.reclaimable)}${share}`,
  };
}
