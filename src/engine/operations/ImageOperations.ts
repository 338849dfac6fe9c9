import type { BuildOptions, BuildResult, ImageHistoryEntry, RemoveImageOptions, RemoveImageResult, TransferOptions } from '../imageTypes';
import type { PruneResult } from '../containerTypes';
import type { ImageLayerAnalysis, LayerFileContent } from '../layerTypes';
import type { ImageSummary, ListOptions } from '../types';

export interface ImageOperations {
  listImages(options?: ListOptions, signal?: AbortSignal): Promise<ImageSummary[]>;
  inspectImage(id: string, signal?: AbortSignal): Promise<Record<string, unknown>>;
  /** Pulls `ref` (default tag `latest`), reporting progress per layer. */
  pullImage(ref: string, options?: TransferOptions, signal?: AbortSignal): Promise<void>;
  pushImage(ref: string, options?: TransferOptions, signal?: AbortSignal): Promise<void>;
  /** Gives the image `source` the additional reference `target` (`repo[:tag]`). */
  tagImage(source: string, target: string, signal?: AbortSignal): Promise<void>;
  /** A 409 becomes a conflict naming the containers that use the image. */
  removeImage(ref: string, options?: RemoveImageOptions, signal?: AbortSignal): Promise<RemoveImageResult>;
  imageHistory(ref: string, signal?: AbortSignal): Promise<ImageHistoryEntry[]>;
  /** Writes the images (with their tags) as one tar file. */
  saveImages(refs: readonly string[], filePath: string, signal?: AbortSignal): Promise<void>;
  /**
   * Each layer's instruction, size and the files it adds, changes and removes, with the wasted
   * space and efficiency as dive computes them; read from the export stream, nothing on disk.
   */
  analyzeImageLayers(ref: string, signal?: AbortSignal): Promise<ImageLayerAnalysis>;
  /**
   * One file of one layer (`layerId` as the analysis names it) as that layer's tar holds it, read
   * from the export stream up to that file only; content over `maxBytes` is not kept.
   */
  readLayerFile(imageId: string, layerId: string, path: string, maxBytes: number, signal?: AbortSignal): Promise<LayerFileContent>;
  /** Loads a tar file made by save; resolves to the references (or ids) loaded. */
  loadImages(filePath: string, signal?: AbortSignal): Promise<string[]>;
  /** Removes dangling images, or with `all` every image no container uses. */
  pruneImages(options?: ListOptions & { all?: boolean }, signal?: AbortSignal): Promise<PruneResult>;
  /** Builds with the classic builder from a context folder (honouring `.dockerignore`). */
  buildImage(options: BuildOptions, signal?: AbortSignal): Promise<BuildResult>;
}
