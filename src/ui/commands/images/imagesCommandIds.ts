/** Commands on images. No `vscode` import (the manifest test reads it). */
export const imagesCommandIds = {
  ImagesRun: 'dockhand.images.run',
  ImagesRunInteractive: 'dockhand.images.runInteractive',
  ImagesPull: 'dockhand.images.pull',
  ImagesPush: 'dockhand.images.push',
  ImagesTag: 'dockhand.images.tag',
  ImagesRemove: 'dockhand.images.remove',
  ImagesHistory: 'dockhand.images.history',
  ImagesExploreLayers: 'dockhand.images.exploreLayers',
  ImagesCloseLayers: 'dockhand.images.closeLayers',
  ImagesGoToLayerInstruction: 'dockhand.images.goToLayerInstruction',
  ImagesInspect: 'dockhand.images.inspect',
  ImagesSave: 'dockhand.images.save',
  ImagesLoad: 'dockhand.images.load',
  ImagesPrune: 'dockhand.images.prune',
  ImagesCopyTag: 'dockhand.images.copyTag',
  ImagesHideDangling: 'dockhand.images.hideDangling',
  ImagesShowDangling: 'dockhand.images.showDangling',
  ImagesBuildFromDockerfile: 'dockhand.images.buildFromDockerfile',
  ImagesRunFromDockerfile: 'dockhand.images.runFromDockerfile',
  /** Run by the Dockerfile's "Build context" lens: the ignore file the build reads. */
  ImagesOpenIgnoreFile: 'dockhand.images.openIgnoreFile',
} as const;
