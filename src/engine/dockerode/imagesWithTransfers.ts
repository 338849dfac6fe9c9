import type { BuildOptions, BuildResult, TransferOptions } from '../imageTypes';
import type { ImageLayerAnalysis, LayerFileContent } from '../layerTypes';
import type { ImageOperations } from '../operations/ImageOperations';
import { buildImage } from './build';
import type { EngineClient } from './EngineClient';
import { analyzeImageLayers, readImageLayerFile } from './imageLayers';
import { DockerodeImages } from './images';
import { loadImages, pullImage, pushImage, saveImages } from './imageTransfer';

/** Every image operation: the request/response ones from DockerodeImages, plus transfers and builds. */
export class DockerodeImageOperations extends DockerodeImages implements ImageOperations {
  constructor(private readonly engineClient: EngineClient) {
    super(engineClient);
  }

  readonly pullImage = (ref: string, options?: TransferOptions, signal?: AbortSignal): Promise<void> => {
    return pullImage(this.engineClient, ref, options, signal);
  };

  readonly pushImage = (ref: string, options?: TransferOptions, signal?: AbortSignal): Promise<void> => {
    return pushImage(this.engineClient, ref, options, signal);
  };

  readonly saveImages = (refs: readonly string[], filePath: string, signal?: AbortSignal): Promise<void> => {
    return saveImages(this.engineClient, refs, filePath, signal);
  };

  readonly analyzeImageLayers = (ref: string, signal?: AbortSignal): Promise<ImageLayerAnalysis> =>
    analyzeImageLayers(this.engineClient, ref, signal);

  readonly readLayerFile = (
    imageId: string,
    layerId: string,
    path: string,
    maxBytes: number,
    signal?: AbortSignal,
  ): Promise<LayerFileContent> => readImageLayerFile(this.engineClient, imageId, layerId, path, maxBytes, signal);

  readonly loadImages = (filePath: string, signal?: AbortSignal): Promise<string[]> => {
    return loadImages(this.engineClient, filePath, signal);
  };

  readonly buildImage = (options: BuildOptions, signal?: AbortSignal): Promise<BuildResult> => {
    return buildImage(this.engineClient, options, signal);
  };
}
