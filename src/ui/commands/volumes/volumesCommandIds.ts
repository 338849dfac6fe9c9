/** Commands on volumes. No `vscode` import (the manifest test reads it). */
export const volumesCommandIds = {
  VolumesCreate: 'dockhand.volumes.create',
  VolumesInspect: 'dockhand.volumes.inspect',
  VolumesRemove: 'dockhand.volumes.remove',
  VolumesPrune: 'dockhand.volumes.prune',
  VolumesExport: 'dockhand.volumes.export',
  VolumesImport: 'dockhand.volumes.import',
  VolumesClone: 'dockhand.volumes.clone',
} as const;
