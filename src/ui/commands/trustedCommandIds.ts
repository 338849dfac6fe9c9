/**
 * The commands that execute workspace content or send it to the engine: compose Up/Build/Pull on a
 * compose file, Deploy Stack (`docker stack deploy` of a compose file), and Build/Run of a Dockerfile (its folder is the build context). In Restricted
 * Mode they refuse with a message (ui/trust.ts), their menus and CodeLens are hidden, and the
 * views, the actions on engine resources and the language service keep working. No `vscode`
 * import (the manifest test checks every menu of these for `isWorkspaceTrusted`).
 */
import { composeCommandIds } from './compose/composeCommandIds';
import { imagesCommandIds } from './images/imagesCommandIds';
import { swarmCommandIds } from './swarm/swarmCommandIds';

export const trustedCommandIds: ReadonlySet<string> = new Set([
  composeCommandIds.ComposeUp,
  composeCommandIds.ComposeBuild,
  composeCommandIds.ComposePull,
  imagesCommandIds.ImagesBuildFromDockerfile,
  imagesCommandIds.ImagesRunFromDockerfile,
  swarmCommandIds.StacksDeploy,
]);
