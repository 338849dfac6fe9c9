/** A manifest (and its image config) as the rows under a tag. No `vscode` import. */
import type { ImageConfigInfo, ManifestInfo } from '../../../registry';
import { formatAge, formatBytes } from '../../util/format';
import type { RegistryEntry, RegistryTreeNode } from './registryNodes';

/** Detail rows, platforms and history for a manifest; `key` makes the rows' ids unique. */
export function manifestRows(
  registry: RegistryEntry,
  key: string,
  manifest: ManifestInfo,
  config: ImageConfigInfo | undefined,
  now = new Date(),
): RegistryTreeNode[] {
  const rows: RegistryTreeNode[] = [
    { kind: 'detail', key: `${key}#digest`, label: 'Digest', value: manifest.digest, copy: manifest.digest },
    { kind: 'detail', key: `${key}#mediaType`, label: 'Media type', value: manifest.mediaType },
  ];
  if (manifest.kind === 'index') {
    rows.push(
      ...manifest.platforms.map(descriptor => ({ kind: 'platform' as const, registry, repository: manifest.repository, descriptor })),
    );
    return rows;
  }
  if (manifest.size !== undefined) {
    rows.push({
      kind: 'detail',
      key: `${key}#size`,
      label: 'Size',
      value: formatBytes(manifest.size),
      tooltip: `${manifest.size} bytes in ${manifest.layers} layer(s) and the config, compressed`,
    });
  }
  if (config?.created) {
    const created = new Date(config.created);
    const valid = !Number.isNaN(created.getTime());
    rows.push({
      kind: 'detail',
      key: `${key}#created`,
      label: 'Created',
      value: valid
        ? `${created
            .toISOString()
            .replace('T', ' ')
            .replace(/\.\d+Z$|Z$/, ' UTC')} (${formatAge(created, now)})`
        : config.created,
    });
  }
  if (config?.os || config?.architecture) {
    rows.push({
      kind: 'detail',
      key: `${key}#platform`,
      label: 'Platform',
      value: [config.os, config.architecture].filter(Boolean).join('/'),
    });
  }
  if (config?.history.length) {
    rows.push({
      kind: 'history',
      key: `${key}#history`,
      entries: config.history.map(h => ({ createdBy: h.createdBy ?? h.comment ?? '', created: h.created, emptyLayer: !!h.emptyLayer })),
    });
  }
  return rows;
}

/** `linux/arm64/v8` for a platform descriptor. */
export function platformLabel(platform: { os?: string; architecture?: string; variant?: string } | undefined): string {
  return [platform?.os ?? 'unknown', platform?.architecture ?? 'unknown', platform?.variant].filter(Boolean).join('/');
}

/** A history step as `docker history` shows it: the shell form's `/bin/sh -c #(nop)` noise dropped. */
export function historyLabel(createdBy: string): string {
  return (
    createdBy
      .replace(/^\/bin\/sh -c #\(nop\)\s*/, '')
      .replace(/^\/bin\/sh -c /, 'RUN ')
      .replace(/\s+/g, ' ')
      .trim() || '(no command)'
  );
}
