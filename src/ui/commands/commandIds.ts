/**
 * Every command Dockhand contributes, gathered from each area's id list. No `vscode` import: the
 * manifest unit test compares this list with package.json in plain Node.
 */
import { composeCommandIds } from './compose/composeCommandIds';
import { containersCommandIds } from './containers/containersCommandIds';
import { contextsCommandIds } from './contexts/contextsCommandIds';
import { coreCommandIds } from './coreIds';
import { engineConfigCommandIds } from './engineConfig/engineConfigCommandIds';
import { filesCommandIds } from './files/filesCommandIds';
import { imagesCommandIds } from './images/imagesCommandIds';
import { languageCommandIds } from './language/languageCommandIds';
import { networksCommandIds } from './networks/networksCommandIds';
import { scaffoldCommandIds } from './scaffold/scaffoldCommandIds';
import { swarmCommandIds } from './swarm/swarmCommandIds';
import { registriesCommandIds } from './registries/registriesCommandIds';
import { systemCommandIds } from './system/systemCommandIds';
import { volumesCommandIds } from './volumes/volumesCommandIds';

export const CommandId = {
  ...coreCommandIds,
  ...composeCommandIds,
  ...containersCommandIds,
  ...filesCommandIds,
  ...imagesCommandIds,
  ...volumesCommandIds,
  ...networksCommandIds,
  ...systemCommandIds,
  ...contextsCommandIds,
  ...languageCommandIds,
  ...engineConfigCommandIds,
  ...swarmCommandIds,
  ...registriesCommandIds,
  ...scaffoldCommandIds,
} as const;

export type CommandId = (typeof CommandId)[keyof typeof CommandId];

/** The ids of one area, as a type: an area's handler table must have exactly these keys. */
export type IdsOf<T extends Record<string, string>> = T[keyof T];
