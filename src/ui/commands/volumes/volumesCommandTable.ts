import type { IdsOf } from '../commandIds';
import type { CommandDeps, CommandHandler } from '../shared/CommandDeps';
import { createVolume } from './createVolume';
import { inspectVolume } from './inspectVolume';
import { pruneVolumes } from './pruneVolumes';
import { removeVolumes } from './removeVolumes';
import { cloneVolume, exportVolume, importVolume } from './transferVolumes';
import { volumesCommandIds as ids } from './volumesCommandIds';

export function volumesCommandTable(deps: CommandDeps): Record<IdsOf<typeof ids>, CommandHandler> {
  return {
    [ids.VolumesCreate]: (...args) => createVolume(deps, ...args),
    [ids.VolumesInspect]: (...args) => inspectVolume(deps, ...args),
    [ids.VolumesRemove]: (...args) => removeVolumes(deps, ...args),
    [ids.VolumesPrune]: (...args) => pruneVolumes(deps, ...args),
    [ids.VolumesExport]: (...args) => exportVolume(deps, ...args),
    [ids.VolumesImport]: (...args) => importVolume(deps, ...args),
    [ids.VolumesClone]: (...args) => cloneVolume(deps, ...args),
  };
}
