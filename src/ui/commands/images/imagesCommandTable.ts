import type { IdsOf } from '../commandIds';
import type { CommandDeps, CommandHandler } from '../shared/CommandDeps';
import { buildFromDockerfile, runFromDockerfile } from './buildImage';
import { imagesCommandIds as ids } from './imagesCommandIds';
import { pruneImages } from './pruneImages';
import { removeImages } from './removeImages';
import { runImage } from './runImage';
import { runImageInteractive } from './runImageInteractive';
import { loadImages, saveImages } from './saveLoadImages';
import { inspectImage } from './inspectImage';
import { showImageHistory } from './showImageHistory';
import { closeLayers, exploreLayers } from './exploreLayers';
import { goToLayerInstruction } from './goToLayerInstruction';
import { copyImageTag } from './copyImageTag';
import { tagImage } from './tagImage';
import { pullImage } from './pullImage';
import { pushImage } from './pushImage';

export function imagesCommandTable(deps: CommandDeps): Record<IdsOf<typeof ids>, CommandHandler> {
  const toggleDangling = (hidden: boolean) => async () => {
    await deps.danglingFilter.setHidden(hidden);
    await deps.trees.images.reload();
    return hidden;
  };
  return {
    [ids.ImagesRun]: (...args) => runImage(deps, ...args),
    [ids.ImagesRunInteractive]: (...args) => runImageInteractive(deps, ...args),
    [ids.ImagesPull]: (...args) => pullImage(deps, ...args),
    [ids.ImagesPush]: (...args) => pushImage(deps, ...args),
    [ids.ImagesTag]: (...args) => tagImage(deps, ...args),
    [ids.ImagesRemove]: (...args) => removeImages(deps, ...args),
    [ids.ImagesHistory]: (...args) => showImageHistory(deps, ...args),
    [ids.ImagesExploreLayers]: (...args) => exploreLayers(deps, ...args),
    [ids.ImagesCloseLayers]: () => closeLayers(deps),
    [ids.ImagesGoToLayerInstruction]: (...args) => goToLayerInstruction(deps, ...args),
    [ids.ImagesInspect]: (...args) => inspectImage(deps, ...args),
    [ids.ImagesSave]: (...args) => saveImages(deps, ...args),
    [ids.ImagesLoad]: (...args) => loadImages(deps, ...args),
    [ids.ImagesPrune]: (...args) => pruneImages(deps, ...args),
    [ids.ImagesCopyTag]: (...args) => copyImageTag(deps, ...args),
    [ids.ImagesHideDangling]: toggleDangling(true),
    [ids.ImagesShowDangling]: toggleDangling(false),
    [ids.ImagesBuildFromDockerfile]: (...args) => buildFromDockerfile(deps, ...args),
    [ids.ImagesRunFromDockerfile]: (...args) => runFromDockerfile(deps, ...args),
  };
}
